"""Importing from the desk: read files off the GUI thread, ask when unsure, store.

Files are read and understood in a background task (decoding and language
identification of a large file take a moment). Back on the GUI thread, files whose
language was uncertain are put to the person; the good ones are stored in one
transaction, the bad ones reported in one dialog, each in one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import UserError
from desktop.core.language import Detection
from desktop.services.importing import UncertainLanguageError, read_article, store_articles
from desktop.storage.documents import NewDocument
from desktop.ui.i18n import error_text
from desktop.ui.tasks import CancelFn, ProgressFn, Task

log = logging.getLogger(__name__)

AskLanguage = Callable[[str, Detection], "str | None"]


def _read_all(paths: list[str], progress: ProgressFn, cancelled: CancelFn) -> list[NewDocument | Exception]:
    results: list[NewDocument | Exception] = []
    for done, path in enumerate(paths):
        if cancelled():
            break
        progress(done, len(paths))
        try:
            results.append(read_article(Path(path)))
        except UserError as exc:
            results.append(exc)
    progress(len(results), len(paths))
    return results


class ImportController(QObject):
    """Runs imports for the main window.

    Signals:
        imported(list): ids of the documents imported (or already present).
        failed(list): one sentence per file that could not be imported.
        progressed(int, int): files read so far, of how many.
        busyChanged(bool)
    """

    imported = Signal(list)
    failed = Signal(list)
    progressed = Signal(int, int)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject, ask_language: AskLanguage) -> None:
        super().__init__(parent)
        self._ask_language = ask_language
        self._task: Task | None = None
        self._paths: list[str] = []

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, paths: list[str]) -> None:
        if self._task is not None:
            return
        self._paths = list(paths)
        self._task = Task(lambda progress, cancelled: _read_all(self._paths, progress, cancelled), self)
        self._task.progressed.connect(self.progressed)
        self._task.succeeded.connect(self._on_task_succeeded)
        self._task.failed.connect(self._on_task_failed)
        self.busyChanged.emit(True)
        self._task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _finish(self) -> None:
        self._task = None
        self.busyChanged.emit(False)

    def _on_task_failed(self, exc: Exception) -> None:
        self._finish()
        raise exc  # a bug, not bad input: let the excepthook log and report it

    def _on_task_succeeded(self, results: list[NewDocument | Exception]) -> None:
        cancelled = self._task is not None and self._task.is_cancelled()
        self._finish()
        if cancelled:
            return
        good: list[NewDocument] = []
        problems: list[str] = []
        for path, result in zip(self._paths, results, strict=False):
            if isinstance(result, UncertainLanguageError):
                code = self._ask_language(Path(path).name, result.detection)
                if code is None:
                    continue
                try:
                    result = read_article(Path(path), code)
                except UserError as exc:
                    result = exc
            if isinstance(result, Exception):
                problems.append(error_text(result))
            else:
                good.append(result)
        ids: list[str] = []
        if good:
            try:
                ids = [r.document.id for r in store_articles(good)]
            except UserError as exc:
                problems.append(error_text(exc))
        if problems:
            self.failed.emit(problems)
        self.imported.emit(ids)
