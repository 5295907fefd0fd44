"""From positioned characters to paragraphs: lines, columns, headers and footers, hyphens,
and right-to-left text put back in logical order.

PDF producers write text in any order: Qt writes Arabic in logical order, Chromium in
visual order (left to right, as it is drawn), some write a two-column page row by row.
So nothing here trusts the order of the content stream beyond "characters drawn one
after another belong together": each line is rebuilt from where its glyphs are drawn,
left to right, and a line whose letters are mostly right-to-left is turned from that
visual order into logical order (runs of Latin letters and digits keep their order
inside, as the bidi algorithm laid them out). Presentation forms (the shaped Arabic
letters some producers map glyphs to, U+FB50-U+FEFF, and Latin ligatures) become
standard letters by NFKC.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.kinds import ParagraphKind, label_number
from desktop.core.markup import Block

_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_PRESENTATION_RE = re.compile("[\ufb00-\ufdff\ufe70-\ufeff]+")
_NUMBER_ONLY_RE = re.compile(
    r"^[\W_]*(?:page|seite|страница|стр\.?|صفحة)?[\W_]*\d{1,4}(?:\s*(?:/|of|von|из|من)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d+")
_SENTENCE_END = tuple(".!?؟:;…»\"”’)")


def is_rtl_char(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _RTL_RANGES)


def _klass(text: str) -> str:
    """R (right-to-left letter or mark), L (other letter or digit) or N (neutral) for a cluster."""
    for ch in text:
        if is_rtl_char(ch) and unicodedata.category(ch)[0] in "LM":
            return "R"
        if ch.isalnum():
            return "L"
    return "N"


def standard_letters(text: str) -> str:
    """Presentation forms (shaped Arabic letters, Latin ligatures) as the letters they show."""
    return _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def visual_to_logical(clusters: list[str], rtl: bool, logical: set[int] | None = None) -> str:
    """Clusters of a line in visual order (left to right) as logical text.

    The inverse of the bidi algorithm for the text a line of news holds: letters of
    the other direction form runs; a neutral (space, punctuation) between two
    left-to-right clusters belongs to their run. In a right-to-left line the runs are
    read from the right, and right-to-left runs are read from the right inside.
    Clusters whose index is in ``logical`` are text in logical order already (a PDF's
    /ActualText): placed like the others, their characters are neither reversed nor mirrored.
    """
    logical = logical or set()
    kinds = [_klass(c) for c in clusters]
    resolved = list(kinds)
    for i, k in enumerate(kinds):
        if k != "N":
            continue
        before = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != "N"), "R" if rtl else "L")
        after = next((kinds[j] for j in range(i + 1, len(kinds)) if kinds[j] != "N"), "R" if rtl else "L")
        resolved[i] = "L" if before == after == "L" else ("R" if before == after == "R" else ("R" if rtl else "L"))
    runs: list[tuple[str, list[tuple[int, str]]]] = []
    for index, (cluster, k) in enumerate(zip(clusters, resolved, strict=True)):
        if runs and runs[-1][0] == k:
            runs[-1][1].append((index, cluster))
        else:
            runs.append((k, [(index, cluster)]))
    if rtl:
        runs.reverse()
    parts = []
    for k, items in runs:
        if k == "R":
            parts.append("".join(c if i in logical else c.translate(_MIRROR) for i, c in reversed(items)))
        else:
            parts.append("".join(c for _, c in items))
    return "".join(parts)


@dataclass
class Char:
    """One character as drawn: its text (a glyph may stand for several), box and baseline.

    A space (" ") is one the PDF writes; ``logical`` text is a run the PDF states in
    logical order (its /ActualText), placed where its glyphs are, never reordered.
    """

    text: str
    x0: float
    x1: float
    y0: float  # bottom, in PDF points from the page's bottom
    y1: float
    baseline: float
    size: float
    logical: bool = False
    #: The structure element (tagged PDF) the text belongs to: an identity and its role
    #: (P, H1, ...), for PDFs whose structure is trusted; None otherwise.
    element: tuple[str, tuple[int, ...]] | None = None


@dataclass
class Line:
    """One line of text, logical order, and where it sits on its page."""

    text: str
    x0: float
    x1: float
    top: float  # distance from the page's top, points
    bottom: float
    size: float
    rtl: bool
    page: int = 0
    column: int = 0
    element: tuple[str, tuple[int, ...]] | None = None  # see Char.element


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def _is_mark(text: str) -> bool:
    return all(unicodedata.category(ch) in ("Mn", "Me") for ch in text)


def letters(chars: list[Char]) -> tuple[int, int]:
    """How many right-to-left and how many other letters the characters show."""
    rtl = sum(1 for c in chars for ch in c.text if ch.isalpha() and is_rtl_char(ch))
    return rtl, sum(1 for c in chars for ch in c.text if ch.isalpha()) - rtl


def build_lines(chars: list[Char], page_width: float, page_height: float, page_index: int = 0,
                rtl: bool | None = None) -> list[Line]:
    """Lines of one page from where its characters are drawn (the stream's order is not trusted).

    Characters are grouped by baseline; a wide gap on one baseline separates two
    columns. Combining marks (Arabic vowel signs, which some producers draw with a
    baseline of their own) join the line they sit on; spaces the PDF writes join the
    line and column they are drawn in. ``rtl`` is the document's direction, if known: a
    line goes the other way only when its letters mostly do (more than twice as many),
    so "جندي {NATO}." at the end of an Arabic paragraph stays right-to-left.
    """
    spaces = [c for c in chars if c.text.isspace()]
    bases = [c for c in chars if c.text and not c.text.isspace() and not _is_mark(c.text)]
    marks = [c for c in chars if c.text and not c.text.isspace() and _is_mark(c.text)]
    rows: list[list[Char]] = []
    baseline = 0.0
    for ch in sorted(bases, key=lambda c: -c.baseline):
        if rows and abs(ch.baseline - baseline) <= 0.35 * max(ch.size, rows[-1][0].size, 1.0):
            rows[-1].append(ch)
        else:
            rows.append([ch])
            baseline = ch.baseline
    for mark in marks:
        # A mark joins the row it is drawn on: the same baseline, or its box over the row's text.
        centre = (mark.y0 + mark.y1) / 2
        best = None
        for row in rows:
            size = max(row[0].size, 1.0)
            base = row[0].baseline
            if abs(mark.baseline - base) <= 0.35 * size:
                distance = abs(mark.baseline - base)
            elif base - 0.5 * size <= centre <= base + 1.3 * size:
                distance = size + abs(centre - (base + 0.4 * size))
            else:
                continue
            if not min(c.x0 for c in row) - size <= mark.x0 <= max(c.x1 for c in row) + size:
                continue
            if best is None or distance < best[0]:
                best = (distance, row)
        if best is not None:
            best[1].append(mark)
    for space in spaces:
        row_of = next((row for row in rows if abs(space.baseline - row[0].baseline) <= 0.35 * max(row[0].size, 1.0)),
                      None)
        if row_of is not None:
            row_of.append(space)
    lines = []
    for row in rows:
        for segment in _segments(row):
            line = _line_from(segment, page_height, page_index, rtl)
            if line is not None:
                lines.append(line)
    return lines


def _segments(row: list[Char]) -> list[list[Char]]:
    """A row split where a gap is too wide to be a space between words (a column gutter);
    each space goes with the segment it is drawn in."""
    ordered = sorted((c for c in row if not c.text.isspace()), key=lambda c: c.x0)
    if not ordered:
        return []
    segments: list[list[Char]] = [[ordered[0]]]
    right = ordered[0].x1
    for ch in ordered[1:]:
        if ch.x0 - right > 1.8 * max(ch.size, 1.0) and not _is_mark(ch.text):
            segments.append([ch])
        else:
            segments[-1].append(ch)
        right = max(right, ch.x1)
    extents = [(min(c.x0 for c in segment), max(c.x1 for c in segment)) for segment in segments]
    for space in (c for c in row if c.text.isspace()):
        centre = (space.x0 + space.x1) / 2
        for segment, (x0, x1) in zip(segments, extents, strict=True):
            if x0 <= centre <= x1:
                segment.append(space)
                break
    return segments


@dataclass
class _Cluster:
    """Glyphs drawn as one: a letter, a ligature's letters, and the marks on them."""

    x0: float
    x1: float
    text: str
    logical: bool = False


def _clusters(group: list[Char], rtl: bool) -> list[_Cluster]:
    """Glyph clusters left to right.

    Letters are ordered by where they start; the letters of one ligature glyph start at
    the same place and keep the order the producer wrote them in (logical). A combining
    mark goes with the letter it follows in reading order: in a right-to-left line, the
    nearest letter that starts to its right. A logical run stays a cluster of its own.
    """
    indexed = list(enumerate(group))
    bases = [(i, c) for i, c in indexed if not _is_mark(c.text)]
    marks = [c for c in group if _is_mark(c.text)]
    ordered = [c for _, c in sorted(bases, key=lambda ic: (round(ic[1].x0, 1), ic[0]))]
    clusters: list[_Cluster] = []
    for c in ordered:
        same_start = bool(clusters) and abs(c.x0 - clusters[-1].x0) < 0.5 and not (c.logical or clusters[-1].logical)
        if same_start and c.x0 < clusters[-1].x1 - 0.5 * max(c.x1 - c.x0, 0.1):
            clusters[-1].x1 = max(clusters[-1].x1, c.x1)
            clusters[-1].text += c.text
        else:
            clusters.append(_Cluster(c.x0, c.x1, c.text, c.logical))
    for m in marks:
        if not clusters:
            clusters.append(_Cluster(m.x0, m.x1, m.text))
            continue
        centre = (m.x0 + m.x1) / 2
        if rtl:
            candidates = [cl for cl in clusters if (cl.x0 + cl.x1) / 2 >= centre - 0.5] or clusters
        else:
            candidates = [cl for cl in clusters if (cl.x0 + cl.x1) / 2 <= centre + 0.5] or clusters
        best = min(candidates, key=lambda cl: abs((cl.x0 + cl.x1) / 2 - centre))
        best.text += m.text
        # A mark drawn with an advance of its own takes room that is not a space.
        best.x0, best.x1 = min(best.x0, m.x0), max(best.x1, m.x1)
    for cl in clusters:
        if not cl.logical:
            cl.text = _lam_alef(cl.text)
    return clusters


_ALEFS = "\u0627\u0623\u0625\u0622"


def _lam_alef(text: str) -> str:
    """The lam-alef ligature's letters in their one logical order (producers write them either way)."""
    bases = [ch for ch in text if not _is_mark(ch)]
    if len(bases) == 2 and "\u0644" in bases and any(ch in _ALEFS for ch in bases):
        alef = next(ch for ch in bases if ch in _ALEFS)
        return "\u0644" + alef + "".join(ch for ch in text if _is_mark(ch))
    return text


def _spaced_gaps(clusters: list[_Cluster], spaces: list[Char], size: float) -> set[int]:
    """The gaps (index of the cluster after it) in which the PDF draws a space.

    A space counts where its middle lies between two clusters that leave room between
    them, and not deep inside either: some producers give spaces no width, or draw them
    where they like (Qt's QPdfWriter puts some inside Arabic words, where the letters touch;
    Chromium some at a bracket's origin, a tenth of an em from the letter before it).
    """
    middles = [(cl.x0 + cl.x1) / 2 for cl in clusters]
    tolerance = 0.3 * size
    found = set()
    for space in spaces:
        middle = (space.x0 + space.x1) / 2
        j = bisect.bisect_right(middles, middle)
        if not 0 < j < len(clusters) or clusters[j].x0 - clusters[j - 1].x1 < 0.1 * size:
            continue
        if clusters[j - 1].x1 - tolerance <= middle <= clusters[j].x0 + tolerance:
            found.add(j)
    return found


def _line_from(group: list[Char], page_height: float, page_index: int, document_rtl: bool | None) -> Line | None:
    glyphs = [c for c in group if not c.text.isspace()]
    if not glyphs:
        return None
    size = statistics.median(c.size for c in glyphs)
    rtl_letters, ltr_letters = letters(glyphs)
    if document_rtl is None:
        rtl = rtl_letters > ltr_letters
    else:
        rtl = ltr_letters <= 2 * rtl_letters if document_rtl else rtl_letters > 2 * ltr_letters
    clusters = _clusters(glyphs, rtl)
    # A word ends where the PDF draws a space, or where the gap is wider than a part of
    # the type size: letters of a word touch, and an Arabic letter that does not join the
    # next (alef, dal, ra, waw) leaves a gap of up to a fifth of an em, where a space
    # between words is a fifth to a half (measured on Qt's and Chromium's PDFs in DejaVu
    # and Noto faces). Where the line has spaces of its own, a gap without one must also
    # be most of a space wide: the producer writes its spaces, so a narrower gap is kerning.
    spaced_gaps = _spaced_gaps(clusters, [c for c in group if c.text.isspace()], size)
    threshold = (0.2 if rtl else 0.12) * size
    if spaced_gaps:
        widths = sorted(clusters[j].x0 - clusters[j - 1].x1 for j in spaced_gaps)
        threshold = max(threshold, 0.6 * widths[len(widths) // 2])
    spaced: list[str] = []
    logical: set[int] = set()
    for j, cl in enumerate(clusters):
        if j and (j in spaced_gaps or cl.x0 - clusters[j - 1].x1 > threshold):
            spaced.append(" ")
        if cl.logical:
            logical.add(len(spaced))
        spaced.append(cl.text)
    text = visual_to_logical(spaced, rtl, logical) if rtl_letters else "".join(spaced)
    text = re.sub(r"\s+", " ", standard_letters(text)).strip()
    if not text:
        return None
    elements = Counter(c.element for c in glyphs if c.element is not None)
    return Line(text=text, x0=min(c.x0 for c in glyphs), x1=max(c.x1 for c in glyphs),
                top=page_height - max(c.y1 for c in glyphs), bottom=page_height - min(c.y0 for c in glyphs),
                size=size, rtl=rtl, page=page_index,
                element=elements.most_common(1)[0][0] if elements else None)


# -- pages to paragraphs ---------------------------------------------------------------------------

def remove_running_lines(pages: list[Page], band: float = 0.09) -> int:
    """Take out running headers, footers and page numbers; return how many lines went."""
    def in_band(line: Line, page: Page) -> bool:
        return line.top < band * page.height or line.bottom > (1 - band) * page.height

    counts: Counter[str] = Counter()
    for page in pages:
        seen = {_DIGITS_RE.sub("#", line.text.casefold()) for line in page.lines if in_band(line, page)}
        counts.update(seen)
    threshold = max(2, int(0.4 * len(pages) + 0.5))
    removed = 0
    for page in pages:
        # A page number's row is a running header or footer as a whole ("statement.txt
        # Wed Dec 02 2026 1", as enscript and browsers print them), even on a one-page PDF.
        numbered = [line for line in page.lines if in_band(line, page) and _NUMBER_ONLY_RE.match(line.text)]
        kept = []
        for line in page.lines:
            same_row = any(other is not line and min(other.bottom, line.bottom) - max(other.top, line.top)
                           > 0.5 * min(other.bottom - other.top, line.bottom - line.top) for other in numbered)
            if in_band(line, page) and (_NUMBER_ONLY_RE.match(line.text) or same_row or
                                        (len(pages) >= 2 and
                                         counts[_DIGITS_RE.sub("#", line.text.casefold())] >= threshold)):
                removed += 1
                continue
            kept.append(line)
        page.lines = kept
    return removed


def order_columns(page: Page, rtl: bool) -> list[Line]:
    """The page's lines in reading order: full-width lines and columns, top to bottom.

    A column gutter is an x-range in the middle of the page that no line crosses while
    lines lie on both sides of it; lines beside it are read column by column (from the
    right in a right-to-left document).
    """
    lines = sorted(page.lines, key=lambda ln: (round(ln.top, 1), ln.x0))
    if len(lines) < 6:
        return lines
    gutter = _find_gutter(lines, page.width)
    if gutter is None:
        return lines
    left, right = gutter
    result: list[Line] = []
    band: list[Line] = []

    def flush() -> None:
        columns = [[ln for ln in band if ln.x1 <= right], [ln for ln in band if ln.x0 >= left]]
        if rtl:
            columns.reverse()
        for number, column in enumerate(columns):
            for ln in column:
                ln.column = number
            result.extend(column)
        band.clear()

    for ln in lines:
        crosses = ln.x0 < left and ln.x1 > right
        if crosses:
            flush()
            result.append(ln)
        else:
            band.append(ln)
    flush()
    return result


def _find_gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    bins = 100
    cover = [0] * bins
    for ln in lines:
        a = max(0, int(ln.x0 / width * bins))
        b = min(bins - 1, int(ln.x1 / width * bins))
        for i in range(a, b + 1):
            cover[i] += 1
    lo, hi = int(0.25 * bins), int(0.75 * bins)
    best: tuple[int, int] | None = None
    i = lo
    while i < hi:
        if cover[i] <= max(1, len(lines) // 40):
            j = i
            while j < hi and cover[j] <= max(1, len(lines) // 40):
                j += 1
            if best is None or j - i > best[1] - best[0]:
                best = (i, j)
            i = j
        else:
            i += 1
    if best is None:
        return None
    left = best[0] * width / bins
    right = best[1] * width / bins
    on_left = sum(1 for ln in lines if ln.x1 <= right)
    on_right = sum(1 for ln in lines if ln.x0 >= left)
    if on_left < 3 or on_right < 3:
        return None
    return left, right


def _ends_hyphenated(text: str) -> bool:
    return len(text) > 2 and text[-1] in "-\u00ad\ufffe\u2010" and text[-2].isalpha()


def join_lines(previous: str, following: str) -> str:
    """Two lines of one paragraph: a word broken at the line's end is made whole again."""
    if _ends_hyphenated(previous):
        mark = previous[-1]
        if mark == "\u00ad" or following[:1].islower():
            return previous[:-1] + following
        return previous[:-1] + "-" + following  # a real hyphen: "Gaza-" + "Stabilisierungstruppe"
    return previous + " " + following


_ROLE_KINDS = {"P": ParagraphKind.PARAGRAPH, "BlockQuote": ParagraphKind.QUOTE, "LI": ParagraphKind.LIST_ITEM,
               "LBody": ParagraphKind.LIST_ITEM}


def _role_kind(role: str) -> ParagraphKind | None:
    if role == "H" or (role[:1] == "H" and role[1:].isdigit()):
        return ParagraphKind.HEADING
    return _ROLE_KINDS.get(role)


def paragraphs(lines: list[Line], labels: dict[tuple[str, tuple[int, ...]], str] | None = None) -> list[Block]:
    """Lines in reading order joined into paragraphs; larger type is a heading.

    Lines that belong to structure elements (a tagged PDF whose structure is trusted,
    see Line.element) are one paragraph per element, of the element's kind; a list
    item whose label (``labels``: the item's body element -> its Lbl's text) is a number
    is a numbered item, with that number. Otherwise a
    paragraph ends where the gap to the next line is clearly wider than the line
    spacing, where the type size changes, where a line stops well short of the
    column's end after a sentence, or where the next line is indented.
    """
    if not lines:
        return []
    body_size = Counter(round(ln.size) for ln in lines for _ in range(max(1, len(ln.text)))).most_common(1)[0][0]
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)
            if a.page == b.page and a.column == b.column and 0 <= b.top - a.bottom < 3 * body_size
            and round(a.size) == round(b.size) == body_size]
    spacing = statistics.median(gaps) if gaps else 0.3 * body_size
    column_edges = _column_edges(lines)
    blocks: list[Block] = []
    current: list[str] = []
    current_kind = ParagraphKind.PARAGRAPH
    current_element: tuple[str, tuple[int, ...]] | None = None

    def flush() -> None:
        if current:
            text = current[0]
            for nxt in current[1:]:
                text = join_lines(text, nxt)
            kind, number = current_kind, None
            if kind is ParagraphKind.LIST_ITEM and labels and current_element in labels:
                number = label_number(labels[current_element])
                kind = ParagraphKind.NUMBERED_ITEM if number is not None else kind
            blocks.append(Block(kind, text.replace("\ufffe", "-").replace("\u00ad", ""), number))
            current.clear()

    previous: Line | None = None
    for ln in lines:
        # Larger type is a heading. (Bold is not: PDFium reports the weight of many
        # embedded fonts wrongly.)
        heading = len(ln.text) < 250 and ln.size >= 1.15 * body_size
        kind = ParagraphKind.HEADING if heading else ParagraphKind.PARAGRAPH
        if ln.element is not None:
            kind = _role_kind(ln.element[0]) or kind
        if previous is None:
            current_kind, current_element = kind, ln.element
            current.append(ln.text)
            previous = ln
            continue
        if ln.element is not None and previous.element is not None:
            new = ln.element != previous.element  # (also across page and column breaks)
        else:
            new = kind != current_kind or abs(ln.size - previous.size) > 0.15 * body_size
        if not new and (ln.element is None or previous.element is None):
            if ln.page != previous.page or ln.column != previous.column:
                # Across a page or column break only the last line tells: one that stops
                # after a sentence, or far short of the column's end (a subhead).
                new = _ends_paragraph(previous, column_edges) or _ends_paragraph(previous, column_edges, 0.3, False)
            else:
                gap = ln.top - previous.bottom
                new = gap > spacing + max(0.3 * body_size, 0.6 * spacing) or gap < -body_size
                new = new or _ends_paragraph(previous, column_edges) or _indented(ln, column_edges)
        if new:
            flush()
            current_kind, current_element = kind, ln.element
        current.append(ln.text)
        previous = ln
    flush()
    return blocks


def _column_edges(lines: list[Line]) -> dict[tuple[int, int], tuple[float, float]]:
    """Where the text of each column of each page starts and ends (the common edges)."""
    edges: dict[tuple[int, int], tuple[float, float]] = {}
    groups: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        groups.setdefault((ln.page, ln.column), []).append(ln)
    for key, group in groups.items():
        lefts = sorted(ln.x0 for ln in group)
        rights = sorted(ln.x1 for ln in group)
        edges[key] = (lefts[len(lefts) // 10], rights[-1 - len(rights) // 10])
    return edges


def _ends_paragraph(line: Line, edges: dict[tuple[int, int], tuple[float, float]], short_by: float = 0.12,
                    sentence: bool = True) -> bool:
    """A line that stops well before its column's end (after the end of a sentence, unless
    ``sentence`` is False)."""
    left, right = edges.get((line.page, line.column), (line.x0, line.x1))
    width = max(right - left, 1.0)
    short = (line.x0 - left if line.rtl else right - line.x1) > short_by * width
    return short and (not sentence or line.text.endswith(_SENTENCE_END))


def _indented(line: Line, edges: dict[tuple[int, int], tuple[float, float]]) -> bool:
    left, right = edges.get((line.page, line.column), (line.x0, line.x1))
    indent = right - line.x1 if line.rtl else line.x0 - left
    return 0.8 * line.size < indent < 6 * line.size
