"""Small PDFs written by PDFium itself (another producer than Triptych's export): text
objects in a bundled font, placed where a test says, each optionally in a marked-content
sequence with an /ActualText. PDFium writes the glyphs of each object in the order of
its text, left to right, and its own ToUnicode map. (PDFium writes an /ActualText as
UTF-8 bytes, which readers take for PDFDocEncoding: keep those ASCII.)"""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass
from pathlib import Path

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@dataclass
class Run:
    text: str
    x: float
    y: float  # baseline, PDF points from the page's bottom
    actual_text: str | None = None
    size: float = 12.0


def write_pdf(pages: list[list[Run]], font: str = "DejaVuSans.ttf", width: float = 400, height: float = 300) -> bytes:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    data = (FONTS / font).read_bytes()
    buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    pdf = pdfium.PdfDocument.new()
    handle = pdfium_c.FPDFText_LoadFont(pdf.raw, buffer, len(data), pdfium_c.FPDF_FONT_TRUETYPE, 1)
    for runs in pages:
        page = pdf.new_page(width, height)
        for run in runs:
            obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, handle, run.size)
            text = (ctypes.c_ushort * (len(run.text) + 1))(*[ord(ch) for ch in run.text], 0)
            pdfium_c.FPDFText_SetText(obj, text)
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, run.x, run.y)
            if run.actual_text is not None:
                mark = pdfium_c.FPDFPageObj_AddMark(obj, b"Span")
                pdfium_c.FPDFPageObjMark_SetStringParam(pdf.raw, obj, mark, b"ActualText",
                                                        run.actual_text.encode("utf-8"))
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    pdf.save(out)
    pdfium_c.FPDFFont_Close(handle)
    return out.getvalue()


def text_page_chars(data: bytes) -> list[list[tuple[str, float]]]:
    """What PDFium's text page hands out for each page: each character and where its box starts."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(data)
    found = []
    for index in range(len(pdf)):
        textpage = pdf[index].get_textpage()
        chars = []
        for i in range(textpage.count_chars()):
            box = pdfium_c.FS_RECTF()
            pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, i, ctypes.byref(box))
            chars.append((chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)), box.left))
        found.append(chars)
    return found
