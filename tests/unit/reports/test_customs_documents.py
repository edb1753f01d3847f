"""What the customs broker and the KP officer need on the invoice, the KP sheet and the valuation
sheet (issue 14), as document data."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sortapp.core.entities import ParcelLine
from sortapp.reports import documents
from sortapp.reports.documents import customs
from sortapp.reports.documents.common import Figures
from sortapp.services import assortment, parcels, parties, site
from tests.conftest import make_sorted_lot, pack_parcel_for_antwerp

CERT = "BW-2026-1"
#: The site's settings for the invoice (``sortapp site set KEY VALUE``).
CUSTOMS_SETTINGS = (
    ("incoterms", "FCA Gaborone (Incoterms 2020)"),
    ("payment-terms", "30 days net"),
    ("exporter-licence", "BW-DEL-0457"),
    ("tax-number", "C01234567"),
    ("port-of-export", "Gaborone (GBE)"),
)


@pytest.fixture
def customs_site(db, who):
    """Parcels P1 (119.900 ct, government value 25,000.00 USD by Kagiso Molefe) and P2 (40.000
    ct at the book) under BW-2026-1 for Antwerp Rough NV, registered with its address and ids."""
    for key, value in CUSTOMS_SETTINGS:
        site.set_setting(db, who.admin, key, value)
    parties.set_party(
        db,
        who.sam,
        "Antwerp Rough NV",
        address="Hoveniersstraat 2, 2018 Antwerpen",
        country_code="BE",
        tax_number="BE 0456.789.123",
        licence="FPS-EA-2211",
        port="Brussels Airport (BRU)",
    )
    pack_parcel_for_antwerp(db, who)
    parcels.add_valuation(
        db,
        who.sam,
        "P1",
        "government",
        2_500_000,
        valuer_name="Kagiso Molefe",
        organisation="Government Diamond Valuator",
        valued_on="2026-03-01",
        reference="GDV/2026/114",
    )
    parcels.add_valuation(db, who.sam, "P1", "independent", 1_199_001)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert=CERT, seals=["S1", "S2"], issued="2026-03-02")
    parcels.create_parcel(db, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P2", "S5-SAW-Q1-W", 40_000)
    parcels.seal_parcel(db, who.sam, "P2", kp_cert=CERT, seals=["S3"])
    return db


def test_amount_in_words_grams_exact():
    assert customs.usd_words(11_826_270) == (
        "One hundred eighteen thousand two hundred sixty-two US dollars and 70/100"
    )
    assert customs.usd_words(100) == "One US dollar and 00/100"
    assert customs.usd_words(5) == "Zero US dollars and 05/100"
    assert customs.usd_words(1_000_000_001_99) == ("One billion one US dollars and 99/100")
    assert customs.number_words(90_019) == "ninety thousand nineteen"
    f = Figures()
    assert customs.grams(f, 119_900) == "23.9800"  # 119.900 ct x 0.2 g
    assert customs.grams(f, 1) == "0.0002"
    assert customs.grams(f, 5_000_000_003) == "1,000,000.0006"
    assert customs.grams(Figures(decimal_comma=True), 5_000_000_003) == "1\u00a0000\u00a0000,0006"


def test_invoice_for_customs(customs_site, who):
    doc = documents.invoice(customs_site, CERT)
    f = dict(doc.facts)
    assert f["Amount due"] == "15,990.00 USD"
    assert f["Amount in words"] == "Fifteen thousand nine hundred ninety US dollars and 00/100"
    assert f["Incoterms"] == "FCA Gaborone (Incoterms 2020)"
    assert f["Payment terms"] == "30 days net"
    assert (f["Exporter's licence"], f["Exporter's tax number"]) == ("BW-DEL-0457", "C01234567")
    assert f["Buyer (importer)"] == (
        "Antwerp Rough NV, Hoveniersstraat 2, 2018 Antwerpen, Belgium (BE)"
    )
    assert f["Importer's identifiers"] == "tax/VAT number BE 0456.789.123; licence FPS-EA-2211"
    assert f["Number of packages"] == "2 sealed parcels"
    assert (f["Total carats"], f["Net weight"]) == ("159.900 ct", "31.9800 g (1 ct = 0.2 g)")
    assert (f["Port of export"], f["Destination"]) == (
        "Gaborone (GBE)",
        "Brussels Airport (BRU), Belgium (BE)",
    )
    # Item 4: a line to fill in, with a note (never read as the carrier's name).
    blank = "______________________ (entered at shipping)"
    assert f["Carrier"] == f["Air waybill"] == blank
    by_hs = doc.tables[1]
    assert by_hs.heading == "Goods by HS code"
    assert [list(r) for r in by_hs.rows] == [
        ["7102.31", "Rough diamonds, gem (non-industrial)", "159.900", "31.9800", "15,990.00"],
        ["TOTAL", "", "159.900", "31.9800", "15,990.00"],
    ]
    # Item 8: which value is which, and how the certificate's figures are apportioned.
    note = doc.statements[0]
    assert "the invoice amount (15,990.00 USD) is the exporter's price-book value" in note
    assert "KP certificate BW-2026-1 (29,000.00 USD)" in note
    assert "P1: the government valuer's value; P2: the exporter's price-book value" in note
    assert "pro rata to their price-book values" in note and "differ" in note
    parcels.ship_parcel(customs_site, who.sam, "P1", carrier="Brinks", awb="176-1234 5675")
    f = dict(documents.invoice(customs_site, CERT).facts)
    assert (f["Carrier"], f["Air waybill"]) == (
        "Brinks; ______________________ (P2: entered at shipping)",
        "176-1234 5675; ______________________ (P2: entered at shipping)",
    )
    parcels.ship_parcel(customs_site, who.sam, "P2", carrier="Brinks", awb="176-1234 5675")
    f = dict(documents.invoice(customs_site, CERT).facts)
    assert (f["Carrier"], f["Air waybill"]) == ("Brinks", "176-1234 5675")


def _sealed_alone(db, who, number, importer, destination, cert, seal):
    """Parcel ``number`` of 39.900 ct of G1 from L2, sealed alone under ``cert``."""
    parcels.create_parcel(db, who.olu, number, importer=importer, destination=destination)
    parcels.add_goods(db, who.olu, number, "G1-SAW-Q1-W", 39_900, lot="L2")
    parcels.seal_parcel(db, who.sam, number, kp_cert=cert, seals=[seal])


def test_an_importer_not_in_the_register_is_said_so(customs_site, who):
    _sealed_alone(customs_site, who, "P3", "Dubai DMCC", "AE", "BW-3", "S9")
    f = dict(documents.invoice(customs_site, "BW-3").facts)
    assert f["Buyer (importer)"] == "Dubai DMCC, United Arab Emirates (AE)"
    assert f["Importer's identifiers"] == (
        "not in the register of parties for United Arab Emirates (AE) when the shipment was sealed"
    )
    assert "The two values are equal" in documents.invoice(customs_site, "BW-3").statements[0]


def test_kp_sheet_parcels_importer_and_import_slip(customs_site, who):
    doc = documents.kp_sheet(customs_site, CERT)
    f = dict(doc.facts)
    assert f["g. Importer"] == "Antwerp Rough NV, Hoveniersstraat 2, 2018 Antwerpen, Belgium (BE)"
    # Item 9: two facts, not "Country of export / destination".
    assert (f["Country of export"], f["Country of destination"]) == (
        "Botswana (BW)",
        "Belgium (BE)",
    )
    assert not any("/ destination" in k for k in f)
    # Item 5: the seals are in the table, not repeated as a fact; j says where they are.
    assert "Parcels and seals" not in f
    assert f["j. Number of parcels"] == "2 (each with its seals, carats and value below)"
    seals = next(t for t in doc.tables if t.heading == "Parcels and seals")
    assert [list(r) for r in seals.rows] == [
        ["P1", "S1, S2", "119.900", "25,000.00"],
        ["P2", "S3", "40.000", "4,000.00"],
        ["TOTAL", "3 seals", "159.900", "29,000.00"],
    ]
    assert any("KP certificate BW-2026-1 (29,000.00 USD)" in s for s in doc.statements)
    (slip,) = doc.appended
    s = dict(slip.facts)
    assert slip.kind == "import-slip" and s["KP certificate number"] == CERT
    assert (s["Number of parcels"], s["Carat weight"]) == ("2", "159.900 ct")
    # The slip names the authority it goes back to, and has lines for what was received.
    assert s["Return to (exporting authority)"] == "Diamond Hub, Gaborone, Botswana (BW)"
    assert (
        "returned to the exporting authority: Diamond Hub, Gaborone, Botswana (BW)."
        in (slip.statements[0])
    )
    assert "Number of parcels received: ______________________" in slip.statements
    assert "Carats received: ______________________ ct" in slip.statements
    assert s["Importer"] == f["g. Importer"] and s["Exporter"] == f["g. Exporter"]
    assert any(st.startswith("Date of receipt:") for st in slip.statements)
    # The authority's address as sealed: set after, the slip stays as it was printed (one set
    # before its seal is given: test_documents, the site's settings as sealed).
    site.set_setting(customs_site, who.admin, "authority-address", "Private Bag 0018, Gaborone")
    (slip,) = documents.kp_sheet(customs_site, CERT).appended
    assert dict(slip.facts)["Return to (exporting authority)"] == (
        "Diamond Hub, Gaborone, Botswana (BW)"
    )
    html = documents.render_html(doc)
    assert html.count("page-break-before: always") == 1
    assert "For the importing authority" in html.split("page-break-before")[1]


def test_a_spread_over_a_lowest_value_of_0_is_not_0_percent(customs_site, who):
    """A spread is in percent of the lowest value: with a value of 0.00 there is none to print
    (0.000 % would say the valuers agree), so the sheet prints n/a and says why."""
    parcels.create_parcel(customs_site, who.olu, "P3", importer="Dubai DMCC", destination="AE")
    parcels.add_goods(customs_site, who.olu, "P3", "G1-SAW-Q1-W", 39_900, lot="L2")
    # The price book's value of P3 is 0.00 (a price of 0 for its goods; a valuer's is never 0).
    assortment.set_price(customs_site, who.sam, "G1-SAW-Q1-W", 0)
    parcels.add_valuation(customs_site, who.sam, "P3", "government", 100_000)
    parcels.seal_parcel(customs_site, who.sam, "P3", kp_cert="BW-3", seals=["S9"])
    doc = documents.valuation(customs_site, "P3")
    rows = next(t for t in doc.tables if t.heading == "Parcel P3: valuations")
    spread = {r[0]: list(r) for r in rows.rows}["Spread (highest vs lowest, % of lowest)"]
    assert spread[-1] == "n/a"
    assert spread[1] == "1,000.00 vs 0.00 (no percentage of a lowest value of 0)"
    assert "0.000 %" not in documents.render_html(doc)


def test_a_single_parcel_kp_sheet_keeps_its_seals_as_a_fact(customs_site, who):
    parcels.create_parcel(customs_site, who.olu, "P3", importer="Dubai DMCC", destination="AE")
    parcels.add_goods(customs_site, who.olu, "P3", "G1-SAW-Q1-W", 39_900, lot="L2")
    parcels.seal_parcel(customs_site, who.sam, "P3", kp_cert="BW-3", seals=["S9"])
    doc = documents.kp_sheet(customs_site, "BW-3")
    assert dict(doc.facts)["Parcels and seals"] == "P3: S9"
    assert "Parcels and seals" not in [t.heading for t in doc.tables]


def test_valuation_sheet_names_the_valuers_and_the_spread(customs_site):
    doc = documents.valuation(customs_site, "P1")
    rows = next(t for t in doc.tables if t.heading == "Parcel P1: valuations")
    assert rows.columns == (
        "Valuer",
        "Source",
        "Name, organisation",
        "Date",
        "Reference",
        "Value USD",
    )
    by_valuer = {r[0]: list(r) for r in rows.rows}
    assert by_valuer["Government valuer"] == [
        "Government valuer",
        "recorded",
        "Kagiso Molefe, Government Diamond Valuator",
        "2026-03-01",
        "GDV/2026/114",
        "25,000.00",
    ]
    assert by_valuer["Independent valuer"][2:] == ["not recorded", "", "", "11,990.01"]
    # No declared valuation recorded: the price book, read by the exporter for the prices in
    # force on the certificate's issue day.
    assert by_valuer["Exporter's declared value"][1:] == [
        "price book",
        "Kasane Sorting",
        "2026-03-02",
        "price book",
        "11,990.00",
    ]
    # (25,000.00 - 11,990.00) / 11,990.00 = 108.507089...% -> 108.507 %
    spread = by_valuer["Spread (highest vs lowest, % of lowest)"]
    assert spread[1] == "25,000.00 vs 11,990.00" and spread[-1] == "108.507 %"
    p2 = next(t for t in doc.tables if t.heading == "Parcel P2: valuations")
    assert {r[0]: r[-1] for r in p2.rows}["Spread (highest vs lowest, % of lowest)"] == (
        "one value only"
    )


def test_a_party_changed_after_sealing_leaves_the_documents_as_sealed(customs_site, who):
    """Item 1: the invoice and KP sheet of a sealed (and shipped) shipment print the importer as
    the register held it when the shipment was sealed; a later change does not rewrite them (nor
    their fingerprints), and a party of another country is not the importer."""
    db = customs_site
    parcels.ship_parcel(db, who.sam, "P1", carrier="Brinks", awb="176-1")
    parcels.ship_parcel(db, who.sam, "P2", carrier="Brinks", awb="176-1")
    sheet, bill = documents.kp_sheet(db, CERT), documents.invoice(db, CERT)
    parties.set_party(
        db, who.sam, "antwerp rough nv", address="New street 9", country_code="IN", port="BOM"
    )
    again, bill_again = documents.kp_sheet(db, CERT), documents.invoice(db, CERT)
    assert again.facts == sheet.facts and again.fingerprint == sheet.fingerprint
    assert bill_again.facts == bill.facts and bill_again.fingerprint == bill.fingerprint
    f = dict(bill_again.facts)
    assert f["Buyer (importer)"] == (
        "Antwerp Rough NV, Hoveniersstraat 2, 2018 Antwerpen, Belgium (BE)"
    )
    assert f["Destination"] == "Brussels Airport (BRU), Belgium (BE)"
    assert "New street" not in str(again.appended[0].facts)
    # A shipment sealed after the change: the register now has the party in India, not Belgium.
    _sealed_alone(db, who, "P4", "Antwerp Rough NV", "BE", "BW-4", "S8")
    f = dict(documents.invoice(db, "BW-4").facts)
    assert f["Buyer (importer)"] == "Antwerp Rough NV, Belgium (BE)"
    assert f["Importer's identifiers"] == (
        "not in the register of parties for Belgium (BE) when the shipment was sealed"
    )
    assert f["Destination"] == "Belgium (BE)"
    g = dict(documents.kp_sheet(db, "BW-4").facts)
    assert g["g. Importer"] == "Antwerp Rough NV, Belgium (BE)"


def test_the_rule_quoted_is_the_rule_at_sealing(customs_site, who, monkeypatch):
    """Item 2: the valuation rule is recorded at sealing and quoted from there; a later change
    of the site's rule does not change a reprint; a seal that did not record it says so."""
    db = customs_site
    assert parcels.seal_entry(db, "P1")[1]["valuation_rule"] == "highest"
    site.set_setting(db, who.admin, "valuation-rule", "declared")
    statement = documents.kp_sheet(db, CERT).statements[1]
    assert "by the valuation rule at sealing (the highest valuation)" in statement
    assert "declared valuation" not in statement
    value = dict(documents.manifest(db, "P1").facts)["This parcel's part of the certificate value"]
    assert value.endswith("rule: the highest valuation)")
    sealed = parcels.seal_entry

    def unrecorded(db, number):
        entry_id, details = sealed(db, number)
        return entry_id, {k: v for k, v in details.items() if k != "valuation_rule"}

    monkeypatch.setattr(parcels, "seal_entry", unrecorded)
    statement = documents.invoice(db, CERT).statements[0]
    assert "by the valuation rule at sealing (not recorded): P1: the government" in statement
    value = dict(documents.manifest(db, "P1").facts)["This parcel's part of the certificate value"]
    assert value.endswith("; rule at sealing not recorded)")


