"""A dock's keyboard shortcut that brings the dock to the person, not just flips it.

Qt's ``QDockWidget.toggleViewAction()`` hides a dock that is shown, even when it is
tabbed behind another dock or the person's keyboard is elsewhere: pressing Ctrl+L to
reach the Library behind the Notebook made the Library go away. The shortcut here does
what tool-window keys do in the JetBrains IDEs (Alt+1 for the project view): a hidden
dock is shown, a dock behind a tab or without the focus is raised and focused, and only
a dock already in front with the focus in it is hidden, so pressing the key twice goes
there and back. The View menu's item stays Qt's check box: its check mark says shown or
hidden, and clicking it does what the mark says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget


def dock_toggle_action(dock: QDockWidget) -> QAction:
    """The dock's ``toggleViewAction()``, with its shortcut going to :func:`bring_or_hide`."""
    action = dock.toggleViewAction()
    action.installEventFilter(_ShortcutFilter(dock, action))
    return action


def bring_or_hide(dock: QDockWidget) -> None:
    """Show, raise and focus ``dock``; hide it if it is in front with the focus already."""
    if not dock.isHidden() and in_front(dock) and has_focus(dock):
        dock.close()  # as the toggle action does: its check mark follows
        return
    dock.show()
    dock.raise_()  # a tabified dock becomes the current tab
    _focus(dock)


def in_front(dock: QDockWidget) -> bool:
    """Whether any of the dock can be seen (not behind another dock's tab)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def has_focus(dock: QDockWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is dock or dock.isAncestorOf(focused))


def _focus(dock: QDockWidget) -> None:
    """Give the keyboard to the dock's widget that had it last, else its first that takes it."""
    body = dock.widget()
    if body is None:
        return
    target: QWidget | None = body.focusWidget()
    if target is None or not target.isVisible():
        target = None
        widget = body.nextInFocusChain()
        while widget is not None and widget is not body:
            if (body.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                target = widget
                break
            widget = widget.nextInFocusChain()
    (target or body).setFocus(Qt.FocusReason.ShortcutFocusReason)


class _ShortcutFilter(QObject):
    """Takes the action's shortcut events (menu clicks still toggle, as the mark says)."""

    def __init__(self, dock: QDockWidget, action: QAction) -> None:
        super().__init__(action)
        self._dock = dock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            bring_or_hide(self._dock)
            return True
        return False
