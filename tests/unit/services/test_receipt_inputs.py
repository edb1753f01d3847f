"""A time a person gives for a lot's arrival (an import's ``received``): canonical text whatever
the year, and held to the past since 1900 (an attack round, 2026-12-07: an operator's import
received a lot in the year 1, stored as '1-01-02T03:16:20.000000Z', and every list, document
and the window failed on it for everyone, verify OK; one received in 9999 counted in a year-end
report as awaiting sorting)."""

from __future__ import annotations

import datetime as dt

import pytest

from sortapp.core import canonical
from sortapp.core.errors import UserError
from sortapp.services import imports, lots, site
from tests.conftest import make_lot


def test_a_year_before_1000_is_written_with_four_digits_and_read_back():
    moment = dt.datetime(1, 1, 2, 3, 16, 20, tzinfo=dt.UTC)
    assert canonical.iso_utc(moment) == "0001-01-02T03:16:20.000000Z"
    assert canonical.iso_utc(dt.datetime(2026, 12, 7, 5, 1, 2, 30, tzinfo=dt.UTC)) == (
        "2026-12-07T05:01:02.000030Z"
    )
    # What releases before wrote for such a year is read, not failed on:
    assert canonical.parse_iso_utc("1-01-02T03:16:20.000000Z") == moment
    assert canonical.local_text("1-01-02T03:16:20.000000Z", "UTC") == "0001-01-02 03:16"
    with pytest.raises(ValueError):
        canonical.parse_iso_utc("12345-01-02T03:16:20.000000Z")
    with pytest.raises(ValueError):
        canonical.parse_iso_utc("x-01-02T03:16:20.000000Z")


HEAD = "lot,origin,mine,carats,stones,received\n"


def test_an_import_refuses_a_lot_received_before_1900_or_later_than_now(db, who):
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")  # (east of UTC)
    rows = [
        "OLD-1,BW,Jwaneng,100,50,0001-01-02 05:00",
        "OLD-0,BW,Jwaneng,10,5,0001-01-01 00:00",  # (before the calendar's start in UTC)
        "OLD-2,BW,Jwaneng,10,5,1899-06-30",
        "NEW-1,BW,Jwaneng,10,5,9999-12-31 23:59",
    ]
    result = imports.import_lots(db, who.olu, HEAD + "\n".join(rows))
    said = [(e.line, e.message) for e in result.errors]
    assert [line for line, _m in said] == [2, 3, 4, 5]
    for _line, message in said[:3]:
        assert "received: a time before 1900 is not when it happened" in message
    assert "received: 9999-12-31 21:59 UTC is later than now" in said[3][1]
    assert lots.list_lots(db, who.olu) == []
    site.set_setting(db, who.admin, "timezone", "America/New_York")  # (west of UTC)
    result = imports.import_lots(db, who.olu, HEAD + "NEW-2,BW,Jwaneng,10,5,9999-12-31 23:00")
    assert "later than now" in result.errors[0].message  # (past the calendar's end in UTC)
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    result = imports.import_lots(db, who.olu, HEAD + "OK-1,BW,Jwaneng,10,5,1999-03-04 10:00")
    assert result.ok
    assert lots.get_lot(db, "OK-1").received_at == "1999-03-04T08:00:00.000000Z"


def test_receiving_a_lot_an_hour_ahead_of_the_clock_is_refused(db, who):
    ahead = canonical.parse_iso_utc(canonical.iso_utc(dt.datetime.now(dt.UTC))) + dt.timedelta(
        hours=1
    )
    with pytest.raises(UserError, match="is later than now"):
        lots.receive_lot(
            db,
            who.olu,
            number="L9",
            origins=[("BW", "Jwaneng")],
            weighed_mct=1_000,
            received_at=ahead,
        )
    make_lot(db, who.olu, "L1")  # (received now: taken)
    assert [lot.number for lot in lots.list_lots(db, who.olu)] == ["L1"]


def test_a_lot_counted_at_more_stones_than_thousandths_of_its_carats_is_refused(db, who):
    """0.001 ct received as 1,000,000 stones was taken; no stone weighs under 0.001 ct."""
    with pytest.raises(UserError, match=r"1000000 stones of 0\.001 ct would each weigh less"):
        make_lot(db, who.olu, "L1", weighed_mct=1, stones=1_000_000)
    with pytest.raises(UserError, match=r"stones: 1001 stones of 1\.000 ct"):
        make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=1_000, stones=1_001)
    make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=1_000, stones=None)
    with pytest.raises(UserError, match=r"2001 stones of 2\.000 ct"):
        lots.weigh_lot(db, who.olu, "L1", 2_000, 2_001)
    lots.weigh_lot(db, who.olu, "L1", 2_000, 2_000)  # (a thousandth of a carat each: taken)
    assert lots.get_lot(db, "L1").weighed_stones == 2_000
