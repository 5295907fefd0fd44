"""Word and OpenDocument lists keep the labels Word and LibreOffice show: a list that
starts at 5, one that goes on after a plain paragraph, a second list that starts again
at 1, nested levels written "1.", "a)", "i.", "1.1.", and bullets. A new user saw every
imported list numbered 1., 2., 3. from its first item again (mammoth and the ODT reader
kept no start, no continuation and no label but "N."), and nested items flush with
their parents.

The files are written as Word and LibreOffice write them (numbering.xml's w:abstractNum,
w:num, w:lvlOverride/w:startOverride; content.xml's text:list with text:continue-numbering,
text:continue-list and text:start-value), and what each program shows is what ECMA-376
part 1 17.9 and ODF 1.3 part 3 (5.3, 16.31) say it counts.
"""

from __future__ import annotations

import json

import pytest

from desktop.services.importing import import_files
from tests.support.office_files import _zip, docx
from tests.test_cli import triptych as cli


def _lvl(ilvl: int, fmt: str, text: str, start: int | str = 1, extra: str = "") -> str:
    indent = 720 * (ilvl + 1)
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/>'
            "</w:pPr></w:lvl>")


# As Word 365 writes them: a multi-level list (1. / a) / i.), one that starts at 5, bullets
# (Symbol's and Courier New's "o"), a legal-style outline (1. / 1.1.); each w:num an instance
# ("Restart numbering" makes one with a w:startOverride).
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    + _lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "%2)") + _lvl(2, "lowerRoman", "%3.") + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    + _lvl(0, "bullet", "\uf0b7", extra='<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>')
    + _lvl(1, "bullet", "o", extra='<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr>')
    + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
    + _lvl(0, "decimal", "%1.", start=5) + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>'
    + _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2.") + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
    "</w:lvlOverride></w:num>"
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>')

WORD = [
    ("Heading1", "Conditions for a Gaza force"),
    ("Normal", "Azerbaijan listed its conditions on Thursday."),
    ("List 3 0", "A UN Security Council mandate"),  # 5.
    ("List 3 0", "A lasting ceasefire"),  # 6.
    ("Normal", "The next conditions depend on the talks in Cairo."),
    ("List 3 0", "Consent of the parties"),  # 7.: Word goes on after a plain paragraph
    ("List 6 0", "Funding for reconstruction"),  # 8.: another instance of the same list goes on too
    ("Normal", "The plan has three steps."),
    ("List 1 0", "Deployment"),  # 1.
    ("List 1 1", "an advance party"),  # a)
    ("List 1 1", "the main force"),  # b)
    ("List 1 2", "engineers first"),  # i.
    ("List 1 2", "then infantry"),  # ii.
    ("List 1 1", "a reserve"),  # c)
    ("List 1 0", "Patrols"),  # 2.
    ("List 1 1", "along the border"),  # a): starts again after an item of the level above
    ("Normal", "A second plan was drafted in Baku."),
    ("List 2 0", "Training"),  # 1.: "Restart numbering" (a w:startOverride)
    ("List 2 0", "Handover"),  # 2.
    ("List 4 0", "Turkey has offered troops"),  # bullet
    ("List 4 1", "two brigades"),  # bullet, one level in
    ("List 5 0", "Mandate"),  # 1.
    ("List 5 1", "Scope"),  # 1.1.
    ("List 5 1", "Duration"),  # 1.2.
    ("Normal", "The United States has not said how many countries have agreed."),
]
# (label or "•" for a bullet, level, text): what Word shows.
WORD_SHOWS = [
    ("5.", 0, "A UN Security Council mandate"), ("6.", 0, "A lasting ceasefire"),
    ("7.", 0, "Consent of the parties"), ("8.", 0, "Funding for reconstruction"),
    ("1.", 0, "Deployment"), ("a)", 1, "an advance party"), ("b)", 1, "the main force"),
    ("i.", 2, "engineers first"), ("ii.", 2, "then infantry"), ("c)", 1, "a reserve"), ("2.", 0, "Patrols"),
    ("a)", 1, "along the border"), ("1.", 0, "Training"), ("2.", 0, "Handover"),
    ("•", 0, "Turkey has offered troops"), ("•", 1, "two brigades"),
    ("1.", 0, "Mandate"), ("1.1.", 1, "Scope"), ("1.2.", 1, "Duration"),
]

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _item(text: str, attributes: str = "", inner: str = "") -> str:
    return f"<text:list-item{attributes}><text:p>{text}</text:p>{inner}</text:list-item>"


