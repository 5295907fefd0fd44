"""The desk's widget style: the platform's (or Fusion, for the dark theme), with key
names in menus that keep their order in a right-to-left interface.

A menu draws an action's text and its key in one string, "text\\tkey"; in an Arabic
interface the key is laid out right to left like the text, so "Ctrl++" reads "++Ctrl"
and "Ctrl+Shift+Left" (its last word translated) "اليسار+Ctrl+Shift". The style
isolates the key (LRI … PDI), which keeps it one left-to-right run wherever it stands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

LRI, PDI = "\u2066", "\u2069"


def isolate_key(text: str) -> str:
    """``text\\tkey`` with its key isolated as a left-to-right run (text without a key: unchanged)."""
    label, tab, key = text.partition("\t")
    if not tab or not key or key.startswith(LRI):
        return text
    return f"{label}\t{LRI}{key}{PDI}"


def isolate_path(path: object) -> str:
    """A file's path as one left-to-right run, for a sentence of either direction.

    In an Arabic sentence a path's slashes and dots are neutral and take the sentence's
    direction: "حُفظ /tmp/exports/claims.pdf" read "tmp/exports/claims.pdf/ حُفظ". A
    path is written left to right on every system Triptych runs on, whatever script
    its folder names are in.
    """
    return f"{LRI}{path}{PDI}"


class DeskStyle(QProxyStyle):
    """The base style, but for the keys in menus (see the module's docstring)."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem) \
                and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = isolate_key(option.text)
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        # Fusion outlines a check box in the window colour darkened: on a dark page an
        # unchecked box (an article left out of an export) was all but invisible.
        if element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                       QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck) \
                and option.palette.color(QPalette.ColorRole.Base).lightness() < 100:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


_platform_style = ""


def refresh_style(dark: bool) -> None:
    """The style the desk needs: Fusion (wrapped) for the dark theme, the platform's wrapped
    in a right-to-left interface, the platform's own otherwise -- a style is made and set
    only when it changes (setting one before the first frame costs it time)."""
    global _platform_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    current = app.style()
    if not _platform_style:
        inner = current.baseStyle() if isinstance(current, QProxyStyle) else current
        _platform_style = inner.name()
    rtl = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if not dark and not rtl:
        if isinstance(current, DeskStyle) or current.name().lower() != _platform_style.lower():
            app.setStyle(_platform_style)
        return
    wanted = "Fusion" if dark else _platform_style
    if isinstance(current, DeskStyle) and current.baseStyle().name().lower() == wanted.lower():
        return
    app.setStyle(DeskStyle(wanted))
