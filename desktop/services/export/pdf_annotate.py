"""The second pass of the PDF export: real annotation objects, bookmarks and links
(pypdf), on the pages Qt drew."""

from __future__ import annotations

from pathlib import Path

from desktop.services.export.model import ExportData


def annotate(source: Path, target: Path, data: ExportData, rendered) -> None:  # noqa: ANN001 - pdf.Rendered
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight, Link
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject
    from pypdf.generic import Fit

    reader = PdfReader(str(source))
    writer = PdfWriter(clone_from=reader)
    height = rendered.page_size[1]

    def pdf_rect(rect) -> tuple[float, float, float, float]:  # noqa: ANN001 - QRectF, top-left origin
        return rect.left(), height - rect.bottom(), rect.right(), height - rect.top()

    for highlight in rendered.highlights.values():
        by_page: dict[int, list] = {}
        for page, rect in highlight.rects:
            by_page.setdefault(page, []).append(rect)
        for page, rects in by_page.items():
            quads = []
            for rect in rects:
                llx, lly, urx, ury = pdf_rect(rect)
                quads += [llx, ury, urx, ury, llx, lly, urx, lly]
            box = (min(quads[0::2]), min(quads[1::2]), max(quads[0::2]), max(quads[1::2]))
            annotation = Highlight(rect=box, quad_points=ArrayObject(FloatObject(q) for q in quads),
                                   highlight_color=highlight.color.lstrip("#"), printing=True)
            annotation[NameObject("/Contents")] = TextStringObject(highlight.contents)
            annotation[NameObject("/T")] = TextStringObject("Triptych")
            annotation[NameObject("/NM")] = TextStringObject(highlight.annotation_id)
            writer.add_annotation(page, annotation)

    for page, rect, target_id in rendered.links:
        anchor = rendered.anchors.get(target_id)
        if anchor is None:
            continue
        link = Link(rect=pdf_rect(rect), target_page_index=anchor[0], fit=Fit.xyz(left=0, top=height - anchor[1] + 10))
        writer.add_annotation(page, link)

    for title, page, y, _parent in rendered.outline:
        writer.add_outline_item(title=title, page_number=page, fit=Fit.xyz(left=0, top=height - y + 10))
    tags_root = None
    for tag in data.tags:
        members = [(d, a) for d, a in data.all_annotations() if tag.name in a.tag_names and a.id in rendered.anchors]
        if not members:
            continue
        if tags_root is None:
            tags_root = writer.add_outline_item(title="Tags", page_number=rendered.anchors[members[0][1].id][0])
        item = writer.add_outline_item(title=f"#{tag.name}", page_number=rendered.anchors[members[0][1].id][0],
                                       parent=tags_root)
        for doc, a in members:
            page, y = rendered.anchors[a.id]
            label = " ".join(a.exact.split())[:60]
            writer.add_outline_item(title=f"{label} ({doc.document.language}, ¶{doc.paragraph_of(a.start)})",
                                    page_number=page, parent=item, fit=Fit.xyz(left=0, top=height - y + 10))
    writer.add_metadata({"/Title": "Triptych export", "/Creator": "Triptych"})
    with target.open("wb") as fh:
        writer.write(fh)
