"""PDF articles: the text layer through PDFium (pypdfium2), scans through Tesseract.

PDFium was chosen after measuring it beside pdfminer.six, poppler's pdftotext and
pypdf on the bundled articles exported by Triptych (Qt) and printed by Chromium, in
one and two columns (figures in docs/importing.md): it parses and positions text ten
to thirty times faster than pdfminer.six and pypdf, opens encrypted files, and renders
pages for OCR, so one library does both. Its own text order is not trusted for
right-to-left lines (each producer writes them differently): ``pdf_layout`` rebuilds
every line from the glyphs' positions. Pages with no text layer are rendered at
300 dpi and recognised by Tesseract, with progress and cancel.
"""

from __future__ import annotations

import ctypes
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import UserError
from desktop.core.markup import Block, ExtractedText, SourceMeta, clean_line
from desktop.services.export.pdf_writer import PART_KEY
from desktop.services.sources.pdf_layout import (
    Char,
    Page,
    build_lines,
    join_lines,
    order_columns,
    paragraphs,
    remove_running_lines,
)

log = logging.getLogger(__name__)

#: A page with fewer characters than this in its text layer is taken for a scan.
MIN_PAGE_CHARS = 12
OCR_DPI = 300
#: Titles PDF producers write for every file, which say nothing about the article.
_GENERIC_TITLES = re.compile(r"^(untitled|document\d*|microsoft word - .*|triptych export|.*\.(docx?|pdf|odt))$",
                             re.IGNORECASE)


class PdfPasswordError(UserError):
    """An encrypted PDF needs a (different) password; the desk asks for one.

    Attributes:
        name: the file; wrong: whether a password was given and refused.
    """

    def __init__(self, name: str, wrong: bool) -> None:
        if wrong:
            super().__init__("The password for {name} is not right.", name=name)
        else:
            super().__init__("{name} is protected by a password; give it with --password.", name=name)
        self.name = name
        self.wrong = wrong


def _open(data: bytes, name: str, password: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise PdfPasswordError(name, wrong=bool(password)) from exc
        raise UserError("{name} is damaged or incomplete and cannot be read as a PDF.", name=name) from exc


@dataclass(eq=False)
class _Sequence:
    """A marked-content sequence that carries its text (/ActualText) or a Triptych part:
    what it says, and where its text objects are drawn."""

    text: str | None
    part: str | None
    x0: float
    y0: float
    x1: float
    y1: float
    baseline: float = 0.0
    size: float = 0.0
    widest: float = -1.0
    mcid: int = -1


def _blob(mark: Any, key: bytes, pdfium_c: Any) -> str | None:
    """A string entry of a marked-content property list, decoded as a PDF text string.

    (FPDFPageObjMark_GetParamStringValue reads the bytes as UTF-8, which loses
    UTF-16 text; the raw bytes are asked for instead.)"""
    size = ctypes.c_ulong()
    if not pdfium_c.FPDFPageObjMark_GetParamBlobValue(mark, key, None, 0, ctypes.byref(size)):
        return None
    buffer = (ctypes.c_ubyte * max(size.value, 1))()
    pdfium_c.FPDFPageObjMark_GetParamBlobValue(mark, key, buffer, size.value, ctypes.byref(size))
    from pypdf.generic import create_string_object

    return str(create_string_object(bytes(buffer[:size.value])))


def _sequences(page: Any, pdfium_c: Any) -> dict[int, _Sequence]:
    """The page's text objects that belong to a sequence with /ActualText or a Triptych
    part, by object handle (the objects of one sequence share one _Sequence).

    PDFium puts a sequence's /ActualText in place of its glyphs but spreads the letters
    evenly over the first object's box, and reorders right-to-left runs as if they were
    drawn in visual order: the text is taken from the property list itself, in the
    logical order the PDF states, and placed where all its objects are drawn.
    """
    by_object: dict[int, _Sequence] = {}
    by_mark: dict[int, _Sequence] = {}
    part_key = PART_KEY.encode("ascii")
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    matrix, font_size = pdfium_c.FS_MATRIX(), ctypes.c_float()
    for index in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue  # (text inside form XObjects is read glyph by glyph)
        sequence = None
        for m in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
            mark = pdfium_c.FPDFPageObj_GetMark(obj, m)
            text, part = _blob(mark, b"ActualText", pdfium_c), _blob(mark, part_key, pdfium_c)
            if text is None and part is None:
                continue
            key = ctypes.cast(mark, ctypes.c_void_p).value or 0  # the objects of one sequence share its mark
            sequence = by_mark.get(key)
            if sequence is None:
                sequence = by_mark[key] = _Sequence(text, part, math.inf, math.inf, -math.inf, -math.inf,
                                                    mcid=pdfium_c.FPDFPageObj_GetMarkedContentID(obj))
        if sequence is None:
            continue
        pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
        sequence.x0, sequence.x1 = min(sequence.x0, left.value), max(sequence.x1, right.value)
        sequence.y0, sequence.y1 = min(sequence.y0, bottom.value), max(sequence.y1, top.value)
        if right.value - left.value > sequence.widest:  # the widest run is on the line's baseline (marks are raised)
            pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
            pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(font_size))
            sequence.widest, sequence.baseline = right.value - left.value, matrix.f
            sequence.size = font_size.value * (math.hypot(matrix.c, matrix.d) or 1.0)
        by_object[ctypes.cast(obj, ctypes.c_void_p).value or 0] = sequence
    return by_object


