"""REFI-QDA projects written by other programs import as a person expects: the sources
become articles (or are the library's own), the codes tags with their colours and
parents, the coded passages highlights on exactly their characters, the notes come
in, and what Triptych cannot take is reported, each with its reason. Then the desk
exports it again, valid against the schema, and that export imports unchanged.

Two projects written by QualCoder 4.0 itself (tests/data/refi-qda/qualcoder/SOURCE.md)
and one laid out as NVivo 12 writes them (tests/support/nvivo_sample.py: UTF-16
positions, CR LF counted twice, a note linked to its passage)."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from desktop.core.errors import UserError
from desktop.services.export import export
from desktop.services.export.importing import import_annotations, plan_import
from desktop.services.export.model import ExportRequest
from desktop.services.export.qdpx_positions import Counting, choose, countings
from desktop.storage import annotations as store
from desktop.storage.documents import get_document, list_documents
from tests.support import nvivo_sample
from tests.support.w3c import DATA

pytestmark = pytest.mark.both_engines

QUALCODER = DATA / "refi-qda" / "qualcoder"
XSD = DATA / "refi-qda" / "Project-mrt2019.xsd"
CORPUS = DATA.parents[1] / "resources" / "corpus"
#: The passages coded in QualCoder (tools/make_qualcoder_sample.py): quote -> (tags, note)
QUALCODER_CODED = {
    "Позиция Азербайджана остаётся неизменной": (("Actors",), ""),
    "شرطًا أساسيًا": (("Conditional participation", "UN mandate"), "شرط أساسي قبل أي مشاركة"),
    "Genehmigung des UN-Sicherheitsrates": (("Conditional participation", "UN mandate"), ""),
    "Aserbaidschan": ((), "Baku, not Ankara."),  # QualCoder's annotation: a note with its own selection
    "Mandat der Vereinten Nationen": (("UN mandate",), ""),  # in the text of a PDF
}


def _bundled(name: str) -> str:
    from desktop.core.text import normalise_text

    return normalise_text((CORPUS / name).read_text(encoding="utf-8"))


def _placed():
    """Each highlight: (its quote as the article has it, the quote stored, tags, note, colour)."""
    found = {}
    for a in store.annotations_for():
        text = get_document(a.document_id).text
        found[a.exact] = (text[a.start:a.end], a.tag_names, a.note, a.color, a.document_id, a.start)
    return found


@pytest.mark.parametrize("name", ["gaza.qdpx", "gaza-crlf.qdpx"])
def test_a_qualcoder_project_becomes_articles_tags_and_highlights(database, name):
    path = QUALCODER / name
    plan = plan_import(path)
    reasons = {s.item: s.reason.message for s in plan.skipped}
    assert any("map.png" in item for item in reasons)  # the picture, with why
    assert "picture" in next(r for i, r in reasons.items() if "map.png" in i)
    assert any("Day 1" in item for item in reasons)  # the journal entry
    assert any("whole project" in r for r in reasons.values())
    assert any("whole source" in r for r in reasons.values())
    assert "coded areas on its pages (areas: 1)" in next(r for i, r in reasons.items() if "bericht.pdf" in i)
    assert "codes with one: 2, the first “Frames”" in reasons["codebook"]  # one line for the codebook
    assert len(plan.skipped) == 6
    with pytest.raises(UserError, match="--partial"):
        import_annotations(path)
    assert list_documents() == [] and store.annotations_for() == []  # refused: nothing at all

    report = import_annotations(path, partial=True)
    assert (report.articles, report.annotations, report.links) == (4, 5, 0)
    articles = {d.title: d for d in list_documents()}
    assert set(articles) == {"000_d86d30b96cdd4139", "002_aef720741c60424c", "003_822c724dc6001595", "bericht"}
    pdf = articles.pop("bericht")  # the PDF's text, as QualCoder extracted it
    assert get_document(pdf.id).text.startswith("Aserbaidschan knüpft jede Beteiligung") and pdf.language == "de"
    for title, document in articles.items():
        assert get_document(document.id).text == _bundled(f"{title}.txt")  # the text, Cyrillic and Arabic, exactly
    assert {d.language for d in articles.values()} == {"ru", "ar", "de"}
    assert articles["002_aef720741c60424c"].direction == "rtl"
    placed = _placed()
    assert set(placed) == set(QUALCODER_CODED)
    for quote, (tags, note) in QUALCODER_CODED.items():
        on_text, tag_names, stored_note, _color, _doc, _start = placed[quote]
        assert on_text == quote and tag_names == tags and stored_note == note
    # Colours: the passage shows in its (first) code's colour, the tags keep theirs.
    assert placed["شرطًا أساسيًا"][3] == "#eb7333"
    assert store.find_tag("UN mandate").color == "#5882fa"
    assert store.find_tag("UN mandate").parent_id == store.find_tag("Frames").id
    # The annotation's passage is the first "Aserbaidschan" of the German article, where QualCoder put it.
    german = articles["003_822c724dc6001595"]
    assert placed["Aserbaidschan"][5] == get_document(german.id).text.index("Aserbaidschan")


def test_the_crlf_export_lands_where_the_plain_one_does(database, tmp_path):
    """QualCoder's "MAXQDA" line endings save CR LF but count a line break once: read as
    the standard's plain code points, the Arabic passage lost its last letter."""
    import_annotations(QUALCODER / "gaza.qdpx", partial=True)
    plain = {(q, v[5], v[1]) for q, v in _placed().items()}
    from desktop.storage.database import close_database, open_database

    close_database()
    open_database(tmp_path / "crlf.sqlite3")
    import_annotations(QUALCODER / "gaza-crlf.qdpx", partial=True)
    assert {(q, v[5], v[1]) for q, v in _placed().items()} == plain


