"""Undo commands for every annotation, tag, note and link change.

A command's change is made (and committed) *before* it is pushed, so a change that
fails -- a UserError -- is shown and never enters the undo stack. Qt calls
``redo()`` on push; the first call is skipped because the change is already done.
Undo and redo go through the same storage functions, restoring rows with their
original ids from snapshots, so links and tags reattach exactly.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.storage import annotations as store
from desktop.storage.annotations import AnnotationData, AnnotationSnapshot, LinkData, TagData, TagSnapshot


class Command(QUndoCommand):
    """Base: ``apply()`` makes the change, ``revert()`` takes it back."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done_once = False

    def execute(self) -> None:
        """Make the change now; call before pushing."""
        self.apply()
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()

    def apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class CreateAnnotation(Command):
    def __init__(self, text: str, data: AnnotationData, created_tags: list[TagData] | None = None) -> None:
        super().__init__(text)
        self.data = data
        self.created_tags = created_tags or []

    def apply(self) -> None:
        for tag in self.created_tags:
            if store.find_tag(tag.id) is None:
                store.restore_tag(TagSnapshot(tag))
        self.data = store.insert_annotation(self.data)

    def revert(self) -> None:
        store.delete_annotation(self.data.id)
        for tag in self.created_tags:
            store.delete_tag(tag.id)


class DeleteAnnotation(Command):
    def __init__(self, text: str, annotation_id: str) -> None:
        super().__init__(text)
        self.annotation_id = annotation_id
        self.snapshot: AnnotationSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = store.delete_annotation(self.annotation_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        store.restore_annotation(self.snapshot.annotation, self.snapshot.links)


class UpdateAnnotation(Command):
    """Note, colour, tags (``tag_ids``) or selectors; ``created_tags`` were made for it."""

    def __init__(self, text: str, annotation_id: str, before: dict, after: dict,
                 created_tags: list[TagData] | None = None) -> None:
        super().__init__(text)
        self.annotation_id = annotation_id
        self.before, self.after = before, after
        self.created_tags = created_tags or []

    def apply(self) -> None:
        for tag in self.created_tags:
            if store.find_tag(tag.id) is None:
                store.restore_tag(TagSnapshot(tag))
        store.update_annotation(self.annotation_id, **self.after)

    def revert(self) -> None:
        store.update_annotation(self.annotation_id, **self.before)
        for tag in self.created_tags:
            store.delete_tag(tag.id)


class CreateLink(Command):
    def __init__(self, text: str, source_id: str, target_id: str, relation: str, note: str = "") -> None:
        super().__init__(text)
        self.args = (source_id, target_id, relation, note)
        self.link: LinkData | None = None

    def apply(self) -> None:
        if self.link is None:
            self.link = store.create_link(*self.args)
        else:
            store.restore_link(self.link)

    def revert(self) -> None:
        assert self.link is not None
        store.delete_link(self.link.id)


class DeleteLink(Command):
    def __init__(self, text: str, link_id: int) -> None:
        super().__init__(text)
        self.link_id = link_id
        self.link: LinkData | None = None

    def apply(self) -> None:
        self.link = store.delete_link(self.link_id)

    def revert(self) -> None:
        assert self.link is not None
        store.restore_link(self.link)


class UpdateTag(Command):
    """Rename, recolour or re-nest a tag."""

    def __init__(self, text: str, tag_id: int, before: dict, after: dict) -> None:
        super().__init__(text)
        self.tag_id, self.before, self.after = tag_id, before, after

    def apply(self) -> None:
        store.update_tag(self.tag_id, **self.after)

    def revert(self) -> None:
        store.update_tag(self.tag_id, **self.before)


class DeleteTag(Command):
    def __init__(self, text: str, tag_id: int) -> None:
        super().__init__(text)
        self.tag_id = tag_id
        self.snapshot: TagSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = store.delete_tag(self.tag_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        store.restore_tag(self.snapshot)


class MergeTags(Command):
    def __init__(self, text: str, source_id: int, target_id: int) -> None:
        super().__init__(text)
        self.source_id, self.target_id = source_id, target_id
        self.snapshot: TagSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = store.merge_tags(self.source_id, self.target_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        store.restore_tag(self.snapshot)
