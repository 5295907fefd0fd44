"""argostranslate, kept inside the data dir and off the network.

argostranslate reads its settings once, when first imported, and creates folders
under $HOME; :func:`configure` points all of that into ``<data dir>/argos`` and must
run before the first import (the app calls it at start-up; it only sets variables).
The package itself is imported lazily (it takes seconds): only the package functions
that read and write the local folder are used -- never its sentence splitters
(stanza and minisbd download models) nor its package index.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

_configured: Path | None = None
_lock = threading.Lock()


def configure(root: Path) -> Path:
    """Point argostranslate (and what it pulls in) at ``root`` / argos. Idempotent."""
    global _configured
    base = Path(root) / "argos"
    if _configured == base:
        return base
    for sub in ("packages", "data", "cache", "config"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    os.environ.update(
        {
            "ARGOS_PACKAGES_DIR": str(base / "packages"),
            "XDG_DATA_HOME": str(base / "data"),
            "XDG_CACHE_HOME": str(base / "cache"),
            "XDG_CONFIG_HOME": str(base / "config"),
            "ARGOS_DEVICE_TYPE": "cpu",
            "ARGOS_CHUNK_TYPE": "ARGOSTRANSLATE",
            "ORT_DISABLE_TELEMETRY": "1",
            "HF_HUB_OFFLINE": "1",
            "STANZA_RESOURCES_DIR": str(base / "data" / "stanza"),
            "TOKENIZERS_PARALLELISM": "false",
        }
    )
    if "argostranslate.settings" in __import__("sys").modules and _configured is None:
        log.warning("argostranslate was imported before its settings were set")
    _configured = base
    return base


def packages_dir() -> Path:
    if _configured is None:
        raise RuntimeError("desktop.services.argos.configure() was not called")
    return _configured / "packages"


def package_module():  # noqa: ANN201 - argostranslate.package
    """argostranslate.package, imported on first use (after :func:`configure`)."""
    if _configured is None:
        raise RuntimeError("desktop.services.argos.configure() was not called")
    with _lock:
        from argostranslate import package, settings

        _sync(settings)
        return package


def _sync(settings) -> None:  # noqa: ANN001 - argostranslate.settings
    """Keep argostranslate's folders on the configured data dir.

    It reads them once, at import; a process that changes data dir (the tests do)
    must move them too, or packages would land in the first one.
    """
    base = _configured
    assert base is not None
    packages = base / "packages"
    if getattr(settings, "package_data_dir", None) != packages:
        settings.package_data_dir = packages
        settings.package_dirs = [packages]
        settings.data_dir = base / "data" / "argos-translate"
        settings.cache_dir = base / "cache" / "argos-translate"
        settings.downloads_dir = settings.cache_dir / "downloads"
        settings.local_package_index = settings.data_dir / "index.json"
        for folder in (packages, settings.data_dir, settings.downloads_dir):
            folder.mkdir(parents=True, exist_ok=True)
