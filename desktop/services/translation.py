"""Translating a document sentence by sentence, offline, with a cache.

Each paragraph is split into sentences with offsets (desktop.core.sentences). The
sentences not yet in the cache are translated in batches through the installed
package's own CTranslate2 model and tokenizer (SentencePiece, or Moses and BPE) --
batches of sentences of one length, handed to CTranslate2's workers at once, rather
than one call per sentence or paragraph -- pivoting through English when no direct
pair is installed (ar -> en -> de, whatever each package's tokenizer). Each batch is
stored (one transaction) before it is reported, so a cancelled run keeps what it
finished. A person's correction of a sentence always wins over the machine.

A sentence is translated exactly as argostranslate 1.11's ``translate()`` translates
it alone (its ``apply_packaged_translation`` and default settings): the same tokens, the
same decoding options, the package's ``target_prefix`` given first, the same text put
back together -- and the same whichever batch it is in, as batches never mix lengths
(tests/test_argos_interop.py). The one difference is deliberate: the target prefix is
taken off the translated tokens before they are decoded. argostranslate decodes it with
the translation and looks for it in the text afterwards, which with SentencePiece leaves
"__de__" or "deu_Latn" in its output (its decoding turns underscores into spaces) and,
for a prefix the SentencePiece model does not know, keeps leading space pieces as spaces.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.sentences import split_sentences
from desktop.core.text import split_paragraphs
from desktop.services.models import ModelInfo, installed_models
from desktop.services.tokenizers import Tokenizer, load_tokenizer
from desktop.storage import translations as cache

log = logging.getLogger(__name__)

PIVOT = "en"
#: Sentences stored (and shown) together; also the largest batch handed to CTranslate2.
BATCH_SIZE = 32
# argostranslate 1.11's decoding (settings.py defaults, translate.py), so that a package
# translates here as it does there:
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2
COMPUTE_TYPE = "auto"  # the fastest the processor has: int8 where it can
#: CTranslate2's default, which argostranslate keeps. A fixed cap (not one derived from
#: the batch), so a sentence translates the same whatever batch it is in.
MAX_DECODING_LENGTH = 256


class NoModelError(UserError):
    """No installed model (or pair of models through English) covers the languages."""

    def __init__(self, from_code: str, to_code: str) -> None:
        super().__init__(
            "No translation model from {from_language} to {to_language} is installed; add one in the Models "
            "dialog or with `triptych models install`.", from_language=from_code, to_language=to_code,
        )
        self.from_code, self.to_code = from_code, to_code


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the original and its translation."""

    paragraph: int
    start: int
    end: int
    source: str
    text: str | None = None
    corrected: bool = False


def document_sentences(text: str) -> list[Sentence]:
    """Every sentence of a document, paragraph by paragraph, with offsets."""
    return [
        Sentence(p.index, s, e, text[s:e])
        for p in split_paragraphs(text)
        for s, e in split_sentences(text, p.start, p.end)
    ]


def route(from_code: str, to_code: str, models: list[ModelInfo] | None = None) -> list[ModelInfo]:
    """The models that take ``from_code`` to ``to_code``: direct, or through English."""
    models = installed_models() if models is None else models
    pairs: dict[tuple[str, str], ModelInfo] = {}
    for m in models:  # the first of a pair: installed_models() lists the newest first
        pairs.setdefault((m.from_code, m.to_code), m)
    if (from_code, to_code) in pairs:
        return [pairs[(from_code, to_code)]]
    if (from_code, PIVOT) in pairs and (PIVOT, to_code) in pairs:
        return [pairs[(from_code, PIVOT)], pairs[(PIVOT, to_code)]]
    raise NoModelError(from_code, to_code)


def model_key(chain: list[ModelInfo]) -> str:
    """The cache key of a chain of models: their ids and versions ("ar-en@1.0+en-de@1.0")."""
    return "+".join(m.key for m in chain)


