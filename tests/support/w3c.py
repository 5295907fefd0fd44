"""The W3C Web Annotation test suite's assertions (JSON Schemas, draft 4), run with
jsonschema the way the suite's harness runs them, and the JSON-LD contexts served to
pyld from the vendored copies (tests never fetch)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"
SUITE = DATA / "w3c-web-annotation-tests"
ANNO_CONTEXT_FILE = DATA / "w3c-anno-context" / "anno.jsonld"

#: Which assertion files apply to what (every file of the suite is used).
KINDS = {
    "annotation": ("annotations/*.json", "annotations/bodiesTargets/*.json", "annotations/specificResource/*.json"),
    "collection": ("collections/*.json",),
    "page": ("collections/pages/*.json",),
}


@lru_cache(maxsize=1)
def _registry():
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    resources = []
    for path in sorted(SUITE.glob("**/*.json")):
        if "tools" in path.parts:
            continue
        schema = json.loads(path.read_text(encoding="utf-8"))
        if "id" in schema:
            resources.append((schema["id"], Resource(schema, specification=DRAFT4)))
    return Registry().with_resources(resources)


@lru_cache(maxsize=3)
def assertions(kind: str, levels: frozenset[str] = frozenset({"must", "should"})) -> list[dict[str, Any]]:
    found = []
    for pattern in KINDS[kind]:
        for path in sorted(SUITE.glob(pattern)):
            schema = json.loads(path.read_text(encoding="utf-8"))
            if schema.get("assertionType") in levels:
                found.append(schema)
    return found


def failures(document: dict[str, Any], kind: str) -> list[str]:
    """The MUST and SHOULD assertions ``document`` fails, as "level id: message" lines."""
    from jsonschema import Draft4Validator, FormatChecker

    checker = FormatChecker()
    assert {"uri", "date-time"} <= set(checker.checkers), "rfc3986-validator and rfc3339-validator are installed"
    failed = []
    for schema in assertions(kind):
        validator = Draft4Validator(schema, registry=_registry(), format_checker=checker)
        valid = validator.is_valid(document)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            failed.append(f"{schema['assertionType']} {schema['id']}: {schema.get('errorMessage', '')}")
    return failed


def standalone(item: dict[str, Any], context: Any) -> dict[str, Any]:
    """An annotation of a collection as it would be served alone (with the collection's @context)."""
    return {"@context": context, **item}


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """pyld's document loader: the W3C context from the vendored copy, nothing else."""
    from pyld.jsonld import JsonLdError

    if url.rstrip("/") in ("http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads(ANNO_CONTEXT_FILE.read_text(encoding="utf-8"))}
    raise JsonLdError(f"tests never fetch {url}", "jsonld.LoadDocumentError", code="loading document failed")
