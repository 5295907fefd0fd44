"""The compare service on a real database: translations from a person and a model, links."""

from __future__ import annotations

import pytest

from desktop.services import annotation_service as service
from desktop.services.compare import compare_documents, pivot_translations
from desktop.services.translation_load import load_translation
from desktop.storage import translations as cache
from tests.support.compare_eval import DATA

pytestmark = pytest.mark.both_engines

BUNDLED = DATA / "bundled"


def _by_language(corpus):
    return {d.language: d for d in corpus}


def test_an_installed_model_translates_what_has_no_translation_and_the_rest_is_compared_on_anchors(installed, corpus):
    docs = _by_language(corpus)
    seen = []
    comparison = compare_documents([docs["ar"].id, docs["de"].id], "en", progress=lambda d, done, total: seen.append(d))
    ar, de = comparison.status[docs["ar"].id], comparison.status[docs["de"].id]
    # ar-en is installed (a tiny model whose output is gibberish, now and then empty).
    assert ar.source in ("translated", "partial") and ar.missing < ar.sentences / 4
    assert (de.source, de.reason) == ("anchors", "no-model")  # de-en is not
    assert seen and set(seen) == {docs["ar"].id}
    assert len(cache.any_cached(docs["ar"].id, "en")) == ar.sentences  # the model's output is kept
    assert comparison.alignment.anchors_only == (docs["de"].id,)


def test_without_asking_a_model_only_stored_translations_count(installed, corpus):
    docs = _by_language(corpus)
    comparison = compare_documents([docs["ar"].id, docs["de"].id], "en", translate=False)
    assert comparison.status[docs["ar"].id].reason == "not-asked"
    assert cache.any_cached(docs["ar"].id, "en") == {}


def test_a_persons_translation_is_used_before_a_models(installed, corpus):
    docs = _by_language(corpus)
    compare_documents([docs["ar"].id, docs["de"].id], "en")  # the model translates and caches
    load_translation(docs["ar"].id, "en", BUNDLED / "ar.en.txt")
    found, status = pivot_translations(docs["ar"], "en")
    assert status.source == "translated"
    assert any("20 thousand soldiers" in text for text in found.values())


def test_the_persons_links_are_matches_with_their_relation(corpus):
    docs = _by_language(corpus)
    ru, de = docs["ru"], docs["de"]
    a = service.highlight(ru.id, ru.text.index("Вэнсом"), ru.text.index("Вэнсом") + 6).value
    b = service.highlight(de.id, de.text.index("Marco Rubio"), de.text.index("Marco Rubio") + 11).value
    service.link(a, b, "contradicts")
    comparison = compare_documents([ru.id, de.id], "en", translate=False)
    linked = [m for m in comparison.alignment.matches if m.relation]
    assert len(linked) == 1 and linked[0].relation == "contradicts" and linked[0].score == 1.0
    # The whole sentence that holds the highlight: "Дж. Д. Вэнсом" does not end it.
    assert comparison.quote(linked[0].a).startswith("Израильские СМИ") and "Вэнсом" in comparison.quote(linked[0].a)
    assert comparison.quote(linked[0].b).startswith("US-Außenminister Marco Rubio")
    assert linked[0] not in comparison.alignment.suggestions()


def test_a_document_already_in_the_pivot_needs_no_translation(corpus):
    docs = _by_language(corpus)
    found, status = pivot_translations(docs["de"], "de")
    assert found == {} and status.source == "original" and status.missing == 0


def test_a_translation_file_in_utf16_with_wrapped_lines_loads(corpus, tmp_path):
    de = _by_language(corpus)["de"]
    text = (BUNDLED / "de.en.txt").read_text(encoding="utf-8")
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in text.split("\n\n"))
    path = tmp_path / "de.en.txt"
    path.write_text(wrapped, encoding="utf-16")
    loaded = load_translation(de.id, "en", path)
    assert (loaded.paragraphs, loaded.sentences, loaded.replaced) == (10, 13, 0)
    stored = cache.cached(de.id, "en", "person")
    assert " ".join(t.text for _, t in sorted(stored.items())).split() == text.split()


def test_a_file_that_cannot_be_a_translation_is_refused_and_nothing_is_stored(corpus, tmp_path):
    import pytest

    from desktop.core.errors import UserError

    de = _by_language(corpus)["de"]
    for name, data in (("empty.txt", b""), ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(UserError):
            load_translation(de.id, "en", tmp_path / name)
    with pytest.raises(UserError, match="does not exist"):
        load_translation(de.id, "en", tmp_path / "missing.txt")
    assert cache.person_translation_count(de.id, "en") == 0
