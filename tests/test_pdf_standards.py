"""The annotated PDF as other tools read it: two independent text extractors
(pdfminer.six and MuPDF's mutool) get every article back in logical order, in standard
letters with their spaces; qpdf finds nothing wrong; highlights are annotations only
(a render with annotations hidden shows no tint), with appearance, pop-up, author and
dates, over exactly their glyphs; the file is tagged with a language per article; the
PDF/A-2u and PDF/UA-1 essentials are there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.services.export import export
from desktop.services.export.model import ExportRequest
from tests.support import pdf_check as check
from tests.support.annotated import make_annotated

#: pdfminer.six starts a new line between two glyphs that both have no width: a vowel
#: mark followed by the alef of a lam-alef ("بدلًا"): its own layout rule, not the file.
_PDFMINER_SPLITS = re.compile("[\u064b-\u0652][\u0627\u0622\u0623\u0625]")


@pytest.fixture
def annotated(corpus):
    return make_annotated(corpus)


@pytest.fixture
def pdf(annotated, tmp_path):
    path = tmp_path / "desk.pdf"
    export(ExportRequest("pdf", author="Jane Doe"), path)
    return path


@pytest.fixture
def plain(corpus, tmp_path):
    """The three articles with no annotations (nothing in the margins)."""
    path = tmp_path / "plain.pdf"
    export(ExportRequest("pdf"), path)
    return path


def _pages_text(path: Path, extractor) -> str:
    from pypdf import PdfReader

    pages = []
    for index in range(len(PdfReader(str(path)).pages)):
        lines = [line for line in extractor(path, index).splitlines() if not line.strip().isdigit()]
        pages.append("\n".join(lines))
    return check.flat("\n".join(pages))


@pytest.mark.parametrize("extractor", sorted(check.EXTRACTORS))
def test_every_paragraph_comes_back_in_logical_order_and_standard_letters(plain, corpus, extractor):
    text = _pages_text(plain, check.EXTRACTORS[extractor])
    assert check.presentation_forms(text) == []
    for document in corpus:
        for paragraph in (check.flat(p) for p in document.text.split("\n") if p.strip()):
            if extractor == "pdfminer.six" and _PDFMINER_SPLITS.search(paragraph):
                continue
            assert paragraph in text, (document.language, paragraph[:60])


@pytest.mark.parametrize("extractor", sorted(check.EXTRACTORS))
def test_every_quote_and_note_is_searchable(pdf, annotated, extractor):
    text = check.flat(check.EXTRACTORS[extractor](pdf))
    assert check.presentation_forms(text) == []
    for key, annotation in annotated.items():
        if key in ("ar_page", "de_wrap"):
            continue  # they cross pages and margin notes
        assert check.flat(annotation.exact) in text, key
    assert "باكو" in text  # a search a person makes
    for note in ("Миссия ISF, не операция ООН", "مصدر رسمي في الخارجية", "UN mandate required"):
        assert note in text
    assert "both make it conditional" in text  # a link's note


def test_qpdf_finds_nothing_wrong(annotated, tmp_path):
    for name, request in {"single": ExportRequest("pdf"), "parallel": ExportRequest("pdf", layout="parallel"),
                          "flat": ExportRequest("pdf", flatten=True),
                          "brief": ExportRequest("pdf", only_annotated=True, page_size="letter")}.items():
        path = tmp_path / f"{name}.pdf"
        export(request, path)
        result = check.qpdf_check(path)
        assert result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout, (name, result)
        assert "WARNING" not in result.stdout + result.stderr


def test_the_20_highlight_covers_exactly_its_digits(pdf, annotated):
    target = annotated["ar_20"]
    page, highlight = next((p, a) for p, a in check.annotations(pdf) if str(a["/NM"]) == target.id)
    boxes = check.quads(highlight)
    inside = []
    for ch, x0, y0, x1, y1 in check.chars(pdf, page):
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if any(bx0 <= cx <= bx1 and by0 <= cy <= by1 for bx0, by0, bx1, by1 in boxes):
            inside.append(ch)
    assert "".join(inside) == "20"


def test_each_highlight_is_an_annotation_with_its_look_author_dates_and_popup(pdf, annotated):
    found = check.annotations(pdf)
    assert {str(a["/NM"]) for _p, a in found} == {a.id for a in annotated.values()}
    by_id = {str(a["/NM"]): a for _p, a in found}
    de = by_id[annotated["de"].id]
    assert "UN mandate required" in de["/Contents"] and "condition" in de["/Contents"]
    assert de["/T"] == "Jane Doe" and str(de["/M"]).startswith("D:") and str(de["/CreationDate"]).startswith("D:")
    assert int(de["/F"]) & 4  # printed
    appearance = de["/AP"]["/N"].get_object()
    assert appearance["/Subtype"] == "/Form" and b"re" in appearance.get_data()
    popup = de["/Popup"].get_object()
    assert popup["/Subtype"] == "/Popup" and popup["/Parent"].get_object()["/NM"] == annotated["de"].id
    assert [round(float(c), 2) for c in de["/C"]] == [round(0xF4 / 255, 2), round(0x8F / 255, 2), round(0xB1 / 255, 2)]
    assert "/Popup" not in by_id[annotated["ar"].id]  # no note, no pop-up


def test_no_tint_is_painted_into_the_pages(pdf, annotated, tmp_path):
    from PySide6.QtGui import QImage

    page, highlight = next((p, a) for p, a in check.annotations(pdf) if str(a["/NM"]) == annotated["de"].id)
    x0, y0, x1, y1 = check.quads(highlight)[0]

    def tinted(path: Path, hide: bool) -> float:
        image = QImage(str(check.render(path, tmp_path / f"{path.stem}-{hide}", page, hide_annotations=hide)))
        height = image.height()
        pixels = [image.pixelColor(x, height - y) for x in range(int(x0) + 1, int(x1) - 1)
                  for y in range(int(y0) + 2, int(y1) - 1)]
        return sum(1 for c in pixels if c.red() > 200 and c.blue() > 150 and c.green() < 200) / len(pixels)

    assert tinted(pdf, hide=False) > 0.3  # the annotation shows its colour
    assert tinted(pdf, hide=True) == 0  # and nothing else does: delete it, the tint is gone
    flat = tmp_path / "flat.pdf"
    export(ExportRequest("pdf", flatten=True), flat)
    assert check.annotations(flat) == [] and tinted(flat, hide=True) > 0.3  # the print version paints it


def test_note_markers_never_cover_text(pdf):
    from pypdf import PdfReader

    red = (0xB0 / 255, 0x00, 0x20 / 255)
    markers = 0
    for page in range(len(PdfReader(str(pdf)).pages)):
        shapes = check.filled_shapes(pdf, page, red)
        markers += len(shapes)
        for sx0, sy0, sx1, sy1 in shapes:
            for ch, x0, y0, x1, y1 in check.chars(pdf, page):
                if ch.strip() and x0 + 0.3 < sx1 and sx0 < x1 - 0.3 and y0 + 2 < sy1 and sy0 < y1 - 2:
                    # the glyph boxes of a line overlap its raised marker only where there is no ink
                    assert x1 - x0 < 0.5, (page, ch, (x0, x1), (sx0, sx1))
    assert markers >= 5


def test_an_arabic_note_is_laid_out_right_to_left(pdf, annotated):
    page = next(p for p, a in check.annotations(pdf) if str(a["/NM"]) == annotated["ar_midword"].id)
    chars = check.chars(pdf, page)
    text = "".join(c[0] for c in chars)
    start = text.index("مصدر رسمي في الخارجية")
    first_word = chars[start:start + 4]
    last_word = chars[start + len("مصدر رسمي في "):start + len("مصدر رسمي في الخارجية")]
    assert min(c[1] for c in first_word) > max(c[3] for c in last_word)  # its first word is on the right


def test_the_file_is_tagged_with_each_articles_language(pdf, corpus):
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] and catalog["/ViewerPreferences"]["/DisplayDocTitle"]
    root = catalog["/StructTreeRoot"]
    document = root["/K"][0].get_object()
    sections = [k.get_object() for k in document["/K"] if k.get_object()["/S"] == "/Sect"]
    assert [s["/Lang"] for s in sections[:3]] == [d.language for d in corpus]
    kinds: set[str] = set()
    languages: set[str] = set()

    def walk(node) -> None:
        node = node.get_object()
        if "/S" in node:
            kinds.add(node["/S"])
            if "/Lang" in node:
                languages.add(node["/Lang"])
        for kid in node.get("/K", []) if isinstance(node.get("/K"), list) else []:
            if "/S" in kid.get_object() or kid.get_object().get("/Type") == "/StructElem":
                walk(kid)

    walk(document)
    assert {"/Sect", "/H1", "/P", "/Note", "/Annot", "/Link"} <= kinds
    assert {"ru", "ar", "de", "en"} <= languages
    for page in reader.pages:
        assert "/StructParents" in page
        if "/Annots" in page:
            assert page["/Tabs"] == "/S"
        content = page.get_contents().get_data()
        # Every piece of content is marked: a structure element's (with an MCID) or an artifact.
        assert content.count(b"BT") == content.count(b"ET")
        for text_object in re.findall(rb"BDC\n([^\n]*\n)BT", content):
            assert text_object is not None
    for _page, annotation in check.annotations(pdf) + check.annotations(pdf, "/Link"):
        assert "/StructParent" in annotation and annotation["/Contents"]


def test_pdf_a_2u_and_pdf_ua_essentials(pdf):
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    catalog = reader.trailer["/Root"]
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>U</pdfaid:conformance>" in xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp and "pdfaExtension:schemas" in xmp
    info = reader.metadata
    assert info.title in xmp and info.author == "Jane Doe" and "<rdf:li>Jane Doe</rdf:li>" in xmp
    created = str(info["/CreationDate"])
    assert f"{created[2:6]}-{created[6:8]}-{created[8:10]}T{created[10:12]}:{created[12:14]}" in xmp
    intent = catalog["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/DestOutputProfile"].get_object()["/N"] == 3
    assert reader.trailer["/ID"] and reader.pdf_header.startswith("%PDF-1.7")
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            fonts[str(ref.get_object()["/BaseFont"])] = ref.get_object()
    assert any("NotoNaskhArabic" in name for name in fonts), "Arabic is printed in Noto Naskh Arabic"
    for name, font in fonts.items():
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), name  # embedded
        cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
        mapped = {int(m, 16): bytes.fromhex(t).decode("utf-16-be")
                  for m, t in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]+)>", cmap)}
        widths = descendant["/W"]
        used = set()
        for i in range(0, len(widths), 2):
            used.update(range(int(widths[i]), int(widths[i]) + len(widths[i + 1])))
        assert used <= set(mapped), name  # every glyph has its text
        assert not any(t == "\ufffd" or check.presentation_forms(t) for t in mapped.values()), name
    for _page, annotation in check.annotations(pdf):
        assert "/AP" in annotation and int(annotation["/F"]) & 4


def test_the_headline_is_printed_once_with_a_source_a_reader_understands(pdf, corpus):
    text = check.flat(check.mutool_text(pdf))
    for document in corpus:
        assert text.count(check.flat(document.title)) == 1, document.language
    assert "bundled:" not in text and "AnewZ (Russian edition)" in text and "AnewZ (German edition)" in text
    # the source the desk names too: the manifest's publication, and that it came with Triptych
    assert check.flat("Arabic-language news site, bundled with Triptych") in text
