"""Translation: the app's batched pipeline against argostranslate's own translate(),
on the same text with the same (synthetic) model, in the same run.

argostranslate's sentence splitter is replaced by Triptych's (offline) for the
baseline, so both split the same sentences and no model is downloaded; sockets are
refused for the whole benchmark. Also: time from asking to the first translated
sentence on screen.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _no_network() -> None:
    def refuse(*_args, **_kwargs):
        raise RuntimeError("the translation benchmark tried to open a network connection")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def bench_throughput(copies: int = 6, runs: int = 3) -> None:
    from desktop.core.paths import resolve_data_dir
    from desktop.core.sentences import split_sentences
    from desktop.services import argos, translation
    from desktop.services.models import install_model
    from desktop.storage.database import close_database, db, open_database
    from tests.support.make_model import build_package

    _no_network()
    with tempfile.TemporaryDirectory() as tmp:
        data = resolve_data_dir(Path(tmp) / "data")
        argos.configure(data.root)
        open_database(data.database)
        install_model(build_package("ar", "en", Path(tmp) / "ar_en.argosmodel"))
        seed = next((ROOT / "resources" / "corpus").glob("002_*.txt")).read_text(encoding="utf-8").strip()
        text = "\n".join([seed] * copies)
        n_sentences = len(translation.document_sentences(text))
        from desktop.core.markup import ExtractedText
        from desktop.services.importing import build_document, store_articles

        (stored,) = store_articles([build_document(ExtractedText(text), "bench.txt", "ar", source="bench")])
        document = stored.document

        from argostranslate import translate as argos_translate

        languages = {lang.code: lang for lang in argos_translate.get_installed_languages()}
        baseline = languages["ar"].get_translation(languages["en"])
        baseline = getattr(baseline, "underlying", baseline)  # without its paragraph cache: both translate everything
        baseline.sentencizer.split_sentences = lambda t: [t[s:e] for s, e in split_sentences(t)]
        baseline.translate("تجربة.")  # load the model once, as the pipeline's engine is loaded below
        translation.translate_texts(["تجربة."], translation.route("ar", "en"))

        ours, theirs = [], []
        for run in range(runs):
            db.execute_sql("DELETE FROM translation")
            t = time.perf_counter()
            translation.translate_document(document.id, document.text, "ar", "en")
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            baseline.translate(document.text)
            theirs.append(time.perf_counter() - t)
        close_database()
    o, b = statistics.median(ours), statistics.median(theirs)
    print(f"translation throughput ({n_sentences} Arabic sentences, synthetic ar-en model, beam 4): pipeline "
          f"{n_sentences / o:.0f} sentences/s, argostranslate translate() {n_sentences / b:.0f} sentences/s; "
          f"speed-up {b / o:.1f}x (goal >= 2x); median of {runs}")


_FIRST = r"""
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from benchmarks.child import application, desk, library
from desktop.services.models import install_model
from tests.support.make_model import build_package

app = application()
data, defaults = library()
install_model(build_package("ar", "en", data.root / "m.argosmodel"))
window = desk(data, defaults)
pane = next(p for p in window.panes() if p.language == "ar")
start = time.perf_counter()
pane.set_mode("translation")
while not any(s.text is not None for s in pane.translation_view.sentences):
    QApplication.processEvents()
print(time.perf_counter() - start)
"""


def bench_first_sentence(runs: int = 3) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", _FIRST], capture_output=True, text=True, env=env, cwd=ROOT,
                              timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-3000:])
        times.append(float(proc.stdout.split()[-1]))
    print(f"from asking for a translation to the first translated sentence on screen (cold: loads the model): "
          f"{statistics.median(times) * 1000:.0f} ms; median of {runs}")


def run() -> None:
    bench_throughput()
    bench_first_sentence()