# As LibreOffice writes them: list styles in content.xml's automatic styles, a list
# interrupted by a paragraph continued with text:continue-numbering (ODF 1.1) or
# text:continue-list (1.2), nested lists inside their parent's item.
ODT_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
    f'xmlns:office:1.0" xmlns:text="{_TEXT_NS}" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xml="http://www.w3.org/XML/1998/'
    'namespace" office:version="1.3"><office:automatic-styles>'
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>'
    '<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="i"/></text:list-style>'
    '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." '
    'style:num-format="1" text:start-value="5"/></text:list-style>'
    '<text:list-style style:name="L3"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
    '<text:list-level-style-bullet text:level="2" text:bullet-char="◦"/></text:list-style>'
    '<text:list-style style:name="L4">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" '
    'text:display-levels="2"/></text:list-style>'
    "</office:automatic-styles><office:body><office:text>"
    '<text:h text:outline-level="1">Conditions for a Gaza force</text:h>'
    "<text:p>Azerbaijan listed its conditions on Thursday.</text:p>"
    '<text:list xml:id="list1" text:style-name="L2">' + _item("A UN Security Council mandate")
    + _item("A lasting ceasefire") + "</text:list>"
    "<text:p>The next conditions depend on the talks in Cairo.</text:p>"
    '<text:list xml:id="list2" text:continue-numbering="true" text:style-name="L2">'
    + _item("Consent of the parties") + "</text:list>"
    "<text:p>The plan has three steps.</text:p>"
    '<text:list xml:id="list3" text:style-name="L1">'
    + _item("Deployment", inner="<text:list>" + _item("an advance party") + _item(
        "the main force", inner="<text:list>" + _item("engineers first") + _item("then infantry") + "</text:list>")
        + _item("a reserve") + "</text:list>")
    + _item("Patrols", inner="<text:list>" + _item("along the border") + "</text:list>") + "</text:list>"
    "<text:p>A second plan was drafted in Baku.</text:p>"
    '<text:list xml:id="list4" text:style-name="L1">' + _item("Training") + _item("Handover") + "</text:list>"
    "<text:p>The first plan went on with a last step.</text:p>"
    '<text:list xml:id="list5" text:continue-list="list3" text:style-name="L1">' + _item("Withdrawal")
    + "</text:list>"
    '<text:list xml:id="list6" text:style-name="L1">' + _item("Monitoring", ' text:start-value="9"') + "</text:list>"
    '<text:list text:style-name="L3">' + _item("Turkey has offered troops", inner="<text:list>"
                                               + _item("two brigades") + "</text:list>") + "</text:list>"
    '<text:list text:style-name="L4">' + _item("Mandate", inner="<text:list>" + _item("Scope") + _item("Duration")
                                               + "</text:list>") + "</text:list>"
    "<text:p>The United States has not said how many countries have agreed.</text:p>"
    "</office:text></office:body></office:document-content>")
ODT_SHOWS = [
    ("5.", 0, "A UN Security Council mandate"), ("6.", 0, "A lasting ceasefire"),
    ("7.", 0, "Consent of the parties"),
    ("1.", 0, "Deployment"), ("a)", 1, "an advance party"), ("b)", 1, "the main force"),
    ("i.", 2, "engineers first"), ("ii.", 2, "then infantry"), ("c)", 1, "a reserve"), ("2.", 0, "Patrols"),
    ("a)", 1, "along the border"), ("1.", 0, "Training"), ("2.", 0, "Handover"),
    ("3.", 0, "Withdrawal"), ("9.", 0, "Monitoring"),
    ("•", 0, "Turkey has offered troops"), ("•", 1, "two brigades"),
    ("1.", 0, "Mandate"), ("1.1.", 1, "Scope"), ("1.2.", 1, "Duration"),
]


def _odt() -> bytes:
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": ODT_CONTENT},
                first="mimetype")


