"""What another program writes to the library file shows in the open desk: an article
imported in a terminal (``triptych import``) appears in the library, a title changed or
an article removed there is seen, and the person's selection and place in the list stay."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from desktop.storage.documents import LIBRARY_COLUMNS
from tests.conftest import ROOT
from tests.support.big_library import populate

TITLE = next(i for i, c in enumerate(LIBRARY_COLUMNS) if c.key == "title")


@pytest.fixture
def watched(window, data_dir, qtbot):
    """The desk with a library long enough to scroll, watched as the app watches it."""
    from desktop.app import _watch_database
    from desktop.ui.outside_changes import OutsideChanges

    populate(60, 0)
    library = window.library
    library.show()
    library.raise_()
    library.reload()
    _watch_database(window, data_dir.database)
    return window.findChild(OutsideChanges)


def triptych(data_dir, *arguments: str) -> str:
    env = {**os.environ, "TRIPTYCH_DATA_DIR": str(data_dir.root)}
    return subprocess.run([sys.executable, "-m", "desktop", *arguments], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, timeout=120).stdout


def top_id(library) -> str | None:
    return library.model.document_id(library.tree.indexAt(QPoint(0, 0)).row())


def select_rows(library, rows: list[int]) -> None:
    selection = library.tree.selectionModel()
    for row in rows:
        selection.select(library.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_an_article_imported_in_a_terminal_shows_in_the_library_keeping_the_selection_and_place(
        watched, window, data_dir, qtbot, tmp_path):
    library, model = window.library, window.library.model
    library.tree.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)  # the new article sorts above the rest
    before = model.rowCount()
    library.tree.scrollTo(model.index(30, 0), library.tree.ScrollHint.PositionAtTop)
    select_rows(library, [31, 33])
    selected, top = library.selected_ids(), top_id(library)
    assert len(selected) == 2 and top is not None and library.tree.verticalScrollBar().value() > 0

    article = tmp_path / "brief.txt"
    article.write_text("000 A brief from the terminal\n\nImported while the desk was open.\n", encoding="utf-8")
    new_id = triptych(data_dir, "import", str(article)).split()[0]

    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=5000)
    assert model.document_id(0) == new_id  # at its place in the order: the top
    assert "000 A brief from the terminal" in model.index(0, TITLE).data()
    assert library.count_label.text().startswith(f"{before + 1} ")
    assert sorted(library.selected_ids()) == sorted(selected)  # one row lower each, still selected
    assert top_id(library) == top  # the list did not jump


def test_a_title_changed_and_an_article_removed_by_another_program_are_seen(watched, window, data_dir, qtbot):
    library, model = window.library, window.library.model
    first, last = model.document_id(0), model.document_id(model.rowCount() - 1)
    before = model.rowCount()
    with sqlite3.connect(data_dir.database) as other:  # as another program would
        other.execute("UPDATE document SET title = 'Renamed in another program' WHERE id = ?", (first,))
        other.execute("DELETE FROM document WHERE id = ?", (last,))
    qtbot.waitUntil(lambda: model.rowCount() == before - 1, timeout=5000)
    assert "Renamed in another program" in model.index(0, TITLE).data()
    assert last not in library.document_ids()


def test_the_desks_own_edits_and_coming_back_to_it_unchanged_read_nothing_again(watched, window, qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop.services.annotation_service import highlight

    model = window.library.model
    highlight(window.panes()[0].document_id, 0, 5)
    QApplication.processEvents()
    assert watched.check() is False  # the desk's own change is not another program's
    reads = model.pages_read
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    QApplication.processEvents()
    assert model.pages_read == reads  # back from another window, nothing changed: nothing read


def _quote(pane, start: int = 40, length: int = 30) -> tuple[int, str]:
    """Words of the pane's first paragraph that occur once in it (for ``annotate --quote``)."""
    text = pane.view.text
    while text.count(text[start : start + length]) > 1 or "\n" in text[start : start + length]:
        start += 7
    return start, text[start : start + length]


def test_a_highlight_made_in_a_terminal_shows_in_the_notebook_and_the_reader_keeping_what_is_typed(
        watched, window, data_dir, qtbot):
    from PySide6.QtTest import QTest

    from desktop.services.annotation_service import highlight

    notebook, pane = window.notebook, window.panes()[0]
    panel = notebook.panel
    mine = str(highlight(pane.document_id, 0, 5).value)
    notebook.refresh()
    panel.select(str(mine))
    watched.check()  # the desk's own highlight, already shown
    panel.note_edit.setFocus()
    QTest.keyClicks(panel.note_edit, "half a thought")
    start, quote = _quote(pane)

    out = triptych(data_dir, "annotate", pane.document_id, "--quote", quote, "--note", "From the terminal")
    assert out.strip()

    qtbot.waitUntil(lambda: any(a.note == "From the terminal" for a in panel.visible_annotations()), timeout=5000)
    assert [a.note for a in pane.view.annotations_at(start + 1)] == ["From the terminal"]  # highlighted there
    assert panel.current == str(mine)  # the person's choice stays
    assert panel.note_edit.toPlainText() == "half a thought"  # and what they were typing


