"""Compare mode keeps up with the translations it compares on: a person's loaded in
the desk, a model's finished, a sentence corrected -- with no need to turn it off and
on again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QWidget

from tests.support.compare_eval import DATA

BUNDLED = DATA / "bundled"


@pytest.fixture
def english():
    """The English interface as a start in English installs it: its plural forms
    ("3 articles", not "3 article(s)"), whatever test ran before."""
    from desktop.ui.i18n import install_language

    install_language("en")


def _pane(window, language):
    return next(p for p in window.panes() if p.language == language)


def _compared(window, qtbot, document_id, source):
    """Wait until Compare mode has compared ``document_id`` on ``source``."""
    controller = window.compare

    def done():
        comparison = controller.comparison
        return (comparison is not None and not controller.busy()
                and comparison.status[document_id].source == source)

    qtbot.waitUntil(done, timeout=20000)


def test_loading_a_translation_in_compare_mode_compares_on_it_at_once(english, window, qtbot):
    german = _pane(window, "de")
    window.compare.set_on(True)
    _compared(window, qtbot, german.document_id, "anchors")
    assert german.status.isVisible()
    assert "no English translation yet" in german.status_label.full_text()
    assert window.translation_loader.load(german, BUNDLED / "de.en.txt")
    _compared(window, qtbot, german.document_id, "translated")
    assert not german.status.isVisible()
    assert window.compare.bar.status_label.full_text() == \
        "Compared: 1 article on a translation into English; 2 articles on names, numbers, dates and quotations only"


def test_a_model_translation_stopped_by_going_back_to_the_original_is_compared_on(installed, window, qtbot,
                                                                                 monkeypatch):
    """The sentences a model finished after the pane went back to its original view are
    kept; Compare mode compares on them, though no translation view showed them."""
    import threading

    import desktop.services.translation as translation

    arabic = _pane(window, "ar")
    window.compare.set_on(True)
    _compared(window, qtbot, arabic.document_id, "anchors")
    translating, go_on = threading.Event(), threading.Event()
    real = translation.translate_texts

    def held(texts, chain):  # the first batch is being translated while the person switches back
        translating.set()
        go_on.wait(20)
        return real(texts, chain)

    monkeypatch.setattr(translation, "translate_texts", held)
    arabic.set_mode("translation")
    qtbot.waitUntil(translating.is_set, timeout=20000)
    arabic.set_mode("original")
    go_on.set()
    qtbot.waitUntil(lambda: not window.translations.busy(arabic), timeout=20000)
    controller = window.compare
    qtbot.waitUntil(lambda: controller.comparison.status[arabic.document_id].source != "anchors"
                    and not controller.busy(), timeout=20000)
    assert not (arabic.status.isVisible() and "no English translation yet" in arabic.status_label.full_text())


def test_a_corrected_sentence_is_compared_as_corrected(translated, window, qtbot):
    """Emptying a sentence's translation (a person's correction) leaves it untranslated in
    the comparison at once."""
    german = _pane(window, "de")
    window.compare.set_on(True)
    _compared(window, qtbot, german.document_id, "translated")
    german.set_mode("translation")
    qtbot.waitUntil(lambda: not window.translations.busy(german) and bool(german.translation_view.sentences))
    assert window.translations.edit_sentence(german, 0, "")
    _compared(window, qtbot, german.document_id, "partial")
    assert window.compare.comparison.status[german.document_id].missing == 1


def test_with_no_translation_at_all_the_bar_says_so_in_good_english(english, window, qtbot):
    """It said "none has a English translation"."""
    window.compare.set_on(True)
    _compared(window, qtbot, _pane(window, "de").document_id, "anchors")
    assert window.compare.bar.status_label.full_text() == \
        "3 articles compared on names, numbers, dates and quotations only: none has a translation into English"


# -- Compare marks in the translation modes -------------------------------------------------

RU_WORDS = "Надёжные источники сообщили AnewZ"  # the USA approached Baku, in Russian...
DE_TRANSLATION = "According to information from the broadcaster AnewZ"  # ...and the German's English


def _in_modes(window, qtbot, modes):
    """The panes in these view modes, then Compare mode on and its result in."""
    for language, mode in modes.items():
        _pane(window, language).set_mode(mode)
    qtbot.waitUntil(lambda: not any(window.translations.busy(p) for p in window.panes())
                    and all(p.translation_view.sentences for p in window.panes() if p.mode != "original"),
                    timeout=20000)
    window.compare.set_on(True)
    qtbot.waitUntil(lambda: window.compare.comparison is not None and not window.compare.busy(), timeout=20000)
    return window.compare


def _lit_texts(view):
    """The text under each dashed underline Compare mode draws in a view."""
    dashed = QTextCharFormat.UnderlineStyle.DashUnderline
    return [s.cursor.selectedText() for s in view.extraSelections() if s.format.underlineStyle() == dashed]


def _source_point(view, offset):
    """Where a translation view shows ``offset`` of the original, scrolled into view."""
    view.scroll_to_range(offset, offset)
    return view.cursorRect(view.cursor_for(offset, offset)).center() + QPoint(2, 0)


def _sentence(view, words):
    return next(s for s in view.sentences if words in s.source)


def test_hovering_a_sentence_in_the_interlinear_view_lights_its_counterpart_in_a_translation(translated, qtbot):
    """Compare marks vanished once a pane showed its translation: they are drawn on the
    original's line under which its translation runs, and on the counterpart's
    translation in a pane that shows only the translation."""
    window = translated
    _in_modes(window, qtbot, {"ru": "interlinear", "de": "translation"})
    russian, german = _pane(window, "ru").translation_view, _pane(window, "de").translation_view
    ru = _sentence(russian, RU_WORDS)
    qtbot.mouseMove(russian.viewport(), _source_point(russian, ru.start + 5))
    qtbot.waitUntil(lambda: any(DE_TRANSLATION in text for text in _lit_texts(german)))
    assert any(RU_WORDS in text for text in _lit_texts(russian))  # the original's own line, under the mouse


def test_a_click_in_a_translation_view_makes_its_sentence_the_current_one(translated, qtbot):
    window = translated
    controller = _in_modes(window, qtbot, {"ru": "translation"})
    pane = _pane(window, "ru")
    view = pane.translation_view
    ru = _sentence(view, RU_WORDS)
    view.setFocus()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_source_point(view, ru.start))
    qtbot.waitUntil(lambda: controller.current is not None and controller.current.doc == pane.document_id
                    and controller.current.start <= ru.start < controller.current.end)
    assert controller.current_match is not None  # the bar shows its counterpart


def test_the_only_here_margin_and_the_ribbons_follow_a_pane_showing_its_translation(translated, qtbot):
    window = translated
    controller = _in_modes(window, qtbot, {"ru": "translation", "ar": "interlinear"})
    russian = _pane(window, "ru")
    view = russian.translation_view
    only = controller.alignment.only_here(russian.document_id)
    assert only
    view.scroll_to_source(only[0].start)
    strip = next(w for w in view.findChildren(QWidget, "onlyHereMargin"))
    qtbot.waitUntil(lambda: strip.isVisible() and bool(strip.compute_bars()))
    rect, passage = strip.compute_bars()[0]
    assert passage in only
    image = strip.grab().toImage()
    amber = QColor(image.pixel(rect.center().x(), rect.center().y()))
    assert amber.red() > amber.blue() + 80  # the amber bar beside the translation of what only Russian says
    arabic = _pane(window, "ar")
    handle = next(window.splitter.handle(i) for i in range(window.splitter.count())
                  if controller.ribbons.neighbours(window.splitter.handle(i)) == (russian, arabic))
    qtbot.waitUntil(lambda: bool(controller.ribbons.bands_for(handle)))
