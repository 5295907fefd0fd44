"""Help → Keyboard shortcuts: every action of the desk with its keys as they are now, in
the interface language, searchable; opened with F1 (or Ctrl+/). New users found only
About in the Help menu and no way to learn the keys but the menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from desktop.ui.i18n import install_language
from desktop.ui.shortcuts_dialog import on_common_keyboards, plain_text


def _rows(dialog) -> list[tuple[str, str, str]]:
    proxy = dialog.proxy
    return [tuple(proxy.index(r, c).data().replace("\u2066", "").replace("\u2069", "") for c in range(3))
            for r in range(proxy.rowCount())]


def _open(window, qtbot):
    window.activateWindow()
    window.shortcuts_action.trigger()
    dialog = window.dialogs.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_help_lists_every_menu_action_with_its_keys(window, corpus, qtbot):
    assert window.shortcuts_action in window.help_menu.actions()
    assert QKeySequence("F1") in window.shortcuts_action.shortcuts()
    dialog = _open(window, qtbot)
    rows = {text: (keys, menu) for text, keys, menu in _rows(dialog)}
    native = QKeySequence.SequenceFormat.NativeText
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    listed = 0
    for menu in menus:
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or not action.text():
                continue
            keys, where = rows[plain_text(action.text())]
            assert where == ", ".join(plain_text(m.title()) for m in menus if action in m.actions())  # every menu
            assert keys == ", ".join(k.toString(native) for k in action.shortcuts() if on_common_keyboards(k))
            listed += 1
    assert listed > 30
    assert rows["Export…"][0] == "Ctrl+E" and rows["Undo"][0].startswith("Ctrl+Z")
    assert rows["Import articles…"][0] == "Ctrl+O"  # not "Ctrl+O, Open": the Open key of Sun keyboards


def test_the_search_finds_actions_by_name_key_or_menu(window, corpus, qtbot):
    dialog = _open(window, qtbot)
    everything = len(_rows(dialog))
    qtbot.keyClicks(dialog.search, "ctrl+e")
    assert [r[0] for r in _rows(dialog)] == ["Export…"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "zoom")
    assert 4 <= len(_rows(dialog)) < everything
    assert all("zoom" in r[0].lower() for r in _rows(dialog))
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "no such action")
    assert _rows(dialog) == [] and dialog.empty_label.isVisible()
    dialog.search.clear()
    assert len(_rows(dialog)) == everything and not dialog.empty_label.isVisible()


def test_the_list_is_read_from_the_actions_so_it_cannot_go_stale(window, corpus, qtbot):
    dialog = _open(window, qtbot)
    dialog.close()
    window.export_action.setShortcuts([QKeySequence("Ctrl+Shift+E")])
    dialog = _open(window, qtbot)
    assert dict((t, k) for t, k, _m in _rows(dialog))["Export…"] == "Ctrl+Shift+E"


def test_the_list_speaks_the_interface_language(window, corpus, qtbot):
    dialog = _open(window, qtbot)
    install_language("ru")
    try:
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: "Экспорт…" in [r[0] for r in _rows(dialog)])
        assert dialog.windowTitle() == "Сочетания клавиш"
        header = dialog.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Действие"
    finally:
        install_language("en")
        QCoreApplication.processEvents()


def test_undo_and_redo_are_listed_by_name_not_by_what_they_would_undo_now(window, corpus, qtbot):
    from PySide6.QtGui import QUndoCommand

    window.annotation_actions.undo_stack.push(QUndoCommand("Edit note"))
    assert window.annotation_actions.undo_action.text() == "&Undo Edit note"  # the menu says what
    names = [r[0] for r in _rows(_open(window, qtbot))]
    assert "Undo" in names and "Redo" in names
    assert not any("Edit note" in name for name in names)
    assert "Export…" in names  # the others keep their menu text


def test_the_keys_read_left_to_right_in_arabic_and_the_list_opens_at_its_top(window, corpus, qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem

    install_language("ar")
    try:
        QCoreApplication.processEvents()
        dialog = _open(window, qtbot)
        table = dialog.table
        assert table.isRightToLeft()
        row = next(r for r in range(dialog.proxy.rowCount()) if ", " in dialog.proxy.index(r, 1).data())
        for index in (dialog.proxy.index(row, 1), dialog.proxy.index(0, 1)):
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)
            table.itemDelegateForIndex(index).initStyleOption(option, index)
            # "Ctrl+Z, Alt+Backspace" as typed, not "Alt+Backspace ,Ctrl+Z"; at the column's right
            assert option.direction == Qt.LayoutDirection.LeftToRight
            assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
            assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
        name = dialog.proxy.index(0, 0)  # the other columns stay right to left
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        table.itemDelegateForIndex(name).initStyleOption(option, name)
        assert option.direction == Qt.LayoutDirection.RightToLeft

        bar = table.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)  # the rows are laid out
        assert bar.value() == 0
        bar.setValue(bar.maximum())
        dialog.close()
        dialog = _open(window, qtbot)
        QCoreApplication.processEvents()  # the view lays the rows out again
        qtbot.waitUntil(lambda: dialog.table.verticalScrollBar().maximum() > 0)
        assert dialog.table.verticalScrollBar().value() == 0  # opened again: at the top, not where it was left
    finally:
        install_language("en")
        QCoreApplication.processEvents()


def test_each_action_is_listed_once_with_every_menu_it_is_in(window, corpus, qtbot):
    """The Claims matrix is in the View and the Compare menu: one row, naming both, so a
    search for "compare" finds it (it was listed under View alone, and a look down the
    list for it under Compare found nothing)."""
    dialog = _open(window, qtbot)
    rows = _rows(dialog)
    names = [text for text, _keys, _menu in rows]
    assert sorted({n for n in names if names.count(n) > 1}) == []
    assert [(keys, menu) for text, keys, menu in rows if text == "Claims matrix"] == [("Ctrl+Alt+M", "View, Compare")]
    dialog.search.setText("compare")
    assert "Claims matrix" in [text for text, _keys, _menu in _rows(dialog)]
