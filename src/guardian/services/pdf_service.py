"""Markdown to PDF with Qt's own writer (QTextDocument + QPdfWriter); fonts are embedded so that Latvian and
Kazakh letters render and can be searched and copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

# GitHub's dialect (tables, autolinks, strike-through) with every form of raw HTML switched off: used wherever
# Guardian turns Markdown into a document (views, PDFs, printing)
MARKDOWN = QTextDocument.MarkdownFeature(QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
                                         | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)


def markdown_document(markdown: str, font_family: str = "") -> QTextDocument:
    """A document for printing or writing as PDF, in the print font size."""
    document = QTextDocument()
    font = QFont(font_family) if font_family else QFont()
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setMarkdown(markdown, MARKDOWN)
    return document


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
    document = markdown_document(markdown, font_family)
    # The page is given in the writer's pixels (300 per inch), so the text must be measured in them too: laid out
    # for the screen (96 per inch) and then fitted to the page, 10.5-point text came out at about 3.4 points.
    document.documentLayout().setPaintDevice(writer)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
