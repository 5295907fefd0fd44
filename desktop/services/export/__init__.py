"""Exporting annotated documents: PDF, Markdown, CSV, W3C Web Annotation JSON and
REFI-QDA projects (.qdpx).

Every export is written to a temporary file beside the destination and renamed over
it only when complete, so a failed or cancelled export never leaves a broken file or
clobbers an existing one.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import UserError
from desktop.services.export.model import ExportCancelled, ExportRequest, collect

log = logging.getLogger(__name__)

FORMATS = ("pdf", "md", "csv", "json", "qdpx")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` for a temporary file beside ``path``, then rename it to ``path``."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError('The folder {folder} does not exist.', folder=folder)
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _user_error(exc, path) from exc
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except ExportCancelled:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _user_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _user_error(exc: OSError, path: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return UserError('The disk is full; {path_name} was not written.', path_name=path.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError('Cannot write to {path_parent}: permission denied.', path_parent=path.parent)
    return UserError('Cannot write {path}: {value}.', path=path, value=exc.strerror or exc)


def export(request: ExportRequest, path: Path, *, progress: Progress = lambda *_: None,
           cancelled: Cancelled = lambda: False) -> Path | None:
    """Export; returns the path, or None if cancelled (nothing written)."""
    if request.format not in FORMATS:
        raise UserError('“{request_format}” is not an export format; use one of {value}.',
                        request_format=request.format, value=', '.join(FORMATS))
    data = collect(request)

    def write(tmp: Path) -> None:
        if request.format == "json":
            from desktop.services.export.jsonld import write_json

            write_json(data, tmp)
        elif request.format == "qdpx":
            from desktop.services.export.qdpx import write_qdpx

            write_qdpx(data, tmp)
        elif request.format == "csv":
            from desktop.services.export.table import write_csv

            write_csv(data, tmp, bom=request.bom)
        elif request.format == "md":
            from desktop.services.export.markdown import write_markdown

            write_markdown(data, tmp)
        else:
            from desktop.services.export.pdf import write_pdf

            write_pdf(data, tmp, progress=progress, cancelled=cancelled)

    try:
        result = write_atomically(path, write)
    except ExportCancelled:
        log.info("export to %s cancelled", path)
        return None
    log.info("exported %s (%s)", path, request.format)
    return result
