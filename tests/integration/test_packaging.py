"""Packaging smoke checks that need no PyInstaller build: desktop file, metainfo, app id, school policy files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from guardian import APP_ID, __version__
from guardian.policy import CONTACT_KEYS, KNOWN_KEYS, SECTION_IDS, load_policy
from guardian.settings import SPECS

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
EXAMPLE = PACKAGING / "policy.example.toml"


def desktop_files() -> list[Path]:
    return sorted(LINUX.glob("*.desktop"))


def metainfo_files() -> list[Path]:
    return sorted(LINUX.glob("*.metainfo.xml"))


def desktop_entry(path: Path) -> dict[str, str]:
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            entries[key.strip()] = value.strip()
    return entries


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (Debian: desktop-file-utils)")
@pytest.mark.parametrize("path", desktop_files(), ids=lambda p: p.name)
def test_desktop_file_is_valid(path):
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (Debian: appstream)")
@pytest.mark.parametrize("path", metainfo_files(), ids=lambda p: p.name)
def test_metainfo_is_valid(path):
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_everywhere():
    assert [p.name for p in desktop_files()] == [f"{APP_ID}.desktop"]
    assert [p.name for p in metainfo_files()] == [f"{APP_ID}.metainfo.xml"]
    entry = desktop_entry(desktop_files()[0])
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "guardian"

    component = ET.parse(metainfo_files()[0]).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "guardian"
    assert __version__ in [r.get("version") for r in component.iter("release")], "metainfo lacks this release"

    # The icons are installed under the app id, which build.sh and the spec read from src/guardian/__init__.py.
    build_sh = (LINUX / "build.sh").read_text(encoding="utf-8")
    assert "hicolor/scalable/apps/$APP_ID.svg" in build_sh
    assert "hicolor/256x256/apps/$APP_ID.png" in build_sh
    init = (ROOT / "src/guardian/__init__.py").read_text(encoding="utf-8")
    assert re.search(r'^APP_ID = "(.*)"$', init, re.M).group(1) == APP_ID
    spec = (PACKAGING / "pyinstaller/guardian.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec


def interface_word(language: str, source: str) -> str:
    """What the interface calls `source` (a section title) in `language`, from its translation file."""
    if language == "en":
        return source
    root = ET.parse(ROOT / "translations" / f"guardian_{language}.ts").getroot()
    return next(m.findtext("translation") for c in root.iter("context") if c.findtext("name") == "Sections"
                for m in c.iter("message") if m.findtext("source") == source)


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("language", ["en", "lv", "kk", "ru"])
def test_software_centres_describe_guardian_in_each_language_with_the_interfaces_words(language):
    # the Kazakh and Latvian menu entries said "рейтинг" and "reitingi" where the app says "жас санаттары" and
    # "vecuma vērtējumi"; the metainfo had no Kazakh summary and an English-only description
    entry = desktop_entry(desktop_files()[0])
    suffix = "" if language == "en" else f"[{language}]"
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(key + suffix), f"{key}{suffix}"
    assert interface_word(language, "Age ratings").casefold() in entry["Comment" + suffix].casefold()
    component = ET.parse(metainfo_files()[0]).getroot()
    tagged = (lambda e: e.get(XML_LANG) is None) if language == "en" else (lambda e: e.get(XML_LANG) == language)
    assert [e for e in component.findall("summary") if tagged(e)]
    assert len([e for e in component.findall("description/p") if tagged(e)]) == 2
    assert [e for e in component.findall("keywords/keyword") if tagged(e)]


def test_example_policy_passes_self_test(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "guardian", "--data-dir", str(tmp_path / "data"), "--policy",
                             str(EXAMPLE), "self-test"], capture_output=True, text=True, env=env, timeout=120)
    policy_line = next(line for line in result.stdout.splitlines() if line.split()[1:2] == ["policy"])
    assert policy_line.startswith("ok"), policy_line
    assert str(EXAMPLE) in policy_line


def test_example_policy_shows_every_key():
    policy = load_policy(EXAMPLE, SPECS)
    assert policy.ok, policy.problems
    text = EXAMPLE.read_text(encoding="utf-8")
    for key in KNOWN_KEYS - {"contact"}:
        assert re.search(rf"^{key} = ", text, re.M), f"{key} is not in the example"
    assert "[[contact]]" in text
    for key in CONTACT_KEYS:
        assert re.search(rf"^{key} = ", text, re.M), f"contact {key} is not in the example"
    assert policy.contacts and policy.locked


def test_policy_reference_documents_every_key_and_section():
    reference = (PACKAGING / "POLICY.md").read_text(encoding="utf-8")
    for key in (KNOWN_KEYS - {"contact"}) | CONTACT_KEYS | set(SPECS):
        assert f"`{key}`" in reference, f"POLICY.md does not document {key}"
    assert "`[[contact]]`" in reference
    for section in SECTION_IDS:
        assert f'"{section}"' in reference, f"POLICY.md does not mention section {section}"


def test_shipped_system_policy_sets_nothing(tmp_path):
    """The .deb's /etc/xdg/guardian/policy.toml is the example with every line commented out (as build.sh does)."""
    commented = re.sub(r"^([^#\n])", r"# \1", EXAMPLE.read_text(encoding="utf-8"), flags=re.M)
    assert "sed -e 's/^\\([^#]\\)/# \\1/' packaging/policy.example.toml" in (LINUX / "build.sh").read_text()
    file = tmp_path / "policy.toml"
    file.write_text(commented, encoding="utf-8")
    policy = load_policy(file, SPECS)
    assert policy.ok
    assert (policy.values, policy.locked, policy.contacts, policy.hidden_sections, policy.portable) == (
        {}, frozenset(), (), frozenset(), False)


def test_msi_takes_the_main_policy_keys_as_properties():
    wxs = ET.parse(PACKAGING / "windows/guardian.wxs").getroot()
    ns = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
    properties = {p.get("Id") for p in wxs.iterfind(".//w:Property", ns)}
    wanted = {"LANGUAGE", "COUNTRY", "THEME", "LOCK", "HIDE_SECTIONS", "PORTABLE"} | {
        f"CONTACT_{key.upper()}" for key in CONTACT_KEYS}
    assert wanted <= properties
    command = next(p.get("Value") for p in wxs.iterfind(".//w:SetProperty", ns) if p.get("Id") == "WritePolicy")
    for prop in wanted:
        assert f"[{prop}]" in command, prop


def test_harvest_lists_every_bundle_file_once(tmp_path):
    bundle = tmp_path / "guardian"
    (bundle / "_internal" / "guardian" / "resources").mkdir(parents=True)
    (bundle / "guardian.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "python311.dll").write_bytes(b"MZ")
    (bundle / "_internal" / "guardian" / "resources" / "a b.toml").write_text("x = 1\n")
    sys.path.insert(0, str(PACKAGING / "windows"))
    try:
        import harvest
    finally:
        sys.path.pop(0)
    root = ET.fromstring(harvest.fragment(bundle))
    ns = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
    sources = sorted(f.get("Source") for f in root.iterfind(".//w:File", ns))
    assert sources == ["$(var.BundleDir)\\_internal\\guardian\\resources\\a b.toml",
                       "$(var.BundleDir)\\_internal\\python311.dll", "$(var.BundleDir)\\guardian.exe"]
    refs = [r.get("Id") for r in root.iterfind(".//w:ComponentRef", ns)]
    assert len(refs) == len(set(refs)) == 3
