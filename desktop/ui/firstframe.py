"""What the desk's first frame needs of Qt's enums, without PySide6's ``Qt`` namespace.

The first time Python touches ``PySide6.QtCore.Qt`` (an attribute, an argument that
PySide6 checks against one of its enums while choosing an overload, or such a value
returned to Python), PySide6 makes a Python enum class for each of its 93 enums: about
a tenth of all the work of a later start (100 million instructions under callgrind,
15–20 ms here). The bare window the start-up is measured against never pays that. So
the code that builds the first frame gives Qt the few values it needs as numbers,
through Qt's property system, and the modules on that path take ``Qt`` from here,
where it is imported on first use (after the first frame, by code that needs it).

tests/test_firstframe.py checks every number below against PySide6 and what it does
to the widgets; tests/test_startup.py, that a later start paints its first frame
without the namespace.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics, QKeySequence
    from PySide6.QtWidgets import QWidget

# Qt.LayoutDirection
LEFT_TO_RIGHT = 0
RIGHT_TO_LEFT = 1
# Qt.AlignmentFlag
ALIGN_LEFT = 0x1
ALIGN_RIGHT = 0x2
ALIGN_ABSOLUTE = 0x10
ALIGN_VCENTER = 0x80
ALIGN_CENTER = 0x84
# Qt.TextFormat.PlainText, Qt.ScrollBarPolicy.ScrollBarAlwaysOff
PLAIN_TEXT = 0
SCROLL_BAR_ALWAYS_OFF = 1
# Qt.TextInteractionFlag
TEXT_SELECTABLE_BY_MOUSE = 1
TEXT_SELECTABLE_BY_KEYBOARD = 2
# Qt.ItemDataRole.UserRole
USER_ROLE = 0x100

ELLIPSIS = "…"


class _Qt:
    """``PySide6.QtCore.Qt``, imported when an attribute is first read."""

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever Qt has
        from PySide6.QtCore import Qt

        return getattr(Qt, name)


if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:
    Qt = _Qt()


def set_direction(widget: QWidget, rtl: bool) -> None:
    """``widget.setLayoutDirection(...)``, right to left when ``rtl``."""
    widget.setProperty("layoutDirection", RIGHT_TO_LEFT if rtl else LEFT_TO_RIGHT)


def elide(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` cut at its end (in reading order) with an ellipsis to fit ``width`` pixels,
    as ``QFontMetrics.elidedText(..., ElideRight, ...)`` does; never inside a letter's
    combining marks (Arabic vowel signs stay on their letter)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle] + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    while 0 < low < len(text) and unicodedata.combining(text[low]):
        low -= 1
    return text[:low].rstrip() + ELLIPSIS


def key_sequences(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Shortcuts from portable strings ("Ctrl+W") and standard keys (the platform's first
    binding of each), made without ``QKeySequence(...)``: choosing among its constructors
    makes PySide6 create the ``Qt`` namespace."""
    from PySide6.QtGui import QKeySequence

    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, str):
            sequences.append(QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText))
        else:
            sequences.extend(QKeySequence.keyBindings(key)[:1])
    return sequences
