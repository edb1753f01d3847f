"""What a scanned or typed number names: a lot, a parcel, a KP certificate or a uid (SQL)."""

from __future__ import annotations

from sortapp.storage import dbapi
from sortapp.storage.dbapi import Database


def lot_number(db: Database, text: str) -> str | None:
    """The number of the lot whose number is ``text`` (without case)."""
    row = db.execute(
        f"SELECT number FROM lots WHERE {dbapi.same(db, 'number')}", (text,)
    ).fetchone()
    return str(row[0]) if row else None


def parcel_number(db: Database, text: str) -> str | None:
    """The number of the parcel whose number is ``text`` (without case)."""
    row = db.execute(
        f"SELECT number FROM parcels WHERE {dbapi.same(db, 'number')}", (text,)
    ).fetchone()
    return str(row[0]) if row else None


def certificate_parcels(db: Database, text: str) -> tuple[str, list[str]] | None:
    """The KP certificate numbered ``text`` (its number as recorded) and its parcels, oldest
    first (void ones last)."""
    cert = db.execute(
        f"SELECT id, number FROM certificates WHERE {dbapi.same(db, 'number')}", (text,)
    ).fetchone()
    if cert is None:
        return None
    rows = db.execute(
        "SELECT number FROM parcels WHERE certificate_id = ? "
        "ORDER BY CASE WHEN status = 'void' THEN 1 ELSE 0 END, id",
        (cert[0],),
    ).fetchall()
    return str(cert[1]), [str(r[0]) for r in rows]


def lots_by_certificate(db: Database, text: str) -> list[str]:
    """The numbers of the lots that arrived under the incoming KP certificate ``text``."""
    return [
        str(r[0])
        for r in db.execute(
            "SELECT number FROM lots WHERE kp_cert_in <> '' AND lower(kp_cert_in) = lower(?) "
            "ORDER BY id",
            (text,),
        ).fetchall()
    ]


def by_uid(db: Database, table: str, uid: str) -> str | None:
    """The lot's or parcel's number (``table`` lots or parcels) whose uid is ``uid``; for a
    sorting entry (``sort_entries``), its lot's number."""
    if table == "sort_entries":
        sql = "SELECT l.number FROM sort_entries e JOIN lots l ON l.id = e.lot_id WHERE e.uid = ?"
    elif table in ("lots", "parcels"):
        sql = f"SELECT number FROM {table} WHERE uid = ?"
    else:
        raise ValueError(f"no uid lookup in {table!r}")
    row = db.execute(sql, (uid,)).fetchone()
    return str(row[0]) if row else None
