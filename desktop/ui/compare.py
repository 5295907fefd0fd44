"""Compare mode: the open articles compared with one another, in the desk.

Hovering a sentence (or putting the text cursor in it) lights it and its counterparts
in the other panes, and brings a counterpart that is off screen level with it; ribbons
in the splitter handles join the correspondences of what is on screen; a margin marks
the sentences no other article has (desktop.ui.compare_paint). What the controller does in
the panes -- wiring them, lighting, bringing counterparts level -- is desktop.ui.compare_panes,
mixed into it; its actions, the computing, the panes' notices, the steps and the links are
here. A pane showing its translation (alone, under or beside the original) shows all of this
on the lines that show the original's sentences there, and lights from there as from the
original. The current
correspondence -- chosen by a click in the text or on a ribbon, or by the keys for the
next suggestion (F8) and the next passage found only here (F7) -- is shown in the
Compare bar, where one click on a relation (or Alt+Return) makes it the person's link
through the annotation service, undoable like every change, and moves on to the next
suggestion once the comparison has taken the link in. A suggestion is never stored
until then, and never twice: from the click to that comparison the bar says it is
linked and offers no relation for it.

The alignment (desktop.services.compare) is computed in a background task whenever
the set of panes, the pivot language, a translation or the person's links change; the
GUI thread only draws its result. It uses the translations already there (a person's,
or cached model output) and never starts a model: an article without one is compared
on names, numbers, dates and quotations, and its pane says so.
"""

from __future__ import annotations

import bisect
import logging
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from desktop.ui.compare_bar import CompareBar
from desktop.ui.compare_paint import MarginStrip, Ribbons
from desktop.ui.compare_panes import ComparePanes
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.core.align_features import Passage
    from desktop.core.alignment import Alignment, Match
    from desktop.core.claims import ClaimsMatrix
    from desktop.services.changes import ChangeSet
    from desktop.services.compare import Comparison
    from desktop.services.models import ModelInfo
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import DocumentPane

log = logging.getLogger(__name__)

# How long the mouse rests on a sentence before the other panes scroll to its counterparts.
HOVER_SCROLL_MS = 250
RECOMPUTE_MS = 150


