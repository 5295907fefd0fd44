"""The annotation service: the one way anything creates, changes or deletes annotations,
tags, links and colour meanings.

The desk's undo commands, the command line, the JSON import and re-anchoring all call
it. Each operation checks its input first (relations, colours, tag names, nesting,
selectors against the text; a highlight never starts or ends on white space), then
makes its steps (desktop.services.annotation_steps) in one write transaction, the
full-text index included, and returns an :class:`Outcome`: the change set (what was
created, updated and deleted, so views update only that), the operation that undoes
it, and the operation's result (a new id, counts). Undo and redo are operations too
(:func:`apply`): the undo of an undo is the redo, and ids come back exactly. An import
(a plan of tags, annotations, links and meanings) is its operation in
desktop.services.annotation_import.

Bad input raises a UserError and changes nothing.

People: what this process makes records the person writing (desktop.storage.identity).
On a shared library every operation also tells the other desks what it changed, with
its commit (desktop.services.live): they apply the same change set. Two people editing
one note: a save made from an older text than the stored one is refused with
:class:`EditConflict` (the person chooses); a note saved on a highlight someone else
deleted meanwhile, :class:`AnnotationGone` (the text is kept on a new highlight).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from peewee import IntegrityError

from desktop.core import faults
from desktop.core.anchoring import describe, place
from desktop.core.colors import DEFAULT_COLOR, color_value
from desktop.core.errors import Message, UserError
from desktop.services import live
from desktop.services.annotation_steps import (
    AttachTag,
    ChangeAnnotation,
    ChangeLink,
    ChangeTag,
    Operation,
    PutAnnotation,
    PutLink,
    PutTag,
    RemoveAnnotation,
    RemoveLink,
    RemoveTag,
    SetMeaning,
    Step,
    inverse_of,
)
from desktop.services.changes import ChangeRecorder, ChangeSet
from desktop.storage import annotations as q
from desktop.storage import engine, identity
from desktop.storage.annotations import RELATIONS, STATES, AnnotationData, LinkData, TagData, new_annotation_id
from desktop.storage.database import db, write_transaction

log = logging.getLogger(__name__)

MAX_TAG_NAME = 80
DEFAULT_TAG_COLOR = "#8a8a8a"


@dataclass(frozen=True)
class Outcome:
    """What an operation did.

    Attributes:
        changes: the rows created, updated and deleted.
        undo: the operation that takes it back (apply it with :func:`apply`).
        value: the operation's result: a new annotation id, a link, counts...
    """

    changes: ChangeSet
    undo: Operation
    value: Any = None


class OperationRun:
    """The steps of one operation, made one after the other in its transaction."""

    def __init__(self) -> None:
        self.recorder = ChangeRecorder()
        self._undo: list[list[Step]] = []

    def do(self, step: Step) -> None:
        self._undo.append(step.apply(self.recorder))

    def outcome(self, value: Any = None) -> Outcome:
        return Outcome(self.recorder.change_set(), inverse_of(self._undo), value)


@contextmanager
def running_operation(outcome: Message = faults.NOTHING_CHANGED) -> Iterator[OperationRun]:
    """One operation's transaction: its steps (``run.do``) are made together or not at
    all; ``outcome`` is the sentence of a refusal when nothing changed. The operations
    here, and the imports of desktop.services.annotation_import, run in one."""
    run = OperationRun()
    try:
        with write_transaction(outcome=outcome):
            yield run
            changes = run.recorder.change_set()
            if changes:  # the other desks hear of it with the commit, and only then
                engine.announce(live.notices(changes, identity.SESSION, identity.author()))
    except IntegrityError as exc:  # a row that another window or process changed meanwhile
        log.warning("annotation operation refused by the database: %s", exc)
        raise UserError("This change can no longer be made: the passage, tag or link it concerns has changed "
                        "meanwhile.") from exc


def apply(operation: Operation) -> Outcome:
    """Make the steps of an operation (an undo or a redo); its outcome's ``undo`` reverses it."""
    with running_operation() as run:
        for step in operation:
            run.do(step)
    return run.outcome()


# -- checks ----------------------------------------------------------------------------


