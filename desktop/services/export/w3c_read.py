"""Reading W3C Web Annotation JSON as other tools write it, into neutral records.

Every shape the model allows is accepted: an AnnotationCollection (its embedded pages,
``first`` and the ``next`` pages embedded after it), an AnnotationPage, a single
Annotation, or a JSON array of them; targets as an IRI, an object or a list (and
``Composite``/``List``/``Independents`` sets); selectors as an object or a list, with
``refinedBy``; bodies as an IRI, an object, a list, a ``Choice`` or ``bodyValue``, with or
without ``purpose``. Hypothesis' own JSON comes in through :mod:`hypothesis` as the
same records. Nothing here looks at the library: :mod:`w3c_import` places the records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

OA = "http://www.w3.org/ns/oa#"
_PREFIXES = (OA, "http://www.w3.org/ns/activitystreams#", "oa:", "as:", "dctypes:")
RFC5147_RE = re.compile(r"^char=(\d+),(\d+)$")
_CSS_RULE_RE = re.compile(r"\.([\w-]+)\s*\{[^}]*?background(?:-color)?\s*:\s*(#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b)")


@dataclass
class Selection:
    """One target: which document (as the file names it) and where in it."""

    source_ids: list[str] = field(default_factory=list)  # IRIs that name the document
    content_hash: str | None = None
    title: str | None = None
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    unsupported: list[str] = field(default_factory=list)  # selector types that were not understood
    annotation_ref: str | None = None  # the Triptych annotation this selection belongs to
    style_class: str | None = None

    @property
    def whole_document(self) -> bool:
        return self.exact is None and self.start is None and not self.unsupported


@dataclass
class LinkBody:
    """A ``linking`` body: the passage (or annotation) linked to, with its relation."""

    selection: Selection | None
    annotation_ref: str | None
    relation: str | None
    note: str = ""


@dataclass
class Record:
    """One annotation of the file, read but not yet placed."""

    label: str
    id: str | None
    motivations: set[str] = field(default_factory=set)
    targets: list[Selection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    classifications: list[str] = field(default_factory=list)
    links: list[LinkBody] = field(default_factory=list)
    color: str | None = None
    state: str | None = None
    created: datetime | None = None
    modified: datetime | None = None
    author: str | None = None
    triptych: bool = False  # written by Triptych (its own classifying colour body is not a tag)
    problem: str | None = None  # why it is not an annotation at all


def names(value: Any) -> set[str]:
    """A ``type``/``motivation``/``purpose`` value as bare names (``oa:tagging`` -> ``tagging``)."""
    found = set()
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, str):
            for prefix in _PREFIXES:
                if v.startswith(prefix):
                    v = v[len(prefix):]
                    break
            found.add(v)
    return found


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def parse_time(value: Any) -> datetime | None:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC).replace(microsecond=0)


def _id_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("id", "@id"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def _agent_name(value: Any) -> str | None:
    for agent in as_list(value):
        if isinstance(agent, dict):
            for key in ("name", "nickname", "foaf:name"):
                if isinstance(agent.get(key), str) and agent[key].strip():
                    return str(agent[key]).strip()
    return None


def annotation_objects(document: Any) -> list[dict[str, Any]] | None:
    """The annotations of a file in any of the shapes (module docstring); None if it has none."""
    if isinstance(document, list):
        return [d for d in document if isinstance(d, dict)]
    if not isinstance(document, dict):
        return None
    kinds = names(document.get("type") or document.get("@type"))
    if "Annotation" in kinds:
        return [document]
    if kinds & {"AnnotationPage", "OrderedCollectionPage"}:
        return [i for i in as_list(document.get("items")) if isinstance(i, dict)]
    if kinds & {"AnnotationCollection", "OrderedCollection"}:
        found: list[dict[str, Any]] = [i for i in as_list(document.get("items")) if isinstance(i, dict)]
        page = document.get("first")
        seen: set[int] = set()
        while isinstance(page, dict) and id(page) not in seen:
            seen.add(id(page))
            found += [i for i in as_list(page.get("items")) if isinstance(i, dict)]
            page = page.get("next")
        return found
    return None


def collection_of(document: Any) -> dict[str, Any]:
    return document if isinstance(document, dict) else {}


def _selectors(selection: Selection, value: Any, depth: int = 0) -> None:
    for selector in as_list(value):
        if isinstance(selector, str):
            selection.unsupported.append(selector)
            continue
        if not isinstance(selector, dict):
            continue
        kinds = names(selector.get("type"))
        if "TextQuoteSelector" in kinds and isinstance(selector.get("exact"), str):
            selection.exact = selector["exact"]
            prefix, suffix = selector.get("prefix"), selector.get("suffix")
            selection.prefix = prefix if isinstance(prefix, str) else ""
            selection.suffix = suffix if isinstance(suffix, str) else ""
        elif "TextPositionSelector" in kinds and depth == 0:
            start, end = selector.get("start"), selector.get("end")
            if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool):
                selection.start, selection.end = start, end
            else:
                selection.unsupported.append("TextPositionSelector")
        elif "FragmentSelector" in kinds and depth == 0 and "rfc5147" in str(selector.get("conformsTo", "")).lower() \
                and (match := RFC5147_RE.match(str(selector.get("value", "")))):
            if selection.start is None:
                selection.start, selection.end = int(match.group(1)), int(match.group(2))
        else:
            selection.unsupported.extend(sorted(kinds) or ["selector"])
        if selector.get("refinedBy") is not None:
            # A refinement is relative to what it refines: only its quote still means something.
            _selectors(selection, selector["refinedBy"], depth + 1)


def selection_of(target: Any) -> list[Selection]:
    """The selections a target names (several for a Composite, List or Independents)."""
    if isinstance(target, str):
        return [Selection(source_ids=[target])]
    if not isinstance(target, dict):
        return []
    if names(target.get("type")) & {"Composite", "List", "Independents"}:
        return [s for item in as_list(target.get("items")) for s in selection_of(item)]
    selection = Selection()
    source = target.get("source")
    if source is None:  # an External Web Resource: a whole document
        source = target
    source_id = _id_of(source)
    if source_id:
        selection.source_ids.append(source_id)
    for holder in (source, target):
        if isinstance(holder, dict):
            via = holder.get("via")
            selection.source_ids += [v for v in as_list(via) if isinstance(v, str)]
            content_hash = holder.get("triptych:contentHash")
            if isinstance(content_hash, str):
                selection.content_hash = content_hash.removeprefix("urn:sha256:")
            title = holder.get("label") or holder.get("triptych:title")
            if isinstance(title, str) and not selection.title:
                selection.title = title
    if target.get("source") is not None:
        _selectors(selection, target.get("selector"))
    ref = target.get("triptych:annotation")
    selection.annotation_ref = ref if isinstance(ref, str) else None
    style = target.get("styleClass")
    selection.style_class = style if isinstance(style, str) else None
    return [selection]


def _stylesheet_colors(annotation: dict[str, Any]) -> dict[str, str]:
    colors: dict[str, str] = {}
    for sheet in as_list(annotation.get("stylesheet")):
        value = sheet.get("value") if isinstance(sheet, dict) else None
        if isinstance(value, str):
            for css_class, color in _CSS_RULE_RE.findall(value):
                colors[css_class] = color
    return colors


def _text_value(body: dict[str, Any]) -> str | None:
    value = body.get("value", body.get("rdf:value"))
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    if "text/html" in str(body.get("format", "")):
        from desktop.core.markup import html_to_text

        value = html_to_text(value).text
    return value


def _bodies(record: Record, value: Any, motivations: set[str]) -> None:
    for body in as_list(value):
        if isinstance(body, str):
            record.notes.append(body)  # an external body: its address is kept in the note
            continue
        if not isinstance(body, dict):
            continue
        kinds = names(body.get("type"))
        purposes = names(body.get("purpose")) or motivations
        if "Choice" in kinds:
            _bodies(record, as_list(body.get("items"))[:1], motivations)
            continue
        if kinds & {"Composite", "List", "Independents"}:
            _bodies(record, body.get("items"), motivations)
            continue
        if "linking" in purposes and ("SpecificResource" in kinds or body.get("source") is not None):
            selections = selection_of(body)
            source_ref = _id_of(body.get("source"))
            ref = body.get("triptych:annotation")
            relation = body.get("triptych:relation")
            old_note = body.get("value")  # Triptych's first exports put the link's note here
            record.links.append(LinkBody(
                selections[0] if selections and not selections[0].whole_document else None,
                ref if isinstance(ref, str) else source_ref, relation if isinstance(relation, str) else None,
                old_note if isinstance(old_note, str) else ""))
            continue
        text = _text_value(body)
        if text is None:
            source = _id_of(body.get("source")) or _id_of(body)
            if source and "tagging" in purposes:
                record.tags.append(source)
            elif source:
                record.notes.append(source)
            continue
        if "tagging" in purposes:
            record.tags.append(text)
        elif "classifying" in purposes:
            record.classifications.append(text)
        elif text.strip():
            record.notes.append(text)  # commenting, describing, replying, no purpose at all...


def read_record(index: int, annotation: dict[str, Any]) -> Record:
    """One annotation object as a :class:`Record` (``problem`` says when it is not one)."""
    raw_id = _id_of(annotation)
    record = Record(label=f"#{index + 1}" + (f" {raw_id}" if raw_id else ""), id=raw_id)
    kinds = names(annotation.get("type") or annotation.get("@type"))
    if kinds and "Annotation" not in kinds:
        record.problem = "type"
        return record
    record.motivations = names(annotation.get("motivation"))
    for target in as_list(annotation.get("target")):
        record.targets += selection_of(target)
    if not record.targets:
        record.problem = "target"
        return record
    _bodies(record, annotation.get("body"), record.motivations)
    body_value = annotation.get("bodyValue")
    if isinstance(body_value, str):
        (record.tags if "tagging" in record.motivations else record.notes).append(body_value)
    color = annotation.get("triptych:color")
    record.triptych = isinstance(color, str)
    if isinstance(color, str):
        record.color = color
    else:
        colors = _stylesheet_colors(annotation)
        for selection in record.targets:
            if selection.style_class in colors:
                record.color = colors[selection.style_class]
                break
    state = annotation.get("triptych:state")
    record.state = state if isinstance(state, str) else None
    record.created = parse_time(annotation.get("created"))
    record.modified = parse_time(annotation.get("modified")) or record.created
    record.author = _agent_name(annotation.get("creator"))
    return record
