"""Light and dark: the application's palette and the colours the reading views draw with.

The widgets take their colours from the palette (Fusion's, darkened for the dark
theme); what the palette has no role for -- highlights, find matches, a translation's
ink, link markers, note cards -- comes from :func:`colors`. Highlights are translucent
fills over the page; in the dark theme they are thinner, so the light text over them
keeps a contrast of at least 4.5:1 (WCAG AA) for every highlight colour, while each
colour stays the one it is (tests/test_theme.py measures it).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("system", "light", "dark")


class ReadingColors(NamedTuple):
    """Colours of the reading views in one theme (a NamedTuple: dataclasses are kept off
    the first frame)."""

    dark: bool
    paper: QColor  # the page behind the text
    ink: QColor  # the text
    translation: QColor  # machine translation
    corrected: QColor  # a person's translation or correction
    highlight_alpha: int  # opacity (0-255) of a highlight's fill
    mark: QColor  # the counterpart of the sentence under the mouse
    find_match: QColor
    find_current: QColor
    flash: QColor
    link_marker: QColor
    link_marker_ink: QColor
    card: QColor  # a note in the margin
    card_border: QColor
    orphaned: QColor  # an annotation that lost its passage
    # A selection left in a pane that lost the focus: grey, so it is never taken for a
    # highlight (the platform's selection blue was the blue highlight's twin).
    unfocused_selection: QColor


LIGHT = ReadingColors(
    dark=False, paper=QColor("#ffffff"), ink=QColor("#1a1a1a"), translation=QColor("#1f4e79"),
    corrected=QColor("#2c5f30"), highlight_alpha=120, mark=QColor(80, 150, 255, 70),
    find_match=QColor(255, 224, 138, 200), find_current=QColor(255, 159, 67, 220), flash=QColor(255, 120, 0, 150),
    link_marker=QColor("#1565c0"), link_marker_ink=QColor("#ffffff"), card=QColor("#fffbe6"),
    card_border=QColor("#d8cfa8"), orphaned=QColor("#b00020"), unfocused_selection=QColor("#c4c4c4"),
)
DARK = ReadingColors(
    dark=True, paper=QColor("#1e1f22"), ink=QColor("#e4e4e4"), translation=QColor("#9cc7f0"),
    corrected=QColor("#9fdca3"), highlight_alpha=92, mark=QColor(110, 170, 255, 60),
    find_match=QColor(255, 196, 60, 95), find_current=QColor(255, 140, 40, 120), flash=QColor(255, 140, 40, 120),
    link_marker=QColor("#64a8f0"), link_marker_ink=QColor("#10243a"), card=QColor("#2b2c30"),
    card_border=QColor("#4a4b50"), orphaned=QColor("#ff8a80"), unfocused_selection=QColor("#5c5c5c"),
)

_current: ReadingColors = LIGHT


def colors() -> ReadingColors:
    """The colours of the theme in use."""
    return _current


def system_prefers_dark() -> bool:
    """Whether the platform asks for dark colours (Qt's colour scheme hint)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> bool:
    """Whether ``theme`` ("system", "light" or "dark") means dark colours here."""
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return system_prefers_dark()


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style: every role, the disabled ones too."""
    palette = QPalette()
    roles = QPalette.ColorRole
    window, base, text = QColor("#2a2b2e"), QColor(DARK.paper), QColor(DARK.ink)
    for role, color in (
        (roles.Window, window), (roles.WindowText, text), (roles.Base, base),
        (roles.AlternateBase, QColor("#26272a")), (roles.ToolTipBase, QColor("#34353a")),
        (roles.ToolTipText, text), (roles.PlaceholderText, QColor("#8c8c8c")), (roles.Text, text),
        (roles.Button, QColor("#333438")), (roles.ButtonText, text), (roles.BrightText, QColor("#ff6e6e")),
        (roles.Light, QColor("#4a4b50")), (roles.Midlight, QColor("#3c3d42")), (roles.Mid, QColor("#2f3034")),
        (roles.Dark, QColor("#18191b")), (roles.Shadow, QColor("#0c0c0d")), (roles.Highlight, QColor("#3d6fa8")),
        (roles.HighlightedText, QColor("#ffffff")), (roles.Link, QColor("#8ab4f8")),
        (roles.LinkVisited, QColor("#c58af9")),
    ):
        palette.setColor(role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    palette.setColor(disabled, roles.Highlight, QColor("#4a4b50"))
    return palette


def apply_theme(theme: str) -> bool:
    """Use ``theme`` ("system", "light" or "dark") from now on: the palette of the whole
    application and the reading colours. Returns whether it is dark.

    Widgets repaint with the new palette by themselves (Qt sends PaletteChange); the
    reading views redraw what they drew with :func:`colors` when told (the main window
    does it on ApplicationPaletteChange).
    """
    global _current
    dark = resolve(theme)
    app = QGuiApplication.instance()
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        from desktop.ui.style import refresh_style

        was_dark = _current.dark
        refresh_style(dark)  # Fusion for dark: the platform styles may ignore a dark palette
        if dark or was_dark:
            palette = dark_palette() if dark else app.style().standardPalette()
        else:
            # The light theme at start-up is the platform's palette as it is but for these
            # two roles: a palette that sets nothing else leaves the rest to the platform.
            palette = QPalette()
        _grey_when_unfocused(palette, DARK if dark else LIGHT)
        app.setPalette(palette)
    _current = DARK if dark else LIGHT
    return dark


def _grey_when_unfocused(palette: QPalette, theme: ReadingColors) -> None:
    """A selection in a widget without the focus (a pane's text, the Notebook's and the
    Library's lists) grey, with the text's own colour: Qt draws it in the Inactive colours,
    the platform's selection blue by default, which is the blue highlight's twin."""
    inactive = QPalette.ColorGroup.Inactive
    palette.setColor(inactive, QPalette.ColorRole.Highlight, theme.unfocused_selection)
    palette.setColor(inactive, QPalette.ColorRole.HighlightedText, theme.ink)


def highlight_fill(color: str) -> QColor:
    """A highlight's translucent fill in the current theme."""
    fill = QColor(color)
    fill.setAlpha(_current.highlight_alpha)
    return fill


def blend(top: QColor, bottom: QColor) -> QColor:
    """``top`` (with its alpha) painted over the opaque ``bottom``."""
    a = top.alphaF()
    return QColor.fromRgbF(top.redF() * a + bottom.redF() * (1 - a), top.greenF() * a + bottom.greenF() * (1 - a),
                           top.blueF() * a + bottom.blueF() * (1 - a))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)
