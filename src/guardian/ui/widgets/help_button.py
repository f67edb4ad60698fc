"""The 'Get help now' button on every screen: always visible, reachable with Ctrl+H (Control+H on a Mac), hard to
miss in any theme."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from guardian.i18n.text import arg
from guardian.ui.keys import GET_HELP, shown


class HelpButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("getHelpNow")
        # White on dark red: 7.7:1, above WCAG AA in light, dark and high-contrast palettes alike.
        self.setStyleSheet("QPushButton#getHelpNow { background: #a3161b; color: #ffffff; font-weight: bold;"
                           " padding: 4px 14px; border-radius: 4px; }"
                           " QPushButton#getHelpNow:focus { outline: 2px solid #ffbf47; }")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Get help now"))
        # after setText(), which replaces a button's shortcut with its text's mnemonic (none here); set as a property
        # because setShortcut() would build Qt's namespace, which the first frame must not (ui/painting.py)
        self.setProperty("shortcut", QKeySequence(GET_HELP))
        self.setToolTip(arg(self.tr("What to do, where to report and who can help (%1)"), shown(GET_HELP)))
        self.setAccessibleName(self.tr("Get help now"))
