"""One binding per key: in every interface language, no two actions (or QShortcuts, or
Alt+letter mnemonics) that can be active at once share a key, no action carries a key
twice, and every key an action shows can fire. Qt refuses an ambiguous key ("QAction::
event: Ambiguous shortcut overload: Ctrl+Z") and does nothing: that made Ctrl+Z and
Ctrl+Q dead. tests/window/ presses the keys in a real window as well."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.colors import COLORS
from desktop.core.language import Detection
from desktop.storage import annotations as store
from desktop.ui.i18n import install_language
from tests.support.shortcuts import ambiguous, key_bindings, menu_mnemonic_clashes, repeated_keys

LANGUAGES = ["en", "ru", "ar", "de"]

#: What the README promises, key by key (the platform's extra standard keys may come too).
DOCUMENTED = {
    "Ctrl+O": "importAction", "Ctrl+Q": "quitAction", "Ctrl+F": "findAction", "Ctrl+W": "closePaneAction",
    "Ctrl+L": "libraryDock", "Ctrl+=": "zoomInAction", "Ctrl++": "zoomInAction", "Ctrl+-": "zoomOutAction",
    "Ctrl+0": "zoomResetAction", "Ctrl+Alt+=": "zoomAllInAction", "Ctrl+Alt+-": "zoomAllOutAction",
    "Ctrl+Alt+0": "zoomAllResetAction", "Ctrl+Alt+S": "syncScrollAction", "Ctrl+Shift+PgUp": "moveLeftAction",
    "Ctrl+Shift+PgDown": "moveRightAction", "Ctrl+Z": "undoAction", "Ctrl+Shift+Z": "redoAction",
    "Ctrl+K": "linkAction", "Ctrl+Shift+T": "tagsAction", "Ctrl+Shift+F": "searchAllAction", "Ctrl+E": "exportAction",
    "Ctrl+Shift+N": "notebookDock", "Del": "deleteHighlightAction", "F1": "shortcutsAction",
    "Ctrl+/": "shortcutsAction",
    **{str(i): f"highlight-{name}" for i, name in enumerate(COLORS, start=1)},
}


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    """The interface language, installed before the desk is built (as at a start)."""
    install_language(request.param)
    qapp.processEvents()  # the LanguageChange events
    yield request.param
    install_language("en")
    qapp.processEvents()


def open_everything(window, corpus) -> list[QWidget]:
    """The desk with every part a person can open, and each window that can take keys."""
    from desktop.ui.dialogs import LanguageDialog
    from desktop.ui.link_dialog import ColorMeaningsDialog, LinkDialog

    arabic, german = (next(p for p in window.panes() if p.language == code) for code in ("ar", "de"))
    a = window.notebook.controller.highlight(arabic.document_id, arabic.view.text, 10, 30, color="blue")
    b = window.notebook.controller.highlight(german.document_id, german.view.text, 5, 25, color="green")
    window.notebook.controller.link(a, b, "same_claim", "")
    arabic.view.select_annotation(a)
    window.notebook.panel.select(a)
    arabic.open_find()
    arabic.set_mode("interlinear")
    german.set_mode("side")
    window.open_export_dialog()
    window.open_models_dialog()
    window.open_preferences()
    window.dialogs.open_about()
    window.open_shortcuts()
    window.notebook.open_tag_manager()
    opened = window.dialogs
    dialogs = [opened.export_dialog, opened.models_dialog, opened.preferences_dialog, opened.about_dialog,
               opened.shortcuts_dialog,
               window.notebook.tag_manager, ColorMeaningsDialog(store.color_meanings(), window),
               LinkDialog("a passage", "another passage", window),
               LanguageDialog("unsure.txt", Detection("en", 0.4, False), window)]
    for dialog in dialogs:
        dialog.show()
    return [window, *dialogs]


def test_no_two_bindings_of_one_key_are_active_at_once_in_any_window(language, window, corpus):
    windows = open_everything(window, corpus)
    for each in windows:
        bindings, dead = key_bindings(each)
        assert ambiguous(each) == [], f"{each.objectName()} in {language}"
        assert repeated_keys(each) == [], f"{each.objectName()} in {language}"
        assert dead == [], f"{each.objectName()} in {language}: shortcuts that can never fire"
        assert menu_mnemonic_clashes(each) == [], f"{each.objectName()} in {language}"
    assert len(key_bindings(window)[0]) > 40  # the walk sees the whole desk, not an empty window


def test_the_context_menu_has_one_mnemonic_per_entry(language, window, corpus):
    windows = open_everything(window, corpus)
    arabic = next(p for p in window.panes() if p.language == "ar")
    arabic.view.setTextCursor(arabic.view.cursor_for(40, 60))
    menu = window.notebook.context_menu(arabic, [arabic.view.selected_annotation or ""])
    assert len([a for a in menu.actions() if not a.isSeparator()]) >= 4
    assert menu_mnemonic_clashes(menu) == []
    assert all(w.isVisible() for w in windows)


def test_the_documented_keys_belong_to_their_actions(window):
    bindings, _dead = key_bindings(window)
    owners: dict[str, set[str]] = {}
    for binding in bindings:
        owners.setdefault(binding.key, set()).add(binding.owner.objectName() or binding.owner.parent().objectName())
    for key, name in DOCUMENTED.items():
        assert owners.get(QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)) == {name}, key


@pytest.mark.parametrize("language", ["en", "ru", "ar", "de"])
def test_models_are_in_the_translation_menu_and_the_clipboard_beside_the_imports(window, language):
    """Seen: "Translation models…" was under File and "New article from clipboard" under Edit."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_language

    install_language(language)
    try:
        QCoreApplication.processEvents()
        translation = [a.text() for a in window.translation_menu.actions()]
        files = [a for a in window.file_menu.actions() if not a.isSeparator()]
        assert window.models_action.text() in translation
        assert window.models_action not in window.file_menu.actions()
        assert files[:3] == [window.import_action, window.open_url_action, window.clipboard_action]
        assert window.clipboard_action not in window.edit_menu.actions()
    finally:
        install_language("en")