def test_a_note_changed_and_a_highlight_deleted_by_another_program_are_seen(watched, window, data_dir, qtbot):
    from desktop.services.annotation_service import highlight

    notebook, pane = window.notebook, window.panes()[0]
    panel = notebook.panel
    kept = str(highlight(pane.document_id, 0, 5).value)
    gone = str(highlight(pane.document_id, 10, 15).value)
    notebook.refresh()
    panel.select(kept)
    watched.check()
    with sqlite3.connect(data_dir.database) as other:
        other.execute("UPDATE annotation SET note = 'their words', version = version + 1 WHERE id = ?", (kept,))
        other.execute("DELETE FROM annotation WHERE id = ?", (gone,))
    qtbot.waitUntil(lambda: panel.note_edit.toPlainText() == "their words", timeout=5000)
    shown = [a.id for a in panel.visible_annotations()]
    assert kept in shown and gone not in shown
    assert gone not in [a.id for a in pane.view.annotations_at(12)]  # no longer highlighted in the reader
    assert panel.current == kept


def test_a_translation_in_the_desk_reads_nothing_again_but_an_import_in_a_terminal_still_does(
        installed, watched, window, data_dir, qtbot, tmp_path, monkeypatch):
    """A translation's batches are written on a worker's connection: they are the desk's own,
    not another program's (the library was read again after every batch)."""
    import desktop.services.translation as translation
    from desktop.storage.translations import any_cached

    monkeypatch.setattr(translation, "BATCH_SIZE", 2)  # many batches, many commits
    seen: list[bool] = []
    watched.changed.connect(lambda: seen.append(True))
    arabic = next(p for p in window.panes() if p.language == "ar")
    arabic.set_mode("translation")
    qtbot.waitUntil(lambda: not window.translations.busy(arabic), timeout=60000)
    assert any_cached(arabic.document_id, "en")  # the batches were written
    assert watched.check() is False and seen == []  # and taken for none of another program's

    article = tmp_path / "later.txt"
    article.write_text("Imported during the desk's translation\n\nStill seen.\n", encoding="utf-8")
    triptych(data_dir, "import", str(article))
    qtbot.waitUntil(lambda: seen == [True], timeout=5000)


def test_an_import_in_a_terminal_between_two_batches_of_a_translation_is_seen(
        installed, watched, window, data_dir, qtbot, tmp_path, monkeypatch):
    import threading

    import desktop.services.translation as translation

    seen: list[bool] = []
    watched.changed.connect(lambda: seen.append(True))
    calls, held, go_on = [], threading.Event(), threading.Event()
    real = translation.translate_texts

    def second_held(texts, chain):  # the first batch is stored; the second waits for the import
        calls.append(len(texts))
        if len(calls) == 2:
            held.set()
            go_on.wait(20)
        return real(texts, chain)

    monkeypatch.setattr(translation, "translate_texts", second_held)
    monkeypatch.setattr(translation, "BATCH_SIZE", 2)
    arabic = next(p for p in window.panes() if p.language == "ar")
    arabic.set_mode("translation")
    qtbot.waitUntil(held.is_set, timeout=60000)
    article = tmp_path / "between.txt"
    article.write_text("Imported between two batches\n\nSeen all the same.\n", encoding="utf-8")
    triptych(data_dir, "import", str(article))
    go_on.set()
    qtbot.waitUntil(lambda: not window.translations.busy(arabic), timeout=60000)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert any("between two batches" in (library_title or "") for library_title in
               (window.library.model.index(r, TITLE).data() for r in range(window.library.model.rowCount())))


def test_what_the_desks_workers_wrote_before_it_watched_does_not_hide_another_programs_import(
        window, data_dir, qtbot, tmp_path):
    """A translation written before the watcher started (by the same desk) was still counted
    as the desk's own at the first look, and the article a terminal imported then did not
    show: seen in the whole suite, where earlier tests had translated without a watcher."""
    from desktop.app import _watch_database
    from desktop.storage import own_writes
    from desktop.storage.database import write_transaction
    from desktop.storage.models import set_meta

    with own_writes.background_writes():  # as a translation worker writes
        with write_transaction():
            set_meta("earlier", "1")
    library, model = window.library, window.library.model
    library.show()
    library.reload()
    _watch_database(window, data_dir.database)
    before = model.rowCount()
    article = tmp_path / "brief.txt"
    article.write_text("A brief from the terminal\n\nImported while the desk was open.\n", encoding="utf-8")
    triptych(data_dir, "import", str(article))
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=5000)
