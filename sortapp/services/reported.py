"""KP statistics once reported: what a later action dated in their period changes.

A site reports its KP statistics for a period (a quarter, a half-year) by exporting them; each
export is recorded in the audit log with the figures' fingerprint and totals. A receipt dated
back into a period already exported, or a certificate issued within it, changed the reported
figures unsaid (a leftover of 2026-12-07): the action now says so when it is taken, and the
statistics of the period say they differ from what was exported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zoneinfo
from typing import Any, NamedTuple

from sortapp.core.canonical import local_text, parse_iso_utc
from sortapp.core.i18n import phrase
from sortapp.services.settings import settings
from sortapp.storage import audit as audit_sql
from sortapp.storage.dbapi import Database

KP_EXPORTED = "export.kp-stats"


class Report(NamedTuple):
    """An export of KP statistics: its period, when and by whom, and what it said (its
    fingerprint and totals: None for an export recorded before they were kept)."""

    first: str
    last: str
    at: str
    by: str
    fingerprint: str | None
    totals: dict[str, Any]


def period(first: str, last: str) -> str:
    """The audit object an export of a period's statistics is recorded on."""
    return f"{first}..{last}"


def fingerprint(stats: dict[str, Any]) -> str:
    """The fingerprint of a period's KP statistics as they would be reported: its period and
    each direction's rows and totals (not the lists of lots the statistics name beside)."""
    body = {k: stats[k] for k in ("from", "to", "exports", "imports")}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def reports(db: Database) -> list[Report]:
    """Every export of KP statistics recorded, oldest first."""
    out = []
    for obj, at, user, text in audit_sql.said_of_action(db, KP_EXPORTED):
        first, sep, last = obj.partition("..")
        try:  # (an export recorded on a file's name, before the period was its object)
            # (Compared as text, each day in one form: "20260701" reads as a date too.)
            first, last = (dt.date.fromisoformat(d).isoformat() for d in (first, last))
        except ValueError:
            continue
        if not sep:
            continue
        said = audit_sql.details(text)
        mark = said.get("fingerprint")
        totals = {k: said[k] for k in ("exports", "imports") if isinstance(said.get(k), dict)}
        out.append(Report(first, last, at, user, mark if isinstance(mark, str) else None, totals))
    return out


def reported_of(db: Database, stats: dict[str, Any]) -> list[dict[str, Any]]:
    """The earlier exports of the statistics' own period, each with whether the figures now
    differ from those it exported (``changed``; None: that export kept no fingerprint)."""
    now = fingerprint(stats)
    zone = settings(db).timezone
    return [
        {
            "at": local_text(r.at, zone),
            "by": r.by,
            "changed": None if r.fingerprint is None else r.fingerprint != now,
        }
        for r in reports(db)
        if (r.first, r.last) == (stats["from"], stats["to"])
    ]


def changed_text(reported: list[dict[str, Any]]) -> str:
    """What the statistics say when they differ from their period's last export ("" when they
    do not, or it cannot be told)."""
    if not reported or not reported[-1]["changed"]:
        return ""
    last = reported[-1]
    return phrase(
        "these figures differ from the ones {by} exported on {at}: something dated within "
        "the period was recorded since; export them again and send the amended figures to "
        "the KP authority",
        at=last["at"],
        by=last["by"],
    )


def dated_within(db: Database, moment: str, what: str) -> str:
    """What an action dated at UTC ``moment`` says when its site day falls within a period whose
    KP statistics were exported: the figures reported change ("" when none was). ``what``
    names the action's subject ("lot L1's receipt")."""
    zone = settings(db).timezone
    day = parse_iso_utc(moment).astimezone(zoneinfo.ZoneInfo(zone)).date().isoformat()
    return _within(db, day, what)


def day_within(db: Database, day: str, what: str) -> str:
    """``dated_within`` of a site day (a certificate's issue date)."""
    return _within(db, day, what)


def _within(db: Database, day: str, what: str) -> str:
    """Said of the last export of a period holding site ``day``."""
    hit = [(i, r) for i, r in enumerate(reports(db)) if r.first <= day <= r.last]
    if not hit:
        return ""
    # The report of the day's own period: the shortest exported holding it, the latest of such
    # (an export of the years 1 to 9999 named itself in every warning after: an attack round).
    last = min(hit, key=lambda found: (_days(found[1]), -found[0]))[1]
    return phrase(
        "{what} is dated {day}, within {first} to {last}, whose KP statistics {by} exported "
        "on {at}: they change; export them again and send the amended figures to the KP "
        "authority (or tell a supervisor)",
        what=what,
        day=day,
        first=last.first,
        last=last.last,
        at=local_text(last.at, settings(db).timezone),
        by=last.by,
    )


def _days(report: Report) -> int:
    """How many days a report's period holds."""
    return (dt.date.fromisoformat(report.last) - dt.date.fromisoformat(report.first)).days
