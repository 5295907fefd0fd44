"""The Compare bar at the bottom of the desk: what is compared and how, the current
correspondence (a suggestion to accept, or a link already made, or a passage no other
article has), one button per kind of link, and the keys to move on.

A suggestion becomes the person's link with one click on its relation (or Alt+Return
for "same claim"); until then nothing is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

#: The relations offered for a suggestion, in the order of the buttons.
RELATION_BUTTONS = ("same_claim", "contradicts", "elaborates", "omits", "related")


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
        self.match_label = QLabel(body)
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

    def add_navigation(self, *actions: object) -> None:
        """Buttons for the window's navigation actions (previous/next suggestion...)."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)  # type: ignore[arg-type]
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.addWidget(button)
            self.nav_buttons.append(button)

    def set_can_accept(self, can: bool) -> None:
        for button in self.relation_buttons.values():
            button.setEnabled(can)
        self.accept_label.setEnabled(can)
