"""Rows forged in the file by someone who holds it, of a kind sortapp never writes: an id far
beyond the rest (2 ** 62, the ends of SQLite's integers), and text that is not UTF-8 or not
text at all (a BLOB in a TEXT column). On the ``busy`` site of the row coverage tests, never
verified and after a seal, verify must end having run about the statements it runs on the honest
site (a walk over every chunk number up to 2 ** 62 would not end: the statements are counted,
and stopped well past the honest count), fail, name the forged row, and seal nothing.

The edits are made as the row coverage tests make theirs (``tests.forger.raw_edit``); the
``sortapp verify`` command signs in first, so the actor here signs in before the edit too."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from sortapp.services import balances, site
from sortapp.services.verify import Report, verify
from sortapp.storage import integrity, rowcover
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import raw_edit
from tests.scenarios.test_tamper_rows import busy, site_in_use

__all__ = ["busy", "site_in_use"]  # (the fixtures, shared with the row coverage tests)


@pytest.fixture
def forged_site(site_in_use, who):
    """``site_in_use`` (never verified, or sealed) with a lot sorted and an admin's signed
    entry since: after a seal, its rows are in chunks the seal covers and in chunks changed
    since, and the last rows of the history are after it."""
    make_sorted_lot(site_in_use, who.olu, "L9")
    balances.register_reference_weight(
        site_in_use, who.admin, {"code": "R-9", "nominal_mct": "9", "certificate": "RW-9"}
    )
    return site_in_use


#: Statements a verify of the forged site may run beyond ``_BOUND`` times the honest count.
_SLACK = 2_000
_BOUND = 3


@contextmanager
def _counted(conn: sqlite3.Connection, limit: int | None = None) -> Iterator[list[int]]:
    """Count the statements run on ``conn`` in the block; past ``limit``, interrupt each (so
    verify stops with an error rather than walk on for hours)."""
    count = [0]

    def trace(_statement: str) -> None:
        count[0] += 1
        if limit is not None and count[0] > limit:
            conn.interrupt()

    conn.set_trace_callback(trace)
    try:
        yield count
    finally:
        conn.set_trace_callback(None)


def _verified_bounded(db, forge) -> Report:
    """verify the site (sound, its statements counted), ``forge`` it, verify it again with a
    seal asked for, stopped past ``_BOUND`` times the honest count: the report."""
    with _counted(db.conn) as honest:
        assert verify(db).ok
    before = integrity.latest_seal(db)
    actor = site.login(db, "admin", PASSWORD)
    forge()
    limit = _BOUND * honest[0] + _SLACK
    with _counted(db.conn, limit) as count:
        report = verify(db, actor, seal=True)
    assert count[0] <= limit, f"{count[0]} statements, {honest[0]} on the honest site"
    assert not report.ok
    assert integrity.latest_seal(db) == before  # no seal over a forged row
    for problem in report.problems:  # each can be printed (a terminal, JSON)
        problem.encode("utf-8")
    return report


def _columns(db, table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, NOT NULL) of each column of ``table``."""
    return [(r[1], r[2].upper(), bool(r[3])) for r in db.execute(f"PRAGMA table_info({table})")]


def _key(db, table: str) -> list[str]:
    """The columns of ``table``'s primary key (its rowid when it has none of its own)."""
    key = sorted((r[5], r[1]) for r in db.execute(f"PRAGMA table_info({table})") if r[5])
    return [name for _n, name in key] or ["rowid"]


def _unique(db, table: str) -> set[str]:
    """The columns of ``table`` in a unique index of one column."""
    found = set()
    for _seq, name, unique, *_rest in db.execute(f"PRAGMA index_list({table})"):
        columns = [r[2] for r in db.execute(f"PRAGMA index_info('{name}')")]
        if unique and len(columns) == 1:
            found.add(columns[0])
    return found


# -- ids far beyond any sortapp gives ----------------------------------------------------------

#: The protected tables keyed by text (all of a table is one chunk).
TEXT_KEYED = {
    *("settings", "countries", "size_classes", "models", "qualities", "colours"),
    *("name_translations", "parcel_seals", "bundles", "site_keys", "partner_keys"),
}
#: The tables whose rows are chunked by an integer (the protected ones: by the first column of
#: their key; the history, the balances and the checkpoints: by id or lot), with the column
#: (None: the first of the key, ``rowcover.shape``).
BY_INTEGER: dict[str, str | None] = {
    **{table: None for table in rowcover.PROTECTED if table not in TEXT_KEYED},
    "audit": "id",
    "journal": "id",
    "sort_entries": "id",
    "postings": "id",
    "balances": "lot_id",
    "checkpoints": "id",
    "entry_signatures": "audit_id",
}

