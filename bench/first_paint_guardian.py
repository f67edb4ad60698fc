"""`guardian ARGS` exactly as the command line runs it, printing the monotonic clock and the peak resident memory so
far (KiB) once the first frame is painted: the main window and every widget in it (the same signal
bench/first_paint_bare.py gives for a bare window), and the clock again once the first page is built after it
("page-ready", for context)."""

import resource
import sys
import time

from guardian import qt_imports

qt_imports.install()  # first, as `guardian` does before it imports the app

from PySide6.QtCore import QTimer  # noqa: E402

import guardian.ui.main_window as main_window  # noqa: E402

_paint = main_window.MainWindow.paintEvent


def report() -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first-paint {time.monotonic():.6f} {peak}", flush=True)


def paintEvent(self, event) -> None:
    if not getattr(self, "_bench_painted", False):
        self._bench_painted = True
        # queued before the window's own first-frame signal: it runs once this paint pass, children included, is done
        QTimer.singleShot(0, report)
    _paint(self, event)


main_window.MainWindow.paintEvent = paintEvent

import guardian.app as app  # noqa: E402

_after_first_frame = app.Guardian._after_first_frame


def after_first_frame(self, section) -> None:
    _after_first_frame(self, section)
    print(f"page-ready {time.monotonic():.6f}", flush=True)


app.Guardian._after_first_frame = after_first_frame

from guardian.cli import main  # noqa: E402 (after the hook, as `python -m guardian` would import it)

raise SystemExit(main(sys.argv[1:]))
