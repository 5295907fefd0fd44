"""Small DOCX, ODT and EPUB files made from raw parts, for the import tests (no office suite needed)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _zip(parts: dict[str, bytes | str], first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first), parts[first], compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            if name != first:
                archive.writestr(name, data)
    return buffer.getvalue()


def docx(paragraphs: list[tuple[str, str]], *, title: str = "", author: str = "", footnote: str = "",
         numbering: str = "", styles: str = "") -> bytes:
    """A Word document: (style, text) paragraphs, style "Heading1", "Quote", "ListParagraph",
    "Normal", "RTL" (a paragraph marked right to left, its run too), "RTLRuns" (only its runs
    marked), "ArabicBody" (a paragraph style based on one that is right to left), "Numbered" or
    "Bulleted" (Word's numbering: decimal or bullet), "List N L" (numbering instance N at
    level L, from ``numbering``: the w:abstractNum and w:num elements of numbering.xml, as
    Word writes them; ``styles``: more w:style elements); an optional footnote on the first paragraph."""
    body = []
    numbering_ids = {"Numbered": (1, 0), "Bulleted": (2, 0)}
    for style, _ in paragraphs:
        if style.startswith("List "):
            num_id, level = style.split()[1:]
            numbering_ids[style] = (int(num_id), int(level))
    for index, (style, text) in enumerate(paragraphs):
        props = ""
        if style == "RTL":
            props = "<w:pPr><w:bidi/></w:pPr>"
        elif style in numbering_ids:
            num_id, level = numbering_ids[style]
            props = (f'<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/>'
                     f'<w:numId w:val="{num_id}"/></w:numPr></w:pPr>')
        elif style not in ("Normal", "RTLRuns"):
            props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        note = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
                if footnote and index == 0 else "")
        rtl = "<w:rPr><w:rtl/></w:rPr>" if style in ("RTL", "RTLRuns") else ""
        body.append(f'<w:p>{props}<w:r>{rtl}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>{note}</w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
                + "".join(body) + "</w:body></w:document>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{styles}'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="RightToLeft"><w:name w:val="Right to left"/><w:pPr><w:bidi/>'
              "</w:pPr></w:style>"
              '<w:style w:type="paragraph" w:styleId="ArabicBody"><w:name w:val="Arabic body"/>'
              '<w:basedOn w:val="RightToLeft"/></w:style>'
              "</w:styles>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/>'
            + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'footnotes" Target="footnotes.xml"/>' if footnote else "")
            + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/></Relationships>')
    numbering = numbering or (
        "".join(f'<w:abstractNum w:abstractNumId="{n}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
                for n, fmt, text in ((1, "decimal", "%1."), (2, "bullet", "\u2022")))
        + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/>'
        "</w:num>")
    numbering = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">{numbering}</w:numbering>'
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://'
        'schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>",
        "word/document.xml": document,
        "word/styles.xml": styles,
        "word/_rels/document.xml.rels": rels,
        "word/numbering.xml": numbering,
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
        'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator></cp:coreProperties>",
    }
    if footnote:
        parts["word/footnotes.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r>'
            f"<w:t>{escape(footnote)}</w:t></w:r></w:p></w:footnote></w:footnotes>")
    return _zip(parts)


def odt(paragraphs: list[tuple[str, str]], *, title: str = "", author: str = "", note: str = "") -> bytes:
    """An OpenDocument text: (kind, text) with kind "h", "p", "li" (a bulleted list's item) or
    "ol" (a numbered one's: consecutive ones are one list); an optional footnote in the first."""
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = []
    first_paragraph = next((i for i, (kind, _) in enumerate(paragraphs) if kind == "p"), -1)
    for index, (kind, text) in enumerate(paragraphs):
        footnote = (f'<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
                    f"<text:p>{escape(note)}</text:p></text:note-body></text:note>"
                    if note and index == first_paragraph else "")
        if kind == "h":
            body.append(f'<text:h text:outline-level="1">{escape(text)}</text:h>')
        elif kind == "li":
            body.append(f"<text:list><text:list-item><text:p>{escape(text)}</text:p></text:list-item></text:list>")
        elif kind == "ol":
            item = f"<text:list-item><text:p>{escape(text)}</text:p></text:list-item>"
            if index > 0 and paragraphs[index - 1][0] == "ol":
                body[-1] = body[-1].replace("</text:list>", item + "</text:list>")
            else:
                body.append(f'<text:list text:style-name="L1">{item}</text:list>')
        else:
            body.append(f"<text:p>{escape(text)}{footnote}</text:p>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               f'opendocument:xmlns:office:1.0" xmlns:text="{text_ns}" xmlns:style="urn:oasis:names:tc:'
               'opendocument:xmlns:style:1.0"><office:automatic-styles><text:list-style style:name="L1">'
               '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
               '<text:list-level-style-bullet text:level="2" text:bullet-char="•"/></text:list-style>'
               "</office:automatic-styles><office:body><office:text>"
               + "".join(body) + "</office:text></office:body></office:document-content>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:'
            'xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:'
            f'xmlns:meta:1.0"><office:meta><dc:title>{escape(title)}</dc:title><meta:initial-creator>{escape(author)}'
            "</meta:initial-creator></office:meta></office:document-meta>")
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content, "meta.xml": meta},
                first="mimetype")


def epub(chapters: list[str], *, title: str = "", author: str = "", language: str = "") -> bytes:
    """An EPUB 3 of XHTML chapters (their <body> contents)."""
    manifest = "".join(f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>'
                       for i in range(len(chapters)))
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
    opf = ('<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title>'
           f"<dc:creator>{escape(author)}</dc:creator><dc:language>{language}</dc:language></metadata>"
           f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>")
    parts: dict[str, bytes | str] = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
        'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/'
        'oebps-package+xml"/></rootfiles></container>',
        "OEBPS/content.opf": opf,
    }
    for i, chapter in enumerate(chapters):
        parts[f"OEBPS/text/c{i}.xhtml"] = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/'
                                          f'xhtml"><head><title>c{i}</title></head><body>{chapter}</body></html>')
    return _zip(parts, first="mimetype")


def bomb(kind: str) -> bytes:
    """A small archive of the kind whose main part unpacks to gigabytes of nothing."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        main = {"docx": "word/document.xml", "epub": "OEBPS/text/c0.xhtml", "odt": "content.xml"}[kind]
        if kind == "epub":
            skeleton = epub(["<p>x</p>"])
            with zipfile.ZipFile(io.BytesIO(skeleton)) as small:
                for name in small.namelist():
                    if name != main:
                        archive.writestr(name, small.read(name))
        if kind == "odt":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        with archive.open(main, "w", force_zip64=True) as member:
            block = b"<p>" + b" " * (1024 * 1024 - 7) + b"</p>"
            for _ in range(300):  # 300 MB unpacked, a few hundred kB packed
                member.write(block)
    return buffer.getvalue()