def _files(tmp_path) -> dict[str, tuple[object, list[tuple[str, int, str]]]]:
    word = tmp_path / "conditions.docx"
    word.write_bytes(docx(WORD, numbering=NUMBERING))
    office = tmp_path / "conditions.odt"
    office.write_bytes(_odt())
    return {"docx": (word, WORD_SHOWS), "odt": (office, ODT_SHOWS)}


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_show_gives_the_labels_word_and_libreoffice_show(tmp_path, kind):
    path, expected = _files(tmp_path)[kind]
    data = tmp_path / "data"
    done = cli("import", str(path), "--lang", "en", data_dir=data)
    assert done.returncode == 0, done.stderr
    (doc,) = done.stdout.split()
    shown = json.loads(cli("show", doc, "--json", data_dir=data).stdout)["paragraphs"]
    items = [(p.get("label", "•"), p.get("level", 0), p["text"]) for p in shown
             if p["kind"] in ("numbered item", "list item")]
    assert items == expected
    # The terminal shows each label before its text, further in for each level.
    lines = cli("show", doc, data_dir=data).stdout.splitlines()

    def column(label: str, text: str) -> int:
        (line,) = [line for line in lines if line.endswith(f" {label} {text}")]
        return line.index(text)

    assert column("1.", "Deployment") < column("a)", "an advance party") < column("i.", "engineers first")


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_the_desk_shows_the_labels_and_the_levels(database, tmp_path, make_window, kind):
    from PySide6.QtGui import QTextListFormat

    path, expected = _files(tmp_path)[kind]
    (result,) = import_files([path], language="en")
    view = make_window().open_document(result.document.id).view
    assert view.document().toPlainText() == view.text  # the labels are not text: offsets stay

    def shown(text: str) -> tuple[str, int, str]:
        block = view.document().findBlock(view.text.index(text))
        listed = block.textList()
        assert listed is not None, text
        bullet = listed.format().style() in (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                                             QTextListFormat.Style.ListSquare)
        label = "•" if bullet else listed.itemText(block)
        return label, listed.format().indent() - 1, text

    assert [shown(text) for _, _, text in expected] == expected
    # Deeper items are further in: the text of each level starts right of the level above.
    def left(text: str) -> int:
        cursor = view.textCursor()
        cursor.setPosition(view.document().findBlock(view.text.index(text)).position())
        return view.cursorRect(cursor).left()

    assert left("Deployment") < left("an advance party") < left("engineers first")


def _seen(element, depth: int = 0) -> list[str]:
    """What a browser shows of rendered HTML, a line per paragraph or list item: each
    item behind the number its ``<ol>`` gives it or a bullet, two spaces in per level."""
    lines: list[str] = []
    for child in element:
        if child.tag in ("ol", "ul"):
            number = int(child.get("start", "1"))
            for item in child.findall("li"):
                own = "".join(item.xpath("text()") + [t for p in item.findall("p") for t in p.xpath("text()")])
                label = f"{number}." if child.tag == "ol" else "•"
                lines.append(f"{'  ' * depth}{label} {' '.join(own.split())}")
                number += 1
                for nested in item:
                    if nested.tag in ("ol", "ul"):
                        lines += _seen([nested], depth + 1)
        elif child.tag == "p":
            lines.append("  " * depth + " ".join(child.text_content().split()))
    return lines


