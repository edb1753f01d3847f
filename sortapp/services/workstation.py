"""Which database this workstation works on, and connecting it to the facility server.

What the app's first run and its settings show and do, with no Qt: where the database comes
from (``--db``, ``SORTAPP_DB``, the machine configuration file, the user data folder), and an
admin's connecting of this workstation to a server: the server named by host, port, database and
TLS mode, a test sign-in as the admin's own sortapp user there, and the machine configuration
file (``paths.machine_config_path``) written so that the next start opens the server. No
password is ever written: each person signs in to the server as their own role.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sortapp import paths
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.i18n import phrase
from sortapp.core.roles import Actor, Role
from sortapp.services import site
from sortapp.storage.target import Target

#: libpq's TLS modes a workstation may name ('' leaves libpq's default, ``prefer``).
TLS_MODES = ("", "disable", "prefer", "require", "verify-ca", "verify-full")
#: The PostgreSQL port when none is given.
DEFAULT_PORT = 5432

_HOST = re.compile(r"^[A-Za-z0-9._:\-\[\]]+$")
_DATABASE = re.compile(r"^[A-Za-z0-9_.\-]+$")


@dataclass(frozen=True)
class Source:
    """Which database this workstation opens and what names it."""

    #: The file's path, or the server and database (``host:port/db``): never a password.
    where: str
    on_server: bool
    #: What named it: "given" (the program was started on it), "environment" (SORTAPP_DB),
    #: "machine" (the machine configuration file) or "default" (the user data folder's file).
    named_by: str
    #: The machine configuration file (whether or not it exists).
    config: Path


def source(opened: str | Path | None = None) -> Source:
    """What this workstation opens: ``opened`` (the database the app was started on), else
    ``paths.default_database``; and what named it.

    Raises:
        UserError: the machine configuration file cannot be read.
    """
    config = paths.machine_config_path()
    env = os.environ.get("SORTAPP_DB")
    machine = paths.machine_database()
    default = paths.default_database()
    where = str(opened) if opened else default
    if opened and str(opened) != default:
        named_by = "given"
    elif env:
        named_by = "environment"
    elif machine:
        named_by = "machine"
    else:
        named_by = "default"
    target = Target.of(where)
    return Source(target.where, target.on_server, named_by, config)


@dataclass(frozen=True)
class Server:
    """A facility server's database as an admin names it for this workstation."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "sortapp"
    #: libpq's ``sslmode`` ('' for libpq's default).
    tls: str = ""

    @classmethod
    def of(cls, host: str, port: str | int, database: str, tls: str = "") -> Server:
        """The server as typed; each field checked, with what to fix.

        Raises:
            UserError: a field is empty or not what it should be.
        """
        host, database, tls = host.strip(), database.strip(), tls.strip()
        if not host or not _HOST.match(host):
            raise UserError(
                phrase("the server's host name {host!r} is not a host name or address", host=host)
            )
        text = str(port).strip() or str(DEFAULT_PORT)
        if not text.isdigit() or not 1 <= int(text) <= 65535:
            raise UserError(phrase("the port {port!r} is not a number from 1 to 65535", port=text))
        if not database or not _DATABASE.match(database):
            raise UserError(
                phrase(
                    "the database name {database!r} is not a plain name (letters, digits, _ . -)",
                    database=database,
                )
            )
        if tls not in TLS_MODES:
            raise UserError(
                phrase(
                    "the TLS mode {tls!r} is not one of {modes}",
                    tls=tls,
                    modes=", ".join(TLS_MODES[1:]),
                )
            )
        return cls(host, int(text), database, tls)

    @property
    def url(self) -> str:
        """The URL a workstation names it by: no user, no password."""
        host = f"[{self.host}]" if ":" in self.host and not self.host.startswith("[") else self.host
        query = f"?sslmode={self.tls}" if self.tls else ""
        return f"postgresql://{host}:{self.port}/{quote(self.database)}{query}"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"


