"""The desk meets faults: a dialog with one sentence, nothing on screen that is not saved,
and a desk whose database goes away says so once, stays readable, refuses edits, and
gets it back (the same file back, put back from the open copy, or another file used)."""

from __future__ import annotations

import os
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.faults import Fault
from desktop.storage.sqlite_file import FileState
from tests.faults.checks import one_sentence
from tests.faults.injection import SQL_INJECTIONS, Injector, injecting
from tests.faults.matrix import matrix

MATRIX = matrix("the desk: a fault at a write is one dialog, the screen shows only what is saved")


class _Shown:
    def __init__(self, pane) -> None:
        from desktop.storage.documents import get_document

        self.pane = pane
        self.document_id = pane.document_id
        self.view = pane.view
        self.text = get_document(pane.document_id).text


def _german(window):
    pane = _Shown(next(p for p in window.panes() if p.language == "de"))
    start = pane.text.index("Aserbaidschan")
    return pane, start, start + len("Aserbaidschan")


def _errors(window) -> list[str]:
    return [w.text() for w in window.findChildren(QMessageBox) if w.objectName() == "errorBox" and w.isVisible()]


@pytest.mark.parametrize("injection", [i for i in SQL_INJECTIONS if i.rolls_back or i.sqlite_code in (5, 8)],
                         ids=lambda i: f"{i.name}-{i.sqlite_code}-{'rolled back' if i.rolls_back else 'open'}")
def test_a_fault_while_highlighting_is_one_dialog_and_nothing_is_drawn(window, data_dir, qtbot, injection) -> None:
    pane, start, end = _german(window)
    controller = window.notebook.controller
    drawn = len(pane.view.highlights)
    undoable = controller.undo_stack.count()
    with injecting(Injector(data_dir.root, injection, fail_at=1)):
        assert controller.highlight(pane.document_id, pane.text, start, end) is None
    qtbot.waitUntil(lambda: bool(_errors(window)))
    (text,) = _errors(window)
    ok = one_sentence(text) is None and "nothing was changed" in text
    MATRIX.record("highlight in the desk", injection.name, ok, text)
    assert ok, text
    assert len(pane.view.highlights) == drawn and controller.undo_stack.count() == undoable
    assert controller.highlight(pane.document_id, pane.text, start, end) is not None  # the fault gone, it works


@pytest.fixture
def watched(window, data_dir):
    from desktop.ui.database_watch import DatabaseWatch

    watch = DatabaseWatch(window, data_dir.database)
    lost: list[str] = []
    back: list[bool] = []
    watch.lost.connect(lost.append)
    watch.recovered.connect(lambda: back.append(True))
    return watch, lost, back


def test_a_desk_whose_database_is_moved_away_says_so_once_and_recovers_when_it_is_back(
        window, data_dir, watched, qtbot) -> None:
    watch, lost, back = watched
    pane, start, end = _german(window)
    controller = window.notebook.controller
    assert controller.highlight(pane.document_id, pane.text, start, end)  # saved before
    away = data_dir.root.parent / "elsewhere.sqlite3"
    os.rename(data_dir.database, away)
    qtbot.waitUntil(lambda: watch.state is FileState.MISSING, timeout=10_000)  # the folder's watcher
    assert watch.bar.isVisible() and "is gone" in watch.bar.label.text() and len(lost) == 1
    assert one_sentence(watch.bar.label.text()) is None
    text_before = pane.view.toPlainText()
    assert controller.set_note(_first_annotation(), "refused") is False
    qtbot.waitUntil(lambda: any("is gone" in t for t in _errors(window)))
    assert pane.view.toPlainText() == text_before  # readable as it was
    watch.check()
    assert len(lost) == 1  # said once
    os.rename(away, data_dir.database)
    qtbot.waitUntil(lambda: watch.state is FileState.PRESENT, timeout=10_000)
    assert back and not watch.bar.isVisible()
    assert controller.set_note(_first_annotation(), "accepted")
    MATRIX.record("desk: database moved away and back", Fault.DB_MISSING.value, True)


def _first_annotation() -> str:
    from desktop.storage import annotations as store

    return store.annotations_for()[0].id


def test_a_deleted_database_is_put_back_from_the_open_copy(window, data_dir, watched, qtbot) -> None:
    watch, lost, back = watched
    pane, start, end = _german(window)
    made = window.notebook.controller.highlight(pane.document_id, pane.text, start, end)
    os.unlink(data_dir.database)
    assert watch.check() is FileState.MISSING and lost
    assert watch.put_back()
    assert back and not watch.bar.isVisible()
    with sqlite3.connect(data_dir.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM annotation WHERE id = ?", (made,)).fetchone()[0] == 1
    assert window.notebook.controller.set_note(made, "after it came back")
    MATRIX.record("desk: database deleted, put back", Fault.DB_MISSING.value, True)


def test_a_replaced_database_is_used_after_the_open_one_is_kept_beside_it(window, data_dir, watched) -> None:
    watch, lost, _back = watched
    pane, start, end = _german(window)
    made = window.notebook.controller.highlight(pane.document_id, pane.text, start, end)
    other = data_dir.root / "restored.sqlite3"
    from desktop.storage.backups import backup_database

    copy = backup_database(data_dir.database, data_dir.backups)
    assert copy is not None
    os.replace(copy, other)
    conn = sqlite3.connect(other)  # a restored backup, with a change of its own
    conn.execute("DELETE FROM annotation")
    conn.commit()
    conn.close()
    os.replace(other, data_dir.database)
    assert watch.check() is FileState.REPLACED and "was replaced" in watch.bar.label.text()
    assert watch.use_the_file_there(), _errors(window)
    kept = list(data_dir.root.glob("triptych.before-replaced-*.sqlite3"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM annotation WHERE id = ?", (made,)).fetchone()[0] == 1
    from desktop.storage import annotations as store

    assert store.annotations_for() == []  # the desk reads the file that is there now
    MATRIX.record("desk: database replaced, the new one used", Fault.DB_REPLACED.value, True)


def test_settings_that_cannot_be_written_are_one_sentence(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.preferences import PreferencesDialog

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings' folder should be", encoding="utf-8")
    settings = QSettings(str(blocked / "settings.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.set_language("de")
    dialog.set_language("en")
    qtbot.waitUntil(lambda: bool(dialog.property("lastErrorText")))
    text = dialog.property("lastErrorText")
    ok = one_sentence(text) is None and "does not exist; the settings were not saved." in text
    MATRIX.record("preferences", Fault.FOLDER_MISSING.value, ok, text)
    assert ok, text
