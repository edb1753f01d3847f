"""People, stones, provisional and local time on paper (issue 14): the receipt, reconciliation
and manifest name who did what, from the audit log, at the site's local times."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sortapp.core import clock
from sortapp.core.canonical import zoned_text
from sortapp.core.errors import UserError
from sortapp.reports import documents
from sortapp.services import history, lots, parcels, sorting
from tests.conftest import make_lot, make_sorted_lot, pack_parcel_for_antwerp
from tests.pdfread import nested_brackets

HERE = "Africa/Gaborone (UTC+02:00)"


def _table(doc, heading):
    """A document's table by its heading."""
    return next(t for t in doc.tables if t.heading == heading)


def facts(doc):
    return dict(doc.facts)


def test_receipt_names_who_received_weighed_reweighed_and_acknowledged(gaborone_at_night, who):
    db = gaborone_at_night
    lots.receive_lot(db, who.olu, number="L1", origins=[("BW", "Jwaneng")], declared_mct=100_000)
    lots.weigh_lot(db, who.ola, "L1", 90_000, 400)
    lots.reweigh_lot(db, who.sam, "L1", 91_000, 400, reason="scale recalibrated")
    lots.acknowledge_weight(db, who.sue, "L1", "supplier's scale reads high")
    doc = documents.receipt(db, "L1")
    f = facts(doc)
    assert f["Received"] == f"2026-12-02 00:30 {HERE}"
    assert f["Received by"] == f"olu, 2026-12-02 00:30 {HERE}"
    assert f["Weighed by"] == f"ola, 2026-12-02 00:30 {HERE}"
    assert f["Weighed again by"] == (
        f"sam, 2026-12-02 00:30 {HERE}: 91.000 ct (was 90.000 ct); reason: scale recalibrated"
    )
    assert f["Difference"].endswith("BEYOND TOLERANCE, acknowledged")
    assert f["Acknowledged by"] == (
        f"sue, 2026-12-02 00:30 {HERE}; reason: supplier's scale reads high"
    )
    assert doc.signatures[:3] == ("Received by: olu", "Weighed by: sam", "Acknowledged: sue")
    assert "Witness" in doc.signatures


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (400, 412, "90.000 ct, 412 stones (was 90.000 ct, 400 stones)"),
        # (Weighed without its stones counted, then counted.)
        (None, 300, "90.000 ct, 300 stones (was 90.000 ct, stones not counted)"),
    ],
    ids=["recounted", "counted"],
)
def test_a_reweighing_that_corrects_the_count_alone_says_what_changed(db, who, before, after, said):
    """A count corrected, the carats kept, read "90.000 ct (was 90.000 ct)", on the receipt and
    in the lot's history alike."""
    lots.receive_lot(db, who.olu, number="L1", origins=[("BW", "Jwaneng")], declared_mct=100_000)
    lots.weigh_lot(db, who.ola, "L1", 90_000, before)
    lots.reweigh_lot(db, who.sam, "L1", 90_000, after, reason="counted again")
    f = facts(documents.receipt(db, "L1"))
    assert f["Weighed again by"].endswith(f": {said}; reason: counted again"), f["Weighed again by"]
    lines = [line.sentence for line in history.history(db, "lot", "L1")]
    assert f"sam weighed lot L1 again: {said}: counted again" in lines, lines


def test_a_count_of_0_stones_is_no_count_at_receipt_weighing_and_reweighing(db, who):
    """No goods of any carats are 0 stones: typed at receipt, at weighing or at a reweighing,
    a 0 reads as the blank it means (as a sorting entry's does), not as a count; a reweighing
    whose only change was that 0 is refused as changing nothing, and one that keeps a count
    keeps it."""
    make_lot(db, who.olu, "L1", stones=0)
    assert lots.get_lot(db, "L1").weighed_stones is None
    with pytest.raises(UserError, match=r"already weighs 100\.000 ct"):
        lots.reweigh_lot(db, who.sam, "L1", 100_000, 0, reason="counted")
    lots.receive_lot(db, who.olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=90_000)
    lots.weigh_lot(db, who.ola, "L2", 90_000, 0)
    assert lots.get_lot(db, "L2").weighed_stones is None
    lines = [line.sentence for line in history.history(db, "lot", "L2")]
    assert "ola weighed lot L2: 90.000 ct" in lines, lines  # (no "0 stones")
    make_lot(db, who.olu, "L3", stones=410)
    lots.reweigh_lot(db, who.sam, "L3", 99_000, 0, reason="scale re-zeroed")
    assert lots.get_lot(db, "L3").weighed_stones == 410
    said = facts(documents.receipt(db, "L3"))["Weighed again by"]
    assert said.endswith(": 99.000 ct (was 100.000 ct); reason: scale re-zeroed"), said


