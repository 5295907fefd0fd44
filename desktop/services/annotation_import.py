"""The annotation service's import: an :class:`ImportPlan` (tags by name, annotations with
their ids, links, colour meanings, as plain data) and :func:`import_plan`, the one
operation that adds what a plan brings that is not here yet.

The JSON and REFI-QDA imports (desktop.services.export.import_plan) and the copy between
stores (desktop.services.sync) call it. It is an operation of the annotation service
(desktop.services.annotation_service) like any other: everything is checked first, the
steps are made in one write transaction and it returns an Outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from desktop.core import faults
from desktop.core.colors import color_value
from desktop.services.annotation_service import (
    DEFAULT_TAG_COLOR,
    Outcome,
    check_relation,
    checked_annotation,
    clean_tag_name,
    document_text_of,
    running_operation,
    tag_ids_for,
)
from desktop.services.annotation_steps import ChangeAnnotation, ChangeTag, PutAnnotation, PutLink, PutTag, SetMeaning
from desktop.storage import annotations as q
from desktop.storage import identity
from desktop.storage.annotations import AnnotationData, LinkData, TagData


@dataclass(frozen=True)
class TagPlan:
    name: str
    color: str = DEFAULT_TAG_COLOR
    parent: str | None = None


@dataclass(frozen=True)
class LinkPlan:
    source_id: str
    target_id: str
    relation: str = "related"
    note: str = ""
    created: datetime | None = None
    author: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """What an import brings, as plain data: tags (by name), annotations with ids as in the
    file (``tag_names`` instead of ``tag_ids``), links between annotation ids.
    ``keep_authors``: store the authors as given, even none (a copy between stores);
    otherwise an annotation or link that names nobody is the importing person's."""

    tags: tuple[TagPlan, ...] = ()
    annotations: tuple[tuple[AnnotationData, tuple[str, ...]], ...] = ()
    links: tuple[LinkPlan, ...] = field(default_factory=tuple)
    #: colour -> meaning, set only where this library has no meaning for the colour yet
    meanings: tuple[tuple[str, str], ...] = ()
    keep_authors: bool = False


def _utc(value: datetime | None) -> datetime | None:
    from datetime import UTC

    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def import_plan(plan: ImportPlan, *, texts: Callable[[str], str] | None = None,
                update_newer: bool = False) -> Outcome:
    """Add what ``plan`` brings that is not here yet: tags by name, annotations by id,
    links by (source, target, relation). Everything is checked first; one bad item
    refuses the whole plan. Value: (annotations, tags, links) added -- and, with
    ``update_newer``, how many annotations that are here were updated because the plan's
    was modified later (a copy between stores: (added, tags, links, updated))."""
    read_text = texts or document_text_of
    checked: list[tuple[AnnotationData, tuple[str, ...]]] = []
    for data, names in plan.annotations:
        checked.append((checked_annotation(data, read_text(data.document_id)), tuple(clean_tag_name(n) for n in names)))
    tag_plans = [replace(t, name=clean_tag_name(t.name), color=color_value(t.color)) for t in plan.tags]
    for link_plan in plan.links:
        check_relation(link_plan.relation)
    meanings = [(color_value(c), " ".join(m.split())) for c, m in plan.meanings if m.strip()]
    me = identity.author()
    with running_operation(faults.NOTHING_IMPORTED) as run:
        present = q.find_annotations([a.id for a, _n in checked])
        existing = set(present)
        before_tags = {t.id for t in q.all_tags()}
        for t in tag_plans:
            if q.find_tag(t.name) is None:
                run.do(PutTag(TagData(None, t.name, t.color, None)))
        for t in tag_plans:
            if t.parent:
                child, parent = q.find_tag(t.name), q.find_tag(t.parent)
                if child and parent and child.id is not None and child.parent_id is None and \
                        parent.id not in (child.id, *q.descendant_ids(child.id)):
                    run.do(ChangeTag(child.id, {"parent_id": parent.id}))
        added = updated = 0
        for data, names in checked:
            if data.id in existing:
                current = present.get(data.id)
                if update_newer and current is not None and _differs(data, current, names) and \
                        _newer(data, current):
                    fields: dict[str, object] = {name: getattr(data, name) for name in _COPIED_FIELDS}
                    fields["tag_ids"] = tuple(tag_ids_for(run, names))
                    fields["modified"] = data.modified
                    run.do(ChangeAnnotation(data.id, fields))
                    updated += 1
                continue  # already here (an earlier import): importing again adds nothing
            author = data.author if plan.keep_authors else (data.author or me)
            run.do(PutAnnotation(replace(data, tag_ids=tuple(tag_ids_for(run, names)), author=author)))
            existing.add(data.id)
            added += 1
        link_count = 0
        for lp in plan.links:
            if lp.source_id == lp.target_id or lp.source_id not in existing and not q.find_annotations([lp.source_id]):
                continue
            if not q.find_annotations([lp.target_id]) or q.find_link(lp.source_id, lp.target_id, lp.relation):
                continue
            author = lp.author if plan.keep_authors else (lp.author or me)
            run.do(PutLink(LinkData(None, lp.source_id, lp.target_id, lp.relation, lp.note, lp.created, author)))
            link_count += 1
        current_meanings = q.color_meanings()
        for color, meaning in meanings:
            if not current_meanings.get(color):
                run.do(SetMeaning(color, meaning))
        tag_count = len({t.id for t in q.all_tags()} - before_tags)
    value = (added, tag_count, link_count, updated) if update_newer else (added, tag_count, link_count)
    return run.outcome(value)


#: What a copy between stores brings over of an annotation both have.
_COPIED_FIELDS = ("document_id", "exact", "prefix", "suffix", "start", "end", "color", "note", "state")


def _newer(data: AnnotationData, current: AnnotationData) -> bool:
    """Whether the copy's annotation (which differs) was changed after this one: modified
    later, or in the same second (times keep whole seconds) with more changes counted."""
    mine, theirs = _utc(data.modified), _utc(current.modified)
    if mine is None:
        return False
    if theirs is None or mine != theirs:
        return theirs is None or mine > theirs
    return data.version > current.version


def _differs(data: AnnotationData, current: AnnotationData, names: tuple[str, ...]) -> bool:
    if any(getattr(data, name) != getattr(current, name) for name in _COPIED_FIELDS):
        return True
    return {n.casefold() for n in names} != {n.casefold() for n in current.tag_names}
