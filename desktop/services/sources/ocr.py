"""Scans and photos of articles: text recognised by Tesseract, page by page.

Tesseract runs as a separate program (Debian's tesseract-ocr, with the ara, rus, deu
and eng data), one page at a time, so a long scan reports progress and can be
cancelled between pages (and within one: the process is ended). Its TSV output gives
words grouped in blocks, paragraphs and lines, in reading order, right-to-left lines
included; lines are joined into paragraphs and broken words made whole. When the
language is not given, Tesseract's script detection chooses the data to read with.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.kinds import ParagraphKind
from desktop.core.markup import Block, ExtractedText
from desktop.services.sources.pdf_layout import join_lines

log = logging.getLogger(__name__)

DPI = 300
#: The largest page image Tesseract is given (a poster-sized page is scaled down to it).
MAX_PIXELS = 60_000_000
#: Seconds one page may take before it is given up.
PAGE_TIMEOUT = 300
#: ISO 639-1 codes and Tesseract's names for their data.
TESSERACT_LANGUAGES = {
    "ar": "ara", "ru": "rus", "de": "deu", "en": "eng", "fr": "fra", "es": "spa", "it": "ita", "fa": "fas",
    "he": "heb", "uk": "ukr", "tr": "tur", "pl": "pol", "pt": "por", "nl": "nld", "az": "aze", "ur": "urd",
    "zh": "chi_sim", "ja": "jpn", "ko": "kor", "bg": "bul", "sr": "srp", "be": "bel",
}
_SCRIPTS = {"Arabic": ["ara"], "Cyrillic": ["rus"], "Latin": ["deu", "eng"], "Hebrew": ["heb"],
            "Han": ["chi_sim"], "Japanese": ["jpn"], "Hangul": ["kor"]}
_DEFAULT = ["ara", "rus", "deu", "eng"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def tesseract() -> str:
    """The path of the tesseract program; a UserError saying what to install when it is missing."""
    path = shutil.which("tesseract")
    if path is None:
        raise UserError("Reading scanned pages needs Tesseract, which is not installed; install it (on Debian "
                        "and Ubuntu: apt install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus "
                        "tesseract-ocr-deu) and try again.")
    return path


def installed_languages() -> set[str]:
    result = subprocess.run([tesseract(), "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    return {line.strip() for line in result.stdout.splitlines()[1:] if line.strip()}


def _languages(image: Path, language: str | None, name: str) -> str:
    installed = installed_languages()
    if language:
        wanted = TESSERACT_LANGUAGES.get(language, language)
        if wanted not in installed:
            raise UserError("Tesseract has no data for reading {value_language}; install it (on Debian: apt install "
                            "tesseract-ocr-{code}) and try again.", value_language=language, code=wanted)
        chosen = [wanted] + (["eng"] if wanted != "eng" and "eng" in installed else [])
        return "+".join(chosen)
    chosen = _detect_script(image, installed)
    chosen = [lang for lang in chosen if lang in installed] or [lang for lang in _DEFAULT if lang in installed]
    if not chosen:
        raise UserError("Tesseract has no language data installed; install tesseract-ocr-eng at least.")
    return "+".join(chosen)


def _detect_script(image: Path, installed: set[str]) -> list[str]:
    if "osd" not in installed:
        return _DEFAULT
    result = subprocess.run([tesseract(), str(image), "stdout", "--psm", "0"], capture_output=True, text=True,
                            timeout=PAGE_TIMEOUT, check=False, env=_environment())
    for line in result.stdout.splitlines():
        if line.startswith("Script:"):
            script = line.split(":", 1)[1].strip()
            log.info("script detected: %s", script)
            chosen = list(_SCRIPTS.get(script, _DEFAULT))
            if "eng" not in chosen and "eng" in installed:
                chosen.append("eng")  # Latin names and figures inside another script's text
            return chosen
    return _DEFAULT


def _environment() -> dict[str, str]:
    """Tesseract's environment: one OpenMP thread. Its default of one thread per core is
    three times slower on a busy two-core machine (4.7 s against 16 s for an Arabic page)."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _run(image: Path, languages: str, cancelled: Cancelled | None, name: str, dpi: int | None) -> str:
    """Tesseract's TSV for one page image; ended when the person cancels."""
    command = [tesseract(), str(image), "stdout", "-l", languages, "--psm", "3"]
    if dpi:
        command += ["--dpi", str(dpi)]
    command.append("tsv")
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=_environment()) as process:
        waited = 0.0
        while True:
            try:
                out, err = process.communicate(timeout=0.25)
                break
            except subprocess.TimeoutExpired:
                waited += 0.25
                if (cancelled is not None and cancelled()) or waited > PAGE_TIMEOUT:
                    process.kill()
                    process.communicate()
                    if waited > PAGE_TIMEOUT:
                        raise UserError("Tesseract took too long to read a page of {name}; it was stopped.",
                                        name=name) from None
                    raise UserError("Reading {name} was cancelled.", name=name) from None
    if process.returncode != 0:
        log.warning("tesseract failed on %s: %s", name, err.strip()[-500:])
        raise UserError("Tesseract could not read {name}.", name=name)
    return out


