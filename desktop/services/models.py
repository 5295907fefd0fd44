"""Translation models (.argosmodel packages): check, install, list, remove, download.

A package file is checked completely before anything is written: a zip, whose
entries all stay inside one top folder, with a metadata.json naming the language
pair, a CTranslate2 model folder and a SentencePiece (or BPE) tokenizer, and whose
data reads back without a CRC error. Installation goes through argostranslate's own
``install_from_path``; if it fails half-way the half-written folder is removed.
Downloading, when the person asks for it, is the only code in Triptych that opens a
network connection.
"""

from __future__ import annotations

import json
import logging
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop.core import faults
from desktop.core.errors import UserError
from desktop.services import argos

log = logging.getLogger(__name__)

MAX_PACKAGE_BYTES = 4 * 1024**3
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """An installed (or checked) language pair."""

    from_code: str
    to_code: str
    version: str
    path: Path | None
    size: int

    @property
    def pair(self) -> str:
        return f"{self.from_code}-{self.to_code}"

    @property
    def key(self) -> str:
        return f"{self.pair}@{self.version}"


def _valid_code(value: object) -> bool:
    return isinstance(value, str) and 2 <= len(value) <= 3 and value.isascii() and value.isalpha()


def check_package(path: Path) -> ModelInfo:
    """Check an .argosmodel file without writing anything; say in one sentence what is wrong."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise UserError('{path} does not exist.', path=path)
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise UserError('{name} is too large to be a translation model.', name=name)
    if not zipfile.is_zipfile(path):
        raise UserError('{name} is not a translation model package (not a zip archive, or cut short).', name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            tops = set()
            for entry in entries:
                pure = PurePosixPath(entry.filename)
                if entry.filename.startswith(("/", "\\")) or ".." in pure.parts or ":" in entry.filename \
                        or "\\" in entry.filename:
                    raise UserError('{name} holds a file that would land outside its folder ({entry_filename}); it was not installed.', name=name, entry_filename=entry.filename)
                if stat.S_ISLNK(entry.external_attr >> 16):
                    raise UserError('{name} holds a symbolic link ({entry_filename}); it was not installed.', name=name, entry_filename=entry.filename)
                tops.add(pure.parts[0])
            if len(tops) != 1:
                raise UserError('{name} must hold exactly one package folder.', name=name)
            (top,) = tops
            names = {entry.filename.rstrip("/") for entry in entries}
            if f"{top}/metadata.json" not in names:
                raise UserError('{name} has no metadata.json.', name=name)
            try:
                metadata = json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise UserError('{name} has a metadata.json that cannot be read.', name=name) from exc
            if not isinstance(metadata, dict) or not _valid_code(metadata.get("from_code")) \
                    or not _valid_code(metadata.get("to_code")):
                raise UserError('{name} does not say which languages it translates (from_code, to_code).', name=name)
            if metadata.get("type", "translate") != "translate":
                raise UserError('{name} is not a translation package.', name=name)
            if f"{top}/model/model.bin" not in names:
                raise UserError('{name} has no model (model/model.bin is missing).', name=name)
            if not any(f"{top}/model/{v}" in names for v in ("shared_vocabulary.json", "source_vocabulary.json",
                                                              "shared_vocabulary.txt", "source_vocabulary.txt")):
                raise UserError('{name} has no model vocabulary.', name=name)
            if f"{top}/sentencepiece.model" not in names and f"{top}/bpe.model" not in names:
                raise UserError('{name} has no tokenizer (sentencepiece.model or bpe.model).', name=name)
            broken = archive.testzip()
            if broken is not None:
                raise UserError('{name} is damaged ({broken} does not read back); it was not installed.', name=name, broken=broken)
            size = sum(entry.file_size for entry in entries)
    except zipfile.BadZipFile as exc:
        raise UserError('{name} is damaged or cut short; it was not installed.', name=name) from exc
    except (OSError, EOFError) as exc:
        raise UserError('{name} cannot be read ({exc}); it was not installed.', name=name, exc=exc) from exc
    return ModelInfo(metadata["from_code"].lower(), metadata["to_code"].lower(),
                     str(metadata.get("package_version", "")), None, size)


def _top_folder(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return PurePosixPath(archive.infolist()[0].filename).parts[0]


def installed_models() -> list[ModelInfo]:
    """The installed language pairs, through argostranslate's own listing."""
    package = argos.package_module()
    models = []
    for pkg in package.get_installed_packages():
        if getattr(pkg, "type", "translate") != "translate":
            continue
        size = sum(p.stat().st_size for p in Path(pkg.package_path).rglob("*") if p.is_file())
        models.append(ModelInfo(pkg.from_code, pkg.to_code, pkg.package_version, Path(pkg.package_path), size))
    return sorted(models, key=lambda m: m.pair)


