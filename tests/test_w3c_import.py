"""Importing annotations as other tools write them: W3C JSON in every shape the model
allows (the test suite's own samples among them), Hypothesis JSON, and Triptych's own
export round trip. All or nothing unless partial; every skip has a reason a person
understands; never Python's error text."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services.export import export
from desktop.services.export.import_plan import apply_plan
from desktop.services.export.importing import import_annotations, plan_import
from desktop.services.export.model import ExportRequest
from desktop.storage import annotations as store
from tests.support import w3c
from tests.support.annotated import make_annotated

pytestmark = pytest.mark.both_engines

SAMPLES = w3c.SUITE / "tools" / "samples"


@pytest.fixture
def annotated(corpus):
    return make_annotated(corpus)


def _fresh_library(tmp_path: Path, name: str):
    """Another, empty data dir with the same bundled articles."""
    from desktop.services.corpus import ensure_default_corpus
    from desktop.storage.database import close_database, open_database

    close_database()
    folder = tmp_path / name
    folder.mkdir()
    open_database(folder / "t.sqlite3")
    return ensure_default_corpus()


def _write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def _comparable(collection: dict) -> dict:
    collection = copy.deepcopy(collection)
    for key in ("id", "generated", "last"):
        collection.pop(key)
    for key in ("id", "partOf"):
        collection["first"].pop(key)
    for item in collection["first"]["items"]:
        item.pop("generated")
    return collection


def test_export_import_export_is_the_same(annotated, tmp_path):
    first = tmp_path / "first.json"
    export(ExportRequest("json", author="Jane Doe"), first)
    links_before = {(link.source_id, link.target_id, link.relation, link.note) for link in store.links_for()}
    _fresh_library(tmp_path, "other")
    report = import_annotations(first)
    assert (report.annotations, report.links, report.skipped) == (len(annotated), 3, ())
    assert {(link.source_id, link.target_id, link.relation, link.note) for link in store.links_for()} == links_before
    assert len({link.id for link in store.links_for()}) == 3  # the database gave each link its own id
    second = tmp_path / "second.json"
    export(ExportRequest("json", author="Jane Doe"), second)
    assert _comparable(json.loads(first.read_text("utf-8"))) == _comparable(json.loads(second.read_text("utf-8")))
    again = import_annotations(first)
    assert (again.annotations, again.links, again.already) == (0, 0, len(annotated))


def test_first_format_exports_still_import(corpus, tmp_path):
    """Files written by Triptych before this version: links inside the annotation, tags as triptych:tags."""
    ru, ar, _de = corpus
    start = ar.text.index("شرطًا أساسيًا")
    other = ru.text.index("стабилизационной миссии")
    old = {
        "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
        "triptych:tags": [{"name": "condition", "color": "#123456", "parent": "conditions"},
                          {"name": "conditions", "color": "#654321", "parent": None}],
        "first": {"type": "AnnotationPage", "items": [
            {"id": "urn:triptych:annotation:aaaaaaaaaaaa", "type": "Annotation", "triptych:color": "#f48fb1",
             "body": [{"type": "TextualBody", "purpose": "tagging", "value": "condition"},
                      {"type": "SpecificResource", "purpose": "linking",
                       "source": "urn:triptych:annotation:bbbbbbbbbbbb", "triptych:relation": "contradicts",
                       "value": "not the same"}],
             "target": {"source": f"urn:triptych:document:{ar.id}",
                        "triptych:contentHash": f"urn:sha256:{ar.content_hash}",
                        "selector": [{"type": "TextQuoteSelector", "exact": "شرطًا أساسيًا"},
                                     {"type": "TextPositionSelector", "start": start, "end": start + 13}]}},
            {"id": "urn:triptych:annotation:bbbbbbbbbbbb", "type": "Annotation", "body": [],
             "target": {"source": f"urn:triptych:document:{ru.id}",
                        "selector": [{"type": "TextPositionSelector", "start": other, "end": other + 23}]}},
        ]},
    }
    report = import_annotations(_write(tmp_path, "old.json", old))
    assert (report.annotations, report.links) == (2, 1)
    assert store.links_for()[0].note == "not the same"
    assert store.find_tag("condition").parent_id == store.find_tag("conditions").id
    assert store.get_annotation("aaaaaaaaaaaa").color == "#f48fb1"


def _retargeted(corpus) -> dict:
    """The suite's collection1.json with its quotes taken from the German article."""
    collection = json.loads((SAMPLES / "correct" / "collection1.json").read_text("utf-8"))
    for item in collection["first"]["items"]:
        for target in item["target"] if isinstance(item["target"], list) else [item["target"]]:
            if not isinstance(target, dict):
                continue
            for selector in target.get("selector", []) if isinstance(target.get("selector"), list) else \
                    [target.get("selector")]:
                for s in (selector, selector.get("refinedBy") if isinstance(selector, dict) else None):
                    if isinstance(s, dict) and s.get("type") == "TextQuoteSelector":
                        s.update(exact="Genehmigung des UN-Sicherheitsrates", prefix="Einsatz eine ",
                                 suffix=" und ein klares")
    return collection


