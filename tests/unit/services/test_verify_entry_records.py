"""Each ledger and sorting entry is matched with its audit record as the log's table holds it,
by an action that makes such an entry; a reversal of a lot's entry by an operator must be of
its last entry, read in the sorting entries' table. Found by a review (2026-12-03), when a
default verify read each of these files sound: a signed record left out of
``audit_by_action`` (its entry then deleted unseen), an operator's unsigned reversal of a
packing recorded as ``parcel.add``, an entry between left out of ``sort_entries_by_lot``.
Each test builds the attack as someone with the file can (an index's pages written back
from an edited copy, ``quick_check`` passing; the reversal with sortapp's own code), shows
what it does, and the finding."""

from __future__ import annotations

import sqlite3

import pytest

from sortapp.services import sorting
from sortapp.storage import lots as lots_sql
from sortapp.storage.db import open_db
from tests.conftest import make_lot
from tests.unit.services.test_verify_audit_indexes import _seal, _verified
from tests.unit.services.test_verify_pages import _only_btrees_written

_PAGES = pytest.mark.sqlite_only("pages of a SQLite file written back")

_ENTRY_BTREES = (
    "sort_entries",
    "sqlite_autoindex_sort_entries_1",
    "sort_entries_by_lot",
    "sort_entries_reversal",
)


def _entry_uids(db, number: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT e.uid FROM sort_entries e JOIN lots l ON l.id = e.lot_id "
            "WHERE l.number = ? ORDER BY e.id",
            (number,),
        )
    ]


@_PAGES
@pytest.mark.parametrize("history", ["never sealed", "sealed before the correction"])
def test_a_signed_sort_correct_undone_its_record_left_out_of_audit_by_action_is_found(
    db, db_path, who, tmp_path, history
):
    """sam (supervisor) corrects olu's entry of 60 ct (a signed ``sort.correct``: the reversal
    entry E, the last sorting entry). E is deleted (the table and its indexes), and the
    ``sort.correct`` entry, still in the log's table (chained, signed), is left out of
    ``audit_by_action`` alone: the sorting entries check read the entries' records by that
    index (``integrity._ENTRY_MATCH``, ``_REVERSAL_FACTS``), so no record named a missing
    entry; E being the last id, no gap either: the 60 ct count in the lot's sorting again.
    Read from the table, the record names E, not stored."""
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, None)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 20_000, 25)
    if history != "never sealed":
        _seal(db)
    first, _second = _entry_uids(db, "L1")
    sorting.correct_entry(db, who.sam, "L1", first, "keyed twice")
    (correction,) = db.execute("SELECT max(id) FROM sort_entries").fetchone()
    (record,) = db.execute("SELECT max(id) FROM audit WHERE action = 'sort.correct'").fetchone()
    assert db.execute("SELECT 1 FROM entry_signatures WHERE audit_id = ?", (record,)).fetchone()
    before = sorting.reconciliation(db, "L1")
    assert _verified_ok(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    _only_btrees_written(
        db,
        db_path,
        tmp_path,
        (
            "UPDATE lot_sorting_totals SET mct = mct - (SELECT mct FROM sort_entries "
            f"WHERE id = {correction}) WHERE lot_id = (SELECT lot_id FROM sort_entries "
            f"WHERE id = {correction})",
            f"DELETE FROM sort_entries WHERE id = {correction}",
            f"DELETE FROM audit WHERE id = {record}",
        ),
        (*_ENTRY_BTREES, "lot_sorting_totals", "audit_by_action"),
    )
    raw = sqlite3.connect(db_path)
    assert raw.execute(f"SELECT action FROM audit WHERE id = {record}").fetchone() == (
        "sort.correct",
    )  # (the signed record itself is there, in the table)
    raw.close()
    report = _verified(db_path)
    assert any("in the audit log but not stored" in p for p in report.problems), report
    fresh = open_db(db_path)
    try:  # (what the edit did: the corrected entry counts again, 60 ct more sorted)
        assert len(_entry_uids(fresh, "L1")) == 2
        assert not lots_sql.get_entry(fresh, first)["reversed"]
        after = sorting.reconciliation(fresh, "L1")
        assert (before.sorted_mct, after.sorted_mct) == (20_000, 80_000)
    finally:
        fresh.close()


def _verified_ok(db) -> bool:
    from sortapp.services import verify  # noqa: PLC0415

    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    return True


def _btrees_of(db, *tables: str) -> tuple[str, ...]:
    """The b-trees (the table, its indexes) of ``tables``."""
    return tuple(
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND rootpage > 0 "
            f"AND tbl_name IN ({','.join('?' * len(tables))})",
            tables,
        )
    )


