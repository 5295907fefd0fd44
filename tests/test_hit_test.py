"""A press or a drag in a reader lands on the characters under the mouse, in Arabic too:
Qt's own hit test is off on right-to-left lines that end in a space (desktop/ui/hit_test.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from desktop.core.direction import Direction
from desktop.ui import hit_test
from desktop.ui.hit_test import position_at


@pytest.fixture
def letters():
    """Mouse selections letter by letter (Preferences' whole words off): these tests
    hold the hit test itself to the letters under the mouse."""
    hit_test.set_whole_words(False)
    yield
    hit_test.set_whole_words(True)


def reader(window, language):
    return next(p for p in window.panes() if p.language == language).view


def inside(view, offset: int, towards: int) -> QPoint:
    """A point a quarter into the character between ``offset`` and ``towards``."""
    here = view.cursorRect(view.cursor_for(offset, offset))
    there = view.cursorRect(view.cursor_for(towards, towards))
    return QPoint(round(here.x() + (there.x() - here.x()) / 4), here.center().y())


def wrapped_line_offsets(view, count: int = 40) -> list[int]:
    """Offsets on the first wrapped lines (each ends in a space), away from the line ends."""
    block = view.document().begin()
    while block.isValid() and (block.layout().lineCount() < 2):
        block = block.next()
    line = block.layout().lineAt(0)
    start = view._offsets.from_utf16(block.position() + line.textStart())
    return list(range(start + 1, start + min(count, line.textLength() - 3)))


@pytest.mark.parametrize("language", ["ar", "ru", "de"])
def test_a_point_inside_a_letter_is_at_its_edge_nearest_to_the_point(window, language):
    view = reader(window, language)
    offsets = wrapped_line_offsets(view)
    assert len(offsets) > 20
    wrong = [k for k in offsets
             if view.offset_at(inside(view, k, k + 1)) != k or view.offset_at(inside(view, k + 1, k)) != k + 1]
    assert wrong == []


def test_a_mouse_drag_in_the_middle_of_arabic_words_selects_exactly_the_letters_dragged_over(window, qtbot, letters):
    view = reader(window, "ar")
    offsets = wrapped_line_offsets(view)
    for start, end in [(offsets[3], offsets[6]), (offsets[10], offsets[18]), (offsets[1], offsets[2])]:
        viewport = view.viewport()
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=inside(view, start, start + 1))
        qtbot.mouseMove(viewport, inside(view, end, end - 1))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=inside(view, end, end - 1))
        assert view.selected_range() == (start, end)


def test_a_click_between_paragraphs_or_past_the_text_is_where_qt_puts_it(qtbot, _fonts):
    from desktop.ui.reader import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.set_document("أكد مصدر رسمي\n\nفي وزارة الخارجية", "ar", Direction.RTL)
    view.show()
    qtbot.waitExposed(view)
    for point in (QPointF(5, 5), QPointF(200, 590), QPointF(395, 300)):
        assert position_at(view, point) == view.cursorForPosition(point.toPoint()).position()


def test_a_drag_that_starts_where_the_cursor_already_is_still_lands_on_the_letters(window, qtbot, letters):
    view = reader(window, "ar")
    start, end = wrapped_line_offsets(view)[4], wrapped_line_offsets(view)[9]
    press = inside(view, start, start + 1)
    # The text cursor already sits where Qt's own hit test puts this point (one letter on).
    view.setTextCursor(view.cursorForPosition(press))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, inside(view, end, end - 1))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=inside(view, end, end - 1))
    assert view.selected_range() == (start, end)


# -- whole words -------------------------------------------------------------------------


def drag(qtbot, view, start: int, end: int) -> tuple[int, int] | None:
    """Drag from a quarter into the character after ``start`` to one before ``end``
    (nothing selected before: a press on a selection would drag the text)."""
    view.setTextCursor(view.cursor_for(0, 0))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=inside(view, start, start + 1))
    qtbot.mouseMove(viewport, inside(view, (start + end) // 2, (start + end) // 2 + 1))
    qtbot.mouseMove(viewport, inside(view, end, end - 1))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=inside(view, end, end - 1))
    return view.selected_range()


@pytest.mark.parametrize(("language", "passage", "into", "back"), [
    ("ar", "أكد مصدر رسمي في", 1, 0),  # the walk-through's drag: one letter into أكد
    ("ar", "مصدر رسمي في وزارة", 2, 3),
    ("ru", "сообщает Caliber.Az", 3, 1),  # a dotted name is one word
    ("de", "Stabilisierungstruppe für Gaza", 6, 2),
])
def test_a_mouse_drag_that_starts_or_ends_inside_a_word_takes_the_whole_word(window, qtbot, language, passage,
                                                                            into, back):
    view = reader(window, language)
    start = view.text.index(passage)
    end = start + len(passage)
    assert drag(qtbot, view, start + into, end - back) == (start, end)
    assert drag(qtbot, view, end - back, start + into) == (start, end)  # the other way too
    assert view.textCursor().position() == view._offsets.to_utf16(start)  # the cursor where the drag ended


def test_punctuation_at_a_dragged_selections_end_is_not_pulled_in(window, qtbot):
    view = reader(window, "ru")
    passage = "гуманитарной помощи"
    start = view.text.index(passage + ".")
    end = start + len(passage)
    assert drag(qtbot, view, start + 4, end - 2) == (start, end)
    assert drag(qtbot, view, start + 4, end + 1) == (start, end + 1)  # a drag past the full stop takes it


def test_a_drag_inside_one_word_selects_the_letters_dragged_over(window, qtbot):
    view = reader(window, "ar")
    word = "موقفها"
    start = view.text.index(word)
    assert drag(qtbot, view, start + 1, start + 5) == (start + 1, start + 5)
    # Out into the next word and back into the first: its letters again, not the whole word.
    view.setTextCursor(view.cursor_for(0, 0))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=inside(view, start + 1, start + 2))
    qtbot.mouseMove(viewport, inside(view, start + len(word) + 3, start + len(word) + 2))
    assert view.selected_range()[0] == start
    qtbot.mouseMove(viewport, inside(view, start + 4, start + 3))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=inside(view, start + 4, start + 3))
    assert view.selected_range() == (start + 1, start + 4)


def test_keyboard_selections_stay_letter_exact(window, qtbot):
    view = reader(window, "de")
    passage = "Stabilisierungstruppe für"
    start = view.text.index(passage) + 3
    view.setFocus()
    view.setTextCursor(view.cursor_for(start, start))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (start, start + 1)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert view.selected_range()[0] == start


def test_the_preference_switches_whole_words_off_and_is_remembered(window, qtbot):
    from desktop.ui.preferences import PreferencesDialog
    from desktop.ui.stored_preferences import apply_stored_preferences

    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    box = dialog.findChild(type(dialog.whole_words_box), "wholeWords")
    assert box.isChecked() and box.text() == "Extend mouse selections to whole words"
    box.setChecked(False)
    try:
        view = reader(window, "ar")
        start = view.text.index("أكد مصدر")
        assert drag(qtbot, view, start + 1, start + 6) == (start + 1, start + 6)
        hit_test.set_whole_words(True)
        apply_stored_preferences(window.settings)  # the next start
        assert not hit_test.whole_words()
        box.setChecked(True)
        assert drag(qtbot, view, start + 1, start + 6) == (start, start + 8)
    finally:
        hit_test.set_whole_words(True)
