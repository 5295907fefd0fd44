"""What guarding against faults costs a write: the same highlights made with the file
checks of every write transaction (is the database still the file that was opened:
before the transaction, before COMMIT and after it) and, as the baseline measured in
the same run, with those checks switched off. CPU time of this process, p50 and p95."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def _highlights(n: int, checked: bool) -> list[float]:
    from desktop.core.paths import resolve_data_dir
    from desktop.services import annotation_service as service
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage import database
    from desktop.storage.sqlite_file import FileState

    with tempfile.TemporaryDirectory() as tmp:
        data = resolve_data_dir(Path(tmp) / "app")
        database.open_database(data.database)
        doc = ensure_default_corpus()[1]
        spans = [(i, i + 5) for i in range(0, len(doc.text) - 10, 7) if doc.text[i:i + 5].strip()][:n]
        # database.db is a proxy: the checks belong to the database object behind it.
        opened = database.db.obj
        real = opened.file_state
        if not checked:
            opened.file_state = lambda: FileState.PRESENT
        times = []
        try:
            for start, end in spans:
                t0 = time.process_time()
                service.highlight(doc.id, start, end)
                times.append(time.process_time() - t0)
        finally:
            opened.file_state = real
            database.close_database()
    return times


def run(n: int = 400) -> None:
    _highlights(50, True)  # warm up
    base = _highlights(n, False)
    guarded = _highlights(n, True)
    b50, g50 = statistics.median(base), statistics.median(guarded)
    b95 = sorted(base)[int(n * 0.95)]
    g95 = sorted(guarded)[int(n * 0.95)]
    print(f"faults: highlight with file checks p50 {g50 * 1e3:.2f} ms, p95 {g95 * 1e3:.2f} ms; "
          f"without {b50 * 1e3:.2f} / {b95 * 1e3:.2f} ms; ratio p50 {g50 / b50:.3f}")


if __name__ == "__main__":
    run()