def test_the_suites_own_examples_import_or_say_why_not(corpus, tmp_path):
    de = corpus[2]
    path = _write(tmp_path, "collection1.json", _retargeted(corpus))
    plan = plan_import(path, doc=de.id)
    items = len(json.loads(path.read_text("utf-8"))["first"]["items"])
    labels = {a_label.split(" ")[0] for a_label in [s.item for s in plan.skipped]}
    assert len(plan.annotations) >= 3 and len(labels) + len(plan.annotations) >= items - 1
    for skip in plan.skipped:
        assert skip.reason.message.endswith(".") and "Error" not in skip.reason.message
    reasons = {s.item.split(" ")[1]: s.reason.message for s in plan.skipped if " " in s.item}
    assert "RangeSelector" in reasons["http://example.org/anno31"]
    assert "whole document" in reasons["http://example.org/anno1"]
    quoted = [a for a in plan.annotations if a.exact == "Genehmigung des UN-Sicherheitsrates"]
    assert len(quoted) == 2  # anno26 (a quote) and anno32 (a quote refining a fragment)
    positioned = next(a for a in plan.annotations if a.start == 412)
    assert positioned.end == 795 and positioned.note == "http://example.org/review1"
    with pytest.raises(UserError, match="Nothing was imported.*--partial"):
        import_annotations(path, doc=de.id)
    assert store.annotations_for() == []  # all or nothing
    report = import_annotations(path, doc=de.id, partial=True)
    assert report.annotations == len(plan.annotations) and len(store.annotations_for()) == len(plan.annotations)


def test_a_single_annotation_an_array_and_every_body_shape(corpus, tmp_path):
    ru, ar, de = corpus
    target = {"source": f"urn:triptych:document:{de.id}",
              "selector": {"type": "TextQuoteSelector", "exact": "Genehmigung des UN-Sicherheitsrates"}}
    single = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/one", "type": "Annotation",
              "body": {"type": "TextualBody", "value": "a comment without purpose"}, "target": target}
    report = import_annotations(_write(tmp_path, "single.json", single))
    assert report.annotations == 1 and store.annotations_for()[0].note == "a comment without purpose"
    quote = "Aserbaidschan hat noch keine endgültige Entscheidung"
    shapes = [
        {"type": "Annotation", "bodyValue": "from bodyValue",
         "target": {"source": f"urn:triptych:document:{de.id}",
                    "selector": {"type": "TextQuoteSelector", "exact": quote}}},
        {"type": "Annotation", "motivation": "tagging", "body": {"type": "TextualBody", "value": "decision"},
         "target": [{"source": f"urn:sha256:{ru.content_hash}",
                     "selector": [{"type": "TextQuoteSelector", "exact": "окончательного решения"}]}]},
        {"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "describing", "value": "described"},
                                        {"type": "TextualBody", "purpose": "tagging", "value": "t1"}],
         "target": {"source": {"id": f"urn:triptych:document:{ar.id}"},
                    "selector": [{"type": "TextQuoteSelector", "exact": "شرطًا أساسيًا"},
                                 # one off: the quote, which occurs once, wins
                                 {"type": "TextPositionSelector", "start": ar.text.index("شرطًا أساسيًا") + 1,
                                  "end": ar.text.index("شرطًا أساسيًا") + 14}]}},
    ]
    report = import_annotations(_write(tmp_path, "array.json", shapes))
    assert report.annotations == 3
    by_note = {a.note: a for a in store.annotations_for()}
    assert by_note["from bodyValue"].exact == quote
    tagged = next(a for a in store.annotations_for() if a.tag_names == ("decision",))
    assert tagged.exact == "окончательного решения" and tagged.note == ""
    described = by_note["described"]
    assert described.exact == "شرطًا أساسيًا" and described.tag_names == ("t1",)
    assert ar.text[described.start:described.end] == "شرطًا أساسيًا"


