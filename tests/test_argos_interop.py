"""Triptych against the real argostranslate 1.11 (installed --no-deps by `make test`):
the same packages folder, and the same translations, sentence by sentence, for every
package kind and layout of the index, pivoting across kinds included."""

from __future__ import annotations

import pytest

from desktop.services import argos, translation
from desktop.services.models import install_model, installed_models, remove_model
from desktop.services.translation import document_sentences, translate_document, translate_texts
from tests.support import argos_reference as reference
from tests.support.make_model import ENGLISH, KINDS, build_package, seed_sentences

#: Sentences Moses tokenisation and detokenisation treat specially, besides the articles.
TRICKY = [
    "«Баку пока не принял окончательного решения», — сказал он.",
    'Rubio sagte: "Die Mission muss Länder umfassen, mit denen Israel einverstanden ist."',
    "قال المسؤولون إن أي نشر يتطلب موافقة مجلس الأمن (الأمم المتحدة) & غيره؟",
    "The U.S. asked Baku on 14 Nov. 2025 -- at 10:30 a.m. -- to join; cost: $1,500.50 (approx.) <not> [sic].",
    "snake_case and ▁ markers, tabs\tand  double  spaces",
]


def sources() -> list[str]:
    sentences = [s.source for code in ("ar", "ru", "de") for s in document_sentences("\n".join(seed_sentences(code)))]
    return sentences[::3] + TRICKY  # every third sentence of each article keeps the test short


def argos_package(from_code: str, to_code: str):
    """argostranslate's own Package object for the pair in Triptych's packages folder."""
    packages = reference.load(argos.packages_dir()).package.get_installed_packages()
    return next(p for p in packages if (p.from_code, p.to_code) == (from_code, to_code))


def argos_translations(from_code: str, to_code: str, texts: list[str], *, fixed_prefix: str = "") -> list[str]:
    """argostranslate's ``translate()`` of each sentence; with ``fixed_prefix``, its
    tokenizer is given the translated tokens without that prefix token. (With SentencePiece
    it decodes the prefix with the translation and looks for it in the text afterwards: a
    prefix the SentencePiece model does not know comes out as itself followed by the raw
    pieces, so "__en__" stays (as " en ") and leading space pieces stay as spaces.)"""
    translator = reference.translator(argos.packages_dir(), from_code, to_code)
    if fixed_prefix:
        decode = translator.pkg.tokenizer.decode
        translator.pkg.tokenizer.decode = lambda tokens: decode(tokens[1:] if tokens[:1] == [fixed_prefix] else tokens)
    return [translator.translate(t) for t in texts]


def test_the_packages_folder_is_shared_with_argostranslate_both_ways(data_dir, tmp_path):
    ours = install_model(build_package("ar", "en", tmp_path / "ar_en.argosmodel", tokenizer="bpe",
                                       target_prefix="__en__"))
    argos_api = reference.load(argos.packages_dir())
    (listed,) = argos_api.package.get_installed_packages()
    assert (listed.from_code, listed.to_code, listed.package_version) == ("ar", "en", "1.0")
    assert listed.package_path == ours.path and listed.target_prefix == "__en__"
    assert type(listed.tokenizer).__name__ == "BPETokenizer"
    # A package argostranslate installed (the 1.0 layout: folder "en_de") is Triptych's too.
    argos_api.package.install_from_path(build_package("en", "de", tmp_path / "en_de.argosmodel", layout="1.0"))
    assert [(m.pair, m.version, m.tokenizer, m.path.name) for m in installed_models()] == [
        ("ar-en", "1.0", "bpe", "translate-ar_en-1_0"), ("en-de", "1.0", "sentencepiece", "en_de")]
    assert translate_texts(["Hello."], translation.route("en", "de"))[0] is not None
    remove_model("en-de")
    assert [p.to_code for p in reference.load(argos.packages_dir()).package.get_installed_packages()] == ["en"]
    argos_api.package.uninstall(argos_package("ar", "en"))
    assert installed_models() == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_translates_as_argostranslate_does_sentence_by_sentence(data_dir, corpus, tmp_path, kind):
    model = install_model(build_package("ar", "en", tmp_path / "p.argosmodel", **KINDS[kind]))
    texts = sources()
    # The same tokens as argostranslate's own tokenizer object for the package ...
    theirs_tokenizer = argos_package("ar", "en").tokenizer
    ours_tokenizer = translation.engine(model).tokenizer
    assert [ours_tokenizer.encode(t) for t in texts] == [theirs_tokenizer.encode(t) for t in texts]
    # ... and the same translations, whatever the batches (Triptych's) or one sentence a call (argostranslate's).
    fixed = model.target_prefix if model.tokenizer == "sentencepiece" else ""
    expected = argos_translations("ar", "en", texts, fixed_prefix=fixed)
    assert translate_texts(texts, [model]) == expected
    assert sum(map(bool, expected)) >= len(texts) // 2  # not a comparison of empty strings
    arabic = corpus[1]
    document = translate_document(arabic.id, arabic.text, "ar", "en", batch_size=5)
    assert [s.text for s in document] == argos_translations("ar", "en", [s.source for s in document],
                                                            fixed_prefix=fixed)
    if model.target_prefix:  # given first, taken off (the random model may still write it later on)
        assert not any(t.startswith(model.target_prefix) for t in expected)


