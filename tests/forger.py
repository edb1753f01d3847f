"""What someone holding the database file can do, for the tamper tests: a plain sqlite3
connection (no sortapp triggers of its own), the protective triggers dropped and put back exactly
as they were, so only the data differ."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def raw_edit(path: Path, *statements: str, table: str | None = None) -> None:
    """Run ``statements`` with the triggers (of ``table``, or all but the ledger's summaries)
    dropped, foreign keys and CHECKs off, then put the triggers back."""
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("PRAGMA ignore_check_constraints = ON")
    where = "tbl_name = ?" if table else "name NOT LIKE 'postings_to_%'"
    triggers = raw.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND {where}",
        (table,) if table else (),
    ).fetchall()
    for name, _sql in triggers:
        raw.execute(f'DROP TRIGGER "{name}"')
    for statement in statements:
        raw.execute(statement)
    for _name, sql in triggers:
        raw.execute(sql)
    raw.commit()
    raw.close()