def test_prefix_and_suffix_choose_among_occurrences(corpus, tmp_path):
    ru = corpus[0]
    word = "Баку"
    starts = [i for i in range(len(ru.text)) if ru.text.startswith(word, i)]
    assert len(starts) > 2
    chosen = starts[2]
    item = {"type": "Annotation", "target": {"source": f"urn:triptych:document:{ru.id}", "selector": {
        "type": "TextQuoteSelector", "exact": word, "prefix": ru.text[chosen - 12:chosen],
        "suffix": ru.text[chosen + 4:chosen + 16]}}}
    bare = {"type": "Annotation", "id": "http://example.org/bare",
            "target": {"source": f"urn:triptych:document:{ru.id}",
                       "selector": {"type": "TextQuoteSelector", "exact": word}}}
    plan = plan_import(_write(tmp_path, "choose.json", [item, bare]))
    assert [a.start for a in plan.annotations] == [chosen]
    assert f"occurs {len(starts)} times" in plan.skipped[0].reason.message


def test_a_hypothesis_export_imports(corpus, tmp_path):
    de = corpus[2]
    quote = "Genehmigung des UN-Sicherheitsrates"
    start = de.text.index(quote)
    web_quote = "obwohl Beamte sagen,\n  dass jeder"  # a web page's white space
    rows = {"total": 3, "rows": [
        {"id": "w02dfNtbEeeShxcmUm1Vzg", "created": "2017-12-07T14:34:41.949708+00:00",
         "updated": "2017-12-07T15:00:00.000000+00:00", "user": "acct:m8nl1gze@hypothes.is",
         "uri": "https://anewz.tv/de/article", "text": "needs the **Security Council**", "tags": ["un", "mandate"],
         "group": "__world__", "target": [{"source": "https://anewz.tv/de/article", "selector": [
             {"type": "RangeSelector", "startContainer": "/div[1]/p[2]", "endContainer": "/div[1]/p[2]",
              "startOffset": 10, "endOffset": 45},
             {"type": "TextPositionSelector", "start": start + 40, "end": start + 75},
             {"type": "TextQuoteSelector", "prefix": "dass jeder Einsatz eine ", "exact": quote,
              "suffix": " und ein klares internationales"}]}],
         "document": {"title": ["Aserbaidschan erwägt Teilnahme"]},
         "links": {"html": "https://hypothes.is/a/w02dfNtbEeeShxcmUm1Vzg"},
         "user_info": {"display_name": "Giorgio Sironi"}, "flagged": False, "hidden": False},
        {"id": "reply1", "created": "2017-12-08T10:00:00+00:00", "updated": "2017-12-08T10:00:00+00:00",
         "user": "acct:other@hypothes.is", "uri": "https://anewz.tv/de/article", "text": "agreed",
         "references": ["w02dfNtbEeeShxcmUm1Vzg"], "tags": [], "target": [{"source": "https://anewz.tv/de/article"}]},
        {"id": "second", "created": "2017-12-09T10:00:00+00:00", "updated": "2017-12-09T10:00:00+00:00",
         "user": "acct:other@hypothes.is", "uri": "https://anewz.tv/de/article", "text": "", "tags": ["officials"],
         "target": [{"source": "https://anewz.tv/de/article",
                     "selector": [{"type": "TextQuoteSelector", "exact": web_quote}]}]},
    ]}
    path = _write(tmp_path, "hypothesis.json", rows)
    with pytest.raises(UserError, match="not in the library"):
        import_annotations(path)  # its URL is no library document's: name the document
    report = import_annotations(path, doc=de.id)
    assert report.annotations == 2
    first = next(a for a in store.annotations_for() if a.note)
    assert first.exact == quote and first.tag_names == ("mandate", "un")
    assert "Security Council" in first.note and "agreed" in first.note  # the reply joins its annotation
    second = next(a for a in store.annotations_for() if not a.note)
    assert de.text[second.start:second.end] == "obwohl Beamte sagen, dass jeder"


