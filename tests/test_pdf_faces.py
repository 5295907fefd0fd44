"""Each line of an exported PDF is drawn in the face Qt laid it out in, whatever the
process did before: a person's PDF does not depend on what they printed or opened first.

Seen in whole-suite runs only: pdfminer read "СШ А … Б аку" from the Russian headline,
and a quote came out in DejaVu Serif Bold. The layout remembered each face's name by
Qt's hash of its QRawFont, which is the address of the face's engine; Qt frees engines
when it trims its font cache and gives the address to the next face it loads, so a bold
headline was drawn with the regular face freed before it (its glyphs at the bold face's
positions, with the regular face's narrower widths: gaps inside the words)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from tests.support import pdf_check as check


def _fonts_by_line(path: Path) -> dict[str, set[str]]:
    """Each text line pdfminer finds on the first page, with the fonts of its letters."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer, LTTextLine

    lines: dict[str, set[str]] = defaultdict(set)

    def walk(item, line: LTTextLine | None) -> None:
        if isinstance(item, LTTextLine):
            line = item
        if isinstance(item, LTChar) and line is not None and item.get_text().strip():
            lines[check.flat(line.get_text())].add(item.fontname.split("+", 1)[-1])
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child, line)

    for page in extract_pages(str(path), page_numbers=[0]):
        walk(page, None)
    return lines


def test_a_face_loaded_where_a_freed_one_was_is_drawn_in_its_own_widths(corpus, tmp_path, monkeypatch):
    from PySide6.QtGui import QRawFont

    russian = next(d for d in corpus if d.language == "ru")
    # Qt's hash of a QRawFont is its engine's address: every face loaded where another
    # was freed shares it. Here all of them do, deterministically.
    monkeypatch.setattr(QRawFont, "__hash__", lambda _self: 0)
    path = tmp_path / "ru.pdf"
    export(ExportRequest("pdf", documents=[russian.id]), path)

    text = check.flat(check.pdfminer_text(path, 0))
    assert "США предложили Баку присоединиться" in text  # no gaps inside the headline's words
    lines = _fonts_by_line(path)
    headline = next(fonts for line, fonts in lines.items() if line.startswith("AnewZ: США"))
    body = next(fonts for line, fonts in lines.items() if line.startswith("Надёжные источники"))
    assert headline == {"DejaVuSerif-Bold"}
    assert body == {"DejaVuSerif"}
