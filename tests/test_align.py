"""The alignment engine on the bundled articles and a development set, against gold
alignments made by reading them (tests/data/compare/*/gold.toml)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.core.align import Hint, align
from desktop.core.align_features import AlignDocument, Passage, prepare
from tests.support import compare_eval as ev


@pytest.fixture(scope="module")
def bundled():
    return ev.load("bundled")


@pytest.fixture(scope="module")
def derna():
    return ev.load("derna")


@pytest.mark.parametrize("name", ["bundled", "derna", "eclipse"])
def test_the_gold_names_the_sentences_it_means(name):
    gold = ev.load(name)
    for unit, start in gold.quote.items():
        key = unit.split(":")[0]
        s, e = gold.spans[key][unit]
        assert gold.texts[key][s:e].startswith(start), unit
    mentioned = {u for pair in gold.sure | gold.possible for u in pair} | set(gold.only)
    assert mentioned <= set(gold.quote), "every unit in the gold has its quote"


def _pairs(gold, alignment):
    return {ev._pair(ev.unit_name(gold, m.a), ev.unit_name(gold, m.b)) for m in alignment.matches}


def test_with_translations_the_issues_examples_are_found(bundled):
    alignment = ev.run(bundled, translated=True)
    found = _pairs(bundled, alignment)
    # Both report that the USA approached Baku (via AnewZ) to join the force; both say it
    # would secure key sites, deliver aid and prevent renewed fighting; both say Arab
    # partners noted Baku's balanced approach.
    assert {("de:2.0", "ru:1.0"), ("de:3.0", "ru:3.1"), ("de:5.0", "ru:8.0")} <= found
    only = {ev.unit_name(bundled, p) for p in alignment.only_in}
    # Only the German one quotes Rubio and mentions the embassy in Tel Aviv; only the
    # Russian one mentions Vance and Netanyahu; the Arabic one alone has the heading on
    # the parliament's security committee. (Its sentence, ar:8.0, shares "has not yet
    # ... any final decision" with de:2.1 and is taken for a counterpart of it: words
    # cannot tell a bill not received from a decision not taken.)
    assert {"ar:7.0", "de:4.0", "de:6.1", "de:7.0", "ru:6.0"} <= only


@pytest.mark.parametrize("name, matches_f1, only_f1", [("bundled", 0.5, 0.75), ("derna", 0.8, 0.9),
                                                       ("eclipse", 0.75, 0.75)])
def test_precision_and_recall_with_translations_stay_at_least_where_they_are(name, matches_f1, only_f1):
    """Floors a little under today's figures (see the report in the commit): a change
    that makes the aligner worse fails here."""
    gold = ev.load(name)
    matches, only = ev.evaluate(gold, ev.run(gold, translated=True))
    assert matches.f1 >= matches_f1, matches
    assert only.f1 >= only_f1, only


@pytest.mark.parametrize("name", ["bundled", "derna", "eclipse"])
def test_from_anchors_alone_what_is_found_is_mostly_right(name):
    gold = ev.load(name)
    matches, only = ev.evaluate(gold, ev.run(gold, translated=False))
    assert matches.found >= 3
    assert matches.precision >= 0.7, matches
    assert only.recall >= 0.9, only


def _degraded(text: str, keep: int) -> str:
    """A weak model's translation: only every ``keep``-th word survives."""
    return " ".join(w for k, w in enumerate(text.split()) if k % keep == 0)


@pytest.mark.parametrize("name", ["bundled", "derna", "eclipse"])
def test_better_translations_give_better_alignments(name):
    """No change of code: the same aligner does better as its pivot translations improve
    (none, a poor one, a person's)."""
    gold = ev.load(name)
    scores = []
    for quality in ("none", "poor", "good"):
        docs = ev.documents(gold, translated=quality != "none")
        if quality == "poor":
            docs = [AlignDocument(d.id, d.language, d.text, {k: _degraded(v, 3) for k, v in d.pivot.items()})
                    for d in docs]
        matches, only = ev.evaluate(gold, align([prepare(d, "en") for d in docs]))
        scores.append(matches.f1 + only.f1)
    assert scores[0] < scores[2] and scores[1] < scores[2], scores


