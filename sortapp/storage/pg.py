"""The facility server's connection (PostgreSQL, psycopg 3), shaped as the part of
``sqlite_utils.Database`` that storage uses, so storage's SQL is written once where it is
portable and per dialect where it is not (``dialect``).

What it takes care of, so that the same statement gives the same rows on both backends:

- **Parameters**: storage writes SQLite's ``?`` and ``:name``; they become psycopg's ``%s`` and
  ``%(name)s`` (a literal ``%`` doubled), outside quoted text and identifiers and never in a
  ``::`` cast. SQLite's ``INDEXED BY`` and ``NOT INDEXED`` (planner hints, no meaning of their
  own: PostgreSQL's planner has statistics) are dropped. Nothing else is rewritten: where the
  SQL means something else on PostgreSQL, storage says it per dialect. Translations are cached.
- **Numbers**: ``sum()`` over ``bigint`` is ``numeric`` in PostgreSQL, a ``Decimal`` in Python;
  a whole number comes back as ``int``, as from SQLite. A fraction is refused (weights and money
  are whole thousandths of a carat and whole cents: a fraction is a bug, never a float).
- **Transactions**: the connection runs in autocommit and storage's ``transaction`` says BEGIN
  and COMMIT itself, as on SQLite, so ``conn.in_transaction`` means the same on both.

Only storage imports this module, and only for a ``postgresql://`` database: a single
workstation's install never loads psycopg.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.adapt import Loader
from psycopg.conninfo import make_conninfo
from psycopg.pq import TransactionStatus

from sortapp.core.i18n import phrase
from sortapp.storage.dbapi import is_server_url

__all__ = ["PgDatabase", "connect", "is_server_url", "told", "translate", "url_user", "where"]

Params = Sequence[Any] | Mapping[str, Any] | None
#: Seconds a cancel request may take to reach the server (``_Connection.cancel``).
CANCEL_TIMEOUT = 5.0


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """SQLite's placeholders (``?``, ``:name``) as psycopg's (``%s``, ``%(name)s``); a literal
    ``%`` doubled. Quoted text ('...'), quoted names ("...") and ``::`` casts are left alone."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"":
            end = i + 1
            while end < n:
                if sql[end] == c:
                    if end + 1 < n and sql[end + 1] == c:  # a doubled quote inside
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif c == "?":
            out.append("%s")
            i += 1
        elif c == "%":
            out.append("%%")
            i += 1
        elif c == ":" and i + 1 < n and sql[i + 1] == ":":
            out.append("::")
            i += 2
        elif c == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_"):
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[i + 1 : end]})s")
            i = end
        elif c in "IiNn" and _INDEXED_BY.match(sql, i) and (i == 0 or not _word(sql[i - 1])):
            i = _INDEXED_BY.match(sql, i).end()  # type: ignore[union-attr]
        else:
            out.append(c)
            i += 1
    return "".join(out)


_INDEXED_BY = re.compile(r"(?:INDEXED\s+BY\s+\w+|NOT\s+INDEXED)(?!\w)", re.IGNORECASE)


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"


class _WholeNumberLoader(Loader):
    """``numeric`` as ``int`` when whole; a fraction is refused, never rounded or floated."""

    def load(self, data: Any) -> int:
        value = Decimal(bytes(data).decode())
        whole = int(value)
        if whole != value:
            raise ValueError(f"a fraction where sortapp keeps whole numbers: {value}")
        return whole


