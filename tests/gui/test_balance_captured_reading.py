"""What is recorded is the reading CAPTURED, not a later one (issue 16, round 3): against the
simulator over loopback TCP, the weight changes on the pan after Capture (and the panel shows
the new live reading) before the entry is added: the entry, its weighing and the audit's raw
line are the captured ones."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from sortapp.services import sorting
from tests.gui import test_balance_capture
from tests.gui.conftest import status
from tests.gui.test_balance_capture import latest

#: The balance simulated over loopback TCP (its fixtures).
sim = test_balance_capture.sim
floor = test_balance_capture.floor


def test_the_captured_reading_is_recorded_not_a_later_one(qtbot, db, who, floor, sim):
    window, page, panel = floor
    page.f_category.setText("S5-SAW-Q1-W")
    page.f_category.choose()
    qtbot.keyClick(page.f_category, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: page.f_carats.text() == "12.345", timeout=5000)
    sim.set(weight=Decimal("7.5"))
    qtbot.waitUntil(lambda: panel.value.text() == "7.500 ct", timeout=5000)  # live: moved on
    assert page.f_carats.text() == "12.345"
    page.add_entry()
    assert "12.345 ct into S5-SAW-Q1-W" in status(window)
    details = latest(db, "L1")
    assert details["weight_source"] == "balance" and details["reading"] == "12.345 ct"
    assert details["raw"].endswith("12.345 ct\\r\\n") and "7.5" not in details["raw"]
    (entry,) = sorting.list_entries(db, "L1")
    assert entry["mct"] == 12_345, entry
