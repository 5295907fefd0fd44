"""The annotation controller: every annotation change in the desk goes through here.

It makes the change through the storage layer (committed before anything on screen
says it is done), pushes an undo command, and announces that annotations changed so
that panes and panels redraw from the database.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.errors import UserError
from desktop.core.colors import COLORS, color_value
from desktop.storage import annotations as store
from desktop.ui import commands
from desktop.ui.i18n import error_text

log = logging.getLogger(__name__)


class AnnotationController(QObject):
    """Owns the undo stack for annotations, tags, notes and links.

    Signals:
        changed(): annotations, tags or links changed (also after undo and redo).
        failed(str): a change could not be made; the sentence says why.
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        # The stack lives and dies with the controller (a stack cleared by its destructor
        # signals, and nothing that listens may be gone by then).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack()
        self.undo_stack.setParent(self)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self.changed.emit()

    def _run(self, command: commands.Command) -> bool:
        try:
            command.execute()
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.undo_stack.push(command)  # indexChanged -> changed
        return True

    # -- annotations -----------------------------------------------------------------

    def highlight(self, document_id: str, text: str, start: int, end: int, color: str = "yellow",
                  note: str = "", tags: Iterable[str] = ()) -> str | None:
        """Highlight ``text[start:end]``; return the new annotation id (None if refused)."""
        from desktop.services.annotating import build_annotation_in

        try:
            tag_ids, created = self._ensure_tags(tags)
            data = build_annotation_in(document_id, text, start, end, color, note, tag_ids)
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return None
        command = commands.CreateAnnotation(self.tr("Highlight “%1”").replace("%1", _short(data.exact)), data, created)
        return data.id if self._run(command) else None

    def delete(self, annotation_id: str) -> bool:
        data = store.get_annotation(annotation_id)
        return self._run(commands.DeleteAnnotation(self.tr("Delete highlight “%1”").replace("%1", _short(data.exact)),
                                                   annotation_id))

    def _update(self, label: str, annotation_id: str, created=None, **after: object) -> bool:  # noqa: ANN001
        current = store.get_annotation(annotation_id)
        before = {k: (list(current.tag_ids) if k == "tag_ids" else getattr(current, k)) for k in after}
        if before == after:
            return True
        return self._run(commands.UpdateAnnotation(label, annotation_id, before, dict(after), created))

    def set_note(self, annotation_id: str, note: str) -> bool:
        return self._update(self.tr("Edit note"), annotation_id, note=note)

    def set_color(self, annotation_id: str, color: str) -> bool:
        try:
            value = color_value(color)
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return False
        return self._update(self.tr("Change colour"), annotation_id, color=value)

    def set_tags(self, annotation_id: str, names: Iterable[str]) -> bool:
        try:
            tag_ids, created = self._ensure_tags(names)
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return False
        return self._update(self.tr("Change tags"), annotation_id, created, tag_ids=tag_ids)

    def add_tag(self, annotation_id: str, name: str) -> bool:
        current = store.get_annotation(annotation_id)
        return self.set_tags(annotation_id, [*current.tag_names, name])

    def remove_tag(self, annotation_id: str, name: str) -> bool:
        current = store.get_annotation(annotation_id)
        return self.set_tags(annotation_id, [t for t in current.tag_names if t.lower() != name.lower()])

    def reattach(self, annotation_id: str, text: str, start: int, end: int) -> bool:
        from desktop.services.annotating import build_annotation_in

        current = store.get_annotation(annotation_id)
        try:
            fresh = build_annotation_in(current.document_id, text, start, end, current.color)
        except UserError as exc:
            self.failed.emit(error_text(exc))
            return False
        after = {"exact": fresh.exact, "prefix": fresh.prefix, "suffix": fresh.suffix, "start": fresh.start,
                 "end": fresh.end, "state": "anchored"}
        return self._update(self.tr("Re-attach highlight"), annotation_id, **after)

    def _ensure_tags(self, names: Iterable[str]) -> tuple[list[int], list[store.TagData]]:
        names = [n for n in names if n.strip()]
        return store.ensure_tags(names) if names else ([], [])

    # -- links -----------------------------------------------------------------------

    def link(self, source_id: str, target_id: str, relation: str, note: str = "") -> bool:
        return self._run(commands.CreateLink(self.tr("Link passages"), source_id, target_id, relation, note))

    def unlink(self, link_id: int) -> bool:
        return self._run(commands.DeleteLink(self.tr("Remove link"), link_id))

    # -- tags ------------------------------------------------------------------------

    def _update_tag(self, label: str, tag_id: int, **after: object) -> bool:
        tag = store.find_tag(tag_id)
        if tag is None:
            self.failed.emit(self.tr("That tag no longer exists."))
            return False
        current = {"name": tag.name, "color": tag.color, "parent_id": tag.parent_id}
        before = {k: current[k] for k in after}
        if before == after:
            return True
        return self._run(commands.UpdateTag(label, tag_id, before, dict(after)))

    def rename_tag(self, tag_id: int, name: str) -> bool:
        return self._update_tag(self.tr("Rename tag"), tag_id, name=name)

    def recolor_tag(self, tag_id: int, color: str) -> bool:
        return self._update_tag(self.tr("Recolour tag"), tag_id, color=color)

    def nest_tag(self, tag_id: int, parent_id: int | None) -> bool:
        return self._update_tag(self.tr("Move tag"), tag_id, parent_id=parent_id)

    def merge_tags(self, source_id: int, target_id: int) -> bool:
        return self._run(commands.MergeTags(self.tr("Merge tags"), source_id, target_id))

    def delete_tag(self, tag_id: int) -> bool:
        return self._run(commands.DeleteTag(self.tr("Delete tag"), tag_id))


def color_keys() -> list[tuple[str, str]]:
    """(name, #rrggbb) in key order 1..6."""
    return list(COLORS.items())


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
