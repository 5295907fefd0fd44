"""Translation model packages: install, list, remove through argostranslate; every
damaged package refused with nothing left behind; download from a loopback index."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services import argos
from desktop.services.models import check_package, download_model, install_model, installed_models, remove_model


def packages(data_dir) -> list[str]:
    return sorted(p.name for p in (data_dir.root / "argos" / "packages").iterdir())


def test_install_list_and_remove(data_dir, model_files):
    assert installed_models() == []
    info = install_model(model_files["ar-en"])
    assert (info.pair, info.version) == ("ar-en", "1.0") and info.size > 10_000
    assert [m.pair for m in installed_models()] == ["ar-en"]
    assert packages(data_dir) == ["translate-ar_en-1_0"]
    with pytest.raises(UserError, match="already installed"):
        install_model(model_files["ar-en"])
    remove_model("ar-en")
    assert installed_models() == [] and packages(data_dir) == []
    with pytest.raises(UserError, match="No ar-en model"):
        remove_model("ar-en")


def _rezip(source: Path, target: Path, transform) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            result = transform(item.filename, zin.read(item.filename))
            if result is not None:
                name, data = result
                zout.writestr(name, data)
    return target


def _damaged(case: str, good: Path, tmp: Path) -> Path:
    out = tmp / f"{case.replace(' ', '_')}.argosmodel"
    if case == "not a zip":
        out.write_text("this is not a model")
    elif case == "truncated":
        out.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif case == "crc error":
        data = bytearray(good.read_bytes())
        with zipfile.ZipFile(good) as archive:
            member = next(i for i in archive.infolist() if i.filename.endswith("model.bin"))
        middle = member.header_offset + 30 + len(member.filename) + member.compress_size // 2
        data[middle] ^= 0xFF
        out.write_bytes(bytes(data))
    elif case == "escaping path":
        _rezip(good, out, lambda n, d: (n, d))
        with zipfile.ZipFile(out, "a") as archive:
            archive.writestr("translate-ar_en-1_0/../../evil.txt", "pwned")
    elif case == "absolute path":
        _rezip(good, out, lambda n, d: (n, d))
        with zipfile.ZipFile(out, "a") as archive:
            archive.writestr("/tmp/evil.txt", "pwned")
    elif case == "no metadata":
        _rezip(good, out, lambda n, d: None if n.endswith("metadata.json") else (n, d))
    elif case == "metadata without codes":
        _rezip(good, out, lambda n, d: (n, b'{"package_version": "1.0"}') if n.endswith("metadata.json") else (n, d))
    elif case == "no model":
        _rezip(good, out, lambda n, d: None if n.endswith("model.bin") else (n, d))
    elif case == "no tokenizer":
        _rezip(good, out, lambda n, d: None if n.endswith("sentencepiece.model") else (n, d))
    elif case == "two folders":
        _rezip(good, out, lambda n, d: (n.replace("translate-ar_en-1_0", "other", 1), d) if n.endswith("README.md") else (n, d))
    return out


CASES = ["not a zip", "truncated", "crc error", "escaping path", "absolute path", "no metadata",
         "metadata without codes", "no model", "no tokenizer", "two folders"]


@pytest.mark.parametrize("case", CASES)
def test_damaged_packages_are_refused_and_leave_nothing(data_dir, model_files, tmp_path, case):
    bad = _damaged(case, model_files["ar-en"], tmp_path)
    before = sorted(str(p) for p in data_dir.root.rglob("*"))
    with pytest.raises(UserError) as caught:
        install_model(bad)
    assert bad.name in str(caught.value) and "\n" not in str(caught.value)
    assert sorted(str(p) for p in data_dir.root.rglob("*")) == before
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists() or case != "absolute path"


def test_a_failing_install_leaves_no_half_installed_package(data_dir, model_files, monkeypatch):
    package = argos.package_module()
    real = package.install_from_path

    def disk_full(path):
        with zipfile.ZipFile(path) as archive:
            first = archive.infolist()[0]
            archive.extract(first, argos.packages_dir())  # part of it is written ...
        raise OSError(28, "No space left on device")  # ... then the disk is full

    monkeypatch.setattr(package, "install_from_path", disk_full)
    with pytest.raises(UserError, match="The disk holding .*packages is full; the model was not installed."):
        install_model(model_files["ar-en"])
    assert packages(data_dir) == []
    monkeypatch.setattr(package, "install_from_path", real)
    assert install_model(model_files["ar-en"]).pair == "ar-en"


class _Server:
    """A package index and a package served on 127.0.0.1 by the test itself."""

    def __init__(self, model: Path, slow: bool = False) -> None:
        model_bytes = model.read_bytes()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                if self.path == "/index.json":
                    body = json.dumps([{"type": "translate", "from_code": "ar", "to_code": "en",
                                        "package_version": "1.0", "links": [outer.url + "/ar_en.argosmodel"]}]).encode()
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                elif self.path == "/ar_en.argosmodel":
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(model_bytes)))
                    self.end_headers()
                    step = 16 * 1024
                    for i in range(0, len(model_bytes), step):
                        try:
                            self.wfile.write(model_bytes[i : i + step])
                            self.wfile.flush()
                        except (BrokenPipeError, ConnectionResetError):
                            return
                        if slow:
                            outer.sent.wait(0.05)
                else:
                    self.send_error(404)

        self.sent = threading.Event()
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_download_from_an_index_with_progress(data_dir, model_files):
    seen = []
    with _Server(model_files["ar-en"]) as server:
        info = download_model(server.url + "/index.json", "ar", "en", data_dir.root / "downloads",
                              progress=lambda done, total: seen.append((done, total)))
    assert info.pair == "ar-en" and [m.pair for m in installed_models()] == ["ar-en"]
    assert seen[-1][0] == seen[-1][1] == model_files["ar-en"].stat().st_size
    assert list((data_dir.root / "downloads").iterdir()) == []  # nothing left over


def test_a_cancelled_download_installs_and_keeps_nothing(data_dir, model_files):
    calls = []
    with _Server(model_files["ar-en"], slow=True) as server:
        result = download_model(server.url + "/index.json", "ar", "en", data_dir.root / "downloads",
                                progress=lambda done, total: calls.append(done), cancelled=lambda: len(calls) >= 2)
    assert result is None
    assert installed_models() == [] and list((data_dir.root / "downloads").iterdir()) == []
    assert len(calls) == 2


def test_a_missing_pair_or_unreachable_index_is_one_sentence(data_dir, model_files):
    with _Server(model_files["ar-en"]) as server:
        with pytest.raises(UserError, match="no ru-de model"):
            download_model(server.url + "/index.json", "ru", "de", data_dir.root / "downloads")
        url = server.url
    with pytest.raises(UserError, match="Cannot read the model index"):
        download_model(url + "/index.json", "ar", "en", data_dir.root / "downloads", timeout=2)


def test_check_package_reads_the_pair_without_writing(data_dir, model_files):
    before = sorted(str(p) for p in data_dir.root.rglob("*"))
    info = check_package(model_files["en-de"])
    assert (info.from_code, info.to_code, info.version) == ("en", "de", "1.0")
    assert sorted(str(p) for p in data_dir.root.rglob("*")) == before
    assert os.environ["ARGOS_PACKAGES_DIR"].startswith(str(data_dir.root))
    shutil.rmtree(data_dir.root / "argos" / "cache", ignore_errors=True)
