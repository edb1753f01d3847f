"""People, stones, provisional and local time on paper (issue 14): the receipt, reconciliation
and manifest name who did what, from the audit log, at the site's local times."""

from __future__ import annotations

from sortapp.reports import documents
from sortapp.services import lots, parcels, sorting
from tests.conftest import make_lot, pack_parcel_for_antwerp

HERE = "(Africa/Gaborone, UTC+02:00)"


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
    assert f["Difference"].endswith(
        f"BEYOND TOLERANCE (acknowledged by sue, 2026-12-02 00:30 {HERE}; "
        "reason: supplier's scale reads high)"
    )
    assert doc.signatures[:2] == ("Received by: olu", "Weighed by: sam")
    assert "Witness" in doc.signatures


def test_receipt_of_a_lot_weighed_at_receipt_names_the_receiver_as_weigher(db, who):
    make_lot(db, who.olu, "L1")
    f = facts(documents.receipt(db, "L1"))
    assert f["Received by"].startswith("olu, ") and f["Weighed by"].startswith("olu, ")
    assert f["Received by"].endswith("(UTC, UTC+00:00)")
    assert "Weighed again by" not in f and "Difference" not in f


def test_reconciliation_names_sorters_closer_and_who_accepted_why(gaborone_at_night, who):
    db = gaborone_at_night
    make_lot(db, who.olu, "L1", declared_mct=120_000)
    lots.acknowledge_weight(db, who.sam, "L1", "declared on the supplier's scale")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000)
    sorting.add_entry(db, who.ola, "L1", "G1-SAW-Q1-W", 30_000, 100)
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="dust in the sieve")
    doc = documents.reconciliation(db, "L1")
    f = facts(doc)
    assert f["Sorted by"] == "olu (2 entries), ola (1 entry)"
    assert f["Weight difference"] == (
        f"acknowledged by sam, 2026-12-02 00:30 {HERE}; reason: declared on the supplier's scale"
    )
    assert f["Closed by"] == f"sue, 2026-12-02 00:30 {HERE}"
    assert f["Within tolerance"] == "no: difference accepted"
    assert f["Difference accepted by"] == f"sue, 2026-12-02 00:30 {HERE}; reason: dust in the sieve"
    assert doc.signatures == ("Sorted by: olu, ola", "Closed by: sue")
    assert doc.mark == "" and "PROVISIONAL" not in doc.title


def test_reconciliation_of_a_lot_being_sorted_is_provisional(db, who):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000)
    doc = documents.reconciliation(db, "L1")
    assert doc.mark == "PROVISIONAL"
    assert doc.title == "Sorting reconciliation report (PROVISIONAL)"
    f = facts(doc)
    assert "PROVISIONAL" in f["Status"] and "PROVISIONAL" in f["Closed"]
    assert "Closed by" not in f and doc.signatures == ("Sorted by: olu", "Supervisor")
    build = documents.build(db, who.olu, "reconciliation", ["L1"])
    assert build.mark == "PROVISIONAL"
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 50_000, 300)
    sorting.close_sorting(db, who.olu, "L1")
    assert documents.reconciliation(db, "L1").mark == ""


def test_reconciliation_stones_by_counted_size_with_the_difference(db, who):
    make_lot(db, who.olu, "L1", stones=2_500)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 30_000, 1_200)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-TLB", 20_000, 800)
    sorting.add_entry(db, who.olu, "L1", "L1-SAW-Q1-W", 49_900, 450)
    stones = documents.reconciliation(db, "L1").tables[2]
    assert stones.columns == ("", "Received", "Sorted", "Difference")
    assert [list(r) for r in stones.rows] == [
        ["G1 0.66-0.99 ct", "", "2,000", ""],
        ["L1 1.80-2.99 ct", "", "450", ""],
        ["Whole lot", "2,500", "2,450", "50"],
    ]
    assert stones.kinds[-1] == "total"


def test_reconciliation_says_which_sizes_were_not_counted(db, who):
    make_lot(db, who.olu, "L1", stones=2_500)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 20_000, 1_000)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 10_000)
    rows = [list(r) for r in documents.reconciliation(db, "L1").tables[2].rows]
    assert rows == [
        ["G1 0.66-0.99 ct", "", "1,000 (1 of 2 entries counted)", ""],
        ["S5 -7+5", "", "not counted", ""],
        ["Whole lot", "2,500", "1,000 (1 of 3 entries counted)", "none: not every size counted"],
    ]
    make_lot(db, who.olu, "L2", stones=None)
    sorting.add_entry(db, who.olu, "L2", "G1-SAW-Q1-W", 20_000, 1_000)
    rows = [list(r) for r in documents.reconciliation(db, "L2").tables[2].rows]
    assert rows[-1] == ["Whole lot", "not counted", "1,000", "none: received not counted"]


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
