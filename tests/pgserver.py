"""A throwaway PostgreSQL server for the tests, started from the installed server binaries.

The server runs as an unprivileged OS user (PostgreSQL refuses to run as root, and CI runs as
root): when the tests run as root, its files belong to the ``postgres`` account Debian's package
creates (else ``nobody``) and every server program runs as that user. It listens on 127.0.0.1 at
a free port and on a Unix socket in its own folder, with durability off (a test server), and
stops with the test session. The owner role is ``sortapp_owner``, with a password, over SCRAM
as a facility's server would be set up (docs/facility-server.md).

Where no server binaries are installed the tests that need one are skipped with the reason;
under CI (``CI=true``) that is a failure instead: ``.ci/run`` installs ``postgresql-15``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

OWNER = "sortapp_owner"
OWNER_PASSWORD = "owner pass for tests"


def server_bindir() -> Path | None:
    """The folder of ``initdb``, ``pg_ctl`` and ``postgres``: PG_BINDIR, else the newest Debian
    install, else whatever ``pg_ctl`` is on PATH."""
    wanted = os.environ.get("PG_BINDIR")
    if wanted:
        return Path(wanted) if (Path(wanted) / "initdb").exists() else None
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).resolve().parent if on_path else None


def missing_reason() -> str | None:
    """Why no test server can start here, or None when one can."""
    if server_bindir() is None:
        return "no PostgreSQL server binaries (install postgresql-15, or set PG_BINDIR)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """The account the server runs as when the tests run as root; None: as the tests' user."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root, and no unprivileged account to run PostgreSQL as")


@dataclass
class Server:
    """A running test server: its folder, port, and how to reach it as the owner."""

    root: Path
    port: int
    bindir: Path
    user: pwd.struct_passwd | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def sockets(self) -> Path:
        return self.root / "sockets"

    def url(self, database: str = "postgres", user: str = OWNER, password: str = "") -> str:
        """A libpq URL over TCP on loopback (the password, when given, in the URL)."""
        secret = f":{quote(password, safe='')}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def owner_url(self, database: str = "postgres") -> str:
        return self.url(database, OWNER, OWNER_PASSWORD)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run one of the server's programs, as the server's account."""
        as_user = {}
        if self.user is not None:
            as_user = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        done = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            cwd=self.root,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},
            check=False,
            **as_user,  # type: ignore[arg-type]
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
        return done

    def start(self) -> None:
        self.sockets.mkdir(parents=True, exist_ok=True)
        pwfile = self.root / "owner.pw"
        pwfile.write_text(OWNER_PASSWORD + "\n")
        if self.user is not None:
            for path in (self.root, self.sockets, pwfile):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            OWNER,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        pwfile.unlink()
        self.start_again()

    def start_again(self) -> None:
        """Start the server (stopped by ``stop``) on its files and port as before: what the
        tests of a workstation losing its server and finding it back use."""
        options = (
            f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""


def start_server() -> Server:
    """Initialise and start a server in a new folder of its own under the system's temporary
    folder (reachable by the server's account); ``stop()`` ends it, ``remove()`` its files."""
    bindir = server_bindir()
    if bindir is None:
        raise RuntimeError(missing_reason())
    root = Path(tempfile.mkdtemp(prefix="sortapp-pg-"))
    server = Server(root=root, port=_free_port(), bindir=bindir, user=_server_user())
    try:
        server.start()
    except BaseException:
        server.remove()
        raise
    return server