@pytest.mark.parametrize("renderer", ["markdown-it-py", "mistune"])
def test_the_markdown_export_quotes_list_items_with_their_labels(database, tmp_path, renderer):
    import lxml.html
    import mistune
    from markdown_it import MarkdownIt

    from desktop.services.annotating import annotate_quote
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    word = tmp_path / "conditions.docx"
    word.write_bytes(docx([*WORD, ("Normal", "1984. That year the border was drawn.")], numbering=NUMBERING))
    (result,) = import_files([word], language="en")
    document = result.document
    text = document.text

    def between(first: str, last: str) -> str:
        return text[text.index(first):text.index(last) + len(last)]

    for quote in (between("A UN Security Council mandate", "Consent of the parties"),
                  between("Deployment", "a reserve"), between("Turkey has offered troops", "two brigades"),
                  "Security Council", "1984. That year the border was drawn.", between("Mandate", "Duration")):
        annotate_quote(document.id, quote)
    out = tmp_path / "notes.md"
    export(ExportRequest("md", documents=[document.id]), out)
    source = out.read_text(encoding="utf-8")
    render = MarkdownIt("commonmark").render if renderer == "markdown-it-py" else mistune.create_markdown(escape=False)
    page = lxml.html.fromstring(f"<div>{render(source)}</div>")
    quotes = [_seen(quote) for quote in page.iter("blockquote")]
    assert quotes == [  # in the order of the text
        ["5. A UN Security Council mandate", "6. A lasting ceasefire",
         "The next conditions depend on the talks in Cairo.", "7. Consent of the parties"],
        ["Security Council"],  # inside an item: a fragment, not the item
        ["1. Deployment", "  • a) an advance party", "  • b) the main force", "    • i. engineers first",
         "    • ii. then infantry", "  • c) a reserve"],
        ["• Turkey has offered troops", "  • two brigades"],
        ["1. Mandate", "  • 1.1. Scope", "  • 1.2. Duration"],
        ["1984. That year the border was drawn."],  # a paragraph, not item 1984 of a list
    ]


def test_the_pdf_prints_the_labels_and_an_older_triptych_reads_the_numbers(database, tmp_path):
    import re
    import subprocess

    from desktop.core.kinds import item_label, kind_at
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    path, expected = _files(tmp_path)["docx"]
    (result,) = import_files([path], language="en")
    document = result.document
    out = tmp_path / "conditions.pdf"
    export(ExportRequest("pdf", documents=[document.id]), out)
    printed = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                             check=True).stdout
    lines = [" ".join(line.split()) for line in printed.splitlines()]
    for label, _, text in expected:
        assert f"{label} {text}" in lines, (label, text)
    # Stored: one letter per paragraph, then the entries; the reading of a Triptych from
    # before levels and affixes ("index=style number") still finds each number it can show.
    count = len(document.text.split("\n"))
    assert [kind_at(document.kinds, i).letter for i in range(count)] == list(document.kinds[:count])
    for index, style, value in re.findall(r"(\d{1,9})=([aAiI]?)(-?\d{1,9})", document.kinds.partition(":")[2]):
        number = item_label(document.kinds, int(index))
        assert number is not None and (number.value, number.style.value) == (int(value), style or "1")


def test_a_word_list_style_numbers_its_paragraphs(tmp_path):
    # A list style (Format > Define New List Style): its abstract numbering has only a
    # w:numStyleLink; the levels are in the abstract numbering of the w:num the numbering
    # style names (ECMA-376 17.9.21, 17.9.29). Word shows "3)" and "4)".
    numbering = ('<w:abstractNum w:abstractNumId="7"><w:numStyleLink w:val="StepsList"/></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="8"><w:styleLink w:val="StepsList"/>'
                 + _lvl(0, "decimal", "%1)", start=3) + "</w:abstractNum>"
                 '<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>'
                 '<w:num w:numId="8"><w:abstractNumId w:val="8"/></w:num>')
    style = ('<w:style w:type="numbering" w:styleId="StepsList"><w:name w:val="Steps list"/><w:pPr><w:numPr>'
             '<w:numId w:val="8"/></w:numPr></w:pPr></w:style>')
    word = tmp_path / "steps.docx"
    word.write_bytes(docx([("Heading1", "Steps"), ("Normal", "The steps are these."), ("List 7 0", "Training"),
                           ("List 7 0", "Handover")], numbering=numbering, styles=style))
    data = tmp_path / "data"
    (doc,) = cli("import", str(word), "--lang", "en", data_dir=data).stdout.split()
    shown = json.loads(cli("show", doc, "--json", data_dir=data).stdout)["paragraphs"]
    assert [(p.get("label"), p["text"]) for p in shown if p["kind"] == "numbered item"] == [
        ("3)", "Training"), ("4)", "Handover")]


