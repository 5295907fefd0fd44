"""Importing a REFI-QDA project (.qdpx) made by another tool: its text sources become
articles (or are matched to the library's), its codebook tags (nested, with colours),
its coded text selections highlights with those tags and their notes, its links
between selections links.

A source is the library document with the same text (whatever its line endings), the
one ``--doc`` names, or the one titled with its name; otherwise its text becomes a new
article (a PDF source too, through the plain text the program extracted from it). What
another program counts as a position is found per source (:mod:`.qdpx_positions`);
the characters found then go through the same placing as a W3C quote with its
position. Passages that one program stores once per code (QualCoder) become one
highlight with all their tags. Notes come from the selection (its description, the
notes it refers to), from a note that holds a selection of its own (QualCoder's
annotations) and from a note linked to a selection (NVivo's annotations). What
Triptych has no place for -- pictures, audio and video, PDF areas, notes on a whole
source, a code or the project, codings of a whole document -- is reported, each with
its reason. Triptych's own exports come back with their ids and colours
(:func:`~desktop.services.export.qdpx.annotation_id_of`).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from desktop.core.errors import UserError
from desktop.core.text import content_hash, normalise_text
from desktop.services.export.import_plan import ImportPlan, PlannedDocument
from desktop.services.export.jsonld import ANNOTATION, DOCUMENT
from desktop.services.export.qdpx import COLOURS_GROUP, NS, annotation_id_of
from desktop.services.export.qdpx_positions import Counting, choose
from desktop.services.export.w3c_import import Library, Planner, derived_id
from desktop.services.export.w3c_read import LinkBody, Record, Selection, parse_time
from desktop.storage.models import Document

#: Relation names another tool may give a link, as Triptych's relations.
_RELATIONS = {"same claim": "same_claim", "contradicts": "contradicts", "omits": "omits",
              "elaborates": "elaborates", "translation of": "translation_of", "related": "related"}
_CONTEXT = 32
#: Why a source that holds no text Triptych can read is skipped, by its element.
_MEDIA_TEMPLATES = {
    "PictureSource": "It is a picture (coded parts in it: {count}); Triptych reads and annotates texts only.",
    "AudioSource": "It is an audio recording (coded parts in it: {count}); Triptych reads and annotates texts only.",
    "VideoSource": "It is a video (coded parts in it: {count}); Triptych reads and annotates texts only.",
    "": "It is not a text (coded parts in it: {count}); Triptych reads and annotates texts only.",
}
#: The description Triptych's own export gives a source (language · source · id): not a person's note.
_TRIPTYCH_SOURCE = re.compile(r"(?:^| · )Triptych [0-9a-z]+$")
_TEXT_SUFFIXES = (".txt", ".text", ".docx", ".doc", ".odt", ".rtf", ".md", ".html", ".htm", ".pdf")


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [child for child in element or [] if _tag(child) == name]


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _guid(element: ET.Element, attribute: str = "guid") -> str:
    """A GUID as one spelling: programs differ in case and braces."""
    return (element.get(attribute) or "").strip().strip("{}").lower()


def _words(text: str | None, limit: int = 50) -> str:
    return " ".join((text or "").split())[:limit]


def _bad(path: Path) -> UserError:
    return UserError('{path_name} is not a REFI-QDA project (.qdpx) that can be read; nothing was imported.',
                     path_name=path.name)


def _read(path: Path) -> tuple[ET.Element, zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(path)
        names = {n.lower(): n for n in archive.namelist()}
        qde = next((names[n] for n in names if n.endswith(".qde")), None)  # ATLAS.ti names it after the project
        if qde is None:
            raise _bad(path)
        root = ET.fromstring(archive.read(qde))
    except FileNotFoundError:
        raise UserError('{path} does not exist.', path=path) from None
    except (zipfile.BadZipFile, ET.ParseError, KeyError, OSError, ValueError) as exc:
        raise _bad(path) from exc
    # The namespace as the standard spells it, an older spelling ("…:project:1:0"), or none.
    if _tag(root) != "Project" or (root.tag.startswith("{") and not root.tag.startswith(f"{{{NS.rsplit(':', 1)[0]}")):
        raise _bad(path)
    return root, archive


def _source_text(source: ET.Element, archive: zipfile.ZipFile) -> str | None:
    """A source's (or note's) plain text: inline, or the file its ``plainTextPath`` names
    inside the archive (``Sources/``, ``sources/``; any case), without a byte-order mark."""
    content = _child(source, "PlainTextContent")
    if content is not None and content.text is not None:
        return content.text
    where = source.get("plainTextPath") or ""
    if where.startswith("internal://"):
        name = where.removeprefix("internal://").lstrip("/")
        wanted = {f"sources/{name}".lower(), name.lower()}
        for candidate in archive.namelist():
            if candidate.lower() in wanted:
                try:
                    return archive.read(candidate).decode("utf-8-sig")
                except UnicodeDecodeError:
                    return None
    return None


def _description(element: ET.Element) -> str:
    description = _child(element, "Description")
    return (description.text or "").strip() if description is not None else ""


def _note_text(note: ET.Element, archive: zipfile.ZipFile) -> str:
    text = _source_text(note, archive)
    return text.strip() if text and text.strip() else _description(note)


@dataclass
class _Codebook:
    codes: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)  # name, colour, parent
    colours: dict[str, str] = field(default_factory=dict)  # Triptych's colour codes: GUID -> colour
    described: list[str] = field(default_factory=list)  # codes with a description Triptych cannot keep


def _codebook(root: ET.Element) -> _Codebook:
    book = _Codebook()

    def walk(element: ET.Element, parent: str | None, in_colours: bool) -> None:
        for code in _children(element, "Code"):
            name = code.get("name") or ""
            is_colours = in_colours or (parent is None and name == COLOURS_GROUP and code.get("isCodable") == "false")
            if is_colours and name != COLOURS_GROUP and code.get("color"):
                book.colours[_guid(code)] = str(code.get("color"))
            elif not is_colours:
                book.codes[_guid(code)] = (name, code.get("color"), parent)
                if _description(code):
                    book.described.append(name)
            walk(code, None if is_colours else name, is_colours)

    walk(_child(_child(root, "CodeBook"), "Codes") or ET.Element("none"), None, False)
    return book


def _title(name: str) -> str:
    """An article's title from a source's name, which is often its file's name."""
    name = " ".join(name.split())
    return name[: -len(Path(name).suffix)] if Path(name).suffix.lower() in _TEXT_SUFFIXES and Path(name).stem else name


