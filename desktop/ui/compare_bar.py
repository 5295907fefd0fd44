"""The Compare bar at the bottom of the desk: what is compared and how, the current
correspondence (a suggestion to accept, or a link already made, or a passage no other
article has), one button per kind of link, and the keys to move on.

A suggestion becomes the person's link with one click on its relation (or Alt+Return
for "same claim"); until then nothing is stored. A double click links it once.

The bar fits a 1280-pixel window: its hint names no keys (the Compare menu and the
keyboard shortcuts list have them), its navigation buttons carry short words (the
actions' icon text; the menu keeps their full names), and a suggestion says how strong
it is in words -- strong, likely, weak (in one word where the bar is narrow) -- with the
score itself in the tooltip. A correspondence names the two articles it joins as their
pane headers do ("Russian ↔ German"), never by a paragraph number the panes do not show.
Its "?" button opens the legend of Compare mode's colours and lines: the ribbons' and
underlines' (suggested, or the relation of a link, each in its own line as well as its own
colour), the only-here margin's amber, the lit sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFontMetricsF, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QToolTip,
    QWidget,
)

from desktop.core.text import shorten
from desktop.ui.pane_header import ElidedLabel

if TYPE_CHECKING:
    from desktop.core.alignment import Match
    from desktop.services.compare import Comparison
    from desktop.ui.compare import CompareController

# The relations offered for a suggestion, in the order of the buttons.
RELATION_BUTTONS = ("same_claim", "contradicts", "elaborates", "omits", "related")

# The least score of a strong and of a likely suggestion, from the five development
# sets of tests/data/compare (gold pairs, sure or possible), re-measured with
# `python -m tests.support.compare_bands`: of the suggestions made with translations,
# 21 scored 0.45 or more and every one is a sure pair; 52 between 0.25 and 0.45, 92 %
# right (79 % sure); 62 below 0.25, 66 % right. Rightness steps at 0.25 (67 % just under
# it, 89 % just over). Every suggestion from 0.35 up is right too, but a "possible" pair
# scores 0.40 (beirut), and the four wrong ones above 0.25 score 0.26 to 0.31: a 0.33 pair
# is likely, not strong (0.30-0.35: 18 of 20 right). On names, numbers and dates alone
# 11 of 11 were right, 9 of them at 0.45 or more.
STRONG, LIKELY = 0.45, 0.25
# How much of a title tells two articles of one language apart in the bar.
TITLE_CHARS = 24
# How much of the quote (in characters, with its opening mark) the bar's whole form must
# leave room for; narrower, the bar says the strength in one word.
QUOTE_SEEN = 16
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"  # as claims_model.isolated() opens and closes a quote


class LegendRow(NamedTuple):
    """A row of the Compare legend, as the desk draws it: a band (of a ribbon, or of the
    only-here margin) of ``color``, and a passage underlined in ``color`` with ``line``
    (desktop.core.colors: "" for none)."""

    color: QColor
    band: bool
    line: str
    words: str


def strength(score: float) -> str:
    """How strong a suggestion is, as a person is told it: "strong", "likely" or "weak"."""
    return "strong" if score >= STRONG else "likely" if score >= LIKELY else "weak"


class MatchLabel(ElidedLabel):
    """The bar's correspondence: its whole form while that shows the articles' names and the
    start of the quote, else its short form (the strength in one word), elided at the quote.

    The quote is shortened inside its isolate, so that its closing mark stays: Qt's elision
    of the whole line cut that mark off and left the ellipsis of an Arabic quote beside
    its opening mark, in an English bar as in an Arabic one."""

    def _form(self, width: float, metrics: QFontMetricsF) -> str:
        text = self._full
        for shorter in self._shorter:
            quote = max(text.rfind(LRI), text.rfind(RLI))  # the quote is the last isolate
            head = text[: quote + QUOTE_SEEN] if quote >= 0 else text
            if metrics.horizontalAdvance(head) <= width:
                break
            text = shorter
        return self._quote_fitted(text, width, metrics)

    @staticmethod
    def _quote_fitted(text: str, width: float, metrics: QFontMetricsF) -> str:
        """``text`` with its quote elided to fit ``width``, its closing mark kept; ``text``
        itself when it fits, or when not even "“…”" would (Qt then elides the line)."""
        start = max(text.rfind(LRI), text.rfind(RLI))
        end = text.find(PDI, start)
        if metrics.horizontalAdvance(text) <= width or start < 0 or end < 0:
            return text
        head, quote, tail = text[: start + 1], text[start + 1: end], text[end:]
        room = width - metrics.horizontalAdvance(head + tail)
        while room > 0:
            shown = _between_words(metrics.elidedText(quote, Qt.TextElideMode.ElideRight, room), quote)
            fitted = head + (shown if shown.strip("…\u200d") else "…") + tail
            overflow = metrics.horizontalAdvance(fitted) - width
            if overflow <= 0:
                return fitted
            # an Arabic letter joined to the ellipsis is wider than Qt measured it
            room -= max(overflow, 1.0)
        return text


def _between_words(shown: str, quote: str) -> str:
    """An elided quote cut back to the end of its last whole word ("Baku, u…" is "Baku…"),
    when one is left to show."""
    kept = shown.removesuffix("…")
    if kept == shown or len(kept) >= len(quote) or not quote.startswith(kept):
        return shown
    if not (kept and kept[-1].isalnum() and quote[len(kept)].isalnum()):
        return kept.rstrip(" ,;:") + "…"  # cut between words already
    space = kept.rfind(" ")
    return kept[:space].rstrip(" ,;:") + "…" if space > 0 else shown


class ColourLegend(QFrame):
    """What Compare mode's colours and lines mean: a popup of swatches, each drawn as the
    desk draws it (a band's fill; a passage's underline, in its relation's line, under a
    grey wash), with its words."""

    SWATCH = (44, 16)
    BAND = 12  # the band's part of a swatch; the underlined passage is beside it
    GAP = 2  # between its bottom edge and the bar's top

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("compareLegend")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 8, 10, 8)
        # Always the size of its rows (also when their words or fonts change while it is shown).
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.grid.setHorizontalSpacing(8)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.grid.addWidget(self.title, 0, 0, 1, 2)
        self.rows: list[tuple[QLabel, QLabel]] = []

    def set_rows(self, title: str, rows: list[LegendRow]) -> None:
        """The legend's title and rows."""
        self.title.setText(title)
        for swatch, words in self.rows:
            swatch.deleteLater()
            words.deleteLater()
        self.rows = []
        for i, row in enumerate(rows, start=1):
            swatch, words = QLabel(self), QLabel(row.words, self)
            swatch.setObjectName("legendSwatch")
            swatch.setPixmap(self.swatch(row))
            self.grid.addWidget(swatch, i, 0)
            self.grid.addWidget(words, i, 1)
            self.rows.append((swatch, words))
        self.adjustSize()

    def swatch(self, row: LegendRow) -> QPixmap:
        """A band of the row's colour on the side where a line starts, then (if it has a
        line) a passage's grey wash with the line under it, as the reader draws them."""
        from desktop.ui.compare_marks import LINE_WIDTH, PEN_STYLES, compare_mark_format, underline_color, wave

        width, height = self.SWATCH
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left = 0
        if row.band:
            painter.fillRect(QRectF(0, 1, self.BAND, height - 2), row.color)
            left = self.BAND + 4
        if row.line:
            painter.fillRect(QRectF(left, 0, width - left, height - 5), compare_mark_format(row.color).background())
            pen = QPen(underline_color(row.color), LINE_WIDTH, PEN_STYLES[row.line])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = height - 3.0
            if row.line == "wavy":
                painter.drawPath(wave(left, width, y))
            else:
                painter.drawLine(QPointF(left, y), QPointF(width, y))
        painter.end()
        return pixmap

    def show_at(self, button: QWidget) -> None:
        """Above the bar of ``button`` (the bar is at the bottom of the desk), its whole
        frame clear of the bar, ending where the button ends (it is the last on the bar),
        inside the screen."""
        self.ensurePolished()
        self.adjustSize()
        self.show()  # first: a shown window's frame counts in where it is placed
        size = self.frameGeometry().size()
        rtl = button.layoutDirection() == Qt.LayoutDirection.RightToLeft
        corner = button.mapToGlobal(QPoint(0, 0) if rtl else QPoint(button.width(), 0))
        bar = button.parentWidget() or button
        top = bar.mapToGlobal(QPoint(0, 0)).y() - self.GAP
        screen = button.screen().availableGeometry()
        x = corner.x() if rtl else corner.x() - size.width()
        x = max(screen.left(), min(x, screen.right() + 1 - size.width()))
        self.move(x, max(screen.top(), top - size.height()))


