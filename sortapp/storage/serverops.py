"""What the facility server says about its own operation (its settings), for the CLI's checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sortapp.storage.pg import PgDatabase


@dataclass(frozen=True)
class Archiving:
    """The server's WAL archiving settings (``None``: the server would not say)."""

    mode: str | None
    command: str | None
    library: str | None


def archiving(db: PgDatabase) -> Archiving:
    """Read ``archive_mode``, ``archive_command`` and ``archive_library`` (PostgreSQL 15 and
    later; None before) from the server; a setting this role may not read is None."""
    values = []
    for name in ("archive_mode", "archive_command", "archive_library"):
        row = db.execute(
            "SELECT setting FROM pg_settings WHERE name = ?",
            (name,),
        ).fetchone()
        values.append(None if row is None else str(row[0]))
    return Archiving(*values)
