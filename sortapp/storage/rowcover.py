"""Row coverage: every row that decides carats, origin, value or rights is under the audit chain.

The ledger, the sorting entries and the audit log are append-only histories with hashes of their
own. The other tables (lots and their origins, users and their roles, prices, settings, ...) hold
the current state of things, and rows there change. Here is how those changes stay evident:

- sortapp's own connections carry TEMP triggers (``install``) that note each protected row a
  transaction inserts, changes or deletes, with its text as it was before the transaction;
- the audit entry that records the action takes those notes (``take``) and holds, for each row,
  ``[table, key, hash before, hash after]`` (``None`` for a row that is not there); the audit
  chain covers them like the rest of the entry, and a transaction that would commit a noted
  change without an audit entry after it is refused as a bug (``check_taken``);
- ``verify`` re-hashes every row (``current_hashes``) and compares it with the last hash the log
  recorded for it, and checks that each recorded change starts from the hash the one before left.

A row edited outside sortapp (whose connections have no such triggers) therefore differs from the
log; if sortapp later changes that row, the log shows a change that did not start where the last
one ended, so an outside edit cannot be laundered by a later action either.

A row's text is a JSON object of its columns, in name order, without the NULL ones: a nullable
column added by a later migration leaves every existing row's text as it was.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sortapp.core.i18n import phrase
from sortapp.storage import dbapi
from sortapp.storage.dbapi import Database

#: The protected tables: the current state that decides carats, origin, value or rights.
#: (The ledger, sorting entries, audit log and the balances derived from the ledger have checks
#: of their own; checkpoints are signed.)
PROTECTED: tuple[str, ...] = (
    "site",
    "settings",
    "countries",
    "users",
    "size_classes",
    "models",
    "qualities",
    "colours",
    "categories",
    "name_translations",
    "prices",
    "lots",
    "lot_origins",
    "lot_seals",
    "lot_reweighs",
    "certificates",
    "parcels",
    "parcel_seals",
    "sealed_lines",
    "price_overrides",
    "valuations",
    "parties",
    "bundles",
    "site_keys",
    "site_signing_key",
    "site_key_wraps",
    "partner_keys",
    "balance_register",
    "reference_weights",
    "balance_calibrations",
    "balance_checks",
    "weighings",
    "entry_files",
)

#: Rows recorded by the NEXT audit entry, not by their own transaction's (the one exception to
#: "no protected change without an entry after it"): a checkpoint is signed after the entry it
#: states (its head), in a transaction of its own that writes no entry, and the entry after it
#: holds ``[table, key, None, hash]`` of it (``take`` adds every checkpoint row of the head: an
#: older one was made before the head was written, so the head or an entry before it holds it).
#: verify then names a recorded checkpoint that is gone (``services.anchors.check_recorded``).
#: They get no TEMP triggers and ``check_taken`` does not wait for them; a checkpoint that no
#: entry followed yet is recorded by none (only its copies outside the file keep it).
NOTED_LATER: tuple[str, ...] = ("checkpoints",)

#: How verify names a row of a table, beside its key: (column shown, what it is called: a
#: phrase, said in the user's language).
LABELS: dict[str, tuple[str, str]] = {
    "lots": ("number", phrase("lot")),
    "parcels": ("number", phrase("parcel")),
    "users": ("name", phrase("user")),
    "categories": ("code", phrase("category")),
    "name_translations": ("code", phrase("name in another language of")),
    "certificates": ("number", phrase("KP certificate")),
    "countries": ("name", phrase("country")),
    "settings": ("key", phrase("setting")),
    "partner_keys": ("site", phrase("partner key")),
    "parties": ("name", phrase("party")),
    "balance_register": ("code", phrase("balance")),
    "reference_weights": ("code", phrase("reference weight")),
    "prices": ("", phrase("price of")),  # (by ``JOINED_LABELS``)
}

#: Rows no one column of their own names (a price: its category's code and its date): the SQL
#: of what they are called, by the row's id ("prices row [422]" named nothing to act on), and
#: the words of it.
JOINED_LABELS: dict[str, tuple[str, Callable[[Sequence[Any]], str]]] = {
    "prices": (
        "SELECT c.code, p.effective_from FROM {main}prices p "
        "JOIN {main}categories c ON c.id = p.category_id WHERE p.id = ?",
        lambda row: phrase("{category} from {day}", category=row[0], day=row[1]),
    ),
}

_CHANGES = "rowcover_changes"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def shape(db: Database, table: str) -> tuple[list[str], list[str]]:
    """Return (columns, primary-key columns in key order) of a protected table."""
    if not dbapi.sqlite(db):
        # (A round trip each on a server: those ``install`` read for this connection serve.)
        cached = getattr(db, "rowcover_shapes", {}).get(table)
        if cached is not None:
            return list(cached[0]), list(cached[1])
        return server_shape(db, table)
    info = db.execute(f"PRAGMA main.table_info({_quote(table)})").fetchall()
    columns = [row[1] for row in info]
    key = [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]
    return columns, key or ["rowid"]


def text_sql(columns: list[str], prefix: str = "") -> str:
    """SQL for a row's text: a JSON object of its non-NULL columns in name order."""
    pairs = ", ".join(f"'{c}', {prefix}{_quote(c)}" for c in sorted(columns))
    return f"json_patch('{{}}', json_object({pairs}))"


def key_sql(key: list[str], prefix: str = "") -> str:
    return "json_array(" + ", ".join(f"{prefix}{_quote(c)}" for c in key) + ")"


def server_shape(db: Database, table: str) -> tuple[list[str], list[str]]:
    """``shape`` of a table on a server, read from its catalog now (not a connection's cache)."""
    columns = [
        r[0]
        for r in db.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
    ]
    key = [
        r[0]
        for r in db.execute(
            "SELECT a.attname FROM pg_index i "
            "JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
            "WHERE i.indisprimary AND i.indrelid = to_regclass(?) ORDER BY k.n",
            (table,),
        )
    ]
    return columns, key


