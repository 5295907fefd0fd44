"""Translation models (.argosmodel packages): check, install, list, remove, download.

A package file is checked completely before anything is written: a zip, whose entries
all stay inside one top folder, with a metadata.json naming the language pair, a
CTranslate2 model folder and a SentencePiece or BPE tokenizer, and whose data reads
back without a CRC error. It is then unpacked beside the packages folder, loaded once
(its tokenizer, its model, one word translated), so that a package Triptych cannot run
is refused now and not when a person first translates, and moved in with one rename,
in argostranslate's layout (see :mod:`desktop.services.argos`). A failure at any step
removes what was unpacked. Downloading, when the person asks for it, is the only code
in Triptych that opens a network connection.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.core import faults
from desktop.core.errors import UserError
from desktop.services import argos

log = logging.getLogger(__name__)

MAX_PACKAGE_BYTES = 4 * 1024**3
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
VOCABULARIES = ("shared_vocabulary.json", "source_vocabulary.json", "shared_vocabulary.txt", "source_vocabulary.txt")


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """An installed (or checked) translation package.

    Attributes:
        tokenizer: "sentencepiece" or "bpe" (see ``argos.TOKENIZER_FILES``), or "" for a
            package put in the folder by other means that carries neither.
        target_prefix: the token the translator is given first ("" for none).
    """

    from_code: str
    to_code: str
    version: str
    path: Path | None
    size: int
    tokenizer: str = ""
    target_prefix: str = ""

    @property
    def pair(self) -> str:
        return f"{self.from_code}-{self.to_code}"

    @property
    def key(self) -> str:
        """The model id and version that cached translations are stored under."""
        return f"{self.pair}@{self.version}"

    @property
    def tokenizer_name(self) -> str:
        return argos.TOKENIZER_NAMES.get(self.tokenizer, self.tokenizer or "?")


def _version_key(version: str) -> tuple[int, Any]:
    """Order package versions as argostranslate does (packaging.version), odd ones first."""
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


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
                    raise UserError('{name} holds a file that would land outside its folder ({entry_filename}); '
                                    'it was not installed.',
                                    name=name, entry_filename=entry.filename)
                if stat.S_ISLNK(entry.external_attr >> 16):
                    raise UserError('{name} holds a symbolic link ({entry_filename}); it was not installed.',
                                    name=name, entry_filename=entry.filename)
                tops.add(pure.parts[0])
            if len(tops) != 1:
                raise UserError('{name} must hold exactly one package folder.', name=name)
            (top,) = tops
            names = {entry.filename.rstrip("/") for entry in entries}
            if f"{top}/metadata.json" not in names:
                raise UserError('{name} has no metadata.json.', name=name)
            try:
                data = json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise UserError('{name} has a metadata.json that cannot be read.', name=name) from exc
            if isinstance(data, dict) and not isinstance(data.get("target_prefix", ""), str):
                raise UserError('{name} names a target prefix that is not text; it was not installed.', name=name)
            metadata = argos.parse_metadata(data)
            if metadata is None:
                raise UserError('{name} does not say which languages it translates (from_code, to_code).', name=name)
            if metadata.type != "translate":
                raise UserError('{name} is not a translation package.', name=name)
            if f"{top}/model/model.bin" not in names:
                raise UserError('{name} has no model (model/model.bin is missing).', name=name)
            if not any(f"{top}/model/{v}" in names for v in VOCABULARIES):
                raise UserError('{name} has no model vocabulary.', name=name)
            tokenizer = argos.tokenizer_kind({n[len(top) + 1:] for n in names if n.startswith(f"{top}/")})
            if tokenizer is None:
                raise UserError('{name} has no tokenizer (sentencepiece.model or bpe.model).', name=name)
            broken = archive.testzip()
            if broken is not None:
                raise UserError('{name} is damaged ({broken} does not read back); it was not installed.',
                                name=name, broken=broken)
            size = sum(entry.file_size for entry in entries)
    except zipfile.BadZipFile as exc:
        raise UserError('{name} is damaged or cut short; it was not installed.', name=name) from exc
    except (OSError, EOFError) as exc:
        raise UserError('{name} cannot be read ({exc}); it was not installed.', name=name, exc=exc) from exc
    return ModelInfo(metadata.from_code, metadata.to_code, metadata.package_version, None, size, tokenizer,
                     metadata.target_prefix)


def _top_folder(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return PurePosixPath(archive.infolist()[0].filename).parts[0]


def _info(package: argos.InstalledPackage) -> ModelInfo:
    m = package.metadata
    return ModelInfo(m.from_code, m.to_code, m.package_version, package.path, package.size, package.tokenizer or "",
                     m.target_prefix)


def installed_models() -> list[ModelInfo]:
    """The installed translation packages, by pair; of one pair, the newest version first."""
    models = sorted((_info(p) for p in argos.installed_packages()), key=lambda m: _version_key(m.version), reverse=True)
    return sorted(models, key=lambda m: m.pair)  # stable: keeps the versions' order


def find_model(from_code: str, to_code: str, models: list[ModelInfo] | None = None) -> ModelInfo | None:
    """The installed package for a pair; of several (put there by other means), the newest."""
    models = installed_models() if models is None else models
    return next((m for m in models if m.from_code == from_code and m.to_code == to_code), None)


def _check_runs(folder: Path, info: ModelInfo, name: str) -> None:
    """Load the unpacked package as translation will, or say it cannot be run."""
    from desktop.services import translation

    try:
        translation.load_engine(folder, info).translate(["a"], max_decoding_length=2)
    except Exception as exc:  # anything its model or tokenizer raises means: not runnable here
        log.warning("refusing %s: it does not load (%s: %s)", name, type(exc).__name__, exc)
        raise UserError('{name} holds a model or tokenizer that Triptych cannot run; it was not installed.',
                        name=name) from exc


@faults.reported(faults.MODEL_NOT_INSTALLED, lambda: argos.packages_dir() / "package")
def install_model(path: Path) -> ModelInfo:
    """Check, then install a package file; it replaces another version of the same pair."""
    path = Path(path)
    info = check_package(path)
    with argos.lock:
        # Every installed version of the pair (more than one only if put there by other means).
        previous = [m for m in installed_models() if (m.from_code, m.to_code) == (info.from_code, info.to_code)]
        if any(m.version == info.version for m in previous):
            raise UserError('The {info_pair} model, version {info_version}, is already installed.',
                            info_pair=info.pair, info_version=info.version)
        top = _top_folder(path)
        target = argos.packages_dir() / top
        replaces_in_place = any(m.path == target for m in previous)
        if target.exists() and not replaces_in_place:
            raise UserError('A different package already uses the folder {target_name}; remove it first.',
                            target_name=target.name)
        staging = Path(tempfile.mkdtemp(prefix="install-", dir=argos.staging_dir()))
        try:
            with zipfile.ZipFile(path) as archive:
                archive.extractall(staging)
            _check_runs(staging / top, info, path.name)
            _move_in(staging / top, target, staging / "previous" if replaces_in_place else None)
        finally:
            shutil.rmtree(staging, ignore_errors=True)  # never leave a half-installed package
            _tidy_staging()
        for old in previous:
            if old.path is not None and old.path != target:
                try:
                    _remove_folder(old.path)
                except OSError as exc:  # the new version is in place and is the one used
                    log.warning("could not remove %s (%s); the newest version is used", old.path, exc)
    _clear_translator_cache()
    installed = find_model(info.from_code, info.to_code)
    assert installed is not None
    log.info("installed model %s (%s) in %s", installed.key, installed.tokenizer, installed.path)
    return installed


def _move_in(staged: Path, target: Path, aside: Path | None) -> None:
    """Rename the checked package into place; ``aside``: first move the version that
    has the same folder name there, and back again if the new one cannot go in."""
    if aside is None:
        staged.rename(target)
        return
    target.rename(aside)
    try:
        staged.rename(target)
    except OSError:
        aside.rename(target)
        raise


def _remove_folder(folder: Path) -> None:
    """Take a package folder out of the packages folder in one step, then delete it."""
    aside = Path(tempfile.mkdtemp(prefix="remove-", dir=argos.staging_dir()))
    folder.rename(aside / folder.name)
    shutil.rmtree(aside, ignore_errors=True)
    _tidy_staging()


def _tidy_staging() -> None:
    """Remove the staging folder once nothing is in it (a refused package leaves no trace)."""
    with contextlib.suppress(OSError):
        argos.staging_dir().rmdir()


@faults.reported(faults.MODEL_NOT_REMOVED, lambda: argos.packages_dir() / "package")
def remove_model(pair: str) -> ModelInfo:
    """Remove an installed pair ("ar-en"), every version of it."""
    try:
        from_code, to_code = pair.lower().split("-")
    except ValueError:
        raise UserError('“{pair}” is not a language pair; write it like ar-en.', pair=pair) from None
    with argos.lock:
        found = [m for m in installed_models() if m.from_code == from_code and m.to_code == to_code]
        if not found:
            raise UserError('No {pair} model is installed.', pair=pair)
        for model in found:
            assert model.path is not None
            _remove_folder(model.path)
    _clear_translator_cache()
    log.info("removed model %s", found[0].key)
    return found[0]


def _clear_translator_cache() -> None:
    from desktop.services import translation

    translation.clear_cache()


# -- downloading (only when the person asks) -------------------------------------------


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _Cancelled(Exception):
    """The person cancelled a download."""


def _fetch(url: str, destination: Path | None, progress: Progress, cancelled: Cancelled, timeout: float) -> bytes:
    import urllib.request  # only here: the one place that may reach the network

    request = urllib.request.Request(url, headers={"User-Agent": "Triptych"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # the person asked for it
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        chunks = []
        out = destination.open("wb") if destination else None
        try:
            while True:
                if cancelled():
                    raise _Cancelled()
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


def available_models(index_url: str, *, timeout: float = 30) -> list[dict[str, Any]]:
    """The translation packages an Argos-style index lists (network)."""
    try:
        data = _fetch(index_url, None, lambda *_: None, lambda: False, timeout)
        index = json.loads(data.decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError('Cannot read the model index at {index_url}: {value}.',
                        index_url=index_url, value=getattr(exc, 'reason', exc)) from exc
    if not isinstance(index, list):
        raise UserError('The model index at {index_url} is not a list of packages.', index_url=index_url)
    return [p for p in index if isinstance(p, dict) and p.get("type", "translate") == "translate"]


@faults.reported(faults.MODEL_NOT_INSTALLED, lambda: argos.packages_dir() / "package")
def download_model(index_url: str, from_code: str, to_code: str, downloads: Path, *,
                   progress: Progress = lambda *_: None, cancelled: Cancelled = lambda: False,
                   timeout: float = 30) -> ModelInfo | None:
    """Download a pair from the index (its newest version) and install it; None if
    cancelled (nothing kept)."""
    entries = [p for p in available_models(index_url, timeout=timeout)
               if p.get("from_code") == from_code and p.get("to_code") == to_code and p.get("links")]
    if not entries:
        raise UserError('The model index has no {from_code}-{to_code} model.', from_code=from_code, to_code=to_code)
    entry = max(entries, key=lambda p: _version_key(str(p.get("package_version", ""))))
    downloads.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=downloads) as tmp:
        target = Path(tmp) / f"{from_code}_{to_code}.argosmodel"
        try:
            _fetch(entry["links"][0], target, progress, cancelled, timeout)
        except _Cancelled:
            return None
        except OSError as exc:
            raise UserError('The download of the {from_code}-{to_code} model failed: {value}.',
                            from_code=from_code, to_code=to_code, value=getattr(exc, 'reason', exc)) from exc
        return install_model(target)
