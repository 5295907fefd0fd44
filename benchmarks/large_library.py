"""A library at scale: 10,000 generated articles (about 5 KB each, in Russian, Arabic,
German and English) and 100,000 annotations, against the 3 bundled articles alone,
measured in the same run. Both libraries carry the same 1,800 highlights on the three
bundled articles, which are the ones open on the desk; the large one adds the rest.

Goals (issue 13): start-up to the first paint and to the whole desk <= 1.1x; highlight,
note keystroke, undo and redo p95 <= 16 ms in the GUI; Notebook filter <= 50 ms; search
p95 <= 50 ms; exporting one annotated article <= 1.1x; memory <= 1.5x.

The libraries are generated with direct SQL (tests/support/big_library.py), once per
run, in a temporary folder.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.desk import _compile_bytecode, _first_paint

ROOT = Path(__file__).resolve().parents[1]
ARTICLES, ANNOTATIONS, OPEN_HIGHLIGHTS = 10_000, 100_000, 1_800
RUNS = 11

_MAKE = r"""
import sys
from pathlib import Path
from desktop.core.paths import resolve_data_dir
from desktop.services import annotation_service as service
from desktop.services.corpus import ensure_default_corpus
from desktop.storage.database import close_database, open_database, write_transaction
from tests.support.big_library import populate

root, articles, annotations, on_open = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
data = resolve_data_dir(root)
open_database(data.database)
docs = ensure_default_corpus()
with write_transaction():
    per_doc = on_open // len(docs)
    for doc in docs:
        step = max(2, len(doc.text) // per_doc)
        made = 0
        for start in range(0, len(doc.text) - 8, step):
            if made == per_doc:
                break
            try:
                service.highlight(doc.id, start, start + 6, color="yellow", note="n" if made % 4 == 0 else "")
                made += 1
            except Exception:
                pass
if articles:
    populate(articles, annotations - on_open)
close_database()
print(",".join(d.id for d in docs))
"""

_GUI = r"""
import json, resource, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from benchmarks.child import application
from desktop.core.paths import resolve_data_dir
from desktop.services import argos
from desktop.storage.database import open_database
from desktop.ui.main_window import MainWindow

def peak_kb():
    # VmHWM: this process's own peak (ru_maxrss would count the parent's, from before exec).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

app = application()
data = resolve_data_dir(Path(sys.argv[1]))
argos.configure(data.root)
open_database(data.database)
window = MainWindow(QSettings(str(data.settings), QSettings.Format.IniFormat))
window.restore_desk(sys.argv[2].split(","))
window.resize(1600, 900)
window.show()
for _ in range(5):
    QApplication.processEvents()
nb = window.notebook
pane = window.panes()[2]
view = pane.view
n = int(sys.argv[3])

def settle():
    QApplication.processEvents()

cpu = {}

def timed(action, name=None):
    t, c = time.perf_counter(), time.process_time()
    action()
    settle()
    if name:
        cpu.setdefault(name, []).append((time.process_time() - c) * 1000)
    return (time.perf_counter() - t) * 1000

highlight, note, undo, redo = [], [], [], []
words = [i for i in range(0, len(view.text) - 6, 13) if view.text[i:i + 4].strip()]
for i in range(n):
    start = words[(i * 7) % len(words)]
    view.setTextCursor(view.cursor_for(start, start + 4))
    window._active = pane
    highlight.append(timed(lambda: nb.color_actions[i % 6].trigger(), "highlight"))
    current = nb.panel.current
    nb.panel.note_edit.setFocus()
    def keystroke():
        nb.panel.note_edit.insertPlainText("x")
        nb.panel.commit_note()  # what the pause after typing does
    note.append(timed(keystroke, "note"))
    undo.append(timed(nb.undo_action.trigger, "undo"))  # the note
    undo.append(timed(nb.undo_action.trigger, "undo"))  # the highlight
    redo.append(timed(nb.redo_action.trigger, "redo"))  # the highlight
    redo.append(timed(nb.redo_action.trigger, "redo"))  # the note
panel = nb.panel
filters = []
for text in ("n", "no", "not", "", "x", "") * 3:
    filters.append(timed(lambda: panel.text_filter.setText(text)))
search_times = []
queries = ["миссия", "Truppe", "القوات", "mission", "Baku", "стабилизационной", "الخارجية", "Sicherheitsrates",
           "marker4242", "peace"]
from desktop.services.search import search_page
for q in queries * 3:
    t = time.perf_counter()
    search_page(q)
    search_times.append((time.perf_counter() - t) * 1000)
panel_search = []
for q in queries:
    nb.search_panel.field.setText(q)
    panel_search.append(timed(nb.search_panel.run))

def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]

