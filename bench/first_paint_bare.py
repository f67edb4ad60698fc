"""A bare PySide6 main window of Guardian's size: prints the monotonic clock and the peak resident memory so far
(KiB) once its first frame is painted, then quits.
bench/run.py compares Guardian's first frame and peak memory with this, started the same way in the same run.
With --text the window shows one line of text, for context: the first text a window draws loads the fonts and
PySide6's Qt namespace (alignment flags), which every real window pays for."""

import resource
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.report)  # once this paint pass, the label included, is done

    @staticmethod
    def report() -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first-paint {time.monotonic():.6f} {peak}", flush=True)
        QApplication.quit()


app = QApplication(sys.argv[:1])
window = Window()
if "--text" in sys.argv[1:]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window.setCentralWidget(QLabel("Guardian", alignment=Qt.AlignmentFlag.AlignCenter))
available = window.screen().availableGeometry()  # sized as Guardian sizes its first window (default_size)
window.resize(min(1120, available.width()), min(760, available.height() - 48))
window.show()
raise SystemExit(app.exec())
