"""The desk in every interface language, as a person reads it (issue 11, items 6, 10-12,
14): colour names in the language, keys that keep their order in Arabic menus, the
"Translate to" list, titles that keep their beginnings, no box for a script the machine
cannot draw, pane headers that keep their parts, headlines that do not break inside a
word, link markers in the margin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF

from desktop.core.colors import COLORS
from desktop.ui.i18n import can_draw_native_name, install_language
from desktop.ui.style import LRI, PDI, DeskStyle, isolate_key

LANGUAGES = ["en", "ru", "ar", "de"]
COLOR_NAMES = {"ru": "жёлтый", "ar": "أصفر", "de": "Gelb", "en": "yellow"}


@pytest.fixture
def in_language(window):
    """Switch the running desk's interface language (as Preferences does); English after."""
    def switch(code: str) -> None:
        install_language(code)
        QCoreApplication.processEvents()

    yield switch
    install_language("en")
    QCoreApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES)
def test_colour_names_are_in_the_interface_language(window, in_language, language):
    in_language(language)
    texts = [a.text() for a in window.annotation_actions.color_actions]
    assert COLOR_NAMES[language] in texts[0]
    if language != "en":
        assert not any(name in text for text in texts for name in COLORS), texts
    pane = window.panes()[0]
    annotation = window.notebook.controller.highlight(pane.document_id, pane.view.text, 0, 5)
    menu = window.notebook.context_menu(pane, [annotation])
    colours = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert COLOR_NAMES[language] in [a.text() for a in colours.actions()]


def test_a_key_in_a_menu_is_one_left_to_right_run():
    assert isolate_key("Zoom in\tCtrl++") == f"Zoom in\t{LRI}Ctrl++{PDI}"
    label = "نقل اللوحة إلى اليسار"
    assert isolate_key(f"{label}\tCtrl+Shift+اليسار") == f"{label}\t{LRI}Ctrl+Shift+اليسار{PDI}"
    assert isolate_key("No key") == "No key"
    assert isolate_key(isolate_key("Quit\tCtrl+Q")) == f"Quit\t{LRI}Ctrl+Q{PDI}"  # once


def test_an_arabic_interface_draws_its_menus_with_the_desks_style(window, in_language, qapp):
    in_language("ar")
    assert isinstance(qapp.style(), DeskStyle)
    in_language("en")
    assert not isinstance(qapp.style(), DeskStyle)  # the platform's own, in a light left-to-right desk


def test_translate_to_names_each_language_in_the_interface_language_and_draws_no_boxes(window, in_language):
    in_language("ar")
    combo = window.target_combo
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert labels["en"].startswith("الإنجليزية") and combo.currentText().startswith("الإنجليزية")
    assert labels["ko"].startswith("الكورية")
    for code, hangul in (("ko", "한국어"), ("ja", "日本語"), ("zh", "中文")):
        assert (hangul in labels[code]) == can_draw_native_name(code)  # its own name only where a font has it
    assert "Русский" in labels["ru"] or not can_draw_native_name("ru")
    in_language("de")
    assert combo.currentText().startswith("Englisch")


def test_the_export_dialogs_articles_keep_their_beginnings_in_arabic(window, in_language, qtbot):
    in_language("ar")
    window.open_export_dialog()
    dialog = window.dialogs.export_dialog
    articles = dialog.documents
    assert articles.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert articles.textElideMode() == Qt.TextElideMode.ElideRight
    texts = [articles.item(i).text() for i in range(articles.count())]
    assert all(text.startswith("\u2068") for text in texts)  # each title isolated, in its own order
    dialog.close()


def test_the_models_dialog_gives_the_languages_their_room(window, installed, qtbot):
    window.open_models_dialog()
    dialog = window.dialogs.models_dialog
    tree = dialog.tree
    item = tree.topLevelItem(0)
    needed = QFontMetricsF(tree.font()).horizontalAdvance(item.text(0))
    assert tree.columnWidth(0) >= needed  # "Arabic → English (ar-en)", not "Arabic → Engl…"
    assert tree.columnWidth(0) > tree.columnWidth(1) + tree.columnWidth(2)
    dialog.close()


