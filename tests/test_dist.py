"""The standalone build (build.spec): it builds, and the built program starts, shows
the desk, exports a PDF and translates with an installed model -- without the
development Python environment and without a network."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory, _fresh_translations) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    # The build bundles compiled translations from i18n/; use the freshly compiled ones.
    for qm in _fresh_translations.glob("*.qm"):
        shutil.copy(qm, ROOT / "i18n" / qm.name)
    started = time.monotonic()
    subprocess.run(
        [str(Path(sys.executable).with_name("pyinstaller")), "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        check=True, cwd=ROOT, capture_output=True, timeout=1200,
    )
    app = work / "dist" / "triptych"
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file())
    print(f"\nbuild: {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MB")
    assert size < 1.5 * 2**30
    return app


def _run(app: Path, *args: str, data: Path) -> subprocess.CompletedProcess:
    """Run the built program offline (its own network namespace) with a bare environment."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(data.parent / "home"), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}
    command = [str(app / "triptych"), "--data-dir", str(data), *args]
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        command = ["unshare", "-n", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def test_the_built_program_needs_no_python_environment(built):
    assert not any(built.rglob("site-packages"))  # nothing of the venv is referenced
    assert (built / "_internal" / "resources" / "fonts" / "NotoNaskhArabic-OFL.txt").exists()
    assert sorted(p.name for p in (built / "_internal" / "i18n").glob("*.qm")) == [
        "triptych_ar.qm", "triptych_de.qm", "triptych_en.qm", "triptych_ru.qm"]
    for left_out in ("torch", "stanza", "spacy", "onnxruntime", "minisbd", "argostranslate", "tests"):
        assert not (built / "_internal" / left_out).exists(), left_out
    assert (built / "_internal" / "sacremoses" / "data" / "nonbreaking_prefixes").is_dir()


def test_the_built_program_shows_the_desk_exports_and_translates(built, tmp_path, model_files):
    from tests.support.make_model import build_package

    data = tmp_path / "data"
    version = _run(built, "--version", data=data)
    assert version.returncode == 0 and "Triptych" in version.stdout
    shot = tmp_path / "desk.png"
    result = _run(built, "--lang", "ar", "--screenshot", str(shot), data=data)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = tmp_path / "desk.pdf"
    result = _run(built, "export", "--format", "pdf", "-o", str(pdf), data=data)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Aserbaidschan" in text and "Баку" in text
    assert _run(built, "models", "install", str(model_files["ar-en"]), data=data).returncode == 0
    bpe = build_package("ru", "en", tmp_path / "ru_en.argosmodel", tokenizer="bpe")  # Moses and BPE
    assert _run(built, "models", "install", str(bpe), data=data).returncode == 0
    listed = _run(built, "models", "list", data=data).stdout.splitlines()
    assert [line.split("\t")[:3] for line in listed] == [["ar-en", "1.0", "SentencePiece"],
                                                         ["ru-en", "1.0", "BPE (Moses)"]]
    ids = {r["language"]: r["id"] for r in json.loads(_run(built, "list", "--json", data=data).stdout)}
    for language in ("ar", "ru"):
        result = _run(built, "translate", ids[language], "--to", "en", "--json", data=data)
        assert result.returncode == 0, result.stderr
        sentences = json.loads(result.stdout)["sentences"]
        assert len(sentences) > 10 and all(s["translation"] is not None for s in sentences)
    # Comparing stems, transliterates and matches names with the bundled libraries.
    translation = ROOT / "tests" / "data" / "compare" / "bundled" / "de.en.txt"
    assert _run(built, "translation", "load", ids["de"], "--to", "en", str(translation), data=data).returncode == 0
    result = _run(built, "compare", ids["ru"], ids["de"], "--json", "--no-model", data=data)
    assert result.returncode == 0, result.stderr
    compared = json.loads(result.stdout)
    assert compared["documents"] == [ids["ru"], ids["de"]] and compared["only_in"]
