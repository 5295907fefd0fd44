"""What an export holds: the chosen documents, their annotations (filtered), links,
tags and any cached translations."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.colors import color_value
from desktop.core.errors import UserError
from desktop.core.text import Paragraph, split_paragraphs
from desktop.storage import annotations as store
from desktop.storage.annotations import AnnotationData, LinkData, TagData
from desktop.storage.documents import get_document, list_documents
from desktop.storage.models import Document

if TYPE_CHECKING:
    from desktop.services.export.pdf_claims import ClaimsPage


class ExportCancelled(Exception):
    """The person cancelled; nothing is written."""


@dataclass
class ExportRequest:
    format: str
    documents: list[str] = field(default_factory=list)  # ids or prefixes; empty: every document
    tag: str | None = None
    color: str | None = None
    layout: str = "single"  # single | parallel
    page_size: str = "a4"  # a4 | letter
    with_translation: bool = False
    target: str = "en"
    only_annotated: bool = False
    bom: bool = False
    author: str | None = None  # the person's name: creator of annotations that name none themselves
    flatten: bool = False  # PDF: highlights painted into the page, no annotation objects (for print)
    claims: bool = False  # PDF: the claims matrix of the documents (two or more) on pages of its own


@dataclass
class DocumentData:
    document: Document
    paragraphs: list[Paragraph]
    annotations: list[AnnotationData]
    translations: dict[tuple[int, int], str] = field(default_factory=dict)
    _starts: list[int] | None = field(default=None, repr=False)

    @property
    def byline(self) -> str:
        """Where the article is from, by whom and when (site or source, author, date), for title blocks."""
        d = self.document
        return " · ".join(part for part in (d.site or source_label(d), d.author, (d.published or "")[:10]) if part)

    def paragraph_of(self, offset: int) -> int:
        """1-based number of the paragraph that holds ``offset``."""
        if self._starts is None:
            self._starts = [p.start for p in self.paragraphs]
        return max(1, bisect.bisect_right(self._starts, offset))


@dataclass
class ExportData:
    request: ExportRequest
    documents: list[DocumentData]
    links: list[LinkData]
    tags: list[TagData]
    meanings: dict[str, str]
    claims: ClaimsPage | None = None  # the claims matrix pages (desktop.services.export.pdf_claims)

    def annotation(self, annotation_id: str) -> tuple[DocumentData, AnnotationData] | None:
        for doc in self.documents:
            for a in doc.annotations:
                if a.id == annotation_id:
                    return doc, a
        return None

    def all_annotations(self) -> list[tuple[DocumentData, AnnotationData]]:
        return [(d, a) for d in self.documents for a in d.annotations]

    def author_of(self, annotation: object) -> str | None:
        """Who wrote an annotation: its own author when it stores one, else the person exporting."""
        own = getattr(annotation, "author", None)
        return own if isinstance(own, str) and own.strip() else self.request.author


def source_label(document: Document) -> str:
    """Where a document came from, as a reader would name it (title blocks, Markdown).

    A bundled article names its publication from the corpus manifest and that it came with
    Triptych, as the desk does; an imported file is named by its file name, a web page by its
    address.
    """
    from desktop.services.corpus import bundled_origin

    source = document.source or ""
    bundled = bundled_origin(source)
    if bundled is not None:
        return bundled
    if "://" in source:
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def collect(request: ExportRequest) -> ExportData:
    if request.layout not in ("single", "parallel"):
        raise UserError('“{request_layout}” is not a layout; use single or parallel.', request_layout=request.layout)
    if request.page_size not in ("a4", "letter"):
        raise UserError('“{request_page_size}” is not a page size; use a4 or letter.',
                        request_page_size=request.page_size)
    documents = [get_document(ref) for ref in request.documents] if request.documents else \
        [get_document(d.id) for d in list_documents()]
    if not documents:
        raise UserError("There is nothing to export: the library is empty.")
    color = color_value(request.color) if request.color else None
    if request.tag and store.find_tag(request.tag) is None:
        raise UserError('There is no tag called “{request_tag}”.', request_tag=request.tag)
    annotations = store.annotations_for([d.id for d in documents], tag=request.tag)
    by_doc: dict[str, list[AnnotationData]] = {}
    for a in annotations:
        if color and a.color != color:
            continue
        by_doc.setdefault(a.document_id, []).append(a)
    data = []
    for d in documents:
        translations: dict[tuple[int, int], str] = {}
        if request.with_translation:
            from desktop.storage.translations import any_cached

            translations = any_cached(d.id, request.target)
        data.append(DocumentData(d, split_paragraphs(d.text), by_doc.get(d.id, []), translations))
    kept = {a.id for doc in data for a in doc.annotations}
    links = [link for link in store.links_for(kept) if link.source_id in kept or link.target_id in kept]
    claims = None
    if request.claims and request.format == "pdf":
        from desktop.services.export.pdf_claims import gather

        claims = gather(documents, request.target)
    return ExportData(request, data, links, store.all_tags(), store.color_meanings(), claims)
