"""A pane's header (title on a row of its own; language, view mode and the pane buttons
under it) and its status row (translation progress, messages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


def byline(document: object) -> list[str]:
    """Where the article is from (site, address or file), by whom and when, whichever are known:
    the lines of the header's tooltip under the title."""
    def get(name: str) -> str:  # a Document, or the first frame's snapshot record
        return str(getattr(document, name, "") or "")

    from urllib.parse import unquote

    source = get("source")
    where = unquote(get("url")) or (bundled_name(source) if source.startswith("bundled:") else source)
    return [line for line in (get("site"), where, get("author"), get("published")[:10]) if line]


def source_name(site: str, source: str) -> str:
    """Where an article is from, as the library's Source column names it: the site's name,
    else an address's host or a file's name (for a bundled one, its publication and that it
    came with Triptych, as the exports name it)."""
    if site:
        return site
    if source.startswith("bundled:"):
        return bundled_name(source)
    if "://" in source:  # an address with no site name: its host
        from urllib.parse import urlsplit

        return urlsplit(source).netloc or source
    return source.rsplit("/", 1)[-1]


# The publications the corpus manifest (resources/corpus/manifest.json) names, marked here
# so that lupdate puts them in the .ts files: the desk shows them in the interface's
# language, the exports as the manifest writes them. A new bundled article adds its line.
BUNDLED_PUBLICATIONS = (
    QT_TRANSLATE_NOOP("Corpus", "AnewZ (Russian edition)"),
    QT_TRANSLATE_NOOP("Corpus", "Arabic-language news site"),
    QT_TRANSLATE_NOOP("Corpus", "AnewZ (German edition)"),
)


def publication_name(name: str) -> str:
    """A bundled article's publication in the interface's language (the manifest's, untranslated)."""
    return QCoreApplication.translate("Corpus", name)


def bundled_name(source: str) -> str:
    """A bundled article's origin in the interface's language ("Arabic-language news site,
    bundled with Triptych"), its publication too."""
    from desktop.services.corpus import bundled_origin

    return bundled_origin(source, QCoreApplication.translate("LibraryDock", "bundled with Triptych"),
                          QCoreApplication.translate("LibraryDock", "%1, bundled with Triptych"),
                          publication_name) or source


def publication(document: object) -> str:
    """A bundled article's publication alone ("AnewZ (Russian edition)"), in the interface's
    language: what a header too narrow for the whole origin still shows of it; "" for any
    other article."""
    from desktop.services.corpus import bundled_origin

    if getattr(document, "site", ""):
        return ""
    return bundled_origin(str(getattr(document, "source", "") or ""), "", "%1", publication_name) or ""


def origin(document: object) -> list[str]:
    """What tells a reader which article a pane holds, after its language: where it is
    from and when it was published, whichever are known (the header's second line)."""
    def get(name: str) -> str:  # a Document, or the first frame's snapshot record
        return str(getattr(document, name, "") or "")

    return [part for part in (source_name(get("site"), get("url") or get("source")), get("published")[:10]) if part]


class ElidedLabel(QLabel):
    """A one-line label that shows an ellipsis instead of cutting its text off.

    Qt's elision works in logical order: the text keeps its beginning and loses its
    end, so an Arabic title keeps its first words (on the right).
    """

    def __init__(self, parent: QWidget | None = None, *, fewest: int = 0,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, whole_in_tooltip: bool = False) -> None:
        """``fewest``: when fewer characters than that would show beside the ellipsis, show
        none (two letters and "…" say nothing; the tooltip has it all). ``mode``: which end goes.
        ``whole_in_tooltip``: the label's tooltip is its whole text while it is cut (a label
        whose tooltip says something else sets that itself)."""
        super().__init__(parent)
        self._full = ""
        self._shorter: tuple[str, ...] = ()
        self._fewest = fewest
        self._mode = mode
        self._whole_in_tooltip = whole_in_tooltip
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # keeps the whole text; shows what fits
        self.set_texts(text)

    def set_texts(self, text: str, *shorter: str) -> None:
        """The whole text, and shorter forms of it, longest first: where the whole text does
        not fit, the first shorter form that fits is shown whole, and only the shortest is
        ever elided (a language alone says more than half of a site's name)."""
        self._full = text
        self._shorter = shorter
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        # Any width will do (the text is elided); the height is that of one line.
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _form(self, width: float, metrics: QFontMetricsF) -> str:
        """Which form of the text to show (and elide) at ``width``."""
        text = self._full
        for shorter in self._shorter:
            if metrics.horizontalAdvance(text) <= width:
                break
            text = shorter
        return text

    def _elide(self) -> None:
        width = float(max(self.contentsRect().width(), 1))
        metrics = QFontMetricsF(self.font())
        text = self._form(width, metrics)
        shown = metrics.elidedText(text, self._mode, width)
        # Qt measures the cut text before it joins its last Arabic letter to the ellipsis
        # (with a ZWJ); the joined form can be a pixel or two wider. Cut by that much more.
        for _attempt in range(3):
            overflow = metrics.horizontalAdvance(shown) - width
            if overflow <= 0:
                break
            shown = metrics.elidedText(text, self._mode, width - overflow)
        if shown != text and len(shown.strip("…\u200d").strip()) < self._fewest:
            shown = ""
        self._show(shown)

    def _show(self, shown: str) -> None:
        """Show ``shown``, what fits of the text."""
        super().setText(shown)
        if self._whole_in_tooltip:
            self.setToolTip(self._full if shown != self._full else "")


