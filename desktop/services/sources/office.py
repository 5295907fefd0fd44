"""Word (DOCX) and OpenDocument (ODT) articles: paragraphs, headings, lists, footnotes at the end.

DOCX goes through mammoth, which turns the document's styles into plain semantic HTML
(headings, paragraphs, lists, block quotes, footnotes and endnotes collected at the
end), read by the same block reader as web pages. ODT is small enough to read
directly: ``content.xml``'s headings, paragraphs, list items and notes. Title and
author come from the document's properties. Every part of the archive is read with
bounds (``archive.SafeZip``), and XML is parsed without entities or DTDs.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from desktop.core.direction import RLM, paragraph_direction
from desktop.core.errors import UserError
from desktop.core.kinds import ParagraphKind
from desktop.core.markup import Block, ExtractedText, SourceMeta, clean_line, element_blocks, parse_html
from desktop.core.title import is_generic_title
from desktop.services.sources.archive import SafeZip
from desktop.services.sources.odt_lists import ListCount, OdtNumbering
from desktop.services.sources.web import fold_words
from desktop.services.sources.word_numbering import ListLabel, paragraph_labels

log = logging.getLogger(__name__)

_DC = "http://purl.org/dc/elements/1.1/"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


def safe_xml(data: bytes, name: str) -> Any:
    """An XML tree parsed with no entity expansion, no DTD, no network."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise UserError("{name} is damaged or incomplete and cannot be read.", name=name) from exc


def _core_properties(archive: SafeZip, member: str, name: str) -> tuple[str, str, str]:
    """(title, author, date) from a document's properties part, when it has one."""
    if not archive.has(member):
        return "", "", ""
    root = safe_xml(archive.read(member, limit=1024 * 1024), name)

    def first(*tags: str) -> str:
        for tag in tags:
            element = root.find(f".//{tag}")
            if element is not None and element.text and element.text.strip():
                return clean_line(element.text)
        return ""

    title = first(f"{{{_DC}}}title")
    author = first(f"{{{_DC}}}creator", "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}initial-creator")
    return title, author, ""


#: Word's quotation and title styles, beside mammoth's own map of headings and lists.
_STYLE_MAP = """
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => h2:fresh
"""


def read_docx(data: bytes, name: str) -> ExtractedText:
    """A Word document's text, by mammoth (see the module docstring)."""
    import mammoth

    with SafeZip(data, name) as archive:
        if not archive.has("word/document.xml"):
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=name)
        for member in archive.names:
            if member.endswith(".xml") or member.endswith(".rels"):
                archive.read(member)  # every part mammoth will read, read once within the bounds
        title, author, _ = _core_properties(archive, "docProps/core.xml", name)
        rtl = _right_to_left_paragraphs(archive, name)
        labels = _list_labels(archive, name)
    logging.getLogger("mammoth").setLevel(logging.ERROR)
    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=_STYLE_MAP)
    except Exception as exc:  # mammoth raises KeyError, ValueError and its own errors on broken files
        raise UserError("{name} is damaged or incomplete and cannot be read.", name=name) from exc
    root = parse_html(f"<html><body>{result.value}</body></html>")
    blocks = _with_labels(_with_directions(element_blocks(root.find("body")), rtl), labels)
    if not blocks:
        raise UserError("{name} has no readable text.", name=name)
    return _document(blocks, title, author, name)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTE_MARK_RE = re.compile(r"\[\d+\]")


def _on(element: Any) -> bool | None:
    """A Word toggle property (``<w:bidi/>``, ``<w:rtl w:val="0"/>``): on, off, or not set."""
    if element is None:
        return None
    return (element.get(f"{{{_W}}}val") or "true").lower() not in ("0", "false", "off")


