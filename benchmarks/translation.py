"""Translation: the app's batched pipeline against argostranslate's own translate(), for
each kind of package (SentencePiece in the 1.9 and 1.0 layouts, BPE, a target prefix,
and a pivot from a BPE package into a SentencePiece one), on the same text with the same
(synthetic) packages, in the same run. Also: time from asking to the first translated
sentence on screen.

argostranslate 1.11 (installed --no-deps by `make bench`, with stand-ins for its
splitters: tests/support/argos_reference.py) splits sentences with Triptych's (offline)
splitter for the baseline, so both translate the same sentences and no model is
downloaded; its paragraph cache is left out, so both translate everything every run.
It is measured twice: with its defaults (one batch at a time over CTranslate2's default
number of threads, which oversubscribes a 2-core machine) and with ARGOS_INTRA_THREADS=1
(one thread), so the figures say how much of the difference is that setting.
Sockets are refused for the whole benchmark.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: name -> packages to install (source, target, build_package() arguments); the text is Arabic.
KINDS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
    "SentencePiece (1.9 layout, float32)": [("ar", "en", {})],
    "SentencePiece (1.0 layout, int8)": [("ar", "en", {"layout": "1.0"})],
    "BPE (Moses + subword-nmt)": [("ar", "en", {"tokenizer": "bpe"})],
    "BPE with a target prefix": [("ar", "en", {"tokenizer": "bpe", "target_prefix": "__en__"})],
    "pivot, BPE ar-en then SentencePiece en-de (baseline: a call per sentence)":
        [("ar", "en", {"tokenizer": "bpe"}), ("en", "de", {})],
}


def _no_network() -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the translation benchmark tried to open a network connection")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def _throughput(name: str, packages: list[tuple[str, str, dict[str, Any]]], copies: int, runs: int) -> None:
    from desktop.core.markup import ExtractedText
    from desktop.core.paths import resolve_data_dir
    from desktop.core.sentences import split_sentences
    from desktop.services import argos, translation
    from desktop.services.importing import build_document, store_articles
    from desktop.services.models import install_model
    from desktop.storage.database import close_database, db, open_database
    from tests.support import argos_reference
    from tests.support.make_model import build_package

    with tempfile.TemporaryDirectory() as tmp:
        data = resolve_data_dir(Path(tmp) / "data")
        argos.configure(data.root)
        open_database(data.database)
        for source, target, options in packages:
            install_model(build_package(source, target, Path(tmp) / f"{source}_{target}.argosmodel", **options))
        to_code = packages[-1][1]
        # The three bundled articles, read as Arabic: every sentence different (copies of one
        # article would give batches of equal sentences, which flatters the pipeline).
        articles = sorted((ROOT / "resources" / "corpus").glob("0*.txt"))
        text = "\n".join([p.read_text(encoding="utf-8").strip() for p in articles] * copies)
        n_sentences = len(translation.document_sentences(text))
        (stored,) = store_articles([build_document(ExtractedText(text), "bench.txt", "ar", source="bench")])
        document = stored.document

        sources = [s.source for s in translation.document_sentences(text)]
        baselines = {"defaults": _baseline(argos_reference, split_sentences, to_code, len(packages), sources)}
        settings = argos_reference.load(argos.packages_dir()).settings
        settings.intra_threads, default_threads = 1, settings.intra_threads  # ARGOS_INTRA_THREADS=1
        baselines["one thread"] = _baseline(argos_reference, split_sentences, to_code, len(packages), sources)
        settings.intra_threads = default_threads
        translation.translate_texts(["تجربة."], translation.route("ar", to_code))  # load, as the baselines are

        ours: list[float] = []
        theirs: dict[str, list[float]] = {key: [] for key in baselines}
        for _run in range(runs):
            db.execute_sql("DELETE FROM translation")
            t = time.perf_counter()
            translation.translate_document(document.id, document.text, "ar", to_code)
            ours.append(time.perf_counter() - t)
            for key, baseline in baselines.items():
                t = time.perf_counter()
                baseline(document.text)
                theirs[key].append(time.perf_counter() - t)
        close_database()
    o = statistics.median(ours)
    b, b1 = statistics.median(theirs["defaults"]), statistics.median(theirs["one thread"])
    print(f"  {name}: pipeline {n_sentences / o:.0f} sentences/s; argostranslate translate() {n_sentences / b:.0f} "
          f"sentences/s with its defaults, speed-up {b / o:.1f}x (goal >= 2x); {n_sentences / b1:.0f} sentences/s "
          f"with ARGOS_INTRA_THREADS=1, {b1 / o:.1f}x")


def _baseline(argos_reference: Any, split_sentences: Any, to_code: str, steps: int,
              sources: list[str]) -> Callable[[str], object]:
    """argostranslate's translate() of the document, its models loaded (with the settings of now)."""
    baseline = argos_reference.translator(_packages(), "ar", to_code)
    if steps == 1:  # the document, split by Triptych's splitter
        baseline.sentencizer.split_sentences = lambda t: [t[s:e] for s, e in split_sentences(t)]
        translate: Callable[[str], object] = baseline.translate
    else:
        # Pivoting, argostranslate would split the English in between into sentences
        # again, which for a random model's output is other work than Triptych's (each
        # sentence's English, as it came): this baseline is its translate() of each
        # sentence, as tests/test_argos_interop.py compares them.
        def translate(_text: str) -> object:
            return [baseline.translate(sentence) for sentence in sources]
    baseline.translate("تجربة.")  # load the models once
    return translate


def _packages() -> Path:
    from desktop.services import argos

    return argos.packages_dir()


def bench_throughput(copies: int = 1, runs: int = 3) -> None:
    _no_network()
    load = os.getloadavg()[0]
    print(f"translation throughput (the three bundled articles, {copies}x, through synthetic packages, beam 4; "
          f"median of {runs}; load average {load:.1f} on {os.cpu_count()} cores: argostranslate's one batch over "
          f"all cores suffers more from a busy machine than the pipeline's one worker per core):")
    for name, packages in KINDS.items():
        _throughput(name, packages, copies, runs)


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
