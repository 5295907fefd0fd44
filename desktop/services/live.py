"""Live updates on a shared library: what colleagues change reaches every open desk.

Each operation of the annotation service sends, with its commit, a notice of its change
set on the server's channel (PostgreSQL's NOTIFY; a notice is never seen before the
change is committed, and one that is rolled back is never sent). A notice is JSON:
the sender's session and name, and the created, updated and deleted rows
(``[kind, key]``). One larger than PostgreSQL's 8000 bytes goes in several pieces;
a desk applies them as they come (a change set names rows, and a view reads each row
named, so pieces and repeats do no harm).

:class:`ChangeFeed` listens in a thread of its own, on a connection of its own, and
hands each batch of colleagues' changes (its own session's are left out: the desk
applied those already) to a callback, as :class:`RemoteChange`. When the server goes
away it says so, tries again (after 0.5 s, then up to every 5 s) and says when it is
back -- the desk then reads its views again, as notices sent meanwhile are lost.

No Qt here: the desk wraps the callbacks in signals (desktop.ui.live).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.core.errors import UserError
from desktop.services.changes import KINDS, ChangeRecorder, ChangeSet

log = logging.getLogger(__name__)

#: Bytes of one notice (PostgreSQL refuses a payload of 8000 or more).
NOTICE_LIMIT = 7000
_FIELDS = (("c", "created"), ("u", "updated"), ("d", "deleted"))


@dataclass(frozen=True)
class RemoteChange:
    """What a colleague's operation changed.

    Attributes:
        session: the sending process (desktop.storage.identity.SESSION).
        author: the sender's name ("" when they gave none).
        changes: the rows created, updated and deleted.
    """

    session: str
    author: str
    changes: ChangeSet


def notices(changes: ChangeSet, session: str, author: str) -> list[str]:
    """The notices (JSON texts, each under NOTICE_LIMIT bytes) that announce ``changes``."""
    head = {"v": 1, "s": session, "a": author}
    entries = [(short, [entry[0], entry[1]]) for short, name in _FIELDS
               for entry in sorted(getattr(changes, name), key=str)]
    found: list[str] = []
    current: dict[str, list[list[object]]] = {}
    size = len(json.dumps(head, ensure_ascii=False).encode())
    for short, entry in entries:
        piece = len(json.dumps(entry, ensure_ascii=False).encode()) + 8
        if current and size + piece > NOTICE_LIMIT:
            found.append(json.dumps({**head, **current}, ensure_ascii=False, separators=(",", ":")))
            current, size = {}, len(json.dumps(head, ensure_ascii=False).encode())
        current.setdefault(short, []).append(entry)
        size += piece
    if current:
        found.append(json.dumps({**head, **current}, ensure_ascii=False, separators=(",", ":")))
    return found


def read_notice(payload: str) -> RemoteChange | None:
    """A notice as a RemoteChange; None for anything that is not one (logged)."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict) or data.get("v") != 1:
            raise ValueError("not a Triptych change notice")
        recorder = ChangeRecorder()
        for short, name in _FIELDS:
            for kind, key in data.get(short, []):
                if kind not in KINDS or not isinstance(key, str | int):
                    raise ValueError(f"unknown row {kind!r}")
                getattr(recorder, name)(kind, key)
        return RemoteChange(str(data.get("s", "")), str(data.get("a", "")), recorder.change_set())
    except (ValueError, TypeError) as exc:
        log.warning("ignored a change notice that cannot be read: %s", exc)
        return None


def merge(changes: Iterable[RemoteChange]) -> list[RemoteChange]:
    """Notices that arrived together, one per sender (in the order they first came)."""
    by_sender: dict[tuple[str, str], ChangeSet] = {}
    for change in changes:
        key = (change.session, change.author)
        by_sender[key] = by_sender[key].then(change.changes) if key in by_sender else change.changes
    return [RemoteChange(session, author, changes) for (session, author), changes in by_sender.items()]


class ChangeFeed:
    """Colleagues' changes on the shared library in use, from a thread of its own.

    ``on_changes(RemoteChange)`` is called (on the feed's thread) for each batch of other
    sessions' changes; ``on_status(connected)`` when the connection is lost or back.

    Attributes:
        connected: whether the server answered last.
        listening: set while the feed listens (what is committed from then on is heard).
    """

    def __init__(self, on_changes: Callable[[RemoteChange], None], on_status: Callable[[bool], None], *,
                 session: str, poll: float = 1.0, first_retry: float = 0.5, max_retry: float = 5.0) -> None:
        from desktop.storage.database import db
        from desktop.storage.postgres import engine_database

        self._database = engine_database(db)  # the thread makes its own connection with its parameters
        self._on_changes, self._on_status = on_changes, on_status
        self._session = session
        self._poll, self._first_retry, self._max_retry = poll, first_retry, max_retry
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="triptych-live", daemon=True)
        self.connected = False
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        from desktop.storage.postgres import Listener

        retry = self._first_retry
        while not self._stop.is_set():
            try:
                listener = Listener(self._database)
            except UserError as exc:
                self._lost(exc)
                self._stop.wait(retry)  # a timed wait before trying the server again
                retry = min(retry * 2, self._max_retry)
                continue
            retry = self._first_retry
            self.listening.set()
            if not self.connected:
                self.connected = True
                log.info("listening for colleagues' changes on %s", listener.address.shown)
                self._on_status(True)
            try:
                while not self._stop.is_set():
                    self._deliver(listener.wait(self._poll))
            except UserError as exc:
                self._lost(exc)
            finally:
                self.listening.clear()
                listener.close()

    def _lost(self, exc: UserError) -> None:
        if self.connected:
            log.warning("the shared library went away: %s", exc)
            self.connected = False
            self._on_status(False)

    def _deliver(self, payloads: list[str]) -> None:
        found = [c for c in map(read_notice, payloads) if c is not None and c.session != self._session]
        for change in merge(found):
            if change.changes:
                self._on_changes(change)
