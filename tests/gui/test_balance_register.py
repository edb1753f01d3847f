"""The balance register on the Settings page (issue 16): an admin adds, changes and calibrates
a balance through its dialogs (refusals said beside the field), others see it read-only; the
daily check captured off this workstation's balance; choosing this workstation's balance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from sortapp.balances.sim import BalanceSim, serve_tcp
from sortapp.services import balances, site
from sortapp.ui import balance, balanceregister
from sortapp.ui.dialogs import FormDialog
from tests.gui.conftest import status

SERIAL = "B123456789"


def answered(build, fill):
    """An ``ask`` that builds the real dialog, types ``fill`` into it and presses OK: the
    dialog's values if it closed, None if it stayed open (what it said kept in ``said``)."""
    said: dict[str, str] = {}

    def ask(*args, **kwargs):
        dialog: FormDialog = build(*args, **kwargs)
        for key, text in fill.items():
            widget = dialog.fields[key]
            if hasattr(widget, "setCurrentText"):
                widget.setCurrentText(text)
            else:
                widget.setText(text)
        dialog._on_ok()
        said.update(dialog.said())
        return dialog.values() if dialog.result() == FormDialog.DialogCode.Accepted else None

    return ask, said


def check_dialog(qtbot, parent, ctx, code, submit=None):
    """The daily check's dialog, shown and active (its F9 is the dialog's)."""
    dialog = balanceregister.CheckDialog.build(parent, ctx, code, submit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def settings_tab(window):
    window.go(6)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.balances_tab)
    return page.balances_tab


NEW = {"code": "B1", "vendor": "Mettler Toledo", "serial_no": SERIAL, "max_mct": "1100"}


def test_an_admin_adds_changes_and_calibrates_a_balance(qtbot, make_window, db, monkeypatch):
    window = make_window("admin")
    tab = settings_tab(window)
    ask, said = answered(balanceregister.BalanceDialog.build, {**NEW, "max_mct": "0"})
    monkeypatch.setattr(balanceregister.BalanceDialog, "ask", ask)
    tab.add_button.click()
    assert "above 0.000 ct" in said["max_mct"]  # said beside its field
    assert balances.list_balances(db) == []
    ask, said = answered(balanceregister.BalanceDialog.build, NEW)
    monkeypatch.setattr(balanceregister.BalanceDialog, "ask", ask)
    tab.add_button.click()
    assert [b.code for b in balances.list_balances(db)] == ["B1"]
    assert tab.model.rowCount() == 1
    assert "no calibration recorded" in tab.model.row(0)["state"]
    tab.table.selectRow(0)
    ask, _said = answered(
        balanceregister.BalanceDialog.build, {"location": "Sorting room 2", "reason": "moved"}
    )
    monkeypatch.setattr(balanceregister.BalanceDialog, "ask", ask)
    tab.edit_button.click()
    assert balances.get_balance(db, "B1").location == "Sorting room 2"
    due = (dt.date.today() + dt.timedelta(days=365)).isoformat()
    ask, _said = answered(
        balanceregister.CalibrationDialog.build, {"by": "Scales Lab", "certificate": "CAL-7"}
    )
    monkeypatch.setattr(balanceregister.CalibrationDialog, "ask", ask)
    tab.table.selectRow(0)
    tab.calibration_button.click()
    assert f"calibration due {due}" in tab.model.row(0)["state"]


def test_others_see_the_register_read_only(qtbot, make_window, db, who):
    balances.register_balance(db, who.admin, NEW)
    window = make_window("sam")
    tab = settings_tab(window)
    assert tab.model.rowCount() == 1
    for button in (tab.add_button, tab.edit_button, tab.calibration_button):
        assert not button.isEnabled()
        assert "Admins keep the balance register" in button.toolTip()
    assert tab.check_button.isEnabled() and tab.station_button.isEnabled()


