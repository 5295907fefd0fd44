"""PDF articles: the text layer through PDFium (pypdfium2), scans through Tesseract.

PDFium was chosen after measuring it beside pdfminer.six, poppler's pdftotext and
pypdf on the bundled articles exported by Triptych (Qt) and printed by Chromium, in
one and two columns (figures in docs/importing.md): it parses and positions text ten
to thirty times faster than pdfminer.six and pypdf, opens encrypted files, and renders
pages for OCR, so one library does both. Its own text order is not trusted for
right-to-left lines (each producer writes them differently): ``pdf_layout`` rebuilds
every line from the glyphs' positions, after the mirroring PDFium applies to brackets and
quotation marks is undone; a line the PDF states whole (its /ActualText) is taken as
stated (``pdf_tags``). Triptych's own PDFs come back as they were: the lines its export
marks as its own additions (title, byline, translations, notes) are left out, and their
paragraphs and kinds come from the structure tree. Pages with no text layer are rendered
at 300 dpi and recognised by Tesseract, with progress and cancel -- a whole scan, or the
scanned pages inside a PDF that has text on its other pages, whose paragraphs then take
their pages' places among the others.
"""

from __future__ import annotations

import ctypes
import logging
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from desktop.core.errors import UserError
from desktop.core.markup import Block, ExtractedText, SourceMeta, clean_line
from desktop.core.title import is_generic_title
from desktop.services.sources.pdf_layout import (
    Char,
    Page,
    build_lines,
    join_lines,
    letters,
    order_columns,
    paragraphs,
    remove_running_lines,
)
from desktop.services.sources.pdf_tags import (
    Element,
    PageStructure,
    marked_texts,
    page_elements,
    section_title,
    text_object,
)

log = logging.getLogger(__name__)

#: A page with fewer characters than this in its text layer is taken for a scan.
MIN_PAGE_CHARS = 12
OCR_DPI = 300


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


#: What PDFium's text page swaps in a right-to-left run (it takes every line for visual
#: order and mirrors its neutrals, quotation marks too; measured on what PDFium 5.15
#: itself wrote). Undone first: pdf_layout mirrors what the producer's shaping mirrored.
_PDFIUM_MIRRORS = dict(zip("()<>[]{}«»‹›‘’“”⁅⁆⟨⟩⟦⟧≤≥", ")(><][}{»«›‹’‘”“⁆⁅⟩⟨⟧⟦≥≤", strict=True))


