"""The command line's exchange: who the author is (--author, TRIPTYCH_AUTHOR, the name in
Preferences), import-annotations with its report, --partial and --doc, and export
progress that never passes its total."""

from __future__ import annotations

import json
import re

from tests.test_cli import triptych


def _creators(path) -> set[str]:
    items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
    return {i["creator"]["name"] for i in items if "creator" in i}


def test_the_author_comes_from_the_option_the_environment_or_preferences(tmp_path):
    from PySide6.QtCore import QSettings

    d = tmp_path / "d"
    ids = {r["language"]: r["id"] for r in json.loads(triptych("list", "--json", data_dir=d).stdout)}
    assert triptych("annotate", ids["de"], "--quote", "Baku", "--occurrence", "1", data_dir=d).returncode == 0
    out = tmp_path / "a.json"
    clean_env = {"TRIPTYCH_AUTHOR": ""}
    assert triptych("export", "--format", "json", "-o", str(out), data_dir=d, env=clean_env).returncode == 0
    assert _creators(out) == set()  # nobody named: no creator
    settings = QSettings(str(d / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/name", "Ліна Müller, \"Hamburg\"")  # what Preferences writes
    settings.sync()
    assert triptych("export", "--format", "json", "-o", str(out), data_dir=d, env=clean_env).returncode == 0
    assert _creators(out) == {"Ліна Müller, \"Hamburg\""}
    assert triptych("export", "--format", "json", "-o", str(out), data_dir=d,
                    env={"TRIPTYCH_AUTHOR": "From Env"}).returncode == 0
    assert _creators(out) == {"From Env"}
    assert triptych("--author", "Jane  Doe", "export", "--format", "json", "-o", str(out), data_dir=d,
                    env={"TRIPTYCH_AUTHOR": "From Env"}).returncode == 0
    assert _creators(out) == {"Jane Doe"}


def test_import_annotations_reports_refuses_and_takes_part(tmp_path):
    d, e = tmp_path / "d", tmp_path / "e"
    ids = {r["language"]: r["id"] for r in json.loads(triptych("list", "--json", data_dir=d).stdout)}
    for quote in ("Baku", "Gaza"):
        assert triptych("annotate", ids["de"], "--quote", quote, "--occurrence", "1", "--tag", "place",
                        data_dir=d).returncode == 0
    out = tmp_path / "a.json"
    assert triptych("export", "--format", "json", "-o", str(out), data_dir=d).returncode == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    collection["first"]["items"][0]["target"]["selector"] = [{"type": "RangeSelector"}]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(collection), encoding="utf-8")
    refused = triptych("import-annotations", str(broken), data_dir=e)
    assert refused.returncode == 1
    assert "RangeSelector" in refused.stderr and "Nothing was imported" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert json.loads(triptych("annotations", "--json", data_dir=e).stdout) == []
    partial = triptych("import-annotations", str(broken), "--partial", data_dir=e)
    assert partial.returncode == 0 and "imported 1 annotations" in partial.stdout and "skipped 1" in partial.stdout
    rows = json.loads(triptych("annotations", "--json", data_dir=e).stdout)
    assert len(rows) == 1 and rows[0]["tags"] == ["place"]
    # --doc puts the passages on a named document, whatever the file says.
    other = {"type": "Annotation", "target": {"source": "http://example.org/elsewhere",
                                              "selector": {"type": "TextQuoteSelector",
                                                                           "exact": "Aserbaidschan hat noch keine"}}}
    single = tmp_path / "single.json"
    single.write_text(json.dumps(other), encoding="utf-8")
    missing = triptych("import-annotations", str(single), data_dir=e)
    assert missing.returncode == 1 and "not in the library" in missing.stderr
    placed = triptych("import-annotations", str(single), "--doc", ids["de"][:5], data_dir=e)
    assert placed.returncode == 0, placed.stderr


def test_export_progress_never_passes_its_total(tmp_path):
    d = tmp_path / "d"
    ids = [r["id"] for r in json.loads(triptych("list", "--json", data_dir=d).stdout)]
    annotated = triptych("annotate", ids[2], "--quote", "Baku", "--occurrence", "1", "--note", "n", data_dir=d)
    assert annotated.returncode == 0
    for layout in ("single", "parallel"):
        result = triptych("export", "--format", "pdf", "--layout", layout, "-o", str(tmp_path / f"{layout}.pdf"),
                          data_dir=d)
        assert result.returncode == 0, result.stderr
        steps = [(int(a), int(b)) for a, b in re.findall(r"exporting: (\d+)/(\d+)", result.stderr)]
        assert steps and all(done <= total for done, total in steps), steps[-3:]
        assert steps[-1][0] == steps[-1][1]  # and it reaches it
