"""The bundled default corpus, loaded into the database on first start."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import faults
from desktop.core.paths import resource_dir

if TYPE_CHECKING:
    from desktop.storage.models import Document

log = logging.getLogger(__name__)

_LOADED_KEY = "default_corpus_loaded"


def corpus_dir() -> Path:
    return resource_dir() / "corpus"


def load_manifest() -> list[dict[str, str]]:
    with (corpus_dir() / "manifest.json").open(encoding="utf-8") as fh:
        manifest: dict[str, list[dict[str, str]]] = json.load(fh)
    return manifest["documents"]


def default_sources() -> list[str]:
    """The ``source`` of each bundled article, in manifest order."""
    return [f"bundled:{entry['file']}" for entry in load_manifest()]


#: How a bundled article's origin reads: the publication its manifest names, then that it came
#: with Triptych (an export writes these; the desk shows their translations).
BUNDLED = "bundled with Triptych"
BUNDLED_FROM = "%1, bundled with Triptych"


@functools.cache
def _publications() -> dict[str, str]:
    """The manifest's publication of each bundled article, by its ``source``; read once."""
    try:
        return {f"bundled:{entry['file']}": entry.get("source", "") for entry in load_manifest()}
    except (OSError, ValueError, KeyError):
        return {}


def bundled_origin(source: str, alone: str = BUNDLED, named: str = BUNDLED_FROM,
                   name: Callable[[str], str] = str) -> str | None:
    """Where a bundled article is from, one answer wherever it is shown: the publication the
    manifest names followed by ``named`` ("Arabic-language news site, bundled with Triptych"),
    or ``alone`` when the manifest names none; None for an article that is not bundled.

    ``name`` gives the publication as it is to be read: the desk passes its translation into
    the interface's language (the manifest's names are English, as the exports write them)."""
    if not source.startswith("bundled:"):
        return None
    publication = _publications().get(source, "")
    return named.replace("%1", name(publication)) if publication else alone


def ensure_default_corpus() -> list[Document]:
    """Load the bundled articles once per database; return them in manifest order.

    A person who later deletes them does not get them back on the next start.
    """
    from desktop.storage.database import write_transaction
    from desktop.storage.models import get_meta, set_meta

    if get_meta(_LOADED_KEY) is None:
        # Only the first start reads files; later starts do not even import the importer.
        from desktop.core.decoding import decode_bytes
        from desktop.core.markup import ExtractedText
        from desktop.services.importing import build_document, store_articles

        articles = []
        for entry in load_manifest():
            path = corpus_dir() / entry["file"]
            text = decode_bytes(path.read_bytes(), path.name).text
            articles.append(
                build_document(
                    ExtractedText(text),
                    path.name,
                    entry["language"],
                    source=f"bundled:{entry['file']}",
                    title=entry["title"],
                )
            )
        with write_transaction(outcome=faults.CORPUS_NOT_LOADED):
            if get_meta(_LOADED_KEY) is None:  # another process may have loaded it meanwhile
                store_articles(articles)
                set_meta(_LOADED_KEY, "1")
                log.info("default corpus loaded")
    return default_documents()


def default_documents() -> list[Document]:
    """The bundled articles that are still in the library, in manifest order."""
    from desktop.storage.models import Document

    wanted = default_sources()
    found = {d.source: d for d in Document.select().where(Document.source.in_(wanted)).order_by(Document.version)}
    return [found[s] for s in wanted if s in found]
