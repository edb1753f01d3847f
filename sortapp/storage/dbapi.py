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

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Literal, Protocol, TypeGuard

from sqlite_utils import Database as SqliteDatabase

Dialect = Literal["sqlite", "postgresql"]


class Undecodable(str):
    """A text one of verify's readers read that is not UTF-8 (``read_text``): only an edit
    outside sortapp writes one. It reads as its bytes with each that is not UTF-8 taken as
    U+FFFD, so it can be shown, compared, hashed and bound as any text without an error, and
    it stays known for what it is: each check that reads one names its row (a hash taken of
    it proves nothing: the bytes stored are not the text hashed). ``raw``: those bytes."""

    raw: bytes = b""


def read_text(data: bytes) -> str:
    """The text factory of verify's readers: a text as Python's sqlite3 reads it (the same
    ``str``, so every hash and digest of sound text is as ever), or, where its bytes are not
    UTF-8 (where sqlite3 would raise "Could not decode to UTF-8"), an ``Undecodable``."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = Undecodable(data.decode("utf-8", "replace"))
        text.raw = data
        return text


def utf8(data: bytes | None) -> bool:
    """Whether bytes (SQLite's text of rows, as a BLOB) are UTF-8. (Texts joined by ASCII bytes
    are all UTF-8 exactly when the whole is: no sequence runs across such a byte.)"""
    if not data or data.isascii():
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def undecodable(*values: Any) -> bool:
    """Whether any of ``values`` is a text whose bytes are not UTF-8 (``read_text``)."""
    return any(isinstance(value, Undecodable) for value in values)


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


def numbers_of(db: Database, table: str, ids: Sequence[int]) -> list[str]:
    """The numbers of the rows of ``ids`` in ``table`` (lots or parcels; on a file)."""
    assert table in ("lots", "parcels")
    return [
        str(r[0])
        for r in db.execute(
            f"SELECT number FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
    ]


#: Rows read at once by ``in_batches``.
#: The greatest integer SQLite (and a server's bigint) holds: no chunk of values reaches past it.
LARGEST = 2**63 - 1


def next_value(db: Database, table: str, column: str, at_least: int) -> int | None:
    """The least integer of ``column`` of ``table`` from ``at_least`` on, or None (one seek of
    the column's index)."""
    if at_least > LARGEST:
        return None
    at_least = max(at_least, -LARGEST - 1)
    typed = " AND typeof({0}) = 'integer'" if sqlite(db) else ""
    row = db.execute(
        f"SELECT min({column}) FROM {table} WHERE {column} >= ?{typed.format(column)}",
        (at_least,),
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def chunk_bounds(chunk: int, size: int) -> tuple[int, int]:
    """The first and last values of chunk ``chunk`` of ``size`` values (``chunk * size`` ..
    ``(chunk + 1) * size - 1``), the last no greater than ``LARGEST`` (so the chunk of a value
    forged at the very end of the integers is asked for as any other)."""
    return chunk * size, min((chunk + 1) * size - 1, LARGEST)


def chunks_holding(db: Database, table: str, column: str, size: int) -> list[int]:
    """The chunks of ``size`` values (chunk k: k * size .. (k + 1) * size - 1) of the integers
    of ``column`` of ``table`` that hold rows, first to last: each chunk found from the next
    value there is, so a walk over them costs a seek per chunk that holds rows, never one per
    chunk number between the least value and the greatest (a value forged far beyond the rest,
    2 ** 62, would be 2 ** 51 chunks of 2048)."""
    found: list[int] = []
    value = next_value(db, table, column, -LARGEST - 1)
    while value is not None:
        chunk = value // size
        found.append(chunk)
        value = next_value(db, table, column, (chunk + 1) * size)
    return found


BATCH = 20_000


def in_batches(
    db: Database, table: str, sql: str, after: int, upto: int, *params: Any
) -> Iterator[Any]:
    """The rows of ``sql`` (its first two parameters ``id BETWEEN ? AND ?``, then ``params``)
    over the ids of ``table`` ``after`` < id <= ``upto``, read ``BATCH`` ids at a time: a
    server's client holds a whole result, and a history's is hundreds of megabytes. Each batch
    begins at the next id there is (``next_value``): a walk over the rows, however far apart
    their ids."""
    first = next_value(db, table, "id", after + 1)
    while first is not None and first <= upto:
        last = min(first + BATCH - 1, upto)
        yield from db.execute(sql, [first, last, *params]).fetchall()
        first = next_value(db, table, "id", last + 1)
