"""The bare window of bench/first_paint_bare.py with one line of text in it: for context only. The first text a
window draws loads the fonts and PySide6's Qt namespace (alignment flags), which every real window pays for."""

import resource
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"first-paint {time.monotonic():.6f} {peak}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("Guardian", alignment=Qt.AlignmentFlag.AlignCenter))
window.resize(1120, 760)
window.show()
raise SystemExit(app.exec())