FAR = {"huge": 2**62, "largest": 2**63 - 1, "least": -(2**63)}


def test_the_integer_chunked_tables_are_all_there(busy):
    for table in rowcover.PROTECTED:
        first = rowcover.shape(busy, table)[1][0]
        kind = dict((n, k) for n, k, _nn in _columns(busy, table)).get(first, "")
        assert (table in BY_INTEGER) == (kind == "INTEGER" or first == "rowid"), table


def _far_copy(db, table: str, at: int) -> str:
    """An INSERT copying ``table``'s last row (``_last``) with its chunking column at ``at``,
    every column of a unique index of its own made unique again (a uid as sortapp's: its site
    and letter, then ``at``); a checkpoint's signature changed (a copy of a signed checkpoint says
    what its signature does, whatever its id)."""
    column = BY_INTEGER[table] or rowcover.shape(db, table)[1][0]
    unique = _unique(db, table)
    values = []
    for name, kind, not_null in _columns(db, table):
        if name == column:
            values.append(str(at))
        elif name == "uid":
            values.append(f"substr(uid, 1, 5) || '{at}'")
        elif name in unique:
            values.append(f"'F' || {name}" if kind == "TEXT" else str(at) if not_null else "NULL")
        elif (table, name) == ("checkpoints", "signature"):
            values.append("'F' || signature")
        else:
            values.append(f'"{name}"')
    listed = ", ".join(f'"{name}"' for name, _k, _n in _columns(db, table))
    return f"INSERT INTO {table} ({listed}) SELECT {', '.join(values)} FROM {table} {_last(table)}"


def _last(table: str) -> str:
    """The row ``_far_copy`` copies: the last (of the balances, the last that is not zero: a
    zero balance is as none, and sortapp leaves them)."""
    if table == "balances":  # (WITHOUT ROWID)
        return "WHERE mct <> 0 ORDER BY lot_id DESC, place DESC LIMIT 1"
    return "ORDER BY rowid DESC LIMIT 1"


def _far_named(db, table: str, at: int) -> str:
    """What verify's finding of the row says: its id (in its key or uid); for a ledger line,
    the entry it is a line of."""
    if table == "postings":
        journal = db.execute(
            f"SELECT j.uid FROM journal j WHERE j.id = (SELECT journal_id FROM postings "
            f"{_last(table)})"
        ).fetchone()[0]
        return f"ledger entry {journal}:"
    return str(at)


@pytest.mark.parametrize("at", sorted(FAR), ids=sorted(FAR))
@pytest.mark.parametrize("table", sorted(BY_INTEGER))
def test_a_row_forged_far_beyond_the_rest_is_named(forged_site, db_path, table, at):
    db = forged_site
    named = _far_named(db, table, FAR[at])
    report = _verified_bounded(db, lambda: raw_edit(db_path, _far_copy(db, table, FAR[at])))
    assert any(named in p for p in report.problems), report.problems


# -- text that is not UTF-8, or not text ------------------------------------------------------

#: Every table a check reads that the busy site fills: the protected ones, the history, the
#: derived. (Not ``meta``: the schema check reads its version, and the version of sortapp
#: that last wrote the file is a note no check relies on.)
TEXT_TABLES = sorted(
    {*rowcover.PROTECTED, "audit", "journal", "sort_entries", "postings", "balances"}
    - {"bundles", "site_keys", "partner_keys"}
    | {"checkpoints", "entry_signatures"}
)
NOT_UTF8 = "CAST(x'80ff' AS TEXT)"
#: How a finding names a row of each kind of history (the protected tables': "{table} row").
HISTORY = {"audit": "audit entry ", "journal": "ledger entry ", "sort_entries": "sorting entry "}


def _text_column(db, table: str, which: str) -> str:
    """``table``'s first or last TEXT column (the key's or a value's, most often; the audit
    log's last is its record of rows)."""
    names = [name for name, kind, _nn in _columns(db, table) if kind == "TEXT"]
    return names[0] if which == "first" else names[-1]


