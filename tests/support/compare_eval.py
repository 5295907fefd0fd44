"""Scoring the aligner against a gold alignment (tests/data/compare/*/gold.toml).

    python -m tests.support.compare_eval [SET|FOLDER ...]    # figures for each set and mode

A set is a folder with ``gold.toml``, the articles (named in it; looked up in the set
folder, then in resources/corpus) and, for each, a person's English translation
``<key>.en.txt``. Name a set of tests/data/compare by its name, or any set by its
folder; a folder without ``gold.toml`` stands for every set found below it. With no
argument, the sets of tests/data/compare.

Precision counts a found match right when it is a sure or possible pair; recall
counts the sure pairs; "only here" is scored on the units with no gold pair at all
(units with only possible pairs are left out of it). After the details of each set,
one line sums it up (sentence matches F1 and only-here F1 with translations, and
precision from anchors alone); with several sets, a last line pools their counts.
"""

from __future__ import annotations

import itertools
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop.core.align import Alignment, Params, align
from desktop.core.align_features import AlignDocument, Passage, prepare
from desktop.core.text import normalise_text, split_paragraphs
from desktop.core.translation_file import sentence_translations, translation_paragraphs

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "compare"
CORPUS = ROOT / "resources" / "corpus"


@dataclass
class GoldSet:
    keys: list[str]
    languages: dict[str, str]
    texts: dict[str, str]
    translations: dict[str, str]
    sure: set[tuple[str, str]]
    possible: set[tuple[str, str]]
    only: list[str]
    quote: dict[str, str]
    units: dict[str, list[str]]  # key -> unit names in order
    spans: dict[str, dict[str, tuple[int, int]]]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def folder_of(name: str | Path) -> Path:
    """The folder of a set: a path as it is, else a set of tests/data/compare by name."""
    path = Path(name)
    return path if path.is_dir() else DATA / name


def sets(names: list[str]) -> list[Path]:
    """The set folders that the command line names (see the module docstring)."""
    if not names:
        return sorted(p.parent for p in DATA.glob("*/gold.toml"))
    out: list[Path] = []
    for name in names:
        folder = folder_of(name)
        if (folder / "gold.toml").is_file():
            out.append(folder)
        elif folder.is_dir():
            out += sorted(p.parent for p in folder.rglob("gold.toml"))
        else:
            raise SystemExit(f"{name}: neither a set of {DATA} nor a folder")
    return out


def load(name: str | Path) -> GoldSet:
    folder = folder_of(name)
    gold = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    texts, translations, units, spans = {}, {}, {}, {}
    for key, file in gold["documents"].items():
        path = folder / file if (folder / file).exists() else CORPUS / file
        text = normalise_text(path.read_text(encoding="utf-8"))
        texts[key] = text
        tr = folder / f"{key}.en.txt"
        translations[key] = tr.read_text(encoding="utf-8") if tr.exists() else ""
        from desktop.core.sentences import split_sentences

        names, where = [], {}
        for p in split_paragraphs(text):
            for k, (s, e) in enumerate(split_sentences(text, p.start, p.end)):
                names.append(f"{key}:{p.index}.{k}")
                where[f"{key}:{p.index}.{k}"] = (s, e)
        units[key], spans[key] = names, where
    return GoldSet(
        keys=list(gold["documents"]),
        languages=dict(gold["languages"]),
        texts=texts,
        translations=translations,
        sure={_pair(a, b) for a, b, *_ in gold.get("sure", [])},
        possible={_pair(a, b) for a, b, *_ in gold.get("possible", [])},
        only=[u for u, *_ in gold.get("only", [])],
        quote=dict(gold.get("quote", {})),
        units=units,
        spans=spans,
    )


def documents(gold: GoldSet, *, translated: bool) -> list[AlignDocument]:
    out = []
    for key in gold.keys:
        text = gold.texts[key]
        pivot: dict[tuple[int, int], str] = {}
        if translated and gold.languages[key] != "en" and gold.translations[key]:
            wanted = len(split_paragraphs(text))
            paragraphs = translation_paragraphs(gold.translations[key], wanted)
            if len(paragraphs) == wanted:
                pivot = {(s, e): t for s, e, t in sentence_translations(text, paragraphs)}
            else:
                # As `translation load` refuses it: the article is compared on its anchors.
                print(f"{key}.en.txt has {len(paragraphs)} paragraphs, the article {wanted}: "
                      f"{key} is compared on anchors alone", file=sys.stderr)
        out.append(AlignDocument(key, gold.languages[key], text, pivot))
    return out


def run(gold: GoldSet, *, translated: bool, params: Params | None = None) -> Alignment:
    prepared = [prepare(d, "en") for d in documents(gold, translated=translated)]
    return align(prepared, params=params or Params())


def unit_name(gold: GoldSet, p: Passage) -> str:
    for name, span in gold.spans[p.doc].items():
        if span == (p.start, p.end):
            return name
    raise KeyError(p)


