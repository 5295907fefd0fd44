"""PDF: the bundled articles come back word for word from Triptych's own export and from
Chromium's print, columns keep their order, Arabic is logical text with standard letters,
scans go through Tesseract, and a bad PDF is one sentence."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services.importing import ReadOptions, import_files
from desktop.services.sources.pdf import PdfPasswordError, read_pdf
from desktop.services.sources.pdf_layout import standard_letters, visual_to_logical
from desktop.storage.models import Document


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def f1(got: str, want: str) -> float:
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    precision, recall = common / max(1, sum(g.values())), common / max(1, sum(w.values()))
    return 2 * precision * recall / max(precision + recall, 1e-9)


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def print_with_chromium(markup: str, folder: Path, name: str) -> Path:
    source = folder / f"{name}.html"
    source.write_text(markup, encoding="utf-8")
    target = folder / f"{name}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={folder / 'chromium-profile'}", f"--print-to-pdf={target}",
                    source.as_uri()], check=True, capture_output=True, timeout=120)
    return target


def article_html(document: Document, columns: int = 1) -> str:
    direction = document.direction
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in document.text.split("\n") if line.strip())
    # (No column properties for one column: Chromium then lays right-to-left text out past the page.)
    style = "body{font-size:12pt;margin:1.5cm}"
    if columns > 1:
        style += f"body{{column-count:{columns};column-gap:1cm}}"
    return (f'<html lang="{document.language}" dir="{direction}"><head><meta charset="utf-8"><title>x</title>'
            f"<style>{style}</style></head><body>{paragraphs}</body></html>")


@pytest.fixture
def bundled(corpus):
    return {d.language: d for d in corpus}


@pytest.mark.parametrize("language", ["ru", "ar", "de"])
def test_triptych_exports_come_back_word_for_word(bundled, tmp_path, language):
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    document = bundled[language]
    path = export(ExportRequest(format="pdf", documents=[document.id]), tmp_path / "article.pdf")
    article = read_pdf(path.read_bytes(), path.name)
    assert f1(article.text, document.text) >= 0.98
    assert article.title == document.title
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in article.text)  # standard letters, no presentation forms
    if language == "ar":
        assert "أذربيجان تعلن موقفها" in article.text  # logical order, joined words


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ru", "ar", "de"])
def test_articles_printed_by_chromium_come_back(bundled, tmp_path, language):
    document = bundled[language]
    pdf = print_with_chromium(article_html(document), tmp_path, language)
    article = read_pdf(pdf.read_bytes(), pdf.name)
    assert f1(article.text, document.text) >= 0.98
    # Paragraphs are rebuilt: as many as the article has (a page break may hide one end), in order.
    want = [line for line in document.text.split("\n") if line.strip()]
    got = article.text.split("\n")
    assert abs(len(got) - len(want)) <= 1
    assert sum(1 for w in want if any(f1(g, w) > 0.95 for g in got)) >= len(want) - 2


@pytest.mark.slow
def test_a_two_column_page_keeps_its_column_order(bundled, tmp_path):
    document = bundled["de"]
    pdf = print_with_chromium(article_html(document, columns=2), tmp_path, "columns")
    article = read_pdf(pdf.read_bytes(), pdf.name)
    want = [line for line in document.text.split("\n") if line.strip()]
    got = article.text.split("\n")
    assert f1(article.text, document.text) >= 0.98
    # Every paragraph is found, whole, after the one before it.
    positions = [next(i for i, g in enumerate(got) if f1(g, w) > 0.9) for w in want]
    assert positions == sorted(positions)


def test_visual_order_arabic_is_put_back_in_logical_order():
    logical = "قال الوزير إن 2735 جنديا من NATO وصلوا (أمس)"
    # As a visual-order producer draws it, left to right: the runs reversed, Arabic runs reversed
    # inside, numbers and Latin names as they read.
    visual = "(سمأ) اولصو NATO نم ايدنج 2735 نإ ريزولا لاق"
    clusters = list(visual)
    assert visual_to_logical(clusters, rtl=True) == logical


def test_presentation_forms_become_standard_letters():
    assert standard_letters("\ufe8e\ufedf\ufed8\ufeae\ufe8d\ufead \ufefb") == "القرار لا"


def test_an_encrypted_pdf_asks_for_its_password(bundled, tmp_path):
    import pypdf

    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    plain = export(ExportRequest(format="pdf", documents=[bundled["de"].id]), tmp_path / "plain.pdf")
    writer = pypdf.PdfWriter(clone_from=str(plain))
    writer.encrypt("geheim", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    with pytest.raises(PdfPasswordError) as caught:
        read_pdf(data, "secret.pdf")
    assert str(caught.value) == "secret.pdf is protected by a password; give it with --password."
    with pytest.raises(PdfPasswordError) as wrong:
        read_pdf(data, "secret.pdf", password="falsch")
    assert wrong.value.wrong
    # (It failed while the export's title block came in as text: the structure and the marked
    # parts survive pypdf's encryption.)
    opened = read_pdf(data, "secret.pdf", password="geheim")
    assert f1(opened.text, bundled["de"].text) >= 0.98 and opened.title == bundled["de"].title


def test_bad_pdfs_are_one_sentence_and_change_nothing(bundled, database, tmp_path):
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest

    good = export(ExportRequest(format="pdf", documents=[bundled["de"].id]), tmp_path / "good.pdf").read_bytes()
    cases = {
        "truncated.pdf": good[: len(good) // 2],
        "header-only.pdf": b"%PDF-1.7\n",
        "garbage.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 40,
    }
    before = Document.select().count()
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UserError) as caught:
            import_files([path])
        message = str(caught.value)
        assert name in message and "\n" not in message and "Traceback" not in message, message
    assert Document.select().count() == before


def scan_of(document: Document, tmp_path: Path) -> bytes:
    """The article printed, each page rendered at 300 dpi, the images put in a PDF (no text layer)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(print_with_chromium(article_html(document), tmp_path, "to-scan"))
    images = [pdf[i].render(scale=300 / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=300)
    return buffer.getvalue()


@pytest.mark.slow
def test_a_scanned_arabic_article_is_recognised(bundled, tmp_path):
    document = bundled["ar"]
    data = scan_of(document, tmp_path)
    seen: list[tuple[int, int]] = []
    article = read_pdf(data, "scan.pdf", progress=lambda done, total: seen.append((done, total)))

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).split())

    got, want = norm(article.text), norm(document.text)
    assert levenshtein(got, want) / len(want) <= 0.05
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] >= 2  # progress page by page


