"""Importing articles: read a file, a URL or the clipboard, extract its text, tell its language.

Everything is checked before anything is written: a batch of sources is read and
understood first, and stored in one transaction only if every one is good. A source
that fails leaves the database exactly as it was. Which reader a file needs is told by
its contents (a PDF is a PDF whatever it is called), then by its name.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core import faults
from desktop.core.decoding import decode_bytes
from desktop.core.direction import document_direction
from desktop.core.errors import UserError
from desktop.core.kinds import ItemNumber, ParagraphKind, encode_kinds, plain_text_kinds
from desktop.core.language import Detection, check_language_code, detect_language
from desktop.core.markup import ExtractedText, clean_line, markdown_to_text
from desktop.core.text import content_hash, normalise_text, split_paragraphs
from desktop.core.title import derive_title
from desktop.storage.database import write_transaction
from desktop.storage.documents import NewDocument, store_document
from desktop.storage.models import Document

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Largest text, Markdown or HTML file accepted: long books are not what the desk is
#: for, and a mistakenly chosen disk image should not be read into memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: PDFs, office documents, e-books and scans carry images, so they may be larger.
MAX_BINARY_BYTES = 200 * 1024 * 1024
#: The longest title kept; a longer one is cut at a word.
MAX_TITLE = 300

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
ODT_SUFFIXES = {".odt"}
EPUB_SUFFIXES = {".epub"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".bmp"}
SUPPORTED_SUFFIXES = (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
                      | ODT_SUFFIXES | EPUB_SUFFIXES | IMAGE_SUFFIXES)
#: For file dialogs.
FILE_PATTERNS = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))


class UncertainLanguageError(UserError):
    """The language could not be told with confidence; the person must choose it.

    Attributes:
        path: the file (or URL) concerned.
        detection: the best guess, which a dialog may offer as the default.
    """

    def __init__(self, path: Path | str, detection: Detection) -> None:
        name = path.name if isinstance(path, Path) else str(path)
        if detection.code == "und":
            super().__init__("Cannot tell the language of {name} with confidence; choose it with --lang.",
                             name=name)
        else:
            super().__init__("Cannot tell the language of {name} with confidence (perhaps {guess_language}); "
                             "choose it with --lang.", name=name, guess_language=detection.code)
        self.path = path
        self.detection = detection


@dataclass(frozen=True, slots=True)
class ImportResult:
    document: Document
    created: bool


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read a source beyond its language.

    Attributes:
        password: for an encrypted PDF.
        whole_page: keep all the visible text of a web page, not only the article.
        progress, cancelled: for long reads (OCR), called with (pages done, pages).
    """

    password: str | None = None
    whole_page: bool = False
    progress: Progress | None = None
    cancelled: Cancelled | None = None


def _sniff(data: bytes, suffix: str) -> str:
    """What kind of file this is: by its first bytes where they tell, else by its name."""
    head = data[:8]
    if head.startswith(b"%PDF-") or (b"%PDF-" in data[:1024] and suffix in PDF_SUFFIXES):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM")) or \
            (head.startswith(b"RIFF") and data[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        if suffix in DOCX_SUFFIXES | ODT_SUFFIXES | EPUB_SUFFIXES:
            return suffix[1:]
        from desktop.services.sources.archive import zip_kind

        return zip_kind(data) or "zip"
    for group, kind in ((HTML_SUFFIXES, "html"), (MARKDOWN_SUFFIXES, "md"), (TEXT_SUFFIXES, "txt"),
                        (PDF_SUFFIXES, "pdf"), (DOCX_SUFFIXES, "docx"), (ODT_SUFFIXES, "odt"),
                        (EPUB_SUFFIXES, "epub"), (IMAGE_SUFFIXES, "image")):
        if suffix in group:
            return kind
    return ""


