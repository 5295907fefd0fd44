"""Importing articles: read a file, decode it, extract its text, tell its language.

Everything is checked before anything is written: a batch of files is read and
understood first, and stored in one transaction only if every file is good. A file
that fails leaves the database exactly as it was.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.decoding import decode_bytes
from desktop.core.direction import document_direction
from desktop.core.errors import UserError
from desktop.core.language import Detection, check_language_code, detect_language
from desktop.core.markup import ExtractedText, html_to_text, markdown_to_text
from desktop.core.text import content_hash, normalise_text, split_paragraphs
from desktop.core.title import derive_title
from desktop.storage.database import write_transaction
from desktop.storage.documents import NewDocument, store_document
from desktop.storage.models import Document

log = logging.getLogger(__name__)

#: Largest file accepted. Long books are not what the desk is for, and a
#: mistakenly chosen disk image should not be read into memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


class UncertainLanguageError(UserError):
    """The language could not be told with confidence; the person must choose it.

    Attributes:
        path: the file concerned.
        detection: the best guess, which a dialog may offer as the default.
    """

    def __init__(self, path: Path, detection: Detection) -> None:
        if detection.code == "und":
            super().__init__("Cannot tell the language of {name} with confidence; choose it with --lang.",
                             name=path.name)
        else:
            super().__init__("Cannot tell the language of {name} with confidence (perhaps {guess_language}); "
                             "choose it with --lang.", name=path.name, guess_language=detection.code)
        self.path = path
        self.detection = detection


@dataclass(frozen=True, slots=True)
class ImportResult:
    document: Document
    created: bool


def read_article(path: Path, language: str | None = None, *, source: str | None = None) -> NewDocument:
    """Read and understand one article file without writing anything."""
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise UserError('{path} does not exist.', path=path)
    if path.is_dir():
        raise UserError('{path} is a folder, not a file.', path=path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UserError('{name} is not a .txt, .md or .html file.', name=name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError('{name} is {value:.0f} MB; Triptych imports articles of up to {value2} MB.', name=name, value=size / 2 ** 20, value2=MAX_FILE_BYTES // 2 ** 20)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError('Cannot read {name}: {value}.', name=name, value=exc.strerror or exc) from exc
    decoded = decode_bytes(data, name, html=suffix in HTML_SUFFIXES)
    if suffix in HTML_SUFFIXES:
        extracted = html_to_text(decoded.text)
    elif suffix in MARKDOWN_SUFFIXES:
        extracted = markdown_to_text(decoded.text)
    else:
        extracted = ExtractedText(decoded.text)
    return build_document(extracted, name, language, source=source or str(path.resolve()), path=path)


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
    text = normalise_text(extracted.text)
    if not text:
        raise UserError('{name} has no readable text.', name=name)
    paragraphs = split_paragraphs(text)
    if language is None:
        detection = detect_language(text)
        if not detection.certain:
            raise UncertainLanguageError(path or Path(name), detection)
        language = detection.code
    else:
        language = check_language_code(language)
    title = title or extracted.title or derive_title([p.text for p in paragraphs], fallback=Path(name).stem)
    return NewDocument(
        text=text,
        content_hash=content_hash(text),
        title=title,
        language=language,
        direction=document_direction(text).value,
        source=source,
        paragraph_count=len(paragraphs),
    )


def import_files(paths: Iterable[str | os.PathLike[str]], language: str | None = None) -> list[ImportResult]:
    """Import every file, or none of them if one is bad (a UserError says which and why)."""
    articles = [read_article(Path(p), language) for p in paths]
    return store_articles(articles)


def store_articles(articles: list[NewDocument]) -> list[ImportResult]:
    """Store the articles in one transaction; annotations follow a text to its new version."""
    from desktop.services.annotating import reanchor_to_new_version

    with write_transaction():
        results = [ImportResult(*store_document(article)) for article in articles]
        for result in results:
            if result.created and result.document.previous_id:
                reanchor_to_new_version(result.document.id, result.document.previous_id)
    for result in results:
        log.info("imported %s (%s, new=%s)", result.document.id, result.document.language, result.created)
    return results