def _workers() -> int:
    """Translators working at once: one per core (up to 4), each on one thread. Small
    batches keep every core busy this way, where one batch spread over all cores spends
    its time waiting for them (2-3x slower on a shared 2-core machine)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, 4))


class _Engine:
    """A loaded package: its CTranslate2 translator, its tokenizer and its target prefix."""

    def __init__(self, folder: Path, model: ModelInfo) -> None:
        import ctranslate2

        self.tokenizer: Tokenizer = load_tokenizer(folder, model.tokenizer, model.from_code, model.to_code)
        # The replicas share the model's weights: more workers cost no memory.
        self.translator: Any = ctranslate2.Translator(str(folder / "model"), device="cpu", compute_type=COMPUTE_TYPE,
                                                      inter_threads=_workers(), intra_threads=1)
        self.target_prefix = model.target_prefix

    def translate(self, sentences: list[str], *, max_decoding_length: int = MAX_DECODING_LENGTH) -> list[str]:
        """Translate in batches of sentences of one length in tokens, handed to the workers
        at once. Without padding, a sentence is computed exactly as it is alone: CTranslate2's
        attention over padded positions rounds differently (its int8 kernels in particular),
        and the random or repetitive output of a model can then change with its neighbours."""
        tokens = [self.tokenizer.encode(s) for s in sentences]
        by_length: dict[int, list[int]] = {}
        for i, t in enumerate(tokens):
            by_length.setdefault(len(t), []).append(i)
        pending = []
        for indices in by_length.values():
            for first in range(0, len(indices), BATCH_SIZE):
                part = indices[first : first + BATCH_SIZE]
                batch = [tokens[i] for i in part]
                results = self.translator.translate_batch(
                    batch,
                    target_prefix=[[self.target_prefix]] * len(batch) if self.target_prefix else None,
                    beam_size=BEAM_SIZE,
                    num_hypotheses=1,
                    length_penalty=LENGTH_PENALTY,
                    replace_unknowns=True,
                    max_decoding_length=max_decoding_length,
                    asynchronous=True,
                )
                pending.append((part, results))
        translated = [""] * len(sentences)
        for part, results in pending:
            for i, result in zip(part, results, strict=True):
                translated[i] = self._text(result.result().hypotheses[0])
        return translated

    def _text(self, tokens: list[str]) -> str:
        if self.target_prefix and tokens[:1] == [self.target_prefix]:
            tokens = tokens[1:]
        value = self.tokenizer.decode(tokens)
        return value[1:] if value.startswith(" ") else value  # the space the tokenizer put first


def load_engine(folder: Path, model: ModelInfo) -> _Engine:
    """Load the package in ``folder`` (raises whatever its model or tokenizer raises)."""
    return _Engine(folder, model)


_engines: dict[Path, _Engine] = {}
_engines_lock = threading.Lock()


def engine(model: ModelInfo) -> _Engine:
    """The loaded package of ``model`` (loaded once per process)."""
    assert model.path is not None
    with _engines_lock:
        loaded = _engines.get(model.path)
        if loaded is None:
            if not model.tokenizer:
                raise UserError('The {model_pair} model has no tokenizer Triptych can load '
                                '(sentencepiece.model or bpe.model).',
                                model_pair=model.pair)
            loaded = _engines[model.path] = load_engine(model.path, model)
        return loaded


def clear_cache() -> None:
    """Forget the loaded packages (after one was installed or removed)."""
    with _engines_lock:
        _engines.clear()


def translate_texts(texts: list[str], chain: list[ModelInfo]) -> list[str]:
    """Translate sentences through a chain of models (one batched call per model)."""
    for model in chain:
        texts = engine(model).translate(texts)
    return texts


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def translate_document(
    document_id: str,
    text: str,
    from_code: str,
    to_code: str,
    *,
    progress: Progress = lambda *_: None,
    cancelled: Cancelled = lambda: False,
    on_batch: Callable[[list[Sentence]], None] | None = None,
    batch_size: int | None = None,
    models: list[ModelInfo] | None = None,
) -> list[Sentence]:
    """Translate every sentence of a document (cache first); see the module docstring.

    ``on_batch`` hears each batch as soon as it is stored; ``progress(done, total)``
    counts sentences. A cancelled run returns what was done, the rest untranslated.
    """
    batch_size = batch_size or BATCH_SIZE
    sentences = document_sentences(text)
    if from_code == to_code:
        return [Sentence(s.paragraph, s.start, s.end, s.source, s.source) for s in sentences]
    chain = route(from_code, to_code, models)
    key = model_key(chain)
    known = cache.cached(document_id, to_code, key)
    result: list[Sentence] = []
    todo: list[int] = []
    for i, s in enumerate(sentences):
        hit = known.get((s.start, s.end))
        result.append(Sentence(s.paragraph, s.start, s.end, s.source, hit.text, hit.corrected) if hit else s)
        if hit is None:
            todo.append(i)
    done = len(sentences) - len(todo)
    progress(done, len(sentences))
    if on_batch and done:
        on_batch([s for s in result if s.text is not None])
    for first in range(0, len(todo), batch_size):
        if cancelled():
            break
        batch = todo[first : first + batch_size]
        translated = translate_texts([sentences[i].source for i in batch], chain)
        cache.store(document_id, to_code, key, [(sentences[i].start, sentences[i].end, t)
                                               for i, t in zip(batch, translated, strict=True)])
        fresh = []
        for i, t in zip(batch, translated, strict=True):
            s = sentences[i]
            result[i] = Sentence(s.paragraph, s.start, s.end, s.source, t)
            fresh.append(result[i])
        done += len(batch)
        progress(done, len(sentences))
        if on_batch:
            on_batch(fresh)
    return result


def correct(document_id: str, start: int, end: int, to_code: str, text: str) -> None:
    """Keep a person's translation of one sentence."""
    if not text.strip():
        cache.forget_correction(document_id, start, end, to_code)
    else:
        cache.correct(document_id, start, end, to_code, text.strip())


def paragraphs_of(sentences: Iterable[Sentence]) -> dict[int, list[Sentence]]:
    grouped: dict[int, list[Sentence]] = {}
    for s in sentences:
        grouped.setdefault(s.paragraph, []).append(s)
    return grouped
