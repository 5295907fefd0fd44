"""Translation model packages: install, list, remove in argostranslate's layout; every
package kind and layout of the index installs; every damaged or unrunnable package is
refused at install time with nothing left behind; download from a loopback index."""

from __future__ import annotations

import http.server
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services import argos, translation
from desktop.services.models import check_package, download_model, install_model, installed_models, remove_model
from tests.support.make_model import KINDS, build_package


def packages(data_dir) -> list[str]:
    return sorted(p.name for p in (data_dir.root / "argos" / "packages").iterdir())


def everything(data_dir) -> list[str]:
    return sorted(str(p) for p in data_dir.root.rglob("*"))


def test_install_list_and_remove(data_dir, model_files):
    assert installed_models() == []
    info = install_model(model_files["ar-en"])
    assert (info.pair, info.version, info.tokenizer) == ("ar-en", "1.0", "sentencepiece") and info.size > 10_000
    assert [m.pair for m in installed_models()] == ["ar-en"]
    assert packages(data_dir) == ["translate-ar_en-1_0"]
    with pytest.raises(UserError, match="already installed"):
        install_model(model_files["ar-en"])
    remove_model("ar-en")
    assert installed_models() == [] and packages(data_dir) == []
    with pytest.raises(UserError, match="No ar-en model"):
        remove_model("ar-en")
    assert not (data_dir.root / "argos" / "staging").exists()  # nothing left aside


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_package_kind_installs_and_is_listed_with_its_tokenizer(data_dir, tmp_path, kind):
    file = build_package("ar", "en", tmp_path / "p.argosmodel", **KINDS[kind])
    info = install_model(file)
    (listed,) = installed_models()
    assert listed == info
    assert listed.tokenizer == KINDS[kind].get("tokenizer", "sentencepiece")
    assert listed.tokenizer_name == {"sentencepiece": "SentencePiece", "bpe": "BPE (Moses)"}[listed.tokenizer]
    assert listed.target_prefix == KINDS[kind].get("target_prefix", "")
    assert listed.size == sum(p.stat().st_size for p in listed.path.rglob("*") if p.is_file())
    layout_folder = "ar_en" if KINDS[kind].get("layout") == "1.0" else "translate-ar_en-1_0"
    assert packages(data_dir) == [layout_folder]
    assert (listed.path / "stanza" / "resources.json").is_file()  # the package is kept whole
    assert translation.translate_texts(["أذربيجان تدرس إرسال قوات."], [listed])[0] is not None


def test_a_newer_version_replaces_the_older_one_in_another_or_the_same_folder(data_dir, tmp_path):
    install_model(build_package("ar", "en", tmp_path / "a.argosmodel", layout="1.0", version="1.0"))
    assert packages(data_dir) == ["ar_en"]
    # The 1.0 layout names the folder after the pair only: a 1.1 of it lands in the same folder.
    newer = install_model(build_package("ar", "en", tmp_path / "b.argosmodel", layout="1.0", version="1.1", seed=3))
    assert packages(data_dir) == ["ar_en"] and [m.version for m in installed_models()] == ["1.1"]
    assert newer.path is not None and json.loads((newer.path / "metadata.json").read_text())["package_version"] == "1.1"
    # The 1.9 layout names it after the version too.
    install_model(build_package("ar", "en", tmp_path / "c.argosmodel", version="1.9", tokenizer="bpe"))
    assert packages(data_dir) == ["translate-ar_en-1_9"]
    assert [(m.version, m.tokenizer) for m in installed_models()] == [("1.9", "bpe")]


def test_of_two_folders_of_one_pair_the_newest_version_is_used(data_dir, tmp_path):
    # Two versions put in the folder by other means (argospm, a copy): the newest is used.
    for version, seed in (("1.10", 3), ("1.9", 4)):
        with zipfile.ZipFile(build_package("ar", "en", tmp_path / f"{version}.argosmodel", version=version,
                                           seed=seed)) as archive:
            archive.extractall(argos.packages_dir())
    (argos.packages_dir() / "not-a-package").mkdir()  # no metadata.json: skipped
    assert [m.version for m in installed_models()] == ["1.10", "1.9"]
    assert [m.version for m in translation.route("ar", "en")] == ["1.10"]
    # Installing another version replaces them all.
    install_model(build_package("ar", "en", tmp_path / "2.0.argosmodel", version="2.0", tokenizer="bpe"))
    assert [m.version for m in installed_models()] == ["2.0"]
    assert packages(data_dir) == ["not-a-package", "translate-ar_en-2_0"]


def _rezip(source: Path, target: Path, transform) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            result = transform(item.filename, zin.read(item.filename))
            if result is not None:
                name, data = result
                zout.writestr(name, data)
    return target


