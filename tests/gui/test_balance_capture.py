"""Capture against the balance simulator over loopback TCP (issue 16): the weight recorded on
Sorting and Receiving with where it came from, refusals said, a dropped connection reported and
reconnected while the screen works, typing recorded as keyed, and a site that takes weights
from the balance only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from sortapp.balances.sim import BalanceSim, serve_tcp
from sortapp.services import balances, lots, site
from sortapp.services.verify import audit_entries
from sortapp.ui import balance
from sortapp.ui.pages import receiving
from tests.conftest import make_lot
from tests.gui.conftest import status

SERIAL = "B123456789"


@pytest.fixture
def sim(db, who, monkeypatch) -> Iterator[BalanceSim]:
    """An MT-SICS balance reading 12.345 ct on loopback TCP, registered as B1 (calibrated) and
    chosen at this workstation; its connection ends before the simulator does."""
    monkeypatch.setattr(balance, "POLL_MS", 50)
    monkeypatch.setattr(balance, "BACKOFF_S", (0.1,))
    monkeypatch.setattr(balance, "STABLE_TIMEOUT_S", 0.5)
    simulated = BalanceSim("mt-sics", weight=Decimal("12.345"), serial_no=SERIAL)
    with serve_tcp(simulated) as url:
        balances.register_balance(
            db,
            who.admin,
            {
                "code": "B1",
                "vendor": "Mettler Toledo",
                "model": "JET 1103C",
                "serial_no": SERIAL,
                "port": url,
                "max_mct": "1100",
            },
        )
        today = dt.date.today()
        balances.record_calibration(
            db,
            who.admin,
            "B1",
            calibrated_on=(today - dt.timedelta(days=30)).isoformat(),
            by="Scales Lab",
            certificate="CAL-1",
            next_due=(today + dt.timedelta(days=300)).isoformat(),
        )
        balance.set_station("B1")
        try:
            yield simulated
        finally:
            balance.stop_all()


def connected(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel._link is not None and panel._link.connected, timeout=10000)
    qtbot.waitUntil(lambda: panel.value.text().endswith(" ct"), timeout=10000)


def sorting(window, lot: str = "L1"):
    window.go(1)
    page = window.sorting
    page.open_lot(lot)
    return page, page.balance_panel


@pytest.fixture
def floor(qtbot, make_window, db, who, sim):
    """Lot L1 open on the sorting page, its balance connected: (window, page, panel)."""
    make_lot(db, who.olu, "L1")
    window = make_window()
    page, panel = sorting(window)
    connected(qtbot, panel)
    return window, page, panel


def latest(db, obj: str) -> dict:
    return json.loads(audit_entries(db, obj=obj, limit=1)[0].details)


def test_capture_on_sorting_records_the_weight_and_its_balance(qtbot, db, floor, sim):
    window, page, panel = floor
    assert "Balance B1, serial B123456789" in panel.device.text()
    page.f_category.setText("S5-SAW-Q1-W")
    page.f_category.choose()
    qtbot.keyClick(page.f_category, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: page.f_carats.text() == "12.345", timeout=5000)
    page.add_entry()
    assert "12.345 ct into S5-SAW-Q1-W" in status(window)
    details = latest(db, "L1")
    assert details["weight_source"] == "balance"
    assert (details["balance"], details["serial_no"]) == ("B1", SERIAL)
    assert details["reading"] == "12.345 ct"
    assert details["raw"].startswith("S S") and details["raw"].endswith("12.345 ct\\r\\n")
    assert page.f_carats.text() == ""


def test_typed_carats_are_recorded_as_keyed(qtbot, db, floor, sim):
    _window, page, _panel = floor
    page.f_category.setText("S5-SAW-Q1-W")
    page.f_carats.setFocus()
    qtbot.keyClicks(page.f_carats, "2.5")
    page.add_entry()
    assert latest(db, "L1")["weight_source"] == "keyed"


def test_a_captured_weight_edited_by_hand_is_keyed(qtbot, db, floor, sim):
    _window, page, panel = floor
    page.f_category.setText("S5-SAW-Q1-W")
    panel.capture()
    qtbot.waitUntil(lambda: page.f_carats.text() == "12.345", timeout=5000)
    page.f_carats.setFocus()
    page.f_carats.end(False)
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.f_carats, "4")
    page.add_entry()
    details = latest(db, "L1")
    assert details["weight_source"] == "keyed"


@pytest.mark.parametrize(
    ("state", "said"),
    [
        ({"stable": False}, "stayed unstable"),
        ({"weight": Decimal("5000")}, "overload"),
        ({"unit": "g"}, "not ct"),
    ],
)
def test_unstable_overloaded_or_wrong_unit_is_refused(qtbot, db, floor, sim, state, said):
    window, page, panel = floor
    sim.set(**state)
    panel.capture()
    qtbot.waitUntil(panel.note.isVisible, timeout=5000)
    assert said in panel.note.text()
    assert "Not captured" in status(window)
    assert page.f_carats.text() == ""


def test_a_dropped_balance_is_reported_and_reconnected_without_freezing(qtbot, db, floor, sim):
    _window, page, panel = floor
    sim.set(fault="disconnect")
    qtbot.waitUntil(lambda: "reconnecting in" in panel.status.text(), timeout=10000)
    page.f_carats.setFocus()
    qtbot.keyClicks(page.f_carats, "1.5")  # the screen keeps taking keys
    assert page.f_carats.text() == "1.5"
    connected(qtbot, panel)
    page.f_carats.clear()
    panel.capture()
    qtbot.waitUntil(lambda: page.f_carats.text() == "12.345", timeout=5000)


def test_a_site_without_keyed_weights_refuses_typing_and_says_so(qtbot, make_window, db, who, sim):
    make_lot(db, who.olu, "L1")
    site.set_setting(db, who.admin, "keyed-weights", "no")
    window = make_window()
    page, panel = sorting(window)
    assert "balance" in page.f_carats.placeholderText()
    assert "balance only" in page.f_carats.toolTip()
    page.f_category.setText("S5-SAW-Q1-W")
    page.f_carats.setText("2.5")
    page.add_entry()
    assert "This site takes weights from the balance only" in status(window)
    connected(qtbot, panel)
    panel.capture()
    qtbot.waitUntil(lambda: page.f_carats.text() == "12.345", timeout=5000)
    page.add_entry()
    assert latest(db, "L1")["weight_source"] == "balance"


def test_a_balance_with_another_serial_number_does_not_capture(qtbot, make_window, db, who, sim):
    sim.set(serial_no="X999")
    make_lot(db, who.olu, "L1")
    window = make_window()
    page, panel = sorting(window)
    connected(qtbot, panel)
    assert panel.badge.text() == "Capture blocked"
    assert "reports serial X999" in panel.blocked.text()
    panel.capture()
    assert "register says B123456789" in panel.note.text()
    assert page.f_carats.text() == ""


def test_the_scanned_capture_barcode_captures_on_sorting(qtbot, db, floor, sim):
    window, page, _panel = floor
    page.entries_table.setFocus()  # no field: the scanner's keys go to the scan box
    qtbot.keyClick(page.entries_table, "*")
    assert window.scan_box.edit.hasFocus()
    qtbot.keyClicks(window.scan_box.edit, "CAPTURE*")
    qtbot.keyClick(window.scan_box.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.f_carats.text() == "12.345", timeout=5000)
    assert window.scan_box.edit.text() == ""
    assert window.scan_box.note.text() == ""  # not looked up as a number


def test_receiving_captures_into_the_form_and_the_weigh_dialogs(
    qtbot, make_window, db, who, sim, monkeypatch
):
    window = make_window("sam")
    window.go(0)
    page = window.receiving
    panel = page.weigh_panel
    connected(qtbot, panel)
    page.f_number.setText("L7")
    page.f_mine.setText("Jwaneng")
    panel.capture()
    qtbot.waitUntil(lambda: page.f_weighed.text() == "12.345", timeout=5000)
    page.receive()
    assert "Received lot L7" in status(window), status(window)
    assert lots.get_lot(db, "L7").weighed_mct == 12_345
    assert latest(db, "L7")["weight_source"] == "balance"

    def weigh_on_balance(parent, number, *, again=False, submit=None):
        dialog = receiving.WeighDialog.build(parent, number, again=again)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.balance_panel is not None
        connected(qtbot, dialog.balance_panel)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.fields["carats"], Qt.Key.Key_F9)  # the dialog's own F9
        qtbot.waitUntil(
            lambda: (
                dialog.fields["carats"].text() == "12.000" or bool(dialog.balance_panel.note.text())
            ),
            timeout=5000,
        )
        assert dialog.fields["carats"].text() == "12.000", dialog.balance_panel.note.text()
        if again:
            dialog.fields["reason"].setText("scale was not zeroed")
        values = dialog.values()
        dialog.close()
        return values

    monkeypatch.setattr(receiving.WeighDialog, "ask", weigh_on_balance)
    sim.set(weight=Decimal("12"))
    lots.receive_lot(db, who.sam, number="L8", origins=[("BW", "Jwaneng")], declared_mct=12_000)
    page.refresh()
    page.show_item("L8")
    page._weigh()
    assert lots.get_lot(db, "L8").weighed_mct == 12_000
    assert latest(db, "L8")["weight_source"] == "balance"
    page.show_item("L8")
    page._reweigh()
    details = latest(db, "L8")
    assert details["weight_source"] == "balance" and details["reading"] == "12.000 ct"
