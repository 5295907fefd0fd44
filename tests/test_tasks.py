"""Background work that outlives the dialog that started it: closing the Export or the
Models dialog mid-way lets the work finish and the desk tell its outcome; a task is
never destroyed under its worker; the excepthook never makes widgets off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from desktop.core.errors import UserError
from desktop.services.models import ModelInfo
from desktop.ui.tasks import Task, running

WAIT = 10  # seconds a gated piece of work waits at most for the test to let it go on


@pytest.fixture
def gate():
    """Holds background work until the test sets it (and always lets it go at the end)."""
    event = threading.Event()
    yield event
    event.set()


def delete_what_waits_to_be_deleted() -> None:
    """Run the deleteLater()s now (a dialog closed with WA_DeleteOnClose would go here)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() + QApplication.allWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_closing_the_export_dialog_during_its_export_lets_it_finish_and_the_desk_says_so(
        window, qtbot, tmp_path, gate, monkeypatch):
    import desktop.services.export as export_service

    real_export = export_service.export

    def slow_export(request, path, *, progress, cancelled):
        progress(0, 3)
        gate.wait(WAIT)
        return real_export(request, path, progress=progress, cancelled=cancelled)  # reports progress as it goes

    monkeypatch.setattr(export_service, "export", slow_export)
    window.open_export_dialog()
    dialog = window.dialogs.export_dialog
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
    target = tmp_path / "brief.md"
    assert dialog.run_export(target)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 3)  # the work has started
    dialog.close_button.click()  # the person closes the dialog while it exports
    qtbot.waitUntil(lambda: not dialog.isVisible())
    delete_what_waits_to_be_deleted()
    assert isValid(dialog)  # only hidden: it still hears the task

    window.open_export_dialog()  # asked for again meanwhile: the same, busy dialog comes back
    assert window.dialogs.export_dialog is dialog and dialog.isVisible() and dialog.is_busy()
    dialog.close_button.click()

    gate.set()
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=WAIT * 1000)
    assert str(target) in window.statusBar().currentMessage()
    assert target.read_text(encoding="utf-8").strip()  # written, whole
    qtbot.waitUntil(lambda: not isValid(dialog))  # and the dialog goes once its work is done
    assert running() == []


def test_an_export_that_fails_after_its_dialog_was_closed_is_told_in_the_desk(window, qtbot, tmp_path, gate,
                                                                             monkeypatch):
    import desktop.services.export as export_service

    def failing_export(request, path, *, progress, cancelled):
        gate.wait(WAIT)
        raise UserError("Cannot write {path}: {value}.", path=path, value="disk full")

    monkeypatch.setattr(export_service, "export", failing_export)
    window.open_export_dialog()
    dialog = window.dialogs.export_dialog
    dialog.run_export(tmp_path / "brief.pdf")
    dialog.close_button.click()
    gate.set()
    qtbot.waitUntil(lambda: any("disk full" in box.text() for box in message_boxes()), timeout=WAIT * 1000)
    qtbot.waitUntil(lambda: not isValid(dialog))


def test_closing_the_models_dialog_while_it_installs_lets_the_install_finish(window, qtbot, tmp_path, gate,
                                                                           monkeypatch):
    import desktop.services.models as models

    installed: list[str] = []

    def slow_install(path):
        gate.wait(WAIT)
        installed.append(path.name)
        return ModelInfo("ar", "en", "1.0", tmp_path, 1)

    monkeypatch.setattr(models, "install_model", slow_install)
    window.open_models_dialog()
    dialog = window.dialogs.models_dialog
    dialog.install_file(tmp_path / "ar_en.argosmodel")
    assert dialog.is_busy()
    dialog.reject()  # Esc, or the Close button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    delete_what_waits_to_be_deleted()
    assert isValid(dialog)
    gate.set()
    qtbot.waitUntil(lambda: installed == ["ar_en.argosmodel"], timeout=WAIT * 1000)
    qtbot.waitUntil(lambda: "Arabic" in window.statusBar().currentMessage())
    assert "English" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not isValid(dialog))


def test_a_task_whose_owner_is_destroyed_stops_and_is_let_go_on_the_gui_thread(qtbot, gate):
    owner = QObject()
    heard: list[object] = []
    steps: list[bool] = []

    class Listener(QObject):
        def on_progressed(self, done: int, total: int) -> None:
            heard.append((done, total))

    listener = Listener(owner)

    def work(progress, cancelled):
        gate.wait(WAIT)
        progress(1, 2)  # after its owner and the listener are gone: no error, nobody hears it
        steps.append(cancelled())
        return "done"

    task = Task(work, owner)
    task.progressed.connect(listener.on_progressed)
    destroyed: list[bool] = []
    task.destroyed.connect(lambda: destroyed.append(threading.current_thread() is threading.main_thread()))
    task.start()
    del task
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(listener))
    gate.set()
    qtbot.waitUntil(lambda: destroyed == [True], timeout=WAIT * 1000)
    assert steps == [True] and heard == []  # asked to stop, and nothing reached the dead listener
    assert running() == []


