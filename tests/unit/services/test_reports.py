"""services.reports: a print's copy number is allocated and recorded in one transaction."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sortapp.core import clock
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.services import assortment, parcels, reports, site
from sortapp.services.verify import audit_entries
from sortapp.storage import records
from sortapp.storage.db import open_db
from tests.conftest import make_lot, make_sorted_lot


def _copies(db, kind: str = "receipt") -> list[int]:
    entries = audit_entries(db, action=f"print.{kind}", limit=100)
    return sorted(json.loads(e.details)["copy"] for e in entries)


def test_a_print_holds_its_copy_number_until_it_is_recorded(db, db_path, who):
    """Two workstations, one interleaving: while the first paints its copy under the write
    lock, the second's preview guesses the same number, but it cannot take it: it waits (here:
    no waiting, so it is refused as busy) and gets the next number once the first commits."""
    make_lot(db, who.olu, "L1")
    other = open_db(db_path)
    try:
        other.conn.execute("PRAGMA busy_timeout = 0")
        ola = site.actor_for(other, "ola")
        seen = []

        def paint(copy: int) -> dict[str, int]:
            seen.append(copy)
            assert reports.print_count(other, "receipt", "L1") == 0  # a guess, not a number
            with pytest.raises(KnownStorageError, match="busy"):
                reports.record_print(other, ola, "receipt", "L1", {"printer": True})
            return {"pages": 1}

        assert reports.record_print(db, who.olu, "receipt", "L1", {"pdf": "a"}, then=paint) == 0
        assert seen == [0]
        assert reports.record_print(other, ola, "receipt", "L1", {"printer": True}) == 1
        assert reports.record_print(db, who.olu, "receipt", "L1", {"pdf": "b"}) == 2
    finally:
        other.close()
    assert _copies(db) == [0, 1, 2]
    first = audit_entries(db, action="print.receipt", limit=100)[-1]
    assert json.loads(first.details) == {"copy": 0, "pdf": "a", "pages": 1}


def test_a_print_that_fails_takes_no_number(db, who):
    make_lot(db, who.olu, "L1")

    def jammed(copy: int) -> None:
        raise UserError("the printer jammed")

    with pytest.raises(UserError, match="jammed"):
        reports.record_print(db, who.olu, "receipt", "L1", {}, then=jammed)
    assert _copies(db) == []
    assert reports.record_print(db, who.olu, "receipt", "L1", {}) == 0
    assert reports.record_print(db, who.olu, "manifest", "L1", {}) == 0  # per document
    assert _copies(db) == [0]


def test_labels_are_counted_one_by_one(db, who):
    """One ``print.label`` per label, in one transaction with the painting; a label printed
    alone after a set is a copy; a failed print takes no number; older entries on joined
    numbers count for the numbers they name, a last one perhaps cut at 60 characters for the
    number it equals."""
    from sortapp.services import audit  # noqa: PLC0415
    from sortapp.storage.db import transaction  # noqa: PLC0415

    seen: list[list[int]] = []

    def paint(copies: list[int]) -> dict[str, int]:
        seen.append(copies)
        return {"pages": len(copies)}

    assert reports.record_label_prints(db, who.olu, ["L1", "L2"], {"pdf": "a"}, then=paint) == [
        0,
        0,
    ]
    assert seen == [[0, 0]]
    entries = audit_entries(db, action="print.label", limit=10)
    assert sorted((e.object, json.loads(e.details)["copy"]) for e in entries) == [
        ("L1", 0),
        ("L2", 0),
    ]
    assert json.loads(entries[-1].details) == {
        "copy": 0,
        "label": 1,
        "labels": 2,
        "pdf": "a",
        "pages": 2,
    }

    def jammed(copies: list[int]) -> None:
        raise UserError("the printer jammed")

    with pytest.raises(UserError, match="jammed"):
        reports.record_label_prints(db, who.olu, ["L1"], {}, then=jammed)
    assert reports.label_print_counts(db, ["L1", "L1", "L3"]) == [1, 2, 0]
    # Older entries on joined numbers, cut at 60 characters: one exactly 60 long whose last
    # number, L30, is whole; one whose last number, L30, was cut to "L3". A last number may be
    # cut or whole: it counts for a label of exactly that number (when in doubt, COPY), so L30
    # printed again is a copy, and so is L3 (whose "L3" may have been L30 cut short).
    whole = ",".join(["L1", "X" * 53, "L30"])
    cut = ",".join(["L1", "X" * 54, "L30"])[:60]
    assert len(whole) == len(cut) == reports.JOINED_LABELS_MAX
    assert whole.endswith(",L30") and cut.endswith(",L3")
    with transaction(db):
        audit.record(db, who.olu, "print.label", "L3,L1", {"copy": 0})
        audit.record(db, who.olu, "print.label", whole, {})
        audit.record(db, who.olu, "print.label", cut, {})
    assert reports.label_print_counts(db, ["L1", "L3", "L30", "L31"]) == [4, 2, 1, 0]
    assert reports.record_label_prints(db, who.olu, ["L30", "L3"], {}) == [1, 2]


def test_the_year_end_counts_the_goods_outside_sorted_stock_too(db, who):
    """A stock-take at the year's end: sorted stock by category, and beside it a lot still
    awaiting sorting and a parcel packed but not shipped (they were left out, so the goods on
    hand were under-stated by both)."""
    make_sorted_lot(db, who.olu, "L1")  # 60 ct S5-SAW-Q1-W, 39.9 ct G1-SAW-Q1-W, 0.1 ct lost
    make_lot(db, who.olu, "L2")  # 100 ct, not sorted
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 20_000)
    year = reports.year_end_stock(db, who.olu, reports.LAST_YEAR)
    assert year["mct"] == 79_900  # sorted stock: 40 + 39.9 ct
    assert year["awaiting_sorting_mct"] == 100_000
    assert year["in_parcels_mct"] == 20_000
    price = records.prices_on(db, f"{reports.LAST_YEAR}-12-31")
    s5 = next(c.id for c in records.list_categories(db) if c.code == "S5-SAW-Q1-W")
    assert year["in_parcels_value_cents"] == 20 * price[s5]
    assert year["on_hand_mct"] == 199_900
    # Shipped, the parcel's goods are no longer on hand.
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-9", seals=["S1"])
    parcels.ship_parcel(db, who.sam, "P1")
    year = reports.year_end_stock(db, who.olu, reports.LAST_YEAR)
    assert (year["in_parcels_mct"], year["on_hand_mct"]) == (0, 179_900)


def test_the_price_book_on_a_day_says_what_is_in_force_from_when_and_by_whom(db, who):
    assortment.set_price(db, who.sam, "S5-SAW-Q1-W", 12_000, "2026-01-01")
    assortment.set_price(db, who.sue, "S5-SAW-Q1-W", 12_500, "2026-02-01")
    assortment.set_price(db, who.sam, "S5-SAW-Q1-W", 12_600, "2026-02-01")  # the same day: last
    on, book = assortment.price_book(db, who.olu, "2026-02-15")
    line = next(line for line in book if line.category == "S5-SAW-Q1-W")
    assert (on, line.cents_per_ct, line.effective_from, line.set_by) == (
        "2026-02-15",
        12_600,
        "2026-02-01",
        "sam",
    )
    assert (
        line.cents_per_ct
        == records.prices_on(db, "2026-02-15")[
            next(c.id for c in records.list_categories(db) if c.code == "S5-SAW-Q1-W")
        ]
    )
    _on, before = assortment.price_book(db, who.olu, "1999-01-01")
    assert all(line.cents_per_ct is None for line in before)
    with pytest.raises(UserError, match="not a date"):
        assortment.price_book(db, who.olu, "2026-02-30")


def test_a_year_ends_at_midnight_of_the_sites_calendar(db, who):
    """A lot received at 00:30 on 1 January in Gaborone (22:30 UTC on 31 December) is the new
    year's: the year was cut at UTC midnight, so it counted in the old one's stock-take."""
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    for number, at in (("L1", "2025-12-31T21:30:00"), ("L2", "2025-12-31T22:30:00")):
        restore = clock.use(lambda at=at: dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC))
        try:
            make_lot(db, who.olu, number)
        finally:
            restore()
    year = reports.year_end_stock(db, who.olu, 2025)
    assert year["ended"] and year["awaiting_sorting_mct"] == 100_000  # L1 alone
    assert reports.year_end_stock(db, who.olu, 2026)["awaiting_sorting_mct"] == 200_000


def test_a_year_end_says_what_was_recorded_after_the_year_ended(db, who):
    """An attack round (2026-12-07): an operator's sortapp, its clock set back, received and
    sorted a lot dated in an ended year, and that year's stock changed (500 ct and 52,000 USD
    appeared); a supervisor's price from that year's last day, set after it, revalued it. The
    report now says how many movements dated in the year were recorded after it ended, and how
    many prices taking effect by its end were set after it."""

    def at(when: str):
        return clock.use(lambda: dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC))

    restore = at("2026-01-05T09:00:00")
    try:
        make_lot(db, who.olu, "L1")  # (recorded in the new year, dated in it)
    finally:
        restore()
    assert reports.year_end_stock(db, who.olu, 2025) | {} == {
        **reports.year_end_stock(db, who.olu, 2025),
        "recorded_late": 0,
        "prices_set_late": 0,
    }
    restore = at("2025-06-01T09:00:00")  # (the price book as 2025 knew it)
    try:
        for code in ("S5-SAW-Q1-W", "G1-SAW-Q1-W"):
            assortment.set_price(db, who.sam, code, 12_000, effective_from="2025-01-01")
    finally:
        restore()
    restore = at("2025-12-15T09:00:00")  # (the clock set back)
    try:
        make_sorted_lot(db, who.olu, "L2")
    finally:
        restore()
    year = reports.year_end_stock(db, who.olu, 2025)
    assert year["ended"] and year["mct"] == 99_900  # (L2's sorted goods, back-dated in)
    assert (year["recorded_late"], year["prices_set_late"]) == (2, 0)  # its receipt, closing
    assortment.set_price(db, who.sam, "S5-SAW-Q1-W", 1, effective_from="2025-12-31")
    assert reports.year_end_stock(db, who.olu, 2025)["prices_set_late"] == 1
    assert reports.year_end_stock(db, who.olu, 2026) | {} == {
        **reports.year_end_stock(db, who.olu, 2026),
        "recorded_late": 0,
        "prices_set_late": 0,
    }