print(json.dumps({
    "highlight": p95(highlight), "note": p95(note), "undo": p95(undo), "redo": p95(redo),
    "highlight_median": statistics.median(highlight), "note_median": statistics.median(note),
    **{f"{k}_cpu": p95(v) for k, v in cpu.items()},
    "filter_max": max(filters), "filter_median": statistics.median(filters),
    "search_p95": p95(search_times), "search_median": statistics.median(search_times),
    "panel_search_p95": p95(panel_search),
    "notebook_rows": len(panel.model.visible_ids()) if not panel.text_filter.text() else -1,
    "maxrss_kb": peak_kb(),
}))
"""


def _make(root: Path, articles: int, annotations: int) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", _MAKE, str(root), str(articles), str(annotations),
                           str(OPEN_HIGHLIGHTS)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=3000)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return proc.stdout.split()[-1].split(",")


def _gui(root: Path, ids: list[str], n: int = 60) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", _GUI, str(root), ",".join(ids), str(n)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=1200)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    result: dict[str, float] = json.loads(proc.stdout.splitlines()[-1])
    return result


def _export(root: Path, doc: str, out: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRIPTYCH_DATA_DIR": str(root)}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "desktop", "export", "--format", "pdf", "--doc", doc, "-o", str(out)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return time.perf_counter() - start


def run() -> None:
    """In a process of its own (make bench runs the others in one that grows): the memory
    its children report starts from a small parent."""
    proc = subprocess.run([sys.executable, "-m", "benchmarks.large_library"], cwd=ROOT, timeout=5400)
    if proc.returncode != 0:
        raise RuntimeError("the large-library benchmark failed")


def _run() -> None:
    print(f"machine load (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    _compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        t = time.perf_counter()
        ids = _make(small, 0, 0)
        _make(large, ARTICLES, ANNOTATIONS)
        made = time.perf_counter() - t
        size = (large / "triptych.sqlite3").stat().st_size
        print(f"large library: {ARTICLES:,} articles, {ANNOTATIONS:,} annotations ({OPEN_HIGHLIGHTS:,} on the 3 open "
              f"articles, as in the baseline); generated in {made:.0f} s; database {size / 2**20:.0f} MB")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRIPTYCH_EXIT_AFTER_FIRST_PAINT": "1",
               "DISPLAY": ":bench"}
        cmd = [sys.executable, "-m", "desktop"]
        for root in (small, large):  # a first start of each (settings, the open panes)
            _first_paint(cmd, {**env, "TRIPTYCH_DATA_DIR": str(root)})
        runs: dict[str, list[tuple[float, int, float | None]]] = {"small": [], "large": []}
        for _ in range(RUNS):  # interleaved: drift in the machine's load hits both alike
            for name, root in (("small", small), ("large", large)):
                runs[name].append(_first_paint(cmd, {**env, "TRIPTYCH_DATA_DIR": str(root)}))
        paint = {k: statistics.median(r[0] for r in v) for k, v in runs.items()}
        ready = {k: statistics.median(r[2] or 0.0 for r in v) for k, v in runs.items()}
        memory = {k: max(r[1] for r in v) / 1024 for k, v in runs.items()}
        # Each round's own ratio (its two starts ran back to back): their spread says how much
        # of the ratio of medians a loaded machine can move, which one figure hides.
        rounds = sorted(large[0] / small[0] for small, large in zip(runs["small"], runs["large"], strict=True))
        print(f"start-up to the first paint: {paint['large'] * 1000:.0f} ms with the large library, "
              f"{paint['small'] * 1000:.0f} ms with the bundled articles; ratio {paint['large'] / paint['small']:.2f}x "
              f"(goal <= 1.1x), median of {RUNS}; the rounds' own ratios {rounds[len(rounds) // 4]:.2f}-"
              f"{rounds[(3 * len(rounds)) // 4]:.2f}x (middle half)")
        print(f"start-up to the whole desk: {ready['large'] * 1000:.0f} ms / {ready['small'] * 1000:.0f} ms; "
              f"ratio {ready['large'] / ready['small']:.2f}x (goal <= 1.1x)")
        gui_small, gui_large = _gui(small, ids), _gui(large, ids)
        for key, label in (("highlight", "highlight"), ("note", "note keystroke"), ("undo", "undo"),
                           ("redo", "redo")):
            print(f"{label} in the GUI, p95: {gui_large[key]:.1f} ms with the large library "
                  f"({gui_small[key]:.1f} ms with the bundled articles; goal <= 16 ms); CPU time p95 "
                  f"{gui_large[key + '_cpu']:.1f} / {gui_small[key + '_cpu']:.1f} ms")
        print(f"Notebook filter ({OPEN_HIGHLIGHTS:,} highlights): slowest {gui_large['filter_max']:.1f} ms, median "
              f"{gui_large['filter_median']:.1f} ms (goal <= 50 ms)")
        print(f"search, first page and total: p95 {gui_large['search_p95']:.1f} ms, median "
              f"{gui_large['search_median']:.1f} ms over {ARTICLES:,} articles (goal p95 <= 50 ms; bundled only: p95 "
              f"{gui_small['search_p95']:.1f} ms); in the Search tab with the results drawn: p95 "
              f"{gui_large['panel_search_p95']:.1f} ms")
        exports: dict[str, list[float]] = {"small": [], "large": []}
        for _ in range(5):
            for name, root in (("small", small), ("large", large)):
                exports[name].append(_export(root, ids[1], Path(tmp) / f"{name}.pdf"))
        e_small, e_large = statistics.median(exports["small"]), statistics.median(exports["large"])
        print(f"export one annotated article (600 highlights) to PDF: {e_large * 1000:.0f} ms / "
              f"{e_small * 1000:.0f} ms; ratio {e_large / e_small:.2f}x (goal <= 1.1x), median of 5")
        desk_memory = gui_large["maxrss_kb"] / gui_small["maxrss_kb"]
        print(f"memory: peak at the first paint {memory['large']:.0f} MB / {memory['small']:.0f} MB, ratio "
              f"{memory['large'] / memory['small']:.2f}x; after the GUI operations {gui_large['maxrss_kb'] / 1024:.0f}"
              f" MB / {gui_small['maxrss_kb'] / 1024:.0f} MB, ratio {desk_memory:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    _run()
