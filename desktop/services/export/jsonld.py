"""W3C Web Annotation JSON-LD: export one AnnotationCollection, and import it back.

Each annotation targets its document (by Triptych id and content hash) with a
TextQuoteSelector and a TextPositionSelector; a note is a TextualBody with its
language, each tag a TextualBody with purpose ``tagging``, each link a
SpecificResource with purpose ``linking``. Importing is all-or-nothing: a malformed
file, or one that annotates documents missing from the library, writes nothing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.errors import UserError
from desktop.services.export.model import ExportData

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ANNOTATION = "urn:triptych:annotation:"
DOCUMENT = "urn:triptych:document:"
HASH = "urn:sha256:"


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value else None


def to_collection(data: ExportData) -> dict:
    items = []
    for doc, a in data.all_annotations():
        body: list[dict] = []
        if a.note:
            body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain",
                         "language": doc.document.language})
        body.extend({"type": "TextualBody", "purpose": "tagging", "value": t} for t in a.tag_names)
        for link in data.links:
            if link.source_id == a.id:
                body.append({"type": "SpecificResource", "purpose": "linking", "source": ANNOTATION + link.target_id,
                             "triptych:relation": link.relation, **({"value": link.note} if link.note else {})})
        items.append({
            "id": ANNOTATION + a.id,
            "type": "Annotation",
            "created": _iso(a.created),
            "modified": _iso(a.modified),
            "triptych:color": a.color,
            "triptych:state": a.state,
            "body": body,
            "target": {
                "source": DOCUMENT + doc.document.id,
                "triptych:contentHash": HASH + doc.document.content_hash,
                "triptych:title": doc.document.title,
                "language": doc.document.language,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
                    {"type": "TextPositionSelector", "start": a.start, "end": a.end},
                ],
            },
        })
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Triptych annotations",
        "generator": {"type": "Software", "name": f"Triptych {__version__}"},
        "generated": _iso(datetime.now(UTC)),
        "total": len(items),
        "triptych:tags": [{"name": t.name, "color": t.color,
                           "parent": next((p.name for p in data.tags if p.id == t.parent_id), None)} for t in data.tags],
        "first": {"type": "AnnotationPage", "items": items},
    }


def write_json(data: ExportData, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        json.dump(to_collection(data), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# -- import ----------------------------------------------------------------------------


def _bad(path: Path, why: str) -> UserError:
    return UserError('{path_name} is not a Triptych/W3C annotation export ({why}); nothing was imported.', path_name=path.name, why=why)


def import_annotations(path: Path) -> tuple[int, int, int]:
    """Import an exported collection; returns (annotations, tags, links) added."""
    from desktop.storage.models import Document

    path = Path(path)
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError('{path} does not exist.', path=path) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(path, "not JSON") from exc
    if not isinstance(collection, dict) or collection.get("type") != "AnnotationCollection":
        raise _bad(path, "no AnnotationCollection")
    items = (collection.get("first") or {}).get("items") if isinstance(collection.get("first"), dict) else None
    if not isinstance(items, list):
        raise _bad(path, "no annotation page")
    parsed = []
    missing: set[str] = set()
    for item in items:
        try:
            target = item["target"]
            selectors = {s["type"]: s for s in target["selector"]}
            quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
            annotation_id = str(item["id"]).removeprefix(ANNOTATION)
            content_hash = str(target.get("triptych:contentHash", "")).removeprefix(HASH)
            doc_id = str(target["source"]).removeprefix(DOCUMENT)
            start, end = int(position["start"]), int(position["end"])
            exact = str(quote["exact"])
        except (KeyError, TypeError, ValueError) as exc:
            raise _bad(path, f"an annotation lacks its target or selectors: {exc}") from exc
        document = Document.get_or_none(Document.content_hash == content_hash) if content_hash else None
        document = document or Document.get_or_none(Document.id == doc_id)
        if document is None:
            missing.add(target.get("triptych:title") or doc_id)
            continue
        if document.text[start:end] != exact:
            raise _bad(path, f"annotation {annotation_id} does not match the text of {document.id}")
        bodies = item.get("body") or []
        if isinstance(bodies, dict):
            bodies = [bodies]
        note = next((b.get("value", "") for b in bodies if b.get("purpose") == "commenting"), "")
        tags = [b["value"] for b in bodies if b.get("purpose") == "tagging" and b.get("value")]
        links = [(str(b["source"]).removeprefix(ANNOTATION), b.get("triptych:relation", "related"), b.get("value", ""))
                 for b in bodies if b.get("purpose") == "linking" and b.get("source")]
        parsed.append((annotation_id, document, start, end, quote, item, note, tags, links))
    if missing:
        raise UserError('{path_name} annotates documents that are not in the library ({value}); import them first; nothing was imported.', path_name=path.name, value=', '.join(sorted(missing)))
    return _apply(collection, parsed)


def _apply(collection: dict[str, Any], parsed: list[tuple[Any, ...]]) -> tuple[int, int, int]:
    """Hand what was read to the annotation service, which checks it (relations, colours,
    states, tag names, selectors) and adds it in one transaction."""
    from desktop.services import annotation_service as service
    from desktop.storage.annotations import AnnotationData

    tags = tuple(
        service.TagPlan(t["name"], t.get("color") or service.DEFAULT_TAG_COLOR, t.get("parent") or None)
        for t in collection.get("triptych:tags") or [] if isinstance(t, dict) and t.get("name")
    )
    annotations = tuple(
        (AnnotationData(
            id=annotation_id, document_id=document.id, exact=str(quote["exact"]), prefix=str(quote.get("prefix", "")),
            suffix=str(quote.get("suffix", "")), start=start, end=end, color=str(item.get("triptych:color", "#ffd54f")),
            note=str(note), state=str(item.get("triptych:state", "anchored")),
            created=_parse_time(item.get("created")), modified=_parse_time(item.get("modified")),
        ), tuple(str(t) for t in tags_))
        for annotation_id, document, start, end, quote, item, note, tags_, _links in parsed
    )
    links = tuple(
        service.LinkPlan(annotation_id, target_id, str(relation), str(link_note or ""))
        for annotation_id, *_rest, item_links in parsed for target_id, relation, link_note in item_links
    )
    texts = {document.id: document.text for _id, document, *_rest in parsed}
    outcome = service.import_plan(service.ImportPlan(tags, annotations, links),
                                  texts=lambda doc_id: texts[doc_id] if doc_id in texts else "")
    counts: tuple[int, int, int] = outcome.value
    return counts


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
