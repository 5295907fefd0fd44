"""Assembling the PDF file from a :class:`~desktop.services.export.pdf_writer.Document`
with pypdf: pages and their resources, embedded fonts, the structure tree and its
parent tree, annotations (highlights with appearance streams and pop-ups, links),
bookmarks, XMP metadata and the sRGB output intent (see pdf_writer for why)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    Fit,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from desktop import __version__
from desktop.services.export.pdf_fonts import EmbeddedFont
from desktop.services.export.pdf_writer import Annotation, Document, Metadata, StructNode, _rgb, pdf_date

PRODUCER = f"Triptych {__version__}"


def _name(value: str) -> NameObject:
    return NameObject("/" + value)


def _array(values: list[Any]) -> ArrayObject:
    out = ArrayObject()
    for v in values:
        if isinstance(v, list):
            out.append(_array(v))
        elif isinstance(v, float):
            out.append(FloatObject(round(v, 3)))
        elif isinstance(v, int):
            out.append(NumberObject(v))
        else:
            out.append(v)
    return out


def _stream(writer: PdfWriter, data: bytes, entries: dict[str, Any] | None = None, *,
            compress: bool = True) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    for key, value in (entries or {}).items():
        stream[NameObject(key)] = value
    return writer._add_object(stream.flate_encode() if compress else stream)


def _font_object(writer: PdfWriter, font: EmbeddedFont) -> IndirectObject:
    values = font.descriptor_values()
    name = font.postscript_name()
    program = _stream(writer, font.subset_program())
    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): _name(name),
        NameObject("/Flags"): NumberObject(values["flags"]), NameObject("/FontBBox"): _array(values["bbox"]),
        NameObject("/ItalicAngle"): FloatObject(values["italic"]),
        NameObject("/Ascent"): NumberObject(values["ascent"]),
        NameObject("/Descent"): NumberObject(values["descent"]), NameObject("/CapHeight"): NumberObject(values["cap"]),
        NameObject("/StemV"): NumberObject(values["stem"]), NameObject("/FontFile2"): program,
    })
    descendant = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): _name(name),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0)}),
        NameObject("/FontDescriptor"): writer._add_object(descriptor),
        NameObject("/W"): _array(font.widths_array()), NameObject("/CIDToGIDMap"): NameObject("/Identity"),
        NameObject("/DW"): NumberObject(0),
    })
    return writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): _name(name), NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([writer._add_object(descendant)]),
        NameObject("/ToUnicode"): _stream(writer, font.to_unicode()),
    }))


def _xmp(meta: Metadata, created: str, modified: str) -> bytes:
    author = (f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
              if meta.author else "")
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.title)}</rdf:li></rdf:Alt></dc:title>
{author}
<dc:language><rdf:Bag><rdf:li>{escape(meta.language)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>
<xmp:CreateDate>{created}</xmp:CreateDate>
<xmp:ModifyDate>{modified}</xmp:ModifyDate>
<xmp:MetadataDate>{modified}</xmp:MetadataDate>
<pdf:Producer>{PRODUCER}</pdf:Producer>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>U</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return xml.encode("utf-8")


def _iso(value: str) -> str:
    """A PDF date (D:YYYYMMDDHHmmSSZ) as XMP's ISO 8601."""
    d = value[2:]
    return f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}Z"


def _srgb_profile() -> bytes:
    from PySide6.QtGui import QColorSpace

    return bytes(QColorSpace(QColorSpace.NamedColorSpace.SRgb).iccProfile().data())


def _transparency_group() -> DictionaryObject:
    return DictionaryObject({NameObject("/Type"): NameObject("/Group"), NameObject("/S"): NameObject("/Transparency"),
                             NameObject("/CS"): NameObject("/DeviceRGB")})


