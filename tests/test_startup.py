"""The desk's two-step start: the articles first (read with sqlite3 alone), then the
rest of the desk (database checks, notebook, translation, library list, highlights)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.services.corpus import default_sources
from desktop.storage.snapshot import DocumentRecord, read_desk

CHILD = """
import sys
import desktop.ui.screenshot as screenshot

report = screenshot._report
def at_paint(event):
    if event == "first-paint":
        heavy = ("peewee", "desktop.storage.database", "desktop.ui.notebook", "desktop.ui.translating",
                 "logging.handlers")
        print("LOADED", sorted(m for m in heavy if m in sys.modules), flush=True)
    if event == "desk-ready":
        aligner = ("desktop.core.align_features", "desktop.core.anchors", "desktop.core.alignment")
        print("ALIGNER", sorted(m for m in aligner if m in sys.modules), flush=True)
    report(event)
screenshot._report = at_paint
from desktop.cli import main
sys.exit(main([]))
"""


def _start(tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":startup-test",
           "TRIPTYCH_EXIT_AFTER_FIRST_PAINT": "1", "TRIPTYCH_DATA_DIR": str(tmp_path / "d")}
    return subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)


def test_a_later_start_paints_the_articles_before_loading_the_rest(tmp_path):
    first = _start(tmp_path)  # creates the database and loads the corpus: the one-step way
    assert first.returncode == 0, first.stderr[-2000:]
    assert "'peewee'" in first.stdout and "desk-ready" in first.stdout
    second = _start(tmp_path)
    assert second.returncode == 0, second.stderr[-2000:]
    assert "LOADED []" in second.stdout  # nothing of storage, notebook or translation at the first paint
    assert "first-paint" in second.stdout and "desk-ready" in second.stdout  # and then the whole desk


def test_the_whole_desk_starts_without_the_aligner_while_compare_is_off(tmp_path):
    # The aligner (sentence splitting, stemmers, anchors) is needed once Compare runs, not to start.
    for start in (_start(tmp_path), _start(tmp_path)):  # the one-step first start, then the two-step one
        assert start.returncode == 0, start.stderr[-2000:]
        assert "desk-ready" in start.stdout
        assert "ALIGNER []" in start.stdout, start.stdout


def test_the_snapshot_reads_the_desk_or_steps_aside(data_dir, corpus, tmp_path):
    path = data_dir.database
    snapshot = read_desk(path, None, default_sources())
    assert snapshot.default_ids == [d.id for d in corpus]
    assert [snapshot.documents[i].title for i in snapshot.default_ids] == [d.title for d in corpus]
    arabic = next(d for d in corpus if d.language == "ar")
    record = snapshot.documents[arabic.id]
    assert record.direction == "rtl" and record.text == arabic.text
    only = read_desk(path, [arabic.id, "gone1234"], default_sources())
    assert list(only.documents) == [arabic.id]
    # Anything unusual: None, and the ordinary way in explains it.
    assert read_desk(tmp_path / "missing.sqlite3", None, default_sources()) is None
    assert not (tmp_path / "missing.sqlite3").exists()  # never created
    (tmp_path / "text.sqlite3").write_text("not a database")
    assert read_desk(tmp_path / "text.sqlite3", None, default_sources()) is None
    assert read_desk(path, [], default_sources()) is None  # nothing to show
    assert read_desk(path, None, ["bundled:nothing.txt"]) is None
    copy = tmp_path / "older.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("PRAGMA user_version = 2")
    assert read_desk(copy, None, default_sources()) is None  # needs a migration first


@pytest.fixture
def deferred_window(qtbot, data_dir, corpus, _fonts):
    """A window built as the app's first frame is, from a snapshot of the desk."""
    from desktop.ui.main_window import MainWindow

    def build(extra: list[DocumentRecord] = ()):
        settings = QSettings(str(data_dir.settings), QSettings.Format.IniFormat)
        snapshot = read_desk(data_dir.database, None, default_sources())
        documents = dict(snapshot.documents)
        ids = list(snapshot.default_ids)
        for record in extra:
            documents[record.id] = record
            ids.append(record.id)
        window = MainWindow(settings, deferred=True)
        qtbot.addWidget(window)
        window.restore_desk(ids, documents)
        window.resize(1600, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    return build


def test_the_first_frame_has_the_articles_and_the_final_layout_then_the_rest_arrives(deferred_window, corpus, qtbot):
    from desktop.services.annotating import annotate_quote

    arabic = next(d for d in corpus if d.language == "ar")
    annotation = annotate_quote(arabic.id, arabic.text.split()[3], occurrence=1, note="first frame")
    window = deferred_window()
    panes = window.panes()
    assert [p.title for p in panes] == [d.title for d in corpus]
    assert panes[1].view.toPlainText() == arabic.text and panes[1].direction.is_rtl
    assert not window.is_ready() and window.notebook is None
    assert panes[1].view.highlights == []  # highlights come with the rest of the desk
    assert window.library.windowTitle() and window.notebook_dock.windowTitle()  # the docks are there, titled
    widths = [p.width() for p in panes]
    toolbar_height = window.toolbar.height()
    def toolbar_layout():
        bar = window.toolbar
        return [(a.objectName(), bar.widgetForAction(a).geometry().getRect()) for a in bar.actions()
                if bar.widgetForAction(a) is not None]

    toolbar = toolbar_layout()

    with qtbot.waitSignal(window.ready, timeout=5000):
        window.finish_setup()
    assert window.is_ready() and window.notebook.dock is window.notebook_dock
    assert [a.id for a in panes[1].view.highlights] == [annotation.id]
    library = window.library.model
    assert {library.document_id(row) for row in range(library.rowCount())} == {d.id for d in corpus}
    assert not panes[0].header.close_button.icon().isNull()
    qtbot.wait(50)
    assert [p.width() for p in panes] == widths and window.toolbar.height() == toolbar_height  # nothing moved
    assert toolbar_layout() == toolbar  # the same buttons, in the same places
    names = [a.objectName() for a in window.toolbar.actions() if a.objectName()]
    assert names.index("findAction") < names.index("undoAction") < names.index("highlight-yellow") < names.index(
        "syncScrollAction")
    edit = [a.objectName() for a in window.edit_menu.actions() if not a.isSeparator()]
    assert edit == ["undoAction", "redoAction", "findAction", "searchAllAction", "preferencesAction"]
    before = [a.objectName() for a in window.toolbar.actions()]
    window.finish_setup()  # a second call changes nothing
    assert [a.objectName() for a in window.toolbar.actions()] == before


def test_a_pane_whose_article_is_gone_by_the_second_step_is_closed(deferred_window, qtbot):
    ghost = DocumentRecord("ghost123", "Gone", "en", "ltr", "This article is not in the database.")
    window = deferred_window([ghost])
    assert len(window.panes()) == 4
    window.finish_setup()
    assert len(window.panes()) == 3 and window.pane_for("ghost123") is None


def test_the_second_step_opens_the_database_and_completes_the_desk(deferred_window, data_dir, qtbot, monkeypatch):
    import desktop.app as app

    window = deferred_window()
    backups = []
    monkeypatch.setattr(app, "_start_backup", lambda w, d: backups.append(d))
    app._finish_desk(window, data_dir)
    assert window.is_ready() and backups == [data_dir]


def test_declining_a_damaged_database_in_the_second_step_closes_the_desk(deferred_window, data_dir, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import desktop.app as app

    window = deferred_window()
    exits = []
    monkeypatch.setattr(app, "_open_or_offer_new", lambda data_dir, store=None, *, interactive: False)
    monkeypatch.setattr(QApplication, "exit", lambda *args: exits.append(args[-1]))
    app._finish_desk(window, data_dir)
    assert not window.isVisible() and not window.is_ready() and exits == [1]


@pytest.fixture
def own_log_handler():
    """Takes Triptych's log handler off the root logger after the test."""
    yield
    import logging

    import desktop.core.logsetup as logsetup

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_triptych", False)]:
        root.removeHandler(handler)
        handler.close()
    logsetup._configured_for = None


def test_the_log_file_is_made_when_the_first_record_arrives(tmp_path, own_log_handler):
    import logging

    from desktop.core.logsetup import configure_logging

    log_file = configure_logging(tmp_path / "logs")
    assert not log_file.exists()
    logging.getLogger("desktop.test").warning("written on demand")
    assert "written on demand" in log_file.read_text(encoding="utf-8")


def test_at_start_up_warnings_wait_for_the_first_frame_and_errors_do_not(tmp_path, own_log_handler):
    import logging

    from desktop.core.logsetup import configure_logging, flush_logs

    log_file = configure_logging(tmp_path / "logs", hold=True)
    log = logging.getLogger("desktop.test")
    log.warning("a warning before the first frame")
    assert not log_file.exists()  # held: no file, no logging.handlers yet
    log.error("an error is written at once")
    text = log_file.read_text(encoding="utf-8")
    assert "a warning before the first frame" in text and "an error is written at once" in text
    assert text.index("a warning") < text.index("an error")  # in order
    flush_logs()
    log.warning("after start-up, at once")
    assert "after start-up, at once" in log_file.read_text(encoding="utf-8")


def test_the_second_step_comes_once_after_the_first_paint_or_after_a_while_without_one(qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop.ui.screenshot import AfterFirstPaint

    shown, hidden = QLabel("painted"), QLabel("never shown, e.g. a window opened minimised")
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    calls = []
    AfterFirstPaint([shown], lambda: calls.append("painted"), timeout_ms=300)
    AfterFirstPaint([hidden], lambda: calls.append("timed out"), timeout_ms=300)
    shown.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=2000)
    qtbot.waitUntil(lambda: calls == ["painted", "timed out"], timeout=2000)
    qtbot.wait(400)
    assert calls == ["painted", "timed out"]  # each once: the paint's timer does not call again


def test_in_the_arabic_interface_the_articles_keep_their_width_too(deferred_window, qtbot):
    """Right to left, the docks move to the right before the first frame; the notebook
    filling its dock afterwards must not squeeze the articles."""
    from desktop.ui.i18n import install_language

    install_language("ar")
    try:
        window = deferred_window()
        widths = [p.width() for p in window.panes()]
        window.finish_setup()
        qtbot.wait(50)
        assert window.dockWidgetArea(window.notebook_dock) == Qt.DockWidgetArea.RightDockWidgetArea
        assert [p.width() for p in window.panes()] == widths
    finally:
        install_language("en")


def test_no_arguments_means_the_desk_with_the_defaults_of_the_parser():
    from desktop.cli.arguments import build_parser, parse_arguments

    assert vars(parse_arguments([])) == vars(build_parser().parse_args([]))
    assert parse_arguments(["list"]).command == "list"
    assert parse_arguments(["--size", "800x600"]).size == (800, 600)


def test_quitting_stops_background_work_and_waits_for_it(qapp):
    """The app quits only once its workers are done: Python must not be torn down under one."""
    import time

    from desktop.ui.tasks import Task, stop_all

    seen = []

    def work(_progress, cancelled):
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        seen.append(cancelled())

    task = Task(work)
    task.start()
    time.sleep(0.05)
    started = time.monotonic()
    assert stop_all(timeout_ms=5000)
    assert seen == [True] and time.monotonic() - started < 2 and not task.running


def test_a_later_start_puts_the_docks_back_where_the_last_one_left_them(deferred_window, qtbot):
    """Restored from the saved state in the first frame; a saved state of the other
    direction is not used."""
    from desktop.ui.i18n import install_language

    right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
    install_language("ar")
    try:
        first = deferred_window()
        first.finish_setup()
        assert first.dockWidgetArea(first.notebook_dock) == right
        first.save_desk()
        first.close()
        second = deferred_window()  # the first frame of the next start
        assert second.dockWidgetArea(second.library) == right
        assert second.dockWidgetArea(second.notebook_dock) == right
        assert second.library in second.tabifiedDockWidgets(second.notebook_dock)
        widths = [p.width() for p in second.panes()]
        second.finish_setup()
        qtbot.wait(50)
        assert [p.width() for p in second.panes()] == widths
        second.close()
    finally:
        install_language("en")
    third = deferred_window()  # English now: the right-to-left state is not used
    third.finish_setup()
    assert third.dockWidgetArea(third.library) == left
    assert third.dockWidgetArea(third.notebook_dock) == left
