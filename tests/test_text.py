"""The text model: normalisation, paragraphs, direction, titles, offsets."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.direction import Direction, document_direction, paragraph_direction
from desktop.core.text import ELLIPSIS, Utf16Offsets, content_hash, normalise_text, shorten, split_paragraphs
from desktop.core.title import derive_title
from tests.conftest import ROOT

SEEDS = ROOT / "resources" / "corpus"


def seed(name: str) -> str:
    return normalise_text(next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8"))


def test_line_endings_and_trailing_blank_lines_are_normalised():
    assert normalise_text("a\r\nb\rc\n\n\n\n\nd  \n\n\n") == "a\nb\nc\n\nd"
    assert content_hash("a\r\nb") != content_hash("a\nb")  # hashing is of the normalised form only
    assert content_hash(normalise_text("a\r\nb")) == content_hash(normalise_text("a\nb"))


def test_nfc_makes_the_same_words_hash_alike():
    decomposed = "Pra\u0308sident"
    assert normalise_text(decomposed) == "Präsident"


def test_paragraph_offsets_slice_back_to_the_paragraph():
    for name in ("000", "002", "003"):
        text = seed(name)
        paragraphs = split_paragraphs(text)
        assert paragraphs
        for p in paragraphs:
            assert text[p.start : p.end] == p.text


def test_seed_directions():
    assert document_direction(seed("002")) is Direction.RTL
    assert document_direction(seed("000")) is Direction.LTR
    assert document_direction(seed("003")) is Direction.LTR
    assert all(p.direction is Direction.RTL for p in split_paragraphs(seed("002")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مرحبا بكم في باكو", Direction.RTL),
        ("Hello Baku", Direction.LTR),
        # Starts with a Latin name, but is an Arabic sentence.
        ("AnewZ ذكرت أن الولايات المتحدة طلبت من باكو الانضمام", Direction.RTL),
        # Starts with an Arabic word, but is a German sentence.
        ("غزة ist ein Küstenstreifen am Mittelmeer mit vielen Einwohnern", Direction.LTR),
        ("123 456", Direction.LTR),
        ("Caliber.Az مصدر", Direction.LTR),  # too close to call: the Unicode rule decides
        # an explicit mark at the start states the direction, whatever the letters say
        ("\u200fBBC News, CNN, AFP 2025", Direction.RTL),
        ("\u061cUN 2803", Direction.RTL),
        ("\u200eمرحبا بكم في باكو", Direction.LTR),
    ],
)
def test_paragraph_direction(text, expected):
    assert paragraph_direction(text) is expected


def test_a_left_to_right_paragraph_inside_an_arabic_document_keeps_its_direction():
    text = "هذا نص عربي طويل عن المهمة في غزة\nThis paragraph is an English quotation inside it.\nوهذا نص عربي آخر"
    directions = [p.direction for p in split_paragraphs(text)]
    assert directions == [Direction.RTL, Direction.LTR, Direction.RTL]


def test_titles():
    assert derive_title([p.text for p in split_paragraphs(seed("000"))]).startswith("AnewZ: США предложили Баку")
    german = derive_title([p.text for p in split_paragraphs(seed("003"))])
    assert german.startswith("Im Rahmen des von US-Präsident")
    assert len(german) <= 91 and german.endswith("…")
    assert derive_title(["Short line.", "Body"], fallback="x") == "Short line"
    assert derive_title([], fallback="file") == "file"


def test_utf16_offsets_round_trip_with_astral_characters():
    text = "a😀b𝄞c"
    offsets = Utf16Offsets(text)
    assert [offsets.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [offsets.from_utf16(offsets.to_utf16(i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    plain = Utf16Offsets("abc")
    assert plain.to_utf16(2) == 2 and plain.from_utf16(2) == 2


@pytest.mark.parametrize(("text", "default", "expected"), [
    ("Только кириллица и 2025 год.", Direction.RTL, Direction.LTR),
    ("عربي فقط ٢٠٢٥", Direction.LTR, Direction.RTL),
    ("\u064b\u0640\u0651 123 !", Direction.LTR, Direction.LTR),  # Arabic marks and digits: no letter
    ("\u064b\u0640 123 !", Direction.RTL, Direction.RTL),
    ("AnewZ ذكرت أن الولايات المتحدة طلبت من باكو", Direction.LTR, Direction.RTL),  # a clear majority
    ("AnewZ Caliber ذكرت", Direction.RTL, Direction.LTR),  # a clear majority of Latin letters
    ("AnewZ ذكرت", Direction.RTL, Direction.LTR),  # no clear majority: the first strong letter
    ("ذكرت AnewZ", Direction.LTR, Direction.RTL),
])
def test_a_paragraph_s_direction_from_its_letters_whatever_the_shortcut(text, default, expected):
    """A paragraph in one script is settled by one look for each direction's letters; a
    mixed one by counting them; one with no letter at all (marks, digits) by the default."""
    assert paragraph_direction(text, default) is expected


# -- shortening a quote to a fixed length ------------------------------------------------

LONG_RU = "Надёжные источники сообщили AnewZ, что США предложили Азербайджану присоединиться к силам"
LONG_DE = "Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe für Gaza"
LONG_AR = "أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام"


def _whole_words(shown: str, text: str) -> bool:
    """Whether ``shown`` is ``text``'s beginning, cut after a whole word, with an ellipsis."""
    kept = shown.removesuffix(ELLIPSIS)
    words = text.split()
    return any(kept == " ".join(words[:n]) or kept == " ".join(words[:n]).rstrip(",;:—–-")
               for n in range(1, len(words)))


