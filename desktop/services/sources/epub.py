"""EPUB articles and e-books: the chapters of the spine, in order, through the HTML block reader.

An EPUB is a zip of XHTML files listed by its package document (OPF). The OPF is
found through ``META-INF/container.xml`` and parsed without entities or DTDs (no
file of the machine can be pulled into the text); each chapter is read by the same
block reader as web pages; title and author come from the OPF's Dublin Core metadata.
Every part is read with bounds (``archive.SafeZip``).
"""

from __future__ import annotations

import posixpath
import urllib.parse

from desktop.core.errors import UserError
from desktop.core.markup import (
    Block,
    ExtractedText,
    SourceMeta,
    clean_line,
    declared_language,
    element_blocks,
    parse_html,
)
from desktop.services.sources.archive import SafeZip
from desktop.services.sources.office import safe_xml

_CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
_OPF = "http://www.idpf.org/2007/opf"
_DC = "http://purl.org/dc/elements/1.1/"
#: Chapters read at most: an article is not a library.
MAX_CHAPTERS = 2000


def read_epub(data: bytes, name: str) -> ExtractedText:
    with SafeZip(data, name) as archive:
        if not archive.has("META-INF/container.xml"):
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=name)
        container = safe_xml(archive.read("META-INF/container.xml", limit=1024 * 1024), name)
        rootfile = container.find(f".//{{{_CONTAINER}}}rootfile")
        opf_path = rootfile.get("full-path") if rootfile is not None else None
        if not opf_path or not archive.has(opf_path):
            raise UserError("{name} is damaged or incomplete and cannot be read.", name=name)
        opf = safe_xml(archive.read(opf_path, limit=8 * 1024 * 1024), name)
        base = posixpath.dirname(opf_path)
        manifest = {item.get("id"): item for item in opf.iter(f"{{{_OPF}}}item")}
        spine = [ref.get("idref") for ref in opf.iter(f"{{{_OPF}}}itemref") if ref.get("linear", "yes") != "no"]
        blocks: list[Block] = []
        language = ""
        for idref in spine[:MAX_CHAPTERS]:
            item = manifest.get(idref)
            if item is None or "html" not in (item.get("media-type") or ""):
                continue
            href = urllib.parse.unquote(item.get("href") or "")
            member = posixpath.normpath(posixpath.join(base, href)) if base else posixpath.normpath(href)
            if not archive.has(member):
                continue
            root = parse_html(archive.read(member))
            language = language or declared_language(root)
            body = root.find("body")
            blocks.extend(element_blocks(body if body is not None else root))

    def dc(tag: str) -> str:
        element = opf.find(f".//{{{_DC}}}{tag}")
        return clean_line(element.text) if element is not None and element.text else ""

    if not blocks:
        raise UserError("{name} has no readable text.", name=name)
    meta = SourceMeta(author=dc("creator"), published=dc("date")[:10], site=dc("publisher"),
                      language=(dc("language") or language).split("-")[0].lower())
    return ExtractedText.from_blocks(blocks, dc("title") or None, meta=meta)
