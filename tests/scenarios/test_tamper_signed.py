"""An unsigned entry whose record of rows names a table only a supervisor or admin changes is
named by the signatures check however the record writes the name (JSON lets a forger escape
its letters, or put blanks between the values): the check reads records as text to skip those
that plainly name none, and must not skip these."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sortapp.services import site
from sortapp.services.verify import verify
from sortapp.storage import rowcover
from sortapp.storage.audit import audit_hash
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_sorted_lot


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


def test_a_change_written_as_an_object_is_not_readable_and_changes_nothing_unseen(db, db_path, who):
    """A change written as a JSON object of four keys (Python would unpack it into its keys, as
    if a list of four): the signatures check reads only a list as a change, so a setting changed
    with such a record, unsigned, passed verify. It is a record not readable now, and the
    setting is named as changed outside sortapp."""
    make_sorted_lot(db, who.olu, "L1")
    assert verify(db).ok
    before = {key: digest for key, digest, _l in rowcover.current_hashes(db, "settings")}
    db.close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE settings SET value = '999' WHERE key = 'tolerance_mct'")
    raw.commit()
    raw.close()
    again = open_db(db_path)
    after = {key: digest for key, digest, _l in rowcover.current_hashes(again, "settings")}
    again.close()
    (key,) = [key for key in after if after[key] != before.get(key)]
    record = json.dumps([{"settings": 0, key: 0, before[key]: 0, after[key]: 0}])
    uid = _append_raw(db_path, "olu", "lot.weigh", record)
    again = open_db(db_path)
    try:
        problems = verify(again).problems
    finally:
        again.close()
    assert f"audit entry {uid}: its record of changed rows is not readable" in problems
    assert any(p.startswith(f"settings row {key}") for p in problems), problems


@pytest.mark.parametrize("digits", [20, 5000])
@pytest.mark.parametrize("sealed", [False, True])
def test_a_recorded_key_beyond_any_integer_is_named_not_a_crash(db, db_path, who, digits, sealed):
    """A forged record of a weighing whose key is a number beyond SQLite's integers (or too long
    for Python to read as one): verify's first run compared it in a chunk SQLite cannot name,
    and stopped with a traceback; under a seal too. It is named as a row not there."""
    make_sorted_lot(db, who.olu, "L1")
    if sealed:
        assert verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
        assert "rows" in json.loads(
            db.execute(
                "SELECT details FROM audit WHERE action = 'verify.seal' ORDER BY id DESC LIMIT 1"
            ).fetchone()[0]
        )
    db.close()
    key = f"[{'9' * digits}]"
    uid = _append_raw(
        db_path,
        "olu",
        "sort.add",
        json.dumps([["weighings", key, None, "a" * 64]], separators=(",", ":")),
    )
    again = open_db(db_path)
    try:
        problems = verify(again).problems
    finally:
        again.close()
    assert any(p.startswith(f"weighings row {key}") for p in problems), (uid, problems)


def test_a_record_nested_too_deep_is_not_readable(db, db_path, who):
    uid, problems = _verify_with(db, db_path, who, "[" * 100_000 + "]" * 100_000)
    assert f"audit entry {uid}: its record of changed rows is not readable" in problems
