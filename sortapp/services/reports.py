"""Reports as data: stock, lineage, KP statistics, year-end stock."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sortapp.core.clock import utc_from_site_day
from sortapp.core.entities import MIXED
from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.core.roles import Actor, Role
from sortapp.core.units import split_cents, value_cents
from sortapp.services import reported
from sortapp.services.audit import record
from sortapp.services.lots import get_lot
from sortapp.services.parcels import get_parcel
from sortapp.services.settings import settings, site, site_today
from sortapp.services.sorting import stones_words
from sortapp.services.validation import FIRST_YEAR as _FIRST_YEAR
from sortapp.services.validation import parse_day
from sortapp.services.views import counted
from sortapp.storage import audit as audit_sql
from sortapp.storage import outfiles, records
from sortapp.storage import reports as reports_sql
from sortapp.storage.db import opened_read_only, transaction
from sortapp.storage.dbapi import Database

log = logging.getLogger(__name__)


class StockRow(NamedTuple):
    """(A tuple, not a frozen dataclass: the stock page makes one per category each time it is
    shown, and a tuple is made several times faster; issue 15.)"""

    category: str
    name: str
    hs_code: str
    mct: int
    stones: int
    value_cents: int
    origin: str = ""
    #: Lots' lines of the category on hand, and those whose stones were counted.
    lines: int = 1
    counted_lines: int = 1

    @property
    def stones_text(self) -> str:
        """The stones: the count, "not counted", or "n (c of m lots counted)"."""
        return stones_words(self.stones, self.counted_lines, self.lines, unit=False, what="lots")

    @property
    def stones_counted(self) -> str:
        """Whether its lots' stones were counted: "all", "some" or "none" (``counted``)."""
        return counted(self.lines, self.lines - self.counted_lines)


def stock(
    db: Database, actor: Actor, *, by_origin: bool = False, day: str | None = None
) -> list[StockRow]:
    """Return sorted stock on hand by category (and origin), valued at the price book."""
    actor.require(Role.OPERATOR, phrase("viewing stock"))
    day = day or site_today(db)
    if by_origin:
        prices = records.prices_on(db, day)
        return [
            StockRow(
                code, name, hs, mct, stones, value_cents(mct, prices.get(cid, 0)), origin, n, c
            )
            for cid, code, name, hs, origin, mct, stones, n, c in (
                reports_sql.stock_by_category_origin(db)
            )
        ]
    row = tuple.__new__  # (a StockRow made from its fields' tuple: half the time of a call)
    return [
        # (A category with stock but no line above 0, e.g. stones without carats: as before.)
        row(
            StockRow,
            (
                code,
                name,
                hs,
                mct,
                stones,
                value_cents(mct, cents),
                "",
                lines or 1,
                counted if lines else 1,
            ),
        )
        for _cid, code, name, hs, mct, stones, lines, counted, cents in (
            reports_sql.stock_by_category(db, day)
        )
    ]


def stock_stone_counts(db: Database, actor: Actor) -> tuple[int, int]:
    """(lots' lines of stock on hand, those whose stones were counted): the stones of stock are
    counted stones, and a line not counted holds none of them."""
    actor.require(Role.OPERATOR, phrase("viewing stock"))
    return reports_sql.stock_stone_counts(db)


def lot_lineage(db: Database, actor: Actor, number: str) -> dict[str, Any]:
    """Return where a lot's carats are now: by place, and the parcels that hold them. Each
    row's ``counted`` says whether its stones were counted (``counted``): "not counted" is
    never said as 0 stones."""
    actor.require(Role.OPERATOR, phrase("viewing lineage"))
    lot = get_lot(db, number)
    return {
        "lot": lot.number,
        "origin": lot.origin,
        "origin_countries": lot.origin_countries,
        "places": [
            {"place": p, "loss_type": t, "mct": m, "stones": s, "counted": counted(n, u)}
            for p, t, m, s, n, u in reports_sql.lot_places(db, lot.id)
            if p != "world"
        ],
        "parcels": [
            {"parcel": pn, "status": st, "mct": m, "stones": s, "counted": counted(n, u)}
            for pn, st, m, s, n, u in reports_sql.lot_parcels(db, lot.id)
        ],
    }


