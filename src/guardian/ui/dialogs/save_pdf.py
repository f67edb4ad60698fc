"""Saving a PDF from a page: ask where, write it, and say so in the parent's language if it could not be written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from guardian.i18n.text import arg


def save_pdf(parent: QWidget, title: str, suggested_name: str, write: Callable[[str], object],
             error_title: str) -> str | None:
    """The path written, or None when the parent cancelled or the file could not be written (they were told)."""
    pdf_files = QCoreApplication.translate("SavePdf", "PDF files (*.pdf)")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, pdf_files)
    if not path:
        return None
    try:
        write(path)
    except OSError as exc:
        message = QCoreApplication.translate("SavePdf", "The PDF could not be saved: %1")
        QMessageBox.warning(parent, error_title, arg(message, exc))
        return None
    return path
