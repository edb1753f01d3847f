"""Free text on one line, and a partner's no longer than a document holds (an attack round,
2026-12-07: a mine "Jwaneng\\norigin: ZA" printed a false origin line under `lot show` of a
Botswana lot; U+202E turned the text after it; a partner's signed mine of 500,000 characters
kept the lot's receipt printing for minutes)."""

from __future__ import annotations

import pytest

from sortapp.core.errors import UserError
from sortapp.services import assortment, balances, lots, parcels, parties, site
from sortapp.services.validation import MOST_PARTNER_TEXT
from tests.conftest import make_lot, make_sorted_lot
from tests.unit.services.test_balances import B01


@pytest.mark.parametrize(
    ("mine", "code"),
    [("Jwaneng\norigin: ZA", "000A"), ("Jwa\tneng", "0009"), ("Jwaneng \u202e5.1", "202E")],
)
def test_a_mine_off_one_line_is_refused_naming_the_character(db, who, mine, code):
    with pytest.raises(UserError, match=rf"mine: the text holds .*\(U\+{code}\)"):
        make_lot(db, who.olu, "L1", origins=[("BW", mine)])
    with pytest.raises(UserError, match="supplier: the text holds"):
        make_lot(db, who.olu, "L1", origins=[("BW", "")], supplier=mine)
    assert lots.list_lots(db, who.olu) == []
    plain = "Jwaneng \u2013 Cut 8 (R\u00e9)"  # (plain Unicode: taken)
    make_lot(db, who.olu, "L1", origins=[("BW", plain)])
    assert lots.get_lot(db, "L1").mines == [plain]


def test_a_reason_off_one_line_is_refused(db, who):
    make_lot(db, who.olu, "L1", declared_mct=120_000)
    with pytest.raises(UserError, match=r"reason: the text holds .*\(U\+000A\)"):
        lots.acknowledge_weight(db, who.sam, "L1", "scale drift\napproved by nobody")
    assert not lots.get_lot(db, "L1").weight_acknowledged
    lots.acknowledge_weight(db, who.sam, "L1", "scale drift, re-weighed twice")
    assert lots.get_lot(db, "L1").weight_acknowledged


def test_a_partners_text_is_taken_as_signed_up_to_its_limit(db, who):
    long = "M" * MOST_PARTNER_TEXT
    lots.receive_lot(
        db, who.olu, number="P1", origins=[("BW", long)], weighed_mct=1_000, lot_source="file"
    )
    assert lots.get_lot(db, "P1").mines == [long]  # (past the 200 a person may type)
    with pytest.raises(UserError, match="the partner's file gives a text of 1001 characters"):
        lots.receive_lot(
            db,
            who.olu,
            number="P2",
            origins=[("BW", long + "M")],
            weighed_mct=1_000,
            lot_source="file",
        )
    # What else it holds is taken as signed: its sender's stored text may be an older
    # release's, which neither site can change (a review, 2026-12-07).
    lots.receive_lot(
        db, who.olu, number="P3", origins=[("BW", "A\nB")], weighed_mct=1_000, lot_source="f"
    )
    assert sorted(lot.number for lot in lots.list_lots(db, who.olu)) == ["P1", "P3"]


@pytest.mark.parametrize(
    ("text", "code"), [("Antwerp\u202eVN hguoR", "202E"), ("Antwerp\x00Rough", "0000")]
)
def test_a_parcels_importer_exporter_and_carrier_are_held_to_one_line(db, who, text, code):
    """What every document of a parcel prints under its importer, exporter and carrier (an
    attack round, 2026-12-07: an importer of a million characters, or one a direction mark
    printed backwards, was taken as typed)."""
    for given in ({"importer": text}, {"importer": "Antwerp Rough NV", "exporter": text}):
        args = {"destination": "BE", **given}
        with pytest.raises(UserError, match=rf"porter: the text holds .*\(U\+{code}\)"):
            parcels.create_parcel(db, who.olu, "P1", **args)
    with pytest.raises(UserError, match=r"importer: the text is too long \(200"):
        parcels.create_parcel(db, who.olu, "P1", importer="A" * 201, destination="BE")
    assert parcels.list_parcels(db, who.olu) == []
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 20_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    for given in ({"carrier": text}, {"awb": text}):
        with pytest.raises(UserError, match=rf"(carrier|waybill): the text holds .*{code}"):
            parcels.ship_parcel(db, who.sam, "P1", **given)
    assert parcels.get_parcel(db, "P1").status == "sealed"
    parcels.ship_parcel(db, who.sam, "P1", carrier="Brink's \u2013 Gaborone", awb="176-1234")
    assert parcels.get_parcel(db, "P1").status == "shipped"


def test_a_partys_text_is_held_to_its_lines(db, who):
    """A party's name, identifiers and port print on one line, its address on its own lines:
    neither takes a control character nor a direction mark."""

    def party(name: str = "Antwerp Rough NV", **given: str) -> None:
        given = {"address": "Hoveniersstraat 2", **given}
        parties.set_party(db, who.sam, name, country_code="BE", **given)

    with pytest.raises(UserError, match=r"name: the text holds .*\(U\+202E\)"):
        party("Antwerp\u202eVN")
    with pytest.raises(UserError, match=r"address: the text holds .*\(U\+2066\)"):
        party(address="Hoveniersstraat\n\u20662018")
    for field in ("tax_number", "licence", "port"):
        with pytest.raises(UserError, match=r"the text holds .*\(U\+0007\)"):
            party(**{field: "BE\x07042"})
    assert parties.list_parties(db, who.sam) == []
    party(address="Hoveniersstraat 2\r\n2018 Antwerpen", tax_number="BE 0123.456.789")
    found = parties.get_party(db, "Antwerp Rough NV")
    assert found is not None and found.address == "Hoveniersstraat 2\n2018 Antwerpen"


