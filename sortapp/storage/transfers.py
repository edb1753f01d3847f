"""SQL for transfer files received from other sites, and the shared keys that sign them."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def imported(db: Database, fingerprint: str, sender: str, parcel: str) -> str | None:
    """Return the lot a bundle (or the same sender's parcel) was imported as, if it was."""
    row = db.execute(
        "SELECT l.number FROM bundles b JOIN lots l ON l.id = b.lot_id "
        "WHERE b.fingerprint = ? OR (b.sender = ? AND b.parcel = ?)",
        (fingerprint, sender, parcel),
    ).fetchone()
    return row[0] if row else None


def insert_bundle(db: Database, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO bundles (fingerprint, sender, parcel, lot_id, imported_by, imported_at, body) "
        "VALUES (:fingerprint, :sender, :parcel, :lot_id, :imported_by, :imported_at, :body)",
        row,
    )


def bundle_of_lot(db: Database, lot_id: int) -> str | None:
    row = db.execute("SELECT body FROM bundles WHERE lot_id = ?", (lot_id,)).fetchone()
    return row[0] if row else None


def get_key(db: Database, site: str) -> str | None:
    row = db.execute("SELECT key_hex FROM site_keys WHERE site = ?", (site,)).fetchone()
    return row[0] if row else None


def put_key(db: Database, site: str, key_hex: str, at: str) -> None:
    db.execute(
        "INSERT INTO site_keys (site, key_hex, set_at) VALUES (?, ?, ?) "
        "ON CONFLICT (site) DO UPDATE SET key_hex = excluded.key_hex, set_at = excluded.set_at",
        (site, key_hex, at),
    )