def parcel_lineage(db: Database, actor: Actor, number: str) -> dict[str, Any]:
    """Return the lots (with origins) whose goods a parcel holds, each with ``counted`` as
    ``lot_lineage``'s rows."""
    actor.require(Role.OPERATOR, phrase("viewing lineage"))
    parcel = get_parcel(db, number)
    return {
        "parcel": parcel.number,
        "origin": parcel.origin,
        "lots": [
            {"lot": ln, "origin": o, "mct": m, "stones": s, "counted": counted(n, u)}
            for ln, o, m, s, n, u in reports_sql.parcel_lots(db, parcel.id)
        ],
    }


@dataclass
class KpRow:
    hs_code: str
    country: str
    mct: int = 0
    value_cents: int = 0
    parcels: set[Any] = field(default_factory=set)
    certificates: set[str] = field(default_factory=set)


def kp_statistics(db: Database, actor: Actor, first: str, last: str) -> dict[str, Any]:
    """Return exports and imports for a period by HS code and country, with totals.

    Exports count a shipment in the period of its certificate's issue date; a parcel's
    certificate value is split over its HS codes in proportion to their price-book values.
    ``uncertified``: the lots shipped in from abroad in the period with no incoming
    certificate, which the imports do not count; ``unvalued``: the imports counted with no
    declared value; ``reported``: the period's earlier exports (``reported.reported_of``).
    """
    actor.require(Role.OPERATOR, phrase("viewing KP statistics"))
    first, last = parse_day(first, "from"), parse_day(last, "to")
    if first > last:  # (a period the wrong way round showed zero totals unsaid: 2026-12-07)
        raise UserError(
            phrase(
                "to: {last} is before {first}; give the period's first day, then its last",
                first=first,
                last=last,
            )
        )
    exports: dict[tuple[str, str], KpRow] = {}
    by_parcel: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in reports_sql.export_lines(db, first, last):
        by_parcel[row[1]].append(row)
    for parcel_id, rows in by_parcel.items():
        shares = split_cents(rows[0][2], [r[6] for r in rows])
        for (cert, _pid, _value, dest, hs, mct, _book), share in zip(rows, shares, strict=True):
            agg = exports.setdefault((hs, dest), KpRow(hs, dest))
            agg.mct += mct
            agg.value_cents += share
            agg.parcels.add(parcel_id)
            agg.certificates.add(cert)
    imports: dict[tuple[str, str], KpRow] = {}
    # An import counts in the period of the site's day it was received on (the UTC day, which
    # a lot received in the first hours of a quarter east of Greenwich was counted in the
    # quarter before), as an export does in that of its certificate's issue date.
    # (Within the years a lot can be received in: a period given from the year 1 or to the
    # year 9999 has no midnight in UTC at its ends.)
    zone, home = settings(db).timezone, site(db).country
    start = max(dt.date.fromisoformat(first), dt.date(_FIRST_YEAR, 1, 1))
    end = min(dt.date.fromisoformat(last), dt.date(9998, 12, 31)) + dt.timedelta(days=1)
    since, before = utc_from_site_day(start, zone), utc_from_site_day(end, zone)
    unvalued: list[str] = []
    for i, (cert, hs, country, mct, value, number) in enumerate(
        reports_sql.import_lots(db, home, since, before)
    ):
        agg = imports.setdefault((hs, country or MIXED), KpRow(hs, country or MIXED))
        agg.mct += mct or 0
        agg.value_cents += value or 0
        agg.parcels.add(i)
        agg.certificates.add(str(cert).strip().upper())  # (one certificate, however typed)
        if value is None:  # (counted at 0.00 USD: said, not summed unsaid)
            unvalued.append(number)

    def listing(rows: dict[tuple[str, str], KpRow]) -> dict[str, Any]:
        items = [rows[k] for k in sorted(rows)]
        return {
            "rows": [
                {
                    "hs_code": r.hs_code,
                    "country": r.country,
                    "mct": r.mct,
                    "value_cents": r.value_cents,
                    "parcels": len(r.parcels),
                    "certificates": len(r.certificates),
                }
                for r in items
            ],
            "totals": {
                "mct": sum(r.mct for r in items),
                "value_cents": sum(r.value_cents for r in items),
                "parcels": len(set().union(*(r.parcels for r in items))) if items else 0,
                "certificates": len(set().union(*(r.certificates for r in items))) if items else 0,
            },
        }

    # (Lots shipped in without a certificate are named, not left out unsaid.)
    uncertified = reports_sql.imports_uncertified(db, home, since, before)
    stats: dict[str, Any] = {
        "from": first,
        "to": last,
        "exports": listing(exports),
        "imports": listing(imports),
        "uncertified": uncertified,
        "unvalued": unvalued,
    }
    # (The period's earlier exports, and whether the figures still are what they reported.)
    stats["reported"] = reported.reported_of(db, stats)
    return stats


