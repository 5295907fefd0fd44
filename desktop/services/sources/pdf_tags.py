"""What a tagged PDF says about its text, through PDFium: marked-content sequences with
their /ActualText (and the parts Triptych's export marks), and the structure tree.

PDFium's text page puts a sequence's /ActualText in place of its glyphs, but spreads
the letters evenly over the first text object's box and reorders right-to-left runs as
if they had been drawn in visual order, so neither their order nor the gaps between
them can be trusted. The text is therefore taken from the property list itself -- the
logical text the PDF states -- and placed where all the sequence's objects are drawn.

Triptych's export writes an entry ``PART_KEY`` into the property list of every line that
is not the article's own text (title, byline, translations, notes; see
``services/export/pdf_writer``), and tags each paragraph as one structure element (P, H1,
H2): the import leaves the parts out and takes paragraphs and their kinds from the
structure tree, so an exported article comes back as it was.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from typing import Any, NamedTuple

from desktop.core.markup import clean_line
from desktop.services.export.pdf_writer import PART_KEY

#: A structure element: its role (P, H1, ...) and an identity that names it on every page
#: it spans (its role and all its marked-content ids).
Element = tuple[str, tuple[int, ...]]
#: Structure types inside a paragraph: their text belongs to the block element around them.
_INLINE_ROLES = frozenset({"Span", "Quote", "Link", "Reference", "Code", "Lbl", "NonStruct", "Annot", "Ruby",
                           "Warichu", "BibEntry", "Em", "Strong", "Sub"})


@dataclass(eq=False)
class MarkedText:
    """A marked-content sequence that states its text (/ActualText) or a Triptych part,
    and where its text objects are drawn (PDF points, origin bottom left).

    Attributes:
        text: the /ActualText (logical order); part: the Triptych part, or None;
        x0, x1: the objects' extent; y0, y1: the widest object's font's ascent and descent;
        baseline, size: of the widest object (marks drawn raised are objects of their own);
        mcid: the marked-content id (-1 for none).
    """

    text: str | None
    part: str | None
    x0: float = math.inf
    y0: float = math.inf
    x1: float = -math.inf
    y1: float = -math.inf
    baseline: float = 0.0
    size: float = 0.0
    mcid: int = -1
    _widest: float = -1.0
    _object: Any = None


def _handle(pointer: Any) -> int:
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


def _property(mark: Any, key: bytes, pdfium_c: Any) -> str | None:
    """A string entry of a marked-content property list, decoded as a PDF text string.

    (FPDFPageObjMark_GetParamStringValue reads the bytes as UTF-8, which loses UTF-16
    text; the raw bytes are asked for instead.)"""
    if pdfium_c.FPDFPageObjMark_GetParamValueType(mark, key) != pdfium_c.FPDF_OBJECT_STRING:
        return None
    size = ctypes.c_ulong()
    if not pdfium_c.FPDFPageObjMark_GetParamBlobValue(mark, key, None, 0, ctypes.byref(size)):
        return None
    buffer = (ctypes.c_ubyte * max(size.value, 1))()
    pdfium_c.FPDFPageObjMark_GetParamBlobValue(mark, key, buffer, size.value, ctypes.byref(size))
    raw = bytes(buffer[:size.value])
    if raw[:2] == b"\xfe\xff":
        return raw[2:].decode("utf-16-be", errors="replace")
    from pypdf.generic import create_string_object  # PDFDocEncoding, or UTF-8 with its mark

    return str(create_string_object(raw))


def marked_texts(page: Any, pdfium_c: Any) -> dict[int, MarkedText]:
    """The page's text objects that belong to a sequence with /ActualText or a Triptych
    part, by object handle (the objects of one sequence share one MarkedText).

    An empty /ActualText (as on a hyphen) leaves the glyphs to be read, as PDFium reads
    them; so is text inside form XObjects.
    """
    by_object: dict[int, MarkedText] = {}
    by_mark: dict[int, MarkedText | None] = {}  # a mark is shared by the objects of its sequence
    part_key = PART_KEY.encode("ascii")
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    matrix, font_size = pdfium_c.FS_MATRIX(), ctypes.c_float()
    ascent, descent = ctypes.c_float(), ctypes.c_float()
    for index in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        found = None
        for m in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
            mark = pdfium_c.FPDFPageObj_GetMark(obj, m)
            key = _handle(mark)
            if key not in by_mark:
                text, part = _property(mark, b"ActualText", pdfium_c) or None, _property(mark, part_key, pdfium_c)
                by_mark[key] = None if text is None and part is None else MarkedText(
                    text, part, mcid=pdfium_c.FPDFPageObj_GetMarkedContentID(obj))
            found = by_mark[key] or found
        if found is None:
            continue
        pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
        found.x0, found.x1 = min(found.x0, left.value), max(found.x1, right.value)
        if right.value - left.value > found._widest:
            found._widest, found._object = right.value - left.value, obj
        by_object[_handle(obj)] = found
    for found in dict.fromkeys(by_object.values()):
        # Placed on its widest object's baseline, as high as that font's ascent and descent.
        obj = found._object
        pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
        pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
        pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(font_size))
        found.baseline, found.size = matrix.f, font_size.value * (math.hypot(matrix.c, matrix.d) or 1.0)
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        if not (font and pdfium_c.FPDFFont_GetAscent(font, found.size, ctypes.byref(ascent))
                and pdfium_c.FPDFFont_GetDescent(font, found.size, ctypes.byref(descent))):
            ascent.value, descent.value = top.value - matrix.f, bottom.value - matrix.f
        found.y0, found.y1 = matrix.f + descent.value, matrix.f + ascent.value
    return by_object


def text_object(textpage: Any, index: int, pdfium_c: Any) -> int:
    """The handle of the text object a character of the text page comes from."""
    return _handle(pdfium_c.FPDFText_GetTextObject(textpage, index))


def _wide(function: Any, *args: Any) -> str:
    """A UTF-16 string from a PDFium function that fills a buffer and returns its size in bytes."""
    size = function(*args, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    function(*args, buffer, size)
    return buffer.raw[:size - 2].decode("utf-16-le", errors="replace")


class PageStructure(NamedTuple):
    """What a page's structure tree says about its marked content.

    Attributes:
        elements: marked-content id -> the block structure element its content belongs to.
        labels: marked-content id of a list item's label (Lbl) -> the item's body (LBody),
            so the label's text can tell a numbered item from a bulleted one.
    """

    elements: dict[int, Element]
    labels: dict[int, Element]


def _identity(element: Any, role: str, pdfium_c: Any) -> Element:
    return role, tuple(pdfium_c.FPDF_StructElement_GetMarkedContentIdAtIndex(element, i)
                       for i in range(pdfium_c.FPDF_StructElement_GetMarkedContentIdCount(element)))


def page_elements(page: Any, pdfium_c: Any) -> PageStructure:
    """The structure elements of one page's marked content, and its list items' labels."""
    tree = pdfium_c.FPDF_StructTree_GetForPage(page)
    if not tree:
        return PageStructure({}, {})
    found: dict[int, Element] = {}
    labels: dict[int, Element] = {}
    try:
        stack: list[tuple[Any, Element | None]] = [(pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, i), None)
                                                   for i in range(pdfium_c.FPDF_StructTree_CountChildren(tree))]
        while stack and len(found) < 100_000:
            element, outer = stack.pop()
            if not element:
                continue
            role = _wide(pdfium_c.FPDF_StructElement_GetType, element)
            block = outer if outer is not None and role in _INLINE_ROLES else _identity(element, role, pdfium_c)
            children = [pdfium_c.FPDF_StructElement_GetChildAtIndex(element, i)
                        for i in range(pdfium_c.FPDF_StructElement_CountChildren(element))]
            if role == "LI":
                _item_labels(children, labels, pdfium_c)
            for i, child in enumerate(children):
                if child:
                    stack.append((child, block))
                else:  # content: its id when it is on this page (PDFium says -1 for other pages')
                    mcid = pdfium_c.FPDF_StructElement_GetChildMarkedContentID(element, i)
                    if mcid >= 0:
                        found[mcid] = block
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)
    return PageStructure(found, labels)


def _item_labels(children: list[Any], labels: dict[int, Element], pdfium_c: Any) -> None:
    """A list item's (LI's) label content, pointed at the item's body."""
    roles = [_wide(pdfium_c.FPDF_StructElement_GetType, child) if child else "" for child in children]
    body = next((_identity(child, role, pdfium_c) for child, role in zip(children, roles, strict=True)
                 if role == "LBody"), None)
    if body is None:
        return
    for child, role in zip(children, roles, strict=True):
        if role == "Lbl":
            for mcid in _identity(child, role, pdfium_c)[1]:
                labels[mcid] = body


def section_title(pdf: Any, pdfium_c: Any) -> str:
    """The /T of the first section (Sect) of the structure tree: the title of an article
    Triptych exported, also where it is not printed as the text's headline."""
    page = pdf[0]  # held while the tree is read: the tree points into it
    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    try:
        pending = [pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, i)
                   for i in range(pdfium_c.FPDF_StructTree_CountChildren(tree))] if tree else []
        for _ in range(200):  # sections are near the root; never a walk of the whole tree
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
        if tree:
            pdfium_c.FPDF_StructTree_Close(tree)
        page.close()
