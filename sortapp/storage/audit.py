"""SQL for the hash-chained audit log."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from sortapp.core.canonical import GENESIS_HASH

AUDIT_COLUMNS = (
    "id",
    "uid",
    "site",
    "at",
    "user",
    "action",
    "object",
    "details",
    "prev_hash",
    "hash",
)


def last_hash(db: Database, site: str) -> str:
    row = db.execute(
        "SELECT hash FROM audit WHERE site = ? ORDER BY id DESC LIMIT 1", (site,)
    ).fetchone()
    return row[0] if row else GENESIS_HASH


def insert(db: Database, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO audit (id, uid, site, at, user, action, object, details, prev_hash, hash) "
        "VALUES (:id, :uid, :site, :at, :user, :action, :object, :details, :prev_hash, :hash)",
        row,
    )


def count(db: Database, action: str, obj: str) -> int:
    """Return how many audit entries record ``action`` on ``obj``."""
    row = db.execute(
        "SELECT count(*) FROM audit WHERE action = ? AND object = ?", (action, obj)
    ).fetchone()
    return int(row[0])
