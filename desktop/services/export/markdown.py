"""Markdown: per document (or, with a tag filter, the tag across documents), each
annotation as a quote with its language, note, tags, links and a locator.

Everything a person wrote is text, never markup: quotes, notes, tags and titles are
escaped (CommonMark backslash escapes, HTML entities inside HTML), so ``<b>not HTML</b>``
and ``<UNSC resolution>`` come out as written; a note keeps its line breaks (hard
breaks) and blank lines. Headings, notes and quotes carry ``dir`` (``auto``, or ``rtl``
for a right-to-left quote) and ``lang``, which CommonMark renderers pass through, so
Arabic keeps its direction and alignment next to English.

A quote that holds list items writes them as a Markdown list with the document's own
labels: "5. " for the fifth item of a numbered list (so a list continued after a
paragraph still reads 5, 6, 7), "- " for a bullet, a nested item indented under its
parent; a label Markdown has no marker for ("a)", "iv.", "1.2.") is written as text
after a "- ". The label belongs to an item whose start is quoted; a quote that starts
inside an item begins as a plain paragraph. A paragraph that merely begins like a list
("1984. That year") is escaped and stays a paragraph.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from desktop.core.colors import color_name
from desktop.core.direction import paragraph_direction
from desktop.core.kinds import NumberStyle, item_label, item_level, kind_at
from desktop.core.language import language_name
from desktop.services.export.languages import text_language
from desktop.services.export.model import DocumentData, ExportData
from desktop.storage.annotations import AnnotationData

#: Characters that start or end inline Markdown (and GFM tables/strikethrough) anywhere.
_INLINE_RE = re.compile(r"([\\`*_\[\]<>&|~])")
#: What makes a line a heading, list item, block quote, thematic break or setext underline.
_LINE_START_RE = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def escape(text: str) -> str:
    """``text`` as literal Markdown inline content (one line)."""
    text = _INLINE_RE.sub(r"\\\1", text)
    return _LINE_START_RE.sub(lambda m: m.group(1) + "\\" + m.group(2) if len(m.group(2)) == 1
                              else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def paragraphs(text: str) -> list[str]:
    """A person's text as Markdown paragraphs: line breaks kept as hard breaks."""
    result: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [escape(line.strip()) for line in block.split("\n") if line.strip()]
        if lines:
            result.append("\\\n".join(lines))
    return result


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _block(tag: str, text: str, language: str, direction: str = "auto") -> list[str]:
    """An HTML element with ``dir`` and ``lang`` around Markdown paragraphs (blank lines
    inside, so a CommonMark renderer parses them)."""
    return _element(tag, paragraphs(text), language, direction)


def _element(tag: str, blocks: list[str], language: str, direction: str = "auto") -> list[str]:
    """An HTML element with ``dir`` and ``lang`` around Markdown blocks, a blank line after each."""
    lines = [f'<{tag} dir="{direction}" lang="{_attr(language)}">', ""]
    for block in blocks:
        lines += [block, ""]
    return [*lines, f"</{tag}>", ""]


def _marker(doc: DocumentData, index: int) -> str:
    """The Markdown list marker of paragraph ``index``'s item, with the label as text
    where Markdown has no marker for it ("- a) ")."""
    number = item_label(doc.document.kinds, index)
    if number is None:
        return "- "
    if number.style is NumberStyle.DECIMAL and not number.prefix and number.suffix in (".", ")") \
            and 0 <= number.value <= 999_999_999:
        return f"{number.value}{number.suffix} "
    return f"- {escape(number.label)} "


