"""Bytes to text: the encodings people's files come in, and the files that are not text."""

from __future__ import annotations

import codecs

import pytest

from desktop.core.decoding import decode_bytes
from desktop.core.errors import UserError

ARABIC = ("أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة "
          "في الوقت الحالي.")
RUSSIAN = "Надёжные источники сообщили, что США предложили Азербайджану присоединиться к стабилизационным силам в Газе."
GERMAN = ("Der US-Außenminister sagte, die Mission müsse „Menschen umfassen, mit denen Israel sich wohlfühlt“, "
          "über Grenzen hinweg.")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (ARABIC.encode("utf-8"), ARABIC),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), RUSSIAN),
        (ARABIC.encode("utf-16"), ARABIC),  # with BOM, native order
        (codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), RUSSIAN),
    ],
)
def test_unicode_with_and_without_byte_order_marks(data, text):
    assert decode_bytes(data, "f.txt").text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ((ARABIC + "\n") * 3, "cp1256"),
        ((RUSSIAN + "\n") * 3, "cp1251"),
        ((GERMAN.replace("„", '"').replace("“", '"') + "\n") * 3, "latin-1"),
    ],
)
def test_legacy_encodings_are_detected(text, encoding):
    decoded = decode_bytes(text.encode(encoding), "legacy.txt")
    assert decoded.text == text
    assert decoded.encoding != "utf-8"


def test_html_meta_charset_is_honoured():
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode_bytes(page.encode("cp1251"), "page.html", html=True).text


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(256)) * 8, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd broken", "not valid"),
    ],
)
def test_files_that_are_not_text_are_refused_in_one_sentence(data, sentence):
    with pytest.raises(UserError) as caught:
        decode_bytes(data, "bad.txt")
    message = str(caught.value)
    assert sentence in message and "bad.txt" in message
    assert "\n" not in message


def test_undecidable_bytes_are_refused_not_guessed():
    # Random high bytes: no encoding makes readable text of them.
    import random

    rng = random.Random(7)
    data = bytes(rng.choice(range(0x80, 0x100)) for _ in range(3000))
    with pytest.raises(UserError, match="encoding|binary"):
        decode_bytes(data, "noise.txt")


def test_a_utf8_page_with_a_stray_legacy_byte_stays_utf8():
    """A UTF-8 page with one Latin-1 byte pasted into a script's comment is still UTF-8:
    read as a whole in a legacy encoding, every letter of the article would be wrong."""
    page = (f'<html><head><meta charset="UTF-8"><title>{GERMAN}</title></head><body><p>{GERMAN}</p>'
            f"<p>{GERMAN}</p>").encode() + b"<script>/* M\xe4scot Breit */</script></body></html>"
    decoded = decode_bytes(page, "page.html", html=True)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count(GERMAN) == 3
    assert "/* Mäscot Breit */" in decoded.text
    # a page that is wholly in a legacy encoding is not taken for UTF-8 with strays
    legacy = decode_bytes(f"<html><body><p>{GERMAN}</p></body></html>".encode("cp1252"), "old.html", html=True)
    assert legacy.text == f"<html><body><p>{GERMAN}</p></body></html>"