def tsv_blocks(tsv: str, min_confidence: float = 20.0) -> list[Block]:
    """Paragraphs from Tesseract's TSV: words of a line joined, lines of a paragraph joined."""
    paragraphs: dict[tuple[int, int, int], dict[int, list[str]]] = {}
    order: list[tuple[int, int, int]] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            confidence = float(row.get("conf") or -1)
        except ValueError:
            confidence = -1
        if 0 <= confidence < min_confidence and not any(ch.isalnum() for ch in text):
            continue
        key = (int(row["page_num"]), int(row["block_num"]), int(row["par_num"]))
        if key not in paragraphs:
            paragraphs[key] = {}
            order.append(key)
        paragraphs[key].setdefault(int(row["line_num"]), []).append(text)
    blocks = []
    for key in order:
        lines = [" ".join(words) for _, words in sorted(paragraphs[key].items())]
        text = lines[0]
        for line in lines[1:]:
            text = join_lines(text, line)
        if text.strip():
            blocks.append(Block(ParagraphKind.PARAGRAPH, text.strip()))
    return blocks


def _image_pages(data: bytes, name: str) -> list[Any]:
    """The pages of an image file (several for a multi-page TIFF), as Pillow images."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except Image.DecompressionBombError as exc:
        raise UserError("{name} is too large an image to read (over {value} million pixels).",
                        name=name, value=MAX_PIXELS // 1_000_000) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise UserError("{name} is damaged or not an image Triptych can read.", name=name) from exc
    return frames


def read_image(data: bytes, name: str, *, language: str | None = None, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ExtractedText:
    """The text of an image of an article (PNG, JPEG, TIFF ...), recognised by Tesseract."""
    tesseract()
    pages = _image_pages(data, name)
    return _recognise(pages, name, language, progress, cancelled, dpi=None)


def ocr_pdf_pages(pdf: Any, indices: list[int], name: str, *, language: str | None = None,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExtractedText:
    """The text of a scanned PDF's pages, rendered at 300 dpi (less for very large pages)."""
    pages = recognise_pdf_pages(pdf, indices, name, language=language, progress=progress, cancelled=cancelled)
    blocks = [block for index in indices for block in pages[index]]
    if not blocks:
        raise UserError("No text could be recognised in {name}.", name=name)
    return ExtractedText.from_blocks(blocks, None)


def recognise_pdf_pages(pdf: Any, indices: list[int], name: str, *, language: str | None = None,
                        progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> dict[int, list[Block]]:
    """The paragraphs Tesseract reads on each of a PDF's pages ``indices`` (by page index),
    each rendered at 300 dpi (less for very large pages); progress counts those pages."""
    tesseract()

    def render(index: int) -> Any:
        page = pdf[index]
        width, height = page.get_size()
        scale = DPI / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (width * height)) ** 0.5
        return page.render(scale=scale, grayscale=True).to_pil()

    read = _recognise_pages([lambda i=i: render(i) for i in indices], name, language, progress, cancelled, dpi=DPI)
    return dict(zip(indices, read, strict=True))


def _recognise(pages: list[Any], name: str, language: str | None, progress: Progress | None,
               cancelled: Cancelled | None, dpi: int | None) -> ExtractedText:
    blocks = [block for page in _recognise_pages(pages, name, language, progress, cancelled, dpi) for block in page]
    if not blocks:
        raise UserError("No text could be recognised in {name}.", name=name)
    return ExtractedText.from_blocks(blocks, None)


def _recognise_pages(pages: list[Any], name: str, language: str | None, progress: Progress | None,
                     cancelled: Cancelled | None, dpi: int | None) -> list[list[Block]]:
    """Each page's paragraphs, in order; ``pages`` are images or functions that make one."""
    read: list[list[Block]] = []
    total = len(pages)
    languages = ""
    with tempfile.TemporaryDirectory(prefix="triptych-ocr-") as folder:
        for number, page in enumerate(pages):
            if cancelled is not None and cancelled():
                raise UserError("Reading {name} was cancelled.", name=name)
            if progress is not None:
                progress(number, total)
            image = page() if callable(page) else page
            path = Path(folder) / f"page-{number}.png"
            if image.mode not in ("1", "L", "RGB"):
                image = image.convert("RGB")
            image.save(path)
            if not languages:
                languages = _languages(path, language, name)
                log.info("recognising %s with %s", name, languages)
            read.append(tsv_blocks(_run(path, languages, cancelled, name, dpi)))
            path.unlink()
    if progress is not None:
        progress(total, total)
    return read


def known_language(code: str | None) -> str | None:
    """``code`` when Tesseract has data for reading it, else None (its script detection chooses)."""
    if not code:
        return None
    wanted = TESSERACT_LANGUAGES.get(code, code)
    try:
        return code if wanted in installed_languages() else None
    except (OSError, subprocess.SubprocessError):
        return None