def _metadata(change):
    def transform(name, data):
        if name.endswith("metadata.json"):
            metadata = json.loads(data)
            change(metadata)
            return name, json.dumps(metadata).encode()
        return name, data

    return transform


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
    elif case == "not a translation package":
        _rezip(good, out, _metadata(lambda m: m.update(type="sbd")))
    elif case == "target prefix not text":
        _rezip(good, out, _metadata(lambda m: m.update(target_prefix=["__de__"])))
    elif case == "no model":
        _rezip(good, out, lambda n, d: None if n.endswith("model.bin") else (n, d))
    elif case == "no tokenizer":
        _rezip(good, out, lambda n, d: None if n.endswith("sentencepiece.model") else (n, d))
    elif case == "two folders":
        _rezip(good, out, lambda n, d: (n.replace("translate-ar_en-1_0", "other", 1), d) if n.endswith("README.md")
               else (n, d))
    # Well-formed archives whose contents cannot be run: refused when checked by loading.
    elif case == "model.bin is not a model":
        _rezip(good, out, lambda n, d: (n, b"\0" * 4096) if n.endswith("model.bin") else (n, d))
    elif case == "sentencepiece.model is not a model":
        _rezip(good, out, lambda n, d: (n, b"not a sentencepiece model") if n.endswith("sentencepiece.model")
               else (n, d))
    elif case == "bpe codes are not codes":
        _rezip(good, out, lambda n, d: (n.replace("sentencepiece.model", "bpe.model"), b"#version: 0.2\na b c\n")
               if n.endswith("sentencepiece.model") else (n, d))
    elif case == "vocabulary of another model":
        _rezip(good, out, lambda n, d: (n, b'["<unk>", "<s>"]') if n.endswith("target_vocabulary.json") else (n, d))
    return out


CASES = ["not a zip", "truncated", "crc error", "escaping path", "absolute path", "no metadata",
         "metadata without codes", "not a translation package", "target prefix not text", "no model", "no tokenizer",
         "two folders", "model.bin is not a model", "sentencepiece.model is not a model", "bpe codes are not codes",
         "vocabulary of another model"]


@pytest.mark.parametrize("case", CASES)
def test_damaged_packages_are_refused_and_leave_nothing(data_dir, model_files, tmp_path, case):
    bad = _damaged(case, model_files["ar-en"], tmp_path)
    argos.packages_dir()
    before = everything(data_dir)
    with pytest.raises(UserError) as caught:
        install_model(bad)
    assert bad.name in str(caught.value) and "\n" not in str(caught.value)
    assert everything(data_dir) == before
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists() or case != "absolute path"
    assert installed_models() == []


def test_a_failing_install_leaves_no_half_installed_package_and_keeps_the_old_version(data_dir, model_files, tmp_path,
                                                                                      monkeypatch):
    old = install_model(build_package("ar", "en", tmp_path / "old.argosmodel", version="0.9"))
    before = everything(data_dir)
    real = zipfile.ZipFile._extract_member
    written = []

    def disk_full(self, member, path, pwd):
        if len(written) == 3:  # part of it is written ...
            raise OSError(28, "No space left on device")  # ... then the disk is full
        written.append(member)
        return real(self, member, path, pwd)

    monkeypatch.setattr(zipfile.ZipFile, "_extract_member", disk_full)
    with pytest.raises(UserError, match="The disk holding .*packages is full; the model was not installed."):
        install_model(model_files["ar-en"])
    assert everything(data_dir) == before and installed_models() == [old]
    monkeypatch.setattr(zipfile.ZipFile, "_extract_member", real)
    assert install_model(model_files["ar-en"]).version == "1.0"
    assert packages(data_dir) == ["translate-ar_en-1_0"]


def test_a_package_that_cannot_be_moved_in_leaves_the_old_version_in_place(data_dir, tmp_path, monkeypatch):
    install_model(build_package("ar", "en", tmp_path / "a.argosmodel", layout="1.0"))
    before = everything(data_dir)
    real = Path.rename

    def refuse_the_new_one(self, target):
        if Path(target).name == "ar_en" and "previous" not in str(self):
            raise OSError(13, "Permission denied")
        return real(self, target)

    monkeypatch.setattr(Path, "rename", refuse_the_new_one)
    with pytest.raises(UserError, match="not allowed to write in .*packages; the model was not installed."):
        install_model(build_package("ar", "en", tmp_path / "b.argosmodel", layout="1.0", version="1.1"))
    assert everything(data_dir) == before and [m.version for m in installed_models()] == ["1.0"]


class _Server:
    """A package index and a package served on 127.0.0.1 by the test itself."""

    def __init__(self, model: Path, slow: bool = False, versions: tuple[str, ...] = ("1.0",),
                 served: str = "1.0") -> None:
        model_bytes = model.read_bytes()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                if self.path == "/index.json":
                    body = json.dumps([
                        {"package_version": v, "argos_version": "1.9.0", "from_code": "ar", "from_name": "Arabic",
                         "to_code": "en", "to_name": "English", "code": "translate-ar_en",
                         "links": [outer.url + ("/ar_en.argosmodel" if v == served else "/old.argosmodel")]}
                        for v in versions]).encode()
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


def test_download_takes_the_newest_version_the_index_lists(data_dir, model_files):
    # 1.10 is newer than 1.9 (packaging's order, as argostranslate compares versions);
    # only the newest entry's link serves the package.
    with _Server(model_files["ar-en"], versions=("1.9", "1.10", "1.0"), served="1.10") as server:
        info = download_model(server.url + "/index.json", "ar", "en", data_dir.root / "downloads")
    assert info is not None and info.pair == "ar-en"  # /old.argosmodel would have been a 404


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


def test_check_package_reads_the_pair_and_kind_without_writing(data_dir, model_files, tmp_path):
    before = everything(data_dir)
    info = check_package(model_files["en-de"])
    assert (info.from_code, info.to_code, info.version, info.tokenizer) == ("en", "de", "1.0", "sentencepiece")
    bpe = check_package(build_package("ar", "en", tmp_path / "bpe.argosmodel", tokenizer="bpe",
                                      target_prefix="__en__"))
    assert (bpe.tokenizer, bpe.target_prefix) == ("bpe", "__en__")
    assert everything(data_dir) == before
    assert not any(key.startswith("ARGOS_") for key in os.environ)
