"""Markdown: per document (or, with a tag filter, the tag across documents), each
annotation as a quote with its language, note, tags, links and a locator.

Right-to-left quotes are wrapped in an HTML blockquote with ``dir="rtl"`` (which
CommonMark renderers pass through), so they keep their direction and alignment.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.colors import color_name
from desktop.core.direction import paragraph_direction
from desktop.core.language import language_name
from desktop.services.export.model import DocumentData, ExportData


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _quote(text: str, language: str) -> list[str]:
    if paragraph_direction(text).is_rtl:
        return [f'<blockquote dir="rtl" lang="{language}">', "", _escape(text), "", "</blockquote>", ""]
    return [f"> {line}" if line else ">" for line in text.split("\n")] + [""]


def _locator(doc: DocumentData, start: int) -> str:
    return f"{doc.document.title} ({doc.document.id}), ¶{doc.paragraph_of(start)}"


def write_markdown(data: ExportData, path: Path) -> None:
    lines: list[str] = []
    tag = data.request.tag
    lines += [f"# Annotations tagged “{tag}”" if tag else "# Annotations", ""]
    for doc in data.documents:
        if not doc.annotations and data.request.only_annotated:
            continue
        d = doc.document
        lines += [f"## {d.title}", "", f"*{language_name(d.language)} · {d.id} · version {d.version} · {doc.byline}*", ""]
        if not doc.annotations:
            lines += ["(no annotations)", ""]
        for a in doc.annotations:
            lines += [f"### ¶{doc.paragraph_of(a.start)} — {color_name(a.color)}"
                      + (f" ({data.meanings[a.color]})" if a.color in data.meanings else ""), ""]
            lines += _quote(a.exact, d.language)
            lines += [f"— {language_name(d.language)}, {_locator(doc, a.start)}"
                      + (" — **orphaned**" if a.state == "orphaned" else ""), ""]
            if a.tag_names:
                lines += ["Tags: " + ", ".join(f"`{t}`" for t in a.tag_names), ""]
            if a.note:
                lines += (_quote(a.note, d.language) if paragraph_direction(a.note).is_rtl else [a.note, ""])
            for link in data.links:
                if a.id not in (link.source_id, link.target_id):
                    continue
                other_id = link.target_id if link.source_id == a.id else link.source_id
                found = data.annotation(other_id)
                where = _locator(found[0], found[1].start) if found else other_id
                arrow = "→" if link.source_id == a.id else "←"
                lines.append(f"- {arrow} {link.relation.replace('_', ' ')}: {where}"
                             + (f" — {link.note}" if link.note else ""))
            lines.append("")
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
