"""The alignment engine on the bundled articles and a development set, against gold
alignments made by reading them (tests/data/compare/*/gold.toml)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from desktop.core.align import Hint, Params, align
from desktop.core.align_features import AlignDocument, Passage, prepare, terms
from tests.support import compare_eval as ev

# Every set of tests/data/compare: the bundled articles, then the stories written for it.
SETS = ["bundled", "derna", "eclipse", "notredame", "beirut", "suez", "chandrayaan", "quake", "ariane", "fukushima",
        "morocco", "titan", "hajj", "baltimore", "maui", "kakhovka", "tonga"]


@pytest.fixture(scope="module")
def bundled():
    return ev.load("bundled")


@pytest.fixture(scope="module")
def derna():
    return ev.load("derna")


def test_every_set_of_the_folder_is_tested():
    assert sorted(SETS) == sorted(folder.name for folder in ev.sets([]))


@pytest.mark.parametrize("name", SETS)
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


@pytest.fixture(scope="module")
def bundled_alignment(bundled):
    return ev.run(bundled, translated=True)


@pytest.mark.parametrize("pair", [
    ("de:2.0", "ru:1.0"),  # both report that the USA approached Baku (via AnewZ) to join the force
    ("de:3.0", "ru:3.1"),  # both say it would secure key sites, deliver aid and prevent renewed fighting
    ("de:5.0", "ru:8.0"),  # both say Arab partners noted Baku's balanced approach
])
def test_the_issues_examples_of_what_two_articles_both_say_are_found(bundled, bundled_alignment, pair):
    assert pair in _pairs(bundled, bundled_alignment)


@pytest.mark.parametrize("unit", [
    "ar:8.0",  # only the Arabic one: the head of the parliament's security committee, no bill received
    "ar:7.0",  # ... and its heading
    "de:4.0",  # only the German one quotes Rubio
    "de:6.1",  # ... and mentions the embassy in Tel Aviv
    "de:7.0",  # ... opened in March 2023
    "ru:6.0",  # only the Russian one mentions Vance and Netanyahu
])
def test_the_issues_examples_of_what_only_one_article_says_are_only_here(bundled, bundled_alignment, unit):
    only = {ev.unit_name(bundled, p) for p in bundled_alignment.only_in}
    partners = sorted(p for p in _pairs(bundled, bundled_alignment) if unit in p)
    assert unit in only, partners


def test_a_long_sentence_sharing_one_clause_with_a_short_one_is_no_counterpart(bundled):
    """The security committee's sentence (ar:8.0) ends "... before any final decision is
    taken", which is most of the German "Azerbaijan has not yet taken a final decision"
    (de:2.1): close words, another proposition. Without the rule that each sentence
    have a tenth of its content in common, they were a match."""
    docs = [prepare(d, "en") for d in ev.documents(bundled, translated=True)]
    loose = _pairs(bundled, align(docs, params=Params(cover=0.0)))
    assert ("ar:8.0", "de:2.1") in loose
    assert ("ar:8.0", "de:2.1") not in _pairs(bundled, align(docs))


def test_the_numbers_two_translations_give_are_words_they_share():
    """"... the toll had reached 5,894 dead, bringing the number of victims in the two
    countries to more than 7,800" and "nearly 7,800 people have died: 5,894 in Turkey and
    more than 1,900 in Syria" share few words but two numbers: with the numbers counted as
    words of the translations, they are a match (they were not)."""
    quake = ev.load("quake")
    pairs = _pairs(quake, ev.run(quake, translated=True))
    assert ("ar:3.0", "fr:1.1") in pairs
    unit = prepare(ev.documents(quake, translated=True)[0], "en").units[0]
    assert set(unit.keys) <= set(unit.pivot_terms or {}), unit


def test_a_translator_s_us_usa_and_united_states_are_one_word():
    same = [terms(t, "en") for t in ("The US asked Baku.", "The USA asked Baku.", "The United States asked Baku.",
                                      "The U.S. asked Baku.")]
    assert all(t == same[0] for t in same), same
    assert terms("They told us.", "en") != terms("They told the US.", "en")


@pytest.mark.parametrize("name, matches_f1, only_f1, paragraphs_f1", [
    ("bundled", 0.6, 0.88, 0.65), ("derna", 0.9, 0.95, 0.85), ("eclipse", 0.93, 0.95, 0.9),
    ("notredame", 0.72, 0.74, 0.78), ("beirut", 0.65, 0.67, 0.7), ("suez", 0.88, 0.87, 0.88),
    ("chandrayaan", 0.75, 0.87, 0.78), ("quake", 0.75, 0.83, 0.87), ("ariane", 0.7, 0.66, 0.77),
    ("fukushima", 0.72, 0.52, 0.73), ("morocco", 0.65, 0.84, 0.72), ("titan", 0.78, 0.78, 0.84),
    ("hajj", 0.7, 0.77, 0.7), ("baltimore", 0.8, 0.85, 0.83), ("maui", 0.8, 0.88, 0.82),
    ("kakhovka", 0.7, 0.77, 0.78), ("tonga", 0.74, 0.74, 0.77)])
def test_precision_and_recall_with_translations_stay_at_least_where_they_are(name, matches_f1, only_f1,
                                                                            paragraphs_f1):
    """Floors a little under today's figures (see the report in the commit): a change
    that makes the aligner worse fails here."""
    gold = ev.load(name)
    alignment = ev.run(gold, translated=True)
    matches, only = ev.evaluate(gold, alignment)
    assert matches.f1 >= matches_f1, matches
    assert only.f1 >= only_f1, only
    paragraphs, _ = ev.evaluate_paragraphs(gold, alignment)
    assert paragraphs.f1 >= paragraphs_f1, paragraphs


def test_all_development_sets_together_with_translations_stay_at_least_where_they_are():
    """Pooled over every set (the held-out set is scored as one pool too): the person-
    written translations' recall is what generalises worst, so it has its own floor."""
    matches, only = _pooled(translated=True)
    assert matches.f1 >= 0.73 and matches.precision >= 0.84 and matches.recall >= 0.64, matches
    assert only.f1 >= 0.82, only


