#!/usr/bin/env python3
"""Sets up the project's virtual environment and runs the app or the whole test suite.

    python3 dev.py run [ARGS...]   # set up .venv, then start Guardian (ARGS go to `guardian`)
    python3 dev.py test [ARGS...]  # set up .venv, then lint, layering, translations, content and pytest

Set-up is repeated only when pyproject.toml changes. Uses only the standard library, so it runs on a fresh machine.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".guardian-setup"


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py is what a fresh machine runs first
        raise SystemExit("Guardian needs Python 3.11 or newer")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PY.exists():
        return
    if not PY.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing Guardian and its test tools into .venv ...", flush=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", ".[test]"],
                   cwd=ROOT, check=True)
    STAMP.write_text(wanted)


def run(args: list[str]) -> int:
    return subprocess.call([str(BIN / "guardian"), *args], cwd=ROOT)


def test(args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", "src", "tests", "tools", "dev.py"]),
        ("import contracts", [str(BIN / "lint-imports")]),
        ("translations", [str(PY), "tools/i18n.py", "check"]),
        ("content", [str(BIN / "guardian"), "content", "check"]),
        ("pytest", [str(PY), "-m", "pytest", *args]),
    ]
    for name, command in steps:
        print(f"== {name}", flush=True)
        code = subprocess.call(command, cwd=ROOT, env=env)
        if code != 0:
            print(f"== {name} failed (exit {code})", flush=True)
            return code
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    setup()
    return run(argv[2:]) if argv[1] == "run" else test(argv[2:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
