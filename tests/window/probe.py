"""The desk, with a test-only probe: ``python -m tests.window.probe [desk arguments]``.

Runs the desk exactly as ``python -m desktop`` does, and once the desk is complete
(``desktop.app._desk_complete``, the end of either way of starting) listens on a local
socket (the path in ``TRIPTYCH_PROBE``) for one JSON request per line, each answered by
one JSON line. The probe only looks and tidies up: what a test does to the desk it does
with real key and mouse events through the X server (tests/window/harness.py).

Requests (``{"cmd": ..., ...}``):
    hello: the main window's X window id, whether the desk is complete, its language.
    panes: each pane's language, document id, text and direction, and the active one.
    caret(language, offset, view="original", end=False): where the text cursor at that offset of that
        pane is drawn, in screen pixels (x, top, height), and whether it is inside the
        view; ``view="translation"``: on the translation side, where that offset of the
        original shows (its interlinear line, or its sentence's translation: its start, or
        with ``end`` its end).
    header(language): what the pane's header shows: its mode, the modes, the view-mode
        box's screen rectangle, whether the box shows its whole text, the title shown and
        the title's whole, the headline's lines as the reader broke them.
    selection(language): that pane's text cursor in the original (anchor, position), in code
        points, and the passage of the original the pane's selection stands for, in
        whichever view it was made (None: nothing selected).
    offset_at(language, x, y): the text offset Qt finds at that screen point.
    actions: every action with a shortcut: name, text, keys (portable text), enabled.
    triggered: the actions a key has reached since the last call (then forgotten), as
        Qt hands a shortcut to an action ("AMBIGUOUS name" when Qt refused the key).
    focus(language): give that pane's reader the keyboard focus (as a click would,
        without moving its selection).
    close_dialogs: close every visible window but the desk (file dialogs, message boxes).
    ambiguous: keys bound twice in each visible window (tests/support/shortcuts.py),
        as this platform (xcb) binds the standard keys.
    state: what a person sees: panes, the focus widget, docks, zoom, the status bar, whether a
        popup is open, the pages of the print preview (None: none is open).
    idle: whether no background task is running (what a key started -- the pages of a
        print preview, a translation -- has come back).
    grab(path, what="window"|"popup"): a PNG of the desk's window or of the open menu.
    notebook: the annotations the Notebook lists (id, note, author), the current one, and,
        on a shared library, the status bar's word on it and whether the desk listens.
    ink(language, offset): how many pixels of the line the text cursor at that offset of
        that pane's reader is on are drawn in another colour than the page (0: nothing is
        drawn there), and whether that line is inside the view.
    compare: Compare mode's state: on, busy, the current passage and correspondence.
    widget(name): where the visible widget of that object name is, in screen pixels.
    row(name, row=0): a row of the visible list of that object name (the Library's
        ``libraryList``, the Notebook's ``annotationTree``): a screen point in it, whether
        it is selected, the colour most of its pixels are drawn in (#rrggbb), and whether
        the list has the focus.
    shortcuts: the rows of the open Keyboard shortcuts list (action, keys, menu), as shown.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShortcutEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

import desktop.app as app_module
from desktop.ui.main_window import MainWindow


class Probe(QObject):
    def __init__(self, window: MainWindow, path: str) -> None:
        super().__init__(window)
        self.window = window
        self.triggered: list[str] = []
        self._watched: set[int] = set()
        self._watch_actions()
        self.server = QLocalServer(self)
        QLocalServer.removeServer(path)
        if not self.server.listen(path):
            raise RuntimeError(f"probe cannot listen on {path}: {self.server.errorString()}")
        self.server.newConnection.connect(self._on_server_new_connection)

    # -- plumbing ----------------------------------------------------------------------

    def _watch_actions(self) -> None:
        from tests.support.shortcuts import actions_of

        for action in actions_of(self.window):
            if id(action) not in self._watched:
                self._watched.add(id(action))
                action.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A key reaches an action as a shortcut event, before the action triggers (and
        before a dialog it opens starts its own event loop); Qt marks a refused one."""
        if event.type() == QEvent.Type.Shortcut and isinstance(event, QShortcutEvent):
            name = watched.objectName() or (watched.parent().objectName() if watched.parent() else "")
            self.triggered.append(f"AMBIGUOUS {name}" if event.isAmbiguous() else name)
        return False

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8")
            try:
                request = json.loads(line)
                answer: Any = {"ok": True, "value": getattr(self, f"cmd_{request.pop('cmd')}")(**request)}
            except Exception as exc:  # told to the test, which fails with it
                answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            socket.write((json.dumps(answer, ensure_ascii=False) + "\n").encode("utf-8"))
            socket.flush()

    def _pane(self, language: str) -> Any:
        return next(p for p in self.window.panes() if p.language == language)

    # -- requests ----------------------------------------------------------------------

    def cmd_hello(self) -> dict[str, Any]:
        from desktop.ui.i18n import current_language

        return {"window": int(self.window.winId()), "ready": self.window.is_ready(), "language": current_language(),
                "pid": os.getpid()}

    def cmd_panes(self) -> dict[str, Any]:
        active = self.window.active_pane()
        return {"panes": [{"language": p.language, "id": p.document_id, "text": p.view.text, "rtl": p.direction.is_rtl,
                           "mode": p.mode,
                           "sentences": [[s.start, s.end] for s in p.translation_view.sentences]
                           if p.mode != "original" else []} for p in self.window.panes()],
                "active": active.language if active is not None else None}

    def cmd_caret(self, language: str, offset: int, view: str = "original", end: bool = False) -> dict[str, Any]:
        pane = self._pane(language)
        if view == "translation":
            from PySide6.QtGui import QTextCursor

            shown = pane.translation_view
            position = shown.view_position(offset, end=end)
            cursor = QTextCursor(shown.document())
            cursor.setPosition(position if position is not None else 0)
            rect = shown.cursorRect(cursor)
            top_left = shown.viewport().mapToGlobal(rect.topLeft())
            return {"x": top_left.x(), "top": top_left.y(), "height": rect.height(),
                    "visible": position is not None and shown.viewport().rect().contains(rect.center())}
        view = pane.view
        rect = view.cursorRect(view.cursor_for(offset, offset))
        top_left = view.viewport().mapToGlobal(rect.topLeft())
        return {"x": top_left.x(), "top": top_left.y(), "height": rect.height(),
                "visible": view.viewport().rect().contains(rect.center())}

    def cmd_selection(self, language: str) -> dict[str, Any]:
        pane = self._pane(language)
        view = pane.view
        cursor = view.textCursor()
        offsets = view._offsets
        chosen = pane.selected_range()
        return {"anchor": offsets.from_utf16(cursor.anchor()), "position": offsets.from_utf16(cursor.position()),
                "passage": list(chosen) if chosen else None}

    def cmd_offset_at(self, language: str, x: int, y: int) -> int:
        from PySide6.QtCore import QPoint

        view = self._pane(language).view
        return view.offset_at(view.viewport().mapFromGlobal(QPoint(x, y)))

    def cmd_actions(self) -> list[dict[str, Any]]:
        from PySide6.QtGui import QKeySequence

        from tests.support.shortcuts import actions_of

        self._watch_actions()  # the notebook's come with the complete desk
        result = []
        for action in actions_of(self.window):
            keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts() if not k.isEmpty()]
            if keys:
                name = action.objectName() or (action.parent().objectName() if action.parent() else "")
                result.append({"name": name, "text": action.text(), "keys": keys, "enabled": action.isEnabled()})
        return result

    def cmd_triggered(self) -> list[str]:
        seen, self.triggered = self.triggered, []
        return seen

    def cmd_focus(self, language: str) -> str:
        view = self._pane(language).view
        view.setFocus()
        return type(QApplication.focusWidget()).__name__

    def cmd_close_dialogs(self) -> list[str]:
        closed = []
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and widget.isWindow():
                closed.append(widget.objectName() or type(widget).__name__)
                widget.close()
        return closed

    def cmd_ambiguous(self) -> list[str]:
        from tests.support.shortcuts import ambiguous, repeated_keys

        found = []
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QWidget) and widget.isVisible():
                found += [f"{widget.objectName()}: {line}" for line in ambiguous(widget) + repeated_keys(widget)]
        return found

    def cmd_grab(self, path: str, what: str = "window") -> list[int]:
        """Save a PNG of the desk's window (or of the open popup menu, ``what="popup"``)."""
        widget = QApplication.activePopupWidget() if what == "popup" else self.window
        if widget is None:
            raise ValueError("no popup is open")
        image = widget.grab()
        if not image.save(path, "PNG"):
            raise OSError(f"cannot write {path}")
        return [image.width(), image.height()]

    def cmd_header(self, language: str) -> dict[str, Any]:
        pane = self._pane(language)
        header = pane.header
        box = header.mode_combo
        top_left = box.mapToGlobal(box.rect().topLeft())
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        text_room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                               QStyle.SubControl.SC_ComboBoxEditField, box).width()
        lines = []
        view = pane.view
        if view.paragraphs:
            headline = view.paragraphs[0]
            block = view.document().findBlock(view.cursor_for(headline.start, headline.start).position())
            layout = block.layout()
            lines = [block.text()[layout.lineAt(i).textStart():layout.lineAt(i).textStart()
                                  + layout.lineAt(i).textLength()] for i in range(layout.lineCount())]
        return {"mode": pane.mode, "modes": list(pane.MODES), "mode_text": box.currentText(),
                "mode_box": [top_left.x(), top_left.y(), box.width(), box.height()],
                "mode_text_fits": box.fontMetrics().horizontalAdvance(box.currentText()) <= text_room,
                "title": header.title_label.text(), "title_full": header.title_label.full_text(),
                "meta": header.meta_label.full_text(),
                "buttons": [b.isVisible() and b.width() >= 16 for b in (header.move_left_button,
                                                                        header.move_right_button,
                                                                        header.close_button)],
                "headline_lines": lines, "pane_width": pane.width()}

    @staticmethod
    def _print_pages() -> int | None:
        """The pages of the print preview on screen, if one is."""
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.objectName() == "printPreview":
                preview = widget.findChild(QPrintPreviewWidget)
                return preview.pageCount() if preview is not None else 0
        return None

    def cmd_idle(self) -> bool:
        from desktop.ui.tasks import running

        return not running()

    def cmd_notebook(self) -> dict[str, Any]:
        notebook, live = self.window.notebook, self.window.live
        annotations = [] if notebook is None else [
            {"id": a.id, "note": a.note, "author": a.author} for a in notebook.panel.model._data.values()]
        return {"annotations": annotations, "current": None if notebook is None else notebook.panel.current,
                "live": None if live is None else live.indicator.text(),
                "listening": live is not None and live.feed.listening.is_set(),
                "info": self.window.property("lastInfoText"), "error": self.window.property("lastErrorText")}

    def cmd_state(self) -> dict[str, Any]:
        focus = QApplication.focusWidget()
        return {
            "panes": [p.language for p in self.window.panes()],
            "active": getattr(self.window.active_pane(), "language", None),
            "focus": type(focus).__name__ if focus is not None else None,
            "focus_name": focus.objectName() if focus is not None else None,
            "zoom": {p.language: p.view.zoom for p in self.window.panes()},
            "library": self.window.library.isVisible(),
            "notebook": self.window.notebook_dock.isVisible(),
            "status": self.window.statusBar().currentMessage(),
            "windows": [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self.window],
            "popup": QApplication.activePopupWidget() is not None,
            "print_pages": self._print_pages(),
        }


    def cmd_compare(self) -> dict[str, Any]:
        controller = self.window.compare
        if controller is None:
            return {"on": False, "busy": False, "ready": False}
        current, match = controller.current, controller.current_match
        return {"on": controller.on, "busy": controller.busy(), "ready": controller.comparison is not None,
                "current": list(current) if current is not None else None,
                "match": [list(match.a), list(match.b), match.relation] if match is not None else None,
                "only_here": [list(p) for p in controller.alignment.only_in] if controller.alignment else [],
                "suggested": [[list(m.a), list(m.b)] for m in controller.alignment.suggestions()]
                if controller.alignment else [],
                "bar": {"status": controller.bar.status_label.full_text(), "text": controller.bar.match_label.text(),
                        "tooltip": controller.bar.match_label.toolTip()}}

    def cmd_drawn(self, language: str, start: int, end: int) -> str:
        """The colour most of the pixels behind ``start``..``end`` (on one line of a pane's
        text) are drawn in, as #rrggbb: what the eye takes for the passage's background."""
        from collections import Counter

        view = self._pane(language).view
        here = view.cursorRect(view.cursor_for(start, start))
        there = view.cursorRect(view.cursor_for(end, end))
        image = view.viewport().grab().toImage()
        left, right = sorted((here.x(), there.x()))
        counts = Counter(image.pixelColor(x, y).name() for x in range(left + 1, right - 1)
                         for y in range(here.top() + 1, here.bottom()))
        return counts.most_common(1)[0][0]

    def cmd_ink(self, language: str, offset: int) -> dict[str, Any]:
        view = self._pane(language).view
        line = view.cursorRect(view.cursor_for(offset, offset))
        image = view.viewport().grab().toImage()
        page = image.pixelColor(image.width() // 2, max(0, line.top() - 2))
        top, bottom = max(0, line.top()), min(image.height(), line.bottom())
        inked = sum(1 for y in range(top, bottom) for x in range(image.width())
                    if image.pixelColor(x, y) != page)
        return {"inked": inked, "visible": view.viewport().rect().contains(line.center())}

    def cmd_widget(self, name: str) -> dict[str, Any]:
        from PySide6.QtCore import QPoint

        found = [w for w in self.window.findChildren(QWidget, name) if w.isVisible()]
        if not found:
            raise ValueError(f"no visible widget called {name}")
        widget = found[0]
        centre = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
        return {"x": centre.x(), "y": centre.y(), "enabled": widget.isEnabled()}

    def cmd_row(self, name: str, row: int = 0) -> dict[str, Any]:
        from collections import Counter

        from PySide6.QtWidgets import QAbstractItemView

        found = [w for w in self.window.findChildren(QAbstractItemView, name) if w.isVisible()]
        if not found:
            raise ValueError(f"no visible list called {name}")
        view = found[0]
        model = view.model()
        rect = view.visualRect(model.index(row, 0))
        for column in range(1, model.columnCount()):
            if not getattr(view, "isColumnHidden", lambda _column: False)(column):
                rect = rect.united(view.visualRect(model.index(row, column)))
        rect = rect.intersected(view.viewport().rect())
        if rect.isEmpty():
            raise ValueError(f"row {row} of {name} is not on screen")
        image = view.viewport().grab().toImage()
        counts = Counter(image.pixelColor(x, y).name() for x in range(rect.left() + 1, rect.right())
                         for y in range(rect.top() + 1, rect.bottom()))
        centre = view.viewport().mapToGlobal(rect.center())
        return {"point": [centre.x(), centre.y()], "drawn": counts.most_common(1)[0][0],
                "selected": view.selectionModel().isRowSelected(row, model.index(row, 0).parent()),
                "focus": view.hasFocus()}

    def cmd_shortcuts(self) -> list[list[str]]:
        from desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
        model = dialog.proxy
        return [[str(model.index(row, column).data()) for column in range(3)] for row in range(model.rowCount())]


_probe: Probe | None = None


def main() -> int:
    path = os.environ["TRIPTYCH_PROBE"]
    complete = app_module._desk_complete

    def desk_complete_with_probe(window: MainWindow, data_dir: Any, *rest: Any) -> None:
        global _probe
        complete(window, data_dir, *rest)
        _probe = Probe(window, path)

    app_module._desk_complete = desk_complete_with_probe
    from desktop.cli import main as desk

    return desk(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