#: Structure types inside a paragraph: their text belongs to the block element around them.
_INLINE_ROLES = frozenset({"Span", "Quote", "Link", "Reference", "Code", "Lbl", "NonStruct", "Annot", "Ruby",
                           "Warichu", "BibEntry", "Em", "Strong", "Sub"})


def _page_elements(page: Any, pdfium_c: Any) -> dict[int, tuple[str, tuple[int, ...]]]:
    """Marked-content id -> the block structure element its content belongs to, on one page:
    its role (P, H1, ...) and its identity (its role and all its content ids, which name
    the same element on every page it spans)."""
    tree = pdfium_c.FPDF_StructTree_GetForPage(page)
    if not tree:
        return {}
    found: dict[int, tuple[str, tuple[int, ...]]] = {}
    try:
        stack: list[tuple[Any, tuple[str, tuple[int, ...]] | None]] = [
            (pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, i), None)
            for i in range(pdfium_c.FPDF_StructTree_CountChildren(tree))]
        while stack and len(found) < 100_000:
            element, outer = stack.pop()
            if not element:
                continue
            role = _wide(pdfium_c.FPDF_StructElement_GetType, element)
            block = outer if outer is not None and role in _INLINE_ROLES else (role, tuple(
                pdfium_c.FPDF_StructElement_GetMarkedContentIdAtIndex(element, i)
                for i in range(pdfium_c.FPDF_StructElement_GetMarkedContentIdCount(element))))
            for i in range(pdfium_c.FPDF_StructElement_CountChildren(element)):
                child = pdfium_c.FPDF_StructElement_GetChildAtIndex(element, i)
                if child:
                    stack.append((child, block))
                else:  # content: its id, if it is on this page (-1 otherwise)
                    mcid = pdfium_c.FPDF_StructElement_GetChildMarkedContentID(element, i)
                    if mcid >= 0:
                        found[mcid] = block
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)
    return found


