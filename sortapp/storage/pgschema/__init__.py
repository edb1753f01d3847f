"""sortapp's schema on a PostgreSQL server, with every rule enforced by the server.

``apply(db)`` brings a server database to the schema SQLite's migrations make
(``storage.migrations``): the same tables and columns in the same order, the same keys and CHECKs,
and every trigger in PL/pgSQL with SQLite's message (``steps``). It is run by the owner role, once
for all workstations: under a transaction-level advisory lock, every pending step in one
transaction, so a second workstation upgrading at the same moment waits and finds it done.

After the steps, what a server needs beyond the file is made for every table (``_derived``):

- **Row ids**: a table whose key is SQLite's ``INTEGER PRIMARY KEY`` (a rowid) gets, as there, one
  more than the largest id when an insert gives none.
- **Row coverage** (``storage.rowcover``): each protected table notes every row a statement
  inserts, changes or deletes, with its text as it was, in the session's temporary table
  ``rowcover_changes`` that sortapp's connections make (``install_rowcover``). A session without
  it (psql) has its writes to protected rows refused: they would be recorded by no audit entry.
  A protected table refuses TRUNCATE (it notes no rows).

A row's text is built by the server (``text_sql``) exactly as SQLite's ``json_object``
builds it for ``rowcover.text_sql``: a compact JSON object of the non-NULL columns in name order,
strings escaped as SQLite escapes them (``"``, ``\\``, ``\\b \\f \\n \\r \\t``, other control
characters as ``\\u00xx``; everything else as it is).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sortapp.core.errors import KnownStorageError
from sortapp.storage import migrations, rowcover, written
from sortapp.storage.pgschema import roles
from sortapp.storage.pgschema.steps import SERVER_STEP_SQL, STEPS

if TYPE_CHECKING:
    from sortapp.storage.pg import PgDatabase

#: The advisory lock that serialises schema changes (a constant, shared by every sortapp).
LOCK_KEY = 0x736F727461707031  # "sortapp1"

#: How long the owner's upgrade waits for that lock, or for a table another session holds
#: (any session may take the lock: refused as busy after this, not waited for with no end).
UPGRADE_WAIT_S = 600

#: The server's record of the steps it has applied (SQLite's is ``_sqlite_migrations``).
APPLIED = "_sortapp_migrations"

#: Steps a server has that a file has not (after sortapp's migrations, recorded in ``APPLIED``
#: as theirs), in order, each with its SQL in ``steps.SERVER_STEP_SQL``: the groups, grants and
#: guards of ``roles`` (made again after any step); the sorting guard once per statement; an
#: operator's reversal of the lot's last sorting entry, their own, exactly, and no entry taking
#: carats off but a reversal (``roles.SUPERVISORS_ROWS``, ``sort_entries_sign``); no goods
#: their size class's stones could not weigh (``sort_entries_band``); no one's password hash
#: nor wrap of the site key read by another user (``SECRET``), with an attack round's guards
#: of the same day (a parcel's later steps in one's own name, connections per user, and no
#: notification inside a write); closing a sorting that writes off stones counted in, a second
#: person's (``postings_role``), a closing what sortapp makes of its lot, and no sorting entry
#: after it (``sortapp_closing_held``, ``sort_entries_closed``); a deactivated user's sessions
#: ended (``sortapp_user_sync``), every write of a user's session under the writer lock
#: (``sortapp_writer``), and an action dated by the server's clock (``sortapp_dated_now``); a
#: weighing of the carats of what it weighed, a capture its reading, on its balance's port,
#: within minutes and once (``weighings_agree``).
SERVER_STEPS = (
    *("server_roles_1", "server_entry_guard_2", "server_own_undo_3", "server_band_4"),
    *("server_secrets_5", "server_closings_6", "server_writes_7", "server_weighings_8"),
)

#: SQLite's name of the session's table of noted changes (``rowcover.install``).
CHANGES = "rowcover_changes"

#: The columns no user's session reads of another user's row (on a file, its holder has them
#: all): a password's hash and a wrap of the site key, from which a guess at the password
#: could be tried offline, as often as one likes (the server's own hashes of its roles'
#: passwords, in ``pg_authid``, are its superusers' only). By table: that column, and SQL
#: (``{t}``: the row's prefix) of whether a row is the session's user's own. The table's other
#: columns are granted as every table's are (``roles.apply``); its rows' texts are read
#: through the view ``seen(table)``, and a seal's digest of them through ``digest(table)``.
SECRET: dict[str, tuple[str, str]] = {
    "users": ("password_hash", "{t}name = session_user::text"),
    "site_key_wraps": ("wrapped", "{t}user_id = sortapp_user_id()"),
}

#: How a row's text that the session may not read is given instead: this, then the SHA-256 of
#: its text in hex (the row's hash, as ``rowcover`` makes it; a text itself starts with "{").
DIGESTED = rowcover.DIGESTED


def seen(table: str) -> str:
    """The view of a ``SECRET`` table: its columns but the secret one, and ``sortapp_text``,
    each row's text (``text_sql``) where the session may read it (its own user's row, or the
    owner's session), else ``DIGESTED`` and the text's hash."""
    return f"sortapp_seen_{table}"


def digest(table: str) -> str:
    """The function (first key, last key: NULL for every row) giving (rows, SHA-256 in hex of
    their JSON arrays, as ``rowcover.chunk_text_digest`` makes it) of a ``SECRET`` table."""
    return f"sortapp_digest_{table}"


def secret_of(text: str, column: str) -> str | None:
    """The secret column of a row ``seen`` gives: from its text, when the session may read it,
    else None."""
    if not text.startswith("{"):
        return None
    value = json.loads(text).get(column)
    return None if value is None else str(value)


def _own_or_digest(table: str, columns: list[str], prefix: str) -> str:
    """SQL of the text of a row of a ``SECRET`` table as ``seen`` gives it."""
    text = text_sql(columns, prefix)
    own = SECRET[table][1].format(t=prefix)
    return (
        f"CASE WHEN {own} OR sortapp_owner_session() THEN {text} "
        f"ELSE '{DIGESTED}' || encode(sha256(convert_to({text}, 'UTF8')), 'hex') END"
    )


_ROW_FUNCTIONS = r"""
-- SQLite's rowid: one more than the largest id, where an insert gives none.
CREATE OR REPLACE FUNCTION sortapp_rowid() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_id bigint;
BEGIN
    EXECUTE format('SELECT coalesce(max(%I), 0) + 1 FROM %I.%I',
                   TG_ARGV[0], TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO next_id;
    RETURN jsonb_populate_record(new, jsonb_build_object(TG_ARGV[0], next_id));
END $$;
"""

#: The channel on which a workstation says that it committed an action (``storage.db``'s
#: transaction, once committed; nothing in the payload).
CHANNEL = "sortapp_audit"

#: (Until the step ``server_secrets_5`` a trigger on ``audit`` notified inside the write: a
#: session holding the notification queue's tail while another filled it, 8 GB in 42 s, made
#: every write of the cluster fail at its commit. An attack round, 2026-12-07.)
_NOTIFY = """
DROP TRIGGER IF EXISTS audit_notify ON audit;
DROP FUNCTION IF EXISTS sortapp_notify();
"""

#: (table, key columns in key order) of every table of the schema, from the server's catalog.
_KEYS_SQL = """
SELECT c.relname, array_agg(a.attname::text ORDER BY k.n), min(format_type(a.atttypid, NULL))
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace
GROUP BY c.relname
"""


def _derived(db: PgDatabase) -> None:
    """Row ids, row coverage and search paths, (re)made for every table and function."""
    raw = db.conn.raw
    raw.execute(_ROW_FUNCTIONS)
    keys = {name: (list(cols), kind) for name, cols, kind in raw.execute(_KEYS_SQL)}
    for table, (cols, kind) in sorted(keys.items()):
        if len(cols) == 1 and kind == "bigint" and table != APPLIED:
            raw.execute(
                f"CREATE OR REPLACE TRIGGER {table}_rowid BEFORE INSERT ON {table} FOR EACH ROW "
                f"WHEN (new.{cols[0]} IS NULL) EXECUTE FUNCTION sortapp_rowid('{cols[0]}')"
            )
    refusing = {
        row[0]
        for row in raw.execute(
            "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE '%\\_no\\_truncate'"
        )
    }
    for table in rowcover.PROTECTED:
        if table not in keys:  # not in this schema
            continue
        columns = [
            row[0]
            for row in raw.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s "
                "ORDER BY ordinal_position",
                (table,),
            )
        ]
        raw.execute(_rowcover_function(table, columns, keys[table][0]))
        raw.execute(
            f"CREATE OR REPLACE TRIGGER rowcover AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION rowcover_{table}()"
        )
        if table in refusing:  # its own refusal says more
            continue
        raw.execute(
            f"CREATE OR REPLACE TRIGGER rowcover_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION sortapp_refuse('rowcover: "
            f"{table} rows are deleted one by one, each recorded in the audit log')"
        )
    # Other workstations hear of each action when it commits (services.watch).
    raw.execute(_NOTIFY)


def _pin_search_path(db: PgDatabase) -> None:
    """The triggers' functions read the schema's tables, never a table of the same name that a
    session put earlier in its search path (or in pg_temp)."""
    raw = db.conn.raw
    functions = raw.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p "
        "WHERE p.pronamespace = current_schema()::regnamespace"
    ).fetchall()
    (schema,) = raw.execute("SELECT quote_ident(current_schema())").fetchall()[0]
    for (function,) in functions:
        raw.execute(f"ALTER FUNCTION {function} SET search_path = {schema}, pg_temp")


def _version(db: PgDatabase) -> int | None:
    if not db.table("meta").exists():
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return None if row is None else int(row[0])


def check_not_newer(db: PgDatabase) -> None:
    """Refuse a database written by a newer sortapp, as ``migrations.check_not_newer`` does:
    a newer schema version, or a step of the server's own this sortapp does not know (its
    grants or guards may differ from what this sortapp reads and writes)."""
    version = _version(db)
    if version is not None and version > migrations.SCHEMA_VERSION:
        raise KnownStorageError(
            f"This database has schema version {version}, newer than this sortapp "
            f"(version {migrations.SCHEMA_VERSION})",
            "Install the newer sortapp that wrote it; the database was not changed.",
        )
    if not db.table(APPLIED).exists():
        return
    known = set(step_names())
    unknown = sorted(
        row[0] for row in db.execute(f"SELECT name FROM {APPLIED}") if row[0] not in known
    )
    if unknown:
        raise KnownStorageError(
            f"This database on the server was brought up by a newer sortapp (its step "
            f"{unknown[0]} is unknown to this one)",
            "Install the newer sortapp that wrote it on this workstation; the database was not "
            "changed.",
        )


def step_names() -> list[str]:
    """Every step a server database has applied once current: sortapp's migrations, then the
    server's own."""
    return [*migrations.names(), *SERVER_STEPS]


