"""Reading exported PDFs with other people's tools: pdfminer.six and MuPDF's mutool
(two independent text extractors), qpdf, poppler's renderer, pypdf for objects."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

PRESENTATION_FORMS = ("\ufb50", "\ufdff"), ("\ufe70", "\ufeff")


def presentation_forms(text: str) -> list[str]:
    return [ch for ch in text if any(lo <= ch <= hi for lo, hi in PRESENTATION_FORMS)]


def flat(text: str) -> str:
    """White space collapsed (extractors break lines where the layout did)."""
    return " ".join(text.split())


def pdfminer_text(path: Path, page: int | None = None) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path), page_numbers=[page] if page is not None else None)


def mutool_text(path: Path, page: int | None = None) -> str:
    assert shutil.which("mutool"), "mupdf-tools is installed by `make test` (tools/sysdeps.sh)"
    pages = [] if page is None else [str(page + 1)]
    return subprocess.run(["mutool", "draw", "-F", "txt", "-o", "-", str(path), *pages], capture_output=True,
                          text=True, check=True).stdout


EXTRACTORS = {"pdfminer.six": pdfminer_text, "mutool": mutool_text}


def _page_chars(path: Path, page: int) -> list[Any]:
    """pdfminer's characters (LTChar) on a page, in content order."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    found: list[Any] = []

    def walk(item: Any) -> None:
        if isinstance(item, LTChar):
            found.append(item)
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for layout in extract_pages(str(path), page_numbers=[page]):
        walk(layout)
    return found


def chars(path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """pdfminer's characters on a page: text and box (PDF coordinates, origin bottom left)."""
    return [(c.get_text(), c.x0, c.y0, c.x1, c.y1) for c in _page_chars(path, page)]


def baselines(path: Path, page: int) -> list[tuple[str, float, float]]:
    """pdfminer's characters on a page with their baseline (the y of their text origin, PDF
    coordinates) and their size."""
    return [(c.get_text(), c.matrix[5], c.size) for c in _page_chars(path, page)]


def filled_shapes(path: Path, page: int, color: tuple[float, float, float]) -> list[tuple[float, float, float, float]]:
    """Boxes of paths filled in ``color`` (pdfminer, PDF coordinates)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTContainer, LTCurve

    found: list[tuple[float, float, float, float]] = []

    def walk(item: Any) -> None:
        if isinstance(item, LTCurve) and item.fill:
            fill = [float(c) for c in (item.non_stroking_color or ())]
            if len(fill) == 3 and all(abs(a - b) < 0.01 for a, b in zip(fill, color, strict=True)):
                found.append((item.x0, item.y0, item.x1, item.y1))
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for layout in extract_pages(str(path), page_numbers=[page]):
        walk(layout)
    return found


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    assert shutil.which("qpdf"), "qpdf is installed by `make test` (tools/sysdeps.sh)"
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def render(path: Path, out: Path, page: int, *, hide_annotations: bool = False, dpi: int = 72) -> Path:
    args = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page + 1), "-l", str(page + 1), "-singlefile"]
    if hide_annotations:
        args.append("-hide-annotations")
    subprocess.run([*args, str(path), str(out)], check=True)
    return out.with_suffix(".png")


def annotations(path: Path, subtype: str = "/Highlight") -> list[tuple[int, Any]]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return [(i, ref.get_object()) for i, page in enumerate(reader.pages) for ref in page.get("/Annots") or []
            if ref.get_object().get("/Subtype") == subtype]


def quads(annotation: Any) -> list[tuple[float, float, float, float]]:
    q = [float(v) for v in annotation["/QuadPoints"]]
    return [(min(q[i], q[i + 2], q[i + 4], q[i + 6]), min(q[i + 1], q[i + 3], q[i + 5], q[i + 7]),
             max(q[i], q[i + 2], q[i + 4], q[i + 6]), max(q[i + 1], q[i + 3], q[i + 5], q[i + 7]))
            for i in range(0, len(q), 8)]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