class RelationButton(QToolButton):
    """A relation's button: one click links the suggestion; the second click of a double
    click is not a second click. A double click would otherwise link the suggestion the
    first click moved on to, when the comparison is back between the two clicks. Which
    two clicks make a double click is Qt's (the platform's interval, from the events'
    own times), so a slow machine does not turn them into two."""

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # no press: the release that follows clicks nothing


class CompareBar(QToolBar):
    """Signals:
        relationChosen(str): accept the current suggestion as a link of this relation.
    """

    relationChosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("compareBar")
        self.setMovable(False)
        self.setFloatable(False)
        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(6, 2, 6, 2)
        # What was compared gives way to the correspondence (two fifths of the room to three),
        # then says it shorter ("3 articles compared"), its whole words in its tooltip.
        self.status_label = ElidedLabel(body, whole_in_tooltip=True)
        self.status_label.setObjectName("compareStatus")
        self.match_label = MatchLabel(body)  # Qt's elision: a long quote loses its end, whatever its direction
        self.match_label.setObjectName("compareMatch")
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        self.match_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_label = QLabel(body)
        layout.addWidget(self.status_label, 2)
        layout.addSpacing(12)
        layout.addWidget(self.match_label, 3)
        layout.addWidget(self.accept_label)
        self.relation_buttons: dict[str, RelationButton] = {}
        for relation in RELATION_BUTTONS:
            button = RelationButton(body)
            button.setObjectName(f"accept-{relation}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, r=relation: self.relationChosen.emit(r))
            layout.addWidget(button)
            self.relation_buttons[relation] = button
        self.nav_buttons: list[QToolButton] = []
        self.addWidget(body)
        self.legend = ColourLegend(self)
        self.legend_button = QToolButton(self)
        self.legend_button.setObjectName("compareLegendButton")
        self.legend_button.setAutoRaise(True)
        self.legend_button.clicked.connect(lambda: self.legend.show_at(self.legend_button))

    def add_navigation(self, *actions: QAction) -> None:
        """Buttons for the window's navigation actions (previous/next suggestion...).

        Not the actions' own buttons (``setDefaultAction``): those show the action's text,
        too long for the bar, or its icon text, which the shortcuts list takes for the
        action's name. Each button triggers its action and follows its enabled state
        and tooltip; :meth:`name_navigation` gives it its word. The legend's button
        comes after them, last on the bar."""
        for action in actions:
            button = QToolButton(self)
            button.setObjectName(f"nav-{action.objectName()}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.clicked.connect(action.trigger)

            def follow(b: QToolButton = button, a: QAction = action) -> None:
                from desktop.ui.desk_actions import shortcut_text

                b.setEnabled(a.isEnabled())
                keys = shortcut_text(a)
                b.setToolTip(f"{a.toolTip()} ({keys})" if keys else a.toolTip())

            action.changed.connect(follow)
            follow()
            self.addWidget(button)
            self.nav_buttons.append(button)
        self.addWidget(self.legend_button)

    def name_navigation(self, words: list[str]) -> None:
        """The navigation buttons' words, in the order they were added."""
        for button, word in zip(self.nav_buttons, words, strict=True):
            button.setText(word)

    def set_can_accept(self, can: bool) -> None:
        for button in self.relation_buttons.values():
            button.setEnabled(can)
        self.accept_label.setEnabled(can)

    def retranslate_ui(self, accept_action: QAction) -> None:
        self.setWindowTitle(self.tr("Compare"))
        labels = self.relation_labels()
        for relation, button in self.relation_buttons.items():
            button.setText(labels[relation])
            button.setToolTip(self.tr("Link the two passages: %1").replace("%1", labels[relation]))
        from desktop.ui.desk_actions import shortcut_text

        self.relation_buttons["same_claim"].setToolTip(
            self.tr("Link the two passages: %1").replace("%1", labels["same_claim"])
            + f" ({shortcut_text(accept_action)})")
        self.accept_label.setText(self.tr("Link as:"))
        self.legend_button.setText(self.tr("?", "the button that opens the legend of Compare mode's colours"))
        self.legend_button.setToolTip(self.tr("What the colours mean"))
        self.legend.set_rows(self.tr("What the colours of Compare mode mean"), self.legend_rows())

    def legend_rows(self) -> list[LegendRow]:
        """The legend's rows, in the colours and lines the ribbons, underlines and margins
        are drawn in."""
        from desktop.core.colors import SUGGESTION_LINE, relation_line
        from desktop.ui.compare_paint import ONLY_HERE, RELATION_COLORS, SUGGESTION
        from desktop.ui.compare_panes import FOCUS_COLOR

        labels = self.relation_labels()
        rows = [LegendRow(SUGGESTION, True, SUGGESTION_LINE,
                          self.tr("Suggested: the desk found it; nothing is stored until you link it"))]
        rows += [LegendRow(RELATION_COLORS[r], True, relation_line(r),
                           self.tr("Your link: %1").replace("%1", labels[r])) for r in RELATION_BUTTONS]
        rows += [LegendRow(ONLY_HERE, True, "", self.tr("In the margin: only this article says this")),
                 LegendRow(FOCUS_COLOR, False, SUGGESTION_LINE,
                           self.tr("Underlined: the sentence under the pointer, and its counterparts, "
                                   "each in the colour and line shown above"))]
        return rows

    def link_tip(self, controller: CompareController, other_doc: str, relation: str) -> str:
        """A passage's tooltip line for one of its links: to which article, and how."""
        comparison = controller.comparison
        other = article_name(comparison, other_doc) if comparison is not None else ""
        return self.tr("Your link with %1: %2", "%1: an article, e.g. 'German'; %2: the relation") \
            .replace("%1", other).replace("%2", self.relation_labels().get(relation, relation))

    def relation_labels(self) -> dict[str, str]:
        from desktop.ui.relations import relation_label

        # The link dialog's words, so a relation has one name on the whole desk.
        return {r: relation_label(r) for r in ("same_claim", "contradicts", "elaborates", "omits", "related",
                                                 "translation_of")}

    def describe_match(self, controller: CompareController, match: Match) -> str:
        from desktop.ui.claims_model import isolated

        comparison = controller.comparison
        assert comparison is not None
        labels = self.relation_labels()
        linked = controller.linked_relation(match)
        what = labels.get(linked, linked) if linked else self.strength_labels()[strength(match.score)]
        # "translation and names" as the interface's language lists things (its own comma in Arabic)
        evidence = QLocale().createSeparatedList([self.evidence_labels().get(e, e) for e in match.evidence])
        head = self.tr("%1 · score %2 · %3").replace("%1", what).replace("%2", score_text(match.score)) \
            .replace("%3", evidence)
        lines = [head]
        for p in (match.a, match.b):
            lines.append(f"{article_name(comparison, p.doc)}: {isolated(shorten(comparison.quote(p), 140))}")
        return "\n".join(lines)

    def strength_labels(self) -> dict[str, str]:
        return {"strong": self.tr("Strong match"), "likely": self.tr("Likely match"), "weak": self.tr("Weak match")}

    def strength_words(self) -> dict[str, str]:
        """The strength in one word, for a bar too narrow for "Likely match" and a quote."""
        return {"strong": self.tr("Strong", "a suggestion's strength"),
                "likely": self.tr("Likely", "a suggestion's strength"),
                "weak": self.tr("Weak", "a suggestion's strength")}

    def evidence_labels(self) -> dict[str, str]:
        return {"translation": self.tr("translation"), "words": self.tr("same words"), "names": self.tr("names"),
                "numbers": self.tr("numbers"), "dates": self.tr("dates"), "quotes": self.tr("quotations"),
                "link": self.tr("your link"), "through": self.tr("through a third article")}

    def only_here_text(self, controller: CompareController, doc: str) -> str:
        """What the bar says of a passage no other article has: which article it is in, as
        the bar names the two of a correspondence."""
        comparison = controller.comparison
        if comparison is None:
            return self.tr("Only this article says this: no other open article has a counterpart.")
        name = article_name(comparison, doc)
        # Compared on names, numbers, dates and quotations only (this article, or every other,
        # has no translation): nothing was found, which is not that nothing is there.
        words = {d for d, status in comparison.status.items() if status.source != "anchors"}
        if doc not in words or not words - {doc}:
            return self.tr("%1: no counterpart found on names, numbers, dates and quotations").replace("%1", name)
        return self.tr("%1: only this article says this; no other open article has a counterpart.") \
            .replace("%1", name)

    def compared_text(self, comparison: Comparison) -> str:
        """How many articles were compared on what: a translation into the pivot (whole or
        in part), their own text in it, or names, numbers, dates and quotations only (the
        words of the panes' notices), each counted."""
        from desktop.ui.i18n import ui_language_name

        pivot = ui_language_name(comparison.alignment.pivot)
        sources = [status.source for status in comparison.status.values()]
        if sources and all(source == "anchors" for source in sources):
            return self.tr("%Ln article(s) compared on names, numbers, dates and quotations only: none has a "
                           "translation into %1", "", len(sources)).replace("%1", pivot)
        if all(source in ("translated", "original") for source in sources):
            # every sentence through the pivot: the short form, where the bar has little room
            return self.tr("%Ln article(s) compared through %1", "", len(sources)).replace("%1", pivot)
        counts = {source: sources.count(source) for source in ("translated", "partial", "original", "anchors")}
        words = {
            "translated": self.tr("%Ln article(s) on a translation into %1", "", counts["translated"]),
            "partial": self.tr("%Ln article(s) partly on a translation into %1", "", counts["partial"]),
            "original": self.tr("%Ln article(s) written in %1", "", counts["original"]),
            "anchors": self.tr("%Ln article(s) on names, numbers, dates and quotations only", "", counts["anchors"]),
        }
        shown = [words[source].replace("%1", pivot) for source, count in counts.items() if count]
        separator = self.tr("; ", "between the parts of what Compare mode compared the articles on")
        return self.tr("Compared: %1", "%1: how many articles on what, e.g. '2 articles on a translation into "
                       "English'").replace("%1", separator.join(shown))

    def totals_text(self, controller: CompareController, *, short: bool = False) -> str:
        """How many suggestions are left to look at (F8 goes through them) and how many
        passages are in one article only (F7); ``short``: the latter in the words of the
        "Only here" button, for a narrow bar."""
        assert controller.comparison is not None
        alignment = controller.comparison.alignment
        open_suggestions = sum(1 for m in alignment.matches if not controller.linked_relation(m))
        only = len(alignment.only_in)
        return self.tr("%1; %2", "how many suggestions; how many passages in one article only") \
            .replace("%1", self.tr("%Ln suggestion(s) in all", "correspondences Compare mode suggests between all the "
                                   "open articles (F8 counts those of one article)", open_suggestions)) \
            .replace("%2", self.tr("%Ln only here", "passages in one article only, where the bar is narrow (as the "
                                   "'Only here' button says)", only) if short
                     else self.tr("%Ln passage(s) in one article only", "", only))

    def show_state(self, controller: CompareController) -> None:
        """The bar's words: what is compared, and the current correspondence."""
        c = controller
        from desktop.ui.claims_model import isolated  # it brings core.claims, the aligner: only once compare runs

        panes = c.window.panes()
        if c.error:
            status = c.error
        elif len(panes) < 2:
            status = self.tr("Open two articles or more to compare them.")
        elif c.busy():
            status = self.tr("Comparing…")
        elif c.comparison is not None:
            status = self.compared_text(c.comparison)
        else:
            status = ""
        if c.comparison is not None and not c.error and len(panes) >= 2 and not c.busy():
            count = len(c.comparison.status)
            shorter = [self.tr("%Ln article(s) compared", "", count)]
            translated = sum(1 for status in c.comparison.status.values() if status.source != "anchors")
            if translated > 1 and not c.comparison.alignment.matches:
                # Articles compared on their words and nothing found: else the margins'
                # only-here marks alone look like Compare mode not working -- and the
                # shorter form a narrow bar shows must say it too. (With fewer translated,
                # the counts above say why.)
                status = self.tr("%1: no passage of one article was found in another. Their translations share "
                                 "too few words for a sure match: link what you find with “Link to another passage…”."
                                 ).replace("%1", status)
                shorter.insert(0, self.tr("%Ln article(s) compared: no passage found in common", "", count))
            self.status_label.set_texts(status, *shorter)
        else:
            self.status_label.setText(status)
        match, current, alignment = c.current_match, c.current, c.alignment
        can_accept = False
        texts: list[str] = []  # a correspondence's whole and short forms
        if alignment is None or c.comparison is None:
            text = ""
        elif match is not None:
            # Which two articles the correspondence joins, named as the pane headers name
            # them; the quote (last, so it is what a narrow bar cuts) is the counterpart's.
            here, other = article_name(c.comparison, match.a.doc), article_name(c.comparison, match.b.doc)
            quote = isolated(shorten(c.comparison.quote(match.b), 110))
            linked = c.linked_relation(match)  # also a link made since this comparison
            if linked:
                relation = self.relation_labels().get(linked, linked)
                forms = [self.tr("Linked (%1): %2 ↔ %3: “%4”").replace("%1", relation),
                         self.tr("%1: %2 ↔ %3: “%4”").replace("%1", relation)]
            else:
                can_accept = True
                forms = [self.tr("%1: %2 ↔ %3: “%4”").replace("%1", self.strength_labels()[strength(match.score)]),
                         self.tr("%1: %2 ↔ %3: “%4”").replace("%1", self.strength_words()[strength(match.score)])]
            texts = [t.replace("%2", here).replace("%3", other).replace("%4", quote) for t in forms]
        elif current is not None and current in alignment.only_in:
            text = self.only_here_text(c, current.doc)
        elif alignment.matches:
            # What there is to look at (F8 and F7 go through it), and how to see a
            # correspondence where there is room for it too.
            totals = self.totals_text(c)
            texts = [self.tr("%1. Hover over or click a sentence to see its counterparts.",
                             "%1: how many suggestions; how many passages in one article only").replace("%1", totals),
                     totals, self.totals_text(c, short=True)]
        else:
            text = self.tr("Hover over or click a sentence to see its counterparts.")
        if texts:
            self.match_label.set_texts(*texts)
        else:
            self.match_label.setText(text)
        tip = self.describe_match(c, match) if match is not None and c.comparison else ""
        if tip != self.match_label.toolTip() and QToolTip.isVisible() \
                and QToolTip.text() == self.match_label.toolTip():
            # F8 under a resting pointer: the shown tooltip is the last correspondence's
            QToolTip.hideText()
        self.match_label.setToolTip(tip)
        self.set_can_accept(can_accept)
        c.accept_action.setEnabled(c.on and can_accept)


def article_name(comparison: Comparison, doc: str) -> str:
    """An article as a person finds it among the panes: its language, as the pane's header
    names it, and, when another compared article has the same language, its title too
    (shortened)."""
    from desktop.ui.claims_model import isolated
    from desktop.ui.i18n import ui_language_name

    language = comparison.languages.get(doc, "")
    name = ui_language_name(language)
    if any(d != doc and comparison.languages.get(d, "") == language for d in comparison.texts):
        return f"{name} ({isolated(shorten(comparison.titles.get(doc, ''), TITLE_CHARS))})"
    return name


def score_text(score: float) -> str:
    """A score as the interface's locale writes a decimal (0,62 in German, ٠٫٦٢ in Arabic)."""
    return QLocale().toString(score, "f", 2)
