"""The connection seam: what storage and the services may ask of a database, on either backend.

A sortapp database is a SQLite file (``sqlite_utils.Database``, the embedded default) or a
database on the facility's PostgreSQL server (``storage.pg.PgDatabase``). Both give what
``Database`` below lists, and code typed with it runs on both; what only one backend has (SQLite's
backup API, its Python aggregate functions, a file path) is reached after asking ``sqlite(db)``,
so the type checker shows every place where the backends part.

Statements are written with SQLite's placeholders (``?``, ``:name``); where the SQL itself
differs, a module asks ``dialect(db)`` and holds one statement per dialect.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Literal, Protocol, TypeGuard

from sqlite_utils import Database as SqliteDatabase

Dialect = Literal["sqlite", "postgresql"]


class Cursor(Protocol):
    """The rows of one statement (``sqlite3.Cursor``, ``psycopg.Cursor``)."""

    @property
    def description(self) -> Any: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The connection under a database: statements and the transaction under way."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, params: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, rows: Any, /) -> Cursor: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class Table(Protocol):
    def exists(self) -> bool: ...


class Database(Protocol):
    """A sortapp database, on SQLite or on PostgreSQL."""

    @property
    def conn(self) -> Connection: ...

    def execute(self, sql: str, params: Any = ..., /) -> Cursor: ...

    def table(self, name: str, /) -> Any: ...

    def atomic(self) -> AbstractContextManager[Any]: ...

    def close(self) -> None: ...


def sqlite(db: Database) -> TypeGuard[SqliteDatabase]:
    """Whether ``db`` is a SQLite file (the embedded default), not a server's database."""
    return isinstance(db, SqliteDatabase)


def from_server(exc: BaseException) -> bool:
    """Whether ``exc`` came from the PostgreSQL driver (without loading it for a file)."""
    driver = sys.modules.get("psycopg")
    return driver is not None and isinstance(exc, driver.Error)


def is_server_url(target: object) -> bool:
    """Whether ``target`` names a database on a server (``postgresql://`` or ``postgres://``),
    not a file (asked before the server's driver is loaded)."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def dialect(db: Database) -> Dialect:
    """The SQL dialect ``db`` speaks."""
    return "sqlite" if isinstance(db, SqliteDatabase) else "postgresql"


def insert(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert ``row`` (column: value) into ``table`` and return the new row's id, on both
    backends (``RETURNING``: SQLite 3.35 and later, PostgreSQL)."""
    cols = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    found = db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks}) RETURNING id", row)
    return int(found.fetchone()[0])


def file_path(db: Database) -> str | None:
    """The file of a SQLite database; None for one in memory or on a server."""
    if not sqlite(db):
        return None
    row = db.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row and row[2] else None


# -- where the dialects differ: each helper gives the SQL for ``db``'s ---------------------------


def like(db: Database) -> str:
    """The case-insensitive match for search boxes: SQLite's LIKE is, PostgreSQL's ILIKE is."""
    return "LIKE" if sqlite(db) else "ILIKE"


def joined(db: Database, expr: str, separator: str) -> str:
    """The aggregate joining ``expr`` with ``separator`` (a SQL string literal)."""
    return (
        f"group_concat({expr}, {separator})" if sqlite(db) else f"string_agg({expr}, {separator})"
    )


def same(db: Database, column: str) -> str:
    """``column = ?`` for a name or number compared without case (lots, parcels, users,
    categories, certificates, seals): SQLite's column is NOCASE; PostgreSQL's is indexed by
    ``lower()``, which folds ASCII only under the C collation, as NOCASE does."""
    return f"{column} = ?" if sqlite(db) else f"lower({column}) = lower(?)"


def among(db: Database, column: str, count: int) -> str:
    """``column IN (?, ...)`` of ``count`` values, compared without case as ``same``."""
    marks = ", ".join("?" * count)
    if sqlite(db):
        return f"{column} IN ({marks})"
    return f"lower({column}) IN ({', '.join('lower(?)' for _ in range(count))})"


#: Rows read at once by ``in_batches``.
BATCH = 20_000


def in_batches(
    db: Database, table: str, sql: str, after: int, upto: int, *params: Any
) -> Iterator[Any]:
    """The rows of ``sql`` (its first two parameters ``id BETWEEN ? AND ?``, then ``params``)
    over the ids of ``table`` ``after`` < id <= ``upto``, read ``BATCH`` ids at a time: a
    server's client holds a whole result, and a history's is hundreds of megabytes."""
    last = db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    upto = min(upto, int(last))
    for first in range(after + 1, upto + 1, BATCH):
        yield from db.execute(sql, [first, min(first + BATCH - 1, upto), *params]).fetchall()
