"""Exporting annotated documents: PDF, Markdown, CSV, W3C Web Annotation JSON and
REFI-QDA projects (.qdpx).

Every export is written to a temporary file beside the destination and renamed over
it only when complete, so a failed or cancelled export never leaves a broken file or
clobbers an existing one.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from desktop.core import faults
from desktop.core.errors import UserError
from desktop.core.faults import Fault, FaultError
from desktop.core.files import replace_durably
from desktop.services.export.model import ExportCancelled, ExportRequest, collect

log = logging.getLogger(__name__)

FORMATS = ("pdf", "md", "csv", "json", "qdpx")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` for a temporary file beside ``path``, then put it in its place.

    The file's bytes reach the disk before its name does (see core.files.replace_durably).
    A fault (a full disk, a read-only folder...) is told in one sentence that names the
    file; the temporary file is removed whatever happens, and one that a killed export
    left is removed by the next export of the same name.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    outcome = faults.not_written(path)
    if not folder.is_dir():
        raise FaultError(Fault.FOLDER_MISSING, outcome, path)
    with faults.reported(outcome, path):
        prefix = f".{path.name[:80]}.{os.getpid()}-"
        _remove_stale_parts(folder, path.name[:80])
        tmp = _new_part(folder, prefix, path)
        try:
            write(tmp)
            replace_durably(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise
    return path


def _new_part(folder: Path, prefix: str, target: Path) -> Path:
    """Create an empty, new temporary file in ``folder`` with the permissions the finished
    file must have.

    ``tempfile.mkstemp`` makes its file rw------- (it is meant to be private), and the
    rename would give the person's export that mode. Here the file is created with 0666
    and the kernel takes the umask off, as for any program's saved file; an export that
    replaces a file keeps that file's permissions, as an editor's save does.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        tmp = folder / f"{prefix}{secrets.token_hex(4)}.part"
        try:
            handle = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        os.close(handle)
        with contextlib.suppress(OSError):  # not ours to change (another person's file): umask
            if target.is_file():
                os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        return tmp
    raise FileExistsError(errno.EEXIST, "No unused temporary name", str(folder))


def _remove_stale_parts(folder: Path, name: str) -> None:
    """Remove the temporary files of exports of ``name`` whose process is gone (killed)."""
    for part in folder.glob(f".{glob.escape(name)}.*-*.part"):
        pid = part.name[len(name) + 2:].partition("-")[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            with contextlib.suppress(OSError):
                part.unlink()


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap test; leave the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


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
