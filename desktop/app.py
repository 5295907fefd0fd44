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

from desktop import APP_NAME, __version__
from desktop.core.errors import UserError
from desktop.core.paths import DataDir, resource_dir

log = logging.getLogger(__name__)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(data_dir: DataDir, *, screenshot: str | None = None, size: tuple[int, int] = (1600, 900),
            ui_lang: str | None = None) -> int:
    """Open the desk (or render it to ``screenshot`` and exit)."""
    if screenshot or not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.services import argos

    argos.configure(data_dir.root)  # settings only; argostranslate itself is imported on first use
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.database import close_database
    from desktop.ui.fonts import register_bundled_fonts
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("triptych-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    register_bundled_fonts()
    install_excepthook(data_dir)
    from desktop.ui.i18n import install_language

    early_settings = QSettings(str(data_dir.settings), QSettings.Format.IniFormat)
    install_language(ui_lang or early_settings.value("ui/language") or None)
    install_qt_message_handler()

    if not _open_or_offer_new(data_dir, interactive=not screenshot and _has_display()):
        return 1
    try:
        defaults = [d.id for d in ensure_default_corpus()]
        settings = QSettings(str(data_dir.settings), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.restore_desk(defaults)
        if screenshot:
            _screenshot(app, window, Path(screenshot), size)
            print(f"Saved a screenshot of the desk to {Path(screenshot).resolve()}")
            return 0
        if not _has_display() and not os.environ.get("TRIPTYCH_EXIT_AFTER_FIRST_PAINT"):
            target = data_dir.root / "desk.png"
            _screenshot(app, window, target, size)
            print(f"No display found, so the desk was rendered offscreen to {target}")
            return 0
        window.show()
        _start_backup(window, data_dir)
        if os.environ.get("TRIPTYCH_EXIT_AFTER_FIRST_PAINT"):
            from desktop.ui.screenshot import exit_after_first_paint

            exit_after_first_paint(app, [p.view.viewport() for p in window.panes()])
        return app.exec()
    finally:
        close_database()


def _open_or_offer_new(data_dir: DataDir, *, interactive: bool) -> bool:
    """Open the database; if it is damaged, keep it and offer to start a new one beside it."""
    from desktop.storage.database import DatabaseDamagedError, open_database, set_aside

    try:
        open_database(data_dir.database)
        return True
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
        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "app", "The damaged database was kept as %1.").replace("%1", str(kept)))
        open_database(data_dir.database)
        return True


def _start_backup(window, data_dir: DataDir) -> None:  # noqa: ANN001
    """A rotating backup of the database, taken in the background once the desk shows."""
    from desktop.storage.database import backup_database
    from desktop.ui.tasks import Task

    task = Task(lambda _progress, _cancelled: backup_database(data_dir.database, data_dir.backups), window)
    task.failed.connect(lambda exc: log.warning("backup failed: %s", exc))
    task.start()


def _screenshot(app, window, path: Path, size: tuple[int, int]) -> None:  # noqa: ANN001
    from desktop.ui.screenshot import render_window

    try:
        render_window(app, window, path, size)
    except OSError as exc:
        raise UserError('Cannot write the screenshot {path}: {value}.', path=path, value=exc.strerror or exc) from exc


def install_qt_message_handler() -> None:
    """Route Qt's own warnings into the log file instead of the terminal."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type, context, message: str) -> None:  # noqa: ANN001
        qt_log.log(levels.get(msg_type, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook(data_dir: DataDir) -> None:
    """Log unexpected exceptions and show them with details; UserErrors kindly."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from PySide6.QtWidgets import QApplication

        from desktop.ui.dialogs import show_error

        parent = QApplication.activeWindow()
        if isinstance(exc, UserError):
            from desktop.ui.i18n import error_text

            show_error(parent, error_text(exc))
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        show_error(
            parent,
            f"Something went wrong inside Triptych and the last action may not have finished. "
            f"The details are in {data_dir.logs / 'triptych.log'}.",
            details,
        )

    sys.excepthook = hook
    threading.excepthook = lambda args: log.error(
        "unexpected error in a thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
    )
