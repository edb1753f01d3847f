"""The rules that guard writes: checked by the services inside the write transaction, and stated
again by triggers (migration 0012) that refuse, with a clear message, what slips past them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlite_utils import Database

from sortapp.core.entities import Posting
from sortapp.core.errors import UserError
from sortapp.services import imports, journal, lots, parcels, site, sorting
from sortapp.services.settings import settings
from sortapp.storage import lots as lots_sql
from sortapp.storage.db import open_db, transaction
from tests.conftest import Actors, make_lot, make_sorted_lot

S5 = "S5-SAW-Q1-W"
G1 = "G1-SAW-Q1-W"
COUNTED = ("sort_entries", "journal", "postings", "lots", "parcels", "parcel_seals", "valuations")


def _id(db: Database, table: str, number: str) -> int:
    return db.execute(f"SELECT id FROM {table} WHERE number = ?", (number,)).fetchone()[0]


def _entry(db: Database, lot: str, mct: int, *, user: int = 1) -> None:
    """A sorting entry written straight into the table, past the services."""
    next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM sort_entries").fetchone()[0]
    cat = db.execute("SELECT id FROM categories WHERE code = ?", (S5,)).fetchone()[0]
    db.execute(
        "INSERT INTO sort_entries (id, uid, lot_id, category_id, mct, stones, entered_by, "
        "entered_at) VALUES (?, ?, ?, ?, ?, 0, ?, '2026-01-01T00:00:00Z')",
        (next_id, f"X-E{next_id}", _id(db, "lots", lot), cat, mct, user),
    )


def _post(db: Database, who: Actors, kind: str, postings: list[Posting], **kw) -> None:
    journal.post(db, who.sam.user_id, "sam", kind, postings, **kw)


def _counts(db: Database) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def _refused(db: Database, write: Callable[[], object], fragment: str) -> None:
    """``write`` inside a transaction is refused with ``fragment`` and leaves nothing behind."""
    before = _counts(db)
    with pytest.raises(UserError, match=fragment) as caught, transaction(db):
        write()
    assert str(caught.value).startswith("refused: ")
    assert str(caught.value).endswith("; nothing written")
    assert _counts(db) == before


@pytest.fixture
def sealed(db, who):
    """Lot L1 sorted; parcel P1 sealed with 10 ct of S5; parcel P2 a draft with 10 ct."""
    make_sorted_lot(db, who.olu, "L1")
    for number in ("P1", "P2"):
        parcels.create_parcel(db, who.olu, number, importer="Antwerp Rough NV", destination="BE")
        parcels.add_goods(db, who.olu, number, S5, 10_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S-1"])
    return db


def test_entries_only_for_a_lot_open_for_sorting(db, who):
    make_lot(db, who.olu, "AW", weighed_mct=None, declared_mct=10_000)
    _refused(db, lambda: _entry(db, "AW", 1_000), "the lot is not open for sorting")
    make_sorted_lot(db, who.olu, "DONE")
    _refused(db, lambda: _entry(db, "DONE", 1_000), "the lot is not open for sorting")


def test_entries_never_beyond_received_plus_tolerance(db, who):
    make_lot(db, who.olu, "L1", weighed_mct=100_000)  # tolerance: 0.05 % = 0.050 ct
    assert settings(db).sort_tolerance(100_000) == 50
    with transaction(db):
        _entry(db, "L1", 60_000)
    _refused(db, lambda: _entry(db, "L1", 40_051), "above the carats received plus the tolerance")
    with transaction(db):
        _entry(db, "L1", 40_050)  # exactly at the limit
        _entry(db, "L1", -50)  # a correction takes carats off, always
    _refused(db, lambda: _entry(db, "L1", 51), "above the carats received")
    assert db.execute("SELECT mct FROM lot_sorting_totals").fetchone()[0] == 100_000


@pytest.mark.parametrize(
    ("floor_ct", "pct", "weighed_mct"),
    [("0.010", "0.05", 5_000), ("1", "0.05", 100_000), ("0", "1", 123_457), ("0.5", "2", 99)],
)
def test_the_trigger_reads_the_sites_tolerance(db, who, floor_ct, pct, weighed_mct):
    site.set_setting(db, who.admin, "tolerance-ct", floor_ct)
    site.set_setting(db, who.admin, "tolerance-pct", pct)
    make_lot(db, who.olu, "L1", weighed_mct=weighed_mct, stones=None)
    limit = weighed_mct + settings(db).sort_tolerance(weighed_mct)
    _refused(db, lambda: _entry(db, "L1", limit + 1), "above the carats received")
    with transaction(db):
        _entry(db, "L1", limit)


def test_a_lots_status_only_moves_forward(db, who):
    make_sorted_lot(db, who.olu, "L1")
    for status in ("sorting", "received", "awaiting_weight"):
        _refused(
            db,
            lambda s=status: db.execute("UPDATE lots SET status = ? WHERE number = 'L1'", (s,)),
            "a lot's status only moves forward",
        )
    make_lot(db, who.olu, "L2")
    _refused(
        db,
        lambda: db.execute("UPDATE lots SET status = 'sorted' WHERE number = 'L2'"),
        "only moves forward",
    )


def test_a_lot_is_received_once(db, who):
    make_lot(db, who.olu, "L1", weighed_mct=10_000, stones=None)
    lot = _id(db, "lots", "L1")
    twice = [Posting("world", lot, -10_000, 0), Posting("received", lot, 10_000, 0)]
    _refused(db, lambda: _post(db, who, "receive", twice, lot_id=lot), "already weighed")


def test_no_reweighing_once_sorting_started(db, who):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", S5, 1_000)
    lot = _id(db, "lots", "L1")
    # (From the weight it has: the status refuses it.)
    _refused(
        db,
        lambda: _insert_reweigh(db, who, lot, previous_mct=100_000),
        "cannot be weighed again",
    )


def test_goods_go_only_into_a_draft_parcel(sealed, who):
    db = sealed
    lot, p1 = _id(db, "lots", "L1"), _id(db, "parcels", "P1")
    cat = db.execute("SELECT id FROM categories WHERE code = ?", (S5,)).fetchone()[0]
    pack = [
        Posting("stock", lot, -1_000, 0, category_id=cat),
        Posting("parcel", lot, 1_000, 0, category_id=cat, parcel_id=p1),
    ]
    _refused(db, lambda: _post(db, who, "pack", pack, parcel_id=p1), "no longer a draft")
    for table, row in (
        ("valuations", {"valuer": "government", "value_cents": 1, "user_id": 1, "at": "now"}),
        (
            "price_overrides",
            {"category_id": cat, "cents_per_ct": 1, "reason": "x", "user_id": 1, "at": "now"},
        ),
        ("parcel_seals", {"seal": "S-NEW"}),
        (
            "sealed_lines",
            {
                "category_id": cat,
                "lot_id": lot,
                "mct": 1,
                "stones": 0,
                "cents_per_ct": 1,
                "value_cents": 1,
                "price_source": "x",
            },
        ),
    ):
        values = {"parcel_id": p1, **row}
        sql = (
            f"INSERT INTO {table} ({', '.join(values)}) "
            f"VALUES ({', '.join(':' + k for k in values)})"
        )
        _refused(db, lambda sql=sql, values=values: db.execute(sql, values), "no longer a draft")


def test_goods_ship_only_from_a_sealed_parcel(sealed, who):
    db = sealed
    lot, p2 = _id(db, "lots", "L1"), _id(db, "parcels", "P2")
    cat = db.execute("SELECT id FROM categories WHERE code = ?", (S5,)).fetchone()[0]
    ship = [
        Posting("parcel", lot, -10_000, 0, category_id=cat, parcel_id=p2),
        Posting("shipped", lot, 10_000, 0, category_id=cat, parcel_id=p2),
    ]
    _refused(db, lambda: _post(db, who, "ship", ship, parcel_id=p2), "only a sealed parcel ships")


def test_no_parcel_joins_a_shipment_that_left(sealed, who):
    db = sealed
    parcels.ship_parcel(db, who.sam, "P1")
    cert = db.execute("SELECT certificate_id FROM parcels WHERE number = 'P1'").fetchone()[0]
    _refused(
        db,
        lambda: db.execute("UPDATE parcels SET certificate_id = ? WHERE number = 'P2'", (cert,)),
        "the shipment under that KP certificate has left",
    )


@pytest.mark.parametrize(
    ("sql", "fragment"),
    [
        (
            "INSERT INTO lots (id, uid, number, received_at, received_by, status) "
            "VALUES (99, 'X-L99', 'l1', 'now', 1, 'awaiting_weight')",
            "a lot with that number already exists",
        ),
        (
            "INSERT INTO parcels (id, uid, number, exporter, importer, destination, created_by, "
            "created_at, status) VALUES (99, 'X-P99', 'p2', 'x', 'y', 'BE', 1, 'now', 'draft')",
            "a parcel with that number already exists",
        ),
        ("INSERT INTO parcel_seals (seal, parcel_id) VALUES ('s-1', 2)", "seal number is already"),
    ],
)
def test_unique_numbers_are_refused_with_a_message(sealed, sql, fragment):
    _refused(sealed, lambda: sealed.execute(sql), fragment)


def test_entries_recheck_their_lot_inside_the_write(db_path, db, who, monkeypatch):
    """Another workstation closes the lot between the first look and the write: the entry is
    refused by the service's own check inside the transaction (not only by the trigger)."""
    make_lot(db, who.olu, "L1", weighed_mct=10_000, stones=None)
    sorting.add_entry(db, who.olu, "L1", S5, 10_000)
    other = open_db(db_path)
    real = sorting.get_category

    def close_meanwhile(database, code):
        sorting.close_sorting(other, who.sue, "L1")
        return real(database, code)

    monkeypatch.setattr(sorting, "get_category", close_meanwhile)
    try:
        with pytest.raises(UserError, match="already sorted and closed"):
            sorting.add_entry(db, who.olu, "L1", G1, 700)
    finally:
        other.close()
    assert lots.get_lot(db, "L1").status == "sorted"
    assert len(sorting.list_entries(db, "L1")) == 1


