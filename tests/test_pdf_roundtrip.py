"""Triptych's own PDFs come back as they were: an exported article (alone, with highlights
and margin notes, with translations under its sentences) imported again gives back its
paragraphs, their kinds and its title -- never the title block, notes or translations the
export added, which the export marks as such; the first export's PDFs lose their title
block too. And what every producer's PDF goes through: the spaces a PDF draws, gaps where
it draws none, spaces drawn in odd places, an empty /ActualText on a hyphen, and PDFium's
own mirroring of brackets and quotation marks in right-to-left text, undone."""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

import pytest

from desktop.core.kinds import decode_kinds
from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from desktop.services.sources.pdf import _undo_pdfium_mirroring, read_pdf
from desktop.services.sources.pdf_layout import Char, build_lines, is_rtl_char
from tests.support.annotated import make_annotated
from tests.support.pdf_check import flat
from tests.support.pdfium_writer import Run, text_page_chars, write_pdf

DATA = Path(__file__).parent / "data" / "pdf"


@pytest.fixture
def bundled(corpus):
    return {d.language: d for d in corpus}


def paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("language", ["ru", "ar", "de"])
def test_an_exported_article_comes_back_paragraph_for_paragraph(bundled, tmp_path, language):
    document = bundled[language]
    path = export(ExportRequest(format="pdf", documents=[document.id]), tmp_path / "article.pdf")
    article = read_pdf(path.read_bytes(), path.name)
    assert paragraphs(article.text) == paragraphs(document.text)  # the Arabic one across a page break
    assert article.kinds == decode_kinds(document.kinds, len(paragraphs(document.text)))  # headings stay headings
    assert article.title == document.title  # the German article's title is not part of its text


@pytest.mark.parametrize("language", ["ar", "de"])
def test_notes_and_translations_stay_out_of_the_article(bundled, tmp_path, language):
    from desktop.services.translation import document_sentences
    from desktop.storage import translations

    make_annotated(list(bundled.values()))  # margin notes on both sides of the text, links, tags
    document = bundled[language]
    sentences = document_sentences(document.text)
    translations.store(document.id, "en", "test-model", [(s.start, s.end, f"English sentence number {i}.")
                                                         for i, s in enumerate(sentences)])
    path = export(ExportRequest("pdf", documents=[document.id], with_translation=True, target="en",
                                author="Jane Doe"), tmp_path / "annotated.pdf")
    printed = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # The byline may wrap (a bundled article's source is long): its lines read as one.
    byline = flat(re.sub("[\u202a-\u202e]", "", printed))
    assert "English sentence number 3" in printed and "Triptych " + document.id in byline
    article = read_pdf(path.read_bytes(), path.name)
    assert paragraphs(article.text) == paragraphs(document.text)
    assert article.title == document.title


def test_the_export_marks_what_it_adds_around_the_article(bundled, tmp_path):
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    document = bundled["de"]  # its title is printed but is not part of its text
    path = export(ExportRequest(format="pdf", documents=[document.id]), tmp_path / "de.pdf")
    reader = PdfReader(str(path))
    lines: list[tuple[str | None, str]] = []
    for page in reader.pages:
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC" and "/ActualText" in operands[1]:
                lines.append((operands[1].get("/TriptychPart"), str(operands[1]["/ActualText"])))
    parts = {part for part, _ in lines if part}
    assert parts == {"title", "byline"}
    assert "".join(text for part, text in lines if part == "title") == document.title  # a wrapped line keeps its space
    article = " ".join(" ".join(text for part, text in lines if part is None).split())
    assert article == " ".join(document.text.split())  # every line of the article, and nothing else


def test_a_pdf_from_the_first_export_loses_its_title_block_too(bundled):
    article = read_pdf((DATA / "first-export-de.pdf").read_bytes(), "first-export-de.pdf")
    document = bundled["de"]
    assert article.title == document.title
    assert " ".join(article.text.split()) == " ".join(document.text.split())


# -- word gaps, for every producer ----------------------------------------------------------

def line_of(words: list[str], *, gap: float, letter: float = 5.0, spaces: bool | list[bool] = True,
            size: float = 10.0, rtl: bool = False) -> list[Char]:
    """Characters of one line drawn left to right (a right-to-left line's words in visual
    order, the letters of its right-to-left words reversed), ``gap`` points between words,
    a drawn space in each gap where ``spaces`` says so."""
    shown = [w[::-1] if is_rtl_char(w[0]) else w for w in reversed(words)] if rtl else words
    drawn = spaces if isinstance(spaces, list) else [spaces] * (len(shown) - 1)
    chars: list[Char] = []
    x = 50.0
    for index, word in enumerate(shown):
        for ch in word:
            chars.append(Char(ch, x, x + letter, 100.0, 100.0 + size, 102.0, size))
            x += letter
        if index < len(shown) - 1:
            if drawn[len(shown) - 2 - index if rtl else index]:
                chars.append(Char(" ", x, x + gap, 100.0, 100.0 + size, 102.0, size))
            x += gap
    return chars


def read_line(chars: list[Char], rtl: bool | None = None) -> str:
    (line,) = build_lines(chars, 600, 800, 0, rtl)
    return line.text


def test_spaces_a_pdf_draws_end_words_even_where_they_are_narrow():
    words = ["باكو", "تضع", "شرطا", "أساسيا"]
    # 0.15 em: narrower than the widest gap an Arabic letter that does not join leaves.
    assert read_line(line_of(words, gap=1.5, rtl=True)) == "باكو تضع شرطا أساسيا"
    assert read_line(line_of(["Der", "Plan", "steht"], gap=1.0)) == "Der Plan steht"


