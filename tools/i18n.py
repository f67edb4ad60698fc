"""Interface translations: refresh the .ts files from the code, build the .qm files, and check both are current.

    python3 tools/i18n.py update   # run lupdate over src/guardian into translations/guardian_<lang>.ts
    python3 tools/i18n.py release  # build translations/guardian_<lang>.qm with lrelease
    python3 tools/i18n.py check    # fail if a .ts is stale, a .qm is out of date, or a translation is unfinished
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LANGUAGES = ("en", "lv", "kk", "ru")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    for candidate in (BIN / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; run inside the project's virtual environment")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "guardian").rglob("*.py"))


def update(ts_dir: Path = TS_DIR) -> None:
    for lang in LANGUAGES:
        ts = ts_dir / f"guardian_{lang}.ts"
        only_plurals = ["-pluralonly"] if lang == "en" else []  # English needs only its plural forms
        args = [_tool("lupdate"), "-locations", "none", "-no-obsolete", *only_plurals, "-source-language", "en",
                "-target-language", lang, *sources(), "-ts", str(ts)]
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def release(ts_dir: Path = TS_DIR, qm_dir: Path = TS_DIR) -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("lrelease"), "-silent", str(ts_dir / f"guardian_{lang}.ts"), "-qm",
                        str(qm_dir / f"guardian_{lang}.qm")], check=True, capture_output=True)


def unfinished(ts: Path) -> list[str]:
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        text = "".join(translation.itertext()).strip()
        if translation.get("type") == "unfinished" or (not text and not ts.name.endswith("_en.ts")):
            out.append(message.findtext("source") or "")
    return out


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        for lang in LANGUAGES:
            shutil.copy(TS_DIR / f"guardian_{lang}.ts", tmp_dir)
        update(tmp_dir)
        release(tmp_dir, tmp_dir)
        for lang in LANGUAGES:
            name = f"guardian_{lang}"
            if (TS_DIR / f"{name}.ts").read_bytes() != (tmp_dir / f"{name}.ts").read_bytes():
                problems.append(f"translations/{name}.ts is stale: run python3 tools/i18n.py update")
            qm = TS_DIR / f"{name}.qm"
            if not qm.exists() or not filecmp.cmp(qm, tmp_dir / f"{name}.qm", shallow=False):
                problems.append(f"translations/{name}.qm is out of date: run python3 tools/i18n.py release")
            if lang != "en":
                for source in unfinished(TS_DIR / f"{name}.ts"):
                    problems.append(f"translations/{name}.ts: unfinished: {source!r}")
    return problems


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        problems = check()
        print("\n".join(problems) if problems else "translations are current and complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
