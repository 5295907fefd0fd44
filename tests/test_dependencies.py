"""The set-up stays light: what Triptych declares (and so what `pip install .` brings)
pulls in no torch, spaCy, stanza, onnxruntime, minisbd (AGPL) or argostranslate, and the
versions Triptych pins are ones argostranslate 1.11 accepts, so installing the full
argostranslate beside it changes nothing Triptych translates with."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT

HEAVY = {"torch", "spacy", "stanza", "onnxruntime", "minisbd", "argostranslate", "thinc", "sympy"}


def _requirements(name: str, extras: tuple[str, ...] = ()) -> list[Requirement]:
    found = []
    for line in distribution(name).requires or []:
        requirement = Requirement(line)
        environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
        if requirement.marker is None or any(requirement.marker.evaluate(env) for env in environments):
            found.append(requirement)
    return found


def closure(name: str) -> set[str]:
    """Every distribution ``name`` needs, through the metadata of what is installed."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        for requirement in _requirements(current):
            key = canonicalize_name(requirement.name)
            if key not in seen:
                seen.add(key)
                try:
                    distribution(key)
                except PackageNotFoundError:
                    raise AssertionError(f"{key} (needed by {current}) is not installed") from None
                todo.append(key)
    return seen


def test_what_triptych_needs_brings_no_heavy_library():
    needed = closure("triptych")
    assert {"ctranslate2", "sentencepiece", "sacremoses", "subword-nmt", "pyside6-essentials"} <= needed
    assert needed & HEAVY == set()


def test_every_library_triptych_needs_is_pinned():
    pinned = {canonicalize_name(m.group(1)) for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", (ROOT / "constraints.txt")
                                                                   .read_text(encoding="utf-8"), re.MULTILINE)}
    runtime = {canonicalize_name(r.name) for r in _requirements("triptych")}
    translation = {"ctranslate2", "sentencepiece", "sacremoses", "subword-nmt", "packaging"}
    assert translation <= runtime
    assert closure("ctranslate2") | closure("sacremoses") | closure("subword-nmt") | translation <= pinned


def test_the_pinned_versions_are_ones_argostranslate_accepts():
    theirs = {canonicalize_name(r.name): r for r in _requirements("argostranslate")}
    assert distribution("argostranslate").version == "1.11.0"
    shared = {"ctranslate2", "sentencepiece", "sacremoses", "packaging"}
    assert shared <= set(theirs)
    for name in shared:
        assert theirs[name].specifier.contains(Version(distribution(name).version)), (name, theirs[name])
    assert set(theirs) & HEAVY == {"stanza", "minisbd", "spacy"}  # what Triptych leaves out
