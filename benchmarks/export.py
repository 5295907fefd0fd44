"""PDF export: the three articles with 300 annotations, and a 100-page document, each
against exporting the same pages without annotations, in the same run."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _time(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from desktop.core.markup import ExtractedText
    from desktop.core.paths import resolve_data_dir
    from desktop.services import annotation_service as service
    from desktop.services.corpus import ensure_default_corpus
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest
    from desktop.services.importing import build_document, store_articles
    from desktop.storage.database import close_database, open_database, write_transaction

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = resolve_data_dir(tmp / "data")
        open_database(data.database)
        docs = ensure_default_corpus()
        with write_transaction():
            for doc in docs:
                step = len(doc.text) // 100
                for i in range(100):
                    s = i * step
                    service.highlight(doc.id, s, s + max(4, step // 3), color="yellow",
                                      note=f"note {i}" if i % 3 == 0 else "", tags=["claim", "source"][: i % 3])
        three = [d.id for d in docs]
        with_notes = _time(lambda: export(ExportRequest("pdf", documents=three), tmp / "a.pdf"))
        plain = _time(lambda: export(ExportRequest("pdf", documents=three, color="purple"), tmp / "b.pdf"))
        from pypdf import PdfReader

        pages = len(PdfReader(str(tmp / "a.pdf")).pages)
        print(f"PDF export, 3 articles with 300 annotations ({pages} pages): {with_notes * 1000:.0f} ms "
              f"(goal < 2 s); the same pages without annotations {plain * 1000:.0f} ms; "
              f"ratio {with_notes / plain:.2f}x")

        seeds = sorted((ROOT / "resources" / "corpus").glob("0*.txt"))
        seed = "\n".join(p.read_text(encoding="utf-8").strip() for p in seeds)
        body = "\n".join(f"{n}. " + seed for n in range(28))
        (long_doc,) = store_articles([build_document(ExtractedText(body), "long.txt", "de", source="bench-long")])
        long_id = long_doc.document.id
        with write_transaction():
            text = long_doc.document.text
            step = len(text) // 500
            for i in range(500):
                s = i * step
                service.highlight(long_id, s, s + max(4, step // 4), color="green", note="n" if i % 5 == 0 else "")
        long_with = _time(lambda: export(ExportRequest("pdf", documents=[long_id]), tmp / "c.pdf"), runs=1)
        long_plain = _time(lambda: export(ExportRequest("pdf", documents=[long_id], color="purple"), tmp / "d.pdf"),
                           runs=1)
        long_pages = len(PdfReader(str(tmp / "d.pdf")).pages)
        print(f"PDF export, a {long_pages}-page document with 500 annotations: {long_with:.2f} s (goal < 10 s for "
              f"100 pages); without annotations {long_plain:.2f} s; ratio {long_with / long_plain:.2f}x")
        close_database()