class _Raises(QRunnable):
    def run(self) -> None:
        raise RuntimeError("boom in a worker")


def test_the_excepthook_shows_a_worker_threads_error_from_the_gui_thread(window, data_dir, qtbot, monkeypatch):
    import sys

    import desktop.ui.dialogs as dialogs
    from desktop.app import install_excepthook
    from desktop.core.logsetup import configure_logging

    configure_logging(data_dir.logs)
    shown_on: list[bool] = []
    real_show_error = dialogs.show_error

    def recording_show_error(parent, message, details=None):
        shown_on.append(threading.current_thread() is threading.main_thread())
        return real_show_error(parent, message, details)

    monkeypatch.setattr(dialogs, "show_error", recording_show_error)
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    install_excepthook(data_dir)
    try:
        QThreadPool.globalInstance().start(_Raises())  # PySide hands it to sys.excepthook on that thread
        thread = threading.Thread(target=lambda: (_ for _ in ()).throw(ValueError("boom in a thread")))
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(shown_on) == 2, timeout=5000)
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
    assert shown_on == [True, True]  # both boxes were made on the GUI thread
    details = [b.detailedText() for b in message_boxes() if b.objectName() == "errorBox"]
    assert any("boom in a worker" in d for d in details) and any("boom in a thread" in d for d in details)
    log_text = (data_dir.logs / "triptych.log").read_text(encoding="utf-8")
    assert "boom in a worker" in log_text and "boom in a thread" in log_text and "background thread" in log_text


def test_closing_the_desk_during_a_translation_and_a_comparison_prints_no_warning(
        installed, data_dir, corpus, _fonts, qtbot, gate, monkeypatch, capfd):
    """The desk closed (and, as at the end of the app, deleted) while a pane translates
    and Compare mode compares: the work stops or ends unheard, and nothing is printed --
    it used to say "Signal source has been deleted", from a translation's last signal."""
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

    import desktop.services.compare as compare_service
    from desktop.services import translation
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(translation, "BATCH_SIZE", 2)
    real_translate, real_compare = translation._Engine.translate, compare_service.compare_documents
    translating, comparing = threading.Event(), threading.Event()

    def held_translate(self, texts, **options):
        translating.set()
        gate.wait(WAIT)
        return real_translate(self, texts, **options)

    def held_compare(*arguments, **options):
        comparing.set()
        gate.wait(WAIT)
        return real_compare(*arguments, **options)

    monkeypatch.setattr(translation._Engine, "translate", held_translate)
    monkeypatch.setattr(compare_service, "compare_documents", held_compare)
    warnings: list[str] = []

    def on_message(kind, _context, message):
        if kind != QtMsgType.QtDebugMsg:
            warnings.append(message)

    # Not qtbot.addWidget: the window is deleted here, as the app deletes it when it ends.
    window = MainWindow(QSettings(str(data_dir.settings), QSettings.Format.IniFormat))
    window.restore_desk([d.id for d in corpus])
    window.show()
    qtbot.waitExposed(window)
    next(p for p in window.panes() if p.language == "ar").set_mode("translation")
    window.compare.compare_action.trigger()
    assert translating.wait(WAIT) and comparing.wait(WAIT)  # both are under way
    QApplication.processEvents()  # what opening the panes left for the event loop
    capfd.readouterr()
    previous = qInstallMessageHandler(on_message)
    try:
        with qtbot.captureExceptions() as exceptions:
            window.close()
            window.deleteLater()
            delete_what_waits_to_be_deleted()
            gate.set()
            qtbot.waitUntil(lambda: running() == [], timeout=WAIT * 1000)
            QApplication.processEvents()
    finally:
        qInstallMessageHandler(previous)
    printed = capfd.readouterr().err
    assert not isValid(window)
    assert [str(e[1]) for e in exceptions] == [] and "deleted" not in printed and warnings == [], printed


def test_a_window_deleted_right_after_it_opened_a_pane_leaves_no_late_call_behind(data_dir, corpus, qtbot, _fonts):
    """Opening a pane (and restoring the desk's sizes and views) asks for work once the
    event loop turns; a window deleted before that turn raised "Internal C++ object
    already deleted" from those calls. They go with the window now."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    settings = QSettings(str(data_dir.settings), QSettings.Format.IniFormat)
    settings.setValue("desk/sizes", [500, 500, 500])  # restored once the event loop turns, too
    window = MainWindow(settings)
    window.restore_desk([d.id for d in corpus])
    with qtbot.captureExceptions() as exceptions:
        window.deleteLater()
        delete_what_waits_to_be_deleted()
        QApplication.processEvents()
    assert not isValid(window)
    assert [str(e[1]) for e in exceptions] == []