def _names_it(db, table: str):
    """A test of a finding: whether it names the last row of ``table`` (``_last``) as not
    UTF-8, unreadable or forged, read before the edit."""
    key = _key(db, table)
    row = db.execute(
        f"SELECT {', '.join(key)}, {'journal_id' if table == 'postings' else 'NULL'} "
        f"FROM {table} {_last(table)}"
    ).fetchone()
    if table in rowcover.PROTECTED:
        return lambda p: p.startswith(f"{table} row ") and "not UTF-8" in p
    if table in HISTORY:
        return lambda p: p.startswith(HISTORY[table]) and ("not UTF-8" in p or "not readable" in p)
    if table == "postings":
        uid = db.execute("SELECT uid FROM journal WHERE id = ?", (row[-1],)).fetchone()[0]
        return lambda p: p.startswith(f"ledger entry {uid}: holds text that is not UTF-8")
    if table == "balances":
        return lambda p: p.startswith("balance (") and f", {row[1]}, " in p
    if table == "checkpoints":
        return lambda p: f"checkpoint row {row[0]}:" in p or f"checkpoint {row[0]} " in p
    assert table == "entry_signatures"
    uid = db.execute("SELECT uid FROM audit WHERE id = ?", (row[0],)).fetchone()[0]
    return lambda p: p.startswith(f"audit entry {uid} (") and "signature" in p


@pytest.mark.parametrize("which", ["first", "last"])
@pytest.mark.parametrize("table", TEXT_TABLES)
def test_a_text_not_utf8_is_named(forged_site, db_path, table, which):
    db = forged_site
    column, names_it = _text_column(db, table, which), _names_it(db, table)
    key = ", ".join(_key(db, table))
    edit = (
        f'UPDATE {table} SET "{column}" = {NOT_UTF8} '
        f"WHERE ({key}) IN (SELECT {key} FROM {table} {_last(table)})"
    )
    report = _verified_bounded(db, lambda: raw_edit(db_path, edit))
    assert any(names_it(p) for p in report.problems), report.problems


def test_no_table_takes_a_blob_for_a_text(busy, db_path):
    """Every table is STRICT: SQLite refuses a BLOB in a TEXT column, whoever writes it."""
    tables = busy.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    assert [name for name, sql in tables if "STRICT" not in sql.rpartition(")")[2]] == []
    with pytest.raises(sqlite3.IntegrityError, match="cannot store BLOB value in TEXT column"):
        raw_edit(db_path, "UPDATE audit SET rows = x'80ff' WHERE id = 1")


@pytest.mark.parametrize("value", ["x'80ff'", "x'5b5d'"], ids=["not UTF-8", "UTF-8"])
def test_a_blob_in_a_table_made_not_strict_is_named(site_in_use, db_path, value):
    """A record of rows written as a BLOB, after the audit table was made to take one (its
    STRICT struck from the schema's text, as its owner can): the schema check names the table
    and the others are not run."""
    db = site_in_use
    actor = site.login(db, "admin", PASSWORD)
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        "UPDATE sqlite_master SET sql = rtrim(rtrim(sql, 'STRICT'), ' ,') WHERE name = 'audit'"
    )
    raw.commit()
    raw.close()
    raw_edit(db_path, f"UPDATE audit SET rows = {value} WHERE id = (SELECT max(id) FROM audit)")
    db.close()
    again = open_db(db_path)
    before = integrity.latest_seal(again)
    try:
        report = verify(again, actor, seal=True)
        assert report.problems[:1] == [
            "schema: table audit differs from sortapp's (altered outside sortapp)"
        ]
        assert integrity.latest_seal(again) == before
    finally:
        again.close()


@pytest.mark.parametrize("column", ["site", "public_key"])
def test_the_command_signs_in_and_names_a_site_key_row_not_utf8(busy, db_path, run, column):
    """``sortapp verify`` signs in first, reading the site key's row (a supervisor's or admin's
    sign-in unlocks it): its text not UTF-8 is named by verify, not a traceback before it."""
    busy.close()
    raw_edit(db_path, f"UPDATE site_signing_key SET {column} = {NOT_UTF8}")
    code, _out, err = run("verify", user="admin")
    assert code == 1, err
    assert (
        "verify: site_signing_key row [1]: holds text that is not UTF-8 (changed outside sortapp)"
        in err.splitlines()
    ), err