@dataclass
class _Project:
    """What the whole file says, read once for every source."""

    path: Path
    archive: zipfile.ZipFile
    library: Library
    planner: Planner
    book: _Codebook
    users: dict[str, str]
    notes: dict[str, ET.Element]
    #: note texts linked to a selection (NVivo's annotations), by the selection's GUID
    linked_notes: dict[str, list[str]] = field(default_factory=dict)
    used_notes: set[str] = field(default_factory=set)
    used_links: set[int] = field(default_factory=set)
    selections: dict[str, str] = field(default_factory=dict)  # selection GUID -> the annotation id it became
    number: int = 0

    def label(self, text: str) -> str:
        self.number += 1
        return f"#{self.number} {_words(text)}".strip()

    def note(self, guid: str) -> str:
        element = self.notes.get(guid)
        if element is None:
            return ""
        self.used_notes.add(guid)
        return _note_text(element, self.archive)


def plan_qdpx(path: Path, library: Library) -> ImportPlan:
    root, archive = _read(path)
    with archive:
        return _plan(path, root, archive, library)


def _plan(path: Path, root: ET.Element, archive: zipfile.ZipFile, library: Library) -> ImportPlan:
    planner = Planner(path.name, library)
    book = _codebook(root)
    planner.add_tags([(name, color, parent) for name, color, parent in book.codes.values()], "codebook")
    if book.described:  # one line for them all: a codebook of 300 described codes is not 300 problems
        planner.skip("codebook", UserError(
            "The descriptions of its codes are not kept (codes with one: {count}, the first “{name}”); Triptych's "
            "tags have a name, a colour and a parent only.", count=len(book.described), name=_words(book.described[0])))
    project = _Project(path, archive, library, planner, book,
                       users={_guid(u): u.get("name") or "" for u in _children(_child(root, "Users"), "User")},
                       notes={_guid(n): n for n in _children(_child(root, "Notes"), "Note")})
    links = _children(_child(root, "Links"), "Link")
    for index, link in enumerate(links):  # a note linked to a passage is that passage's note
        origin, target = _guid(link, "originGUID"), _guid(link, "targetGUID")
        note, passage = (origin, target) if origin in project.notes else (target, origin)
        if note in project.notes and passage not in project.notes:
            project.linked_notes.setdefault(passage, []).append(project.note(note))
            project.used_links.add(index)
    for source in list(_child(root, "Sources") or []):
        kind, name = _tag(source), source.get("name") or "?"
        if kind == "TextSource":
            _text_source(project, source, source, name)
        elif kind == "PDFSource":
            representation = _child(source, "Representation")
            areas = len(_children(source, "PDFSelection"))
            if representation is not None:
                _text_source(project, source, representation, name)
            if areas or representation is None:
                planner.skip(project.label(name), UserError(
                    'It is a PDF with coded areas on its pages (areas: {count}); Triptych takes the text of a PDF '
                    'only.', count=areas) if representation is not None else UserError(
                    'It is a PDF without the plain text its program extracted; import the PDF itself.'))
        else:
            coded = sum(1 for e in source.iter() if _tag(e).endswith("Selection"))
            planner.skip(project.label(name), UserError(_MEDIA_TEMPLATES.get(kind, _MEDIA_TEMPLATES[""]),
                                                        count=coded))
    _links(project, links)
    if _description(root):
        planner.skip(project.label(root.get("name") or "project"), UserError(
            "Its note on the whole project is not kept: Triptych keeps notes on passages."))
    for guid, memo in project.notes.items():
        if guid not in project.used_notes:
            planner.skip(project.label(memo.get("name") or _note_text(memo, archive)), UserError(
                "It is a memo that is not about a passage (a journal entry or a memo on a code, case or the "
                "project); Triptych keeps notes on passages only."))
    return planner.plan


