"""How other people's PDF text extractors read the bundled articles exported by Triptych.

    python -m tests.support.pdf_extract_eval [--pdfjs DIR] [--chromium] [--keep DIR]

For each article (ru, ar, de) exported alone with no annotations (and, with
``--chromium``, printed by headless Chromium as a second producer), each extractor's
text is scored against the article's stored text:

- ``F1``: token F1 after NFKC and case folding (``\\w+`` tokens, as
  tests/test_pdf_import.py counts them), the page numbers and the title block's
  words taken off the extractor's text first (they are not the article's);
- ``recall``: the article's words recovered (the same tokens);
- ``joined``: pairs of neighbouring words of the article that came out as one token
  (a lost space), per 100 word gaps;
- ``order``: the share of the article's neighbouring word pairs found as neighbours
  in the extractor's text (1.0 for logical order; reversed Arabic scores near 0);
- ``letters``: the share of the article's paragraphs found in the extractor's text when
  all white space is ignored on both sides (logical order of the letters, whatever
  became of the spaces; a paragraph split by a page break counts as missing).

Extractors: pdfminer.six, MuPDF (``mutool draw -F txt``), poppler (``pdftotext``),
PDFium's own text (pypdfium2 ``get_text_range``), pypdf, Triptych's importer
(``read_pdf``) and, with ``--pdfjs DIR`` (a folder with ``node_modules/pdfjs-dist``,
e.g. after ``npm install pdfjs-dist`` there), pdf.js's ``getTextContent`` through node.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

_PDFJS_SCRIPT = r"""
const { getDocument } = await import(process.argv[2] + "/node_modules/pdfjs-dist/legacy/build/pdf.mjs");
const fs = await import("fs");
const data = new Uint8Array(fs.readFileSync(process.argv[3]));
const doc = await getDocument({ data, disableFontFace: true, verbosity: 0 }).promise;
const out = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  let line = "";
  for (const item of (await page.getTextContent()).items) {
    line += item.str;
    if (item.hasEOL) { out.push(line); line = ""; }
  }
  out.push(line, "");
}
process.stdout.write(out.join("\n"));
"""


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def score(got: str, want: str, noise: str = "") -> dict[str, float]:
    """F1, recall, joined words and order of ``got`` against ``want`` (see the module docstring)."""
    got_tokens = tokens(got)
    g, w = Counter(got_tokens), Counter(tokens(want))
    g -= Counter(tokens(noise)) - w  # the title block's and page numbers' words, where the article lacks them
    common = sum((g & w).values())
    precision, recall = common / max(1, sum(g.values())), common / max(1, sum(w.values()))
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    want_tokens = tokens(want)
    pairs = list(zip(want_tokens, want_tokens[1:], strict=False))
    got_set = set(got_tokens)
    joined = sum(1 for a, b in pairs if a + b in got_set and a + b not in w)
    got_pairs = set(zip(got_tokens, got_tokens[1:], strict=False))
    order = sum(1 for p in pairs if p in got_pairs) / max(1, len(pairs))
    squeezed = _squeeze(got)
    paragraphs = [_squeeze(p) for p in want.split("\n") if p.strip()]
    letters = sum(1 for p in paragraphs if p in squeezed) / max(1, len(paragraphs))
    return {"F1": f1, "recall": recall, "joined": 100 * joined / max(1, len(pairs)), "order": order,
            "letters": letters}


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def mutool_text(path: Path) -> str:
    return subprocess.run(["mutool", "draw", "-F", "txt", "-o", "-", str(path)], capture_output=True, text=True,
                          check=True).stdout


def pdftotext_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdfium_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def triptych_text(path: Path) -> str:
    from desktop.services.sources.pdf import read_pdf

    article = read_pdf(path.read_bytes(), path.name)
    return article.text


def pdfjs_extractor(folder: Path) -> Callable[[Path], str]:
    script = Path(tempfile.mkdtemp()) / "extract.mjs"
    script.write_text(_PDFJS_SCRIPT, encoding="utf-8")

    def run(path: Path) -> str:
        return subprocess.run(["node", str(script), str(folder.resolve()), str(path)], capture_output=True,
                              text=True, check=True).stdout
    return run


def _chromium(markup: str, folder: Path, name: str) -> Path:
    source = folder / f"{name}.html"
    source.write_text(markup, encoding="utf-8")
    target = folder / f"{name}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={folder / 'chromium-profile'}", f"--print-to-pdf={target}", source.as_uri()],
                   check=True, capture_output=True, timeout=120)
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="pdf_extract_eval")
    parser.add_argument("--pdfjs", type=Path, help="a folder with node_modules/pdfjs-dist")
    parser.add_argument("--chromium", action="store_true", help="also score the articles printed by Chromium")
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    extractors: dict[str, Callable[[Path], str]] = {
        "pdfminer.six": pdfminer_text, "mutool": mutool_text, "pdftotext": pdftotext_text,
        "PDFium text": pdfium_text, "pypdf": pypdf_text, "Triptych import": triptych_text}
    if args.pdfjs:
        extractors["pdf.js"] = pdfjs_extractor(args.pdfjs)
    work = Path(tempfile.mkdtemp(prefix="pdf-eval-"))
    out = args.keep or work
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (the PDF export lays text out with Qt)
    from desktop.core.language import language_name
    from desktop.services.corpus import ensure_default_corpus
    from desktop.services.export import export
    from desktop.services.export.model import ExportRequest, source_label
    from desktop.storage.database import close_database, open_database

    open_database(work / "triptych.sqlite3")
    try:
        documents = {d.language: d for d in ensure_default_corpus()}
        print(f"{'producer':9} {'extractor':16} {'lang':4} {'F1':>6} {'recall':>6} {'joined':>6} {'order':>6} "
              f"{'letters':>7}")
        for language in ("ru", "ar", "de"):
            document = documents[language]
            pdfs = {"Triptych": export(ExportRequest(format="pdf", documents=[document.id]),
                                       out / f"triptych-{language}.pdf")}
            if args.chromium and shutil.which("chromium"):
                from tests.test_pdf_import import article_html

                pdfs["Chromium"] = _chromium(article_html(document), out, f"chromium-{language}")
            today = datetime.now(UTC).date().isoformat()
            noise = " ".join([document.title, source_label(document), language_name(language), "Triptych",
                              document.id, "exported", today, *(str(n) for n in range(1, 10))])
            for producer, pdf in pdfs.items():
                for name, extractor in extractors.items():
                    try:
                        text = extractor(pdf)
                    except Exception as exc:  # a tool that fails is a figure too
                        print(f"{producer:9} {name:16} {language:4} failed: {exc}")
                        continue
                    s = score(text, document.text, noise)
                    print(f"{producer:9} {name:16} {language:4} {s['F1']:6.3f} {s['recall']:6.3f} "
                          f"{s['joined']:6.1f} {s['order']:6.3f} {s['letters']:7.3f}")
    finally:
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
