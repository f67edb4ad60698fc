"""Is a rated game, film or app right for a child of a given age? Plain rules, no Qt, unit-tested at the edges.

The label's minimum age is the rating body's own judgement of content. It says nothing about chat, strangers,
purchases or what other players post, so every verdict also lists what to check beyond the label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUITABLE = "suitable"
NOT_YET = "not_yet"

# What a content label never covers; each becomes a "check this too" line in the verdict.
BEYOND_THE_LABEL = ("online_interaction", "purchases", "user_content", "descriptors")


@dataclass(frozen=True)
class Verdict:
    status: str  # SUITABLE | NOT_YET
    age: int
    min_age: int
    years_to_wait: int  # 0 when suitable
    checks: tuple[str, ...]  # ids from BEYOND_THE_LABEL, in the order to show them
    binding: bool  # the label is legally binding for sale or access in the family's country


def verdict(age: int, min_age: int, *, interactive: bool = True, binding: bool = False) -> Verdict:
    """The verdict for a child of `age` whole years and a label meant for `min_age` and up."""
    if age < 0 or min_age < 0:
        raise ValueError("ages cannot be negative")
    ok = age >= min_age
    checks = ["descriptors"]
    if interactive:
        checks = ["online_interaction", "purchases", "user_content", "descriptors"]
    return Verdict(
        status=SUITABLE if ok else NOT_YET,
        age=age,
        min_age=min_age,
        years_to_wait=0 if ok else min_age - age,
        checks=tuple(checks),
        binding=binding,
    )


def normalise_code(text: str) -> str:
    """'PEGI 16', 'pegi16' and 'Pegi-16' compare equal; so do '12+' and '12 +'."""
    return re.sub(r"[\s\-_]+", "", text).casefold()


def matches(query: str, system_name: str, code: str) -> bool:
    """True when a parent's query names this label: its code alone ('T', '12+') or with the system ('PEGI 16')."""
    q = normalise_code(query)
    if not q:
        return False
    c = normalise_code(code)
    system = normalise_code(system_name)
    bare = c[len(system):] if c.startswith(system) and len(c) > len(system) else c
    return q in (c, system + c) or (q.rstrip("+") != "" and q.rstrip("+") in (c.rstrip("+"), bare.rstrip("+")))


@dataclass(frozen=True)
class Equivalent:
    system: str
    code: str
    min_age: int
    exact: bool  # same minimum age; otherwise the closest label that does not exceed it


def equivalents(min_age: int, systems: dict[str, list[tuple[str, int]]], exclude: str = "") -> list[Equivalent]:
    """For each other system, the label closest to `min_age` without going over it. Systems judge content
    differently, so this is an approximation by age only; callers say so."""
    out = []
    for system, labels in systems.items():
        if system == exclude or not labels:
            continue
        fitting = [(age, code) for code, age in labels if age <= min_age]
        if not fitting:
            continue
        age, code = max(fitting)
        out.append(Equivalent(system, code, age, age == min_age))
    return out