def _document(project: _Project, source: ET.Element, name: str, text: str) -> Document | UserError:
    """The library document a source is (``--doc``, the same text, a document of its
    name), or the article its text will become."""
    library = project.library
    if library.explicit is not None:
        return library.explicit
    found = library.by_hash.get(content_hash(normalise_text(text)))
    if found is not None:
        return found
    title = " ".join(name.split())
    named = [d for d in library.by_id.values() if " ".join(d.title.split()) in (title, _title(name))]
    if len(named) == 1:
        return named[0]
    from desktop.core.markup import ExtractedText
    from desktop.services.importing import build_document

    try:
        article = build_document(ExtractedText(text), name, None, title=_title(name),
                                 source=f"REFI-QDA {project.path.name}: {title}")
    except UserError as exc:
        return exc
    document = Document(id=f"new:{article.content_hash[:16]}", content_hash=article.content_hash,
                        title=article.title, language=article.language, direction=article.direction,
                        text=article.text)
    library.add(document, article.text)
    project.planner.plan.documents.append(PlannedDocument(document.id, article))
    return document


def _text_source(project: _Project, source: ET.Element, holder: ET.Element, name: str) -> None:
    """One text source (``holder`` carries its text and selections: the source, or a PDF's
    plain-text representation): its article, its highlights, what cannot be taken."""
    planner = project.planner
    selections = _children(holder, "PlainTextSelection")
    refs = _children(holder, "NoteRef") + (_children(source, "NoteRef") if source is not holder else [])
    annotated = [(note, selection) for ref in refs
                 if (note := project.notes.get(_guid(ref, "targetGUID"))) is not None
                 for selection in _children(note, "PlainTextSelection")]
    text = _source_text(holder, project.archive)
    if text is None:
        planner.skip(project.label(name), UserError(
            'The text of this source is not in the project file, so its {count} coded passages cannot be placed.',
            count=len(selections) + len(annotated)))
        return
    document = _document(project, source, name, text)
    if isinstance(document, UserError):
        planner.skip(project.label(name), document)
        return
    if _description(source) and not _TRIPTYCH_SOURCE.search(_description(source)):
        planner.skip(project.label(f"{name}: note"), UserError(
            "Its note on the whole source is not kept: Triptych keeps notes on passages."))
    for _whole in _children(holder, "Coding"):
        planner.skip(project.label(name), UserError("It codes a whole document, not a passage in it."))
    spans = [(s, e, sel.get("name") or "") for sel in [*selections, *(s for _n, s in annotated)]
             if (s := _int(sel.get("startPosition"))) is not None and (e := _int(sel.get("endPosition"))) is not None]
    counting = choose(text, spans)
    groups: dict[tuple[str, str] | str, list[ET.Element]] = {}
    for selection in selections:  # one highlight for a passage that a program stores once per code
        key = (selection.get("startPosition") or "", selection.get("endPosition") or "")
        groups.setdefault(_guid(selection) if annotation_id_of(_guid(selection)) else key, []).append(selection)
    for group in groups.values():
        _passage(project, name, document, counting, group[0], group)
    for note, selection in annotated:
        _passage(project, name, document, counting, selection, [selection], project.note(_guid(note)))


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


def _passage(project: _Project, name: str, document: Document, counting: Counting, first: ET.Element,
             group: list[ET.Element], note: str = "") -> None:
    planner = project.planner
    record = _record(project, name, document, counting, first, group, note)
    raw = {"label": record.label if isinstance(record, Record) else "", "qdpx": _guid(first)}
    if isinstance(record, UserError):
        planner.skip(project.label(first.get("name") or name), record)
        return
    raw["label"] = record.label
    planner.annotation(record, raw)
    annotation_id = derived_id(record.id, raw, 0)
    if not record.triptych:
        annotation_id = _same_as_before(project, annotation_id)
    if planner.known(annotation_id):
        for selection in group:
            project.selections[_guid(selection)] = annotation_id