class _Connection:
    """The part of ``sqlite3.Connection`` that storage uses, on a psycopg connection."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        #: Called before each statement sent by ``execute``: it may raise to send none (a
        #: stopped verify's next query; SQLite's progress handler does this on a file).
        self.before: Callable[[], None] | None = None

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Params = None) -> psycopg.Cursor[Any]:
        if self.before is not None:
            self.before()
        return self.raw.execute(translate(sql), params)

    def cancel(self) -> None:
        """Ask the server to end the statement this connection is running, from another
        thread (it then fails with ``QueryCanceled``); between statements, nothing."""
        with contextlib.suppress(psycopg.Error):
            self.raw.cancel_safe(timeout=CANCEL_TIMEOUT)

    def executemany(self, sql: str, rows: Any) -> psycopg.Cursor[Any]:
        if self.before is not None:
            self.before()
        cursor = self.raw.cursor()
        cursor.executemany(translate(sql), rows)
        return cursor

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


class _Table:
    def __init__(self, db: PgDatabase, name: str) -> None:
        self.db = db
        self.name = name

    def exists(self) -> bool:
        found = self.db.execute(
            "SELECT 1 FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_name = ?",
            (self.name,),
        ).fetchone()
        return found is not None


class PgDatabase:
    """A sortapp database on a PostgreSQL server."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], *, where: str = "") -> None:
        raw.adapters.register_loader("numeric", _WholeNumberLoader)
        self.conn = _Connection(raw)
        #: The server and database, for messages (never the password).
        self.where = where or _describe(raw)
        self._savepoints = itertools.count(1)
        #: The password the session's role signs in with now, where it changed since this
        #: connection was made (one's own, changed in sortapp: ``signs_in_with``).
        self._password: str | None = None

    def signs_in_with(self, password: str) -> None:
        """The session's role now signs in with ``password`` (its user changed their own): a
        connection made beside this one (``sibling``, ``listen``) signs in with it."""
        self._password = password

    def password(self) -> str | None:
        """The password a connection beside this one signs in with (None: libpq's places)."""
        return self._password or self.conn.raw.info.password or None

    def execute(self, sql: str, params: Params = None) -> psycopg.Cursor[Any]:
        return self.conn.execute(sql, params)

    def table(self, name: str) -> _Table:
        return _Table(self, name)

    def copy_rows(self, table: str, rows: Iterable[Sequence[Any]]) -> None:
        """Append ``rows`` to ``table`` (all its columns, in order) by COPY: one stream to the
        server, not a round trip a row as ``executemany``."""
        with self.conn.raw.cursor() as cursor, cursor.copy(f"COPY {table} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        """A savepoint inside the transaction under way: all of the block, or none of it."""
        name = f"sp_{next(self._savepoints)}"
        self.conn.raw.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            self.conn.raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
            raise
        self.conn.raw.execute(f"RELEASE SAVEPOINT {name}")

    def close(self) -> None:
        self.conn.close()

    def sibling(self) -> PgDatabase:
        """Another connection to the same database as the same role (libpq's connection string
        of this one and its password, if it had one): for work beside this connection's."""
        return connect(self.conn.raw.info.dsn, password=self.password())


def _describe(raw: psycopg.Connection[Any]) -> str:
    info = raw.info
    return f"{info.host}:{info.port}/{info.dbname}"


def url_user(url: str) -> str:
    """The user a server URL names ('' when it names none: libpq's defaults would apply)."""
    return str(psycopg.conninfo.conninfo_to_dict(url).get("user") or "")


def where(url: str) -> str:
    """The server and database a URL names, for messages (never its user's password)."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    host = info.get("host") or "localhost"
    port = f":{info['port']}" if info.get("port") else ""
    return f"{host}{port}/{info.get('dbname') or ''}"


#: How long any statement of sortapp's waits for a lock before it is refused as busy (``told``):
#: a write's for the writer lock (``storage.db.WRITER_WAIT_S``), and a read's too, as any
#: user's session may lock a table it may write (an attack round, 2026-12-07: an operator's
#: ``LOCK TABLE site_key_wraps``, held open, left every key holder's sign-in waiting).
LOCK_WAIT_S = 30


def connect(url: str, *, user: str | None = None, password: str | None = None) -> PgDatabase:
    """Connect to the server ``url`` names, in autocommit (storage says BEGIN and COMMIT).

    ``user`` and ``password``, when given, override the URL's; otherwise libpq's usual places
    are used (the URL, ``PGPASSWORD``, the pgpass file, a client certificate).
    """
    extra: dict[str, Any] = {"autocommit": True, "application_name": "sortapp"}
    if user:
        extra["user"] = user
    if password:
        extra["password"] = password
    raw = psycopg.connect(url, **extra)
    # sortapp writes its times as UTC text; the server's own (now()) are in UTC too.
    raw.execute("SET TIME ZONE 'UTC'")
    raw.execute(f"SET lock_timeout = '{int(LOCK_WAIT_S)}s'")
    return PgDatabase(raw)


#: A connection the server refused for who is signing in (libpq gives no SQLSTATE for it).
_SIGN_IN_REFUSED = re.compile(
    r"FATAL:\s+((?:password authentication failed|role \S+ does not exist|no password "
    r"supplied|no pg_hba\.conf entry|role \S+ is not permitted "
    r"to log in)[^\n]*)"
)

_NO_DATABASE = re.compile(r"FATAL:\s+database \"?([^\"\s]+)\"? does not exist")

#: A connection the server refused as one too many for its user's role (``roles.USER_CONNECTIONS``;
#: a failed connection has no SQLSTATE).
_TOO_MANY = re.compile(r"too many connections for role \"?([^\"\s]+)\"?")

#: SQLSTATEs of a sign-in the server refused (where libpq gives one).
_SIGN_IN_STATES = ("28P01", "28000")


def refused_sign_in(exc: BaseException) -> Exception | None:
    """The refusal a person is shown when the server refused who was signing in (a wrong
    password, an unknown or inactive user, no entry for them in pg_hba), else None. It does
    not say the name typed: that may be the password, typed in the wrong field."""
    from sortapp.core.errors import PermissionDenied  # noqa: PLC0415

    if not isinstance(exc, psycopg.OperationalError):
        return None
    if exc.sqlstate not in _SIGN_IN_STATES and _SIGN_IN_REFUSED.search(str(exc)) is None:
        return None
    return PermissionDenied(
        phrase(
            "the server refused the sign-in: unknown user, wrong password, or a user no longer "
            "active"
        )
    )


#: SQLSTATE classes of a server that cannot be reached or went away mid-way.
_UNREACHABLE = ("08", "57P01", "57P02", "57P03")


def told(exc: BaseException, refusals: Mapping[str, str]) -> Exception | None:
    """The error a person is shown for a server's error: a rule of the schema refused the
    write (``refusals``: message fragment -> sentence), the server cannot be reached, or
    None for anything else (a bug in sortapp, shown as one)."""
    from sortapp.core.errors import KnownStorageError, UserError  # noqa: PLC0415

    if not isinstance(exc, psycopg.Error):
        return None
    state = exc.sqlstate or ""
    message = str(exc)
    if isinstance(exc, psycopg.errors.IntegrityError) or state == "P0001":
        for fragment, why in refusals.items():
            if fragment in message:
                return UserError(phrase("refused: {why}; nothing written", why=why))
        return None
    refusal = refused_sign_in(exc)
    if refusal is not None:
        return refusal
    many = _TOO_MANY.search(message)
    if isinstance(exc, psycopg.OperationalError) and many:  # (not a lost server: it answered)
        return KnownStorageError(
            phrase(
                "The facility server refuses {user} another connection: a user holds only so "
                "many at once",
                user=many.group(1),
            ),
            phrase(
                "Close sortapp where {user} is signed in at another workstation, or let a verify "
                "or command of theirs end; then try again.",
                user=many.group(1),
            ),
            code="server_connections",
        )
    missing = _NO_DATABASE.search(message)
    if isinstance(exc, psycopg.OperationalError) and missing:
        return KnownStorageError(
            phrase("The server has no database {name}", name=missing.group(1)),
            phrase("Check the database named in the URL (docs/facility-server.md)."),
            code="server_no_database",
        )
    if isinstance(exc, psycopg.OperationalError) and (
        not state or state.startswith(_UNREACHABLE[0]) or state in _UNREACHABLE[1:]
    ):
        return KnownStorageError(
            phrase("The facility server cannot be reached"),
            phrase(
                "Check the network; sortapp reconnects by itself. If it happened while saving, "
                "look for the action in the audit log before doing it again."
            ),
            code="server_unreachable",
        )
    if state in ("55P03", "40P01", "40001"):  # lock wait timed out, deadlock, serialization
        return KnownStorageError(
            phrase("The database is busy (another workstation is writing); nothing was written"),
            phrase("Try again."),
            code="server_busy",
        )
    if state == "42501":
        return UserError(
            phrase("the server refused it: {error}", error=exc.diag.message_primary or message)
        )
    return None


class Listener:
    """A connection of its own that listens for the server's word that actions were committed
    (``pgschema.CHANNEL``): a face watches ``fileno()`` and calls ``heard()`` when it is
    readable."""

    def __init__(self, raw: psycopg.Connection[Any], channel: str) -> None:
        self.raw = raw
        raw.execute(f"LISTEN {channel}")

    def fileno(self) -> int:
        return self.raw.pgconn.socket

    def heard(self) -> bool:
        """Whether notifications came (read without waiting; all of them consumed)."""
        return any(True for _ in self.raw.notifies(timeout=0))

    def close(self) -> None:
        self.raw.close()


def listen(db: PgDatabase, channel: str) -> Listener:
    """A listener on the same server and database as ``db``, signed in as the same user."""
    info = db.conn.raw.info
    conninfo = make_conninfo("", **info.get_parameters(), password=db.password())
    raw = psycopg.connect(conninfo, autocommit=True, application_name="sortapp")
    return Listener(raw, channel)