class CompareController(ComparePanes, QObject):
    """Compare mode and the claims dock of one desk.

    Signals:
        computed(object): a new Comparison (with ``matrix``) is shown.

    Attributes:
        comparison: the last result (None before the first, or with fewer than two panes).
        matrix: its claims matrix.
        current: the current sentence (a Passage), or None.
        current_match: the correspondence shown in the bar, or None.
        claim: the passages of the claim chosen in the claims dock, each with its state
            (present or contradicted), lit in every pane with or without Compare mode,
            until the person moves on in the text.
    """

    computed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.comparison: Comparison | None = None
        self.matrix: ClaimsMatrix | None = None
        self.current: Passage | None = None
        self.current_match: Match | None = None
        #: The passages of the claim lit from the claims dock, each with the relation whose
        #: colour and line it is underlined in ("" for a suggestion's).
        self.claim: tuple[tuple[Passage, str], ...] = ()
        self.error = ""
        self._hover: Passage | None = None
        self._task: Task | None = None
        self._dirty = False
        self._generation = 0
        self._advance_after: Match | None = None
        self._wrap_said = ""  # the status bar's "Back to the first …" (or "the only …"), while it may still show
        # Suggestions made links since the comparison shown was computed: their relation.
        self._linked: dict[frozenset[Passage], str] = {}
        self._linked_message = ""  # what the status bar said of the last link made here
        # The suggestions accepted here, last last: an undo of one goes back to it.
        self._accepted: list[Match] = []
        self._link_taken_back = False  # a link was deleted since the comparison shown
        self._strips: dict[str, MarginStrip] = {}  # by document: beside the original
        self._translation_strips: dict[str, MarginStrip] = {}  # beside its translation view, once made
        self._anchor_notices: set[str] = set()
        # The panes and translation views whose signals this controller has connected: each
        # once, however often the panes change. Weak, so that a closed pane leaves it with
        # its Python object; a pane opened again is a new object, wired anew.
        self._wired: weakref.WeakSet[QObject] = weakref.WeakSet()
        self._recompute_timer = self._timer(RECOMPUTE_MS, self.recompute)
        self._hover_timer = self._timer(HOVER_SCROLL_MS, self._bring_counterparts)
        self.ribbons = Ribbons(self)
        self._build_actions()
        self.bar = CompareBar(window)
        self.bar.relationChosen.connect(self.accept)
        self.bar.add_navigation(self.previous_suggestion_action, self.next_suggestion_action, self.next_only_action)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        self.bar.hide()
        from desktop.ui.claims_dock import ClaimsDock

        self.claims = ClaimsDock(self)
        window.panesChanged.connect(self._on_window_panes_changed)
        if window.notebook is not None:
            window.notebook.changesApplied.connect(self._on_notebook_changes_applied)
        if window.translations is not None:
            window.translations.updated.connect(lambda _pane: self.schedule())
            window.translations.translationStored.connect(self._on_translations_stored)
        window.target_combo.currentIndexChanged.connect(lambda _i: self.schedule())
        window.installEventFilter(self)
        self.retranslate_ui()
        self._on_window_panes_changed()
        if window.settings.value("compare/on", False) in (True, "true"):
            self.set_on(True)  # as the last session left it (the claims dock is, too)

    def _timer(self, ms: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # -- actions -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window

        def action(name: str, slot: Any, keys: list[str], checkable: bool = False) -> QAction:
            made = QAction(w)
            made.setObjectName(name)
            made.setShortcuts([QKeySequence(k) for k in keys])
            made.setCheckable(checkable)
            (made.toggled if checkable else made.triggered).connect(slot)
            w.addAction(made)
            return made

        self.compare_action = action("compareModeAction", self.set_on, ["Ctrl+Alt+C"], checkable=True)
        self.next_suggestion_action = action("nextSuggestionAction", lambda: self.step_suggestion(+1), ["F8"])
        self.previous_suggestion_action = action("previousSuggestionAction", lambda: self.step_suggestion(-1),
                                                 ["Shift+F8"])
        self.next_only_action = action("nextOnlyHereAction", lambda: self.step_only_here(+1), ["F7"])
        self.previous_only_action = action("previousOnlyHereAction", lambda: self.step_only_here(-1), ["Shift+F7"])
        self.accept_action = action("acceptSuggestionAction", lambda: self.accept("same_claim"), ["Alt+Return"])
        self.menu = w.menuBar().addMenu("")
        w.menuBar().insertMenu(w.pane_menu.menuAction(), self.menu)
        self.menu.addAction(self.compare_action)
        self.menu.addSeparator()
        self.menu.addActions([self.next_suggestion_action, self.previous_suggestion_action, self.accept_action])
        self.menu.addSeparator()
        self.menu.addActions([self.next_only_action, self.previous_only_action])
        self.menu.addSeparator()
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for a in (self.next_suggestion_action, self.previous_suggestion_action, self.next_only_action,
                  self.previous_only_action, self.accept_action):
            a.setEnabled(on)

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Compare"))
        texts = {
            self.compare_action: (self.tr("&Compare mode"),
                                  self.tr("Show which passages of the open articles say the same thing")),
            self.next_suggestion_action: (self.tr("&Next suggestion"), self.tr("The next suggested correspondence")),
            self.previous_suggestion_action: (self.tr("&Previous suggestion"),
                                              self.tr("The previous suggested correspondence")),
            self.next_only_action: (self.tr("Next passage found &only here"),
                                    self.tr("The next passage that no other open article has")),
            self.previous_only_action: (self.tr("Previous passage found only &here"),
                                        self.tr("The previous passage that no other open article has")),
            self.accept_action: (self.tr("&Accept as the same claim"),
                                 self.tr("Link the current suggestion as the same claim")),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setToolTip(tip)
        # The Compare bar's buttons say it in a word, so the bar fits a 1280-pixel window
        # (their tooltips, the menu and the shortcuts list have the actions' whole names).
        self.bar.name_navigation([self.tr("Previous"), self.tr("Next"), self.tr("Only here")])
        self.bar.retranslate_ui(self.accept_action)
        self.claims.retranslate_ui()
        self._update_notices()  # a pane's notice was written in the language of its time
        self._show_state()

    def watch_keys(self, view: QObject) -> None:
        """Hear a pane's view's keys (Esc) before it does: :meth:`eventFilter`."""
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched is not self.window \
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            # In a pane (original or translation): Esc lets go of the chosen sentence, as it
            # does of a selection elsewhere; with nothing chosen it is the view's.
            return self.on and self.clear_choice()
        return False

    # -- on and off --------------------------------------------------------------------

    @property
    def on(self) -> bool:
        return self.compare_action.isChecked()

    @property
    def alignment(self) -> Alignment | None:
        return self.comparison.alignment if self.comparison is not None and self.on else None

    def wanted(self) -> bool:
        """Whether anything shows the comparison (Compare mode or the claims dock)."""
        return self.on or self.claims.isVisible()

    def set_on(self, on: bool) -> None:
        if self.compare_action.isChecked() != on:
            self.compare_action.setChecked(on)  # comes back here through toggled
            return
        from shiboken6 import isValid

        if isValid(self.window) and self.window.isVisible():  # the person's choice, not the desk closing
            self.window.settings.setValue("compare/on", on)
        self.bar.setVisible(on)
        self.ribbons.set_on(on)
        self._set_enabled(on)
        for pane in self.window.panes():
            for strip in self._strips_of(pane):
                strip.attach() if on else strip.detach()
        if not on:
            self._hover = self.current = self.current_match = None
            self._clear_notices()
            if self._task is not None and not self.wanted():  # nothing left to show it
                self._task.cancel()
        self._light()
        if on:
            self.schedule(at_once=True)

    # -- panes -------------------------------------------------------------------------

    def _strips_of(self, pane: DocumentPane) -> list[MarginStrip]:
        """The only-here margins of a pane's original and (once made) translation view."""
        strips = []
        for kept, view in ((self._strips, pane.view), (self._translation_strips, pane.made_translation_view)):
            if view is None:
                continue
            strip = kept.get(pane.document_id)
            if strip is None or strip.pane is not pane:
                strip = kept[pane.document_id] = MarginStrip(self, pane, view)
                strip.hide()
            strips.append(strip)
        return strips

    def pane(self, document_id: str) -> DocumentPane | None:
        return self.window.pane_for(document_id)

    # -- computing ---------------------------------------------------------------------

    def schedule(self, *, at_once: bool = False) -> None:
        """Recompute soon (changes come in bursts: a pane opened, its highlights drawn)."""
        if not self.wanted():
            return
        if at_once:
            self.recompute()
        else:
            self._recompute_timer.start()

    def recompute(self) -> None:
        """Start aligning the open articles in the background (one task at a time)."""
        if self._task is not None:
            # Its result would be thrown away: it stops before its next article or pair.
            self._dirty = True
            self._task.cancel()
            return
        ids = [p.document_id for p in self.window.panes()]
        if len(ids) < 2:
            self._apply(None, None)
            return
        pivot = str(self.window.target_combo.currentData() or "en")
        self._generation += 1
        generation = self._generation

        def work(_progress: Any, cancelled: Any) -> tuple[int, Comparison, ClaimsMatrix]:
            from desktop.services.claims import comparison_claims
            from desktop.services.compare import compare_documents

            comparison = compare_documents(ids, pivot, translate=False, cancelled=cancelled)
            return generation, comparison, comparison_claims(comparison)

        self._task = task = Task(work, self)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self.error = ""
        self._show_state()
        task.start()

    def busy(self) -> bool:
        return self._task is not None or self._recompute_timer.isActive()

    def _on_task_succeeded(self, result: tuple[int, Comparison, ClaimsMatrix]) -> None:
        generation, comparison, matrix = result
        if generation == self._generation and not self._dirty:
            self._apply(comparison, matrix)

    def _on_task_failed(self, exc: BaseException) -> None:
        from desktop.core.errors import UserError
        from desktop.ui.i18n import error_text

        if self._task is not None and self._task.is_cancelled():
            log.debug("comparing the open articles was cancelled")
        elif isinstance(exc, UserError):
            self.error = error_text(exc)
        else:
            log.error("comparing the open articles failed", exc_info=exc)
            self.error = self.tr("The articles could not be compared; the log has the details.")
        self._show_state()

    def _on_task_finished(self) -> None:
        self._task = None
        if self._dirty:
            self._dirty = False
            self.recompute()
        else:
            self._show_state()

    def _apply(self, comparison: Comparison | None, matrix: ClaimsMatrix | None) -> None:
        self.comparison, self.matrix = comparison, matrix
        self._linked = {}  # computed after those links were stored: it has them as links
        alignment = comparison.alignment if comparison is not None else None
        if alignment is not None and self.current is not None and self.current not in \
                alignment.sentences.get(self.current.doc, ()):
            self.current = None
        if comparison is not None:  # a closed article's passages go with it
            self.claim = tuple(c for c in self.claim if c[0].doc in comparison.texts)
        back = self._suggestion_again(alignment)
        if self._advance_after is not None and alignment is not None:
            done, self._advance_after = self._advance_after, None
            self.current = done.a
            self.current_match = None
            self.step_suggestion(+1, after=done)
        elif back is not None:
            # An accepted suggestion taken back (Ctrl+Z): the bar goes back to it, as an
            # editor's undo goes back to the change it takes back.
            self.current, self.current_match = back.a, back
        else:
            self.current_match = self._best_match(self.current, keep=self.current_match)
        self._update_notices()
        self._light()
        if back is not None and self.current_match is back:
            self.bring_level(back.a, scroll_self=True, prefer=back)  # the suggestion taken back, in view
        self.claims.set_matrix(comparison, matrix)
        self.computed.emit(comparison)

    # -- what a pane says about its comparison -------------------------------------------

    def _update_notices(self) -> None:
        self._clear_notices()
        if not self.on or self.comparison is None:
            return
        from desktop.ui.i18n import number, ui_language_name

        pivot_code = self.comparison.alignment.pivot
        pivot = ui_language_name(pivot_code)
        models: list[ModelInfo] | None = None  # read once, and only if some pane needs to know
        for doc, status in self.comparison.status.items():
            pane = self.pane(doc)
            if pane is None or pane.mode != "original":
                continue
            if status.source == "anchors":
                message = self.tr("Compared on names, numbers, dates and quotations only: this article has no "
                                  "%1 translation yet.").replace("%1", pivot)
                # What a narrow pane shows of it (five panes side by side), longest first.
                shorter: tuple[str, ...] = (
                    self.tr("No %1 translation: compared on names and numbers").replace("%1", pivot),
                    self.tr("No %1 translation").replace("%1", pivot),
                    self.tr("No translation"),
                )
            elif status.source == "partial":
                message = self.tr("%Ln of %1 sentences have no %2 translation: they are compared on names, "
                                  "numbers, dates and quotations.", "", status.missing) \
                    .replace("%1", number(status.sentences)).replace("%2", pivot)
                shorter = (self.tr("%Ln sentences without %1 translation", "", status.missing).replace("%1", pivot),)
            else:
                continue
            # How to get one, named as the menu and the pane's view list name it; the button
            # beside the words is what helps: with a model for the pair installed, the
            # pane's translation (it starts the model), else the models.
            if models is None:
                from desktop.services.models import installed_models

                models = installed_models()
            if _can_translate(pane.language, pivot_code, models):
                message += " " + self.tr("To get one: switch this pane to Translation, made by the installed "
                                         "model, or load your own with Translation ▸ Load a translation…")
                pane.show_message(message, *shorter, offer_translation=True)
            else:
                message += " " + self.tr("To get one: Translation ▸ Load a translation…, or switch this pane to "
                                         "Translation with a model installed.")
                pane.show_message(message, *shorter, offer_models=True)
            self._anchor_notices.add(doc)

    def refresh_notices(self) -> None:
        """Say again what each pane lacks and what helps (after models were installed or removed)."""
        self._update_notices()

    def _clear_notices(self) -> None:
        for doc in self._anchor_notices:
            pane = self.pane(doc)
            if pane is not None and pane.mode == "original":
                pane.hide_status()
        self._anchor_notices = set()

    # -- choosing and moving ---------------------------------------------------------------

    def _active_doc(self) -> str | None:
        pane = self.window.active_pane()
        if self.current is not None and self.pane(self.current.doc) is not None:
            return self.current.doc
        return pane.document_id if pane is not None else None

    def _ordered_suggestions(self, doc: str) -> list[Match]:
        assert self.alignment is not None
        return sorted((m for m in self.alignment.suggestions(doc) if not self.linked_relation(m)),
                      key=lambda m: (m.a.start, -m.score, m.b.doc, m.b.start))

    def step_suggestion(self, direction: int, *, after: Match | None = None) -> Match | None:
        """The next (or previous) suggestion of the current article, from the current one."""
        doc = self._active_doc()
        if self.alignment is None or doc is None:
            return None
        items = self._ordered_suggestions(doc)
        if not items:
            self.current_match = None
            self._light()
            # a key that seems to do nothing is a key a person presses again and again
            self.window.statusBar().showMessage(self.tr("This article has no suggested counterparts."), 8000)
            return None
        here = after or self.current_match
        keys = [(m.a.start, -m.score, m.b.doc, m.b.start) for m in items]
        if here is not None and here.a.doc == doc:
            key = (here.a.start, -here.score, here.b.doc, here.b.start)
            index = bisect.bisect_right(keys, key) if direction > 0 else bisect.bisect_left(keys, key) - 1
        elif self.current is not None and self.current.doc == doc:
            index = bisect.bisect_left(keys, (self.current.start,)) if direction > 0 else \
                bisect.bisect_left(keys, (self.current.start,)) - 1
        else:
            index = 0 if direction > 0 else len(items) - 1
        # Past the end: said, as editors say a search wrapped (not after a link, whose message
        # says how to take it back).
        wrapped = not 0 <= index < len(items) and after is None
        if len(items) == 1 and after is None:  # going round one suggestion is no news: it is the only one
            self._say_wrapped(self.tr("This is the only suggestion"))
        elif wrapped:
            self._say_wrapped(self.tr("Back to the first suggestion") if direction > 0
                              else self.tr("Back to the last suggestion"))
        else:
            # Each step says where it is: two suggestions quoting one counterpart read the same
            # in the bar, and the step looked like nothing. (After a link, its message stays.)
            self._say_wrapped("" if after is not None else self._count(self.tr("%3: suggestion %1 of %2"),
                                                                       index, len(items), doc))
        match = items[index % len(items)]
        self.current, self.current_match, self._hover, self.claim = match.a, match, None, ()
        self.bring_level(match.a, scroll_self=True, prefer=match)
        self._light()
        return match

    def step_only_here(self, direction: int) -> Passage | None:
        """The next (or previous) passage of the current article that no other has."""
        doc = self._active_doc()
        if self.alignment is None or doc is None:
            return None
        mine = self.alignment.only_here(doc)
        if not mine:
            self.window.statusBar().showMessage(self.tr("Everything this article says has a counterpart."), 8000)
            return None
        here = self.current.start if self.current is not None and self.current.doc == doc else -1
        if direction > 0:
            passage = next((p for p in mine if p.start > here), None)
        else:
            passage = next((p for p in reversed(mine) if p.start < here), None) if here >= 0 else mine[-1]
        wrapped = passage is None  # past the end: said, as for the suggestions
        if passage is None:
            passage = mine[0] if direction > 0 else mine[-1]
        if len(mine) == 1:
            self._say_wrapped(self.tr("This is the only passage found only here"))
        elif wrapped:
            self._say_wrapped(self.tr("Back to the first passage found only here") if direction > 0
                              else self.tr("Back to the last passage found only here"))
        else:
            self._say_wrapped(self._count(self.tr("%3: found only here, %1 of %2"), mine.index(passage), len(mine),
                                          doc))
        self.current, self.current_match, self._hover, self.claim = passage, None, None, ()
        pane = self.pane(doc)
        if pane is not None:
            self.bring_level(passage, scroll_self=True)
        self._light()
        return passage

    def _count(self, template: str, index: int, count: int, doc: str) -> str:
        """Where a step is among ``count``, in the article ``doc`` (named by its language, as
        its pane is: F8 and F7 go through the article of the current pane)."""
        from desktop.ui.i18n import number, ui_language_name

        pane = self.pane(doc)
        language = ui_language_name(pane.language) if pane is not None else doc
        return template.replace("%1", number(index + 1)).replace("%2", number(count)).replace("%3", language)

    def _say_wrapped(self, message: str) -> None:
        """Say briefly, in the status bar, that a step went round from one end to the other
        (otherwise the first suggestion again looks like one more); "" after a step that did
        not, which takes back a wrap said before it."""
        bar = self.window.statusBar()
        if message:
            bar.showMessage(message, 4000)
        elif bar.currentMessage() and bar.currentMessage() == self._wrap_said:
            bar.clearMessage()
        self._wrap_said = message

    def linked_relation(self, match: Match) -> str:
        """The relation of the person's link between a correspondence's two passages, also
        of one made since the comparison shown was computed ("": a suggestion still)."""
        return match.relation or self._linked.get(frozenset((match.a, match.b)), "")

    def accept(self, relation: str) -> bool:
        """Make the current suggestion the person's link (one undoable change), then move
        on to the next suggestion once the comparison has it (the same for a click on a
        relation and for Alt+Return). A suggestion already linked is refused, whatever
        asks: a second click before the comparison comes back stores nothing."""
        match = self.current_match
        notebook = self.window.notebook
        if not self.on or match is None or self.linked_relation(match) or notebook is None:
            return False
        a, b = match.a, match.b
        previous, self._advance_after = self._advance_after, match
        done = notebook.controller.link_passages((a.doc, a.start, a.end), (b.doc, b.start, b.end), relation)
        if not done:
            self._advance_after = previous
            return False
        self._linked[frozenset((a, b))] = relation
        self._accepted.append(match)
        self._show_state()  # the bar says it is linked, its relations off, until the comparison is in
        relation_name = self.relation_labels().get(relation, relation)
        from desktop.ui.desk_actions import shortcut_text

        undo = shortcut_text(self.window.annotation_actions.undo_action)
        self._linked_message = self.tr("Linked: %1. %2 takes it back.").replace("%1", relation_name) \
            .replace("%2", undo)
        self.window.statusBar().showMessage(self._linked_message, 6000)
        self.schedule(at_once=True)
        return True

    def _on_translations_stored(self, document_id: str) -> None:
        # A pane in its original view has no translation view to rebuild: the store is the news.
        if self.pane(document_id) is not None:
            self.schedule()

    def _on_notebook_changes_applied(self, changes: ChangeSet) -> None:
        if changes.deleted_ids("link"):
            # Taken back (an undo): neither the bar nor the status bar may still call it linked
            # (the undo says "Undone: Link passages (Same claim)").
            self._linked = {}
            status = self.window.statusBar()
            if self._linked_message and status.currentMessage() == self._linked_message:
                status.clearMessage()
            self._linked_message = ""
            self._link_taken_back = True
            self._show_state()
        if changes.touches("link") or changes.touches("annotation") or changes.touches("tag"):
            self.schedule()

    def _suggestion_again(self, alignment: Alignment | None) -> Match | None:
        """The accepted suggestion whose link was taken back (by an undo, or in the Links
        panel), once the comparison has it as a suggestion again: the last one accepted."""
        taken_back, self._link_taken_back = self._link_taken_back, False
        if not taken_back or alignment is None:
            return None
        open_pairs = {frozenset((m.a, m.b)): m for m in alignment.matches if not m.relation}
        for k in range(len(self._accepted) - 1, -1, -1):
            again = open_pairs.get(frozenset((self._accepted[k].a, self._accepted[k].b)))
            if again is not None:
                del self._accepted[k]
                return again
        return None

    # -- words for people (the bar has them) -------------------------------------------------

    def relation_labels(self) -> dict[str, str]:
        return self.bar.relation_labels()

    def link_tip(self, other_doc: str, relation: str) -> str:
        return self.bar.link_tip(self, other_doc, relation)

    def describe_match(self, match: Match) -> str:
        return self.bar.describe_match(self, match)

    def only_here_text(self, doc: str) -> str:
        return self.bar.only_here_text(self, doc)

    def _show_state(self) -> None:
        if hasattr(self, "bar"):
            self.bar.show_state(self)


def _can_translate(language: str, pivot: str, models: list[ModelInfo]) -> bool:
    """Whether the installed models take ``language`` to ``pivot`` (directly or through English)."""
    from desktop.services.translation import NoModelError, route

    try:
        route(language, pivot, models)
    except NoModelError:
        return False
    return True
