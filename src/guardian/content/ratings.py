"""Rating system fact files: the labels (code and minimum age) and the content descriptors each system uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guardian.content.reader import ID_RE, Reader, Source

MEDIA = ("games", "films", "tv", "apps", "streaming")


@dataclass(frozen=True)
class Label:
    code: str
    min_age: int
    source: Source


@dataclass(frozen=True)
class Descriptor:
    id: str
    code: str


@dataclass(frozen=True)
class RatingSystem:
    id: str
    name: str
    full_name: str
    media: tuple[str, ...]
    countries: tuple[str, ...]
    source: Source
    labels: tuple[Label, ...]
    descriptors: tuple[Descriptor, ...]

    def label(self, code: str) -> Label | None:
        return next((lab for lab in self.labels if lab.code == code), None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "full_name": self.full_name,
            "media": list(self.media),
            "countries": list(self.countries),
            **self.source.as_dict(),
            "labels": [{"code": lab.code, "min_age": lab.min_age, **lab.source.as_dict()} for lab in self.labels],
            "descriptors": [{"id": d.id, "code": d.code} for d in self.descriptors],
        }


def parse_rating_system(r: Reader) -> RatingSystem:
    r.unknown_keys({"id", "name", "full_name", "media", "countries", "label", "descriptor"})
    src = r.require_source()
    media = r.strings("media", required=True)
    for m in media:
        if m not in MEDIA:
            r.problem("media", f"'{m}' is not one of: {', '.join(MEDIA)}")
    labels = []
    for t in r.tables("label", required=True):
        t.unknown_keys({"code", "min_age"})
        code, age = t.text("code"), t.integer("min_age", 0, 21)
        if code and age is not None:
            labels.append(Label(code, age, t.require_source()))
    codes = [lab.code for lab in labels]
    if len(set(codes)) != len(codes):
        r.problem("label", "has duplicate codes")
    descriptors = []
    for t in r.tables("descriptor"):
        t.unknown_keys({"id", "code"})
        did = t.text("id")
        if did and not ID_RE.match(did.replace("_", "-")):
            t.problem("id", f"'{did}' is not an id")
        descriptors.append(Descriptor(did, t.text("code", required=False, default=did)))
    return RatingSystem(
        id=r.ident("id"),
        name=r.text("name"),
        full_name=r.text("full_name", required=False),
        media=tuple(media),
        countries=tuple(r.strings("countries")),
        source=src,
        labels=tuple(labels),
        descriptors=tuple(descriptors),
    )
