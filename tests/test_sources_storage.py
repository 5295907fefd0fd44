"""Where articles come from, stored: schema 4 (metadata, paragraph kinds, the original page),
its migration from schema 3, and `triptych show` with the paragraph numbering every command uses."""

from __future__ import annotations

import json

import pytest
from peewee import SqliteDatabase

from desktop.core.kinds import ParagraphKind, decode_kinds, encode_kinds, kind_at, plain_text_kinds
from desktop.storage import database as storage
from desktop.storage.documents import document_original
from desktop.storage.migrations import MIGRATIONS
from tests.test_cli import triptych

pytestmark = pytest.mark.both_engines


def test_a_schema_3_database_gains_kinds_and_metadata(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = SqliteDatabase(str(path))
    old.connect()
    for target, step in enumerate(MIGRATIONS[:3], start=1):
        step(old)
        old.execute_sql(f"PRAGMA user_version = {target}")
    old.execute_sql(
        "INSERT INTO document (id, content_hash, title, language, direction, source, text, char_count, "
        "paragraph_count, version, created) VALUES ('abcd1234', 'h', 'T', 'de', 'ltr', 's', ?, 10, 3, 1, '2025-01-01')",
        ("Eine Überschrift\nDer erste Absatz ist lang genug, um ein Absatz zu sein.\nKurz",))
    old.close()
    migrated = SqliteDatabase(None)
    storage.open_database(path, migrated)
    try:
        row = migrated.execute_sql("SELECT kinds, author, url, left_out, whole_page FROM document").fetchone()
        assert row == ("hpp", "", "", 0, 0)  # the headline by its layout, as the reader showed it before
        assert storage.schema_version(migrated) == storage.SCHEMA_VERSION == 6
    finally:
        migrated.close()


def test_kinds_are_stored_one_letter_a_paragraph():
    kinds = [ParagraphKind.HEADING, ParagraphKind.PARAGRAPH, ParagraphKind.QUOTE, ParagraphKind.LIST_ITEM]
    assert encode_kinds(kinds) == "hpql"
    assert decode_kinds("hpql", 5)[-1] is ParagraphKind.PARAGRAPH
    assert encode_kinds([ParagraphKind.PARAGRAPH] * 3) == ""
    assert kind_at("", 7) is ParagraphKind.PARAGRAPH
    assert plain_text_kinds(["Headline", "A sentence that is longer than the headline.", "Short"]) == [
        ParagraphKind.HEADING, ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH]


def test_the_original_page_is_kept_with_a_web_article(database, tmp_path):
    from desktop.services.importing import import_files

    html = ("<html><head><title>Titel</title></head><body><nav>Menü</nav><article>"
            + "".join(f"<p>Absatz {i} über die Mission in Gaza, lang genug für einen Artikel.</p>" for i in range(6))
            + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (result,) = import_files([path], language="de")
    data, media_type = document_original(result.document.id)
    assert media_type == "text/html" and data == html.encode("utf-8")


def test_show_gives_the_article_as_a_person_reads_it(tmp_path):
    listing = json.loads(triptych("list", "--json", data_dir=tmp_path / "d").stdout)
    arabic = next(d for d in listing if d["language"] == "ar")
    result = triptych("show", arabic["id"][:5], "--json", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert {"id", "title", "language", "direction", "source", "url", "author", "published", "site",
            "paragraphs"} <= set(shown)
    assert shown["id"] == arabic["id"] and shown["direction"] == "rtl"
    paragraphs = shown["paragraphs"]
    assert len(paragraphs) == arabic["paragraphs"]
    assert [p["index"] for p in paragraphs] == list(range(len(paragraphs)))
    assert paragraphs[0]["kind"] == "heading" and paragraphs[2]["kind"] == "paragraph"
    assert all(p["direction"] == "rtl" for p in paragraphs)
    assert {p["kind"] for p in paragraphs} <= {"heading", "paragraph", "quote", "list item"}
    plain = triptych("show", arabic["id"], data_dir=tmp_path / "d")
    assert plain.stdout.startswith(arabic["title"]) and f"\n[0]  # {paragraphs[0]['text']}\n" in plain.stdout
    missing = triptych("show", "ffffffff", data_dir=tmp_path / "d")
    assert missing.returncode == 1 and "No document has the id" in missing.stderr


def test_export_title_blocks_name_the_site_author_and_date(database, tmp_path):
    from desktop.core.markup import ExtractedText, SourceMeta
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest
    from desktop.services.importing import build_document, store_articles

    text = "Aserbaidschan erwägt die Teilnahme an einer Stabilisierungstruppe für Gaza, sagen Beamte in Baku."
    article = build_document(ExtractedText(text, "Baku erwägt Teilnahme", meta=SourceMeta(
        author="Anna Beispiel", published="2025-10-20T08:15:00+02:00", site="Testzeitung",
        url="https://zeitung.example/a")), "a", "de", source="https://zeitung.example/a")
    (stored,) = store_articles([article])
    markdown = export(ExportRequest(format="md", documents=[stored.document.id]), tmp_path / "out.md")
    assert "Testzeitung · Anna Beispiel · 2025-10-20" in markdown.read_text(encoding="utf-8")
