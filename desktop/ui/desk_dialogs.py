"""The desk's dialogs: translation models, export, print preview, preferences, keyboard
shortcuts, about. Each is made when asked for and kept here while it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ui.style import isolate_path

if TYPE_CHECKING:
    from desktop.ui.about import AboutDialog
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models_dialog import ModelsDialog
    from desktop.ui.preferences import PreferencesDialog
    from desktop.ui.print_dialog import PrintPreview
    from desktop.ui.shortcuts_dialog import ShortcutsDialog


class DeskDialogs:
    """Opens the window's dialogs, and shows again one that is still at work.

    Attributes:
        models_dialog, export_dialog, print_dialog, preferences_dialog, shortcuts_dialog,
        about_dialog: the last one opened (None before); closed ones delete themselves.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.models_dialog: ModelsDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.print_dialog: PrintPreview | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None

    def open_models(self) -> None:
        from desktop.ui.models_dialog import ModelsDialog

        window = self.window
        if _show_busy(self.models_dialog):
            return
        dialog = ModelsDialog(window.settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.modelsChanged.connect(window._on_models_changed)
        dialog.show()
        self.models_dialog = dialog

    def open_export(self) -> None:
        from desktop.ui.export_dialog import ExportDialog

        window = self.window
        if _show_busy(self.export_dialog):
            return
        dialog = ExportDialog(window.settings, [p.document_id for p in window.panes()], window.target, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.show()
        self.export_dialog = dialog

    def _on_export_dialog_exported(self, path: str) -> None:
        window = self.window
        message = QCoreApplication.translate("MainWindow", "Exported %1").replace("%1", isolate_path(path))
        window.statusBar().showMessage(message, 8000)

    def open_print_preview(self) -> None:
        """Print the open articles (Ctrl+P): a preview of the pages, then the printer."""
        from desktop.ui.printing import print_preview

        window = self.window
        dialog = print_preview(window, [p.document_id for p in window.panes()], window.target)
        if dialog is not None:
            self.print_dialog = dialog

    def open_about(self) -> None:
        from desktop.ui.about import AboutDialog

        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.about_dialog = dialog

    def open_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: the list read from the actions as they are now."""
        from desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = self.shortcuts_dialog
        if dialog is None:
            dialog = self.shortcuts_dialog = ShortcutsDialog(self.window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_preferences(self) -> None:
        from desktop.ui.preferences import PreferencesDialog

        window = self.window
        dialog = PreferencesDialog(window.settings, window)
        dialog.nameChanged.connect(lambda _name: window.live.retranslate_ui() if window.live is not None else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.readingStyleChanged.connect(window.restyle_panes)
        dialog.themeChanged.connect(lambda _dark: window.restyle_panes())
        dialog.show()
        self.preferences_dialog = dialog


def _show_busy(dialog: ExportDialog | ModelsDialog | None) -> bool:
    """Show again a dialog that was closed while its work goes on (it is only hidden
    until then), rather than open a second one beside it."""
    from shiboken6 import isValid

    if dialog is None or not isValid(dialog) or not dialog.is_busy():
        return False
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return True