def record_kp_export(
    db: Database,
    actor: Actor,
    stats: dict[str, Any],
    fmt: str,
    rows: int,
    file: str = "",
    *,
    then: Callable[[], None] | None = None,
) -> None:
    """Record that a period's KP statistics left the system (their report): on the period,
    with the figures' fingerprint and totals, which a later run of the period is compared with
    and a later receipt or certificate dated within it is warned by. ``then`` (writing the
    file) runs inside the same transaction: a file is written exactly when its export is
    recorded (the app wrote it first, and a busy database left it unrecorded: an attack round,
    2026-12-07). Refused in a session that cannot record it (read-only): an export made there
    was never held to."""
    actor.require(Role.OPERATOR, phrase("exporting"))
    why = opened_read_only(db)
    if why is not None:
        raise UserError(
            phrase(
                "KP statistics are exported from a session that records the export: the "
                "database is open read-only ({why}); view them here, and export them where "
                "the database is written",
                why=why,
            )
        )
    details: dict[str, Any] = {
        "format": fmt,
        "rows": rows,
        "fingerprint": reported.fingerprint(stats),
        "exports": stats["exports"]["totals"],
        "imports": stats["imports"]["totals"],
    }
    if file:
        details["file"] = file
    with transaction(db):
        record(db, actor, "export.kp-stats", reported.period(stats["from"], stats["to"]), details)
        if then is not None:
            then()


def _some(numbers: list[str], most: int = 20) -> str:
    """Lot numbers as a list says them: the first ``most``, then how many more (a list of
    hundreds of an older release's lots filled the report's line)."""
    if len(numbers) <= most:
        return ", ".join(numbers)
    return phrase(
        "{lots} and {more} more", lots=", ".join(numbers[:most]), more=len(numbers) - most
    )


def uncertified_text(numbers: list[str]) -> str:
    """What KP statistics say of the lots shipped in without a certificate, which they do not
    count."""
    return phrase(
        "not counted as imports: {lots} (shipped in from abroad with no incoming KP "
        "certificate recorded)",
        lots=_some(numbers),
    )


def unvalued_text(numbers: list[str]) -> str:
    """What KP statistics say of the imports received with no declared value."""
    return phrase(
        "imports counted at 0.00 USD, received with no declared value: {lots}",
        lots=_some(numbers),
    )


def write_export(path: str | Path, text: str) -> None:
    """Write an exported report's ``text`` (UTF-8) to ``path`` whole or not at all: written
    beside it, then renamed over it (the app wrote it in place: a failure half way left half a
    report, and a name that was the open database's was written over, under its connections)."""
    target = outfiles.writable_target(Path(path), "CSV")
    part = target.with_name(f"{target.name}.part")
    outfiles.write_part(part, text.encode("utf-8"), "CSV")
    try:
        outfiles.replace_onto(part, target, "CSV")
    finally:
        with contextlib.suppress(OSError):  # (renamed: nothing left there)
            part.unlink(missing_ok=True)


def record_export(db: Database, actor: Actor, what: str, obj: str, details: dict[str, Any]) -> None:
    """Record in the audit log that a report or document left the system (export, print)."""
    actor.require(Role.OPERATOR, phrase("exporting"))
    if opened_read_only(db):  # nothing can be written: the log keeps it
        log.info("read-only session: %s exported %s %s %s", actor.name, what, obj, details)
        return
    with transaction(db):
        record(db, actor, f"export.{what}", obj, details)


def print_count(db: Database, kind: str, number: str, fingerprint: str = "") -> int:
    """Return the copy number the next print of a document would get: a preview's guess only.

    Only ``record_print`` allocates a copy number (another workstation may print in between).
    A copy is a reprint of the same content: prints of the document with another
    ``fingerprint`` (an invoice printed before its parcel shipped) are an earlier version's
    (``print_version``); a print that recorded none counts as this one's (when in doubt, COPY).
    A database open read-only cannot record a print, so what it prints is never the original:
    it is marked COPY (1 at least).
    """
    count = _copies(db, kind, number, fingerprint)
    return max(count, 1) if opened_read_only(db) else count


