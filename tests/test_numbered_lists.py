"""A list item that was numbered in the source keeps its number: an HTML ``<ol>``, a web
article's numbered list, numbered paragraphs in Word, a numbered OpenDocument list, a
Markdown "1." list. New users saw every item printed behind a "•" in the exported PDF
and in the desk, the numbers the source gave them lost. The import stores such an item
as a "numbered item" (``show --json`` gives its number); the desk and the PDF label it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.kinds import ParagraphKind, item_number, kind_at
from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from desktop.services.importing import import_files
from tests.support.office_files import docx, odt
from tests.test_cli import triptych as cli

LONG = ("Azerbaijan is considering a US request to send troops to a multinational stabilisation force in Gaza, "
        "officials said on Thursday, while insisting that any deployment would need a clear mandate.")
PAGE = f"""<!doctype html><html lang="en"><head><title>Gaza force: the conditions</title></head><body><article>
<h1>Azerbaijan sets conditions for a Gaza force</h1><p>{LONG}</p>
<ol><li>A UN Security Council mandate</li><li>A lasting ceasefire<ul><li>agreed by both sides</li></ul></li>
<li>Consent of the parties</li></ol>
<p>{LONG}</p><ul><li>Turkey has offered troops</li><li>Indonesia is considering it</li></ul>
<p>The United States has not said how many countries have agreed to take part.</p></article></body></html>"""


def _items(document) -> list[tuple[str, str, int | None]]:
    """(kind, text, number) of each list item of a stored document."""
    rows = []
    for index, line in enumerate(document.text.split("\n")):
        kind = kind_at(document.kinds, index)
        if kind.is_list_item:
            rows.append((kind.value, line, item_number(document.kinds, index)))
    return rows


def _imported(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
    (result,) = import_files([path], language="en")
    return result.document


EXPECTED = [("numbered item", "A UN Security Council mandate", 1), ("numbered item", "A lasting ceasefire", 2),
            ("list item", "agreed by both sides", None), ("numbered item", "Consent of the parties", 3),
            ("list item", "Turkey has offered troops", None), ("list item", "Indonesia is considering it", None)]


@pytest.mark.parametrize("name", ["story.html", "story.md"])
def test_an_ordered_list_keeps_its_numbers_and_a_bulleted_one_its_bullets(database, tmp_path, name):
    if name.endswith(".md"):
        source = (f"# Azerbaijan sets conditions for a Gaza force\n\n{LONG}\n\n1. A UN Security Council mandate\n"
                  "2. A lasting ceasefire\n   - agreed by both sides\n3. Consent of the parties\n\n"
                  f"{LONG}\n\n- Turkey has offered troops\n- Indonesia is considering it\n")
    else:
        source = PAGE
    assert _items(_imported(tmp_path, name, source)) == EXPECTED


def test_the_clipboards_html_keeps_the_numbers(database):
    from desktop.core.markup import element_blocks, parse_html

    blocks = element_blocks(parse_html(PAGE).find("body"))
    kinds = [b.kind for b in blocks if b.kind.is_list_item]
    assert kinds[:4] == [ParagraphKind.NUMBERED_ITEM, ParagraphKind.NUMBERED_ITEM, ParagraphKind.LIST_ITEM,
                         ParagraphKind.NUMBERED_ITEM]


def test_word_numbered_paragraphs_and_opendocument_numbered_lists(database, tmp_path):
    word = _imported(tmp_path, "conditions.docx", docx([
        ("Heading1", "Conditions"), ("Normal", LONG), ("Numbered", "A UN mandate"), ("Numbered", "A ceasefire"),
        ("Normal", LONG), ("Bulleted", "Turkey has offered troops")]))
    assert _items(word) == [("numbered item", "A UN mandate", 1), ("numbered item", "A ceasefire", 2),
                            ("list item", "Turkey has offered troops", None)]
    office = _imported(tmp_path, "conditions.odt", odt([
        ("h", "Conditions"), ("p", LONG), ("ol", "A UN mandate"), ("ol", "A ceasefire"), ("p", LONG),
        ("li", "Turkey has offered troops")]))
    assert _items(office) == _items(word)


def _command_line(data_dir: Path) -> Callable[..., str]:
    """``triptych`` on one data folder, as a person runs it: its output, or the test fails
    with what it said."""
    def run(*args: str) -> str:
        done = cli(*args, data_dir=data_dir)
        assert done.returncode == 0, done.stderr
        return done.stdout

    return run


def test_show_json_gives_the_number(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    triptych = _command_line(tmp_path / "data")
    (doc,) = triptych("import", str(page), "--lang", "en").split()
    shown = json.loads(triptych("show", doc, "--json"))["paragraphs"]
    numbered = [(p["text"], p["number"]) for p in shown if p["kind"] == "numbered item"]
    assert numbered == [("A UN Security Council mandate", 1), ("A lasting ceasefire", 2),
                        ("Consent of the parties", 3)]
    assert all("number" not in p for p in shown if p["kind"] != "numbered item")
    text = triptych("show", doc).splitlines()
    assert "[3]   2. A lasting ceasefire" in text and "[7]   • Turkey has offered troops" in text


def test_the_pdf_prints_the_numbers_and_the_bullets(database, tmp_path):
    document = _imported(tmp_path, "story.html", PAGE)
    path = export(ExportRequest(format="pdf", documents=[document.id]), tmp_path / "story.pdf")
    printed = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
    lines = [" ".join(line.split()) for line in printed.splitlines()]
    for label, text in [("1.", "A UN Security Council mandate"), ("2.", "A lasting ceasefire"),
                        ("•", "agreed by both sides"), ("3.", "Consent of the parties"),
                        ("•", "Turkey has offered troops")]:
        assert f"{label} {text}" in lines, (label, text)


def test_the_desk_numbers_the_items_without_touching_the_text(database, tmp_path, make_window, qtbot):
    from PySide6.QtGui import QTextListFormat

    document = _imported(tmp_path, "story.html", PAGE)
    window = make_window()
    pane = window.open_document(document.id)
    view = pane.view
    assert view.document().toPlainText() == view.text  # the labels are not text: offsets stay

    def label(text: str) -> tuple[QTextListFormat.Style, int] | None:
        block = view.document().findBlock(view.text.index(text))
        found = block.textList()
        return None if found is None else (found.format().style(), found.itemNumber(block) + 1)

    decimal, disc = QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListDisc
    assert label("A UN Security Council mandate") == (decimal, 1)
    assert label("A lasting ceasefire") == (decimal, 2)
    assert label("agreed by both sides")[0] == disc
    assert label("Consent of the parties") == (decimal, 3)
    assert label("Turkey has offered troops")[0] == disc
    assert label("The United States has not said") is None
    first = view.document().findBlock(view.text.index("A UN Security Council mandate"))
    assert first.textList().itemText(first) == "1."
    view.restyle()  # Preferences changed: laid out again, the same lists
    block = view.document().findBlock(view.text.index("Consent of the parties"))
    assert block.textList().itemText(block) == "3."


# A list that goes on after a paragraph, an item given its own value, a list counting down,
# letters and Roman numerals: each item keeps the label a browser shows it with (a new user
# saw the desk, `show` and the PDF start the second list at 1 again).
CONTINUED = f"""<!doctype html><html lang="en"><head><title>Gaza force: the steps</title></head><body><article>
<h1>The steps to a Gaza force</h1><p>{LONG}</p>
<ol><li>A UN Security Council mandate</li><li>A lasting ceasefire</li></ol>
<p>{LONG} The next steps depend on the talks in Cairo.</p>
<ol start="3"><li>Consent of the parties</li><li value="7">A timetable for withdrawal</li>
<li>Funding for reconstruction</li></ol>
<p>Officials listed the days left before the vote, counting down.</p>
<ol reversed><li>Three days: the draft</li><li>Two days: the amendments</li><li>One day: the vote</li></ol>
<p>Two options remain on the table for the commanders.</p>
<ol type="a"><li>A joint command</li><li>Separate national sectors</li></ol>
<ol type="I" start="4"><li>Part four of the plan</li></ol>
<p>The United States has not said how many countries have agreed to take part.</p></article></body></html>"""
BROWSER_LABELS = [("1.", "A UN Security Council mandate"), ("2.", "A lasting ceasefire"),
                  ("3.", "Consent of the parties"), ("7.", "A timetable for withdrawal"),
                  ("8.", "Funding for reconstruction"), ("3.", "Three days: the draft"),
                  ("2.", "Two days: the amendments"), ("1.", "One day: the vote"), ("a.", "A joint command"),
                  ("b.", "Separate national sectors"), ("IV.", "Part four of the plan")]


def _labels(document) -> list[tuple[str, str]]:
    from desktop.core.kinds import item_label

    return [(label.label, line) for index, line in enumerate(document.text.split("\n"))
            if (label := item_label(document.kinds, index)) is not None]


def test_an_html_list_keeps_the_numbers_a_browser_shows(database, tmp_path):
    document = _imported(tmp_path, "steps.html", CONTINUED)
    assert _labels(document) == BROWSER_LABELS
    # Still one letter per paragraph, the labels after them: a Triptych from before, which
    # reads the letter at a paragraph's index, reads every paragraph's kind right.
    count = len(document.text.split("\n"))
    assert [kind_at(document.kinds, i).letter for i in range(count)] == list(document.kinds[:count])
    assert document.kinds[count] == ":"
    # The clipboard's HTML (no article extraction) reads the same labels.
    from desktop.core.markup import html_to_text

    clipboard = html_to_text(CONTINUED)
    assert [(n.label if n else None) for n, k in zip(clipboard.numbers or [], clipboard.kinds or [], strict=True)
            if k is ParagraphKind.NUMBERED_ITEM] == [label for label, _ in BROWSER_LABELS]


def test_a_markdown_list_continued_after_a_paragraph_keeps_its_numbers(database, tmp_path):
    source = (f"# Steps\n\n{LONG}\n\n1. A UN Security Council mandate\n2. A lasting ceasefire\n\n"
              f"{LONG}\n\n3. Consent of the parties\n4. Funding for reconstruction\n")
    assert _labels(_imported(tmp_path, "steps.md", source)) == [
        ("1.", "A UN Security Council mandate"), ("2.", "A lasting ceasefire"), ("3.", "Consent of the parties"),
        ("4.", "Funding for reconstruction")]


def test_kinds_stored_before_labels_existed_read_as_they_did():
    from desktop.core.kinds import encode_kinds, item_label

    stored = "hpnnlnpn"
    assert [item_number(stored, i) for i in range(8)] == [None, None, 1, 2, None, 3, None, 1]
    kinds = [kind_at(stored, i) for i in range(8)]
    assert encode_kinds(kinds) == stored  # counted numbers need no label
    assert encode_kinds(kinds, [item_label(stored, i) for i in range(8)]) == stored


def test_show_and_the_pdf_print_the_browsers_numbers(database, tmp_path):
    page = tmp_path / "steps.html"
    page.write_text(CONTINUED, encoding="utf-8")
    triptych = _command_line(tmp_path / "data")
    (doc,) = triptych("import", str(page), "--lang", "en").split()
    shown = json.loads(triptych("show", doc, "--json"))["paragraphs"]
    assert [(p["label"], p["text"]) for p in shown if p["kind"] == "numbered item"] == BROWSER_LABELS
    assert [p["number"] for p in shown if p["kind"] == "numbered item"] == [1, 2, 3, 7, 8, 3, 2, 1, 1, 2, 4]
    text = [line.split("]", 1)[1].strip() for line in triptych("show", doc).splitlines() if line.startswith("[")]
    for label, item in BROWSER_LABELS:
        assert f"{label} {item}" in text
    out = tmp_path / "steps.pdf"
    triptych("export", "--format", "pdf", "--doc", doc, "-o", str(out))
    printed = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                             check=True).stdout
    lines = [" ".join(line.split()) for line in printed.splitlines()]
    for label, item in BROWSER_LABELS:
        assert f"{label} {item}" in lines, (label, item)


def test_the_desk_shows_the_browsers_numbers(database, tmp_path, make_window):
    document = _imported(tmp_path, "steps.html", CONTINUED)
    view = make_window().open_document(document.id).view
    assert view.document().toPlainText() == view.text

    def label(text: str) -> str:
        block = view.document().findBlock(view.text.index(text))
        return block.textList().itemText(block)

    assert [(label(item), item) for _, item in BROWSER_LABELS] == BROWSER_LABELS
