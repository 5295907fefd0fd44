"""The annotation pass of the PDF export: after the pages are laid out, each highlight
becomes a /Highlight annotation on the boxes of its glyphs (one per page it spans, with
its note, tags, meaning, author, dates and a pop-up), each cross-reference a /Link to
where the other passage starts, each tag a bookmark group."""

from __future__ import annotations

from typing import Any

from desktop.core.colors import color_name
from desktop.services.export.model import DocumentData, ExportData
from desktop.services.export.pdf_layout import MARGIN, NOTE_COLUMN
from desktop.services.export.pdf_writer import Annotation, Document, StructNode, pdf_date
from desktop.storage.annotations import AnnotationData


class AnnotationPass:
    """What the renderer collected while drawing, turned into annotations and bookmarks."""

    data: ExportData
    doc: Document
    width: float
    height: float
    flatten: bool
    note_side: str | None
    highlights: dict[str, list[tuple[int, float, float, float, float]]]
    anchors: dict[str, tuple[int, float]]
    anchor_elements: dict[str, StructNode]
    links: list[tuple[int, tuple[float, float, float, float], str, StructNode, str]]

    def section(self, doc: DocumentData) -> StructNode:
        raise NotImplementedError

    def annotate(self) -> None:
        if not self.flatten:
            for doc, a in self.data.all_annotations():
                self.add_highlights(doc, a)
        for page, (x, y, w, h), target, element, label in self.links:
            anchor = self.anchors.get(target)
            if anchor is None:
                continue
            self.doc.annotations.append(Annotation(
                "Link", page, (x, self.height - y - h, x + w, self.height - y), {"/Contents": label}, element,
                target=anchor))
        self.add_tag_bookmarks()

    def add_highlights(self, doc: DocumentData, a: AnnotationData) -> None:
        boxes = self.highlights.get(a.id)
        if not boxes:
            return
        tags = ", ".join(a.tag_names)
        meaning = self.data.meanings.get(a.color)
        contents = "\n".join(x for x in (a.note, f"Tags: {tags}" if tags else "",
                                         f"{color_name(a.color)}: {meaning}" if meaning else "") if x) or a.exact
        author = self.data.author_of(a)
        holder = self.anchor_elements.get(a.id) or self.section(doc)
        by_page: dict[int, list[tuple[float, float, float, float]]] = {}
        for page, x, y, w, h in boxes:
            by_page.setdefault(page, []).append((x, y, w, h))
        for page, rects in by_page.items():
            quads: list[float] = []
            for x, y, w, h in rects:
                top, bottom = self.height - y, self.height - y - h
                quads += [x, top, x + w, top, x, bottom, x + w, bottom]
            xs, ys = quads[0::2], quads[1::2]
            rect = (min(xs), min(ys), max(xs), max(ys))
            entries: dict[str, Any] = {"/Contents": contents, "/NM": a.id,  # unique on its page, as /NM must be
                                       "/M": pdf_date(a.modified), "/CreationDate": pdf_date(a.created),
                                       "/Subj": "Highlight"}
            if author:
                entries["/T"] = author
            side = MARGIN if self.note_side == "left" else self.width - MARGIN - NOTE_COLUMN
            popup = (side, max(rect[1] - 120, MARGIN), side + NOTE_COLUMN, rect[3])
            element = holder.add("Annot", alt=contents)
            self.doc.annotations.append(Annotation("Highlight", page, rect, entries, element, quads, a.color,
                                                   popup if a.note else None))

    def add_tag_bookmarks(self) -> None:
        tags_root: int | None = None
        for tag in self.data.tags:
            members = [(d, a) for d, a in self.data.all_annotations()
                       if tag.name in a.tag_names and a.id in self.anchors]
            if not members:
                continue
            first_page = self.anchors[members[0][1].id][0]
            if tags_root is None:
                self.doc.outline.append(("Tags", first_page, MARGIN, None))
                tags_root = len(self.doc.outline) - 1
            self.doc.outline.append((f"#{tag.name}", first_page, MARGIN, tags_root))
            parent = len(self.doc.outline) - 1
            for doc, a in members:
                page, y = self.anchors[a.id]
                label = " ".join(a.exact.split())[:60]
                self.doc.outline.append((f"{label} ({doc.document.language}, ¶{doc.paragraph_of(a.start)})", page, y,
                                         parent))
