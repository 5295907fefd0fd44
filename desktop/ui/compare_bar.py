"""The Compare bar at the bottom of the desk: what is compared and how, the current
correspondence (a suggestion to accept, or a link already made, or a passage no other
article has), one button per kind of link, and the keys to move on.

A suggestion becomes the person's link with one click on its relation (or Alt+Return
for "same claim"); until then nothing is stored.

The bar fits a 1280-pixel window: its hint names no keys (the Compare menu and the
keyboard shortcuts list have them), its navigation buttons carry short words (the
actions' icon text; the menu keeps their full names), and a suggestion says how strong
it is in words -- strong, likely, weak -- with the score itself in the tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from desktop.core.alignment import Match
    from desktop.ui.compare import CompareController

# The relations offered for a suggestion, in the order of the buttons.
RELATION_BUTTONS = ("same_claim", "contradicts", "elaborates", "omits", "related")

# The least score of a strong and of a likely suggestion, from the five development
# sets of tests/data/compare (gold pairs, sure or possible): of the suggestions made with
# translations, 21 scored 0.45 or more and all were right; 52 between 0.25 and 0.45,
# 92 % right; 62 below 0.25, 66 % right. On names, numbers and dates alone 11 of 11 were
# right, 9 of them at 0.45 or more.
STRONG, LIKELY = 0.45, 0.25


def strength(score: float) -> str:
    """How strong a suggestion is, as a person is told it: "strong", "likely" or "weak"."""
    return "strong" if score >= STRONG else "likely" if score >= LIKELY else "weak"


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
        self.status_label = QLabel(body)
        self.status_label.setObjectName("compareStatus")
        from desktop.ui.pane_header import ElidedLabel

        self.match_label = ElidedLabel(body)  # Qt's elision: a long quote loses its end, whatever its direction
        self.match_label.setObjectName("compareMatch")
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        self.match_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_label = QLabel(body)
        layout.addWidget(self.status_label)
        layout.addSpacing(12)
        layout.addWidget(self.match_label, 1)
        layout.addWidget(self.accept_label)
        self.relation_buttons: dict[str, QToolButton] = {}
        for relation in RELATION_BUTTONS:
            button = QToolButton(body)
            button.setObjectName(f"accept-{relation}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, r=relation: self.relationChosen.emit(r))
            layout.addWidget(button)
            self.relation_buttons[relation] = button
        self.nav_buttons: list[QToolButton] = []
        self.addWidget(body)

    def add_navigation(self, *actions: QAction) -> None:
        """Buttons for the window's navigation actions (previous/next suggestion...).

        Not the actions' own buttons (``setDefaultAction``): those show the action's text,
        too long for the bar, or its icon text, which the shortcuts list takes for the
        action's name. Each button triggers its action and follows its enabled state
        and tooltip; :meth:`name_navigation` gives it its word."""
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

    def relation_labels(self) -> dict[str, str]:
        from desktop.ui.annotation_panel import relation_label

        # The link dialog's words, so a relation has one name on the whole desk.
        return {r: relation_label(r) for r in ("same_claim", "contradicts", "elaborates", "omits", "related",
                                                 "translation_of")}

    def describe_match(self, controller: CompareController, match: Match) -> str:
        from desktop.ui.i18n import ui_language_name

        comparison = controller.comparison
        assert comparison is not None
        languages = comparison.languages
        labels = self.relation_labels()
        what = labels.get(match.relation, match.relation) if match.relation \
            else self.strength_labels()[strength(match.score)]
        evidence = ", ".join(self.evidence_labels().get(e, e) for e in match.evidence)
        head = self.tr("%1 · score %2 · %3").replace("%1", what).replace("%2", score_text(match.score)) \
            .replace("%3", evidence)
        lines = [head]
        for p in (match.a, match.b):
            lines.append(f"{ui_language_name(languages.get(p.doc, ''))} ¶{p.paragraph + 1}: "
                         f"{_short(comparison.quote(p), 140)}")
        return "\n".join(lines)

    def strength_labels(self) -> dict[str, str]:
        return {"strong": self.tr("Strong match"), "likely": self.tr("Likely match"), "weak": self.tr("Weak match")}

    def evidence_labels(self) -> dict[str, str]:
        return {"translation": self.tr("translation"), "words": self.tr("same words"), "names": self.tr("names"),
                "numbers": self.tr("numbers"), "dates": self.tr("dates"), "quotes": self.tr("quotations"),
                "link": self.tr("your link"), "through": self.tr("through a third article")}

    def only_here_text(self) -> str:
        return self.tr("Only this article says this: no other open article has a counterpart.")

    def show_state(self, controller: CompareController) -> None:
        """The bar's words: what is compared, and the current correspondence."""
        c = controller
        from desktop.ui.claims_model import isolated  # it brings core.claims, the aligner: only once compare runs
        from desktop.ui.i18n import number, ui_language_name

        panes = c.window.panes()
        if c.error:
            status = c.error
        elif len(panes) < 2:
            status = self.tr("Open two articles or more to compare them.")
        elif c.busy():
            status = self.tr("Comparing…")
        elif c.comparison is not None and all(s.source == "anchors" for s in c.comparison.status.values()):
            # "through English" would say a translation is used where none is
            status = self.tr("%1 articles compared on names, numbers and dates: none has a %2 translation") \
                .replace("%1", number(len(c.comparison.texts))) \
                .replace("%2", ui_language_name(c.comparison.alignment.pivot))
        elif c.comparison is not None:
            status = self.tr("%1 articles compared through %2").replace("%1", number(len(c.comparison.texts))) \
                .replace("%2", ui_language_name(c.comparison.alignment.pivot))
        else:
            status = ""
        self.status_label.setText(status)
        match, current, alignment = c.current_match, c.current, c.alignment
        can_accept = False
        if alignment is None or c.comparison is None:
            text = ""
        elif match is not None:
            other = ui_language_name(c.comparison.languages.get(match.b.doc, ""))
            quote = isolated(_short(c.comparison.quote(match.b), 110))
            if match.relation:
                text = self.tr("Linked (%1) with %2 ¶%3: “%4”").replace("%1", self.relation_labels().get(
                    match.relation, match.relation)).replace("%2", other).replace("%3", str(match.b.paragraph + 1)) \
                    .replace("%4", quote)
            else:
                can_accept = True
                text = self.tr("%1: %2 ¶%3: “%4”").replace("%1", self.strength_labels()[strength(match.score)]) \
                    .replace("%2", other).replace("%3", str(match.b.paragraph + 1)).replace("%4", quote)
        elif current is not None and current in alignment.only_in:
            text = self.only_here_text()
        else:
            text = self.tr("Hover over or click a sentence to see its counterparts.")
        self.match_label.setText(text)
        self.match_label.setToolTip(self.describe_match(c, match) if match is not None and c.comparison else "")
        self.set_can_accept(can_accept)
        c.accept_action.setEnabled(c.on and can_accept)


def score_text(score: float) -> str:
    """A score as the interface's locale writes a decimal (0,62 in German, ٠٫٦٢ in Arabic)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(score, "f", 2)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
