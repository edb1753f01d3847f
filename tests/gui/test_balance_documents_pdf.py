"""The receipt and the reconciliation painted to PDF and read back: the balance used is on
paper (issue 16)."""

from __future__ import annotations

from sortapp.reports import documents, printing
from sortapp.services import lots, sorting
from tests.pdfread import pdf_pages
from tests.unit.reports.test_balance_documents import captured, ready


def test_the_printed_receipt_and_reconciliation_name_the_balance(qapp, db, who, tmp_path):
    ready(db, who)
    lots.receive_lot(
        db, who.olu, number="L1", origins=[("BW", "Jwaneng")], weighed_mct=100_000,
        source=captured("100.000"),
    )  # fmt: skip
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, source=captured("60.000"))
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_900, 50)
    words = {}
    for kind in ("receipt", "reconciliation"):
        doc = documents.build(db, who.olu, kind, ["L1"])
        path = tmp_path / f"{kind}.pdf"
        printing.save_pdf(db, who.olu, doc, path)
        words[kind] = " ".join("\n".join(pdf_pages(path)).split())
    assert "balance B-01 (Mettler JET 1103C, serial B123456789)" in words["receipt"]
    assert "B-01 (Mettler JET 1103C, serial B123456789): 1 entry" in words["reconciliation"]
    assert "keyed, not from the balance: 1 entry" in words["reconciliation"]
