"""Placing read annotations on library documents: the plan of a W3C or Hypothesis import.

A target is matched to a document by ``--doc``, its Triptych id, its content hash or
its web address (:func:`match_document`), then placed in the text:

- a quote with a position: the position, if the quote is there; otherwise the quote
  wins (the occurrence whose prefix, suffix and place agree best);
- a quote alone: its one occurrence, or the one its prefix and suffix choose;
- a position alone: taken when it lies inside the text;
- white space may differ (a web page's line breaks are not the stored text's);
- a RangeSelector, XPath, CSS or any other selector alone: skipped with the reason.

Everything that cannot be taken is a :class:`Skip` with one sentence saying why.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop.core.anchoring import describe
from desktop.core.colors import DEFAULT_COLOR, color_name, color_value
from desktop.core.errors import UserError
from desktop.core.text import shorten
from desktop.services.export.import_plan import ImportPlan, PlannedAnnotation, PlannedLink, PlannedTag, Skip
from desktop.services.export.jsonld import ANNOTATION, DOCUMENT, HASH
from desktop.services.export.w3c_read import LinkBody, Record, Selection, as_list
from desktop.storage.models import Document

RELATIONS = ("same_claim", "contradicts", "omits", "elaborates", "translation_of", "related")
_IDS = uuid.UUID("0d9a4f9e-8a1e-4d7b-b1f4-3c2e51c0f7a2")
_SPACE_RE = re.compile(r"\s+")


_QUOTE_CHARS = 40  # of a quote, name or value in a message: enough to recognise it


@dataclass
class Library:
    """What the plan needs to know about the library, read once."""

    explicit: Document | None = None
    by_id: dict[str, Document] = field(default_factory=dict)
    by_hash: dict[str, Document] = field(default_factory=dict)
    by_url: dict[str, Document] = field(default_factory=dict)
    annotation_ids: set[str] = field(default_factory=set)
    links: set[tuple[str, str, str]] = field(default_factory=set)
    tag_names: set[str] = field(default_factory=set)
    meanings: dict[str, str] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)
    _spans: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)

    @classmethod
    def load(cls, explicit: Document | None = None) -> Library:
        from desktop.storage import annotations as store
        from desktop.storage.documents import list_documents
        from desktop.storage.models import Annotation

        library = cls(explicit)
        for d in list_documents():
            library.by_id[d.id] = d
            library.by_hash[d.content_hash] = d
            if d.url:
                library.by_url[d.url.split("#", 1)[0]] = d
        library.annotation_ids = {r.id for r in Annotation.select(Annotation.id)}
        library.links = {(link.source_id, link.target_id, link.relation) for link in store.links_for()}
        library.tag_names = {t.name.casefold() for t in store.all_tags()}
        library.meanings = store.color_meanings()
        return library

    def add(self, document: Document, text: str) -> None:
        """A document the plan will create (an article of the file), known from now on."""
        self.by_id[document.id] = document
        self.by_hash[document.content_hash] = document
        self._texts[document.id] = text

    def text(self, document: Document) -> str:
        if document.id not in self._texts:
            self._texts[document.id] = Document.get_by_id(document.id).text
        return self._texts[document.id]

    def annotation_at(self, document_id: str, start: int, end: int) -> str | None:
        if document_id not in self._spans:
            from desktop.storage.annotations import annotations_for

            self._spans[document_id] = {(a.start, a.end): a.id for a in annotations_for([document_id])}
        return self._spans[document_id].get((start, end))


def match_document(selection: Selection, library: Library) -> Document | None:
    """The library document a target names: by --doc, Triptych id, content hash, or web address."""
    if library.explicit is not None:
        return library.explicit
    for iri in selection.source_ids:
        found = library.by_id.get(iri.removeprefix(DOCUMENT)) if iri.startswith(DOCUMENT) else \
            library.by_hash.get(iri.removeprefix(HASH)) if iri.startswith(HASH) else None
        if found is not None:
            return found
    if selection.content_hash and selection.content_hash in library.by_hash:
        return library.by_hash[selection.content_hash]
    return next((library.by_url[u] for i in selection.source_ids if (u := i.split("#", 1)[0]) in library.by_url),
                None)


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    found, pos = [], text.find(quote)
    while pos != -1:
        found.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    if found or not quote.strip():
        return found
    # The same words with other white space between them (a web page's line breaks).
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _agreement(text: str, span: tuple[int, int], selection: Selection) -> int:
    """How many characters of the stated prefix and suffix the text around ``span`` matches."""
    before = _SPACE_RE.sub(" ", text[max(0, span[0] - 2 * len(selection.prefix) - 8): span[0]])
    after = _SPACE_RE.sub(" ", text[span[1]: span[1] + 2 * len(selection.suffix) + 8])
    prefix, suffix = _SPACE_RE.sub(" ", selection.prefix), _SPACE_RE.sub(" ", selection.suffix)
    score = 0
    while score < len(prefix) and score < len(before) and prefix[-1 - score] == before[-1 - score]:
        score += 1
    matched = 0
    while matched < len(suffix) and matched < len(after) and suffix[matched] == after[matched]:
        matched += 1
    return score + matched


def place(text: str, selection: Selection, title: str) -> tuple[int, int] | UserError:
    """Where a selection lies in ``text`` (see the module docstring), or why it cannot be placed."""
    start, end, exact = selection.start, selection.end, selection.exact
    position_ok = start is not None and end is not None and 0 <= start < end <= len(text)
    if exact is not None:
        if position_ok and text[start:end] == exact:
            return start, end  # type: ignore[return-value]
        found = _occurrences(text, exact)
        if not found:
            return UserError('The quote “{quote}” is not in “{title}”.', quote=shorten(exact, _QUOTE_CHARS),
                             title=title)
        if len(found) == 1:
            return found[0]
        ranked = sorted(found, key=lambda s: (-_agreement(text, s, selection),
                                              abs(s[0] - start) if start is not None else 0))
        best, second = ranked[0], ranked[1]
        tie = _agreement(text, best, selection) == _agreement(text, second, selection)
        if tie and (start is None or abs(best[0] - start) == abs(second[0] - start)):
            return UserError('The quote “{quote}” occurs {count} times in “{title}” and its context does not tell '
                             'which one is meant.', quote=shorten(exact, _QUOTE_CHARS), count=len(found), title=title)
        return best
    if start is not None and end is not None:
        if position_ok and text[start:end].strip():
            return start, end
        return UserError('Its position {start}–{end} is outside “{title}” ({length} characters).', start=start,
                         end=end, title=title, length=len(text))
    if selection.unsupported:
        return UserError('Triptych cannot place it: its only selector, {selector}, does not apply to a plain text.',
                         selector=shorten(selection.unsupported[0], 60))
    return UserError("It annotates a whole document, not a passage in it.")


def derived_id(record_id: str | None, raw: Any, index: int) -> str:
    """A Triptych annotation id for an annotation of another tool: the same file gives the same ids."""
    if record_id and record_id.startswith(ANNOTATION) and index == 0:
        return record_id.removeprefix(ANNOTATION)
    basis = record_id or hashlib.sha256(json.dumps(raw, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return uuid.uuid5(_IDS, f"{basis}#{index}").hex[:12]


def clean_tag(name: str) -> str | UserError:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 80:
        return UserError('“{name}” is not a tag name: a tag needs a name of 1 to 80 characters.',
                         name=shorten(name, _QUOTE_CHARS))
    return cleaned


def clean_color(value: str | None) -> str | UserError:
    try:
        return color_value(value) if value else color_value(DEFAULT_COLOR)
    except UserError:
        return UserError('“{color}” is not a colour (a colour is #rrggbb or yellow, green, blue, pink, orange, '
                         'purple).', color=shorten(str(value), _QUOTE_CHARS))


class Planner:
    """Builds an :class:`ImportPlan` from records (two passes: passages, then links)."""

    def __init__(self, source: str, library: Library) -> None:
        self.plan = ImportPlan(source)
        self.library = library
        self.planned: dict[str, PlannedAnnotation] = {}
        self.refused: set[str] = set()  # ids of the file's annotations that were skipped
        self.spans: dict[tuple[str, int, int], str] = {}
        #: Links to plan once every passage is: (record, the annotation it is from, the link body);
        #: a linking annotation's own record has no annotation id.
        self.pending_links: list[tuple[Record, str | None, LinkBody | None]] = []

    def skip(self, label: str, reason: UserError) -> None:
        self.plan.skipped.append(Skip(label, reason))

    def refuse(self, record: Record, raw: dict[str, Any], reason: UserError) -> None:
        self.skip(record.label, reason)
        self.refused.update(derived_id(record.id, raw, i) for i in range(len(record.targets)))

    def known(self, annotation_id: str) -> bool:
        return annotation_id in self.library.annotation_ids or annotation_id in self.planned

    # -- the codebook --------------------------------------------------------------------

    def codebook(self, collection: dict[str, Any]) -> None:
        entries: list[tuple[str, str | None, str | None]] = []  # name, colour, parent name
        book = as_list(collection.get("triptych:codebook"))
        labels = {e.get("id"): e.get("label") for e in book if isinstance(e, dict)}
        for e in book:
            if isinstance(e, dict) and isinstance(e.get("label"), str):
                entries.append((e["label"], e.get("triptych:color"), labels.get(e.get("triptych:parent"))))
        for t in as_list(collection.get("triptych:tags")):  # Triptych's first exports
            if isinstance(t, dict) and isinstance(t.get("name"), str):
                entries.append((t["name"], t.get("color"), t.get("parent")))
        self.add_tags(entries, "codebook")
        for m in as_list(collection.get("triptych:colorMeanings")):
            if isinstance(m, dict) and isinstance(m.get("label"), str):
                color = clean_color(m.get("triptych:color"))
                if isinstance(color, str) and color not in self.library.meanings and m["label"].strip():
                    self.plan.meanings[color] = m["label"].strip()

    def add_tags(self, entries: list[tuple[str, Any, Any]], label: str) -> None:
        """Plan tags with their colours and parents, parents first; a bad entry is a skip."""
        cleaned: dict[str, PlannedTag] = {}
        for name, color, parent in entries:
            tag, shade = clean_tag(str(name)), clean_color(color if isinstance(color, str) else "#8a8a8a")
            if isinstance(tag, UserError) or isinstance(shade, UserError):
                self.skip(f"{label}: {shorten(str(name), _QUOTE_CHARS)}", tag if isinstance(tag, UserError) else shade)  # type: ignore[arg-type]
                continue
            parent_name = clean_tag(parent) if isinstance(parent, str) else None
            cleaned[tag.casefold()] = PlannedTag(tag, shade, parent_name if isinstance(parent_name, str) else None)
        done: set[str] = set()

        def visit(key: str, trail: tuple[str, ...] = ()) -> None:
            if key in done or key not in cleaned:
                return
            tag = cleaned[key]
            parent = tag.parent.casefold() if tag.parent else None
            if parent and parent in trail:  # a loop in the file's hierarchy: this one stays on top
                tag = PlannedTag(tag.name, tag.color, None)
            elif parent:
                visit(parent, (*trail, key))
            done.add(key)
            if key not in self.library.tag_names or tag.parent:
                self.plan.tags.append(tag)

        for key in list(cleaned):
            visit(key)

    # -- passages ------------------------------------------------------------------------

    def annotation(self, record: Record, raw: dict[str, Any]) -> None:
        if record.problem:
            self.skip(record.label, UserError("It is not an annotation: it has no target." if record.problem == "target"
                                              else "It is not an annotation."))
            return
        if "linking" in record.motivations and record.links:
            self.pending_links.append((record, None, None))
            return
        color = clean_color(record.color)
        if isinstance(color, UserError):
            self.refuse(record, raw, color)
            return
        names = [*record.tags]
        meaning = self.library.meanings.get(color) or self.plan.meanings.get(color)
        for c in record.classifications:  # Triptych's own colour body is the colour, not a tag
            if not (record.triptych and c in (color_name(color), meaning)):
                names.append(c)
        tags: list[str] = []
        for name in names:
            tag = clean_tag(name)
            if isinstance(tag, UserError):
                self.refuse(record, raw, tag)
                return
            tags.append(tag)
        for index, selection in enumerate(record.targets):
            label = record.label + (f" ({index + 1})" if len(record.targets) > 1 else "")
            planned = self.passage(record, raw, index, selection, label, color, tags)
            if planned is None:
                continue
            for link in record.links:  # Triptych's first exports kept links in the annotation
                if link.annotation_ref:
                    self.pending_links.append((record, planned, link))

    def passage(self, record: Record, raw: dict[str, Any], index: int, selection: Selection, label: str,
                color: str, tags: list[str]) -> str | None:
        """Plan one annotation on one target; its id, or None when it was skipped."""
        annotation_id = derived_id(record.id, raw, index)
        if annotation_id in self.planned:
            self.skip(label, UserError("It appears twice in the file."))
            return None
        if annotation_id in self.library.annotation_ids:
            self.plan.already += 1
            return annotation_id
        document = match_document(selection, self.library)
        if document is None:
            shown = selection.title or (selection.source_ids[0] if selection.source_ids else "")
            self.skip(label, UserError('It annotates “{source}”, which is not in the library.',
                                       source=shorten(shown, 60)) if shown
                      else UserError("It does not say which document it annotates."))
            self.refused.add(annotation_id)
            return None
        text = self.library.text(document)
        placed = place(text, selection, document.title)
        note = "\n\n".join(n.strip("\n") for n in record.notes if n.strip())
        if isinstance(placed, UserError):
            if record.state != "orphaned" or selection.exact is None:
                self.skip(label, placed)
                self.refused.add(annotation_id)
                return None
            start, end = selection.start or 0, selection.end or 0  # kept for review, as it was
            planned = PlannedAnnotation(annotation_id, document.id, selection.exact, selection.prefix,
                                        selection.suffix, start, end, color, note, "orphaned", record.created,
                                        record.modified, tuple(tags), record.author)
        else:
            described = describe(text, *placed)
            planned = PlannedAnnotation(annotation_id, document.id, described.exact, described.prefix,
                                        described.suffix, described.start, described.end, color, note, "anchored",
                                        record.created, record.modified, tuple(tags), record.author)
        self.planned[annotation_id] = planned
        self.plan.annotations.append(planned)
        self.spans.setdefault((document.id, planned.start, planned.end), annotation_id)
        return annotation_id

    # -- links ---------------------------------------------------------------------------

    def link_end(self, record: Record, ref: str | None, selection: Selection | None, which: str) -> str | UserError:
        """The annotation at one end of a link: named, or found (or made) on its passage."""
        if ref and ref.startswith(ANNOTATION) and self.known(ref.removeprefix(ANNOTATION)):
            return ref.removeprefix(ANNOTATION)
        if ref and ref.removeprefix(ANNOTATION) in self.refused:
            return UserError("It links to an annotation that cannot be imported.")
        if selection is None or selection.whole_document:
            return UserError("It links to an annotation that is neither in the file nor in the library.")
        document = match_document(selection, self.library)
        if document is None:
            return UserError("It links to a passage of a document that is not in the library.")
        placed = place(self.library.text(document), selection, document.title)
        if isinstance(placed, UserError):
            return placed
        found = self.spans.get((document.id, *placed)) or self.library.annotation_at(document.id, *placed)
        if found:
            return found
        made = self.passage(Record(record.label, f"{record.id}#{which}"), {"link": record.id, "end": which}, 0,
                            selection, record.label, color_value(DEFAULT_COLOR), [])
        return made if made else UserError("It links to a passage that cannot be placed.")

    def links(self) -> None:
        for record, source_id, old in self.pending_links:
            if source_id is not None and old is not None:
                target = (old.annotation_ref or "").removeprefix(ANNOTATION)
                if not self.known(target):
                    self.skip(record.label, UserError("It links to an annotation that is neither in the file nor "
                                                      "in the library."))
                    continue
                self.add_link(record, source_id, target, old.relation or "related", old.note)
                continue
            body = record.links[0]
            first = self.link_end(record, record.targets[0].annotation_ref, record.targets[0], "target")
            second = self.link_end(record, body.annotation_ref, body.selection, "body")
            if isinstance(first, UserError) or isinstance(second, UserError):
                self.skip(record.label, first if isinstance(first, UserError) else second)  # type: ignore[arg-type]
                continue
            note = "\n\n".join(n for n in [body.note, *record.notes] if n.strip())
            self.add_link(record, first, second, body.relation or "related", note)

    def add_link(self, record: Record, source: str, target: str, relation: str, note: str) -> None:
        if relation not in RELATIONS:
            self.skip(record.label, UserError('“{relation}” is not a kind of link; Triptych knows {value}.',
                                              relation=shorten(relation, _QUOTE_CHARS), value=", ".join(RELATIONS)))
        elif source == target:
            self.skip(record.label, UserError("It links a passage to itself."))
        elif (source, target, relation) in self.library.links or any(
                (p.source_id, p.target_id, p.relation) == (source, target, relation) for p in self.plan.links):
            return
        else:
            self.plan.links.append(PlannedLink(source, target, relation, note, record.created))


def plan_records(source: str, pairs: list[tuple[Record, dict[str, Any]]], collection: dict[str, Any],
                 library: Library) -> ImportPlan:
    """The plan for read records (see the module docstring)."""
    planner = Planner(source, library)
    planner.codebook(collection)
    for record, raw in pairs:
        planner.annotation(record, raw)
    planner.links()
    return planner.plan