def _same_as_before(project: _Project, annotation_id: str) -> str:
    """The library's highlight, when a planned one repeats it (same passage, tags and note):
    other programs give their selections new GUIDs on every export, so importing a later
    export of the same project must not double every highlight."""
    planner = project.planner
    planned = planner.planned.get(annotation_id)
    if planned is None:
        return annotation_id
    existing = project.library.annotation_at(planned.document_id, planned.start, planned.end)
    if existing is None or existing in planner.planned:
        return annotation_id
    from desktop.storage.annotations import find_annotations

    before = find_annotations([existing]).get(existing)
    if before is None or before.note != planned.note or \
            {t.casefold() for t in before.tag_names} != {t.casefold() for t in planned.tags}:
        return annotation_id
    planner.plan.annotations.remove(planned)
    del planner.planned[annotation_id]
    planner.spans[(planned.document_id, planned.start, planned.end)] = existing
    planner.plan.already += 1
    return existing


def _record(project: _Project, name: str, document: Document, counting: Counting, first: ET.Element,
            group: list[ET.Element], note: str) -> Record | UserError:
    """A passage as a record the W3C planner places (or why it cannot be one)."""
    start, end = _int(first.get("startPosition")), _int(first.get("endPosition"))
    if start is None or end is None:
        return UserError("Its start and end positions are not numbers.")
    if start == end:  # ATLAS.ti writes these, with a comment on them
        return UserError("It marks no characters: its start and end are the same place.")
    span = counting.span(start, end)
    text = counting.text
    if span is None:
        return UserError('Its position {start}–{end} is outside “{title}” ({length} characters).', start=start,
                         end=end, title=name, length=len(text))
    first_index, last_index = span
    sel_guid = _guid(first)
    ours = annotation_id_of(sel_guid)
    record = Record(project.label(first.get("name") or text[first_index:last_index]),
                    ANNOTATION + ours if ours else f"urn:qda:{sel_guid.upper()}")
    record.targets = [Selection(
        source_ids=[DOCUMENT + document.id], title=document.title,
        exact=normalise_text(text[first_index:last_index]),
        prefix=normalise_text(text[max(0, first_index - _CONTEXT):first_index]),
        suffix=normalise_text(text[last_index:last_index + _CONTEXT]),
        start=len(normalise_text(text[:first_index])), end=len(normalise_text(text[:last_index])))]
    notes: list[str] = []
    for selection in group:
        for coding in _children(selection, "Coding"):
            ref = _child(coding, "CodeRef")
            target = _guid(ref, "targetGUID") if ref is not None else ""
            if target in project.book.colours:
                record.color = project.book.colours[target]
            elif target in project.book.codes:
                code_name, code_colour, _parent = project.book.codes[target]
                if code_name not in record.tags:
                    record.tags.append(code_name)
                if record.color is None and code_colour and not ours:
                    record.color = code_colour  # the colour the other program showed the passage in
        notes += [_description(selection), *(project.note(_guid(ref, "targetGUID"))
                                             for ref in _children(selection, "NoteRef")),
                  *project.linked_notes.get(_guid(selection), [])]
    notes.append(note)
    record.notes = list(dict.fromkeys(n for n in notes if n))
    record.triptych = ours is not None
    record.created = parse_time(first.get("creationDateTime"))
    record.modified = parse_time(first.get("modifiedDateTime")) or record.created
    record.author = project.users.get(_guid(first, "creatingUser")) or None
    return record


def _links(project: _Project, links: list[ET.Element]) -> None:
    planner = project.planner
    for index, link in enumerate(links):
        if index in project.used_links:
            continue
        label = project.label(link.get("name") or "link")
        origin = project.selections.get(_guid(link, "originGUID"))
        target = project.selections.get(_guid(link, "targetGUID"))
        if origin is None or target is None:
            planner.skip(label, UserError("It links codes, notes or passages that cannot be imported, not two "
                                          "imported passages."))
            continue
        name = " ".join((link.get("name") or "").split()).lower()
        relation = _RELATIONS.get(name, "related")
        note = "\n\n".join(project.note(_guid(ref, "targetGUID")) for ref in _children(link, "NoteRef")).strip()
        if relation == "related" and name and name not in _RELATIONS:
            note = f"{link.get('name')}\n\n{note}".strip()
        record = Record(label, link.get("guid"), {"linking"}, [Selection(annotation_ref=ANNOTATION + origin)],
                        links=[LinkBody(None, ANNOTATION + target, relation, note)])
        planner.pending_links.append((record, None, None))
    planner.links()

