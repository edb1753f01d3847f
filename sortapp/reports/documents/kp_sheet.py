"""The Kimberley Process certificate data sheet for the exporting authority."""

from __future__ import annotations

from collections import defaultdict

from sortapp.core.entities import HS_LABELS, MIXED, Lot, Shipment
from sortapp.core.i18n import N_, Phrase
from sortapp.core.units import split_cents
from sortapp.reports.documents import customs
from sortapp.reports.documents.common import (
    Document,
    Figures,
    Heading,
    annex_origin,
    content_fingerprint,
    country_text,
    figures,
    milli_pct_shares,
    parties,
    sealed_settings,
    shipment_for,
    site_line,
    table,
)
from sortapp.services import lots, settings
from sortapp.storage.dbapi import Database

KP_STATEMENT = (
    "The rough diamonds in this shipment have been handled in accordance with the provisions of "
    "the Kimberley Process Certification Scheme for rough diamonds."
)


def _element(name: str) -> Heading:
    """A certificate's element as KPCS Annex I names it ("a. Title"): English on every sheet,
    deliberately not marked for translation (lupdate never sees it, no catalogue holds it, so
    no language is printed beside it)."""
    return Phrase(name, {})


def _origin_annex(found: Shipment, f: Figures) -> list[tuple[list[str], str]]:
    """Carats per origin and their shares, which add up to exactly 100.000 % (largest
    remainder), worded as the manifest's provenance table words them."""
    by_origin: dict[str, int] = defaultdict(int)
    for p in found.parcels:
        for ln in p.lines:
            by_origin[ln.origin] += ln.mct
    origins = sorted(by_origin)
    shares = milli_pct_shares([by_origin[o] for o in origins])
    rows = [
        ([annex_origin(origin), f.ct(by_origin[origin]), f.milli_pct(share)], "line")
        for origin, share in zip(origins, shares, strict=True)
    ]
    rows.append((["TOTAL", f.ct(found.mct), f.milli_pct(sum(shares))], "total"))
    return rows


def _incoming_annex(db: Database, found: Shipment, f: Figures) -> list[tuple[list[str], str]]:
    """The shipment's goods of foreign origin, by lot: the KP certificate each was imported
    under, where it was shipped from and its carats in the shipment; goods bought within the
    country, under none, said so; and their total (none of foreign origin: no rows). A
    re-export's sheet named neither the certificates its goods came in under nor where from,
    and a first version of this annex left unsaid foreign goods that came under none, as if
    imported undocumented (an attack round and a receiving clerk's day, 2026-12-07)."""
    home = settings.site(db).country
    by_lot: dict[str, int] = defaultdict(int)
    for p in found.parcels:
        for ln in p.lines:
            by_lot[ln.lot] += ln.mct
    foreign = [
        lot
        for lot in (lots.get_lot(db, number) for number in sorted(by_lot))
        if lot.kp_cert_in or any(code != home for code in lot.origin_countries)
    ]
    if not foreign:
        return []
    rows = [
        (
            [
                _certificate_words(db, lot, home),
                lot.number,
                country_text(db, lot.from_country or home)
                if not lot.kp_cert_in or lot.from_country
                else "",
                f.ct(by_lot[lot.number]),
            ],
            "line",
        )
        for lot in sorted(foreign, key=lambda x: (not x.kp_cert_in, x.kp_cert_in, x.number))
    ]
    rows.append((["TOTAL", "", "", f.ct(sum(by_lot[lot.number] for lot in foreign))], "total"))
    return rows


def _certificate_words(db: Database, lot: Lot, home: str) -> str:
    """How the annex says a lot's incoming certificate: its number; none, for goods bought
    within the country; none recorded, for goods shipped in from abroad without one (taken by
    a release before 2026-12-07: not said to be bought here, a review of that day)."""
    if lot.kp_cert_in:
        return lot.kp_cert_in
    if lot.from_country and lot.from_country != home:
        return "none recorded"
    return f"none: bought within {country_text(db, home)}"


