"""Annotation use cases: highlight a passage, find a quote, follow a text to its new
version, re-attach what was orphaned."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from desktop.core.anchoring import Selector, describe, find_quote, place
from desktop.core.errors import UserError
from desktop.storage import annotations as store
from desktop.storage.annotations import AnnotationData
from desktop.storage.database import write_transaction
from desktop.storage.documents import get_document
from desktop.storage.models import Annotation, Document

log = logging.getLogger(__name__)

from desktop.core.colors import COLORS, DEFAULT_COLOR, color_name, color_value  # noqa: F401 - re-exported


def build_annotation(document: Document, start: int, end: int, color: str = DEFAULT_COLOR, note: str = "",
                     tag_ids: Iterable[int] = ()) -> AnnotationData:
    """The annotation (not yet stored) for ``document.text[start:end]``."""
    return build_annotation_in(document.id, document.text, start, end, color, note, tag_ids)


def build_annotation_in(document_id: str, text: str, start: int, end: int, color: str = DEFAULT_COLOR,
                        note: str = "", tag_ids: Iterable[int] = ()) -> AnnotationData:
    """The annotation (not yet stored) for ``text[start:end]`` of a document."""
    # Highlights never start or end on white space: trim the selection.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise UserError("Select some text to highlight first.")
    selector = describe(text, start, end)
    return AnnotationData(
        id=store.new_annotation_id(),
        document_id=document_id,
        exact=selector.exact,
        prefix=selector.prefix,
        suffix=selector.suffix,
        start=selector.start,
        end=selector.end,
        color=color_value(color),
        note=note,
        tag_ids=tuple(tag_ids),
    )


def annotate_quote(doc_ref: str, quote: str, *, occurrence: int | None = None, color: str = DEFAULT_COLOR,
                   tags: Iterable[str] = (), note: str = "") -> AnnotationData:
    """Highlight ``quote`` in a document (the command line's ``annotate``)."""
    document = get_document(doc_ref)
    found = find_quote(document.text, quote, occurrence)
    if isinstance(found, list):
        if occurrence is not None:
            count = len(find_quote(document.text, quote))  # type: ignore[arg-type]
            raise UserError('The quote occurs {count} time(s) in {document_id}, so there is no occurrence {occurrence}.', count=count, document_id=document.id, occurrence=occurrence)
        if not found:
            raise UserError('The quote is not in {document_id}; it must match the text exactly.', document_id=document.id)
        raise UserError('The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.', value=len(found), document_id=document.id)
    start, end = found
    with write_transaction():
        tag_ids, _created = store.ensure_tags(tags)
        data = build_annotation(document, start, end, color, note, tag_ids)
        return store.insert_annotation(data)


def reanchor_to_new_version(new: Document) -> tuple[int, int]:
    """Move the annotations of ``new``'s previous version onto ``new``.

    Returns (anchored, orphaned). An orphaned annotation keeps its old selectors and
    stays on the new version, listed for review: nothing is dropped.
    """
    if new.previous_id is None:
        return 0, 0
    anchored = orphaned = 0
    with write_transaction():
        rows = list(Annotation.select().where(Annotation.document == new.previous_id))
        for row in rows:
            selector = describe_row(row)
            placement = place(new.text, selector)
            if placement is None:
                Annotation.update(document=new.id, state="orphaned").where(Annotation.id == row.id).execute()
                orphaned += 1
                continue
            fresh = describe(new.text, placement.start, placement.end)
            Annotation.update(
                document=new.id, exact=fresh.exact, prefix=fresh.prefix, suffix=fresh.suffix,
                start=fresh.start, end=fresh.end, state="anchored",
            ).where(Annotation.id == row.id).execute()
            anchored += 1
        for annotation_id in [r.id for r in rows]:
            store.reindex_annotation(store.get_annotation(annotation_id))
    log.info("re-anchored %d annotations on %s (%d orphaned)", anchored, new.id, orphaned)
    return anchored, orphaned


def describe_row(row: Annotation) -> Selector:
    return Selector(row.exact, row.prefix, row.suffix, row.start, row.end)


def reattach(annotation_id: str, start: int, end: int) -> AnnotationData:
    """Give an orphaned (or any) annotation a new passage in its document."""
    data = store.get_annotation(annotation_id)
    document = Document.get_by_id(data.document_id)
    fresh = build_annotation(document, start, end, data.color)
    return store.update_annotation(
        annotation_id, exact=fresh.exact, prefix=fresh.prefix, suffix=fresh.suffix, start=fresh.start,
        end=fresh.end, state="anchored",
    )


def anchoring_changes(before: AnnotationData, after: AnnotationData) -> dict[str, object]:
    """The selector fields that differ between two states (for undoing a re-attach)."""
    fields = ("exact", "prefix", "suffix", "start", "end", "state")
    return {f: getattr(before, f) for f in fields if getattr(before, f) != getattr(after, f)}
