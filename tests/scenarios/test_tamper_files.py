"""A sorting file's record (``entry_files``: its name and the span of entries it made) can be
made only by the import it records. Someone with the file adds a row and an audit entry that
records it, chained as sortapp chains (an operator's entries carry no signature): row coverage
alone is then satisfied, so verify must see that the entry is no import of that file. And an
imported entry has its weight from the file: a weighing of its own, forged, is named."""

from __future__ import annotations

import sqlite3

import pytest

from sortapp.core import uids
from sortapp.core.canonical import canonical_json
from sortapp.services import imports, sorting
from sortapp.services.journal import entries_digest
from sortapp.services.verify import verify
from sortapp.storage import integrity
from sortapp.storage.audit import audit_hash
from sortapp.storage.db import open_db
from tests.conftest import make_lot
from tests.forger import append_forged_entry, raw_edit, row_hash

CSV = "lot,category,carats\nL1,S5-SAW-Q1-W,2.000\nL1,S5-SAW-Q1-W,3.000\n"


@pytest.fixture
def site_with_a_file(db_path, who):
    """Lot L1: a typed entry, then a file of two (``a.csv``); verify passes."""
    db = open_db(db_path)
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    assert imports.import_sorting(db, who.olu, CSV, file="a.csv").ok
    report = verify(db)
    assert report.ok, report.problems
    ids = [r[0] for r in db.execute("SELECT id FROM sort_entries ORDER BY id")]
    db.close()
    return ids


def _problems(db_path) -> list[str]:
    db = open_db(db_path)
    try:
        report = verify(db)
    finally:
        db.close()
    assert not report.ok
    return report.problems


def _forge_file_row(db_path, first: int, last: int, file: str) -> list[list]:
    """Add entry_files row 9 outside sortapp; the record of rows an entry makes of it."""
    raw_edit(
        db_path,
        "INSERT INTO entry_files (id, first_entry, last_entry, file, user_id, at) "
        f"SELECT 9, {first}, {last}, '{file}', id, 't' FROM users WHERE name = 'olu'",
    )
    return [["entry_files", "[9]", None, row_hash(db_path, "entry_files", "[9]")]]


def test_a_file_s_record_made_by_an_entry_of_another_kind_is_named(db_path, site_with_a_file):
    typed = site_with_a_file[0]
    rows = _forge_file_row(db_path, typed, typed, "forged.csv")
    append_forged_entry(db_path, "olu", "lot.weigh", rows, {"mct": 1})
    problems = _problems(db_path)
    assert (
        "entry_files row [9] (sorting entry KSF-E1, from file forged.csv): no import of a "
        "sorting file records it (added outside sortapp, or recorded by a forged audit entry)"
    ) in problems, problems
    assert (
        "sorting entry KSF-E1: imported from file forged.csv, whose weights they have, yet with "
        "weighings of their own: 1 (one or the other was added outside sortapp)"
    ) in problems, problems


def test_a_file_s_record_hidden_by_escapes_in_its_entry_is_named(db_path, site_with_a_file):
    # The record of rows written with the table's name escaped ("entry\u005ffiles"): JSON
    # reads it as entry_files; a search of the text would not find it.
    imported = site_with_a_file[2]
    rows = _forge_file_row(db_path, imported, imported, "a.csv")
    text = canonical_json(rows).replace("entry_files", "entry\\u005ffiles")
    raw = sqlite3.connect(db_path)
    last_id, prev = raw.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    uid, at, details = f"KSF-A{last_id + 1}", "2026-12-01T10:00:00.000000Z", '{"mct":1}'
    digest = audit_hash(prev, uid, "KSF", at, "olu", "lot.weigh", "L1", details, text)
    raw.execute(
        "INSERT INTO audit (id, uid, site, at, user, action, object, details, rows, prev_hash, "
        "hash) VALUES (?, ?, 'KSF', ?, 'olu', 'lot.weigh', 'L1', ?, ?, ?, ?)",
        (last_id + 1, uid, at, details, text, prev, digest),
    )
    raw.commit()
    raw.close()
    problems = _problems(db_path)
    assert any("entry_files row [9]" in p and "no import of a sorting file" in p for p in problems)
    assert any(
        "entry_files row [" in p
        and "(file a.csv) and entry_files row [9] (file a.csv): both claim sorting entry" in p
        for p in problems
    ), problems


def test_an_import_s_record_that_says_another_span_or_file_is_named(db_path, site_with_a_file):
    # A forged import of the typed entry (its digest right), whose row names another file.
    typed = site_with_a_file[0]
    db = open_db(db_path)
    uid = uids.entry("KSF", typed)
    members = integrity.entries_between(db, typed, typed)
    db.close()
    rows = _forge_file_row(db_path, typed, typed, "forged.csv")
    details = {
        "entries": 1,
        "first": uid,
        "last": uid,
        "digest": entries_digest(members),
        "weight_source": "file",
        "file": "other.csv",
    }
    append_forged_entry(db_path, "olu", "sort.import", rows, details, obj="csv")
    problems = _problems(db_path)
    assert any(
        p.startswith("entry_files row [9] (sorting entry KSF-E1, from file forged.csv)")
        and ": differs from the import that records it (audit entry KSF-A" in p
        for p in problems
    ), problems
    forged = _last_audit_uid(db_path)
    assert (
        f"sorting entry KSF-E1: recorded both as typed and in the import of a file (audit entry "
        f"{forged}); one of the two audit entries is forged"
    ) in problems, problems


