"""Comparing articles (desktop.core.align): 3 articles of 50 paragraphs (goal <= 200 ms),
10 articles (goal <= 2 s), and how the cost grows with the number of articles.

The articles are generated: each draws its 50 paragraphs (one to three sentences)
from the sentences of one of the test articles (tests/data/compare: Russian, Arabic,
German, French) with their English translations, with a seeded generator, and every
translation loses or repeats a few words so no two sentences are the same.

Times are CPU seconds of this process (the work is single-threaded), the least of a
few runs. Baseline, measured in the same run on the same articles: reading them -- splitting
into paragraphs and sentences and into words -- which any comparison must do; the
ratio says what the scoring costs on top.
"""

from __future__ import annotations

import math
import random
import statistics
import time
from collections.abc import Callable

from desktop.core.align import align
from desktop.core.align_features import AlignDocument, prepare, sentences
from desktop.core.text import split_paragraphs
from tests.support import compare_eval as ev

PARAGRAPHS = 50


def _pool() -> list[tuple[str, list[tuple[str, str]]]]:
    """(language, [(original sentence, English translation)]) for each test article."""
    out = []
    for name in ("bundled", "derna"):
        gold = ev.load(name)
        for doc in ev.documents(gold, translated=True):
            pairs = [(doc.text[s.start:s.end], doc.pivot[(s.start, s.end)]) for s in sentences(doc.text)]
            out.append((doc.language, pairs))
    return out


def articles(count: int, seed: int = 15) -> list[AlignDocument]:
    """``count`` generated articles of PARAGRAPHS paragraphs with their translations."""
    rng = random.Random(seed)
    pool = _pool()
    docs = []
    for k in range(count):
        language, pairs = pool[k % len(pool)]
        paragraphs, translations = [], []
        for _ in range(PARAGRAPHS):
            chosen = [rng.choice(pairs) for _ in range(rng.randint(1, 3))]
            paragraphs.append(" ".join(o for o, _ in chosen))
            translations.append([_vary(t, rng) for _, t in chosen])
        text = "\n".join(paragraphs)
        pivot: dict[tuple[int, int], str] = {}
        for p, own in zip(split_paragraphs(text), translations, strict=True):
            spans = [(s.start, s.end) for s in sentences(text) if p.start <= s.start < p.end]
            for span, translated in zip(spans, own + [own[-1]] * (len(spans) - len(own)), strict=False):
                pivot[span] = translated
        docs.append(AlignDocument(f"doc{k}", language, text, pivot))
    return docs


def _vary(text: str, rng: random.Random) -> str:
    words = text.split()
    out = []
    for w in words:
        roll = rng.random()
        if roll < 0.08:
            continue
        out.append(w)
        if roll > 0.95:
            out.append(w)
    return " ".join(out)


def _read(docs: list[AlignDocument]) -> None:
    from desktop.core.align_features import terms

    for d in docs:
        for s in sentences(d.text):
            terms(d.text[s.start:s.end], d.language)


def _best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The least and the median CPU time of ``repeat`` runs: this process's own time, which
    other work on a shared machine moves far less than wall time (one thread only)."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times), statistics.median(times)


def _first_run(count: int) -> float:
    """CPU seconds of one comparison of ``count`` articles in a fresh interpreter: the
    runs above reuse what earlier runs learnt of each word (its skeleton, its n-grams),
    as a desk does when it compares again; a person's first comparison has none of it."""
    import subprocess
    import sys

    code = ("import time; from benchmarks.compare import articles; from desktop.core.align import align; "
            "from desktop.core.align_features import prepare; import desktop.core.anchors, numpy, rapidfuzz, "
            f"threadpoolctl, Stemmer; d = articles({count}); t = time.process_time(); "
            "align([prepare(x, 'en') for x in d]); print(time.process_time() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def run() -> None:
    print("compare (generated articles of 50 paragraphs, English pivot):")
    counts = (2, 3, 4, 6, 8, 10)
    figures = []
    for n in counts:
        docs = articles(n)
        repeat = 7 if n <= 4 else 3
        cold_min, cold_med = _best(lambda d=docs: align([prepare(x, "en") for x in d]), repeat)
        prepared = [prepare(x, "en") for x in docs]
        warm_min, _ = _best(lambda p=prepared: align(p), repeat)
        read_min, _ = _best(lambda d=docs: _read(d), repeat)
        units = sum(len(p.units) for p in prepared)
        figures.append((n, cold_min))
        goal = {3: " (goal <= 200 ms)", 10: " (goal <= 2 s)"}.get(n, "")
        print(f"  {n:2} articles, {units:4} sentences: {cold_min * 1000:7.1f} ms (median {cold_med * 1000:.1f}){goal}; "
              f"already prepared {warm_min * 1000:6.1f} ms; baseline reading them {read_min * 1000:6.1f} ms, "
              f"ratio {cold_min / read_min:.1f}x")
    print(f"  3 articles, first comparison in a new process (no word seen before): {_first_run(3) * 1000:.1f} ms")
    (n1, t1), (n2, t2) = figures[1], figures[-1]
    slope = math.log(t2 / t1) / math.log(n2 / n1)
    print(f"  cost grows as articles^{slope:.2f} from {n1} to {n2} articles "
          f"(pairs of articles grow as ^2, sentences as ^1)")


if __name__ == "__main__":
    run()
