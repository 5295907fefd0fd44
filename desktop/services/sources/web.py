"""Web pages: the article without the page furniture, its title, author, date and site.

The article is found by trafilatura (in its precision mode, with its own fallbacks),
and by readability-lxml when trafilatura keeps less than half of what readability
finds: measured on 1,301 saved pages with references (three public corpora, see
docs/importing.md), that pair keeps 97 % article words in what it stores and finds
97 % of the article, and leaves out 91 % of the furniture snippets, where either
library alone gives up a point or two on one of those. Both work on lxml trees.

When neither finds an article, the whole visible text is kept and the result says so;
the blocks of the whole page that were not kept are counted, so the person can be told
what was left out (and shown the whole page on request).

The page's title is the visible headline (an ``<h1>``) when the page's metadata
(JSON-LD ``headline``, ``og:title`` or ``<title>``) confirms it, else that metadata with
the site's name taken off -- never the site's name itself, nor a section's ("News"):
then the heading the article starts with (docs/importing.md, "Titles a person would
notice are wrong"). The metadata and the title are read in :mod:`.web_meta`.
"""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from desktop.core.kinds import ParagraphKind
from desktop.core.markup import (
    Block,
    ExtractedText,
    clean_line,
    element_blocks,
    is_hidden,
    parse_html,
)
from desktop.services.sources.web_meta import page_metadata

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

#: readability-lxml is used when trafilatura keeps less than this share of its words.
READABILITY_RATIO = 0.5
#: An article of fewer words than this was not found: the whole page is kept.
MIN_ARTICLE_WORDS = 8

_WORD_RE = re.compile(r"\w+")


def words(blocks: list[Block]) -> int:
    return sum(len(_WORD_RE.findall(b.text)) for b in blocks)


def extract_article(markup: str, url: str = "", *, whole_page: bool = False) -> ExtractedText:
    """The article of an HTML page (or, with ``whole_page``, all its visible text)."""
    root = parse_html(markup)
    _drop_hidden(root)
    body = root.find("body")
    everything = element_blocks(body if body is not None else root)
    if whole_page:
        meta, title = page_metadata(root, url)
        return ExtractedText.from_blocks(everything, title, meta=meta, whole_page=True)
    blocks = _trafilatura_blocks(root, url)
    alternative = _readability_blocks(root)
    if words(blocks) < READABILITY_RATIO * words(alternative):
        log.info("readability-lxml kept %d words where trafilatura kept %d", words(alternative), words(blocks))
        blocks = alternative
    if words(blocks) < MIN_ARTICLE_WORDS:
        log.info("no article found: keeping the whole page (%d blocks)", len(everything))
        meta, title = page_metadata(root, url)
        return ExtractedText.from_blocks(everything, title, meta=meta, whole_page=True)
    # where nothing on the page names the article (only its site or a section), the heading
    # the article starts with does, as for a PDF whose properties name no title
    meta, title = page_metadata(root, url, _leading_headings(blocks, everything))
    # The headline stays in the text, as a heading, where the extractor kept it -- and first
    # where it did not: a page read from a file, from the clipboard or from the web gives the
    # same paragraphs whether or not its metadata confirms the headline as the title (as the
    # bundled and plain-text articles, whose headline is their first paragraph).
    blocks = _with_numbers(_with_headline(blocks, everything, title), everything)
    return ExtractedText.from_blocks(blocks, title, meta=meta,
                                     left_out=_count_left_out(everything, blocks, title))


#: How many blocks of the whole page may stand between the heading an article starts with
#: and its first paragraph (a date, a byline, "Filed under ...").
_HEADING_REACH = 3


def _leading_headings(blocks: list[Block], everything: list[Block]) -> list[str]:
    """The headings the article may start with: its first block, or the page's headings a
    few blocks before its first paragraph where the extractor left them out (a blog's post
    title in an ``<h2>`` above a byline, after the blog's name), first first. A heading
    further down the article ("Related articles") is not the article's."""
    first = blocks[0]
    if first.kind is ParagraphKind.HEADING:
        return [first.text] if len(first.text) <= 300 else []
    wanted = fold_words(first.text)
    for index, block in enumerate(everything):
        if fold_words(block.text) == wanted:
            return [b.text for b in everything[max(0, index - _HEADING_REACH):index]
                    if b.kind is ParagraphKind.HEADING and len(b.text) <= 300]
    return []


def _with_headline(blocks: list[Block], everything: list[Block], title: str | None) -> list[Block]:
    """``blocks`` with the page's headline (the title, when it is one of the page's ``<h1>``)
    in front, unless the extractor kept it near the top."""
    wanted = fold_words(title or "")
    if not wanted or any(fold_words(b.text) == wanted for b in blocks[:3]):
        return blocks
    if not any(b.kind is ParagraphKind.HEADING and fold_words(b.text) == wanted for b in everything):
        return blocks  # a title from the metadata only: shown above the text, not made up in it
    return [Block(ParagraphKind.HEADING, clean_line(title or "")), *blocks]


