"""SQL for the register of parties (importers): their full address and identifiers."""

from __future__ import annotations

from typing import Any

from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database

_COLUMNS = "id, name, address, country, tax_number, licence, port, updated_at"


def get_party(db: Database, name: str) -> dict[str, Any] | None:
    """The party of this name (compared without case), or None."""
    return named.first_dict(
        db.execute(
            f"SELECT {_COLUMNS} FROM parties WHERE {dbapi.same(db, 'name')}", (name.strip(),)
        )
    )


def list_parties(db: Database) -> list[dict[str, Any]]:
    return named.dicts(db.execute(f"SELECT {_COLUMNS} FROM parties ORDER BY lower(name), id"))


def insert_party(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "parties", row)


def update_party(db: Database, party_id: int, row: dict[str, Any]) -> None:
    db.execute(
        "UPDATE parties SET address = :address, country = :country, tax_number = :tax_number, "
        "licence = :licence, port = :port, updated_by = :updated_by, updated_at = :updated_at "
        "WHERE id = :id",
        {**row, "id": party_id},
    )