def test_a_receipt_names_the_supplier_it_came_from_and_its_mines_beside(db, who):
    """A lot received by transfer (its supplier the sending site) read "Received from:
    Jwaneng", the mine, as if the mine had handed it over."""
    make_lot(db, who.olu, "L1", supplier="Letlhakane Site (LTK)")
    make_lot(db, who.olu, "L2")
    f = facts(documents.receipt(db, "L1"))
    assert (f["Received from"], f["Mines"]) == ("Letlhakane Site (LTK)", "Jwaneng")
    f = facts(documents.receipt(db, "L2"))
    assert f["Received from"] == "Jwaneng" and "Mines" not in f


def test_receipt_of_a_lot_weighed_at_receipt_names_the_receiver_as_weigher(db, who):
    make_lot(db, who.olu, "L1")
    f = facts(documents.receipt(db, "L1"))
    assert f["Received by"].startswith("olu, ") and f["Weighed by"].startswith("olu, ")
    assert f["Received by"].endswith(" UTC") and "recorded" not in f["Received by"]
    assert "Weighed again by" not in f and "Difference" not in f


def test_reconciliation_names_sorters_closer_and_who_accepted_why(gaborone_at_night, who):
    db = gaborone_at_night
    make_lot(db, who.olu, "L1", declared_mct=120_000)
    lots.acknowledge_weight(db, who.sam, "L1", "declared on the supplier's scale")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000)
    sorting.add_entry(db, who.ola, "L1", "G1-SAW-Q1-W", 30_000, 40)
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="dust in the sieve")
    doc = documents.reconciliation(db, "L1")
    f = facts(doc)
    assert f["Sorted by"] == "olu (2 entries), ola (1 entry)"
    assert f["Weight difference"] == (
        f"acknowledged by sam, 2026-12-02 00:30 {HERE}; reason: declared on the supplier's scale"
    )
    assert f["Closed by"] == f"sue, 2026-12-02 00:30 {HERE}"
    assert f["Within tolerance"] == "no (difference accepted)"
    assert f["Status"] == "closed (sorting finished)"
    assert f["Difference accepted by"] == f"sue, 2026-12-02 00:30 {HERE}; reason: dust in the sieve"
    assert doc.signatures == ("Sorted by: olu, ola", "Closed by: sue")
    assert doc.mark == "" and "PROVISIONAL" not in doc.title


def test_reconciliation_of_a_lot_being_sorted_is_provisional(db, who):
    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000)
    doc = documents.reconciliation(db, "L1")
    assert doc.mark == "PROVISIONAL"
    assert doc.title == "Sorting reconciliation report (PROVISIONAL)"
    f = facts(doc)
    assert "PROVISIONAL" in f["Status"] and "PROVISIONAL" in f["Closed"]
    assert "Closed by" not in f and doc.signatures == ("Sorted by: olu", "Supervisor")
    build = documents.build(db, who.olu, "reconciliation", ["L1"])
    assert build.mark == "PROVISIONAL"
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 50_000, 60)
    sorting.close_sorting(db, who.olu, "L1")
    assert documents.reconciliation(db, "L1").mark == ""


