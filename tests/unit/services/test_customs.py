"""What the customs broker and the KP officer need recorded (issue 14): the register of parties
(importers), who gave each valuation, the carrier and air waybill a parcel ships with."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.services import parcels, parties
from sortapp.services.settings import site_today
from sortapp.services.verify import verify
from tests.conftest import make_sorted_lot

S5 = "S5-SAW-Q1-W"


def _last(db, action):
    row = db.execute(
        "SELECT object, details, rows FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1",
        (action,),
    ).fetchone()
    return row[0], json.loads(row[1]), json.loads(row[2] or "[]")


@pytest.fixture
def packed(db, who):
    make_sorted_lot(db, who.olu, "L1", country="BW")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", S5, 10_000)
    return db


def test_a_supervisor_or_admin_keeps_the_register_of_parties_audited(db, who):
    with pytest.raises(PermissionDenied):
        parties.set_party(db, who.olu, "Antwerp Rough NV", address="x", country_code="BE")
    with pytest.raises(UserError, match="give its address and country"):
        parties.set_party(db, who.sam, "Antwerp Rough NV", address="Hoveniersstraat 2")
    with pytest.raises(NotFound):
        parties.set_party(db, who.sam, "Antwerp Rough NV", address="x", country_code="QQ")
    parties.set_party(
        db,
        who.sam,
        "Antwerp Rough NV",
        address="Hoveniersstraat 2, 2018 Antwerpen",
        country_code="be",
        tax_number="BE 0123.456.789",
        licence="EX-42",
    )
    obj, details, rows = _last(db, "party.set")
    assert obj == "Antwerp Rough NV" and details["new"] is True
    assert details["tax_number"] == "BE 0123.456.789" and details["country"] == "BE"
    assert [r[0] for r in rows] == ["parties"]  # the row is under the audit chain
    # An admin changes one field; the rest stays; the name is matched without case.
    parties.set_party(db, who.admin, "antwerp rough nv", licence="EX-43", port="Brussels (BRU)")
    found = parties.get_party(db, "ANTWERP ROUGH NV")
    assert found == parties.Party(
        "Antwerp Rough NV",
        "Hoveniersstraat 2, 2018 Antwerpen",
        "BE",
        "BE 0123.456.789",
        "EX-43",
        "Brussels (BRU)",
    )
    obj, details, _rows = _last(db, "party.set")
    assert (obj, details["new"], details["licence"]) == ("Antwerp Rough NV", False, "EX-43")
    with pytest.raises(UserError, match="nothing to change"):
        parties.set_party(db, who.admin, "Antwerp Rough NV", licence="EX-43")
    assert [p.name for p in parties.list_parties(db, who.olu)] == ["Antwerp Rough NV"]
    assert parties.get_party(db, "Nobody") is None
    assert verify(db).ok


def test_adding_a_party_refuses_a_name_already_registered_in_any_capitalisation(db, who):
    """A form that adds (``adding=True``) never overwrites a registered party: refused with a
    code, nothing written; ``party set`` (no ``adding``) still changes it."""
    parties.set_party(
        db,
        who.sam,
        "Antwerp Rough NV",
        address="Hoveniersstraat 2",
        country_code="BE",
        licence="EX-42",
    )
    before = parties.get_party(db, "Antwerp Rough NV")
    entries = db.execute("SELECT COUNT(*) FROM audit WHERE action = 'party.set'").fetchone()[0]
    with pytest.raises(UserError, match="Antwerp Rough NV is already registered") as refused:
        parties.set_party(
            db,
            who.sam,
            " antwerp  ROUGH nv ",
            address="Elsewhere 1",
            country_code="IN",
            adding=True,
        )
    assert refused.value.code == "party_exists"
    assert refused.value.facts == {"party": "Antwerp Rough NV"}
    assert str(refused.value).startswith("name: ")  # said beside the form's name field
    assert parties.get_party(db, "Antwerp Rough NV") == before
    assert db.execute("SELECT COUNT(*) FROM audit WHERE action = 'party.set'").fetchone()[0] == (
        entries
    )
    parties.set_party(
        db, who.sam, "Dubai DMCC", address="Almas Tower", country_code="AE", adding=True
    )
    assert parties.get_party(db, "dubai dmcc") is not None
    parties.set_party(db, who.sam, "antwerp rough nv", port="Antwerp")  # the CLI's upsert
    assert parties.get_party(db, "Antwerp Rough NV").port == "Antwerp"


def test_a_destination_other_than_the_registered_importers_country_is_warned_of(db, who):
    parties.set_party(
        db, who.sam, "Antwerp Rough NV", address="Hoveniersstraat 30", country_code="BE"
    )
    assert parties.destination_warning(db, "ANTWERP ROUGH NV", "be") == ""
    assert parties.destination_warning(db, "Someone Else BV", "AE") == ""  # not registered
    assert parties.destination_warning(db, "antwerp rough nv", "IN") == (
        "Antwerp Rough NV is registered in Belgium (BE), but the destination is India (IN): the "
        "commercial invoice and KP sheet would print the importer without its registered "
        "address and identifiers"
    )


def test_a_valuation_records_who_gave_it(packed, who):
    with pytest.raises(UserError, match="date of valuation"):
        parcels.add_valuation(packed, who.sam, "P1", "government", 120_000, valued_on="1/2/26")
    # Not after the site's today (a reference typed into the date field dated one 13 days
    # ahead), nor a valuer's name off one line of plain text.
    today = dt.date.fromisoformat(site_today(packed))
    ahead = (today + dt.timedelta(days=13)).isoformat()
    with pytest.raises(UserError, match=rf"date of valuation: {ahead} is after today"):
        parcels.add_valuation(packed, who.sam, "P1", "government", 120_000, valued_on=ahead)
    with pytest.raises(UserError, match=r"valuer's name: the text holds .*\(U\+202E\)"):
        parcels.add_valuation(packed, who.sam, "P1", "government", 1, valuer_name="K \u202e1")
    assert parcels.valuation_records(packed, "P1") == {}
    parcels.add_valuation(packed, who.sam, "P1", "government", 115_000, valued_on=today.isoformat())
    parcels.add_valuation(packed, who.sam, "P1", "government", 110_000)
    parcels.add_valuation(
        packed,
        who.sam,
        "P1",
        "government",
        120_000,
        valuer_name=" Kagiso  Molefe ",
        organisation="Government Diamond Valuator",
        valued_on="2026-03-02",
        reference="GDV/2026/114",
    )
    found = parcels.valuation_records(packed, "P1")["government"]
    assert {k: found[k] for k in ("value_cents", "valuer_name", "organisation")} == {
        "value_cents": 120_000,
        "valuer_name": "Kagiso Molefe",
        "organisation": "Government Diamond Valuator",
    }
    assert (found["valued_on"], found["reference"]) == ("2026-03-02", "GDV/2026/114")
    obj, details, _rows = _last(packed, "parcel.valuation")
    assert obj == "P1" and details["reference"] == "GDV/2026/114"
    assert details["valuer_name"] == "Kagiso Molefe" and details["valued_on"] == "2026-03-02"
    parcels.add_valuation(packed, who.sam, "P1", "independent", 100_000)  # nothing said of who
    plain = parcels.valuation_records(packed, "P1")["independent"]
    assert plain["valuer_name"] is None and plain["reference"] is None
    assert verify(packed).ok


def test_a_parcel_ships_with_its_carrier_and_air_waybill(packed, who):
    parcels.seal_parcel(packed, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    assert parcels.shipping(packed, "P1") == {"carrier": None, "awb": None, "shipped_at": None}
    with pytest.raises(PermissionDenied):
        parcels.ship_parcel(packed, who.olu, "P1", carrier="Brinks", awb="020-1")
    parcels.ship_parcel(packed, who.sam, "P1", carrier=" Brinks  Botswana ", awb="020-1234 5675")
    shipped = parcels.shipping(packed, "P1")
    assert (shipped["carrier"], shipped["awb"]) == ("Brinks Botswana", "020-1234 5675")
    assert shipped["shipped_at"]
    obj, details, _rows = _last(packed, "parcel.ship")
    assert (obj, details["carrier"], details["awb"]) == ("P1", "Brinks Botswana", "020-1234 5675")
    assert verify(packed).ok


def test_a_party_as_the_register_held_it_at_a_seal(packed, who):
    """The register at a parcel's seal, rebuilt from the audit log (the documents of a sealed
    shipment print it), and the seal records the valuation rule it took the value by."""
    db = packed
    parties.set_party(db, who.sam, "Antwerp Rough NV", address="Street 1", country_code="BE")
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    seal_id, details = parcels.seal_entry(db, "p1")
    assert details["valuation_rule"] == "highest" and details["kp_cert"] == "BW-1"
    parties.set_party(db, who.sam, "antwerp rough nv", country_code="IN", port="BOM")
    then = parties.party_as_of(db, "ANTWERP ROUGH NV", seal_id)
    assert then == parties.Party("Antwerp Rough NV", "Street 1", "BE", "", "", "")
    assert parties.get_party(db, "Antwerp Rough NV").country == "IN"
    assert parties.party_as_of(db, "Antwerp Rough NV", seal_id - 1) == then
    assert parties.party_as_of(db, "Other BV", seal_id) is None
    first = db.execute("SELECT min(id) FROM audit WHERE action = 'party.set'").fetchone()[0]
    assert parties.party_as_of(db, "Antwerp Rough NV", first) is not None
    assert parties.party_as_of(db, "Antwerp Rough NV", first - 1) is None  # not registered yet
    parcels.create_parcel(db, who.olu, "P2", importer="X", destination="BE")
    assert parcels.seal_entry(db, "P2") is None
