"""URLs: a page fetched only within its limits, one sentence for every way a fetch goes wrong,
and a changed page stored as the next version. Every server here is on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from desktop.core.errors import UserError
from desktop.services.importing import import_files, read_url
from desktop.services.sources import fetch
from desktop.services.sources.fetch import check_url, fetch_url
from desktop.storage.models import Document
from tests.support.web_server import serve
from tests.test_cli import triptych


@pytest.fixture(scope="module")
def server():
    with serve() as running:
        yield running


def one_sentence(exc: pytest.ExceptionInfo[UserError]) -> str:
    message = str(exc.value)
    assert "\n" not in message and "Traceback" not in message and "Errno" not in message
    return message


def test_a_page_is_fetched_and_read(database, server):
    (result,) = import_files([f"{server.url}/moved"])
    document = result.document
    assert document.title == "Baku erwägt Teilnahme"
    assert document.language == "de" and document.site == "Testzeitung" and document.author == "Anna Beispiel"
    assert document.url == f"{server.url}/article"  # the final URL, after the redirect
    assert document.source == f"{server.url}/moved"  # as asked: fetching it again is its next version
    assert document.fetched.endswith("Z") and document.fetched[:4].isdigit()
    assert "Start" not in document.text and "©" not in document.text
    path, headers = server.requests[-1]
    assert headers["User-Agent"].startswith("Triptych/")
    assert "Cookie" not in headers  # the cookie the server set on the redirect was not kept


def test_the_charset_comes_from_the_headers(database, server):
    document = read_url(f"{server.url}/arabic-1256")
    assert document.language == "ar" and document.direction == "rtl"
    assert "أكد مصدر رسمي" in document.text


def test_a_changed_page_is_the_next_version_and_annotations_follow(database, server):
    from desktop.services.annotating import annotate_quote
    from desktop.storage.annotations import annotations_for

    url = f"{server.url}/changing"
    (first,) = import_files([url])
    annotation = annotate_quote(first.document.id, "Stabilisierungstruppe für Gaza")
    (second,) = import_files([url])
    assert second.created and second.document.version == 2 and second.document.previous_id == first.document.id
    (moved,) = annotations_for([second.document.id])
    assert moved.exact == annotation.exact and moved.state == "anchored"
    assert second.document.text[moved.start:moved.end] == "Stabilisierungstruppe für Gaza"


@pytest.mark.parametrize(("url", "expected"), [
    ("file:///etc/passwd", "only http and https"),
    ("ftp://127.0.0.1/file.txt", "only http and https"),
    ("javascript:alert(1)", "only http and https"),
    ("data:text/html,<p>x</p>", "only http and https"),
    ("https://", "not a web address"),
])
def test_other_schemes_are_refused(database, url, expected):
    with pytest.raises(UserError) as caught:
        import_files([url])
    assert expected in one_sentence(caught)
    assert Document.select().count() == 0


def test_the_ways_a_fetch_goes_wrong(server, monkeypatch):
    cases = {
        "/missing": "There is no page at",
        "/loop": "redirects too many times",
        "/to-ftp": "redirects to a ftp: address",
    }
    for path, expected in cases.items():
        with pytest.raises(UserError) as caught:
            fetch_url(server.url + path)
        assert expected in one_sentence(caught), path
    with pytest.raises(UserError) as caught:
        fetch_url(server.url + "/slow", timeout=0.5)
    assert "did not answer" in one_sentence(caught)
    with pytest.raises(UserError) as caught:
        fetch_url(server.url + "/endless", max_bytes=1024 * 1024)
    assert "larger than 1 MB" in one_sentence(caught)
    with pytest.raises(UserError) as caught:
        fetch_url(server.url + "/drip", total_timeout=0.5)
    assert "too slowly" in one_sentence(caught)
    with pytest.raises(UserError) as caught:
        fetch_url("http://nothing-here.invalid/")
    assert "cannot be found" in one_sentence(caught)
    with pytest.raises(UserError) as caught:
        fetch_url("http://127.0.0.1:9/")  # the discard port: nothing listens
    assert "refused the connection" in one_sentence(caught)


def test_not_a_page_is_refused(database, server):
    with pytest.raises(UserError) as caught:
        import_files([server.url + "/image"])
    assert "is not a web page or a PDF" in one_sentence(caught) and "image/png" in str(caught.value)
    assert Document.select().count() == 0


def test_a_certificate_that_cannot_be_trusted_is_refused(tmp_path):
    with serve(tmp_path) as tls:
        with pytest.raises(UserError) as caught:
            fetch_url(tls.url + "/article")
    assert "cannot be trusted" in one_sentence(caught)


def test_redirects_are_limited_to_five(server):
    assert fetch._Redirects.max_redirections == 5
    hops_before = len(server.requests)
    with pytest.raises(UserError):
        fetch_url(server.url + "/loop")
    assert len(server.requests) - hops_before == 6  # the first request and five redirects


def test_urls_are_cleaned():
    assert check_url("  https://example.org/a#section ") == "https://example.org/a"


def test_cli_imports_a_url_and_shows_it(server, tmp_path):
    def cli(*args: str):
        return triptych(*args, data_dir=tmp_path / "d")

    result = cli("import", f"{server.url}/article")
    assert result.returncode == 0, result.stderr
    doc_id = result.stdout.strip()
    shown = cli("show", doc_id, "--json")
    data = json.loads(shown.stdout)
    assert data["url"] == f"{server.url}/article" and data["site"] == "Testzeitung"
    assert [p["index"] for p in data["paragraphs"]] == list(range(len(data["paragraphs"])))
    headline, *paragraphs = data["paragraphs"]
    assert headline["kind"] == "heading" and headline["text"] == data["title"]
    assert all(p["kind"] == "paragraph" and p["direction"] == "ltr" for p in paragraphs)
    bad = cli("import", f"{server.url}/missing")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "There is no page at" in bad.stderr
