"""verify against rows forged by hand in the file (sqlite3, triggers dropped): text that is not
UTF-8, ids far beyond any sortapp writes, reversals of entries that are not there. Each is
named, with no traceback, no walk over ids that hold no rows, and no seal over it."""

from __future__ import annotations

import json

import pytest

from sortapp.services import site, verify
from sortapp.storage import dbapi, integrity
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import append_forged_entry, raw_edit, tamper

NOT_UTF8 = "CAST(x'80ff' AS TEXT)"


def _holder(db):
    return site.login(db, "admin", PASSWORD)


def _history(db, who, n):
    done = db.execute("SELECT count(*) FROM lots").fetchone()[0]
    for i in range(done, done + n):
        make_sorted_lot(db, who.olu, f"M{i}")


def _no_seal_since(db, before: int) -> bool:
    return (integrity.latest_seal(db) or (0,))[0] == before


def _newest_seal(db) -> int:
    return (integrity.latest_seal(db) or (0,))[0]


# -- text that is not UTF-8 --------------------------------------------------------------------

_NOT_UTF8 = {
    "audit details": (
        f"UPDATE audit SET details = {NOT_UTF8} WHERE id = 3",
        "audit entry KSF-A3: ",
    ),
    "audit record of rows": (
        f"UPDATE audit SET rows = {NOT_UTF8} "
        "WHERE id = (SELECT max(id) FROM audit WHERE rows <> '')",
        "audit entry KSF-A",
    ),
    "ledger entry": (f"UPDATE journal SET reason = {NOT_UTF8} WHERE id = 1", "ledger entry KSF-J1"),
    "sorting entry": (
        f"UPDATE sort_entries SET reason = {NOT_UTF8} WHERE id = 1",
        "sorting entry KSF-E1",
    ),
    # (When the newest entry was made: in no record, and in no seal's digest either.)
    "sorting entry's time": (
        f"UPDATE sort_entries SET entered_at = {NOT_UTF8} "
        "WHERE id = (SELECT max(id) FROM sort_entries)",
        "sorting entry KSF-E",
    ),
    "checkpoint": (
        f"UPDATE checkpoints SET body = {NOT_UTF8} WHERE id = (SELECT min(id) FROM checkpoints)",
        "checkpoint",
    ),
    "weighing": (f"UPDATE weighings SET raw = {NOT_UTF8} WHERE id = 1", "weighings row [1]"),
    "lot": (f"UPDATE lots SET supplier = {NOT_UTF8} WHERE id = 1", "lots row [1]"),
}


@pytest.mark.sqlite_only("a server holds no text that is not UTF-8")
@pytest.mark.parametrize("lanes", [False, True], ids=["one lane", "two lanes"])
@pytest.mark.parametrize("sealed", [False, True], ids=["unsealed", "sealed"])
@pytest.mark.parametrize("what", sorted(_NOT_UTF8))
def test_text_that_is_not_utf8_is_named_not_a_traceback(db, who, monkeypatch, what, sealed, lanes):
    if lanes:
        monkeypatch.setattr(verify, "PARALLEL_FROM_BYTES", 1)
        monkeypatch.setattr(verify, "usable_cores", lambda: 2)
    _history(db, who, 2)
    if sealed:
        assert verify.verify(db, _holder(db), seal=True).ok
        _history(db, who, 1)
    statement, named = _NOT_UTF8[what]
    tamper(db, statement)
    before = _newest_seal(db)
    report = verify.verify(db, _holder(db), seal=True)
    assert any(p.startswith(named) for p in report.problems), report.problems
    assert _no_seal_since(db, before)
    # Every finding can be printed (the CLI writes them to a terminal or as JSON).
    for problem in report.problems:
        problem.encode("utf-8")
    json.dumps(report.problems, ensure_ascii=False).encode("utf-8")


