"""Compare mode in the panes, mixed into its controller (desktop.ui.compare): each pane's and
translation view's signals wired once, the sentence under the mouse or the text cursor, what
is lit in every pane (that sentence, its counterparts, a claim chosen in the claims dock)
and a counterpart that is off screen brought level with it.
"""

from __future__ import annotations

import bisect
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop.core.claims import CONTRADICTED
from desktop.ui.compare_marks import CompareMark
from desktop.ui.compare_paint import (
    ONLY_HERE,
    RELATION_COLORS,
    SUGGESTION,
    MarginStrip,
    passage_span,
    visible_range,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from desktop.core.align_features import Passage
    from desktop.core.alignment import Alignment, Match
    from desktop.ui.compare_paint import Ribbons
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import DocumentPane
    from desktop.ui.translation_view import TranslationView


# The sentence lit in Compare mode: its dashed underline, in a grey that reads on the
# light and the dark page (the wash behind it is grey too: see reader.compare_mark_format).
FOCUS_COLOR = QColor(128, 128, 128, 120)


class ComparePanes:
    """What CompareController (desktop.ui.compare) does in the panes: a mixin of it, which
    reads the controller's attributes and methods named under TYPE_CHECKING."""

    if TYPE_CHECKING:  # the controller's
        window: MainWindow
        ribbons: Ribbons
        current: Passage | None
        current_match: Match | None
        claim: tuple[tuple[Passage, str], ...]
        _hover: Passage | None
        _hover_timer: QTimer
        _strips: dict[str, MarginStrip]
        _translation_strips: dict[str, MarginStrip]
        _wired: weakref.WeakSet[QObject]

        @property
        def on(self) -> bool: ...
        @property
        def alignment(self) -> Alignment | None: ...
        def wanted(self) -> bool: ...
        def pane(self, document_id: str) -> DocumentPane | None: ...
        def _strips_of(self, pane: DocumentPane) -> list[MarginStrip]: ...
        def schedule(self, *, at_once: bool = False) -> None: ...
        def linked_relation(self, match: Match) -> str: ...
        def link_tip(self, other_doc: str, relation: str) -> str: ...
        def _show_state(self) -> None: ...
        def watch_keys(self, view: QObject) -> None: ...

    # -- panes -------------------------------------------------------------------------

    def _on_window_panes_changed(self) -> None:
        panes = self.window.panes()
        for pane in panes:
            if pane not in self._wired:
                self._wired.add(pane)
                pane.view.offsetHovered.connect(lambda offset, p=pane: self._on_view_hovered(p, offset))
                pane.view.cursorPositionChanged.connect(lambda p=pane: self._on_view_cursor_moved(p))
                self.watch_keys(pane.view)  # Esc: nothing chosen
                pane.view.verticalScrollBar().valueChanged.connect(lambda _v: self.ribbons.update())
                pane.modeChanged.connect(lambda _p, _m: self.ribbons.update())
                pane.translationViewCreated.connect(lambda _view, p=pane: self._wire_translation_view(p))
                if pane.made_translation_view is not None:
                    self._wire_translation_view(pane)
                if self.on:
                    for strip in self._strips_of(pane):
                        strip.attach()
        open_ids = {p.document_id for p in panes}
        for kept in (self._strips, self._translation_strips):
            for doc in [d for d in kept if d not in open_ids]:
                del kept[doc]
        self.ribbons.watch_handles()
        if self.wanted():
            self.schedule()

    def _wire_translation_view(self, pane: DocumentPane) -> None:
        """Hovering and clicking a pane's translation view light and choose sentences of
        the original, as in the original; its margin shows what is only here."""
        view = pane.made_translation_view
        if view is None or view in self._wired:
            return
        self._wired.add(view)
        view.sentenceHovered.connect(lambda index, p=pane, v=view: self._on_view_hovered(
            p, v.sentences[index].start if 0 <= index < len(v.sentences) else -1))
        view.cursorPositionChanged.connect(lambda p=pane, v=view: self._on_translation_cursor_moved(p, v))
        self.watch_keys(view)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.ribbons.update())
        view.set_compare_marks(list(pane.view.compare_marks))
        if self.on:
            for strip in self._strips_of(pane):
                strip.attach()

    # -- the current passage and what is lit ---------------------------------------------

    def sentence_at(self, doc: str, offset: int) -> Passage | None:
        alignment = self.alignment
        if alignment is None or doc not in alignment.sentences or offset < 0:
            return None
        sentences = alignment.sentences[doc]
        i = bisect.bisect_right([s.start for s in sentences], offset) - 1
        if 0 <= i < len(sentences) and sentences[i].start <= offset < max(sentences[i].end, sentences[i].start + 1):
            return sentences[i]
        return None

    def focus_passages(self) -> set[Passage]:
        """The passage lit now (the hovered one, else the current one) and its counterparts."""
        focus = self._hover or self.current
        if focus is None or self.alignment is None:
            return set()
        return {focus, *(m.b for m in self.alignment.counterparts(focus.doc, focus.start, focus.end))}

    def _best_match(self, passage: Passage | None, keep: Match | None = None) -> Match | None:
        if passage is None or self.alignment is None:
            return None
        found = self.alignment.counterparts(passage.doc, passage.start, passage.start + 1)
        found = [m for m in found if m.a == passage]
        if keep is not None:
            same = [m for m in found if {m.a, m.b} == {keep.a, keep.b}]
            if same:
                return same[0]
        suggestions = [m for m in found if not self.linked_relation(m)]
        best = suggestions or found
        return best[0] if best else None

    def _light(self) -> None:
        """Mark the focus passage and its counterparts in every pane, and the claim chosen
        in the claims dock; redraw ribbons and margins. A counterpart the person linked is
        underlined in its relation's colour and line, and the tooltips of it and of the
        focus passage name the link."""
        alignment = self.alignment
        marks: dict[str, list[CompareMark]] = {}
        for passage, relation in self.claim:
            color = RELATION_COLORS.get(relation, SUGGESTION)
            marks.setdefault(passage.doc, []).append(CompareMark(passage.start, passage.end, _alpha(color, 110),
                                                                 relation))
        focus = self._hover or self.current
        if alignment is not None and focus is not None:
            only = focus in alignment.only_in
            counterparts = alignment.counterparts(focus.doc, focus.start, focus.end)
            focus_tips = [self.link_tip(m.b.doc, r) for m in counterparts if (r := self.linked_relation(m))]
            marks.setdefault(focus.doc, []).append(CompareMark(
                focus.start, focus.end, _alpha(ONLY_HERE, 70) if only else FOCUS_COLOR, "", "\n".join(focus_tips)))
            for m in counterparts:
                chosen = self.current_match is not None and {m.a, m.b} == {self.current_match.a, self.current_match.b}
                relation = self.linked_relation(m)
                color = RELATION_COLORS.get(relation, SUGGESTION)
                tip = self.link_tip(focus.doc, relation) if relation else ""
                marks.setdefault(m.b.doc, []).append(
                    CompareMark(m.b.start, m.b.end, _alpha(color, 110 if chosen else 60), relation, tip))
        for pane in self.window.panes():
            pane.set_compare_marks(_once_each(marks.get(pane.document_id, [])))
        self.ribbons.update()
        for strip in (*self._strips.values(), *self._translation_strips.values()):
            strip.update()
        self._show_state()

    def _on_view_hovered(self, pane: DocumentPane, offset: int) -> None:
        if not self.on:
            return
        passage = self.sentence_at(pane.document_id, offset) if offset >= 0 else None
        if passage != self._hover:
            self._hover = passage
            self._light()
            if passage is not None:
                self._hover_timer.start()
            else:
                self._hover_timer.stop()

    def _on_view_cursor_moved(self, pane: DocumentPane) -> None:
        if self.claim:  # the person moved on in the text: the dock's claim is no longer lit
            self.claim = ()
            self._light()
        if not self.on:
            return
        cursor = pane.view.textCursor()
        self._choose_at(pane, pane.view._offsets.from_utf16(min(cursor.position(), cursor.anchor())))

    def _on_translation_cursor_moved(self, pane: DocumentPane, view: TranslationView) -> None:
        # Only the person's: a view built again (more sentences came) puts its cursor at the top.
        if not self.on or not view.hasFocus():
            return
        cursor = view.textCursor()
        offset = view.source_offset(min(cursor.position(), cursor.anchor()))
        if offset is not None:
            self._choose_at(pane, offset)

    def _choose_at(self, pane: DocumentPane, offset: int) -> None:
        passage = self.sentence_at(pane.document_id, offset)
        if passage is not None and passage != self.current:
            self.current = passage
            self.current_match = self._best_match(passage)
            self._light()

    def _bring_counterparts(self) -> None:
        focus = self._hover or self.current
        if focus is not None:
            self.bring_level(focus, scroll_self=False)

    def bring_level(self, passage: Passage, *, scroll_self: bool, prefer: Match | None = None) -> None:
        """Scroll the other panes so that a counterpart of ``passage`` that is off screen
        comes level with it (``prefer`` first); with ``scroll_self``, bring ``passage``
        itself into view first."""
        alignment = self.alignment
        own_pane = self.pane(passage.doc)
        if alignment is None or own_pane is None:
            return
        own = own_pane.primary_view()
        if scroll_self:
            lo, hi = visible_range(own)
            top, bottom = passage_span(own, passage)
            if not (0 <= top and bottom <= own.viewport().height()):
                own.scroll_to_range(passage.start, passage.end)
        top = passage_span(own, passage)[0]
        level = own.viewport().mapToGlobal(own.viewport().rect().topLeft()).y() + top
        best: dict[str, Match] = {}
        for m in alignment.counterparts(passage.doc, passage.start, passage.end):
            if prefer is not None and {m.a, m.b} == {prefer.a, prefer.b}:
                best[m.b.doc] = m
            best.setdefault(m.b.doc, m)
        for doc, m in best.items():
            pane = self.pane(doc)
            if pane is None or not pane.primary_view().isVisible():
                continue
            view = pane.primary_view()
            other_top, other_bottom = passage_span(view, m.b)
            if 0 <= other_top and other_bottom <= view.viewport().height():
                continue  # already on screen: leave it where the person has it
            origin = view.viewport().mapToGlobal(view.viewport().rect().topLeft()).y()
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + other_top - (level - origin))
        self.ribbons.update()

    # -- choosing ------------------------------------------------------------------------

    def light_claim(self, passages: list[tuple[Passage, str]], current: Passage | None = None, *,
                    suggested: bool = False) -> None:
        """Light a claim's passages (each with its state) in every pane; in Compare mode
        ``current`` becomes the current passage, shown in the bar.

        Each is underlined as the legend says: a suggested row's in the suggestions' blue
        dashes (it was lit in the green of "Your link: Same claim", as if linked already),
        a contradicted cell's in the red of a contradiction, the others in green."""
        present = "" if suggested else "same_claim"
        self.claim = tuple((p, "contradicts" if state == CONTRADICTED else present) for p, state in passages)
        if self.on and current is not None:
            self.current = current
            self.current_match = self._best_match(current)
        self._light()

    def choose_match(self, match: Match) -> None:
        """Make a correspondence the current one (a click on its ribbon) and bring both its
        passages into view: a ribbon may run off the top or the bottom of a pane, and the
        click left the passage it led to out of sight."""
        self.claim = ()
        self.current = match.a
        self.current_match = match
        self._hover = None
        self._light()
        self.bring_level(match.a, scroll_self=True, prefer=match)

    def choose_passage(self, passage: Passage) -> None:
        self.current = passage
        self.current_match = self._best_match(passage)
        self._light()

    def clear_choice(self) -> bool:
        """Nothing chosen any more (Esc in a pane): no current passage, correspondence or
        claim lit; False when nothing was."""
        if self.current is None and self.current_match is None and not self.claim:
            return False
        self.current = self.current_match = None
        self.claim = ()
        self._light()
        return True


def _once_each(marks: list[CompareMark]) -> list[CompareMark]:
    """The first mark of each stretch (a claim's passage that is also the current one is lit
    once, not washed twice)."""
    kept: dict[tuple[int, int], CompareMark] = {}
    for mark in marks:
        kept.setdefault((mark.start, mark.end), mark)
    return list(kept.values())


def _alpha(color: QColor, alpha: int) -> QColor:
    made = QColor(color)
    made.setAlpha(alpha)
    return made