def test_a_link_the_person_made_is_a_match_whatever_the_words(bundled):
    docs = [prepare(d, "en") for d in ev.documents(bundled, translated=False)]
    ar = bundled.spans["ar"]["ar:8.0"]
    de = bundled.spans["de"]["de:6.1"]
    # A link between two highlights inside those sentences (not the whole sentences).
    hint = Hint(Passage("ar", 8, ar[0] + 5, ar[0] + 30), Passage("de", 6, de[0] + 3, de[0] + 20), "contradicts")
    alignment = align(docs, [hint])
    linked = [m for m in alignment.matches if m.relation]
    assert [(ev.unit_name(bundled, m.a), ev.unit_name(bundled, m.b), m.score, m.relation) for m in linked] == [
        ("ar:8.0", "de:6.1", 1.0, "contradicts")]
    assert not any(ev.unit_name(bundled, p) in ("ar:8.0", "de:6.1") for p in alignment.only_in)
    assert all(m.relation == "" for m in alignment.suggestions())


def test_counterparts_of_a_hovered_passage_and_what_only_one_article_says(bundled):
    alignment = ev.run(bundled, translated=True)
    s, e = bundled.spans["ru"]["ru:1.0"]
    found = alignment.counterparts("ru", s + 10, s + 11)  # a caret inside the sentence
    assert found and all(m.a.doc == "ru" and m.a.start == s for m in found)
    assert "de:2.0" in {ev.unit_name(bundled, m.b) for m in found}
    assert found == sorted(found, key=lambda m: -m.score)
    de_only = alignment.only_here("de")
    assert de_only == sorted(de_only) and {ev.unit_name(bundled, p) for p in de_only} >= {"de:4.0", "de:6.1"}
    for m in alignment.paragraph_matches():
        assert m.a.start <= m.a.end and bundled.texts[m.a.doc][m.a.start:m.a.end].strip()


def test_a_ribbon_between_two_panes_and_the_keys_for_next_unmatched_and_next_suggestion(bundled):
    alignment = ev.run(bundled, translated=True)
    ribbon = alignment.matches_between("de", "ru")
    assert ribbon and all(m.a.doc == "de" and m.b.doc == "ru" for m in ribbon)
    assert [m.a.start for m in ribbon] == sorted(m.a.start for m in ribbon)
    s, e = bundled.spans["de"]["de:3.0"]
    visible = alignment.matches_between("de", "ru", s, e)
    assert visible and all(m.a.start == s for m in visible)
    only = alignment.only_here("de")
    first = alignment.next_only_here("de", -1)
    assert first == only[0]
    assert alignment.next_only_here("de", first.start) == only[1]
    assert alignment.next_only_here("de", only[-1].start) == only[0]  # round again
    suggestion = alignment.next_suggestion("ru", -1)
    assert suggestion is not None and suggestion.a.doc == "ru" and not suggestion.relation
    later = alignment.next_suggestion("ru", suggestion.a.start)
    assert later is not None and later.a.start > suggestion.a.start


def test_the_same_inputs_give_the_same_alignment_in_any_process():
    """Deterministic: no randomness, and nothing depends on Python's string hashing."""
    code = ("import json; from tests.support import compare_eval as ev; g = ev.load('bundled');"
            "a = ev.run(g, translated=True); b = ev.run(g, translated=False);"
            "print(json.dumps([[list(m.a) + list(m.b) + [m.score] for m in x.matches] for x in (a, b)]))")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                             cwd=ev.ROOT)
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())[0]


def test_one_document_has_nothing_only_here_and_no_match(bundled):
    docs = [prepare(d, "en") for d in ev.documents(bundled, translated=True)][:1]
    alignment = align(docs)
    assert alignment.matches == () and alignment.only_in == ()
