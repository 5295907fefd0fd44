"""The text model: normalisation, paragraphs, direction, titles, offsets."""

from __future__ import annotations

import pytest

from desktop.core.direction import Direction, document_direction, paragraph_direction
from desktop.core.text import Utf16Offsets, content_hash, normalise_text, split_paragraphs
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
