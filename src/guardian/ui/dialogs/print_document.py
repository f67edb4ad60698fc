"""Printing a page's document: the system's print dialog, or, when this computer knows no printer, a message that says
so and points to the PDF instead of a dialog that can only print to a file (or, on Windows and macOS, none at all)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget


def print_document(parent: QWidget, document: Callable[[], QTextDocument], title: str) -> bool:
    """Print what `document` makes, after the parent chose a printer; True when it went to the printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded on the first print, not at start

    printer = QPrinter()
    # Qt picks the native format only when the system's print service lists at least one printer
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "PrintDocument", "No printer is set up on this computer, so Guardian cannot print. Use \"Save as PDF\" "
                             "instead: the PDF can be printed later, here or on any computer with a printer."))
        return False
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document().print_(printer)
    return True
