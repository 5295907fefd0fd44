"""DOCX, ODT and EPUB: paragraphs with their kinds, title and author from the properties,
footnotes at the end, right-to-left paragraphs; damaged files and zip bombs are one sentence."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.core.kinds import kind_at
from desktop.services.importing import import_files
from desktop.storage.models import Document
from tests.support.office_files import bomb, docx, epub, odt

ARABIC = "أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة."
GERMAN = ("Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe für Gaza auf Wunsch der "
          "USA, obwohl Beamte sagen, dass jeder Einsatz eine Genehmigung des UN-Sicherheitsrates erfordern würde.")


def paragraphs(document: Document) -> list[tuple[str, str]]:
    lines = document.text.split("\n")
    return [(kind_at(document.kinds, i).value, line) for i, line in enumerate(lines)]


def test_a_word_document(database, tmp_path):
    path = tmp_path / "statement.docx"
    path.write_bytes(docx([("Heading1", "Baku erwägt Teilnahme"), ("Normal", GERMAN),
                           ("Quote", "Wir entsenden keine Truppen vor einem Waffenstillstand."),
                           ("RTL", ARABIC)],
                          title="Erklärung des Ministeriums", author="Anna Beispiel", footnote="Quelle: AnewZ."))
    (result,) = import_files([path], language="de")
    document = result.document
    assert document.title == "Erklärung des Ministeriums" and document.author == "Anna Beispiel"
    rows = paragraphs(document)
    assert rows[0] == ("heading", "Baku erwägt Teilnahme[1]")  # the footnote's mark, where it was
    assert rows[1][1].startswith("Aserbaidschan erwägt")
    assert rows[2] == ("quote", "Wir entsenden keine Truppen vor einem Waffenstillstand.")
    assert rows[3][1] == ARABIC
    assert rows[-1][1].startswith("Quelle: AnewZ.")  # the footnote, at the end (with its way back, ↑)


def test_an_opendocument_text(database, tmp_path):
    path = tmp_path / "statement.odt"
    path.write_bytes(odt([("h", "Baku erwägt Teilnahme"), ("p", GERMAN), ("li", "Erste Bedingung")],
                         title="Erklärung", author="Anna Beispiel", note="Quelle: AnewZ."))
    (result,) = import_files([path])
    document = result.document
    assert (document.title, document.author, document.language) == ("Erklärung", "Anna Beispiel", "de")
    rows = paragraphs(document)
    assert rows[0] == ("heading", "Baku erwägt Teilnahme")
    assert rows[2] == ("list item", "Erste Bedingung")
    assert rows[-1] == ("paragraph", "1 Quelle: AnewZ.")
    assert rows[1][1].endswith("würde.1")  # the note's mark stays where it was in the text


def test_an_epub(database, tmp_path):
    path = tmp_path / "book.epub"
    path.write_bytes(epub([f"<h1>Kapitel eins</h1><p>{GERMAN}</p>", f"<h2>Kapitel zwei</h2><blockquote><p>{GERMAN}"
                           "</p></blockquote>"], title="Das Buch", author="Anna Beispiel", language="de"))
    (result,) = import_files([path])
    document = result.document
    assert (document.title, document.author, document.language) == ("Das Buch", "Anna Beispiel", "de")
    assert [kind for kind, _ in paragraphs(document)] == ["heading", "paragraph", "heading", "quote"]


def test_an_epub_cannot_read_files_of_the_machine(database, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret words")
    data = epub([f"<p>{GERMAN}</p>"], title="x", language="de").replace(
        b'<?xml version="1.0" encoding="UTF-8"?><package',
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE package [<!ENTITY s SYSTEM "{secret.as_uri()}">]><package'
        .encode())
    data = data.replace(b"<dc:title>x</dc:title>", b"<dc:title>&s;</dc:title>")
    path = tmp_path / "hostile.epub"
    path.write_bytes(data)
    try:
        (result,) = import_files([path])
    except UserError:
        return  # refused: fine too
    assert "secret" not in result.document.title and "secret" not in result.document.text


@pytest.mark.parametrize("kind", ["docx", "odt", "epub"])
def test_damaged_and_hostile_archives_are_one_sentence(database, tmp_path, kind):
    good = {"docx": docx([("Normal", GERMAN)]), "odt": odt([("p", GERMAN)]), "epub": epub([f"<p>{GERMAN}</p>"])}[kind]
    cases = {f"truncated.{kind}": good[: len(good) // 2], f"bomb.{kind}": bomb(kind), f"empty.{kind}": b"PK\x03\x04"}
    before = Document.select().count()
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UserError) as caught:
            import_files([path], language="de")
        message = str(caught.value)
        assert name in message and "\n" not in message, message
        if name.startswith("bomb"):
            assert "unpacks to far more" in message
    assert Document.select().count() == before


def test_right_to_left_paragraphs_of_a_word_document(database, tmp_path):
    """w:bidi (on the paragraph or its style) and w:rtl runs: the paragraph is right to left
    even where its letters are mostly Latin; paragraphs the document leaves alone are not."""
    from desktop.core.direction import paragraph_direction

    mostly_latin = "BBC News, CNN, AFP 2025: مصادر"
    path = tmp_path / "mixed.docx"
    path.write_bytes(docx([("Heading1", "Statement"), ("RTL", mostly_latin), ("RTLRuns", "AnewZ, Reuters, TASS"),
                           ("ArabicBody", "UN Security Council 2803"), ("Normal", "UN Security Council, 2025"),
                           ("RTL", ARABIC)]))
    (result,) = import_files([path], language="ar")
    lines = result.document.text.split("\n")
    directions = [paragraph_direction(line).value for line in lines]
    assert directions == ["ltr", "rtl", "rtl", "rtl", "ltr", "rtl"]
    assert [line.strip("\u200f") for line in lines][1:5] == [mostly_latin, "AnewZ, Reuters, TASS",
                                                              "UN Security Council 2803", "UN Security Council, 2025"]
    assert lines[5] == ARABIC  # its letters say it already: nothing added


def test_generic_titles_in_a_word_documents_properties_are_not_its_title(database, tmp_path):
    path = tmp_path / "statement.docx"
    path.write_bytes(docx([("Heading1", "Baku erwägt Teilnahme"), ("Normal", GERMAN)],
                          title="Microsoft Word - statement.docx"))
    (result,) = import_files([path], language="de")
    assert result.document.title == "Baku erwägt Teilnahme"