def _right_to_left_paragraphs(archive: SafeZip, name: str) -> set[str]:
    """The words of each paragraph the document marks right to left.

    mammoth's HTML has no direction, so ``word/document.xml`` is read for it: a paragraph's
    ``w:bidi``, else its style's (through the styles it is based on), else the document's
    default; a paragraph that sets none is right to left when all its text is in runs
    marked ``w:rtl``.
    """
    styles: dict[str, tuple[bool | None, str]] = {}
    default: bool | None = None
    if archive.has("word/styles.xml"):
        root = safe_xml(archive.read("word/styles.xml"), name)
        default = _on(root.find(f"{{{_W}}}docDefaults/{{{_W}}}pPrDefault/{{{_W}}}pPr/{{{_W}}}bidi"))
        for style in root.iter(f"{{{_W}}}style"):
            based = style.find(f"{{{_W}}}basedOn")
            styles[style.get(f"{{{_W}}}styleId") or ""] = (
                _on(style.find(f"{{{_W}}}pPr/{{{_W}}}bidi")),
                based.get(f"{{{_W}}}val") or "" if based is not None else "")

    def style_bidi(style_id: str) -> bool | None:
        for _ in range(20):  # a chain of based-on styles, bounded against loops
            if style_id not in styles:
                return None
            bidi, style_id = styles[style_id]
            if bidi is not None:
                return bidi
        return None

    found: set[str] = set()
    document = safe_xml(archive.read("word/document.xml"), name)
    for paragraph in document.iter(f"{{{_W}}}p"):
        properties = paragraph.find(f"{{{_W}}}pPr")
        bidi = _on(properties.find(f"{{{_W}}}bidi")) if properties is not None else None
        if bidi is None and properties is not None:
            style = properties.find(f"{{{_W}}}pStyle")
            bidi = style_bidi(style.get(f"{{{_W}}}val") or "") if style is not None else None
        runs = [(run, "".join(t.text or "" for t in run.iter(f"{{{_W}}}t"))) for run in paragraph.iter(f"{{{_W}}}r")]
        runs = [(run, text) for run, text in runs if text.strip()]
        if bidi is None:
            bidi = default
        if bidi is None and runs:
            bidi = all(_on(run.find(f"{{{_W}}}rPr/{{{_W}}}rtl")) for run, _ in runs)
        if bidi:
            words = fold_words("".join(text for _, text in runs))
            if words:
                found.add(words)
    return found


def _list_labels(archive: SafeZip, name: str) -> list[tuple[str, ListLabel | None]]:
    """Each paragraph's words and list label, counted as Word counts (see word_numbering)."""
    def part(member: str) -> Any | None:
        return safe_xml(archive.read(member), name) if archive.has(member) else None

    numbering = part("word/numbering.xml")
    document = part("word/document.xml")
    return [(fold_words(text), label) for text, label in paragraph_labels(document, numbering,
                                                                         part("word/styles.xml"))]


#: How far ahead of the last paragraph matched a block's paragraph is looked for.
_LOOKAHEAD = 64


def _with_labels(blocks: list[Block], labels: list[tuple[str, ListLabel | None]]) -> list[Block]:
    """mammoth's blocks with each list paragraph's kind, number and level as Word shows
    them (mammoth numbers every list from 1 and knows no start, prefix or suffix).

    Blocks and paragraphs are matched by their words, in order; a heading keeps its kind
    (Word numbers headings through their styles), and a block no paragraph matches is
    left as mammoth made it.
    """
    result = []
    found = 0
    for block in blocks:
        words = fold_words(_FOOTNOTE_MARK_RE.sub("", block.text))
        at = next((i for i in range(found, min(len(labels), found + _LOOKAHEAD)) if labels[i][0] == words), None)
        if at is not None:
            found = at + 1
            label = labels[at][1]
            if label is not None and block.kind is not ParagraphKind.HEADING:
                text = block.text
                if label.literal:  # a label that is text: shown as Word shows it, before the text
                    mark = RLM if text.startswith(RLM) else ""
                    text = f"{mark}{label.literal} {text.removeprefix(RLM)}"
                block = block._replace(kind=label.kind, number=label.number, level=label.level, text=text)
        result.append(block)
    return result


def _with_directions(blocks: list[Block], rtl: set[str]) -> list[Block]:
    """Blocks of paragraphs the document marks right to left, started with a RIGHT-TO-LEFT
    MARK where their letters alone would not say so (see desktop.core.direction)."""
    if not rtl:
        return blocks
    result = []
    for block in blocks:
        if (fold_words(_FOOTNOTE_MARK_RE.sub("", block.text)) in rtl
                and not paragraph_direction(block.text).is_rtl):
            block = block._replace(text=RLM + block.text)
        result.append(block)
    return result


_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


class _OdtItem:
    """An open ``text:list-item``: its list's numbers, style and level, and whether its
    first paragraph (the one with the label) has been read."""

    def __init__(self, element: Any, count: ListCount, style: str, level: int) -> None:
        self.element, self.count, self.style, self.level = element, count, style, level
        self.counted = False