@pytest.mark.sqlite_only("a server holds no text that is not UTF-8")
@pytest.mark.parametrize("lanes", [False, True], ids=["one lane", "two lanes"])
def test_a_signature_that_is_not_utf8_is_named(db, who, monkeypatch, lanes):
    """(Unsealed: a seal's run checked the signatures of the entries it covers.)"""
    if lanes:
        monkeypatch.setattr(verify, "PARALLEL_FROM_BYTES", 1)
        monkeypatch.setattr(verify, "usable_cores", lambda: 2)
    _history(db, who, 1)
    tamper(
        db,
        f"UPDATE entry_signatures SET signature = {NOT_UTF8} "
        "WHERE audit_id = (SELECT max(audit_id) FROM entry_signatures)",
    )
    uid = db.execute(
        "SELECT uid FROM audit WHERE id = (SELECT max(audit_id) FROM entry_signatures)"
    ).fetchone()[0]
    report = verify.verify(db, _holder(db), seal=True)
    assert any(p.startswith(f"audit entry {uid} (") and "forged" in p for p in report.problems), (
        report.problems
    )
    assert _no_seal_since(db, 0)


_SEALED_SIGNATURE = {
    # (The first signed entry: sealed, its signature checked by the run that sealed it.)
    "taken away": (
        "DELETE FROM entry_signatures WHERE audit_id = {first}",
        "without the site key's signature",
    ),
    "another's in its place": (
        "UPDATE entry_signatures SET signature = "
        "(SELECT signature FROM entry_signatures WHERE audit_id = {last}) "
        "WHERE audit_id = {first}",
        "its signature is not the site key's (forged)",
    ),
}


@pytest.mark.parametrize("lanes", [False, True], ids=["one lane", "two lanes"])
@pytest.mark.parametrize("what", sorted(_SEALED_SIGNATURE))
def test_a_sealed_entrys_signature_changed_after_the_seal_is_named(
    db, who, monkeypatch, what, lanes
):
    """The run after a seal checks only the signatures of the entries since: one of a sealed
    entry taken away had the entry count for no document, verify silent but with ``--full``."""
    if lanes:
        monkeypatch.setattr(verify, "PARALLEL_FROM_BYTES", 1)
        monkeypatch.setattr(verify, "usable_cores", lambda: 2)
    _history(db, who, 1)
    assert verify.verify(db, _holder(db), seal=True).ok
    _history(db, who, 1)
    sealed = _newest_seal(db)
    first, last = db.execute("SELECT min(audit_id), max(audit_id) FROM entry_signatures").fetchone()
    assert first < last < sealed  # (the site's set-up: users added, prices)
    uid = db.execute("SELECT uid FROM audit WHERE id = ?", (first,)).fetchone()[0]
    assert verify.verify(db, _holder(db)).ok  # (as sealed: nothing to say)
    statement, said = _SEALED_SIGNATURE[what]
    tamper(db, statement.format(first=first, last=last))
    report = verify.verify(db, _holder(db), seal=True)
    assert any(p.startswith(f"audit entry {uid} (") and said in p for p in report.problems), (
        report.problems
    )
    assert _no_seal_since(db, sealed)


# -- ids far beyond any sortapp gives ----------------------------------------------------------