def test_a_qualcoder_project_on_the_librarys_own_articles_adds_no_articles(corpus):
    report = import_annotations(QUALCODER / "gaza.qdpx", partial=True)
    assert report.articles == 1 and len(list_documents()) == 4  # the PDF's text only
    placed = _placed()
    assert placed["شرطًا أساسيًا"][4] == corpus[1].id and placed["شرطًا أساسيًا"][0] == "شرطًا أساسيًا"


def test_an_imported_qualcoder_project_exports_valid_and_comes_back_unchanged(database, tmp_path):
    import_annotations(QUALCODER / "gaza.qdpx", partial=True)
    before = {(a.exact, a.start, a.end, a.note, a.color, a.tag_names) for a in store.annotations_for()}
    texts = {d.content_hash for d in list_documents()}
    out = tmp_path / "again.qdpx"
    export(ExportRequest("qdpx", author="Lena"), out)
    with zipfile.ZipFile(out) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(root), schema.error_log
    from desktop.storage.database import close_database, open_database

    close_database()
    open_database(tmp_path / "fresh.sqlite3")
    report = import_annotations(out)  # Triptych's own export: nothing to skip
    assert report.skipped == () and report.articles == 4
    assert {d.content_hash for d in list_documents()} == texts
    assert {(a.exact, a.start, a.end, a.note, a.color, a.tag_names) for a in store.annotations_for()} == before
    assert store.find_tag("Conditional participation").parent_id == store.find_tag("Frames").id


def test_an_nvivo_project_counts_utf16_units_and_crlf_twice(database, tmp_path):
    path = tmp_path / "nvivo.qdpx"
    nvivo_sample.build(path)
    plan = plan_import(path)
    assert [s.item for s in plan.skipped] == ["codebook"]  # the one code with a description
    assert "“Themen”" in plan.skipped[0].reason.message
    report = import_annotations(path, partial=True)
    assert report.articles == 1 and report.annotations == len(nvivo_sample.CODED)
    (article,) = list_documents()
    assert article.title == "Leserkommentare" and article.language == "de"
    text = get_document(article.id).text
    assert "Баку не спешит 🤔 и правильно делает" in text and "\r" not in text
    placed = _placed()
    for quote, codes in nvivo_sample.CODED.items():
        on_text, tags, _note, _color, _doc, _start = placed[quote]
        assert on_text == quote  # exactly its characters, after every emoji before it
        assert tags == tuple(codes)  # one highlight, however many selections NVivo wrote for it
    assert placed["نحو 20 ألف جندي"][1] == ("Zahlen",)  # its code referred to in upper case with braces
    quote, note = nvivo_sample.NOTE
    assert placed[quote][2] == note  # the note linked to its passage


def test_an_nvivo_source_that_is_in_the_library_is_matched(corpus, tmp_path):
    path = tmp_path / "nvivo.qdpx"
    nvivo_sample.build(path, german_article=corpus[2].text)
    report = import_annotations(path, partial=True)
    assert report.articles == 1  # the comments only; the article saved with CR LF is the library's own
    assert {d.title for d in list_documents()} == {d.title for d in corpus} | {"Leserkommentare"}