def _appearance(writer: PdfWriter, annotation: Annotation) -> IndirectObject:
    """The highlight's look: its quads in its colour, multiplied with what lies under it."""
    x0, y0, x1, y1 = annotation.rect
    r, g, b = _rgb(annotation.color)
    ops = ["/GS0 gs", f"{r:.3f} {g:.3f} {b:.3f} rg"]
    q = annotation.quads
    for i in range(0, len(q), 8):
        xs, ys = q[i:i + 8:2], q[i + 1:i + 8:2]
        ops.append(f"{min(xs) - x0:.3f} {min(ys) - y0:.3f} {max(xs) - min(xs):.3f} {max(ys) - min(ys):.3f} re")
    ops.append("f")
    state = DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"), NameObject("/BM"): NameObject("/Multiply"),
                              NameObject("/CA"): FloatObject(1), NameObject("/ca"): FloatObject(1)})
    return _stream(writer, "\n".join(ops).encode("ascii"), {
        "/Type": NameObject("/XObject"), "/Subtype": NameObject("/Form"),
        "/BBox": _array([0.0, 0.0, round(x1 - x0, 3), round(y1 - y0, 3)]),
        "/Resources": DictionaryObject({NameObject("/ExtGState"): DictionaryObject({NameObject("/GS0"): state})}),
        "/Group": _transparency_group(),
    })


class _Tree:
    """The structure tree as PDF objects, with the parent tree that maps content back to it."""

    def __init__(self, writer: PdfWriter, page_refs: list[IndirectObject]) -> None:
        self.writer, self.page_refs = writer, page_refs
        self.refs: dict[int, IndirectObject] = {}
        self.objr: dict[int, IndirectObject] = {}  # annotation index -> its element

    def ref(self, node: StructNode) -> IndirectObject:
        if id(node) not in self.refs:
            self.refs[id(node)] = self.writer._add_object(DictionaryObject())
        return self.refs[id(node)]

    def build(self, node: StructNode, parent: IndirectObject, annots: list[IndirectObject]) -> IndirectObject:
        ref = self.ref(node)
        element = cast(DictionaryObject, ref.get_object())
        element.update({NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): _name(node.kind),
                        NameObject("/P"): parent})
        if node.language:
            element[NameObject("/Lang")] = TextStringObject(node.language)
        if node.title:
            element[NameObject("/T")] = TextStringObject(node.title)
        if node.alt:
            element[NameObject("/Alt")] = TextStringObject(node.alt)
        kids = ArrayObject()
        for child in node.children:
            if isinstance(child, StructNode):
                kids.append(self.build(child, ref, annots))
            elif child[0] == "mcr":
                kids.append(DictionaryObject({NameObject("/Type"): NameObject("/MCR"),
                                              NameObject("/Pg"): self.page_refs[child[1]],
                                              NameObject("/MCID"): NumberObject(child[2])}))
            else:
                kids.append(DictionaryObject({NameObject("/Type"): NameObject("/OBJR"),
                                              NameObject("/Pg"): self.page_refs[child[1]],
                                              NameObject("/Obj"): annots[child[2]]}))
        element[NameObject("/K")] = kids
        return ref


