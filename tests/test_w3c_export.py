"""W3C Web Annotation export, checked with the W3C test suite's own JSON Schemas (every
MUST and SHOULD assertion, over every annotation, the collection and its page) and
with pyld (every key expands to an IRI; nothing is dropped)."""

from __future__ import annotations

import json

import pytest

from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from tests.support import w3c
from tests.support.annotated import make_annotated

pytestmark = pytest.mark.both_engines


@pytest.fixture
def annotated(corpus):
    return make_annotated(corpus)


@pytest.fixture
def collection(annotated, tmp_path):
    out = tmp_path / "anno.json"
    assert export(ExportRequest("json", author="Jane Doe"), out) == out
    return json.loads(out.read_text(encoding="utf-8"))


def _items(collection):
    return collection["first"]["items"]


def test_the_suite_runs_its_assertions():
    """The harness is real: the suite's own broken samples fail MUST assertions."""
    assert len(w3c.assertions("annotation")) > 80 and len(w3c.assertions("collection")) >= 10
    broken = json.loads((w3c.SUITE / "tools/samples/incorrect/anno3.json").read_text(encoding="utf-8"))
    assert any(f.startswith("must") for f in w3c.failures(broken, "annotation"))
    no_id = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": {"items": []}}
    assert any("5.1-collectionIdValidated" in f for f in w3c.failures(no_id, "collection"))


def test_every_annotation_passes_every_must_and_should(collection, annotated):
    items = _items(collection)
    assert len(items) == len(annotated) + 3  # the highlights and three links
    for item in items:
        assert w3c.failures(w3c.standalone(item, collection["@context"]), "annotation") == [], item["id"]


def test_the_collection_and_its_page_pass_every_must_and_should(collection):
    assert w3c.failures(collection, "collection") == []
    assert w3c.failures(collection, "page") == []
    assert collection["first"]["partOf"] == collection["id"] and collection["last"] == collection["first"]["id"]
    assert collection["total"] == len(_items(collection)) and collection["first"]["startIndex"] == 0


def test_creator_is_the_person_and_absent_without_a_name(annotated, tmp_path, collection):
    creators = {json.dumps(i["creator"], sort_keys=True) for i in _items(collection)}
    assert len(creators) == 1 and json.loads(creators.pop())["name"] == "Jane Doe"
    out = tmp_path / "anonymous.json"
    export(ExportRequest("json"), out)
    assert "creator" not in out.read_text(encoding="utf-8")  # never a login name on its own


def test_notes_carry_their_own_language_and_direction(collection, annotated):
    by_id = {i["id"].rsplit(":", 1)[-1]: i for i in _items(collection)}

    def note(key):
        return next(b for b in by_id[annotated[key].id]["body"] if b["purpose"] == "commenting")

    assert note("ru")["language"] == "ru"
    english = note("ar_20")  # an English note on an Arabic passage is not labelled Arabic
    assert english["language"] != "ar" and english["textDirection"] == "ltr"
    assert note("ar_midword")["language"] == "ar" and note("ar_midword")["textDirection"] == "rtl"
    target = by_id[annotated["ar_20"].id]["target"]
    assert target["source"]["language"] == "ar" and target["source"]["textDirection"] == "rtl"
    assert {s["type"] for s in target["selector"]} == {"TextQuoteSelector", "TextPositionSelector", "FragmentSelector"}
    fragment = next(s for s in target["selector"] if s["type"] == "FragmentSelector")
    assert fragment["value"] == f"char={annotated['ar_20'].start},{annotated['ar_20'].end}"


def test_links_are_linking_annotations_between_the_two_passages(collection, annotated):
    links = [i for i in _items(collection) if i["motivation"] == "linking"]
    assert len(links) == 3
    conditional = next(i for i in links if i["id"].endswith(":same_claim"))
    assert conditional["target"]["triptych:annotation"].endswith(annotated["ar"].id)
    linked = next(b for b in conditional["body"] if b["type"] == "SpecificResource")
    assert linked["purpose"] == "linking" and linked["triptych:annotation"].endswith(annotated["de"].id)
    assert linked["selector"][0]["exact"] == annotated["de"].exact and "value" not in linked
    note = next(b for b in conditional["body"] if b.get("purpose") == "commenting")
    assert note["value"] == "both make it conditional" and note["type"] == "TextualBody"


def test_the_codebook_keeps_colours_and_nesting(collection):
    book = {e["label"]: e for e in collection["triptych:codebook"]}
    assert book["condition"]["triptych:parent"] == book["conditions"]["id"]
    assert book["conditions"]["triptych:color"] == "#aa3355"
    meaning = {"triptych:color": "#f48fb1", "label": "condition set by a government"}
    assert meaning in collection["triptych:colorMeanings"]


def test_json_ld_expansion_drops_nothing_and_names_every_term(collection):
    from pyld import jsonld

    dropped = []
    expanded = jsonld.expand(collection, {"documentLoader": w3c.document_loader},
                             on_property_dropped=lambda prop: dropped.append(prop))
    assert dropped == []
    text = json.dumps(expanded, ensure_ascii=False)
    for term in ("color", "state", "codebook", "parent", "contentHash", "relation", "annotation", "colorMeanings"):
        assert f'"urn:triptych:vocab:{term}"' in text, term
    assert '"http://www.w3.org/ns/oa#commenting"' in text and '"http://www.w3.org/ns/oa#linking"' in text
    # A tag's colour and parent survive (pyld dropped them from the first exports).
    codebook = expanded[0]["urn:triptych:vocab:codebook"]
    nested = next(e for e in codebook if any(v.get("@value") == "condition"
                                             for v in e.get("http://www.w3.org/2000/01/rdf-schema#label", [])))
    assert nested["urn:triptych:vocab:parent"][0]["@id"].startswith("urn:triptych:tag:")
    assert nested["urn:triptych:vocab:color"][0]["@value"].startswith("#")


def test_the_loader_never_fetches():
    from pyld.jsonld import JsonLdError

    with pytest.raises(JsonLdError):
        w3c.document_loader("https://example.org/other.jsonld")
