"""Portable mode: `portable = true` in the policy keeps every file Guardian writes in a folder beside the program."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guardian import paths
from guardian.bootstrap import Bootstrap

LAUNCHER = "from guardian.cli import main\nraise SystemExit(main())\n"


def snapshot(root: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def stick(tmp_path):
    """A 'USB stick': the program (a launcher script, as sys.argv[0]) and a portable policy side by side."""
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "guardian_launcher.py").write_text(LAUNCHER, encoding="utf-8")
    (folder / "policy.toml").write_text('portable = true\ncountry = "LV"\n', encoding="utf-8")
    return folder


def run_from(stick: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    return subprocess.run([sys.executable, str(stick / "guardian_launcher.py"), "--policy", str(stick / "policy.toml"),
                           *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_portable_root_is_beside_the_frozen_executable(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "guardian-0.1.0" / "guardian"))
    assert paths.portable_root() == tmp_path / "guardian-0.1.0" / "guardian-data"


def test_portable_root_is_beside_the_started_script(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "bin" / "guardian")])
    assert paths.portable_root() == tmp_path / "bin" / "guardian-data"


def test_bootstrap_puts_every_folder_below_the_portable_root(monkeypatch, stick):
    monkeypatch.setattr(sys, "argv", [str(stick / "guardian_launcher.py")])
    args = argparse.Namespace(policy=stick / "policy.toml", data_dir=None, lang=None, country=None)
    boot = Bootstrap.from_args(args)
    root = stick / "guardian-data"
    assert boot.paths.portable
    for folder in (boot.paths.data, boot.paths.config, boot.paths.logs, boot.paths.cache):
        assert folder.is_dir() and folder.is_relative_to(root), folder
    assert boot.settings.get("country").value == "LV"


def test_data_dir_wins_over_portable_mode(monkeypatch, stick, tmp_path):
    monkeypatch.setattr(sys, "argv", [str(stick / "guardian_launcher.py")])
    args = argparse.Namespace(policy=stick / "policy.toml", data_dir=tmp_path / "elsewhere", lang=None, country=None)
    boot = Bootstrap.from_args(args)
    assert not boot.paths.portable
    assert boot.paths.data.is_relative_to(tmp_path / "elsewhere")
    assert not (stick / "guardian-data").exists()


@pytest.mark.slow
def test_a_portable_run_writes_only_below_the_folder_beside_the_program(stick, isolated_home, tmp_path):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    home_before = snapshot(isolated_home)
    stick_before = snapshot(stick)

    for args in (["self-test"], ["settings", "show"], ["--quit-after-startup"]):
        result = run_from(stick, *args, cwd=cwd)
        assert result.returncode == 0, (args, result.stdout, result.stderr)

    data = stick / "guardian-data"
    assert snapshot(isolated_home) == home_before, "a portable run wrote into the user's home"
    assert list(cwd.iterdir()) == [], "a portable run wrote into the working folder"
    outside = {p for p in snapshot(stick) if p not in stick_before and not p.is_relative_to(data)}
    assert outside == set()
    assert (data / "logs" / "guardian.log").is_file()
    assert "first frame after" in (data / "logs" / "guardian.log").read_text(encoding="utf-8")
    assert {p.name for p in data.iterdir()} <= {"data", "config", "logs", "cache"}
