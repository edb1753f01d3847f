"""The rows check's first run: each protected table read once, chunk by chunk, for its rows'
hashes and the seal's digests; a row's text by the JSON object of its columns not NULL."""

from __future__ import annotations

import itertools
import sqlite3

import pytest
from sqlite_utils import Database

from sortapp.services import verify
from sortapp.storage import migrations, rowcover
from tests.conftest import make_sorted_lot
from tests.forger import tamper

pytestmark = pytest.mark.sqlite_only("the SQLite file's row texts and passes")


def test_a_rows_text_without_json_patch_is_the_same_text(tmp_path):
    """``_text_of`` leaves out a NULL column by the object of those that are not: byte for byte
    ``text_sql``'s, whichever columns are NULL, for every kind of value (a table with more
    columns that may be NULL than it writes objects for: ``json_patch``, the same)."""
    db = Database(sqlite3.connect(tmp_path / "t.db"))
    values = [None, 0, -7, 2**40, "", "null", 'a "quote"', "back\\slash", "line\nfeed", "é ✓ 💎"]
    for nullable in (3, rowcover._NULLABLE_BRANCHED + 1):
        names = [f"c{i}" for i in range(nullable)]
        table = f"t{nullable}"
        db.execute(
            f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, must TEXT NOT NULL, "
            + ", ".join(f'"{n}" {"TEXT" if i % 2 else "INTEGER"}' for i, n in enumerate(names))
            + ")"
        )
        rows = itertools.product(values[:4], values[3:7], *([values[5:]] * (nullable - 2)))
        for n, row in enumerate(rows):
            db.execute(
                f"INSERT INTO {table} VALUES (?, ?, {', '.join('?' * nullable)})",
                (n, values[6 + n % 4], *row),
            )
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= 4 * 4 * 4
        columns = rowcover.shape(db, table)[0]
        ours, plain = rowcover._text_of(db, table), rowcover.text_sql(columns)
        assert ("json_patch" in ours) == (nullable > rowcover._NULLABLE_BRANCHED)
        differ = db.execute(f"SELECT count(*) FROM {table} WHERE {ours} IS NOT {plain}")
        assert differ.fetchone()[0] == 0
        nulls = db.execute(f"SELECT count(*) FROM {table} WHERE c0 IS NULL").fetchone()[0]
        assert nulls > 0


def _replayed(db):
    fixed, kept = migrations.immutable_tables()
    return rowcover.replay(db, 10**9, fixed, kept).latest


def test_the_chunks_read_once_give_the_hashes_and_digests_read_twice(db, who, monkeypatch):
    """Each chunk's rows, their hashes compared with the log's and its digests for the seal,
    from one read: the same seal as the whole table's hashes and then each chunk's digest."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    for i in range(3):
        make_sorted_lot(db, who.olu, f"R{i}")
    latest = _replayed(db)
    several = 0
    for table in rowcover.PROTECTED:
        hashes = rowcover.hashes_by_key(db, table)
        passed = verify._rows_table_by_chunks(db, table, latest.get(table, {}))
        assert passed == (len(hashes), verify._rows_table_seal(db, table, hashes)), table
        several += len(passed[1]) > 1
    assert several >= 3


_COPY = (
    "CREATE TEMP TABLE w AS SELECT * FROM weighings WHERE id = 5",
    "UPDATE w SET id = {id}, entry_id = NULL",
    "INSERT INTO weighings SELECT * FROM w",
)


@pytest.mark.parametrize(
    "edits, found",
    [
        (["UPDATE weighings SET mct = mct + 1 WHERE id = 5"], "weighings row [5]: changed"),
        (["DELETE FROM weighings WHERE id = 6"], "weighings row [6]: deleted"),
        ([s.format(id=-3) for s in _COPY], "weighings row [-3]: added"),
        ([s.format(id=10**6) for s in _COPY], "weighings row [1000000]: added"),
        (["UPDATE lots SET number = 'X' WHERE id = 2"], "lots row [2] (lot X): changed"),
    ],
)
def test_a_row_edited_outside_sortapp_is_named_by_the_chunked_read(
    db, who, monkeypatch, edits, found
):
    """A row changed, deleted or added (in a chunk of its own, below or above the others') is
    named as before, the table then read row by row."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    for i in range(3):
        make_sorted_lot(db, who.olu, f"R{i}")
    assert verify.verify(db).ok
    tamper(db, *edits)
    problems = verify.verify(db).problems
    assert any(p.startswith(found) for p in problems), problems