def clean_tag_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise UserError("A tag needs a name.")
    if len(cleaned) > MAX_TAG_NAME:
        raise UserError("A tag name can have at most 80 characters.")
    return cleaned


def check_relation(relation: str) -> str:
    if relation not in RELATIONS:
        raise UserError('“{relation}” is not a kind of link; use one of: {value}.', relation=relation,
                        value=", ".join(RELATIONS))
    return relation


_TEXTS: OrderedDict[tuple[str, str], str] = OrderedDict()


def document_text_of(document_id: str) -> str:
    """A document's text. A document version never changes (its id comes from its text),
    so the last few are kept, per database file: a highlight in a 2 MB article does not
    read it again."""
    key = (str(db.database), document_id)
    if key in _TEXTS:
        _TEXTS.move_to_end(key)
        return _TEXTS[key]
    text = q.document_text(document_id)
    if text is None:
        raise UserError("That article is no longer in the library.")
    _TEXTS[key] = text
    while len(_TEXTS) > 8:
        _TEXTS.popitem(last=False)
    return text


def _existing_annotation(annotation_id: str, *, lock: bool = False) -> AnnotationData:
    if lock:  # inside an operation: what is read is what gets changed
        q.lock_annotations([annotation_id])
    found = q.find_annotations([annotation_id]).get(annotation_id)
    if found is None:
        raise UserError('No annotation has the id “{annotation_id}”.', annotation_id=annotation_id)
    return found


class EditConflict(UserError):
    """Someone else changed a note while it was being edited here: the save was refused and
    nothing changed. The person chooses (keep mine, keep theirs, keep both).

    Attributes:
        current: the annotation as it is stored now (their note).
        mine: the note that was to be saved.
    """

    def __init__(self, current: AnnotationData, mine: str) -> None:
        super().__init__("Someone else changed this note while you were editing it; nothing was saved yet.")
        self.current = current
        self.mine = mine


class AnnotationGone(UserError):
    """The highlight whose note was being edited was deleted meanwhile (by someone else).

    Attributes:
        base: the annotation as the editor had it.
        mine: the note that was to be saved.
    """

    def __init__(self, base: AnnotationData, mine: str) -> None:
        super().__init__("Someone else deleted this highlight while you were editing its note.")
        self.base = base
        self.mine = mine


def _existing_tag(tag_id: int) -> TagData:
    found = q.find_tags([tag_id]).get(tag_id)
    if found is None:
        raise UserError("That tag no longer exists.")
    return found