@_PAGES
@pytest.mark.parametrize("history", ["never sealed", "sealed before the removal"])
def test_a_signed_parcel_remove_undone_its_record_left_out_of_audit_by_action_is_found(
    db, db_path, who, tmp_path, history
):
    """olu packs 60 ct of S5 into draft parcel P1; sam (supervisor) reverses that packing (a
    signed ``parcel.remove``: the ledger entry J, the last one; the goods back in stock). J,
    its lines, and the balances and stock they moved are set back as before it (the tables
    and their indexes), and the ``parcel.remove`` entry, still in the log's table (chained,
    signed), is left out of ``audit_by_action`` alone: the ledger entries check read the
    entries' records by that index (``integrity._recorded_journals``), so no record named a
    missing entry; J being the last id, no gap: the 60 ct are in the parcel again. Read from
    the table, the record names J, missing."""
    from sortapp.services import parcels  # noqa: PLC0415
    from sortapp.storage import ledger as ledger_sql  # noqa: PLC0415
    from tests.conftest import make_sorted_lot  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    (packing,) = db.execute("SELECT uid FROM journal WHERE kind = 'pack'").fetchone()
    if history != "never sealed":
        _seal(db)
    parcels.remove_goods(db, who.sam, "P1", packing, "not in the parcel")
    (journal,) = db.execute("SELECT max(id) FROM journal").fetchone()
    (record,) = db.execute("SELECT max(id) FROM audit WHERE action = 'parcel.remove'").fetchone()
    assert db.execute("SELECT 1 FROM entry_signatures WHERE audit_id = ?", (record,)).fetchone()
    (parcel,) = db.execute("SELECT id FROM parcels WHERE number = 'P1'").fetchone()
    held = "SELECT coalesce(sum(mct), 0) FROM balances WHERE place = 'parcel' AND parcel_id = ?"
    assert db.execute(held, (parcel,)).fetchone() == (0,)
    assert _verified_ok(db)
    ledger_tables = ("journal", "postings", "balances", "category_stock")
    written = (*_btrees_of(db, *ledger_tables), "audit_by_action")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    columns = "journal_id, place, lot_id, category_id, parcel_id, loss_type, mct, stones"
    _only_btrees_written(
        db,
        db_path,
        tmp_path,
        (
            # (the lines negated, through the ledger's own triggers: the balances and the
            # stock by category as before J; then J and every line of it gone)
            f"INSERT INTO postings ({columns}) SELECT journal_id, place, lot_id, category_id, "
            f"parcel_id, loss_type, -mct, -stones FROM postings WHERE journal_id = {journal}",
            # (the stock lines by category as a trigger dropped for the edit would keep them)
            "UPDATE category_stock SET lines = (SELECT count(*) FROM balances b "
            "WHERE b.place = 'stock' AND b.mct > 0 "
            "AND b.category_id = category_stock.category_id), "
            "uncounted = (SELECT count(*) FROM balances b JOIN uncounted_lines u "
            "ON u.lot_id = b.lot_id AND u.category_id = b.category_id WHERE b.place = 'stock' "
            "AND b.mct > 0 AND b.category_id = category_stock.category_id)",
            f"DELETE FROM postings WHERE journal_id = {journal}",
            f"DELETE FROM journal WHERE id = {journal}",
            f"DELETE FROM audit WHERE id = {record}",
        ),
        written,
    )
    raw = sqlite3.connect(db_path)
    assert raw.execute(f"SELECT action FROM audit WHERE id = {record}").fetchone() == (
        "parcel.remove",
    )  # (the signed record itself is there, in the table)
    assert raw.execute(held, (parcel,)).fetchone() == (60_000,)  # (the goods back in P1)
    raw.close()
    report = _verified(db_path)
    assert any("in the audit log but missing from the ledger" in p for p in report.problems)
    fresh = open_db(db_path)
    try:  # (what the edit did: the packing stands, unreversed; P1 holds the 60 ct again)
        (packed,) = fresh.execute("SELECT id FROM journal WHERE uid = ?", (packing,)).fetchone()
        assert not ledger_sql.is_reversed(fresh, packed)
        assert fresh.execute(held, (parcel,)).fetchone() == (60_000,)
        assert parcels.get_parcel(fresh, "P1").mct == 60_000
    finally:
        fresh.close()


