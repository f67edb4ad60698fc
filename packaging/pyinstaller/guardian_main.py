"""Entry point for the frozen app (PyInstaller needs a script): the same as `python -m guardian`."""

from guardian.cli import main

raise SystemExit(main())