def test_a_text_whose_language_cannot_be_told_is_skipped_with_its_name(database, tmp_path):
    path = tmp_path / "short.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", (
            '<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="MAXQDA 24"><Sources>'
            '<TextSource guid="A" name="Notiz" plainTextPath="internal://A.txt">'
            '<PlainTextSelection guid="S" startPosition="0" endPosition="2"/></TextSource>'
            '</Sources></Project>'))
        archive.writestr("Sources/A.txt", "ok 👍")
    (skip,) = plan_import(path).skipped
    assert "Notiz" in skip.item and "language" in skip.reason.message
    assert list_documents() == []


def test_positions_are_read_in_the_counting_that_fits():
    text = "😀 eins zwei\r\ndrei vier"
    plain, utf16, once, once16 = countings(text)
    assert (utf16.utf16, once.text, once16.utf16) == (True, "😀 eins zwei\ndrei vier", True)
    assert utf16.span(3, 7) == (2, 6) and text[2:6] == "eins"
    assert utf16.index(1) is None  # inside the emoji's surrogate pair
    # "drei": UTF-16 units 14..18 with CR LF counted twice (NVivo), 13..17 with it counted once
    assert choose(text, [(3, 7, ""), (14, 18, "")]) == utf16
    assert choose(text, [(3, 7, ""), (13, 17, "")]) == once16
    assert choose(text, [(2, 6, "eins"), (13, 17, "drei")]) == plain  # code points, CR LF twice
    # No evidence (a text without line breaks or emoji): the standard's plain reading.
    assert choose("eins zwei", [(0, 4, "")]) == Counting.of("eins zwei", False)


def test_the_desk_imports_a_project_and_lists_its_new_article(window, tmp_path, qtbot):
    from desktop.ui.import_report import ImportReportDialog

    path = tmp_path / "nvivo.qdpx"
    nvivo_sample.build(path)
    dialog = ImportReportDialog(plan_import(path))
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("1 new articles, 4 annotations")
    assert [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())] == [
        "\u2068codebook\u2069: The descriptions of its codes are not kept (codes with one: 1, the first “Themen”); "
        "Triptych's tags have a name, a colour and a parent only."]
    before = window.library.model.rowCount()
    window.imports.confirm_partial_import = lambda plan: True
    assert window.import_annotations(path)
    assert window.library.model.rowCount() == before + 1  # the library lists the article at once
    assert "Imported 1 article" in window.statusBar().currentMessage()


def test_an_atlas_ti_project_counts_each_line_break_once(database, tmp_path):
    from tests.support import atlas_sample

    path = tmp_path / "Project.qdpx"  # the XML inside is Trial.qde, named after the project
    atlas_sample.build(path)
    reasons = {s.item: s.reason.message for s in plan_import(path).skipped}
    assert "video (coded parts in it: 2)" in next(r for i, r in reasons.items() if "Christos vagias-2.MP4" in i)
    assert any("marks no characters" in r for r in reasons.values())  # the zero-length quotation
    report = import_annotations(path, partial=True)
    assert (report.articles, report.annotations) == (1, 2)
    (article,) = list_documents()
    assert article.title == "Interview 3"
    placed = _placed()
    for quote, (code, comment) in atlas_sample.QUOTED.items():
        on_text, tags, note, color, _doc, _start = placed[quote]
        assert on_text == quote and tags == (code,) and note == comment
    assert store.find_tag("Conditions").color == "#8a8a8a"  # ATLAS.ti exports no colours


def test_a_later_export_of_the_same_project_adds_no_second_highlights(database):
    """QualCoder gives every selection a new GUID on each export: the passages already
    imported, with the same tags and note, are recognised, not doubled."""
    first = import_annotations(QUALCODER / "gaza.qdpx", partial=True)
    again = import_annotations(QUALCODER / "gaza-crlf.qdpx", partial=True)  # another export, other GUIDs
    assert (again.annotations, again.already) == (0, first.annotations)
    assert len(store.annotations_for()) == first.annotations


@pytest.mark.parametrize("namespace", ['xmlns="urn:QDA-XML:project:1:0"', ""])
def test_a_project_in_an_older_namespace_or_none_imports(database, tmp_path, namespace):
    path = tmp_path / "old.qdpx"
    text = "Baku wartet auf ein Mandat der Vereinten Nationen, bevor es Soldaten schickt."
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", (
            f'<Project {namespace} name="p"><Sources><TextSource guid="A" name="Notiz">'
            f'<PlainTextContent>{text}</PlainTextContent>'
            '<PlainTextSelection guid="S" name="Mandat" startPosition="20" endPosition="26"/></TextSource>'
            '</Sources></Project>'))
    report = import_annotations(path)
    assert (report.articles, report.annotations) == (1, 1)
    assert _placed()["Mandat"][0] == "Mandat"
