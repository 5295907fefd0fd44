"""Blocks of text out of markup: HTML through lxml, Markdown through markdown-it-py.

A *block* is what becomes one paragraph of a document: a heading, a paragraph, a
quoted paragraph or a list item, with its whitespace collapsed to single spaces.
``visible_blocks`` gives every block a reader would see on an HTML page (the "whole
page": menus and footers included); picking the article out of it is the job of
``desktop.services.sources.web``.

The HTML is parsed by libxml2 (lxml), which never loads anything: no resource named
by the page (images, frames, scripts, styles, fonts, DTDs) is fetched or even looked
at. Scripts, styles, comments, templates, embedded objects, form controls and
elements the page hides (``hidden``, ``aria-hidden``, ``display: none``) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.core.kinds import ItemNumber, NumberStyle, ParagraphKind

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Elements whose whole content is dropped: never text a reader sees on the page.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame", "frameset",
     "object", "embed", "applet", "svg", "math", "canvas", "audio", "video", "picture", "source", "track", "img",
     "map", "select", "option", "button", "textarea", "input", "datalist", "output", "dialog", "param"}
)
# Elements that start and end a block.
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
     "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "li", "ul", "ol", "menu", "dl", "dt", "dd", "table", "thead",
     "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "address", "hr", "br", "body", "html", "details",
     "summary", "form", "fieldset", "legend", "center", "noframes", "search"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELLS = frozenset({"td", "th"})
_SPACE_RE = re.compile(r"[\s\u00a0\u2028\u2029\u200b]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


class Block(NamedTuple):
    """One paragraph-to-be: its kind and its text on one line (and, for a numbered item,
    the number the source shows, when it is known; for a list item, how deep it is in
    nested lists, from 0)."""

    kind: ParagraphKind
    text: str
    number: ItemNumber | None = None
    level: int = 0


@dataclass
class SourceMeta:
    """What a source says about itself, beyond its text (empty when it says nothing).

    Attributes:
        author: the byline, as the source gives it.
        published: publication date, ISO 8601 (``2024-05-01`` or with a time).
        site: the site's or publisher's name.
        url: the canonical URL (or the final one, after redirects).
        fetched: when it was fetched, ISO 8601 UTC (for URLs only).
        language: the language the markup declares (``lang``): a hint, never over the text.
    """

    author: str = ""
    published: str = ""
    site: str = ""
    url: str = ""
    fetched: str = ""
    language: str = ""


@dataclass
class ExtractedText:
    """A source's readable text, one paragraph per line, and what is known about it.

    Attributes:
        text: the paragraphs, joined by newlines.
        title: the title the source declares, if any.
        kinds: one ParagraphKind per paragraph of ``text``; None for a plain text, whose
            headline the importer recognises by its layout.
        numbers: the number each numbered item shows in the source, aligned with
            ``kinds`` (None where the source gives none: the item counts on).
        levels: each list item's depth in nested lists (0: the outermost), aligned
            with ``kinds``; None when no list is nested.
        meta: author, date, site, URL.
        left_out: blocks of page furniture not taken into the article (web pages).
        whole_page: the extraction found no article and kept the whole visible text.
        original: the source's bytes and media type, kept so the whole page can be shown.
    """

    text: str
    title: str | None = None
    kinds: list[ParagraphKind] | None = None
    meta: SourceMeta = field(default_factory=SourceMeta)
    left_out: int = 0
    whole_page: bool = False
    original: tuple[bytes, str] | None = None
    numbers: list[ItemNumber | None] | None = None
    levels: list[int] | None = None

    @classmethod
    def from_blocks(cls, blocks: list[Block], title: str | None = None, **fields: Any) -> ExtractedText:
        return cls("\n".join(b.text for b in blocks), title, [b.kind for b in blocks],
                   numbers=[b.number for b in blocks], levels=[b.level for b in blocks], **fields)


def clean_line(text: str) -> str:
    """Whitespace of any kind (line breaks too) collapsed to single spaces."""
    return _SPACE_RE.sub(" ", text).strip()


def parse_html(markup: str | bytes) -> HtmlElement:
    """The document element of an HTML page (libxml2; comments and processing instructions dropped).

    Text is handed to libxml2 as UTF-8, so an XML declaration naming another encoding
    cannot make it misread the text that was already decoded.
    """
    import lxml.html

    data = markup.encode("utf-8", "surrogatepass") if isinstance(markup, str) else markup
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                  default_doctype=False)
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except Exception:  # lxml.etree.ParserError "Document is empty": nothing to read
        return lxml.html.document_fromstring(b"<html><body></body></html>", parser=parser)


def is_hidden(element: HtmlElement) -> bool:
    """Whether the page hides this element from its readers."""
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(style))


def declared_language(root: HtmlElement) -> str:
    """The page's ``lang`` (``<html lang="ar">``), lower-cased primary subtag, or ""."""
    for element in (root, root.find("body")):
        if element is not None:
            value = (element.get("lang") or element.get("xml:lang") or "").strip()
            if value:
                return value.split("-")[0].split("_")[0].lower()
    return ""


def _integer(value: str | None) -> int | None:
    """An HTML attribute's valid integer ("5", " -2 "), None for anything else."""
    value = (value or "").strip()
    return int(value) if re.fullmatch(r"-?\d{1,9}", value) else None


def _number_style(value: str | None, default: NumberStyle = NumberStyle.DECIMAL) -> NumberStyle:
    """An ``<ol type>`` / ``<li type>`` (case matters: "a" and "A" differ), else ``default``."""
    value = (value or "").strip()
    return NumberStyle(value) if value in {s.value for s in NumberStyle} else default


