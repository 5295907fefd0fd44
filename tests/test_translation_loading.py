"""Translation → Load a translation… in the desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.storage import translations as cache
from tests.support.compare_eval import DATA

BUNDLED = DATA / "bundled"


def _pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def _error_box(window):
    return next((b for b in window.findChildren(QMessageBox) if b.objectName() == "errorBox" and b.isVisible()), None)


def test_the_translation_menu_has_load_a_translation(window):
    assert window.translation_menu.title() == "&Translation"
    assert window.load_translation_action in window.translation_menu.actions()
    assert window.load_translation_action.text() == "&Load a translation…"


def test_a_loaded_translation_shows_in_the_pane_instead_of_the_models(installed, window, qtbot, monkeypatch):
    ar = _pane(window, "ar")
    monkeypatch.setattr(window, "active_pane", lambda: ar)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(BUNDLED / "ar.en.txt"), ""))
    ar.set_mode("translation")
    qtbot.waitUntil(lambda: not window.translations.busy(ar), timeout=60_000)
    assert window.translation_loader.ask()
    qtbot.waitUntil(lambda: not window.translations.busy(ar), timeout=60_000)
    qtbot.waitUntil(lambda: any(s.text and "20 thousand soldiers" in s.text for s in ar.translation_view.sentences))
    assert all(s.corrected for s in ar.translation_view.sentences)
    assert "19 sentences in 18 paragraphs" in window.statusBar().currentMessage()


def test_a_file_with_other_paragraphs_is_refused_in_a_dialog_and_nothing_is_stored(window, qtbot):
    de = _pane(window, "de")
    assert not window.translation_loader.load(de, BUNDLED / "ar.en.txt")
    qtbot.waitUntil(lambda: _error_box(window) is not None)
    assert "has 18 paragraphs" in _error_box(window).text()
    assert cache.person_translation_count(de.document_id, "en") == 0


def test_a_wrong_file_is_refused_before_asking_to_replace_and_names_the_article_by_its_title(window, qtbot,
                                                                                           monkeypatch):
    """The question whether to replace the earlier translation came first, and after a
    yes the file was refused anyway; the refusal named the article by its id."""
    de = _pane(window, "de")
    loader = window.translation_loader
    assert loader.load(de, BUNDLED / "de.en.txt")
    asked = []
    monkeypatch.setattr(loader, "confirm_replace", lambda count: asked.append(count) or True)
    assert not loader.load(de, BUNDLED / "ar.en.txt")
    assert asked == []
    qtbot.waitUntil(lambda: _error_box(window) is not None)
    text = _error_box(window).text()
    assert f"the article “{de.title}” has 10" in text and de.document_id not in text
    assert len(cache.cached(de.document_id, "en", "person")) == 13  # the earlier translation is still there


def test_an_earlier_translation_is_replaced_only_after_a_yes(window, monkeypatch, tmp_path):
    de = _pane(window, "de")
    loader = window.translation_loader
    assert loader.load(de, BUNDLED / "de.en.txt")
    changed = tmp_path / "de.en.txt"
    changed.write_text((BUNDLED / "de.en.txt").read_text(encoding="utf-8").replace("Rubio", "RUBIO"), encoding="utf-8")
    asked = []
    monkeypatch.setattr(loader, "confirm_replace", lambda count: asked.append(count) or False)
    assert not loader.load(de, Path(changed))
    assert asked == [13]
    assert not any("RUBIO" in t.text for t in cache.cached(de.document_id, "en", "person").values())
    monkeypatch.setattr(loader, "confirm_replace", lambda count: True)
    assert loader.load(de, Path(changed))
    assert any("RUBIO" in t.text for t in cache.cached(de.document_id, "en", "person").values())


def _answer_question(seen, button):
    """Read the question box once it is up (its text and default button), then press ``button``."""
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        box.button(button).click()
    QTimer.singleShot(0, answer)


def test_a_translation_of_another_article_is_stored_only_after_a_yes_and_no_is_the_default(window, qtbot):
    # The Russian and the German article both have 10 paragraphs: the German one's
    # translation was stored for the Russian one without a word.
    ru = _pane(window, "ru")
    loader = window.translation_loader
    seen: list[tuple[str, bool]] = []
    _answer_question(seen, QMessageBox.StandardButton.No)
    assert not loader.load(ru, BUNDLED / "de.en.txt")
    assert seen == [(f"This file does not seem to be a translation of “{ru.title}”: it shares almost none of its "
                     "names or numbers. Load it anyway?", True)]
    assert cache.person_translation_count(ru.document_id, "en") == 0
    _answer_question(seen, QMessageBox.StandardButton.Yes)
    assert loader.load(ru, BUNDLED / "de.en.txt")
    assert cache.person_translation_count(ru.document_id, "en") == 15  # the Russian article's sentences


def test_its_own_translation_is_loaded_without_a_question(window, monkeypatch):
    ru = _pane(window, "ru")
    asked = []
    monkeypatch.setattr(window.translation_loader, "confirm_unlikely", lambda title: asked.append(title) or False)
    assert window.translation_loader.load(ru, BUNDLED / "ru.en.txt")
    assert asked == [] and cache.person_translation_count(ru.document_id, "en") > 0


def test_remove_my_translation_is_enabled_only_with_one_and_says_typed_corrections_go_too(window, qtbot, monkeypatch):
    de = _pane(window, "de")
    monkeypatch.setattr(window, "active_pane", lambda: de)
    action = window.remove_translation_action
    assert action in window.translation_menu.actions() and action.text() == "&Remove the person's translation"
    window.translation_menu.aboutToShow.emit()
    assert not action.isEnabled()
    assert window.translation_loader.load(de, BUNDLED / "de.en.txt")
    window.translation_menu.aboutToShow.emit()
    assert action.isEnabled()
    seen: list[tuple[str, bool]] = []
    _answer_question(seen, QMessageBox.StandardButton.No)
    action.trigger()
    assert seen == [(f"Remove the person's translation of “{de.title}” into English (13 sentences)? The sentences "
                     "loaded from a file and the corrections typed in the desk go alike: they are kept together and "
                     "cannot be told apart. A model's translation of it stays.", True)]
    assert cache.person_translation_count(de.document_id, "en") == 13
    _answer_question(seen, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.translations.translationStored) as stored:  # Compare mode recomputes
        action.trigger()
    assert stored.args == [de.document_id]
    assert cache.person_translation_count(de.document_id, "en") == 0
    assert "Removed the person's translation: 13 sentences." in window.statusBar().currentMessage()
    assert not action.isEnabled()


def test_the_pane_shows_at_once_that_the_translation_is_gone(window, qtbot, monkeypatch):
    de = _pane(window, "de")
    monkeypatch.setattr(window, "active_pane", lambda: de)
    loader = window.translation_loader
    assert loader.load(de, BUNDLED / "de.en.txt")
    de.set_mode("translation")
    qtbot.waitUntil(lambda: any(s.text and "Rubio" in s.text for s in de.translation_view.sentences))
    monkeypatch.setattr(loader, "confirm_remove", lambda *a: True)
    assert loader.remove()
    qtbot.waitUntil(lambda: not window.translations.busy(de), timeout=60_000)
    qtbot.waitUntil(lambda: not any(s.corrected for s in de.translation_view.sentences))
    assert not any(s.text and "Rubio" in s.text for s in de.translation_view.sentences)


def test_the_file_dialog_opens_in_the_folder_of_the_last_file_loaded(window, monkeypatch, tmp_path):
    de = _pane(window, "de")
    monkeypatch.setattr(window, "active_pane", lambda: de)
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "de.en.txt").write_text((BUNDLED / "de.en.txt").read_text(encoding="utf-8"), encoding="utf-8")
    opened = []

    def choose(parent, caption, directory, filters):
        opened.append(directory)
        return str(folder / "de.en.txt"), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(window.translation_loader, "confirm_replace", lambda count: True)
    assert window.translation_loader.ask()
    assert window.translation_loader.ask()
    assert opened == [str(Path.home()), str(folder)]
    # and again in the next session, from the settings
    window.settings.sync()
    assert window.settings.value("translation/last_dir") == str(folder)


def test_the_menu_is_translated(window, qtbot):
    from desktop.ui.i18n import install_language

    install_language("de")
    qtbot.waitUntil(lambda: window.translation_menu.title() == "&Übersetzung")
    assert window.load_translation_action.text() == "Übersetzung &laden…"
    install_language("en")
    qtbot.waitUntil(lambda: window.translation_menu.title() == "&Translation")


def test_the_file_dialog_names_the_language_in_the_interface_s_language(window, qtbot, monkeypatch):
    """Its title said "Загрузить перевод на English" in the Russian desk."""
    from desktop.ui.i18n import install_language

    captions = []

    def choose(parent, caption, directory, filters):
        captions.append(caption)
        return "", ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    install_language("ru")
    try:
        assert not window.translation_loader.ask()
    finally:
        install_language("en")
    assert len(captions) == 1 and "English" not in captions[0] and "английский" in captions[0].lower(), captions


def test_the_file_dialog_names_the_article_it_loads_into(window, monkeypatch):
    """Seen: a person meant the German article and loaded into the Russian one, the last
    pane worked in; the title said only "Load a translation into English"."""
    captions = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, caption, *a: captions.append(caption) or ("", ""))
    de = _pane(window, "de")
    monkeypatch.setattr(window, "active_pane", lambda: de)
    assert not window.translation_loader.ask()
    assert captions == ["Load a translation of “\u2068Aserbaidschan erwägt Teilnahme an…\u2069” into English"]


def _meta(pane):
    return pane.header.meta_label.full_text()


def _translation_position(pane, index):
    """A position inside the translation of sentence ``index`` in the pane's translation view."""
    start, end = pane.translation_view.ranges[index]
    return (start + end) // 2


