"""The main window's actions, menus and toolbar: made, named and renamed here, so the
window keeps to the panes. The actions stay attributes of the window (``window.find_action``),
where the shortcuts list, the tests and the other parts of the desk look for them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from desktop.ui.dock_toggle import dock_toggle_action

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def add_action(window: MainWindow, name: str, slot: Callable[..., object],
            shortcuts: QKeySequence.StandardKey | Sequence[str] = (), checkable: bool = False) -> QAction:
    """An action of the window: a standard key brings the platform's own bindings
    (each once); otherwise the keys given, written as in Qt's portable text."""
    action = QAction(window)
    action.setObjectName(name)
    if isinstance(shortcuts, QKeySequence.StandardKey):
        action.setShortcuts(shortcuts)
    else:
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
    action.setCheckable(checkable)
    (action.toggled if checkable else action.triggered).connect(slot)
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """The window's actions, its menus and its toolbar, in the order they show."""
    # One binding per key: a key given twice (a standard key and the same key written
    # out, e.g. Quit and "Ctrl+Q" on Linux) makes Qt refuse it as ambiguous.
    ks = QKeySequence.StandardKey
    window.import_action = add_action(window, "importAction", window.imports.ask_files, ks.Open)
    window.open_url_action = add_action(window, "openUrlAction", window.imports.ask_url, ["Ctrl+Shift+O"])
    window.clipboard_action = add_action(window, "clipboardAction", window.imports.from_clipboard,
                                         ["Ctrl+Shift+V"])
    # Quit has no standard key everywhere.
    window.quit_action = add_action(window, "quitAction", window.close, ["Ctrl+Q"])
    window.find_action = add_action(window, "findAction", window.find_in_article, ks.Find)
    window.zoom_in_action = add_action(window, "zoomInAction", lambda: window.zoom_active(+1), ["Ctrl++", "Ctrl+="])
    window.zoom_out_action = add_action(window, "zoomOutAction", lambda: window.zoom_active(-1), ["Ctrl+-"])
    window.zoom_reset_action = add_action(window, "zoomResetAction", lambda: window.zoom_active(0), ["Ctrl+0"])
    window.zoom_all_in_action = add_action(window, "zoomAllInAction", lambda: window.zoom_all(+1),
                                           ["Ctrl+Alt++", "Ctrl+Alt+="])
    window.zoom_all_out_action = add_action(window, "zoomAllOutAction", lambda: window.zoom_all(-1), ["Ctrl+Alt+-"])
    window.zoom_all_reset_action = add_action(window, "zoomAllResetAction", lambda: window.zoom_all(0), ["Ctrl+Alt+0"])
    window.sync_action = add_action(window, "syncScrollAction", window.set_sync_scroll, ["Ctrl+Alt+S"], checkable=True)
    window.margin_action = add_action(window, "marginAction", window.set_margin_notes, ["Ctrl+Shift+M"], checkable=True)
    window.print_action = add_action(window, "printAction", window.dialogs.open_print_preview, ks.Print)
    window.close_pane_action = add_action(window, "closePaneAction", window.close_active_pane,
                                          ks.Close)  # Ctrl+W everywhere
    # The platform's keys for Close, Ctrl+W (the one the tooltips name) first in the menu.
    window.close_pane_action.setShortcuts(sorted(window.close_pane_action.shortcuts(),
                                               key=lambda key: key != QKeySequence("Ctrl+W")))
    window.move_left_action = add_action(window, "moveLeftAction", lambda: window.move_active_pane(-1),
                                         ["Ctrl+Shift+PgUp"])
    window.move_right_action = add_action(window, "moveRightAction", lambda: window.move_active_pane(+1),
                                          ["Ctrl+Shift+PgDown"])
    window.library_action = dock_toggle_action(window.library)
    window.library_action.setShortcut(QKeySequence("Ctrl+L"))
    window.about_action = add_action(window, "aboutAction", window.dialogs.open_about)
    # F1 is where a person looks for help first; Ctrl+/ is the keys list elsewhere (web apps).
    window.shortcuts_action = add_action(window, "shortcutsAction", window.dialogs.open_shortcuts, ["F1", "Ctrl+/"])
    # Ctrl+, is the standard key for preferences where there is one (macOS, as Cmd+,).
    window.preferences_action = add_action(window, "preferencesAction", window.dialogs.open_preferences, ["Ctrl+,"])

    from desktop.ui.desk_actions import AnnotationActions

    window.annotation_actions = actions = AnnotationActions(window)
    bar = window.menuBar()
    window.file_menu = bar.addMenu("")
    # The clipboard is one more source of articles: beside the other imports.
    window.file_menu.addActions([window.import_action, window.open_url_action, window.clipboard_action])
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.quit_action)
    window.edit_menu = bar.addMenu("")
    window.edit_menu.addActions([actions.undo_action, actions.redo_action])
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(window.find_action)
    window.after_find = window.edit_menu.addSeparator()  # "search everything" comes with the notebook
    window.edit_menu.addAction(window.preferences_action)
    window.annotate_menu = bar.addMenu("")
    window.annotate_menu.addActions(actions.color_actions)
    window.annotate_menu.addSeparator()
    window.annotate_menu.addAction(actions.link_action)  # then, with the notebook, delete, tags, meanings
    window.view_menu = bar.addMenu("")
    window.view_menu.addActions([window.zoom_in_action, window.zoom_out_action, window.zoom_reset_action])
    window.view_menu.addSeparator()
    window.view_menu.addActions([window.zoom_all_in_action, window.zoom_all_out_action, window.zoom_all_reset_action])
    window.view_menu.addSeparator()
    window.view_menu.addActions([window.sync_action, window.margin_action, window.library_action])
    window.load_translation_action = add_action(window, "loadTranslationAction",
                                                lambda: window.translation_loader.ask())
    window.remove_translation_action = add_action(window, "removeTranslationAction",
                                                  lambda: window.translation_loader.remove())
    window.translation_menu = bar.addMenu("")
    window.translation_menu.addActions([window.load_translation_action, window.remove_translation_action])
    window.translation_menu.aboutToShow.connect(lambda: window.translation_loader.update_actions())
    window.pane_menu = bar.addMenu("")
    window.pane_menu.addActions([window.move_left_action, window.move_right_action, window.close_pane_action])
    window.pane_menu.aboutToShow.connect(lambda: show_pane_moves(window))
    # The keys stay live when the menu is closed: at an end they do nothing, as a key for
    # a tab already first does; only the open menu greys out what cannot be done.
    window.pane_menu.aboutToHide.connect(lambda: show_pane_moves(window, every=True))
    window.help_menu = bar.addMenu("")
    window.help_menu.addActions([window.shortcuts_action, window.about_action])

    window.toolbar = window.addToolBar("")
    window.toolbar.setObjectName("mainToolbar")
    window.toolbar.setMovable(False)
    window.toolbar.addActions([window.import_action, window.find_action])
    window.toolbar.addSeparator()
    window.toolbar.addActions([actions.undo_action, actions.redo_action])
    window.toolbar.addSeparator()
    window.toolbar.addActions([*actions.color_actions, actions.link_action])
    window.toolbar.addSeparator()
    window.toolbar.addAction(window.sync_action)  # zoom lives in the View menu and on Ctrl+(Alt+)+/-
    window.toolbar.addSeparator()
    window.target_label = QLabel(window)
    from desktop.ui.target_box import TargetLanguageBox

    window.target_combo = TargetLanguageBox(window)
    window.target_combo.currentIndexChanged.connect(window.choose_target)  # filled by retranslate_ui
    window.toolbar.addWidget(window.target_label)
    window.toolbar.addWidget(window.target_combo)
    window.models_action = add_action(window, "modelsAction", window.dialogs.open_models)
    window.export_action = add_action(window, "exportAction", window.dialogs.open_export, ["Ctrl+E"])
    window.import_annotations_action = add_action(window, "importAnnotationsAction",
                                                  window.imports.ask_annotations_file)
    window.file_menu.insertAction(window.quit_action, window.export_action)
    window.file_menu.insertAction(window.quit_action, window.print_action)
    window.file_menu.insertAction(window.quit_action, window.import_annotations_action)
    window.translation_menu.addSeparator()
    window.translation_menu.addAction(window.models_action)  # where a person looks for translation