def test_reconciliation_of_a_lot_not_yet_weighed_says_so_not_0_ct_received(db, who, run):
    """A lot received with its declared weight only: nothing received is said as 0.000 ct, no
    difference is set against a tolerance, and its sorting has not started (not "is still
    being sorted"); on paper, on the command line and in its JSON."""
    lots.receive_lot(db, who.olu, number="L1", origins=[("NA", "Namdeb")], declared_mct=188_250)
    doc = documents.reconciliation(db, "L1")
    summary = {row[0]: row[-1] for row in _table(doc, "Reconciliation").rows}
    assert summary["Received (weighed)"] == "not yet weighed"
    assert summary["Not yet sorted (received - sorted - losses)"] == "not yet weighed"
    assert facts(doc)["Closed"] == "not yet: PROVISIONAL, its sorting has not started"
    code, out, _err = run("report", "reconciliation", "L1")
    assert code == 0
    assert out.splitlines()[-1].endswith(
        "lot L1: not yet weighed, sorted 0.000, losses 0.000, no difference until the lot is "
        "weighed"
    )
    code, out, _err = run("lot", "show", "L1", "--json")
    shown = json.loads(out)
    assert [shown[key] for key in ("received_carats", "difference_carats", "within_tolerance")] == [
        None,
        None,
        None,
    ]
    lots.weigh_lot(db, who.olu, "L1", 188_240, None)
    doc = documents.reconciliation(db, "L1")
    summary = {row[0]: row[-1] for row in _table(doc, "Reconciliation").rows}
    assert summary["Received (weighed)"] == "188.240"


def test_reconciliation_stones_by_counted_size_with_the_difference(db, who):
    make_lot(db, who.olu, "L1", stones=135)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 30_000, 40)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-TLB", 20_000, 25)
    sorting.add_entry(db, who.olu, "L1", "L1-SAW-Q1-W", 49_900, 20)
    stones = _table(documents.reconciliation(db, "L1"), "Stones by size class")
    assert stones.columns == ("", "Received", "Sorted", "Difference")
    assert [list(r) for r in stones.rows] == [
        ["G1 0.66-0.99 ct", "", "65", ""],
        ["L1 1.80-2.99 ct", "", "20", ""],
        ["Whole lot", "135", "85", "50 not yet sorted"],
    ]
    assert stones.kinds[-1] == "total"


def test_reconciliation_says_which_sizes_were_not_counted(db, who):
    make_lot(db, who.olu, "L1", stones=2_500)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 20_000, 25)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 10_000)
    rows = [
        list(r) for r in _table(documents.reconciliation(db, "L1"), "Stones by size class").rows
    ]
    assert rows == [
        ["S5 -7+5", "", "n/c", ""],
        ["G1 0.66-0.99 ct", "", "25 (1 of 2 entries counted)", ""],
        ["Whole lot", "2,500", "25 (1 of 3 entries counted)", "none: not every size counted"],
    ]
    make_lot(db, who.olu, "L2", stones=None)
    sorting.add_entry(db, who.olu, "L2", "G1-SAW-Q1-W", 20_000, 25)
    rows = [
        list(r) for r in _table(documents.reconciliation(db, "L2"), "Stones by size class").rows
    ]
    assert rows[-1] == ["Whole lot", "n/c", "25", "none: received not counted"]


