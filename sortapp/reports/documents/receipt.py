"""The lot receipt: what arrived, weighed against what was declared."""

from __future__ import annotations

from sortapp.core.canonical import zoned_text
from sortapp.reports.documents.common import (
    Document,
    content_fingerprint,
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
    facts: tuple[tuple[str, str], ...] = (
        ("Lot", lot.number),
        ("Received", zoned_text(lot.received_at, tz)),
        ("From", ", ".join(lot.mines) or lot.supplier),
        ("Origin", origin_text(lot.origin, lot.origin_countries)),
        ("Declared carats", f.ct(lot.declared_mct) if lot.declared_mct else "not declared"),
        ("Weighed carats", f.ct(lot.weighed_mct) if lot.weighed_mct else "not yet weighed"),
        ("Weighed on", balances.lot_weight_words(db, lot.id) if lot.weighed_mct else ""),
        (
            "Difference",
            (
                f"{f.ct(diff)} ct ({f.pct(diff, lot.declared_mct or 1)} %), "
                f"tolerance {f.ct(tol or 0)} ct" + _beyond(lot.weight_flag, lot.weight_acknowledged)
            )
            if diff is not None
            else "",
        ),
        ("Stones", "" if lot.weighed_stones is None else f.count(lot.weighed_stones)),
        ("Seals", ", ".join(lot.seals)),
        ("Incoming KP certificate", lot.kp_cert_in),
        (
            "Declared value",
            f"{f.usd(lot.declared_value_cents)} USD" if lot.declared_value_cents else "",
        ),
    )
    facts += (
        ("Received by", who.received),
        ("Weighed by", who.weighed),
        *(("Weighed again by", again) for again in who.reweighed),
        ("Acknowledged by", who.acknowledged if lot.weight_acknowledged else ""),
    )
    facts = tuple((k, v) for k, v in facts if v)
    return Document(
        kind="receipt",
        title="Lot receipt",
        number=lot.number,
        site=site_line(db),
        facts=facts,
        signatures=(
            signed("Received by", who.receiver),
            signed("Weighed by", who.weigher),
            *((signed("Acknowledged", who.acknowledger),) if lot.weight_flag else ()),
            "Witness",
            "Carrier",
        ),
        fingerprint=content_fingerprint(lot.uid, facts),
        subject=lot.number,
    )


def _beyond(flag: bool, acknowledged: bool) -> str:
    """A weight difference beyond tolerance, and whether a supervisor has acknowledged it (who
    and why: the "Acknowledged by" fact)."""
    if not flag:
        return ""
    return ", BEYOND TOLERANCE, " + ("acknowledged" if acknowledged else "to be acknowledged")
