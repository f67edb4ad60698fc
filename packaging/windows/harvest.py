"""Writes a WiX v4 fragment listing every file of the PyInstaller bundle (what `heat dir` did in WiX 3).

    python packaging/windows/harvest.py dist\\guardian build\\windows\\bundle-files.wxs

Each file gets its own component with Guid="*" (WiX derives a stable GUID from the install path), so upgrades
replace exactly what changed. Standard library only, so it runs anywhere; the tests run it on the Linux bundle's
layout.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

NS = "http://wixtoolset.org/schemas/v4/wxs"


def _id(prefix: str, relative: str) -> str:
    # WiX identifiers: letters, digits, '_' and '.', at most 72 characters; a hash keeps them unique and stable.
    return f"{prefix}_{hashlib.sha1(relative.encode()).hexdigest()[:20]}"


def fragment(bundle: Path) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<Wix xmlns="{NS}">', "  <Fragment>"]
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        pad = "  " * depth
        for entry in sorted(folder.iterdir(), key=lambda p: (p.is_dir(), p.name.lower())):
            relative = entry.relative_to(bundle).as_posix()
            if entry.is_dir():
                lines.append(f"{pad}<Directory Id={quoteattr(_id('d', relative))} Name={quoteattr(entry.name)}>")
                walk(entry, depth + 1)
                lines.append(f"{pad}</Directory>")
            else:
                component = _id("c", relative)
                components.append(component)
                source = "$(var.BundleDir)\\" + relative.replace("/", "\\")
                lines.append(f"{pad}<Component Id={quoteattr(component)} Guid=\"*\" Bitness=\"always64\">")
                lines.append(f"{pad}  <File Id={quoteattr(_id('f', relative))} Source={quoteattr(source)} "
                             f"KeyPath=\"yes\" />")
                lines.append(f"{pad}</Component>")

    lines.append('    <DirectoryRef Id="INSTALLFOLDER">')
    walk(bundle, 3)
    lines.append("    </DirectoryRef>")
    lines.append('    <ComponentGroup Id="BundleFiles">')
    lines.extend(f'      <ComponentRef Id="{c}" />' for c in components)
    lines.append("    </ComponentGroup>")
    lines.extend(["  </Fragment>", "</Wix>", ""])
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    bundle, out = Path(argv[1]), Path(argv[2])
    if not (bundle / "guardian.exe").is_file() and not (bundle / "guardian").is_file():
        print(f"{bundle}: no guardian executable; build the PyInstaller bundle first", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(fragment(bundle), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
