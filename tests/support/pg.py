"""A throwaway PostgreSQL server for tests and benchmarks.

``Cluster`` makes a cluster with Debian's ``initdb`` in a temporary folder and runs it
with ``pg_ctl`` on a free loopback port (never on another address), as an unprivileged
user: as root, the ``postgres`` system user the Debian package made (or one made here).
Connections over TCP need a password (SCRAM), as a newsroom's server would; the
administrator reaches it through its Unix socket in the cluster's folder.

Each test gets a database of its own (``create_database``); the cluster is stopped and
its folder removed at the end (``destroy``).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

ADMIN = "admin"
USER = "triptych"
PASSWORD = "newsroom-secret"
#: A system user for the server when the tests run as root and Debian made none.
FALLBACK_USER = "triptych-pg"


def bin_dir() -> Path:
    """The newest installed server's programs (Debian keeps them per major version)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError("PostgreSQL is not installed: `make test` installs it as root (tools/sysdeps.sh)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> str | None:
    """Who runs the server: None (ourselves) unless we are root, who may not."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", FALLBACK_USER):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", FALLBACK_USER],
                   check=True)
    return FALLBACK_USER


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


class Cluster:
    """One server in a temporary folder.

    Attributes:
        root: the folder (data, socket, log, certificates).
        port: its TCP port on 127.0.0.1.
    """

    def __init__(self, *, ssl: bool = False, fsync: bool = False, require_ssl: bool = False) -> None:
        self.bin = bin_dir()
        self.user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="triptych-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = free_port()
        self.ssl = ssl or require_ssl
        self.require_ssl = require_ssl
        self.fsync = fsync
        self._databases = 0
        if self.user is not None:
            shutil.chown(self.root, self.user, self.user)
        self._init()

    # -- running programs as the server's user ------------------------------------------

    def _run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=timeout,
                              cwd=self.root, env={**os.environ, "LC_ALL": "C.UTF-8"})

    def _write(self, path: Path, text: str, mode: int = 0o600) -> None:
        path.write_text(text)
        path.chmod(mode)
        if self.user is not None:
            shutil.chown(path, self.user, self.user)

    def _init(self) -> None:
        pwfile = self.root / "pw"
        self._write(pwfile, PASSWORD + "\n")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}",
                  "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
                  "--no-sync")
        pwfile.unlink()
        settings = [
            "listen_addresses = '127.0.0.1'",
            f"port = {self.port}",
            f"unix_socket_directories = '{self.root}'",
            f"fsync = {'on' if self.fsync else 'off'}",
            "full_page_writes = on",
            "max_connections = 100",
            "shared_buffers = 32MB",
            "log_min_messages = warning",
            "timezone = 'UTC'",
        ]
        if self.ssl:
            self._make_certificate()
            settings += ["ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"]
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("\n".join(settings) + "\n")
        host = "hostssl" if self.require_ssl else "host"
        self._write(self.data / "pg_hba.conf",
                    "local all all trust\n"
                    f"{host} all all 127.0.0.1/32 scram-sha-256\n")

    def _make_certificate(self) -> None:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-keyout", str(self.data / "server.key"),
                        "-out", str(self.data / "server.crt")], check=True, capture_output=True)
        for name in ("server.key", "server.crt"):
            (self.data / name).chmod(0o600)
            if self.user is not None:
                shutil.chown(self.data / name, self.user, self.user)
        shutil.copy(self.data / "server.crt", self.root / "ca.crt")
        (self.root / "ca.crt").chmod(0o644)

    # -- the server ----------------------------------------------------------------------

    def start(self) -> Cluster:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` (as an administrator would) or ``immediate`` (a crash:
        no shutdown checkpoint, the next start recovers from the write-ahead log)."""
        if self.running():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop",
                      check=False)

    def kill(self) -> None:
        """SIGKILL the server and every process it started, as a crash of the machine's
        database service would; the next start recovers from the write-ahead log."""
        pid = self.pid()
        if pid is None:
            return
        family = [pid, *_children(pid)]
        for member in family:
            with contextlib.suppress(ProcessLookupError):
                os.kill(member, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{member}").exists() for member in family) and time.monotonic() < deadline:
            time.sleep(0.02)  # polling the process table until the kernel has reaped them

    def pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def running(self) -> bool:
        pid = self.pid()
        if pid is None:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- as the administrator --------------------------------------------------------------

    def admin_sql(self, sql: str, database: str = "postgres") -> list[tuple[object, ...]]:
        """Run ``sql`` as the administrator (through the socket, autocommit)."""
        import psycopg2

        conn = psycopg2.connect(host=str(self.root), port=self.port, user=ADMIN, dbname=database)
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(sql)
                return list(cursor.fetchall()) if cursor.description else []
        finally:
            conn.close()

    def ensure_user(self, name: str = USER, password: str = PASSWORD) -> None:
        if not self.admin_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{name}'"):
            self.admin_sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")

    def create_database(self, name: str | None = None, owner: str = USER) -> str:
        """A new, empty database owned by ``owner``; returns its name."""
        self.ensure_user(owner)
        self._databases += 1
        name = name or f"t{self._databases}_{uuid.uuid4().hex[:8]}"
        self.admin_sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def url(self, database: str, *, user: str = USER, password: str | None = PASSWORD, **query: str) -> str:
        """The address of ``database`` over TCP, as a person would give it to Triptych."""
        auth = user if password is None else f"{user}:{password}"
        tail = "&".join(f"{k}={v}" for k, v in query.items())
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}" + (f"?{tail}" if tail else "")