def _with_numbers(blocks: list[Block], everything: list[Block]) -> list[Block]:
    """``blocks`` with each numbered item's number as the page shows it.

    Neither extractor keeps an ``<ol>``'s ``start``, ``reversed`` or ``type`` or an
    ``<li>``'s ``value``, so a list that continues after a paragraph would start again at
    1: each numbered item takes the number of the page's next numbered item with its
    text, in order (an item the page does not have as one counts on from the one before).
    """
    page = [b for b in everything if b.kind is ParagraphKind.NUMBERED_ITEM]
    found = 0
    result = []
    for block in blocks:
        if block.kind is ParagraphKind.NUMBERED_ITEM:
            at = next((i for i in range(found, len(page)) if page[i].text == block.text), None)
            if at is not None:
                block = block._replace(number=page[at].number, level=page[at].level)
                found = at + 1
        result.append(block)
    return result


def _drop_hidden(root: HtmlElement) -> None:
    """Take out what the page hides from its readers (neither extractor looks at styles)."""
    for element in [e for e in root.iter() if isinstance(e.tag, str) and is_hidden(e)]:
        if element.getparent() is not None:
            element.drop_tree()


def _count_left_out(everything: list[Block], kept: list[Block], title: str | None = None) -> int:
    """Blocks of the whole page whose text is not part of the article (the title, shown
    above the article, is not furniture left out)."""
    kept_text = _fold("\n".join([*(b.text for b in kept), title or ""]))
    return sum(1 for b in everything if _fold(b.text) not in kept_text)


def fold_words(text: str) -> str:
    """A text's words, NFKC and case-folded, one space apart: for telling whether one holds another."""
    return " ".join(_WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold()))


_fold = fold_words


# -- trafilatura ---------------------------------------------------------------------------------

def _trafilatura_blocks(root: HtmlElement, url: str) -> list[Block]:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        document = trafilatura.bare_extraction(
            copy.deepcopy(root), url=url or None, favor_precision=True, include_comments=False,
            include_tables=True, include_images=False, include_formatting=False, include_links=False,
            with_metadata=False, deduplicate=False,
        )
    except Exception:  # trafilatura has many internal failure modes on odd pages; the fallbacks cover them
        log.warning("trafilatura failed on this page", exc_info=True)
        return []
    body = getattr(document, "body", None)
    return list(_tei_blocks(body)) if body is not None else []


def _tei_blocks(body: Any) -> Iterator[Block]:
    """Blocks of trafilatura's output tree (<head>, <p>, <quote>, <list>/<item>, <table>)."""
    for element in body:
        yield from _tei_element(element, None)


def _tei_element(element: Any, inherited: ParagraphKind | None) -> Iterator[Block]:
    tag = element.tag
    if tag == "head":
        yield from _tei_lines(element, ParagraphKind.HEADING)
    elif tag == "quote":
        if any(child.tag in ("p", "list", "head", "quote") for child in element):
            for child in element:
                yield from _tei_element(child, ParagraphKind.QUOTE)
        else:
            yield from _tei_lines(element, ParagraphKind.QUOTE)
    elif tag == "list":
        # trafilatura keeps the list's HTML element as rend="ol" (numbered) or "ul".
        kind = ParagraphKind.NUMBERED_ITEM if element.get("rend") == "ol" else ParagraphKind.LIST_ITEM
        for item in element:
            yield from _tei_element(item, inherited or kind)
    elif tag == "item":
        nested = [child for child in element if child.tag == "list"]
        for child in nested:
            element.remove(child)  # the item's own text first, then its sub-list
        yield from _tei_lines(element, inherited or ParagraphKind.LIST_ITEM)
        for child in nested:
            yield from _tei_element(child, inherited if inherited is not None and not inherited.is_list_item
                                    else None)
    elif tag == "table":
        for row in element.iter("row"):
            text = "\t".join(clean_line("".join(cell.itertext())) for cell in row.iter("cell"))
            if text.strip():
                yield Block(inherited or ParagraphKind.PARAGRAPH, text.strip())
    elif tag in ("p", "code", "div"):
        yield from _tei_lines(element, inherited or ParagraphKind.PARAGRAPH)
    elif tag in ("graphic", "lb"):
        return
    else:
        yield from _tei_lines(element, inherited or ParagraphKind.PARAGRAPH)


def _tei_lines(element: Any, kind: ParagraphKind) -> Iterator[Block]:
    """One block per line of an element; trafilatura marks line breaks as <lb/>."""
    parts: list[str] = []
    for piece in _tei_text(element):
        parts.append(piece)
    for line in "".join(parts).split("\n"):
        text = clean_line(line)
        if text:
            yield Block(kind, text)


def _tei_text(element: Any) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        if child.tag == "lb":
            yield "\n"
        elif child.tag != "graphic":
            yield from _tei_text(child)
        if child.tail:
            yield child.tail


# -- readability-lxml ----------------------------------------------------------------------------

def _readability_blocks(root: HtmlElement) -> list[Block]:
    from lxml import etree
    from readability import Document

    logging.getLogger("readability").setLevel(logging.ERROR)
    try:
        summary = Document(etree.tostring(root, encoding="unicode")).summary(html_partial=True)
    except Exception:  # readability raises its own Unparseable and lxml errors on odd pages
        log.warning("readability-lxml failed on this page", exc_info=True)
        return []
    if not summary.strip():
        return []
    return element_blocks(parse_html(f"<html><body>{summary}</body></html>").find("body"))
