"""One Guardian at a time on a household: a second start says the app is already open and stops, an import waits
until it is closed, and a lock left by a Guardian that was killed does not keep the family out."""

from __future__ import annotations

import os
import subprocess
import sys

from guardian import household_lock
from guardian.paths import Paths

EXAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "household.json")
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def guardian(data, *args):
    return subprocess.run([sys.executable, "-m", "guardian", "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=ENV, timeout=120)


def test_a_second_guardian_on_the_same_household_stops_and_says_why(tmp_path):
    paths = Paths.under(tmp_path / "data")
    paths.ensure()
    lock, ours = household_lock.claim(paths)  # this test is the Guardian already open
    assert ours
    try:
        second = guardian(tmp_path / "data", "--lang", "lv", "--quit-after-startup")
        assert second.returncode == 1
        assert "Guardian jau ir atvērts šajā datorā" in second.stderr  # in the family's language
        imported = guardian(tmp_path / "data", "household", "import", EXAMPLE)
        assert imported.returncode == 1 and "close it, then import again" in imported.stderr
        assert household_lock.claim(paths)[1] is False  # nor a second lock in this process
    finally:
        lock.unlock()
    assert guardian(tmp_path / "data", "--quit-after-startup").returncode == 0
    assert guardian(tmp_path / "data", "household", "import", EXAMPLE).returncode == 0


def test_a_lock_left_by_a_guardian_that_was_killed_is_taken_over(tmp_path):
    paths = Paths.under(tmp_path / "data")
    paths.ensure()
    code = ("import os, sys; from pathlib import Path; from guardian import household_lock; "
            "from guardian.paths import Paths; lock, ours = household_lock.claim(Paths.under(Path(sys.argv[1]))); "
            "assert ours; os._exit(0)")  # ends without unlocking, as a crash or a kill would
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "data")], check=True, env=ENV, timeout=60)
    assert (paths.data / household_lock.LOCK_FILE).exists()
    assert guardian(tmp_path / "data", "--quit-after-startup").returncode == 0