def test_bad_colours_and_relations_are_skipped_with_reasons(annotated, tmp_path):
    out = tmp_path / "a.json"
    export(ExportRequest("json"), out)
    collection = json.loads(out.read_text("utf-8"))
    items = collection["first"]["items"]
    items[0]["triptych:color"] = "rot"
    link = next(i for i in items if i["motivation"] == "linking")
    next(b for b in link["body"] if b["type"] == "SpecificResource")["triptych:relation"] = "loves"
    path = _write(tmp_path, "bad.json", collection)
    _fresh_library(tmp_path, "other")
    plan = plan_import(path)
    messages = [s.reason.message for s in plan.skipped]
    assert any("“rot” is not a colour" in m for m in messages)
    assert any("“loves” is not a kind of link" in m for m in messages)
    with pytest.raises(UserError, match="cannot be imported"):
        import_annotations(path)
    assert store.annotations_for() == [] and store.links_for() == []
    report = apply_plan(plan)
    assert report.annotations == len(annotated) - 1


@pytest.mark.parametrize("sample", sorted(p.name for p in (SAMPLES / "incorrect").glob("*.json")))
def test_the_suites_broken_samples_are_refused_in_a_sentence(corpus, sample):
    path = SAMPLES / "incorrect" / sample
    try:
        plan = plan_import(path, doc=corpus[0].id)
    except UserError as exc:
        message = exc.message
    else:
        message = " ".join(s.reason.message for s in plan.skipped) or "imported"
        assert plan.skipped or plan.annotations is not None
    for python in ("Traceback", "KeyError", "TypeError", "indices must be", "NoneType", "object has no"):
        assert python not in message, (sample, message)


def test_files_that_are_not_annotations(database, tmp_path):
    (tmp_path / "notjson.json").write_text("<html>", encoding="utf-8")
    with pytest.raises(UserError, match="not JSON"):
        import_annotations(tmp_path / "notjson.json")
    with pytest.raises(UserError, match="neither Web Annotations nor Hypothesis"):
        import_annotations(_write(tmp_path, "other.json", {"hello": "world"}))
    with pytest.raises(UserError, match="does not exist"):
        import_annotations(tmp_path / "missing.json")
    (tmp_path / "latin1.json").write_bytes('{"a": "é"}'.encode("latin-1"))
    with pytest.raises(UserError, match="not a UTF-8"):
        import_annotations(tmp_path / "latin1.json")


def test_the_desk_shows_each_item_it_cannot_import_with_its_reason(annotated, qtbot, tmp_path):
    from desktop.ui.import_report import ImportReportDialog

    out = tmp_path / "a.json"
    export(ExportRequest("json"), out)
    collection = json.loads(out.read_text("utf-8"))
    collection["first"]["items"][0]["triptych:color"] = "rot"
    path = _write(tmp_path, "bad.json", collection)
    _fresh_library(tmp_path, "other")
    dialog = ImportReportDialog(plan_import(path))
    qtbot.addWidget(dialog)
    rows = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]
    assert len(rows) >= 1 and any("“rot” is not a colour" in row for row in rows)
    assert dialog.import_button is not None and str(len(annotated) - 1) in dialog.summary.text()
    nothing = {"type": "Annotation", "target": "http://example.org/page"}
    empty = ImportReportDialog(plan_import(_write(tmp_path, "nothing.json", nothing)))
    qtbot.addWidget(empty)
    assert empty.import_button is None and "Nothing" in empty.summary.text()


def test_documents_with_a_web_address_are_matched_by_it(corpus, tmp_path):
    """A document that stores its address (an imported web page): an annotation of that
    page finds its document without --doc; the export names the address as ``via``."""
    from desktop.storage.models import Document

    de = corpus[2]
    Document.update(url="https://anewz.tv/de/article").where(Document.id == de.id).execute()
    row = {"id": "h1", "uri": "https://anewz.tv/de/article", "text": "by address", "tags": [],
           "target": [{"source": "https://anewz.tv/de/article#section",
                       "selector": [{"type": "TextQuoteSelector",
                                     "exact": "Genehmigung des UN-Sicherheitsrates"}]}]}
    report = import_annotations(_write(tmp_path, "h.json", [row]))
    assert report.annotations == 1 and store.annotations_for()[0].document_id == de.id
    out = tmp_path / "out.json"
    export(ExportRequest("json"), out)
    item = json.loads(out.read_text("utf-8"))["first"]["items"][0]
    assert item["target"]["source"]["via"] == "https://anewz.tv/de/article"
