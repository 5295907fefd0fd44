"""Baseline for the start-up benchmark: a bare PySide6 window showing the same three
texts in plain text views, exiting at its first paint. Run as a separate process."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget


class Watcher(QObject):
    def __init__(self, app: QApplication, widgets: list[QWidget]) -> None:
        super().__init__()
        self.app, self.waiting = app, set(map(id, widgets))
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and id(watched) in self.waiting:
            self.waiting.discard(id(watched))
            if not self.waiting:
                import resource

                print(f"first-paint {time.perf_counter():.6f} maxrss-kb "
                      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
                self.app.quit()
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QHBoxLayout(window)
    views = []
    for path in sys.argv[1:]:
        view = QPlainTextEdit()
        with open(path, encoding="utf-8") as fh:
            view.setPlainText(fh.read())
        layout.addWidget(view)
        views.append(view.viewport())
    watcher = Watcher(app, views)  # noqa: F841
    window.resize(1600, 900)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
