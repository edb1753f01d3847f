"""SQL for transfer files received from other sites, and the partner keys pinned to check them.

(``site_keys``, the shared HMAC keys of transfer format 1, is no longer read or written: its rows
stay as history, under the audit chain like every protected table.)
"""

from __future__ import annotations

from typing import Any

from sortapp.storage.dbapi import Database


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
        "INSERT INTO bundles (fingerprint, sender, parcel, lot_id, imported_by, imported_at, body, "
        "sender_key, signature) VALUES (:fingerprint, :sender, :parcel, :lot_id, :imported_by, "
        ":imported_at, :body, :sender_key, :signature)",
        row,
    )


def bundle_of_lot(db: Database, lot_id: int) -> str | None:
    row = db.execute("SELECT body FROM bundles WHERE lot_id = ?", (lot_id,)).fetchone()
    return row[0] if row else None


def partner_key(db: Database, site: str) -> str | None:
    """Return the fingerprint of the key pinned for a partner site, if one is."""
    row = db.execute("SELECT fingerprint FROM partner_keys WHERE site = ?", (site,)).fetchone()
    return row[0] if row else None


def pin_partner_key(
    db: Database, site: str, fingerprint: str, user_id: int, at: str, reason: str
) -> None:
    db.execute(
        "INSERT INTO partner_keys (site, fingerprint, pinned_by, pinned_at, reason) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (site) DO UPDATE SET "
        "fingerprint = excluded.fingerprint, pinned_by = excluded.pinned_by, "
        "pinned_at = excluded.pinned_at, reason = excluded.reason",
        (site, fingerprint, user_id, at, reason),
    )


def partner_keys(db: Database) -> list[tuple[str, str, str, str, str]]:
    """Return every pinned partner key: (site, fingerprint, pinned by, pinned at, reason)."""
    return [
        tuple(row)
        for row in db.execute(
            "SELECT p.site, p.fingerprint, u.name, p.pinned_at, p.reason FROM partner_keys p "
            "JOIN users u ON u.id = p.pinned_by ORDER BY p.site"
        ).fetchall()
    ]
