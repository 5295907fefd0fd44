"""The desk's layout as a person sees it: the window never outgrows the screen because of
panes, and the panes keep a readable width (the pane area scrolls sideways instead)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.pane import MIN_PANE_WIDTH
from tests.support.big_library import populate


def test_eight_panes_fit_in_the_window_and_the_last_one_can_be_scrolled_to(window, qtbot):
    room = window.screen().availableGeometry()
    window.resize(min(1600, room.width()), min(900, room.height()))
    width = window.width()
    for document_id in populate(5, 0, size=800):
        window.open_document(document_id)
    qtbot.waitUntil(lambda: len(window.panes()) == 8)
    QApplication.processEvents()
    # The window keeps its width: it asks no more of the screen than the screen has.
    assert window.width() == width
    assert window.minimumSizeHint().width() <= room.width()
    assert window.minimumWidth() <= room.width()
    # Every pane keeps a readable width, and the last one is brought into view.
    panes = window.panes()
    assert all(p.width() >= MIN_PANE_WIDTH for p in panes)
    area = window.pane_area
    last = panes[-1]
    left = last.mapTo(area.viewport(), last.rect().topLeft()).x()
    assert 0 <= left and left + last.width() <= area.viewport().width() + 1
    # Closing panes gives the room back: no sideways scrolling is left over.
    for pane in panes[:6]:
        window.close_pane(pane)
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())
    assert window.width() == width
    assert sum(window.pane_sizes()) >= area.viewport().width() - window.splitter.handleWidth()


def _needed_heights(panel) -> list[tuple[int, int]]:
    """Each result's height on screen, and the height its text takes at the list's width now."""
    from desktop.ui.search_panel import LINES_ROLE, result_document

    results = panel.results
    font, color = results.font(), results.palette().text().color()
    width = results.viewport().width()
    shown = []
    for row in range(results.count()):
        rect = results.visualRect(results.model().index(row, 0))
        document = result_document(results.item(row).data(LINES_ROLE), font, width, color)
        shown.append((rect.height(), int(document.size().height())))
    return shown


def test_search_results_do_not_overlap_once_the_sidebar_narrows(corpus, qtbot, _fonts):
    from desktop.ui.search_panel import SearchPanel

    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.field.setText("миссия")
    panel.run()
    assert panel.results.count() >= 3
    assert all(shown >= needed for shown, needed in _needed_heights(panel))
    panel.resize(240, 900)  # many panes open: the sidebar gets narrower
    # Each result gets the taller height its text needs, so none is drawn over the next.
    qtbot.waitUntil(lambda: all(shown >= needed for shown, needed in _needed_heights(panel)))
    rects = [panel.results.visualRect(panel.results.model().index(r, 0)) for r in range(panel.results.count())]
    assert all(upper.bottom() < lower.top() for upper, lower in zip(rects, rects[1:], strict=False))


def _top_line(view) -> tuple[int, int]:
    """The top of the first line of text that reaches into the view, in viewport pixels
    (negative: the line is cut off at the top), and its height."""
    from PySide6.QtCore import QPoint

    from desktop.ui.reader import top_position

    cursor = view.textCursor()
    cursor.setPosition(top_position(view))
    rect = view.cursorRect(cursor)
    above = view.cursorForPosition(QPoint(view.viewport().width() // 2, 0))
    upper = view.cursorRect(above)
    if upper.bottom() > 0 and upper.top() < rect.top():  # a line straddling the top edge
        rect = upper
    return rect.top(), rect.height()


def _at_place(view, offset: int) -> bool:
    """Whether the line holding ``offset`` is the first one, wholly shown."""
    from desktop.ui.reader import TOP_GAP

    top, _height = _top_line(view)
    place = view.cursorRect(view.cursor_for(offset, offset)).top()
    return top >= 0 and 0 <= place <= TOP_GAP + 1


@pytest.mark.parametrize("change", ["another pane", "font", "theme"])
def test_the_reading_place_stays_wholly_shown_when_the_panes_are_laid_out_again(window, qtbot, change):
    from desktop.ui.fonts import ReadingStyle, set_reading_style

    german = next(p for p in window.panes() if p.language == "de")
    view = german.view
    paragraph = view.paragraphs[3]
    view.show_at_top(paragraph.start + 40)  # the middle of a paragraph: a line's start
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    place = view.top_offset()
    assert _at_place(view, place)
    if change == "another pane":
        window.open_document(populate(1, 0, size=800)[0])  # the German pane gets narrower
        qtbot.waitUntil(lambda: len(window.panes()) == 4)
    elif change == "font":
        set_reading_style(ReadingStyle(sizes={"latin": 15.0}, line_spacing=130))
        window.restyle_panes()
    else:
        from desktop.ui.theme import apply_theme

        apply_theme("dark")
        window.restyle_panes()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: _at_place(view, place), timeout=2000)