def test_another_command_on_a_site_key_row_not_utf8_says_the_file_is_damaged(busy, db_path, run):
    """Any other command reads the row as sqlite3 does, which raises on it: said as a damaged
    file, with the way to find the row, not a traceback."""
    busy.close()
    raw_edit(db_path, f"UPDATE site_signing_key SET site = {NOT_UTF8}")
    code, _out, err = run("lot", "list", user="admin")
    assert code != 0
    assert "Traceback" not in err, err
    assert "The database file is damaged (SQLITE_CORRUPT: a text that is not UTF-8)" in err, err
    assert "hint: then run 'sortapp verify'" in err, err


def test_a_verify_stopped_by_the_schema_says_its_count_without_empty_brackets(busy, db_path, run):
    busy.close()
    raw = sqlite3.connect(db_path)
    raw.execute("DROP TRIGGER postings_no_update")
    raw.close()
    code, _out, err = run("verify", user="admin")
    assert code == 1
    assert "verify: the other checks were not run: the schema must be sortapp's first" in err, err
    assert "sortapp: verify FAILED: 2 problems\n" in err, err


@pytest.mark.parametrize(
    "key",
    [NOT_UTF8, "'not hex'", "'00ff'"],
    ids=["not UTF-8", "not hex", "too short"],
)
def test_a_site_key_that_cannot_be_read_is_said_once_for_the_users_grants(busy, db_path, key):
    """A site key's public part that reads as no key: no signature can be checked, so the users'
    grants cannot be; verify says so once, not of each user as given by no signed entry (true,
    but it blames the grants), and still names the site key's row and fails."""
    busy.close()
    raw_edit(db_path, f"UPDATE site_signing_key SET public_key = {key}")
    db = open_db(db_path)
    try:
        report = verify(db)
    finally:
        db.close()
    assert not report.ok
    assert not [p for p in report.problems if p.startswith("user ")], report.problems
    assert [p for p in report.problems if p.startswith("users: ")] == [
        "users: their roles, active flags and names cannot be checked against the signed "
        "user.add and user.set entries: the site key (site_signing_key row [1]) cannot be read "
        "(changed outside sortapp)"
    ]
    assert any(
        p.startswith("site_signing_key row [1]: ") and "outside sortapp" in p
        for p in report.problems
    ), report.problems
    # Nor is each signed entry called forged: the key is what cannot be read, said once.
    assert not [p for p in report.problems if "(forged)" in p], report.problems
    said = [p for p in report.problems if p.startswith("signed entries: ")]
    assert said == [
        "signed entries: their signatures cannot be checked: the site key "
        "(site_signing_key row [1]) cannot be read (changed outside sortapp)"
    ], report.problems


#: The history tables whose rows findings name by uid, and the uid's column.
_BY_UID = {"audit": "audit entry ", "journal": "ledger entry ", "sort_entries": "sorting entry "}


@pytest.mark.parametrize("which", ["min", "max"])
@pytest.mark.parametrize("table", sorted(_BY_UID))
def test_a_uid_not_utf8_is_named_by_its_id(forged_site, db_path, table, which):
    """A uid that is not UTF-8 reads as replacement characters, which name no row: each finding
    names that row by its table's word and id ("audit entry #12"), and no finding holds one."""
    db = forged_site
    number = db.execute(f"SELECT {which}(id) FROM {table}").fetchone()[0]
    report = _verified_bounded(
        db, lambda: raw_edit(db_path, f"UPDATE {table} SET uid = {NOT_UTF8} WHERE id = {number}")
    )
    assert not [p for p in report.problems if "\ufffd" in p], report.problems
    assert any(p.startswith(f"{_BY_UID[table]}#{number}: ") for p in report.problems), (
        report.problems
    )


def test_a_label_not_utf8_is_left_out_of_a_rows_name(forged_site, db_path):
    """A protected row is named by its table and key, and what it is called: not when that is
    not UTF-8 (a lot's number forged so), which would read as replacement characters."""
    db = forged_site
    number = db.execute("SELECT max(id) FROM lots").fetchone()[0]
    report = _verified_bounded(
        db, lambda: raw_edit(db_path, f"UPDATE lots SET number = {NOT_UTF8} WHERE id = {number}")
    )
    assert not [p for p in report.problems if "\ufffd" in p], report.problems
    assert any(p.startswith(f"lots row [{number}]: ") for p in report.problems), report.problems
