"""What Preferences keep, read back at start-up: the reading style, the theme and
whether mouse selections extend to whole words.

Kept apart from the dialog (ui/preferences.py) so the start of the desk, which reads
them before its first frame, imports no more than it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.ui.fonts import (
    DEFAULT_LINE_SPACING,
    MAX_LINE_SPACING,
    MAX_SIZE,
    MIN_LINE_SPACING,
    MIN_SIZE,
    SCRIPTS,
    ReadingStyle,
    set_reading_style,
)
from desktop.ui.hit_test import set_whole_words
from desktop.ui.theme import THEMES, apply_theme

NAME_KEY = "user/name"
THEME_KEY = "ui/theme"
LINE_SPACING_KEY = "reading/line_spacing"
WHOLE_WORDS_KEY = "reading/whole_words"


def _float(value: object) -> float:
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return 0.0


def stored_style(settings: QSettings) -> ReadingStyle:
    """The reading style Preferences keep (what is missing or out of range: the default)."""
    families: dict[str, str] = {}
    sizes: dict[str, float] = {}
    for script in SCRIPTS:
        family = str(settings.value(f"fonts/{script}/family", "") or "").strip()
        if family:
            families[script] = family
        size = _float(settings.value(f"fonts/{script}/size", 0))
        if MIN_SIZE <= size <= MAX_SIZE:
            sizes[script] = size
    spacing = int(_float(settings.value(LINE_SPACING_KEY, DEFAULT_LINE_SPACING)))
    if not MIN_LINE_SPACING <= spacing <= MAX_LINE_SPACING:
        spacing = DEFAULT_LINE_SPACING
    return ReadingStyle(families, sizes, spacing)


def stored_theme(settings: QSettings) -> str:
    theme = str(settings.value(THEME_KEY, "system") or "system")
    return theme if theme in THEMES else "system"


def stored_whole_words(settings: QSettings) -> bool:
    """Whether mouse selections extend to whole words (on unless switched off)."""
    return str(settings.value(WHOLE_WORDS_KEY, "true")).strip().lower() not in ("false", "0", "no", "off")


def apply_stored_preferences(settings: QSettings) -> None:
    """At start-up, before any window: the reading style, the theme and the mouse's
    selections as last chosen."""
    set_reading_style(stored_style(settings))
    apply_theme(stored_theme(settings))
    set_whole_words(stored_whole_words(settings))