def label_target_languages(window: MainWindow) -> None:
    """The "Translate to" list in the interface language; once the desk is complete, with
    each language's own name where a font can draw it (asking the fonts before the first
    frame would make it wait for them)."""
    window.target_combo.fill(window.target, native=window.is_ready())


def add_notebook_actions(window: MainWindow) -> None:
    """Put the actions only the notebook has (search, delete, tags, meanings) in the menus."""
    nb = window.notebook
    assert nb is not None, "called by finish_setup, once the notebook is made"
    # Esc leaves link mode; enabled only then, so Esc still closes find bars and dialogs.
    window.cancel_mode_action = add_action(window, "cancelModeAction", nb.cancel_link, ["Esc"])
    window.cancel_mode_action.setEnabled(False)
    nb.linkModeChanged.connect(window.cancel_mode_action.setEnabled)
    window.edit_menu.insertAction(window.after_find, nb.search_action)
    window.annotate_menu.addAction(nb.delete_action)
    window.annotate_menu.addSeparator()
    window.annotate_menu.addActions([nb.tags_action, nb.meanings_action])
    window.view_menu.addAction(nb.notebook_action)


def retranslate_menus(window: MainWindow) -> None:
    """Name the actions, menus and toolbar in the interface language."""
    texts = {
        window.import_action: (
            QCoreApplication.translate("MainWindow", "&Import articles…"),
            QCoreApplication.translate("MainWindow", "Add articles to the library: text, Markdown, web pages, "
                                                    "PDF, Word, OpenDocument, EPUB, scans")),
        window.open_url_action: (
            QCoreApplication.translate("MainWindow", "Open &URL…"),
            QCoreApplication.translate("MainWindow", "Fetch a web page or PDF and add its article (Ctrl+Shift+O)")),
        window.clipboard_action: (
            QCoreApplication.translate("MainWindow", "New article from &clipboard"),
            QCoreApplication.translate("MainWindow", "Make an article of what was copied (Ctrl+Shift+V)")),
        window.quit_action: (
            QCoreApplication.translate("MainWindow", "&Quit"),
            None),
        window.find_action: (
            QCoreApplication.translate("MainWindow", "&Find in article…"),
            QCoreApplication.translate("MainWindow", "Find in the current article (Ctrl+F)")),
        window.zoom_in_action: (
            QCoreApplication.translate("MainWindow", "Zoom &in"),
            None),
        window.zoom_out_action: (
            QCoreApplication.translate("MainWindow", "Zoom &out"),
            None),
        window.zoom_reset_action: (
            QCoreApplication.translate("MainWindow", "&Actual size"),
            None),
        window.zoom_all_in_action: (
            QCoreApplication.translate("MainWindow", "Zoom in all panes"),
            None),
        window.zoom_all_out_action: (
            QCoreApplication.translate("MainWindow", "Zoom out all panes"),
            None),
        window.zoom_all_reset_action: (
            QCoreApplication.translate("MainWindow", "Actual size in all panes"),
            None),
        window.sync_action: (
            QCoreApplication.translate("MainWindow", "&Synchronise scrolling"),
            QCoreApplication.translate("MainWindow", "Scroll all panes together, by proportion")),
        window.margin_action: (
            QCoreApplication.translate("MainWindow", "Notes in the ma&rgin"),
            QCoreApplication.translate("MainWindow", "Show the notes of the highlights beside their passages "
                                                    "(Ctrl+Shift+M)")),
        window.print_action: (
            QCoreApplication.translate("MainWindow", "&Print…"),
            QCoreApplication.translate("MainWindow", "Print the open articles with their highlights and notes, "
                                                    "as the PDF export lays them out (Ctrl+P)")),
        window.close_pane_action: (
            QCoreApplication.translate("MainWindow", "&Close pane"),
            None),
        window.about_action: (
            QCoreApplication.translate("MainWindow", "&About Triptych"),
            None),
        window.shortcuts_action: (
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            QCoreApplication.translate("MainWindow", "Every action of the desk and its keys, searchable (F1)")),
        window.preferences_action: (
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            None),
        window.load_translation_action: (
            QCoreApplication.translate("MainWindow", "&Load a translation…"),
            QCoreApplication.translate("MainWindow", "A person's translation of the current article, "
                                                    "from a text file")),
        window.remove_translation_action: (
            QCoreApplication.translate("MainWindow", "&Remove the person's translation"),
            QCoreApplication.translate("MainWindow", "Remove the person's translation of the current article into "
                                                    "the target language; a model's stays")),
    }
    for action, (text, tip) in texts.items():
        action.setText(text)
        if tip:
            action.setToolTip(tip)
    name_move_actions(window)
    window.library_action.setText(QCoreApplication.translate("MainWindow", "&Library"))
    window.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
    window.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
    window.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
    window.pane_menu.setTitle(QCoreApplication.translate("MainWindow", "&Pane"))
    window.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
    window.annotate_menu.setTitle(QCoreApplication.translate("MainWindow", "&Annotate"))
    window.translation_menu.setTitle(QCoreApplication.translate("MainWindow", "&Translation"))
    window.target_label.setText(QCoreApplication.translate("MainWindow", " Translate to: "))
    label_target_languages(window)
    window.models_action.setText(QCoreApplication.translate("MainWindow", "Translation &models…"))
    window.export_action.setText(QCoreApplication.translate("MainWindow", "&Export…"))
    window.import_annotations_action.setText(QCoreApplication.translate("MainWindow", "Import &annotations…"))
    window.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Main toolbar"))


def show_pane_moves(window: MainWindow, *, every: bool = False) -> None:
    """Enable the move actions that the current pane can do (``every``: both): a pane
    already first (last) does not move towards the first (last) one."""
    panes = window.panes()
    pane = window.active_pane()
    index = panes.index(pane) if pane in panes else -1
    window.move_left_action.setEnabled(every or index > 0)
    window.move_right_action.setEnabled(every or 0 <= index < len(panes) - 1)
    window.close_pane_action.setEnabled(every or pane is not None)


def name_move_actions(window: MainWindow) -> None:
    """Name the move actions for where they move a pane on screen: Ctrl+Shift+PgUp moves
    it towards the first pane, which a mirrored (Arabic) desk puts on the right."""
    left = QCoreApplication.translate("MainWindow", "Move pane &left")
    right = QCoreApplication.translate("MainWindow", "Move pane &right")
    if window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        left, right = right, left
    window.move_left_action.setText(left)
    window.move_right_action.setText(right)
