"""The highlights in a reader: how one is drawn (:func:`highlight_format`, the translation
view's too), which are where, which one is current, which carry a link marker, and what
their tooltips say.

:class:`ReaderHighlights` keeps them for desktop.ui.reader.ReaderView, which hands the
ones near the screen to Qt as extra selections (``_refresh_selections``).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from desktop.ui.link_markers import marker_places
from desktop.ui.theme import colors, highlight_fill

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtCore import QPoint, QRect, Signal
    from PySide6.QtGui import QTextCursor, QTextDocument

    from desktop.storage.annotations import AnnotationData

    _TextEdit = QTextEdit
else:
    _TextEdit = object

# QToolTip is imported where used: not needed for the first frame.

# Colours come from the theme (desktop.ui.theme.colors()). Highlights are translucent,
# so where two overlap both stay visible (and darker).


def _highlight_order(a: AnnotationData) -> tuple[int, int, str]:
    return (a.start, a.end, a.id)


def highlight_format(color: str, *, current: bool = False, noted: bool = False) -> QTextCharFormat:
    """How a highlight is drawn: the same fill however it came (new, after undo or redo,
    after a restart); the current one (clicked, or just made) is also underlined, in a
    shade of its own colour (darker on the light page, lighter on the dark one). One
    whose note is not shown beside it (``noted``: the margin is off, or the pane too
    narrow for it) has a dotted underline instead of a solid one -- in the text's own
    colour, which reads on every highlight colour in the light and the dark theme, or
    in that shade while it is the current one (so selecting it does not hide that it
    has a note); hovering it shows the note."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(highlight_fill(color)))
    if current:
        base = QColor(color)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if noted
                              else QTextCharFormat.UnderlineStyle.SingleUnderline)
        # Half the colour reads on white; on the dark page it vanishes, the colour itself reads.
        fmt.setUnderlineColor(base.lighter(115) if colors().dark
                              else QColor(base.red() // 2, base.green() // 2, base.blue() // 2))
    elif noted:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(colors().ink)
    return fmt


def rich_tooltip(descriptions: list[str]) -> str:
    """Descriptions of highlights as a tooltip: rich text, which Qt wraps at a reader's
    line length instead of running one line off the screen; each paragraph in its own
    direction (an Arabic quote and an English note both read right), a rule between two."""
    from html import escape

    from desktop.core.direction import paragraph_direction

    parts = []
    for description in descriptions:
        lines = [line for line in description.split("\n")]
        paragraphs = [f'<p dir="{"rtl" if paragraph_direction(line).is_rtl else "ltr"}" style="margin:0">'
                      f"{escape(line) if line.strip() else '&nbsp;'}</p>" for line in lines]
        parts.append("".join(paragraphs))
    return "<qt>" + "<hr/>".join(parts) + "</qt>"



class _HighlightTips(QObject):
    """Shows what is known of the highlights under the mouse (colour meaning, tags, note,
    links) when it rests on the text; in Compare mode, elsewhere in a linked passage (a
    link made on a few words lights their whole sentences), the links of the passage;
    elsewhere no tooltip."""

    def __init__(self, view: ReaderHighlights) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        assert isinstance(event, QHelpEvent)
        view = self._view
        offset = view.offset_at(event.pos())
        under = view.annotations_at(offset)
        on_marker = set(view.link_marker_ids_at(event.pos()))
        if on_marker:  # a link marker: the linked highlights that end on its line
            under = [a for a in view.highlights if a.id in on_marker]
        # In Compare mode, off a highlight (which names its own links): the passage's links.
        tips = [] if under else view.compare_tips_at(offset)
        if under or tips:
            QToolTip.showText(event.globalPos(), view.tooltip_for(under, tips), view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True


class ReaderHighlights(_TextEdit):
    """Mixin for the reader (desktop.ui.reader.ReaderView): its highlights, sorted by start,
    with what finds them fast (their starts, ids and the longest one's length), the current
    one, the linked ones and their markers, and the tooltip that shows over them."""

    _highlights: list[AnnotationData]  # sorted by start
    _highlight_order: list[tuple[int, int, str]]
    _highlight_starts: list[int]
    _highlight_ids: set[str]
    _longest_highlight: int
    _linked: set[str]
    _selected_annotation: str | None
    _tips: _HighlightTips | None
    describe_annotation: Callable[[AnnotationData], str]

    if TYPE_CHECKING:
        highlightsChanged: Signal

        def cursor_for(self, start: int, end: int, document: QTextDocument | None = None) -> QTextCursor: ...
        def offset_at(self, pos: QPoint) -> int: ...
        def scroll_to_range(self, start: int, end: int) -> None: ...
        def compare_tips_at(self, offset: int) -> list[str]: ...
        def _refresh_selections(self) -> None: ...
        def _in_window(self, items: list[AnnotationData], starts: list[int],
                       longest: int) -> list[AnnotationData]: ...

    # -- highlights --------------------------------------------------------------------

    def set_annotations(self, annotations: list[AnnotationData], linked_ids: set[str] | None = None) -> None:
        """Show these annotations (AnnotationData) as highlights; ``linked_ids`` get a marker."""
        self._highlights = sorted((a for a in annotations if a.state == "anchored"), key=_highlight_order)
        self._highlight_order = [_highlight_order(a) for a in self._highlights]
        self._index_highlights()
        self._linked = set(linked_ids or ())
        self._install_tips()
        if self._selected_annotation not in {a.id for a in self._highlights}:
            self._selected_annotation = None
        self._refresh_selections()
        self.highlightsChanged.emit()

    def update_annotations(self, changed: list[AnnotationData],
                           removed: set[str] | frozenset[str] = frozenset()) -> None:
        """Some annotations were made, changed or deleted: put only those right.

        ``changed`` are the new states (AnnotationData) of annotations of this document;
        ``removed``, ids of annotations no longer on it (deleted, or moved away).
        """
        gone = set(removed) | {a.id for a in changed}
        if gone & self._highlight_ids:
            keep = [i for i, a in enumerate(self._highlights) if a.id not in gone]
            self._highlights = [self._highlights[i] for i in keep]
            self._highlight_order = [self._highlight_order[i] for i in keep]
        for a in changed:
            if a.state != "anchored":
                continue
            key = _highlight_order(a)
            at = bisect.bisect_right(self._highlight_order, key)
            self._highlights.insert(at, a)
            self._highlight_order.insert(at, key)
        self._index_highlights()
        self._install_tips()
        if self._selected_annotation not in self._highlight_ids:
            self._selected_annotation = None
        self._refresh_selections()
        self.highlightsChanged.emit()

    def set_linked(self, linked_ids: set[str]) -> None:
        """The annotations that carry a link marker."""
        if linked_ids != self._linked:
            self._linked = set(linked_ids)
            self.viewport().update()
            self.highlightsChanged.emit()

    @property
    def linked_ids(self) -> set[str]:
        """The highlights that carry a link marker."""
        return set(self._linked)

    def _index_highlights(self) -> None:
        self._highlight_starts = [a.start for a in self._highlights]
        self._highlight_ids = {a.id for a in self._highlights}
        self._longest_highlight = max((a.end - a.start for a in self._highlights), default=0)

    def _install_tips(self) -> None:
        if self._tips is None:  # from the first annotations on (not needed to show the text)
            self._tips = _HighlightTips(self)
            self.viewport().installEventFilter(self._tips)

    @property
    def highlights(self) -> list[AnnotationData]:
        return list(self._highlights)

    def select_annotation(self, annotation_id: str | None, *, scroll: bool = False) -> None:
        changed = annotation_id != self._selected_annotation
        self._selected_annotation = annotation_id
        self._refresh_selections()
        if changed:
            self.highlightsChanged.emit()
        annotation = next((a for a in self._highlights if a.id == annotation_id), None)
        if annotation is not None and scroll:
            self.scroll_to_range(annotation.start, annotation.end)

    @property
    def selected_annotation(self) -> str | None:
        return self._selected_annotation

    def annotations_at(self, offset: int) -> list[AnnotationData]:
        """The highlights that cover document offset ``offset`` (innermost last)."""
        first = bisect.bisect_left(self._highlight_starts, offset - self._longest_highlight)
        last = bisect.bisect_right(self._highlight_starts, offset)
        return [a for a in self._highlights[first:last] if a.start <= offset < a.end]

    def note_anchors(self) -> list[tuple[AnnotationData, float]]:
        """The highlights with a note that are on screen, each with the height (viewport
        coordinates) where its passage starts; the top, for one that starts above it."""
        height = self.viewport().height()
        result = []
        for a in self._in_window(self._highlights, self._highlight_starts, self._longest_highlight):
            if not a.note.strip():
                continue
            top = self.cursorRect(self.cursor_for(a.start, a.start)).top()
            if top > height:
                continue
            if top < 0 and self.cursorRect(self.cursor_for(a.end, a.end)).bottom() < 0:
                continue
            result.append((a, float(max(top, 0))))
        return result

    # -- link markers ----------------------------------------------------------------

    def link_markers(self) -> list[tuple[QRect, list[str]]]:
        """The link markers on screen: one in the margin where a line's text ends, beside
        each line on which a linked highlight ends, with the ids of those highlights."""
        if not self._linked:
            return []
        ends = [(a.id, self.cursor_for(a.end, a.end)) for a in
                self._in_window(self._highlights, self._highlight_starts, self._longest_highlight)
                if a.id in self._linked]
        return marker_places(self, ends)

    def link_marker_at(self, pos: QPoint) -> str | None:
        """The linked highlight whose marker is at ``pos`` (the first on that line), if any."""
        for rect, ids in self.link_markers():
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                return ids[0]
        return None

    def link_marker_ids_at(self, pos: QPoint) -> list[str]:
        for rect, ids in self.link_markers():
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                return ids
        return []

    def tooltip_for(self, annotations: list[AnnotationData], tips: Sequence[str] = ()) -> str:
        """The tooltip of these highlights (rich text, see rich_tooltip), after ``tips``
        (Compare mode's words on the passage, see CompareMarks.compare_tips_at)."""
        return rich_tooltip([*tips, *(self.describe_annotation(a) for a in annotations)])

    def link_marker_rects(self) -> list[QRect]:
        """Where link markers are drawn (viewport coordinates)."""
        return [rect for rect, _ids in self.link_markers()]
