"""The parcel manifest (packing list) that travels with a sealed parcel."""

from __future__ import annotations

from sortapp.core.entities import Parcel
from sortapp.core.errors import UserError
from sortapp.reports.documents.common import (
    CONTENT_COLUMNS,
    Document,
    category_rows,
    figures,
    lines_stones,
    origin_text,
    parties,
    provenance_rows,
    site_line,
    table,
)
from sortapp.reports.documents.people import parcel_people, signed
from sortapp.services import parcels, settings
from sortapp.storage.dbapi import Database


def _sealed(db: Database, number: str) -> Parcel:
    parcel = parcels.get_parcel(db, number)
    if parcel.status not in ("sealed", "shipped"):
        raise UserError(
            f"parcel {parcel.number} is {parcel.status}; documents are printed for sealed parcels"
        )
    return parcel


def manifest(db: Database, number: str) -> Document:
    """The packing list that travels with a sealed parcel."""
    parcel = _sealed(db, number)
    conf = settings.settings(db)
    f = figures(db)
    exporter, importer = parties(db, parcel.exporter, parcel.importer, parcel.destination)
    who = parcel_people(db, parcel.number)
    packers = ", ".join(who.packers)
    facts = (
        ("Exporter", exporter),
        ("Importer", importer),
        ("Exporting authority", conf.authority),
        ("KP certificate", parcel.kp_cert or ""),
        ("Parcel", parcel.number),
        ("Seals", ", ".join(parcel.seals)),
        ("Issued / expires", f"{parcel.issued} / {parcel.expires}"),
        ("Country of origin", origin_text(parcel.origin, parcel.origin_countries)),
        ("HS codes", ", ".join(parcel.hs_codes)),
        (
            "Totals",
            f"{lines_stones(parcel.lines, f)}, {f.ct(parcel.mct)} ct, "
            f"{f.usd(parcel.book_value_cents)} USD",
        ),
        (
            "Value on the certificate",
            f"{f.usd(parcel.value_cents)} USD (rule: {conf.valuation_rule})",
        ),
        ("Fingerprint", parcel.fingerprint or ""),
        ("Packed by", packers),
        ("Sealed by", who.sealed),
    )
    return Document(
        kind="manifest",
        title="Parcel manifest (packing list)",
        number=parcel.number,
        site=site_line(db),
        facts=facts,
        tables=(
            table(
                "Contents by category",
                CONTENT_COLUMNS,
                category_rows([parcel], f, parcels.special_stones(db, parcel.number)),
            ),
            table(
                "Provenance: source lots",
                [
                    ("Lot", False),
                    ("Origin", False),
                    ("Category", False),
                    ("Stones", True),
                    ("Carats", True),
                    ("% of carats", True),
                ],
                provenance_rows(parcel, f),
            ),
        ),
        signatures=(signed("Packer", packers), signed("Sealer", who.sealer), "Witness"),
        fingerprint=parcel.fingerprint or "",
        subject=parcel.number,
    )