def test_where_a_pdf_draws_no_spaces_the_gaps_tell():
    assert read_line(line_of(["Der", "Plan", "steht"], gap=3.0, spaces=False)) == "Der Plan steht"
    assert read_line(line_of(["باكو", "تضع"], gap=3.5, spaces=False, rtl=True)) == "باكو تضع"
    assert read_line(line_of(["Plan", "steht"], gap=0.8, spaces=False)) == "Plansteht"  # kerning, not a space


def test_a_line_with_spaces_of_its_own_needs_most_of_a_space_for_a_gap():
    # Its producer draws its spaces (5 pt): a 2.5 pt gap with none is letter spacing.
    chars = line_of(["Der", "Pl", "an"], gap=5.0, spaces=[True, False])
    chars = [c if c.text != "a" else Char("a", c.x0 - 2.5, c.x1 - 2.5, c.y0, c.y1, c.baseline, c.size)
             for c in chars]
    chars = [c if c.text != "n" else Char("n", c.x0 - 2.5, c.x1 - 2.5, c.y0, c.y1, c.baseline, c.size)
             for c in chars]
    assert read_line(chars) == "Der Plan"


def test_a_space_drawn_where_the_letters_touch_is_not_a_word_end():
    # Qt's QPdfWriter draws some spaces inside Arabic words, with no room around them.
    chars = line_of(["جزءا", "من"], gap=3.0, rtl=True)
    inside = next(c for c in chars if c.text == "ء")
    chars.append(Char(" ", inside.x1 - 1.0, inside.x1 - 1.0, 100.0, 110.0, 102.0, 10.0))
    assert read_line(chars) == "جزءا من"


def test_a_short_line_that_ends_an_arabic_paragraph_stays_right_to_left():
    chars = line_of(["جندي", "NATO"], gap=3.0, rtl=True)
    assert read_line(chars, rtl=True) == "جندي NATO"  # as many Latin letters as Arabic ones


def test_an_empty_actual_text_on_a_hyphen_leaves_the_word_whole():
    data = write_pdf([[Run("Die Kom", 20, 250), Run("-", 63.4, 250, actual_text=""),
                       Run("mission tagt in Baku.", 20, 235)]])
    assert read_pdf(data, "hyphen.pdf").text == "Die Kommission tagt in Baku."


def test_a_whole_line_in_its_actual_text_is_read_as_stated():
    # One text object drawn as "Baku" but standing for "Baku, Azerbaijan": the PDF says so.
    data = write_pdf([[Run("Talks in Baku", 20, 250, actual_text="Talks in Baku, Azerbaijan"),
                       Run("went on for a week.", 20, 235)]])
    assert read_pdf(data, "actual.pdf").text == "Talks in Baku, Azerbaijan went on for a week."


# -- PDFium's mirroring -------------------------------------------------------------------

def test_pdfium_s_own_mirroring_in_right_to_left_runs_is_undone_exactly():
    """PDFium's text page mirrors brackets and quotation marks it finds in right-to-left
    runs; on lines PDFium itself wrote (in logical order, one per page), undoing it gives
    each position its character back."""
    tokens = ["אבג", "שלום", "باكو", "abc", "NATO", "20", "2735", "(", ")", "[", "]", "“", "”", "«", "»", "‘",
              "’", "<", ">", " ", " ", ",", ".", ":", "-"]
    rng = random.Random(12)
    lines = [re.sub(" +", " ", "".join(rng.choice(tokens) for _ in range(rng.randint(3, 9)))).strip() or "א"
             for _ in range(150)]
    data = write_pdf([[Run(line, 20, 100)] for line in lines], width=500, height=200)
    mirrored = 0
    for line, chars in zip(lines, text_page_chars(data), strict=True):
        chars = [(ch, x) for ch, x in chars if ch not in "\r\n"]
        restored = _undo_pdfium_mirroring([ch for ch, _ in chars], [False] * len(chars))
        mirrored += sum(1 for (ch, _), back in zip(chars, restored, strict=True) if ch != back)
        by_place = "".join(back for (_, x), back in sorted(zip(chars, restored, strict=True), key=lambda t: t[0][1]))
        assert by_place == line
    assert mirrored > 50  # PDFium did mirror: the test saw its rule at work


def arabic_sentence() -> str:
    return ("قال الوزير (أمس) إن «القرار» نهائي، وأضاف: “لن نرسل [قوات] قبل وقف النار” في 20 ألف جندي "
            "{NATO}.")


def test_brackets_and_quotes_keep_their_direction_in_a_qt_pdf(tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument, QTextOption

    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    document = QTextDocument()
    document.setHtml(f'<p dir="rtl" style="font-size:14pt">{arabic_sentence()}</p>')
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(option)
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    painter = QPainter(writer)
    document.drawContents(painter)
    painter.end()
    assert read_pdf(path.read_bytes(), "qt.pdf").text == arabic_sentence()


@pytest.mark.slow
def test_brackets_and_quotes_keep_their_direction_in_a_chromium_pdf(tmp_path):
    from tests.test_pdf_import import print_with_chromium

    markup = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>body{{font-size:14pt}}</style></head>'
              f"<body><p>{arabic_sentence()}</p><p>{arabic_sentence()}</p></body></html>")
    pdf = print_with_chromium(markup, tmp_path, "brackets")
    assert read_pdf(pdf.read_bytes(), pdf.name).text.split("\n") == [arabic_sentence()] * 2
