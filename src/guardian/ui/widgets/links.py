"""Leaving Guardian: only https, mailto and tel links, and only after the parent says yes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from guardian.i18n.text import arg

ALLOWED_SCHEMES = ("https", "mailto", "tel")


def ask_to_open(parent: QWidget | None, url: QUrl) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Links", "Open link?"),
        arg(QCoreApplication.translate("Links", "This opens %1 outside Guardian. Continue?"), url.toDisplayString()),
    )
    return answer == QMessageBox.StandardButton.Yes


# Tests replace this with a function that answers for the parent.
confirm = ask_to_open


def open_external(parent: QWidget | None, url: QUrl | str) -> bool:
    """Open a link in the system's browser, mail or phone app. False if refused by rule or by the parent."""
    url = QUrl(url) if isinstance(url, str) else url
    if url.scheme() not in ALLOWED_SCHEMES:
        return False
    if not confirm(parent, url):
        return False
    return QDesktopServices.openUrl(url)
