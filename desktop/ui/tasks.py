"""Background tasks: run a function off the GUI thread, hear back by signal.

The function takes ``progress(done, total)`` and ``cancel()`` callables (services are
written that way so they are tested without Qt); its result or its exception comes
back on the GUI thread through the task's signals. Workers never touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

_running: set[Task] = set()  # started and not yet finished (kept alive until then)


def stop_all(timeout_ms: int = 30_000) -> bool:
    """Ask every running task to stop and wait for the pool (before the app quits: Python
    must not be torn down under a worker). True when all finished in time."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Task(QObject):
    """One piece of background work.

    Signals:
        progressed(int, int): (done, total) as reported by the work.
        succeeded(object): the work's return value.
        failed(object): the exception the work raised.
        finished(): after succeeded or failed, always.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[ProgressFn, CancelFn], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancelled = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _run(self) -> None:
        try:
            result = self._fn(self.progressed.emit, self.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            if not isinstance(exc, Exception):
                raise
            log.debug("task failed: %r", exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            _running.discard(self)
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()