def test_a_party_an_older_release_stored_with_a_mark_stays_editable(db, who, monkeypatch):
    """A review: a party whose name an older release stored with a direction mark could no
    longer be changed at all (its name, which finds it, was refused); only a new party's
    name is held to plain text."""
    marked = "Dubai\u200fRough DMCC"
    with monkeypatch.context() as older:
        older.setattr(parties, "check_line", lambda value, _field: value)
        parties.set_party(db, who.sam, marked, address="DMCC Tower", country_code="AE")
    parties.set_party(db, who.sam, marked, licence="DMCC-2026-17")
    found = parties.get_party(db, marked)
    assert found is not None and found.licence == "DMCC-2026-17"


# -- An admin's and a supervisor's texts, printed on every document (2026-12-07: they were held
# to a length only, so a KP authority, a country's or a category's name could carry a line break
# or U+202E onto a certificate; a reason of any length went into the history whole).

MARKED = "Botswana \u202eAZ"  # (prints "Botswana ZA")


def test_a_settings_text_is_held_to_one_line(db, who):
    for key in ("authority", "address", "exporter", "wdc-statement", "port-of-export"):
        with pytest.raises(UserError, match=rf"{key}: the text holds .*\(U\+202E\)"):
            site.set_setting(db, who.admin, key, MARKED)
        with pytest.raises(UserError, match=rf"{key}: the text holds .*\(U\+000A\)"):
            site.set_setting(db, who.admin, key, "Plot 1\nCountry of origin: ZA")
    assert "\u202e" not in str(site.show_settings(db))
    site.set_setting(db, who.admin, "address", "Plot 1, Diamond Park, Gaborone")
    assert site.show_settings(db)["address"] == "Plot 1, Diamond Park, Gaborone"


def test_the_sites_and_a_countrys_names_are_held_to_one_line_of_200(db, who):
    with pytest.raises(UserError, match=r"name: the text holds .*\(U\+202E\)"):
        site.set_setting(db, who.admin, "name", MARKED)
    with pytest.raises(UserError, match=r"name: the text is too long \(200"):
        site.set_setting(db, who.admin, "name", "S" * 201)
    with pytest.raises(UserError, match=r"name: the text holds .*\(U\+000A\)"):
        site.set_country(db, who.admin, "BW", "Botswana\nOrigin: ZA", "participant")
    with pytest.raises(UserError, match=r"name: the text holds .*\(U\+202E\)"):
        site.set_country(db, who.admin, "BW", MARKED, "participant")
    assert dict((c, n) for c, n, _kp in site.countries(db))["BW"] == "Botswana"
    site.set_country(db, who.admin, "BW", "Republic of Botswana", "participant")
    assert dict((c, n) for c, n, _kp in site.countries(db))["BW"] == "Republic of Botswana"


def test_a_categorys_code_and_names_are_held_to_one_line(db, who):
    fields = dict(size="S1", model="SAW", quality="Q1", colour="W", hs_code="7102.31")
    for code, name, said in (
        ("X1\u202e", "", r"code: the text holds .*\(U\+202E\)"),
        ("X" * 41, "", r"code: the text is too long \(40"),
        ("X1", "Sawable\nHS 7102.31", r"name: the text holds .*\(U\+000A\)"),
        ("X1", "N" * 201, r"name: the text is too long \(200"),
    ):
        with pytest.raises(UserError, match=said):
            assortment.add_category(db, who.admin, code=code, name=name, **fields)
    assert "X1" not in {c.code for c in assortment.list_categories(db)}
    with pytest.raises(UserError, match=r"Fran.ais: the text holds .*\(U\+200F\)"):
        assortment.set_names(db, who.sam, "S5-SAW-Q1-W", {"fr": "Saw\u200fable"})
    errors = assortment.import_names(db, who.sam, "code,name_fr\nS5-SAW-Q1-W,Saw\u202eable\n")[1]
    assert "name_fr: the text holds" in str(errors[0].message)
    assert assortment.own_names(db, "S5-SAW-Q1-W") == {}
    assortment.add_category(db, who.admin, code="X1", name="Sawable, \u00e9tude", **fields)
    assert "X1" in {c.code for c in assortment.list_categories(db)}


def test_a_balances_texts_and_a_long_reason_are_refused(db, who):
    with pytest.raises(UserError, match=r"location: the text holds .*\(U\+202E\)"):
        balances.register_balance(db, who.admin, {**B01, "location": "Room \u202e1"})
    assert balances.list_balances(db) == []
    make_lot(db, who.olu, "L1", declared_mct=120_000)
    with pytest.raises(UserError, match=r"reason: the text is too long \(500"):
        lots.acknowledge_weight(db, who.sam, "L1", "scale drift " * 50)
    assert not lots.get_lot(db, "L1").weight_acknowledged
