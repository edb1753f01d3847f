"""The app asks for who gave a valuation and for the carrier and air waybill at shipping
(issue 14)."""

from __future__ import annotations

from sortapp.services import parcels
from sortapp.ui import dialogs
from tests.conftest import make_sorted_lot
from tests.gui.conftest import status


def test_the_app_values_with_the_valuer_and_ships_with_carrier_and_waybill(
    qtbot, make_window, db, who, monkeypatch
):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 50_000)
    window = make_window("sam")
    window.go(3)
    page = window.parcels
    page.open_parcel("P1")
    assert page.value_button.isEnabled()
    # The dialog itself: the fields it asks for.
    dialog = dialogs.ValuationDialog.build(None, "P1", ["declared", "government", "independent"])
    qtbot.addWidget(dialog)
    assert set(dialog.values()) == {
        "valuer",
        "usd",
        "valuer_name",
        "organisation",
        "valued_on",
        "reference",
    }
    dialog.reject()
    answer = {
        "valuer": "government",
        "usd": "6000.50",
        "valuer_name": "Kagiso Molefe",
        "organisation": "GDV",
        "valued_on": "2026-03-01",
        "reference": "GDV/114",
    }
    monkeypatch.setattr(dialogs.ValuationDialog, "ask", classmethod(lambda c, *a, **k: answer))
    page.value()
    found = parcels.valuation_records(db, "P1")["government"]
    assert (found["value_cents"], found["valuer_name"], found["reference"]) == (
        600_050,
        "Kagiso Molefe",
        "GDV/114",
    )
    assert "Recorded the government valuation of parcel P1" in status(window)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    page.open_parcel("P1")
    assert not page.value_button.isEnabled()
    ship = dialogs.ShipDialog.build(None, "P1")
    qtbot.addWidget(ship)
    assert set(ship.values()) == {"carrier", "awb"}
    ship.reject()
    shipped = {"carrier": "Brinks", "awb": "176-1234 5675"}
    monkeypatch.setattr(dialogs.ShipDialog, "ask", classmethod(lambda c, *a, **k: shipped))
    page.ship()
    assert parcels.get_parcel(db, "P1").status == "shipped"
    found = parcels.shipping(db, "P1")
    assert (found["carrier"], found["awb"]) == ("Brinks", "176-1234 5675")
    assert "shipped by Brinks (air waybill 176-1234 5675)" in status(window)