def test_manifest_names_packers_and_sealer_on_its_signature_lines(gaborone_at_night, who):
    db = gaborone_at_night
    pack_parcel_for_antwerp(db, who)
    parcels.add_goods(db, who.ola, "P1", "S5-SAW-Q1-W", 10_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-9", seals=["S1"])
    doc = documents.manifest(db, "P1")
    f = facts(doc)
    assert f["Packed by"] == "olu, ola"
    assert f["Sealed by"] == f"sam, 2026-12-02 00:30 {HERE}"
    assert doc.signatures == ("Packer: olu, ola", "Sealer: sam", "Witness")


def test_sealed_after_midnight_at_the_site_the_papers_carry_the_sites_day(gaborone_at_night, who):
    db = gaborone_at_night
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-9", seals=["S1"])
    assert facts(documents.kp_sheet(db, "BW-2026-9"))["d. Date of issue"] == "2026-12-02"
    assert facts(documents.invoice(db, "P1"))["Date"] == "2026-12-02"
    assert facts(documents.manifest(db, "P1"))["Issued / expires"].startswith("2026-12-02 / ")


def test_a_lot_label_carries_the_sites_day_of_receipt(gaborone_at_night, who):
    make_lot(gaborone_at_night, who.olu, "L1")
    [label] = documents.labels(gaborone_at_night, ["L1"]).labels
    assert "Received 2026-12-02" in label.lines


def _printed(doc) -> list[str]:
    """Every text a document prints: facts, table cells, signature lines."""
    cells = [cell for t in doc.tables for row in t.rows for cell in row]
    return [doc.title, *(v for _k, v in doc.facts), *cells, *doc.signatures]


def test_received_by_at_the_lots_arrival_and_weighed_by_at_its_weighing(gaborone_at_night, who):
    """The receiver at the lot's received time (when it was entered later, that time too,
    "recorded ..."); a lot weighed at receipt was weighed as it arrived."""
    db = gaborone_at_night
    arrived = dt.datetime(2026, 11, 30, 9, 15, tzinfo=dt.UTC)  # 11:15 in Gaborone
    make_lot(db, who.olu, "L1", received_at=arrived)
    f = facts(documents.receipt(db, "L1"))
    assert f["Received"] == f"2026-11-30 11:15 {HERE}"
    assert f["Received by"] == (f"olu, 2026-11-30 11:15 {HERE}; recorded 2026-12-02 00:30 {HERE}")
    assert f["Weighed by"] == f"olu, 2026-11-30 11:15 {HERE}"
    # Declared on arrival, weighed later by another: the time of weighing.
    lots.receive_lot(
        db,
        who.olu,
        number="L2",
        origins=[("BW", "Jwaneng")],
        declared_mct=100_000,
        received_at=arrived,
    )
    restore = clock.use(lambda: dt.datetime(2026, 12, 2, 7, 5, tzinfo=dt.UTC))
    try:
        lots.weigh_lot(db, who.ola, "L2", 100_000)
    finally:
        restore()
    f = facts(documents.receipt(db, "L2"))
    assert f["Weighed by"] == f"ola, 2026-12-02 09:05 {HERE}"


def test_the_acknowledgement_has_its_own_row_and_signature_no_nested_brackets(
    gaborone_at_night, who
):
    db = gaborone_at_night
    make_lot(db, who.olu, "L1", declared_mct=120_000)
    doc = documents.receipt(db, "L1")
    assert facts(doc)["Difference"].endswith(", BEYOND TOLERANCE, to be acknowledged")
    assert "Acknowledged by" not in facts(doc)
    assert "Acknowledged" in doc.signatures  # a line for the supervisor to sign
    lots.acknowledge_weight(db, who.sam, "L1", "scale recalibrated; wet goods")
    doc = documents.receipt(db, "L1")
    f = facts(doc)
    assert f["Difference"] == (
        "-20.000 ct (-16.667 %), tolerance 0.060 ct, BEYOND TOLERANCE, acknowledged"
    )
    assert f["Acknowledged by"] == (
        f"sam, 2026-12-02 00:30 {HERE}; reason: scale recalibrated; wet goods"
    )
    assert "Acknowledged: sam" in doc.signatures
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000)
    for built in (doc, documents.reconciliation(db, "L1")):
        assert not [t for t in _printed(built) if nested_brackets(t)]


def test_reconciliation_names_who_weighed_and_who_recorded_each_loss(gaborone_at_night, who):
    db = gaborone_at_night
    lots.receive_lot(db, who.olu, number="L1", origins=[("BW", "Jwaneng")], declared_mct=100_000)
    lots.weigh_lot(db, who.ola, "L1", 99_000, 400)
    lots.reweigh_lot(db, who.sam, "L1", 100_000, 400, reason="scale recalibrated")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 90_000)
    sorting.add_loss(db, who.ola, "L1", "cleaning", 1_100)
    sorting.add_loss(db, who.olu, "L1", "sample", 500)
    wrong = sorting.list_entries(db, "L1")[-1]["uid"]
    sorting.correct_entry(db, who.olu, "L1", wrong, "recorded twice")
    sorting.add_loss(db, who.olu, "L1", "sample", 400)
    doc = documents.reconciliation(db, "L1")
    f = facts(doc)
    assert f["Weighed by"] == f"ola, 2026-12-02 00:30 {HERE}"
    assert f["Weighed again by"] == (
        f"sam, 2026-12-02 00:30 {HERE}: 100.000 ct (was 99.000 ct); reason: scale recalibrated"
    )
    assert [v for k, v in doc.facts if k == "Loss recorded by"] == [
        f"ola, 2026-12-02 00:30 {HERE}: cleaning 1.100 ct",
        f"olu, 2026-12-02 00:30 {HERE}: sample 0.400 ct",
    ]


