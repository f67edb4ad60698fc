"""Placeholders in translated text: Qt's %1..%9 convention, filled after translation."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill %1, %2 ... in one pass, so a value that itself contains '%2' is left alone."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values)
                            else m.group(0), text)
