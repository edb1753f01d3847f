"""The app asks for who gave a valuation and for the carrier and air waybill at shipping
(issue 14)."""

from __future__ import annotations

from sortapp.services import parcels
from sortapp.ui import dialogs
from tests.conftest import make_sorted_lot
from tests.gui.conftest import status
from tests.gui.test_dialogs import opened


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


def test_ship_warns_of_a_wrong_check_digit_asks_to_confirm_and_shows_the_waybill(
    qtbot, make_window, db, who, monkeypatch
):
    """Ship: an IATA air waybill whose check digit does not match is a warning to confirm (No:
    the form stays open, nothing shipped); then the summary (cannot be undone, No the default)
    as at Seal; once shipped, the parcel's summary line names the carrier and waybill."""
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 50_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    window = make_window("sam")
    window.go(3)
    page = window.parcels
    page.open_parcel("P1")
    warned: list[str] = []
    summaries: list[str] = []
    warn_answers, summary_answers = [False, True, True], [False, True]
    monkeypatch.setattr(
        dialogs.WarningDialog,
        "ask",
        classmethod(lambda c, p, t, w, q: warned.append(w) or warn_answers.pop(0)),
    )
    monkeypatch.setattr(
        dialogs.SummaryDialog,
        "ask",
        classmethod(lambda c, p, t, s: summaries.append(s) or summary_answers.pop(0)),
    )
    seen: list[tuple[bool, str]] = []

    def ask(cls, parent, number, submit=None):
        dialog = opened(qtbot, cls.build(parent, number, submit))
        qtbot.keyClicks(dialog.fields["carrier"], "Brinks")
        qtbot.keyClicks(dialog.fields["awb"], "176-12345678")  # 1234567 % 7 is 5, not 8
        ok = dialog.findChild(dialogs.QDialogButtonBox).accepted
        for _ in range(3):  # No to the warning; Yes, then No to the summary; Yes and Yes
            ok.emit()
            seen.append((dialog.isVisible(), parcels.get_parcel(db, "P1").status))
        return None if dialog.isVisible() else dialog.values()

    monkeypatch.setattr(dialogs.ShipDialog, "ask", classmethod(ask))
    page.ship()
    assert seen == [(True, "sealed"), (True, "sealed"), (False, "shipped")]
    assert warned[0] == (
        "Air waybill 176-12345678: its check digit is 8, but 1234567 modulo 7 is 5; check the "
        "number on the waybill"
    )
    assert len(warned) == 3 and len(summaries) == 2
    assert summaries[0].startswith(
        "Ship parcel P1 (KP certificate BW-1) to Antwerp Rough NV, BE:\n"
        "Carrier Brinks, air waybill 176-12345678\n50.000 ct"
    )
    assert parcels.shipping(db, "P1")["awb"] == "176-12345678"
    assert "Shipped by Brinks, air waybill 176-12345678." in page.header.text()


def test_a_new_parcels_summary_says_no_goods_packed_yet(qtbot, make_window, db, who):
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    window = make_window("olu")
    window.go(3)
    window.parcels.open_parcel("P1")
    text = window.parcels.header.text()
    assert "Origin: no goods packed yet. Not sealed." in text
    assert "MIXED" not in text
