"""Markdown and CSV exports as two Markdown renderers, Python's csv module and a
spreadsheet see them: a person's text stays text (escaped; no formula), line breaks
stay, right-to-left quotes and notes keep their direction."""

from __future__ import annotations

import csv
import io
import re

import pytest

from desktop.services.annotating import annotate_quote
from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from desktop.services.export.table import FORMULA_STARTS
from tests.support.annotated import make_annotated

pytestmark = pytest.mark.both_engines

TRICKY = ("<b>not HTML</b> and <UNSC resolution> *stars* _under_ `code` [x](y)\n# not a heading\n- not a list\n"
          "1. not a list\n\nA new paragraph | pipe")


@pytest.fixture
def annotated(corpus):
    made = make_annotated(corpus)
    made["tricky"] = annotate_quote(corpus[2].id, "Baku", occurrence=1, note=TRICKY, tags=["a`b"])
    return made


def _renderers():
    import mistune
    from markdown_it import MarkdownIt

    return {"markdown-it-py": MarkdownIt("commonmark").render, "mistune": mistune.create_markdown(escape=False)}


@pytest.fixture
def rendered(annotated, tmp_path):
    md = tmp_path / "notes.md"
    export(ExportRequest("md"), md)
    text = md.read_text(encoding="utf-8")
    return text, {name: render(text) for name, render in _renderers().items()}


@pytest.mark.parametrize("renderer", ["markdown-it-py", "mistune"])
def test_notes_are_text_with_their_line_breaks(rendered, renderer):
    html = rendered[1][renderer]
    assert "&lt;b&gt;not HTML&lt;/b&gt;" in html and "<b>" not in html
    assert "&lt;UNSC resolution&gt;" in html
    for literal in ("*stars*", "_under_", "`code`", "[x](y)"):
        assert literal in html, literal
    note = html[html.index("UNSC resolution"):html.index("A new paragraph")]
    assert note.count("<br") == 3 and "second line" in html
    assert "<h1" not in note and "<li>" not in note and "<ol" not in note
    assert re.search(r"</p>\s*<p>A new paragraph \| pipe</p>", html) or "<p>A new paragraph | pipe</p>" in html


@pytest.mark.parametrize("renderer", ["markdown-it-py", "mistune"])
def test_headings_notes_and_quotes_carry_their_direction(rendered, renderer, annotated):
    html = rendered[1][renderer]
    assert re.search(r'<h2 dir="auto" lang="ar">أذربيجان', html)
    assert all('dir="auto"' in h for h in re.findall(r"<h[123][^>]*>", html))
    quote = re.search(r'<blockquote dir="rtl" lang="ar">\s*<p>شرطًا أساسيًا</p>\s*</blockquote>', html)
    assert quote, "the Arabic quote is a right-to-left block"
    assert re.search(r'<div dir="auto" lang="ar">\s*<p>مصدر رسمي في الخارجية</p>', html)
    assert "<code>a`b</code>" in html  # a tag with a backtick stays one code span


def test_markdown_names_the_source_as_a_reader_would(rendered):
    text = rendered[0]
    assert "bundled:" not in text and "AnewZ (German edition)" in text


def test_csv_cells_never_start_a_formula(corpus, tmp_path):
    de = corpus[2]
    dangerous = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "＝1+1"]
    for i, note in enumerate(dangerous):
        annotate_quote(de.id, "Aserbaidschan", occurrence=i + 1, note=note, tags=[f"=tag{i}"])
    path = tmp_path / "notes.csv"
    export(ExportRequest("csv", bom=True), path)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert len(rows) == len(dangerous)
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(FORMULA_STARTS), (column, value)
    assert sorted(r["note"] for r in rows) == sorted("'" + n for n in dangerous)
    assert all(r["start"].isdigit() for r in rows)  # numbers stay numbers


def test_csv_rows_have_what_a_spreadsheet_needs(annotated, tmp_path):
    table = tmp_path / "notes.csv"
    export(ExportRequest("csv", bom=True, author="Jane Doe"), table)
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(annotated)
    row = next(r for r in rows if r["quote"] == "شرطًا أساسيًا")
    assert row["language"] == "ar" and row["tags"] == "condition" and "same_claim" in row["links"]
    assert int(row["end"]) - int(row["start"]) == len("شرطًا أساسيًا") and row["author"] == "Jane Doe"
    multi = next(r for r in rows if r["quote"] == "Baku")
    assert multi["note"] == TRICKY  # line breaks survive the round trip through csv
