"""A built wheel (a non-editable install) carries its content and translations and runs headless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(out.glob("guardian_family-*.whl"))
    target = out / "site"
    zipfile.ZipFile(wheel).extractall(target)
    return target


def run(site: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    code = f"import sys; sys.path.insert(0, {str(site)!r}); from guardian.cli import main; raise SystemExit(main())"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp, env=env,
                          timeout=120)


@pytest.mark.slow
def test_wheel_runs_headless_with_its_own_resources(installed, tmp_path):
    where = run(installed, tmp_path, "--version")
    assert where.returncode == 0 and where.stdout.startswith("guardian ")
    data = tmp_path / "data"
    selftest = run(installed, tmp_path, "--data-dir", str(data), "self-test")
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "38 countries" in selftest.stdout
    settings = json.loads(run(installed, tmp_path, "--data-dir", str(data), "settings", "show").stdout)
    assert settings["language"]["source"] == "default"
    started = run(installed, tmp_path, "--data-dir", str(data), "--quit-after-startup")
    assert started.returncode == 0, started.stderr
    probe = run(installed, tmp_path, "content", "export")
    assert probe.returncode == 0
    assert (installed / "guardian" / "resources" / "facts" / "countries" / "KZ.toml").is_file()
    assert (installed / "guardian" / "translations" / "guardian_kk.qm").is_file()
