"""Importing: a saved web page, a 30-page text PDF, and OCR of one scanned page.

Each is put beside a baseline measured in the same run on the same input: the web page
beside parsing it and walking all its visible blocks (what any HTML import costs), the
PDF beside PDFium's own text extraction of every page (what reading the text layer at
all costs), a scanned page beside rendering it at 300 dpi.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _time(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _thirty_page_pdf(tmp: Path) -> bytes:
    from desktop.core.markup import ExtractedText
    from desktop.core.paths import resolve_data_dir
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest
    from desktop.services.importing import build_document, store_articles
    from desktop.storage.database import close_database, open_database

    open_database(resolve_data_dir(tmp / "data").database)
    german = (ROOT / "resources" / "corpus" / "003_822c724dc6001595.txt").read_text(encoding="utf-8")
    body = "\n".join([german] * 28)  # 30 pages of A4
    (stored,) = store_articles([build_document(ExtractedText(body), "long.txt", "de", source="bench-long")])
    path = export(ExportRequest(format="pdf", documents=[stored.document.id]), tmp / "long.pdf")
    close_database()
    return path.read_bytes()


def run() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - the PDF export draws with Qt
    import pypdfium2 as pdfium

    from desktop.core.decoding import decode_bytes
    from desktop.core.markup import visible_blocks
    from desktop.services.sources.pdf import read_pdf
    from desktop.services.sources.web import extract_article

    print("\nimporting")
    page = ROOT / "tests" / "data" / "web" / "readability" / "heise" / "source.html"
    html = decode_bytes(page.read_bytes(), page.name, html=True).text
    extract_article(html)  # load the libraries once
    base = _time(lambda: visible_blocks(html))
    article = _time(lambda: extract_article(html))
    print(f"  saved web page ({len(html) // 1024} kB): {article * 1000:.0f} ms; "
          f"parsing and walking it alone {base * 1000:.0f} ms (x{article / base:.1f})")

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        data = _thirty_page_pdf(tmp)
        document = pdfium.PdfDocument(data)
        pages = len(document)

        def raw_text() -> None:
            pdf = pdfium.PdfDocument(data)
            for i in range(len(pdf)):
                pdf[i].get_textpage().get_text_range()
            pdf.close()

        base = _time(raw_text)
        ours = _time(lambda: read_pdf(data, "long.pdf"))
        print(f"  {pages}-page text PDF: {ours * 1000:.0f} ms ({ours / pages * 1000:.1f} ms a page); "
              f"PDFium's own text extraction {base * 1000:.0f} ms (x{ours / base:.1f})")

        arabic = (ROOT / "resources" / "corpus" / "002_aef720741c60424c.txt").read_text(encoding="utf-8")
        from desktop.core.markup import ExtractedText
        from desktop.core.paths import resolve_data_dir
        from desktop.services.export import export
        from desktop.services.export.model import ExportRequest
        from desktop.services.importing import build_document, store_articles
        from desktop.storage.database import close_database, open_database

        open_database(resolve_data_dir(tmp / "data2").database)
        (stored,) = store_articles([build_document(ExtractedText(arabic), "ar.txt", "ar", source="bench-ar")])
        printed = export(ExportRequest(format="pdf", documents=[stored.document.id]), tmp / "ar.pdf")
        close_database()
        first = pdfium.PdfDocument(printed.read_bytes())[0]
        render = _time(lambda: first.render(scale=300 / 72, grayscale=True).to_pil(), runs=3)
        image = first.render(scale=300 / 72, grayscale=True).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PDF", resolution=300)
        scan = buffer.getvalue()
        ocr = _time(lambda: read_pdf(scan, "scan.pdf", language="ar"), runs=2)
        detect = _time(lambda: read_pdf(scan, "scan.pdf"), runs=1)
        print(f"  OCR of one 300 dpi page (Arabic, Tesseract): {ocr:.1f} s with the language given, "
              f"{detect:.1f} s with script detection; rendering the page {render * 1000:.0f} ms "
              f"(x{ocr / render:.0f})")
