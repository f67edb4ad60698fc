"""Stability: a long session does not wear anything out. PySide6 6.12.0 on Python 3.11 drops a reference to True on
every Signal.emit() called from Python; a few hundred searches later Python aborts ("bool_dealloc") as Guardian
quits, and a few thousand emits in, while it runs. Both tests pass on 6.11.3; pin PySide6-Essentials != 6.12.0."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import PySide6
import pytest

BROKEN = pytest.mark.xfail(sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0", strict=True,
                           reason="PySide6 6.12.0 leaks a reference to True per Signal.emit() on Python 3.11")


EMITS = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Sender(QObject):
        changed = Signal(str)

    app = QCoreApplication([])
    sender = Sender()
    sender.changed.connect(lambda text: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        sender.changed.emit("x")
    print(before - sys.getrefcount(True), flush=True)
    os._exit(0)  # a leak must not abort this child before it reports
""")


@BROKEN
def test_emitting_a_signal_from_python_keeps_true_alive():
    # in a child process: a leak here would otherwise shorten the life of the test run itself
    result = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True, timeout=60)
    assert int(result.stdout.strip()) <= 10, "references to True lost in 200 emits"  # slack for unrelated objects


LONG_SESSION = textwrap.dedent("""
    import argparse, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from guardian.app import Guardian, make_application
    from guardian.bootstrap import Bootstrap

    app = make_application()
    args = argparse.Namespace(lang="en", country="LV", data_dir=Path(sys.argv[1]), policy=None,
                              quit_after_startup=False)
    guardian = Guardian(Bootstrap.from_args(args), app)
    window = guardian.start()
    QCoreApplication.processEvents()
    for round in range(40):  # a parent searching for a while: 400 keystrokes (for words that are not there,
        for end in range(1, 11):  # which keeps this quick: each keystroke emits the same signals either way)
            window.search.setText("zqxjzqxjzq"[:end])
        window.search.clear()
    QCoreApplication.processEvents()
    window.close()
    print("closed", flush=True)
""")


@BROKEN
def test_guardian_quits_cleanly_after_a_long_search_session(tmp_path):
    result = subprocess.run([sys.executable, "-c", LONG_SESSION, str(tmp_path / "data")], capture_output=True,
                            text=True, timeout=120)
    assert "closed" in result.stdout, result.stderr[-800:]
    assert result.returncode == 0, result.stderr[-800:]