@pytest.mark.parametrize("tokenizer", ["sentencepiece", "bpe"])
def test_any_tokens_are_put_back_together_as_argostranslate_does(data_dir, tmp_path, tokenizer):
    """Decoding, apart from what a random model happens to write: random runs of the
    package's own tokens (underscores, "@@" joins, Moses punctuation and quotes)."""
    import json
    import random

    model = install_model(build_package("en", "de", tmp_path / "p.argosmodel", tokenizer=tokenizer))
    assert model.path is not None
    vocabulary = json.loads((model.path / "model" / "source_vocabulary.json").read_text(encoding="utf-8"))
    pieces = [p for p in vocabulary if p not in ("<unk>", "<s>", "</s>")] + ["_", "a_b", '"', "&quot;", "(", ")", "'s"]
    assert any("_" in p for p in vocabulary)
    rng = random.Random(1)
    runs = [[rng.choice(pieces) for _ in range(rng.randint(0, 12))] for _ in range(400)]
    ours, theirs = translation.engine(model).tokenizer, argos_package("en", "de").tokenizer
    assert [ours.decode(run) for run in runs] == [theirs.decode(run) for run in runs]


@pytest.mark.parametrize("tokenizer", ["sentencepiece", "bpe"])
def test_a_sentence_translates_the_same_in_any_batch(data_dir, tmp_path, tokenizer):
    model = install_model(build_package("ar", "en", tmp_path / "p.argosmodel", tokenizer=tokenizer))
    texts = sources()
    whole = translate_texts(texts, [model])
    for size in (1, 4, 7):
        assert [t for i in range(0, len(texts), size) for t in translate_texts(texts[i : i + size], [model])] == whole
    assert translate_texts(list(reversed(texts)), [model]) == list(reversed(whole))


def test_pivoting_from_a_bpe_package_into_a_sentencepiece_one_is_argostranslates_pivot(data_dir, corpus, tmp_path):
    install_model(build_package("ar", "en", tmp_path / "ar_en.argosmodel", tokenizer="bpe"))
    install_model(build_package("en", "de", tmp_path / "en_de.argosmodel"))
    chain = translation.route("ar", "de")
    assert [(m.pair, m.tokenizer) for m in chain] == [("ar-en", "bpe"), ("en-de", "sentencepiece")]
    arabic = corpus[1]
    ours = translate_document(arabic.id, arabic.text, "ar", "de", batch_size=6)
    theirs = reference.translate_sentences(argos.packages_dir(), "ar", "de", [s.source for s in ours])
    assert [s.text for s in ours] == theirs
    # And the other way round: SentencePiece into English, BPE out of it.
    remove_model("ar-en")
    remove_model("en-de")
    install_model(build_package("ar", "en", tmp_path / "ar_en_sp.argosmodel", seed=5))
    install_model(build_package("en", "de", tmp_path / "en_de_bpe.argosmodel", tokenizer="bpe"))
    texts = sources()
    assert translate_texts(texts, translation.route("ar", "de")) == \
        reference.translate_sentences(argos.packages_dir(), "ar", "de", texts)


def test_an_underscore_target_prefix_is_taken_off_where_argostranslate_leaves_it(data_dir, tmp_path):
    """M2M100-style "__en__" with SentencePiece: argostranslate 1.11 turns the prefix's
    underscores into spaces before it looks for the prefix, so " en " stays at the start of
    every translation. Triptych takes the prefix token off instead; otherwise the two agree
    (see argos_translations)."""
    model = install_model(build_package("ar", "en", tmp_path / "p.argosmodel", target_prefix="__en__"))
    texts = sources() + ENGLISH[:2]
    ours = translate_texts(texts, [model])
    leaking = reference.translate_sentences(argos.packages_dir(), "ar", "en", texts)
    assert all(t.startswith(" en  ") for t in leaking) and not any(t.startswith(" en  ") for t in ours)
    assert ours == argos_translations("ar", "en", texts, fixed_prefix="__en__")
