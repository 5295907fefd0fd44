"""Background tasks: run a function off the GUI thread, hear back by signal.

The function takes ``progress(done, total)`` and ``cancel()`` callables (services are
written that way so they are tested without Qt); its result or its exception comes
back on the GUI thread through the task's signals. Workers never touch widgets.

A task lives as long as its work, whatever happens to the widget that started it: it
has no Qt parent (a dialog closed and deleted mid-way used to take the task's signals
with it, and the worker then failed on "Signal source has been deleted"), and this
module holds it from ``start()`` until the GUI thread has delivered its last signal.
Qt stops delivering a signal to a QObject that is gone, so connect a task's signals to
methods of the widget, not to lambdas that would reach into it; and let the work hand
partial results to the task's own ``delivered`` signal, not to a signal of an object
that may be gone by then (closing the desk during a translation printed "Signal source
has been deleted").
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class _Registry(QObject):
    """The running tasks, let go of on the GUI thread only.

    A task must not be destroyed on its worker thread (a QObject of the GUI thread, with
    signals still queued for it): the worker drops its own reference first and only
    then says it is done, so the last reference is always the one released here.

    Signals:
        done(int): the task with this key has finished and delivered its signals.
    """

    done = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}
        self._keys = itertools.count(1)
        self.done.connect(self._on_done)

    def add(self, task: Task) -> int:
        key = next(self._keys)
        self.tasks[key] = task
        return key

    def _on_done(self, key: int) -> None:
        self.tasks.pop(key, None)


_registry: _Registry | None = None


def _tasks() -> _Registry:
    global _registry
    if _registry is None:  # made on the GUI thread, by the first task's start()
        _registry = _Registry()
    return _registry


def running() -> list[Task]:
    """The tasks started and not yet done."""
    return list(_tasks().tasks.values())


def stop_all(timeout_ms: int = 30_000) -> bool:
    """Ask every running task to stop and wait for the pool (before the app quits: Python
    must not be torn down under a worker). True when all finished in time."""
    for task in running():
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Task(QObject):
    """One piece of background work.

    Signals:
        progressed(int, int): (done, total) as reported by the work.
        delivered(object): a part of the result, before the end (the work emits it).
        succeeded(object): the work's return value.
        failed(object): the exception the work raised.
        finished(): after succeeded or failed, always.
    """

    progressed = Signal(int, int)
    delivered = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[ProgressFn, CancelFn], Any], owner: QObject | None = None) -> None:
        """``owner``: the object the result is for; when it is destroyed, nobody is left to
        hear the result, so the work is asked to stop (it is not the task's Qt parent)."""
        super().__init__()
        self._fn = fn
        self._cancelled = threading.Event()
        self.running = False
        if owner is not None:
            owner.destroyed.connect(self.cancel)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        key = _tasks().add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self, key))

    def _run(self) -> None:
        """On the worker thread."""
        try:
            result = self._fn(self.progressed.emit, self.is_cancelled)
        except Exception as exc:  # delivered to the GUI thread, by failed
            log.debug("task failed: %r", exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task, key: int) -> None:
        super().__init__()
        self._task: Task | None = task
        self._key = key

    def run(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        try:
            task._run()
        finally:
            del task  # the worker lets go first: the task is destroyed on the GUI thread
            _tasks().done.emit(self._key)


def keep_until_done(widget: QWidget, task: Task) -> None:
    """Let ``widget`` (a dialog) be closed while ``task`` runs without being deleted: it is
    only hidden, still receives the result, and is deleted once the task is done (if it
    was to be deleted on close and has not been shown again)."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        return
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    _Finisher(widget, task)


class _Finisher(QObject):
    """Deletes a hidden widget after its task; a child of the widget, so it goes with it."""

    def __init__(self, widget: QWidget, task: Task) -> None:
        super().__init__(widget)
        self._widget = widget
        task.finished.connect(self._on_task_finished)

    def _on_task_finished(self) -> None:
        if self._widget.isVisible():
            self._widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        else:
            self._widget.deleteLater()
        self.deleteLater()