def test_the_manifest_says_its_part_of_the_certificate_value(customs_site):
    """Item 3: one of two parcels under a certificate: its part of the certificate's value, and
    the totals say they are the price-book value."""
    f = dict(documents.manifest(customs_site, "P1").facts)
    assert "Value on the certificate" not in f
    assert f["This parcel's part of the certificate value"] == (
        "25,000.00 of 29,000.00 USD (parcel 1 of 2 under BW-2026-1; rule: the highest valuation)"
    )
    assert f["Totals"].endswith("119.900 ct, 11,990.00 USD (the price-book value, as invoiced)")
    p2 = dict(documents.manifest(customs_site, "P2").facts)
    assert "(parcel 2 of 2 under" in p2["This parcel's part of the certificate value"]


def test_the_validation_names_the_certificate_carats_and_value(customs_site):
    """KP element l names what the authority validates: on whatever page the stamp lands (a
    Letter sheet puts it alone on page 2), the certificate's number, carats and value are there."""
    doc = documents.kp_sheet(customs_site, CERT)
    assert doc.statements[-1] == (
        "l. Validation by the exporting authority of certificate BW-2026-1, 159.900 ct, "
        "29,000.00 USD (signature and stamp):"
    )


def test_the_invoice_ends_with_the_amount_due_above_the_signature(customs_site):
    doc = documents.invoice(customs_site, CERT)
    assert doc.statements[-1] == (
        "Amount due on invoice INV-BW-2026-1: 15,990.00 USD (Fifteen thousand nine hundred "
        "ninety US dollars and 00/100)."
    )
    assert doc.signatures == ("For the seller",)


