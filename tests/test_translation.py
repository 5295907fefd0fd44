"""The translation pipeline, offline: batches, order, pivot, cache, corrections,
cancel, and not one network connection."""

from __future__ import annotations

import json
import os
import socket

import pytest

from desktop.services import translation
from desktop.services.models import install_model
from desktop.services.translation import NoModelError, document_sentences, translate_document, translate_texts

pytestmark = pytest.mark.both_engines


def test_batch_translation_gives_one_translation_per_sentence_in_order(corpus, installed):
    ar = corpus[1]
    chain = translation.route("ar", "en")
    sources = [s.source for s in document_sentences(ar.text)][:6]
    batch = translate_texts(sources, chain)
    assert len(batch) == len(sources) and all(isinstance(t, str) for t in batch) and sum(map(bool, batch)) >= 4
    assert len(set(batch)) > 1  # the synthetic model does not answer everything alike
    reordered = translate_texts(list(reversed(sources)), chain)
    assert reordered == list(reversed(batch))
    assert [translate_texts([s], chain)[0] for s in sources[:3]] == batch[:3]


def test_a_document_is_translated_and_cached(corpus, installed, monkeypatch):
    ar = corpus[1]
    calls = []
    real = translation._Engine.translate
    monkeypatch.setattr(translation._Engine, "translate",
                        lambda self, texts: calls.append(len(texts)) or real(self, texts))
    first = translate_document(ar.id, ar.text, "ar", "en", batch_size=8)
    assert all(s.text is not None for s in first) and len(first) == len(document_sentences(ar.text))
    assert calls and max(calls) <= 8 and sum(calls) == len(first)  # batched, every sentence once
    calls.clear()
    second = translate_document(ar.id, ar.text, "ar", "en")
    assert calls == []  # served from the cache, no model call
    assert [s.text for s in second] == [s.text for s in first]


def test_pivot_through_english(corpus, installed):
    ar = corpus[1]
    chain = translation.route("ar", "de")
    assert [m.pair for m in chain] == ["ar-en", "en-de"]
    assert translation.model_key(chain) == "ar-en@1.0+en-de@1.0"
    sentences = translate_document(ar.id, ar.text, "ar", "de")
    direct = translate_texts([s.source for s in sentences[:2]], chain)
    assert [s.text for s in sentences[:2]] == direct
    with pytest.raises(NoModelError, match="Russian to German"):
        translation.route("ru", "de")


def test_a_correction_survives_retranslation(corpus, installed, tmp_path):
    ar = corpus[1]
    sentences = translate_document(ar.id, ar.text, "ar", "en")
    target = sentences[3]
    translation.correct(ar.id, target.start, target.end, "en", "A person's careful translation.")
    again = translate_document(ar.id, ar.text, "ar", "en")
    assert again[3].text == "A person's careful translation." and again[3].corrected
    # Even after the model changes (a new version, so no machine cache), the person's text stays.
    from desktop.services.models import remove_model
    from tests.support.make_model import build_package

    remove_model("ar-en")
    newer = build_package("ar", "en", tmp_path / "v2.argosmodel", version="2.0", seed=11)
    install_model(newer)
    fresh = translate_document(ar.id, ar.text, "ar", "en")
    assert fresh[3].text == "A person's careful translation." and fresh[3].corrected
    assert fresh[0].text is not None and not fresh[0].corrected


def test_cancel_stops_before_the_next_batch_and_keeps_what_was_done(corpus, installed):
    ar = corpus[1]
    batches = []
    result = translate_document(ar.id, ar.text, "ar", "en", batch_size=4,
                                on_batch=lambda b: batches.append(b), cancelled=lambda: len(batches) >= 1)
    assert len(batches) == 1 and sum(1 for s in result if s.text is not None) == 4
    again = translate_document(ar.id, ar.text, "ar", "en", batch_size=100, on_batch=lambda b: batches.append(b))
    assert len(batches[1]) == 4  # the finished batch came back from the cache first
    assert all(s.text is not None for s in again)


def test_install_and_translate_without_any_network(data_dir, corpus, model_files, monkeypatch):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise AssertionError(f"network connection attempted to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    install_model(model_files["ar-en"])
    install_model(model_files["en-de"])
    for target in ("en", "de"):
        sentences = translate_document(corpus[1].id, corpus[1].text, "ar", target)
        assert all(s.text is not None for s in sentences)
    assert attempts == []


_LIGHT = r"""
import json, os, sys
before = dict(os.environ)
from pathlib import Path
from desktop.core.paths import resolve_data_dir
from desktop.services import argos
from desktop.services.corpus import ensure_default_corpus
from desktop.services.models import install_model
from desktop.services.translation import translate_document
from desktop.storage.database import open_database

data = resolve_data_dir(Path(sys.argv[1]))
argos.configure(data.root)
open_database(data.database)
ar = next(d for d in ensure_default_corpus() if d.language == "ar")
for package in sys.argv[2:]:
    install_model(Path(package))
translated = translate_document(ar.id, ar.text, "ar", "de")
heavy = {"argostranslate", "torch", "stanza", "spacy", "minisbd", "onnxruntime"}
print(json.dumps({
    "translated": sum(s.text is not None for s in translated),
    "imported": sorted(heavy & {m.split(".")[0] for m in sys.modules}),
    "environment": sorted(k for k in set(os.environ) ^ set(before) if os.environ.get(k) != before.get(k)),
}))
"""


def test_installing_and_translating_imports_no_argostranslate_and_leaves_the_environment(tmp_path, model_files):
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.support.make_model import build_package

    bpe = build_package("ar", "en", tmp_path / "ar_en_bpe.argosmodel", tokenizer="bpe")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_"))}
    result = subprocess.run([sys.executable, "-c", _LIGHT, str(tmp_path / "data"), str(bpe), str(model_files["en-de"])],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["translated"] > 10
    assert report["imported"] == [] and report["environment"] == []


def test_cli_translate_json(tmp_path, model_files):
    from tests.test_cli import triptych

    d = tmp_path / "d"
    assert triptych("models", "install", str(model_files["ar-en"]), data_dir=d).returncode == 0
    listed = triptych("models", "list", data_dir=d)
    assert listed.stdout.startswith("ar-en\t1.0\tSentencePiece\t")
    rows = json.loads(triptych("list", "--json", data_dir=d).stdout)
    ar = next(r["id"] for r in rows if r["language"] == "ar")
    result = triptych("translate", ar, "--to", "en", "--json", data_dir=d)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = json.loads(triptych("list", "--json", data_dir=d).stdout)
    assert data["from"] == "ar" and data["to"] == "en" and len(data["sentences"]) > 10
    assert all(s["translation"] is not None for s in data["sentences"])
    assert "sentences" in result.stderr  # progress on stderr
    none = triptych("translate", ar, "--to", "ru", data_dir=d)
    assert none.returncode == 1 and "No translation model" in none.stderr
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("nope")
    refused = triptych("models", "install", str(bad), data_dir=d)
    assert refused.returncode == 1 and "not a translation model" in refused.stderr
    assert text
