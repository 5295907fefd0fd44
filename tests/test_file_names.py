"""The file name an export proposes: the title, safe on every file system, not too long."""

from __future__ import annotations

import pytest

from desktop.core.file_names import file_name

RUSSIAN = "AnewZ: США предложили Баку присоединиться к стабилизационной миссии в Газе"
ARABIC = "أذربيجان تعلن موقفها من إرسال قوات حفظ سلام إلى غزة"


def test_a_title_keeps_its_words_and_script_and_loses_what_file_systems_refuse():
    assert file_name(ARABIC, ".pdf") == ARABIC + ".pdf"
    assert file_name("Aserbaidschan erwägt Teilnahme an Gaza-Stabilisierungstruppe", ".md") == \
        "Aserbaidschan erwägt Teilnahme an Gaza-Stabilisierungstruppe.md"
    assert file_name(RUSSIAN, ".pdf") == "AnewZ США предложили Баку присоединиться к стабилизационной миссии в Газе.pdf"
    assert file_name('Who said "no"? A/B: 50% <draft>|final*', ".csv") == "Who said no A B 50% draft final.csv"
    assert file_name("Line one\nline\ttwo\u202e", ".json") == "Line one line two.json"


@pytest.mark.parametrize(("title", "expected"), [
    ("CON", "CON_.pdf"), ("nul", "nul_.pdf"), ("..", "triptych.pdf"), ("   ", "triptych.pdf"), ("", "triptych.pdf"),
    ("Ends with a dot.", "Ends with a dot.pdf"), ("Trailing …", "Trailing.pdf"),
])
def test_names_no_file_system_takes_become_ones_every_one_does(title, expected):
    assert file_name(title, ".pdf") == expected


def test_a_long_title_is_cut_where_a_word_ends_within_the_byte_limit():
    long = " ".join(["Stabilisierungstruppe"] * 20)
    name = file_name(long, ".pdf")
    stem = name.removesuffix(".pdf")
    assert len(stem) <= 80 and long.startswith(stem) and long[len(stem)] == " "
    arabic = file_name(" ".join([ARABIC] * 6), ".pdf", limit=200)
    assert len(arabic.removesuffix(".pdf").encode("utf-8")) <= 180  # two bytes a letter
    assert (" ".join([ARABIC] * 6) + " ").startswith(arabic.removesuffix(".pdf") + " ")
