"""Search everything finds word forms (Snowball stems on top of folding), ranks and pages
its results, marks the matched words; an old database migrates to the stemmed index."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop.core.stemming import query_variants, term
from desktop.services import annotation_service as service
from desktop.services.search import count, search, search_page
from desktop.storage.database import SCHEMA_VERSION, close_database, open_database
from desktop.storage.migrations import MIGRATIONS

pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize(("query", "language", "found"), [
    ("миссия", "ru", "миссии"),
    ("миссией", "ru", "миссии"),
    ("Truppe", "de", "Truppen"),
    ("القوات", "ar", "قوات"),
])
def test_a_word_finds_its_other_forms(corpus, query, language, found):
    hits = search(query)
    assert hits, query
    words = [hit.text[s:e] for hit in hits if hit.language == language for s, e in hit.spans]
    assert found in words, (query, words[:10])


def test_the_forms_share_one_term_and_the_query_covers_every_language():
    assert term("миссия", "ru") == term("миссии", "ru")
    assert term("Truppe", "de") == term("Truppen", "de")
    assert term("القوات", "ar") == term("قوات", "ar") == term("والقوات", "ar")
    assert term("Truppen", "de") in query_variants("Truppe", ["ru", "ar", "de"])


def test_a_word_that_is_not_there_in_any_form_finds_nothing(corpus):
    assert search("миссионер") == [] or all("миссионер" in h.text.lower() for h in search("миссионер"))
    assert search("zzzxqv") == []


def test_exact_forms_rank_above_other_forms(corpus):
    de = corpus[2]
    exact = de.text[de.text.index("Truppen"):de.text.index("Truppen") + len("Truppen")]
    hits = search("Truppen")
    assert exact in hits[0].text[hits[0].spans[0][0]:hits[0].spans[0][1]]


def test_results_come_in_pages_with_the_total(corpus):
    total = count("в")
    assert total > 6
    first = search_page("в", 0, 3)
    second = search_page("в", 3, 3)
    assert first.total == second.total == total
    assert len(first.hits) == len(second.hits) == 3
    assert {(h.kind, h.start) for h in first.hits}.isdisjoint({(h.kind, h.start) for h in second.hits})


def test_a_note_is_found_by_its_word_forms_and_the_snippet_is_cut_at_words(corpus):
    ar = corpus[1]
    start = ar.text.index("قوات حفظ سلام")
    made = service.highlight(ar.id, start, start + len("قوات حفظ سلام"),
                             note="The ministry rules out sending peacekeeping troops for now").value
    (hit,) = [h for h in search("troop") if h.annotation_id == made]
    assert hit.quote == "قوات حفظ سلام" and "troops" in hit.note
    assert [hit.text[s:e] for s, e in hit.spans] == ["troops"]
    paragraph = next(h for h in search("الخارجية") if h.kind == "paragraph" and len(h.text) > 120)
    snippet, spans = paragraph.snippet(80)
    assert len(snippet) <= 82 and snippet.endswith("…")
    assert snippet[-2] != " " and snippet[:-1].split()[-1] in paragraph.text.split()  # a whole word before "…"
    assert [snippet[s:e] for s, e in spans][0] in paragraph.text


def test_a_result_for_a_note_puts_quote_and_note_on_lines_of_their_own(corpus, qapp):
    from desktop.ui.search_panel import hit_lines, result_document

    ar = corpus[1]
    start = ar.text.index("قوات حفظ سلام")
    made = service.highlight(ar.id, start, start + len("قوات حفظ سلام"), note="peacekeeping troops").value
    (hit,) = [h for h in search("قوات") if h.annotation_id == made]
    lines = hit_lines(hit, "Arabic · annotation")
    document = result_document(lines, QFont(), 300, QColor("black"))
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    assert blocks[1] == ("قوات حفظ سلام", Qt.LayoutDirection.RightToLeft)
    assert blocks[2][0].endswith("peacekeeping troops") and blocks[2][1] == Qt.LayoutDirection.LeftToRight
    # The matched word is marked: its characters have a background, the others none.
    quote = document.findBlockByNumber(1)
    marked = [f.format.background().style() != Qt.BrushStyle.NoBrush for f in _fragments(quote)]
    assert marked == [True] + [False] * (len(marked) - 1)


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield type("F", (), {"format": it.fragment().charFormat(), "text": it.fragment().text()})
        it += 1


def test_an_old_database_migrates_to_the_stemmed_index(data_dir):
    with sqlite3.connect(data_dir.database) as conn:
        cursor = conn.cursor()

        class Raw:
            def execute_sql(self, sql, params=()):
                return cursor.execute(sql, params)

        for migration in MIGRATIONS[:3]:
            migration(Raw())
        conn.execute("PRAGMA user_version = 3")
        conn.execute(
            "INSERT INTO document VALUES ('abcd1234', 'abcd1234ff', 'Bericht', 'de', 'ltr', 'x.txt', "
            "'Die Truppen bleiben.\nDie Mission beginnt.', 40, 2, 1, NULL, '2025-01-01 00:00:00')")
    open_database(data_dir.database)
    from desktop.storage.database import db, schema_version

    assert schema_version(db) == SCHEMA_VERSION == 6
    assert [h.document_id for h in search("Truppe")] == ["abcd1234"]
    close_database()


def test_the_command_line_search_finds_word_forms_marks_them_and_pages(tmp_path):
    from tests.test_cli import triptych

    d = tmp_path / "d"
    out = triptych("search", "Truppe", data_dir=d)
    assert out.returncode == 0, out.stderr
    assert "[Truppen]" in out.stdout  # the other form, marked
    first = json.loads(triptych("search", "в", "--json", "--limit", "2", data_dir=d).stdout)
    second = json.loads(triptych("search", "в", "--json", "--limit", "2", "--offset", "2", data_dir=d).stdout)
    assert len(first) == len(second) == 2 and first != second
    paged = triptych("search", "в", "--limit", "2", data_dir=d)
    assert "the next ones with --offset 2" in paged.stderr
    bad = triptych("search", "в", "--limit", "0", data_dir=d)
    assert bad.returncode == 1 and "--limit" in bad.stderr and "Traceback" not in bad.stderr
