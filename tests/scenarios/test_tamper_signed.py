"""An unsigned entry whose record of rows names a table only a supervisor or admin changes is
named by the signatures check however the record writes the name (JSON lets a forger escape
its letters, or put blanks between the values): the check reads records as text to skip those
that plainly name none, and must not skip these."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sortapp.services.verify import verify
from sortapp.storage.audit import audit_hash
from sortapp.storage.db import open_db
from tests.conftest import make_sorted_lot


def _append_raw(path: Path, user: str, action: str, rows_text: str) -> str:
    """Append an entry with a valid chain hash and ``rows_text`` as its record of rows, written
    as is (not as sortapp writes JSON); return its uid."""
    raw = sqlite3.connect(path)
    last_id, prev = raw.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    uid, at = f"KSF-A{last_id + 1}", "2026-12-01T10:00:00.000000Z"
    digest = audit_hash(prev, uid, "KSF", at, user, action, "L1", "{}", rows_text)
    raw.execute(
        "INSERT INTO audit (id, uid, site, at, user, action, object, details, rows, prev_hash, "
        "hash) VALUES (?, ?, 'KSF', ?, ?, ?, 'L1', '{}', ?, ?, ?)",
        (last_id + 1, uid, at, user, action, rows_text, prev, digest),
    )
    raw.commit()
    raw.close()
    return uid


def _verify_with(db, db_path: Path, who, rows_text: str) -> tuple[str, list[str]]:
    """A sorted lot verified sound, then an operator's entry with ``rows_text`` appended outside
    sortapp: (its uid, what verify finds)."""
    make_sorted_lot(db, who.olu, "L1")
    assert verify(db).ok
    db.close()
    uid = _append_raw(db_path, "olu", "lot.weigh", rows_text)
    again = open_db(db_path)
    try:
        return uid, verify(again).problems
    finally:
        again.close()


@pytest.mark.parametrize(
    "rows_text",
    [
        '[["\\u0075sers","[4]",null,"ab"]]',
        '[["s\\u0065ttings","[\\"tolerance_mct\\"]","ab","cd"]]',
        '[ [ "prices" , "[100]" , "ab" , "cd" ] ]',
        '[["lots","[1]","ab","cd"],\n["categories","[1]","ab","cd"]]',
    ],
)
def test_an_unsigned_entry_naming_a_signed_table_is_named_however_written(
    db, db_path, who, rows_text
):
    uid, problems = _verify_with(db, db_path, who, rows_text)
    assert (
        f"audit entry {uid} (lot.weigh L1 by olu): a supervisor's or admin's action (or a "
        "change only they may make) without the site key's signature (appended outside "
        "sortapp, or taken by a user who does not hold the key)"
    ) in problems


def test_an_entry_naming_only_an_operators_tables_is_not_asked_for_a_signature(db, db_path, who):
    _uid, problems = _verify_with(
        db, db_path, who, '[["lot_origins","[1,\\"BW\\",\\"Mine\\"]","a","b"]]'
    )
    assert not any("signature" in p for p in problems), problems


@pytest.mark.parametrize("rows_text", ['["users"]', '[["lots","[1]","a","b"], "prices"]'])
def test_a_record_of_strings_not_json_is_named_not_a_crash(db, db_path, who, rows_text):
    """A forged record of rows that is a JSON list holding a string that is not JSON itself: the
    signatures rule reads a change's table as its first value, and SQLite's ``->>`` refuses a
    text that is not JSON (verify stopped with a traceback). Only a change that is a list is
    read, as on a server; the rows check names such a record as not readable."""
    uid, problems = _verify_with(db, db_path, who, rows_text)
    assert f"audit entry {uid}: its record of changed rows is not readable" in problems
