"""The commercial invoice for a shipment, with the WDC System of Warranties statement."""

from __future__ import annotations

from sortapp.reports.documents.common import (
    CONTENT_COLUMNS,
    Document,
    category_rows,
    content_fingerprint,
    figures,
    origin_text,
    parties,
    shipment_for,
    site_line,
    table,
)
from sortapp.services import parcels, settings
from sortapp.storage.dbapi import Database


def invoice(db: Database, number: str) -> Document:
    """The commercial invoice for a shipment, with the WDC System of Warranties statement."""
    found = shipment_for(db, number)
    conf = settings.settings(db)
    f = figures(db)
    seller, buyer = parties(db, found.exporter, found.importer, found.destination)
    rows: list[tuple[list[str], str]] = []
    for p in found.parcels:
        for row, kind in category_rows([p], f, parcels.special_stones(db, p.number)):
            if kind == "line":
                rows.append(([p.number, *row], kind))
    total_mct = sum(p.mct for p in found.parcels)
    total_value = sum(p.book_value_cents for p in found.parcels)
    rows.append(
        (
            [
                "TOTAL",
                "",
                "",
                parcels.stones_text([ln for p in found.parcels for ln in p.lines], unit=False),
                f.ct(total_mct),
                f.price(total_value, total_mct),
                f.usd(total_value),
            ],
            "total",
        )
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
    )
    return Document(
        kind="invoice",
        title="Commercial invoice - rough diamonds",
        number=f"INV-{found.kp_cert}",
        site=site_line(db),
        facts=facts,
        tables=(table("Goods", [("Parcel", False), *CONTENT_COLUMNS], rows),),
        statements=(conf.wdc_statement,),
        signatures=("For the seller",),
        fingerprint=content_fingerprint(facts, rows),
        subject=found.kp_cert,
    )