def _pooled(translated: bool):
    total = None
    for folder in ev.sets([]):
        gold = ev.load(folder)
        scores = ev.evaluate(gold, ev.run(gold, translated=translated))
        total = scores if total is None else (total[0] + scores[0], total[1] + scores[1])
    assert total is not None
    return total


@pytest.mark.parametrize("name", SETS)
def test_from_anchors_alone_what_is_found_is_right_and_the_rest_only_here(name):
    gold = ev.load(name)
    matches, only = ev.evaluate(gold, ev.run(gold, translated=False))
    # Three in four right, nine in ten of what only one article says left alone; where
    # there are a few, one may be wrong (tonga's "1.2 metres" of a wave in Nuku'alofa and
    # in Japan, one of two matches, takes one of its five only-here sentences).
    assert matches.found - matches.right <= max(1, matches.found // 4), matches
    assert only.wanted - only.caught <= max(1, only.wanted // 10), only


def test_from_anchors_alone_all_development_sets_together_are_precise():
    """Precision over recall: the held-out set found 24 right of 40 with the rule of two
    shared names or any number, date or quotation (the five development sets 29 of 36;
    11 of 11 then; 85 of 87 over the 17 sets of today)."""
    matches, _ = _pooled(translated=False)
    assert matches.found >= 11 and matches.precision >= 0.95, matches


def _anchor_pairs(ru_text: str, de_text: str) -> set[tuple[int, int]]:
    docs = [prepare(AlignDocument(key, key, text, {}), "en") for key, text in (("ru", ru_text), ("de", de_text))]
    return {(m.a.paragraph, m.b.paragraph) for m in align(docs).matches}


_RU = ["Азербайджан и Газа снова в центре внимания.", "В 2023 году парламент собрался в Баку.",
       "Азербайджан и Газа обсуждают миссию.", "По данным источника, в миссии будут 400 военных.",
       "Вчера Рубио прилетел в Вашингтон.", "Азербайджан и Газа ждут ответа."]
_DE = ["Aserbaidschan und Gaza stehen erneut im Mittelpunkt.", "Seit 2023 ist die Botschaft in Tel Aviv geöffnet.",
       "Aserbaidschan und Gaza verhandeln über die Mission.", "Der Quelle zufolge sollen 400 Soldaten entsandt werden.",
       "Aserbaidschan und Gaza warten auf eine Antwort.", "Am Montag flog Rubio nach Washington."]


def test_from_anchors_alone_a_number_of_its_own_is_a_match_and_a_year_or_the_story_s_names_are_not():
    """400 soldiers in one sentence of each is a match; the year 2023 alone is not (it
    was, before anchors were weighed); nor are the story's own names, in half the
    sentences; nor Rubio and Washington, found together in one sentence of each: two
    names always together cannot be told from one person's two names, and one name in
    common is right only half the time (measured on the development sets)."""
    assert _anchor_pairs("\n\n".join(_RU), "\n\n".join(_DE)) == {(3, 3)}


def test_with_translations_a_pair_its_anchors_tell_apart_needs_fewer_words_in_common():
    """"Nearly 400 firefighters were deployed throughout the night" and "About 400
    firefighters took part in fighting the fire, and one of them was seriously injured":
    two translators' words, little in common besides the number, which is in no other
    sentence of either article."""
    gold = ev.load("notredame")
    assert ("fr:4.0", "ru:5.0") in gold.sure
    docs = [prepare(d, "en") for d in ev.documents(gold, translated=True)]
    assert ("fr:4.0", "ru:5.0") not in _pairs(gold, align(docs, params=Params(anchored=0.0)))
    assert ("fr:4.0", "ru:5.0") in _pairs(gold, align(docs))


def test_the_scorer_takes_a_set_s_folder_or_a_folder_of_sets_and_sums_each_up(capsys, tmp_path):
    elsewhere = tmp_path / "sets" / "flood"
    shutil.copytree(ev.DATA / "derna", elsewhere)
    assert ev.main([str(tmp_path / "sets"), "eclipse"]) == 0
    summary = [line for line in capsys.readouterr().out.splitlines() if "only-here F1" in line]
    assert [line.split(": ")[0] for line in summary] == [str(elsewhere), "eclipse", "all 2 sets pooled"]
    assert all("matches F1" in line and "anchors precision" in line for line in summary)
    derna = ev.evaluate(ev.load("derna"), ev.run(ev.load("derna"), translated=True))[0]
    assert f"matches F1 {derna.f1:.2f}" in summary[0]


def test_a_number_tuned_on_the_other_sets_is_scored_on_the_set_left_out(capsys):
    from tests.support import compare_loo

    assert compare_loo.main(["floor=0.14"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = sorted(p.name for p in ev.sets([]))
    rows = {line.split()[0]: line for line in lines[1:1 + len(names)]}
    assert sorted(rows) == names and "bundled" in names
    # Held out, bundled is scored with what the others chose, and its own figure with the
    # defaults stands beside it.
    defaults = ev.evaluate(ev.load("bundled"), ev.run(ev.load("bundled"), translated=True))[0]
    assert f"{defaults.f1:6.3f} ->" in rows["bundled"]
    assert lines[1 + len(names)].startswith("pooled held-out: match F1 ")
    assert lines[2 + len(names)].startswith("keep: ")


def test_a_translation_that_does_not_fit_its_article_is_left_out_and_said(capsys, tmp_path):
    folder = tmp_path / "flood"
    shutil.copytree(ev.DATA / "derna", folder)
    (folder / "fr.en.txt").write_text("One paragraph only.\n", encoding="utf-8")
    docs = {d.id: d for d in ev.documents(ev.load(folder), translated=True)}
    assert docs["fr"].pivot == {} and docs["ru"].pivot
    assert "fr.en.txt has 1 paragraphs" in capsys.readouterr().err


def _degraded(text: str, keep: int) -> str:
    """A weak model's translation: only every ``keep``-th word survives."""
    return " ".join(w for k, w in enumerate(text.split()) if k % keep == 0)


@pytest.mark.parametrize("name", SETS)
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


@pytest.mark.parametrize("translated", [True, False])
def test_what_two_articles_share_directly_does_not_change_when_a_third_is_opened(bundled, translated):
    """The walk's finding: the Russian and German articles' matches moved when the Arabic
    one was opened. Each pair is weighed within its two articles alone, so the direct
    matches of a pair (not those through a third) and their scores are the same with or
    without the third; with it, matches through it may be added."""
    ru, ar, de = (prepare(d, "en") for d in ev.documents(bundled, translated=translated))

    def direct(alignment, a, b):
        return {(m.a, m.b, m.score) for m in alignment.matches
                if {m.a.doc, m.b.doc} == {a.id, b.id} and "through" not in m.evidence}

    three = align([ru, ar, de])
    for a, b in ((ru, de), (ru, ar), (ar, de)):
        assert direct(align([a, b]), a, b) == direct(three, a, b)
    if translated:
        assert direct(three, ru, de), "the Russian and German articles share passages"
