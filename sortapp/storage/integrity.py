"""SQL for SQLite's own checks."""

from __future__ import annotations

from sqlite_utils import Database


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
