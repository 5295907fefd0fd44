"""A web page's metadata: author, date, site, canonical address, declared language, and
the article's title (see :mod:`desktop.services.sources.web` and docs/importing.md).

The title is the visible headline (an ``<h1>``) when the page's metadata confirms it, else
that metadata with the site's name taken off -- never the site's name itself, nor a
section's ("News"): then the heading the article starts with.
"""

from __future__ import annotations

import copy
import html
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from desktop.core.markup import SourceMeta, clean_line, declared_language, html_title

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_WORD_RE = re.compile(r"\w+")
#: Chinese, Japanese and Korean letters and punctuation (full-width forms too).
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
#: Between CJK letters a hyphen joins no words: unspaced, it separates ("...城！-新华网").
_TITLE_SEPARATORS = re.compile(rf"\s+(?:[|\-–—·•»«›/│]|::)\s+|\s*[|_»│]\s*|(?<=[{_CJK}])[-－](?=[{_CJK}])")
#: A separator with nothing after it (or before it): "National Rail Enquiries -" is a
#: template's "<site> - <title>" with the title left empty.
_DANGLING_SEPARATOR = re.compile(r"^\s*(?:[|\-–—·•›/│_]|::)\s+|\s+(?:[|\-–—·•›/│_:]|::)\s*$")
#: Quotation marks a headline may continue with.
_QUOTES = "\"'“”„‟«»‹›‘’‚「『"
#: Names of a site's sections and pages that a template puts where the article's title goes
#: ("News - Eawag", "blog | Echte Demokratie"): they name no article. (A page's own name,
#: "About us" or "Impressum" on that page, is its title: those are not listed.)
_SECTION_NAMES = tuple(name.strip() for name in """
home, homepage, start, startseite, accueil, inicio, portada, главная, الرئيسية, news, latest news,
nachrichten, aktuelles, aktuell, neuigkeiten, meldungen, actualités, noticias, notizie, новости, أخبار,
blog, blogs, weblog, sections, menu, menü, navigation, search, suche, archive, archiv, press releases,
pressemitteilungen, medienmitteilungen, articles, artikel, posts, beiträge, quicklinks, category,
kategorie, tags, index""".split(","))


# -- metadata ------------------------------------------------------------------------------------

def page_metadata(root: HtmlElement, url: str = "", article_headings: Sequence[str] = (),
                  ) -> tuple[SourceMeta, str | None]:
    """Author, date, site, canonical URL and declared language; and the article's title
    (one of ``article_headings``, the headings the extracted article may start with, where
    the page names only its site or a section)."""
    ld = _json_ld(root)
    site = clean_line(_meta(root, "og:site_name", "application-name") or _ld_name(ld.get("publisher")) or "")
    canonical = _canonical(root) or url
    meta = SourceMeta(
        author=_author(root, ld),
        published=_published(root, ld),
        site=site,
        url=canonical,
        language=declared_language(root),
    )
    return meta, choose_title(root, ld, site, canonical or url, article_headings)


def _meta(root: HtmlElement, *names: str) -> str:
    """The first non-empty ``<meta>`` value under one of ``names``, in the order asked.

    RDFa lets one ``property`` carry several names (``property="og:title twitter:title"``),
    and Dublin Core is written ``DC.title`` as well as ``dc:title``: names are compared as
    whitespace-separated, case-folded tokens.
    """
    keyed: list[tuple[set[str], str]] = []
    for element in root.iterfind(".//meta"):
        value = (element.get("content") or "").strip()
        if not value:
            continue
        written = " ".join(element.get(attr) or "" for attr in ("property", "name", "itemprop"))
        keyed.append((set(written.lower().split()), value))
    for name in names:
        for keys, value in keyed:
            if name in keys:
                return value
    return ""


#: What pages wrap a script's JSON in for old parsers: ``<![CDATA[ ... ]]>`` (often behind
#: ``//``) and ``<!-- ... -->``; JSON itself never holds these outside strings at its edges.
_JSON_WRAPPER_RE = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _json_ld(root: HtmlElement) -> dict[str, Any]:
    """The page's first JSON-LD object that describes an article (or any, failing that)."""
    found: list[dict[str, Any]] = []
    for script in root.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(_JSON_WRAPPER_RE.sub("", script.text))
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack and len(found) < 50:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
                found.append(item)
    for item in found:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and (k.endswith("Article") or k in ("BlogPosting", "Report")) for k in kinds):
            return item
    return next((item for item in found if "headline" in item), {})


