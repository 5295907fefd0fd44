"""Fetching one web page, only when the person asks, with nothing kept but the page.

urllib from the standard library does the HTTP: an opener with no cookie processor (no
cookie is stored or sent), no proxy from the environment unless the system sets one,
certificates checked against the system's store. Limits, each with its own sentence
when it is hit: http and https only (at every redirect too), at most
``MAX_REDIRECTS`` redirects, ``TIMEOUT`` seconds for the server to answer (and between
two pieces of the page), ``TOTAL_TIMEOUT`` for the whole download, ``MAX_BYTES`` of body.
The caller learns the final URL, the media type and charset the server declared, and
the time of the fetch.
"""

from __future__ import annotations

import logging
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.client import HTTPMessage
from typing import IO, Any

from desktop import APP_NAME, __version__
from desktop.core.errors import UserError

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
#: Seconds for connecting and for each read; and for the whole download.
TIMEOUT = 20.0
TOTAL_TIMEOUT = 120.0
USER_AGENT = f"{APP_NAME}/{__version__} (desktop article reader; fetches one page when asked)"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A fetched page.

    Attributes:
        url: the URL asked for; final_url: where it was found, after redirects.
        data: the body; media_type: e.g. "text/html"; charset: as the server declared it, or "".
        fetched: when, ISO 8601 UTC.
    """

    url: str
    final_url: str
    data: bytes
    media_type: str
    charset: str
    fetched: str


def check_url(url: str) -> str:
    """The URL, cleaned, if it is an http(s) URL with a host; a UserError otherwise."""
    cleaned = url.strip()
    parts = urllib.parse.urlsplit(cleaned)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        if scheme:
            raise UserError("Triptych opens only http and https addresses, not {scheme}: ones.", scheme=scheme)
        raise UserError("“{url}” is not a web address; give one that starts with https://.", url=url)
    if not parts.hostname:
        raise UserError("“{url}” is not a web address; give one that starts with https://.", url=url)
    return urllib.parse.urlunsplit(parts._replace(fragment=""))


def looks_like_url(text: str) -> bool:
    """Whether a command-line argument or a dropped string names a URL rather than a file."""
    head = text.strip().lower()
    return "://" in head[:20] or head.startswith(("javascript:", "data:", "mailto:", "about:"))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, each to http(s) only."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise UserError("{url} redirects to a {scheme}: address, which Triptych does not open.",
                            url=req.full_url, scheme=scheme)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(context: ssl.SSLContext | None) -> urllib.request.OpenerDirector:
    handlers: list[Any] = [_Redirects(), urllib.request.HTTPSHandler(context=context)]
    return urllib.request.build_opener(*handlers)


def fetch_url(url: str, *, timeout: float = TIMEOUT, total_timeout: float = TOTAL_TIMEOUT, max_bytes: int = MAX_BYTES,
              cancelled: Callable[[], bool] = lambda: False, ssl_context: ssl.SSLContext | None = None) -> Fetched:
    """Fetch ``url`` within the limits of the module docstring; a UserError says what went wrong."""
    url = check_url(url)
    host = urllib.parse.urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        "Accept-Encoding": "identity",
    })
    deadline = time.monotonic() + total_timeout
    context = ssl_context or ssl.create_default_context()
    try:
        response = _opener(context).open(request, timeout=timeout)
    except UserError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise UserError("{url} redirects too many times (more than {count}); it cannot be fetched.",
                            url=url, count=MAX_REDIRECTS) from exc
        if exc.code == 404 or exc.code == 410:
            raise UserError("There is no page at {url} (the server says it was not found).", url=url) from exc
        if exc.code in (401, 403):
            raise UserError("The server at {host} refuses to give this page to Triptych (error {code}).",
                            host=host, code=exc.code) from exc
        raise UserError("The server at {host} answered with an error ({code}); try again later.",
                        host=host, code=exc.code) from exc
    except urllib.error.URLError as exc:
        raise _network_error(exc.reason, url, host) from exc
    except TimeoutError as exc:
        raise UserError("{host} did not answer within {seconds} seconds; try again later.",
                        host=host, seconds=int(timeout)) from exc
    except (OSError, ValueError) as exc:
        raise _network_error(exc, url, host) from exc
    with response:
        final_url = response.geturl()
        headers = response.headers
        declared = headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise UserError("The page at {url} is larger than {size} MB; Triptych does not fetch it.",
                            url=url, size=max_bytes // 2**20)
        chunks: list[bytes] = []
        size = 0
        while True:
            if cancelled():
                raise UserError("The download of {url} was cancelled.", url=url)
            if time.monotonic() > deadline:
                raise UserError("{host} is sending {url} too slowly (more than {seconds} seconds); try again later.",
                                host=host, url=url, seconds=int(total_timeout))
            try:
                chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            except TimeoutError as exc:
                raise UserError("{host} stopped sending {url}; try again later.", host=host, url=url) from exc
            except (OSError, ValueError) as exc:  # connection reset, IncompleteRead
                raise UserError("The connection to {host} broke off before the page was complete; try again.",
                                host=host) from exc
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise UserError("The page at {url} is larger than {size} MB; Triptych does not fetch it.",
                                url=url, size=max_bytes // 2**20)
            chunks.append(chunk)
    media_type = (headers.get_content_type() or "").lower()
    charset = (headers.get_content_charset() or "").lower()
    fetched = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    log.info("fetched %s (%d bytes, %s) from %s", url, size, media_type, final_url)
    return Fetched(url, final_url, b"".join(chunks), media_type, charset, fetched)


def _network_error(reason: object, url: str, host: str) -> UserError:
    """One sentence for a failure below HTTP: name lookup, refused connection, TLS, timeout."""
    if isinstance(reason, UserError):
        return reason
    if isinstance(reason, socket.gaierror):
        return UserError("The address {host} cannot be found; check it, and the network connection.", host=host)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return UserError("The secure connection to {host} cannot be trusted (its certificate is not valid); "
                         "nothing was fetched.", host=host)
    if isinstance(reason, ssl.SSLError):
        return UserError("A secure connection to {host} could not be made; nothing was fetched.", host=host)
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return UserError("{host} did not answer in time; try again later.", host=host)
    if isinstance(reason, ConnectionRefusedError):
        return UserError("{host} refused the connection; the site may be down.", host=host)
    if isinstance(reason, ConnectionError):
        return UserError("The connection to {host} broke off before the page was complete; try again.", host=host)
    log.info("fetching %s failed: %r", url, reason)
    return UserError("{url} could not be fetched; check the address and the network connection.", url=url)