def test_a_mixed_origin_invoice_gives_the_goods_by_origin(customs_site, who):
    """Customs at destination need carats and value per origin: P1's S5 came from L1 (BW, 60
    ct) and L2 (ZA, 20 ct), its G1 from L1 (39.900 ct); P2's 40 ct of S5 from L2 (ZA)."""
    doc = documents.invoice(customs_site, CERT)
    by_origin = next(t for t in doc.tables if t.heading == "Goods by origin")
    assert by_origin.columns == ("Origin", "Carats", "Net weight g", "Value USD")
    assert [list(r) for r in by_origin.rows] == [
        ["BW", "99.900", "19.9800", "9,990.00"],
        ["ZA", "60.000", "12.0000", "6,000.00"],
        ["TOTAL", "159.900", "31.9800", "15,990.00"],
    ]
    goods = next(t for t in doc.tables if t.heading == "Goods")
    assert goods.rows[-1][-1] == by_origin.rows[-1][-1] == dict(doc.facts)["Amount due"][:-4]
    # A single origin: the fact says it, no table.
    _sealed_alone(customs_site, who, "P3", "Dubai DMCC", "AE", "BW-3", "S9")
    one = documents.invoice(customs_site, "BW-3")
    assert "Goods by origin" not in [t.heading for t in one.tables]