def kp_sheet(db: Database, number: str) -> Document:
    """Every element the KP certificate needs (KPCS Annex I a-l), for the exporting authority."""
    found = shipment_for(db, number)
    here = settings.site(db)
    f = figures(db)
    sealed = sealed_settings(db, found.kp_cert)
    conf = sealed[0]
    exporter, importer = parties(db, found.exporter, found.importer, found.destination, conf)
    importer = customs.importer_text(db, found)
    by_hs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in found.parcels:
        for ln in p.lines:
            by_hs[ln.hs_code][0] += ln.mct
        # The certificate value of each parcel split over its HS codes by price-book value.
        shares = split_cents(
            p.value_cents,
            [sum(ln.value_cents for ln in p.lines if ln.hs_code == hs) for hs in p.hs_codes],
        )
        for hs, share in zip(p.hs_codes, shares, strict=True):
            by_hs[hs][1] += share
    hs_rows = [
        ([hs, HS_LABELS[hs], f.ct(m), f.usd(v)], "line") for hs, (m, v) in sorted(by_hs.items())
    ]
    hs_rows.append((["TOTAL", "", f.ct(found.mct), f.usd(found.value_cents)], "total"))
    origin = "*** MIXED ***" if found.origin == MIXED else country_text(db, found.origin)
    facts = (
        (
            _element("a. Title"),
            "Kimberley Process Certificate - data sheet for the exporting authority",
        ),
        (
            _element("b. Country of origin"),
            origin + (" (constituent origins in the annex)" if found.origin == MIXED else ""),
        ),
        (_element("c. Certificate number"), found.kp_cert),
        (_element("d. Date of issue"), found.issued),
        (_element("e. Date of expiry"), found.expires),
        (_element("f. Issuing authority"), found.authority),
        (_element("g. Exporter"), exporter),
        (_element("g. Importer"), importer),
        (_element("h. Carat weight"), f"{f.ct(found.mct)} ct"),
        (_element("i. Value"), f"{f.usd(found.value_cents)} USD"),
        (_element("j. Number of parcels"), customs.parcels_count_text(found, f)),
        (_element("k. HS codes"), ", ".join(found.hs_codes)),
        (N_("Country of export"), country_text(db, here.country)),
        (N_("Country of destination"), country_text(db, found.destination)),
        *customs.seals_facts(found),
    )
    data = [facts, hs_rows]
    extra = []
    incoming = _incoming_annex(db, found, f)
    if incoming:  # (a lot's certificate is kept as received: not in the fingerprint, so a
        # reprint of a sheet printed before this annex was is a copy, not a new version)
        extra.append(
            table(
                N_("Annex: goods of foreign origin and their KP certificates"),
                [
                    (N_("Incoming KP certificate"), False),
                    (N_("Lot"), False),
                    (N_("Shipped from"), False),
                    (N_("Carats"), True),
                ],
                incoming,
            )
        )
    if len(found.parcels) > 1:
        heading, parcel_rows = customs.parcels_and_seals(found, f)
        extra.append(table(heading, customs.PARCEL_COLUMNS, parcel_rows))
        data.append(parcel_rows)
    return Document(
        kind="kp-sheet",
        title=N_("Kimberley Process certificate data sheet"),
        number=found.kp_cert,
        site=site_line(db, sealed),
        facts=facts,
        tables=(
            table(
                N_("Goods by HS code"),
                [
                    (N_("HS code"), False),
                    (N_("Description"), False),
                    (N_("Carats"), True),
                    (N_("Value USD"), True),
                ],
                hs_rows,
            ),
            table(
                N_("Annex: constituent origins"),
                [(N_("Origin"), False), (N_("Carats"), True), (N_("% of carats"), True)],
                _origin_annex(found, f),
            ),
            *extra,
        ),
        statements=(
            KP_STATEMENT,
            customs.value_statement(db, found, f),
            customs.validation_statement(found, f),
        ),
        signatures=(N_("Exporting authority"), N_("Exporter")),
        fingerprint=content_fingerprint(*data),
        subject=found.kp_cert,
        appended=(customs.import_slip(db, found, f, exporter, conf),),
    )
