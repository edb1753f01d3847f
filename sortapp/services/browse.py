"""Queries behind the big lists of the desktop app: ids first (filtered and sorted in SQL), then
rows by id, so a view can hold 100,000+ rows and fetch only what it shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sortapp.core.clock import utc_from_site_day
from sortapp.services import settings
from sortapp.storage import browse
from sortapp.storage.browse import AuditRow, LotRow, MovementRow
from sortapp.storage.dbapi import Database

# The row types are the storage's, named here too (the faces import services, not storage).
__all__ = [
    "AUDIT_ORDER",
    "LOT_ORDER",
    "MOVE_ORDER",
    "AuditRow",
    "LotRow",
    "MovementRow",
    "audit_actions",
    "audit_ids",
    "audit_rows",
    "lot_ids",
    "lot_origin_codes",
    "lot_rows",
    "movement_ids",
    "movement_rows",
]


def lot_ids(db: Database, **filters: Any) -> list[int]:
    """Return lot ids for a search (number, supplier, certificate, mine), status, origin, dates.

    ``day_from`` and ``day_to`` (ISO dates) are days of the site's calendar, in its time zone
    as the lots' times are shown: received on or after the first, before the second.
    """
    zone = ""
    for key in ("day_from", "day_to"):
        if filters.get(key):
            zone = zone or settings.settings(db).timezone
            filters[key] = utc_from_site_day(dt.date.fromisoformat(filters[key]), zone)
    return browse.lot_ids(db, **filters)


def lot_rows(db: Database, ids: Sequence[int]) -> dict[int, LotRow]:
    return browse.lot_rows(db, ids)


def audit_ids(db: Database, **filters: Any) -> list[int]:
    return browse.audit_ids(db, **filters)


def audit_rows(db: Database, ids: Sequence[int]) -> dict[int, AuditRow]:
    return browse.audit_rows(db, ids)


def audit_actions(db: Database) -> list[str]:
    return browse.audit_actions(db)


def movement_ids(db: Database, **filters: Any) -> list[int]:
    return browse.movement_ids(db, **filters)


def movement_rows(db: Database, ids: Sequence[int]) -> dict[int, MovementRow]:
    return browse.movement_rows(db, ids)


def lot_origin_codes(db: Database) -> list[str]:
    return browse.lot_origin_codes(db)


LOT_ORDER = tuple(browse.LOT_ORDER)
AUDIT_ORDER = tuple(browse.AUDIT_ORDER)
MOVE_ORDER = tuple(browse.MOVE_ORDER)
