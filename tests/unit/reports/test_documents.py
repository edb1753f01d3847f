"""Documents as data and HTML (no Qt): every required field, totals equal to the ledger."""

from __future__ import annotations

import pytest

from sortapp.core.errors import UserError
from sortapp.reports import documents
from sortapp.reports.barcode import code128_modules, code128_values
from sortapp.reports.documents.common import content_fingerprint
from sortapp.services import lots, parcels, site, sorting
from sortapp.services.settings import WDC_STATEMENT
from tests.conftest import make_lot, make_sorted_lot, pack_parcel_for_antwerp


@pytest.fixture
def shipped(db, who):
    pack_parcel_for_antwerp(db, who)
    parcels.add_valuation(db, who.sam, "P1", "government", 2_500_000)
    parcels.seal_parcel(
        db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1", "S2"], issued="2026-03-02"
    )
    parcels.create_parcel(db, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P2", "S5-SAW-Q1-W", 40_000)
    parcels.seal_parcel(db, who.sam, "P2", kp_cert="BW-2026-1", seals=["S3"])
    return db


def facts(doc):
    return dict(doc.facts)


def test_manifest_has_every_field_and_ledger_totals(shipped):
    doc = documents.manifest(shipped, "P1")
    f = facts(doc)
    parcel = parcels.get_parcel(shipped, "P1")
    assert f["KP certificate"] == "BW-2026-1"
    assert f["Seals"] == "S1, S2"
    assert f["Country of origin"] == "MIXED (BW, ZA)"
    assert "Antwerp Rough NV" in f["Importer"] and "Belgium" in f["Importer"]
    assert f["Exporting authority"] == "Diamond Hub, Gaborone"
    assert f["Issued / expires"] == "2026-03-02 / 2026-05-01"
    assert f["Fingerprint"].replace(" ", "") == parcel.fingerprint == doc.fingerprint
    assert f["Fingerprint"].split()[0] == parcel.fingerprint[:4]  # in groups: breaks between
    contents = doc.tables[0]
    total = contents.rows[contents.kinds.index("total")]
    # S5-SAW was sorted without counting its stones (two lines), G1-SAW with 50 (one line).
    assert total[2:] == ("50 (1 of 3 lines counted)", "119.900", "", "11,990.00")
    by_code = {r[0]: r[2] for r in contents.rows}
    assert (by_code["S5-SAW-Q1-W"], by_code["G1-SAW-Q1-W"]) == ("n/c", "50")
    assert contents.note == "n/c: not counted"
    lots_table = [list(r) for r in doc.tables[1].rows]
    assert [r[3] for r in lots_table if r[2] == "S5-SAW-Q1-W"] == ["n/c"] * 2
    assert f["Totals"].startswith("50 stones (1 of 3 lines counted), 119.900 ct")
    assert parcel.mct == 119_900 and parcel.stones == 50
    assert "Subtotal HS 7102.31, gem (non-industrial)" in [r[0] for r in contents.rows]
    assert f["This parcel's part of the certificate value"].startswith("25,000.00 of 29,000.00")
    html = documents.render_html(doc)
    assert "<thead>" in html and "Packer: olu" in html and "MIXED (BW, ZA)" in html


def test_manifest_only_for_sealed_parcels(db, who):
    parcels.create_parcel(db, who.olu, "P9", importer="X", destination="BE")
    with pytest.raises(UserError, match="documents are printed for sealed parcels"):
        documents.manifest(db, "P9")


def test_kp_sheet_has_elements_a_to_l_and_an_annex(shipped):
    doc = documents.kp_sheet(shipped, "P2")  # a parcel names its certificate
    keys = [k for k, _v in doc.facts]
    for prefix in ("a.", "b.", "c.", "d.", "e.", "f.", "g.", "h.", "i.", "j.", "k."):
        assert any(k.startswith(prefix) for k in keys), prefix
    f = facts(doc)
    assert f["b. Country of origin"].startswith("*** MIXED ***")
    assert f["c. Certificate number"] == "BW-2026-1"
    assert f["h. Carat weight"] == "159.900 ct"
    assert f["i. Value"] == "29,000.00 USD"  # 25,000 (government, highest) + 4,000 (book)
    assert f["j. Number of parcels"] == "2 (each with its seals, carats and value below)"
    assert documents.KP_STATEMENT in doc.statements
    assert any(s.startswith("l. Validation") for s in doc.statements)
    annex = {r[0]: r[1] for r in doc.tables[1].rows}
    assert annex == {"BW": "99.900", "ZA": "60.000", "TOTAL": "159.900"}
    assert documents.kp_sheet(shipped, "BW-2026-1").fingerprint == doc.fingerprint


def test_a_re_exports_kp_sheet_names_the_certificates_its_goods_came_in_under(db, who):
    """Goods imported under a KP certificate and exported again: the sheet names each lot's
    incoming certificate, where it was shipped from and its carats in the shipment (it named
    neither: a supervisor's day, 2026-12-07); goods of foreign origin bought in the country
    are said so (a first version left them unsaid); the country's own goods add none."""
    make_lot(
        db, who.olu, "IMP-1", origins=[("ZA", "Venetia")], stones=None, from_country="ZA",
        kp_cert="ZA-2026-41", declared_value_cents=1_000_000,
    )  # fmt: skip
    make_lot(db, who.olu, "AO-1", origins=[("AO", "")], supplier="Gaborone Dealers", stones=None)
    for lot in ("IMP-1", "AO-1"):
        sorting.add_entry(db, who.olu, lot, "S5-SAW-Q1-W", 99_900)
        sorting.add_loss(db, who.olu, lot, "cleaning", 100)
        sorting.close_sorting(db, who.olu, lot)
    make_sorted_lot(db, who.olu, "L1", country="BW")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 30_000, lot="IMP-1")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 10_000, lot="AO-1")
    parcels.add_goods(db, who.olu, "P1", "G1-SAW-Q1-W", 39_900, lot="L1")
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-3", seals=["S1"])
    doc = documents.kp_sheet(db, "P1")
    heading = "Annex: goods of foreign origin and their KP certificates"
    annex = next(t for t in doc.tables if t.heading == heading)
    assert [list(r) for r in annex.rows] == [
        ["ZA-2026-41", "IMP-1", "South Africa (ZA)", "30.000"],
        ["none: bought within Botswana (BW)", "AO-1", "Botswana (BW)", "10.000"],
        ["TOTAL", "", "", "40.000"],
    ]
    assert "ZA-2026-41" in documents.render_html(doc)
    parcels.create_parcel(db, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P2", "S5-SAW-Q1-W", 60_000, lot="L1")
    parcels.seal_parcel(db, who.sam, "P2", kp_cert="BW-2026-4", seals=["S2"])
    assert heading not in [t.heading for t in documents.kp_sheet(db, "P2").tables]


def test_the_annex_says_no_certificate_recorded_of_goods_shipped_in_without_one(
    db, who, monkeypatch
):
    """Taken by a release before 2026-12-07: not said to be bought in the country beside
    "shipped from South Africa" (a review of that day)."""
    with monkeypatch.context() as before:
        before.setattr(lots, "_check_import", lambda *_args, **_kw: None)
        make_lot(db, who.olu, "OLD-1", origins=[("ZA", "")], supplier="S", stones=None,
                 from_country="ZA", declared_value_cents=50_000)  # fmt: skip
    sorting.add_entry(db, who.olu, "OLD-1", "S5-SAW-Q1-W", 99_900)
    sorting.add_loss(db, who.olu, "OLD-1", "cleaning", 100)
    sorting.close_sorting(db, who.olu, "OLD-1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 20_000, lot="OLD-1")
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-5", seals=["S1"])
    heading = "Annex: goods of foreign origin and their KP certificates"
    annex = next(t for t in documents.kp_sheet(db, "P1").tables if t.heading == heading)
    assert list(annex.rows[0]) == ["none recorded", "OLD-1", "South Africa (ZA)", "20.000"]


def test_invoice_carries_the_wdc_statement(shipped, who):
    doc = documents.invoice(shipped, "BW-2026-1")
    # The warranty, then the amount due just above the seller's signature.
    assert doc.statements[-2] == WDC_STATEMENT
    assert doc.statements[-1].startswith("Amount due on invoice INV-BW-2026-1: 15,990.00 USD")
    assert doc.number == "INV-BW-2026-1"
    assert doc.tables[0].rows[-1][-1] == "15,990.00"
    # The total says its stones as counted lines, and no average USD/ct (it cannot multiply out).
    total = doc.tables[0].rows[-1]
    assert total[0] == "TOTAL" and len(total) == len(doc.tables[0].columns)
    assert total[3] == "50 (1 of 4 lines counted)" and total[5] == ""


def test_valuation_sheet(shipped):
    doc = documents.valuation(shipped, "P1")
    rows = [r for t in doc.tables if t.heading.endswith("valuations") for r in t.rows]
    assert (rows[1][0], rows[1][1], rows[1][-1]) == ("Government valuer", "recorded", "25,000.00")
    assert (rows[4][0], rows[4][-1]) == ("Value for the certificate (rule: highest)", "25,000.00")
    # Its parties as the manifest names them: the importer in its country.
    assert facts(doc)["Importer"] == facts(documents.manifest(shipped, "P1"))["Importer"]
    assert facts(doc)["Importer"] == "Antwerp Rough NV, Belgium (BE)"


def test_a_sealed_parcels_documents_keep_the_authority_and_rule_it_was_sealed_under(shipped, who):
    """A review (2026-12-06) changed the site's exporting authority and valuation rule through
    the app after a seal: the manifest named the new authority beside a KP sheet naming the
    certificate's, and the valuation sheet the new rule beside a value taken by the old."""
    site.set_setting(shipped, who.admin, "authority", "Another Office, Francistown")
    site.set_setting(shipped, who.admin, "valuation-rule", "declared")
    manifest = facts(documents.manifest(shipped, "P1"))
    sheet = facts(documents.kp_sheet(shipped, "P1"))
    assert manifest["Exporting authority"] == "Diamond Hub, Gaborone"
    assert manifest["Exporting authority"] in sheet["f. Issuing authority"]
    doc = documents.valuation(shipped, "P1")
    rows = [r for t in doc.tables if t.heading.endswith("valuations") for r in t.rows]
    assert rows[4][0] == "Value for the certificate (rule: highest)"


_PRINTED = {
    "address": ("Plot 1, Gaborone", "Unit 9, Francistown"),
    "authority-address": ("Private Bag 1, Gaborone", "Private Bag 9, Francistown"),
    "incoterms": ("FCA Gaborone", "DAP Antwerp"),
    "payment-terms": ("30 days net", "cash in advance"),
    "exporter-licence": ("EXP-0001", "EXP-0999"),
    "tax-number": ("BW-TAX-1", "BW-TAX-9"),
    "port-of-export": ("Gaborone SSKIA", "Francistown airport"),
    "wdc-statement": ("WDC as sealed", "WDC of later"),
    "name": ("Kgale Sorting House", "Tati Sorting House"),
}


def _printed(db, who, which):
    for key, values in _PRINTED.items():
        site.set_setting(db, who.admin, key, values[which])


def _every_text(doc):
    """A document's site line, facts and statements, and those of the documents appended."""
    parts = [doc.site, *(value for _h, value in doc.facts), *doc.statements]
    return " ".join([*parts, *(_every_text(appended) for appended in doc.appended)])


def test_a_shipments_documents_print_the_sites_settings_as_sealed(db, who):
    """A reprint after the site's settings changed (it moved: another address, other terms)
    printed the new address, terms and identifiers on the documents of goods sealed, and
    shipped, under the old. The seal records them; another sealed after prints the new."""
    _printed(db, who, 0)
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    _printed(db, who, 1)
    parcels.create_parcel(db, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P2", "S5-SAW-Q1-W", 40_000)
    parcels.seal_parcel(db, who.sam, "P2", kp_cert="BW-2026-2", seals=["S2"])
    # (The site's name and address atop each, and the exporter's; the terms and identifiers
    # on the invoice; the authority's address on the sheet's import slip.)
    printed_on = {
        documents.manifest: ("address", "name"),
        documents.valuation: ("address", "name"),
        documents.kp_sheet: ("address", "name", "authority-address"),
        documents.invoice: (
            *("address", "name", "incoterms", "payment-terms", "exporter-licence"),
            *("tax-number", "port-of-export", "wdc-statement"),
        ),
    }
    for number, which in (("P1", 0), ("P2", 1)):
        for build, keys in printed_on.items():
            text = _every_text(build(db, number))
            for key in keys:
                assert _PRINTED[key][which] in text, (build, number, key)
                assert _PRINTED[key][1 - which] not in text, (build, number, key)


def test_a_certificate_whose_every_parcel_was_voided_has_no_documents(db, who):
    """Its KP data sheet printed with no parcel, no carats and no value."""
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    parcels.void_parcel(db, who.sam, "P1", "seal broken in the vault")
    for build in (documents.kp_sheet, documents.invoice, documents.valuation):
        with pytest.raises(UserError, match="every parcel under it was voided"):
            build(db, "BW-2026-1")


def test_receipt_and_reconciliation(db, who):
    make_sorted_lot(db, who.olu, "L1")
    receipt = facts(documents.receipt(db, "L1"))
    assert receipt["Weighed carats"] == "100.000" and receipt["Origin"] == "BW"
    rec = documents.reconciliation(db, "L1")
    f = facts(rec)
    assert f["Closed by"].startswith("olu, ") and f["Within tolerance"] == "yes"
    summary = {r[0]: r[1] for r in rec.tables[-1].rows}  # last: above the signatures
    assert summary["Received (weighed)"] == "100.000"
    assert summary["Difference (received - sorted - losses)"] == "0.000 (0.000 %)"


def test_an_imports_receipt_says_where_it_was_shipped_from(db, who):
    """Beside its certificate, the country an import was shipped from (the receipt left it
    out); goods bought in the country print none. The fact is outside the fingerprint: a
    receipt printed before it was is a copy of this one."""
    make_lot(
        db, who.olu, "L1", origins=[("ZA", "Venetia")], kp_cert="ZA-9", from_country="ZA",
        declared_value_cents=90_000,
    )  # fmt: skip
    make_lot(db, who.olu, "L2", origins=[("ZA", "")], supplier="Gaborone Dealers")
    imported, bought = documents.receipt(db, "L1"), documents.receipt(db, "L2")
    assert facts(imported)["Shipped from"] == "South Africa (ZA)"
    assert facts(imported)["Incoming KP certificate"] == "ZA-9"
    assert "Shipped from" not in facts(bought)
    unshown = tuple(f for f in imported.facts if f[0] != "Shipped from")
    assert imported.fingerprint == content_fingerprint(lots.get_lot(db, "L1").uid, unshown)


def test_labels_and_build(shipped, who):
    doc = documents.build(shipped, who.olu, "label", ["L1", "P1"])
    assert [lb.code for lb in doc.labels] == ["L1", "P1"]
    assert doc.labels[1].lines[0] == "PARCEL P1"
    assert "origin MIXED (BW, ZA)" in doc.labels[1].lines[2]  # the countries, as the manifest
    with pytest.raises(UserError, match="exactly one"):
        documents.build(shipped, who.olu, "manifest", ["P1", "P2"])
    with pytest.raises(UserError, match="not a document"):
        documents.build(shipped, who.olu, "poster", ["P1"])


def test_code128_checksum_and_shape():
    # Start B (104) + "A"(33): checksum (104 + 33) % 103 = 34.
    assert code128_values("A") == [104, 33, 34]
    modules = code128_modules("LOT-1")
    assert modules[:10] == [False] * 10 and modules[-10:] == [False] * 10
    # 11 modules a symbol (start, 5 data, checksum) + 13 for the stop + quiet zones.
    assert len(modules) == 11 * 7 + 13 + 20
    with pytest.raises(UserError):
        code128_values("é")


def test_reconciliation_lays_out_stones_in_their_own_column(db, who):
    make_lot(db, who.olu, "L1", stones=300)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 200)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_900, 50)
    doc = documents.reconciliation(db, "L1")
    stones, carats = doc.tables[1], doc.tables[2]
    assert carats.columns == ("", "Carats")
    assert not any("stone" in r[0].lower() for r in carats.rows)
    assert (stones.heading, stones.columns) == (
        "Stones by size class",
        ("", "Received", "Sorted", "Difference"),
    )
    assert [list(r) for r in stones.rows] == [
        ["S5 -7+5", "", "200", ""],
        ["G1 0.66-0.99 ct", "", "50", ""],
        ["Whole lot", "300", "250", "50 not yet sorted"],
    ]


def test_document_figures_group_thousands_in_the_sites_decimal_mark(shipped, who):
    """Carats and money on paper group their thousands; on a decimal-comma site the mark is ','
    and the groups are spaces (never '.', which reads as a decimal mark): the value unchanged."""
    doc = documents.kp_sheet(shipped, "P2")
    assert facts(doc)["i. Value"] == "29,000.00 USD"
    site.set_setting(shipped, who.admin, "decimal-comma", "yes")
    doc = documents.kp_sheet(shipped, "P2")
    assert facts(doc)["i. Value"] == "29\u00a0000,00 USD"
    assert facts(doc)["h. Carat weight"] == "159,900 ct"


def test_lot_labels_show_the_sites_day_of_receipt(db, who):
    """Received at 22:30 UTC on 1 March in a zone two hours east of UTC: 2 March at the site."""
    import datetime as dt  # noqa: PLC0415

    from sortapp.core import clock  # noqa: PLC0415

    site.set_setting(db, who.admin, "timezone", "Africa/Johannesburg")
    restore = clock.use(lambda: dt.datetime(2026, 3, 1, 22, 30, tzinfo=dt.UTC))
    try:
        make_lot(db, who.olu, "L1")
    finally:
        restore()
    doc = documents.labels(db, ["L1"])
    assert "Received 2026-03-02" in doc.labels[0].lines
    assert dict(doc.facts) == {"Labels": "1 label, L1"}


def test_a_sheet_of_labels_says_what_it_holds(db, who):
    for number in ("L1", "L2", "L3"):
        make_lot(db, who.olu, number)
    assert dict(documents.labels(db, ["L1", "L2", "L3"]).facts) == {
        "Labels": "3 labels, first L1, last L3"
    }


def test_an_empty_parcels_label_says_so_and_names_no_origin(db, who):
    parcels.create_parcel(db, who.olu, "P9", importer="Antwerp Rough NV", destination="BE")
    (label,) = documents.build(db, who.olu, "label", ["P9"]).labels
    assert "no goods packed yet" in label.lines
    assert not any("MIXED" in line for line in label.lines)