def _printed(db: Database, kind: str, number: str) -> list[str]:
    """The fingerprints of a document's prints, oldest first ("" where none was recorded)."""
    out = []
    for details in audit_sql.details_of_all(db, f"print.{kind}", number):
        try:
            found = json.loads(details).get("fingerprint", "")
        except (ValueError, AttributeError):
            found = ""
        out.append(found if isinstance(found, str) else "")
    return out


def _copies(db: Database, kind: str, number: str, fingerprint: str) -> int:
    return sum(1 for fp in _printed(db, kind, number) if not fingerprint or fp in ("", fingerprint))


def print_version(db: Database, kind: str, number: str, fingerprint: str) -> int:
    """The version of a document its content is: 1, or n where n - 1 other contents of it were
    printed first (an invoice reprinted after its parcel shipped, carrier and air waybill on it,
    is version 2 of that invoice, not a copy of the first)."""
    seen: list[str] = []
    for fp in _printed(db, kind, number):
        if fp == fingerprint:
            break
        if fp and fp not in seen:
            seen.append(fp)
    return len(seen) + 1


def record_print(
    db: Database,
    actor: Actor,
    kind: str,
    number: str,
    details: dict[str, Any],
    *,
    then: Callable[[int], dict[str, Any] | None] | None = None,
) -> int:
    """Allocate a print's copy number and record the print, in one transaction; return it.

    0 is the original and n the n-th reprint (COPY n). The number is counted under the write
    lock (BEGIN IMMEDIATE), so two workstations printing the same document at once get two
    numbers. ``then(copy)`` (painting that copy, putting a saved PDF in place) runs inside the
    same transaction and may return more details to record: if it fails, nothing is recorded,
    and a document is recorded exactly when it is there.
    """
    actor.require(Role.OPERATOR, phrase("printing"))
    if opened_read_only(db):  # nothing can be written (the copy is marked COPY): the log keeps it
        copy = print_count(db, kind, number, str(details.get("fingerprint", "")))
        more = then(copy) if then is not None else None
        log.info(
            "read-only session: %s printed %s %s copy %s %s",
            actor.name,
            kind,
            number,
            copy,
            {**details, **(more or {})},
        )
        return copy
    with transaction(db):
        copy = _copies(db, kind, number, str(details.get("fingerprint", "")))
        more = then(copy) if then is not None else None
        record(db, actor, f"print.{kind}", number, {"copy": copy, **details, **(more or {})})
    return copy


#: The most characters of joined label numbers an audit entry's object held before each label
#: was recorded on its own (``print.label`` on "L1,L2,P1", cut at 60).
JOINED_LABELS_MAX = 60


def _label_counts(db: Database, codes: list[str]) -> dict[str, int]:
    """How many times each label was printed: entries on the label's own number, and older
    entries on joined numbers that name it. The last name of a joined entry of
    ``JOINED_LABELS_MAX`` characters may be whole or cut short ("L3" of "L30"): it counts for a
    label of exactly that name, whole or not (when in doubt, the print is marked COPY: a
    reprint printed unmarked is the worse mistake), and for no label it is only the start of
    (one that begins "L3" could be any number printed since)."""
    counts = audit_sql.count_objects(db, "print.label", codes)
    for joined in audit_sql.joined_objects(db, "print.label"):
        for name in joined.split(","):
            if name in counts:
                counts[name] += 1
    return counts


def _label_copies(counts: dict[str, int], codes: list[str]) -> list[int]:
    """The copy number of each label in a print, in order (a number twice: the next copy)."""
    taken = dict(counts)
    copies = []
    for code in codes:
        copies.append(taken[code])
        taken[code] += 1
    return copies


def label_print_counts(db: Database, codes: list[str]) -> list[int]:
    """Return the copy number each label would get on the next print: a preview's guess only
    (as ``print_count``, counted per lot or parcel number; read-only: COPY 1 at least)."""
    copies = _label_copies(_label_counts(db, codes), codes)
    return [max(c, 1) for c in copies] if opened_read_only(db) else copies


