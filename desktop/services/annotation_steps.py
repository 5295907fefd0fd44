"""The steps every annotation operation is made of, each with its exact inverse.

A step changes rows (through desktop.storage.annotation_rows), records what it
changed, and returns the steps that take it back: deleting an annotation returns
"put this annotation back, with its id, times and tags, and these links with their
ids". An operation is a sequence of steps; its undo is the inverses in reverse order,
and the undo of that is the redo. Steps are plain frozen data: an undo stack can
keep them as long as it likes.

Only the annotation service runs steps, inside its one write transaction.

On a shared library a colleague may change the same rows between an operation and its
undo. The steps an undo (or a redo) is made of therefore carry what they expect to
find -- the values the operation left -- and refuse, in one sentence, when a row no
longer has them: undo takes back only your own change, never a colleague's later one.
A colleague's change to other fields of the same row does not stand in the way (undoing
your note edit keeps the colour they chose meanwhile). The rows a step reads to change
are locked first (on PostgreSQL; SQLite's write transaction holds the whole file), so
nothing changes between the read and the write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from desktop.core.errors import UserError
from desktop.services.changes import ChangeRecorder
from desktop.storage import annotation_rows as rows
from desktop.storage import annotations as q
from desktop.storage.annotations import AnnotationData, LinkData, TagData

_GONE = "This change can no longer be made: the passage, tag or link it concerns has changed meanwhile."
#: The fields of an annotation a person sees (what an undo must find as it left them).
_VISIBLE = ("document_id", "exact", "prefix", "suffix", "start", "end", "color", "note", "state")


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Step:
    """One change of rows. ``apply`` makes it and returns the steps that undo it."""

    def apply(self, changes: ChangeRecorder) -> list[Step]:  # pragma: no cover - abstract
        raise NotImplementedError


Operation = tuple[Step, ...]


def _annotation(annotation_id: str) -> AnnotationData:
    """The annotation as it is now, locked until the operation ends."""
    q.lock_annotations([annotation_id])
    found = q.find_annotations([annotation_id]).get(annotation_id)
    if found is None:
        raise UserError(_GONE)
    return found


def _changed_since() -> UserError:
    return UserError("This can no longer be undone or redone: someone else has changed the passage, tag or link "
                     "since.")


def _same(name: str, now: object, expected: object) -> bool:
    if name == "tag_ids" and isinstance(now, tuple | list) and isinstance(expected, tuple | list):
        return set(now) == set(expected)
    return bool(now == expected)


def _expect(current: object, expected: dict[str, object] | None) -> None:
    """Refuse (one sentence) when ``current`` no longer has the values an undo expects."""
    for name, value in (expected or {}).items():
        if not _same(name, getattr(current, name), value):
            raise _changed_since()


def _visible(data: AnnotationData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in _VISIBLE}
    values["tag_ids"] = data.tag_ids
    return values


def _tag(tag_id: int) -> TagData:
    found = q.find_tags([tag_id]).get(tag_id)
    if found is None:
        raise UserError(_GONE)
    return found


# -- annotations -----------------------------------------------------------------------


@dataclass(frozen=True)
class PutAnnotation(Step):
    """Store an annotation exactly as given (a new one, or one an undo brings back)."""

    data: AnnotationData

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        now = utc_now()
        data = replace(self.data, created=self.data.created or now, modified=self.data.modified or now)
        rows.insert_annotation(data)
        changes.created("annotation", data.id)
        return [RemoveAnnotation(data.id, _visible(data))]


@dataclass(frozen=True)
class RemoveAnnotation(Step):
    """Delete an annotation; its links go with it (and come back with the undo).
    ``expect``: what it must still be (an undo of its making: nobody changed it since)."""

    annotation_id: str
    expect: dict[str, object] | None = field(default=None, hash=False, compare=False)

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        snapshot = _annotation(self.annotation_id)
        _expect(snapshot, self.expect)
        links = q.links_for([self.annotation_id])
        rows.delete_annotation(self.annotation_id)
        changes.deleted("annotation", self.annotation_id)
        for link in links:
            changes.deleted("link", link.id or 0)
        return [PutAnnotation(snapshot), *(PutLink(link) for link in links)]


@dataclass(frozen=True)
class ChangeAnnotation(Step):
    """Change fields of an annotation (``tag_ids`` replaces its tags); ``modified``
    becomes now unless given (an undo gives back the old one); its version counts up.
    ``expect``: the values the changed fields must still have (an undo's)."""

    annotation_id: str
    fields: dict[str, object] = field(hash=False)
    expect: dict[str, object] | None = field(default=None, hash=False, compare=False)

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        current = _annotation(self.annotation_id)
        _expect(current, self.expect)
        fields = dict(self.fields)
        tag_ids = fields.pop("tag_ids", None)
        fields.setdefault("modified", utc_now())
        before: dict[str, object] = {name: getattr(current, name) for name in fields}
        if not rows.update_annotation(self.annotation_id, fields, version=current.version):
            raise UserError(_GONE)  # cannot happen under the row lock; never overwrite unseen
        after = {name: value for name, value in self.fields.items() if name != "modified"}
        if tag_ids is not None:
            before["tag_ids"] = current.tag_ids
            rows.set_annotation_tags(self.annotation_id, tag_ids)  # type: ignore[arg-type]
        changes.updated("annotation", self.annotation_id)
        return [ChangeAnnotation(self.annotation_id, before, after)]


@dataclass(frozen=True)
class AttachTag(Step):
    tag_id: int
    annotation_ids: tuple[str, ...]

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        rows.attach_tag(self.tag_id, self.annotation_ids)
        changes.updated_many("annotation", self.annotation_ids)
        return [DetachTag(self.tag_id, self.annotation_ids)]


@dataclass(frozen=True)
class DetachTag(Step):
    tag_id: int
    annotation_ids: tuple[str, ...]

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        rows.detach_tag(self.tag_id, self.annotation_ids)
        changes.updated_many("annotation", self.annotation_ids)
        return [AttachTag(self.tag_id, self.annotation_ids)]


# -- tags ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PutTag(Step):
    """Store a tag; with no id the database gives one (``result`` holds it afterwards)."""

    tag: TagData
    result: list[int] = field(default_factory=list, compare=False, hash=False)

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        tag = replace(self.tag, created=self.tag.created or utc_now())
        tag_id = rows.insert_tag(tag)
        if tag_id is None:  # a colleague made a tag of that name a moment ago: use theirs
            existing = q.find_tag(tag.name)
            if existing is None or existing.id is None:
                raise UserError(_GONE)
            self.result.append(existing.id)
            return []
        self.result.append(tag_id)
        changes.created("tag", tag_id)
        return [RemoveTag(tag_id, {"name": tag.name, "color": tag.color, "parent_id": tag.parent_id}, unused=True)]


@dataclass(frozen=True)
class RemoveTag(Step):
    """Delete a tag; its sub-tags move up to its parent, its highlights keep their other tags.
    ``expect``/``unused``: an undo of its making finds it as made and used by no highlight."""

    tag_id: int
    expect: dict[str, object] | None = field(default=None, hash=False, compare=False)
    unused: bool = False

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        tag = _tag(self.tag_id)
        _expect(tag, self.expect)
        users = tuple(q.annotation_ids_with_tag(self.tag_id))
        if self.unused and users:
            raise _changed_since()
        children = q.child_tag_ids(self.tag_id)
        rows.reparent_tags(children, tag.parent_id)
        rows.delete_tag(self.tag_id)
        changes.deleted("tag", self.tag_id)
        changes.updated_many("tag", children)
        changes.updated_many("annotation", users)
        undo: list[Step] = [PutTag(tag)]
        undo.extend(ChangeTag(child, {"parent_id": self.tag_id}) for child in children)
        if users:
            undo.append(AttachTag(self.tag_id, users))
        return undo


@dataclass(frozen=True)
class ChangeTag(Step):
    tag_id: int
    fields: dict[str, object] = field(hash=False)
    expect: dict[str, object] | None = field(default=None, hash=False, compare=False)

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        current = _tag(self.tag_id)
        _expect(current, self.expect)
        before: dict[str, object] = {name: getattr(current, name) for name in self.fields}
        rows.update_tag(self.tag_id, dict(self.fields))
        changes.updated("tag", self.tag_id)
        return [ChangeTag(self.tag_id, before, dict(self.fields))]


# -- links -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PutLink(Step):
    """Store a link; with no id the database gives one (``result`` holds it afterwards)."""

    link: LinkData
    result: list[int] = field(default_factory=list, compare=False, hash=False)

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        link_id = rows.insert_link(replace(self.link, created=self.link.created or utc_now()))
        self.result.append(link_id)
        changes.created("link", link_id)
        return [RemoveLink(link_id, {"relation": self.link.relation, "note": self.link.note})]


@dataclass(frozen=True)
class RemoveLink(Step):
    link_id: int
    expect: dict[str, object] | None = field(default=None, hash=False, compare=False)

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        link = q.find_links([self.link_id]).get(self.link_id)
        if link is None:
            raise UserError(_GONE)
        _expect(link, self.expect)
        rows.delete_link(self.link_id)
        changes.deleted("link", self.link_id)
        return [PutLink(link)]


@dataclass(frozen=True)
class ChangeLink(Step):
    link_id: int
    fields: dict[str, object] = field(hash=False)
    expect: dict[str, object] | None = field(default=None, hash=False, compare=False)

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        link = q.find_links([self.link_id]).get(self.link_id)
        if link is None:
            raise UserError(_GONE)
        _expect(link, self.expect)
        before: dict[str, object] = {name: getattr(link, name) for name in self.fields}
        rows.update_link(self.link_id, dict(self.fields))
        changes.updated("link", self.link_id)
        return [ChangeLink(self.link_id, before, dict(self.fields))]


# -- colour meanings -------------------------------------------------------------------


@dataclass(frozen=True)
class SetMeaning(Step):
    """Give a colour a meaning (None: none). ``expect`` (an undo's): the meaning it must still
    have (None: none); ``checked`` says whether to look."""

    color: str
    meaning: str | None
    expect: str | None = None
    checked: bool = False

    def apply(self, changes: ChangeRecorder) -> list[Step]:
        before = q.color_meanings().get(self.color)
        if self.checked and (before or None) != (self.expect or None):
            raise _changed_since()
        rows.set_color_meaning(self.color, self.meaning)
        if before is None and self.meaning:
            changes.created("color_meaning", self.color)
        elif before is not None and not self.meaning:
            changes.deleted("color_meaning", self.color)
        elif before != self.meaning:
            changes.updated("color_meaning", self.color)
        return [SetMeaning(self.color, before, self.meaning, checked=True)]


def inverse_of(undo_lists: Sequence[list[Step]]) -> Operation:
    """The undo of steps applied in order, given each one's undo steps."""
    return tuple(step for undo in reversed(undo_lists) for step in undo)
