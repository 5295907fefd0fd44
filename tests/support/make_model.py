"""Build tiny, real .argosmodel packages of every kind for tests and benchmarks.

No real translation model can be downloaded on the build machines, so this makes one:
a CTranslate2 Transformer (1 encoder + 1 decoder layer, width 32) with small random
weights, saved with ``spec.save()``, and a tokenizer trained on the bundled articles
(and a few English lines), zipped with a metadata.json as argostranslate packages are.
Its translations are gibberish, but they go through the same install, tokenise,
batch-translate and detokenise path as a real model's.

Kinds of package (what the public package index carries):

- ``tokenizer="sentencepiece"``: a SentencePiece model, as argos-train makes them;
- ``tokenizer="bpe"``: Moses tokenisation and BPE codes learned with subword-nmt, as
  the OPUS-MT ports (LibreTranslate's Locomotive ``opus_mt_convert.py``) carry them:
  ``bpe.model`` and a CTranslate2 model that adds ``</s>`` to the source and starts
  decoding from it, as Marian models do;
- ``target_prefix="__de__"``: the metadata names a token that the translator must be
  given first (multilingual models), and the target vocabulary has it.

Layouts (``layout=``), as the index's packages are made:

- ``"1.9"`` (argos_version 1.9.0; argos-train 2023+, Locomotive): top folder
  ``translate-ar_en-1_9``, file entries only, ``model/`` with ``config.json``,
  ``model.bin`` and the vocabularies as ``.json``, a ``stanza/`` folder, README.md;
- ``"1.0"`` (argos_version 1.0; ``package.sh`` of 2021, ``zip -r``): top folder
  ``ar_en`` with folder entries, ``model/`` with the vocabularies as ``.txt``
  files, as CTranslate2 1.x/2.x wrote them, and int8 weights. (Its ``model.bin`` and
  ``config.json`` are today's CTranslate2's: that a 2021 ``model.bin`` still loads is
  CTranslate2's promise, and Triptych hands it the folder as argostranslate does.)

The stanza/ folder holds a stand-in file: neither Triptych nor the tests split
sentences with stanza. The end-of-sentence logit is raised so that most outputs stay
short.

    python -m tests.support.make_model --from ar --to en [--tokenizer bpe] OUT.argosmodel
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = [
    "Azerbaijan is considering joining a multinational stabilisation force for Gaza.",
    "Officials say any deployment would require approval from the UN Security Council.",
    "The United States asked Baku to join the mission once the fighting ends.",
    "Baku has not yet made a final decision on taking part.",
    "The force would secure key sites and the delivery of humanitarian aid.",
    "Secretary of State Marco Rubio said the mission must include countries Israel is comfortable with.",
    "Azerbaijan keeps diplomatic relations with Israel and with Muslim countries.",
    "The embassy opened in Israel in March 2023.",
    # Underscores: argostranslate's SentencePiece decoding turns them into spaces.
    "The plan is filed as gaza_force_plan and baku_position_note.",
]

NAMES = {"ar": "Arabic", "de": "German", "en": "English", "ru": "Russian", "fr": "French"}
SPECIALS = ("<unk>", "<s>", "</s>")


def seed_sentences(code: str) -> list[str]:
    """A few sentences of a language: the bundled article in it, or the English lines above."""
    if code == "en":
        return ENGLISH
    manifest = json.loads((ROOT / "resources" / "corpus" / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["documents"]:
        if entry["language"] == code:
            text = (ROOT / "resources" / "corpus" / entry["file"]).read_text(encoding="utf-8")
            return [line.strip() for line in text.splitlines() if line.strip()]
    return ENGLISH


# -- tokenizers -----------------------------------------------------------------------


def _train_sentencepiece(sentences: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences * 3),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    return model.getvalue()


class _SentencePiece:
    """A SentencePiece tokenizer trained for the package, and the file it is saved as."""

    file = "sentencepiece.model"

    def __init__(self, sentences: list[str], vocab_size: int) -> None:
        import sentencepiece as spm

        self.data = _train_sentencepiece(sentences, vocab_size)
        self.processor = spm.SentencePieceProcessor(model_proto=self.data)

    def vocabulary(self) -> list[str]:
        return [self.processor.id_to_piece(i) for i in range(self.processor.get_piece_size())]

    def tokens(self, sentence: str) -> list[str]:
        return list(self.processor.encode(sentence, out_type=str))


class _Bpe:
    """Moses tokenisation, then BPE codes learned with subword-nmt, as OPUS-MT models have."""

    file = "bpe.model"

    def __init__(self, sentences: list[str], from_code: str, symbols: int) -> None:
        from sacremoses.normalize import MosesPunctNormalizer
        from sacremoses.tokenize import MosesTokenizer
        from subword_nmt.apply_bpe import BPE
        from subword_nmt.learn_bpe import learn_bpe

        self._normalizer, self._tokenizer = MosesPunctNormalizer(from_code), MosesTokenizer(from_code)
        tokenized = "\n".join(self._moses(s) for s in sentences) + "\n"
        codes = io.StringIO()
        with contextlib.redirect_stderr(io.StringIO()):  # its progress bar
            learn_bpe(io.StringIO(tokenized), codes, symbols, min_frequency=2)
        self.data = codes.getvalue().encode("utf-8")
        codes.seek(0)
        self.bpe = BPE(codes)
        self.sentences = sentences

    def _moses(self, sentence: str) -> str:
        return " ".join(self._tokenizer.tokenize(self._normalizer.normalize(sentence)))

    def vocabulary(self) -> list[str]:
        return list(SPECIALS) + sorted({t for s in self.sentences for t in self.tokens(s)})

    def tokens(self, sentence: str) -> list[str]:
        return list(self.bpe.segment_tokens(self._moses(sentence).strip("\r\n ").split(" ")))


# -- the model ------------------------------------------------------------------------


def _spec(vocabulary: list[str], target: list[str], width: int, ffn: int, seed: int, eos_bias: float) -> Any:
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config((1, 1), 2)

    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.6).astype(np.float32)

    def norm(layer: Any) -> None:
        layer.gamma = np.ones(width, np.float32)
        layer.beta = np.zeros(width, np.float32)

    def linear(layer: Any, out: int, inp: int) -> None:
        layer.weight = w(out, inp)
        layer.bias = np.zeros(out, np.float32)

    spec.encoder.embeddings[0].weight = w(len(vocabulary), width)
    v = len(target)
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * width, width)
        linear(layer.self_attention.linear[1], width, width)
        norm(layer.ffn.layer_norm)
        linear(layer.ffn.linear_0, ffn, width)
        linear(layer.ffn.linear_1, width, ffn)
    spec.decoder.embeddings.weight = w(v, width)
    norm(spec.decoder.layer_norm)
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * width, width)
        linear(layer.self_attention.linear[1], width, width)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], width, width)
        linear(layer.attention.linear[1], 2 * width, width)
        linear(layer.attention.linear[2], width, width)
        norm(layer.ffn.layer_norm)
        linear(layer.ffn.linear_0, ffn, width)
        linear(layer.ffn.linear_1, width, ffn)
    linear(spec.decoder.projection, v, width)
    # Smaller output weights, so that the raised end-of-sentence logit ends most outputs
    # after a few pieces while the input still decides which pieces.
    spec.decoder.projection.weight = spec.decoder.projection.weight * 0.35
    bias = np.zeros(v, np.float32)
    bias[target.index("</s>")] = eos_bias
    for special in ("<unk>", "<s>"):
        bias[target.index(special)] = -20.0
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(target)
    spec.validate()
    return spec


def _stanza_stand_in(from_code: str) -> dict[str, bytes]:
    """The stanza/ folder every package of the index carries (Triptych never reads it)."""
    resources = {from_code: {"default_processors": {"tokenize": "stand-in"}}}
    return {
        "stanza/resources.json": json.dumps(resources).encode(),
        f"stanza/{from_code}/tokenize/stand-in.pt": b"not a stanza model: Triptych splits sentences itself\n",
    }


def build_package(from_code: str, to_code: str, out: Path, *, version: str = "1.0", tokenizer: str = "sentencepiece",
                  target_prefix: str | None = None, layout: str = "1.9", width: int = 32, vocab_size: int = 160,
                  bpe_symbols: int = 400, seed: int = 7, eos_bias: float = 1.0) -> Path:
    """Write a real .argosmodel for ``from_code`` -> ``to_code`` at ``out`` (see the module docstring)."""
    if layout not in ("1.0", "1.9"):
        raise ValueError(f"unknown layout {layout!r}")
    sentences = seed_sentences(from_code) + seed_sentences(to_code)
    kind: _SentencePiece | _Bpe
    if tokenizer == "sentencepiece":
        kind = _SentencePiece(sentences, vocab_size)
    elif tokenizer == "bpe":
        kind = _Bpe(sentences, from_code, bpe_symbols)
    else:
        raise ValueError(f"unknown tokenizer {tokenizer!r}")
    vocabulary = kind.vocabulary()
    # The decoder only knows the pieces of the target language, so its output at
    # least looks like that language.
    used = {piece for line in seed_sentences(to_code) for piece in kind.tokens(line)}
    target = [p for p in vocabulary if p in used or p in SPECIALS]
    if target_prefix:
        target.append(target_prefix)
    spec = _spec(vocabulary, target, width, width * 2, seed, eos_bias)
    if tokenizer == "bpe":  # as ct2-marian-converter writes OPUS-MT models
        spec.config.add_source_eos = True
        spec.config.decoder_start_token = "</s>"
    if layout == "1.0":
        spec.optimize(quantization="int8")  # package.sh: ct2-opennmt-py-converter --quantization int8
    name = f"{from_code}_{to_code}" if layout == "1.0" else \
        f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    metadata: dict[str, Any] = {
        "package_version": version,
        "argos_version": "1.0" if layout == "1.0" else "1.9.0",
        "from_code": from_code,
        "from_name": NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": NAMES.get(to_code, to_code),
    }
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    files: dict[str, bytes] = {
        "README.md": f"# Synthetic model {from_code} -> {to_code}\n\nRandom weights: not a translator.\n".encode(),
        "metadata.json": json.dumps(metadata, indent=4).encode(),
        kind.file: kind.data,
        **_stanza_stand_in(from_code),
    }
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp) / "model"
        model_dir.mkdir()
        spec.save(str(model_dir))
        for path in sorted(model_dir.iterdir()):
            files[f"model/{path.name}"] = path.read_bytes()
    if layout == "1.0":
        for json_name in [f for f in files if f.endswith("_vocabulary.json")]:
            tokens = json.loads(files.pop(json_name))
            files[json_name.replace(".json", ".txt")] = "".join(f"{token}\n" for token in tokens).encode()
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if layout == "1.0":  # zip -r: an entry for every folder too
            folders = {str(parent) for f in files for parent in Path(f).parents} - {"."}
            for folder in ["", *sorted(folders)]:
                archive.writestr(f"{name}/{folder}/".replace("//", "/"), b"")
        for relative, data in files.items():
            archive.writestr(f"{name}/{relative}", data)
    return out


#: The package kinds the tests and benchmarks build: name -> build_package() arguments.
KINDS: dict[str, dict[str, Any]] = {
    "sentencepiece": {},
    "sentencepiece, 1.0 layout": {"layout": "1.0"},
    "bpe": {"tokenizer": "bpe"},
    "bpe, target prefix": {"tokenizer": "bpe", "target_prefix": "__en__"},
    "sentencepiece, target prefix": {"target_prefix": "<2en>"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--from", dest="from_code", required=True)
    parser.add_argument("--to", dest="to_code", required=True)
    parser.add_argument("--version", default="1.0")
    parser.add_argument("--tokenizer", choices=["sentencepiece", "bpe"], default="sentencepiece")
    parser.add_argument("--target-prefix")
    parser.add_argument("--layout", choices=["1.0", "1.9"], default="1.9")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    path = build_package(args.from_code, args.to_code, args.out, version=args.version, tokenizer=args.tokenizer,
                         target_prefix=args.target_prefix, layout=args.layout)
    print(f"{path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