class _Counter:
    """An open ``<ol>``'s numbering as browsers do it (HTML's "ordinal value"): from
    ``start`` (a reversed list from the number of its items), one up (or down) per item,
    an item's ``value`` resetting the count."""

    def __init__(self, element: HtmlElement) -> None:
        self.reversed = "reversed" in element.attrib
        items = sum(1 for child in element if isinstance(child.tag, str) and child.tag.lower() == "li")
        start = _integer(element.get("start"))
        self.next = start if start is not None else (items if self.reversed else 1)
        self.style = _number_style(element.get("type"))

    def number(self, item: HtmlElement) -> ItemNumber:
        value = _integer(item.get("value"))
        value = self.next if value is None else value
        self.next = value - 1 if self.reversed else value + 1
        return ItemNumber(value, _number_style(item.get("type"), self.style))


class _Walker:
    """Collects blocks from an element tree, without recursion (pages nest deeply)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        # the kind of each open element that sets one, and a numbered item's number
        self.kinds: list[tuple[ParagraphKind, ItemNumber | None]] = []
        self.counters: list[_Counter] = []  # each open <ol>'s
        self.lists = 0  # how many lists (<ol>, <ul>, <menu>) are open
        self.pre = 0

    def kind(self) -> ParagraphKind:
        return self.kinds[-1][0] if self.kinds else ParagraphKind.PARAGRAPH

    def flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        lines = raw.split("\n") if self.pre else [raw]
        for line in lines:
            text = clean_line(line)
            if text:
                kind, number = self.kinds[-1] if self.kinds else (ParagraphKind.PARAGRAPH, None)
                level = max(0, self.lists - 1) if kind.is_list_item else 0
                self.blocks.append(Block(kind, text, number, level))
                if self.kinds:
                    self.kinds[-1] = (kind, None)  # an item's further lines count on from it

    def walk(self, root: HtmlElement) -> list[Block]:
        from lxml import etree

        walker = etree.iterwalk(root, events=("start", "end"))
        skipped: set[int] = set()
        for event, element in walker:
            tag = element.tag if isinstance(element.tag, str) else ""
            tag = tag.lower()
            if event == "start":
                if not tag or tag in _SKIP or is_hidden(element):
                    skipped.add(id(element))
                    walker.skip_subtree()
                    continue
                self.open(tag, element)
            else:
                if id(element) in skipped:
                    skipped.discard(id(element))
                else:
                    self.close(tag)
                if element.tail:
                    self.parts.append(element.tail)
        self.flush()
        return self.blocks

    def open(self, tag: str, element: HtmlElement) -> None:
        if tag in _BLOCKS:
            self.flush()
        elif tag in _CELLS and self.parts:
            self.parts.append("\t")
        if tag in _HEADINGS:
            self.kinds.append((ParagraphKind.HEADING, None))
        elif tag == "blockquote":
            self.kinds.append((ParagraphKind.QUOTE, None))
        elif tag in ("ol", "ul", "menu"):
            self.lists += 1
            if tag == "ol":
                self.counters.append(_Counter(element))
        elif tag in ("li", "dt", "dd"):
            parent = element.getparent()
            if tag == "li" and parent is not None and parent.tag == "ol" and self.counters:
                self.kinds.append((ParagraphKind.NUMBERED_ITEM, self.counters[-1].number(element)))
            else:
                self.kinds.append((ParagraphKind.LIST_ITEM, None))
        elif tag == "pre":
            self.pre += 1
        if element.text:
            self.parts.append(element.text)

    def close(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
        if tag in _HEADINGS or tag in ("blockquote", "li", "dt", "dd"):
            if self.kinds:
                self.kinds.pop()
        elif tag in ("ol", "ul", "menu"):
            self.lists = max(0, self.lists - 1)
            if tag == "ol" and self.counters:
                self.counters.pop()
        elif tag == "pre":
            self.pre -= 1


def element_blocks(root: HtmlElement) -> list[Block]:
    """Every visible block under ``root``, in document order."""
    return _Walker().walk(root)


def visible_blocks(markup: str | bytes) -> list[Block]:
    """Every block of text a reader sees on the page (the whole page, furniture included)."""
    root = parse_html(markup)
    body = root.find("body")
    return element_blocks(body if body is not None else root)


def html_title(root: HtmlElement) -> str:
    """The page's ``<title>``, whitespace collapsed ("" when it has none)."""
    title = root.find(".//title")
    return clean_line(title.text_content()) if title is not None else ""


def html_to_text(markup: str) -> ExtractedText:
    """Every visible paragraph of an HTML fragment or page, with its kind (no article extraction)."""
    root = parse_html(markup)
    body = root.find("body")
    blocks = element_blocks(body if body is not None else root)
    headings = [b.text for b in blocks if b.kind is ParagraphKind.HEADING]
    return ExtractedText.from_blocks(blocks, headings[0] if headings else (html_title(root) or None))


def markdown_to_text(source: str) -> ExtractedText:
    """Readable paragraphs of a Markdown text (CommonMark, by markdown-it-py), markup removed.

    Raw HTML in the Markdown is not rendered (its text shows as written, tags dropped),
    images are left out, and the first level-1 heading is the title.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.add_render_rule("image", lambda *_args: "")
    rendered = md.render(_HTML_TAG_RE.sub("", source))
    root = parse_html(f"<html><body>{rendered}</body></html>")
    blocks = element_blocks(root.find("body"))
    h1 = root.find(".//h1")
    title = clean_line(h1.text_content()) if h1 is not None else None
    return ExtractedText.from_blocks(blocks, title or None)


_HTML_TAG_RE = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>", re.DOTALL)