def record_label_prints(
    db: Database,
    actor: Actor,
    codes: list[str],
    details: dict[str, Any],
    *,
    then: Callable[[list[int]], dict[str, Any] | None] | None = None,
) -> list[int]:
    """Allocate each label's copy number and record one ``print.label`` per label, in one
    transaction; return the copy numbers in order.

    As ``record_print``, but counted per lot or parcel number: a label printed alone after it
    was printed in a set is a copy. ``then(copies)`` runs inside the transaction.
    """
    actor.require(Role.OPERATOR, phrase("printing"))
    if not codes:
        raise UserError(phrase("labels: name at least one lot or parcel"))
    if opened_read_only(db):
        copies = label_print_counts(db, codes)
        more = then(copies) if then is not None else None
        log.info(
            "read-only session: %s printed labels %s copies %s %s",
            actor.name,
            ",".join(codes),
            copies,
            {**details, **(more or {})},
        )
        return copies
    with transaction(db):
        copies = _label_copies(_label_counts(db, codes), codes)
        more = then(copies) if then is not None else None
        for i, (code, copy) in enumerate(zip(codes, copies, strict=True), start=1):
            record(
                db,
                actor,
                "print.label",
                code,
                {"copy": copy, "label": i, "labels": len(codes), **details, **(more or {})},
            )
    return copies


#: The years a year-end report can be asked for (the next 1 January must be a date too).
FIRST_YEAR, LAST_YEAR = _FIRST_YEAR, dt.MAXYEAR - 1


def year_end_stock(db: Database, actor: Actor, year: int) -> dict[str, Any]:
    """Return sorted stock at the end of ``year`` in carats and value at that day's price book;
    each category's ``counted`` as ``lot_lineage``'s rows (its stones are counted stones). Beside
    it, the goods held outside sorted stock then: awaiting sorting (carats: not sorted into
    categories, no price), packed in parcels not shipped (carats, and value at the same price
    book), and all on hand."""
    actor.require(Role.OPERATOR, phrase("viewing year-end stock"))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(
            phrase(
                "year: {year} is not a year from {first} to {last}",
                year=year,
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        )
    end = dt.date(year, 12, 31)
    prices = records.prices_on(db, end.isoformat())
    # The year ends at midnight of the site's calendar, as its people and its lists read the
    # times (at UTC midnight, the first hours of 1 January east of Greenwich were the old
    # year's, and the last of 31 December west of it the new one's).
    before = utc_from_site_day(dt.date(year + 1, 1, 1), settings(db).timezone)
    rows = reports_sql.stock_on(db, before)
    lines: list[dict[str, Any]] = [
        {
            "category": code,
            "mct": mct,
            "stones": stones,
            "counted": counted(n, n - c),
            "value_cents": value_cents(mct, prices.get(cid, 0)),
        }
        for cid, code, mct, stones, n, c in rows
    ]
    # The goods at the site outside sorted stock: a stock-take counts them too (a lot still
    # awaiting sorting, a parcel packed and not shipped by the year's end).
    held = reports_sql.held_on(db, before)
    unsorted = sum(mct for place, _cid, mct in held if place == "received")
    packed = [(cid, mct) for place, cid, mct in held if place == "parcel"]
    stock_mct: int = sum(line["mct"] for line in lines)
    # What changed the year's figures after it ended: movements dated in it but recorded after
    # (a clock set back: an operator's back-dated lot made 500 ct appear in an ended year's
    # stock, an attack round, 2026-12-07), and the categories it values at a price set after
    # it ended (a supervisor's price from its last day revalued it).
    late = reports_sql.recorded_after(db, before)
    known = records.prices_on(db, end.isoformat(), set_before=before)
    valued = {cid for cid, *_rest in rows} | {cid for cid, _mct in packed if cid is not None}
    repriced = sum(1 for cid in valued if prices.get(cid) != known.get(cid))
    return {
        "year": year,
        # A year not yet over at the site: its figures are the stock recorded so far, not its
        # end's ("stock at the end of 2027" was said in 2026, as if known).
        "ended": end.isoformat() < site_today(db),
        "lines": lines,
        "mct": stock_mct,
        "value_cents": sum(line["value_cents"] for line in lines),
        "awaiting_sorting_mct": unsorted,
        "in_parcels_mct": sum(mct for _cid, mct in packed),
        "in_parcels_value_cents": sum(
            value_cents(mct, prices.get(cid, 0)) for cid, mct in packed if cid is not None
        ),
        "on_hand_mct": stock_mct + unsorted + sum(mct for _cid, mct in packed),
        "recorded_late": late,
        "prices_set_late": repriced,
    }
