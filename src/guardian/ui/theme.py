"""Light, dark and high-contrast palettes for the Fusion style (which app.make_application chooses); 'system'
follows the desktop's colour scheme. With high contrast the edges of fields and lists are drawn in the text colour
(ui/outlined_style.py)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QGuiApplication, QPalette

R = QPalette.ColorRole
G = QPalette.ColorGroup

# role -> colour; every text/background pair used for text meets WCAG AA (tests/ui/test_theme.py)
PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        R.Window: "#f4f6f8", R.WindowText: "#1b1f24", R.Base: "#ffffff", R.AlternateBase: "#eef1f4",
        R.Text: "#1b1f24", R.Button: "#e9edf1", R.ButtonText: "#1b1f24", R.Highlight: "#1d5fa8",
        R.HighlightedText: "#ffffff", R.Link: "#0b57a4", R.LinkVisited: "#6b3fa0", R.ToolTipBase: "#ffffff",
        R.ToolTipText: "#1b1f24", R.PlaceholderText: "#5c6670", R.Mid: "#b8c0c8", R.Dark: "#8a949e",
        R.Light: "#ffffff", R.Midlight: "#dfe4e9", R.Shadow: "#6b7580", R.BrightText: "#ffffff",
    },
    "dark": {
        R.Window: "#1e2227", R.WindowText: "#e8eaed", R.Base: "#16191d", R.AlternateBase: "#23282e",
        R.Text: "#e8eaed", R.Button: "#2b3138", R.ButtonText: "#e8eaed", R.Highlight: "#5b9be0",
        R.HighlightedText: "#0d1013", R.Link: "#8ab8ee", R.LinkVisited: "#c3a6ec", R.ToolTipBase: "#2b3138",
        R.ToolTipText: "#e8eaed", R.PlaceholderText: "#a1a9b2", R.Mid: "#4a525b", R.Dark: "#101317",
        R.Light: "#3a424b", R.Midlight: "#323941", R.Shadow: "#000000", R.BrightText: "#ffffff",
    },
    "high-contrast": {
        R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#1a1a1a",
        R.Text: "#ffffff", R.Button: "#000000", R.ButtonText: "#ffffff", R.Highlight: "#ffff00",
        R.HighlightedText: "#000000", R.Link: "#00ffff", R.LinkVisited: "#ff80ff", R.ToolTipBase: "#000000",
        R.ToolTipText: "#ffffff", R.PlaceholderText: "#e0e0e0", R.Mid: "#ffffff", R.Dark: "#ffffff",
        R.Light: "#ffffff", R.Midlight: "#ffffff", R.Shadow: "#ffffff", R.BrightText: "#ffff00",
    },
}

TEXT_PAIRS = (
    (R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase), (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight), (R.Link, R.Base), (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base), (R.LinkVisited, R.Base),
)


def resolve(theme: str) -> str:
    """The palette to use for a theme setting; 'system' follows the desktop's scheme and contrast preference. Asking
    the desktop builds Qt's namespace, which the first frame must not (ui/painting.py): see first_guess()."""
    if theme in PALETTES:
        return theme
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    if hasattr(hints, "accessibility") and hasattr(Qt, "ContrastPreference"):
        try:
            if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
                return "high-contrast"
        except AttributeError:
            pass
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def first_guess(theme: str, last_system: object = None) -> str:
    """The palette for the first frame, chosen without asking the desktop: for 'system', what it resolved to at the
    last start (`last_system`, which the app remembers), or at a first start whether the desktop's own palette is
    dark. The app checks with resolve() once the first frame is painted and changes the palette if the guess was
    wrong; remembering the answer keeps that to the first start and to starts after the desktop's setting changed."""
    if theme in PALETTES:
        return theme
    if isinstance(last_system, str) and last_system in PALETTES:
        return last_system
    desktop = QGuiApplication.palette()
    return "dark" if desktop.color(R.Window).lightness() < desktop.color(R.WindowText).lightness() else "light"


def palette_for(name: str) -> QPalette:
    palette = QPalette()
    for role, colour in PALETTES[name].items():
        palette.setColor(role, QColor(colour))
        palette.setColor(G.Disabled, role, QColor(colour))
    disabled = QColor(PALETTES[name][R.PlaceholderText])
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(G.Disabled, role, disabled)
    return palette


def apply(app: QGuiApplication, theme: str) -> str:
    """Apply the palette for a theme setting (or a palette's own name, which is taken as it is); its name."""
    name = resolve(theme)
    if name == "high-contrast":
        from guardian.ui.outlined_style import use_outlines  # QStyle's enums: only for those who need it

        use_outlines(app, True)
    elif "guardian.ui.outlined_style" in sys.modules:  # it was on: the theme changed while Guardian ran
        sys.modules["guardian.ui.outlined_style"].use_outlines(app, False)
    app.setPalette(palette_for(name))
    return name