def _older_parser():
    """desktop/core/kinds.py as it was before levels and affixes (commit 48960b1)."""
    import subprocess
    import types

    source = subprocess.run(["git", "show", "48960b1:desktop/core/kinds.py"], capture_output=True, text=True,
                            check=True, cwd=__file__.rsplit("/tests/", 1)[0]).stdout
    module = types.ModuleType("older_kinds")
    exec(compile(source, "older_kinds.py", "exec"), module.__dict__)
    return module


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_an_older_triptych_numbers_each_item_as_the_new_one_does(database, tmp_path, kind):
    # A shared library read by desks of both versions: the older one counts every numbered
    # item of a run one more than the one before it, whatever its level, so each item's
    # number is stored wherever that is not its own ("c) a reserve" is not "iii.").
    from desktop.core.kinds import item_label

    older = _older_parser()
    path, _ = _files(tmp_path)[kind]
    (result,) = import_files([path], language="en")
    document = result.document
    count = len(document.text.split("\n"))
    numbers = [item_label(document.kinds, i) for i in range(count)]
    old = [older.item_label(document.kinds, i) for i in range(count)]
    assert any(n is not None for n in numbers)
    assert [(n.value, n.style.value) if n else None for n in numbers] == \
        [(n.value, n.style.value) if n else None for n in old]


@pytest.mark.parametrize("start", ["9" * 4300, str(10**12), "999999999"], ids=["4300 nines", "10**12", "9 nines"])
def test_a_list_with_a_huge_start_imports_and_keeps_its_numbers(tmp_path, start):
    # A damaged or hostile file's w:start / text:start-value: the import goes through and
    # the items keep the largest number the library stores, not 1., 2. again.
    numbering = ('<w:abstractNum w:abstractNumId="0">' + _lvl(0, "decimal", "%1.", start=start)
                 + _lvl(1, "decimal", "%1.%2.") + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    word = tmp_path / "huge.docx"
    word.write_bytes(docx([("Normal", "The steps."), ("List 1 0", "Training"), ("List 1 1", "Drills"),
                           ("List 1 0", "Handover")], numbering=numbering))
    office = tmp_path / "huge.odt"
    office.write_bytes(_zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": ODT_CONTENT.replace(
        'style:num-format="1" text:start-value="5"', f'style:num-format="1" text:start-value="{start}"')},
        first="mimetype"))
    data = tmp_path / "data"
    for path, first in ((word, "Training"), (office, "A UN Security Council mandate")):
        done = cli("import", str(path), "--lang", "en", data_dir=data)
        assert done.returncode == 0, done.stderr
        (doc,) = done.stdout.split()
        shown = json.loads(cli("show", doc, "--json", data_dir=data).stdout)["paragraphs"]
        (label,) = [p.get("label") for p in shown if p["text"] == first]
        assert label == "999999999."


def _with_text_box(data: bytes, marker: str, inside: str) -> bytes:
    """The Word document with the paragraph ``marker`` holding a text box whose paragraph
    ``inside`` is item 1 of numbering 1, written both ways as Word 2010 and later write it
    (a DrawingML shape in mc:Choice, a VML one in mc:Fallback for older readers)."""
    import io
    import zipfile

    box = (f'<w:txbxContent><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
           f"<w:r><w:t>{inside}</w:t></w:r></w:p></w:txbxContent>")
    paragraph = (
        '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:t xml:space="preserve">' + marker + " </w:t></w:r><w:r>"
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>' + box
        + "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    source = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes | str] = {name: source.read(name) for name in source.namelist()}
    document = source.read("word/document.xml").decode()
    plain = f'<w:p><w:r><w:t xml:space="preserve">{marker}</w:t></w:r></w:p>'
    assert plain in document
    parts["word/document.xml"] = document.replace(plain, paragraph)
    return _zip(parts)


def test_a_numbered_paragraph_in_a_text_box_counts_once():
    from desktop.services.sources.office import read_docx

    # Word numbers "first" 1., the box's paragraph 2., then "second" 3. and "third" 4.
    data = _with_text_box(docx([("List 1 0", "first"), ("Normal", "See the box."), ("List 1 0", "second"),
                                ("List 1 0", "third")]), "See the box.", "in the box")
    read = read_docx(data, "box.docx")
    numbers = read.numbers or []
    shown = [(text, numbers[i].label if i < len(numbers) and numbers[i] else None)  # type: ignore[union-attr]
             for i, text in enumerate(read.text.split("\n"))]
    assert shown == [("first", "1."), ("See the box.", None), ("in the box", "2."), ("second", "3."),
                     ("third", "4.")]


def _odt_body(body: str) -> bytes:
    head, _, rest = ODT_CONTENT.partition("<office:text>")
    content = head + "<office:text>" + body + "</office:text>" + rest.partition("</office:text>")[2]
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content}, first="mimetype")


