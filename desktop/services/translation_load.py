"""Loading a person's own translation of an article (an outlet's, a colleague's, one's own).

The file holds the article's paragraphs in order (desktop.core.translation_file); its
paragraphs are shared out among the article's sentences and kept as a person's
translation, exactly like corrections: a model never writes over them. A file with a
different number of paragraphs is refused and nothing is stored. Loading again puts
the new file in the place of the person's earlier translation into that language,
only when asked to (``replace``), so a correction typed in the desk is never lost by
accident. A file that shares almost none of the article's names and numbers is of
another article (desktop.core.translation_file.shared_anchors): it is stored only when
the person says so (``force``). A person's translation can be removed again
(:func:`remove_translation`); a model's cached sentences stay.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.core.decoding import decode_bytes
from desktop.core.errors import UserError
from desktop.core.language import check_language_code
from desktop.core.text import split_paragraphs
from desktop.core.translation_file import SharedAnchors, sentence_translations, shared_anchors, translation_paragraphs
from desktop.storage import translations as store
from desktop.storage.documents import get_document

log = logging.getLogger(__name__)

#: A translation of an article is text; anything larger is not one.
MAX_FILE_BYTES = 20 * 2**20


@dataclass(frozen=True, slots=True)
class LoadedTranslation:
    """What was stored.

    Attributes:
        replaced: sentences of an earlier translation by a person that gave way.
    """

    document_id: str
    target: str
    paragraphs: int
    sentences: int
    replaced: int


def read_translation_file(path: Path) -> str:
    """The text of a translation file, decoded as articles are (UTF-8, BOMs, legacy)."""
    name = path.name or str(path)
    if not path.exists():
        raise UserError('{path} does not exist.', path=path)
    if path.is_dir():
        raise UserError('{path} is a folder, not a file.', path=path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError('{name} is too large to be the translation of an article.', name=name)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError('Cannot read {name}: {value}.', name=name, value=exc.strerror or exc) from exc
    return decode_bytes(data, name).text


@dataclass(frozen=True, slots=True)
class CheckedTranslation:
    """A translation file found fit for its article, not stored yet (see check_translation).

    Attributes:
        earlier: sentences a person has already translated into ``target`` (what storing
            it would replace).
        anchors: what the file shares with the article; ``anchors.plausible`` is False
            for a file that seems to be of another article.
    """

    document_id: str
    target: str
    paragraphs: int
    items: list[tuple[int, int, str]]
    earlier: int
    anchors: SharedAnchors
    title: str
    name: str


def check_translation(doc_ref: str, target: str, path: Path) -> CheckedTranslation:
    """Check that ``path`` is a translation of document ``doc_ref`` into ``target`` (one
    paragraph for each of its paragraphs), without storing anything: the desk asks
    whether to replace an earlier translation only about a file it would accept."""
    document = get_document(doc_ref)
    target = check_language_code(target)
    if target == document.language:
        raise UserError('“{title}” is already in {target_language}; choose the language of the translation.',
                        title=document.title, target_language=target)
    text = read_translation_file(Path(path))
    expected = len(split_paragraphs(document.text))
    paragraphs = translation_paragraphs(text, expected)
    if len(paragraphs) != expected:
        raise UserError(
            '{name} has {found} paragraphs and the article “{title}” has {expected}; give one paragraph of '
            'translation for each, separated by blank lines (nothing was stored).',
            name=Path(path).name, found=len(paragraphs), title=document.title, expected=expected,
        )
    items = sentence_translations(document.text, paragraphs)
    earlier = store.person_translation_count(document.id, target)
    originals = [document.text[p.start: p.end] for p in split_paragraphs(document.text)]
    shared = shared_anchors(originals, document.language, paragraphs, target)
    return CheckedTranslation(document.id, target, expected, items, earlier, shared, document.title, Path(path).name)


def store_translation(checked: CheckedTranslation, *, replace: bool = False, force: bool = False) -> LoadedTranslation:
    """Store a checked translation; one a person made before gives way only with ``replace``,
    and a file that seems to be of another article is stored only with ``force``."""
    if not checked.anchors.plausible and not force:
        log.info("refused %s for %s: it shares %d of its %d anchors", checked.name, checked.document_id,
                 checked.anchors.shared, checked.anchors.total)
        raise UserError(
            '{name} does not seem to be a translation of “{title}”: it shares almost none of its names or numbers; '
            'load it with --force if it is one (nothing was stored).',
            name=checked.name, title=checked.title,
        )
    earlier = store.person_translation_count(checked.document_id, checked.target)
    if earlier and not replace:
        raise UserError(
            'A person has already translated {count} sentences of “{title}” into {target_language}; load with '
            '--replace to put this file in their place (nothing was stored).',
            count=earlier, title=get_document(checked.document_id).title, target_language=checked.target,
        )
    stored = store.store_person_translation(checked.document_id, checked.target, checked.items)
    log.info("loaded a translation of %s into %s: %d sentences (%d replaced)", checked.document_id, checked.target,
             stored, earlier)
    return LoadedTranslation(checked.document_id, checked.target, checked.paragraphs, stored, earlier)


def load_translation(doc_ref: str, target: str, path: Path, *, replace: bool = False,
                     force: bool = False) -> LoadedTranslation:
    """Store the translation in ``path`` of document ``doc_ref`` into ``target``.

    Everything is checked before anything is written; on any UserError nothing changed.
    """
    return store_translation(check_translation(doc_ref, target, path), replace=replace, force=force)


@dataclass(frozen=True, slots=True)
class RemovedTranslation:
    """What was removed: a person's sentences of ``document_id`` into ``target``."""

    document_id: str
    target: str
    sentences: int


def remove_translation(doc_ref: str, target: str) -> RemovedTranslation:
    """Remove a person's translation of document ``doc_ref`` into ``target`` (a loaded
    file and the corrections typed in the desk alike); a model's cached sentences stay,
    so the model's translation shows again."""
    document = get_document(doc_ref)
    target = check_language_code(target)
    removed = store.remove_person_translation(document.id, target)
    if not removed:
        raise UserError('No person has translated “{title}” into {target_language}; nothing was removed.',
                        title=document.title, target_language=target)
    log.info("removed a person's translation of %s into %s: %d sentences", document.id, target, removed)
    return RemovedTranslation(document.id, target, removed)
