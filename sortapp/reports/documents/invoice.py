"""The commercial invoice for a shipment, with the WDC System of Warranties statement."""

from __future__ import annotations

from sortapp.core.entities import HS_LABELS, MIXED, Shipment
from sortapp.core.i18n import N_
from sortapp.reports.documents import customs
from sortapp.reports.documents.common import (
    CONTENT_COLUMNS,
    Document,
    Figures,
    Heading,
    category_rows,
    content_fingerprint,
    country_text,
    figures,
    origin_text,
    parties,
    sealed_settings,
    shipment_for,
    site_line,
    sum_row,
    table,
)
from sortapp.services import parcels, settings
from sortapp.storage.dbapi import Database

HS_COLUMNS = [
    (N_("HS code"), False),
    (N_("Description of goods"), False),
    (N_("Carats"), True),
    (N_("Net weight g"), True),
    (N_("Value USD"), True),
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
    db: Database, found: Shipment, f: Figures, total_value: int, conf: settings.Settings
) -> tuple[tuple[Heading, str], ...]:
    """What customs asks of an invoice beyond the goods: terms, identifiers, packages, weights,
    ports, carrier and air waybill, the amount in words (``conf``: the site's settings as
    sealed, ``sealed_settings``)."""
    carrier, awb = customs.shipping_text(db, found)
    party = customs.importer_party(db, found)
    destination = country_text(db, found.destination)
    if party is not None and party.port:
        destination = f"{party.port}, {destination}"

    def given(text: str) -> str:
        return text or "not recorded (site settings)"

    return (
        (N_("Amount in words"), customs.usd_words(total_value)),
        (N_("Incoterms"), given(conf.incoterms)),
        (N_("Payment terms"), given(conf.payment_terms)),
        (N_("Exporter's licence"), given(conf.exporter_licence)),
        (N_("Exporter's tax number"), given(conf.tax_number)),
        (N_("Importer's identifiers"), customs.importer_ids(db, found)),
        (N_("Number of packages"), customs.packages_text(found, f)),
        (N_("Total carats"), f"{f.ct(found.mct)} ct"),
        (N_("Net weight"), f"{customs.grams(f, found.mct)} g (1 ct = 0.2 g)"),
        (N_("Port of export"), given(conf.port_of_export)),
        (N_("Destination"), destination),
        (N_("Carrier"), carrier),
        (N_("Air waybill"), awb),
    )


def invoice(db: Database, number: str) -> Document:
    """The commercial invoice for a shipment, with the WDC System of Warranties statement."""
    found = shipment_for(db, number)
    sealed = sealed_settings(db, found.kp_cert)
    conf = sealed[0]
    f = figures(db)
    seller = parties(db, found.exporter, found.importer, found.destination, conf)[0]
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
        [table(N_("Goods by origin"), customs.ORIGIN_COLUMNS, customs.origin_summary(found, f))]
        if found.origin == MIXED
        else []
    )
    facts = (
        (N_("Invoice"), f"INV-{found.kp_cert}"),
        (N_("Date"), found.issued),
        (N_("Seller (exporter)"), seller),
        (N_("Buyer (importer)"), buyer),
        (N_("KP certificate"), found.kp_cert),
        (N_("Country of origin"), origin_text(found.origin, found.origin_countries)),
        (N_("Parcels"), ", ".join(p.number for p in found.parcels)),
        (N_("Amount due"), f"{f.usd(total_value)} USD"),
        *customs_facts(db, found, f, total_value, conf),
    )
    return Document(
        kind="invoice",
        title=N_("Commercial invoice - rough diamonds"),
        number=f"INV-{found.kp_cert}",
        site=site_line(db, sealed),
        facts=facts,
        tables=(
            table(N_("Goods"), [(N_("Parcel"), False), *CONTENT_COLUMNS], rows),
            table(N_("Goods by HS code"), HS_COLUMNS, hs_summary(found, f)),
            *by_origin,
        ),
        statements=(
            customs.value_statement(db, found, f),
            conf.wdc_statement,
            customs.amount_due_statement(f"INV-{found.kp_cert}", total_value, f),
        ),
        signatures=(N_("For the seller"),),
        fingerprint=content_fingerprint(facts, rows),
        subject=found.kp_cert,
    )
