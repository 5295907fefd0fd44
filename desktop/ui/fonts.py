"""Fonts for the desk (the functions live in services.fonts, which PDF export shares)."""

from desktop.services.fonts import (  # noqa: F401 - re-exported for the ui layer
    ARABIC_FAMILY,
    ARABIC_SCRIPT_LANGUAGES,
    BASE_POINT_SIZE,
    TEXT_FAMILIES,
    reading_font,
    register_bundled_fonts,
)
