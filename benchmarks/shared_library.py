"""A newsroom on one shared library (PostgreSQL on this machine, fsync on): 20 writer
processes make 500 highlights each through the annotation service while a desk
(offscreen, its own process) shows them as they arrive.

Figures: annotations acknowledged and lost (acknowledged but not stored: must be 0),
annotations per second, write latency (p50, p99), live-update latency (commit in the
writer -> the highlight applied in the desk's views: p50, p95, goal p95 <= 0.5 s; and
-> the notice heard by the desk's listener thread). The flood keeps both cores busy (20
writers, the server, the desk), so its live figure is mostly waiting for a core; a second
round has the 20 writers at a person's pace (one highlight every 0.25 s each, 80 a second
in all), which is what a newsroom's desks see.
Baselines, measured in the same run:
- the same writers on one SQLite file (the embedded store), the same figures;
- 20 processes of bare psycopg2 INSERT + COMMIT of one row on the same server (the floor).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WRITERS, EACH = 20, 500

_WRITER = textwrap.dedent(
    """
    import json, sys, time
    from desktop.services import annotation_service as service
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage import identity
    from desktop.storage.engine import open_store, store_for
    target, number, count, pace = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    identity.set_author(f"writer {number}")
    open_store(store_for(target))
    docs = ensure_default_corpus()
    spans = [(d.id, i, i + 5) for d in docs for i in range(0, len(d.text) - 10, 11) if d.text[i:i + 5].strip()]
    print("ready", flush=True)
    sys.stdin.readline()  # everyone starts together
    done = []
    for i in range(count):
        doc, start, end = spans[(number * 7919 + i * 31) % len(spans)]
        began = time.time()
        made = service.highlight(doc, start, end, note=f"writer {number}: {i}",
                                 tags=[f"t{i % 5}"] if i % 10 == 0 else ())
        done.append((made.value, began, time.time()))  # acknowledged: committed before this returns
        if pace:
            time.sleep(pace)  # a person's pace (a load generator, not a test)
    print(json.dumps(done), flush=True)
    """
)

_BARE = textwrap.dedent(
    """
    import json, sys, time, uuid
    import psycopg2
    conn = psycopg2.connect(sys.argv[1])
    cur = conn.cursor()
    print("ready", flush=True)
    sys.stdin.readline()
    done = []
    for i in range(int(sys.argv[2])):
        began = time.time()
        cur.execute("INSERT INTO bare (id, note) VALUES (%s, %s)", (uuid.uuid4().hex[:12], f"note {i}"))
        conn.commit()
        done.append((None, began, time.time()))
    print(json.dumps(done), flush=True)
    """
)

_DESK = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from benchmarks.child import application, desk
    from desktop.core.paths import resolve_data_dir
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage import identity
    from desktop.storage.engine import open_store, store_for
    url, expected, out, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    app = application()
    identity.set_author("reader")
    data = resolve_data_dir(folder)
    open_store(store_for(url))
    window = desk(data, ensure_default_corpus())
    window.go_live()
    shown, heard = {}, {}
    original = window.live.feed._on_changes
    def on_changes(change):  # on the listener's thread: when the notice was heard
        now = time.time()
        for key in change.changes.created_ids("annotation"):
            heard.setdefault(key, now)
        original(change)
    window.live.feed._on_changes = on_changes
    def on_applied(change):  # on the GUI thread: once every view shows it
        now = time.time()
        for key in change.changes.created_ids("annotation"):
            shown.setdefault(key, now)
    window.live.applied.connect(on_applied)
    deadline = time.monotonic() + 600
    said = []
    def check():
        if not said and window.live.feed.listening.is_set():
            said.append(1)
            print("ready", flush=True)
        if len(shown) >= expected or time.monotonic() > deadline:
            with open(out, "w") as fh:
                json.dump({"shown": shown, "heard": heard}, fh)
            app.quit()
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    app.exec()
    window.live.stop()
    """
)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _spawn(script: str, *arguments: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)


def _race(script: str, target: str, *, each: int = EACH, pace: float = 0.0
          ) -> tuple[list[tuple[str | None, float, float]], float]:
    """Start the writers, let them go at once; every acknowledged write and the wall time."""
    writers = [_spawn(script, target, str(n), str(each), str(pace)) if script is _WRITER
               else _spawn(script, target, str(each)) for n in range(WRITERS)]
    for proc in writers:
        if proc.stdout is None or proc.stdout.readline().strip() != "ready":
            raise RuntimeError("a writer did not start")
    started = time.time()
    for proc in writers:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    done: list[tuple[str | None, float, float]] = []
    for proc in writers:
        out, _err = proc.communicate(timeout=1800)
        if proc.returncode != 0:
            raise RuntimeError(f"a writer failed ({proc.returncode})")
        done.extend(tuple(row) for row in json.loads(out.strip().splitlines()[-1]))  # type: ignore[misc]
    return done, max(row[2] for row in done) - started


