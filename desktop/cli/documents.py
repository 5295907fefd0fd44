"""The library's commands: ``import``, ``show``, ``list``, ``annotations`` and ``search``."""

from __future__ import annotations

import argparse
import sys
from typing import NotRequired, TypedDict

from desktop.cli.terminal import _progress_shown
from desktop.core.errors import UserError


def _import(args: argparse.Namespace) -> int:
    from desktop.services.importing import ReadOptions, import_files

    def progress(done: int, total: int) -> None:
        if total > 1:
            _progress_shown[0] = True
            print(f"\rrecognising text: page {done}/{total}", end="" if done < total else "\n", file=sys.stderr,
                  flush=True)

    options = ReadOptions(password=args.password, whole_page=args.whole_page, progress=progress)
    for result in import_files(args.files, args.lang, options):
        document = result.document
        print(document.id)
        if not result.created:
            print(f"triptych: {document.id} was already in the library.", file=sys.stderr)
        elif document.whole_page:
            print(f"triptych: no article was found on {document.source or document.title}; "
                  "the whole page was kept.", file=sys.stderr)
    return 0


class _Paragraph(TypedDict):
    """One paragraph of ``triptych show`` (as printed, and as its JSON)."""

    index: int
    text: str
    direction: str
    kind: str
    number: NotRequired[int]  # an item of a numbered list: its number
    label: NotRequired[str]  # and its label as the source writes it ("5.", "e.", "v.", "a)", "1.2.")
    level: NotRequired[int]  # an item of a nested list: how deep (1, 2, ...; none for the outermost)


def _show(doc: str, as_json: bool) -> int:
    import json

    from desktop.core.kinds import item_label, item_level, kind_at
    from desktop.core.text import split_paragraphs
    from desktop.storage.documents import get_document

    d = get_document(doc)
    paragraphs: list[_Paragraph] = []
    for each in split_paragraphs(d.text):
        paragraph: _Paragraph = {"index": each.index, "text": each.text, "direction": each.direction.value,
                                 "kind": kind_at(d.kinds, each.index).value}
        number = item_label(d.kinds, each.index)
        if number is not None:
            paragraph["number"] = number.value
            paragraph["label"] = number.label
        level = item_level(d.kinds, each.index)
        if level:
            paragraph["level"] = level
        paragraphs.append(paragraph)
    data = {
        "id": d.id, "title": d.title, "language": d.language, "direction": d.direction, "source": d.source,
        "url": d.url, "author": d.author, "published": d.published, "site": d.site, "fetched": d.fetched,
        "version": d.version, "previous": d.previous_id, "characters": d.char_count,
        "left_out": d.left_out, "whole_page": d.whole_page, "paragraphs": paragraphs,
    }
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(d.title)
    for label, key in (("id", "id"), ("language", "language"), ("direction", "direction"), ("source", "source"),
                       ("url", "url"), ("site", "site"), ("author", "author"), ("published", "published"),
                       ("fetched", "fetched")):
        if data[key]:
            print(f"{label + ':':<11}{data[key]}")
    if d.left_out:
        print(f"{'left out:':<11}{d.left_out} blocks of page furniture")
    if d.whole_page:
        print(f"{'note:':<11}no article was found on the page; this is the whole page")
    sys.stdout.write(_shown_text(paragraphs))
    return 0


def _shown_text(paragraphs: list[_Paragraph]) -> str:
    """The paragraphs as a person reads them in a terminal: each after its number (what
    other commands name it by), a heading behind "#", a quote behind ">", a list item
    indented behind its bullet or its number as the source shows it (right-aligned, as a
    browser sets them; two spaces more for each level of a nested list), the items of one
    list on consecutive lines, a blank line between other paragraphs."""
    width = len(f"[{len(paragraphs) - 1}]") + 1 if paragraphs else 0
    labels = [p.get("label", "•") if p["kind"] in ("list item", "numbered item") else "" for p in paragraphs]
    widths = [0] * len(labels)  # the widest label of each item's list
    start = 0
    for i in range(len(labels) + 1):
        if i == len(labels) or not labels[i]:
            widths[start:i] = [max((len(label) for label in labels[start:i]), default=0)] * (i - start)
            start = i + 1
    lines: list[str] = []
    for i, p in enumerate(paragraphs):
        marker = {"heading": "# ", "quote": "> "}.get(p["kind"], "")
        if labels[i]:
            marker = f"  {'  ' * p.get('level', 0)}{labels[i]:>{widths[i]}} "
        if not (labels[i] and i > 0 and labels[i - 1]):
            lines.append("")
        lines.append(f"{'[' + str(p['index']) + ']':<{width}}{marker}{p['text']}")
    return "".join(f"{line}\n" for line in lines)