def test_the_pane_says_whose_translation_it_shows_and_each_sentence_says_it_on_hover(installed, window, qtbot,
                                                                                    monkeypatch):
    """A person's translation was told from a model's by its colour alone."""
    ar = _pane(window, "ar")
    assert "translation" not in _meta(ar)
    ar.set_mode("translation")
    qtbot.waitUntil(lambda: ar.translation_view.sentences and not window.translations.busy(ar), timeout=60_000)
    assert _meta(ar).endswith(" · Machine translation")
    assert ar.translation_view.made_by_at(_translation_position(ar, 0)) == \
        "Machine translation. Double-click to correct it."
    assert window.translations.edit_sentence(ar, 0, "Azerbaijan announces its position")
    qtbot.waitUntil(lambda: _meta(ar).endswith(" · Partly a person's translation"), timeout=10_000)
    monkeypatch.setattr(window.translation_loader, "confirm_replace", lambda count: True)  # the correction
    assert window.translation_loader.load(ar, BUNDLED / "ar.en.txt")
    qtbot.waitUntil(lambda: _meta(ar).endswith(" · A person's translation"), timeout=10_000)
    assert ar.translation_view.made_by_at(_translation_position(ar, 3)).startswith("A person's translation")
    ar.set_mode("original")
    assert "translation" not in _meta(ar)
    # A narrow pane drops the source before it drops whose translation it is.
    ar.set_mode("side")
    label = ar.header.meta_label
    label.setFixedWidth(label.fontMetrics().horizontalAdvance("Arabic · A person's translation") + 12)
    qtbot.waitUntil(lambda: label.text() == "Arabic · A person's translation")
    # Seen: a pane in Translation mode, narrower, said only "Russian". There the
    # translation is what is read: whose it is outlasts the language.
    ar.set_mode("translation")
    label.setFixedWidth(label.fontMetrics().horizontalAdvance("A person's translation") + 12)
    qtbot.waitUntil(lambda: label.text() == "A person's translation")
    ar.set_mode("side")
    qtbot.waitUntil(lambda: label.text() == "Arabic")