def _quoted_blocks(doc: DocumentData, start: int, end: int) -> list[str] | None:
    """The Markdown blocks of the quoted stretch of the document: runs of paragraphs as
    ``paragraphs`` writes them, and the list items whose start is quoted as a list with
    their labels (None when the document has no list items there)."""
    d = doc.document
    text = d.text
    chosen = [p for p in doc.paragraphs if p.start < end and p.end > start]
    if not any(kind_at(d.kinds, p.index).is_list_item and p.start >= start for p in chosen):
        return None
    blocks: list[str] = []
    plain: list[str] = []  # the run of quoted text not in list items
    items: list[str] = []  # the lines of the list being written
    parents: list[tuple[int, int]] = []  # (level, indentation of its text) of the open items

    def close(pending: list[str], make: bool) -> None:
        if pending:
            blocks.extend(paragraphs("\n".join(pending)) if make else ["\n".join(pending)])
            pending.clear()

    for p in chosen:
        piece = text[max(start, p.start):min(end, p.end)].strip()
        if not piece:
            continue
        if kind_at(d.kinds, p.index).is_list_item and p.start >= start:
            close(plain, True)
            level = item_level(d.kinds, p.index)
            while parents and parents[-1][0] >= level:
                parents.pop()
            indent = parents[-1][1] if parents else 0
            marker = _marker(doc, p.index)
            items.append(" " * indent + marker + escape(piece))
            # a nested item starts where its parent's text does ("- a) " has its text at "a")
            parents.append((level, indent + (2 if marker.startswith("- ") else len(marker))))
        else:
            close(items, False)
            parents.clear()
            plain.append(piece)
    close(plain, True)
    close(items, False)
    return blocks


def _heading(level: int, text: str, language: str | None = None) -> list[str]:
    lang = f' lang="{_attr(language)}"' if language else ""
    return [f'<h{level} dir="auto"{lang}>{html.escape(" ".join(text.split()), quote=False)}</h{level}>', ""]


def _quote(doc: DocumentData, annotation: AnnotationData) -> list[str]:
    """An annotation's quote as a block quote (a right-to-left one marked so), its list
    items with their labels."""
    text, language = annotation.exact, doc.document.language
    direction = "rtl" if paragraph_direction(text).is_rtl else "auto"
    anchored = annotation.state != "orphaned" and \
        doc.document.text[annotation.start:annotation.end] == text
    listed = _quoted_blocks(doc, annotation.start, annotation.end) if anchored else None
    if listed is None:
        return _block("blockquote", text, language, direction)
    return _element("blockquote", listed, language, direction)


def _locator(doc: DocumentData, start: int) -> str:
    return f"{escape(doc.document.title)} ({doc.document.id}), ¶{doc.paragraph_of(start)}"


def _code(tag: str) -> str:
    fence = "``" if "`" in tag else "`"
    return f"{fence} {tag} {fence}" if fence == "``" else f"`{tag}`"


def write_markdown(data: ExportData, path: Path) -> None:
    lines: list[str] = []
    tag = data.request.tag
    lines += _heading(1, f"Annotations tagged “{tag}”" if tag else "Annotations")
    for doc in data.documents:
        if not doc.annotations and data.request.only_annotated:
            continue
        d = doc.document
        lines += _heading(2, d.title, d.language)
        source = doc.byline
        meta = " · ".join(escape(part) for part in (language_name(d.language), d.id, f"version {d.version}", source)
                          if part)
        lines += [f"*{meta}*", ""]
        if not doc.annotations:
            lines += ["(no annotations)", ""]
        for a in doc.annotations:
            meaning = data.meanings.get(a.color)
            lines += _heading(3, f"¶{doc.paragraph_of(a.start)} — {color_name(a.color)}"
                              + (f" ({meaning})" if meaning else ""))
            lines += _quote(doc, a)
            lines += [f"— {language_name(d.language)}, {_locator(doc, a.start)}"
                      + (" — **orphaned**" if a.state == "orphaned" else ""), ""]
            author = data.author_of(a)
            if author and author != data.request.author:
                lines += [f"*{escape(author)}*", ""]
            if a.tag_names:
                lines += ["Tags: " + ", ".join(_code(t) for t in a.tag_names), ""]
            if a.note:
                lines += _block("div", a.note, text_language(a.note, d.language))
            for link in data.links:
                if a.id not in (link.source_id, link.target_id):
                    continue
                other_id = link.target_id if link.source_id == a.id else link.source_id
                found = data.annotation(other_id)
                where = _locator(found[0], found[1].start) if found else other_id
                arrow = "→" if link.source_id == a.id else "←"
                note = " ".join(link.note.split())
                lines.append(f"- {arrow} {link.relation.replace('_', ' ')}: {where}"
                             + (f" — {escape(note)}" if note else ""))
            lines.append("")
    text = "\n".join(lines)
    path.write_text(re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n", encoding="utf-8")
