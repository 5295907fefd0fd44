"""What the desk remembers between sessions (open panes, their widths, the window's
geometry and docks) and the side its docks keep."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer

from desktop.ui.desk_layout import fit_to_screen
from desktop.ui.i18n import RTL_UI, current_language

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane import ShownDocument

# The sidebars' width on a first start.
DOCK_WIDTH = 330


def saved_document_ids(settings: QSettings) -> list[str] | None:
    """The documents open at the end of the last session, or None on the first one."""
    saved = settings.value("desk/open")
    return None if saved is None else [str(i) for i in as_list(saved) if i]


def restore_desk(window: MainWindow, default_ids: list[str],
                 documents: Mapping[str, ShownDocument] | None = None) -> None:
    """Reopen the panes, widths, zoom and geometry of the last session.

    ``documents`` (id → anything with id, title, language, direction and text) are
    the documents to show, when already read; by default they come from the database.
    """
    if window.is_ready():
        window.refresh_library()
    geometry = window.settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        fit_to_screen(window)  # saved on a larger screen: fitted to this one
    state = window.settings.value("window/state")
    if isinstance(state, QByteArray):
        if not window.docks_restored:  # else the constructor has restored it
            window.restoreState(state)
    else:
        window.resizeDocks([window.library], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    saved = saved_document_ids(window.settings)
    ids = default_ids if saved is None else saved
    if documents is None:
        from desktop.storage.documents import find_documents

        documents = find_documents(ids)
    window.add_restored_panes([documents[i] for i in ids if i in documents])
    sizes = [int(str(s)) for s in as_list(window.settings.value("desk/sizes", []))]
    if sizes and len(sizes) == len(window.panes()):
        QTimer.singleShot(0, window, lambda: _apply_sizes(window, sizes))
    window.sync_action.setChecked(as_bool(window.settings.value("desk/sync_scroll", False)))
    window.margin_action.setChecked(as_bool(window.settings.value("view/margin", False)))
    if not window.docks_restored:  # restored docks are placed once the desk is complete
        place_docks(window)

def _apply_sizes(window: MainWindow, sizes: list[int]) -> None:
    full = [0] * window.splitter.count()
    for pane, size in zip(window.panes(), sizes, strict=True):
        full[window.splitter.indexOf(pane)] = size
    window.splitter.setSizes(full)

def pane_sizes(window: MainWindow) -> list[int]:
    sizes = window.splitter.sizes()
    return [sizes[window.splitter.indexOf(p)] for p in window.panes()]

def save_desk(window: MainWindow) -> None:
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.setValue("window/state", window.saveState())
    window.settings.setValue("window/state_rtl", current_language() in RTL_UI)
    window.settings.setValue("desk/open", [p.document_id for p in window.panes()])
    window.settings.setValue("desk/sizes", window.pane_sizes())
    from desktop.ui.dialogs import settings_fault

    settings_fault(window.settings)  # closing: the log keeps the sentence, if any


def place_docks(window: MainWindow) -> None:
    """Keep the sidebars on the side where reading starts: left, or right in Arabic.

    Qt mirrors the splitter and toolbars by itself, but not dock areas.
    """
    leading = (Qt.DockWidgetArea.RightDockWidgetArea if window.layoutDirection() == Qt.LayoutDirection.RightToLeft
               else Qt.DockWidgetArea.LeftDockWidgetArea)
    docks = [window.library, window.notebook_dock]
    side = [d for d in docks if window.dockWidgetArea(d) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                            Qt.DockWidgetArea.RightDockWidgetArea)]
    if not side or all(window.dockWidgetArea(d) == leading for d in side):
        return
    raised = window.notebook_dock if not window.notebook_dock.visibleRegion().isEmpty() else window.library
    tabbed = window.tabifiedDockWidgets(window.library)
    width = max(window.library.width(), window.notebook_dock.width()) if window.isVisible() else DOCK_WIDTH
    for dock in side:
        window.addDockWidget(leading, dock)
    if window.notebook_dock in tabbed:
        window.tabifyDockWidget(window.library, window.notebook_dock)
    raised.raise_()
    # Moving a dock gives it its size hint: keep the width it had (or the default), so the
    # articles do not change width later when the notebook fills its dock.
    window.resizeDocks(side, [width] * len(side), Qt.Orientation.Horizontal)

def as_list(value: object) -> list[object]:
    """A list from QSettings, which gives a str for a one-element list (and None for none)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value) if isinstance(value, (list, tuple)) else [value]


def as_bool(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")