def _page_chars(page: Any, textpage: Any, pdfium_c: Any) -> tuple[list[Char], list[tuple[str, str]]]:
    """The page's characters as drawn, and the (part, text) of what Triptych added around an
    article (title, byline, translations, notes: left out of the text)."""
    raw = textpage.raw
    sequences = _sequences(page, pdfium_c)
    count = pdfium_c.FPDFText_CountChars(raw)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = pdfium_c.FS_MATRIX()
    chars: list[Char] = []
    for i in range(max(count, 0)):
        if sequences and ctypes.cast(pdfium_c.FPDFText_GetTextObject(raw, i), ctypes.c_void_p).value in sequences:
            continue  # its sequence's text is taken whole, below
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1 or code in (0, 0xFFFF):
            continue  # PDFium's own guesses at spaces and line ends: the glyphs' positions decide
        if code in (0xFFFE, 0x02) or (code == 0x2D and pdfium_c.FPDFText_IsHyphen(raw, i) == 1):
            text = "\ufffe"  # a hyphen at a line's end (PDFium writes it as 0x02): kept or not by the next line
        else:
            try:
                text = chr(code)
            except ValueError:
                continue
        if text in ("\r", "\n", "\x02"):
            continue
        # The loose box spans the glyph's advance (its tight box only its ink, whose gaps
        # say nothing about spaces: a "1" has wide side bearings).
        rect = pdfium_c.FS_RECTF()
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect))
        left.value, right.value, bottom.value, top.value = rect.left, rect.right, rect.bottom, rect.top
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(ox), ctypes.byref(oy))
        # The type size in the page's units: the font size times the text's vertical scale
        # (Chromium, for one, writes 16 "px" scaled by 0.75).
        pdfium_c.FPDFText_GetMatrix(raw, i, ctypes.byref(matrix))
        scale = math.hypot(matrix.c, matrix.d) or 1.0
        size = (pdfium_c.FPDFText_GetFontSize(raw, i) * scale) or (top.value - bottom.value) or 10.0
        # A space the PDF writes is kept (as " "): it marks a word's end where the gap
        # alone may not (narrow spaces, PDFium's spread /ActualText).
        chars.append(Char(" " if text.isspace() else text, left.value, right.value, bottom.value, top.value,
                          oy.value, size))
    parts: list[tuple[str, str]] = []
    elements = _page_elements(page, pdfium_c) if sequences else {}
    for sequence in dict.fromkeys(sequences.values()):
        if sequence.part:
            parts.append((sequence.part, sequence.text or ""))
        elif sequence.text and sequence.text.strip():
            chars.append(Char(sequence.text, sequence.x0, sequence.x1, sequence.y0, sequence.y1, sequence.baseline,
                              sequence.size or (sequence.y1 - sequence.y0) or 10.0, logical=True,
                              element=elements.get(sequence.mcid)))
    return chars, parts


def _title(pdf: Any, blocks: list[Block], name: str) -> str | None:
    try:
        title = clean_line(pdf.get_metadata_value("Title") or "")
    except Exception:  # a broken info dictionary: the text gives a title
        title = ""
    if title and not _GENERIC_TITLES.match(title):
        return title
    from desktop.core.kinds import ParagraphKind

    for block in blocks[:5]:
        if block.kind is ParagraphKind.HEADING:
            return str(block.text)
    return None


def _wide(function: Any, *args: Any) -> str:
    """A UTF-16 string from a PDFium function that fills a buffer and returns its size in bytes."""
    size = function(*args, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    function(*args, buffer, size)
    return buffer.raw[:size - 2].decode("utf-16-le", errors="replace")


def _section_title(pdf: Any) -> str:
    """The /T of the first article section (Sect) of the structure tree: the article's title
    as Triptych's export states it, also where the title is not printed as the text's headline."""
    import pypdfium2.raw as pdfium_c

    page = pdf[0]  # held while the tree is read: the tree points into it
    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    if not tree:
        page.close()
        return ""
    try:
        pending = [pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, i)
                   for i in range(pdfium_c.FPDF_StructTree_CountChildren(tree))]
        for _ in range(200):  # the sections are near the root; never a walk of the whole tree
            if not pending:
                break
            element = pending.pop(0)
            if not element:
                continue
            if _wide(pdfium_c.FPDF_StructElement_GetType, element) == "Sect":
                return clean_line(_wide(pdfium_c.FPDF_StructElement_GetTitle, element))
            pending += [pdfium_c.FPDF_StructElement_GetChildAtIndex(element, i)
                        for i in range(pdfium_c.FPDF_StructElement_CountChildren(element))]
        return ""
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)
        page.close()