class _Dialect:
    """Where the two backends' row texts, tables and comparisons are written differently."""

    def __init__(self, db: Database) -> None:
        self.secret: frozenset[str] = frozenset()
        if dbapi.sqlite(db):
            self.text, self.key = text_sql, key_sql
            self.main, self.temp, self.same = "main.", "temp.", "IS"
        else:
            from sortapp.storage import pgschema  # noqa: PLC0415 (it imports this module)

            self.text, self.key = pgschema.text_sql, pgschema.key_sql
            self.main, self.temp, self.same = "", "pg_temp.", "IS NOT DISTINCT FROM"
            self.secret = frozenset(pgschema.SECRET)

    def source(self, table: str) -> str:
        """Where a protected table's rows are read: on a server, a table with a column no
        other user reads through its view (``pgschema.seen``)."""
        if table in self.secret:
            from sortapp.storage import pgschema  # noqa: PLC0415 (it imports this module)

            return pgschema.seen(table)
        return self.main + _quote(table)

    def text_of(self, table: str, columns: list[str]) -> str:
        """SQL of a row's text, read from ``source``: on a server, a table with a column no
        other user reads gives each row's text, or its hash, as its view says."""
        return "sortapp_text" if table in self.secret else self.text(columns)


#: What stands for the hash of a row whose text is not UTF-8 (only an edit outside sortapp
#: writes one; verify's readers read it as ``dbapi.Undecodable``): never a recorded hash.
NOT_UTF8 = "(not UTF-8)"


#: What a server's view of a row it does not show whole gives in place of its text, before the
#: text's hash (``pgschema.DIGESTED``; a row's text is a JSON object, which starts with "{").
DIGESTED = "sha256:"


def _text_hash(text: str) -> str:
    """A row's hash from its text (``NOT_UTF8`` for a text whose bytes are not UTF-8); from a
    server's view of a row it does not show, the hash it gives (``DIGESTED``)."""
    if isinstance(text, dbapi.Undecodable):
        return NOT_UTF8
    if text[:1] == "s" and text.startswith(DIGESTED):
        return text[len(DIGESTED) :]
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _blob_hash(text: bytes) -> str:
    """``_text_hash`` of a row's text read as a BLOB (its bytes as stored)."""
    return hashlib.sha256(text).hexdigest() if dbapi.utf8(text) else NOT_UTF8


def row_hash(text: str | None) -> str | None:
    return None if text is None else _text_hash(text)


def install(db: Database) -> None:
    """Give this connection the TEMP triggers that note changes to protected rows (on a server
    the triggers are the schema's, and ``pgschema.install_rowcover`` makes the session's table
    they write to)."""
    shapes = {table: shape(db, table) for table in (*PROTECTED, *NOTED_LATER)}
    if not dbapi.sqlite(db):
        db.rowcover_selects = {}  # type: ignore[attr-defined]  # (``take``'s, from these shapes)
        db.rowcover_shapes = shapes  # type: ignore[attr-defined]  # as below
        db.rowcover = True  # type: ignore[attr-defined]
        return
    statements = [
        f"""CREATE TEMP TABLE IF NOT EXISTS {_CHANGES} (
                seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, old TEXT,
                UNIQUE (tbl, key))"""
    ]

    def note(table: str, key: str, old: str) -> str:
        # (Not INSERT OR IGNORE: an outer statement's conflict clause would override it.)
        return (
            f"INSERT INTO {_CHANGES} (tbl, key, old) SELECT '{table}', {key}, {old} "
            f"WHERE NOT EXISTS (SELECT 1 FROM {_CHANGES} WHERE tbl = '{table}' AND key = {key});"
        )

    for table in PROTECTED:
        columns, key = shapes[table]
        if not columns:  # not in this schema (an older file being migrated)
            continue
        new_key, old_key = key_sql(key, "new."), key_sql(key, "old.")
        old_text = text_sql(columns, "old.")
        on = f"ON main.{_quote(table)}"
        statements += [
            f"""CREATE TEMP TRIGGER IF NOT EXISTS rowcover_{table}_insert AFTER INSERT {on}
                BEGIN {note(table, new_key, "NULL")} END""",
            f"""CREATE TEMP TRIGGER IF NOT EXISTS rowcover_{table}_update AFTER UPDATE {on}
                BEGIN {note(table, old_key, old_text)} {note(table, new_key, "NULL")} END""",
            f"""CREATE TEMP TRIGGER IF NOT EXISTS rowcover_{table}_delete AFTER DELETE {on}
                BEGIN {note(table, old_key, old_text)} END""",
        ]
    # In one transaction (at every open: each of a hundred statements in its own took twice
    # as long), unless the caller's is open.
    own = not db.conn.in_transaction
    if own:
        db.conn.execute("BEGIN")
    try:
        for statement in statements:
            db.conn.execute(statement)
    except BaseException:
        if own and db.conn.in_transaction:  # (SQLite rolls back itself on some errors)
            db.conn.execute("ROLLBACK")
        raise
    if own:
        db.conn.execute("COMMIT")
    # Each record() reads these: the schema does not change under an open connection.
    db.rowcover_noted = None  # type: ignore[attr-defined]  # (``take``'s, from these shapes)
    db.rowcover_selects = {}  # type: ignore[attr-defined]  # (the same)
    db.rowcover_shapes = shapes  # type: ignore[attr-defined]  # a cache on the object, read below
    # An INSERT OR REPLACE then notes the row it replaces (its delete) before the new one.
    db.conn.execute("PRAGMA recursive_triggers = ON")
    db.rowcover = True  # type: ignore[attr-defined]  # a mark on the object, read below


def installed(db: Database) -> bool:
    return bool(getattr(db, "rowcover", False))


