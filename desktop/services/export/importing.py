"""Importing annotations made elsewhere: W3C Web Annotation JSON in any of its shapes,
Hypothesis JSON, and REFI-QDA projects (.qdpx).

:func:`plan_import` reads a file and says what importing it would do (nothing is
written); :func:`~desktop.services.export.import_plan.apply_plan` writes a plan.
:func:`import_annotations` does both the way the command line does: all or nothing,
unless ``partial``.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.services.export.import_plan import ImportPlan, ImportReport, apply_plan


def _load_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError('{path} does not exist.', path=path) from None
    except IsADirectoryError:
        raise UserError('{path} is a folder, not a file.', path=path) from None
    except OSError as exc:
        raise UserError('Cannot read {path}: {value}.', path=path, value=exc.strerror or exc) from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError('{path_name} is not a UTF-8 text file; nothing was imported.', path_name=path.name) from None
    except json.JSONDecodeError as exc:
        raise UserError('{path_name} is not JSON (it breaks off at line {line}); nothing was imported.',
                        path_name=path.name, line=exc.lineno) from None


def plan_import(path: Path, doc: str | None = None) -> ImportPlan:
    """What importing ``path`` would do; ``doc`` (an id) puts every passage on that document."""
    from desktop.services.export.w3c_import import Library

    path = Path(path)
    explicit = None
    if doc:
        from desktop.storage.documents import get_document

        explicit = get_document(doc)
    library = Library.load(explicit)
    if path.suffix.lower() == ".qdpx" or (path.is_file() and zipfile.is_zipfile(path)):
        from desktop.services.export.qdpx_import import plan_qdpx

        plan: ImportPlan = plan_qdpx(path, library)
        return plan
    document = _load_json(path)
    return plan_json(document, path.name, library)


def plan_json(document: Any, source: str, library: Any) -> ImportPlan:
    from desktop.services.export import hypothesis
    from desktop.services.export.w3c_import import plan_records
    from desktop.services.export.w3c_read import annotation_objects, collection_of, read_record

    objects = hypothesis.as_w3c(document)
    collection: dict[str, Any] = {}
    if objects is None:
        objects = annotation_objects(document)
        collection = collection_of(document)
    if objects is None:
        raise UserError('{path_name} holds neither Web Annotations nor Hypothesis annotations; nothing was imported.',
                        path_name=source)
    pairs = [(read_record(i, o), o) for i, o in enumerate(objects)]
    return plan_records(source, pairs, collection, library)


def import_annotations(path: Path, *, partial: bool = False, doc: str | None = None) -> ImportReport:
    """Import a file: everything, or (when something cannot be taken) nothing unless ``partial``."""
    plan = plan_import(path, doc)
    if plan.skipped and not partial:
        first = plan.skipped[0]
        raise UserError('Nothing was imported from {path_name}: {count} of its items cannot be imported (the first, '
                        '{item}: {reason}); import the others with --partial.', path_name=Path(path).name,
                        count=len(plan.skipped), item=first.item, reason=first.reason)
    if plan.empty and not plan.already and not plan.skipped:
        raise UserError('{path_name} has no annotations to import.', path_name=Path(path).name)
    return apply_plan(plan)
