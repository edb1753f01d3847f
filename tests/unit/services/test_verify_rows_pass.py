"""The rows check's first run: each protected table read once, chunk by chunk, for its rows'
hashes and the seal's digests; a row's text by the JSON object of its columns not NULL."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from sortapp.services import verify
from sortapp.storage import integrity, migrations, rowcover
from tests.conftest import make_sorted_lot
from tests.forger import append_forged_entry, tamper

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


# -- the tables whose rows are only inserted, compared with the log as it is read -------------


def _streamed_and_whole(db):
    """(``_rows_streamed``'s finding, ``_rows_row_by_row``'s) on one snapshot, the write-ahead
    log emptied first, as verify does (the weighings' pages can then be sealed)."""
    fixed, kept = migrations.immutable_tables()
    integrity.settle_wal(db)
    with integrity.snapshot(db):
        upto = integrity.max_id(db, "audit")
        streamed = verify._rows_streamed(db, upto, fixed, kept)
        messages: list[str] = []
        whole = verify._rows_row_by_row(db, upto, fixed, kept, messages)
    return streamed, (*whole, messages)


@pytest.mark.parametrize("open_chunks", [1, 2, 8])
def test_the_streamed_tables_give_what_the_whole_replay_gives(db, who, monkeypatch, open_chunks):
    """A sound history: the tables both fixed and kept compared chunk by chunk with the log as
    it is read give the rows and the seal's digests the whole replay gives, holding at most
    ``OPEN_CHUNKS`` chunks' records of a table (one: each chunk's records must come together)."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    monkeypatch.setattr(rowcover, "OPEN_CHUNKS", open_chunks)
    for i in range(4):
        make_sorted_lot(db, who.olu, f"R{i}")
    held = []
    real = rowcover.ChunkMerge._compare

    def compare(self, chunk):
        held.append(len(self.open))
        real(self, chunk)

    monkeypatch.setattr(rowcover.ChunkMerge, "_compare", compare)
    streamed, whole = _streamed_and_whole(db)
    assert streamed is not None
    # (Of a table whose pages a seal holds, only the digest of the rows' hashes: its texts'
    # is not made.)
    paged = verify._PAGE_SEALED_ROWS
    assert streamed == (
        whole[0],
        {
            table: {c: ["" if table in paged else text, state] for c, (text, state) in part.items()}
            for table, part in whole[1].items()
        },
        whole[2],
    )
    assert whole[2] == [] and len(whole[1]["weighings"]) > 3  # several chunks of weighings
    assert all(text for text, _state in whole[1]["weighings"].values())
    assert held and max(held) <= open_chunks


def _forge(db, rows):
    append_forged_entry(Path(integrity.file_path(db)), "olu", "sort.add", rows)


def _weighing(db, key):
    return next(d for k, d, _label in rowcover.current_hashes(db, "weighings") if k == key)


_SECOND = "a second record of weighing 5's insert"
_CHANGE = "a record of weighing 5 changed (forbidden)"
_NONE = "a record of a weighing that is not there"
_UNREADABLE = "a record of three values"
_COPY_OF = "a weighing copied to a new id, and its insert forged"
_LISTED = "a record of a parcel seal keyed by a list (not a text)"


@pytest.mark.parametrize(
    ("forgery", "found"),
    [
        (_SECOND, "weighings row [5]: changed outside sortapp before audit entry KSF-A"),
        (_CHANGE, "weighings row [5]: audit entry KSF-A"),
        (_NONE, "weighings row [999]: deleted outside sortapp"),
        (_UNREADABLE, "audit entry KSF-A"),
        (_LISTED, "audit entry KSF-A"),
        (_COPY_OF, "SQLite"),
    ],
)
def test_a_forged_record_of_a_weighing_is_named_as_by_the_whole_replay(
    db, who, monkeypatch, forgery, found
):
    """Where the log's records of a weighing are not one insert of each row as it is now, the
    streamed comparison gives up and the whole replay names what is wrong, in its words: a
    second insert recorded, a change recorded (never sortapp's), an insert of a row that is not
    there, an entry whose record is not readable."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    for i in range(3):
        make_sorted_lot(db, who.olu, f"R{i}")
    assert verify.verify(db).ok
    h5 = _weighing(db, "[5]")
    if forgery == _SECOND:
        _forge(db, [["weighings", "[5]", None, h5]])
    elif forgery == _CHANGE:
        _forge(db, [["weighings", "[5]", h5, "0" * 64]])
    elif forgery == _NONE:
        _forge(db, [["weighings", "[999]", None, h5]])
    elif forgery == _UNREADABLE:
        _forge(db, [["weighings", "[999]", None]])
    elif forgery == _LISTED:
        _forge(db, [["parcel_seals", ["S-1"], None, h5]])
    else:
        tamper(db, *(s.format(id=7777) for s in _COPY))
        _forge(db, [["weighings", "[7777]", None, _weighing(db, "[7777]")]])
    gave = []
    real = verify._rows_streamed
    monkeypatch.setattr(
        verify, "_rows_streamed", lambda *a, **k: gave.append(real(*a, **k)) or gave[-1]
    )
    problems, whole = verify.verify(db).problems, verify.verify(db, full=True).problems
    assert problems == whole
    if forgery == _COPY_OF:  # a record of its own: as sortapp's (not signed: found elsewhere)
        assert gave[0] is not None
        assert not any(p.startswith("weighings row") for p in problems), problems
        return
    assert gave == [None]  # given up: the whole replay found it
    assert any(p.startswith(found) for p in problems), problems
    if forgery in (_UNREADABLE, _LISTED):
        assert any(p.endswith("its record of changed rows is not readable") for p in problems)


def test_a_row_of_another_table_is_named_by_the_streamed_pass(db, who, monkeypatch):
    """A lot's row changed outside sortapp while every weighing is as recorded: the streamed
    pass itself names it, as the whole replay does."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    for i in range(3):
        make_sorted_lot(db, who.olu, f"R{i}")
    tamper(db, "UPDATE lots SET number = 'X' WHERE id = 2")
    streamed, whole = _streamed_and_whole(db)
    assert streamed is not None
    assert streamed[0] == whole[0] and streamed[2] == whole[2]
    assert streamed[2] == ["lots row [2] (lot X): changed outside sortapp"]


def test_a_rowid_key_read_as_its_integer_is_written_as_key_sql_writes_it(tmp_path):
    """A table keyed by its rowid gives ``chunk_pass`` its keys as integers: their text is
    ``key_sql``'s, a negative, a zero and a 63-bit rowid included (a key written otherwise
    would match no record of the log); any other key is still read as ``key_sql``'s text."""
    db = Database(sqlite3.connect(tmp_path / "t.db"))
    db.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, v TEXT)")
    db.execute("CREATE TABLE k (code TEXT PRIMARY KEY, v TEXT)")
    for key in (-(2**63), -5, 0, 7, 2**63 - 1):
        db.execute("INSERT INTO r VALUES (?, 'x')", (key,))
        db.execute("INSERT INTO k VALUES (?, 'x')", (str(key),))
    for table in ("r", "k"):
        assert rowcover._chunk_sql(db, table).startswith(
            'SELECT "id",' if table == "r" else 'SELECT json_array("code"),'
        )
        hashes = {
            key: digest
            for _chunk, _count, found, _text in rowcover.chunk_passes(db, table)
            for key, digest in found.items()
        }
        written = rowcover.key_sql(rowcover.shape(db, table)[1])
        expected = [r[0] for r in db.execute(f"SELECT {written} FROM {table} ORDER BY 1")]
        assert sorted(hashes) == sorted(expected) and len(expected) == 5


