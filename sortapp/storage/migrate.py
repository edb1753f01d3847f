"""Moving a site's file to a database on the facility server: the SQL of the copy and of its
check (``services.server.migrate_to_server`` is the use case).

The copy is the file's history as it is, not replayed: every table's rows, in key order, with
the same ids, in one transaction of the server's owner. The server's own triggers would refuse
history written out of order (a sorting entry for a lot that is already closed, a posted row
after its parcel was sealed) and would derive the balances again; for the copy they are disabled
(``ALTER TABLE ... DISABLE TRIGGER USER``, the owner's right, undone in the same transaction),
and the derived tables (balances, category stock, sorting totals) are copied as the file holds
them. Foreign keys stay checked. The check compares every table, row by row, with the file before
the transaction commits: a difference rolls everything back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database as SqliteDatabase

from sortapp.storage import pgschema
from sortapp.storage.db import WRITER_LOCK
from sortapp.storage.dbapi import Database

if TYPE_CHECKING:
    from sortapp.storage.pg import PgDatabase

#: Tables each backend keeps for itself, never copied: its record of schema changes.
_OWN = {"_sqlite_migrations", "sqlite_sequence", "sqlite_stat1", pgschema.APPLIED}
#: Rows the schema itself writes (the schema version): equal on both sides, never copied.
SCHEMA_ROWS = "meta"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableState:
    """A table's rows, summed up: how many, and a digest of all of them in key order."""

    rows: int
    digest: str


# -- the file's side ------------------------------------------------------------------------------


def file_tables(db: SqliteDatabase) -> dict[str, list[str]]:
    """The file's tables and their columns, in the schema's order."""
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\' ORDER BY name"
        )
        if row[0] not in _OWN
    ]
    return {
        name: [row[1] for row in db.execute(f"PRAGMA table_info({_quote(name)})")] for name in names
    }


def file_keys(db: SqliteDatabase, table: str) -> list[str]:
    """The file's primary key columns of ``table``, in key order."""
    found = sorted(
        (row[5], row[1]) for row in db.execute(f"PRAGMA table_info({_quote(table)})") if row[5]
    )
    return [name for _, name in found]


# -- the server's side ----------------------------------------------------------------------------


def server_tables(db: Database) -> dict[str, list[str]]:
    """The server database's tables and their columns, in the schema's order."""
    tables: dict[str, list[str]] = {}
    for table, column in db.execute(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c "
        "JOIN information_schema.tables t "
        "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "ORDER BY c.table_name, c.ordinal_position"
    ):
        if table not in _OWN:
            tables.setdefault(table, []).append(column)
    return tables


def occupied(db: Database) -> dict[str, int]:
    """The server's tables that hold rows (beyond the schema's own), with their row counts."""
    found = {}
    for table in server_tables(db):
        if table == SCHEMA_ROWS:
            continue
        count = db.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
        if count:
            found[table] = int(count)
    return found


def copy_order(db: Database, tables: Iterable[str]) -> list[str]:
    """``tables`` in an order where each comes after every table its foreign keys name."""
    wanted = sorted(tables)
    needs: dict[str, set[str]] = {name: set() for name in wanted}
    for child, parent in db.execute(
        "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
        "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"
    ):
        if child in needs and parent in needs and child != parent:
            needs[child].add(parent)
    order: list[str] = []
    while needs:
        ready = sorted(name for name, parents in needs.items() if not parents - set(order))
        if not ready:
            raise AssertionError(f"foreign keys in a cycle among {', '.join(sorted(needs))}")
        order += ready
        for name in ready:
            del needs[name]
    return order


# -- the copy -------------------------------------------------------------------------------------


class NotEmpty(Exception):
    """The server database holds rows already (table: count): nothing was copied."""

    def __init__(self, tables: dict[str, int]) -> None:
        names = sorted(tables)
        more = ", ..." if len(names) > 4 else ""
        super().__init__(f"{len(names)} tables hold rows: {', '.join(names[:4])}{more}")
        self.tables = tables


class Differs(Exception):
    """The server's copy does not equal the file (what differs): everything was rolled back."""


