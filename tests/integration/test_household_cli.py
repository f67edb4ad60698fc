"""`guardian household export|import FILE`: exit 0 and an identical round trip on success, exit 1 with one line on a
bad file, no widgets imported, and an import killed at any moment leaves the household entirely old or new."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guardian.paths import Paths
from guardian.services.household_format import dumps
from guardian.services.transfer_service import TransferService
from guardian.storage.recovery import OpenStatus, open_database
from household_tree import sample_snapshot

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "household.json"


def guardian(*args):
    return subprocess.run([sys.executable, "-m", "guardian", *args], capture_output=True, text=True, timeout=120)


def test_import_then_export_gives_the_same_file(data_dir, tmp_path):
    result = guardian("--data-dir", str(data_dir), "household", "import", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert "3 children" in result.stdout
    out = tmp_path / "out.json"
    assert guardian("--data-dir", str(data_dir), "household", "export", str(out)).returncode == 0
    assert out.read_bytes() == EXAMPLE.read_bytes()


def test_a_bad_file_exits_1_with_one_line_naming_the_field(data_dir, tmp_path):
    guardian("--data-dir", str(data_dir), "household", "import", str(EXAMPLE))
    bad = tmp_path / "bad.json"
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["devices"][2]["child_id"] = 99
    bad.write_text(json.dumps(doc), encoding="utf-8")
    result = guardian("--data-dir", str(data_dir), "household", "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "devices[2].child_id" in result.stderr
    out = tmp_path / "out.json"
    guardian("--data-dir", str(data_dir), "household", "export", str(out))
    assert out.read_bytes() == EXAMPLE.read_bytes()


def test_a_missing_file_exits_1(data_dir, tmp_path):
    result = guardian("--data-dir", str(data_dir), "household", "import", str(tmp_path / "nope.json"))
    assert result.returncode == 1
    assert "Cannot read" in result.stderr


def test_household_commands_do_not_import_widgets(data_dir, tmp_path):
    code = ("import sys; from guardian.cli import main; main(sys.argv[1:]); "
            "print('WIDGETS' if 'PySide6.QtWidgets' in sys.modules else 'NO-WIDGETS', file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, "--data-dir", str(data_dir), "household", "export",
                             str(tmp_path / "x.json")], capture_output=True, text=True, timeout=120)
    assert result.stderr.strip().endswith("NO-WIDGETS"), result.stderr[-300:]


# The worker imports the two households in turn, forever, through the real command line code, until killed.
WORKER = """
import sys
from guardian.cli import main
root, first, second = sys.argv[1:4]
print("ready", flush=True)
while True:
    for file in (first, second):
        if main(["--data-dir", root, "household", "import", file]) != 0:
            sys.exit(3)
"""


@pytest.mark.slow
def test_an_import_killed_at_random_moments_leaves_the_household_entirely_old_or_new(data_dir, tmp_path):
    first = tmp_path / "first.json"
    first.write_bytes(dumps(sample_snapshot()))
    files = {first.read_bytes(), EXAMPLE.read_bytes()}
    paths = Paths.under(data_dir)
    paths.ensure()
    db, _ = open_database(paths)
    TransferService(db, paths.backups).import_from(first)  # the household starts as one of the two
    db.close()
    rng = random.Random(20261123)
    deadline = time.monotonic() + 14
    rounds = 0
    while time.monotonic() < deadline and rounds < 40:
        worker = subprocess.Popen([sys.executable, "-c", WORKER, str(data_dir), str(first), str(EXAMPLE)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
        time.sleep(rng.uniform(0.0, 0.5))  # the random moment of the kill is the point of this test
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        worker.stdout.close()
        worker.stderr.close()
        assert worker.returncode == -signal.SIGKILL, "the worker stopped by itself: an import failed"
        db, report = open_database(paths)
        assert report.status is OpenStatus.OK, report  # never damaged by a kill
        try:
            assert TransferService(db, paths.backups).export_bytes() in files
        finally:
            db.close()
        rounds += 1
    assert rounds >= 10


def test_self_test_reports_the_database_schema_version(data_dir):
    result = guardian("--data-dir", str(data_dir), "self-test")
    line = next(x for x in result.stdout.splitlines() if x.split()[1] == "database")
    assert line.startswith("ok") and "schema version 2" in line


def test_self_test_fails_on_a_newer_database(data_dir):
    guardian("--data-dir", str(data_dir), "household", "import", str(EXAMPLE))
    conn = sqlite3.connect(Paths.under(data_dir).database_file)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = guardian("--data-dir", str(data_dir), "self-test")
    assert result.returncode == 1
    line = next(x for x in result.stdout.splitlines() if x.split()[1] == "database")
    assert line.startswith("FAIL") and "newer" in line