def test_scans_can_be_cancelled(bundled, tmp_path):
    import pypdfium2 as pdfium
    from PIL import Image

    image = Image.new("L", (800, 600), 255)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", save_all=True, append_images=[image], resolution=300)
    with pytest.raises(UserError) as caught:
        read_pdf(buffer.getvalue(), "scan.pdf", cancelled=lambda: True)
    assert "cancelled" in str(caught.value)
    assert pdfium  # the import above is what the scan path uses


def test_a_scan_without_tesseract_says_what_to_install(tmp_path, database, monkeypatch):
    from PIL import Image

    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name == "tesseract" else real_which(name))
    page = tmp_path / "scan.png"
    Image.new("L", (600, 400), 255).save(page)
    with pytest.raises(UserError) as caught:
        import_files([page])
    message = str(caught.value)
    assert "Tesseract" in message and "apt install tesseract-ocr" in message and "\n" not in message
    assert Document.select().count() == 0


@pytest.mark.slow
def test_an_image_of_an_article_is_read(bundled, tmp_path, database):
    import pypdfium2 as pdfium

    document = bundled["de"]
    pdf = pdfium.PdfDocument(print_with_chromium(article_html(document), tmp_path, "photo"))
    photo = tmp_path / "photo.png"
    pdf[0].render(scale=300 / 72, grayscale=True).to_pil().save(photo)
    (result,) = import_files([photo], language="de")
    first_page = " ".join(document.text.split()[:150])
    assert f1(" ".join(result.document.text.split()[:150]), first_page) >= 0.95


@pytest.mark.parametrize("generic", ["Enscript Output", "Microsoft Word - statement.docx", "Untitled", "untitled",
                                     "/home/anna/statement.txt", "C:\\Users\\anna\\statement.doc"])
def test_a_producers_generic_title_is_not_the_articles(generic, tmp_path, database):
    """Titles programs write for every file ("Enscript Output", a file path ...) give way to the
    article's first line, as for a PDF with no title at all."""
    from pypdf import PdfReader, PdfWriter

    from tests.support.pdfium_writer import Run, write_pdf

    lines = ["Baku weighs joining the force", "", "The ministry said on Monday that any deployment would",
             "need a mandate of the UN Security Council first."]
    data = write_pdf([[Run(text, 30, 260 - 18 * i) for i, text in enumerate(lines) if text]])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Title": generic, "/Creator": "GNU Enscript 1.6.6"})
    path = tmp_path / "statement.pdf"
    with path.open("wb") as out:
        writer.write(out)
    (result,) = import_files([path], language="en")
    assert result.document.title == "Baku weighs joining the force"
    assert read_pdf(path.read_bytes(), "statement.pdf").title != generic


