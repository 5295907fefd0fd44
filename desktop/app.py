"""The one place that wires things together: QApplication, logging, excepthook,
fonts, data dir, database and the main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__
from desktop.core.errors import UserError
from desktop.core.paths import DataDir, resource_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.storage.choice import Store
    from desktop.storage.snapshot import DeskSnapshot
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_error_reporter: object | None = None  # the excepthook's QObject on the GUI thread (install_excepthook)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(data_dir: DataDir, *, screenshot: str | None = None, size: tuple[int, int] = (1600, 900),
            ui_lang: str | None = None, database: str | None = None, author: str | None = None) -> int:
    """Open the desk (or render it to ``screenshot`` and exit).

    The desk starts in two steps when it can: the articles that were open last time are
    read with sqlite3 alone and painted, in a window that already has its menus, toolbar
    and docks; right after that first frame the database is opened properly (peewee,
    checks, migrations) and the notebook, translation, library list and highlights are
    built. A first start, or anything unusual about the database, takes the one-step way,
    and so does a shared library (``database``: a PostgreSQL URL, see
    desktop.storage.choice), whose desk then shows colleagues' changes as they come.
    ``author``: the person's name, recorded with what they make.
    """
    from desktop.storage import identity
    from desktop.storage.choice import choose_store

    identity.set_author(author)
    store = choose_store(database, data_dir)
    if screenshot or not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.services import argos

    argos.configure(data_dir.root)  # where translation packages are kept (no environment is touched)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.services.fonts import register_bundled_fonts

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    register_bundled_fonts()
    install_excepthook(data_dir)
    from desktop.ui.i18n import install_language

    settings = QSettings(str(data_dir.settings), QSettings.Format.IniFormat)
    install_language(ui_lang or settings.value("ui/language") or None)
    from desktop.ui.stored_preferences import apply_stored_preferences

    apply_stored_preferences(settings)  # faces and colours before the first frame
    install_qt_message_handler()
    interactive = not screenshot and _has_display()
    window: MainWindow | None = None
    try:
        window = _open_desk(data_dir, settings, store, interactive=interactive)
        if window is None:
            return 1
        if screenshot:
            _screenshot(app, window, Path(screenshot), size)
            print(f"Saved a screenshot of the desk to {Path(screenshot).resolve()}")
            return 0
        if not interactive and not os.environ.get("TRIPTYCH_EXIT_AFTER_FIRST_PAINT"):
            target = data_dir.root / "desk.png"
            _screenshot(app, window, target, size)
            print(f"No display found, so the desk was rendered offscreen to {target}")
            return 0
        window.show()
        if os.environ.get("TRIPTYCH_EXIT_AFTER_FIRST_PAINT"):
            from desktop.ui.screenshot import exit_after_first_paint

            exit_after_first_paint(app, window, [p.view.viewport() for p in window.panes()])
        code = app.exec()
        from desktop.ui.tasks import stop_all

        stop_all()  # a backup, translation or import still running: stop it before Python goes
        return code
    finally:
        if window is not None and window.live is not None:
            window.live.stop()  # colleagues' changes: no longer listened for
        if "desktop.storage.database" in sys.modules:
            from desktop.storage.database import close_database

            close_database()


def _open_desk(data_dir: DataDir, settings: QSettings, store: Store, *, interactive: bool) -> MainWindow | None:
    """The main window with the desk restored: in two steps when it can (see run_gui).

    Returns None when the person declined to go on (a damaged database they did not
    want set aside, a shared library that cannot be reached).
    """
    from desktop.ui.main_window import MainWindow

    first = _first_frame(Path(store.target), settings) if interactive and not store.shared else None
    if first is None:
        if not _open_or_offer_new(data_dir, store, interactive=interactive):
            return None
        from desktop.services.corpus import ensure_default_corpus

        window = MainWindow(settings)
        window.restore_desk([d.id for d in ensure_default_corpus()])
        _desk_complete(window, data_dir, store)
        return window
    window = MainWindow(settings, deferred=True)
    window.restore_desk(first.default_ids, first.documents)
    from desktop.ui.screenshot import AfterFirstPaint

    AfterFirstPaint([p.view.viewport() for p in window.panes()], lambda: _finish_desk(window, data_dir, store),
                    timeout_ms=1500)
    return window


def _first_frame(database: Path, settings: QSettings) -> DeskSnapshot | None:
    """What the first frame shows, read without peewee; None when the one-step way is needed."""
    from desktop.services.corpus import default_sources
    from desktop.storage.snapshot import read_desk
    from desktop.ui.desk_state import saved_document_ids

    try:
        sources = default_sources()
    except (OSError, ValueError, KeyError):
        return None
    return read_desk(database, saved_document_ids(settings), sources)


def _finish_desk(window: MainWindow, data_dir: DataDir, store: Store | None = None) -> None:
    """The second step of the start: open the database properly and complete the desk."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    try:
        opened = _open_or_offer_new(data_dir, store, interactive=True)
        if opened:
            from desktop.services.corpus import ensure_default_corpus

            defaults = [d.id for d in ensure_default_corpus()]
            window.finish_setup()
            if not window.panes():  # its articles are gone, e.g. a new database replaced a damaged one
                for document_id in defaults:
                    window.open_document(document_id, focus=False)
    except UserError as exc:
        from desktop.ui.i18n import error_text

        QMessageBox.critical(window, APP_NAME, error_text(exc))
        opened = False
    if not opened:
        window.close()
        QApplication.exit(1)
        return
    _desk_complete(window, data_dir, store)


