"""A local web server on 127.0.0.1 for the fetching tests: pages, and the ways a site goes wrong.

Every route ends by itself (slow and endless answers stop when the test is over or after
a bounded time), and nothing but the loopback address is ever used.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ARTICLE_AR = ("أكد مصدر رسمي في وزارة الخارجية الأذربيجانية أن بلاده لا تعتزم إرسال قوات حفظ سلام إلى قطاع غزة "
              "في الوقت الحالي، مشيرًا إلى أن أي مشاركة محتملة ستبقى مرهونة بوقف شامل ودائم للقتال بين إسرائيل "
              "وحركة حماس.")
ARTICLE_DE = ("Aserbaidschan erwägt die Teilnahme an einer multinationalen Stabilisierungstruppe für Gaza auf Wunsch "
              "der USA, obwohl Beamte sagen, dass jeder Einsatz eine Genehmigung des UN-Sicherheitsrates und ein "
              "klares internationales Mandat erfordern würde.")


def page(title: str, paragraphs: list[str], lang: str = "de") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><title>{title} - Testzeitung</title>'
            f'<meta property="og:site_name" content="Testzeitung"><meta name="author" content="Anna Beispiel">'
            f'</head><body><nav><a href="/">Start</a> <a href="/welt">Welt</a></nav><article><h1>{title}</h1>'
            f'{body}</article><footer>© Testzeitung</footer></body></html>')


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *_args: object) -> None:  # quiet
        pass

    def _send(self, code: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", "tracking=1; Path=/")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        state = self.server
        state.requests.append((self.path, dict(self.headers)))
        if path == "/article":
            self._send(200, page("Baku erwägt Teilnahme", [ARTICLE_DE] * 3).encode())
        elif path == "/arabic-1256":
            html = page("أذربيجان تعلن موقفها", [ARTICLE_AR] * 3, lang="ar")
            self._send(200, html.encode("cp1256"), "text/html; charset=windows-1256")
        elif path == "/changing":
            state.version += 1
            extra = [f"Ergänzung {state.version}: {ARTICLE_DE}"] if state.version > 1 else []
            self._send(200, page("Baku erwägt Teilnahme", [ARTICLE_DE, *extra, ARTICLE_DE[::-1]]).encode())
        elif path == "/moved":
            self._send(302, b"", headers={"Location": "/article"})
        elif path == "/loop":
            self._send(302, b"", headers={"Location": f"/loop?{len(state.requests)}"})
        elif path == "/to-ftp":
            self._send(302, b"", headers={"Location": "ftp://127.0.0.1/file.txt"})
        elif path == "/missing":
            self._send(404, b"<html><body>Not found</body></html>")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif path == "/slow":
            state.stop.wait(10)  # answers after the client has given up
            self._send(200, b"<html><body>late</body></html>")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_000 + b"</p>"
            try:
                for _ in range(2000):  # ~130 MB at most; the client stops long before
                    if state.stop.is_set():
                        break
                    self.wfile.write(chunk)
            except OSError:
                pass
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):
                    if state.stop.wait(0.05):
                        break
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except OSError:
                pass
        else:
            self._send(404, b"")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.version = 0
        self.stop = threading.Event()

    @property
    def url(self) -> str:
        scheme = "https" if getattr(self, "tls", False) else "http"
        return f"{scheme}://127.0.0.1:{self.server_address[1]}"


@contextmanager
def serve(tls_folder: Path | None = None) -> Iterator[_Server]:
    """A running server; with ``tls_folder``, HTTPS with a self-signed certificate made there."""
    server = _Server()
    if tls_folder is not None:
        import ssl

        cert, key = tls_folder / "cert.pem", tls_folder / "key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        server.tls = True  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
