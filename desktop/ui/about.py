"""About Triptych: version, and the licences of the bundled fonts and main libraries."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop import APP_NAME, __version__
from desktop.core.paths import resource_dir
from desktop.ui.i18n import retranslates

# (distribution, licence) of what Triptych is built on.
COMPONENTS = [
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python)"),
    ("peewee", "MIT"),
    ("ctranslate2", "MIT"),
    ("sentencepiece", "Apache-2.0"),
    ("sacremoses", "MIT"),
    ("subword-nmt", "MIT"),
    ("python-bidi", "LGPL-3.0"),
    ("pypdf", "BSD-3-Clause"),
    ("py3langid", "BSD-3-Clause"),
    ("charset-normalizer", "MIT"),
    ("platformdirs", "MIT"),
]
FONTS = [("Noto Naskh Arabic", "SIL Open Font License 1.1", "NotoNaskhArabic-OFL.txt"),
         ("DejaVu Sans", "Bitstream Vera / DejaVu licence (free)", "DejaVu-LICENSE.txt")]


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


@retranslates
class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Triptych"))
        self.heading.setText(
            f"<h2>{APP_NAME} {__version__}</h2>"
            + self.tr("A reading and annotation desk for one story told in several languages.")
            + "<br>" + self.tr("Licence: GPL-3.0-or-later.")
        )
        rows = "".join(f"<tr><td>{d}</td><td>{_version(d)}</td><td>{lic}</td></tr>" for d, lic in COMPONENTS)
        fonts = ""
        for name, licence, file in FONTS:
            path = resource_dir() / "fonts" / file
            text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
            fonts += f"<h4>{name} — {licence}</h4><pre style='white-space: pre-wrap'>{_escape(text)}</pre>"
        libraries, bundled = self.tr("Libraries"), self.tr("Bundled fonts")
        self.details.setHtml(
            f"<h3>{libraries}</h3><table cellpadding='3'>{rows}</table><h3>{bundled}</h3>{fonts}"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
