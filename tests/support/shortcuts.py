"""Every key a window answers to -- action shortcuts, QShortcuts, the menu bar's and the
buttons' Alt+letter mnemonics -- and where each is active, to find keys that Qt would
refuse as ambiguous (two bindings of one key active at once: the key does nothing).

Qt decides among the shortcuts whose context matches the focus widget: a window-wide one
(Qt.ShortcutContext.WindowShortcut, the default) is active wherever the focus is in its
window; a widget's only while that widget (and, for WidgetWithChildrenShortcut, a child
of it) has the focus. An action's shortcut works only where the action is added to a
widget of the window (the window itself, a menu of its menu bar, a toolbar).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QMenuBar, QWidget

PORTABLE = QKeySequence.SequenceFormat.PortableText


@dataclass(frozen=True)
class Binding:
    """One key of one action, QShortcut or mnemonic, and where it is active."""

    key: str  # Qt's portable text, e.g. "Ctrl+Shift+Z"
    owner: QObject
    name: str  # for messages: the action's object name and text
    scope: QWidget  # the widget the binding is active in (the window for a window-wide one)
    with_children: bool  # active in the scope's children too

    def overlaps(self, other: Binding) -> bool:
        """Whether both can be active for one focus widget."""
        if self.scope is other.scope:
            return True
        if self.with_children and self.scope.isAncestorOf(other.scope):
            return True
        return other.with_children and other.scope.isAncestorOf(self.scope)


def describe(owner: QObject) -> str:
    text = owner.text() if isinstance(owner, (QAction, QAbstractButton, QLabel)) else ""
    return f"{type(owner).__name__} {owner.objectName() or '?'} {text!r}"


def _widgets_in(window: QWidget, action: QAction) -> list[QWidget]:
    """The widgets of ``window`` through which ``action``'s shortcut is reachable."""
    found: list[QWidget] = []
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu):  # an action in a menu: reachable where the menu's own action is
            found.extend(_widgets_in(window, obj.menuAction()))
        elif isinstance(obj, QWidget) and obj.window() is window:
            found.append(obj)
    return found


def actions_of(window: QWidget) -> list[QAction]:
    """Every QAction that belongs to the window or to a widget in it (each once)."""
    seen: dict[int, QAction] = {}
    for action in window.findChildren(QAction):
        seen.setdefault(id(action), action)
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            seen.setdefault(id(action), action)
    return list(seen.values())


def _scope(context: Qt.ShortcutContext, window: QWidget, widget: QWidget) -> tuple[QWidget, bool]:
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return window, True
    return widget, context == Qt.ShortcutContext.WidgetWithChildrenShortcut


def key_bindings(window: QWidget) -> tuple[list[Binding], list[str]]:
    """The window's bindings, and the actions whose shortcuts can never fire (not added
    to any widget of the window)."""
    bindings: list[Binding] = []
    dead: list[str] = []
    for action in actions_of(window):
        keys = [k.toString(PORTABLE) for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        widgets = _widgets_in(window, action)
        if not widgets and action.shortcutContext() != Qt.ShortcutContext.ApplicationShortcut:
            dead.append(f"{describe(action)} {keys}")
            continue
        scopes = {id(scope): (scope, children) for scope, children in
                  (_scope(action.shortcutContext(), window, w) for w in widgets or [window])}
        for key in keys:
            for scope, with_children in scopes.values():
                bindings.append(Binding(key, action, describe(action), scope, with_children))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent() if isinstance(shortcut.parent(), QWidget) else window
        scope, with_children = _scope(shortcut.context(), window, parent)
        for key in shortcut.keys():
            if not key.isEmpty():
                bindings.append(Binding(key.toString(PORTABLE), shortcut, f"QShortcut on {describe(parent)}",
                                        scope, with_children))
    for owner, text in _mnemonic_owners(window):
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            bindings.append(Binding(key.toString(PORTABLE), owner, describe(owner), window, True))
    return bindings, dead


def _mnemonic_owners(window: QWidget) -> list[tuple[QObject, str]]:
    """What registers a window-wide Alt+letter: menu bar titles, buttons, labels with a buddy."""
    owners: list[tuple[QObject, str]] = []
    for bar in window.findChildren(QMenuBar):
        if bar.window() is window:
            owners.extend((a, a.text()) for a in bar.actions() if a.isVisible() and not a.isSeparator())
    for button in window.findChildren(QAbstractButton):
        if button.window() is window and button.isVisibleTo(window):
            owners.append((button, button.text()))
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.window() is window and label.isVisibleTo(window):
            owners.append((label, label.text()))
    return owners


def ambiguous(window: QWidget) -> list[str]:
    """Pairs of bindings of one key that are active at once, as sentences."""
    bindings, _dead = key_bindings(window)
    found = []
    by_key: dict[str, list[Binding]] = {}
    for binding in bindings:
        by_key.setdefault(binding.key, []).append(binding)
    for key, same in sorted(by_key.items()):
        for i, first in enumerate(same):
            for second in same[i + 1:]:
                if first.owner is not second.owner and first.overlaps(second):
                    found.append(f"{key}: {first.name} and {second.name}")
    return found


def repeated_keys(window: QWidget) -> list[str]:
    """Actions and QShortcuts that carry one key twice (Qt: ambiguous with itself)."""
    found = []
    owners: list[QObject] = [*actions_of(window), *window.findChildren(QShortcut)]
    for owner in owners:
        keys = [k.toString(PORTABLE) for k in (owner.shortcuts() if isinstance(owner, QAction) else owner.keys())]
        keys = [k for k in keys if k]
        if len(keys) != len(set(keys)):
            found.append(f"{describe(owner)}: {keys}")
    return found


def menu_mnemonic_clashes(window: QWidget) -> list[str]:
    """Menus in which two entries have one Alt+letter (the key then only moves between them)."""
    found = []
    menus = window.findChildren(QMenu)
    if isinstance(window, QMenu):
        menus.insert(0, window)
    for menu in menus:
        keys: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            key = QKeySequence.mnemonic(action.text()).toString(PORTABLE)
            if not key:
                continue
            if key in keys:
                found.append(f"{menu.title()!r}: {key} for {keys[key]!r} and {action.text()!r}")
            keys[key] = action.text()
    return found