@pytest.mark.parametrize("action", ["parcel.add", "lot.weigh"])
def test_an_unsigned_ledger_reversal_recorded_under_another_journal_action_is_found(
    db, who, action
):
    """Not an index: the ledger entries check took any action that records ledger entries
    as the record of any ledger entry (uid and hash), never tying the entry's kind to it. olu,
    an operator, reverses a packing (a supervisor's ``parcel.remove``, signed) with sortapp's
    own code, recording it as an unsigned ``parcel.add`` (or ``lot.weigh``): no entry asked a
    signature, the chain is sound, and the 60 ct were out of P1 and back in stock. (Anyone
    with the file can append such an entry: ``append_forged_entry``.) A reversal is now
    recorded only by a ``lot.reweigh`` or ``parcel.remove``."""
    from sortapp.services import parcels, verify  # noqa: PLC0415
    from sortapp.services.audit import record  # noqa: PLC0415
    from sortapp.services.journal import post_reversal  # noqa: PLC0415
    from sortapp.storage.db import transaction  # noqa: PLC0415
    from tests.conftest import make_sorted_lot  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    (packing,) = db.execute("SELECT id FROM journal WHERE kind = 'pack'").fetchone()
    (parcel,) = db.execute("SELECT id FROM parcels WHERE number = 'P1'").fetchone()
    with transaction(db):
        posted = post_reversal(db, who.olu.user_id, who.olu.name, packing, "gone", parcel_id=parcel)
        record(db, who.olu, action, "P1", {"reason": "gone", **posted})
    assert db.execute(
        'SELECT action, "user", id IN (SELECT audit_id FROM entry_signatures) FROM audit '
        "ORDER BY id DESC LIMIT 1"
    ).fetchone() == (action, "olu", 0)
    assert parcels.get_parcel(db, "P1").mct == 0  # (what it did)
    (reversal,) = db.execute("SELECT uid FROM journal WHERE kind = 'reversal'").fetchone()
    report = verify.verify(db, parallel=False)
    assert f"ledger entry {reversal}: not recorded as such in the audit log" in report.problems


@_PAGES
def test_an_operators_undo_of_an_older_entry_the_entry_between_left_out_of_the_lots_index(
    db, db_path, who, tmp_path, monkeypatch
):
    """Not the audit log's index but the same kind: the reversals check asks that an
    operator's ``sort.undo`` reversed the lot's last entry then (``_REVERSAL_FACTS``: no entry
    of the lot between the two), read through the covering index ``sort_entries_by_lot``.
    olu enters R (60 ct), then X (20 ct); olu then reverses R (sortapp's own code, its
    operator's rule skipped: an unsigned ``sort.undo``, as anyone with the file can append),
    which only a supervisor's signed ``sort.correct`` may do. X is left out of
    ``sort_entries_by_lot`` alone (and the kept ``lot_sorting_totals``, derived, lowered to
    match: verify's sum of the lot's entries read the same index). Both are now read from the
    table: the undo is named, and the kept total."""
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, None)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 20_000, 25)
    older, between = _entry_uids(db, "L1")
    monkeypatch.setattr(sorting, "_check_own_last", lambda *args: None)
    sorting.correct_entry(db, who.olu, "L1", older, "keyed twice")
    monkeypatch.undo()
    assert db.execute('SELECT action, "user" FROM audit ORDER BY id DESC LIMIT 1').fetchone() == (
        "sort.undo",
        "olu",
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    (x,) = db.execute("SELECT id FROM sort_entries WHERE uid = ?", (between,)).fetchone()
    _only_btrees_written(
        db,
        db_path,
        tmp_path,
        (
            "UPDATE lot_sorting_totals SET mct = mct - (SELECT mct FROM sort_entries "
            f"WHERE id = {x}) WHERE lot_id = (SELECT lot_id FROM sort_entries WHERE id = {x})",
            f"DELETE FROM sort_entries WHERE id = {x}",
        ),
        ("sort_entries_by_lot", "lot_sorting_totals"),
    )
    problems = _verified(db_path).problems
    assert any("which was not the last entry of lot L1" in p for p in problems), problems
    assert "lot L1: its kept sorting total differs from its sorting entries" in problems
    fresh = open_db(db_path)
    try:  # (R stands reversed by an operator's unsigned undo of an entry not the lot's last)
        assert lots_sql.get_entry(fresh, older)["reversed"]
        assert lots_sql.get_entry(fresh, between) is not None  # (X is in the table still)
    finally:
        fresh.close()
