"""Translation → Load a translation… in the desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

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


def test_the_menu_is_translated(window, qtbot):
    from desktop.ui.i18n import install_language

    install_language("de")
    qtbot.waitUntil(lambda: window.translation_menu.title() == "&Übersetzung")
    assert window.load_translation_action.text() == "Übersetzung &laden…"
    install_language("en")
    qtbot.waitUntil(lambda: window.translation_menu.title() == "&Translation")