def test_a_record_of_the_hash_that_stands_for_text_not_utf8_is_not_readable(db, who):
    """A row whose text is not UTF-8 reads as the stand-in ``NOT_UTF8``, never a hash sortapp
    records: a forged entry recording that as the row's hash would match it whatever its
    columns held (after a seal, changed with no entry recording it). The record is not
    readable, and the row is named."""
    make_sorted_lot(db, who.olu, "M1")
    path = Path(integrity.file_path(db))
    new = db.execute("SELECT max(id) FROM weighings").fetchone()[0] + 1
    columns = [r[1] for r in db.execute("PRAGMA table_info(weighings)") if r[1] != "id"]
    values = ", ".join("NULL" if c == "entry_id" else c for c in columns)
    tamper(
        db,
        f"INSERT INTO weighings (id, {', '.join(columns)}) SELECT {new}, {values} "
        "FROM weighings WHERE entry_id IS NULL ORDER BY id DESC LIMIT 1",
        f"UPDATE weighings SET raw = CAST(x'ff41' AS TEXT) WHERE id = {new}",
    )
    append_forged_entry(
        path, "olu", "lot.weigh", [["weighings", f"[{new}]", None, rowcover.NOT_UTF8]]
    )
    problems = verify.verify(db).problems
    assert any("record of changed rows is not readable" in p for p in problems), problems
    assert any(f"weighings row [{new}]: holds text that is not UTF-8" in p for p in problems)
    with pytest.raises(ValueError):
        rowcover.changes_of(f'[["weighings","[{new}]",null,"{rowcover.NOT_UTF8}"]]')
