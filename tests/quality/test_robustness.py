"""Robustness: a school's policy file and the content files can hold anything; reading them never crashes, and every
problem says which file it is about so that someone can fix it."""

from __future__ import annotations

import datetime
import json
import logging
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content_tree import make_tree
from guardian.content.loader import load
from guardian.policy import CONTACT_KEYS, KNOWN_KEYS, SECTION_IDS, load_policy
from guardian.settings import SPECS

FUZZ = settings(database=None, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# ---------------------------------------------------------------------------------------------------- TOML writing

BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_string(text: str) -> str:
    # JSON's escapes are TOML's, except that TOML also wants DEL escaped
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_key(key: str) -> str:
    return key if BARE_KEY.fullmatch(key) else toml_string(key)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(data: dict) -> str:
    contacts = data.get("contact")
    as_tables = isinstance(contacts, list) and contacts and all(isinstance(c, dict) for c in contacts)
    lines = [f"{toml_key(k)} = {toml_value(v)}" for k, v in data.items() if not (k == "contact" and as_tables)]
    for entry in contacts if as_tables else ():  # [[contact]] tables, the way the documentation shows them
        lines.append("\n[[contact]]")
        lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------ policy strategies

words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
scalars = st.one_of(words, st.integers(-10**6, 10**6), st.booleans(),
                    st.floats(allow_nan=False, allow_infinity=False), st.dates(),
                    st.sampled_from(["lv", "LV", "kz", "en", "ru", "kk", "xx", "system", "dark", "high-contrast",
                                     "light", "", "guides", "ratings", "settings", "about", "language", "country",
                                     "theme", "https://school.example.lv/help", "http://school.example.lv"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(words, inner, max_size=3)), max_leaves=8)
contact = st.dictionaries(st.sampled_from(sorted(CONTACT_KEYS | {"fax", "Name"})),
                          st.one_of(words, st.sampled_from(["", "+371 67 000 000", "it@school.lv",
                                                            "https://school.lv", "Anna"]), scalars), max_size=5)
section_lists = st.lists(st.one_of(st.sampled_from(SECTION_IDS), words, scalars), max_size=4)
setting_lists = st.lists(st.one_of(st.sampled_from(sorted(SPECS)), words, scalars), max_size=4)
policies = st.fixed_dictionaries({}, optional={
    "language": scalars, "country": scalars, "theme": scalars, "portable": scalars,
    "lock": st.one_of(setting_lists, values), "hide_sections": st.one_of(section_lists, values),
    "contact": st.one_of(st.lists(contact, max_size=3), values),
}).flatmap(lambda known: st.dictionaries(words.filter(lambda k: k not in known), values, max_size=2).map(
    lambda extra: {**known, **extra}))

toml_ish_line = st.one_of(
    st.builds("{} = {}".format, st.sampled_from([*sorted(KNOWN_KEYS), "x", "lock.x", '"q"']),
              st.sampled_from(['"lv"', "[", "]", '["language"', "{", "1979-05-27", "true", "nan", "'", '"""',
                               '["guides", 1]', "{ name = 1 }", "+inf", "0x1F", '"\\u0000"', '"\\q"'])),
    st.sampled_from(["[[contact]]", "[contact]", "[[", "[x.y]", "#", "= 1", "name = \"A\"", "phone = 2",
                     "url = \"http://a\"", "\x00", "\ufeff", "\r", "key = \"unterminated"]),
    words,
)
toml_ish_text = st.one_of(st.lists(toml_ish_line, max_size=8).map("\n".join), st.text(max_size=80))


def check_policy(policy, path: Path) -> None:
    for problem in policy.problems:
        assert problem.file == path
        assert isinstance(problem.message, str) and problem.message.strip()
        assert str(path) in str(problem)
    for key, value in policy.values.items():
        assert SPECS[key].validate(value) is None
    assert policy.locked <= set(SPECS)
    assert policy.hidden_sections <= set(SECTION_IDS) - {"settings", "about", "gethelp"}
    assert isinstance(policy.portable, bool)
    for person in policy.contacts:
        assert person.name and (person.phone or person.email or person.url)


@settings(FUZZ, max_examples=1000)
@given(text=toml_ish_text)
def test_any_policy_text_is_read_without_crashing(tmp_path, text):
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    check_policy(load_policy(path, SPECS), path)


@settings(FUZZ, max_examples=500)
@given(data=policies)
def test_any_valid_toml_policy_is_checked_without_crashing(tmp_path, data):
    text = toml_document(data)
    assert tomllib.loads(text) == data  # the test's own TOML writer is right
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    policy = load_policy(path, SPECS)
    check_policy(policy, path)
    assert not any("not valid TOML" in p.message for p in policy.problems)
    if set(data) - KNOWN_KEYS:
        assert any(p.key in set(data) - KNOWN_KEYS for p in policy.problems)


def test_a_policy_file_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_bytes(b'language = "\xff\xfe"\n')
    policy = load_policy(path, SPECS)
    assert [p.message.startswith("cannot be read") for p in policy.problems] == [True]


# ------------------------------------------------------------------------------------------------- content edits

@pytest.fixture
def tree(tmp_path):
    """One small valid content tree, and a way to undo an example's edits (copying the tree each time is slow)."""
    root = make_tree(tmp_path / "content")
    original = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    def restore(touched: set[str]) -> None:
        for rel in touched:
            if rel in original:
                (root / rel).write_bytes(original[rel])
            else:
                (root / rel).unlink(missing_ok=True)

    return root, sorted(original), restore


@pytest.fixture
def quiet_loader():
    """The loader logs each problem as a warning; thousands of them would only slow the run down."""
    logger = logging.getLogger("guardian.content")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


NEW_FILES = ["facts/platforms/other.toml", "facts/countries/XX.toml", "facts/rating_systems/demo.toml",
             "facts/risks/grooming.toml", "facts/harms/other.toml", "facts/services/global.toml",
             "content/en/platforms/other.md", "content/lv/platforms/demo.md", "content/en/risks/grooming.md",
             "content/xx/platforms/demo.md", "content/en/pages/privacy.md", "content/en/harms/other.md"]
snippets = st.one_of(st.text(max_size=40), toml_ish_line, st.sampled_from([
    "+++\n", "+++\ntitle = 1\n+++\n", '+++\ntranslates = "0000000000"\n+++\nx', "[steps]\nx = 1\n",
    'steps = "x"\n', "[[service]]\nid = 1\n", '[[service]]\nid = "lv-child"\n', "[[label]]\ncode = 1\n",
    'verified = "2026-13-45"\n', 'source = "ftp://x"\n', 'rating_systems = "pegi"\n', "minimum_age = 5\n",
    "[minimum_age]\nvalue = -1\n", 'kind = "nonsense"\n', "## \n", "[links]\nhelp = 3\n", "id = []\n",
]))
edits = st.lists(st.tuples(
    st.sampled_from(["delete", "truncate", "insert", "replace_line", "drop_line", "bytes", "add"]),
    st.integers(0, 10**6), st.floats(0, 1), snippets, st.binary(max_size=24)), min_size=1, max_size=4)


def apply(root: Path, edit, files: list[str], touched: set[str]) -> None:
    kind, pick, where, text, raw = edit
    if kind == "add" or not files:
        rel = NEW_FILES[pick % len(NEW_FILES)]
        touched.add(rel)
        if rel not in files:
            files.append(rel)
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    rel = files[pick % len(files)]
    touched.add(rel)
    path = root / rel
    if kind == "delete":
        path.unlink()
        files.remove(rel)
        return
    if kind == "bytes":
        data = path.read_bytes()
        at = int(len(data) * where)
        path.write_bytes(data[:at] + raw + data[at:])
        return
    content = path.read_text(encoding="utf-8", errors="surrogateescape")
    at = int(len(content) * where)
    lines = content.splitlines(keepends=True)
    line = int(len(lines) * where) if lines else 0
    if kind == "truncate":
        content = content[:at]
    elif kind == "insert":
        content = content[:at] + text + content[at:]
    elif kind == "replace_line" and lines:
        content = "".join([*lines[:line], text + "\n", *lines[line + 1:]])
    elif kind == "drop_line" and lines:
        content = "".join(lines[:line] + lines[line + 1:])
    path.write_text(content, encoding="utf-8", errors="surrogateescape")


@settings(FUZZ, max_examples=500)
@given(changes=edits)
def test_broken_content_is_loaded_without_crashing_and_every_problem_names_a_file(tree, quiet_loader, changes):
    root, files, restore = tree
    files, touched = list(files), set()
    try:
        for change in changes:
            apply(root, change, files, touched)
        library = load(root)
    finally:
        restore(touched)
    for problem in library.problems:
        assert problem.file and problem.message.strip(), problem
        assert not Path(problem.file).is_absolute() and problem.file.split("/")[0] in ("facts", "content"), problem
