"""The annotation layer: write latency, a 2 MB article with 5,000 highlights, search over
10,000 documents. Baselines, measured in the same run:
- write latency: a bare sqlite3 INSERT + COMMIT on a WAL database with the same pragmas;
- 2 MB + highlights: the same article opened and painted without highlights;
- search: a LIKE scan for the same word over the same folded paragraphs.
(benchmarks/large_library.py measures the desk itself with a library of that size.)
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def bench_write_latency(n: int = 1000) -> None:
    from desktop.core.paths import resolve_data_dir
    from desktop.services import annotation_service as service
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.database import close_database, open_database

    with tempfile.TemporaryDirectory() as tmp:
        data = resolve_data_dir(Path(tmp) / "app")
        open_database(data.database)
        doc = ensure_default_corpus()[1]
        words = [(i, i + 5) for i in range(0, len(doc.text) - 10, 7) if doc.text[i:i + 5].strip()]
        app = []
        for i in range(n):
            start, end = words[i % len(words)]
            t = time.perf_counter()
            service.highlight(doc.id, start, end, color="yellow", note=f"note {i}")
            app.append(time.perf_counter() - t)
        close_database()

        conn = sqlite3.connect(Path(tmp) / "bare.sqlite3", isolation_level=None)
        conn.execute("PRAGMA journal_mode=wal")
        conn.execute("PRAGMA synchronous=normal")
        conn.execute("CREATE TABLE a (id TEXT PRIMARY KEY, doc TEXT, exact TEXT, start INT, end INT, note TEXT)")
        bare = []
        for i in range(n):
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO a VALUES (?, ?, ?, ?, ?, ?)", (f"id{i}", "d", "quote", i, i + 5, f"note {i}"))
            conn.execute("COMMIT")
            bare.append(time.perf_counter() - t)
        conn.close()
    med, p99 = statistics.median(app), _percentile(app, 0.99)
    bmed, bp99 = statistics.median(bare), _percentile(bare, 0.99)
    print(f"annotation write through the service (checked, committed, with FTS and its undo): median "
          f"{med * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms (goal p99 < 10 ms); bare sqlite3 INSERT+COMMIT median "
          f"{bmed * 1000:.3f} ms, p99 {bp99 * 1000:.3f} ms; ratio of medians {med / bmed:.1f}x; n={n}")


_PAINT = r"""
import sys
from benchmarks.child import application, desk, library, long_article, seconds_until_painted
from desktop.services import annotation_service as service
from desktop.storage.database import write_transaction

app = application()
data, _defaults = library()
doc = long_article(data)
with_highlights = sys.argv[2] == "1"
if with_highlights:
    step = len(doc.text) // 5000
    with write_transaction():
        for i in range(5000):
            s = i * step
            service.highlight(doc.id, s, s + max(3, step // 2), color="yellow")
window = desk(data, [])
holder = {}

def open_pane():
    holder["pane"] = window.open_document(doc.id)
    return holder["pane"].view.viewport()

elapsed = seconds_until_painted(open_pane)
assert len(holder["pane"].view.highlights) == (5000 if with_highlights else 0)
print(elapsed)
"""


def bench_highlighted_article(runs: int = 3) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(flag: str) -> float:
        proc = subprocess.run([sys.executable, "-c", _PAINT, str(ROOT), flag], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-3000:])
        return float(proc.stdout.split()[-1])

    plain, marked = [], []
    for _ in range(runs):
        plain.append(run("0"))
        marked.append(run("1"))
    p, m = statistics.median(plain), statistics.median(marked)
    print(f"open and paint a 2 MB article with 5,000 highlights: {m * 1000:.0f} ms (goal < 1 s); "
          f"without highlights {p * 1000:.0f} ms; ratio {m / p:.2f}x; median of {runs}")


def bench_search(n_docs: int = 10_000, queries: int = 50) -> None:
    from desktop.core.normalize import fold
    from desktop.core.paths import resolve_data_dir
    from desktop.services.search import search_page
    from desktop.storage.database import close_database, db, open_database, write_transaction
    from tests.support.big_library import populate

    with tempfile.TemporaryDirectory() as tmp:
        data = resolve_data_dir(Path(tmp) / "app")
        open_database(data.database)
        populate(n_docs, 0)
        with write_transaction():
            db.execute_sql("CREATE TABLE plain (ref TEXT, body TEXT)")
            db.execute_sql("INSERT INTO plain SELECT ref, body FROM search_ref JOIN search_index "
                           "ON search_index.rowid = search_ref.id")
        words = ["стабилизационной", "الخارجية", "Sicherheitsrates", "marker4242", "Baku", "غزة", "mission"]
        service_times, like_times = [], []
        for i in range(queries):
            word = words[i % len(words)]
            t = time.perf_counter()
            search_page(word)
            service_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            db.execute_sql("SELECT ref FROM plain WHERE body LIKE ?", (f"%{fold(word)}%",)).fetchall()
            like_times.append(time.perf_counter() - t)
        close_database()
    f, l_ = statistics.median(service_times), statistics.median(like_times)
    print(f"search over {n_docs:,} documents (word forms, ranked, first page and total): median {f * 1000:.2f} ms, "
          f"p99 {_percentile(service_times, 0.99) * 1000:.2f} ms (goal < 50 ms); a LIKE scan of the folded "
          f"paragraphs for the word alone {l_ * 1000:.1f} ms ({l_ / f:.1f}x the search)")


def run() -> None:
    bench_write_latency()
    bench_highlighted_article()
    bench_search()
