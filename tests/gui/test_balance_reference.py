"""Reference weights and the daily check (issue 16, round 3): an admin adds and changes the
reference weights from the Balances tab (others see them); the daily check chooses one of them
and captures the reading off this workstation's balance: no nominal, tolerance or reading is
typed, and whether it passes is said before OK."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from sortapp.services import balances
from sortapp.ui import balance, balanceregister
from tests.gui import test_balance_register
from tests.gui.conftest import status
from tests.gui.test_balance_register import answered, check_dialog, settings_tab

#: Balance B1 simulated over loopback TCP, with reference weight E2-5ct (its fixture).
sim = test_balance_register.sim


def test_an_admin_adds_and_changes_a_reference_weight(qtbot, make_window, db, monkeypatch):
    window = make_window("admin")
    tab = settings_tab(window)
    ask, said = answered(
        balanceregister.ReferenceDialog.build,
        {"code": "F1-10ct", "nominal_mct": "10", "weight_class": "F1"},
    )
    monkeypatch.setattr(balanceregister.ReferenceDialog, "ask", ask)
    tab.add_reference_button.click()
    assert "certificate" in " ".join(said.values()).lower()  # required: said, nothing kept
    assert balances.list_reference_weights(db) == []
    ask, _said = answered(
        balanceregister.ReferenceDialog.build,
        {"code": "F1-10ct", "nominal_mct": "10", "weight_class": "F1", "certificate": "RW-9"},
    )
    monkeypatch.setattr(balanceregister.ReferenceDialog, "ask", ask)
    tab.add_reference_button.click()
    assert "Reference weight F1-10ct registered." in status(window)
    assert tab.references.rowCount() == 1
    assert tab.references.row(0)["nominal"] == "10.000"
    tab.reference_table.selectRow(0)
    ask, _said = answered(
        balanceregister.ReferenceDialog.build,
        {"weight_class": "E2", "active": "no", "reason": "recalibrated as E2"},
    )
    monkeypatch.setattr(balanceregister.ReferenceDialog, "ask", ask)
    tab.edit_reference_button.click()
    (weight,) = balances.list_reference_weights(db)
    assert (weight.weight_class, weight.active) == ("E2", False)
    assert tab.references.row(0)["active"] == "no"


def test_others_see_the_reference_weights_only(qtbot, make_window, db, who, sim):
    window = make_window("sam")
    tab = settings_tab(window)
    assert tab.references.rowCount() == 1 and tab.references.row(0)["code"] == "E2-5ct"
    for button in (tab.add_reference_button, tab.edit_reference_button):
        assert not button.isEnabled()
        assert "Admins keep the reference weights" in button.toolTip()


def test_the_daily_check_takes_its_figures_from_the_registers(
    qtbot, make_window, db, who, sim, monkeypatch
):
    simulated, _url = sim
    simulated.set(weight=Decimal("5.010"))
    balance.set_station("B1")
    window = make_window("olu")
    tab = settings_tab(window)
    seen: dict[str, object] = {}

    def check(parent, ctx, code, submit=None):
        dialog = check_dialog(qtbot, parent, ctx, code, submit)
        seen["fields"] = sorted(dialog.fields)
        assert "tolerance \u00b10.001 ct" in dialog.about.text()  # the balance's e
        dialog.fields["reference"].setFocus()
        qtbot.keyClicks(dialog.fields["read"], "5")  # typing goes nowhere
        assert dialog.fields["read"].text() == ""
        qtbot.waitUntil(lambda: dialog.panel._link.connected, timeout=10000)
        qtbot.keyClick(dialog.fields["reference"], Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: dialog.fields["read"].text() == "5.010", timeout=5000)
        seen["verdict"] = dialog.verdict.text()
        values = dialog.values()
        dialog.close()
        return values

    monkeypatch.setattr(balanceregister.CheckDialog, "ask", check)
    tab.daily_check()
    assert seen["fields"] == ["read", "reference"]  # no nominal, tolerance or typed reading
    assert seen["verdict"] == "5.010 ct: off by 0.010 ct, outside the tolerance: FAILS."
    assert "FAILED its check: 5.010 ct against E2-5ct of 5.000 ct" in status(window)