def _ld_name(value: Any) -> str:
    if isinstance(value, list):
        names = [_ld_name(v) for v in value]
        return ", ".join(n for n in names if n)
    if isinstance(value, dict):
        name = value.get("name")
        return name.strip() if isinstance(name, str) else ""
    return value.strip() if isinstance(value, str) else ""


def _author(root: HtmlElement, ld: dict[str, Any]) -> str:
    author = _ld_name(ld.get("author")) or _meta(root, "author", "article:author", "dc.creator", "byl",
                                                 "parsely-author")
    author = clean_line(author)
    if author.lower().startswith("by "):
        author = author[3:]
    if author.startswith(("http://", "https://")):  # article:author is often a profile URL
        return ""
    return author[:200]


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def _published(root: HtmlElement, ld: dict[str, Any]) -> str:
    """The publication date the page declares, ISO 8601; htmldate's search when it declares none."""
    candidates = [ld.get("datePublished"), _meta(root, "article:published_time", "datepublished", "dc.date",
                                                 "date", "pubdate", "publishdate", "og:published_time")]
    for element in root.iterfind(".//time"):
        candidates.append(element.get("datetime"))
        break
    for value in candidates:
        if isinstance(value, str):
            match = _DATE_RE.search(value)
            if match:
                return match.group(0).replace(" ", "T")
    try:
        from htmldate import find_date

        found = find_date(copy.deepcopy(root), extensive_search=False, original_date=True)
    except Exception:  # htmldate is a best effort; a date is not worth failing an import for
        return ""
    return found or ""


def _canonical(root: HtmlElement) -> str:
    for element in root.iterfind(".//link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            href = (element.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    value = _meta(root, "og:url")
    return value if value.startswith(("http://", "https://")) else ""


def _norm(text: str) -> str:
    return " ".join(_WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold()))


_SECTION_WORDS = frozenset(" ".join(_WORD_RE.findall(name.casefold())) for name in _SECTION_NAMES)


def is_section_name(text: str) -> bool:
    """Whether a title is only the name of a site's section ("News", "Startseite",
    "Medienmitteilungen"), which a template set where the article's title goes."""
    return _norm(text) in _SECTION_WORDS


def _is_section_path(text: str) -> bool:
    """Whether a title is the path to a section, as a breadcrumb reads ("Synchronschwimmen -
    Aktuelles - Synchronschwimmen | Deutscher Schwimm-Verband"): a section's name among
    its parts, and a part said twice, which no headline does."""
    parts = [_norm(p) for p in _TITLE_SEPARATORS.split(text)]
    return len(parts) >= 3 and any(p in _SECTION_WORDS for p in parts) and len(set(parts)) < len(parts)


