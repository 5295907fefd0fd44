"""W3C Web Annotation JSON-LD: the export, one AnnotationCollection with one page.

What each Triptych thing becomes (docs/exchange.md has the whole mapping):

- a highlight: an ``Annotation`` whose target is a ``SpecificResource`` on its document
  (``urn:triptych:document:ID``, plain text, with its language, direction, content hash
  and, when known, the web address it came from as ``via``), selected three ways: a
  TextQuoteSelector, a TextPositionSelector (code points) and an RFC 5147 FragmentSelector
  (``char=start,end``). Its colour is a CSS style class with its stylesheet, ``triptych:color``
  and a ``classifying`` body (the colour's meaning, or its name);
- its note: a ``commenting`` TextualBody in the note's own language and direction;
- each tag: a ``tagging`` TextualBody; the tags themselves (names, colours, nesting) are
  the collection's ``triptych:codebook``;
- a link between two passages: an Annotation of its own, ``motivation: linking``, whose
  target is the first annotation and whose body is a ``SpecificResource`` on the second
  with the relation; the link's note is a second, ``commenting`` body (a SpecificResource
  may not carry a value).

``creator`` is the person (the annotation's own author when one is stored, else the
name given with ``--author`` or in Preferences); no name, no creator: Triptych never
puts a login name in a file on its own. The ``@context`` is the W3C context plus the
Triptych vocabulary (:data:`TRIPTYCH_CONTEXT`), so every key expands to a real IRI.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desktop import __version__
from desktop.core.colors import color_name
from desktop.core.direction import Direction, paragraph_direction
from desktop.services.export.languages import text_language
from desktop.services.export.model import DocumentData, ExportData
from desktop.storage.annotations import AnnotationData, LinkData

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Where the Triptych terms live; a URN, because no web page describes them (docs/exchange.md does).
VOCAB = "urn:triptych:vocab:"
TRIPTYCH_CONTEXT: dict[str, Any] = {
    "triptych": VOCAB,
    "triptych:contentHash": {"@type": "@id"},
    "triptych:parent": {"@type": "@id"},
    "triptych:annotation": {"@type": "@id"},
    "triptych:codebook": {"@container": "@set"},
    "triptych:colorMeanings": {"@container": "@set"},
    "triptych:version": {"@type": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"},
    "triptych:paragraph": {"@type": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"},
}
CONTEXT: list[Any] = [ANNO_CONTEXT, TRIPTYCH_CONTEXT]

ANNOTATION = "urn:triptych:annotation:"
LINK = "urn:triptych:link:"
DOCUMENT = "urn:triptych:document:"
TAG = "urn:triptych:tag:"
HASH = "urn:sha256:"
RFC5147 = "http://tools.ietf.org/rfc/rfc5147"
#: The media type of a Web Annotation (the Web Annotation Protocol's).
ANNOTATION_FORMAT = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'
GENERATOR = {"id": "urn:triptych:software", "type": "Software", "name": f"Triptych {__version__}",
             "nickname": "triptych", "schema:softwareVersion": __version__}
#: The relations in words (the W3C ``classifying`` body of a link).
RELATION_WORDS = {"same_claim": "same claim", "contradicts": "contradicts", "omits": "omits",
                  "elaborates": "elaborates", "translation_of": "translation of", "related": "related"}
_PERSONS = uuid.UUID("5b0f3e4c-2c1d-4f59-9d2b-7f3c1f0a9e61")


def iso(value: datetime | None) -> str | None:
    """UTC, to the second, with a Z (what the W3C examples use)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def person(name: str | None) -> dict[str, str] | None:
    """A creator Agent for a person's name; the same name gives the same id on every machine."""
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    return {"id": f"urn:uuid:{uuid.uuid5(_PERSONS, name)}", "type": "Person", "name": name, "nickname": name}


def tag_id(name: str) -> str:
    return TAG + quote(name.casefold(), safe="")


def style_class(color: str) -> str:
    return "triptych-" + color.lstrip("#").lower()