def trimmed_range(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` without white space at either end (a highlight never starts or ends on it)."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise UserError("Select some text to highlight first.")
    return start, end


def new_annotation(document_id: str, text: str, start: int, end: int, color: str = DEFAULT_COLOR, note: str = "",
                   tag_ids: Iterable[int] = ()) -> AnnotationData:
    """The annotation (not stored) for ``text[start:end]``, trimmed, with its selectors."""
    start, end = trimmed_range(text, start, end)
    selector = describe(text, start, end)
    return AnnotationData(
        id=new_annotation_id(), document_id=document_id, exact=selector.exact, prefix=selector.prefix,
        suffix=selector.suffix, start=selector.start, end=selector.end, color=color_value(color), note=note,
        tag_ids=tuple(tag_ids), author=identity.author(),
    )


def checked_annotation(data: AnnotationData, text: str) -> AnnotationData:
    """An annotation from outside (an import): colour, state and selectors checked."""
    color = color_value(data.color)
    if data.state not in STATES:
        raise UserError('“{value}” is not a state of an annotation; use anchored or orphaned.', value=data.state)
    if data.state == "anchored" and not (0 <= data.start < data.end <= len(text)
                                         and text[data.start : data.end] == data.exact):
        raise UserError('Annotation {annotation_id} does not match the text of its article.', annotation_id=data.id)
    return replace(data, color=color)


# -- tags (helpers that run inside an operation) ---------------------------------------


def tag_ids_for(run: OperationRun, names: Iterable[str]) -> list[int]:
    """Ids of the named tags, making the missing ones in this operation."""
    ids: list[int] = []
    made: dict[str, int] = {}
    for raw in names:
        if not str(raw).strip():
            continue
        name = clean_tag_name(raw)
        key = name.casefold()
        if key in made:
            tag_id = made[key]
        else:
            existing = q.find_tag(name)
            if existing is not None and existing.id is not None:
                tag_id = existing.id
            else:
                step = PutTag(TagData(None, name, DEFAULT_TAG_COLOR, None))
                run.do(step)
                tag_id = step.result[0]
            made[key] = tag_id
        if tag_id not in ids:
            ids.append(tag_id)
    return ids


def _check_parent(tag_id: int | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    _existing_tag(parent_id)
    if tag_id is not None and (parent_id == tag_id or parent_id in q.descendant_ids(tag_id)):
        raise UserError("A tag cannot be nested under itself or one of its own sub-tags.")


# -- annotations -----------------------------------------------------------------------


def highlight(document_id: str, start: int, end: int, *, color: str = DEFAULT_COLOR, note: str = "",
              tags: Iterable[str] = ()) -> Outcome:
    """Highlight ``start``..``end`` of a document (trimmed); value: the new annotation id.
    Tags that do not exist yet are made with it (and go with its undo)."""
    text = document_text_of(document_id)
    data = new_annotation(document_id, text, start, end, color, note)
    with running_operation() as run:
        tag_ids = tag_ids_for(run, tags)
        run.do(PutAnnotation(replace(data, tag_ids=tuple(tag_ids))))
    return run.outcome(data.id)


def delete_annotation(annotation_id: str) -> Outcome:
    _existing_annotation(annotation_id)
    with running_operation() as run:
        run.do(RemoveAnnotation(annotation_id))
    return run.outcome()


def edit_annotation(annotation_id: str, *, note: str | None = None, color: str | None = None,
                    tag_names: Iterable[str] | None = None, base: AnnotationData | None = None) -> Outcome:
    """Change the note, colour or tags (by name, made when missing). Nothing to change: an
    empty change set and an empty undo.

    ``base``: the annotation as the editor of ``note`` read it. When someone else has
    changed the note since (its version moved on and its text is neither the base's nor
    this one), the save is refused with :class:`EditConflict`; when the annotation is
    gone, with :class:`AnnotationGone`. Without ``base`` the note is simply set."""
    if base is None:
        _existing_annotation(annotation_id)  # refused before anything starts
    names = None if tag_names is None else [clean_tag_name(n) for n in tag_names if str(n).strip()]
    with running_operation() as run:
        q.lock_annotations([annotation_id])
        current = q.find_annotations([annotation_id]).get(annotation_id)
        if current is None:
            if base is not None and note is not None:
                raise AnnotationGone(base, note)
            raise UserError('No annotation has the id “{annotation_id}”.', annotation_id=annotation_id)
        if note is not None and base is not None and current.version != base.version \
                and current.note not in (base.note, note):
            raise EditConflict(current, note)
        fields: dict[str, object] = {}
        if note is not None and note != current.note:
            fields["note"] = note
        if color is not None:
            value = color_value(color)
            if value != current.color:
                fields["color"] = value
        if names is not None:
            tag_ids = tag_ids_for(run, names)
            if tuple(tag_ids) != current.tag_ids and set(tag_ids) != set(current.tag_ids):
                fields["tag_ids"] = tuple(tag_ids)
        if fields:
            run.do(ChangeAnnotation(annotation_id, fields))
    return run.outcome()


def add_tag(annotation_id: str, name: str) -> Outcome:
    """Add one tag (made when missing), keeping the others as they are stored now (a
    colleague's tag added a moment ago among them)."""
    _existing_annotation(annotation_id)
    clean = clean_tag_name(name)
    with running_operation() as run:
        current = _existing_annotation(annotation_id, lock=True)
        tag_ids = tag_ids_for(run, [*current.tag_names, clean])
        if set(tag_ids) != set(current.tag_ids):
            run.do(ChangeAnnotation(annotation_id, {"tag_ids": tuple(tag_ids)}))
    return run.outcome()


def remove_tag(annotation_id: str, name: str) -> Outcome:
    _existing_annotation(annotation_id)
    wanted = " ".join(name.split()).casefold()
    with running_operation() as run:
        current = _existing_annotation(annotation_id, lock=True)
        kept = tuple(t for t, n in zip(current.tag_ids, current.tag_names, strict=True) if n.casefold() != wanted)
        if kept != current.tag_ids:
            run.do(ChangeAnnotation(annotation_id, {"tag_ids": kept}))
    return run.outcome()


def keep_as_new_note(base: AnnotationData, note: str) -> Outcome:
    """A note whose highlight was deleted meanwhile, kept on a new highlight of the same
    passage (same colour, the tags that still exist), by the person writing; value: its id."""
    document_text_of(base.document_id)  # the article itself is still there
    with running_operation() as run:
        tags = q.find_tags(base.tag_ids)
        data = replace(base, id=new_annotation_id(), note=note, author=identity.author(), version=1, created=None,
                       modified=None, tag_ids=tuple(t for t in base.tag_ids if t in tags), tag_names=())
        run.do(PutAnnotation(data))
    return run.outcome(data.id)


def reattach(annotation_id: str, start: int, end: int) -> Outcome:
    """Give an annotation (an orphan, usually) a new passage in its document."""
    current = _existing_annotation(annotation_id)
    text = document_text_of(current.document_id)
    fresh = new_annotation(current.document_id, text, start, end, current.color)
    fields = {name: getattr(fresh, name) for name in ("exact", "prefix", "suffix", "start", "end")}
    fields["state"] = "anchored"
    with running_operation() as run:
        run.do(ChangeAnnotation(annotation_id, fields))
    return run.outcome()


def reanchor_document(document_id: str, previous_id: str) -> Outcome:
    """Move the annotations of ``previous_id`` onto its new version ``document_id``; value:
    (anchored, orphaned). An orphan keeps its old selectors and stays listed for review."""
    from desktop.core.anchoring import Selector

    text = document_text_of(document_id)
    anchored = orphaned = 0
    with running_operation() as run:
        for a in q.annotations_for([previous_id]):
            placement = place(text, Selector(a.exact, a.prefix, a.suffix, a.start, a.end))
            if placement is None:
                run.do(ChangeAnnotation(a.id, {"document_id": document_id, "state": "orphaned"}))
                orphaned += 1
                continue
            fresh = describe(text, placement.start, placement.end)
            run.do(ChangeAnnotation(a.id, {
                "document_id": document_id, "exact": fresh.exact, "prefix": fresh.prefix, "suffix": fresh.suffix,
                "start": fresh.start, "end": fresh.end, "state": "anchored",
            }))
            anchored += 1
    log.info("re-anchored %d annotations on %s (%d orphaned)", anchored, document_id, orphaned)
    return run.outcome((anchored, orphaned))


# -- tags ------------------------------------------------------------------------------


def create_tag(name: str, color: str = DEFAULT_TAG_COLOR, parent_id: int | None = None) -> Outcome:
    """Value: the new tag's id."""
    name = clean_tag_name(name)
    color = color_value(color)
    if q.find_tag(name) is not None:
        raise UserError('There is already a tag called “{name}”.', name=name)
    _check_parent(None, parent_id)
    step = PutTag(TagData(None, name, color, parent_id))
    with running_operation() as run:
        run.do(step)
    return run.outcome(step.result[0])


def update_tag(tag_id: int, *, name: str | None = None, color: str | None = None,
               parent_id: int | None | object = ...) -> Outcome:
    """Rename, recolour or re-nest a tag (``parent_id=None``: top level)."""
    tag = _existing_tag(tag_id)
    fields: dict[str, object] = {}
    if name is not None:
        name = clean_tag_name(name)
        clash = q.find_tag(name)
        if clash is not None and clash.id != tag_id:
            raise UserError('There is already a tag called “{name}”; merge the two instead.', name=name)
        if name != tag.name:
            fields["name"] = name
    if color is not None:
        value = color_value(color)
        if value != tag.color:
            fields["color"] = value
    if parent_id is not ...:
        parent = parent_id if parent_id is None or isinstance(parent_id, int) else None
        _check_parent(tag_id, parent)
        if parent != tag.parent_id:
            fields["parent_id"] = parent
    with running_operation() as run:
        if fields:
            run.do(ChangeTag(tag_id, fields))
    return run.outcome()


def delete_tag(tag_id: int) -> Outcome:
    """Delete a tag; its sub-tags move up one level; its highlights keep their other tags."""
    _existing_tag(tag_id)
    with running_operation() as run:
        run.do(RemoveTag(tag_id))
    return run.outcome()


def merge_tags(source_id: int, target_id: int) -> Outcome:
    """Every use of ``source`` becomes a use of ``target``; ``source`` goes."""
    if source_id == target_id:
        raise UserError("A tag cannot be merged into itself.")
    _existing_tag(source_id)
    _existing_tag(target_id)
    with running_operation() as run:
        already = set(q.annotation_ids_with_tag(target_id))
        added = tuple(a for a in q.annotation_ids_with_tag(source_id) if a not in already)
        if added:
            run.do(AttachTag(target_id, added))
        run.do(RemoveTag(source_id))
    return run.outcome()


# -- links -----------------------------------------------------------------------------


def link(source_id: str, target_id: str, relation: str, note: str = "") -> Outcome:
    """Link two passages; value: the new link (LinkData)."""
    check_relation(relation)
    if source_id == target_id:
        raise UserError("A passage cannot be linked to itself.")
    _existing_annotation(source_id)
    _existing_annotation(target_id)
    if q.find_link(source_id, target_id, relation) is not None:
        raise UserError("These two passages are already linked that way.")
    step = PutLink(LinkData(None, source_id, target_id, relation, note.strip(), author=identity.author()))
    with running_operation() as run:
        run.do(step)
    return run.outcome(q.find_links(step.result).get(step.result[0]))


def link_passages(a: tuple[str, int, int], b: tuple[str, int, int], relation: str, *,
                  color: str = DEFAULT_COLOR, note: str = "") -> Outcome:
    """Link two passages given as (document id, start, end), highlighting each that is
    not a highlight yet, in one operation (one undo): how a correspondence the aligner
    suggested becomes the person's link. A passage that an anchored highlight already
    covers exactly is that highlight. Value: the new link (LinkData)."""
    check_relation(relation)
    ids: list[str] = []
    made: list[AnnotationData] = []
    for document_id, start, end in (a, b):
        text = document_text_of(document_id)
        start, end = trimmed_range(text, start, end)
        found = next((x for x in q.annotations_for([document_id]) if x.state == "anchored"
                      and (x.start, x.end) == (start, end)), None)
        if found is None:
            fresh = new_annotation(document_id, text, start, end, color)
            made.append(fresh)
            ids.append(fresh.id)
        else:
            ids.append(found.id)
    source, target = ids
    if source == target:
        raise UserError("A passage cannot be linked to itself.")
    if not made and q.find_link(source, target, relation) is not None:
        raise UserError("These two passages are already linked that way.")
    step = PutLink(LinkData(None, source, target, relation, note.strip()))
    with running_operation() as run:
        for annotation in made:
            run.do(PutAnnotation(annotation))
        run.do(step)
    return run.outcome(q.find_links(step.result).get(step.result[0]))


def unlink(link_id: int) -> Outcome:
    if not q.find_links([link_id]):
        raise UserError("That link no longer exists.")
    with running_operation() as run:
        run.do(RemoveLink(link_id))
    return run.outcome()


def update_link(link_id: int, *, relation: str | None = None, note: str | None = None) -> Outcome:
    current = q.find_links([link_id]).get(link_id)
    if current is None:
        raise UserError("That link no longer exists.")
    fields: dict[str, object] = {}
    if relation is not None and check_relation(relation) != current.relation:
        fields["relation"] = relation
    if note is not None and note.strip() != current.note:
        fields["note"] = note.strip()
    with running_operation() as run:
        if fields:
            run.do(ChangeLink(link_id, fields))
    return run.outcome()


# -- colour meanings -------------------------------------------------------------------


def set_color_meanings(meanings: dict[str, str]) -> Outcome:
    """What each colour means to this reader (an empty meaning takes it away)."""
    current = q.color_meanings()
    wanted = {color_value(c): " ".join(m.split()) for c, m in meanings.items()}
    with running_operation() as run:
        for color, meaning in wanted.items():
            if current.get(color, "") != meaning:
                run.do(SetMeaning(color, meaning or None))
    return run.outcome()