def read_article(path: Path, language: str | None = None, *, source: str | None = None,
                 options: ReadOptions = ReadOptions()) -> NewDocument:
    """Read and understand one article file without writing anything."""
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise UserError('{path} does not exist.', path=path)
    if path.is_dir():
        raise UserError('{path} is a folder, not a file.', path=path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = MAX_FILE_BYTES if suffix in TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES else MAX_BINARY_BYTES
        if size > limit:
            raise UserError('{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.',
                            name=name, value=size / 2 ** 20, value2=limit // 2 ** 20)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError('Cannot read {name}: {value}.', name=name, value=exc.strerror or exc) from exc
    kind = _sniff(data, suffix)
    if not kind or kind == "zip":
        raise UserError('{name} is not an article Triptych can read: import .txt, .md, .html, .pdf, .docx, .odt '
                        'or .epub files, or images of pages.', name=name)
    extracted = read_bytes(data, name, kind, language=language, options=options)
    return build_document(extracted, name, language, source=source or str(path.resolve()), path=path)


def read_bytes(data: bytes, name: str, kind: str, *, language: str | None = None,
               options: ReadOptions = ReadOptions(), url: str = "", charset: str = "") -> ExtractedText:
    """The text of a source of ``kind`` (html, md, txt, pdf, docx, odt, epub, image)."""
    if kind == "html":
        from desktop.services.sources.web import extract_article

        decoded = decode_bytes(data, name, html=True, declared=charset)
        extracted = extract_article(decoded.text, url, whole_page=options.whole_page)
        extracted.original = (data, "text/html")
        return extracted
    if kind == "md":
        return markdown_to_text(decode_bytes(data, name, declared=charset).text)
    if kind == "txt":
        return ExtractedText(decode_bytes(data, name, declared=charset).text)
    if kind == "pdf":
        from desktop.services.sources.pdf import read_pdf

        return read_pdf(data, name, password=options.password, language=language, progress=options.progress,
                        cancelled=options.cancelled)
    if kind == "image":
        from desktop.services.sources.ocr import read_image

        return read_image(data, name, language=language, progress=options.progress, cancelled=options.cancelled)
    if kind == "docx":
        from desktop.services.sources.office import read_docx

        return read_docx(data, name)
    if kind == "odt":
        from desktop.services.sources.office import read_odt

        return read_odt(data, name)
    if kind == "epub":
        from desktop.services.sources.epub import read_epub

        return read_epub(data, name)
    raise AssertionError(kind)


def read_url(url: str, language: str | None = None, *, options: ReadOptions = ReadOptions()) -> NewDocument:
    """Fetch a web page (or a PDF on the web) and read its article, without writing anything.

    The source is the URL as asked for, so fetching it again with changed text makes
    the next version; the stored url is the page's canonical URL, or the final one.
    """
    from desktop.services.sources.fetch import check_url, fetch_url

    url = check_url(url)
    fetched = fetch_url(url, cancelled=options.cancelled or (lambda: False))
    media = fetched.media_type
    if media in ("text/html", "application/xhtml+xml") or (not media and b"<html" in fetched.data[:2048].lower()):
        kind = "html"
    elif media == "application/pdf" or fetched.data.startswith(b"%PDF-"):
        kind = "pdf"
    elif media in ("text/plain", "text/markdown"):
        kind = "md" if media == "text/markdown" else "txt"
    else:
        raise UserError("{url} is not a web page or a PDF (the server says it is {media_type}).",
                        url=url, media_type=media or "unknown")
    extracted = read_bytes(fetched.data, url, kind, language=language, options=options, url=fetched.final_url,
                           charset=fetched.charset)
    extracted.meta.url = extracted.meta.url or fetched.final_url
    extracted.meta.fetched = fetched.fetched
    if kind == "pdf":
        extracted.original = (fetched.data, "application/pdf")
    return build_document(extracted, url, language, source=url)


def read_clipboard(html: str | None, text: str | None, language: str | None = None) -> NewDocument:
    """An article from what was copied: HTML through the same extraction as a web page, else the text."""
    from desktop.services.sources.web import extract_article

    name = "clipboard"
    extracted = None
    if html and html.strip():
        extracted = extract_article(html)
        if not extracted.text.strip():
            extracted = None
    if extracted is None:
        if not text or not text.strip():
            raise UserError("The clipboard holds no text to make an article of.")
        extracted = ExtractedText(text)
    return build_document(extracted, name, language, source="")


@dataclass(frozen=True, slots=True)
class PageBlock:
    """One block of a web article's whole page, and whether the article kept it."""

    text: str
    kept: bool


def whole_page(document_id: str) -> list[PageBlock]:
    """Every visible block of the page a web article was read from, marking what was kept.

    Read from the page as it was fetched or saved (kept with the document); a UserError
    when the document was not read from a web page.
    """
    from desktop.services.sources.web import extract_article, fold_words
    from desktop.storage.documents import document_original, get_document

    document = get_document(document_id)
    original = document_original(document.id)
    if original is None or original[1] != "text/html":
        raise UserError("“{title}” was not read from a web page, so there is no whole page to show.",
                        title=document.title)
    html = decode_bytes(original[0], document.title, html=True).text
    page = extract_article(html, document.url, whole_page=True)
    kept = fold_words(document.text)
    return [PageBlock(line, fold_words(line) in kept) for line in page.text.split("\n") if line.strip()]


def read_whole_page(document_id: str) -> NewDocument:
    """All the visible text of a web article's page, as the next version of that article."""
    from desktop.services.sources.web import extract_article
    from desktop.storage.documents import document_original, get_document

    document = get_document(document_id)
    original = document_original(document.id)
    if original is None or original[1] != "text/html":
        raise UserError("“{title}” was not read from a web page, so there is no whole page to show.",
                        title=document.title)
    html = decode_bytes(original[0], document.title, html=True).text
    extracted = extract_article(html, document.url, whole_page=True)
    extracted.original = original
    extracted.meta.url = document.url
    extracted.meta.fetched = document.fetched
    return build_document(extracted, document.title, document.language, source=document.source,
                          title=document.title)


def _lines_and_kinds(extracted: ExtractedText) -> tuple[str, str]:
    """The stored text and its paragraphs' stored kinds, aligned paragraph by paragraph."""
    if extracted.kinds is None:
        text = normalise_text(extracted.text)
        return text, encode_kinds(plain_text_kinds([p.text for p in split_paragraphs(text)]))
    lines: list[str] = []
    kinds: list[ParagraphKind] = []
    numbers: list[ItemNumber | None] = []
    levels: list[int] = []
    given = extracted.numbers or []
    depths = extracted.levels or []
    for index, (line, kind) in enumerate(zip(extracted.text.split("\n"), extracted.kinds, strict=False)):
        cleaned = normalise_text(clean_line(line))
        if cleaned:
            lines.append(cleaned)
            kinds.append(kind)
            numbers.append(given[index] if index < len(given) else None)
            levels.append(depths[index] if index < len(depths) else 0)
    text = "\n".join(lines)
    if len(split_paragraphs(text)) != len(kinds):  # cannot happen for one-line blocks; never misalign
        log.warning("paragraph kinds do not line up with the text; kept as plain paragraphs")
        return text, ""
    return text, encode_kinds(kinds, numbers, levels)


def _short_title(title: str) -> str:
    title = clean_line(title)
    if len(title) <= MAX_TITLE:
        return title
    cut = title[:MAX_TITLE]
    return (cut[: cut.rindex(" ")] if " " in cut else cut).rstrip(" ,;:–—-") + "…"


def build_document(
    extracted: ExtractedText,
    name: str,
    language: str | None,
    *,
    source: str,
    path: Path | None = None,
    title: str | None = None,
) -> NewDocument:
    """Turn extracted text into a document ready to store (normalised, titled, identified)."""
    text, kinds = _lines_and_kinds(extracted)
    if not text:
        raise UserError('{name} has no readable text.', name=name)
    paragraphs = split_paragraphs(text)
    if language is None:
        detection = detect_language(text)
        hint = extracted.meta.language
        if detection.certain:
            language = detection.code
        elif hint and len(hint) in (2, 3) and hint.isalpha() and detection.code in (hint, "und"):
            language = hint  # the markup's lang agrees with the text's weak evidence (or the text has none)
        else:
            raise UncertainLanguageError(path or name, detection)
    else:
        language = check_language_code(language)
    title = title or extracted.title or derive_title([p.text for p in paragraphs], fallback=Path(name).stem)
    meta = extracted.meta
    return NewDocument(
        text=text,
        content_hash=content_hash(text),
        title=_short_title(title) or Path(name).stem,
        language=language,
        direction=document_direction(text).value,
        source=source,
        paragraph_count=len(paragraphs),
        kinds=kinds,
        author=meta.author,
        published=meta.published,
        site=meta.site,
        url=meta.url,
        fetched=meta.fetched,
        left_out=extracted.left_out,
        whole_page=extracted.whole_page,
        original=extracted.original,
    )


def import_files(paths: Iterable[str | os.PathLike[str]], language: str | None = None,
                 options: ReadOptions = ReadOptions()) -> list[ImportResult]:
    """Import every file or URL, or none of them if one is bad (a UserError says which and why)."""
    return store_articles([read_source(str(p), language, options=options) for p in paths])


def read_source(source: str, language: str | None = None, *, options: ReadOptions = ReadOptions()) -> NewDocument:
    """A file path or a URL, read."""
    from desktop.services.sources.fetch import looks_like_url

    if looks_like_url(source):
        return read_url(source, language, options=options)
    return read_article(Path(source), language, options=options)


def _announce(document_ids: list[str]) -> None:
    """On a shared library, the other desks' libraries list the new articles (with the commit)."""
    if document_ids:
        from desktop.services import live
        from desktop.services.changes import ChangeSet
        from desktop.storage import engine, identity

        changes = ChangeSet(created=frozenset(("document", d) for d in document_ids))
        engine.announce(live.notices(changes, identity.SESSION, identity.author()))


def store_articles(articles: list[NewDocument]) -> list[ImportResult]:
    """Store the articles in one transaction; annotations follow a text to its new version."""
    from desktop.services.annotating import reanchor_to_new_version

    with write_transaction(outcome=faults.NOTHING_IMPORTED):
        results = [ImportResult(*store_document(article)) for article in articles]
        for result in results:
            if result.created and result.document.previous_id:
                reanchor_to_new_version(result.document.id, result.document.previous_id)
        _announce([r.document.id for r in results if r.created])
    for result in results:
        log.info("imported %s (%s, new=%s)", result.document.id, result.document.language, result.created)
    return results
