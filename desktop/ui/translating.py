"""Translation in the desk: one background job per pane, sentences shown as they come.

A pane in a translation mode asks for its document in the target language; the job
runs the service (desktop.services.translation) in the thread pool, and each stored
batch comes back by signal, so the first sentences show while the rest are still
being translated and the window stays responsive. Cancel stops before the next
batch; what was done is kept (and cached).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog

from desktop.core.errors import UserError
from desktop.ui.tasks import CancelFn, ProgressFn, Task

if TYPE_CHECKING:  # the service is imported when the first translation starts, the window imports this
    from desktop.services.translation import Sentence
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import DocumentPane

log = logging.getLogger(__name__)


@dataclass(eq=False)
class PaneTranslation:
    """What a pane's translation into ``target`` shows: the sentences known so far. It
    stays with the pane (for its views, its layouts) after its job is done and gone.

    Attributes:
        job: the run that fills it, until that run's result or error has arrived.
        stored_only: no model: what was shown is what storage had.
    """

    pane: DocumentPane
    target: str
    document_id: str  # the pane may go before its job's last signal
    sentences: dict[tuple[int, int], Sentence] = field(default_factory=dict)
    stored_only: bool = False
    job: TranslationJob | None = None

    @property
    def finished(self) -> bool:
        """Whether its result or error has arrived (on the GUI thread)."""
        return self.job is None


class TranslationJob(QObject):
    """One run of a pane's translation: its background task, heard on the GUI thread.

    The task outlives the job (desktop.ui.tasks): the window can be closed and deleted,
    and the job with it, while the worker still translates. So the worker hands each
    batch to the task's own ``delivered`` signal, never to a signal of the job, and the
    task's signals reach the controller through the job's methods, never through lambdas:
    Qt stops delivering to a job that is gone, and nothing is said to a controller or a
    pane that is gone ("Signal source has been deleted" when the desk was closed during
    a translation). Once its result or error has been told (every batch came before it,
    from the same thread), the job deletes itself: a child of the controller kept for the
    window's life by every run before used to add up.
    """

    def __init__(self, translation: PaneTranslation, parent: TranslationController) -> None:
        super().__init__(parent)
        self.controller = parent
        self.translation = translation
        translation.job = self
        pane, target = translation.pane, translation.target
        document_id, text, language = pane.document_id, pane.view.text, pane.language

        def work(progress: ProgressFn, cancelled: CancelFn) -> tuple[list[Sentence], bool]:
            from desktop.services.translation import NoModelError, translate_document
            from desktop.storage.own_writes import background_writes

            try:
                with background_writes():  # the batches are the desk's own (ui.outside_changes)
                    return translate_document(document_id, text, language, target, progress=progress,
                                              cancelled=cancelled, on_batch=task.delivered.emit), False
            except NoModelError:
                # No model: a translation a person loaded (or one made before a model was
                # removed) is still there to read.
                known = stored_translations(document_id, text, target)
                if not any(s.text is not None for s in known):
                    raise
                task.delivered.emit([s for s in known if s.text is not None])
                return known, True

        self.task = task = Task(work, self)
        task.delivered.connect(self._on_task_delivered)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)

    def _on_task_delivered(self, batch: list[Sentence]) -> None:
        self.controller._on_batch(self.translation, batch)

    def _on_task_progressed(self, done: int, total: int) -> None:
        shown = self.translation
        if not self.task.is_cancelled() and self.controller.jobs.get(shown.pane) is shown:
            shown.pane.show_progress(done, total)

    def _on_task_succeeded(self, result: tuple[list[Sentence], bool]) -> None:
        sentences, self.translation.stored_only = result
        cancelled = self.task.is_cancelled()
        self._release()
        self.controller._on_done(self.translation, sentences, cancelled)

    def _on_task_failed(self, exc: Exception) -> None:
        self._release()
        self.controller._on_failed(self.translation, exc)

    def _release(self) -> None:
        self.translation.job = None
        self.deleteLater()


def stored_translations(document_id: str, text: str, target: str) -> list[Sentence]:
    """Every sentence of a document with the translation into ``target`` that storage
    holds (a person's first, else any model's), or none."""
    from desktop.services.translation import Sentence, document_sentences
    from desktop.storage.translations import PERSON, any_cached, cached

    known = any_cached(document_id, target)
    person = cached(document_id, target, PERSON)
    result: list[Sentence] = []
    for s in document_sentences(text):
        found = known.get((s.start, s.end))
        result.append(Sentence(s.paragraph, s.start, s.end, s.source, found, (s.start, s.end) in person)
                      if found is not None else s)
    return result


class TranslationController(QObject):
    """Starts, updates and cancels the translation of panes.

    Signals:
        modelsRequested(): the person asked to manage models (from a pane's message).
        updated(object): a pane's translation view was rebuilt.
        translationStored(str): the translations of a document (its id) changed in
            storage: a model's finished or stopped, a person's loaded or corrected, in
            whatever mode its pane is (Compare mode compares on them).
    """

    modelsRequested = Signal()
    updated = Signal(object)
    translationStored = Signal(str)

    def __init__(self, parent: MainWindow, target: str = "en") -> None:
        super().__init__(parent)
        self.window = parent
        self.target = target
        # Each pane's translation (its job, while one runs).
        self.jobs: dict[DocumentPane, PaneTranslation] = {}
        self._pending: set[DocumentPane] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._flush)

    def attach(self, pane: DocumentPane) -> None:
        pane.modeChanged.connect(self._on_pane_mode_changed)
        pane.cancelRequested.connect(self.cancel)
        pane.modelsRequested.connect(self.modelsRequested)
        pane.translationViewCreated.connect(
            lambda view, p=pane: view.sentenceActivated.connect(lambda i: self.edit_sentence(p, i))
        )

    def set_target(self, target: str) -> None:
        if target == self.target:
            return
        self.target = target
        for pane in list(self.window.panes()):
            if pane.mode != "original":
                self.start(pane)

    def _on_pane_mode_changed(self, pane: DocumentPane, mode: str) -> None:
        if mode == "original":
            self.cancel(pane)
            return
        job = self.jobs.get(pane)
        if job is not None and job.target == self.target:
            self._render(pane)  # same translation, another layout
            return
        self.start(pane)

    def start(self, pane: DocumentPane) -> None:
        """(Re)translate a pane's document into the target language, in the background."""
        self.cancel(pane)
        from desktop.services.translation import document_sentences

        shown = PaneTranslation(pane, self.target, pane.document_id,
                                {(s.start, s.end): s for s in document_sentences(pane.view.text)})
        job = TranslationJob(shown, self)
        self.jobs[pane] = shown
        pane.show_progress(0, len(shown.sentences))
        self._render(pane)
        job.task.start()

    def cancel(self, pane: DocumentPane) -> None:
        shown = self.jobs.get(pane)
        if shown is not None and shown.job is not None:
            shown.job.task.cancel()

    def busy(self, pane: DocumentPane) -> bool:
        job = self.jobs.get(pane)
        return job is not None and not job.finished

    def _on_batch(self, job: PaneTranslation, batch: list[Sentence]) -> None:
        if self.jobs.get(job.pane) is not job:
            return
        for s in batch:
            job.sentences[(s.start, s.end)] = s
        self._pending.add(job.pane)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        for pane in list(self._pending):
            if pane in self.jobs:
                self._render(pane)
        self._pending.clear()

    def note_stored(self, document_id: str) -> None:
        """Say that a document's translations changed in storage (translationStored)."""
        self.translationStored.emit(document_id)

    def _on_done(self, job: PaneTranslation, result: list[Sentence], cancelled: bool) -> None:
        if not job.stored_only:  # a model's sentences are cached, even when cancelled or replaced
            self.note_stored(job.document_id)
        if self.jobs.get(job.pane) is not job:
            return
        for s in result:
            job.sentences[(s.start, s.end)] = s
        self._pending.discard(job.pane)  # shown whole now: no batch left to show
        self._render(job.pane)
        if cancelled:
            if job.pane.mode != "original":
                job.pane.show_message(self.tr("Translation cancelled; the sentences already done are kept."))
        elif job.stored_only and any(s.text is None for s in result):
            job.pane.show_message(self.tr("No translation model is installed: the sentences translated before "
                                          "are shown, the others are not translated."), offer_models=True)
        else:
            job.pane.hide_status()

    def _on_failed(self, job: PaneTranslation, exc: Exception) -> None:
        self.note_stored(job.document_id)  # the batches done before it failed are cached
        if self.jobs.get(job.pane) is not job:
            return
        from desktop.services.translation import NoModelError
        from desktop.ui.i18n import error_text

        if isinstance(exc, NoModelError):
            job.pane.show_message(error_text(exc), offer_models=True)
        elif isinstance(exc, UserError):
            job.pane.show_message(error_text(exc))
        else:
            job.pane.show_message(self.tr("The translation failed; the details are in the log."))
            log.error("translation failed", exc_info=exc)

    def _render(self, pane: DocumentPane) -> None:
        job = self.jobs.get(pane)
        if job is None or pane.mode == "original":
            return
        sentences = sorted(job.sentences.values(), key=lambda s: s.start)
        pane.translation_view.set_sentences(
            sentences, source_language=pane.language, source_direction=pane.direction, target_language=job.target,
            interlinear=pane.mode == "interlinear", zoom=pane.view.zoom, line_spacing=pane.view.line_spacing,
            kinds=pane.view.kinds,
        )
        pane.translation_rebuilt()  # the highlights, the rows side by side, the place
        self.updated.emit(pane)

    def rerender(self, pane: DocumentPane) -> None:
        """Build a pane's translation view again from what is there (fonts or colours changed)."""
        if pane.mode != "original":
            self._render(pane)

    def ask_correction(self, sentence: Sentence) -> str | None:
        """The person's translation of ``sentence``, typed in a dialog (None: cancelled). The
        original stands above, wrapped (a long sentence on one line made the dialog as wide
        as the screen); over a person's translation, a line says that it is replaced."""
        from PySide6.QtWidgets import QLabel, QPlainTextEdit

        dialog = QInputDialog(self.window)
        dialog.setObjectName("correctionDialog")
        dialog.setWindowTitle(self.tr("Correct the translation"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        label = sentence.source
        if sentence.corrected:
            label += "\n\n" + self.tr("This is a person's translation (yours, or loaded from a file): what you "
                                       "type here replaces it.")
        dialog.setLabelText(label)
        dialog.setTextValue(sentence.text or "")
        for child in dialog.findChildren(QLabel):
            child.setWordWrap(True)
        for editor in dialog.findChildren(QPlainTextEdit):  # the translation wraps as it is read
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        dialog.resize(560, dialog.sizeHint().height())
        accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.deleteLater()
        return text if accepted else None

    def edit_sentence(self, pane: DocumentPane, index: int, text: str | None = None) -> bool:
        """Let a person correct one sentence's translation (kept, marked, never overwritten)."""
        from desktop.services.translation import correct

        sentence = pane.translation_view.sentences[index]
        if text is None:
            text = self.ask_correction(sentence)
            if text is None:
                return False
        try:
            correct(pane.document_id, sentence.start, sentence.end, self.target, text)
        except UserError as exc:
            from desktop.ui.i18n import error_text

            self.window.show_error(error_text(exc))
            return False
        self.note_stored(pane.document_id)
        self.start(pane)
        return True
