"""`triptych translation load` and `triptych compare`, run as a person runs them."""

from __future__ import annotations

import json

import pytest

from desktop.core.text import normalise_text, split_paragraphs
from desktop.services.corpus import corpus_dir
from tests.support.compare_eval import DATA
from tests.test_cli import triptych

BUNDLED = DATA / "bundled"


@pytest.fixture
def library(tmp_path):
    """A data dir with the bundled corpus; its ids by language."""
    data = tmp_path / "d"
    rows = json.loads(triptych("list", "--json", data_dir=data).stdout)
    return data, {r["language"]: r["id"] for r in rows}


def _stored(data, doc):
    from desktop.storage import translations
    from desktop.storage.database import close_database, open_database

    open_database(data / "triptych.sqlite3")
    try:
        return translations.cached(doc, "en", "person")
    finally:
        close_database()


def test_a_persons_translation_is_loaded_sentence_by_sentence(library):
    data, ids = library
    result = triptych("translation", "load", ids["ar"], "--to", "en", str(BUNDLED / "ar.en.txt"), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{ids['ar']}: 18 paragraphs, 19 sentences translated into en"
    stored = _stored(data, ids["ar"])
    assert len(stored) == 19 and all(t.corrected and t.model == "person" for t in stored.values())
    assert any("20 thousand soldiers" in t.text for t in stored.values())


def test_a_different_paragraph_count_is_refused_and_nothing_is_stored(library):
    data, ids = library
    result = triptych("translation", "load", ids["de"], "--to", "en", str(BUNDLED / "ar.en.txt"), data_dir=data)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "has 18 paragraphs" in result.stderr and "has 10" in result.stderr
    # The article by its title, as a person knows it; not by its id.
    title = next(r["title"] for r in json.loads(triptych("list", "--json", data_dir=data).stdout)
                 if r["id"] == ids["de"])
    assert f"the article “{title}” has 10" in result.stderr and ids["de"] not in result.stderr
    assert _stored(data, ids["de"]) == {}


def test_loading_again_needs_replace_so_no_correction_is_lost_by_accident(library):
    data, ids = library
    args = ("translation", "load", ids["de"], "--to", "en", str(BUNDLED / "de.en.txt"))
    assert triptych(*args, data_dir=data).returncode == 0
    again = triptych(*args, data_dir=data)
    assert again.returncode == 1 and "--replace" in again.stderr and "nothing was stored" in again.stderr
    replaced = triptych(*args, "--replace", data_dir=data)
    assert replaced.returncode == 0 and "in place of 13" in replaced.stdout
    assert len(_stored(data, ids["de"])) == 13


def _title(data, doc):
    return next(r["title"] for r in json.loads(triptych("list", "--json", data_dir=data).stdout) if r["id"] == doc)


def test_a_translation_of_another_article_with_as_many_paragraphs_is_refused_unless_forced(library):
    # The Russian and the German article both have 10 paragraphs: the German one's
    # translation passed for the Russian's and was stored silently.
    data, ids = library
    args = ("translation", "load", ids["ru"], "--to", "en", str(BUNDLED / "de.en.txt"))
    result = triptych(*args, data_dir=data)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert f"does not seem to be a translation of “{_title(data, ids['ru'])}”" in result.stderr
    assert "--force" in result.stderr and "nothing was stored" in result.stderr
    assert _stored(data, ids["ru"]) == {}
    forced = triptych(*args, "--force", data_dir=data)
    assert forced.returncode == 0, forced.stderr
    assert len(_stored(data, ids["ru"])) > 0


def test_remove_takes_away_the_persons_translation_and_leaves_the_models(library):
    from desktop.storage import translations
    from desktop.storage.database import close_database, open_database

    data, ids = library
    assert triptych("translation", "load", ids["de"], "--to", "en", str(BUNDLED / "de.en.txt"),
                    data_dir=data).returncode == 0
    open_database(data / "triptych.sqlite3")
    try:
        span = next(iter(translations.cached(ids["de"], "en", "person")))
        translations.store(ids["de"], "en", "de-en@1.0", [(*span, "A model's sentence.")])
    finally:
        close_database()
    result = triptych("translation", "remove", ids["de"], "--to", "en", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{ids['de']}: removed a person's translation into en (13 sentences)"
    assert _stored(data, ids["de"]) == {}
    open_database(data / "triptych.sqlite3")
    try:
        assert list(translations.any_cached(ids["de"], "en").values()) == ["A model's sentence."]
    finally:
        close_database()
    again = triptych("translation", "remove", ids["de"], "--to", "en", data_dir=data)
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert f"No person has translated “{_title(data, ids['de'])}” into English; nothing was removed." in again.stderr


@pytest.mark.parametrize("bad, message", [
    (["--to", "english"], "not a language code"),
    (["--to", "de"], "already in German"),
])
def test_a_wrong_language_is_refused_in_one_sentence(library, bad, message):
    data, ids = library
    result = triptych("translation", "load", ids["de"], *bad, str(BUNDLED / "de.en.txt"), data_dir=data)
    assert result.returncode == 1 and message in result.stderr and result.stderr.count("\n") == 1


def test_compare_json_has_the_issues_shape_with_paragraphs_and_code_points(library):
    data, ids = library
    for lang in ("ru", "ar", "de"):
        assert triptych("translation", "load", ids[lang], "--to", "en", str(BUNDLED / f"{lang}.en.txt"),
                        data_dir=data).returncode == 0
    order = [ids["ru"], ids["ar"], ids["de"]]
    result = triptych("compare", *order, "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # every article had a translation
    out = json.loads(result.stdout)
    assert set(out) == {"pivot", "documents", "matches", "only_in"}
    assert out["pivot"] == "en" and out["documents"] == order
    assert out["matches"] and out["only_in"]
    texts = {}
    for row in json.loads((corpus_dir() / "manifest.json").read_text(encoding="utf-8"))["documents"]:
        texts[ids[row["language"]]] = normalise_text((corpus_dir() / row["file"]).read_text(encoding="utf-8"))
    for m in out["matches"]:
        assert set(m) == {"a", "b", "score"} and 0 < m["score"] <= 1
        assert out["documents"].index(m["a"]["doc"]) < out["documents"].index(m["b"]["doc"])
        for side in (m["a"], m["b"]):
            assert set(side) == {"doc", "paragraph", "start", "end"}
            paragraph = split_paragraphs(texts[side["doc"]])[side["paragraph"]]
            assert paragraph.start <= side["start"] < side["end"] <= paragraph.end
    de_rubio = [p for p in out["only_in"] if p["doc"] == ids["de"] and "Rubio" in texts[p["doc"]][p["start"]:p["end"]]]
    assert de_rubio, "the German article alone quotes Rubio"
    paragraphs = json.loads(triptych("compare", *order, "--json", "--paragraphs", data_dir=data).stdout)
    for m in paragraphs["matches"]:
        whole = split_paragraphs(texts[m["a"]["doc"]])[m["a"]["paragraph"]]
        assert (m["a"]["start"], m["a"]["end"]) == (whole.start, whole.end)


def test_compare_without_translations_runs_on_anchors_and_says_so(library):
    data, ids = library
    result = triptych("compare", ids["ru"], ids["de"], data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and all("compared on names, numbers, dates and quotations only" in line for line in lines)
    assert "no installed model can make one" in lines[0]
    assert result.stdout.startswith("Compared through English:")
    assert f"Only in {ids['de']} (de):" in result.stdout
    assert "Rubio" in result.stdout  # the German article's only-here passages are quoted


@pytest.mark.parametrize("docs, message", [
    (["ru"], "at least two articles"),
    (["ru", "ru"], "given twice"),
    (["ru", "ffffffff"], "No document has the id"),
])
def test_compare_refuses_what_cannot_be_compared_in_one_sentence(library, docs, message):
    data, ids = library
    refs = [ids.get(d, d) for d in docs]
    result = triptych("compare", *refs, data_dir=data)
    assert result.returncode == 1 and message in result.stderr and result.stderr.count("\n") == 1
