"""Fonts in the exported PDF: each face Qt shaped text with, embedded as a subset
(fontTools) in a Type 0 / CIDFontType2 font whose CIDs are the font's own glyph ids,
with widths from the font itself (PDF/A) and a ToUnicode map that gives every glyph
its text in standard letters.

That map is what makes Arabic come back out of the PDF as Arabic: a glyph that Qt
used for a whole cluster (a contextual form, a lam-alef ligature) maps to the
cluster's characters; a glyph that shares a cluster with others (a letter and its
vowel marks) maps through the font's own tables, the character map and, for the
forms its substitutions make, back along the GSUB lookups to the letters they came
from. No glyph is left without text, so the PDF is "Unicode" in PDF/A-2u's sense.
"""

from __future__ import annotations

import hashlib
import io
import logging
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

#: The tables a font program needs to be rebuilt from what Qt hands out (QRawFont.fontTable).
TABLES = ("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "post", "name", "cvt ", "fpgm",
          "prep", "gasp", "GDEF", "GSUB")
_FALLBACK_TEXT = "\ufffd"


def font_file(tables: dict[str, bytes]) -> bytes:
    """A TrueType font file made of its tables (what QRawFont hands out)."""
    from fontTools.ttLib.sfnt import SFNTWriter

    present = {tag: data for tag, data in tables.items() if data}
    buffer = io.BytesIO()
    writer = SFNTWriter(buffer, len(present), sfntVersion="\0\1\0\0")
    for tag in sorted(present):
        writer[tag] = present[tag]
    writer.close()
    return buffer.getvalue()


def _gsub_sources(font: Any, direct: dict[int, str]) -> dict[int, str]:
    """Text for glyphs that only GSUB makes: follow each substitution back to its input."""
    names = font.getGlyphOrder()
    index = {name: i for i, name in enumerate(names)}
    found = dict(direct)
    if "GSUB" not in font:
        return found
    lookups = font["GSUB"].table.LookupList.Lookup if font["GSUB"].table.LookupList else []
    for _round in range(4):  # forms of forms (an initial form that a ligature takes in)
        grew = False
        for lookup in lookups:
            for sub in lookup.SubTable:
                while getattr(sub, "ExtSubTable", None) is not None:
                    sub = sub.ExtSubTable
                kind = type(sub).__name__
                pairs: list[tuple[str, list[str]]] = []
                if kind == "SingleSubst":
                    pairs = [(out, [inp]) for inp, out in sub.mapping.items()]
                elif kind == "AlternateSubst":
                    pairs = [(alt, [inp]) for inp, alts in sub.alternates.items() for alt in alts]
                elif kind == "MultipleSubst":
                    pairs = [(outs[0], [inp]) for inp, outs in sub.mapping.items() if outs]
                elif kind == "LigatureSubst":
                    pairs = [(lig.LigGlyph, [first, *lig.Component]) for first, ligs in sub.ligatures.items()
                             for lig in ligs]
                for out, inputs in pairs:
                    gid = index.get(out)
                    if gid is None or gid in found:
                        continue
                    texts = [found.get(index.get(i, -1)) for i in inputs]
                    if all(t is not None for t in texts):
                        found[gid] = "".join(t for t in texts if t)
                        grew = True
        if not grew:
            break
    return found


@lru_cache(maxsize=16)
def _reverse_map(key: str, font: Any) -> dict[int, str]:
    """Glyph id -> text, from the font's character map and its substitutions (cached per face)."""
    cmap = font.getBestCmap() or {}
    index = {name: i for i, name in enumerate(font.getGlyphOrder())}
    direct: dict[int, str] = {}
    # Standard characters first: a glyph the character map also gives to a presentation
    # form (U+FB50-FDFF, U+FE70-FEFF) stands for the letter, not the form.
    for code, name in sorted(cmap.items(), key=lambda item: (_presentation(item[0]), item[0])):
        gid = index.get(name)
        if gid is not None and gid not in direct:
            direct[gid] = unicodedata.normalize("NFKC", chr(code)) if _presentation(code) else chr(code)
    return _gsub_sources(font, direct)


