"""The valuation sheet: declared against government and independent values, per parcel."""

from __future__ import annotations

from dataclasses import replace

from sortapp.core.entities import Parcel
from sortapp.core.i18n import N_, phrase
from sortapp.reports.documents.common import (
    CONTENT_COLUMNS,
    Document,
    Figures,
    category_rows,
    content_fingerprint,
    figures,
    parties,
    sealed_settings,
    shipment_for,
    site_line,
    table,
)
from sortapp.services import parcels
from sortapp.storage.dbapi import Database

VALUER_COLUMNS = [
    (N_("Valuer"), False),
    (N_("Source"), False),
    (N_("Name, organisation"), False),
    (N_("Date"), False),
    (N_("Reference"), False),
    (N_("Value USD"), True),
]
#: The first column's share of the width (%), the rest as wide as their text needs: Qt gave the
#: first column's long bold cells ("Spread (highest vs lowest, % of lowest)") the width and
#: crushed the columns a valuer fills in where none is recorded ("Name, organisation Date
#: Reference"). (A share for each column broke "2026-12-02" and "114,834.00" mid-figure.)
VALUER_WIDTHS = (18, 0, 0, 0, 0, 0)


def valuer_rows(db: Database, p: Parcel, f: Figures) -> list[tuple[list[str], str]]:
    """Each valuation of a parcel with who gave it (name, organisation, date, reference), and
    the spread between them: highest against lowest, in percent of the lowest."""
    records = parcels.valuation_records(db, p.number)
    declared = p.valuations.get("declared", p.book_value_cents)
    values = [declared]
    rows = []
    for valuer, label in (
        ("declared", "Exporter's declared value"),
        ("government", "Government valuer"),
        ("independent", "Independent valuer"),
    ):
        found = records.get(valuer)
        if found is None and valuer == "declared":
            rows.append(([label, *price_book_cells(p), f.usd(declared)], "line"))
            continue
        if found is None:
            rows.append(([label, "not recorded", "", "", "", ""], "line"))
            continue
        if valuer != "declared":
            values.append(found["value_cents"])
        who = ", ".join(x for x in (found["valuer_name"], found["organisation"]) if x)
        rows.append(
            (
                [
                    label,
                    "recorded",
                    who or "not recorded",
                    found["valued_on"] or "",
                    found["reference"] or "",
                    f.usd(found["value_cents"]),
                ],
                "line",
            )
        )
    spread, basis = _spread(values, f)
    rows.append(
        (["Spread (highest vs lowest, % of lowest)", basis, "", "", "", spread], "subtotal")
    )
    return rows


def price_book_cells(p: Parcel) -> list[str]:
    """Source, name, date and reference of a declared value no valuation was recorded for: the
    price book, read by the exporter when the parcel was sealed for the prices in force on the
    certificate's issue day (``services.parcels._plan_seal``); a price overridden for the parcel
    is named in the reference."""
    overridden = sorted({ln.category for ln in p.lines if ln.price_source == "override"})
    reference = "price book" + (
        f"; price overridden: {', '.join(overridden)}" if overridden else ""
    )
    return ["price book", p.exporter, p.issued or "", reference]


def _spread(values: list[int], f: Figures) -> tuple[str, str]:
    """The spread of a parcel's values (highest against lowest, in percent of the lowest) and
    its basis; "n/a" where the lowest value is 0, of which no percentage can be taken (0.000 %
    would read as values that agree)."""
    if len(values) < 2:
        return "one value only", ""
    low, high = min(values), max(values)
    basis = f"{f.usd(high)} vs {f.usd(low)}"
    if low == 0:
        return "n/a", f"{basis} (no percentage of a lowest value of 0)"
    return f"{f.pct(high - low, low)} %", basis


def valuation(db: Database, number: str) -> Document:
    """Declared (price book) against government and independent values, per parcel."""
    found = shipment_for(db, number)
    f = figures(db)
    tables = []
    for p in found.parcels:
        tables.append(
            table(
                phrase("Parcel {number}: exporter's values by category", number=p.number),
                CONTENT_COLUMNS,
                category_rows([p], f, parcels.special_stones(db, p.number)),
            )
        )
        rows = valuer_rows(db, p, f)
        # (The rule its seal took the value by: the site's setting changed since named another.)
        entry = parcels.seal_entry(db, p.number)
        sealed_rule = entry[1].get("valuation_rule") if entry is not None else None
        rule = f"Value for the certificate (rule: {sealed_rule or 'not recorded'})"
        rows.append(([rule, "", "", "", "", f.usd(p.value_cents)], "total"))
        valuers = table(
            phrase("Parcel {number}: valuations", number=p.number), VALUER_COLUMNS, rows
        )
        tables.append(replace(valuers, widths=VALUER_WIDTHS))
    sealed = sealed_settings(db, found.kp_cert)
    conf = sealed[0]
    exporter, importer = parties(db, found.exporter, found.importer, found.destination, conf)
    facts = (
        (N_("KP certificate"), found.kp_cert),
        # (As the manifest names them: the importer in its country, the exporter at its
        # address; the names alone left a valuer to find the destination elsewhere.)
        (N_("Exporter"), exporter),
        (N_("Importer"), importer),
        (N_("Parcels"), f.count(len(found.parcels))),
        (N_("Carats"), f.ct(found.mct)),
        (N_("Certificate value"), f"{f.usd(found.value_cents)} USD"),
    )
    return Document(
        kind="valuation",
        title=N_("Valuation sheet"),
        number=f"VAL-{found.kp_cert}",
        site=site_line(db, sealed),
        facts=facts,
        tables=tuple(tables),
        signatures=(
            N_("Exporter's valuer"),
            N_("Government diamond valuer"),
            N_("Independent valuer"),
        ),
        fingerprint=content_fingerprint(facts, [t.rows for t in tables]),
        subject=found.kp_cert,
    )
