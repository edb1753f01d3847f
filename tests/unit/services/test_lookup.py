"""The scan box's lookup: what a number names, on either backend."""

from __future__ import annotations

import pytest

from sortapp.core.errors import NotFound
from sortapp.services import lookup, lots, parcels, sorting
from tests.conftest import make_lot, make_sorted_lot


@pytest.fixture
def stocked(db, who):
    make_sorted_lot(db, who.olu, "L1")
    make_lot(
        db, who.olu, "L2", kp_cert="ZA-IN-7", origins=[("ZA", "Venetia")],
        declared_value_cents=90_000,
    )  # fmt: skip
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 1_000)
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    return db


def test_a_number_names_its_lot_or_parcel_without_case(stocked):
    assert lookup.look_up(stocked, " l1 ") == lookup.Found("lot", "L1", "Lot L1")
    found = lookup.look_up(stocked, "p1")
    assert (found.kind, found.page, found.key) == ("parcel", "parcels", "P1")


def test_a_certificate_names_its_parcel_or_the_lot_it_came_with(stocked):
    found = lookup.look_up(stocked, "bw-2026-1")
    assert (found.page, found.key) == ("parcels", "P1")
    assert found.said == "KP certificate BW-2026-1: parcel P1"
    found = lookup.look_up(stocked, "ZA-IN-7")
    assert (found.page, found.key) == ("receiving", "L2")


def test_a_uid_names_its_lot_parcel_or_entry(stocked):
    lot = lots.get_lot(stocked, "L2")
    assert lookup.look_up(stocked, lot.uid.lower()).key == "L2"
    parcel = parcels.get_parcel(stocked, "P1")
    assert lookup.look_up(stocked, parcel.uid).key == "P1"
    entry = sorting.list_entries(stocked, "L2")[-1]["uid"]
    found = lookup.look_up(stocked, entry)
    assert (found.kind, found.page, found.key) == ("entry", "sorting", "L2")


@pytest.mark.parametrize("text", ["NOPE-1", "KSF-L999", "KSF-A1", ""])
def test_what_names_nothing_is_said(stocked, text):
    with pytest.raises(NotFound, match=r"no lot, parcel, KP certificate or label number|scan or"):
        lookup.look_up(stocked, text)
