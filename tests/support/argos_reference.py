"""argostranslate 1.11 itself, as the reference Triptych's packages and translations are
compared with (tests and `make bench` only; Triptych never imports it).

`make test` and `make bench` install it with ``--no-deps``: its stanza (torch), spaCy and
minisbd (onnxruntime) are left out, so stand-ins take their place here -- enough for
argostranslate to import, and loud if one of its downloading sentence splitters were
ever called. argostranslate reads its settings from the environment once, when first
imported; :func:`load` sets that environment for the import only and puts it back, so
the process keeps the person's variables, then points argostranslate's folders at the
packages folder asked for (again on every call: the tests use one folder each).
Its sentence splitter is replaced by "one sentence in, one sentence out", so that
``translate(sentence)`` translates exactly the sentence given, as Triptych does.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class SplitterCalled(RuntimeError):
    """One of argostranslate's downloading sentence splitters was called."""


def _refuse(*_args: object, **_kwargs: object) -> Any:
    raise SplitterCalled("argostranslate's downloading sentence splitters are not part of Triptych")


def install_stand_ins() -> None:
    """Stand-ins for stanza and minisbd, unless the real ones are installed."""
    if "stanza" not in sys.modules:
        try:
            import stanza
        except ImportError:
            stanza = types.ModuleType("stanza")
            stanza.Pipeline = _refuse  # type: ignore[attr-defined]
            sys.modules["stanza"] = stanza
    if "minisbd" not in sys.modules:
        try:
            import minisbd
        except ImportError:
            minisbd = types.ModuleType("minisbd")
            models = types.ModuleType("minisbd.models")
            models.cache_dir = ""  # type: ignore[attr-defined]
            models.list_models = lambda: ["en"]  # type: ignore[attr-defined]
            models.download_models = _refuse  # type: ignore[attr-defined]
            minisbd.models = models  # type: ignore[attr-defined]
            minisbd.SBDetect = _refuse  # type: ignore[attr-defined]
            sys.modules["minisbd"] = minisbd
            sys.modules["minisbd.models"] = models


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


_home: tempfile.TemporaryDirectory[str] | None = None


def load(packages: Path) -> types.SimpleNamespace:
    """argostranslate's ``package`` and ``translate`` modules, working on ``packages``."""
    global _home
    if "argostranslate.settings" not in sys.modules:
        install_stand_ins()
        _home = tempfile.TemporaryDirectory(prefix="argos-reference-")
        home = Path(_home.name)
        with _environment({
            "ARGOS_PACKAGES_DIR": str(packages),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "ARGOS_DEVICE_TYPE": "cpu",
            "KMP_DUPLICATE_LIB_OK": os.environ.get("KMP_DUPLICATE_LIB_OK", ""),
        }):
            from argostranslate import package, settings, translate
        # It logs every step of every translation at INFO level, on its own logger.
        logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)
        if not os.environ.get("KMP_DUPLICATE_LIB_OK"):
            os.environ.pop("KMP_DUPLICATE_LIB_OK", None)  # argostranslate sets it at import
    from argostranslate import package, settings, translate

    packages.mkdir(parents=True, exist_ok=True)
    settings.package_data_dir = packages
    settings.package_dirs = [packages]
    translate.installed_translates.clear()
    translate.get_installed_languages.cache_clear()
    return types.SimpleNamespace(package=package, translate=translate, settings=settings)


def translator(packages: Path, from_code: str, to_code: str) -> Any:
    """argostranslate's translation ``from_code`` -> ``to_code`` (direct or pivoted),
    without its paragraph cache and with one sentence per call."""
    argos = load(packages)
    languages = {language.code: language for language in argos.translate.get_installed_languages()}
    found = languages[from_code].get_translation(languages[to_code])
    assert found is not None, f"argostranslate has no {from_code}-{to_code} translation"

    def unwrap(translation: Any) -> Any:
        translation = getattr(translation, "underlying", translation)  # CachedTranslation
        if hasattr(translation, "t1"):  # CompositeTranslation: pivoting
            translation.t1 = unwrap(translation.t1)
            translation.t2 = unwrap(translation.t2)
        elif hasattr(translation, "sentencizer"):
            translation.sentencizer.split_sentences = lambda text: [text]
        return translation

    return unwrap(found)


def translate_sentences(packages: Path, from_code: str, to_code: str, sentences: list[str]) -> list[str]:
    """argostranslate's ``translate()`` of each sentence, one call per sentence."""
    translation = translator(packages, from_code, to_code)
    return [translation.translate(sentence) for sentence in sentences]
