"""The annotation controller: every annotation change the desk makes goes through here.

It asks the annotation service for the change (committed before anything on screen
says it is done), pushes an undo command, and announces the change set, so each view
updates only the rows that changed -- also after undo and redo.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.colors import COLORS
from desktop.core.errors import UserError
from desktop.core.text import shorten
from desktop.services import annotation_service as service
from desktop.services.annotation_service import Outcome
from desktop.services.changes import ChangeSet
from desktop.storage.annotations import AnnotationData
from desktop.ui.commands import OperationCommand
from desktop.ui.i18n import error_text

log = logging.getLogger(__name__)


class AnnotationController(QObject):
    """Owns the undo stack for annotations, tags, notes, links and colour meanings.

    Signals:
        changed(ChangeSet): what a change, an undo or a redo created, updated and deleted.
        failed(str): a change could not be made; the sentence says why.
        unavailable(str): the shared library cannot be reached, so the change was not made
            (said in the status bar, not in a dialog for every keystroke of a note).
        noteConflict(EditConflict): someone else saved the note being edited meanwhile.
        noteOrphaned(AnnotationGone): the highlight of the note being saved was deleted.
    """

    changed = Signal(object)
    failed = Signal(str)
    unavailable = Signal(str)
    noteConflict = Signal(object)
    noteOrphaned = Signal(object)

    def __init__(self, parent: QObject | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        # The stack lives and dies with the controller (a stack cleared by its destructor
        # signals, and nothing that listens may be gone by then).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack()
        self.undo_stack.setParent(self)

    def _report(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)

    def _fail(self, exc: UserError) -> None:
        from desktop.storage.postgres import StoreUnavailable

        if isinstance(exc, StoreUnavailable):
            self.unavailable.emit(error_text(exc))
        else:
            self.failed.emit(error_text(exc))

    def _run(self, label: Callable[[], str], make: Callable[[], Outcome], *, raising: bool = False) -> Outcome | None:
        """Make a change with the service; push its undo; announce what changed. ``raising``:
        a conflict over a note is the caller's to handle."""
        try:
            outcome = make()
        except (service.EditConflict, service.AnnotationGone):
            if raising:
                raise
            return None
        except UserError as exc:
            self._fail(exc)
            return None
        if outcome.changes:
            self.undo_stack.push(OperationCommand(label, outcome.undo, self._report, self._fail))
            self._report(outcome.changes)
        return outcome

    # -- annotations -----------------------------------------------------------------

    def highlight(self, document_id: str, text: str, start: int, end: int, color: str = "yellow",
                  note: str = "", tags: Iterable[str] = ()) -> str | None:
        """Highlight ``text[start:end]`` (the document's text); return the new id (None if refused)."""
        quote = shorten(text[start:end], 30)

        def label() -> str:
            return self.tr("Highlight “%1”").replace("%1", quote)

        outcome = self._run(label, lambda: service.highlight(document_id, start, end, color=color, note=note,
                                                             tags=tags))
        return outcome.value if outcome else None

    def delete(self, annotation_id: str) -> bool:
        from desktop.storage.annotations import find_annotations

        found = find_annotations([annotation_id]).get(annotation_id)
        quote = shorten(found.exact if found else "", 30)

        def label() -> str:
            return self.tr("Delete highlight “%1”").replace("%1", quote)

        return self._run(label, lambda: service.delete_annotation(annotation_id)) is not None

    def set_note(self, annotation_id: str, note: str, base: AnnotationData | None = None) -> bool:
        """Save a note typed on ``base`` (the annotation as the editor had it): a colleague's
        save meanwhile is a noteConflict, a deletion a noteOrphaned, and nothing is saved."""
        try:
            return self._run(lambda: self.tr("Edit note"), lambda: service.edit_annotation(annotation_id, note=note,
                                                                                   base=base), raising=True) is not None
        except service.EditConflict as exc:
            self.noteConflict.emit(exc)
        except service.AnnotationGone as exc:
            self.noteOrphaned.emit(exc)
        return False

    def keep_as_new_note(self, base: AnnotationData, note: str) -> str | None:
        """A note whose highlight was deleted, kept on a new highlight of the same passage."""
        outcome = self._run(lambda: self.tr("Keep note"), lambda: service.keep_as_new_note(base, note))
        return outcome.value if outcome else None

    def set_color(self, annotation_id: str, color: str) -> bool:
        return self._run(lambda: self.tr("Change colour"),
                         lambda: service.edit_annotation(annotation_id, color=color)) is not None

    def set_tags(self, annotation_id: str, names: Iterable[str]) -> bool:
        wanted = list(names)
        return self._run(lambda: self.tr("Change tags"),
                         lambda: service.edit_annotation(annotation_id, tag_names=wanted)) is not None

    def add_tag(self, annotation_id: str, name: str) -> bool:
        return self._run(lambda: self.tr("Change tags"), lambda: service.add_tag(annotation_id, name)) is not None

    def remove_tag(self, annotation_id: str, name: str) -> bool:
        return self._run(lambda: self.tr("Change tags"), lambda: service.remove_tag(annotation_id, name)) is not None

    def reattach(self, annotation_id: str, text: str, start: int, end: int) -> bool:
        """Give an annotation the passage ``start``..``end`` of its document."""
        return self._run(lambda: self.tr("Re-attach highlight"),
                         lambda: service.reattach(annotation_id, start, end)) is not None

    # -- links -----------------------------------------------------------------------

    def _link_label(self, relation: str) -> str:
        """What a link is called in Undo and Redo: "Link passages (Same claim)", the relation
        as the link dialog and Compare mode name it."""
        from desktop.ui.relations import relation_label

        return self.tr("Link passages (%1)").replace("%1", relation_label(relation))

    def link(self, source_id: str, target_id: str, relation: str, note: str = "") -> bool:
        return self._run(lambda: self._link_label(relation),
                         lambda: service.link(source_id, target_id, relation, note)) is not None

    def link_passages(self, a: tuple[str, int, int], b: tuple[str, int, int], relation: str) -> bool:
        """Link two passages (document id, start, end), highlighting those that are not yet:
        a suggested correspondence accepted. One undo takes back the link and its highlights."""
        return self._run(lambda: self._link_label(relation),
                         lambda: service.link_passages(a, b, relation)) is not None

    def unlink(self, link_id: int) -> bool:
        return self._run(lambda: self.tr("Remove link"), lambda: service.unlink(link_id)) is not None

    # -- tags ------------------------------------------------------------------------

    def create_tag(self, name: str) -> bool:
        return self._run(lambda: self.tr("New tag"), lambda: service.create_tag(name)) is not None

    def rename_tag(self, tag_id: int, name: str) -> bool:
        return self._run(lambda: self.tr("Rename tag"), lambda: service.update_tag(tag_id, name=name)) is not None

    def recolor_tag(self, tag_id: int, color: str) -> bool:
        return self._run(lambda: self.tr("Recolour tag"), lambda: service.update_tag(tag_id, color=color)) is not None

    def nest_tag(self, tag_id: int, parent_id: int | None) -> bool:
        return self._run(lambda: self.tr("Move tag"),
                         lambda: service.update_tag(tag_id, parent_id=parent_id)) is not None

    def merge_tags(self, source_id: int, target_id: int) -> bool:
        return self._run(lambda: self.tr("Merge tags"), lambda: service.merge_tags(source_id, target_id)) is not None

    def delete_tag(self, tag_id: int) -> bool:
        return self._run(lambda: self.tr("Delete tag"), lambda: service.delete_tag(tag_id)) is not None

    # -- colour meanings -------------------------------------------------------------

    def set_color_meanings(self, meanings: dict[str, str]) -> bool:
        return self._run(lambda: self.tr("Highlight colours"), lambda: service.set_color_meanings(meanings)) is not None


def color_keys() -> list[tuple[str, str]]:
    """(name, #rrggbb) in key order 1..6."""
    return list(COLORS.items())
