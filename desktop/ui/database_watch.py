"""A desk that loses its database says so once, stays readable, and gets it back.

The database file can go while the desk has it open: deleted, moved, replaced by another
file (a backup copied over it), or its disk unmounted. On Linux and macOS the open file
still answers, so nothing breaks at once -- and every change written after that would
be lost with it. The write transaction already refuses to write into a file that is no
longer at its path (one sentence per refused edit); this watch notices it first, shows a
bar across the desk that says what happened and what can be done, and clears it when
the file is back:

- **the same file is back** (moved back, the disk mounted again): the bar goes;
- **nothing is at the path**: *Put it back* writes the library the desk still has open
  to its place (the open file is read whole, with SQLite's backup API), *Locate…* takes
  the file from where it went (copied back, the person's copy stays where it is);
- **another file is at the path**: *Use the file that is there now* opens it (the
  library the desk had is first kept beside it under another name, so nothing is lost).

Signals:
    lost(str): the sentence, when the database is found gone or replaced.
    recovered(): the database at the path is usable again (views should read it anew).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QPushButton, QToolBar, QWidget

from desktop.core import faults
from desktop.core.errors import Message, UserError
from desktop.core.faults import Fault, FaultError
from desktop.storage.sqlite_file import FileState

log = logging.getLogger(__name__)

# What the bar says the desk does meanwhile (the second half of its sentence).
READ_ONLY_MEANWHILE = Message("what is on screen stays readable, and changes are refused until it is back")


class DatabaseWatch(QObject):
    """Watches the database file of a desk (see the module docstring)."""

    lost = Signal(str)
    recovered = Signal()

    INTERVAL_MS = 2000

    def __init__(self, window: QMainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        self.state = FileState.PRESENT
        self.bar = LostDatabaseBar(window, self)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(self.path.parent))
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._timer = QTimer(self)  # a folder unmounted sends no change; look now and then
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _on_watcher_directory_changed(self, _path: str) -> None:
        self.check()

    def check(self) -> FileState:
        """Look at the file now; say so when it went or came back."""
        from desktop.storage.database import database_state

        state = database_state()
        if state is self.state:
            return state
        previous, self.state = self.state, state
        if state is FileState.PRESENT:
            log.info("the database %s is back", self.path)
            self.bar.hide()
            self.recovered.emit()
            return state
        fault = Fault.DB_MISSING if state is FileState.MISSING else Fault.DB_REPLACED
        message = self._text(FaultError(fault, READ_ONLY_MEANWHILE, self.path))
        log.warning("the database %s is %s", self.path, state.value)
        self.bar.show_state(state, message)
        if previous is FileState.PRESENT:
            self.lost.emit(message)
        return state

    @staticmethod
    def _text(error: UserError) -> str:
        from desktop.ui.i18n import error_text

        return error_text(error)

    # -- what the person can do --------------------------------------------------------

    def put_back(self) -> bool:
        """Write the library the desk still has open to its place; then use it there."""
        from desktop.storage.database import db

        if self.path.exists():
            return False
        partial = self.path.with_name(self.path.name + ".restored")
        try:
            with faults.reported(faults.NOTHING_CHANGED, self.path):
                _copy_from_connection(db.raw_connection(), partial)
                db.close_all()  # before the copy has a log of its own (see SqliteFileDatabase.close_all)
                from desktop.core.files import replace_durably

                replace_durably(partial, self.path)
        except UserError as exc:
            partial.unlink(missing_ok=True)
            self._tell(exc)
            return False
        log.warning("the database %s was put back from the copy the desk had open", self.path)
        return self._reopen()

    def use_the_file_there(self) -> bool:
        """Open the file now at the path; the library the desk had is kept beside it first."""
        from desktop.storage.database import db

        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.stem}.before-replaced-{stamp}{self.path.suffix}")
        try:
            with faults.reported(faults.NOTHING_CHANGED, kept):
                _copy_from_connection(db.raw_connection(), kept)
                db.close_all()
                # The write-ahead log beside the new file is the old one's (SQLite keeps the
                # log of a moved file): opened with it, the new file would read the old
                # one's pages. It goes with the copy of the old one.
                for extra in ("-wal", "-shm"):
                    side = self.path.with_name(self.path.name + extra)
                    if side.exists():
                        side.rename(kept.with_name(kept.name + extra + ".stale"))
        except UserError as exc:
            self._tell(exc)
            return False
        log.warning("the database the desk had open was kept as %s", kept)
        return self._reopen()

    def locate(self) -> bool:
        """Ask where the file went; copy it back to its place (the chosen one stays)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("DatabaseWatch", "Where is the library now?"),
            str(self.path.parent), QCoreApplication.translate("DatabaseWatch", "Triptych library (*.sqlite3)"))
        if not chosen:
            return False
        return self.take_from(Path(chosen))

    def take_from(self, source: Path) -> bool:
        if self.path.exists():
            return False
        try:
            with faults.reported(faults.NOTHING_CHANGED, self.path):
                connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    _copy_from_connection(connection, self.path)
                finally:
                    connection.close()
        except (UserError, sqlite3.Error) as exc:
            self._tell(exc if isinstance(exc, UserError) else
                       FaultError(Fault.DAMAGED, faults.NOTHING_CHANGED, source))
            return False
        return self._reopen()

    def _reopen(self) -> bool:
        from desktop.storage.database import open_database

        try:
            open_database(self.path)
        except UserError as exc:
            self._tell(exc)
            return False
        self.state = FileState.PRESENT
        self.bar.hide()
        self.recovered.emit()
        return True

    def _tell(self, exc: UserError) -> None:
        show = getattr(self.window, "show_error", None)
        if show is not None:
            show(self._text(exc))


def _copy_from_connection(source: sqlite3.Connection, target: Path) -> None:
    """A complete copy of what ``source`` reads, put at ``target`` in one rename."""
    from desktop.core.files import replace_durably

    partial = target.with_name(target.name + ".part")
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
        replace_durably(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class LostDatabaseBar(QToolBar):
    """The bar across the desk while its database is gone: the sentence and what to do."""

    def __init__(self, parent: QWidget, watch: DatabaseWatch) -> None:
        super().__init__(parent)
        self.setObjectName("lostDatabaseBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.watch = watch
        self.label = QLabel(self)
        self.label.setObjectName("lostDatabaseText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(self.label)
        self.put_back_button, self._put_back = self._button("putBack", watch.put_back)
        self.locate_button, self._locate = self._button("locate", watch.locate)
        self.use_button, self._use = self._button("useThere", watch.use_the_file_there)
        self.retranslate_ui()

    def _button(self, name: str, slot: Callable[[], bool]) -> tuple[QPushButton, QAction]:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button, self.addWidget(button)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Library gone"))
        self.put_back_button.setText(self.tr("Put it back"))
        self.locate_button.setText(self.tr("Locate…"))
        self.use_button.setText(self.tr("Use the file that is there now"))

    def show_state(self, state: FileState, message: str) -> None:
        self.label.setText(message)
        missing = state is FileState.MISSING
        self._put_back.setVisible(missing)
        self._locate.setVisible(missing)
        self._use.setVisible(not missing)
        self.show()
