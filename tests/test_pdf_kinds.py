"""The PDF prints each paragraph as its kind, as the reader shows it: headings as headings,
quotes indented and in italics, list items indented behind a bullet -- once list items came
out bold like subheadings with no bullet, and quotes as plain paragraphs. The tagged PDF says
so (H2, BlockQuote, L > LI > Lbl + LBody), and the bullets never come back as article text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.core.kinds import ParagraphKind, decode_kinds
from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from desktop.services.importing import import_files
from desktop.services.sources.pdf import read_pdf
from tests.support import pdf_check as check

STORY = """<!doctype html><html lang="en"><head><title>Gaza force: Azerbaijan weighs offer | Example Times</title>
</head><body><article><h1>Azerbaijan weighs joining Gaza stabilisation force</h1>
<p>Azerbaijan is considering a US request to send troops to a multinational stabilisation force in Gaza,
officials said on Thursday.</p>
<blockquote>"No decision has been taken," a foreign ministry source said.</blockquote>
<h2>Conditions</h2><p>Baku wants a full ceasefire and a UN Security Council mandate before any deployment.</p>
<ul><li>A UN mandate</li><li>A lasting ceasefire</li></ul>
<p>The United States has not said how many countries have agreed to take part.</p></article></body></html>"""


@pytest.fixture
def story(database, tmp_path):
    page = tmp_path / "story.html"
    page.write_text(STORY, encoding="utf-8")
    (result,) = import_files([page])
    document = result.document
    assert "q" in document.kinds and "l" in document.kinds
    return document, export(ExportRequest(format="pdf", documents=[document.id]), tmp_path / "story.pdf")


def _line_of(chars, text: str):
    """The characters of the printed line that starts with ``text`` (pdfminer's boxes)."""
    owner = [i for i, c in enumerate(chars) for _ in c[0]]  # a ligature is one box of two letters
    at = "".join(c[0] for c in chars).index(text)
    return chars[owner[at]:owner[at + len(text) - 1] + 1]


def test_list_items_have_bullets_and_quotes_are_indented_italics(story):
    _document, path = story
    printed = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
    lines = [line.strip() for line in printed.splitlines()]
    assert "• A UN mandate" in lines and "• A lasting ceasefire" in lines
    chars = check.chars(path, 0)
    left = min(c[1] for c in _line_of(chars, "Azerbaijan is considering"))
    quote = _line_of(chars, "No decision")
    item = _line_of(chars, "A UN mandate")
    bullet = next(c for c in chars if c[0] == "•")
    assert quote[0][1] > left + 10 and item[0][1] > left + 10  # indented
    assert left < (bullet[1] + bullet[3]) / 2 < item[0][1]  # the bullet in the indentation, before the item
    heading = _line_of(chars, "Conditions")
    assert heading[0][1] < left + 1 and heading[0][4] - heading[0][2] > item[0][4] - item[0][2] - 0.5
    fonts = _fonts_of(path, ["No decision", "A UN mandate", "Conditions"])
    assert "Italic" in fonts["No decision"] or "Oblique" in fonts["No decision"]
    assert "Bold" not in fonts["A UN mandate"] and "Bold" in fonts["Conditions"]


def _fonts_of(path: Path, starts: list[str]) -> dict[str, str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    found: list[tuple[str, str]] = []

    def walk(item) -> None:
        if isinstance(item, LTChar):
            found.append((item.get_text(), item.fontname))
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for layout in extract_pages(str(path), page_numbers=[0]):
        walk(layout)
    owner = [i for i, (c, _) in enumerate(found) for _ in c]
    joined = "".join(c for c, _ in found)
    return {s: found[owner[joined.index(s)]][1] for s in starts}


def test_the_tags_say_list_and_quote_and_the_import_reads_them_back(story):
    from pypdf import PdfReader

    document, path = story
    roles: list[str] = []

    def walk(node) -> None:
        node = node.get_object()
        if "/S" in node:
            roles.append(str(node["/S"]))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    walk(PdfReader(str(path)).trailer["/Root"]["/StructTreeRoot"])
    assert roles.count("/L") == 1 and roles.count("/LI") == 2 and roles.count("/Lbl") == 2
    assert roles.count("/LBody") == 2 and roles.count("/BlockQuote") == 1 and "/H2" in roles
    article = read_pdf(path.read_bytes(), path.name)
    assert article.text.split("\n") == document.text.split("\n")  # no bullet in the text
    assert article.kinds == decode_kinds(document.kinds, len(document.text.split("\n")))
    assert ParagraphKind.LIST_ITEM in article.kinds and ParagraphKind.QUOTE in article.kinds


# An article with two numbered lists, the second going on after a paragraph, and a bulleted one:
# in each bundled language (title, lead, first list, paragraph, second list, bullets, last).
LISTS = {
    "ru": ("Азербайджан ставит условия для сил в Газе",
           "Азербайджан рассматривает просьбу США направить войска в многонациональные силы стабилизации в Газе, "
           "заявили в четверг официальные лица.",
           ["Мандат Совета Безопасности ООН", "Прочное прекращение огня"],
           "Баку также хочет ясности в отношении сроков миссии и её финансирования.",
           ["Согласие сторон"], ["Турция предложила войска", "Индонезия рассматривает это"],
           "США не сообщили, сколько стран согласились участвовать."),
    "ar": ("أذربيجان تضع شروطا لقوة غزة",
           "تدرس أذربيجان طلبا أمريكيا لإرسال قوات إلى قوة استقرار متعددة الجنسيات في غزة، حسبما قال مسؤولون "
           "يوم الخميس.",
           ["تفويض من مجلس الأمن الدولي", "وقف دائم لإطلاق النار"],
           "وتريد باكو أيضا وضوحا بشأن مدة المهمة وتمويلها.",
           ["موافقة الطرفين"], ["عرضت تركيا إرسال قوات", "إندونيسيا تدرس الأمر"],
           "لم تقل الولايات المتحدة كم عدد الدول التي وافقت على المشاركة."),
    "de": ("Aserbaidschan stellt Bedingungen für eine Gaza-Truppe",
           "Aserbaidschan prüft eine Anfrage der USA, Soldaten für eine multinationale Stabilisierungstruppe in "
           "Gaza zu entsenden, sagten Regierungsvertreter am Donnerstag.",
           ["Ein Mandat des UN-Sicherheitsrats", "Eine dauerhafte Waffenruhe"],
           "Baku verlangt außerdem Klarheit über die Dauer und die Finanzierung der Mission.",
           ["Die Zustimmung der Parteien"], ["Die Türkei hat Truppen angeboten", "Indonesien erwägt es"],
           "Die USA haben nicht gesagt, wie viele Länder zugestimmt haben."),
}


def lists_page(language: str) -> str:
    """The article of ``LISTS[language]`` as a web page (right to left for Arabic)."""
    title, lead, first, middle, second, bullets, last = LISTS[language]

    def items(texts: list[str]) -> str:
        return "".join(f"<li>{text}</li>" for text in texts)

    direction = ' dir="rtl"' if language == "ar" else ""
    return (f'<!doctype html><html lang="{language}"{direction}><head><title>{title}</title></head><body>'
            f"<article><h1>{title}</h1><p>{lead}</p><ol>{items(first)}</ol><p>{middle}</p>"
            f'<ol start="3">{items(second)}</ol><ul>{items(bullets)}</ul><p>{last}</p></article></body></html>')


@pytest.mark.parametrize("language", ["ru", "ar", "de"])
def test_numbered_items_come_back_numbered_and_bullets_as_bullets(database, tmp_path, language):
    """Once every list item of an exported PDF came back bulleted: the numbers were in the
    labels, which the import leaves out of the text."""
    page = tmp_path / "lists.html"
    page.write_text(lists_page(language), encoding="utf-8")
    (result,) = import_files([page], language=language)
    document = result.document
    path = export(ExportRequest(format="pdf", documents=[document.id]), tmp_path / "lists.pdf")
    article = read_pdf(path.read_bytes(), path.name)
    assert article.text.split("\n") == document.text.split("\n")  # no label glued to an item
    title, _lead, first, _middle, second, bullets, _last = LISTS[language]
    numbered = [(n.label, text) for kind, n, text in zip(article.kinds, article.numbers or [],
                                                         article.text.split("\n"), strict=True)
                if kind is ParagraphKind.NUMBERED_ITEM and n is not None]
    assert numbered == [("1.", first[0]), ("2.", first[1]), ("3.", second[0])]
    assert [text for kind, text in zip(article.kinds, article.text.split("\n"), strict=True)
            if kind is ParagraphKind.LIST_ITEM] == bullets
    # Stored, it is the document it was exported from, labels and all.
    from desktop.core.kinds import encode_kinds

    assert encode_kinds(article.kinds, article.numbers) == document.kinds == "hpnnpnllp:5=3"


def _label_and_rows(path: Path):
    """The label "1." of the first numbered item (its digit and its full stop, whichever
    side it is on), the other characters of its line, and the line above it (the end of
    the paragraph before)."""
    chars = [c for c in check.chars(path, 0) if c[0].strip()]

    def beside(digit, c) -> bool:
        return c[0] == "." and abs(c[2] - digit[2]) < 3 and min(abs(c[1] - digit[3]), abs(c[3] - digit[1])) < 1.5

    digit, stop = max(((d, c) for d in chars if d[0] == "1" for c in chars if beside(d, c)), key=lambda p: p[0][2])
    text = [c for c in chars if abs(c[2] - digit[2]) < 3 and c is not digit and c is not stop]
    above = min({round(c[2]) for c in chars if c[2] > digit[4]})
    return digit, stop, text, [c for c in chars if round(c[2]) == above]


@pytest.mark.parametrize("language", ["ar", "de"])
def test_a_numbered_items_label_stands_in_the_indentation_and_reads_as_a_browser_prints_it(database, tmp_path,
                                                                                          language):
    """An Arabic item's "1." stood 6 pt past the right edge of the text (the label, laid
    out right-aligned in a box the indentation wide, was placed by the box's left edge)."""
    from tests.test_pdf_import import print_with_chromium

    page = tmp_path / "lists.html"
    page.write_text(lists_page(language), encoding="utf-8")
    (result,) = import_files([page], language=language)
    path = export(ExportRequest(format="pdf", documents=[result.document.id]), tmp_path / "lists.pdf")
    digit, stop, text, above = _label_and_rows(path)
    gap = 0.4 * 16.0  # the export's INDENT, of which the gap is 0.4
    if language == "ar":
        edge, item = max(c[3] for c in above), max(c[3] for c in text)
        label = (min(digit[1], stop[1]), max(digit[3], stop[3]))
        assert item < label[0] and label[0] - item == pytest.approx(gap, abs=1.0)  # a gap after the text
        assert label[1] <= edge + 1.0  # in the indentation, not in the margin
    else:
        edge, item = min(c[1] for c in above), min(c[1] for c in text)
        label = (min(digit[1], stop[1]), max(digit[3], stop[3]))
        assert label[1] < item and item - label[1] == pytest.approx(gap, abs=1.0)
        assert label[0] >= edge - 1.0
    # "1." is read as Chromium prints it: in Arabic the full stop to the left of the digit.
    chromium = print_with_chromium(lists_page(language), tmp_path, "chromium")
    c_digit, c_stop, _, _ = _label_and_rows(chromium)
    assert (stop[1] < digit[1]) == (c_stop[1] < c_digit[1]) == (language == "ar")