def _desk_complete(window: MainWindow, data_dir: DataDir, store: Store | None = None) -> None:
    """What follows a complete desk, whichever way it came: the window icon, the held log
    records, a backup of a file (a server keeps its own), colleagues' changes on a shared
    library."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.core.logsetup import flush_logs

    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("triptych-*.png")):
        icon.addFile(str(png))
    QApplication.setWindowIcon(icon)
    flush_logs()
    if store is not None and store.shared:
        window.go_live()
    else:
        _watch_database(window, Path(store.target) if store is not None else data_dir.database)
        _start_backup(window, data_dir)


def _watch_database(window: MainWindow, path: Path) -> None:
    """Notice a database file deleted, moved or replaced while the desk runs
    (ui.database_watch): say it once, and read the library anew when it is back; and
    what other programs write to it (ui.outside_changes)."""
    from desktop.ui.database_watch import DatabaseWatch

    watch = DatabaseWatch(window, path)
    watch.lost.connect(window.show_error)
    watch.recovered.connect(window.refresh_after_reopen)
    window.database_watch = watch
    from desktop.ui.outside_changes import OutsideChanges

    # An article imported in a terminal (triptych import) shows in the library at once,
    # a highlight made there (triptych annotate) in the Notebook and the reader.
    outside = OutsideChanges(window, path)
    outside.changed.connect(window.refresh_library)
    if window.notebook is not None:
        outside.changed.connect(window.notebook.apply_outside)


def _open_or_offer_new(data_dir: DataDir, store: Store | None = None, *, interactive: bool) -> bool:
    """Open the database (``store``; by default the data folder's file); if it is damaged,
    keep it and offer to start a new one beside it.

    Any other fault (a read-only disk, the database busy, a file with no permission) is
    told in one sentence and the desk does not open (False), the file untouched; so is a
    shared library that cannot be opened.
    """
    from desktop.core.faults import FaultError
    from desktop.storage.backups import set_aside
    from desktop.storage.choice import Store
    from desktop.storage.database import DatabaseDamagedError, open_database

    store = store or Store(str(data_dir.database))
    if store.shared:
        return _open_shared(store, interactive=interactive)
    try:
        open_database(Path(store.target))
        return True
    except FaultError as exc:
        if not interactive:
            raise
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.i18n import error_text

        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return False
    except DatabaseDamagedError as exc:
        if not interactive:
            raise
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.i18n import error_text

        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error_text(exc))
        box.setInformativeText(QCoreApplication.translate(
            "app", "Triptych can keep the damaged file under another name, beside it, and start with a new, "
                   "empty database."))
        start_new = box.addButton(QCoreApplication.translate("app", "Keep it and start a new database"),
                                  QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is not start_new:
            return False
        kept = set_aside(exc.path)
        from desktop.ui.style import isolate_path

        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "app", "The damaged database was kept as %1.").replace("%1", isolate_path(kept)))
        open_database(Path(store.target))
        return True


def _open_shared(store: Store, *, interactive: bool) -> bool:
    """Connect to a shared library, asking for its password in a dialog when the server
    wants one that neither libpq's places nor the keyring have."""
    from desktop.storage.engine import open_store

    if not interactive:
        open_store(store)
        return True
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.i18n import error_text
    from desktop.ui.shared_library import ask_password

    try:
        open_store(store, password=ask_password)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return False
    return True


def _start_backup(window: MainWindow, data_dir: DataDir) -> None:
    """A rotating backup of the database file in use, taken in the background once the desk shows."""
    from PySide6.QtCore import QObject

    from desktop.storage import engine
    from desktop.storage.backups import backup_database
    from desktop.ui.tasks import Task

    class BackupReport(QObject):
        """Tells a failed backup (a full disk, a damaged file) in one sentence; a child of
        the window, so it goes with it."""

        def on_failed(self, exc: BaseException) -> None:
            from desktop.ui.i18n import error_text

            log.warning("backup failed: %s", exc)
            if isinstance(exc, UserError):
                window.show_error(error_text(exc))

    path = Path(engine.shown())
    task = Task(lambda _progress, _cancelled: backup_database(path, data_dir.backups, if_changed=True), window)
    task.failed.connect(BackupReport(window).on_failed)
    task.start()


def _screenshot(app: QApplication, window: MainWindow, path: Path, size: tuple[int, int]) -> None:
    from desktop.ui.screenshot import render_window

    try:
        render_window(app, window, path, size)
    except OSError as exc:
        raise UserError('Cannot write the screenshot {path}: {value}.', path=path, value=exc.strerror or exc) from exc


def install_qt_message_handler() -> None:
    """Route Qt's own warnings into the log file instead of the terminal."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(msg_type, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook(data_dir: DataDir) -> None:
    """Log unexpected exceptions and show them with details; UserErrors kindly.

    Widgets are made on the GUI thread only: an exception that reaches the hook on
    another thread (a worker of the thread pool, a Python thread) is logged there, and
    the message box follows on the GUI thread, by a queued signal.
    """
    from PySide6.QtCore import QObject, Signal

    log_file = data_dir.logs / "triptych.log"

    class ErrorReporter(QObject):
        """Lives on the GUI thread; ``reported(exception, details)`` is shown there."""

        reported = Signal(object, str)

        def show(self, exc: BaseException, details: str) -> None:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QApplication

            from desktop.ui.dialogs import show_error

            if QApplication.instance() is None:  # quitting: the log has it
                return
            parent = QApplication.activeWindow()
            if isinstance(exc, UserError):
                from desktop.ui.i18n import error_text

                show_error(parent, error_text(exc))
                return
            from desktop.ui.style import isolate_path

            show_error(parent, QCoreApplication.translate(
                "app", "Something went wrong inside Triptych and the last action may not have finished. "
                       "The details are in %1.").replace("%1", isolate_path(log_file)), details)

    reporter = ErrorReporter()
    reporter.reported.connect(reporter.show)  # queued when emitted from another thread

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = ""
        if not isinstance(exc, UserError):
            from desktop.core import faults

            fault = faults.user_error(exc, faults.NOT_FINISHED, faults.filename_of(exc) or data_dir.database)
            if fault is not None:  # a fault no write path reported: still one sentence, not a traceback
                log.warning("%s [%s]", fault.message, faults.describe(exc), exc_info=(exc_type, exc, tb))
                reporter.reported.emit(fault, "")
                return
            where = "" if threading.current_thread() is threading.main_thread() else " in a background thread"
            log.error("unexpected error%s", where, exc_info=(exc_type, exc, tb))
            details = "".join(traceback.format_exception(exc_type, exc, tb))
        reporter.reported.emit(exc, details)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    global _error_reporter
    _error_reporter = reporter  # kept as long as the hook may use it
    sys.excepthook = hook
    threading.excepthook = thread_hook
