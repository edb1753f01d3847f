"""What changed since a workstation last looked: the audit log's new entries and rows added."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sortapp.storage import dbapi
from sortapp.storage.dbapi import Database


@dataclass(frozen=True)
class Marks:
    """The largest ids seen of the tables whose rows are only ever added."""

    audit: int
    entries: int
    lots: int


def marks(db: Database) -> Marks:
    row = db.execute(
        "SELECT (SELECT coalesce(max(id), 0) FROM audit), "
        "(SELECT coalesce(max(id), 0) FROM sort_entries), (SELECT coalesce(max(id), 0) FROM lots)"
    ).fetchone()
    return Marks(int(row[0]), int(row[1]), int(row[2]))


def data_version(db: Database) -> int | None:
    """SQLite's count of commits by other connections to the file; None on a server."""
    if not dbapi.sqlite(db):
        return None
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def audit_after(db: Database, last_id: int, limit: int = 10_000) -> list[tuple[int, str, str]]:
    """(id, action, object) of the audit entries after ``last_id``, oldest first."""
    return [
        (int(r[0]), r[1], r[2])
        for r in db.execute(
            "SELECT id, action, object FROM audit WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, limit),
        )
    ]


def lot_ids(db: Database, numbers: Iterable[str]) -> set[int]:
    wanted = sorted(numbers)
    if not wanted:
        return set()
    where = dbapi.among(db, "number", len(wanted))
    return {int(r[0]) for r in db.execute(f"SELECT id FROM lots WHERE {where}", wanted)}


def parcel_ids(db: Database, numbers: Iterable[str]) -> set[int]:
    wanted = sorted(numbers)
    if not wanted:
        return set()
    where = dbapi.among(db, "number", len(wanted))
    return {int(r[0]) for r in db.execute(f"SELECT id FROM parcels WHERE {where}", wanted)}


def lots_added_to(db: Database, before: Marks) -> set[int]:
    """The lots received since ``before`` and those that got sorting entries since."""
    return {
        int(r[0])
        for r in db.execute(
            "SELECT id FROM lots WHERE id > ? UNION SELECT lot_id FROM sort_entries WHERE id > ?",
            (before.lots, before.entries),
        )
    }
