"""The desk on a shared library: colleagues' changes as they come, the connection shown.

:class:`LiveDesk` runs the change feed (desktop.services.live) and brings what it hears
to the GUI thread by queued signals. A colleague's change set goes the way one's own
does (``Notebook.apply_remote`` -> ``apply_changes``): the Notebook, the readers' highlights and the link
markers update only the rows it names; the library's counts follow. Nothing of it goes
on the undo stack, which holds one's own changes only.

The status bar says which library the desk is on and whether the server answers. When
it does not, what is on screen stays readable, a change is refused with one sentence
(nothing is queued), and the desk reconnects by itself; once back it reads its views
again (what colleagues did meanwhile was not heard) and saves a note that was being
typed.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from desktop.services.live import ChangeFeed, RemoteChange
from desktop.storage import engine, identity

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class LiveDesk(QObject):
    """Colleagues' changes and the state of the connection, for one main window.

    Colleagues' changes wait in a list, filled on the feed's thread; the GUI thread takes
    everything that is there in one go and applies it as one change set, so a desk keeps up
    with a busy library (20 writers at once: see benchmarks/shared_library.py).

    Signals:
        pending(): emitted on the feed's thread when the list was empty; delivered on the GUI thread.
        connectionChanged(bool): likewise; True when the server is back.
        applied(RemoteChange): once the desk shows a colleague's change.

    Attributes:
        connected: whether the server answered last.
        indicator: the status bar's label.
    """

    pending = Signal()
    connectionChanged = Signal(bool)
    applied = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.connected = True  # the desk opened on it a moment ago
        self.indicator = QLabel(window.statusBar())
        self.indicator.setObjectName("sharedLibraryStatus")
        window.statusBar().addPermanentWidget(self.indicator)
        self._waiting: list[RemoteChange] = []
        self._lock = threading.Lock()
        self.pending.connect(self._on_pending, Qt.ConnectionType.QueuedConnection)
        self.connectionChanged.connect(self._on_connection_changed, Qt.ConnectionType.QueuedConnection)
        self.feed = ChangeFeed(self._arrived, self.connectionChanged.emit, session=identity.SESSION)
        self.feed.connected = True
        self.retranslate_ui()

    def start(self) -> None:
        self.feed.start()

    def stop(self) -> None:
        self.feed.stop()

    def retranslate_ui(self) -> None:
        where = f"\u2068{engine.shown()}\u2069"  # an address reads left to right in an Arabic sentence too
        if self.connected:
            who = f"\u2068{identity.author()}\u2069" if identity.author() else ""
            text = (self.tr("Shared library %1, as %2").replace("%1", where).replace("%2", who) if who
                    else self.tr("Shared library %1").replace("%1", where))
            self.indicator.setStyleSheet("")
            self.indicator.setToolTip(self.tr("Colleagues' changes appear as they make them."))
        else:
            text = self.tr("Shared library %1 cannot be reached; reconnecting…").replace("%1", where)
            self.indicator.setStyleSheet("color: #b00020; font-weight: bold;")
            self.indicator.setToolTip(self.tr("What is on screen stays readable; changes are refused until the "
                                              "server answers again."))
        self.indicator.setText(text)

    def note_unreachable(self) -> None:
        """A change was just refused because the server did not answer (before the feed noticed)."""
        if self.connected:
            self.connected = False
            self.retranslate_ui()

    def _arrived(self, change: RemoteChange) -> None:
        """On the feed's thread: keep it; wake the GUI thread unless it is already woken."""
        with self._lock:
            self._waiting.append(change)
            wake = len(self._waiting) == 1
        if wake:
            self.pending.emit()

    def _on_pending(self) -> None:
        with self._lock:
            batch, self._waiting = self._waiting, []
        notebook = self.window.notebook
        if not batch or notebook is None:
            return
        notebook.apply_remote(batch)
        if any(c.changes.created_ids("annotation") or c.changes.deleted_ids("annotation")
               or c.changes.touches("document") for c in batch):
            self.window.library.reload()  # a colleague's new article, the counts of annotations per article
        for change in batch:
            self.applied.emit(change)

    def _on_connection_changed(self, connected: bool) -> None:
        was = self.connected
        self.connected = connected
        self.retranslate_ui()
        if connected and not was:
            log.info("the shared library is back; reading the views again")
            self.window.statusBar().showMessage(self.tr("The shared library answers again."), 8000)
            if self.window.notebook is not None:
                unsaved = self.window.notebook.panel.has_unsaved_note()
                self.window.notebook.refresh()
                if unsaved:
                    self.window.notebook.panel.commit_note()
            self.window.refresh_library()
        elif not connected and was:
            self.window.statusBar().showMessage(
                self.tr("The shared library cannot be reached: what is on screen stays readable, changes are "
                        "refused until it answers again."), 15000)