def take(db: Database) -> list[list[Any]]:
    """Return ``[table, key, hash before, hash after]`` of each row changed since the last call
    (sorted, unchanged rows left out) and forget them: the audit entry being written holds them.
    With them, ``[table, key, None, hash]`` of each checkpoint signed after the newest entry
    (``NOTED_LATER``), which no entry recorded yet."""
    if not installed(db):
        return []
    shapes: dict[str, tuple[list[str], list[str]]] = db.rowcover_shapes  # type: ignore[attr-defined]
    sql = _Dialect(db)
    changes = _noted_later(db, shapes, sql)
    noted = db.execute(f"SELECT tbl, key, old FROM {sql.temp}{_CHANGES} ORDER BY seq").fetchall()
    db.rowcover_columns = {}  # type: ignore[attr-defined]  # read by changed_columns
    if not noted:
        return sorted(changes)
    texts = _noted_texts(db, shapes, sql, noted)
    db.execute(f"DELETE FROM {sql.temp}{_CHANGES}")
    columns_changed: dict[tuple[str, str], set[str]] = {}
    for (table, key, old), text in zip(noted, texts, strict=True):
        before, after = row_hash(old), row_hash(text)
        if before != after:
            changes.append([table, key, before, after])
            # (Both texts, not a server's hash of another user's row: see ``DIGESTED``.)
            if (
                table in COLUMNS_NOTED
                and old is not None
                and text is not None
                and (old[:1] == text[:1] == "{")
            ):
                was, now = json.loads(old), json.loads(text)
                columns_changed[table, key] = {
                    c for c in was.keys() | now.keys() if was.get(c) != now.get(c)
                }
    db.rowcover_columns = columns_changed  # type: ignore[attr-defined]  # read by changed_columns
    return sorted(changes)


def _noted_texts(
    db: Database,
    shapes: dict[str, tuple[list[str], list[str]]],
    sql: _Dialect,
    noted: list[tuple[str, str, str | None]],
) -> list[str | None]:
    """The text now (None: not there) of each row ``noted`` (table, key, text before) since the
    last ``take``, in the order noted (``seq``). On a file, one query reads them all: an import
    notes 200,000 rows, and a query for each, its text written each time, was more than a third
    of the import. (It is written once per connection: the schema does not change under one.)
    A key holding an escape (a NUL or another control character, a quote, a backslash) or
    bytes not UTF-8 is read again by its own query, as on a server: SQLite's ``json_extract``
    cuts a string at a NUL ("Orapa\\u0000North" read as "Orapa"), and would find another row
    or none."""
    selects: dict[str, str] = db.rowcover_selects  # type: ignore[attr-defined]  # (``install``)
    if not dbapi.sqlite(db):
        return [_row_text(db, shapes, sql, selects, table, key) for table, key, _old in noted]
    query: str | None = db.rowcover_noted  # type: ignore[attr-defined]  # (``install``'s None)
    if query is None:
        cases = []
        for table, (columns, key_columns) in shapes.items():
            if columns:  # (a table a later migration makes: none noted)
                where = " AND ".join(
                    f"t.{_quote(c)} IS json_extract(c.key, '$[{n}]')"
                    for n, c in enumerate(key_columns)
                )
                cases.append(
                    f"WHEN '{table}' THEN (SELECT {text_sql(columns, 't.')} "
                    f"FROM main.{_quote(table)} t WHERE {where})"
                )
        query = f"SELECT CASE c.tbl {' '.join(cases)} END FROM temp.{_CHANGES} c ORDER BY c.seq"
        db.rowcover_noted = query  # type: ignore[attr-defined]  # reset by ``install``
    texts = [row[0] for row in db.execute(query)]
    for n, (table, key, _old) in enumerate(noted):
        if not shapes[table][0] or isinstance(key, dbapi.Undecodable) or "\\" in key:
            # (A table of no columns raises here, as a table not protected does.)
            texts[n] = _row_text(db, shapes, sql, selects, table, key)
    return texts


def _row_text(
    db: Database,
    shapes: dict[str, tuple[list[str], list[str]]],
    sql: _Dialect,
    selects: dict[str, str],
    table: str,
    key: str,
) -> str | None:
    """The text now of the row of ``table`` under ``key`` (None: not there), by a query of
    its own (each table's written once, in ``selects``)."""
    select = selects.get(table)
    if select is None:
        columns, key_columns = shapes[table]
        where = " AND ".join(f"{_quote(c)} {sql.same} ?" for c in key_columns)
        select = f"SELECT {sql.text_of(table, columns)} FROM {sql.source(table)} WHERE {where}"
        selects[table] = select
    row = db.execute(select, json.loads(key)).fetchone()
    return row[0] if row else None


#: The tables whose changed rows ``take`` also notes the columns of (``changed_columns``).
COLUMNS_NOTED = ("users",)


def changed_columns(db: Database) -> dict[tuple[str, str], set[str]]:
    """{(table, key): names of the columns changed} of the rows of ``COLUMNS_NOTED`` the last
    ``take`` returned as changed, both before and after there (the audit entry being written
    may change only some columns of them unsigned: ``services.audit.OWN_ROW_COLUMNS``)."""
    return dict(getattr(db, "rowcover_columns", {}))


def _noted_later(
    db: Database, shapes: dict[str, tuple[list[str], list[str]]], sql: _Dialect
) -> list[list[Any]]:
    """``[table, key, None, hash]`` of each checkpoint of the audit log's head (``NOTED_LATER``):
    signed after the newest entry, so recorded by none yet."""
    changes = []
    for table in NOTED_LATER:
        columns, key = shapes[table]
        if not columns:  # not in this schema (an older file being migrated)
            continue
        for row_key, text in db.execute(
            f"SELECT {sql.key(key)}, {sql.text(columns)} FROM {sql.main}{_quote(table)} "
            f"WHERE audit_id >= (SELECT coalesce(max(id), 0) FROM {sql.main}audit)"
        ):
            changes.append([table, row_key, None, row_hash(text)])
    return changes


def check_taken(db: Database) -> None:
    """Refuse to commit changes to protected rows that no audit entry recorded (a bug)."""
    if not installed(db):
        return
    temp = _Dialect(db).temp
    if db.execute(f"SELECT EXISTS (SELECT 1 FROM {temp}{_CHANGES})").fetchone()[0]:
        tables = [r[0] for r in db.execute(f"SELECT DISTINCT tbl FROM {temp}{_CHANGES}")]
        raise AssertionError(
            f"protected rows of {', '.join(tables)} changed without an audit entry recording them"
        )