def _annotations(doc: str | None, tag: str | None, as_json: bool) -> int:
    import json

    from desktop.services.annotating import color_name
    from desktop.storage.annotations import annotations_for, document_titles, links_for
    from desktop.storage.documents import get_document

    ids = [get_document(doc).id] if doc else None
    items = annotations_for(ids, tag=tag)
    links = links_for([a.id for a in items])
    titles = document_titles({a.document_id for a in items})
    rows = []
    for a in items:
        rows.append({
            "id": a.id,
            "document": a.document_id,
            "language": titles.get(a.document_id, ("", ""))[1],
            "state": a.state,
            "color": color_name(a.color),
            "tags": list(a.tag_names),
            "note": a.note,
            "selectors": {
                "TextQuoteSelector": {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
                "TextPositionSelector": {"start": a.start, "end": a.end},
            },
            "links": [
                {"id": link.id, "relation": link.relation, "source": link.source_id, "target": link.target_id}
                for link in links if a.id in (link.source_id, link.target_id)
            ],
            "created": a.created.isoformat() if a.created else None,
            "modified": a.modified.isoformat() if a.modified else None,
            "author": a.author or None,
        })
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for a in items:  # what the rows above hold, read from the typed annotations
        tags = " ".join(f"#{t}" for t in a.tag_names)
        state = "" if a.state == "anchored" else " [orphaned]"
        print(f"{a.id}  {a.document_id} {a.start}-{a.end} {color_name(a.color)}{state}  “{a.exact}” {tags}".rstrip())
        if a.note:
            print(f"    {a.note}")
    return 0


def _search(query: str, as_json: bool, limit: int = 50, offset: int = 0) -> int:
    import json

    from desktop.services.search import search_page

    if limit < 1 or offset < 0:
        raise UserError("--limit must be at least 1 and --offset at least 0.")
    page = search_page(query, offset, limit)
    hits = page.hits
    if as_json:
        json.dump([
            {"kind": h.kind, "document": h.document_id, "title": h.title, "language": h.language, "start": h.start,
             "end": h.end, "annotation": h.annotation_id, "text": h.text, "matches": [list(s) for s in h.spans]}
            for h in hits
        ], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for h in hits:
            where = f"annotation {h.annotation_id}" if h.annotation_id else f"{h.start}-{h.end}"
            snippet, spans = h.snippet(160)
            marked = snippet
            for start, end in reversed(spans):  # the matched words between [ and ]
                marked = f"{marked[:start]}[{marked[start:end]}]{marked[end:]}"
            print(f"{h.document_id} ({h.language}) {where}: {marked}")
    if not hits:
        print("No matches.", file=sys.stderr)
    elif offset + len(hits) < page.total:
        print(f"{offset + 1}-{offset + len(hits)} of {page.total} results; the next ones with --offset "
              f"{offset + len(hits)}.", file=sys.stderr)
    return 0


def _list(as_json: bool) -> int:
    import json

    from desktop.storage.documents import list_documents

    documents = list_documents()
    rows = [
        {
            "id": d.id,
            "title": d.title,
            "language": d.language,
            "direction": d.direction,
            "characters": d.char_count,
            "paragraphs": d.paragraph_count,
            "version": d.version,
            "source": d.source,
        }
        for d in documents
    ]
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        print(
            f"{row['id']}  {row['language']:<3} {row['direction']}  {row['characters']:>7} chars "
            f"{row['paragraphs']:>4} ¶  {row['title']}"
        )
    if not rows:
        print("The library is empty; add articles with `triptych import FILE`.", file=sys.stderr)
    return 0