def test_correcting_a_person_s_sentence_says_it_replaces_it_in_a_dialog_of_reading_width(window, qtbot):
    """Seen: double-clicking a colleague's sentence opened an editor as wide as its long
    original on one line, with no word that the colleague's text would be replaced."""
    from PySide6.QtWidgets import QInputDialog, QLabel, QPlainTextEdit

    ar = _pane(window, "ar")
    assert window.translation_loader.load(ar, BUNDLED / "ar.en.txt")
    ar.set_mode("translation")
    qtbot.waitUntil(lambda: ar.translation_view.sentences and all(s.corrected for s in ar.translation_view.sentences))
    index = max(range(len(ar.translation_view.sentences)), key=lambda i: len(ar.translation_view.sentences[i].source))
    before = ar.translation_view.sentences[index].text
    seen = {}

    def answer():
        dialog = next(d for d in window.findChildren(QInputDialog) if d.objectName() == "correctionDialog"
                      and d.isVisible())
        label = next(lb for lb in dialog.findChildren(QLabel) if ar.translation_view.sentences[index].source
                     in lb.text())
        [editor] = dialog.findChildren(QPlainTextEdit)
        seen.update(text=label.text(), wraps=label.wordWrap(), width=dialog.width(), value=dialog.textValue(),
                    editor_wraps=editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth)
        dialog.setTextValue("A sentence of my own")
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert window.translations.edit_sentence(ar, index)
    assert seen["text"].endswith("This is a person's translation (yours, or loaded from a file): what you type here "
                                 "replaces it.")
    assert seen["wraps"] and seen["editor_wraps"] and seen["width"] <= 700
    assert seen["value"] == before  # the person's words, to change
    start, end = ar.translation_view.sentences[index].start, ar.translation_view.sentences[index].end
    assert cache.cached(ar.document_id, "en", "person")[(start, end)].text == "A sentence of my own"
