"""The main toolbar stays where it is: its buttons keep a fixed word, and what undo or
redo would do is said in the tooltip and the menu entry instead."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from desktop.storage import annotations as store
from desktop.ui.i18n import install_language

LONG_QUOTE = "أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام"


def toolbar_layout(window) -> list[tuple[str, tuple[int, int, int, int], str]]:
    """Each visible toolbar widget: its action, where it is, the words on it (once the
    layout has taken in every change)."""
    bar = window.toolbar
    QApplication.processEvents()
    bar.layout().activate()
    layout = []
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if widget is not None and widget.isVisible():
            text = widget.text() if hasattr(widget, "text") else ""
            layout.append((action.objectName(), widget.geometry().getRect(), text))
    return layout


@pytest.fixture(params=["en", "ar"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("en")


def test_the_toolbar_does_not_move_through_highlight_undo_and_redo(window, qtbot, language):
    arabic = next(p for p in window.panes() if p.language == "ar")
    start = arabic.view.text.index(LONG_QUOTE)
    arabic.view.setFocus()
    arabic.view.setTextCursor(arabic.view.cursor_for(start, start + len(LONG_QUOTE)))
    actions = window.annotation_actions
    undo_button = window.toolbar.widgetForAction(actions.undo_action)
    before = toolbar_layout(window)
    assert not actions.undo_action.isEnabled() and undo_button.text()

    actions.color_actions[2].trigger()
    assert len(store.annotations_for([arabic.document_id])) == 1 and actions.undo_action.isEnabled()
    assert toolbar_layout(window) == before
    # what would be undone is in the menu entry and the tooltip, not on the button
    assert LONG_QUOTE[:12] in actions.undo_action.text() and LONG_QUOTE[:12] in actions.undo_action.toolTip()

    actions.undo_action.trigger()
    assert store.annotations_for([arabic.document_id]) == []
    assert toolbar_layout(window) == before
    assert LONG_QUOTE[:12] in actions.redo_action.toolTip()

    actions.redo_action.trigger()
    assert len(store.annotations_for([arabic.document_id])) == 1
    assert toolbar_layout(window) == before


def test_an_ampersand_in_a_quote_is_not_taken_for_a_mnemonic(window):
    actions = window.annotation_actions
    actions.undo_stack.push(QUndoCommand("Highlight “AT&T”"))
    assert actions.undo_action.text() == "&Undo Highlight “AT&&T”"  # shown as one "&", no mnemonic on T
    assert actions.undo_action.toolTip().startswith("Undo Highlight “AT&T”")
    assert actions.undo_action.iconText() == "Undo"
