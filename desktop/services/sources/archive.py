"""Zip containers (DOCX, ODT, EPUB) read with bounds, so a small file cannot unpack into gigabytes.

Every member is read through ``SafeZip.read``, which stops at a size limit whatever the
archive claims; the whole archive is refused beyond a number of members or a total
unpacked size. A truncated or damaged archive is one sentence, never a traceback.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from desktop.core.errors import UserError

#: Most a single member may unpack to, and all members together.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 20_000
_CHUNK = 1024 * 1024


def zip_kind(data: bytes) -> str:
    """docx, odt or epub by what the archive holds ("" when it is none of them)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist()[:MAX_MEMBERS])
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200:
                    mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                    if mimetype == "application/epub+zip":
                        return "epub"
                    if mimetype == "application/vnd.oasis.opendocument.text":
                        return "odt"
            if "word/document.xml" in names:
                return "docx"
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, KeyError):
        return ""
    return ""


class SafeZip:
    """A zip archive whose members are read with the limits above."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self._read_total = 0
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=name) from exc
        if len(infos) > MAX_MEMBERS:
            raise UserError("{name} holds too many parts to be an article; it was not read.", name=name)
        self.names = [info.filename for info in infos]

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.archive.close()

    def has(self, member: str) -> bool:
        return member in self.names

    def read(self, member: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """A member's bytes; a UserError if it is missing, damaged, or unpacks beyond the limits."""
        try:
            handle = self.archive.open(member)
        except KeyError as exc:
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=self.name) from exc
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=self.name) from exc
        chunks: list[bytes] = []
        size = 0
        try:
            with handle:
                while True:
                    chunk = handle.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > limit or self._read_total > MAX_TOTAL_BYTES:
                        raise UserError("{name} unpacks to far more than an article could hold (a damaged or "
                                        "hostile file); it was not read.", name=self.name)
                    chunks.append(chunk)
        except UserError:
            raise
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=self.name) from exc
        return b"".join(chunks)