def current_hashes(db: Database, table: str) -> Iterator[tuple[str, str, str]]:
    """Yield (key, hash, label) of every row of a protected table, as it is now."""
    columns, key = shape(db, table)
    label_column = LABELS.get(table, ("", ""))[0]
    label = _quote(label_column) if label_column in columns else "''"
    d = _Dialect(db)
    for row_key, text, name in db.execute(
        f"SELECT {d.key(key)}, {d.text_of(table, columns)}, {label} FROM {d.source(table)}"
    ):
        # (A label that is not UTF-8 stays an ``Undecodable``: verify leaves it out of a name.)
        yield row_key, _text_hash(text), name if isinstance(name, str) else str(name or "")


#: Up to this many columns that may be NULL, ``_text_of`` writes a row's JSON object for each
#: set of them that is not (2 ** n objects; above, ``json_patch`` leaves the NULLs out).
_NULLABLE_BRANCHED = 4


def _text_of(db: Database, table: str) -> str:
    """SQL for the text of a row of ``table``, the same as ``text_sql``'s: a table whose columns
    are all NOT NULL has no NULL to leave out, so its rows' JSON objects are built without
    ``json_patch`` (which re-reads each one: twice the time of the object); one with a few
    columns that may be NULL, by the object of those that are not."""
    if not dbapi.sqlite(db):
        return _Dialect(db).text_of(table, shape(db, table)[0])
    info = db.execute(f"PRAGMA main.table_info({_quote(table)})").fetchall()
    columns = sorted(row[1] for row in info)
    nullable = sorted(name for _cid, name, _type, notnull, _dflt, pk in info if not notnull | pk)

    def obj(names: list[str]) -> str:
        return "json_object(" + ", ".join(f"'{c}', {_quote(c)}" for c in names) + ")"

    if not nullable:
        return obj(columns)
    if len(nullable) > _NULLABLE_BRANCHED:
        return text_sql(columns)
    # Of the columns that may be NULL, each set that is not: a JSON object of the others and
    # those, in name order (what ``json_patch`` leaves of them all; without its re-reading).
    branches = []
    for present in itertools.product((True, False), repeat=len(nullable)):
        test = " AND ".join(
            f"{_quote(c)} IS {'NOT ' if there else ''}NULL"
            for c, there in zip(nullable, present, strict=True)
        )
        absent = {c for c, there in zip(nullable, present, strict=True) if not there}
        branches.append(f"WHEN {test} THEN {obj([c for c in columns if c not in absent])}")
    return f"CASE {' '.join(branches)} END"


def hashes_by_key(
    db: Database, table: str, where: str = "", params: Sequence[Any] = ()
) -> dict[str, str]:
    """{key: hash} of every row of a protected table (or those ``where`` says), as it is now:
    verify's fast pass (it checks any row found different through ``current_hashes``)."""
    key, d = shape(db, table)[1], _Dialect(db)
    return {
        row_key: _text_hash(row_text)
        for row_key, row_text in db.execute(
            f"SELECT {d.key(key)}, {_text_of(db, table)} FROM {d.source(table)} {where}",
            params,
        )
    }


# -- a seal's digests of the protected rows ----------------------------------------------------

#: A seal digests each protected table by chunks of rows: by the value of the first key column
#: when it is an integer (ids 0..ROW_CHUNK - 1, ...), else the whole table as chunk 0.
ROW_CHUNK = 4096


def _chunk_column(db: Database, table: str) -> str | None:
    """The first key column of ``table`` when it is an integer (chunks by its value), else None."""
    first = shape(db, table)[1][0]
    if not dbapi.sqlite(db):  # (SQLite's INTEGER columns are bigint there)
        kind = db.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?",
            (table, first),
        ).fetchone()
        return first if kind and kind[0] == "bigint" else None
    info = {row[1]: row[2] for row in db.execute(f"PRAGMA main.table_info({_quote(table)})")}
    return first if first == "rowid" or info.get(first, "").upper() == "INTEGER" else None


def chunker(db: Database, table: str) -> Callable[[str], int]:
    """The chunk a row of ``table`` falls in, from its key as the log records it."""
    if _chunk_column(db, table) is None:
        return lambda _key: 0

    def chunk_of(key: str) -> int:
        # The first value of a key as ``key_sql`` writes it ("[12]", "[12,\"BW\"]"), read
        # without a JSON parser (a third of a million keys); any other text is chunk 0 (a key
        # put in the wrong chunk is not found there, and verify then goes row by row).
        first = key[1:].partition(",")[0].partition("]")[0]
        digits = first[1:] if first.startswith("-") else first
        return int(first) // ROW_CHUNK if digits.isascii() and digits.isdigit() else 0

    return chunk_of