def _run_class(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    return "R" if kind in ("R", "AL") else "L" if kind == "L" else "W" if kind in ("EN", "AN") else "N"


def _undo_pdfium_mirroring(texts: list[str], line_breaks: list[bool]) -> list[str]:
    """The characters of a text page as its PDF maps them, before PDFium mirrored some.

    PDFium's text page (CloseTempLine) cuts each of its lines into runs of one direction
    (digits apart, marks and punctuation neutral), calls the line right-to-left when it
    has more right-to-left runs than left-to-right ones, and mirrors a neutral run where
    the last strong run before it, in the order it hands the characters out, is
    right-to-left (or, at the start, the line is). The same walk over its output finds
    them again: checked against PDFium on 600 random lines of Hebrew, Latin, digits and
    punctuation, with no difference.
    """
    result = list(texts)
    start = 0
    for end in [*(i for i, brk in enumerate(line_breaks) if brk), len(texts)]:
        runs: list[tuple[str, list[int]]] = []
        for i in range(start, end):
            kind = _run_class(texts[i][:1] or " ")
            if runs and runs[-1][0] == kind:
                runs[-1][1].append(i)
            else:
                runs.append((kind, [i]))
        right = sum(1 for kind, _ in runs if kind == "R") > sum(1 for kind, _ in runs if kind == "L")
        for kind, members in runs:
            if kind == "R" or (kind == "N" and right):
                right = True
                if kind == "N":
                    for i in members:
                        result[i] = _PDFIUM_MIRRORS.get(texts[i], texts[i])
            elif kind == "L":
                right = False
        start = end + 1
    return result


def _page_chars(page: Any, textpage: Any, pdfium_c: Any,
                structured: bool | None) -> tuple[list[Char], list[tuple[str, str]], dict[Element, str]]:
    """The page's characters as drawn, the (part, text) of what Triptych added around an
    article (title, byline, translations, notes: left out of the text), and the label of
    each list item (its body element -> "3." or "•").

    With ``structured`` (a PDF Triptych exported; None: if this page has Triptych's
    parts), each line it states whole carries its structure element."""
    raw = textpage.raw
    sequences = marked_texts(page, pdfium_c)
    count = max(pdfium_c.FPDFText_CountChars(raw), 0)
    codes = [pdfium_c.FPDFText_GetUnicode(raw, i) for i in range(count)]
    generated = [pdfium_c.FPDFText_IsGenerated(raw, i) == 1 for i in range(count)]
    texts = _undo_pdfium_mirroring([chr(code) if 0 < code < 0x110000 else "" for code in codes],
                                   [g and code in (0x0D, 0x0A) for g, code in zip(generated, codes, strict=True)])
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = pdfium_c.FS_MATRIX()
    chars: list[Char] = []
    for i in range(count):
        if sequences and text_object(raw, i, pdfium_c) in sequences:
            continue  # its sequence's text is taken whole, below
        code, text = codes[i], texts[i]
        if generated[i] or code in (0, 0xFFFF) or not text:
            continue  # PDFium's own guesses at spaces and line ends: the glyphs' positions decide
        if code in (0xFFFE, 0x02) or (code == 0x2D and pdfium_c.FPDFText_IsHyphen(raw, i) == 1):
            text = "\ufffe"  # a hyphen at a line's end (PDFium writes it as 0x02): kept or not by the next line
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
        # A space the PDF writes is kept (as " "): it marks a word's end where the gap alone
        # may not (a narrow space; an /ActualText that PDFium spreads evenly over its box).
        chars.append(Char(" " if text.isspace() else text, left.value, right.value, bottom.value, top.value,
                          oy.value, size))
    parts: list[tuple[str, str]] = []
    if structured is None:
        structured = any(found.part for found in sequences.values())
    structure = page_elements(page, pdfium_c) if structured else PageStructure({}, {})
    labels: dict[Element, str] = {}
    for sequence in dict.fromkeys(sequences.values()):
        if sequence.part:
            parts.append((sequence.part, sequence.text or ""))
            if sequence.mcid in structure.labels:
                labels[structure.labels[sequence.mcid]] = sequence.text or ""
        elif sequence.text and sequence.text.strip():
            chars.append(Char(sequence.text, sequence.x0, sequence.x1, sequence.y0, sequence.y1, sequence.baseline,
                              sequence.size or (sequence.y1 - sequence.y0) or 10.0, logical=True,
                              element=structure.elements.get(sequence.mcid)))
    return chars, parts, labels


def _title(pdf: Any, blocks: list[Block], name: str) -> str | None:
    try:
        title = clean_line(pdf.get_metadata_value("Title") or "")
    except Exception:  # a broken info dictionary: the text gives a title
        title = ""
    if title and not is_generic_title(title, name):
        return title
    from desktop.core.kinds import ParagraphKind

    for block in blocks[:5]:
        if block.kind is ParagraphKind.HEADING:
            return str(block.text)
    return None


def _own_title(pdf: Any, parts: list[tuple[str, str]]) -> str | None:
    """The title of an article exported by Triptych: its section's title, else its printed title."""
    import pypdfium2.raw as pdfium_c

    title = section_title(pdf, pdfium_c)
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


def _recognise_scanned(pdf: Any, pages: list[Page], scanned: list[int], name: str, language: str | None,
                       rtl: bool, progress: Callable[[int, int], None] | None,
                       cancelled: Callable[[], bool] | None) -> dict[int, list[Block]]:
    """Tesseract's paragraphs for the image-only pages of a PDF that has text on others.

    Unless a language is given, Tesseract reads in the language of the text pages (when it
    has data for it), which is surer than its script detection on one page."""
    from desktop.core.language import detect_language
    from desktop.services.sources.ocr import known_language, recognise_pdf_pages

    if not language:
        sample = " ".join(ln.text for i, page in enumerate(pages) if i not in scanned for ln in page.lines)
        found = detect_language(sample)
        language = known_language(found.code) if found.certain else None
    log.info("%s: %d of %d pages have no text layer: recognising them", name, len(scanned), len(pages))
    return recognise_pdf_pages(pdf, scanned, name, language=language, progress=progress, cancelled=cancelled)


def _in_page_order(pages: list[Page], recognised: dict[int, list[Block]], rtl: bool,
                   labels: dict[Element, str]) -> list[Block]:
    """The paragraphs of the text pages, with those recognised on image pages where their pages are.
    A paragraph may run on from one text page to the next; never across an image page."""
    blocks: list[Block] = []
    run: list[Page] = []
    for index, page in enumerate(pages):
        if index in recognised:
            blocks += paragraphs([ln for p in run for ln in order_columns(p, rtl)], labels)
            blocks += recognised[index]
            run = []
        else:
            run.append(page)
    blocks += paragraphs([ln for p in run for ln in order_columns(p, rtl)], labels)
    return blocks


def read_pdf(data: bytes, name: str, *, password: str | None = None, language: str | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> ExtractedText:
    """The article in a PDF (see the module docstring)."""
    import pypdfium2.raw as pdfium_c

    pdf = _open(data, name, password)
    try:
        read: list[tuple[float, float, list[Char]]] = []
        parts: list[tuple[str, str]] = []  # what Triptych's export added around the article
        labels: dict[Element, str] = {}  # its list items' labels
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
                chars, page_parts, page_labels = _page_chars(page.raw, textpage, pdfium_c,
                                                             bool(parts) if index else None)
            except Exception as exc:  # PDFium refuses a damaged page object
                raise UserError("{name} is damaged or incomplete and cannot be read as a PDF.", name=name) from exc
            parts += page_parts
            labels.update(page_labels)
            if sum(len(c.text) for c in chars) + sum(len(text) for _, text in page_parts) < MIN_PAGE_CHARS:
                scanned.append(index)
            read.append((width, height, chars))
        if len(scanned) == total:
            from desktop.services.sources.ocr import ocr_pdf_pages

            return ocr_pdf_pages(pdf, scanned, name, language=language, progress=progress, cancelled=cancelled)
        rtl_letters, ltr_letters = letters([c for _, _, chars in read for c in chars])
        rtl = rtl_letters > ltr_letters
        pages = [Page(width, height, build_lines(chars, width, height, index, rtl))
                 for index, (width, height, chars) in enumerate(read)]
        own_title = _own_title(pdf, parts) if parts else _old_export_title_block(pdf, pages)
        remove_running_lines(pages)
        recognised: dict[int, list[Block]] = {}
        if scanned:  # pages that are only images, inside a PDF with text: read like a scan
            recognised = _recognise_scanned(pdf, pages, scanned, name, language, rtl, progress, cancelled)
        blocks = _in_page_order(pages, recognised, rtl, labels)
        if not blocks:
            raise UserError("{name} has no readable text.", name=name)
        author = ""
        try:
            author = clean_line(pdf.get_metadata_value("Author") or "")
        except Exception:
            pass
        title = own_title or _title(pdf, blocks, name)
        return ExtractedText.from_blocks(blocks, title, meta=SourceMeta(author=author))
    finally:
        pdf.close()
