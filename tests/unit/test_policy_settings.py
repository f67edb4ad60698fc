"""A school's policy sets and locks settings; a broken policy is reported with file, line and key, never fatal."""

from __future__ import annotations

import json

import pytest

from guardian.policy import load_policy
from guardian.settings import SPECS, SettingNotSavedError, Settings

GOOD = """\
language = "lv"
country = "lv"
lock = ["language"]
hide_sections = ["ratings"]

[[contact]]
name = "Anna Bērziņa, school psychologist"
phone = "+371 67 000 000"
email = "psiholoģe@example.lv"
"""


def test_policy_sets_defaults_and_locks(tmp_path):
    file = tmp_path / "policy.toml"
    file.write_text(GOOD, encoding="utf-8")
    policy = load_policy(file, SPECS)
    assert policy.ok
    settings = Settings(tmp_path / "settings.json", policy)
    assert settings.get("language").value == "lv"
    assert settings.get("language").source == "policy"
    assert settings.get("language").locked is True
    assert settings.get("country").value == "LV"
    assert settings.get("country").locked is False
    assert policy.contacts[0].name.startswith("Anna")
    assert policy.hidden_sections == {"ratings"}


def test_user_choice_wins_over_unlocked_policy_value_but_not_a_locked_one(tmp_path):
    file = tmp_path / "policy.toml"
    file.write_text(GOOD, encoding="utf-8")
    settings = Settings(tmp_path / "settings.json", load_policy(file, SPECS), {"language": "ru"})
    settings.set("country", "KZ")
    assert settings.get("country").source == "user"
    assert settings.get("country").value == "KZ"
    assert settings.get("language").value == "lv"  # --lang cannot override a locked language
    try:
        settings.set("language", "ru")
    except ValueError as exc:
        assert "school" in str(exc)
    else:
        raise AssertionError("a locked setting was changed")


def test_broken_toml_is_reported_with_file_and_line(tmp_path):
    file = tmp_path / "policy.toml"
    file.write_text('language = "lv"\ncountry = \n', encoding="utf-8")
    policy = load_policy(file, SPECS)
    assert not policy.ok
    problem = policy.problems[0]
    assert problem.file == file
    assert problem.line == 2
    assert str(problem).startswith(f"{file}:2:")
    assert Settings(tmp_path / "s.json", policy).get("language").source == "default"


def test_bad_values_are_reported_with_line_and_key_and_the_rest_applies(tmp_path):
    file = tmp_path / "policy.toml"
    file.write_text('country = "LV"\n\nlanguage = "xx"\nlock = ["colour"]\nwifi = true\n', encoding="utf-8")
    policy = load_policy(file, SPECS)
    found = {(p.line, p.key) for p in policy.problems}
    assert found == {(3, "language"), (4, "lock"), (5, "wifi")}
    assert policy.values == {"country": "LV"}


def test_contact_needs_a_way_to_reach_it(tmp_path):
    file = tmp_path / "policy.toml"
    file.write_text('[[contact]]\nname = "Office"\n', encoding="utf-8")
    policy = load_policy(file, SPECS)
    assert [p.key for p in policy.problems] == ["contact"]
    assert policy.problems[0].line == 1


def test_unreadable_policy_is_a_problem_not_a_crash(tmp_path):
    file = tmp_path / "policy.toml"
    file.write_bytes(b"\xff\xfe\x00garbage")
    assert not load_policy(file, SPECS).ok


def test_damaged_settings_file_is_set_aside_not_lost(tmp_path):
    file = tmp_path / "settings.json"
    file.write_text("{not json", encoding="utf-8")
    policy = load_policy(None, SPECS)
    settings = Settings(file, policy)
    assert settings.get("language").source == "default"
    assert (tmp_path / "settings.damaged.json").read_text() == "{not json"
    settings.set("theme", "dark")
    assert json.loads(file.read_text()) == {"theme": "dark"}
    assert oct(file.stat().st_mode & 0o777) == "0o600"


def test_a_choice_that_cannot_be_written_applies_and_says_so(tmp_path):
    (tmp_path / "config").write_text("a file where the settings folder should be", encoding="utf-8")
    file = tmp_path / "config" / "settings.json"
    settings = Settings(file, load_policy(None, SPECS))  # nothing to read there: the defaults, nothing set aside
    assert settings.get("language").source == "default"
    with pytest.raises(SettingNotSavedError) as raised:
        settings.set("language", "kk")
    assert raised.value.file == file and raised.value.reason
    assert settings.get("language").value == "kk"  # for this session
    assert list(tmp_path.iterdir()) == [tmp_path / "config"]
