"""What someone holding the database file can do, for the tamper tests: a plain sqlite3
connection (no sortapp triggers of its own), the protective triggers dropped and put back exactly
as they were, so only the data differ."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlite_utils import Database

from sortapp.core.canonical import canonical_json
from sortapp.services.verify import verify
from sortapp.storage import dbapi, rowcover
from sortapp.storage.audit import audit_hash
from sortapp.storage.db import open_db, open_server


def tamper(db, *statements: str) -> None:
    """Edit an open database as its owner can, outside sortapp: the protective triggers (all
    but the ledger's summaries) off, the statements run, the triggers back as they were, in one
    transaction. On a file they are dropped and made again; on a server, as the owner of its
    tables, disabled and enabled again (``ALTER TABLE ... DISABLE TRIGGER``), so the schema
    reads the same after. Write the column ``user`` quoted (``"user"``): a word of SQL on the
    server."""
    if not dbapi.sqlite(db):
        triggers = db.execute(
            """SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
               WHERE NOT t.tgisinternal AND t.tgname NOT LIKE 'postings\\_to\\_%'
                 AND c.relnamespace = (SELECT oid FROM pg_namespace
                                       WHERE nspname = current_schema())"""
        ).fetchall()
        db.execute("BEGIN")
        for table, name in triggers:
            db.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"')
        for statement in statements:
            db.execute(statement)
        for table, name in triggers:
            db.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"')
        db.execute("COMMIT")
        return
    _without_triggers(db.conn, statements)


def _without_triggers(conn: sqlite3.Connection, statements, table: str | None = None) -> None:
    """Run ``statements`` on a file's connection with its triggers (of ``table``, or all but
    the ledger's summaries) dropped, then put them back exactly as they were; commit."""
    where = "tbl_name = ?" if table else "name NOT LIKE 'postings_to_%'"
    triggers = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND {where}",
        (table,) if table else (),
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    for statement in statements:
        conn.execute(statement)
    for _name, sql in triggers:
        conn.execute(sql)
    conn.commit()


def raw_edit(path: Path, *statements: str, table: str | None = None) -> None:
    """Run ``statements`` with the triggers (of ``table``, or all but the ledger's summaries)
    dropped, foreign keys and CHECKs off, then put the triggers back."""
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("PRAGMA ignore_check_constraints = ON")
    _without_triggers(raw, statements, table)
    raw.close()


def index_left_behind(path: Path, table: str, new: Sequence | None = None) -> int:
    """Leave the indexes of ``table`` behind it, the table as it was: its last row deleted (its
    index entries with it) and put back, the same rowid and values, while the schema names
    neither its indexes nor its constraints (``writable_schema``: its triggers, indexes and
    definition hidden, a definition of its columns alone in its place), then the schema put
    back exactly. ``quick_check`` then finds the file sound; only an index matched to its
    table finds the row missing from it (the fifth attack round's way). ``new`` (its rowid,
    then every column): that row added so instead, past the table's UNIQUE constraints.
    Return the rowid."""

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA writable_schema = ON")
        return conn

    master = "SELECT rowid, type, name, tbl_name, rootpage, sql FROM sqlite_master"
    raw = connect()
    saved = raw.execute(f"{master} WHERE tbl_name = ?", (table,)).fetchall()
    columns = [r[1] for r in raw.execute(f'PRAGMA table_info("{table}")')]
    row = (
        new or raw.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid DESC LIMIT 1').fetchone()
    )
    raw.execute("DELETE FROM sqlite_master WHERE tbl_name = ? AND type = 'trigger'", (table,))
    raw.close()
    raw = connect()
    if new is None:
        raw.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (row[0],))
    raw.execute("DELETE FROM sqlite_master WHERE tbl_name = ? AND type = 'index'", (table,))
    plain = f'CREATE TABLE "{table}" ({", ".join(f"{c!r}" for c in columns)})'
    raw.execute(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (plain, table)
    )
    raw.close()
    raw = connect()
    names = ", ".join(f'"{c}"' for c in columns)
    raw.execute(f'INSERT INTO "{table}" (rowid, {names}) VALUES ({", ".join("?" * len(row))})', row)
    raw.execute("DELETE FROM sqlite_master WHERE tbl_name = ?", (table,))
    raw.executemany(
        "INSERT INTO sqlite_master (rowid, type, name, tbl_name, rootpage, sql) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        saved,
    )
    raw.close()
    return int(row[0])