def assemble(doc: Document, path: Path, meta: Metadata) -> None:
    writer = PdfWriter()
    writer.pdf_header = "%PDF-1.7"
    created = pdf_date(meta.created)
    fonts = {f.resource: _font_object(writer, f) for f in doc.fonts.fonts.values() if f.used}
    multiply = DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"),
                                 NameObject("/BM"): NameObject("/Multiply")})
    page_refs: list[IndirectObject] = []
    for page in doc.pages:
        pdf_page = writer.add_blank_page(doc.width, doc.height)
        resources = DictionaryObject({NameObject("/Font"): DictionaryObject(
            {_name(r): fonts[r] for r in sorted(page.fonts) if r in fonts})})
        if page.uses_multiply:
            resources[NameObject("/ExtGState")] = DictionaryObject({NameObject("/GSm"): multiply})
        pdf_page[NameObject("/Resources")] = resources
        pdf_page[NameObject("/Contents")] = _stream(writer, page.content())
        pdf_page[NameObject("/StructParents")] = NumberObject(page.index)
        pdf_page[NameObject("/Group")] = _transparency_group()
        page_refs.append(cast(IndirectObject, pdf_page.indirect_reference))
    annots = _annotations(writer, doc, page_refs)
    tree = _Tree(writer, page_refs)
    root_ref = writer._add_object(DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")}))
    top = tree.build(doc.root, root_ref, annots)
    nums = ArrayObject()
    for page in doc.pages:
        nums += [NumberObject(page.index), writer._add_object(ArrayObject(tree.ref(e) for e in page.mcids))]
    for index, annotation in enumerate(doc.annotations):
        if annotation.element is not None:
            nums += [NumberObject(len(doc.pages) + index), tree.ref(annotation.element)]
    root = cast(DictionaryObject, root_ref.get_object())
    root[NameObject("/K")] = ArrayObject([top])
    root[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): nums}))
    root[NameObject("/ParentTreeNextKey")] = NumberObject(len(doc.pages) + len(doc.annotations))
    catalog = writer._root_object
    catalog[NameObject("/StructTreeRoot")] = root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    catalog[NameObject("/Lang")] = TextStringObject(meta.language)
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject({NameObject("/DisplayDocTitle"): BooleanObject(True)})
    icc = _stream(writer, _srgb_profile(), {"/N": NumberObject(3)})
    catalog[NameObject("/OutputIntents")] = ArrayObject([DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"), NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"), NameObject("/DestOutputProfile"): icc})])
    catalog[NameObject("/Metadata")] = _stream(writer, _xmp(meta, _iso(created), _iso(created)), {
        "/Type": NameObject("/Metadata"), "/Subtype": NameObject("/XML")}, compress=False)
    _bookmarks(writer, doc)
    info = {"/Title": meta.title, "/Creator": PRODUCER, "/Producer": PRODUCER, "/CreationDate": created,
            "/ModDate": created}
    if meta.author:
        info["/Author"] = meta.author
    writer.add_metadata(info)
    writer.generate_file_identifiers()
    with path.open("wb") as fh:
        writer.write(fh)


def _annotations(writer: PdfWriter, doc: Document, page_refs: list[IndirectObject]) -> list[IndirectObject]:
    refs: list[IndirectObject] = []
    for index, annotation in enumerate(doc.annotations):
        page = writer.pages[annotation.page]
        entries = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): _name(annotation.kind),
            NameObject("/Rect"): _array([round(v, 3) for v in annotation.rect]), NameObject("/F"): NumberObject(4),
            NameObject("/P"): page_refs[annotation.page],
        })
        for key, value in annotation.entries.items():
            entries[NameObject(key)] = TextStringObject(value) if isinstance(value, str) else value
        if annotation.element is not None:
            entries[NameObject("/StructParent")] = NumberObject(len(doc.pages) + index)
        if annotation.kind == "Highlight":
            entries[NameObject("/QuadPoints")] = _array([round(v, 3) for v in annotation.quads])
            entries[NameObject("/C")] = _array([round(c, 4) for c in _rgb(annotation.color)])
            entries[NameObject("/AP")] = DictionaryObject({NameObject("/N"): _appearance(writer, annotation)})
        else:
            entries[NameObject("/Border")] = _array([0, 0, 0])
            if annotation.target is not None:
                target_page, y = annotation.target
                entries[NameObject("/Dest")] = _array([page_refs[target_page], NameObject("/XYZ"), 0,
                                                       round(doc.height - y + 10, 3), 0])
        ref = writer._add_object(entries)
        annots = page.get("/Annots")
        if annots is None:
            page[NameObject("/Annots")] = annots = ArrayObject()
            page[NameObject("/Tabs")] = NameObject("/S")
        annots.append(ref)
        if annotation.popup is not None:
            popup = writer._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Popup"),
                NameObject("/Rect"): _array([round(v, 3) for v in annotation.popup]), NameObject("/F"): NumberObject(4),
                NameObject("/Open"): BooleanObject(False), NameObject("/Parent"): ref,
                NameObject("/P"): page_refs[annotation.page]}))
            entries[NameObject("/Popup")] = popup
            annots.append(popup)
        refs.append(ref)
        if annotation.element is not None:
            annotation.element.children.append(("objr", annotation.page, index))
    return refs


def _bookmarks(writer: PdfWriter, doc: Document) -> None:
    made: list[Any] = []
    for title, page, y, parent in doc.outline:
        fit = Fit.xyz(left=0, top=round(doc.height - y + 10, 3))
        made.append(writer.add_outline_item(title=title, page_number=page, fit=fit,
                                            parent=made[parent] if parent is not None else None))

