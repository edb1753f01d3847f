"""The lot receipt: what arrived, weighed against what was declared."""

from __future__ import annotations

from sortapp.core.canonical import zoned_text
from sortapp.core.entities import Lot
from sortapp.core.i18n import N_, phrase
from sortapp.reports.documents.common import (
    Document,
    Figures,
    Heading,
    content_fingerprint,
    country_text,
    figures,
    origin_text,
    site_line,
)
from sortapp.reports.documents.people import lot_people, signed
from sortapp.services import balances, lots, settings
from sortapp.storage.dbapi import Database


def receipt(db: Database, number: str) -> Document:
    lot = lots.get_lot(db, number)
    tz = settings.settings(db).timezone
    f = figures(db)
    tol = settings.settings(db).weigh_tolerance(lot.declared_mct) if lot.declared_mct else None
    diff = (
        lot.weighed_mct - lot.declared_mct
        if lot.weighed_mct is not None and lot.declared_mct is not None
        else None
    )
    who = lot_people(db, lot.number, f)
    # Where an import was shipped from, beside its certificate (the receiving form asks it; the
    # receipt left it out: a clerk's day, 2026-12-07). Goods bought in the country: none.
    shipped = country_text(db, lot.from_country) if lot.from_country else ""
    facts: tuple[tuple[Heading, str], ...] = (
        (N_("Lot"), lot.number),
        (N_("Received"), zoned_text(lot.received_at, tz)),
        # (Who handed the goods over: the supplier, where one is recorded, and the mines
        # beside it; a lot received by transfer named its mine as the one it came from.)
        (N_("Received from"), lot.supplier or ", ".join(lot.mines)),
        (N_("Mines"), ", ".join(lot.mines) if lot.supplier else ""),
        (N_("Origin"), origin_text(lot.origin, lot.origin_countries)),
        (N_("Declared carats"), f.ct(lot.declared_mct) if lot.declared_mct else N_("not declared")),
        (
            N_("Weighed carats"),
            f.ct(lot.weighed_mct) if lot.weighed_mct else N_("not yet weighed"),
        ),
        (N_("Weighed on"), balances.lot_weight_words(db, lot.id) if lot.weighed_mct else ""),
        (
            N_("Difference"),
            _difference(f, diff, lot.declared_mct or 1, tol or 0, lot) if diff is not None else "",
        ),
        (N_("Stones"), "" if lot.weighed_stones is None else f.count(lot.weighed_stones)),
        (N_("Seals"), ", ".join(lot.seals)),
        (N_("Shipped from"), shipped),
        (N_("Incoming KP certificate"), lot.kp_cert_in),
        (
            N_("Declared value"),
            f"{f.usd(lot.declared_value_cents)} USD" if lot.declared_value_cents else "",
        ),
    )
    facts += (
        (N_("Received by"), who.received),
        (N_("Weighed by"), who.weighed),
        *((N_("Weighed again by"), again) for again in who.reweighed),
        (N_("Acknowledged by"), who.acknowledged if lot.weight_acknowledged else ""),
    )
    facts = tuple((k, v) for k, v in facts if v)
    return Document(
        kind="receipt",
        title=N_("Lot receipt"),
        number=lot.number,
        site=site_line(db),
        facts=facts,
        signatures=(
            signed(N_("Received by"), who.receiver),
            signed(N_("Weighed by"), who.weigher),
            *((signed(N_("Acknowledged"), who.acknowledger),) if lot.weight_flag else ()),
            N_("Witness"),
            N_("Carrier"),
        ),
        # (Its fingerprint as before the country shipped from was printed: fixed at receipt
        # with the certificate, and a receipt printed before is a copy of this one, not an
        # earlier version.)
        fingerprint=content_fingerprint(lot.uid, tuple(f for f in facts if f[0] != "Shipped from")),
        subject=lot.number,
    )


def _difference(f: Figures, diff: int, declared: int, tol: int, lot: Lot) -> str:
    """The weight difference, its share and the tolerance; beyond it, whether a supervisor has
    acknowledged it (who and why: the "Acknowledged by" fact)."""
    ct, pct, tol_ct = f.ct(diff), f.pct(diff, declared), f.ct(tol)
    if not lot.weight_flag:
        return phrase("{ct} ct ({pct} %), tolerance {tol} ct", ct=ct, pct=pct, tol=tol_ct)
    if lot.weight_acknowledged:
        return phrase(
            "{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, acknowledged",
            ct=ct,
            pct=pct,
            tol=tol_ct,
        )
    return phrase(
        "{ct} ct ({pct} %), tolerance {tol} ct, BEYOND TOLERANCE, to be acknowledged",
        ct=ct,
        pct=pct,
        tol=tol_ct,
    )