def test_planned_entries_are_checked_again_when_posted(db_path, db, who):
    """Entries planned against a lot that another workstation has filled since are refused."""
    make_lot(db, who.olu, "L1", weighed_mct=10_000, stones=None)
    planned, errors = sorting.plan_entries(db, [(2, "L1", S5, 6_000, None)])
    assert not errors
    other = open_db(db_path)
    try:
        result = imports.import_sorting(other, who.ola, f"lot,category,carats\nL1,{S5},6.000\n")
        assert result.ok
    finally:
        other.close()
    with pytest.raises(UserError, match=r"above the 10\.000 ct received"):
        sorting.post_entries(db, who.olu, planned, "csv")
    assert sorting.reconciliation(db, "L1").sorted_mct == 6_000


def test_a_second_import_of_one_file_lists_its_rows(db, who):
    make_lot(db, who.olu, "L1", weighed_mct=10_000, stones=None)
    text = f"lot,category,carats\nL1,{S5},6.000\nL1,{G1},4.000\n"
    assert imports.import_sorting(db, who.olu, text).ok
    again = imports.import_sorting(db, who.ola, text)
    assert [e.line for e in again.errors] == [2, 3]
    assert sorting.reconciliation(db, "L1").sorted_mct == 10_000


def test_sorting_totals_follow_the_entries(db, who):
    make_sorted_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    sorting.add_entry(db, who.olu, "L2", S5, 5_000)
    entry = sorting.list_entries(db, "L2")[0]["uid"]
    sorting.correct_entry(db, who.sam, "L2", entry, "wrong category")
    assert dict(db.execute("SELECT lot_id, mct FROM lot_sorting_totals").fetchall()) == dict(
        db.execute("SELECT lot_id, sum(mct) FROM sort_entries GROUP BY lot_id").fetchall()
    )
    with pytest.raises(UserError, match="already corrected"):
        sorting.correct_entry(db, who.sam, "L2", entry, "again")


def test_a_reweighing_starts_from_the_weight_the_lot_has(db, who):
    """A reweigh row from any other weight (a supervisor's by hand) would let the lot be set to
    its new weight and its flag cleared: refused, on both backends."""
    make_lot(db, who.olu, "L1")  # 100.000 ct, 500 stones
    lot = _id(db, "lots", "L1")
    _refused(
        db,
        lambda: _insert_reweigh(db, who, lot, previous_mct=120_000),
        "a reweighing starts from the weight the lot has",
    )


def _insert_reweigh(db, who, lot: int, *, previous_mct: int) -> None:
    """A reweigh row of lot ``lot`` (500 stones) to 90.000 ct, written by hand (not by the
    service), by sam, on the lot's first journal entry."""
    journal = db.execute("SELECT id FROM journal WHERE lot_id = ?", (lot,)).fetchone()[0]
    lots_sql.insert_reweigh(
        db,
        {
            "lot_id": lot,
            "previous_mct": previous_mct,
            "previous_stones": 500,
            "weighed_mct": 90_000,
            "reason": "x",
            "user_id": who.sam.user_id,
            "at": "now",
            "journal_id": journal,
        },
    )