def _figures(label: str, done: list[tuple[str | None, float, float]], elapsed: float) -> tuple[float, float]:
    latencies = [row[2] - row[1] for row in done]
    rate = len(done) / elapsed
    print(f"  {label}: {len(done):,} acknowledged, {rate:,.0f} annotations/s, write p50 "
          f"{statistics.median(latencies) * 1000:.1f} ms, p99 {_percentile(latencies, 0.99) * 1000:.1f} ms")
    return rate, _percentile(latencies, 0.99)


def _ready(cluster) -> str:
    """A new database on the server with Triptych's schema and the bundled articles."""
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.database import close_database
    from desktop.storage.engine import open_store, store_for

    name = cluster.create_database()
    open_store(store_for(cluster.url(name)))
    ensure_default_corpus()
    close_database()
    return name


def _live_round(cluster, url: str, tmp: Path, label: str, each: int, pace: float
                ) -> tuple[float, float]:
    """The writers on the server with a desk showing what they do; the figures printed."""
    folder = tmp / label.replace(" ", "-").replace("'", "")
    desk = _spawn(_DESK, url, str(WRITERS * each), str(folder / "desk.json"), str(folder / "desk"))
    folder.mkdir()
    if desk.stdout is None or desk.stdout.readline().strip() != "ready":
        raise RuntimeError("the desk did not start listening")
    done, elapsed = _race(_WRITER, url, each=each, pace=pace)
    desk.wait(timeout=900)
    stored = {row[0] for row in cluster.admin_sql("SELECT id FROM annotation", database=url.rsplit("/", 1)[1])}
    lost = len({row[0] for row in done} - stored)
    rate, p99 = _figures(f"PostgreSQL, {label}", done, elapsed)
    print(f"    lost: {lost} (acknowledged but not stored; goal 0)")
    result = json.loads((folder / "desk.json").read_text())
    committed = {row[0]: row[2] for row in done}
    shown = [t - committed[k] for k, t in result["shown"].items() if k in committed]
    heard = [t - committed[k] for k, t in result["heard"].items() if k in committed]
    if shown:
        print(f"    live update, commit -> shown in the desk: {len(shown):,} of {len(done):,} seen, p50 "
              f"{statistics.median(shown) * 1000:.0f} ms, p95 {_percentile(shown, 0.95) * 1000:.0f} ms "
              f"(goal <= 500 ms); -> heard by its listener: p50 {statistics.median(heard) * 1000:.0f} ms, "
              f"p95 {_percentile(heard, 0.95) * 1000:.0f} ms")
    return rate, p99


def bench_newsroom() -> None:
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.database import close_database
    from desktop.storage.engine import open_store, store_for
    from tests.support.pg import Cluster

    cluster = Cluster(fsync=True).start()
    tmp = Path(tempfile.mkdtemp(prefix="triptych-bench-"))
    try:
        url = cluster.url(_ready(cluster))
        print(f"shared library: {WRITERS} writer processes x {EACH} highlights, a desk showing them live "
              f"(PostgreSQL {cluster.admin_sql('SHOW server_version')[0][0]}, fsync on, {os.cpu_count()} cores)")
        rate, p99 = _live_round(cluster, url, tmp, "flood", EACH, 0.0)
        _live_round(cluster, cluster.url(_ready(cluster)), tmp, "a person's pace", 50, 0.25)

        bare_db = cluster.create_database()
        cluster.admin_sql("CREATE TABLE bare (id TEXT PRIMARY KEY, note TEXT); GRANT ALL ON bare TO triptych",
                          database=bare_db)
        bare, bare_elapsed = _race(_BARE, cluster.url(bare_db))
        bare_rate, bare_p99 = _figures("baseline, bare psycopg2 INSERT + COMMIT", bare, bare_elapsed)

        file = tmp / "file" / "triptych.sqlite3"
        file.parent.mkdir()
        open_store(store_for(file))
        ensure_default_corpus()
        close_database()
        local, local_elapsed = _race(_WRITER, str(file))
        local_rate, local_p99 = _figures("baseline, the same writers on one SQLite file", local, local_elapsed)
        print(f"    ratios: PostgreSQL / SQLite file: {rate / local_rate:.2f}x the annotations/s, "
              f"{p99 / local_p99:.2f}x the p99; the service / bare INSERT: {p99 / bare_p99:.1f}x the p99, "
              f"{bare_rate / rate:.1f}x fewer annotations/s")
    finally:
        cluster.destroy()


def run() -> None:
    bench_newsroom()


if __name__ == "__main__":
    run()