#: The schema ``apply`` makes, as ``integrity_pg.schema`` reads it: written by
#: ``python -m sortapp.storage.pgschema.expected URL`` from a database just made, and checked
#: against one by the tests.
EXPECTED = Path(__file__).with_name("expected.json")


@functools.cache
def expected_schema() -> dict[tuple[str, str], str]:
    """The schema ``apply`` makes, by (kind, name) (``EXPECTED``): verify compares a server's."""
    return {(kind, name): text for kind, name, text in json.loads(EXPECTED.read_text("utf-8"))}


def missing_steps() -> list[str]:
    """sortapp's migrations that have no server step (a bug: each needs one, even empty)."""
    return [name for name in migrations.names() if name not in STEPS]


def pending(db: PgDatabase) -> list[str]:
    """The steps ``apply`` would run on ``db`` (read without the lock: a hint only)."""
    done = set()
    if db.table(APPLIED).exists():
        done = {row[0] for row in db.execute(f"SELECT name FROM {APPLIED}")}
    return [name for name in (*STEPS, *SERVER_STEPS) if name not in done]


def apply(db: PgDatabase) -> list[str]:
    """Bring the server database to this sortapp's schema; return the steps it applied.

    Run by the owner role. One transaction under the advisory lock ``LOCK_KEY``: a second caller
    waits for the first to commit, then finds nothing to do. A database of a newer sortapp is
    refused (``KnownStorageError``) and left as it was.
    """
    missing = missing_steps()
    if missing:
        raise AssertionError(f"migrations without a server step: {', '.join(missing)}")
    raw = db.conn.raw
    if db.conn.in_transaction:
        raise AssertionError("pgschema.apply runs in a transaction of its own")
    raw.execute("BEGIN")
    try:
        # (Every connection waits ``pg.LOCK_WAIT_S`` at most for a lock; the owner's upgrade
        # waits longer, for another's upgrade or a long verify's snapshot to end.)
        raw.execute(f"SET LOCAL lock_timeout = '{UPGRADE_WAIT_S}s'")
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        check_not_newer(db)
        raw.execute(
            f'CREATE TABLE IF NOT EXISTS {APPLIED} (name text COLLATE "C" PRIMARY KEY, '
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {row[0] for row in raw.execute(f"SELECT name FROM {APPLIED}")}
        names = [*migrations.names(), *SERVER_STEPS]
        todo = [name for name in names if name not in done]
        for name in todo:
            sql = STEPS[name] if name in STEPS else SERVER_STEP_SQL[name]
            if sql.strip():
                raw.execute(sql)
            raw.execute(f"INSERT INTO {APPLIED} (name) VALUES (%s)", (name,))
        if todo:
            _derived(db)
            roles.apply(db)
            _pin_search_path(db)
            raw.execute(written.server_note())  # a schema change is a write: this sortapp's
        version = _version(db)
        if version is not None and version < migrations.SCHEMA_VERSION:
            raw.execute(
                "UPDATE meta SET value = %s WHERE key = 'schema_version'",
                (str(migrations.SCHEMA_VERSION),),
            )
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    return todo


def install_rowcover(db: PgDatabase) -> None:
    """Give this session the table in which the server's triggers note changed protected rows
    (``rowcover.install`` on SQLite): without it, the session's writes to them are refused."""
    db.conn.raw.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {CHANGES} ("
        "seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        'tbl text COLLATE "C" NOT NULL, key text COLLATE "C" NOT NULL, old text COLLATE "C", '
        "UNIQUE (tbl, key))"
    )


def quote(name: str) -> str:
    """A name quoted for SQL (its double quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def text_sql(columns: list[str], prefix: str = "") -> str:
    """SQL for a row's text, as ``rowcover.text_sql`` builds it on SQLite (byte for byte): a
    compact JSON object of its non-NULL columns in name order. (``to_json`` escapes a string as
    SQLite's ``json_object`` does; a bigint is its digits.)"""
    pairs = ", ".join(
        f"""CASE WHEN {value} IS NOT NULL THEN '"{c}":' || to_json({value})::text END"""
        for c, value in ((c, prefix + quote(c)) for c in sorted(columns))
    )
    return f"('{{' || concat_ws(',', {pairs}) || '}}')"


def key_sql(key: list[str], prefix: str = "") -> str:
    """SQL for a row's key, as ``rowcover.key_sql`` builds it on SQLite (``json_array``)."""
    values = ", ".join(f"coalesce(to_json({prefix}{quote(c)})::text, 'null')" for c in key)
    return f"('[' || concat_ws(',', {values}) || ']')"


def _rowcover_function(table: str, columns: list[str], key: list[str]) -> str:
    """The trigger function that notes a changed row of ``table`` (``rowcover.install``'s TEMP
    triggers on SQLite), built for its columns: a later step that changes them remakes it."""
    note = f"""INSERT INTO pg_temp.{CHANGES} (tbl, key, old) VALUES ('{table}', {{key}}, {{old}})
        ON CONFLICT (tbl, key) DO NOTHING;"""
    # (A row of a ``SECRET`` table noted in the session's own table: only what ``seen`` shows.)
    old = _own_or_digest(table, columns, "old.") if table in SECRET else text_sql(columns, "old.")
    return f"""
CREATE OR REPLACE FUNCTION rowcover_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.{CHANGES}') IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'rowcover: {table} rows are changed only through sortapp, which records '
                      'each change in the audit log (this session does not)',
            HINT = 'Use sortapp for this change.';
    END IF;
    IF TG_OP <> 'INSERT' THEN
        {note.format(key=key_sql(key, "old."), old=old)}
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {note.format(key=key_sql(key, "new."), old="NULL")}
    END IF;
    RETURN NULL;
END $$;
"""
