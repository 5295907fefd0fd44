"""Build a tiny, real .argosmodel package for tests and benchmarks.

No real translation model can be downloaded on the build machines, so this makes one:
a CTranslate2 Transformer (1 encoder + 1 decoder layer, width 32) with small random
weights, saved with ``spec.save()``, and a SentencePiece model trained on a few
sentences of each language, zipped with a metadata.json exactly as argostranslate
packages are. Its translations are gibberish, but it goes through the same install,
tokenise, batch-translate and detokenise path as a real model. The end-of-sentence
logit is raised so that outputs stay short (a few pieces per sentence).

    python -m tests.support.make_model --from ar --to en OUT.argosmodel
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import zipfile
from pathlib import Path

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
]


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


def _spec(vocabulary: list[str], target: list[str], width: int, ffn: int, seed: int, eos_bias: float):
    import ctranslate2
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config((1, 1), 2)

    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.6).astype(np.float32)

    def norm(layer) -> None:  # noqa: ANN001
        layer.gamma = np.ones(width, np.float32)
        layer.beta = np.zeros(width, np.float32)

    def linear(layer, out: int, inp: int) -> None:  # noqa: ANN001
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
    assert ctranslate2.__version__
    return spec


def build_package(from_code: str, to_code: str, out: Path, *, version: str = "1.0", width: int = 32,
                  vocab_size: int = 160, seed: int = 7, eos_bias: float = 1.0) -> Path:
    """Write a real .argosmodel for ``from_code`` -> ``to_code`` at ``out``."""
    import sentencepiece as spm

    sentences = seed_sentences(from_code) + seed_sentences(to_code)
    sp_bytes = _train_sentencepiece(sentences, vocab_size)
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    # The decoder only knows the pieces of the target language, so its output at
    # least looks like that language.
    used = {piece for line in seed_sentences(to_code) for piece in processor.encode(line, out_type=str)}
    target = [p for p in vocabulary if p in used or p in ("<unk>", "<s>", "</s>")]
    spec = _spec(vocabulary, target, width, width * 2, seed, eos_bias)
    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    metadata = {
        "package_version": version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": from_code,
        "to_code": to_code,
        "to_name": to_code,
        "type": "translate",
        "links": [],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp) / "model"
        model_dir.mkdir()
        spec.save(str(model_dir))
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{name}/metadata.json", json.dumps(metadata, indent=2))
            archive.writestr(f"{name}/sentencepiece.model", sp_bytes)
            archive.writestr(f"{name}/README.md", f"Synthetic test model {from_code}->{to_code}; not a real translator.\n")
            for path in sorted(model_dir.rglob("*")):
                if path.is_file():
                    archive.write(path, f"{name}/model/{path.relative_to(model_dir)}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="from_code", required=True)
    parser.add_argument("--to", dest="to_code", required=True)
    parser.add_argument("--version", default="1.0")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    path = build_package(args.from_code, args.to_code, args.out, version=args.version)
    print(f"{path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
