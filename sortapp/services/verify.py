"""Verify the whole database: SQLite integrity, the audit chain, the ledger and its balances."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from sortapp.core.canonical import GENESIS_HASH, fingerprint
from sortapp.core.roles import Actor, Role
from sortapp.services.base import audit_hash, entries_digest, journal_canonical, site
from sortapp.services.parcels import get_parcel, parcel_fingerprint
from sortapp.storage import audit as audit_sql
from sortapp.storage import browse, integrity, ledger
from sortapp.storage import lots as lots_sql
from sortapp.storage import parcels as parcels_sql

_JOURNAL_ACTIONS = (
    "lot.receive",
    "lot.weigh",
    "sort.close",
    "parcel.add",
    "parcel.remove",
    "parcel.ship",
    "parcel.void",
)
_ENTRY_ACTIONS = ("sort.add", "sort.loss", "sort.correct")


@dataclass
class Report:
    """What verify found; ``ok`` when nothing."""

    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, message: str) -> None:
        self.problems.append(message)


def _check_audit(db: Database, report: Report) -> None:
    last: dict[str, str] = {}
    n = 0
    for _id, uid, code, at, user, action, obj, details, prev, digest in audit_sql.iter_entries(db):
        n += 1
        expected_prev = last.get(code, GENESIS_HASH)
        if prev != expected_prev:
            report.add(f"audit entry {uid}: the chain is broken (previous hash does not match)")
        if audit_hash(prev, uid, code, at, user, action, obj, details) != digest:
            report.add(f"audit entry {uid}: its content does not match its hash")
        last[code] = digest
    report.checked["audit entries"] = n


def _check_journals(db: Database, report: Report) -> None:
    recorded: dict[str, str] = {}
    for _action, _obj, details in integrity.audit_details(db, _JOURNAL_ACTIONS):
        data = json.loads(details)
        if data.get("journal"):
            recorded[data["journal"]] = data["journal_hash"]
    seen: set[str] = set()
    for head, lines in ledger.iter_canonical_journals(db):
        seen.add(head["uid"])
        # Read back from STRICT integer columns: no float can be there to refuse.
        digest = fingerprint(journal_canonical(head, lines), check=False)
        if digest != head["hash"]:
            report.add(f"ledger entry {head['uid']}: its lines do not match its hash")
        if recorded.get(head["uid"]) != head["hash"]:
            report.add(f"ledger entry {head['uid']}: not recorded as such in the audit log")
        if sum(line[5] for line in lines) != 0 or sum(line[6] for line in lines) != 0:
            report.add(f"ledger entry {head['uid']}: carats or stones do not balance")
    for uid in sorted(set(recorded) - seen):
        report.add(f"ledger entry {uid}: in the audit log but missing from the ledger")
    report.checked["ledger entries"] = len(seen)


def _entry_number(uid: str) -> int:
    return int(uid.rsplit("-E", 1)[1])


def _check_entries(db: Database, report: Report) -> None:
    """Every entry is in the audit log: one by one (typed) or in an import's digest."""
    recorded = {}
    for _action, obj, details in integrity.audit_details(db, _ENTRY_ACTIONS):
        data = json.loads(details)
        recorded[data["entry"]] = (obj, data["mct"], data["stones"], data["loss_type"])
    batches = [json.loads(d) for _a, _o, d in integrity.audit_details(db, ("sort.import",))]
    rows = lots_sql.iter_entries_canonical(db)
    by_number = {_entry_number(r[0]): r for r in rows}
    covered: set[str] = set()
    for batch in batches:
        first, last = _entry_number(batch["first"]), _entry_number(batch["last"])
        members = [by_number[n] for n in range(first, last + 1) if n in by_number]
        digest = entries_digest((r[0], r[1], r[2], r[3], r[4], r[5]) for r in members)
        if len(members) != batch["entries"] or digest != batch["digest"]:
            report.add(
                f"sorting entries {batch['first']}..{batch['last']}: do not match the "
                "audit log of their import"
            )
        covered.update(r[0] for r in members)
    for uid, _lot_uid, _cat, loss, mct, stones, _rev in rows:
        if uid in covered:
            continue
        seen = recorded.get(uid)
        if seen is None or seen[1:] != (mct, stones, loss):
            report.add(f"sorting entry {uid}: does not match the audit log")
    if len(recorded) + len(covered) != len(rows):
        report.add(
            f"sorting entries: {len(rows)} stored, {len(recorded) + len(covered)} in the audit log"
        )
    report.checked["sorting entries"] = len(rows)