def read_odt(data: bytes, name: str) -> ExtractedText:
    """An OpenDocument text's headings, paragraphs, list items, and its notes at the end."""
    with SafeZip(data, name) as archive:
        if not archive.has("content.xml"):
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=name)
        root = safe_xml(archive.read("content.xml"), name)
        styles = safe_xml(archive.read("styles.xml"), name) if archive.has("styles.xml") else None
        title, author, _ = _core_properties(archive, "meta.xml", name)
    numbering = OdtNumbering([root] + ([styles] if styles is not None else []))
    body = root.find(f"{{{_OFFICE}}}body")
    if body is None:
        raise UserError("{name} has no readable text.", name=name)
    blocks: list[Block] = []
    notes: list[Block] = []

    def text_of(element: Any) -> str:
        parts: list[str] = []

        def walk(node: Any) -> None:
            if node.text:
                parts.append(node.text)
            for child in node:
                tag = child.tag
                if tag == f"{{{_TEXT}}}note":
                    citation = child.find(f"{{{_TEXT}}}note-citation")
                    mark = clean_line(citation.text or "") if citation is not None else ""
                    parts.append(mark)
                    note_body = child.find(f"{{{_TEXT}}}note-body")
                    if note_body is not None:
                        note = " ".join(text_of(p) for p in note_body)
                        if note.strip():
                            notes.append(Block(ParagraphKind.PARAGRAPH, clean_line(f"{mark} {note}")))
                elif tag == f"{{{_TEXT}}}s":
                    parts.append(" ")
                elif tag in (f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"):
                    parts.append(" ")
                else:
                    walk(child)
                if child.tail:
                    parts.append(child.tail)

        walk(element)
        return clean_line("".join(parts))

    def visit(element: Any, item: _OdtItem | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{{{_TEXT}}}list":  # a nested list without a style keeps its parent's
                count = numbering.list_count(child) if item is None else item.count
                visit_list(child, count, child.get(f"{{{_TEXT}}}style-name") or (item.style if item else ""),
                           item.level + 1 if item else 0)
                continue
            if tag == f"{{{_TEXT}}}h":
                text = text_of(child)
                if item is not None and not item.counted:
                    # A heading that opens a list item counts it; it reads as a heading,
                    # and the item's paragraphs after it have no label.
                    item.counted = True
                    numbering.label(item.count, numbering.list_style(item.style, child), item.level, item.element)
                if text:
                    blocks.append(Block(ParagraphKind.HEADING, text))
            elif tag == f"{{{_TEXT}}}p":
                text = text_of(child)
                if item is not None and not item.counted:
                    # The item's first paragraph has its label; more paragraphs of the
                    # item have none, and read as paragraphs.
                    item.counted = True
                    label = numbering.label(item.count, numbering.list_style(item.style, child), item.level,
                                            item.element)
                    if text:
                        blocks.append(Block(label.kind, text, label.number, label.level))
                elif text:
                    blocks.append(Block(ParagraphKind.PARAGRAPH, text))
            elif tag in (f"{{{_TEXT}}}tracked-changes", f"{{{_OFFICE}}}forms", f"{{{_TEXT}}}sequence-decls"):
                continue
            else:
                visit(child, item)

    def visit_list(element: Any, count: ListCount, style: str, level: int) -> None:
        for child in element:
            if child.tag == f"{{{_TEXT}}}list-item":
                visit(child, _OdtItem(child, count, style, level))
            elif child.tag == f"{{{_TEXT}}}list-header":
                # Paragraphs of the list without a label; a list in it is nested in this one.
                header = _OdtItem(child, count, style, level)
                header.counted = True
                visit(child, header)

    visit(body, None)
    blocks.extend(notes)
    if not blocks:
        raise UserError("{name} has no readable text.", name=name)
    return _document(blocks, title, author, name)


def _document(blocks: list[Block], title: str, author: str, name: str) -> ExtractedText:
    """The extracted document: its properties' title unless that is a program's placeholder
    ("Untitled", "Microsoft Word - x.docx", the file's name), else its first heading."""
    if not title or is_generic_title(title, name):
        title = next((b.text for b in blocks[:3] if b.kind is ParagraphKind.HEADING), "")
    return ExtractedText.from_blocks(blocks, title or None, meta=SourceMeta(author=author))
