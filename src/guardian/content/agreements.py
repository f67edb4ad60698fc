"""Family agreement templates: which items a template has, on which theme, for which ages, and which items ask the
family to fill in a choice. The wording is prose per locale (content/<locale>/agreements/<id>.md).

`resources/agreements/<id>.toml` holds the locale-neutral part; the prose front matter gives the title, the words
printed above and below the items, the text of every item (`[items]`) and the label of every choice (`[choices]`).
A broken template is reported (file and field) and skipped; an incomplete translation is reported and the English
text is shown instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guardian.content.problems import Collector
from guardian.content.prose import LOCALES, SOURCE_LOCALE, Prose
from guardian.content.reader import Reader, Source, read_toml
from guardian.domain.ages import BANDS

KIND = "agreements"  # the folder name, under resources/ (templates) and content/<locale>/ (prose)
THEMES = ("screen-time", "device-free", "apps", "upset", "parents")
CHOICE_KINDS = ("minutes", "time", "text")  # minutes: a number; time: a clock time (hh:mm); text: a few words
MAX_ITEMS = 100  # the household format's limit for one agreement
PROSE_TEXT = ("title", "heading", "preamble", "closing")


@dataclass(frozen=True)
class TemplateItem:
    id: str
    theme: str
    choice: str = ""  # one of CHOICE_KINDS, or "" when the item has nothing to fill in


@dataclass(frozen=True)
class Template:
    id: str
    bands: tuple[str, ...]
    items: tuple[TemplateItem, ...]
    sources: tuple[Source, ...] = ()

    def item(self, item_id: str) -> TemplateItem | None:
        return next((i for i in self.items if i.id == item_id), None)


def _source(t: Reader) -> Source:
    t.unknown_keys({"url", "title"})
    return Source(url=t.url("url", required=True), verified=t.date("verified"))


def parse_template(r: Reader, stem: str) -> Template | None:
    """The template, or None when it cannot be used (the reasons are recorded as problems)."""
    before = len(r.problems.problems)
    r.unknown_keys({"id", "bands", "item", "sources"})
    template_id = r.ident("id")
    if template_id and template_id != stem:
        r.problem("id", f"'{template_id}' does not match the file name '{stem}'")
    bands = r.strings("bands", required=True)
    for band in bands:
        if band not in BANDS:
            r.problem("bands", f"'{band}' is not an age band ({', '.join(BANDS)})")
    if "bands" in r.data and not bands:
        r.problem("bands", "needs at least one age band")
    items: list[TemplateItem] = []
    for t in r.tables("item", required=True):
        t.unknown_keys({"id", "theme", "choice"})
        item_id = t.ident("id")
        if item_id and any(i.id == item_id for i in items):
            t.problem("id", f"'{item_id}' appears more than once")
        items.append(TemplateItem(item_id, t.choice("theme", THEMES), t.choice("choice", CHOICE_KINDS,
                                                                                 required=False)))
    if "item" in r.data and not items:
        r.problem("item", "needs at least one [[item]]")
    if len(items) > MAX_ITEMS:
        r.problem("item", f"has more than {MAX_ITEMS} items")
    sources = tuple(_source(t) for t in r.tables("sources"))
    if len(r.problems.problems) > before:
        return None
    return Template(template_id, tuple(bands), tuple(items), sources)


def _prose_problems(template: Template, prose: Prose) -> list[tuple[str, str]]:
    """(field, message) for every text the template needs that this prose file does not give."""
    found = []
    for key in PROSE_TEXT:
        value = prose.meta.get(key)
        if not isinstance(value, str) or not value.strip():
            found.append((key, "is missing or empty"))
    for table, wanted in (("items", [i.id for i in template.items]),
                          ("choices", [i.id for i in template.items if i.choice])):
        texts = prose.meta.get(table, {})
        if not isinstance(texts, dict):
            found.append((table, "must be a table of item id = \"text\""))
            continue
        if missing := [i for i in wanted if not isinstance(texts.get(i), str) or not texts[i].strip()]:
            found.append((table, f"no text for: {', '.join(missing)}"))
        if unknown := sorted(set(texts) - set(wanted)):
            found.append((table, f"not items of the template: {', '.join(unknown)}"))
    return found


def load_agreements(root: Path, lib, problems: Collector) -> None:
    """Read resources/agreements/*.toml into lib.templates, checking them against the prose already loaded."""
    templates: dict[str, Template] = {}
    for path in sorted((root / KIND).glob("*.toml")):
        rel = path.relative_to(root).as_posix()
        data = read_toml(path, rel, problems)
        if data is None:
            continue
        template = parse_template(Reader(problems, rel, data), path.stem)
        if template is None:
            continue
        english = lib.prose_files.get((KIND, template.id, SOURCE_LOCALE))
        if english is None:
            if not (root / "content" / SOURCE_LOCALE / KIND / f"{template.id}.md").exists():
                problems.add(f"content/{SOURCE_LOCALE}/{KIND}/{template.id}.md", "", "is missing")
            continue
        if found := _prose_problems(template, english):
            for field, message in found:
                problems.add(f"content/{SOURCE_LOCALE}/{KIND}/{template.id}.md", field, message)
            continue
        for locale in LOCALES[1:]:
            translated = lib.prose_files.get((KIND, template.id, locale))
            if translated is None:
                continue
            for field, message in _prose_problems(template, translated):
                problems.add(f"content/{locale}/{KIND}/{template.id}.md", field, message)
                lib.current.discard((KIND, template.id, locale))
        templates[template.id] = template
    for item in lib.prose_ids(KIND):
        if item not in templates and not (root / KIND / f"{item}.toml").exists():
            problems.add(f"content/{SOURCE_LOCALE}/{KIND}/{item}.md", "", f"has no template file {KIND}/{item}.toml")
    lib.templates = templates


def suggested(templates: dict[str, Template], band: str) -> Template | None:
    """The template for this age band: the first (by id) that lists it, else none."""
    return next((t for _, t in sorted(templates.items()) if band in t.bands), None)