@pytest.mark.parametrize("text", [LONG_RU, LONG_AR, LONG_DE])
@pytest.mark.parametrize("limit", [15, 20, 33, 47, 60])
def test_shorten_cuts_between_words_within_the_limit(text, limit):
    shown = shorten(text, limit)
    assert len(shown) <= limit and shown.endswith(ELLIPSIS)
    assert _whole_words(shown, text), shown


def test_shorten_leaves_a_short_text_whole_on_one_line():
    assert shorten("  Baku\n said   no. ", 40) == "Baku said no."
    assert shorten("one two", 7) == "one two"


def test_shorten_cuts_a_first_word_longer_than_the_limit_inside_it():
    assert shorten("Stabilisierungstruppe für Gaza", 10) == "Stabilisi…"
    assert shorten("Stabilisierungstruppe", 1) == "…" and shorten("Stabilisierungstruppe", 0) == ""


def test_shorten_keeps_an_arabic_letter_with_its_vowel_marks():
    word = "مُحَمَّدٌ"  # letters, each with its harakat
    long_word = word + "رَسُولُ"
    for limit in range(3, len(long_word)):
        kept = shorten(long_word, limit).removesuffix(ELLIPSIS)
        assert long_word.startswith(kept) and kept, limit
        assert not unicodedata.combining(long_word[len(kept)]), (limit, kept)  # no mark of its last letter left out
    assert shorten(long_word, 4) == "مُ…"  # not "مُح…" without the fatha of its last letter
    assert shorten(f"{word} رَسُولُ اللَّهِ", 12) == word + ELLIPSIS


def test_shorten_leaves_no_comma_before_the_ellipsis_and_keeps_a_closing_quote():
    assert shorten("Baku, Ankara and Cairo", 10) == "Baku…"
    assert shorten("أذربيجان، تركيا ومصر", 15) == "أذربيجان…"
    assert shorten("«Цитата» и ещё слова", 10) == "«Цитата»…"
    assert shorten("He said (no) and left", 15) == "He said (no)…"


def test_the_quote_shorteners_of_messages_reports_and_the_compare_bar_cut_between_words(qapp):
    """They cut the last word in the middle ("Азербайджану присоединит…"); each keeps its own limit."""
    from types import SimpleNamespace

    from desktop.services.compare_report import comparison_text
    from desktop.services.export.w3c_import import clean_tag
    from desktop.ui.compare_bar import article_name

    message = clean_tag("x" * 20 + " " + LONG_RU).message  # too long for a tag name: the name, shortened
    name = message.split("”")[0].removeprefix("“")
    assert len(name) <= 40 and _whole_words(name, "x" * 20 + " " + LONG_RU), name
    passage = SimpleNamespace(doc="ru1", paragraph=0, start=0, end=len(LONG_RU * 2))
    comparison = SimpleNamespace(
        alignment=SimpleNamespace(documents=("ru1", "ru2"), pivot="en", matches=[], only_in=[passage]),
        titles={"ru1": LONG_RU, "ru2": LONG_AR}, languages={"ru1": "ru", "ru2": "ru"},
        texts={"ru1": LONG_RU + " " + LONG_RU, "ru2": LONG_AR}, quote=lambda p: LONG_RU + " " + LONG_RU)
    report = comparison_text(comparison)
    title = report.splitlines()[0].split("“")[1].split("”")[0]
    assert len(title) <= 96 and title == LONG_RU  # whole: it fits
    quote = next(line for line in report.splitlines() if line.startswith("  ¶1  ")).removeprefix("  ¶1  ")
    assert len(quote) <= 96 and _whole_words(quote, LONG_RU + " " + LONG_RU), quote
    named = article_name(comparison, "ru2")  # two Russian articles: the title tells them apart
    shown = named.split("(", 1)[1].rstrip(")").strip("\u2066\u2067\u2068\u2069")
    assert _whole_words(shown, LONG_AR), shown
