"""Preferences as a person uses them: their name where the command line and the exports
read it, a face and a size for each script, the line spacing, light or dark -- applied at
once, kept for the next start -- and a dark theme in which everything stays readable."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette

from desktop.core.colors import COLORS
from desktop.core.ini import read_ini_value
from desktop.ui.fonts import ARABIC_FAMILY, ReadingStyle, reading_style
from desktop.ui.theme import DARK, LIGHT, blend, colors, contrast
from tests.support.pixels import gray


def pane(window, language):
    return next(p for p in window.panes() if p.language == language)


@pytest.fixture
def preferences(window, qtbot):
    window.open_preferences()
    dialog = window.dialogs.preferences_dialog
    yield dialog
    dialog.close()


def test_the_name_is_kept_where_the_command_line_and_the_exports_read_it(window, preferences, data_dir):
    preferences.name_field.setText("  Lina   Müller ")
    preferences.name_field.editingFinished.emit()
    assert read_ini_value(data_dir.settings, "user/name") == "Lina Müller"
    from desktop.ui.export_dialog import ExportDialog

    assert ExportDialog(window.settings, [], "en", window).author() == "Lina Müller"
    preferences.name_field.setText("")
    preferences.name_field.editingFinished.emit()
    assert read_ini_value(data_dir.settings, "user/name") is None  # no name: exports name no author


def test_a_size_and_a_face_for_one_script_change_only_the_panes_of_that_script(window, preferences, qtbot):
    ar, ru, de = (pane(window, code) for code in ("ar", "ru", "de"))
    before = {p.language: p.view.document().defaultFont().pointSizeF() for p in (ar, ru, de)}
    preferences.size_boxes["arabic"].setValue(20.0)
    preferences.apply_style()
    assert ar.view.document().defaultFont().pointSizeF() == pytest.approx(20.0)
    assert ru.view.document().defaultFont().pointSizeF() == before["ru"]
    assert de.view.document().defaultFont().pointSizeF() == before["de"]
    latin = next(f for f in QFontDatabase.families(QFontDatabase.WritingSystem.Latin) if f != "DejaVu Serif")
    preferences.family_combos["latin"].setCurrentFont(QFont(latin))
    preferences.apply_style()
    assert de.view.document().defaultFont().families()[0] == latin
    assert ru.view.document().defaultFont().families()[0] != latin  # Cyrillic has its own choice
    assert ar.view.document().defaultFont().families()[0] == ARABIC_FAMILY
    assert reading_style().sizes == {"arabic": 20.0}
    assert window.settings.value("fonts/arabic/size") in (20.0, "20.0")


def test_the_line_spacing_applies_to_the_original_and_its_translation(translated, qtbot):
    translated.open_preferences()
    dialog = translated.dialogs.preferences_dialog
    de = pane(translated, "de")
    de.set_mode("side")
    qtbot.waitUntil(lambda: not translated.translations.busy(de))
    block = de.view.document().findBlock(de.view.cursor_for(de.view.paragraphs[1].start, 0).position())
    tall_before = de.view.document().documentLayout().blockBoundingRect(block).height()
    dialog.spacing_box.setValue(160)
    dialog.apply_style()
    block = de.view.document().findBlock(de.view.cursor_for(de.view.paragraphs[1].start, 0).position())
    assert block.blockFormat().lineHeight() == 160
    assert de.view.document().documentLayout().blockBoundingRect(block).height() > tall_before * 1.2
    first = de.translation_view.document().findBlockByNumber(de.translation_view.paragraph_blocks[1])
    assert first.blockFormat().lineHeight() == 160
    dialog.close()


def test_the_preferences_come_back_at_the_next_start(window, preferences, data_dir):
    preferences.size_boxes["cyrillic"].setValue(15.0)
    preferences.spacing_box.setValue(140)
    preferences.set_theme("dark")
    preferences.apply_style()
    window.settings.sync()
    from desktop.ui.fonts import set_reading_style
    from desktop.ui.stored_preferences import apply_stored_preferences
    from desktop.ui.theme import apply_theme

    set_reading_style(ReadingStyle())
    apply_theme("light")
    apply_stored_preferences(QSettings(str(data_dir.settings), QSettings.Format.IniFormat))
    assert reading_style() == ReadingStyle({}, {"cyrillic": 15.0}, 140)
    assert colors().dark


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_text_and_every_highlight_colour_stay_readable(theme):
    """WCAG AA (4.5:1) for the text over each highlight, find match and flash, and for a
    translation's ink."""
    for name, value in COLORS.items():
        fill = QColor(value)
        fill.setAlpha(theme.highlight_alpha)
        assert contrast(theme.ink, blend(fill, theme.paper)) >= 4.5, name
    for name in ("find_match", "find_current", "flash", "mark"):
        assert contrast(theme.ink, blend(getattr(theme, name), theme.paper)) >= 4.5, name
    assert contrast(theme.translation, theme.paper) >= 4.5
    assert contrast(theme.corrected, theme.paper) >= 4.5
    assert contrast(theme.ink, theme.card) >= 4.5


