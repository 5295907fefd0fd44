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