def count_rows(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {_Dialect(db).main}{_quote(table)}").fetchone()[0])


def _in_chunk(db: Database, table: str, chunk: int) -> tuple[str, list[int]]:
    column = _chunk_column(db, table)
    if column is None:
        return "", []
    return f"WHERE {_quote(column)} BETWEEN ? AND ?", list(dbapi.chunk_bounds(chunk, ROW_CHUNK))


def chunk_hashes(db: Database, table: str, chunk: int) -> dict[str, str]:
    """{key: hash} of the rows of one chunk of ``table``, as they are now."""
    where, params = _in_chunk(db, table, chunk)
    return hashes_by_key(db, table, where, params)


def chunk_text_digest(db: Database, table: str, chunk: int) -> tuple[int, str]:
    """(rows, SHA-256 over each row's key and values in key order) of one chunk of ``table``:
    SQLite writes each row as one JSON array (its key, then every column in name order, NULLs
    too: cheaper than its text, which leaves them out), Python hashes the chunk once. A column
    added by a later migration changes these digests, not the rows' hashes: the next verify
    then replays the whole log once."""
    columns, key = shape(db, table)
    where, params = _in_chunk(db, table, chunk)
    if not dbapi.sqlite(db):
        from sortapp.storage import integrity_pg, pgschema  # noqa: PLC0415 (they import this)

        if table in pgschema.SECRET:  # (digested by the server: no one reads another's secret)
            bounds: list[int | None] = [*params] if params else [None, None]
            count, digest = db.execute(
                f"SELECT n, digest FROM {pgschema.digest(table)}(?, ?)", bounds
            ).fetchone()
            return int(count), str(digest)
        count, text = db.execute(
            f"""SELECT count(*), string_agg(
                    {integrity_pg.array(*(_quote(c) for c in (*key, *sorted(columns))))}, chr(10)
                    ORDER BY {", ".join(_quote(c) for c in key)})
                FROM {_quote(table)} {where}""",
            params,
        ).fetchone()
        return int(count), hashlib.sha256((text or "").encode("utf-8")).hexdigest()
    values = ", ".join(_quote(c) for c in (*key, *sorted(columns)))
    rowid = "rowid, " if key == ["rowid"] else ""  # (a table without a key of its own)
    count, blob = db.execute(
        f"""SELECT count(*), CAST(group_concat(json_array({values}), char(10)) AS BLOB)
            FROM (SELECT {rowid}* FROM main.{_quote(table)} {where}
                  ORDER BY {", ".join(_quote(c) for c in key)})""",
        params,
    ).fetchone()
    return int(count), hashlib.sha256(blob or b"").hexdigest()


def _by_rowid(db: Database, table: str, key: list[str]) -> bool:
    """Whether ``table``'s key is its rowid (one INTEGER PRIMARY KEY column, or none of its
    own): its rows are stored in key order, and a range of the key is read in that order."""
    if key == ["rowid"]:
        return True
    info = db.execute(f"PRAGMA main.table_info({_quote(table)})").fetchall()
    kinds = {row[1]: row[2].upper() for row in info}
    # (A key with an index of its own: a WITHOUT ROWID table's, or one that is not the rowid.)
    indexes = db.execute(f"PRAGMA main.index_list({_quote(table)})").fetchall()
    return len(key) == 1 and kinds.get(key[0]) == "INTEGER" and all(r[3] != "pk" for r in indexes)


def keyed_by_rowid(db: Database, table: str) -> bool:
    """Whether ``table`` (on a file) is keyed by its rowid, so chunked by it: the rows of a
    chunk are those of its leaves' rowids (``storage.pages``)."""
    return dbapi.sqlite(db) and _by_rowid(db, table, shape(db, table)[1])


def chunk_count(db: Database, table: str, chunk: int) -> int:
    """How many rows of ``table`` lie in ``chunk`` (by its key's first column)."""
    where, bounds = _in_chunk(db, table, chunk)
    sql = f"SELECT count(*) FROM {_Dialect(db).main}{_quote(table)} {where}"
    return int(db.execute(sql, bounds).fetchone()[0])


def chunk_text_digests(
    db: Database, table: str, chunks: Iterable[int]
) -> Iterator[tuple[int, int, str]]:
    """(chunk, rows, ``chunk_text_digest``'s digest) of each of ``chunks`` of ``table``: the
    same bytes hashed, for a table keyed by its rowid read straight from the key's range (no
    subquery sorting a copy of every column: half the time on a table of weighings); for any
    other table or on a server, by ``chunk_text_digest``."""
    columns, key = shape(db, table)
    column = _chunk_column(db, table)
    if not dbapi.sqlite(db) or column is None or not _by_rowid(db, table, key):
        for chunk in chunks:
            yield chunk, *chunk_text_digest(db, table, chunk)
        return
    values = ", ".join(_quote(c) for c in (*key, *sorted(columns)))
    sql = f"""SELECT count(*), CAST(group_concat(json_array({values}), char(10)) AS BLOB)
              FROM main.{_quote(table)} WHERE {_quote(column)} BETWEEN ? AND ?"""
    sha256 = hashlib.sha256
    for chunk in chunks:
        count, blob = db.execute(sql, dbapi.chunk_bounds(chunk, ROW_CHUNK)).fetchone()
        yield chunk, int(count), sha256(blob or b"").hexdigest()


def chunk_passes(
    db: Database, table: str, *, digest: bool = True
) -> Iterator[tuple[int, int, dict[str, str], str]]:
    """(chunk, rows, ``chunk_hashes``, ``chunk_text_digest``'s digest) of each chunk of ``table``
    that holds rows, in chunk order, each chunk read once for both (SQLite: the texts of a
    chunk's rows and their JSON arrays from one query, in key order). Only the rows whose first
    key column holds an integer are in a chunk of a table chunked by it: the caller compares
    the rows seen with ``count_rows``. Without ``digest`` (a run that makes no seal), the
    digest is '' and the arrays are not made."""
    column = _chunk_column(db, table)
    if column is None:
        chunks: Iterable[int] = [0]
    else:  # (those that hold rows: ``dbapi.chunks_holding``)
        chunks = dbapi.chunks_holding(db, f"main.{_quote(table)}", _quote(column), ROW_CHUNK)
    sql = _chunk_sql(db, table, digest=digest)
    for chunk in chunks:
        count, hashes, text = chunk_pass(db, table, chunk, sql, digest=digest)
        if count:
            yield chunk, count, hashes, text


def _chunk_sql(db: Database, table: str, *, digest: bool = True) -> str:
    """``chunk_passes``' query of one chunk's rows: key, text, JSON array (without ``digest``,
    NULL: a run that makes no seal has no use for it, a third of the query's time), in key
    order (as ``chunk_text_digest``'s subquery sorts them: a range of a table's key is read in
    that order, so nothing is sorted here). A table keyed by its rowid gives the key as its
    integer (``chunk_pass`` writes the key's text, as ``key_sql`` would: the weighings' query
    2.0-2.2 -> 1.7 CPU-s)."""
    columns, key = shape(db, table)
    values = ", ".join(_quote(c) for c in (*key, *sorted(columns)))
    array = f"CAST(json_array({values}) AS BLOB)" if digest else "NULL"
    read_key = _quote(key[0]) if _by_rowid(db, table, key) else key_sql(key)
    return f"""SELECT {read_key}, CAST({_text_of(db, table)} AS BLOB), {array}
               FROM main.{_quote(table)} WHERE_CHUNK ORDER BY {", ".join(_quote(c) for c in key)}"""


def chunk_pass(
    db: Database, table: str, chunk: int, sql: str = "", *, digest: bool = True
) -> tuple[int, dict[str, str], str]:
    """(rows, {key: hash}, text digest) of one chunk of ``table``, read as ``chunk_passes``
    reads it (the same query: the same hashes and digest). ``sql``: ``_chunk_sql``'s, when the
    caller reads many chunks of the table (made with the same ``digest``). Without ``digest``,
    the digest is ''."""
    where, params = _in_chunk(db, table, chunk)
    rows = db.execute(
        (sql or _chunk_sql(db, table, digest=digest)).replace("WHERE_CHUNK", where), params
    ).fetchall()
    if not rows:
        return 0, {}, hashlib.sha256(b"").hexdigest() if digest else ""
    keys, texts, arrays = zip(*rows, strict=True)
    if type(keys[0]) is int:  # (a rowid, every key: ``_chunk_sql``; its text as ``key_sql``'s)
        keys = tuple([f"[{key}]" for key in keys])
    sha256 = hashlib.sha256
    # (Each row's columns, or its text: UTF-8 when the whole is.)
    joined = b"\n".join(arrays if digest else texts)
    if dbapi.utf8(joined):
        hashes = dict(zip(keys, [sha256(text).hexdigest() for text in texts], strict=True))
    else:  # a row's text not UTF-8: its hash is none recorded
        hashes = dict(zip(keys, [_blob_hash(text) for text in texts], strict=True))
    return len(rows), hashes, sha256(joined).hexdigest() if digest else ""


class Diverged(Exception):
    """The log's record of a table whose rows are only ever inserted is not one insert of each
    row there is, each as the row is now (or an entry is not readable): ``replay_streamed``
    stops, and the caller replays the whole log (``replay``) to name what differs."""


#: How many chunks of one table ``ChunkMerge`` holds the log's records of at once: a history
#: whose records of a table come chunk after chunk needs one; a few allow for records of
#: neighbouring chunks made in turns (a parcel sealed after a newer one).
OPEN_CHUNKS = 8


class ChunkMerge:
    """The log's records of one table whose rows are never changed nor deleted (fixed and kept)
    compared with its rows chunk by chunk as the log is read (``replay_streamed``): each row
    has exactly one record, its insert (no hash before), with the row's hash now. A chunk's
    records are held until ``OPEN_CHUNKS`` later chunks were recorded, then compared with the
    chunk's rows (``chunk_pass``) and let go: memory for a few chunks, not a hash for every row
    of the table. Anything else raises ``Diverged``: a second record of a key, one of a chunk
    already compared, a chunk whose rows differ from its records, rows no record names.
    Without ``digest`` (a run that makes no seal), the chunks' digests are not made; without
    ``texts``, only the digest of each chunk's rows' hashes (``state_digest``): its texts' is
    '' (a table whose pages a seal holds: its chunks are read again only where those are not
    found as sealed, and then by their rows' hashes; a third of its query's time spared)."""

    def __init__(
        self, db: Database, table: str, *, digest: bool = True, texts: bool = True
    ) -> None:
        self.db, self.table, self.digest = db, table, digest
        self.chunk_of = chunker(db, table)
        self.texts = digest and texts
        self.sql = _chunk_sql(db, table, digest=self.texts)
        self.open: dict[int, dict[str, str]] = {}
        #: chunk -> [text digest, state digest] of each chunk compared: the table's part of
        #: the next seal, as ``verify._rows_table_seal`` makes it.
        self.done: dict[int, list[str]] = {}
        self.rows = 0
        #: The chunk the last record fell in, and its records (the next is most often there).
        self.last: int | None = None
        self.records: dict[str, str] = {}
        #: Whether the table is chunked by its first key column (else all is chunk 0).
        self.chunked = _chunk_column(db, table) is not None

    def add_at(self, chunk: int, key: str, after: str) -> None:
        """Take the record of ``key``'s insert (``after``: its hash), in ``chunk`` (as
        ``chunk_of`` reads it from the key)."""
        if chunk == self.last:
            records = self.records
        else:
            found = self.open.get(chunk)
            if found is None:
                if chunk in self.done:
                    raise Diverged(self.table)
                if len(self.open) >= OPEN_CHUNKS:
                    self._compare(next(iter(self.open)))
                found = self.open[chunk] = {}
            self.last, self.records = chunk, found
            records = found
        if key in records:
            raise Diverged(self.table)
        records[key] = after

    def _compare(self, chunk: int) -> None:
        records = self.open.pop(chunk)
        if chunk == self.last:
            self.last = None
        count, hashes, text = chunk_pass(self.db, self.table, chunk, self.sql, digest=self.texts)
        if count != len(hashes) or hashes != records:
            raise Diverged(self.table)
        self.rows += count
        self.done[chunk] = [text, state_digest(hashes)] if self.digest else []

    def finish(self) -> tuple[int, dict[str, list[str]]]:
        """(rows, the table's part of the next seal) once the whole log was read."""
        for chunk in list(self.open):
            self._compare(chunk)
        if self.rows != count_rows(self.db, self.table):  # rows of chunks no record names
            raise Diverged(self.table)
        return self.rows, {str(chunk): self.done[chunk] for chunk in sorted(self.done)}


def state_digest(hashes: dict[str, str]) -> str:
    """SHA-256 over {key: hash} of rows, in key order."""
    digest = hashlib.sha256()
    for key in sorted(hashes):
        digest.update(f"{key}\x1f{hashes[key]}\n".encode())
    return digest.hexdigest()


def label_of(db: Database, table: str, key: str) -> str:
    """What a row is called (a lot's number, a user's name ...), or '' when it is not there."""
    d = _Dialect(db)
    if table in JOINED_LABELS:
        sql, words = JOINED_LABELS[table]
        return _joined_label(db, sql.format(main=d.main), words, key)
    column = LABELS.get(table, ("", ""))[0]
    columns, key_columns = shape(db, table)
    if column not in columns:
        return ""
    where = " AND ".join(f"{_quote(c)} {d.same} ?" for c in key_columns)
    try:
        values = json.loads(key)
        if not dbapi.sqlite(db) and not (
            isinstance(values, list)
            and len(values) == len(key_columns)
            and all(type(v) is str or (type(v) is int and abs(v) <= dbapi.LARGEST) for v in values)
        ):
            return ""  # (on a server a key of the wrong shape would abort the snapshot)
        row = db.execute(
            f"SELECT {_quote(column)} FROM {d.main}{_quote(table)} WHERE {where}", values
        ).fetchone()
    # (A key that is not one: a forged record; or one of a number beyond any column's integers.)
    except (ValueError, TypeError, OverflowError, sqlite3.Error):
        return ""
    if not row or row[0] is None:
        return ""
    return row[0] if isinstance(row[0], str) else str(row[0])  # (not UTF-8: still known so)


def _joined_label(db: Database, sql: str, words: Callable[[Sequence[Any]], str], key: str) -> str:
    """What a row of ``JOINED_LABELS`` is called ('' when its key is not one id, or the row or
    what it names is not there)."""
    try:
        values = json.loads(key)
        if not (isinstance(values, list) and len(values) == 1 and type(values[0]) is int):
            return ""
        if abs(values[0]) > dbapi.LARGEST:
            return ""
        row = db.execute(sql, values).fetchone()
    except (ValueError, TypeError, OverflowError, sqlite3.Error):
        return ""
    if not row or not all(
        isinstance(value, str) and not isinstance(value, dbapi.Undecodable) for value in row
    ):
        return ""  # (not UTF-8, or a forged value of another type: it names nothing)
    return words(row)


@dataclass
class Replay:
    """What the audit log records of the protected rows (``replay``)."""

    #: The last recorded hash of each row, by table then key (None: deleted).
    latest: dict[str, dict[str, str | None]]
    #: (table, key, audit uid) of each change that did not start where the one before ended.
    breaks: list[tuple[str, str, str]]
    #: (table, key, audit uid) of each recorded change the schema forbids (a posted row changed
    #: or a row deleted that cannot be): never sortapp's.
    forbidden: list[tuple[str, str, str]]
    #: Uids of the audit entries whose record of rows is not readable.
    unreadable: list[str]
    #: Replaying from after an entry (``replay``'s ``after``): the hash each row's first change
    #: since then says it started from, by table then key (None: it was not there).
    first: dict[str, dict[str, str | None]] = field(default_factory=dict)


@dataclass
class Naming:
    """What a replay of the whole log notes for the signatures check (``audit.signed_or_named``),
    from the records it reads anyway: the ids of the entries of one of ``actions``, and of those
    whose record of rows may name a table of ``tables``: a change whose first value is one, or
    a record not read as changes at all (it may name anything: the check's rule reads any JSON
    array in it). A superset of those the rule picks by their action or their rows, as
    ``audit._may_name`` finds them by reading the records again as text."""

    tables: frozenset[str]
    actions: tuple[str, ...]
    ids: list[int] = field(default_factory=list)

    def query(self, after: int) -> tuple[str, list[Any]]:
        """The replay's query (``REPLAYED``) of the entries after id ``after``: each (id, uid,
        record of rows, whether of one of ``actions``), the entries of those actions whatever
        their record (the upper bound: one more parameter)."""
        marks = ",".join("?" * len(self.actions))
        return (
            f"""SELECT id, uid, rows, action IN ({marks}) FROM audit {REPLAYED}
                WHERE (rows <> '' OR action IN ({marks})) AND id > ? AND id <= ? ORDER BY id""",
            [*self.actions, *self.actions, after],
        )

    def note(self, entry_id: int, changes: list[list[Any]] | None) -> None:
        """Note an entry whose record of rows reads as ``changes`` (None: not read as such) when
        it may name one of the tables."""
        tables = self.tables
        if changes is None or any(change[0] in tables for change in changes):
            self.ids.append(entry_id)


def changes_of(text: str) -> list[list[Any]]:
    """An audit entry's record of changed rows, as sortapp writes it: a list of changes, each a
    list of four, [table, key, hash before, hash after], its table and key strings. Else
    ValueError: a record not readable (forged). A change written any other way is none, even one
    Python would read as four values (an object of four keys unpacks into its keys): the
    signatures check reads only a list as a change, so such a record would change a row unseen
    by it, and with no signature (JSON nested too deep to read is not readable either). Nor is
    a change whose hash is ``NOT_UTF8``, what verify reads a row's text not UTF-8 as: never a
    hash sortapp records, and recorded it would match that row whatever its columns then held
    (its content changed after a seal, no entry recording it, read as the record says)."""
    if isinstance(text, dbapi.Undecodable):
        raise ValueError("not UTF-8")
    try:
        changes = json.loads(text)
    except RecursionError as exc:
        raise ValueError("nested too deep") from exc
    if type(changes) is not list or not all(
        type(change) is list
        and len(change) == 4
        and type(change[0]) is str
        and type(change[1]) is str
        and change[2] != NOT_UTF8
        and change[3] != NOT_UTF8
        for change in changes
    ):
        raise ValueError("not a list of changes, each a list of four hashes")
    return changes


#: The rows of a lot that only its receipt adds: its origins and its seals. An entry that adds
#: one without adding the lot itself (``lot_added_alone``) is one sortapp never writes: an
#: origin added to a lot received earlier turns its goods' stated origin (one country, or
#: "mixed") into another.
WITH_THEIR_LOT = ("lot_origins", "lot_seals")


def lot_added_alone(changes: list[list[Any]]) -> list[tuple[str, str]]:
    """(table, key) of each origin or seal ``changes`` add whose lot they do not add too."""
    added = [(t, k) for t, k, before, _a in changes if t in WITH_THEIR_LOT and before is None]
    if not added:
        return []
    lots = {k for t, k, before, _a in changes if t == "lots" and before is None}
    return [(t, k) for t, k in added if f"[{first_value(k)}]" not in lots]


def first_value(key: str) -> str:
    """The first value of a key as ``key_sql`` writes it ("[12,\"BW\",\"Mine\"]": "12")."""
    return key[1:].partition(",")[0].partition("]")[0]


#: How the replay reads the log: its table's own rows, in id order. Not ``audit_with_rows``
#: (the entries that record rows): ``quick_check`` does not match an index to its table, and
#: an entry left out of that index alone was not replayed, so the rows it changed could be set
#: back unseen (a signed price undone; a user's signed demotion, with ``granted_roles``).
REPLAYED = "NOT INDEXED"


def replay(
    db: Database,
    upto: int,
    fixed: set[str],
    kept: set[str],
    after: int = 0,
    naming: Naming | None = None,
) -> Replay:
    """Follow the recorded row changes of the audit log after id ``after`` up to id ``upto``,
    in order.

    ``fixed``: the tables whose rows never change once written; ``kept``: those whose rows are
    never deleted (both by sortapp's triggers). From after an entry (``after`` > 0), where each
    row stood then is not known here: the first change of each row is not checked against it
    but noted in ``first``. Into ``naming``, the entries it picks out (``Naming``).
    """
    tables = PROTECTED + NOTED_LATER
    found = Replay({table: {} for table in tables}, [], [], [], {table: {} for table in tables})
    sql, params = (
        naming.query(after)
        if naming is not None
        else (
            f"SELECT id, uid, rows, 0 FROM audit {REPLAYED} WHERE rows <> '' AND id > ? "
            "AND id <= ? ORDER BY id",
            [after],
        )
    )
    ids: list[int] = naming.ids if naming is not None else []
    for entry_id, uid, text, acting in db.execute(sql, [*params, upto]):  # (see ``REPLAYED``)
        if text == "":  # (an entry of one of the naming's actions, recording no rows)
            ids.append(entry_id)
            continue
        changes = None
        try:
            changes = changes_of(text)
            for table, key, before, after_hash in changes:
                _follow(found, uid, table, key, before, after_hash, fixed, kept, after)
            found.forbidden += [(table, key, uid) for table, key in lot_added_alone(changes)]
        except (ValueError, TypeError, KeyError):  # not JSON, not a list of four, no such table
            found.unreadable.append(uid)
            changes = None
        if naming is not None:
            if acting or type(text) is not str:
                ids.append(entry_id)
            else:
                naming.note(entry_id, changes)
    return found


def _follow(
    found: Replay,
    uid: str,
    table: str,
    key: str,
    before: str | None,
    after_hash: str | None,
    fixed: set[str],
    kept: set[str],
    after: int,
) -> None:
    """One recorded change of a row, followed (``replay``): a break when it does not start where
    the row's last change ended (from after an entry, a row's first change is noted instead),
    forbidden when the schema forbids it, and the row's latest hash is where it ends. (KeyError
    for a table that is not protected: the record is not readable.)"""
    rows = found.latest[table]
    if after and key not in rows:
        found.first[table][key] = before
    elif before != rows.get(key):
        found.breaks.append((table, key, uid))
    if before is not None and (
        (after_hash is not None and table in fixed) or (after_hash is None and table in kept)
    ):
        found.forbidden.append((table, key, uid))
    rows[key] = after_hash


def all_rows(db: Database, table: str) -> list[list[Any]]:
    """``[table, key, None, hash]`` of every row of a table (a baseline); none for a table a
    later migration makes."""
    if not shape(db, table)[0]:
        return []
    return [[table, key, None, digest] for key, digest, _label in current_hashes(db, table)]


#: An entry's record of rows that is one insert of a row keyed by integers, as sortapp writes it
#: (``canonical_json``): its table, key (and the key's first value) and hash read without a
#: JSON parser (most entries of a long history: a weighing added). ``json.loads`` would read
#: exactly these from it, and ``chunker`` the same first value.
_ONE_INSERT = re.compile(
    r'\[\["([a-z_]+)","(\[(-?[0-9]+)(?:,-?[0-9]+)*\])",null,"([0-9a-f]{64})"\]\]'
)


def replay_streamed(
    db: Database,
    upto: int,
    fixed: set[str],
    kept: set[str],
    streamed: dict[str, ChunkMerge],
    naming: Naming | None = None,
) -> Replay:
    """``replay`` of the whole log up to id ``upto``, each record of a table in ``streamed``
    passed to its ``ChunkMerge`` as it is read rather than held (they are not in ``latest``).
    Raise ``Diverged`` where ``replay`` would find anything of those tables (a change after
    the insert, a second insert: out of order or forbidden), or an entry not readable. Into
    ``naming``, the entries it picks out (``Naming``; none unreadable, or this raises)."""
    tables = PROTECTED + NOTED_LATER
    found = Replay({table: {} for table in tables if table not in streamed}, [], [], [])
    one = _ONE_INSERT.fullmatch
    sql, params = (
        naming.query(0)
        if naming is not None
        else (
            f"SELECT id, uid, rows, 0 FROM audit {REPLAYED} WHERE rows <> '' AND id > ? "
            "AND id <= ? ORDER BY id",
            [0],
        )
    )
    named = naming.tables if naming is not None else frozenset()
    ids: list[int] = naming.ids if naming is not None else []
    for entry_id, uid, text, acting in db.execute(sql, [*params, upto]):
        if text == "":  # (an entry of one of the naming's actions, recording no rows)
            ids.append(entry_id)
            continue
        if type(text) is not str:  # (only an edit outside sortapp writes such a record)
            raise Diverged(uid)
        simple = one(text)
        if simple is not None and simple[1] in WITH_THEIR_LOT:  # (its lot not added with it)
            raise Diverged(uid)
        if simple is not None and simple[1] in streamed:
            if acting or simple[1] in named:
                ids.append(entry_id)
            into = streamed[simple[1]]
            into.add_at(int(simple[3]) // ROW_CHUNK if into.chunked else 0, simple[2], simple[4])
            continue
        inserts: list[tuple[int, ChunkMerge, str, str]] = []
        try:
            changes = changes_of(text)
            if lot_added_alone(changes):
                raise Diverged(uid)
            if acting:
                ids.append(entry_id)
            elif naming is not None:
                naming.note(entry_id, changes)
            for table, key, before, after_hash in changes:
                merge = streamed.get(table)
                if merge is not None:
                    if before is not None:
                        raise Diverged(table)
                    inserts.append((merge.chunk_of(key), merge, key, after_hash))
                    continue
                _follow(found, uid, table, key, before, after_hash, fixed, kept, 0)
            # An entry's records are in the order of their keys' text ("[10]" before "[9]"):
            # by chunk, so that one chunk's records of one entry come together.
            if len(inserts) > 1:
                inserts.sort(key=lambda insert: insert[0])
            for chunk, merge, key, after_hash in inserts:
                merge.add_at(chunk, key, after_hash)
        # Not readable (``replay`` names it); or a key ``replay`` reads and a chunk cannot hold.
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise Diverged(uid) from exc
    return found
