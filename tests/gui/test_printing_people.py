"""People, stones, PROVISIONAL and local times read back from the printed receipt and
reconciliation (issue 14)."""

from __future__ import annotations

import pytest

from sortapp.reports import documents, printing
from sortapp.services import lots, sorting
from tests.pdfread import nested_brackets, pdf_pages

HERE = "2026-12-02 00:30 Africa/Gaborone (UTC+02:00)"


@pytest.fixture
def weighed_and_sorting(gaborone_at_night, who):
    """Lot L1 received at 00:30 in Gaborone, declared 120 ct, weighed 100 ct with 2,500 stones
    by ola, acknowledged by sam, half sorted by olu and ola."""
    db = gaborone_at_night
    lots.receive_lot(db, who.olu, number="L1", origins=[("BW", "Jwaneng")], declared_mct=120_000)
    lots.weigh_lot(db, who.ola, "L1", 100_000, 2_500)
    lots.acknowledge_weight(db, who.sam, "L1", "supplier's scale reads high")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 40_000)
    sorting.add_entry(db, who.ola, "L1", "G1-SAW-Q1-W", 30_000, 40)
    return db


def _text(db, who, kind, tmp_path) -> str:
    doc = documents.build(db, who.olu, kind, ["L1"])
    path = tmp_path / f"{kind}.pdf"
    printing.save_pdf(db, who.olu, doc, path)
    return " ".join(" ".join(pdf_pages(path)).split())  # lines wrap where the page is narrow


def test_the_receipt_names_its_people_at_the_sites_time(qapp, weighed_and_sorting, who, tmp_path):
    text = _text(weighed_and_sorting, who, "receipt", tmp_path)
    assert f"olu, {HERE}" in text  # received by
    assert f"ola, {HERE}" in text  # weighed by
    assert "reason: supplier's scale reads high" in text
    assert "Received by: olu" in text and "Weighed by: ola" in text


def test_the_reconciliation_of_an_open_lot_says_provisional_and_who_sorted(
    qapp, weighed_and_sorting, who, tmp_path
):
    db = weighed_and_sorting
    text = _text(db, who, "reconciliation", tmp_path)
    assert "Sorting reconciliation report (PROVISIONAL)" in text
    assert "olu (1 entry), ola (1 entry)" in text
    assert "Stones by size class" in text and "G1 0.66-0.99 ct 40" in text
    assert "S5 -7+5 n/c" in text and "n/c: not counted" in text
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-TLB", 25_000, 30)
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="a stone is missing")
    text = _text(db, who, "reconciliation", tmp_path)
    assert "PROVISIONAL" not in text
    assert f"sue, {HERE}; reason: a stone is missing" in text
    assert "Closed by: sue" in text


def test_printed_receipt_acknowledgement_row_and_reconciliation_without_tolerance_while_open(
    qapp, weighed_and_sorting, who, tmp_path
):
    db = weighed_and_sorting
    sorting.add_loss(db, who.ola, "L1", "cleaning", 1_100)
    text = _text(db, who, "receipt", tmp_path)
    assert "BEYOND TOLERANCE, acknowledged Stones" in text
    assert f"Acknowledged by sam, {HERE}; reason: supplier's scale reads high" in text
    assert "Acknowledged: sam Name, date" in text
    assert not nested_brackets(text)
    text = _text(db, who, "reconciliation", tmp_path)
    assert "Status being sorted (PROVISIONAL)" in text
    assert f"Weighed by ola, {HERE}" in text
    assert f"Loss recorded by ola, {HERE}: cleaning 1.100 ct" in text
    assert "Not yet sorted (received - sorted - losses) 28.900 (28.900 %)" in text
    assert "Tolerance" not in text and "Difference (received" not in text
    assert "Whole lot 2,500 40 (1 of 2 entries counted)" in text
    assert not nested_brackets(text)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-TLB", 25_000, 30)
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="a stone is missing")
    text = _text(db, who, "reconciliation", tmp_path)
    assert "Status closed (sorting finished)" in text
    assert "Within tolerance no (difference accepted)" in text
    assert "Difference (received - sorted - losses) 3.900 (3.900 %) Tolerance 0.050" in text
    assert not nested_brackets(text)
