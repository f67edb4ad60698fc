"""Platform fact files: what a guide is about, its official links, minimum age and its stable setup step ids."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from guardian.content.reader import ID_RE, Reader, Source

CATEGORIES = ("os", "console", "games", "app", "device", "web", "network")
LINK_KINDS = ("help", "parental_controls", "report", "block", "purchases", "privacy", "terms", "safety_centre")
_LINK_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    category: str
    owner: str
    source: Source
    steps: tuple[str, ...]
    links: dict[str, str] = field(default_factory=dict)
    minimum_age: int | None = None
    minimum_age_source: Source | None = None
    minimum_age_by_country: dict[str, int] = field(default_factory=dict)  # where the terms set another age
    store_rating: dict[str, str] = field(default_factory=dict)
    store_rating_source: Source | None = None

    def minimum_age_in(self, country: str) -> int | None:
        """The minimum age for a family in `country` (ISO code, "" when not chosen): the country's own where the
        terms give one, else the general one."""
        return self.minimum_age_by_country.get(country, self.minimum_age)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "owner": self.owner,
            **self.source.as_dict(),
            "steps": list(self.steps),
            "links": dict(self.links),
        }
        if self.minimum_age_source is not None:
            out["minimum_age"] = {"value": self.minimum_age, **self.minimum_age_source.as_dict()}
            if self.minimum_age_by_country:
                out["minimum_age"]["by_country"] = dict(self.minimum_age_by_country)
        if self.store_rating:
            out["store_rating"] = {**self.store_rating, **(self.store_rating_source or self.source).as_dict()}
        return out


def parse_platform(r: Reader) -> Platform:
    r.unknown_keys({"id", "name", "category", "owner", "steps", "links", "minimum_age", "store_rating"})
    src = r.require_source()
    steps = r.strings("steps", required=True, pattern=ID_RE)
    if not steps and "steps" in r.data:
        r.problem("steps", "needs at least one step id")
    links: dict[str, str] = {}
    table = r.table("links")
    if table is not None:
        for key in table.data:
            if not _LINK_KEY.match(key):
                table.problem(key, "link names are lowercase words joined by '_'")
            elif url := table.url(key):
                links[key] = url
    age = age_src = None
    by_country: dict[str, int] = {}
    age_table = r.table("minimum_age")
    if age_table is not None:
        age_table.unknown_keys({"value", "by_country"})
        age = age_table.integer("value", 0, 21, required=False)
        age_src = age_table.require_source()
        countries = age_table.table("by_country")
        if countries is not None:
            for code in countries.data:
                if not _COUNTRY.match(code):
                    countries.problem(code, "must be a country's two-letter ISO code in capitals, such as DE")
                elif (value := countries.integer(code, 0, 21)) is not None:
                    by_country[code] = value
    rating: dict[str, str] = {}
    rating_src = None
    rating_table = r.table("store_rating")
    if rating_table is not None:
        rating_table.unknown_keys({"apple", "google"})
        rating = {k: v for k in ("apple", "google") if (v := rating_table.text(k, required=False))}
        rating_src = rating_table.require_source()
    return Platform(
        id=r.ident("id"),
        name=r.text("name"),
        category=r.choice("category", CATEGORIES),
        owner=r.text("owner", required=False),
        source=src,
        steps=tuple(steps),
        links=links,
        minimum_age=age,
        minimum_age_source=age_src,
        minimum_age_by_country=by_country,
        store_rating=rating,
        store_rating_source=rating_src,
    )
