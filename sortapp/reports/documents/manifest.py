"""The parcel manifest (packing list) that travels with a sealed parcel."""

from __future__ import annotations

from sortapp.core.entities import Parcel, Shipment
from sortapp.core.errors import UserError
from sortapp.core.i18n import N_, phrase
from sortapp.reports.documents import customs
from sortapp.reports.documents.common import (
    CONTENT_COLUMNS,
    Document,
    Figures,
    Heading,
    category_rows,
    figures,
    lines_stones,
    origin_text,
    parties,
    provenance_rows,
    sealed_settings,
    site_line,
    table,
)
from sortapp.reports.documents.people import parcel_people, signed
from sortapp.services import parcels
from sortapp.storage.dbapi import Database


def grouped_hex(digest: str) -> str:
    """A hex digest in groups of four: ``"bf3d 9571 270f ..."``."""
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _sealed(db: Database, number: str) -> tuple[Parcel, Shipment]:
    """The sealed parcel and the shipment under its certificate, each as sealed (else
    UserError)."""
    parcel = parcels.get_parcel(db, number)
    if parcel.status not in ("sealed", "shipped"):
        raise UserError(
            phrase(
                "parcel {parcel} is {status}; documents are printed for sealed parcels",
                parcel=parcel.number,
                status=parcel.status,
            )
        )
    # (Its certificate's value is stated from the shipment's parcels: each as sealed.)
    shipped = parcels.shipment(db, parcel.kp_cert or "")
    parcels.check_shipment_as_sealed(db, shipped)
    return parcel, shipped


def certificate_value_fact(
    db: Database, parcel: Parcel, found: Shipment, f: Figures
) -> tuple[Heading, str]:
    """The parcel's value on its certificate, by the valuation rule recorded at sealing; one
    of several parcels under a certificate says it is its part of the certificate's value."""
    rule = customs.sealing_rule(db, parcel)
    rule_text = "rule at sealing not recorded" if rule == "not recorded" else f"rule: {rule}"
    shipped = found.parcels
    if len(shipped) < 2:
        return (N_("Value on the certificate"), f"{f.usd(parcel.value_cents)} USD ({rule_text})")
    place = next((i for i, p in enumerate(shipped, 1) if p.number == parcel.number), 0)
    total = sum(p.value_cents for p in shipped)
    return (
        N_("This parcel's part of the certificate value"),
        f"{f.usd(parcel.value_cents)} of {f.usd(total)} USD (parcel {f.count(place)} of "
        f"{f.count(len(shipped))} under {parcel.kp_cert}; {rule_text})",
    )


def manifest(db: Database, number: str) -> Document:
    """The packing list that travels with a sealed parcel."""
    parcel, found = _sealed(db, number)
    f = figures(db)
    sealed = sealed_settings(db, parcel.kp_cert or "")
    conf = sealed[0]
    exporter, importer = parties(db, parcel.exporter, parcel.importer, parcel.destination, conf)
    who = parcel_people(db, parcel.number)
    packers = ", ".join(who.packers)
    facts = (
        (N_("Exporter"), exporter),
        (N_("Importer"), importer),
        # (The certificate's, as sealed: the site's setting changed since named another.)
        (N_("Exporting authority"), found.authority),
        (N_("KP certificate"), parcel.kp_cert or ""),
        (N_("Parcel"), parcel.number),
        (N_("Seals"), ", ".join(parcel.seals)),
        (N_("Issued / expires"), f"{parcel.issued} / {parcel.expires}"),
        (N_("Country of origin"), origin_text(parcel.origin, parcel.origin_countries)),
        (N_("HS codes"), ", ".join(parcel.hs_codes)),
        (
            N_("Totals"),
            f"{lines_stones(parcel.lines, f)}, {f.ct(parcel.mct)} ct, "
            f"{f.usd(parcel.book_value_cents)} USD (the price-book value, as invoiced)",
        ),
        certificate_value_fact(db, parcel, found, f),
        # In groups of four, as the footer gives its start: a line breaks between groups.
        (N_("Fingerprint"), grouped_hex(parcel.fingerprint or "")),
        (N_("Packed by"), packers),
        (N_("Sealed by"), who.sealed),
    )
    return Document(
        kind="manifest",
        title=N_("Parcel manifest (packing list)"),
        number=parcel.number,
        site=site_line(db, sealed),
        facts=facts,
        tables=(
            table(
                N_("Contents by category"),
                CONTENT_COLUMNS,
                category_rows([parcel], f, parcels.special_stones(db, parcel.number)),
            ),
            table(
                N_("Provenance: source lots"),
                [
                    (N_("Lot"), False),
                    (N_("Origin"), False),
                    (N_("Category"), False),
                    (N_("Stones"), True),
                    (N_("Carats"), True),
                    (N_("% of carats"), True),
                ],
                provenance_rows(parcel, f),
            ),
        ),
        signatures=(signed(N_("Packer"), packers), signed(N_("Sealer"), who.sealer), N_("Witness")),
        fingerprint=parcel.fingerprint or "",
        subject=parcel.number,
    )