@pytest.fixture
def sim(db, who, monkeypatch) -> Iterator[tuple[BalanceSim, str]]:
    """Balance B1 (calibrated) simulated on loopback TCP reading 5.001 ct: the site requires a
    daily check."""
    monkeypatch.setattr(balance, "POLL_MS", 50)
    monkeypatch.setattr(balance, "BACKOFF_S", (0.1,))
    simulated = BalanceSim("mt-sics", weight=Decimal("5.001"), serial_no=SERIAL)
    with serve_tcp(simulated) as url:
        balances.register_balance(db, who.admin, {**NEW, "port": url})
        today = dt.date.today()
        balances.record_calibration(
            db,
            who.admin,
            "B1",
            calibrated_on=today.isoformat(),
            by="Scales Lab",
            certificate="CAL-1",
            next_due=(today + dt.timedelta(days=300)).isoformat(),
        )
        site.set_setting(db, who.admin, "balance-daily-check", "yes")
        balances.register_reference_weight(
            db,
            who.admin,
            {"code": "E2-5ct", "nominal_mct": "5", "weight_class": "E2", "certificate": "RW-1"},
        )
        try:
            yield simulated, url
        finally:
            balance.stop_all()


def test_the_daily_check_is_captured_and_unblocks_capture(
    qtbot, make_window, db, who, sim, monkeypatch
):
    _sim, _url = sim
    window = make_window("sam")
    tab = settings_tab(window)
    tab.daily_check()
    assert "No balance at this workstation" in status(window)
    build = balance.StationDialog.build

    def chosen(parent, ctx):
        dialog = build(parent, ctx)
        dialog.fields["code"].setCurrentText("B1")
        dialog.fields["capture_code"].setText("#W#")
        dialog.run = dialog.values
        return dialog

    monkeypatch.setattr(balance.StationDialog, "build", chosen)
    tab.station_button.click()
    assert "This workstation reads balance B1 (" in tab.station_note.text()
    assert balance.capture_code() == "#W#"  # this workstation's scanners' command
    window.go(1)
    panel = window.sorting.balance_panel
    qtbot.waitUntil(lambda: panel._link is not None and panel._link.connected, timeout=10000)
    assert "not been checked today" in panel.blocked.text()
    panel.capture()
    assert "not been checked today" in panel.note.text()

    def check(parent, ctx, code, submit=None):
        dialog = check_dialog(qtbot, parent, ctx, code, submit)
        assert dialog.fields["reference"].currentText() == "E2-5ct"
        assert "Nominal 5.000 ct, class E2" in dialog.about.text()
        assert dialog.fields["read"].isReadOnly()  # captured, never typed
        qtbot.waitUntil(lambda: dialog.panel._link.connected, timeout=10000)
        # (The check's own panel says the balance's state, never "capture blocked": its
        # capture is the check that unblocks the rest.)
        qtbot.waitUntil(lambda: "not checked today" in dialog.panel.badge.text())
        assert "blocked" not in dialog.panel.badge.text().lower()
        assert dialog.panel.blocked.text() == ""
        qtbot.keyClick(dialog.fields["reference"], Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: dialog.fields["read"].text() == "5.001", timeout=5000)
        assert dialog.verdict.text() == ("5.001 ct: off by 0.001 ct, within the tolerance: passes.")
        values = dialog.values()
        dialog.close()
        return values

    monkeypatch.setattr(balanceregister.CheckDialog, "ask", check)
    window.go(6)
    tab.daily_check()
    assert "Balance B1 passed: 5.001 ct against E2-5ct" in status(window)
    window.go(1)
    qtbot.waitUntil(lambda: panel.badge.text().endswith(", checked today"))
    window.activateWindow()  # (the check's dialog was)
    qtbot.waitUntil(window.isActiveWindow)
    window.sorting.f_category.setFocus()
    qtbot.keyClicks(window.sorting.f_category, "#W#")  # the barcode chosen here captures
    qtbot.waitUntil(lambda: window.sorting.f_carats.text() == "5.001", timeout=5000)