def test_entries_counted_twice_cannot_hide_entries_recorded_nowhere(db_path, site_with_a_file):
    # A forged import of the typed entry (digest right) counts it a second time; an entry
    # added with no record at all makes the counts agree again. Both are named.
    typed = site_with_a_file[0]
    db = open_db(db_path)
    uid = uids.entry("KSF", typed)
    members = integrity.entries_between(db, typed, typed)
    db.close()
    details = {
        "entries": 1,
        "first": uid,
        "last": uid,
        "digest": entries_digest(members),
        "weight_source": "file",
        "file": "b.csv",
    }
    append_forged_entry(db_path, "olu", "sort.import", [], details, obj="csv")
    raw_edit(
        db_path,
        "INSERT INTO sort_entries (id, uid, lot_id, category_id, mct, stones, entered_by, "
        "entered_at) SELECT 4, 'KSF-E4', lot_id, category_id, 500, 0, entered_by, entered_at "
        "FROM sort_entries WHERE id = 1",
    )
    problems = _problems(db_path)
    assert any(
        p.startswith("sorting entry KSF-E1: recorded both as typed and in the import of a file")
        for p in problems
    ), problems
    # (counted once, the typed entry no longer stands in for the one recorded nowhere)
    assert "sorting entry KSF-E4: does not match the audit log" in problems, problems
    assert "sorting entries: 4 stored, 3 in the audit log" in problems, problems


def test_a_weighing_of_an_imported_entry_is_named(db_path, site_with_a_file):
    imported = site_with_a_file[1]
    raw_edit(
        db_path,
        "INSERT INTO weighings (id, action, lot_id, entry_id, mct, captured, balance, serial_no, "
        "reading, raw, user_id, at) SELECT 99, 'sort', lot_id, id, mct, 0, '', '', '', '', "
        f"entered_by, 't' FROM sort_entries WHERE id = {imported}",
    )
    rows = [["weighings", "[99]", None, row_hash(db_path, "weighings", "[99]")]]
    append_forged_entry(db_path, "olu", "lot.weigh", rows, {"mct": 1})
    problems = _problems(db_path)
    first, last = uids.entry("KSF", imported), uids.entry("KSF", site_with_a_file[2])
    assert (
        f"sorting entries {first}..{last}: imported from file a.csv, whose weights they have, yet "
        "with weighings of their own: 1 (one or the other was added outside sortapp)"
    ) in problems, problems


def _last_audit_uid(db_path) -> str:
    raw = sqlite3.connect(db_path)
    try:
        return raw.execute("SELECT uid FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        raw.close()


@pytest.mark.parametrize(
    "details",
    [
        {"entries": 1},  # (no span)
        {"entries": 1, "first": 7, "last": "KSF-E2", "digest": "x"},  # (no uid)
        {"entries": "2", "first": "KSF-E2", "last": "KSF-E3", "digest": "x"},  # (no count)
        {"entries": 2, "first": "KSF-E3", "last": "KSF-E2", "digest": "x"},  # (backwards)
        {"entries": 2, "first": "KSF-L2", "last": "KSF-L3", "digest": "x"},  # (not entries)
        "not an object",
    ],
)
def test_an_import_s_record_that_cannot_be_read_is_named_not_a_crash(
    db_path, site_with_a_file, details
):
    # (an operator's entries carry no signature: one on a server can write such an entry)
    append_forged_entry(db_path, "olu", "sort.import", [], details, obj="csv")
    forged = _last_audit_uid(db_path)
    problems = _problems(db_path)
    assert (
        f"audit entry {forged}: an import of a sorting file that does not say which entries it "
        "made, as sortapp writes it (forged)"
    ) in problems, problems


def test_a_file_s_record_of_another_user_than_its_import_s_is_named(db_path, site_with_a_file):
    raw_edit(db_path, "UPDATE entry_files SET user_id = (SELECT id FROM users WHERE name = 'sam')")
    db = open_db(db_path)
    key, first, last = db.execute("SELECT id, first_entry, last_entry FROM entry_files").fetchone()
    db.close()
    first, last = uids.entry("KSF", first), uids.entry("KSF", last)
    problems = _problems(db_path)
    assert any(
        p.startswith(f"entry_files row [{key}] (sorting entries {first}..{last}, from file a.csv)")
        and "differs from the import that records it (audit entry KSF-A" in p
        for p in problems
    ), problems
