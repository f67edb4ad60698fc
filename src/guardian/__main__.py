"""Allows `python -m guardian`."""

from guardian.cli import main

raise SystemExit(main())
