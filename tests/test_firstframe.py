"""The first frame sets Qt enums by number (desktop/ui/firstframe.py): the numbers are
Qt's, and the widgets end up as if the enums had been named."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QTextFormat
from PySide6.QtWidgets import QLabel

from desktop.core.direction import Direction
from desktop.ui import firstframe
from desktop.ui.firstframe import elide, key_sequences


@pytest.mark.parametrize(("number", "enum"), [
    (firstframe.LEFT_TO_RIGHT, Qt.LayoutDirection.LeftToRight),
    (firstframe.RIGHT_TO_LEFT, Qt.LayoutDirection.RightToLeft),
    (firstframe.ALIGN_LEFT, Qt.AlignmentFlag.AlignLeft),
    (firstframe.ALIGN_RIGHT, Qt.AlignmentFlag.AlignRight),
    (firstframe.ALIGN_ABSOLUTE, Qt.AlignmentFlag.AlignAbsolute),
    (firstframe.ALIGN_VCENTER, Qt.AlignmentFlag.AlignVCenter),
    (firstframe.ALIGN_CENTER, Qt.AlignmentFlag.AlignCenter),
    (firstframe.PLAIN_TEXT, Qt.TextFormat.PlainText),
    (firstframe.SCROLL_BAR_ALWAYS_OFF, Qt.ScrollBarPolicy.ScrollBarAlwaysOff),
    (firstframe.TEXT_SELECTABLE_BY_MOUSE, Qt.TextInteractionFlag.TextSelectableByMouse),
    (firstframe.TEXT_SELECTABLE_BY_KEYBOARD, Qt.TextInteractionFlag.TextSelectableByKeyboard),
    (firstframe.USER_ROLE, Qt.ItemDataRole.UserRole),
])
def test_each_number_is_the_value_of_its_qt_enum(number, enum):
    assert number == enum.value


def test_the_lazy_qt_is_qt():
    assert firstframe.Qt.LayoutDirection.RightToLeft is Qt.LayoutDirection.RightToLeft


def test_the_panes_get_the_settings_the_numbers_stand_for(window):
    arabic = next(p for p in window.panes() if p.language == "ar")
    german = next(p for p in window.panes() if p.language == "de")
    assert arabic.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert german.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert arabic.view.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    assert arabic.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    title = arabic.header.title_label
    assert title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert title.alignment() == (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                 | Qt.AlignmentFlag.AlignVCenter)
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert german.header.title_label.alignment() & Qt.AlignmentFlag.AlignLeft
    # every block has its direction, the blank lines between paragraphs too
    document = arabic.view.document()
    block = document.begin()
    directions = set()
    while block.isValid():
        directions.add(block.blockFormat().layoutDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}
    assert document.begin().blockFormat().intProperty(QTextFormat.Property.LayoutDirection) == 1


def test_the_pane_buttons_sit_at_the_top_of_the_header(window):
    header = window.panes()[0].header
    assert header.close_button.geometry().top() <= 8
    assert header.mode_combo.geometry().top() <= 8


@pytest.fixture
def metrics(qapp):
    return QFontMetrics(QFont("DejaVu Sans", 12))


def test_a_text_that_fits_is_not_elided(metrics):
    text = "Baku sets a condition"
    assert elide(text, metrics, metrics.horizontalAdvance(text) + 1) == text


@pytest.mark.parametrize("text", [
    "Aserbaidschan erklärt seine Position zur Entsendung von Friedenstruppen nach Gaza",
    "أَذْرَبِيجَانُ تُعْلِنُ مَوْقِفَهَا مِنْ إِرْسَالِ قُوَّاتِ حِفْظِ سَلَامٍ إِلَى غَزَّةَ",
])
@pytest.mark.parametrize("width", [60, 150, 300])
def test_a_long_text_keeps_its_beginning_fits_and_ends_in_an_ellipsis(metrics, text, width):
    elided = elide(text, metrics, width)
    assert elided.endswith("…")
    assert text.startswith(elided[:-1])
    assert metrics.horizontalAdvance(elided) <= width
    kept = elided[:-1]
    assert not unicodedata.combining(text[len(kept)])  # a letter's vowel signs are kept or cut with it
    # as much of the text as Qt's own elision keeps, give or take a letter and its marks
    qt = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    assert abs(len(elided.rstrip("…").rstrip()) - len(qt.rstrip("…").rstrip())) <= 3


def test_shortcuts_are_the_ones_the_key_sequences_name(qapp):
    assert key_sequences("Ctrl+W", "Ctrl+Shift+Left") == [QKeySequence("Ctrl+W"), QKeySequence("Ctrl+Shift+Left")]
    assert key_sequences(QKeySequence.StandardKey.Undo) == [QKeySequence(QKeySequence.StandardKey.Undo)]


def test_the_desk_keeps_its_shortcuts(window):
    def shortcuts(action):
        return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}

    assert {"Ctrl+Q"} <= shortcuts(window.quit_action)
    assert "Ctrl+W" in shortcuts(window.close_pane_action)
    assert "Ctrl+L" in shortcuts(window.library_action)
    assert {"Ctrl++", "Ctrl+="} <= shortcuts(window.zoom_in_action)
    assert "Ctrl+Z" in shortcuts(window.annotation_actions.undo_action)
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= shortcuts(window.annotation_actions.redo_action)
    assert [shortcuts(a) for a in window.annotation_actions.color_actions][:2] == [{"1"}, {"2"}]
    assert window.quit_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_a_direction_by_number_is_a_direction(qapp):
    label = QLabel()
    firstframe.set_direction(label, True)
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    firstframe.set_direction(label, Direction.LTR.is_rtl)
    assert label.layoutDirection() == Qt.LayoutDirection.LeftToRight
