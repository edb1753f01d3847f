"""Labels with a Code 128 barcode of each lot or parcel number."""

from __future__ import annotations

from dataclasses import replace

from sortapp.core.canonical import local_text
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import phrase
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
            out.append(
                Label(
                    parcel.number,
                    (
                        f"PARCEL {parcel.number}",
                        f"To {parcel.destination}, KP {parcel.kp_cert or '(not sealed)'}",
                        (
                            f"{f.ct(parcel.mct)} ct, {lines_stones(parcel.lines, f)}, "
                            f"origin {origin_text(parcel.origin, parcel.origin_countries)}"
                        )
                        if parcel.lines
                        else "no goods packed yet",
                        f"Seals {', '.join(parcel.seals)}" if parcel.seals else "",
                    ),
                )
            )
            continue
        out.append(
            Label(
                lot.number,
                (
                    f"LOT {lot.number}",
                    lot_origin(lot.origin, lot.origin_countries, lot.mines, lot.supplier),
                    (
                        f"{f.ct(lot.weighed_mct)} ct"
                        if lot.weighed_mct
                        else f"declared {f.ct(lot.declared_mct or 0)} ct"
                    )
                    + (
                        f", {f.count(lot.weighed_stones)} "
                        + ("stone" if lot.weighed_stones == 1 else "stones")
                        if lot.weighed_stones
                        else ""
                    ),
                    # The site's day, not the UTC one.
                    f"Received {local_text(lot.received_at, zone)[:10]}",
                ),
            )
        )
    return Document(
        kind="label",
        facts=(("Labels", _summary(out, f)),),
        title="Labels",
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
    where = f"Origin {origin_text(origin, countries)}"
    if mines:
        return f"{where}, {'mine' if len(mines) == 1 else 'mines'} {', '.join(mines)}"
    return f"{where}, from {supplier}" if supplier else where


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
        return f"1 label, {out[0].code}"
    return f"{f.count(len(out))} labels, first {out[0].code}, last {out[-1].code}"
