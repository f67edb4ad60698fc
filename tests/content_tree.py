"""Builds small content trees for tests: one valid platform and country, then each test breaks what it needs."""

from __future__ import annotations

import hashlib
from pathlib import Path

PLATFORM = """\
id = "demo"
name = "Demo"
category = "app"
owner = "Demo Inc."
source = "https://example.org/help"
verified = "2026-11-23"
steps = ["open-settings", "turn-on-filter"]

[links]
help = "https://example.org/help"

[minimum_age]
value = 13
source = "https://example.org/terms"
"""

GUIDE = {
    "en": ("Demo", "A demo app.", {"open-settings": "Open **Settings**.", "turn-on-filter": "Turn on the filter."},
           "## What it is and what children meet there\n\nVideos and chat.\n\n## The controls\n\nFilters.\n\n"
           "## What the controls cannot do\n\nEverything.\n\n## Report and block\n\nUse the menu.\n"),
    "lv": ("Demo", "Demonstrācijas lietotne.", {"open-settings": "Atveriet iestatījumus.",
                                                "turn-on-filter": "Ieslēdziet filtru."},
           "## Kas tā ir\n\nVideo un tērzēšana ar draugiem.\n\n## Vadīklas\n\nFiltri.\n\n## Ko tās nespēj\n\n"
           "Daudz ko.\n\n## Ziņot un bloķēt\n\nIzvēlne.\n"),
    "kk": ("Demo", "Қолданба.", {"open-settings": "Баптауларды ашыңыз.", "turn-on-filter": "Сүзгіні қосыңыз."},
           "## Бұл не\n\nБейне және әңгіме.\n\n## Басқару\n\nСүзгілер.\n\n## Шектеулер\n\nКөп.\n\n"
           "## Хабарлау\n\nМәзір.\n"),
    "ru": ("Demo", "Приложение.", {"open-settings": "Откройте настройки.", "turn-on-filter": "Включите фильтр."},
           "## Что это\n\nВидео и чат.\n\n## Настройки\n\nФильтры.\n\n## Ограничения\n\nМного.\n\n"
           "## Жалобы\n\nМеню.\n"),
}

COUNTRY = """\
code = "LV"
verified = "2026-11-23"
source = "https://example.org/lv"
rating_systems = ["pegi"]

[digital_age_of_consent]
age = 13
law = "Personal Data Processing Law"

[emergency]
general = { phone = "112" }

[[service]]
id = "lv-child"
kind = "child_helpline"
name_local = "Bērnu un pusaudžu uzticības tālrunis"
name_en = "Children's helpline"
phone = "116111"
hours = "24/7"
languages = ["lv", "ru"]
harms = ["cyberbullying"]
"""

RATING = """\
id = "pegi"
name = "PEGI"
full_name = "Pan European Game Information"
media = ["games"]
countries = ["LV"]
source = "https://pegi.info/"
verified = "2026-11-23"

[[label]]
code = "PEGI 3"
min_age = 3

[[label]]
code = "PEGI 18"
min_age = 18

[[descriptor]]
id = "violence"
code = "Violence"
"""


VIOLENCE = {"lv": "Vardarbība", "kk": "Зорлық-зомбылық", "ru": "Насилие"}  # the descriptor's name

RATING_PROSE = """+++
title = "PEGI"
{translates}
[labels]
"PEGI 3" = "Suitable for all ages."
"PEGI 18" = "Adults only."
[descriptors]
violence = "The game shows violence."
[descriptor_names]
violence = "{violence}"
+++
## What it is

Game ratings used across Europe.
"""


HARM = """\
id = "cyberbullying"
source = "https://example.org/bullying"
verified = "2026-11-23"
evidence = "keep"
report_to = ["police"]
helplines = ["child_helpline"]
"""

HARM_PROSE = """+++
title = "{title}"
summary = "{summary}"
first = "{first}"
evidence = "Keep screenshots."
{translates}
+++
## Why these steps

{body}
"""

HARM_TEXT = {
    "en": ("My child is being bullied online", "Someone keeps hurting your child online.", "Listen and stay calm.",
           "Bullying hurts."),
    "lv": ("Manu bērnu apceļ internetā", "Kāds internetā atkārtoti sāpina jūsu bērnu.",
           "Uzklausiet un saglabājiet mieru.", "Apcelšana sāp."),
    "kk": ("Баламды интернетте қорлап жүр", "Біреу балаңызды интернетте қайта-қайта ренжітеді.",
           "Тыңдаңыз, сабыр сақтаңыз.", "Қорлау ауыр тиеді."),
    "ru": ("Моего ребёнка травят в интернете", "Кто-то постоянно обижает вашего ребёнка в сети.",
           "Выслушайте и сохраняйте спокойствие.", "Травля причиняет боль."),
}


def guide_text(title: str, summary: str, steps: dict, body: str, translates: str = "") -> str:
    lines = ["+++", f'title = "{title}"', f'summary = "{summary}"']
    if translates:
        lines.append(f'translates = "{translates}"')
    lines.append("[steps]")
    lines += [f'{k} = "{v}"' for k, v in steps.items()]
    lines.append("+++")
    return "\n".join(lines) + "\n" + body


def revision(path: Path) -> str:
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()[:10]


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_tree(root: Path) -> Path:
    write(root, "facts/platforms/demo.toml", PLATFORM)
    write(root, "facts/countries/LV.toml", COUNTRY)
    write(root, "facts/rating_systems/pegi.toml", RATING)
    english = write(root, "content/en/platforms/demo.md", guide_text(*GUIDE["en"]))
    for locale in ("lv", "kk", "ru"):
        write(root, f"content/{locale}/platforms/demo.md", guide_text(*GUIDE[locale], translates=revision(english)))
    write(root, "facts/harms/cyberbullying.toml", HARM)
    title, summary, first, body = HARM_TEXT["en"]
    harm = write(root, "content/en/harms/cyberbullying.md",
                 HARM_PROSE.format(title=title, summary=summary, first=first, body=body, translates=""))
    for locale in ("lv", "kk", "ru"):
        title, summary, first, body = HARM_TEXT[locale]
        write(root, f"content/{locale}/harms/cyberbullying.md",
              HARM_PROSE.format(title=title, summary=summary, first=first, body=body,
                                translates=f'translates = "{revision(harm)}"'))
    rating = write(root, "content/en/ratings/pegi.md", RATING_PROSE.format(translates="", violence="Violence"))
    for locale in ("lv", "kk", "ru"):
        write(root, f"content/{locale}/ratings/pegi.md",
              RATING_PROSE.format(translates=f'translates = "{revision(rating)}"', violence=VIOLENCE[locale]))
    return root