def _presentation(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


@dataclass
class EmbeddedFont:
    """One face used in the PDF: which glyphs, and the text each stands for."""

    key: str
    resource: str  # the name in the pages' /Font resources, e.g. F3
    font: Any  # fontTools TTFont (the whole face)
    program: bytes  # the whole face as a font file
    synthetic_bold: bool = False
    synthetic_italic: bool = False
    used: dict[int, str] = field(default_factory=dict)  # glyph id -> text
    _advances: dict[int, float] = field(default_factory=dict)
    _exact: set[int] = field(default_factory=set)  # glyphs whose text came from a cluster of their own

    @property
    def units(self) -> int:
        return int(self.font["head"].unitsPerEm)

    def width(self, gid: int) -> float:
        """The glyph's advance in 1/1000 of the font size (as in the PDF's /W array)."""
        found = self._advances.get(gid)
        if found is None:
            names = self.font.getGlyphOrder()
            name = names[gid] if 0 <= gid < len(names) else ".notdef"
            found = self._advances[gid] = self.font["hmtx"][name][0] * 1000.0 / self.units
        return found

    def use(self, gid: int, cluster_text: str | None, shared: bool) -> None:
        """Note a glyph; ``cluster_text`` is the text of its cluster, ``shared`` when other glyphs share it."""
        if gid in self.used and (gid in self._exact or shared):
            return
        if not shared and cluster_text:
            self.used[gid] = cluster_text  # the glyph alone shows these characters: that is its text
            self._exact.add(gid)
            return
        self.used[gid] = _reverse_map(self.key, self.font).get(gid) or cluster_text or _FALLBACK_TEXT

    # -- PDF objects ---------------------------------------------------------------------

    def postscript_name(self) -> str:
        name = self.font["name"].getDebugName(6) if "name" in self.font else None
        name = "".join(ch for ch in (name or "Font") if ch.isalnum() or ch in "-_") or "Font"
        tag = "".join(chr(ord("A") + b % 26) for b in hashlib.sha1(f"{self.key}{sorted(self.used)}".encode())
                      .digest()[:6])
        return f"{tag}+{name}"

    def subset_program(self) -> bytes:
        """The face with only the used glyphs (glyph ids kept), no hinting or layout tables."""
        import fontTools.subset as subset

        options = subset.Options()
        options.retain_gids = True
        options.notdef_outline = True
        options.hinting = False
        options.layout_features = []
        options.name_IDs = [1, 2, 3, 4, 6]
        from fontTools.ttLib import TTFont

        font = TTFont(io.BytesIO(self.program))
        for tag in ("GSUB", "GPOS", "GDEF", "kern", "BASE", "JSTF", "DSIG", "MATH", "FFTM"):
            if tag in font:  # gone before the subsetter would read them (shaping is done)
                del font[tag]
        subsetter = subset.Subsetter(options)
        subsetter.populate(gids=sorted({0, *self.used}))
        subsetter.subset(font)
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()

    def to_unicode(self) -> bytes:
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        entries = sorted(self.used.items())
        for start in range(0, len(entries), 100):
            chunk = entries[start:start + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            for gid, text in chunk:
                lines.append(f"<{gid:04X}> <{text.encode('utf-16-be').hex().upper()}>")
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines).encode("ascii")

    def widths_array(self) -> list[Any]:
        """/W: runs of consecutive glyph ids with their widths."""
        result: list[Any] = []
        run: list[float] = []
        run_start = -2
        for gid in sorted(self.used):
            if gid == run_start + len(run):
                run.append(round(self.width(gid), 3))
            else:
                if run:
                    result += [run_start, run]
                run_start, run = gid, [round(self.width(gid), 3)]
        if run:
            result += [run_start, run]
        return result

    def descriptor_values(self) -> dict[str, Any]:
        head, hhea = self.font["head"], self.font["hhea"]
        os2 = self.font["OS/2"] if "OS/2" in self.font else None
        post = self.font["post"] if "post" in self.font else None
        scale = 1000.0 / self.units
        flags = 32  # non-symbolic
        if post is not None and post.isFixedPitch:
            flags |= 1
        italic = float(post.italicAngle) if post is not None else 0.0
        if self.synthetic_italic:
            italic = -12.0
        if italic:
            flags |= 64
        cap = getattr(os2, "sCapHeight", 0) if os2 is not None else 0
        weight = getattr(os2, "usWeightClass", 400) if os2 is not None else 400
        return {
            "flags": flags, "bbox": [round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)],
            "italic": italic, "ascent": round(hhea.ascent * scale), "descent": round(hhea.descent * scale),
            "cap": round((cap or hhea.ascent * 0.7) * scale),
            "stem": 120 if (weight >= 600 or self.synthetic_bold) else 80,
        }


class FontSet:
    """The faces of one PDF, by the key the layout gives each (see pdf_layout.font_key)."""

    def __init__(self) -> None:
        self.fonts: dict[str, EmbeddedFont] = {}

    def get(self, key: str, tables: Any, *, synthetic_bold: bool = False,
            synthetic_italic: bool = False) -> EmbeddedFont:
        """The face for ``key``; ``tables()`` gives its tables the first time it is seen."""
        found = self.fonts.get(key)
        if found is None:
            font, program = _font_for(key, tables)
            found = EmbeddedFont(key, f"F{len(self.fonts) + 1}", font, program, synthetic_bold, synthetic_italic)
            self.fonts[key] = found
        return found


_FONTS: dict[str, tuple[Any, bytes]] = {}


def _font_for(key: str, tables: Any) -> tuple[Any, bytes]:
    """A face rebuilt once per process (a desk exports many times with the same fonts)."""
    found = _FONTS.get(key)
    if found is None:
        from fontTools.ttLib import TTFont

        data = font_file(tables())
        font = TTFont(io.BytesIO(data))
        found = _FONTS[key] = (font, data)
        log.debug("PDF font %s: %d glyphs", key, font["maxp"].numGlyphs)
    return found
