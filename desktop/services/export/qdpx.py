"""REFI-QDA project export (.qdpx): the exchange format of the qualitative analysis
tools (ATLAS.ti, NVivo, MAXQDA, QualCoder): a zip with ``project.qde`` (QDA-XML,
namespace ``urn:QDA-XML:project:1.0``) and the sources' texts in ``Sources/``.

- each article: a ``TextSource`` with its plain text in ``Sources/<guid>.txt``;
- the tags: the ``CodeBook`` (nested as the tags are, with their colours); the
  highlight colours that are used form a code group of their own ("Highlight
  colours", not codable), so a colour and its meaning survive as a code;
- each highlight: a ``PlainTextSelection`` (start and end in characters, that is code
  points, of the source text) coded with its colour and its tags; its note is a
  ``Note`` it refers to;
- each link: a ``Link`` from one selection to the other, named by its relation, with
  its note;
- the person: the ``User`` who created and modified everything.

GUIDs are derived from Triptych's ids, so exporting twice gives the same GUIDs and an
import can recognise Triptych's own selections (:func:`annotation_guid`).
"""

from __future__ import annotations

import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from desktop import __version__
from desktop.core.colors import color_name
from desktop.core.language import language_name
from desktop.services.export.jsonld import RELATION_WORDS
from desktop.services.export.model import ExportData, source_label
from desktop.storage.annotations import TagData

NS = "urn:QDA-XML:project:1.0"
SCHEMA_LOCATION = f"{NS} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
_GUIDS = uuid.UUID("7c4f3a0e-58b1-4c0e-9a55-2f1c3e9b8d10")
COLOURS_GROUP = "Highlight colours"


def guid(kind: str, key: str) -> str:
    return str(uuid.uuid5(_GUIDS, f"{kind}:{key}")).upper()


def annotation_guid(annotation_id: str) -> str:
    """A selection's GUID that carries the annotation's id in its last 12 digits."""
    base = guid("annotation", annotation_id)
    if len(annotation_id) == 12 and all(c in "0123456789abcdef" for c in annotation_id):
        return base[:-12] + annotation_id.upper()
    return base


def annotation_id_of(selection_guid: str) -> str | None:
    """The Triptych annotation id a selection GUID carries, when it is one of Triptych's."""
    candidate = selection_guid.strip("{}")[-12:].lower()
    return candidate if annotation_guid(candidate) == selection_guid.strip("{}").upper() else None


def _when(value: datetime | None) -> str:
    value = value or datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _sub(parent: ET.Element, tag: str, **attributes: str | None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{NS}}}{tag}")
    for key, value in attributes.items():
        if value is not None:
            element.set(key, value)
    return element


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = _sub(parent, tag)
    element.text = text
    return element