def test_odt_list_headers_and_headings_in_items_keep_the_numbers_libreoffice_shows():
    from desktop.services.sources.office import read_odt

    # A list in a list header is nested in that list (it does not become the list a later
    # "continue numbering" goes on from); a heading that opens an item is that item's
    # first paragraph, so the paragraph after it has no label.
    data = _odt_body(
        '<text:list xml:id="a" text:style-name="L2">' + _item("One") + _item("Two")
        + "<text:list-header><text:p>Notes</text:p><text:list>" + _item("a note") + "</text:list></text:list-header>"
        "</text:list><text:p>Between</text:p>"
        '<text:list text:continue-numbering="true" text:style-name="L2">' + _item("Three") + "</text:list>"
        "<text:p>After</text:p>"
        '<text:list text:style-name="L1">' + _item("Alpha")
        + '<text:list-item><text:h text:outline-level="2">Beta</text:h><text:p>its body</text:p></text:list-item>'
        + _item("Gamma") + "</text:list>")
    read = read_odt(data, "lists.odt")
    numbers, levels = read.numbers or [], read.levels or []
    shown = [(text, numbers[i].label if numbers[i] else None, levels[i])  # type: ignore[union-attr]
             for i, text in enumerate(read.text.split("\n"))]
    assert shown == [("One", "5.", 0), ("Two", "6.", 0), ("Notes", None, 0), ("a note", None, 1),
                     ("Between", None, 0), ("Three", "7.", 0), ("After", None, 0), ("Alpha", "1.", 0),
                     ("Beta", None, 0), ("its body", None, 0), ("Gamma", "3.", 0)]


def test_forty_nested_odt_lists_print_on_a_page_and_stay_readable(database, tmp_path):
    import subprocess

    from desktop.core.kinds import item_level
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    # Items nested past LibreOffice's ten levels are drawn at the tenth: the PDF printed
    # 14 pages, the text past level 18 one letter a line.
    body = "".join(f"<text:list-item><text:p>level {n} item</text:p><text:list>" for n in range(40))
    body = '<text:list text:style-name="L3">' + body + _item("the deepest item of all") + \
        "</text:list></text:list-item>" * 40 + "</text:list>"
    path = tmp_path / "deep.odt"
    path.write_bytes(_odt_body("<text:p>A deep list.</text:p>" + body))
    (result,) = import_files([path], language="en")
    document = result.document
    lines = document.text.split("\n")
    assert max(item_level(document.kinds, i) for i in range(len(lines))) == 9
    out = tmp_path / "deep.pdf"
    export(ExportRequest("pdf", documents=[document.id]), out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages <= 2
    printed = [" ".join(line.split()) for line in subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout.splitlines()]
    assert "• the deepest item of all" in printed


def test_word_levels_without_a_number_show_what_word_shows(tmp_path):
    # A level numbered "none", or whose text has no number of its own ("" or "Step"):
    # Word shows the text of the label, or nothing; not a bullet.
    numbering = ('<w:abstractNum w:abstractNumId="0">' + _lvl(0, "decimal", "%1.") + _lvl(1, "none", "")
                 + _lvl(2, "decimal", "Step") + _lvl(3, "none", "%4") + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    word = tmp_path / "plan.docx"
    word.write_bytes(docx([("Normal", "The plan."), ("List 1 0", "Deploy"), ("List 1 1", "with care"),
                           ("List 1 2", "check the kit"), ("List 1 3", "quietly"), ("List 1 0", "Patrol")],
                          numbering=numbering))
    data = tmp_path / "data"
    (doc,) = cli("import", str(word), "--lang", "en", data_dir=data).stdout.split()
    shown = json.loads(cli("show", doc, "--json", data_dir=data).stdout)["paragraphs"]
    assert [(p["kind"], p.get("label"), p["text"]) for p in shown[1:]] == [
        ("numbered item", "1.", "Deploy"), ("paragraph", None, "with care"),
        ("paragraph", None, "Step check the kit"), ("paragraph", None, "quietly"), ("numbered item", "2.", "Patrol")]