def try_sign_in(server: Server, user: str, password: str) -> Actor:
    """Sign in to ``server`` as the sortapp user ``user`` (their own server role) and check
    that they are an admin of its site; the connection is closed again. Nothing is written.

    Raises:
        PermissionDenied: the server refused the sign-in, or ``user`` is not an admin there.
        KnownStorageError: the server cannot be reached, has no such database, or its
            schema is not this sortapp's.
    """
    if not user.strip():
        raise UserError(phrase("a user name is needed to sign in to the server"))
    try:
        db = Target.of(server.url).signed_in(user.strip(), password).open()
    except KnownStorageError as exc:
        if exc.code != "server_unreachable":
            raise
        # Said for the admin connecting: why, in the driver's words (no reconnecting here).
        raise UserError(
            phrase(
                "{server} cannot be reached from this workstation: {why}",
                server=server.where,
                why=_why(exc),
            )
        ) from exc
    try:
        actor = site.login(db, user.strip(), password, record_success=False)
    finally:
        db.close()
    actor.require(Role.ADMIN, phrase("connecting a workstation to {server}", server=server.where))
    return actor


def _why(exc: BaseException) -> str:
    """The driver's reason a connection failed, in a few words ("Connection refused")."""
    cause = exc.__cause__ or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    first = lines[0] if lines else ""
    return first.rsplit("failed: ", 1)[-1] or str(cause)


class NotWritable(UserError):
    """The machine configuration file cannot be written from here: IT deploys it."""

    def __init__(self, path: Path, content: str, why: str) -> None:
        super().__init__(
            phrase(
                "this workstation cannot write the machine configuration file {path} ({why}); "
                "nothing was changed. Ask IT to deploy it with this content:\n\n{content}",
                path=path,
                why=why,
                content=content,
            )
        )
        self.path = path
        self.content = content


def config_text(url: str, existing: str = "") -> str:
    """The machine configuration file's text naming ``url``: ``existing``'s other settings
    kept, its ``database`` line replaced (or added first)."""
    line = f"database = {_toml_string(url)}"
    kept: list[str] = []
    replaced = False
    in_table = False
    for old in existing.splitlines():
        stripped = old.strip()
        if stripped.startswith("["):
            in_table = True
        if not in_table and re.match(r"^database\s*=", stripped):
            if not replaced:
                kept.append(line)
                replaced = True
            continue
        kept.append(old)
    if not replaced:
        kept.insert(0, line)
    return "\n".join(kept).rstrip("\n") + "\n"


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Saved:
    """A workstation connected: where its configuration was written and what it says."""

    path: Path
    content: str
    #: The server's URL, as the file names it (no user, no password).
    url: str = ""
    #: Why the next start will still open something else ('' when it opens the server).
    overridden: str = ""


def connect(
    server: Server,
    user: str,
    password: str,
    *,
    by: Actor | None = None,
    config: Path | None = None,
) -> Saved:
    """Connect this workstation to ``server``: ``user`` signs in there as an admin (a test
    connection), then the machine configuration file names the server, written atomically (a
    temporary file beside it, then replaced), so that the next start opens it.

    ``by``: the admin signed in to the database the app has open now (None at the first run,
    when there is none): they must be an admin too.

    Raises:
        PermissionDenied: ``by`` or ``user`` on the server is not an admin.
        NotWritable: the file's folder cannot be written here (with the content IT deploys).
        UserError, KnownStorageError: the test sign-in failed (said why).
    """
    if by is not None:
        by.require(Role.ADMIN, phrase("connecting this workstation to a facility server"))
    try_sign_in(server, user, password)
    path = config or paths.machine_config_path()
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = ""
    except (OSError, UnicodeDecodeError):
        existing = ""  # replaced whole: what it held could not be read
    content = config_text(server.url, existing)
    _write_atomically(path, content)
    overridden = ""
    if os.environ.get("SORTAPP_DB"):
        overridden = phrase(
            "SORTAPP_DB is set for this workstation and is used before the machine "
            "configuration file: remove it for the server to be opened"
        )
    return Saved(path, content, server.url, overridden)


def _write_atomically(path: Path, content: str) -> None:
    """Write ``path`` whole or not at all (a temporary file in its folder, then replace)."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # read by every user of the workstation; holds no secret
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise NotWritable(path, content, exc.strerror or str(exc)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
