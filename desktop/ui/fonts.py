"""Fonts for the desk: the faces the articles are read in, with the person's choices.

The families and sizes the desk starts with live in services.fonts (PDF export shares
them); Preferences may choose, for each script a reader tells apart -- Latin, Cyrillic,
Arabic -- another family and size, and the line spacing. A document is set in the
family chosen for its script, with the other chosen families after it, so a quotation
in another script inside it is set in the face chosen for that script.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from desktop.services.fonts import (  # noqa: F401 - re-exported for the ui layer
    ARABIC_FAMILY,
    ARABIC_SCALE,
    ARABIC_SCRIPT_LANGUAGES,
    BASE_POINT_SIZE,
    TEXT_FAMILIES,
    register_bundled_fonts,
)
from desktop.services.fonts import reading_font as default_reading_font

SCRIPTS = ("latin", "cyrillic", "arabic")
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "ba", "tt", "cv"})
DEFAULT_LINE_SPACING = 118
MIN_SIZE, MAX_SIZE = 7.0, 40.0
MIN_LINE_SPACING, MAX_LINE_SPACING = 100, 220


def script_of(language: str) -> str:
    """The script (latin, cyrillic, arabic) a language is written in, as far as fonts go."""
    if language in ARABIC_SCRIPT_LANGUAGES:
        return "arabic"
    if language in CYRILLIC_LANGUAGES:
        return "cyrillic"
    return "latin"


def default_size(script: str) -> float:
    return BASE_POINT_SIZE * (ARABIC_SCALE if script == "arabic" else 1.0)


def default_family(script: str) -> str:
    return ARABIC_FAMILY if script == "arabic" else TEXT_FAMILIES[0]


class ReadingStyle:
    """What Preferences chose for reading: family and size per script (none: the default),
    and the line spacing. (A plain class: dataclasses are kept off the first frame.)"""

    __slots__ = ("families", "line_spacing", "sizes")

    def __init__(self, families: dict[str, str] | None = None, sizes: dict[str, float] | None = None,
                 line_spacing: int = DEFAULT_LINE_SPACING) -> None:
        self.families: dict[str, str] = dict(families or {})
        self.sizes: dict[str, float] = dict(sizes or {})
        self.line_spacing = line_spacing

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReadingStyle) and (self.families, self.sizes, self.line_spacing) == (
            other.families, other.sizes, other.line_spacing)

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.families.items())), tuple(sorted(self.sizes.items())), self.line_spacing))

    def __repr__(self) -> str:
        return f"ReadingStyle({self.families!r}, {self.sizes!r}, {self.line_spacing!r})"

    def family(self, script: str) -> str:
        return self.families.get(script) or default_family(script)

    def size(self, script: str) -> float:
        return self.sizes.get(script) or default_size(script)


_style = ReadingStyle()


def reading_style() -> ReadingStyle:
    return _style


def set_reading_style(style: ReadingStyle) -> None:
    global _style
    _style = style


def reading_font(language: str, zoom_percent: int = 100) -> QFont:
    """The font a document in ``language`` is read in, at ``zoom_percent``."""
    font = default_reading_font(language, zoom_percent)
    script = script_of(language)
    own = _style.families.get(script)
    others = [_style.families[s] for s in SCRIPTS if s != script and _style.families.get(s)]
    if own or others:
        base = font.families()
        font.setFamilies(list(dict.fromkeys([*([own] if own else base[:1]), *others, *base])))
    if _style.sizes.get(script):
        font.setPointSizeF(_style.sizes[script] * zoom_percent / 100)
    return font