def test_a_pdf_made_by_enscript_is_titled_by_its_first_line(tmp_path, database):
    """enscript titles every PDF it makes (through Ghostscript) "Enscript Output", and heads each
    page with the file's name, the date and the page number: neither is the article's title."""
    text = tmp_path / "statement.txt"
    text.write_text("Baku weighs joining the force\n\nThe ministry said on Monday that any deployment would need "
                    "a mandate\nof the UN Security Council first.\n", encoding="utf-8")
    subprocess.run(["enscript", "-q", "-p", "statement.ps", text.name], check=True, timeout=60, cwd=tmp_path)
    subprocess.run(["ps2pdf", "statement.ps", "statement.pdf"], check=True, timeout=60, cwd=tmp_path)
    (result,) = import_files([tmp_path / "statement.pdf"], language="en")
    assert result.document.title == "Baku weighs joining the force"
    assert result.document.text.split("\n")[0] == "Baku weighs joining the force"  # the page's header left out


def _page_image(lines: list[str], width_pt: float = 400, height_pt: float = 300) -> object:
    """A page of text as a 300-dpi image only (what a scanner gives), in the bundled DejaVu face."""
    from PIL import Image, ImageDraw, ImageFont

    from tests.support.pdfium_writer import FONTS

    scale = 300 / 72
    image = Image.new("L", (int(width_pt * scale), int(height_pt * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), int(12 * scale))
    for i, line in enumerate(lines):
        draw.text((int(30 * scale), int((40 + 18 * i) * scale)), line, font=font, fill=0)
    return image


def mixed_pdf(pages: list[list[str] | tuple[str, ...]]) -> bytes:
    """A PDF of text pages (lists: a text layer) and scanned pages (tuples: an image only), in order."""
    from pypdf import PdfReader, PdfWriter

    from tests.support.pdfium_writer import Run, write_pdf

    writer = PdfWriter()
    for lines in pages:
        if isinstance(lines, tuple):
            buffer = io.BytesIO()
            _page_image(list(lines)).save(buffer, format="PDF", resolution=300)  # type: ignore[attr-defined]
            data = buffer.getvalue()
        else:
            data = write_pdf([[Run(text, 30, 260 - 18 * i) for i, text in enumerate(lines)]])
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_SCANNED = ("The second page was scanned from paper.", "Its words come back through Tesseract.")


@pytest.mark.slow
def test_scanned_pages_inside_a_text_pdf_are_recognised_in_page_order(tmp_path, database):
    data = mixed_pdf([["The first page has a text layer.", "It says what the ministry said."], _SCANNED,
                      ["The third page has a text layer again.", "It ends the statement."]])
    seen: list[tuple[int, int]] = []
    article = read_pdf(data, "mixed.pdf", progress=lambda done, total: seen.append((done, total)))
    text = " ".join(article.text.split())
    first, scanned, third = (text.find(s) for s in ("The first page", "The second page was scanned",
                                                    "The third page"))
    assert -1 < first < scanned < third, text
    assert "Its words come back through Tesseract." in text
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)  # progress over the one page Tesseract reads
    path = tmp_path / "mixed.pdf"
    path.write_bytes(data)
    (result,) = import_files([path])
    assert result.document.language == "en" and "scanned from paper" in result.document.text


def test_scanned_pages_inside_a_text_pdf_can_be_cancelled(database, tmp_path):
    data = mixed_pdf([["The first page has a text layer.", "It says what the ministry said."], _SCANNED, _SCANNED])
    path = tmp_path / "mixed.pdf"
    path.write_bytes(data)
    started: list[tuple[int, int]] = []  # cancelled once Tesseract is at work on the first scanned page
    with pytest.raises(UserError) as caught:
        import_files([path], options=ReadOptions(progress=lambda done, total: started.append((done, total)),
                                                 cancelled=lambda: bool(started)))
    assert "cancelled" in str(caught.value) and started[0] == (0, 2) and (2, 2) not in started
    assert Document.select().count() == 0