def copy_site(
    source: SqliteDatabase, target: PgDatabase, tables: dict[str, list[str]]
) -> dict[str, TableState]:
    """Copy every table of ``source`` (``tables``: name -> columns, as on both sides) into the
    empty ``target`` in one transaction, compare each table with the file, and commit; return
    each table's rows and digest (the same on both sides).

    Raises:
        NotEmpty: ``target`` holds rows (checked under the writer's lock); nothing is written.
        Differs: a table of the copy is not the file's; nothing is written.
    """
    raw = target.conn.raw
    keys = {table: file_keys(source, table) for table in tables}
    order = copy_order(target, tables)
    if target.conn.in_transaction:
        raise AssertionError("the copy runs in a transaction of its own")
    raw.execute("BEGIN")
    try:
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (pgschema.LOCK_KEY,))
        full = occupied(target)
        if full:
            raise NotEmpty(full)
        for table in order:
            raw.execute(f"ALTER TABLE {_quote(table)} DISABLE TRIGGER USER")
        for table in order:
            if table == SCHEMA_ROWS:
                continue
            _copy_table(source, raw, table, tables[table], keys[table])
        for table in order:
            raw.execute(f"ALTER TABLE {_quote(table)} ENABLE TRIGGER USER")
        # No change of the copy is anyone's action: none is left for an audit entry to record.
        raw.execute(f"DELETE FROM pg_temp.{pgschema.CHANGES}")
        states = {}
        for table in order:
            if table == SCHEMA_ROWS:  # not copied (the server's own, and who wrote each)
                continue
            mine = table_state(source, table, tables[table], keys[table])
            theirs = table_state(target, table, tables[table], keys[table])
            if mine != theirs:
                raise Differs(
                    f"{table}: {theirs.rows} rows on the server, {mine.rows} in the file"
                    if mine.rows != theirs.rows
                    else f"{table}: the rows on the server differ from the file's"
                )
            states[table] = mine
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    # The planner's statistics of what was just moved (autovacuum would take them later): the
    # lists' and reports' plans are chosen on them from the first workstation's first read.
    raw.execute("ANALYZE")
    return states


def _copy_table(
    source: SqliteDatabase, raw: Any, table: str, columns: list[str], key: list[str]
) -> None:
    names = ", ".join(_quote(c) for c in columns)
    rows = source.execute(
        f"SELECT {names} FROM {_quote(table)} ORDER BY {', '.join(_quote(c) for c in key)}"
    )
    with raw.cursor() as cursor, cursor.copy(f"COPY {_quote(table)} ({names}) FROM STDIN") as out:
        for row in rows:
            out.write_row(row)


# -- comparing ------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes | memoryview) else value


def _ordered(rows: Iterable[Sequence[Any]], width: int, by_sql: bool) -> Iterator[Sequence[Any]]:
    """Rows in key order: as the database gave them when its order is by whole numbers (the
    same on both backends), else sorted here (text keys collate per backend)."""
    if by_sql:
        yield from rows
        return
    yield from sorted(rows, key=lambda r: [(v is not None, v) for v in r[:width]])


def table_state(db: Any, table: str, columns: list[str], key: list[str]) -> TableState:
    """The rows of ``table`` on either backend: how many, and a digest of them in key order
    (the key's columns first, then all of them)."""
    picked = [*key, *columns]
    names = ", ".join(_quote(c) for c in picked)
    order = ", ".join(_quote(c) for c in key)
    cursor = db.execute(f"SELECT {names} FROM {_quote(table)} ORDER BY {order}")
    numeric_key = _whole_numbers(db, table, key)
    digest = hashlib.sha256()
    count = 0
    for row in _ordered(cursor, len(key), numeric_key):
        plain = [_plain(v) for v in row[len(key) :]]
        digest.update(json.dumps(plain, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return TableState(count, digest.hexdigest())


def _whole_numbers(db: Any, table: str, key: list[str]) -> bool:
    """Whether every key column of ``table`` holds whole numbers (ordered alike everywhere)."""
    if isinstance(db, SqliteDatabase):
        types = {
            row[1]: str(row[2]).upper() for row in db.execute(f"PRAGMA table_info({_quote(table)})")
        }
        return all(types.get(c) == "INTEGER" for c in key)
    kinds = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        )
    }
    return all(kinds.get(c) == "bigint" for c in key)


def chain_heads(db: Any) -> dict[str, str]:
    """Each site's last audit hash (its chain head), on either backend."""
    return {
        site: head
        for site, head in db.execute(
            "SELECT a.site, a.hash FROM audit a WHERE a.id = "
            "(SELECT max(b.id) FROM audit b WHERE b.site = a.site) ORDER BY a.site"
        )
    }


def journal_head(db: Any) -> tuple[int, str]:
    """The ledger's entries: how many, and the last one's hash ('' when there are none)."""
    (count,) = db.execute("SELECT count(*) FROM journal").fetchone()
    row = db.execute("SELECT hash FROM journal ORDER BY id DESC LIMIT 1").fetchone()
    return int(count), (row[0] if row else "")
