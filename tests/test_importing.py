"""Importing: every bad input gets one sentence and leaves the database unchanged."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services.importing import UncertainLanguageError, import_files
from desktop.storage.models import Document

pytestmark = pytest.mark.both_engines

GOOD_ARABIC = "أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة."


def db_snapshot(database) -> list[tuple]:
    return list(database.execute_sql("SELECT id, content_hash FROM document ORDER BY id"))


def make_bad_inputs(tmp_path):
    cases = {}
    cases["missing"] = tmp_path / "nowhere.txt"
    (empty := tmp_path / "empty.txt").write_bytes(b"")
    cases["empty"] = empty
    (binary := tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    cases["binary"] = binary
    (noise := tmp_path / "noise.txt").write_bytes(bytes((i * 37 + 11) % 128 + 128 for i in range(4000)))
    cases["undecodable"] = noise
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # a sparse 100 MB file
    cases["huge"] = huge
    (folder := tmp_path / "folder.txt").mkdir()
    cases["folder"] = folder
    (pdf := tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    cases["wrong type"] = pdf
    (unsure := tmp_path / "unsure.txt").write_text("OK 12 34")
    cases["uncertain language"] = unsure
    (scripts := tmp_path / "only-scripts.html").write_text("<html><script>alert(1)</script><style>p{}</style></html>")
    cases["html without text"] = scripts
    return cases


@pytest.mark.parametrize(
    "case", ["missing", "empty", "binary", "undecodable", "huge", "folder", "wrong type", "uncertain language",
             "html without text"]
)
def test_bad_input_is_refused_and_changes_nothing(corpus, database, tmp_path, case):
    path = make_bad_inputs(tmp_path)[case]
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARABIC, encoding="utf-8")
    before = db_snapshot(database)
    with pytest.raises(UserError) as caught:
        import_files([good, path])  # a good file beside a bad one: nothing is written
    message = str(caught.value)
    assert path.name in message
    assert "\n" not in message and "Traceback" not in message
    assert db_snapshot(database) == before


def test_uncertain_language_can_be_overridden(database, tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("AnewZ Caliber.Az ISF UN", encoding="utf-8")
    with pytest.raises(UncertainLanguageError):
        import_files([path])
    (result,) = import_files([path], language="en")
    assert result.document.language == "en"


def test_import_detects_language_title_and_direction(database, tmp_path):
    path = tmp_path / "arabic.html"
    path.write_text(f"<html><body><h1>باكو تضع شرطًا</h1><p>{GOOD_ARABIC}</p></body></html>", encoding="utf-8")
    (result,) = import_files([path])
    document = result.document
    assert (document.language, document.direction, document.title) == ("ar", "rtl", "باكو تضع شرطًا")
    assert document.paragraph_count == 2  # the headline stays in the text, as its first paragraph
    assert Document.select().count() == 1


STORY = ("<article><h1>Azerbaijan weighs joining Gaza stabilisation force</h1>"
         "<p>Azerbaijan is considering a US request to send troops to a multinational stabilisation force "
         "in Gaza, officials said on Thursday.</p>"
         "<blockquote>\"No decision has been taken,\" a foreign ministry source said.</blockquote>"
         "<h2>Conditions</h2><p>Baku wants a full ceasefire and a UN Security Council mandate before any "
         "deployment.</p><ul><li>A UN mandate</li><li>A lasting ceasefire</li></ul></article>")


@pytest.mark.parametrize("head", ["", "<title>Gaza force: Azerbaijan weighs offer | Example Times</title>"])
def test_the_clipboard_and_a_file_give_the_same_paragraphs_headline_first(tmp_path, head):
    """A copied page's headline was once taken out of its text (and counted as page furniture
    left out) where the saved page kept it as a heading."""
    from desktop.services.importing import read_article, read_clipboard

    page = f"<!doctype html><html lang=\"en\"><head>{head}</head><body>{STORY}</body></html>"
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    saved = read_article(path)
    copied = read_clipboard(f"<html><body><!--StartFragment-->{STORY}<!--EndFragment--></body></html>",
                            "plain text the HTML is preferred to")
    assert (copied.text, copied.kinds) == (saved.text, saved.kinds)
    assert copied.text.split("\n")[0] == "Azerbaijan weighs joining Gaza stabilisation force"
    assert copied.kinds.startswith("hpqhpll")
    assert copied.left_out == saved.left_out == 0