def _schema_of(raw: sqlite3.Connection, table: str) -> list[tuple]:
    """The schema rows of ``table``'s triggers and named indexes (not SQLite's own)."""
    return raw.execute(
        "SELECT rowid, type, name, tbl_name, rootpage, sql FROM sqlite_master "
        "WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        (table,),
    ).fetchall()


def _named_only(path: Path, saved: list[tuple], keep: str = "") -> None:
    """Of the schema rows ``saved``, only that of ``keep`` left in the schema (none: '')."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA writable_schema = ON")
    raw.executemany("DELETE FROM sqlite_master WHERE name = ?", [(r[2],) for r in saved])
    raw.executemany(
        "INSERT INTO sqlite_master (rowid, type, name, tbl_name, rootpage, sql) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [r for r in saved if r[2] == keep],
    )
    raw.close()


def drop_from_index(path: Path, table: str, index: str, where: str, params=()) -> list[tuple]:
    """Take the rows of ``table`` that ``where`` picks out of its index ``index`` alone: the
    table and its other indexes keep them (deleted with only that index named in the schema,
    put back as they were with none; then the schema back exactly). Tables WITHOUT ROWID
    too. Return the rows (the sixth attack round's way)."""
    raw = sqlite3.connect(path, isolation_level=None)
    saved = _schema_of(raw, table)
    columns = [r[1] for r in raw.execute(f'PRAGMA table_info("{table}")')]
    names = ", ".join(f'"{c}"' for c in columns)
    rows = raw.execute(f'SELECT {names} FROM "{table}" WHERE {where}', params).fetchall()
    raw.close()
    assert rows and index in {r[2] for r in saved}
    _named_only(path, saved, index)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(f'DELETE FROM "{table}" WHERE {where}', params)
    raw.close()
    _named_only(path, saved)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA foreign_keys = OFF")
    marks = ", ".join("?" * len(columns))
    raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    raw.close()
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA writable_schema = ON")
    raw.executemany(
        "INSERT INTO sqlite_master (rowid, type, name, tbl_name, rootpage, sql) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        saved,
    )
    raw.close()
    return rows


def index_key_moved(
    path: Path, table: str, index: str, rowids: list[int], column: str, key
) -> None:
    """File the rows ``rowids`` of ``table`` under ``key`` in its index ``index`` alone, the
    table's rows left as they are: the rows set to ``key`` with only that index in the schema
    and the table's definition without its ``STRICT`` (so a key of another type goes in), then
    set back with no index in it, then the schema put back exactly (the seventh attack
    round's way)."""
    raw = sqlite3.connect(path, isolation_level=None)
    saved = raw.execute(
        "SELECT rowid, type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE tbl_name = ?",
        (table,),
    ).fetchall()
    marks = ", ".join("?" * len(rowids))
    was = raw.execute(
        f'SELECT rowid, "{column}" FROM "{table}" WHERE rowid IN ({marks})', rowids
    ).fetchall()
    raw.close()
    loose = [(*r[:5], r[5].replace(") STRICT", ")")) for r in saved if r[1] == "table"]

    def schema(rows: list[tuple]) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE tbl_name = ?", (table,))
        conn.executemany(
            "INSERT INTO sqlite_master (rowid, type, name, tbl_name, rootpage, sql) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.close()

    schema(loose + [r for r in saved if r[2] == index])
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid IN ({marks})', [key, *rowids])
    raw.close()
    schema(loose)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.executemany(
        f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', [(v, r) for r, v in was]
    )
    raw.close()
    schema(saved)


def append_forged_entry(
    path: Path,
    user: str,
    action: str,
    rows: list[list],
    details: dict | None = None,
    obj: str = "L1",
) -> None:
    """Append an audit entry with a valid chain hash, as someone with the file can."""
    raw = sqlite3.connect(path)
    last_id, prev = raw.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    raw.execute(
        "INSERT INTO audit (id, uid, site, at, user, action, object, details, rows, prev_hash, "
        "hash) VALUES (?, ?, 'KSF', ?, ?, ?, ?, ?, ?, ?, ?)",
        _forged(last_id, prev, user, action, obj, details, rows),
    )
    raw.commit()
    raw.close()


def _forged(
    last_id: int, prev: str, user: str, action: str, obj: str, details: dict | None, rows: list
) -> tuple:
    """(id, uid, at, user, action, object, details, rows, prev_hash, hash) of an entry of site
    KSF chained after entry ``last_id`` (hash ``prev``)."""
    uid, at = f"KSF-A{last_id + 1}", "2026-12-01T10:00:00.000000Z"
    text = canonical_json(details or {})
    rows_text = canonical_json(rows) if rows else ""
    digest = audit_hash(prev, uid, "KSF", at, user, action, obj, text, rows_text)
    return (last_id + 1, uid, at, user, action, obj, text, rows_text, prev, digest)


def forge_entry_on_server(
    db, user: str, action: str, obj: str, rows: list[list], details: dict | None = None
) -> None:
    """``append_forged_entry`` on a server, as its owner can (``tamper``)."""
    last_id, prev = db.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    values = ", ".join(
        str(v) if isinstance(v, int) else "'" + v.replace("'", "''") + "'"
        for v in _forged(last_id, prev, user, action, obj, details, rows)
    )
    tamper(
        db,
        'INSERT INTO audit (id, uid, at, "user", action, object, details, rows, prev_hash, hash, '
        f"site) VALUES ({values}, 'KSF')",
    )


def row_hash(path: Path, table: str, key: str) -> str:
    """The hash of a protected row as it is in the file (``rowcover.current_hashes``)."""
    raw = Database(sqlite3.connect(path))
    try:
        return next(d for k, d, _label in rowcover.current_hashes(raw, table) if k == key)
    finally:
        raw.close()


def explained_edit(path: Path, edit: str, table: str, key: str, user: str, action: str) -> None:
    """Edit a protected row outside sortapp (``raw_edit``), then append an entry of ``action`` by
    ``user`` (valid chain hash, no signature) whose record of rows 'explains' the change."""
    before = row_hash(path, table, key)
    raw_edit(path, edit)
    append_forged_entry(path, user, action, [[table, key, before, row_hash(path, table, key)]])


class Forger:
    """The test site on a file or a server, and what someone with write access can do to it."""

    def __init__(self, request: pytest.FixtureRequest, backend: str) -> None:
        self.backend = backend
        if backend == "sqlite":
            self.path = request.getfixturevalue("db_path")
            self.db = open_db(self.path)
        else:
            self.db = open_server(request.getfixturevalue("pg_site_url"))

    def key(self, name: str) -> str:
        return f"[{self.db.execute('SELECT id FROM users WHERE name = ?', (name,)).fetchone()[0]}]"

    def row_hash(self, key: str, table: str = "users") -> str | None:
        """A protected row's hash as it is now (None: not there)."""
        return next((d for k, d, _l in rowcover.current_hashes(self.db, table) if k == key), None)

    def explained(self, edit: str, keys: list[str], user: str, action: str, obj: str = "",
                  details: dict | None = None, table: str = "users") -> str:  # fmt: skip
        """Run ``edit`` outside sortapp, then append an unsigned entry of ``action`` by
        ``user`` recording the rows ``keys`` of ``table`` as changed; return the entry's uid."""
        before = {key: self.row_hash(key, table) for key in keys}
        self.edit(edit)
        return self.append(
            user, action, obj,
            [[table, key, before[key], self.row_hash(key, table)] for key in keys], details,
        )  # fmt: skip

    def append(self, user: str, action: str, obj: str, rows: list[list],
               details: dict | None = None) -> str:  # fmt: skip
        """Append an unsigned entry with a valid chain hash; return its uid."""
        if self.backend == "sqlite":
            self.db.close()
            append_forged_entry(self.path, user, action, rows, details, obj=obj)
            self.db = open_db(self.path)
        else:
            forge_entry_on_server(self.db, user, action, obj, rows, details)
        return str(self.db.execute("SELECT uid FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0])

    def edit(self, *edits: str) -> None:
        if self.backend == "sqlite":  # the file itself, on a plain sqlite3 connection
            self.db.close()
            raw_edit(self.path, *edits)
            self.db = open_db(self.path)
        else:
            tamper(self.db, *edits)

    def problems(self) -> list[str]:
        return verify(self.db).problems
