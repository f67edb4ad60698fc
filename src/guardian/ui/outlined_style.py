"""Visible edges for fields and lists in the high-contrast theme.

Fusion draws the frame of a text field, list or spin box in a shade of the window colour. On the high-contrast
palette's black that shade is black too, so the search box, the journal's fields and the lists had no edge at all.
This style draws Fusion, then a one-pixel line in the text colour around each of those frames (WCAG 1.4.11 asks 3:1
for the edge of a control; white on black is 21:1).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

PE = QStyle.PrimitiveElement
FRAMES = (PE.PE_FrameLineEdit, PE.PE_Frame)


class OutlinedStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in FRAMES:
            _outline(painter, option)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and option.frame:
            _outline(painter, option)


def _outline(painter, option) -> None:
    painter.save()
    painter.setPen(option.palette.color(option.palette.ColorRole.WindowText))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
    painter.restore()


def use_outlines(app: QApplication, on: bool) -> None:
    if on and not isinstance(app.style(), OutlinedStyle):
        app.setStyle(OutlinedStyle(QStyleFactory.create("Fusion")))
    elif not on and isinstance(app.style(), OutlinedStyle):
        app.setStyle(QStyleFactory.create("Fusion"))
