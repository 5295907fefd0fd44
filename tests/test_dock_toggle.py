"""The docks' keys (Ctrl+L Library, Ctrl+Shift+N Notebook) bring their dock to the front
and into the keyboard, and hide it only when it is there already."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.dock_toggle import has_focus, in_front

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(window, qtbot, key, modifiers):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def test_the_library_key_brings_the_library_from_behind_the_notebook_then_hides_it(window, qtbot):
    library, notebook = window.library, window.notebook_dock
    assert library in window.tabifiedDockWidgets(notebook)  # the desk's default: tabbed, the notebook in front
    assert in_front(notebook) and not in_front(library)
    pane = window.panes()[0]
    pane.view.setFocus()
    _press(window, qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: in_front(library) and has_focus(library))
    assert window.library_action.isChecked() and not in_front(notebook)

    _press(window, qtbot, Qt.Key.Key_L, CTRL)  # in front and in the keyboard: the key hides it
    qtbot.waitUntil(lambda: library.isHidden())
    assert not window.library_action.isChecked()

    _press(window, qtbot, Qt.Key.Key_L, CTRL)  # and shows it again
    qtbot.waitUntil(lambda: in_front(library) and has_focus(library))
    assert window.library_action.isChecked()


def test_a_dock_in_front_without_the_keyboard_gets_it_and_the_notebook_key_does_the_same(window, qtbot):
    notebook = window.notebook_dock
    pane = window.panes()[0]
    pane.view.setFocus()
    qtbot.waitUntil(lambda: pane.view.hasFocus())
    assert in_front(notebook) and not has_focus(notebook)
    _press(window, qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: has_focus(notebook))
    assert not notebook.isHidden() and in_front(notebook)

    _press(window, qtbot, Qt.Key.Key_L, CTRL)  # the library takes the front ...
    qtbot.waitUntil(lambda: in_front(window.library))
    _press(window, qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # ... and the notebook's key brings it back
    qtbot.waitUntil(lambda: in_front(notebook) and has_focus(notebook))


def test_the_view_menu_item_still_does_what_its_check_mark_says(window, qtbot):
    library = window.library
    assert window.library_action.isChecked()
    window.library_action.trigger()  # a click in the menu: shown and checked, so hidden
    assert library.isHidden() and not window.library_action.isChecked()
    window.library_action.trigger()
    assert not library.isHidden()
