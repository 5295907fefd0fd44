"""The claims matrix: rows from links, tags and the aligner; Markdown and CSV."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from desktop.core.align_features import Passage
from desktop.core.alignment import Alignment, Match
from desktop.core.claims import ABSENT, CONTRADICTED, PRESENT, Highlight, LinkEdge, claims_matrix
from desktop.services import annotation_service as service
from desktop.services.claims import comparison_claims, matrix_csv, matrix_markdown
from desktop.services.compare import compare_documents
from tests.test_cli import triptych

pytestmark = pytest.mark.both_engines

TEXTS = {"a": "Alpha says X. Alpha adds Y.", "b": "Beta says X too. Beta | pipes.", "c": "Gamma denies X."}


def _alignment(matches=()):
    sentences = {"a": (Passage("a", 0, 0, 13), Passage("a", 0, 14, 27)), "b": (Passage("b", 0, 0, 16),
                 Passage("b", 0, 17, 30)), "c": (Passage("c", 0, 0, 15),)}
    paragraphs = {d: (Passage(d, 0, 0, len(t)),) for d, t in TEXTS.items()}
    matched = {p for m in matches for p in (m.a, m.b)}
    only = tuple(p for d in "abc" for p in sentences[d] if p not in matched)
    return Alignment("en", ("a", "b", "c"), sentences, paragraphs, tuple(matches), only)


def _h(hid, doc, start, end, tags=()):
    return Highlight(hid, Passage(doc, 0, start, end), TEXTS[doc][start:end], tags)


def test_a_link_group_is_a_row_and_a_contradiction_fills_its_own_column():
    highlights = [_h("x1", "a", 0, 13), _h("x2", "b", 0, 16), _h("x3", "c", 0, 15)]
    links = [LinkEdge("x1", "x2", "same_claim"), LinkEdge("x2", "x3", "contradicts")]
    matrix = claims_matrix(_alignment(), TEXTS, highlights, links, suggestions=False)
    (row,) = matrix.claims
    assert row.kind == "link" and row.label == "Alpha says X."
    assert [row.cells[d].state for d in "abc"] == [PRESENT, PRESENT, CONTRADICTED]
    assert row.cells["c"].quote == "Gamma denies X."


def test_an_omits_link_marks_the_article_that_leaves_the_claim_out():
    highlights = [_h("y1", "a", 14, 27), _h("y2", "b", 17, 30), _h("y3", "c", 0, 15)]
    links = [LinkEdge("y1", "y2", "same_claim"), LinkEdge("y1", "y3", "omits")]
    (row,) = claims_matrix(_alignment(), TEXTS, highlights, links, suggestions=False).claims
    assert [row.cells[d].state for d in "abc"] == [PRESENT, PRESENT, ABSENT]


def test_a_tag_is_a_row_of_the_highlights_that_carry_it():
    highlights = [_h("t1", "a", 0, 5, ("claim",)), _h("t2", "c", 0, 5, ("claim", "denial"))]
    matrix = claims_matrix(_alignment(), TEXTS, highlights, [], suggestions=False)
    assert [(r.label, [r.cells[d].state for d in "abc"]) for r in matrix.claims] == [
        ("claim", [PRESENT, ABSENT, PRESENT]), ("denial", [ABSENT, ABSENT, PRESENT])]


def test_the_aligners_correspondences_are_suggested_rows_and_each_passage_is_in_one():
    a0, b0, c0 = Passage("a", 0, 0, 13), Passage("b", 0, 0, 16), Passage("c", 0, 0, 15)
    alignment = _alignment([Match(a0, b0, 0.4, ("translation",)), Match(b0, c0, 0.3, ("translation",))])
    matrix = claims_matrix(alignment, TEXTS)
    (row,) = matrix.claims
    assert row.kind == "suggested" and [row.cells[d].state for d in "abc"] == [PRESENT] * 3
    assert matrix.only_here == {"a": (Passage("a", 0, 14, 27),), "b": (Passage("b", 0, 17, 30),), "c": ()}


def test_markdown_and_csv_of_the_bundled_articles(corpus):
    ru, ar, de = corpus
    a = service.highlight(ru.id, 0, 40, tags=["USA"]).value
    b = service.highlight(de.id, de.text.index("wandten"), de.text.index("wandten") + 30, tags=["USA"]).value
    service.link(a, b, "same_claim")
    comparison = compare_documents([ru.id, ar.id, de.id], "en", translate=False)
    matrix = comparison_claims(comparison)
    assert [c.kind for c in matrix.claims][:2] == ["link", "tag"]
    md = matrix_markdown(matrix, comparison)
    header = f"| Claim | {ru.title} (Russian) | {ar.title} (Arabic) | {de.title} (German) |"
    assert md.startswith("# Claims\n\n" + header)
    table = [line for line in md.splitlines() if line.startswith("| ")]
    assert all(line.count(" | ") == 3 for line in table)  # no quote breaks a row
    assert "## What only one article says" in md and "Rubio" in md
    # The link's relation is said (seen: "linked", and which kind of link was lost).
    assert [line for line in table if line.startswith("| linked")][0].startswith("| linked (same claim): ")
    rows = list(csv.reader(io.StringIO(matrix_csv(matrix, comparison))))
    assert rows[0][:7] == ["kind", "relations", "claim", f"{ru.title} (Russian) state",
                           f"{ru.title} (Russian) paragraphs", f"{ru.title} (Russian) quote",
                           f"{ru.title} (Russian) English translation"]
    assert rows[1][:2] == ["linked", "same claim"]
    assert rows[1][3] == PRESENT and rows[1][7] == ABSENT and rows[1][11] == PRESENT
    assert rows[1][6] == ""  # no translation loaded: none said
    # Where each passage is: its paragraph counted from 1, as the Markdown and the PDF say ¶1.
    linked = matrix.claims[0]
    assert rows[1][4] == "; ".join(str(p.paragraph + 1) for p in linked.cells[ru.id].passages)
    assert rows[1][8] == "" and rows[1][4].split("; ")[0].isdigit()
    assert {r[0] for r in rows[1:]} <= {"linked", "tag", "suggested", "only here"}
    assert all(r[1] == "" for r in rows[2:] if r[0] != "linked")
    assert any(r[0] == "only here" and "Rubio" in r[2] for r in rows)
    assert matrix_csv(matrix, comparison, bom=True).startswith("\ufeffkind,")


def test_compare_prints_the_matrix_on_the_command_line(tmp_path):
    import json

    data = tmp_path / "d"
    ids = [r["id"] for r in json.loads(triptych("list", "--json", data_dir=data).stdout)]
    result = triptych("compare", *ids, "--matrix", "md", data_dir=data)
    assert result.returncode == 0 and result.stdout.startswith("# Claims")
    assert "## What only one article says" in result.stdout


def _bundled_matrix(corpus):
    from desktop.services.translation_load import load_translation
    from tests.support.compare_eval import DATA

    for document in corpus:
        load_translation(document.id, "en", DATA / "bundled" / f"{document.language}.en.txt")
    comparison = compare_documents([d.id for d in corpus], "en", translate=False)
    return comparison, comparison_claims(comparison)


def test_the_exports_name_the_articles_by_title_and_count_paragraphs_from_one(corpus):
    """Seen: columns headed "c59b81fd (ru)", and "¶0" for the first paragraph."""
    from desktop.core.text import split_paragraphs

    comparison, matrix = _bundled_matrix(corpus)
    md = matrix_markdown(matrix, comparison)
    titles = [f"{d.title} ({name})" for d, name in zip(corpus, ("Russian", "Arabic", "German"), strict=True)]
    assert md.splitlines()[2] == "| Claim | " + " | ".join(titles) + " |"
    assert all(d.id not in md for d in corpus)
    assert [line.removeprefix("### ") for line in md.splitlines() if line.startswith("### ")] == titles
    header = next(csv.reader(io.StringIO(matrix_csv(matrix, comparison))))
    assert header[3::4] == [f"{t} state" for t in titles] and header[5::4] == [f"{t} quote" for t in titles]
    assert header[4::4] == [f"{t} paragraphs" for t in titles]
    assert header[6::4] == [f"{t} English translation" for t in titles]
    # Each "¶N" is the Nth paragraph counted from 1, and holds the quote beside it.
    listed = [line for line in md.splitlines() if line.startswith("- ¶")]
    only = [p for d in matrix.documents for p in matrix.only_here[d]]
    assert len(listed) == len(only) > 0 and any(p.paragraph == 0 for p in only)
    for line, passage in zip(listed, only, strict=True):
        number, quote = line.removeprefix("- ¶").split(": ", 1)
        paragraph = split_paragraphs(comparison.texts[passage.doc])[int(number) - 1]
        assert " ".join(quote.removesuffix("…").split()[:3]) in " ".join(paragraph.text.split()), line
    assert "¶0" not in md
    assert passage.paragraph == int(number) - 1  # the matrix itself (and JSON) keeps the 0-based index


def test_the_exports_cut_a_long_quote_between_words_or_give_it_whole(corpus):
    """Seen: "…присоединиться к стаби…" in the Markdown table."""
    comparison, matrix = _bundled_matrix(corpus)
    md = matrix_markdown(matrix, comparison)
    quotes = {" ".join(c.quote.split()) for claim in matrix.claims for c in claim.cells.values() if c.quote}
    quotes |= {" ".join(comparison.quote(p).split()) for d in matrix.documents for p in matrix.only_here[d]}
    quotes |= {c.translation for claim in matrix.claims for c in claim.cells.values() if c.translation}  # in English
    quotes |= {comparison.translation(p) for d in matrix.documents for p in matrix.only_here[d]} - {""}
    shown = []
    for line in md.splitlines():
        if line.startswith("| ") and not line.startswith(("| ---", "| Claim |")):
            for cell in line.strip("| ").split(" | ")[1:]:  # "present: “quote” (English: “translation”)"
                if cell != "absent":
                    quote, _, english = cell.split(": ", 1)[1].partition(" (English: ")
                    shown += [quote.removeprefix("“").removesuffix("”"), *([english[1:-2]] if english else [])]
        elif line.startswith("- ¶"):  # "- ¶3: quote (English: “translation”)"
            quote, _, english = line.split(": ", 1)[1].partition(" (English: ")
            shown += [quote, *([english[1:-2]] if english else [])]
    cut = [q.removesuffix("…") for q in shown if q.endswith("…")]
    assert len(cut) >= 3
    for kept in cut:
        whole = next((q for q in quotes if q.startswith(kept)), None)
        assert whole is not None, kept
        assert not whole[len(kept)].isalnum(), kept[-20:] + "|" + whole[len(kept):][:20]  # not inside a word
    rows = list(csv.reader(io.StringIO(matrix_csv(matrix, comparison))))
    assert {" ".join(c.split()) for r in rows[1:] for c in r[5::4] + r[6::4] if c} <= quotes  # CSV: every quote whole


def test_the_comparison_for_people_counts_paragraphs_from_one_and_its_json_from_zero(corpus):
    from desktop.services.compare_report import comparison_json, comparison_text

    comparison, _matrix = _bundled_matrix(corpus)
    first = next(p for p in comparison.alignment.only_in if p.paragraph == 0)
    text = comparison_text(comparison)
    assert "¶0" not in text and "¶1 " in text
    assert any(o["paragraph"] == 0 and o["start"] == first.start for o in comparison_json(comparison)["only_in"])


def test_a_linked_suggestion_is_no_longer_a_suggested_row_of_its_own(corpus):
    """Seen: after Alt+Return the matrix showed the new "Linked" row and, below it, the
    same two quotes again as a "Suggested" row."""
    comparison, before = _bundled_matrix(corpus)
    pair = next(c for c in before.claims if c.kind == "suggested"
                and sum(cell.state == PRESENT for cell in c.cells.values()) == 2)
    (a, b) = [cell.passages[0] for cell in pair.cells.values() if cell.state == PRESENT]
    service.link_passages((a.doc, a.start, a.end), (b.doc, b.start, b.end), "same_claim")
    after = comparison_claims(compare_documents([d.id for d in corpus], "en", translate=False))
    linked = [c for c in after.claims if c.kind == "link"]
    assert [{d: cell.quote for d, cell in c.cells.items() if cell.state == PRESENT} for c in linked] == [
        {a.doc: comparison.quote(a), b.doc: comparison.quote(b)}]
    held = {(a.doc, a.start), (b.doc, b.start)}
    for row in (c for c in after.claims if c.kind == "suggested"):
        shown = {(p.doc, p.start) for cell in row.cells.values() for p in cell.passages}
        # No row repeats the link; a linked sentence is in a suggestion only beside a sentence
        # that no link holds (the desk suggests that one says the linked claim too).
        assert not held <= shown
        assert shown - held
    # Every other suggestion is still there.
    others = [c for c in before.claims if c.kind == "suggested" and c is not pair]
    assert {c.label for c in others} <= {c.label for c in after.claims if c.kind == "suggested"} | {
        comparison.quote(a), comparison.quote(b)}


def test_a_suggestion_that_reaches_a_linked_sentence_from_a_third_article_stays_in_the_matrix():
    """The Russian sentence that the desk matched to a German one vanished from the matrix
    (no row, not "only here") once the German one was linked to an Arabic one."""
    a0, c0 = Passage("a", 0, 0, 13), Passage("c", 0, 0, 15)
    highlights = [_h("x1", "a", 0, 13), _h("x2", "b", 0, 16)]
    links = [LinkEdge("x1", "x2", "contradicts")]
    ab = Match(a0, Passage("b", 0, 0, 16), 1.0, ("link",), "contradicts")
    matrix = claims_matrix(_alignment([ab, Match(a0, c0, 0.5, ("translation",))]), TEXTS, highlights, links)
    linked, suggested = matrix.claims
    assert linked.kind == "link" and [linked.cells[d].state for d in "abc"] == [PRESENT, CONTRADICTED, ABSENT]
    assert suggested.kind == "suggested"
    assert [suggested.cells[d].state for d in "abc"] == [PRESENT, ABSENT, PRESENT]
    assert suggested.cells["c"].passages == (c0,)
    assert c0 not in matrix.only_here["c"]
    # A suggestion between two sentences a link row already holds is no row of its own.
    both = Match(a0, Passage("b", 0, 0, 16), 0.5, ("translation",))
    assert [r.kind for r in claims_matrix(_alignment([both]), TEXTS, highlights, links).claims] == ["link"]


def test_with_translations_every_quote_says_in_english_what_it_says(corpus):
    """A reader of English who reads neither Russian nor Arabic could not use the matrix:
    its claims and quotes were in the articles' languages only, though the articles were
    compared through English translations."""
    from desktop.services.translation_load import load_translation

    bundled = Path(__file__).parent / "data" / "compare" / "bundled"
    for document in corpus:
        load_translation(document.id, "en", bundled / f"{document.language}.en.txt")
    ru, ar, de = corpus
    start = ru.text.index("Надёжные")
    a = service.highlight(ru.id, start, start + 30).value
    b = service.highlight(de.id, de.text.index("wandten"), de.text.index("wandten") + 30).value
    service.link(a, b, "same_claim")
    comparison = compare_documents([ru.id, ar.id, de.id], "en", translate=False)
    matrix = comparison_claims(comparison)
    linked = matrix.claims[0]
    russian = linked.cells[ru.id]
    # A highlight of part of a sentence: its sentence's translation.
    assert russian.translation.startswith("Reliable sources told AnewZ that the United States")
    assert linked.translation == russian.translation  # the claim is named in English too
    assert all(c.translation for c in matrix.claims if c.kind == "suggested")
    md = matrix_markdown(matrix, comparison)
    assert f"(English: “{russian.translation[:40]}" in md
    assert "| linked (same claim): Reliable sources" in md
    rows = list(csv.reader(io.StringIO(matrix_csv(matrix, comparison))))
    assert rows[1][2].startswith("Reliable sources") and rows[1][6] == russian.translation
    only = next(r for r in rows if r[0] == "only here" and "Rubio" in r[2])  # the only-here rows, in English
    assert re.search("[A-Za-z]", only[2])
