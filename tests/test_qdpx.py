"""REFI-QDA projects: the export validates against the REFI-QDA Project schema (lxml)
and carries sources, codebook, codings, notes, links and the user; it imports back
unchanged; a project another QDA program made on the same texts imports, with what it
holds that Triptych cannot take reported."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from desktop.core.errors import UserError
from desktop.services.export import export
from desktop.services.export.importing import import_annotations, plan_import
from desktop.services.export.model import ExportRequest
from desktop.storage import annotations as store
from desktop.storage.documents import get_document, list_documents
from tests.support import qdpx_sample
from tests.support.annotated import make_annotated
from tests.support.w3c import DATA

pytestmark = pytest.mark.both_engines

XSD = DATA / "refi-qda" / "Project-mrt2019.xsd"
Q = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture
def annotated(corpus):
    return make_annotated(corpus)


@pytest.fixture
def project(annotated, tmp_path):
    path = tmp_path / "desk.qdpx"
    assert export(ExportRequest("qdpx", author="Jane Doe"), path) == path
    return path


def _qde(path):
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde")), archive.namelist()


def test_the_export_is_valid_against_the_refi_qda_schema(project, schema):
    root, _names = _qde(project)
    assert schema.validate(root), schema.error_log
    broken = etree.fromstring(etree.tostring(root))
    broken.find("q:Sources/q:TextSource", Q).attrib.pop("guid")
    assert not schema.validate(broken)  # the check is real


def test_the_export_holds_sources_codebook_codings_notes_links_and_the_user(project, annotated, corpus):
    root, names = _qde(project)
    sources = root.findall("q:Sources/q:TextSource", Q)
    assert len(sources) == 3
    for source, document in zip(sources, corpus, strict=True):
        path = source.get("plainTextPath").removeprefix("internal://")
        assert f"Sources/{path}" in names
        with zipfile.ZipFile(project) as archive:
            assert archive.read(f"Sources/{path}").decode("utf-8") == document.text
    user = root.find("q:Users/q:User", Q)
    assert user.get("name") == "Jane Doe"
    nested = root.find(".//q:Code[@name='conditions']/q:Code[@name='condition']", Q)
    assert nested is not None and root.find(".//q:Code[@name='conditions']", Q).get("color") == "#aa3355"
    ar = corpus[1]
    selection = next(s for s in root.iterfind(".//q:PlainTextSelection", Q) if s.get("name") == "شرطًا أساسيًا")
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert ar.text[start:end] == "شرطًا أساسيًا" and selection.get("creatingUser") == user.get("guid")
    codes = {root.find(f".//q:Code[@guid='{c.get('targetGUID')}']", Q).get("name")
             for c in selection.iterfind("q:Coding/q:CodeRef", Q)}
    assert codes == {"condition", "pink — condition set by a government"}
    noted = next(s for s in root.iterfind(".//q:PlainTextSelection", Q) if s.get("name") == "رسمي في وزا")
    note = root.find(f"q:Notes/q:Note[@guid='{noted.find('q:NoteRef', Q).get('targetGUID')}']", Q)
    assert note.find("q:PlainTextContent", Q).text == "مصدر رسمي في الخارجية"
    links = root.findall("q:Links/q:Link", Q)
    assert len(links) == 3 and {link.get("name") for link in links} == {"same claim", "translation of", "contradicts"}


def test_a_projects_annotations_come_back_unchanged(project, annotated, tmp_path):
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.database import close_database, open_database

    before = {(a.id, a.exact, a.start, a.end, a.note, a.color, a.tag_names) for a in store.annotations_for()}
    links = {(link.source_id, link.target_id, link.relation, link.note) for link in store.links_for()}
    close_database()
    (tmp_path / "other").mkdir()
    open_database(tmp_path / "other" / "t.sqlite3")
    ensure_default_corpus()
    report = import_annotations(project)
    assert (report.annotations, report.links, report.skipped) == (len(annotated), 3, ())
    assert {(a.id, a.exact, a.start, a.end, a.note, a.color, a.tag_names) for a in store.annotations_for()} == before
    assert {(link.source_id, link.target_id, link.relation, link.note) for link in store.links_for()} == links
    assert store.find_tag("condition").parent_id == store.find_tag("conditions").id


def test_a_project_from_another_program_imports(corpus, tmp_path, schema):
    path = tmp_path / "maxqda-style.qdpx"
    coded = qdpx_sample.build(corpus, path)
    root, _names = _qde(path)
    assert schema.validate(root), schema.error_log  # the sample follows the standard
    plan = plan_import(path)
    reasons = " | ".join(s.reason.message for s in plan.skipped)
    assert "whole document" in reasons and "cannot be imported" in reasons
    assert "descriptions of its codes are not kept" in reasons
    assert [d.article.title for d in plan.documents] == ["Interview 7"]  # the source the library lacks
    with pytest.raises(UserError, match="--partial"):
        import_annotations(path)
    assert store.annotations_for() == [] and len(list_documents()) == 3
    report = import_annotations(path, partial=True)
    assert report.annotations == len(coded) and report.links == 1 and report.articles == 1
    by_exact = {a.exact: a for a in store.annotations_for()}
    for quote, _codes, _note in coded.values():
        annotation = by_exact[quote]
        text = get_document(annotation.document_id).text
        assert text[annotation.start:annotation.end] == quote  # CR LF counted right
    assert get_document(by_exact["Another text"].document_id).title == "Interview 7"
    assert by_exact["شرطًا أساسيًا"].note == "شرط أساسي قبل أي مشاركة"
    assert by_exact["Genehmigung des UN-Sicherheitsrates"].tag_names == ("Conditional participation", "UN mandate")
    assert store.find_tag("UN mandate").parent_id == store.find_tag("Frames").id
    assert store.find_tag("UN mandate").color == "#4abccb"
    (link,) = store.links_for()
    assert link.relation == "same_claim" and link.note == "Same condition, told twice."
    assert store.get_annotation(link.source_id).exact == "شرطًا أساسيًا"


def test_files_that_are_not_projects(database, tmp_path):
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="not a REFI-QDA project"):
        import_annotations(bad)
    empty = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UserError, match="not a REFI-QDA project"):
        import_annotations(empty)
    other_xml = tmp_path / "other.qdpx"
    with zipfile.ZipFile(other_xml, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><Other xmlns="urn:x"/>')
    with pytest.raises(UserError, match="not a REFI-QDA project"):
        import_annotations(other_xml)
