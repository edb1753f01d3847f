"""SQL for SQLite's own checks."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from sqlite_utils import Database


def file_path(db: Database) -> str | None:
    """Return the file of the main database, or None for an in-memory one."""
    row = db.execute("PRAGMA database_list").fetchone()
    return row[2] or None


def open_second(path: str) -> Database:
    """Open another connection to the same file (for checks run in another thread)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA busy_timeout = 5000")
    return Database(conn)


@contextlib.contextmanager
def snapshot(db: Database) -> Iterator[None]:
    """Read everything in the block from one consistent snapshot (a read transaction)."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")


def integrity_check(db: Database) -> list[str]:
    """Return SQLite's integrity-check messages (['ok'] when sound)."""
    return [r[0] for r in db.execute("PRAGMA integrity_check")]


def foreign_key_problems(db: Database) -> int:
    return len(db.execute("PRAGMA foreign_key_check").fetchall())


def audit_details(db: Database, actions: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """Return (action, object, details) of the audit entries with the given actions."""
    marks = ",".join("?" * len(actions))
    return [
        tuple(r)  # type: ignore[misc]
        for r in db.execute(
            f"SELECT action, object, details FROM audit WHERE action IN ({marks}) ORDER BY id",
            actions,
        )
    ]
