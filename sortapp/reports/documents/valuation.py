"""The valuation sheet: declared against government and independent values, per parcel."""

from __future__ import annotations

from sortapp.reports.documents.common import (
    CONTENT_COLUMNS,
    Document,
    category_rows,
    content_fingerprint,
    figures,
    shipment_for,
    site_line,
    table,
)
from sortapp.services import parcels, settings
from sortapp.storage.dbapi import Database


def valuation(db: Database, number: str) -> Document:
    """Declared (price book) against government and independent values, per parcel."""
    found = shipment_for(db, number)
    conf = settings.settings(db)
    f = figures(db)
    tables = []
    for p in found.parcels:
        tables.append(
            table(
                f"Parcel {p.number}: exporter's values by category",
                CONTENT_COLUMNS,
                category_rows([p], f, parcels.special_stones(db, p.number)),
            )
        )
        declared = p.valuations.get("declared", p.book_value_cents)
        source = "recorded" if "declared" in p.valuations else "price book"
        rows = [(["Exporter's declared value", source, f.usd(declared)], "line")]
        for valuer in ("government", "independent"):
            value = p.valuations.get(valuer)
            state = "recorded" if value else "not recorded"
            amount = f.usd(value) if value else ""
            rows.append(([f"{valuer.capitalize()} valuer", state, amount], "line"))
        rule = f"Value for the certificate (rule: {conf.valuation_rule})"
        rows.append(([rule, "", f.usd(p.value_cents)], "total"))
        columns = [("Valuer", False), ("Source", False), ("Value USD", True)]
        tables.append(table(f"Parcel {p.number}: valuations", columns, rows))
    facts = (
        ("KP certificate", found.kp_cert),
        ("Exporter / importer", f"{found.exporter} / {found.importer}"),
        ("Parcels", str(len(found.parcels))),
        ("Carats", f.ct(found.mct)),
        ("Certificate value", f"{f.usd(found.value_cents)} USD"),
    )
    return Document(
        kind="valuation",
        title="Valuation sheet",
        number=f"VAL-{found.kp_cert}",
        site=site_line(db),
        facts=facts,
        tables=tuple(tables),
        signatures=("Exporter's valuer", "Government diamond valuer", "Independent valuer"),
        fingerprint=content_fingerprint(facts, [t.rows for t in tables]),
        subject=found.kp_cert,
    )