class NoticeLabel(ElidedLabel):
    """A one-line notice with a link after it ("130 blocks of page furniture left out —
    Show the whole page"): the words are elided, the link is always whole (it is what the
    notice offers); the tooltip has the whole notice while it is cut.

    Signals: QLabel's linkActivated(str), with the link's address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, fewest=4, whole_in_tooltip=True)
        self._link = ""
        self.setTextFormat(Qt.TextFormat.RichText)

    def set_notice(self, text: str, link: str) -> None:
        self._link = link
        self.set_texts(text)

    def _elide(self) -> None:
        metrics = QFontMetricsF(self.font())
        room = float(max(self.contentsRect().width(), 1)) - metrics.horizontalAdvance(f" — {self._link}")
        shown = metrics.elidedText(self._full, self._mode, max(room, 1.0))
        if shown != self._full and len(shown.strip("…\u200d").strip()) < self._fewest:
            shown = ""
        self._show(shown)

    def _show(self, shown: str) -> None:
        from html import escape

        head = f"{escape(shown)} — " if shown else ""
        QLabel.setText(self, f"{head}<a href=\"#whole\">{escape(self._link)}</a>")
        self.setToolTip(f"{self._full} — {self._link}" if shown != self._full else "")


class PaneHeader(QFrame):
    """Title, language and origin of a pane (site or source, date), its view mode, move
    and close buttons.

    The title has the first row but for the close button in its corner, so a narrow pane
    (five side by side) still shows most of it; the second row holds the language
    (elided first when room is short), the view-mode box (never narrower than its
    longest mode) and the move buttons.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = ElidedLabel(self)
        self.title_label.setObjectName("paneTitle")
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title_label.setFont(title_font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        # What tells this title apart from another document's same title (site, date):
        # beside it, whole, in the muted colour of secondary text; hidden when there is none.
        self.note_label = ElidedLabel(self, fewest=4, mode=Qt.TextElideMode.ElideLeft)
        self.note_label.setObjectName("paneTitleNote")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note_label.hide()
        self.meta_label = ElidedLabel(self, fewest=6)
        self.meta_label.setObjectName("paneMeta")
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("viewMode")
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Their icons come with show_icons(): the style's icon machinery is not needed for
        # the first frame, and an empty tool button already has its final size.
        self.move_left_button = self._button("moveLeftButton")
        self.move_right_button = self._button("moveRightButton")
        self.close_button = self._button("closeButton")
        title_row = QHBoxLayout()
        title_row.setSpacing(2)
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.note_label, 1)  # half of a narrow row at most
        title_row.addWidget(self.close_button)
        controls = QHBoxLayout()
        controls.setSpacing(2)
        controls.addWidget(self.meta_label, 1)
        controls.addSpacing(4)
        controls.addWidget(self.mode_combo)
        controls.addWidget(self.move_left_button)
        controls.addWidget(self.move_right_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 3, 3)
        layout.setSpacing(1)
        layout.addLayout(title_row)
        layout.addLayout(controls)

    def set_title_note(self, note: str) -> None:
        """Show what tells the title apart ("" hides it); it keeps its width, the title is elided."""
        self.note_label.setText(note)
        self.note_label.setToolTip(note)
        if note:  # never wider than it needs: the title has the rest
            self.note_label.setMaximumWidth(int(QFontMetricsF(self.note_label.font()).horizontalAdvance(note)) + 2)
        self.note_label.setVisible(bool(note))

    def _button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        return button

    def show_icons(self) -> None:
        """Give the move and close buttons the style's icons (once)."""
        if not self.close_button.icon().isNull():
            return
        from PySide6.QtWidgets import QStyle

        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self._point_move_buttons()

    def _point_move_buttons(self) -> None:
        """Each move arrow points where its button moves the pane on screen. The first button
        moves it towards the first pane, which a mirrored (Arabic) desk puts on the right, so
        there it points right. This follows a change of the interface's direction: the style's
        "back" arrow is chosen once, for the direction of the moment."""
        from PySide6.QtWidgets import QStyle

        style = self.style()
        left, right = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight
        back, forward = (right, left) if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else (left, right)
        self.move_left_button.setIcon(style.standardIcon(back))
        self.move_right_button.setIcon(style.standardIcon(forward))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange and not self.close_button.icon().isNull():
            self._point_move_buttons()
        super().changeEvent(event)


class PaneStatus(QWidget):
    """A message or a progress bar with Cancel, under a pane's header; beside a message, the
    button that helps with it: the translation models, or this pane's translation. The
    message is one line, elided, with its whole text in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One line, its whole words in its tooltip: five panes side by side have no room
        # for a hint of three or four lines over each article.
        self.label = ElidedLabel(self, whole_in_tooltip=True)
        self.label.setObjectName("paneStatusMessage")
        self.progress = QProgressBar(self)
        self.progress.setMaximumHeight(14)
        self.cancel_button = QPushButton(self)
        self.models_button = QPushButton(self)
        self.translation_button = QPushButton(self)
        self.translation_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.models_button)
        layout.addWidget(self.translation_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # Translated in the pane's context, where these strings have always lived.
        self.cancel_button.setText(QCoreApplication.translate("DocumentPane", "Cancel"))
        self.models_button.setText(QCoreApplication.translate("DocumentPane", "Models…"))
        self.translation_button.setText(QCoreApplication.translate("DocumentPane", "Show translation"))
        self.translation_button.setToolTip(QCoreApplication.translate(
            "DocumentPane", "Switch this pane to its translation, made by the installed model"))
