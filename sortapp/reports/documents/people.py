"""Who did what, for the paper: the people who received, weighed, sorted, closed, packed and
sealed, read from the audit log (``services.history``) with their times in the site's zone."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sortapp.core.canonical import local_text, parse_iso_utc
from sortapp.reports.documents.common import Figures
from sortapp.services import history, settings, sorting
from sortapp.services.history import AuditLine
from sortapp.storage.dbapi import Database


def when(at: str, timezone: str) -> str:
    """A stored UTC time as the site reads it, saying its zone:
    ``2026-12-01 00:30 (Africa/Gaborone, UTC+02:00)``."""
    offset = parse_iso_utc(at).astimezone(zoneinfo.ZoneInfo(timezone)).utcoffset()
    return f"{local_text(at, timezone)} ({timezone}, {_utc_offset(offset or dt.timedelta())})"


def _utc_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def _details(entry: AuditLine) -> dict[str, Any]:
    try:
        found = json.loads(entry.details) if entry.details else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _reason(entry: AuditLine) -> str:
    reason = str(_details(entry).get("reason") or "")
    return f"; reason: {reason}" if reason else ""


@dataclass(frozen=True)
class LotPeople:
    """Who received, weighed, re-weighed and acknowledged a lot's weight, who sorted it (entries
    each) and who closed it: each as printed, "name, time (zone)[: what][; reason: why]"."""

    received: str = ""
    weighed: str = ""
    reweighed: tuple[str, ...] = ()
    acknowledged: str = ""
    #: (name, entries recorded), in the order they first sorted.
    sorters: tuple[tuple[str, int], ...] = ()
    closed: str = ""
    closer: str = ""
    #: Who accepted a close beyond tolerance (or with a stone difference), and why.
    accepted: str = ""
    receiver: str = ""
    weigher: str = ""


def lot_people(db: Database, number: str, f: Figures) -> LotPeople:
    tz = settings.settings(db).timezone
    received = weighed = acknowledged = closed = closer = accepted = receiver = weigher = ""
    reweighed: list[str] = []
    # The sorting entries (the ledger's, imported ones too), counted per person who entered them.
    sorters = Counter(str(e["user"]) for e in sorting.list_entries(db, number))
    for entry in history.history(db, "lot", number):
        d = _details(entry)
        said = f"{entry.user}, {when(entry.at, tz)}"
        if entry.action == "lot.receive":
            received, receiver = said, entry.user
            if d.get("weighed_mct") is not None:
                weighed, weigher = said, entry.user
        elif entry.action == "lot.weigh":  # the first weighing, or the one a reweighing posts
            weighed, weigher = weighed or said, entry.user
        elif entry.action == "lot.reweigh":
            reweighed.append(
                f"{said}: {f.ct(d['weighed_mct'])} ct (was {f.ct(d['previous_mct'])} ct)"
                + _reason(entry)
            )
            weigher = entry.user
        elif entry.action == "lot.acknowledge":
            acknowledged = said + _reason(entry)
        elif entry.action == "sort.close":
            closed, closer = said, entry.user
            accepted = (said + _reason(entry)) if d.get("override") else ""
    return LotPeople(
        received=received,
        weighed=weighed,
        reweighed=tuple(reweighed),
        acknowledged=acknowledged,
        sorters=tuple(sorters.items()),
        closed=closed,
        closer=closer,
        accepted=accepted,
        receiver=receiver,
        weigher=weigher,
    )


def sorters_text(people: LotPeople, f: Figures) -> str:
    """``olu (12 entries), ola (1 entry)``."""
    return ", ".join(
        f"{name} ({f.count(n)} {'entry' if n == 1 else 'entries'})" for name, n in people.sorters
    )


@dataclass(frozen=True)
class ParcelPeople:
    #: Who packed goods into the parcel, in the order they first packed.
    packers: tuple[str, ...] = ()
    sealer: str = ""
    #: The sealer and when, as printed.
    sealed: str = ""


def parcel_people(db: Database, number: str) -> ParcelPeople:
    tz = settings.settings(db).timezone
    packers: dict[str, None] = {}
    sealer = sealed = ""
    for entry in history.history(db, "parcel", number):
        if entry.action == "parcel.add":
            packers[entry.user] = None
        elif entry.action == "parcel.seal":
            sealer, sealed = entry.user, f"{entry.user}, {when(entry.at, tz)}"
    return ParcelPeople(packers=tuple(packers), sealer=sealer, sealed=sealed)


def signed(role: str, name: str) -> str:
    """A signature line's caption with the name printed where known: ``Packer: olu``."""
    return f"{role}: {name}" if name else role