@pytest.mark.parametrize("language", ["ru", "de", "ar"])
def test_five_narrow_panes_keep_their_headers_whole(window, corpus, in_language, language, qtbot):
    from desktop.core.text import content_hash, split_paragraphs
    from desktop.storage.documents import NewDocument, store_document

    for n in range(2):
        body = f"Extra article {n}\n\nA paragraph of an extra article, number {n}."
        document, _ = store_document(NewDocument(body, content_hash(body), f"Extra article {n}", "en", "ltr",
                                                 f"/tmp/extra{n}.txt", len(split_paragraphs(body))))
        window.open_document(document.id)
    in_language(language)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: len(window.panes()) == 5)
    QCoreApplication.processEvents()
    for pane in window.panes():
        header = pane.header
        combo = header.mode_combo
        assert combo.width() >= combo.minimumSizeHint().width(), f"{pane.language}: the mode box is squeezed"
        for button in (header.move_left_button, header.move_right_button, header.close_button):
            assert button.width() >= 16
        shown = header.title_label.text().rstrip("…\u200d")
        assert len(shown) >= min(14, len(pane.title)), header.title_label.text()


def test_a_headline_is_set_smaller_rather_than_broken_inside_a_word(window, qtbot):
    ru = next(p for p in window.panes() if p.language == "ru")
    view = ru.view
    view.setFixedWidth(190)  # a pane among five on a small screen
    QCoreApplication.processEvents()
    headline = view.paragraphs[0]
    block = view.document().findBlock(view.cursor_for(headline.start, headline.start).position())
    layout = block.layout()
    lines = [block.text()[layout.lineAt(i).textStart():layout.lineAt(i).textStart() + layout.lineAt(i).textLength()]
             for i in range(layout.lineCount())]
    for before, after in zip(lines, lines[1:], strict=False):
        assert not (before[-1:].isalpha() and after[:1].isalpha()), f"“{before}|{after}”"
    view.setMinimumWidth(0)
    view.setMaximumWidth(16777215)


def test_link_markers_are_in_the_margin_beside_their_line(window, qtbot):
    nb = window.notebook
    ru, ar = (next(p for p in window.panes() if p.language == code) for code in ("ru", "ar"))
    source = nb.controller.highlight(ru.document_id, ru.view.text, 11, 26)
    words = "مصدر رسمي"
    start = ar.view.text.index(words)
    target = nb.controller.highlight(ar.document_id, ar.view.text, start, start + len(words))
    nb.controller.link(source, target, "same_claim")
    for pane, end, side in ((ru, 26, "right"), (ar, start + len(words), "left")):
        pane.view.scroll_to_range(end - 1, end)
        (marker,) = pane.view.link_marker_rects()
        caret = pane.view.cursorRect(pane.view.cursor_for(end, end))
        margin = pane.view.document().documentMargin()
        assert caret.top() <= marker.center().y() <= caret.bottom()  # in its line, not in the gap above
        assert marker.width() >= 10
        if side == "right":
            assert marker.left() >= pane.view.viewport().width() - margin
        else:
            assert marker.right() <= margin
        assert pane.view.link_marker_at(marker.center()) == (source if pane is ru else target)


def test_notebook_rows_keep_a_tag_with_its_hash_mark(window):
    pane = window.panes()[0]
    nb = window.notebook
    annotation = nb.controller.highlight(pane.document_id, pane.view.text, 0, 5, tags=["claim", "مصدر"])
    model = nb.panel.model
    text = model.data(model.index_of(annotation))
    assert "\u2068#claim\u2069" in text and "\u2068#مصدر\u2069" in text


def test_search_results_speak_the_new_language_after_a_switch(window, in_language):
    panel = window.notebook.search_panel
    panel.field.setText("Баку")
    panel.run()
    assert panel.results.count() > 0
    from desktop.ui.search_panel import LINES_ROLE

    header = panel.results.item(0).data(LINES_ROLE)[0][0]
    assert header.startswith("Russian")
    in_language("de")
    header = panel.results.item(0).data(LINES_ROLE)[0][0]
    assert header.startswith("Russisch") and ("Absatz" in header or "Anmerkung" in header)


def test_the_closed_translate_to_box_shows_the_interface_name_alone(window, in_language):
    in_language("ru")
    combo = window.target_combo
    from desktop.ui.target_box import SHORT_ROLE

    assert combo.currentData(SHORT_ROLE) == "английский"  # drawn in the closed box, never clipped
    assert combo.currentText().startswith("английский")  # the open list may add "— English"