def project(data: ExportData) -> tuple[ET.Element, dict[str, str]]:
    """The project.qde tree, and the sources' texts by file name."""
    now = _when(None)
    user = guid("user", data.request.author) if data.request.author else None
    root = ET.Element(f"{{{NS}}}Project", {"name": "Triptych export", "origin": f"Triptych {__version__}",
                                           "creationDateTime": now, "modifiedDateTime": now})
    root.set("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", SCHEMA_LOCATION)
    if user:
        root.set("creatingUserGUID", user)
        root.set("modifyingUserGUID", user)
        _sub(_sub(root, "Users"), "User", guid=user, name=data.request.author)
    used_colors = sorted({a.color for _d, a in data.all_annotations()})
    if data.tags or used_colors:
        codes = _sub(_sub(root, "CodeBook"), "Codes")
        children: dict[int | None, list[TagData]] = {}
        for t in data.tags:
            children.setdefault(t.parent_id, []).append(t)
        known = {t.id for t in data.tags}

        def add(parent: ET.Element, tag_parent: int | None) -> None:
            for t in children.get(tag_parent, []):
                add(_sub(parent, "Code", guid=guid("tag", t.name.casefold()), name=t.name, isCodable="true",
                         color=t.color), t.id)

        add(codes, None)
        for orphan_parent in [p for p in children if p is not None and p not in known]:
            add(codes, orphan_parent)
        if used_colors:
            group = _sub(codes, "Code", guid=guid("colours", "group"), name=COLOURS_GROUP, isCodable="false")
            _text(group, "Description", "Triptych: the colours passages are highlighted in, with their meanings.")
            for color in used_colors:
                meaning = data.meanings.get(color)
                _sub(group, "Code", guid=guid("colour", color), name=f"{color_name(color)} — {meaning}" if meaning
                     else color_name(color), isCodable="true", color=color)
    texts: dict[str, str] = {}
    notes: list[tuple[str, str, str, str | None, datetime | None]] = []  # guid, name, text, user, created
    tag_guids = {t.name: guid("tag", t.name.casefold()) for t in data.tags}
    sources = _sub(root, "Sources") if data.documents else None
    for doc in data.documents:
        d = doc.document
        source_guid = guid("document", d.content_hash)
        texts[f"{source_guid}.txt"] = d.text
        source = _sub(sources, "TextSource", guid=source_guid, name=d.title,  # type: ignore[arg-type]
                      plainTextPath=f"internal://{source_guid}.txt", creatingUser=user,
                      creationDateTime=_when(d.created), modifyingUser=user, modifiedDateTime=_when(d.created))
        described = " · ".join(p for p in (language_name(d.language), source_label(d), f"Triptych {d.id}") if p)
        _text(source, "Description", described)
        for a in doc.annotations:
            author = guid("user", data.author_of(a)) if data.author_of(a) else None  # type: ignore[arg-type]
            selection = _sub(source, "PlainTextSelection", guid=annotation_guid(a.id),
                             name=" ".join(a.exact.split())[:80], startPosition=str(a.start),
                             endPosition=str(a.end), creatingUser=author, creationDateTime=_when(a.created),
                             modifyingUser=author, modifiedDateTime=_when(a.modified))
            for code in [guid("colour", a.color), *(tag_guids[t] for t in a.tag_names if t in tag_guids)]:
                coding = _sub(selection, "Coding", guid=guid("coding", f"{a.id}:{code}"), creatingUser=author,
                              creationDateTime=_when(a.created))
                _sub(coding, "CodeRef", targetGUID=code)
            if a.note:
                note_guid = guid("note", a.id)
                _sub(selection, "NoteRef", targetGUID=note_guid)
                notes.append((note_guid, f"Note on “{' '.join(a.exact.split())[:40]}”", a.note, author, a.modified))
    links = [link for link in data.links if data.annotation(link.source_id) and data.annotation(link.target_id)]
    for link in links:
        if link.note:
            notes.append((guid("link-note", f"{link.source_id}:{link.target_id}:{link.relation}"),
                          RELATION_WORDS.get(link.relation, link.relation), link.note, user, link.created))
    if notes:
        holder = _sub(root, "Notes")
        for note_guid, name, text, author, created in notes:
            note = _sub(holder, "Note", guid=note_guid, name=name, creatingUser=author, creationDateTime=_when(created))
            _text(note, "PlainTextContent", text)
    if links:
        holder = _sub(root, "Links")
        for link in links:
            key = f"{link.source_id}:{link.target_id}:{link.relation}"
            element = _sub(holder, "Link", guid=guid("link", key),
                           name=RELATION_WORDS.get(link.relation, link.relation), direction="OneWay",
                           originGUID=annotation_guid(link.source_id),
                           targetGUID=annotation_guid(link.target_id))
            if link.note:
                _sub(element, "NoteRef", targetGUID=guid("link-note", key))
    return root, texts


def write_qdpx(data: ExportData, path: Path) -> None:
    ET.register_namespace("", NS)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root, texts = project(data)
    ET.indent(root, space=" ")
    xml = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for name, text in texts.items():
            archive.writestr(f"Sources/{name}", text.encode("utf-8"))