def find_model(from_code: str, to_code: str) -> ModelInfo | None:
    return next((m for m in installed_models() if m.from_code == from_code and m.to_code == to_code), None)


@faults.reported(faults.MODEL_NOT_INSTALLED, lambda: argos.packages_dir() / "package")
def install_model(path: Path) -> ModelInfo:
    """Check, then install a package file; replaces an older version of the same pair."""
    info = check_package(path)
    previous = find_model(info.from_code, info.to_code)
    if previous is not None and previous.version == info.version:
        raise UserError('The {info_pair} model, version {info_version}, is already installed.', info_pair=info.pair, info_version=info.version)
    package = argos.package_module()
    target = argos.packages_dir() / _top_folder(path)
    if target.exists():
        raise UserError('A different package already uses the folder {target_name}; remove it first.', target_name=target.name)
    try:
        package.install_from_path(Path(path))
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)  # never leave a half-installed package
        raise
    _clear_translator_cache()
    if previous is not None and previous.path is not None and previous.path != target:
        shutil.rmtree(previous.path, ignore_errors=True)
    installed = find_model(info.from_code, info.to_code)
    assert installed is not None
    log.info("installed model %s", installed.key)
    return installed


@faults.reported(faults.MODEL_NOT_REMOVED, lambda: argos.packages_dir() / "package")
def remove_model(pair: str) -> ModelInfo:
    """Remove an installed pair ("ar-en")."""
    try:
        from_code, to_code = pair.lower().split("-")
    except ValueError:
        raise UserError('“{pair}” is not a language pair; write it like ar-en.', pair=pair) from None
    package = argos.package_module()
    for pkg in package.get_installed_packages():
        if pkg.from_code == from_code and pkg.to_code == to_code:
            info = ModelInfo(from_code, to_code, pkg.package_version, Path(pkg.package_path), 0)
            package.uninstall(pkg)
            _clear_translator_cache()
            log.info("removed model %s", info.key)
            return info
    raise UserError('No {pair} model is installed.', pair=pair)


def _clear_translator_cache() -> None:
    from desktop.services import translation

    translation.clear_cache()


# -- downloading (only when the person asks) -------------------------------------------


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class Cancelled_(Exception):  # noqa: N801 - internal marker
    pass


def _fetch(url: str, destination: Path | None, progress: Progress, cancelled: Cancelled, timeout: float) -> bytes:
    import urllib.request  # only here: the one place that may reach the network

    request = urllib.request.Request(url, headers={"User-Agent": "Triptych"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the person asked
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        chunks = []
        out = destination.open("wb") if destination else None
        try:
            while True:
                if cancelled():
                    raise Cancelled_()
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                done += len(chunk)
                if out:
                    out.write(chunk)
                else:
                    chunks.append(chunk)
                progress(done, total)
        finally:
            if out:
                out.close()
    return b"".join(chunks)


def available_models(index_url: str, *, timeout: float = 30) -> list[dict]:
    """The translation packages an Argos-style index lists (network)."""
    try:
        data = _fetch(index_url, None, lambda *_: None, lambda: False, timeout)
        index = json.loads(data.decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError('Cannot read the model index at {index_url}: {value}.', index_url=index_url, value=getattr(exc, 'reason', exc)) from exc
    if not isinstance(index, list):
        raise UserError('The model index at {index_url} is not a list of packages.', index_url=index_url)
    return [p for p in index if isinstance(p, dict) and p.get("type", "translate") == "translate"]


@faults.reported(faults.MODEL_NOT_INSTALLED, lambda: argos.packages_dir() / "package")
def download_model(index_url: str, from_code: str, to_code: str, downloads: Path, *,
                   progress: Progress = lambda *_: None, cancelled: Cancelled = lambda: False,
                   timeout: float = 30) -> ModelInfo | None:
    """Download a pair from the index and install it; None if cancelled (nothing kept)."""
    entry = next((p for p in available_models(index_url, timeout=timeout)
                  if p.get("from_code") == from_code and p.get("to_code") == to_code), None)
    if entry is None or not entry.get("links"):
        raise UserError('The model index has no {from_code}-{to_code} model.', from_code=from_code, to_code=to_code)
    downloads.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=downloads) as tmp:
        target = Path(tmp) / f"{from_code}_{to_code}.argosmodel"
        try:
            _fetch(entry["links"][0], target, progress, cancelled, timeout)
        except Cancelled_:
            return None
        except OSError as exc:
            raise UserError('The download of the {from_code}-{to_code} model failed: {value}.', from_code=from_code, to_code=to_code, value=getattr(exc, 'reason', exc)) from exc
        return install_model(target)