@dataclass
class Score:
    found: int
    right: int
    wanted: int
    caught: int

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.caught / self.wanted if self.wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.found + other.found, self.right + other.right, self.wanted + other.wanted,
                     self.caught + other.caught)

    def __str__(self) -> str:
        return f"P {self.precision:.2f} R {self.recall:.2f} F1 {self.f1:.2f} ({self.right}/{self.found} found right, " \
               f"{self.caught}/{self.wanted} wanted)"


def evaluate(gold: GoldSet, alignment: Alignment, docs: tuple[str, str] | None = None) -> tuple[Score, Score]:
    """(matches, only-here) scores, over all pairs or one pair of documents."""
    keys = list(docs) if docs else gold.keys
    found = {_pair(unit_name(gold, m.a), unit_name(gold, m.b)) for m in alignment.matches
             if m.a.doc in keys and m.b.doc in keys}
    sure = {p for p in gold.sure if p[0].split(":")[0] in keys and p[1].split(":")[0] in keys}
    possible = sure | {p for p in gold.possible if p[0].split(":")[0] in keys and p[1].split(":")[0] in keys}
    matches = Score(len(found), len(found & possible), len(sure), len(found & sure))
    linked = {u for p in possible for u in p}
    sure_linked = {u for p in sure for u in p}
    units = [u for k in keys for u in gold.units[k]]
    gold_only = {u for u in units if u not in linked}
    allowed = {u for u in units if u not in sure_linked}
    matched = {u for p in found for u in p}
    predicted = {u for u in units if u not in matched}
    only = Score(len(predicted), len(predicted & allowed), len(gold_only), len(predicted & gold_only))
    return matches, only


def evaluate_paragraphs(gold: GoldSet, alignment: Alignment) -> tuple[Score, Score]:
    """(matches, only-here) scores of whole paragraphs: two paragraphs correspond when any
    of their sentences do (sure when a sure pair does); a paragraph is only here when
    none of its sentences has a pair."""

    def para(unit: str) -> str:
        return unit.rsplit(".", 1)[0]

    sure = {_pair(para(a), para(b)) for a, b in gold.sure}
    possible = sure | {_pair(para(a), para(b)) for a, b in gold.possible}
    found = {_pair(f"{m.a.doc}:{m.a.paragraph}", f"{m.b.doc}:{m.b.paragraph}") for m in alignment.matches}
    matches = Score(len(found), len(found & possible), len(sure), len(found & sure))
    units = sorted({para(u) for k in gold.keys for u in gold.units[k]})
    linked = {u for p in possible for u in p}
    sure_linked = {u for p in sure for u in p}
    matched = {u for p in found for u in p}
    predicted = {u for u in units if u not in matched}
    gold_only = {u for u in units if u not in linked}
    allowed = {u for u in units if u not in sure_linked}
    return matches, Score(len(predicted), len(predicted & allowed), len(gold_only), len(predicted & gold_only))


def report(name: str | Path, params: Params | None = None) -> dict[str, tuple[Score, Score]]:
    gold = load(name)
    out = {}
    for mode, translated in (("translations", True), ("anchors", False)):
        alignment = run(gold, translated=translated, params=params)
        out[mode] = evaluate(gold, alignment)
        out[f"{mode} (paragraphs)"] = evaluate_paragraphs(gold, alignment)
        for a, b in itertools.combinations(gold.keys, 2):
            out[f"{mode} {a}-{b}"] = evaluate(gold, alignment, (a, b))
    return out


def summary(name: str, figures: dict[str, tuple[Score, Score]]) -> str:
    """One line for a set: what the issue's goals are stated in."""
    (matches, only), (anchors, _) = figures["translations"], figures["anchors"]
    paragraphs, paragraph_only = figures["translations (paragraphs)"]
    return (f"{name}: matches F1 {matches.f1:.2f} (P {matches.precision:.2f} R {matches.recall:.2f}), "
            f"only-here F1 {only.f1:.2f}, anchors precision {anchors.precision:.2f} "
            f"({anchors.right}/{anchors.found}, recall {anchors.recall:.2f}); paragraphs: matches F1 "
            f"{paragraphs.f1:.2f}, only-here F1 {paragraph_only.f1:.2f}")


def main(argv: list[str]) -> int:
    folders = sets(argv)
    pooled: dict[str, tuple[Score, Score]] = {}
    lines = []
    for folder in folders:
        name = folder.name if folder.parent == DATA else str(folder)
        figures = report(folder)
        for label, (matches, only) in figures.items():
            print(f"{folder.name:10} {label:22} matches {matches}\n{'':33} only here {only}")
        lines.append(summary(name, figures))
        for label in ("translations", "anchors", "translations (paragraphs)"):
            old = pooled.get(label)
            pooled[label] = figures[label] if old is None else (old[0] + figures[label][0], old[1] + figures[label][1])
    print()
    print("\n".join(lines))
    if len(folders) > 1:
        print(summary(f"all {len(folders)} sets pooled", pooled))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
