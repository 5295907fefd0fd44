"""CSV: one row per annotation, for spreadsheets.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or a
carriage return, which some programs skip first) as a formula: a quote or a note could
then compute, fetch or run things when the file is opened ("formula injection"). Such
text cells start with an apostrophe in the file (OWASP's advice), which spreadsheets
show as text; numbers stay numbers. The README says so.
"""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.core.colors import color_name
from desktop.services.export.model import ExportData

COLUMNS = ["document", "title", "language", "paragraph", "quote", "prefix", "suffix", "start", "end", "colour", "tags",
           "note", "state", "created", "modified", "links", "author"]
#: First characters that make a spreadsheet cell a formula (with their full-width forms).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralise(value: object) -> object:
    """A text cell that a spreadsheet would take for a formula, made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(data: ExportData, path: Path, *, bom: bool = False) -> None:
    """UTF-8 (with a byte-order mark when ``bom``: what spreadsheet programs look for)."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for doc, a in data.all_annotations():
            links = []
            for link in data.links:
                if a.id in (link.source_id, link.target_id):
                    other = link.target_id if link.source_id == a.id else link.source_id
                    arrow = "->" if link.source_id == a.id else "<-"
                    links.append(f"{arrow} {link.relation} {other}")
            writer.writerow([neutralise(cell) for cell in (
                doc.document.id, doc.document.title, doc.document.language, doc.paragraph_of(a.start), a.exact,
                a.prefix, a.suffix, a.start, a.end, color_name(a.color), "; ".join(a.tag_names), a.note, a.state,
                a.created.isoformat() if a.created else "", a.modified.isoformat() if a.modified else "",
                "; ".join(links), data.author_of(a) or "",
            )])