def _own_title(pdf: Any, parts: list[tuple[str, str]]) -> str | None:
    """The title of an article exported by Triptych: its section's title, else its printed title."""
    title = _section_title(pdf)
    if not title:
        lines = [text for part, text in parts if part == "title"]
        title = clean_line(" ".join(lines))
    return title or None


_OLD_META_RE = re.compile(r"·\s*version\s+\d+\s*·\s*[0-9a-f]{8,}\s*·")


def _old_export_title_block(pdf: Any, pages: list[Page]) -> str | None:
    """A PDF from Triptych's first export (written by Qt's QPdfWriter) starts each article
    with its title and a line of facts (source, language, version, id, date) and has no
    marked parts: take both off and return the title. Other PDFs are left as they are."""
    try:
        if (pdf.get_metadata_value("Creator") or "").strip() != "Triptych":
            return None
    except Exception:  # an unreadable info dictionary: not known to be ours
        return None
    for page in pages[:1]:
        for index, line in enumerate(page.lines[:8]):
            if _OLD_META_RE.search(line.text):
                title_lines = [ln for ln in page.lines[:index] if ln.size > line.size]
                page.lines = page.lines[index + 1:]
                if not title_lines:
                    return None
                text = title_lines[0].text
                for nxt in title_lines[1:]:
                    text = join_lines(text, nxt.text)
                return text
    return None


def read_pdf(data: bytes, name: str, *, password: str | None = None, language: str | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> ExtractedText:
    """The article in a PDF (see the module docstring)."""
    import pypdfium2.raw as pdfium_c

    pdf = _open(data, name, password)
    try:
        pages: list[Page] = []
        parts: list[tuple[str, str]] = []  # what Triptych's export added around the article
        scanned: list[int] = []
        total = len(pdf)
        if total == 0:
            raise UserError("{name} has no pages.", name=name)
        for index in range(total):
            if cancelled is not None and cancelled():
                raise UserError("Reading {name} was cancelled.", name=name)
            try:
                page = pdf[index]
                width, height = page.get_size()
                textpage = page.get_textpage()
                chars, page_parts = _page_chars(page.raw, textpage, pdfium_c)
            except Exception as exc:  # PDFium refuses a damaged page object
                raise UserError("{name} is damaged or incomplete and cannot be read as a PDF.", name=name) from exc
            parts += page_parts
            if sum(len(c.text) for c in chars) + sum(len(text) for _, text in page_parts) < MIN_PAGE_CHARS:
                scanned.append(index)
            pages.append(Page(width, height, build_lines(chars, width, height, index)))
        if len(scanned) == total:
            from desktop.services.sources.ocr import ocr_pdf_pages

            return ocr_pdf_pages(pdf, scanned, name, language=language, progress=progress, cancelled=cancelled)
        own_title = _own_title(pdf, parts) if parts else _old_export_title_block(pdf, pages)
        if not parts:  # only Triptych's own structure is trusted to say where paragraphs are
            for page_lines in pages:
                for line in page_lines.lines:
                    line.element = None
        remove_running_lines(pages)
        rtl_lines = sum(1 for p in pages for ln in p.lines if ln.rtl)
        rtl = rtl_lines > sum(len(p.lines) for p in pages) / 2
        ordered = [ln for page in pages for ln in order_columns(page, rtl)]
        blocks = paragraphs(ordered)
        if not blocks:
            raise UserError("{name} has no readable text.", name=name)
        if scanned:
            log.info("%s: %d of %d pages have no text layer and were left out", name, len(scanned), total)
        author = ""
        try:
            author = clean_line(pdf.get_metadata_value("Author") or "")
        except Exception:
            pass
        title = own_title or _title(pdf, blocks, name)
        return ExtractedText.from_blocks(blocks, title, meta=SourceMeta(author=author))
    finally:
        pdf.close()