def _check_balances(db: Database, report: Report) -> None:
    for key in ledger.recomputed_balance_mismatches(db):
        report.add(f"balance {key}: differs from the sum of its ledger lines")
    for row in ledger.negative_balances(db):
        report.add(f"balance {row[:5]}: negative ({row[5]} mct, {row[6]} stones)")
    for uid in ledger.unbalanced_journals(db):
        report.add(f"ledger entry {uid}: carats or stones do not balance")
    for number in lots_sql.receive_mismatches(db):
        report.add(f"lot {number}: weighed carats differ from the carats received in the ledger")
    for number in lots_sql.sorted_lots_with_unsorted_goods(db):
        report.add(f"lot {number}: closed, but goods still wait for sorting")
    for number in parcels_sql.parcel_place_mismatches(db):
        report.add(f"parcel {number}: its goods are not where its status says")
    _journals, postings, total = ledger.ledger_totals(db)
    if total != 0:
        report.add(f"ledger: all lines add up to {total} mct instead of 0")
    report.checked["ledger lines"] = postings


def _check_parcels(db: Database, report: Report) -> None:
    code = site(db).code
    numbers = parcels_sql.sealed_parcels(db)
    for number in numbers:
        parcel = get_parcel(db, number)
        row = parcels_sql.get_parcel(db, number)
        assert row is not None
        held = ledger.place_balances(
            db, "shipped" if parcel.status == "shipped" else "parcel", parcel.id
        )
        if sum(p.mct for p in held) != row["sealed_mct"] or parcel.mct != row["sealed_mct"]:
            report.add(f"parcel {number}: the ledger does not hold the sealed carats")
        if sum(p.stones for p in held) != row["sealed_stones"]:
            report.add(f"parcel {number}: the ledger does not hold the sealed stones")
        if parcel_fingerprint(parcel, code) != row["fingerprint"]:
            report.add(f"parcel {number}: its data do not match its sealed fingerprint")
    report.checked["sealed parcels"] = len(numbers)


def verify(db: Database, actor: Actor | None = None) -> Report:
    """Check everything; return a report listing every problem found (none when sound)."""
    if actor is not None:
        actor.require(Role.OPERATOR, "verifying the database")
    report, side = Report(), Report()
    path = integrity.file_path(db)
    with integrity.snapshot(db):
        if path is None:  # an in-memory database: one connection, one check after another
            _sqlite_checks(db, side)
            _python_checks(db, report)
        else:
            # SQLite's own checks and the SQL aggregates run on a second connection in a
            # thread (SQLite releases the GIL) while Python recomputes the hash chains.
            from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 (only to verify)

            with ThreadPoolExecutor(max_workers=1) as pool:
                future = pool.submit(_on_own_connection, path, side)
                _python_checks(db, report)
                future.result()
    report.problems[:0] = side.problems
    report.checked.update(side.checked)
    return report


def _sqlite_checks(db: Database, report: Report) -> None:
    checks = integrity.integrity_check(db)
    if checks != ["ok"]:
        report.add("SQLite integrity check: " + "; ".join(checks[:5]))
    if integrity.foreign_key_problems(db):
        report.add("SQLite foreign key check: rows point at missing rows")
    _check_balances(db, report)


def _on_own_connection(path: str, report: Report) -> None:
    db = integrity.open_second(path)
    try:
        with integrity.snapshot(db):
            _sqlite_checks(db, report)
    finally:
        db.close()


def _python_checks(db: Database, report: Report) -> None:
    _check_audit(db, report)
    _check_journals(db, report)
    _check_entries(db, report)
    _check_parcels(db, report)


def audit_entries(
    db: Database,
    *,
    action: str | None = None,
    user: str | None = None,
    obj: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Return audit entries, newest first, filtered by action prefix, user or object."""
    ids = browse.audit_ids(
        db, action=action or "", user=user or "", obj=obj or "", limit=limit + offset
    )[offset:]
    rows = browse.audit_rows(db, ids)
    return [rows[i] for i in ids]
