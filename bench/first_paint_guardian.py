"""`guardian ARGS` exactly as the command line runs it, printing the monotonic clock and the peak resident memory so
far (KiB) when the main window first paints (the same signal bench/first_paint_bare.py gives for a bare window)."""

import resource
import sys
import time

from guardian import qt_imports

qt_imports.install()  # first, as `guardian` does before it imports the app

import guardian.ui.main_window as main_window  # noqa: E402

_paint = main_window.MainWindow.paintEvent


def paintEvent(self, event) -> None:
    _paint(self, event)
    if not getattr(self, "_bench_painted", False):
        self._bench_painted = True
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first-paint {time.monotonic():.6f} {peak}", flush=True)


main_window.MainWindow.paintEvent = paintEvent

from guardian.cli import main  # noqa: E402 (after the hook, as `python -m guardian` would import it)

raise SystemExit(main(sys.argv[1:]))
