"""The command line school administrators and CI depend on: each command works headless, with clear exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from content_tree import make_tree
from guardian import __version__


def guardian(*args, env=None, check=False):
    run_env = {**os.environ, **(env or {})}
    result = subprocess.run([sys.executable, "-m", "guardian", *args], capture_output=True, text=True,
                            env=run_env, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_version():
    assert guardian("--version", check=True).stdout.strip() == f"guardian {__version__}"


def test_unknown_argument_prints_usage_and_exits_2():
    result = guardian("--frobnicate")
    assert result.returncode == 2
    assert "usage: guardian" in result.stderr


def test_bad_language_exits_2_with_a_message():
    result = guardian("--lang", "xx", "settings", "show")
    assert result.returncode == 2
    assert "--lang must be one of" in result.stderr


def test_settings_show_is_json_with_source_and_lock(data_dir, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('language = "kk"\ncountry = "KZ"\nlock = ["language"]\n', encoding="utf-8")
    report = json.loads(guardian("--data-dir", str(data_dir), "--policy", str(policy), "--country", "LV",
                                 "settings", "show", check=True).stdout)
    assert report["language"] == {"value": "kk", "source": "policy", "locked": True}
    assert report["country"] == {"value": "LV", "source": "command line", "locked": False}
    assert report["theme"] == {"value": "system", "source": "default", "locked": False}


def test_settings_show_with_a_broken_policy_says_why_the_defaults_apply(data_dir, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('country = "LV"\n[locked\n', encoding="utf-8")
    result = guardian("--data-dir", str(data_dir), "--policy", str(policy), "settings", "show")
    assert result.returncode == 1
    assert json.loads(result.stdout)["country"]["source"] == "default"
    assert f"policy: {policy}:2: is not valid TOML" in result.stderr


def test_system_policy_is_read_from_xdg_config_dirs(data_dir, isolated_home):
    folder = isolated_home / "etc-xdg" / "guardian"
    folder.mkdir(parents=True)
    (folder / "policy.toml").write_text('country = "EE"\nlock = ["country"]\n', encoding="utf-8")
    report = json.loads(guardian("--data-dir", str(data_dir), "settings", "show", check=True).stdout)
    assert report["country"] == {"value": "EE", "source": "policy", "locked": True}


def test_self_test_names_the_broken_policy_file_and_line(data_dir, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('language = "lv"\nlock = "language"\n', encoding="utf-8")
    result = guardian("--data-dir", str(data_dir), "--policy", str(policy), "self-test")
    assert result.returncode == 1
    line = next(x for x in result.stdout.splitlines() if " policy " in x)
    assert line.startswith("FAIL")
    assert f"{policy}:2: lock:" in line


def test_self_test_lines_one_per_check(data_dir):
    result = guardian("--data-dir", str(data_dir), "self-test")
    names = [line.split()[1] for line in result.stdout.splitlines()[:-1]]
    assert names == ["content", "translations", "locale-data", "data", "database", "policy"]
    for line in result.stdout.splitlines()[1:-1]:
        assert line.startswith("ok"), line


def test_a_data_folder_that_cannot_be_made_is_reported_not_a_crash(tmp_path):
    """A read-only USB stick, a full disk or, here, a file where the folder should be: Guardian still starts."""
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder", encoding="utf-8")
    result = guardian("--data-dir", str(blocked), "self-test")
    assert result.returncode == 1
    assert [line.split()[:2] for line in result.stdout.splitlines()[3:5]] == [["FAIL", "data"], ["FAIL", "database"]]
    assert "folder cannot be made" in result.stderr and "Traceback" not in result.stderr
    result = guardian("--data-dir", str(blocked), "--quit-after-startup", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_headless_commands_do_not_import_widgets(data_dir):
    code = ("import sys; from guardian.cli import main; main(sys.argv[1:]); "
            "print('WIDGETS' if 'PySide6.QtWidgets' in sys.modules else 'NO-WIDGETS', file=sys.stderr)")
    for args in (["settings", "show"], ["self-test"], ["content", "export"]):
        result = subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
                                capture_output=True, text=True, timeout=120)
        assert result.stderr.strip().endswith("NO-WIDGETS"), (args, result.stderr[-300:])


def test_content_check_reports_problems_and_exits_1(tmp_path):
    root = make_tree(tmp_path / "content")
    assert guardian("content", "check", "--root", str(root), check=True).stdout.startswith("content ok")
    (root / "facts/platforms/demo.toml").write_text('id = "demo"\n', encoding="utf-8")
    result = guardian("content", "check", "--root", str(root))
    assert result.returncode == 1
    assert "facts/platforms/demo.toml: name: is missing" in result.stdout


def test_content_export_is_json_keyed_by_iso_code_with_phone_fields(tmp_path):
    root = make_tree(tmp_path / "content")
    data = json.loads(guardian("content", "export", "--root", str(root), check=True).stdout)
    assert data["countries"]["LV"]["emergency"]["general"]["phone"] == "112"
    assert data["countries"]["LV"]["services"][0]["phone"] == "116111"
    assert data["platforms"]["demo"]["locales"] == ["en", "lv", "kk", "ru"]


def test_content_stamp_records_the_english_revision(tmp_path):
    root = make_tree(tmp_path / "content")
    english = root / "content/en/platforms/demo.md"
    english.write_text(english.read_text() + "\nNew line.\n", encoding="utf-8")
    assert guardian("content", "check", "--root", str(root)).returncode == 1
    files = [str(root / f"content/{loc}/platforms/demo.md") for loc in ("lv", "kk", "ru")]
    guardian("content", "stamp", *files, check=True)
    assert guardian("content", "check", "--root", str(root)).returncode == 0


@pytest.mark.slow
def test_quit_after_startup_runs_headless_and_writes_only_under_data_dir(data_dir, isolated_home):
    before = {p for p in isolated_home.rglob("*")}
    result = guardian("--data-dir", str(data_dir), "--quit-after-startup",
                      env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr
    assert {p for p in isolated_home.rglob("*")} == before
    assert (data_dir / "logs" / "guardian.log").is_file()
    assert "first frame after" in (data_dir / "logs" / "guardian.log").read_text()


def test_screenshot_list_and_png(data_dir, tmp_path):
    pages = guardian("screenshot", "--list", check=True).stdout.split()
    assert {"guides", "settings", "about"} <= set(pages)
    out = tmp_path / "shot.png"
    guardian("--data-dir", str(data_dir), "screenshot", "settings", "--out", str(out), "--size", "900x600",
             "--lang", "lv", check=True)
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 30) for y in range(0, 600, 30)}
    assert len(colours) > 3, "the screenshot is blank"
