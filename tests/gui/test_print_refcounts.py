"""Printing keeps Python's reference counts whole: a Qt binding that drops a reference to None
on each call that returns nothing (PySide6 6.12 on Python 3.11) aborts a workstation's
interpreter after a few hundred printed documents ("Fatal Python error: none_dealloc")."""

from __future__ import annotations

import sys

from sortapp.reports import documents, printing
from sortapp.services import parcels
from tests.conftest import pack_parcel_for_antwerp


def test_printing_documents_does_not_use_up_none(qapp, db, who, tmp_path):
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1", "S2"])
    docs = [
        documents.build(db, who.olu, "manifest", ["P1"]),
        documents.build(db, who.olu, "kp-sheet", ["P1"]),
        documents.build(db, who.olu, "label", ["L1", "P1"]),
        documents.build(db, who.olu, "label", ["L1", "P1"], label_printer=True),
    ]
    for doc in docs:  # once first: caches and first-use objects take their references
        printing.write_pdf(doc, tmp_path / "warm.pdf")
    before = sys.getrefcount(None)
    for _round in range(5):
        for doc in docs:
            printing.write_pdf(doc, tmp_path / "x.pdf")
    # (Python 3.12+ makes None immortal: its count does not move at all there.)
    assert sys.getrefcount(None) >= before
