"""Comparing articles across languages: the use case behind `triptych compare` and the
desk's Compare mode.

For each article this gathers its sentences' translations into the pivot language --
a person's first, then any cached model output, then (when asked and a model is
installed) a fresh model translation -- and the links the person made between
passages, and hands them to the aligner (desktop.core.align). An article nothing can
translate is still compared, on what survives translation (names, numbers, dates,
quotes); :class:`Comparison` says which.

Preparing an article (splitting, stemming, transliterating) is kept per article and
translation, so recomputing after a change (a pane opened, a link made) only
prepares what changed.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop.core.align import DEFAULT, Alignment, Hint, Params, align, stop_if_cancelled
from desktop.core.align_features import AlignDocument, Passage, PreparedDocument, prepare, sentences
from desktop.core.alignment import passage_translation
from desktop.core.errors import UserError
from desktop.core.language import check_language_code
from desktop.storage import translations as cache
from desktop.storage.annotations import annotations_for, links_for_documents
from desktop.storage.documents import get_document
from desktop.storage.models import Document

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: At most this many articles are compared at once (the desk opens up to ten panes).
MAX_DOCUMENTS = 10


@dataclass(frozen=True, slots=True)
class PivotStatus:
    """How an article reached the pivot language.

    Attributes:
        source: "original" (written in it), "translated" (every sentence), "partial"
            or "anchors" (no sentence: compared on names, numbers, dates and quotes).
        missing: sentences without a translation.
        reason: why a model did not translate them ("no-model", "failed", "cancelled",
            "not-asked"), when some are missing.
    """

    source: str
    sentences: int
    missing: int = 0
    reason: str = ""


@dataclass(frozen=True)
class Comparison:
    """An alignment and how each article took part in it."""

    alignment: Alignment
    status: dict[str, PivotStatus] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    #: Per article, the translation into the pivot of each of its sentences, by span (none
    #: for an article in the pivot language, or without one).
    translations: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)

    def quote(self, passage: Passage) -> str:
        return self.texts[passage.doc][passage.start : passage.end]

    def translation(self, passage: Passage) -> str:
        """The pivot translation of the sentences a passage is in ("" without one)."""
        return passage_translation(self.alignment, self.translations, passage)


_prepared: OrderedDict[tuple[str, str, int], PreparedDocument] = OrderedDict()
_PREPARED_KEPT = 32


def _prepared_document(document: AlignDocument, pivot: str) -> PreparedDocument:
    key = (document.id, pivot, hash(tuple(sorted(document.pivot.items()))))
    found = _prepared.get(key)
    if found is None:
        found = _prepared[key] = prepare(document, pivot)
        while len(_prepared) > _PREPARED_KEPT:
            _prepared.popitem(last=False)
    else:
        _prepared.move_to_end(key)
    return found


def pivot_translations(
    document: Document, pivot: str, *, translate: bool = True, progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[dict[tuple[int, int], str], PivotStatus]:
    """The translation of each sentence of ``document`` into ``pivot`` and how it was had."""
    spans = [(s.start, s.end) for s in sentences(document.text)]
    if document.language == pivot:
        return {}, PivotStatus("original", len(spans))
    known = cache.any_cached(document.id, pivot)
    found = {span: known[span] for span in spans if known.get(span, "").strip()}
    reason = ""
    if len(found) < len(spans):
        reason = "not-asked"
        if translate:
            reason, fresh = _translate(document, pivot, progress, cancelled)
            wanted = set(spans)
            found.update({span: text for span, text in fresh.items() if span in wanted})
    missing = len(spans) - len(found)
    source = "translated" if not missing else "anchors" if not found else "partial"
    return found, PivotStatus(source, len(spans), missing, reason if missing else "")


def _translate(document: Document, pivot: str, progress: Progress | None,
               cancelled: Cancelled | None) -> tuple[str, dict[tuple[int, int], str]]:
    from desktop.services.translation import NoModelError, translate_document

    try:
        done = translate_document(document.id, document.text, document.language, pivot,
                                  progress=progress or (lambda *_: None), cancelled=cancelled or (lambda: False))
    except NoModelError:
        return "no-model", {}
    except UserError as exc:
        log.warning("could not translate %s for comparing: %s", document.id, exc)
        return "failed", {}
    fresh = {(s.start, s.end): s.text for s in done if s.text and s.text.strip()}
    return ("cancelled" if cancelled is not None and cancelled() else "failed"), fresh


def link_hints(documents: Sequence[Document]) -> list[Hint]:
    """The person's links between passages of two of these documents."""
    ids = [d.id for d in documents]
    annotations = {a.id: a for a in annotations_for(ids) if a.state == "anchored"}
    texts = {d.id: d.text for d in documents}
    hints = []
    for link in links_for_documents(ids):
        a, b = annotations.get(link.source_id), annotations.get(link.target_id)
        if a is None or b is None or a.document_id == b.document_id:
            continue
        hints.append(Hint(_passage(a.document_id, texts[a.document_id], a.start, a.end),
                          _passage(b.document_id, texts[b.document_id], b.start, b.end), link.relation))
    return hints


def _passage(doc: str, text: str, start: int, end: int) -> Passage:
    from desktop.core.text import split_paragraphs

    paragraph = next((p.index for p in split_paragraphs(text) if p.start <= start < p.end + 1), 0)
    return Passage(doc, paragraph, start, end)


def compare_documents(
    refs: Sequence[str], pivot: str = "en", *, translate: bool = True, params: Params = DEFAULT,
    progress: Callable[[str, int, int], None] | None = None, cancelled: Cancelled | None = None,
    steps: Callable[[str, int, int], None] | None = None,
) -> Comparison:
    """Compare two to ten documents (ids or unique prefixes) through ``pivot``.

    ``progress(document_id, done, total)`` hears a model's translation as it goes;
    ``steps(stage, done, total)`` hears the articles prepared ("preparing") and the pairs
    of articles aligned ("aligning"). ``cancelled()`` is asked while translating, before
    each article is prepared and before each pair is aligned: a cancelled comparison
    raises a UserError, and keeps only the articles prepared whole.
    """
    pivot = check_language_code(pivot)
    documents: list[Document] = []
    for ref in refs:
        document = get_document(ref)
        if document.id in {d.id for d in documents}:
            raise UserError('{document_id} is given twice; compare two different articles.', document_id=document.id)
        documents.append(document)
    if len(documents) < 2:
        raise UserError("Give at least two articles to compare.")
    if len(documents) > MAX_DOCUMENTS:
        raise UserError('Triptych compares up to {value} articles at once.', value=MAX_DOCUMENTS)
    prepared, status, pivots = [], {}, {}
    for done, document in enumerate(documents):
        stop_if_cancelled(cancelled)
        if steps is not None:
            steps("preparing", done, len(documents))
        report = (lambda done, total, d=document.id: progress(d, done, total)) if progress else None
        translations, status[document.id] = pivot_translations(document, pivot, translate=translate, progress=report,
                                                               cancelled=cancelled)
        pivots[document.id] = translations
        prepared.append(_prepared_document(AlignDocument(document.id, document.language, document.text, translations),
                                           pivot))
    stop_if_cancelled(cancelled)
    if steps is not None:
        steps("preparing", len(documents), len(documents))
    aligning = (lambda done, total: steps("aligning", done, total)) if steps is not None else None
    alignment = align(prepared, link_hints(documents), params, cancelled=cancelled, progress=aligning)
    return Comparison(
        alignment=alignment,
        status=status,
        titles={d.id: d.title for d in documents},
        languages={d.id: d.language for d in documents},
        texts={d.id: d.text for d in documents},
        translations=pivots,
    )
