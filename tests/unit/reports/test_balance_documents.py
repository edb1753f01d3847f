"""The receipt and the reconciliation say which balance each weight came from (issue 16)."""

from __future__ import annotations

from sortapp.core.clock import utc_now
from sortapp.core.weighing import WeightSource
from sortapp.reports import documents
from sortapp.services import balances, lots, sorting
from tests.conftest import make_lot


def captured(text: str) -> WeightSource:
    raw = f"S S {text} ct\\r\\n"
    return WeightSource(True, "B-01", "B123456789", f"{text} ct", raw, "COM4", utc_now())


def ready(db, who) -> None:
    balances.register_balance(
        db,
        who.admin,
        {"code": "B-01", "vendor": "Mettler", "model": "JET 1103C", "serial_no": "B123456789",
         "max_mct": "1100", "port": "COM4"},
    )  # fmt: skip
    balances.record_calibration(
        db, who.admin, "B-01", calibrated_on="2026-01-05", by="Scales Ltd", certificate="C-1",
        next_due="2099-01-05",
    )  # fmt: skip


def test_the_receipt_names_the_balance_or_says_keyed(db, who):
    ready(db, who)
    lots.receive_lot(
        db, who.olu, number="L1", origins=[("BW", "Jwaneng")], weighed_mct=100_000,
        source=captured("100.000"),
    )  # fmt: skip
    make_lot(db, who.olu, "L2")
    lots.receive_lot(db, who.olu, number="L3", origins=[("BW", "Jwaneng")], declared_mct=5_000)
    said = {n: dict(documents.receipt(db, n).facts).get("Weighed on") for n in ("L1", "L2", "L3")}
    assert said == {
        "L1": "balance B-01 (Mettler JET 1103C, serial B123456789)",
        "L2": "keyed, not from the balance",
        "L3": None,  # not weighed yet
    }


def test_the_reconciliation_lists_the_balances_its_entries_were_weighed_on(db, who):
    ready(db, who)
    make_lot(db, who.olu, "L1")
    for mct in (40_000, 30_000):
        sorting.add_entry(
            db, who.olu, "L1", "S5-SAW-Q1-W", mct, source=captured(f"{mct // 1000}.000")
        )
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 29_900, 40)
    sorting.add_loss(db, who.olu, "L1", "cleaning", 100)
    weighed_on = dict(documents.reconciliation(db, "L1").facts)["Weighed on"]
    assert weighed_on == (
        "B-01 (Mettler JET 1103C, serial B123456789): 2 entries; "
        "keyed, not from the balance: 2 entries"
    )
    make_lot(db, who.olu, "L2")
    assert "Weighed on" not in dict(documents.reconciliation(db, "L2").facts)  # nothing sorted
