"""The claims matrix in the annotated PDF (`export --claims`, the Export dialog's
option), read back with two independent extractors; and the service call that turns a
suggested correspondence into the person's link."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.errors import UserError
from desktop.services import annotation_service as service
from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from desktop.services.translation_load import load_translation
from desktop.storage import annotations as store
from tests.support.compare_eval import DATA
from tests.support.pdf_check import EXTRACTORS, flat

BUNDLED = DATA / "bundled"


@pytest.fixture
def translated(corpus):
    for document in corpus:
        load_translation(document.id, "en", BUNDLED / f"{document.language}.en.txt")
    return {d.language: d for d in corpus}


def _pages(path):
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_the_claims_pages_show_the_matrix_and_what_only_one_article_says(translated, tmp_path, extractor):
    ru, ar, de = translated["ru"], translated["ar"], translated["de"]
    start = ru.text.index("Вэнсом")
    german_quote = "Marco Rubio"
    g = de.text.index(german_quote)
    # A link the person made: it is a row of its own, marked "linked" with its relation.
    a = service.highlight(ru.id, ru.text.index("AnewZ"), ru.text.index("AnewZ") + 5).value
    b = service.highlight(de.id, de.text.index("AnewZ"), de.text.index("AnewZ") + 5).value
    service.link(a, b, "same_claim")
    plain, with_claims = tmp_path / "plain.pdf", tmp_path / "claims.pdf"
    docs = [ru.id, ar.id, de.id]
    export(ExportRequest(format="pdf", documents=docs), plain)
    export(ExportRequest(format="pdf", documents=docs, claims=True), with_claims)
    assert _pages(with_claims) > _pages(plain)
    text = flat(EXTRACTORS[extractor](with_claims))
    assert "Claims" in text and "What only one article says" in text
    assert "linked (same claim): AnewZ" in text and "suggested:" in text
    # Only the Russian article names Vance; only the German one quotes Rubio.
    assert flat(ru.text[start - 12:start + 6]) in text
    assert flat(de.text[g - 20:g + len(german_quote)]) in text
    arabic_words = "رئيس لجنة"  # the Arabic quotes come out as the letters they are, in logical order
    assert arabic_words in text


def test_the_claims_option_needs_two_articles(translated, tmp_path):
    with pytest.raises(UserError, match="two articles or more"):
        export(ExportRequest(format="pdf", documents=[translated["ru"].id], claims=True), tmp_path / "one.pdf")
    assert not (tmp_path / "one.pdf").exists()


def test_the_cli_export_adds_the_claims_pages_with_claims(tmp_path):
    import json

    from tests.test_cli import triptych

    data = tmp_path / "d"
    ids = {r["language"]: r["id"] for r in json.loads(triptych("list", "--json", data_dir=data).stdout)}
    out = tmp_path / "out.pdf"
    result = triptych("export", "--format", "pdf", "--claims", "--doc", ids["ru"], "--doc", ids["de"], "-o", str(out),
                      data_dir=data)
    assert result.returncode == 0, result.stderr
    text = flat(EXTRACTORS["pdfminer.six"](out))
    # No translations here: compared on anchors, and the page says which articles were.
    assert "Compared on names, numbers, dates and quotations only" in text


def test_linking_two_passages_highlights_them_in_one_undoable_change(corpus):
    ru, de = (next(d for d in corpus if d.language == lang) for lang in ("ru", "de"))
    existing = service.highlight(de.id, 0, 20).value
    outcome = service.link_passages((ru.id, 0, 30), (de.id, 0, 20), "elaborates")
    link = outcome.value
    assert link.relation == "elaborates" and link.target_id == existing  # the highlight that was there is used
    made = store.find_annotations([link.source_id])[link.source_id]
    assert (made.document_id, made.start, made.exact) == (ru.id, 0, ru.text[0:30].strip())
    assert set(outcome.changes.created_ids("annotation")) == {link.source_id}
    service.apply(outcome.undo)
    assert store.links_for_documents([ru.id, de.id]) == []
    assert [a.id for a in store.annotations_for([ru.id, de.id])] == [existing]
    with pytest.raises(UserError):
        service.link_passages((ru.id, 0, 30), (de.id, 0, 20), "agrees")  # not a relation: nothing made
    assert len(store.annotations_for([ru.id, de.id])) == 1


def _label_lines(path, first_word):
    """The heights (y) of the lines of the claims column's label that starts with ``first_word``."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = [(float(m[0]), float(m[1]), m[2]) for m in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*)</word>', html)]
    column = [(x, y, w) for x, y, w in words if x < 150]
    start = next(k for k, (_x, _y, w) in enumerate(column) if w == first_word)
    end = next(k for k in range(start + 1, len(column)) if column[k][2] in ("linked", "suggested:", "What"))
    return sorted({round(y, 1) for _x, y, _w in column[start:end]})


def test_a_linked_rows_label_is_set_like_the_others_beside_an_arabic_contradiction(translated, tmp_path):
    """Seen: a German label beside an Arabic contradicted cell took the Arabic font's line
    height, twice the other labels'."""
    ar, de = translated["ar"], translated["de"]
    quote = "Aserbaidschan hat noch keine endgültige Entscheidung über die Teilnahme getroffen."
    a = service.highlight(de.id, de.text.index(quote), de.text.index(quote) + len(quote)).value
    arabic = "القرار الأذربيجاني مرتبط بوقف إطلاق النار"
    b = service.highlight(ar.id, ar.text.index(arabic), ar.text.index(arabic) + len(arabic)).value
    service.link(a, b, "contradicts")
    path = tmp_path / "claims.pdf"
    export(ExportRequest(format="pdf", documents=[translated["ru"].id, ar.id, de.id], claims=True), path)
    linked, suggested = _label_lines(path, "linked"), _label_lines(path, "suggested:")
    assert len(linked) >= 3 and len(suggested) >= 3

    def pitch(ys):
        return max(b - a for a, b in itertools.pairwise(ys))

    assert pitch(linked) < 1.25 * pitch(suggested), (linked, suggested)