def _bare(text: str) -> str:
    """:func:`_norm` without accents and spaces ("Nestlé Family" and nestle-family.com match)."""
    decomposed = unicodedata.normalize("NFKD", _norm(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace(" ", "")


def _site_like(segment: str, site: str, url: str) -> bool:
    """Whether a piece of a title is the site's name rather than the article's."""
    seg = _bare(segment)
    if not seg:
        return True
    name = _bare(site)
    # "CNN" for "CNN Arabic", "Example News Online" for "Example News"; not a headline that
    # merely names the site ("Introducing Jane Doe, New CEO at Experience" on Experience's site)
    if name and (seg == name or (len(seg) >= 3 and (seg in name or (name in seg and len(seg) <= 2 * len(name))))):
        return True
    host = re.sub(r"^https?://(www\d?\.)?", "", _original_address(url).lower()).split("/")[0]
    labels = [label for label in host.split(".")[:-1] if len(label) >= 3]
    # addresses spell umlauts out ("Müritzurlauber" at mueritzurlauber.de)
    spelled = _bare(segment.translate(_SPELLED_OUT))
    return (any(label.replace("-", "") in seg or label.replace("-", "") in spelled for label in labels)
            and len(seg) <= 3 * max(map(len, labels)))


_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
#: A page saved from the Wayback Machine links to its site through the archive's address.
_WAYBACK_RE = re.compile(r"^https?://web\.archive\.org/web/[^/]+/", re.IGNORECASE)


def _original_address(url: str) -> str:
    """An address without the Wayback Machine's prefix."""
    return _WAYBACK_RE.sub("", url)


def strip_site_name(title: str, site: str | tuple[str, ...], url: str) -> str:
    """A title without the site's name before or after it ("Headline - Site" -> "Headline");
    ``site`` is its name, or several (from the metadata and the page's home link)."""
    sites = (site,) if isinstance(site, str) else site
    title = clean_line(title)
    # the names the page gives itself, word for word, also where they hold separators
    # ("Salsa-Figuren - Rueda in Berlin") or follow a spaced colon ("Muffin Grundrezept :
    # Muffin Rezepte"; not a separator otherwise: French headlines are written with it)
    separator = rf"(?:{_TITLE_SEPARATORS.pattern}|\s+:\s+)"
    for name in sites[1:]:
        if name:
            # and the site's motto and the like after it ("... : Krimiblog-Archiv |
            # Ermittlungen zum Verfall eines Genres | Gegründet 2005")
            title = re.sub(rf"{separator}{re.escape(name)}(?:{separator}.*)?$", "", title)
            title = re.sub(rf"^{re.escape(name)}{separator}", "", title)
    pieces = _TITLE_SEPARATORS.split(title)
    if len(pieces) < 2:
        return _unglued(title, sites)
    separators = _TITLE_SEPARATORS.findall(title)
    start, end = 0, len(pieces)
    while end - start > 1 and _site_like_any(pieces[end - 1], sites, url):
        end -= 1
    while end - start > 1 and _site_like_any(pieces[start], sites, url):
        start += 1
    kept = pieces[start]
    for i in range(start + 1, end):
        kept += separators[i - 1] + pieces[i]
    return _unglued(kept.strip(), sites)


def _site_like_any(segment: str, sites: tuple[str, ...], url: str) -> bool:
    """:func:`_site_like` for the site's declared name (the first) and, word for word only,
    the other names the page gives itself (its home link, a template's empty title)."""
    if _site_like(segment, sites[0] if sites else "", url):
        return True
    bare = _bare(segment)
    return any(bare == _bare(name) for name in sites[1:])


def _unglued(title: str, sites: tuple[str, ...]) -> str:
    """A title without a site's name of several words glued to its end with no separator
    ("Truckwash A31Das etwas andere Branchenbuch", a template that forgot its " | ")."""
    for name in sites:
        if (len(name.split()) >= 2 and title.endswith(name) and len(title) > len(name)
                and not title[-len(name) - 1].isspace() and _WORD_RE.search(title[:-len(name)])):
            return title[:-len(name)].strip()
    return title


def _without_dangling(title: str) -> str:
    """A title without a separator that has nothing on its other side ("Heizjacken von
    Bosch -", "| Headline"): a template's "<title> - <site>" with one of the two left empty."""
    return clean_line(_DANGLING_SEPARATOR.sub("", title))


def _home_link_name(h1: HtmlElement) -> str:
    """The text of an ``<h1>`` that is only a link to the site's home page (a logo or the
    site's name at the top of every page), or ""."""
    links = list(h1.iter("a"))
    if len(links) != 1:
        return ""
    link = links[0]
    text = clean_line(link.text_content()) or clean_line(link.get("title") or "")
    if clean_line(h1.text_content()) not in ("", clean_line(link.text_content())):
        return ""
    return text if _is_home_address(link) else ""


def _home_link_texts(body: HtmlElement | None, url: str) -> list[str]:
    """The names of the site that its links to its home page give (a breadcrumb's first
    step, a logo's caption: "新华网"), short ones only, first seen first. A link to another
    site's home page names that site: a link written out in full counts only where it
    leads to the host of the page's address."""
    if body is None:
        return []
    host = _host(url)
    names = []
    for link in body.iter("a"):
        href = _original_address((link.get("href") or "").strip())
        if _is_home_address(link) and (not href.startswith(("http://", "https://")) or (host and _host(href) == host)):
            text = clean_line(link.text_content())
            if text and len(text) <= 40 and not is_section_name(text):
                names.append(text)
    return names


def _host(url: str) -> str:
    """An address's host without "www." (the Wayback Machine's prefix taken off)."""
    return re.sub(r"^https?://(www\d?\.)?", "", _original_address(url).lower()).split("/")[0]


def _is_home_address(link: HtmlElement) -> bool:
    """Whether a link leads to the site's home page."""
    href = _original_address((link.get("href") or "").strip())
    return ("home" in (link.get("rel") or "").lower().split() or href in ("/", "./", "index.html")
            or bool(re.fullmatch(r"https?://[^/?#]+/?", href)))


def _heading_text(h1: HtmlElement) -> tuple[str, list[str]]:
    """An ``<h1>``'s text and the texts of its elements, without what its ``<style>`` and
    ``<script>`` hold. Where an element holding a phrase ends right where the next begins
    with a capital or a quotation mark ("<span>Die Zukunft der Arbeit</span>"Wir ...),
    the two are a kicker and a headline that the page sets apart by style: a space
    goes between them (never inside a word: "<b>Trump</b>s" stays one)."""
    pieces = [t for t in _texts(h1) if t]
    text = ""
    for piece in pieces:
        if (text and not text[-1].isspace() and not piece[0].isspace() and " " in text.strip()
                and (text[-1].isalnum() or text[-1] in _QUOTES) and (piece[0].isupper() or piece[0] in _QUOTES)):
            text += " "
        text += piece
    return clean_line(text), [p for p in (clean_line(t) for t in pieces) if p]


def _texts(element: HtmlElement) -> Iterator[str]:
    """An element's texts in order, leaving out what ``<style>`` and ``<script>`` hold."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag not in ("style", "script", "noscript"):
            yield from _texts(child)
        if child.tail:
            yield child.tail


def _completed(candidates: list[str]) -> list[str]:
    """Candidates cut short at a quotation mark (a publishing system writing
    ``content="... de "incapacitado""``) replaced by the one that goes on with the quotation."""
    out = []
    for candidate in candidates:
        longer = [c for c in candidates if len(c) > len(candidate) and c.startswith(candidate)
                  and c[len(candidate):].lstrip()[:1] in _QUOTES]
        out.append(longer[0] if longer else candidate)
    return out


def _similar(a: str, b: str) -> bool:
    """Two titles that say the same (one may carry a little more, like a section name)."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    return short in long and len(short) >= 0.6 * len(long)


#: Where pages declare their article's title besides JSON-LD, one title per record:
#: bibliographic (Dublin Core) before the card written for sharing (Open Graph, with the
#: Twitter card's title only where there is no Open Graph one: it is the same card, often
#: reworded for one network) and analytics (Parse.ly). The first is taken when none of
#: them confirms a visible headline.
_DECLARED_TITLES = (("dc.title", "dc:title", "dcterms.title", "dcterms:title"), ("og:title", "twitter:title"),
                    ("parsely-title",))


def choose_title(root: HtmlElement, ld: dict[str, Any], site: str, url: str,
                 article_headings: Sequence[str] = ()) -> str | None:
    """The article's title (see the module docstring). The first of ``article_headings``
    (the headings the extracted article may start with) that is no name is the title when
    the page names only its site or a section of it, or names a page of the site's menu
    while the article has a headline of its own; None when nothing names it (the importer
    then takes the start of its first sentence)."""
    body = root.find("body")
    declared = [_repaired(clean_line(_unescape(v)))
                for v in (ld.get("headline"), *(_meta(root, *n) for n in _DECLARED_TITLES))
                if isinstance(v, str) and v.strip()]
    page_title = _without_dangling(_repaired(html_title(root)))
    menu = _menu_entries(body) if body is not None else frozenset()
    written = [t for t in (_without_dangling(v) for v in [*declared, page_title]) if t]
    h1s = list(body.iter("h1")) if body is not None else []
    home_names = (_repaired(n) for n in (_home_link_name(h1) for h1 in h1s) if n)
    names = tuple(dict.fromkeys([_repaired(site), *home_names]))
    # other links home name the site too, but a home page's own title often says just that
    # ("Willkommen!", "pix-bavaria"): they come off titles, and do not make a title no title
    off = tuple(dict.fromkeys([*names, *_home_link_texts(body, url)]))

    def no_title(text: str) -> bool:
        """Only the site's name (or what looks like it) or a section's, or a path of sections."""
        return _site_like_any(text, names, url) or is_section_name(text) or _is_section_path(text)

    def only_a_name(text: str) -> bool:
        """Word for word the site's name, or a section's: a headline that merely looks like
        the site's name ("15 Jahre rete-mirabile.net") still counts where the metadata says it."""
        return is_section_name(text) or any(_bare(text) == _bare(n) for n in names if n)

    article_heading = next((h for h in article_headings if not no_title(h)), None)
    visible: list[tuple[str, list[str]]] = []
    for h1 in h1s:
        text, pieces = _heading_text(h1)
        if text and len(text) <= 300 and not only_a_name(text):
            visible.append((text, pieces))
        if len(visible) >= 12:
            break
    stated = [c for c in _completed([strip_site_name(t, off, url) for t in written]) if c and not only_a_name(c)]
    candidates = [c for c in stated if not no_title(c)]
    headings = [h for h in visible if not no_title(h[0])]
    for heading, pieces in visible:
        confirmed = [c for c in stated if _similar(heading, c)]
        if confirmed:
            within = _headline_within(pieces, confirmed)
            if within:
                return within
            # a kicker and headline in separate elements: as the metadata writes them together
            same = [c for c in confirmed if len(pieces) > 1 and _norm(c) == _norm(heading)
                    and _separations(c) > _separations(heading)]
            return same[0] if same else heading
    if candidates:
        # a page's name in the site's menu ("About Us", "Gaspreise") names where the article
        # is, not the article, when the article has a headline of its own
        if _norm(candidates[0]) in menu:
            headline = next((h for h, _ in headings if _norm(h) not in menu), None)
            if headline is None:
                headline = article_heading
            if headline is not None and _norm(headline) not in menu:
                return headline
        return candidates[0]
    # nothing declared names the article: the heading it starts with, before an <h1>
    # elsewhere on the page (a sidebar's "Unsere Partner")
    if article_heading is not None and headings:
        same = [h for h, _ in headings if _norm(h) == _norm(article_heading)]
        return same[0] if same else article_heading
    if headings:
        return headings[0][0]
    # every piece of the <title> looks like the site's: the whole of it, unless it is only that
    if page_title and not no_title(strip_site_name(page_title, names, url)):
        return page_title
    # the article's heading that is no name (not a kicker "ICON" on ICON Magazine), or the
    # one the <title> says too (a page whose metadata gives its headline as the site's name)
    if article_heading is None and article_headings and _norm(article_headings[0]) == _norm(page_title):
        return article_headings[0]
    return article_heading


#: A menu's entries are short: a section or a page of the site, not a headline.
_MENU_ENTRY_WORDS = 3


def _menu_entries(body: HtmlElement) -> frozenset[str]:
    """The names of the site's pages and sections in its navigation (links in ``<nav>``,
    or in a list's items), as :func:`_norm` writes them; only short ones."""
    entries = set()
    for link in body.iter("a"):
        # not a list of posts ("Popular posts", the blog's archive), not the home link (the
        # site's name: a home page's title)
        if not any(a.tag == "nav" for a in link.iterancestors()) or _is_home_address(link):
            continue
        name = _norm(link.text_content())
        if name and len(name.split()) <= _MENU_ENTRY_WORDS:
            entries.add(name)
    return frozenset(entries)


def _repaired(title: str) -> str:
    """A declared title without the mojibake its site wrote into it ("NPCÂ´s": UTF-8 read as
    Windows-1252 and stored again); ftfy undoes only such misreadings, nothing else."""
    if not title.isascii():
        import ftfy

        return str(ftfy.fix_encoding(title))
    return title


def _separations(title: str) -> int:
    """How many separators (and colons) a title sets between its parts."""
    return len(_TITLE_SEPARATORS.findall(title)) + title.count(": ")


def _headline_within(pieces: list[str], declared: list[str]) -> str | None:
    """The part of a composite ``<h1>`` that the metadata names as the title.

    News pages often set a kicker, a dateline or a standfirst in the same ``<h1>`` as
    the headline, each in its own element ("<span>Interne Unterlagen im Netz</span>
    <span>Daten von Rheinmetall gehackt</span>"); when the page's metadata gives exactly
    the run of those elements that is the headline, that run is the title. The cut is
    only ever made between elements, never inside one.
    """
    if len(pieces) < 2:
        return None
    wanted = {_norm(d) for d in declared}
    for size in range(len(pieces) - 1, 0, -1):
        for start in range(len(pieces) - size + 1):
            run = pieces[start:start + size]
            if _norm(" ".join(run)) in wanted:
                return clean_line(" ".join(run))
    return None


def _unescape(value: str) -> str:
    """A metadata value with the entities a publishing system escaped twice ("&amp;#038;")
    written out: the parser already decoded the first level."""
    return html.unescape(value) if "&" in value else value
