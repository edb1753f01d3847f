"""The commercial invoice for a shipment, with the WDC System of Warranties statement."""

from __future__ import annotations

from sortapp.core.entities import HS_LABELS, MIXED, Shipment
from sortapp.reports.documents import customs
from sortapp.reports.documents.common import (
    CONTENT_COLUMNS,
    Document,
    Figures,
    category_rows,
    content_fingerprint,
    country_text,
    figures,
    origin_text,
    parties,
    shipment_for,
    site_line,
    sum_row,
    table,
)
from sortapp.services import parcels, settings
from sortapp.storage.dbapi import Database

HS_COLUMNS = [
    ("HS code", False),
    ("Description of goods", False),
    ("Carats", True),
    ("Net weight g", True),
    ("Value USD", True),
]


def hs_summary(found: Shipment, f: Figures) -> list[tuple[list[str], str]]:
    """The goods described and subtotalled per HS code (price-book values), with the total."""
    by_hs = customs.carats_and_values(found, lambda ln: ln.hs_code)
    rows = [
        (
            [hs, f"Rough diamonds, {HS_LABELS[hs]}", f.ct(m), customs.grams(f, m), f.usd(v)],
            "line",
        )
        for hs, (m, v) in sorted(by_hs.items())
    ]
    total = sum(v for _m, v in by_hs.values())
    rows.append(
        (["TOTAL", "", f.ct(found.mct), customs.grams(f, found.mct), f.usd(total)], "total")
    )
    return rows


def customs_facts(
    db: Database, found: Shipment, f: Figures, total_value: int
) -> tuple[tuple[str, str], ...]:
    """What customs asks of an invoice beyond the goods: terms, identifiers, packages, weights,
    ports, carrier and air waybill, the amount in words."""
    conf = settings.settings(db)
    carrier, awb = customs.shipping_text(db, found)
    party = customs.importer_party(db, found)
    destination = country_text(db, found.destination)
    if party is not None and party.port:
        destination = f"{party.port}, {destination}"

    def given(text: str) -> str:
        return text or "not recorded (site settings)"

    return (
        ("Amount in words", customs.usd_words(total_value)),
        ("Incoterms", given(conf.incoterms)),
        ("Payment terms", given(conf.payment_terms)),
        ("Exporter's licence", given(conf.exporter_licence)),
        ("Exporter's tax number", given(conf.tax_number)),
        ("Importer's identifiers", customs.importer_ids(db, found)),
        ("Number of packages", customs.packages_text(found, f)),
        ("Total carats", f"{f.ct(found.mct)} ct"),
        ("Net weight", f"{customs.grams(f, found.mct)} g (1 ct = 0.2 g)"),
        ("Port of export", given(conf.port_of_export)),
        ("Destination", destination),
        ("Carrier", carrier),
        ("Air waybill", awb),
    )


def invoice(db: Database, number: str) -> Document:
    """The commercial invoice for a shipment, with the WDC System of Warranties statement."""
    found = shipment_for(db, number)
    conf = settings.settings(db)
    f = figures(db)
    seller = parties(db, found.exporter, found.importer, found.destination)[0]
    buyer = customs.importer_text(db, found)
    rows: list[tuple[list[str], str]] = []
    for p in found.parcels:
        for row, kind in category_rows([p], f, parcels.special_stones(db, p.number)):
            if kind == "line":
                rows.append(([p.number, *row], kind))
    every = [ln for p in found.parcels for ln in p.lines]
    total_value = sum(ln.value_cents for ln in every)
    rows.append((["TOTAL", *sum_row("", lines=every, f=f)], "total"))
    by_origin = (
        [table("Goods by origin", customs.ORIGIN_COLUMNS, customs.origin_summary(found, f))]
        if found.origin == MIXED
        else []
    )
    facts = (
        ("Invoice", f"INV-{found.kp_cert}"),
        ("Date", found.issued),
        ("Seller (exporter)", seller),
        ("Buyer (importer)", buyer),
        ("KP certificate", found.kp_cert),
        ("Country of origin", origin_text(found.origin, found.origin_countries)),
        ("Parcels", ", ".join(p.number for p in found.parcels)),
        ("Amount due", f"{f.usd(total_value)} USD"),
        *customs_facts(db, found, f, total_value),
    )
    return Document(
        kind="invoice",
        title="Commercial invoice - rough diamonds",
        number=f"INV-{found.kp_cert}",
        site=site_line(db),
        facts=facts,
        tables=(
            table("Goods", [("Parcel", False), *CONTENT_COLUMNS], rows),
            table("Goods by HS code", HS_COLUMNS, hs_summary(found, f)),
            *by_origin,
        ),
        statements=(
            customs.value_statement(db, found, f),
            conf.wdc_statement,
            customs.amount_due_statement(f"INV-{found.kp_cert}", total_value, f),
        ),
        signatures=("For the seller",),
        fingerprint=content_fingerprint(facts, rows),
        subject=found.kp_cert,
    )
