"""Labels with a Code 128 barcode of each lot or parcel number."""

from __future__ import annotations

from dataclasses import replace

from sortapp.core.canonical import local_text
from sortapp.core.entities import Lot
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import N_, phrase
from sortapp.reports.documents.common import (
    Document,
    Figures,
    Label,
    content_fingerprint,
    figures,
    lines_stones,
    origin_text,
    site_line,
)
from sortapp.services import lots, parcels, settings
from sortapp.storage.dbapi import Database


def labels(db: Database, numbers: list[str], *, label_printer: bool = False) -> Document:
    """Labels with a Code 128 barcode of each lot or parcel number (lots are tried first)."""
    if not numbers:
        raise UserError(phrase("labels: name at least one lot or parcel"))
    f = figures(db)
    zone = settings.settings(db).timezone
    out = []
    for number in numbers:
        try:
            lot = lots.get_lot(db, number)
        except NotFound:
            parcel = parcels.get_parcel(db, number)
            parcels.check_as_sealed(db, parcel.number)  # (its label states its sealed facts)
            if parcel.status == "void":  # (its goods are back in stock: a label would say not)
                raise UserError(
                    phrase("parcel {parcel} is void; it has no label", parcel=parcel.number)
                ) from None
            out.append(
                Label(
                    parcel.number,
                    (
                        phrase("PARCEL {number}", number=parcel.number),
                        phrase(
                            "To {destination}, KP {cert}",
                            destination=parcel.destination,
                            cert=parcel.kp_cert,
                        )
                        if parcel.kp_cert
                        else phrase(
                            "To {destination}, KP (not sealed)", destination=parcel.destination
                        ),
                        phrase(
                            "{ct} ct, {stones}, origin {origin}",
                            ct=f.ct(parcel.mct),
                            stones=lines_stones(parcel.lines, f),
                            origin=origin_text(parcel.origin, parcel.origin_countries),
                        )
                        if parcel.lines
                        else N_("no goods packed yet"),
                        phrase("Seals {seals}", seals=", ".join(parcel.seals))
                        if parcel.seals
                        else "",
                    ),
                )
            )
            continue
        out.append(
            Label(
                lot.number,
                (
                    phrase("LOT {number}", number=lot.number),
                    lot_origin(lot.origin, lot.origin_countries, lot.mines, lot.supplier),
                    _lot_weight(lot, f),
                    # The site's day, not the UTC one.
                    phrase("Received {day}", day=local_text(lot.received_at, zone)[:10]),
                ),
            )
        )
    return Document(
        kind="label",
        facts=((N_("Labels"), _summary(out, f)),),
        title=N_("Labels"),
        number=",".join(lb.code for lb in out)[:60],
        site=site_line(db),
        labels=tuple(out),
        paper="label" if label_printer else "a4",
        fingerprint=content_fingerprint([(lb.code, lb.lines) for lb in out]),
        subject=",".join(lb.code for lb in out),
    )


def lot_origin(origin: str, countries: list[str], mines: list[str], supplier: str) -> str:
    """Where a lot comes from, a mine told from a supplier: "Origin BW, mine Jwaneng",
    "Origin ZA, from Kimberley Rough Traders (Pty) Ltd", "Origin MIXED (BW, ZA), mines
    Jwaneng, Venetia"."""
    where = origin_text(origin, countries)
    if len(mines) == 1:
        return phrase("Origin {origin}, mine {mines}", origin=where, mines=mines[0])
    if mines:
        return phrase("Origin {origin}, mines {mines}", origin=where, mines=", ".join(mines))
    if supplier:
        return phrase("Origin {origin}, from {supplier}", origin=where, supplier=supplier)
    return phrase("Origin {origin}", origin=where)


def _lot_weight(lot: Lot, f: Figures) -> str:
    """A lot's carats (weighed, else declared) and its stones where counted."""
    weight = (
        phrase("{ct} ct", ct=f.ct(lot.weighed_mct))
        if lot.weighed_mct
        else phrase("declared {ct} ct", ct=f.ct(lot.declared_mct or 0))
    )
    if not lot.weighed_stones:
        return weight
    stones = f.count(lot.weighed_stones)
    if lot.weighed_stones == 1:
        return phrase("{weight}, {n} stone", weight=weight, n=stones)
    return phrase("{weight}, {n} stones", weight=weight, n=stones)


def with_label_copies(doc: Document, copies: list[int]) -> Document:
    """``doc`` with each label's copy number (0: its first print); the document's own copy
    number is the highest, and only the reprinted labels are marked."""
    return replace(
        doc,
        labels=tuple(replace(lb, copy=c) for lb, c in zip(doc.labels, copies, strict=True)),
        copy=max(copies, default=0),
    )


def _summary(out: list[Label], f: Figures) -> str:
    """What a sheet of labels holds, in words short enough for its footer."""
    if len(out) == 1:
        return phrase("1 label, {code}", code=out[0].code)
    return phrase(
        "{n} labels, first {first}, last {last}",
        n=f.count(len(out)),
        first=out[0].code,
        last=out[-1].code,
    )
