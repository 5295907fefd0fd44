"""A press or a drag in a reader lands on the characters under the mouse, in Arabic too:
Qt's own hit test is off on right-to-left lines that end in a space (desktop/ui/hit_test.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from desktop.core.direction import Direction
from desktop.ui.hit_test import position_at


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


def test_a_mouse_drag_in_the_middle_of_arabic_words_selects_exactly_the_letters_dragged_over(window, qtbot):
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


def test_a_drag_that_starts_where_the_cursor_already_is_still_lands_on_the_letters(window, qtbot):
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
