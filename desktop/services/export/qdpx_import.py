"""Importing a REFI-QDA project (.qdpx) made by another tool on the same texts: its
codebook becomes tags (nested, with colours), its coded text selections highlights
with those tags and their notes, its links between selections links.

A source is matched to a library document by its text (the same text, whatever its
line endings), by ``--doc``, or by its name when that is a document's title. Each
selection is placed by its characters in the source's own text, which then go
through the same placing as a W3C quote with its position (so a source saved with
other line breaks still lands right). Triptych's own exports come back with their
ids and colours (:func:`~desktop.services.export.qdpx.annotation_id_of`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from desktop.core.errors import UserError
from desktop.core.text import content_hash, normalise_text
from desktop.services.export.import_plan import ImportPlan
from desktop.services.export.jsonld import ANNOTATION, DOCUMENT
from desktop.services.export.qdpx import COLOURS_GROUP, NS, annotation_id_of
from desktop.services.export.w3c_import import Library, Planner, derived_id
from desktop.services.export.w3c_read import LinkBody, Record, Selection, parse_time
from desktop.storage.models import Document

#: Relation names another tool may give a link, as Triptych's relations.
_RELATIONS = {"same claim": "same_claim", "contradicts": "contradicts", "omits": "omits",
              "elaborates": "elaborates", "translation of": "translation_of", "related": "related"}
_CONTEXT = 32


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [child for child in element or [] if _tag(child) == name]


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _bad(path: Path) -> UserError:
    return UserError('{path_name} is not a REFI-QDA project (.qdpx) that can be read; nothing was imported.',
                     path_name=path.name)


def _read(path: Path) -> tuple[ET.Element, zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(path)
        names = {n.lower(): n for n in archive.namelist()}
        qde = next((names[n] for n in names if n.endswith(".qde")), None)
        if qde is None:
            raise _bad(path)
        root = ET.fromstring(archive.read(qde))
    except FileNotFoundError:
        raise UserError('{path} does not exist.', path=path) from None
    except (zipfile.BadZipFile, ET.ParseError, KeyError, OSError, ValueError) as exc:
        raise _bad(path) from exc
    if _tag(root) != "Project" or (root.tag.startswith("{") and not root.tag.startswith(f"{{{NS}}}")):
        raise _bad(path)
    return root, archive


def _source_text(source: ET.Element, archive: zipfile.ZipFile) -> str | None:
    content = _child(source, "PlainTextContent")
    if content is not None and content.text is not None:
        return content.text
    where = source.get("plainTextPath") or ""
    if where.startswith("internal://"):
        name = where.removeprefix("internal://")
        for candidate in (f"Sources/{name}", f"sources/{name}", name):
            try:
                return archive.read(candidate).decode("utf-8-sig")
            except (KeyError, UnicodeDecodeError):
                continue
    return None


def _note_text(note: ET.Element, archive: zipfile.ZipFile) -> str:
    text = _source_text(note, archive)
    if text:
        return text.strip()
    description = _child(note, "Description")
    return (description.text or "").strip() if description is not None else ""


def _codebook(root: ET.Element) -> tuple[dict[str, tuple[str, str | None, str | None]], dict[str, str]]:
    """Codes by GUID: (name, colour, parent name); and the colour codes (GUID -> colour)."""
    codes: dict[str, tuple[str, str | None, str | None]] = {}
    colours: dict[str, str] = {}

    def walk(element: ET.Element, parent: str | None, in_colours: bool) -> None:
        for code in _children(element, "Code"):
            name = code.get("name") or ""
            is_colours = in_colours or (parent is None and name == COLOURS_GROUP and code.get("isCodable") == "false")
            if is_colours and name != COLOURS_GROUP and code.get("color"):
                colours[code.get("guid", "")] = str(code.get("color"))
            elif not is_colours:
                codes[code.get("guid", "")] = (name, code.get("color"), parent)
            walk(code, None if is_colours else name, is_colours)

    walk(_child(_child(root, "CodeBook"), "Codes") or ET.Element("none"), None, False)
    return codes, colours


def _document(source: ET.Element, text: str | None, library: Library) -> Document | None:
    """The library document a source is: --doc, the same text, or a document of its name."""
    if library.explicit is not None:
        return library.explicit
    if text is not None:
        found = library.by_hash.get(content_hash(normalise_text(text)))
        if found is not None:
            return found
    name = " ".join((source.get("name") or "").split())
    return next((d for d in library.by_id.values() if " ".join(d.title.split()) == name), None) if name else None


def plan_qdpx(path: Path, library: Library) -> ImportPlan:
    root, archive = _read(path)
    with archive:
        return _plan(path, root, archive, library)


def _plan(path: Path, root: ET.Element, archive: zipfile.ZipFile, library: Library) -> ImportPlan:
    planner = Planner(path.name, library)
    codes, colours = _codebook(root)
    planner.add_tags([(name, color, parent) for name, color, parent in codes.values()], "codebook")
    users = {u.get("guid"): u.get("name") for u in _children(_child(root, "Users"), "User")}
    notes = {n.get("guid"): _note_text(n, archive) for n in _children(_child(root, "Notes"), "Note")}
    selections: dict[str, str] = {}  # selection GUID -> the annotation id it became
    number = 0
    for source in _children(_child(root, "Sources"), "TextSource"):
        text = _source_text(source, archive)
        document = _document(source, text, library)
        for _whole in _children(source, "Coding"):
            number += 1
            planner.skip(f"#{number} {source.get('name', '')}".strip(),
                         UserError("It codes a whole document, not a passage in it."))
        for selection in _children(source, "PlainTextSelection"):
            number += 1
            record, raw = _record(number, source, selection, text, document, codes, colours, notes, users)
            if isinstance(record, UserError):
                planner.skip(raw["label"], record)
                continue
            planner.annotation(record, raw)
            annotation_id = derived_id(record.id, raw, 0)
            if planner.known(annotation_id):
                selections[selection.get("guid", "")] = annotation_id
    for link in _children(_child(root, "Links"), "Link"):
        number += 1
        label = f"#{number} {link.get('name', '')}".strip()
        origin, target = selections.get(link.get("originGUID", "")), selections.get(link.get("targetGUID", ""))
        if origin is None or target is None:
            planner.skip(label, UserError("It links codes, notes or passages that cannot be imported, not two "
                                          "imported passages."))
            continue
        name = " ".join((link.get("name") or "").split()).lower()
        relation = _RELATIONS.get(name, "related")
        note = "\n\n".join(notes.get(ref.get("targetGUID"), "") for ref in _children(link, "NoteRef")).strip()
        if relation == "related" and name and name not in _RELATIONS:
            note = f"{link.get('name')}\n\n{note}".strip()
        record = Record(label, link.get("guid"), {"linking"}, [Selection(annotation_ref=ANNOTATION + origin)],
                        links=[LinkBody(None, ANNOTATION + target, relation, note)])
        planner.pending_links.append((record, None, None))
    planner.links()
    return planner.plan


def _record(number: int, source: ET.Element, selection: ET.Element, text: str | None, document: Document | None,
            codes: dict[str, tuple[str, str | None, str | None]], colours: dict[str, str], notes: dict[Any, str],
            users: dict[Any, Any]) -> tuple[Record | UserError, dict[str, Any]]:
    """A selection as a record the W3C planner places (or why it cannot be one)."""
    sel_guid = selection.get("guid", "")
    label = f"#{number} {' '.join((selection.get('name') or sel_guid).split())[:50]}"
    raw = {"label": label, "qdpx": sel_guid}
    if document is None:
        return UserError('Its source “{source}” is not in the library (import the article first).',
                         source=source.get("name") or "?"), raw
    if text is None:
        return UserError('The text of its source “{source}” is not in the project file.',
                         source=source.get("name") or "?"), raw
    try:
        start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
    except ValueError:
        return UserError("Its start and end positions are not numbers."), raw
    if not 0 <= start < end <= len(text):
        return UserError('Its position {start}–{end} is outside “{title}” ({length} characters).', start=start, end=end,
                         title=source.get("name") or "?", length=len(text)), raw
    ours = annotation_id_of(sel_guid)
    record = Record(label, ANNOTATION + ours if ours else f"urn:qda:{sel_guid.strip('{}').upper()}")
    record.targets = [Selection(
        source_ids=[DOCUMENT + document.id], title=document.title, exact=normalise_text(text[start:end]),
        prefix=normalise_text(text[max(0, start - _CONTEXT):start]), suffix=normalise_text(text[end:end + _CONTEXT]),
        start=len(normalise_text(text[:start])), end=len(normalise_text(text[:end])))]
    for coding in _children(selection, "Coding"):
        ref = _child(coding, "CodeRef")
        target = ref.get("targetGUID") if ref is not None else None
        if target in colours:
            record.color = colours[target]
        elif target in codes:
            record.tags.append(codes[target][0])
    record.triptych = ours is not None
    record.notes = [notes[ref.get("targetGUID")] for ref in _children(selection, "NoteRef")
                    if notes.get(ref.get("targetGUID"))]
    description = _child(selection, "Description")
    if description is not None and (description.text or "").strip():
        record.notes.insert(0, (description.text or "").strip())
    record.created = parse_time(selection.get("creationDateTime"))
    record.modified = parse_time(selection.get("modifiedDateTime")) or record.created
    record.author = users.get(selection.get("creatingUser"))
    return record, raw
