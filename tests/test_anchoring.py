"""Anchors survive edits: quote and context first, then position, fuzzy when changed a little."""

from __future__ import annotations

import pytest

from desktop.core.anchoring import describe, find_quote, place

ARABIC = (
    "أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة في الوقت الحالي، "
    "مشيرًا إلى أن أي مشاركة محتملة ستبقى مرهونة بوقف شامل ودائم للقتال بين إسرائيل وحركة حماس."
)
RUSSIAN = (
    "Надёжные источники сообщили AnewZ, что США предложили Азербайджану присоединиться к стабилизационным силам "
    "в Газе – международной миссии, призванной обеспечить безопасность на территории после прекращения боевых действий."
)


def _selector(text: str, quote: str):
    start = text.index(quote)
    return describe(text, start, start + len(quote))


@pytest.mark.parametrize(("text", "quote"), [(ARABIC, "بوقف شامل ودائم"), (RUSSIAN, "стабилизационным силам")])
class TestEdits:
    def test_unchanged_text_places_by_position(self, text, quote):
        placement = place(text, _selector(text, quote))
        assert text[placement.start : placement.end] == quote and placement.method == "position"

    def test_edit_before_the_passage_moves_it(self, text, quote):
        edited = "مقدمة جديدة. " + text if text is ARABIC else "Новое вступление. " + text
        placement = place(edited, _selector(text, quote))
        assert edited[placement.start : placement.end] == quote and placement.method == "quote"

    def test_edit_after_the_passage_keeps_it(self, text, quote):
        edited = text + (" وأضاف المصدر تفاصيل أخرى." if text is ARABIC else " Источник добавил подробности.")
        placement = place(edited, _selector(text, quote))
        assert edited[placement.start : placement.end] == quote

    def test_edit_inside_the_passage_is_found_fuzzily(self, text, quote):
        changed = {"بوقف شامل ودائم": "بوقف كامل ودائم", "стабилизационным силам": "стабилизационными силами"}[quote]
        edited = text.replace(quote, changed)
        placement = place(edited, _selector(text, quote))
        assert placement is not None and placement.method == "fuzzy"
        assert edited[placement.start : placement.end] == changed

    def test_a_deleted_passage_cannot_be_placed(self, text, quote):
        edited = text.replace(quote, "")
        assert place(edited, _selector(text, quote)) is None


def test_repeated_quote_is_told_apart_by_its_context():
    text = "Baku said yes. Later, Ankara said yes. Then Moscow said no."
    second = text.index("said yes", 10)
    selector = describe(text, second, second + len("said yes"))
    edited = "Breaking: " + text.replace("Then Moscow", "Finally Moscow")
    placement = place(edited, selector)
    assert edited[placement.start - 7 : placement.end] == "Ankara said yes"


def test_find_quote_reports_ambiguity_and_occurrences():
    text = "Baku, Baku and Baku"
    assert find_quote(text, "Baku") == [0, 6, 15]
    assert find_quote(text, "Baku", 2) == (6, 10)
    assert find_quote(text, "Baku", 4) == []
    assert find_quote(text, "Ankara") == []
    assert find_quote(text, "and") == (11, 14)


def test_selectors_are_in_code_points_of_the_logical_text():
    text = "قال 😀 المصدر"
    selector = describe(text, 6, 12)
    assert selector.exact == "المصدر" and (selector.start, selector.end) == (6, 12)