def _text_body(value: str, purpose: str, language: str, stamp: dict[str, Any]) -> dict[str, Any]:
    body = {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain", "language": language}
    if purpose == "commenting":
        body["textDirection"] = str(paragraph_direction(value))
    body.update(stamp)
    return body


def _source(doc: DocumentData) -> dict[str, Any]:
    d = doc.document
    source: dict[str, Any] = {
        "id": DOCUMENT + d.id, "type": "Text", "format": "text/plain", "language": d.language,
        "textDirection": str(Direction(d.direction)), "label": d.title,
        "triptych:contentHash": HASH + d.content_hash, "triptych:version": d.version,
    }
    if d.url.startswith(("http://", "https://")):
        source["via"] = d.url
    return source


def _stamp(creator: dict[str, str] | None, created: datetime | None) -> dict[str, Any]:
    """Who made a body or a selection, and when: the annotation's person and time."""
    stamp: dict[str, Any] = {}
    if creator:
        stamp["creator"] = creator
    if created:
        stamp["created"] = iso(created)
    return stamp


def _selection(doc: DocumentData, a: AnnotationData, stamp: dict[str, Any], *, styled: bool = True) -> dict[str, Any]:
    """The passage an annotation is on, as a SpecificResource with three selectors
    (styled with the annotation's colour class, whose stylesheet the annotation carries)."""
    selection: dict[str, Any] = {"type": "SpecificResource", "source": _source(doc)}
    if styled:
        selection["styleClass"] = style_class(a.color)
    return selection | {
        "triptych:annotation": ANNOTATION + a.id,
        "triptych:paragraph": doc.paragraph_of(a.start) - 1,
        "selector": [
            {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            {"type": "FragmentSelector", "conformsTo": RFC5147, "value": f"char={a.start},{a.end}"},
        ],
        **stamp,
    }


def _lifecycle(item: dict[str, Any], creator: dict[str, str] | None, created: datetime | None,
               modified: datetime | None, generated: str) -> None:
    if created:
        item["created"] = iso(created)
    if modified:
        item["modified"] = iso(modified)
    if creator:
        item["creator"] = creator
    item["generator"] = GENERATOR
    item["generated"] = generated


def annotation_item(data: ExportData, doc: DocumentData, a: AnnotationData, generated: str) -> dict[str, Any]:
    """One highlight as a W3C Annotation (see the module docstring)."""
    language = doc.document.language
    creator = person(data.author_of(a))
    stamp = _stamp(creator, a.created)
    body: list[dict[str, Any]] = []
    if a.note:
        body.append(_text_body(a.note, "commenting", text_language(a.note, language), stamp))
    body.extend(_text_body(t, "tagging", text_language(t, language), stamp) for t in a.tag_names)
    meaning = data.meanings.get(a.color)
    body.append(_text_body(meaning, "classifying", text_language(meaning, language), stamp) if meaning
                else _text_body(color_name(a.color), "classifying", "en", stamp))
    item: dict[str, Any] = {
        "id": ANNOTATION + a.id,
        "type": "Annotation",
        "motivation": "commenting" if a.note else "tagging" if a.tag_names else "highlighting",
    }
    _lifecycle(item, creator, a.created, a.modified, generated)
    item.update({
        "stylesheet": {"type": "CssStylesheet", "value": f".{style_class(a.color)} {{ background-color: {a.color}; }}"},
        "triptych:color": a.color,
        "triptych:state": a.state,
        "body": body,
        "target": _selection(doc, a, stamp),
    })
    return item


def link_item(data: ExportData, link: LinkData, generated: str) -> dict[str, Any] | None:
    """A link between two passages as a ``linking`` Annotation: its target is the first
    passage, its body the second (both as the selections their own annotations have),
    the relation in words and, when there is one, the link's note. None when one end is
    not in the export."""
    source, target = data.annotation(link.source_id), data.annotation(link.target_id)
    if source is None or target is None:
        return None
    creator = person(data.author_of(link if link.author else source[1]))  # who linked, where it is stored
    stamp = _stamp(creator, link.created)
    linked = _selection(*target, stamp, styled=False)
    linked["purpose"] = "linking"
    linked["triptych:relation"] = link.relation
    body: list[dict[str, Any]] = [
        linked, _text_body(RELATION_WORDS.get(link.relation, link.relation), "classifying", "en", stamp)]
    if link.note:
        body.append(_text_body(link.note, "commenting", text_language(link.note, source[0].document.language), stamp))
    item: dict[str, Any] = {
        "id": f"{LINK}{link.source_id}:{link.target_id}:{link.relation}",
        "type": "Annotation",
        "motivation": "linking",
    }
    _lifecycle(item, creator, link.created, None, generated)
    item["body"] = body
    item["target"] = _selection(*source, _stamp(creator, source[1].created), styled=False)
    return item


def codebook(data: ExportData) -> list[dict[str, Any]]:
    by_id = {t.id: t for t in data.tags}
    entries = []
    for t in data.tags:
        entry: dict[str, Any] = {"id": tag_id(t.name), "type": "triptych:Tag", "label": t.name,
                                 "triptych:color": t.color}
        parent = by_id.get(t.parent_id) if t.parent_id is not None else None
        if parent is not None:
            entry["triptych:parent"] = tag_id(parent.name)
        entries.append(entry)
    return entries


def to_collection(data: ExportData, *, now: datetime | None = None) -> dict[str, Any]:
    generated = iso(now or datetime.now(UTC)) or ""
    items = [annotation_item(data, doc, a, generated) for doc, a in data.all_annotations()]
    items += [item for link in data.links if (item := link_item(data, link, generated)) is not None]
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    page_id = f"urn:uuid:{uuid.uuid4()}"
    tag = data.request.tag
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": f"Triptych annotations tagged “{tag}”" if tag else "Triptych annotations",
    }
    creator = person(data.request.author)
    if creator:
        collection["creator"] = creator
    collection.update({
        "generator": GENERATOR,
        "generated": generated,
        "total": len(items),
        "triptych:codebook": codebook(data),
        "triptych:colorMeanings": [{"triptych:color": c, "label": m} for c, m in sorted(data.meanings.items())],
        "first": {"id": page_id, "type": "AnnotationPage", "partOf": collection_id, "startIndex": 0, "items": items},
        "last": page_id,
    })
    return collection


def write_json(data: ExportData, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        json.dump(to_collection(data), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
