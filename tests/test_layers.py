"""The layer rule: app/cli -> ui -> services -> storage -> core, and Qt only where allowed.

import-linter checks the same contracts in `make test`; this test reads the imports
itself so that a broken rule fails in pytest with the offending line.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"
ORDER = ["core", "storage", "services", "ui", "app"]


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "desktop" or len(parts) == 1:
        return None
    return "app" if parts[1] in ("app", "cli", "__main__") else parts[1]


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_every_module_imports_only_downwards():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        own = _layer(module)
        if own is None:
            continue
        for line, imported in _imports(path):
            target = _layer(imported)
            if target is not None and ORDER.index(target) > ORDER.index(own):
                problems.append(f"{path.name}:{line} ({own}) imports {imported} ({target})")
            if own in ("core", "storage") and imported.startswith("PySide6"):
                problems.append(f"{path.name}:{line} ({own}) imports Qt: {imported}")
            if own in ("core", "storage", "services") and imported.startswith("PySide6.QtWidgets"):
                problems.append(f"{path.name}:{line} ({own}) imports QtWidgets")
    assert problems == []


def test_the_rule_checker_sees_a_violation(tmp_path):
    """The checker itself must be able to fail."""
    bad = tmp_path / "bad.py"
    bad.write_text("from desktop.ui.main_window import MainWindow\nimport PySide6.QtWidgets\n")
    imports = [name for _line, name in _imports(bad)]
    assert ORDER.index(_layer(imports[0])) > ORDER.index("core")
    assert imports[1].startswith("PySide6")


def test_headless_commands_do_not_load_qt():
    import subprocess
    import sys

    code = (
        "import sys; from desktop.cli import main; main(['list']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("NOQT")


def test_the_desk_starts_without_importing_the_translation_stack(tmp_path):
    """argostranslate (and torch, stanza, CTranslate2) take seconds to import: never at start-up."""
    import subprocess
    import sys

    code = (
        "import sys; from desktop.cli import main; "
        f"main(['--data-dir', {str(tmp_path / 'd')!r}, '--screenshot', {str(tmp_path / 's.png')!r}]); "
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'argostranslate', 'ctranslate2', 'torch', 'stanza', "
        "'spacy', 'sentencepiece', 'py3langid', 'charset_normalizer'}); print('HEAVY', heavy)"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "HEAVY []" in out.stdout
