"""The undo command of every annotation, tag, note, link and colour-meaning change.

The change is made by the annotation service (committed) *before* the command is
pushed, so a change that fails -- a UserError -- is shown and never enters the undo
stack. The command keeps the operation that takes the change back; undoing it gives
the operation that makes it again, and so on: undo and redo are operations of the
service, which restores rows with their ids. Qt calls ``redo()`` on push; that first
call is skipped, the change being done already.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.annotation_steps import Operation
from desktop.services.changes import ChangeSet


class OperationCommand(QUndoCommand):
    """An undoable change made by the annotation service.

    ``report(changes)`` is told what each undo and redo changed; ``failed(error)``, when
    one cannot be made (the rows changed meanwhile, e.g. in another window).
    ``text()`` says what the change was in the interface language of the moment: it is
    asked again by ``retranslate()`` when the language changes, so the Undo entry of a
    change made before the switch does not stay in the old language.
    """

    def __init__(self, text: Callable[[], str], undo: Operation, report: Callable[[ChangeSet], None],
                 failed: Callable[[UserError], None]) -> None:
        super().__init__(text())
        self._text = text
        self._undo: Operation | None = undo
        self._redo: Operation | None = None
        self._report, self._failed = report, failed
        self._pushed = False

    def retranslate(self) -> None:
        self.setText(self._text())

    def redo(self) -> None:
        if not self._pushed:  # Qt's call on push: the change is already made
            self._pushed = True
            return
        if self._redo is not None:
            self._undo = self._run(self._redo)

    def undo(self) -> None:
        if self._undo is not None:
            self._redo = self._run(self._undo)

    def _run(self, operation: Operation) -> Operation | None:
        try:
            outcome = service.apply(operation)
        except UserError as exc:
            self.setObsolete(True)
            self._failed(exc)
            return None
        self._report(outcome.changes)
        return outcome.undo


def retranslate_stack(stack: QUndoStack) -> None:
    """Say every command of ``stack`` in the interface language now (after a switch)."""
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, OperationCommand):
            command.retranslate()
