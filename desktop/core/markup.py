"""Text and paragraph structure out of HTML and Markdown.

HTML is read with the standard library's tokenizer, which never loads anything:
no resource named by the page (images, frames, scripts, styles, fonts) is fetched
or even looked at. Only text inside the body's readable elements is kept; scripts,
styles, comments, frames, embedded objects, forms and templates are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose whole content is dropped.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
     "svg", "math", "canvas", "head", "select", "button", "textarea", "audio", "video", "picture",
     "map", "nav", "form", "applet", "dialog"}
)
# Elements that start and end a paragraph.
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
     "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td",
     "th", "caption", "figure", "figcaption", "address", "hr", "br", "body", "html", "details",
     "summary"}
)
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "track", "wbr", "area", "base", "col", "param"})
_SPACE_RE = re.compile(r"[ \t\r\n\f\u00a0]+")


@dataclass
class ExtractedText:
    """Paragraph text and any title the markup declares."""

    text: str
    title: str | None = None
    headings: list[str] = field(default_factory=list)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.in_title = False
        self.title_parts: list[str] = []
        self.heading_level = 0
        self.headings: list[str] = []

    def _flush(self) -> None:
        text = _SPACE_RE.sub(" ", "".join(self.current)).strip()
        if text:
            self.paragraphs.append(text)
            if self.heading_level == 1:
                self.headings.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and all(t == "head" for t in self.skip_stack):
            self.in_title = True
            return
        if tag in _SKIP and tag not in _VOID:
            self.skip_stack.append(tag)
            return
        if self.skip_stack:
            return
        if tag in _BLOCKS:
            self._flush()
            if tag == "h1":
                self.heading_level = 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip_stack and tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCKS:
            self._flush()
            if tag == "h1":
                self.heading_level = 0

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_stack:
            self.current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(markup: str) -> ExtractedText:
    """Readable paragraphs of an HTML page, one per line."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    # The page's first <h1> names the article; <title> often adds the site's name.
    title = parser.headings[0] if parser.headings else _SPACE_RE.sub(" ", "".join(parser.title_parts)).strip() or None
    return ExtractedText("\n".join(parser.paragraphs), title, parser.headings)


_MD_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE_RE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_LIST_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_MD_QUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
_MD_REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_MD_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_AUTOLINK_RE = re.compile(r"<(https?://[^>]+)>")
_MD_EMPH_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_MD_CODE_RE = re.compile(r"`+([^`]*)`+")
_HTML_TAG_RE = re.compile(r"<!--.*?-->|<[^>]+>", re.DOTALL)


def _md_inline(line: str) -> str:
    line = _MD_IMAGE_RE.sub("", line)
    line = _MD_LINK_RE.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_AUTOLINK_RE.sub(r"\1", line)
    line = _MD_CODE_RE.sub(r"\1", line)
    for _ in range(2):
        line = _MD_EMPH_RE.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", line)
    return line


def markdown_to_text(source: str) -> ExtractedText:
    """Readable paragraphs of a Markdown text, one per line; markup removed."""
    source = _HTML_TAG_RE.sub("", source)
    paragraphs: list[str] = []
    headings: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        if current:
            text = _SPACE_RE.sub(" ", " ".join(current)).strip()
            if text:
                paragraphs.append(text)
            current.clear()

    for raw in source.splitlines():
        if _MD_FENCE_RE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if raw.strip():
                paragraphs.append(raw.rstrip())
            continue
        if not raw.strip() or _MD_RULE_RE.match(raw) or _MD_REFDEF_RE.match(raw):
            flush()
            continue
        if _MD_SETEXT_RE.match(raw) and current:
            text = _md_inline(" ".join(current)).strip()
            current.clear()
            paragraphs.append(text)
            if raw.strip().startswith("="):
                headings.append(text)
            continue
        heading = _MD_HEADING_RE.match(raw)
        if heading:
            flush()
            text = _md_inline(heading.group(2)).strip()
            if text:
                paragraphs.append(text)
                if len(heading.group(1)) == 1:
                    headings.append(text)
            continue
        line = _MD_QUOTE_RE.sub("", raw)
        if _MD_LIST_RE.match(line):
            flush()
            line = _MD_LIST_RE.sub("", line)
        current.append(_md_inline(line.strip()))
    flush()
    return ExtractedText("\n".join(paragraphs), headings[0] if headings else None, headings)
