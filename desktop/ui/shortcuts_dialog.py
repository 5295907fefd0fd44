"""Help → Keyboard shortcuts: every action of the desk with the keys it has now.

The list is read from the window's own actions each time it is shown (and again when
the interface language changes), never written out by hand: an action added, renamed or
given another key is listed as it is, in the interface language. Actions are grouped
by the menu they are in; one that is in no menu (Esc leaving link mode) comes last.
Each action is listed once, where its first menu is, with every menu it is in: the
Claims matrix is in the View menu and in the Compare menu ("View, Compare"), so a search
for "compare" finds it too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import retranslates

# Left-to-right isolate: a key sequence reads "Ctrl+Shift+Z" in a right-to-left table too.
_LRI, _PDI = "\u2066", "\u2069"


@dataclass(frozen=True)
class ShortcutEntry:
    """One action as the list shows it."""

    action: QAction
    text: str  # the action's name (see action_name)
    keys: list[str]  # each shortcut in the platform's words ("Ctrl+Shift+Z")
    menu: str  # the menus it is in, in the menu bar's order ("View, Compare"; "" for none)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks ("&Export…" → "Export…", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_name(action: QAction) -> str:
    """The action's name as the list shows it: its menu text without mnemonic marks, or,
    for an action whose menu text says what it would do now ("Undo Edit note"), the fixed
    name it has been given as its icon text (the toolbar's "Undo")."""
    text = plain_text(action.text())
    short = action.iconText()
    if short and _bare(short) != _bare(text):
        return short
    return text


def _bare(words: str) -> str:
    return words.replace("…", "").replace("...", "").strip()


def on_common_keyboards(key: QKeySequence) -> bool:
    """Whether a key is on the keyboards people have: not one of the dedicated keys of
    special keyboards (Open, Undo, Find, Close: Qt.Key_Back and up) that the platform's
    standard bindings add, which the list would show as the words "Open" or "Find"."""
    code = key[0].key().value  # type: ignore[index]  # PySide6 6.x stubs lack QKeySequence.__getitem__
    return not Qt.Key.Key_Back.value <= code < Qt.Key.Key_unknown.value


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))  # type: ignore[arg-type]  # menu() is a QMenu here
        elif not action.isSeparator() and action.text():
            found.append(action)
    return found


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action of ``window``'s menus (in menu order), then the window's other
    actions that have a key, each once, with its current shortcuts (those of common
    keyboards)."""
    native = QKeySequence.SequenceFormat.NativeText
    entries: list[ShortcutEntry] = []
    seen: dict[int, int] = {}  # id of an action -> its entry
    separator = QCoreApplication.translate("ShortcutsDialog", ", ")  # between the names of menus

    def add(action: QAction, menu: str) -> None:
        if id(action) in seen:  # in another menu too: one row, naming both
            index = seen[id(action)]
            entry = entries[index]
            if menu and menu not in entry.menu.split(separator):
                where = separator.join([entry.menu, menu]) if entry.menu else menu
                entries[index] = ShortcutEntry(entry.action, entry.text, entry.keys, where)
            return
        seen[id(action)] = len(entries)
        keys = [key.toString(native) for key in action.shortcuts() if not key.isEmpty() and on_common_keyboards(key)]
        entries.append(ShortcutEntry(action, action_name(action), keys, menu))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for action in _menu_actions(menu):
                add(action, plain_text(menu.title()))
    for action in window.actions():
        if action.text() and action.shortcuts():
            add(action, "")
    return entries


class _KeysDelegate(QStyledItemDelegate):
    """Draws the keys column left to right in a right-to-left interface too, at the
    column's leading edge: "F1, Ctrl+/" and "Ctrl+Shift+اليسار" (Qt names the arrow keys
    in the interface language) read as they are typed, not "Ctrl+/ ,F1" or
    "اليسار+Ctrl+Shift" as a right-to-left paragraph orders them."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        right_to_left = option.direction == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        option.direction = Qt.LayoutDirection.LeftToRight
        option.displayAlignment = (
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


@retranslates
class ShortcutsDialog(QDialog):
    """The searchable list of the desk's actions and their keys (not modal: it can stay
    open beside the desk while a person tries the keys)."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self._window = window
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutsSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.model = QStandardItemModel(0, 3, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # the action, its keys or its menu
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setItemDelegateForColumn(1, _KeysDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self)
        self.empty_label.hide()
        self.proxy.rowsInserted.connect(self._show_empty)
        self.proxy.rowsRemoved.connect(self._show_empty)
        self.proxy.modelReset.connect(self._show_empty)
        self.proxy.layoutChanged.connect(self._show_empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.search_label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("An action, a key or a menu"))
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("Menu")])
        self.empty_label.setText(self.tr("No action matches."))
        # The window's actions take the new language on the same event, maybe after this
        # dialog: read them once they all have.
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        """Read the actions again: their texts and keys as they are now."""
        self.model.removeRows(0, self.model.rowCount())
        other = self.tr("Other")
        for entry in collect_shortcuts(self._window):
            keys = ", ".join(f"{_LRI}{key}{_PDI}" for key in entry.keys)
            row = [QStandardItem(entry.text), QStandardItem(keys), QStandardItem(entry.menu or other)]
            for item in row:
                item.setData(entry.action.objectName(), Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self._show_empty()
        self.table.scrollToTop()  # from the first action, also when opened again after scrolling

    def _show_empty(self) -> None:
        self.empty_label.setVisible(self.proxy.rowCount() == 0)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
        self.search.setFocus()
