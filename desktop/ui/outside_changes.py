"""What another process writes to the library file shows in the open desk.

``triptych import FILE`` in a terminal, a ``pull``, or another desk on the same file
writes to the SQLite file this desk has open; without this the library list showed it
only after a restart. (A shared library tells its desks by PostgreSQL's notices:
desktop.ui.live.)

The desk notices by two ways, neither of which costs anything while nothing happens:

- a QFileSystemWatcher on the file and its write-ahead log (where SQLite puts every
  commit first), and on their folder (the log comes and goes, and a watched file that is
  replaced is no longer watched); a change is looked at once 250 ms have passed, so a
  burst of commits is one look;
- the desk becoming the active application again (back from the terminal), for file
  systems that send no change.

A look is SQLite's ``PRAGMA data_version`` on the desk's connection, which changes only
when another connection has committed: one read, whatever the size of the library, and
the desk's own edits do not count -- nor do the writes its workers make on their own
connections (a translation's batches: desktop.storage.own_writes). When it changed, ``changed`` is emitted and the
library list reads its count and the rows on screen again, keeping the person's
selection and place in the list (LibraryDock.reload).

Signals:
    changed(): another connection has committed to the database since the last look.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)


class OutsideChanges(QObject):
    """Watches the database file for other processes' commits (see the module docstring)."""

    changed = Signal()

    SETTLE_MS = 250

    def __init__(self, parent: QObject, path: Path) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._files = [str(self.path), str(self.path.with_name(self.path.name + "-wal"))]
        from desktop.storage.own_writes import take

        # The baseline: what the desk's workers wrote before it was taken is in it already
        # (left uncounted, it would hide the next change another program makes).
        take()
        self._version = self._read_version()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SETTLE_MS)
        self._timer.timeout.connect(self.check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._watch()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)

    def _watch(self) -> None:
        """Watch what exists of the file, its log and their folder (again, after a replacement)."""
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        wanted = [p for p in (*self._files, str(self.path.parent)) if p not in watched and Path(p).exists()]
        if wanted:
            self._watcher.addPaths(wanted)

    def _on_watcher_changed(self, _path: str) -> None:
        self._watch()
        if not self._timer.isActive():  # not restarted: a steady stream of commits is still looked at
            self._timer.start()

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    @staticmethod
    def _read_version() -> int | None:
        from desktop.storage.database import data_version

        return data_version()

    def check(self) -> bool:
        """Look now; emit ``changed`` (and return True) when another connection has committed."""
        self._timer.stop()
        version = self._read_version()
        if version is None:
            return False
        from desktop.storage.own_writes import take

        own = take()
        previous, self._version = self._version, version
        if previous is None or version == previous:
            return False
        if own.commits and not own.foreign:
            log.debug("the library changed by the desk's own background writes only")
            return False
        log.info("the library was changed by another program; reading it again")
        self.changed.emit()
        return True