def test_an_open_lots_remainder_is_not_yet_sorted_and_not_set_against_tolerance(db, who):
    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 26_920)
    doc = documents.reconciliation(db, "L1")
    summary = [list(r) for r in _table(doc, "Reconciliation").rows]
    assert summary[-1] == ["Not yet sorted (received - sorted - losses)", "73.080 (73.080 %)"]
    assert not any("Tolerance" in r[0] or "Difference" in r[0] for r in summary)
    assert facts(doc)["Status"] == "being sorted (PROVISIONAL)"
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 73_080, 90)
    sorting.close_sorting(db, who.olu, "L1")
    doc = documents.reconciliation(db, "L1")
    summary = [list(r) for r in _table(doc, "Reconciliation").rows]
    assert summary[-2:] == [
        ["Difference (received - sorted - losses)", "0.000 (0.000 %)"],
        ["Tolerance", "0.050"],
    ]
    assert facts(doc)["Status"] == "closed (sorting finished)"


def test_stone_counts_on_paper_are_grouped_and_not_counted_is_n_c(db, who):
    # (A count in the thousands: S7, -9+7, as 39.900 ct of 0.66-0.99 ct grainers are 40-60 stones)
    make_sorted_lot(
        db, who.olu, "L1", entries=(("S5-SAW-Q1-W", 60_000, 0), ("S7-SAW-Q1-W", 39_900, 1_234))
    )
    rec = documents.reconciliation(db, "L1")
    categories = rec.tables[0]
    assert [list(r)[2] for r in categories.rows] == [
        "n/c",
        "1,234",
        "1,234 (1 of 2 entries counted)",
    ]
    assert categories.note == "n/c: not counted"
    stones = _table(rec, "Stones by size class")
    assert [list(r)[2] for r in stones.rows][:2] == ["n/c", "1,234"]  # sizes as the sieves run
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.add_goods(db, who.olu, "P1", "S7-SAW-Q1-W", 39_900)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-9", seals=["S1"])
    totals = facts(documents.manifest(db, "P1"))["Totals"]
    assert totals.startswith("1,234 stones (1 of 2 lines counted), 99.900 ct, ")
    [label] = documents.labels(db, ["P1"]).labels
    assert "99.900 ct, 1,234 stones (1 of 2 lines counted), origin BW" in label.lines
    lots.receive_lot(
        db, who.olu, number="L2", origins=[("BW", "J")], weighed_mct=1_500, stones=1_500
    )
    [label] = documents.labels(db, ["L2"]).labels
    assert "1.500 ct, 1,500 stones" in label.lines


def test_one_way_to_write_a_time_with_its_zone(gaborone_at_night, who):
    at = "2026-12-02T00:21:00.000000Z"
    assert zoned_text(at, "Africa/Gaborone") == "2026-12-02 02:21 Africa/Gaborone (UTC+02:00)"
    assert zoned_text(at, "UTC") == "2026-12-02 00:21 UTC"
    assert zoned_text(at, "America/St_Johns") == "2026-12-01 20:51 America/St_Johns (UTC-03:30)"
    make_lot(gaborone_at_night, who.olu, "L1")
    received = facts(documents.receipt(gaborone_at_night, "L1"))["Received"]
    assert received == zoned_text(
        lots.get_lot(gaborone_at_night, "L1").received_at, "Africa/Gaborone"
    )
