"""argostranslate's package format and packages folder, read and written by Triptych itself.

Triptych keeps argostranslate's format (.argosmodel zip archives with a metadata.json),
its installation layout (one folder per package, as the archive holds it, in a
packages folder) and its package index -- but not argostranslate itself, which
declares stanza (and so torch) and spaCy among its dependencies although Triptych
never runs them. What argostranslate 1.11 reads from a package is read here the same
way (``package.py``): the language pair, the version, ``type``, ``target_prefix``, and
the tokenizer, ``sentencepiece.model`` first, else ``bpe.model``. The packages folder
can be handed to argostranslate (``ARGOS_PACKAGES_DIR``) and the other way round:
tests/test_argos_interop.py proves it with the real argostranslate 1.11.

Nothing here touches the process environment: argostranslate never runs in Triptych.
argostranslate lists every folder in its packages folder as a package and fails on one
without a metadata.json, so a package is unpacked beside it (``staging``) and moved in
with one rename; one being removed is moved out the same way first.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: The tokenizer files argostranslate 1.11 recognises, in its order of preference.
TOKENIZER_FILES: dict[str, str] = {"sentencepiece": "sentencepiece.model", "bpe": "bpe.model"}
#: How each tokenizer kind is named to a person (names of techniques: not translated).
TOKENIZER_NAMES: dict[str, str] = {"sentencepiece": "SentencePiece", "bpe": "BPE (Moses)"}

_root: Path | None = None
#: Held while a package is installed or removed in this process (as argostranslate's
#: ``package_lock``): the Models dialog and a translation may run at the same time.
lock = threading.RLock()


def configure(root: Path) -> Path:
    """Keep translation packages in ``root``/argos (the data dir). Only remembers it."""
    global _root
    _root = Path(root) / "argos"
    return _root


def _base() -> Path:
    if _root is None:
        raise RuntimeError("desktop.services.argos.configure() was not called")
    return _root


def packages_dir() -> Path:
    """argostranslate's packages folder (its ``ARGOS_PACKAGES_DIR``), created on first use."""
    folder = _base() / "packages"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def staging_dir() -> Path:
    """Where packages are unpacked and checked before they join :func:`packages_dir`."""
    folder = _base() / "staging"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True, slots=True)
class Metadata:
    """What argostranslate 1.11 reads from a package's metadata.json for translating."""

    from_code: str
    to_code: str
    package_version: str
    argos_version: str
    type: str
    target_prefix: str
    from_name: str
    to_name: str


def valid_code(value: object) -> bool:
    """A language code as the index uses them: two or three ASCII letters."""
    return isinstance(value, str) and 2 <= len(value) <= 3 and value.isascii() and value.isalpha()


def parse_metadata(data: object) -> Metadata | None:
    """The metadata of a translation package, or None when it names no language pair
    (or a ``target_prefix`` that is not text). A ``type`` other than "translate" is
    returned as it is: the caller decides what to say about it.
    """
    if not isinstance(data, dict) or not valid_code(data.get("from_code")) or not valid_code(data.get("to_code")):
        return None
    target_prefix: Any = data.get("target_prefix", "")
    if not isinstance(target_prefix, str):
        return None

    def text(key: str) -> str:
        value = data.get(key, "")
        return value if isinstance(value, str) else str(value)

    return Metadata(
        from_code=data["from_code"].lower(),
        to_code=data["to_code"].lower(),
        package_version=text("package_version"),
        argos_version=text("argos_version"),
        type=text("type") or "translate",
        target_prefix=target_prefix,
        from_name=text("from_name"),
        to_name=text("to_name"),
    )


def tokenizer_kind(has_file: set[str]) -> str | None:
    """The tokenizer argostranslate would use, given the names of a package's top-level files."""
    return next((kind for kind, file in TOKENIZER_FILES.items() if file in has_file), None)


@dataclass(frozen=True, slots=True)
class InstalledPackage:
    """A folder of the packages folder that holds a translation package."""

    path: Path
    metadata: Metadata
    tokenizer: str | None

    @property
    def size(self) -> int:
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())


def read_package(folder: Path) -> InstalledPackage | None:
    """The package in ``folder``, or None (with a warning in the log) when it holds none."""
    try:
        data = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("skipping %s: its metadata.json cannot be read (%s)", folder, exc)
        return None
    metadata = parse_metadata(data)
    if metadata is None:
        log.warning("skipping %s: its metadata.json names no language pair", folder)
        return None
    files = {p.name for p in folder.iterdir() if p.is_file()}
    return InstalledPackage(folder, metadata, tokenizer_kind(files))


def installed_packages() -> list[InstalledPackage]:
    """Every translation package in the packages folder, as argostranslate lists them."""
    found = []
    for folder in sorted(packages_dir().iterdir()):
        if folder.is_dir():
            package = read_package(folder)
            if package is not None and package.metadata.type == "translate":
                found.append(package)
    return found
