"""Search folding: what a reader types finds what the article wrote."""

from __future__ import annotations

import pytest

from desktop.core.normalize import find_all, fold, fold_with_map


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("شرطا", "شرطًا"),  # tanween
        ("محمد", "مُحَمَّد"),  # harakat and shadda
        ("العربيه", "العربيـــة"),  # tatweel, teh marbuta
        ("الاسرائيلي", "الإسرائيلي"),  # alef with hamza below
        ("اكد", "أكد"),  # alef with hamza above
        ("القران", "القرآن"),  # alef with madda
        ("مسئولية", "مسؤولية"),  # hamza on yeh / on waw
        ("علي", "على"),  # alef maqsura
        ("надежные", "Надёжные"),
        ("ЕЩЕ", "ещё"),
        ("aussenminister", "Außenminister"),
        ("AUSSENMINISTER", "außenminister"),
        ("prasident", "Präsident"),
        ("anewz", "AnewZ"),
    ],
)
def test_folding_matches(typed, written):
    assert fold(typed) == fold(written) or fold(typed) in fold(written)


def test_folding_keeps_different_letters_apart():
    assert fold("باكو") != fold("بانو")
    assert fold("мир") != fold("мор")
    assert fold("Rat") != fold("Rot")


def test_matches_map_back_to_the_original_text():
    text = "قال المصدر: شرطًا أساسيًا. Außenminister Rubio; Надёжные источники."
    (start, end), = find_all(text, "شرطا")
    assert text[start:end] == "شرطًا"
    (start, end), = find_all(text, "aussenminister")
    assert text[start:end] == "Außenminister"
    (start, end), = find_all(text, "надежные")
    assert text[start:end] == "Надёжные"
    assert find_all(text, "") == []
    assert find_all(text, "nothing") == []


def test_every_match_is_found_once():
    text = "Baku, BAKU and baku."
    assert [text[s:e] for s, e in find_all(text, "baku")] == ["Baku", "BAKU", "baku"]


def test_fold_map_has_an_entry_per_folded_character():
    folded, offsets = fold_with_map("Straße")
    assert folded == "strasse"
    assert len(offsets) == len(folded) + 1
    assert offsets[4] == offsets[5] == 4
