"""Annotation use cases of the command line and the importer: highlight a quote, follow
a text to its new version. Every write goes through the annotation service."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.anchoring import find_quote
from desktop.core.colors import COLORS, DEFAULT_COLOR, color_name, color_value
from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.storage.annotations import AnnotationData, get_annotation
from desktop.storage.documents import get_document

__all__ = ["COLORS", "DEFAULT_COLOR", "annotate_quote", "build_annotation_in", "color_name", "color_value",
           "reanchor_to_new_version"]


def build_annotation_in(document_id: str, text: str, start: int, end: int, color: str = DEFAULT_COLOR,
                        note: str = "", tag_ids: Iterable[int] = ()) -> AnnotationData:
    """The annotation (not stored) for ``text[start:end]`` of a document, trimmed."""
    return service.new_annotation(document_id, text, start, end, color, note, tag_ids)


def annotate_quote(doc_ref: str, quote: str, *, occurrence: int | None = None, color: str = DEFAULT_COLOR,
                   tags: Iterable[str] = (), note: str = "") -> AnnotationData:
    """Highlight ``quote`` in a document (the command line's ``annotate``)."""
    document = get_document(doc_ref)
    found = find_quote(document.text, quote, occurrence)
    if isinstance(found, list):
        if occurrence is not None:
            count = len(find_quote(document.text, quote))
            raise UserError(
                'There is no occurrence {occurrence} of the quote in {document_id} (occurrences found: {count}).',
                            count=count, document_id=document.id, occurrence=occurrence)
        if not found:
            raise UserError('The quote is not in {document_id}; it must match the text exactly.',
                            document_id=document.id)
        raise UserError('The quote occurs {value} times in {document_id}; choose one with --occurrence 1..{value}.',
                        value=len(found), document_id=document.id)
    start, end = found
    outcome = service.highlight(document.id, start, end, color=color, note=note, tags=tags)
    return get_annotation(outcome.value)


def reanchor_to_new_version(document_id: str, previous_id: str | None) -> tuple[int, int]:
    """Move the annotations of the previous version onto the new one: (anchored, orphaned)."""
    if previous_id is None:
        return 0, 0
    result: tuple[int, int] = service.reanchor_document(document_id, previous_id).value
    return result