def test_the_dark_theme_paints_dark_pages_with_light_text_and_thinner_highlights(window, preferences, qtbot):
    ar = pane(window, "ar")
    words = "مصدر رسمي"
    start = ar.view.text.index(words)
    window.notebook.controller.highlight(ar.document_id, ar.view.text, start, start + len(words), color="yellow")
    preferences.set_theme("dark")
    assert colors().dark
    base = QPalette.ColorRole.Base
    qtbot.waitUntil(lambda: ar.view.viewport().palette().color(base).lightness() < 60)  # Qt passes it on
    assert ar.view.viewport().palette().color(QPalette.ColorRole.Text).lightness() > 200
    ar.view.scroll_to_range(start, start + len(words))
    qtbot.wait(50)
    pixels = gray(ar.view.viewport())
    assert np.median(pixels) < 60  # a dark page
    assert (pixels > 180).sum() > 2000  # with light letters on it
    fill = [s for s in ar.view.extraSelections() if s.format.background().color().alpha() == DARK.highlight_alpha]
    assert fill, "the highlight is not drawn"
    preferences.set_theme("light")
    assert not colors().dark
    qtbot.waitUntil(lambda: ar.view.viewport().palette().color(base).lightness() > 200)
    assert any(s.format.background().color().alpha() == LIGHT.highlight_alpha for s in ar.view.extraSelections())


def test_the_size_boxes_write_the_new_languages_digits_at_once(window, preferences, qtbot):
    """Seen: after Arabic -> Russian in the open dialog, the sizes still read "١٤٫٠ пт"."""
    box = preferences.size_boxes["latin"]
    try:
        preferences.set_language("ar")
        qtbot.waitUntil(lambda: "نقطة" in box.text())
        assert "٫" in box.text() and not any(c.isascii() and c.isdigit() for c in box.text())
        preferences.set_language("ru")
        qtbot.waitUntil(lambda: "пт" in box.text())
        assert not any("\u0660" <= c <= "\u0669" for c in box.text()), box.text()
        assert "," in box.lineEdit().text()  # Russian writes 14,0
    finally:
        preferences.set_language("en")


def test_the_interface_language_can_follow_the_system(window, preferences, qtbot, monkeypatch):
    from desktop.ui import i18n
    from desktop.ui import preferences as module

    for where in (i18n, module):
        monkeypatch.setattr(where, "system_language", lambda: "de")
    combo = preferences.language_combo
    preferences.set_language("ru")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    assert combo.itemText(0) == "Как в системе (Deutsch)"
    try:
        combo.setCurrentIndex(0)
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Datei")
        assert window.settings.value("ui/language") == ""  # the system's, at the next start too
        assert combo.currentIndex() == 0
    finally:
        preferences.set_language("en")


def test_an_unchecked_article_in_the_export_dialog_shows_its_box_in_the_dark_theme(window, preferences, qtbot):
    """Seen: in the dark theme the boxes of the articles left out were all but invisible."""
    from desktop.ui.theme import contrast

    preferences.set_theme("dark")
    try:
        window.open_export_dialog()
        dialog = window.dialogs.export_dialog
        documents = dialog.documents
        from PySide6.QtCore import Qt

        unchecked = documents.item(documents.count() - 1)
        unchecked.setCheckState(Qt.CheckState.Unchecked)  # an article left out
        qtbot.waitUntil(documents.isVisible)
        rect = documents.visualItemRect(unchecked)
        image = documents.viewport().grab().toImage()
        base = documents.palette().color(QPalette.ColorRole.Base)
        box = [QColor(image.pixel(x, y)) for x in range(rect.left(), rect.left() + 18)  # the box, not the title
               for y in range(rect.top(), rect.bottom())]
        assert max(contrast(c, base) for c in box) >= 3, "the box of an unchecked article cannot be seen"
        dialog.close()
    finally:
        preferences.set_theme("light")