def test_a_mixed_lot_is_worded_as_the_annex_words_it():
    """A lot of two origins is one origin "BW, ZA (mixed lot)", as in the KP annex."""
    lines = [
        ParcelLine("S5-SAW-Q1-W", "7102.31", "L1", "BW+ZA", 1_001, 0, 100, 100, "price book"),
        ParcelLine("S5-SAW-Q1-W", "7102.31", "L2", "BW", 2_000, 0, 100, 200, "price book"),
    ]
    shipment = SimpleNamespace(parcels=[SimpleNamespace(lines=lines)])
    rows = customs.origin_summary(shipment, Figures())
    assert [r for r, _kind in rows] == [
        ["BW", "2.000", "0.4000", "2.00"],
        ["BW, ZA (mixed lot)", "1.001", "0.2002", "1.00"],
        ["TOTAL", "3.001", "0.6002", "3.00"],
    ]


def _declared_row(db, number):
    rows = next(t for t in documents.valuation(db, number).tables if t.heading.endswith("ions"))
    return list(rows.rows[0])


def test_the_declared_row_names_an_override_or_the_recorded_valuation(customs_site, who):
    db = customs_site
    parcels.create_parcel(db, who.olu, "P3", importer="Dubai DMCC", destination="AE")
    parcels.add_goods(db, who.olu, "P3", "G1-SAW-Q1-W", 39_900, lot="L2")
    parcels.override_price(db, who.sam, "P3", "G1-SAW-Q1-W", 12_000, "a buyer's contract")
    parcels.seal_parcel(db, who.sam, "P3", kp_cert="BW-3", seals=["S9"], issued="2026-04-01")
    assert _declared_row(db, "P3") == [
        "Exporter's declared value",
        "price book",
        "Kasane Sorting",
        "2026-04-01",
        "price book; price overridden: G1-SAW-Q1-W",
        "4,788.00",
    ]
    make_sorted_lot(db, who.olu, "L3")
    parcels.create_parcel(db, who.olu, "P4", importer="Dubai DMCC", destination="AE")
    parcels.add_goods(db, who.olu, "P4", "S5-SAW-Q1-W", 40_000, lot="L3")
    parcels.add_valuation(
        db, who.sam, "P4", "declared", 4_100_00, valuer_name="Ann Exporter", valued_on="2026-04-02"
    )
    parcels.seal_parcel(db, who.sam, "P4", kp_cert="BW-4", seals=["S8"], issued="2026-04-03")
    assert _declared_row(db, "P4")[1:] == ["recorded", "Ann Exporter", "2026-04-02", "", "4,100.00"]


def test_one_seal_is_one_seal(customs_site, who):
    _sealed_alone(customs_site, who, "P3", "Dubai DMCC", "AE", "BW-3", "S9")
    (slip,) = documents.kp_sheet(customs_site, "BW-3").appended
    assert list(slip.tables[0].rows[-1])[:2] == ["TOTAL", "1 seal"]
    assert customs.seals_text(2, Figures()) == "2 seals"
