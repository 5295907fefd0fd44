"""The tokenizers of argostranslate's package kinds, behaving exactly as argostranslate 1.11's.

A package carries either a SentencePiece model (``sentencepiece.model``, argos-train's
packages) or BPE codes (``bpe.model``, the OPUS-MT ports: Moses tokenisation with
sacremoses, then subword-nmt's ``apply_bpe``, of which argostranslate ships a copy).
Both are built on the libraries argostranslate itself uses, with the same calls in the
same order (its ``tokenizer.py``), so a sentence is cut into the same tokens and a
translation put back together into the same text; tests/test_argos_interop.py checks
it against argostranslate. These objects are thread-safe once made.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Protocol


class Tokenizer(Protocol):
    """Turns a sentence into the model's tokens and the model's tokens back into text."""

    def encode(self, sentence: str) -> list[str]: ...

    def decode(self, tokens: list[str]) -> str: ...


class SentencePieceTokenizer:
    """argostranslate's ``SentencePieceTokenizer``."""

    def __init__(self, model_file: Path) -> None:
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=str(model_file))

    def encode(self, sentence: str) -> list[str]:
        return list(self._processor.encode(sentence, out_type=str))

    def decode(self, tokens: list[str]) -> str:
        # As argostranslate 1.11: the space marker and plain underscores become spaces
        # (it does so for models that write "_" for the marker).
        return str(self._processor.decode_pieces(tokens)).replace("▁", " ").replace("_", " ")


def check_bpe_codes(text: str) -> None:
    """Raise ValueError unless ``text`` is a subword-nmt codes file (subword-nmt itself
    would write to stderr and end the process)."""
    lines = text.rstrip("\n").split("\n")
    if lines and lines[0].startswith("#version:"):
        try:
            tuple(int(x) for x in lines[0].split()[-1].split("."))
        except ValueError:
            raise ValueError(f"bad version line {lines[0]!r}") from None
        lines = lines[1:]
    if not lines:
        raise ValueError("no BPE merges")
    for number, line in enumerate(lines, 1):
        if len(line.strip("\r\n ").split(" ")) != 2:
            raise ValueError(f"line {number} is not a pair of subword units")


class BPETokenizer:
    """argostranslate's ``BPETokenizer``: Moses normalisation and tokenisation in the
    source language, BPE with the package's codes; Moses detokenisation in the target."""

    def __init__(self, codes_file: Path, from_code: str, to_code: str) -> None:
        from sacremoses.normalize import MosesPunctNormalizer
        from sacremoses.tokenize import MosesDetokenizer, MosesTokenizer
        from subword_nmt.apply_bpe import BPE

        text = codes_file.read_text(encoding="utf-8")
        check_bpe_codes(text)
        self._bpe = BPE(io.StringIO(text))
        self._normalizer = MosesPunctNormalizer(from_code)
        self._tokenizer = MosesTokenizer(from_code)
        self._detokenizer = MosesDetokenizer(to_code)

    def encode(self, sentence: str) -> list[str]:
        normalized = self._normalizer.normalize(sentence)
        tokenized = " ".join(self._tokenizer.tokenize(normalized))
        return list(self._bpe.segment_tokens(tokenized.strip("\r\n ").split(" ")))

    def decode(self, tokens: list[str]) -> str:
        return str(self._detokenizer.detokenize(" ".join(tokens).replace("@@ ", "").split(" ")))


def load_tokenizer(folder: Path, kind: str, from_code: str, to_code: str) -> Tokenizer:
    """The tokenizer of the package in ``folder`` (``kind`` from :mod:`desktop.services.argos`)."""
    if kind == "sentencepiece":
        return SentencePieceTokenizer(folder / "sentencepiece.model")
    if kind == "bpe":
        return BPETokenizer(folder / "bpe.model", from_code, to_code)
    raise ValueError(f"unknown tokenizer kind {kind!r}")
