"""The desk's layout as a person sees it: the window never outgrows the screen because of
panes, and the panes keep a readable width (the pane area scrolls sideways instead)."""

from __future__ import annotations

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