def _copy(db, table: str, new_id: int, **values: str) -> str:
    """SQL copying row 1 of ``table`` as id ``new_id`` (``values``: other columns' SQL)."""
    if dbapi.sqlite(db):
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
    else:
        columns = [
            r[0]
            for r in db.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? "
                "ORDER BY ordinal_position",
                (table,),
            )
        ]
    chosen = {**dict.fromkeys(columns), "id": str(new_id), **values}
    listed = ", ".join(f'"{c}"' for c in columns)
    picked = ", ".join(chosen[c] or f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({listed}) SELECT {picked} FROM {table} WHERE id = 1"


HUGE = 2**62

_FAR = {
    "audit entry": ("audit", HUGE, "'KSF-A4611686018427387904'", "audit entry KSF-A46116"),
    "ledger entry": ("journal", HUGE, "'KSF-J4611686018427387904'", "ledger entry KSF-J46116"),
    "sorting entry": (
        "sort_entries",
        HUGE,
        "'KSF-E4611686018427387904'",
        "sorting entry KSF-E46116",
    ),
    "weighing": ("weighings", HUGE, None, "weighings row [4611686018427387904]"),
    "weighing below": ("weighings", -HUGE, None, "weighings row [-4611686018427387904]"),
    "lot": ("lots", HUGE, "'KSF-LX'", "lots row [4611686018427387904]"),
    "lot below": ("lots", -HUGE, "'KSF-LY'", "lots row [-4611686018427387904]"),
    # The very ends of the integers: no chunk of them is asked for past them.
    "lot at the end": ("lots", 2**63 - 1, "'KSF-LZ'", "lots row [9223372036854775807]"),
    "weighing at the start": ("weighings", -(2**63), None, "weighings row [-9223372036854775808]"),
}


@pytest.mark.parametrize("sealed", [False, True], ids=["unsealed", "sealed"])
@pytest.mark.parametrize("what", sorted(_FAR))
def test_an_id_forged_far_beyond_the_rest_is_named_without_walking_to_it(db, who, what, sealed):
    """Every walk over chunks or blocks of ids goes over those that hold rows: a walk over every
    chunk number up to 2 ** 62 would never end, so that verify ends at all is the proof."""
    _history(db, who, 2)
    if sealed:
        assert verify.verify(db, _holder(db), seal=True).ok
        _history(db, who, 1)
    table, new_id, uid, named = _FAR[what]
    values = {"uid": uid} if uid else {}
    if table == "lots":
        values["number"] = "'X' || id"
    tamper(db, _copy(db, table, new_id, **values))
    before = _newest_seal(db)
    report = verify.verify(db, _holder(db), seal=True)
    assert any(p.startswith(named) for p in report.problems), report.problems
    assert _no_seal_since(db, before)


@pytest.mark.sqlite_only("lines of a lot that is not there: the file's foreign keys off")
def test_a_ledger_entry_for_a_lot_forged_far_beyond_the_rest_is_named(db, db_path, who):
    """Its lines add up and their balances are the ledger's own (its trigger made them): the
    balances check finds them sound and digests their chunks for the seal, those that hold
    rows (not each chunk number up to 2 ** 62 / 2048)."""
    _history(db, who, 2)
    last = integrity.max_id(db, "journal")
    raw_edit(
        db_path,
        _copy(db, "journal", last + 1, uid=f"'KSF-J{last + 1}'", reverses_id="NULL"),
        "INSERT INTO postings (id, journal_id, place, lot_id, mct, stones) "
        f"SELECT max(id) + 1, {last + 1}, 'world', {HUGE}, -5, 0 FROM postings",
        "INSERT INTO postings (id, journal_id, place, lot_id, mct, stones) "
        f"SELECT max(id) + 1, {last + 1}, 'received', {HUGE}, 5, 0 FROM postings",
    )
    assert integrity.balance_chunks(db) == [0, HUGE // integrity.BALANCE_CHUNK]
    before = _newest_seal(db)
    report = verify.verify(db, _holder(db), seal=True)
    assert any(p.startswith(f"ledger entry KSF-J{last + 1}:") for p in report.problems), (
        report.problems
    )
    assert _no_seal_since(db, before)


@pytest.mark.parametrize("audit_id", [HUGE, 0, -HUGE], ids=["far beyond", "zero", "far below"])
def test_a_signature_of_no_entry_is_named(db, who, audit_id):
    """A copy of a signature under an id no entry has (the table has no foreign key: only an
    edit outside sortapp writes one)."""
    _history(db, who, 1)
    tamper(
        db,
        "INSERT INTO entry_signatures (audit_id, signature) "
        f"SELECT {audit_id}, signature FROM entry_signatures "
        "WHERE audit_id = (SELECT min(audit_id) FROM entry_signatures)",
    )
    report = verify.verify(db, _holder(db), seal=True)
    assert (
        f"entry_signatures row [{audit_id}]: signs no audit entry (added outside sortapp)"
        in report.problems
    ), report.problems
    assert _no_seal_since(db, 0)


def test_the_chunks_walked_are_those_holding_rows(db, who):
    _history(db, who, 1)
    tamper(
        db,
        _copy(db, "lots", HUGE, uid="'KSF-LX'", number="'X1'"),
        _copy(db, "lots", -HUGE, uid="'KSF-LY'", number="'X2'"),
    )
    assert integrity.lot_chunks(db) == [-HUGE // 2048, 0, HUGE // 2048]


# -- reversals of entries that are not there ---------------------------------------------------

_REVERSING = {
    "journal": ("journal", 2, "ledger entry KSF-J2"),
    # (An entry of stones counted: one reversed or reversing is no uncounted line either way.)
    "entries": ("sort_entries", 2, "sorting entry KSF-E2"),
}


@pytest.mark.parametrize("target", [0, -5, 99999])
@pytest.mark.parametrize("sealed", [False, True], ids=["unsealed", "sealed by older code"])
@pytest.mark.parametrize("family", sorted(_REVERSING))
def test_an_entry_reversing_no_entry_is_named_sealed_or_not(
    db, db_path, who, monkeypatch, family, sealed, target
):
    """An entry whose ``reverses_id`` names no entry (or one below the first): its hash and the
    sealed digests read the same as if it reversed nothing, so a seal made by a sortapp that
    did not look for it may cover it. verify names it all the same, and seals nothing over it."""
    _history(db, who, 2)
    table, entry, named = _REVERSING[family]
    # (Its foreign key points nowhere: tampered outside sortapp, as the owner of the file can.)
    raw_edit(db_path, f"UPDATE {table} SET reverses_id = {target} WHERE id = {entry}")
    if sealed:  # what an earlier sortapp did: no look at the reversals, nor at foreign keys
        with monkeypatch.context() as older:
            older.setattr(integrity, "reversals_of_nothing", lambda db, table: [])
            older.setattr(verify, "_check_foreign_keys", lambda *args: None)
            assert verify.verify(db, _holder(db), seal=True).ok
        assert json.loads(integrity.latest_seal(db)[1])[family]["upto"] >= entry
        _history(db, who, 1)
    before = _newest_seal(db)
    report = verify.verify(db, _holder(db), seal=True)
    kind = named.split(" KSF")[0]
    expected = f"{named}: reverses id {target}, which is no {kind} (changed outside sortapp)"
    assert expected in report.problems, report.problems
    assert _no_seal_since(db, before)


@pytest.mark.parametrize("family", sorted(_REVERSING))
def test_an_entry_reversing_one_below_the_first_is_named(db, who, family):
    _history(db, who, 2)
    table, entry, named = _REVERSING[family]
    kind = named.split(" KSF")[0]
    letter = "J" if family == "journal" else "E"
    tamper(
        db,
        _copy(db, table, 0, uid=f"'KSF-{letter}0'", reverses_id="NULL"),
        f"UPDATE {table} SET reverses_id = 0 WHERE id = {entry}",
    )
    report = verify.verify(db, _holder(db), seal=True)
    assert (
        f"{named}: reverses {kind} KSF-{letter}0 of id 0, below the first (added outside "
        "sortapp)" in report.problems
    ), report.problems


@pytest.mark.parametrize("key", ["[100000000000000000000]", f"[{HUGE}]"])
def test_a_record_of_a_row_of_a_key_beyond_the_integers_is_named(db, db_path, who, key):
    """A forged entry recording a change of a row by a key beyond what SQLite's integers hold
    (or far beyond the rest): the change that did not start where the row stood is named."""
    _history(db, who, 1)
    append_forged_entry(db_path, "olu", "sort.add", [["lots", key, "0" * 64, "1" * 64]])
    report = verify.verify(db, _holder(db), seal=True)
    assert any(
        p.startswith(f"lots row {key}: changed outside sortapp before audit entry")
        for p in report.problems
    ), report.problems
