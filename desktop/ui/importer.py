"""Importing from the desk: read files, URLs and the clipboard off the GUI thread, ask when unsure, store.

Sources are read and understood in a background task (fetching, extracting, OCR and
language identification take a moment; OCR reports page by page and can be
cancelled). Back on the GUI thread, sources whose language was uncertain, and
encrypted PDFs, are put to the person; the good ones are stored in one transaction,
the bad ones reported in one dialog, each in one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import UserError
from desktop.core.language import Detection
from desktop.services.importing import ReadOptions, UncertainLanguageError, read_clipboard, read_source, store_articles
from desktop.services.sources.pdf import PdfPasswordError
from desktop.storage.documents import NewDocument
from desktop.ui.i18n import error_text
from desktop.ui.tasks import CancelFn, ProgressFn, Task

log = logging.getLogger(__name__)

AskLanguage = Callable[[str, Detection], "str | None"]
AskPassword = Callable[[str, bool], "str | None"]


class Clipboard:
    """What was on the clipboard: its HTML (if any) and its plain text."""

    def __init__(self, html: str | None, text: str | None) -> None:
        self.html = html
        self.text = text

    def __str__(self) -> str:
        return "clipboard"


Source = str | Clipboard


_PLAIN = ReadOptions()


def _read(source: Source, language: str | None = None, options: ReadOptions = _PLAIN) -> NewDocument:
    if isinstance(source, Clipboard):
        return read_clipboard(source.html, source.text, language)
    return read_source(source, language, options=options)


def _read_all(sources: list[Source], progress: ProgressFn, cancelled: CancelFn) -> list[NewDocument | Exception]:
    results: list[NewDocument | Exception] = []
    single = len(sources) == 1
    # One source: its own progress (pages of a scan); several: sources read so far.
    options = ReadOptions(progress=progress if single else None, cancelled=cancelled)
    for done, source in enumerate(sources):
        if cancelled():
            break
        progress(done, len(sources))
        try:
            results.append(_read(source, options=options))
        except UserError as exc:
            results.append(exc)
    if not single:
        progress(len(results), len(sources))
    return results


def _name(source: Source) -> str:
    """How a source is named to the person: a URL whole, a file by its name."""
    text = str(source)
    return text if isinstance(source, Clipboard) or "://" in text else Path(text).name


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

    def __init__(self, parent: QObject, ask_language: AskLanguage, ask_password: AskPassword | None = None) -> None:
        super().__init__(parent)
        self._ask_language = ask_language
        self._ask_password = ask_password or (lambda _name, _wrong: None)
        self._task: Task | None = None
        self._paths: list[Source] = []

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, paths: Sequence[Source]) -> None:
        """Read ``paths`` (files, http(s) URLs, or a Clipboard) in the background, then store them."""
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
        for path, first_result in zip(self._paths, results, strict=False):
            result = self._resolve(path, first_result)
            if result is None:
                continue
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

    def _resolve(self, source: Source, result: NewDocument | Exception) -> NewDocument | Exception | None:
        """Ask for what the source needs (a password, its language) and read it again; None if
        the person declines."""
        password: str | None = None
        language: str | None = None
        for _attempt in range(4):
            if isinstance(result, PdfPasswordError):
                password = self._ask_password(_name(source), result.wrong)
                if password is None:
                    return None
            elif isinstance(result, UncertainLanguageError):
                language = self._ask_language(_name(source), result.detection)
                if language is None:
                    return None
            else:
                return result
            try:
                result = _read(source, language, ReadOptions(password=password))
            except UserError as exc:
                result = exc
        return result
