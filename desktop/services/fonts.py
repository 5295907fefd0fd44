"""Fonts: the bundled Arabic font, and the families each document is read (and printed) in.

Qt picks, for every run of text, the first family in a font's family list that has
glyphs for its script. So an Arabic document lists the bundled Arabic font first;
other documents list a Latin/Cyrillic serif first and the Arabic font after it, so
Arabic quoted inside a German article is still set in a proper Naskh face.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from desktop.core.paths import resource_dir

log = logging.getLogger(__name__)

ARABIC_FAMILY = "Noto Naskh Arabic"
TEXT_FAMILIES = ["DejaVu Serif", "Noto Serif", "Liberation Serif", "Times New Roman", "serif"]
BASE_POINT_SIZE = 12.0
#: Naskh letters are small for their point size; this evens out the visual size.
ARABIC_SCALE = 1.2
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "ku", "sd", "ug"})

_registered: set[str] = set()
#: Bundled font files by use: the screen needs the Arabic face at once; the print
#: faces are loaded when a PDF is first made.
SCREEN_FONTS = "NotoNaskhArabic-*.ttf"
PRINT_FONTS = "DejaVuSans*.ttf"


def register_bundled_fonts(pattern: str = SCREEN_FONTS) -> list[str]:
    """Make the bundled fonts matching ``pattern`` available to Qt (once per process)."""
    families: list[str] = []
    if pattern in _registered:
        return families
    for path in sorted((resource_dir() / "fonts").glob(pattern)):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered.add(pattern)
    log.debug("bundled fonts: %s", families)
    return families


def register_print_fonts() -> list[str]:
    """The faces exported PDFs are set in (see PRINT_ARABIC_FAMILY)."""
    return register_bundled_fonts(PRINT_FONTS)


def reading_font(language: str, zoom_percent: int = 100) -> QFont:
    """The font a document in ``language`` is read in, at ``zoom_percent``."""
    font = QFont()
    if language in ARABIC_SCRIPT_LANGUAGES:
        font.setFamilies([ARABIC_FAMILY, *TEXT_FAMILIES])
        size = BASE_POINT_SIZE * ARABIC_SCALE
    else:
        font.setFamilies([*TEXT_FAMILIES[:1], ARABIC_FAMILY, *TEXT_FAMILIES[1:]])
        size = BASE_POINT_SIZE
    font.setPointSizeF(size * zoom_percent / 100)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


#: The font for Arabic script in exported PDFs: the reading face. The PDF writer maps
#: each of its glyphs back to text itself (pdf_fonts: the cluster a glyph shows, or the
#: font's substitutions back to their letters), so its contextual forms and ligatures
#: come out of the PDF as standard Arabic letters. DejaVu Sans (bundled) stays in the
#: list after it, for the symbols the Naskh face lacks.
PRINT_ARABIC_FAMILY = ARABIC_FAMILY
PRINT_FALLBACK_FAMILY = "DejaVu Sans"


def print_font(language: str, point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The font a document in ``language`` is printed in (PDF export)."""
    register_bundled_fonts()
    register_print_fonts()
    font = QFont()
    if language in ARABIC_SCRIPT_LANGUAGES:
        font.setFamilies([PRINT_ARABIC_FAMILY, *TEXT_FAMILIES[:1], PRINT_FALLBACK_FAMILY, *TEXT_FAMILIES[1:]])
        point_size *= ARABIC_SCALE
    else:
        font.setFamilies([TEXT_FAMILIES[0], PRINT_ARABIC_FAMILY, PRINT_FALLBACK_FAMILY, *TEXT_FAMILIES[1:]])
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
