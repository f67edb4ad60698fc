"""Markdown to PDF with Qt's own writer (QTextDocument + QPdfWriter); fonts are embedded so that Latvian and
Kazakh letters render and can be searched and copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(markdown: str, path: Path, title: str, font_family: str = "") -> None:
    """Write `markdown` as an A4 PDF. Raises OSError when the file cannot be written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Guardian")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    document = QTextDocument()
    font = QFont(font_family) if font_family else QFont()
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
