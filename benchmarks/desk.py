"""The reading desk: cold start to first paint, opening a 2 MB article, peak memory.

Baselines are measured in the same run, on the same machine:
- start-up: a bare PySide6 window that shows the same three texts in plain text views;
- the 2 MB article: the same text put into a bare QPlainTextEdit and painted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7


def _first_paint(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from process start to its first paint, and its peak memory in KB."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    out = proc.stdout
    line = next(l for l in out.splitlines() if l.startswith("first-paint"))
    # perf_counter is CLOCK_MONOTONIC on Linux: comparable across processes.
    parts = line.split()
    return float(parts[1]) - start, int(parts[3])


def bench_startup() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    seeds = sorted(str(p) for p in (ROOT / "resources" / "corpus").glob("0*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        app_env = {**env, "TRIPTYCH_DATA_DIR": tmp, "TRIPTYCH_EXIT_AFTER_FIRST_PAINT": "1", "DISPLAY": ":bench"}
        app_env["QT_QPA_PLATFORM"] = "offscreen"
        app_cmd = [sys.executable, "-m", "desktop"]
        base_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py"), *seeds]
        _first_paint(app_cmd, app_env)  # first start creates the database and loads the corpus
        app_runs, base_runs = [], []
        for _ in range(RUNS):  # interleaved, so drift in machine load hits both alike
            base_runs.append(_first_paint(base_cmd, env))
            app_runs.append(_first_paint(app_cmd, app_env))
    app_t = statistics.median(t for t, _ in app_runs)
    base_t = statistics.median(t for t, _ in base_runs)
    print(f"cold start to first paint of the 3 articles: {app_t * 1000:.0f} ms; bare PySide6 window "
          f"{base_t * 1000:.0f} ms; ratio {app_t / base_t:.2f}x (goal <= 1.5x), median of {RUNS}")
    app_mem = max(m for _, m in app_runs) / 1024
    base_mem = max(m for _, m in base_runs) / 1024
    print(f"peak memory (max RSS) at first paint: {app_mem:.0f} MB; bare window {base_mem:.0f} MB; "
          f"ratio {app_mem / base_mem:.2f}x")


def bench_big_article() -> None:
    code = r"""
import os, sys, time, tempfile, resource
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings, QEvent, QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from desktop.core.paths import resolve_data_dir
from desktop.storage.database import open_database
from desktop.services.corpus import ensure_default_corpus
from desktop.services.importing import import_files
from desktop.ui.fonts import register_bundled_fonts
from desktop.ui.main_window import MainWindow

app = QApplication([])
register_bundled_fonts()
tmp = Path(tempfile.mkdtemp())
data = resolve_data_dir(tmp / "data")
open_database(data.database)
defaults = [d.id for d in ensure_default_corpus()]
seeds = sorted((Path(sys.argv[1]) / "resources" / "corpus").glob("0*.txt"))
chunk = "\n".join(p.read_text(encoding="utf-8") for p in seeds)
text = ""
n = 0
while len(text.encode("utf-8")) < 2_000_000:
    n += 1
    text += f"\n{n}.\n" + chunk
big = tmp / "big.txt"
big.write_text(text, encoding="utf-8")
(result,) = import_files([big], language="ar")
window = MainWindow(QSettings(str(data.settings), QSettings.Format.IniFormat))
window.restore_desk(defaults)
window.resize(1600, 900)
window.show()
app.processEvents()

class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Painted.done = True
        return False

def measure(open_and_show):
    Painted.done = False
    watcher = Painted()
    start = time.perf_counter()
    widget = open_and_show()
    widget.installEventFilter(watcher)
    while not Painted.done:
        app.processEvents()
    return time.perf_counter() - start

def app_open():
    pane = window.open_document(result.document.id)
    return pane.view.viewport()

keep = []

def bare_open():
    view = QPlainTextEdit()
    keep.append(view)
    view.resize(500, 800)
    view.setPlainText(text)
    view.show()
    return view.viewport()

bare = measure(bare_open)
t = measure(app_open)
print(f"{len(text.encode('utf-8'))} {t} {bare} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = []
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, env=env,
                              timeout=300, cwd=ROOT)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-3000:])
        out = proc.stdout.split()
        runs.append((int(out[0]), float(out[1]), float(out[2]), int(out[3])))
    size = runs[0][0]
    t = statistics.median(r[1] for r in runs)
    bare = statistics.median(r[2] for r in runs)
    print(f"open and paint a {size / 1e6:.1f} MB article: {t * 1000:.0f} ms (goal < 500 ms); "
          f"bare QPlainTextEdit {bare * 1000:.0f} ms; ratio {t / bare:.2f}x; median of {len(runs)}")
    print(f"peak memory with the 2 MB article open: {max(r[3] for r in runs) / 1024:.0f} MB")


def run() -> None:
    bench_startup()
    bench_big_article()
