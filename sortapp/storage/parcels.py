"""SQL for export parcels, their certificates, seals, prices and valuations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database

_PARCEL_COLUMNS = """id, uid, number, status, exporter, importer, destination, created_at,
    certificate_id, sealed_at, sealed_mct, sealed_stones, sealed_value_cents, origin, fingerprint,
    void_reason"""


def insert_parcel(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "parcels", row)


def get_parcel(db: Database, number: str) -> dict[str, Any] | None:
    return named.first_dict(
        db.execute(
            f"SELECT {_PARCEL_COLUMNS} FROM parcels WHERE {dbapi.same(db, 'number')}",
            (number.strip(),),
        )
    )


def signed_states(
    db: Database, numbers: str | None = None
) -> list[tuple[str, str, Any, Any, Any, Any, Any, Any]]:
    """(number, status, fingerprint, carrier, awb, void reason, KP certificate number or
    None, when shipped or None) of every parcel (or of those whose numbers the JSON array
    ``numbers`` holds: on a file only), from the table's own rows (verify: what its signed
    entries made each)."""
    among, params = (
        ("WHERE number IN (SELECT value FROM json_each(?))", (numbers,))
        if numbers is not None
        else ("", ())
    )
    return [
        tuple(row)
        for row in db.execute(
            "SELECT number, status, fingerprint, carrier, awb, void_reason, "
            "(SELECT c.number FROM certificates c WHERE c.id = parcels.certificate_id), "
            f"shipped_at FROM parcels NOT INDEXED {among} ORDER BY id",
            params,
        )
    ]


def list_parcels(
    db: Database, *, status: str | None = None, ids: Iterable[int] | None = None
) -> list[dict[str, Any]]:
    """Parcels, newest first: all, those of one status, or just those ``ids`` name."""
    conditions: list[str] = []
    params: list[Any] = []
    if status:
        conditions.append("status = ?")
        params.append(status)
    if ids is not None:
        wanted = sorted(ids)
        conditions.append(f"id IN ({', '.join('?' * len(wanted))})" if wanted else "0")
        params.extend(wanted)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    return named.dicts(
        db.execute(
            f"SELECT {_PARCEL_COLUMNS} FROM parcels {where} ORDER BY created_at DESC, id DESC",
            params,
        )
    )


def parcels_of_certificate(db: Database, certificate_id: int) -> list[dict[str, Any]]:
    return named.dicts(
        db.execute(
            f"SELECT {_PARCEL_COLUMNS} FROM parcels WHERE certificate_id = ? ORDER BY id",
            (certificate_id,),
        )
    )


def certificate_parcels_by_table(db: Database, certificate_id: int) -> list[tuple[int, str, str]]:
    """(id, number, status) of the parcels under a certificate, in order, read from the table
    itself (on a file, ``NOT INDEXED``): ``parcels_by_certificate`` edited alone, its table
    left as sealed, left a parcel (its carats and value) off its certificate's KP sheet (a
    fifth attack round, 2026-12-06); the documents' guard holds what the index finds to this.
    A scan of the table: a few milliseconds for 20,000 parcels."""
    hint = "NOT INDEXED " if dbapi.sqlite(db) else ""
    return [
        (int(row[0]), str(row[1]), str(row[2]))
        for row in db.execute(
            f"SELECT id, number, status FROM parcels {hint}WHERE certificate_id = ? ORDER BY id",
            (certificate_id,),
        )
    ]


def seal(db: Database, parcel_id: int, values: dict[str, Any]) -> None:
    db.execute(
        "UPDATE parcels SET status = 'sealed', certificate_id = :certificate_id, "
        "sealed_by = :sealed_by, sealed_at = :sealed_at, sealed_mct = :sealed_mct, "
        "sealed_stones = :sealed_stones, sealed_value_cents = :sealed_value_cents, "
        "origin = :origin, fingerprint = :fingerprint WHERE id = :id",
        {**values, "id": parcel_id},
    )


def mark_shipped(
    db: Database, parcel_id: int, user_id: int, at: str, carrier: str = "", awb: str = ""
) -> None:
    db.execute(
        "UPDATE parcels SET status = 'shipped', shipped_by = ?, shipped_at = ?, carrier = ?, "
        "awb = ? WHERE id = ?",
        (user_id, at, carrier or None, awb or None, parcel_id),
    )


def shipping_of(db: Database, parcel_id: int) -> dict[str, Any]:
    """The parcel's shipping: carrier, awb (air waybill) and shipped_at (None before it ships)."""
    found = named.first_dict(
        db.execute("SELECT carrier, awb, shipped_at FROM parcels WHERE id = ?", (parcel_id,))
    )
    return found or {"carrier": None, "awb": None, "shipped_at": None}


def mark_void(db: Database, parcel_id: int, user_id: int, at: str, reason: str) -> None:
    db.execute(
        "UPDATE parcels SET status = 'void', voided_by = ?, voided_at = ?, void_reason = ? "
        "WHERE id = ?",
        (user_id, at, reason, parcel_id),
    )


# -- certificates and seals --------------------------------------------------------------------


def get_certificate(db: Database, number: str) -> dict[str, Any] | None:
    return named.first_dict(
        db.execute(
            "SELECT id, number, issued, expires, exporter, importer, destination, authority "
            f"FROM certificates WHERE {dbapi.same(db, 'number')}",
            (number.strip(),),
        )
    )


def get_certificate_by_id(db: Database, certificate_id: int) -> dict[str, Any] | None:
    row = db.execute("SELECT number FROM certificates WHERE id = ?", (certificate_id,)).fetchone()
    return get_certificate(db, row[0]) if row else None


def insert_certificate(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "certificates", row)


def existing_seals(db: Database, seals: Iterable[str]) -> list[str]:
    wanted = list(seals)
    if not wanted:
        return []
    where = dbapi.among(db, "seal", len(wanted))
    return [r[0] for r in db.execute(f"SELECT seal FROM parcel_seals WHERE {where}", wanted)]


def insert_seals(db: Database, parcel_id: int, seals: Iterable[str]) -> None:
    db.conn.executemany(
        "INSERT INTO parcel_seals (seal, parcel_id) VALUES (?, ?)", [(s, parcel_id) for s in seals]
    )


def seals_of(db: Database, parcel_id: int) -> tuple[str, ...]:
    return tuple(
        r[0]
        for r in db.execute(
            "SELECT seal FROM parcel_seals WHERE parcel_id = ? ORDER BY seal", (parcel_id,)
        )
    )


# -- prices and valuations ---------------------------------------------------------------------


def insert_override(db: Database, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO price_overrides (parcel_id, category_id, cents_per_ct, reason, user_id, at) "
        "VALUES (:parcel_id, :category_id, :cents_per_ct, :reason, :user_id, :at)",
        row,
    )


def overrides_of(db: Database, parcel_id: int) -> dict[int, int]:
    """Return {category_id: cents_per_ct}; the latest override of a category wins."""
    return dict(
        db.execute(
            "SELECT category_id, cents_per_ct FROM price_overrides WHERE parcel_id = ? ORDER BY id",
            (parcel_id,),
        ).fetchall()
    )


def insert_valuation(db: Database, row: dict[str, Any]) -> None:
    dbapi.insert(db, "valuations", row)


def valuation_records(db: Database, parcel_id: int) -> dict[str, dict[str, Any]]:
    """Return {valuer: the latest valuation's row}: value_cents, valuer_name, organisation,
    valued_on, reference (None where not recorded) and at."""
    return {
        row["valuer"]: row
        for row in named.dicts(
            db.execute(
                "SELECT valuer, value_cents, valuer_name, organisation, valued_on, reference, at "
                "FROM valuations WHERE parcel_id = ? ORDER BY id",
                (parcel_id,),
            )
        )
    }


def valuations_of(db: Database, parcel_id: int) -> dict[str, int]:
    """Return {valuer: value_cents}; the latest valuation of each valuer wins."""
    return dict(
        db.execute(
            "SELECT valuer, value_cents FROM valuations WHERE parcel_id = ? ORDER BY id",
            (parcel_id,),
        ).fetchall()
    )


# -- sealed contents ---------------------------------------------------------------------------


def insert_sealed_lines(db: Database, parcel_id: int, rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert (category_id, lot_id, mct, stones, cents_per_ct, value_cents, price_source) rows."""
    db.conn.executemany(
        "INSERT INTO sealed_lines (parcel_id, category_id, lot_id, mct, stones, cents_per_ct, "
        "value_cents, price_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(parcel_id, *r) for r in rows],
    )


#: Of a parcel line of lot ``l`` and category ``c``: 1 where a standing sorting entry of them was
#: not counted (``uncounted_lines``, kept as a lot closes), so that its stones are those counted,
#: not the line's; else 0.
LINE_UNCOUNTED = """CASE WHEN EXISTS (SELECT 1 FROM uncounted_lines u
    WHERE u.lot_id = l.id AND u.category_id = c.id) THEN 1 ELSE 0 END"""


def uncounted_lots(db: Database, category_id: int) -> set[int]:
    """The lots some of whose goods of a category were sorted without a count (their stock's
    stones are those counted, fewer than its carats hold)."""
    return {
        row[0]
        for row in db.execute(
            "SELECT lot_id FROM uncounted_lines WHERE category_id = ?", (category_id,)
        )
    }


def sealed_lines(db: Database, parcel_id: int) -> list[tuple[Any, ...]]:
    """Return (category code, hs code, lot number, lot id, mct, stones, cents/ct, value, source,
    uncounted: ``LINE_UNCOUNTED``)."""
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT c.code, c.hs_code, l.number, l.id, s.mct, s.stones, s.cents_per_ct,
                      s.value_cents, s.price_source, {LINE_UNCOUNTED}
               FROM sealed_lines s JOIN categories c ON c.id = s.category_id
               JOIN lots l ON l.id = s.lot_id
               WHERE s.parcel_id = ? ORDER BY c.sort_order, l.received_at, l.id""",
            (parcel_id,),
        )
    ]


def live_lines(db: Database, parcel_id: int, place: str) -> list[tuple[Any, ...]]:
    """Return (category id, code, hs code, lot number, lot id, mct, stones, uncounted:
    ``LINE_UNCOUNTED``) held at ``place``."""
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT c.id, c.code, c.hs_code, l.number, l.id, b.mct, b.stones, {LINE_UNCOUNTED}
               FROM balances b INDEXED BY balances_by_parcel
               JOIN categories c ON c.id = b.category_id
               JOIN lots l ON l.id = b.lot_id
               WHERE b.parcel_id = ? AND b.place = ? AND (b.mct <> 0 OR b.stones <> 0)
               ORDER BY c.sort_order, l.received_at, l.id""",
            (parcel_id, place),
        )
    ]


#: A balance ``b`` of a parcel ``p`` holding goods at the wrong place for its status.
MISPLACED = """(b.mct <> 0 OR b.stones <> 0) AND (
                     (p.status IN ('draft', 'sealed') AND b.place <> 'parcel')
                  OR (p.status = 'shipped' AND b.place <> 'shipped')
                  OR (p.status = 'void'))"""


def parcel_place_mismatches(db: Database) -> list[str]:
    """Return parcels whose goods sit at the wrong place for their status."""
    return [
        r[0]
        for r in db.execute(
            f"""SELECT p.number FROM parcels p JOIN balances b ON b.parcel_id = p.id
               WHERE {MISPLACED}
               GROUP BY p.id LIMIT 20"""
        )
    ]


def unpacked_special_weights(db: Database, lot_id: int, category_id: int) -> list[int]:
    """The weights (mct) of the special stones sorted into ``lot_id``'s ``category_id`` that no
    standing packing holds, heaviest first: the lot's standing sorting entries of the category
    (neither a correction nor corrected), each weight taken off once for each standing packing
    of exactly that weight from that lot and category (a packing not reversed, in a parcel of
    any status but void: a void returns its goods to stock), whatever parcel holds it."""
    sorted_ = db.execute(
        """SELECT e.mct FROM sort_entries e
           WHERE e.lot_id = ? AND e.category_id = ? AND e.reverses_id IS NULL AND e.mct > 0
             AND NOT EXISTS (SELECT 1 FROM sort_entries x WHERE x.reverses_id = e.id)""",
        (lot_id, category_id),
    ).fetchall()
    packed = db.execute(
        """SELECT t.mct FROM postings t
           JOIN journal j ON j.id = t.journal_id
           JOIN parcels p ON p.id = t.parcel_id
           WHERE t.lot_id = ? AND t.category_id = ? AND t.place = 'parcel' AND t.mct > 0
             AND j.kind = 'pack' AND p.status <> 'void'
             AND NOT EXISTS (SELECT 1 FROM journal r WHERE r.reverses_id = j.id)""",
        (lot_id, category_id),
    ).fetchall()
    left = Counter(int(r[0]) for r in sorted_)
    left.subtract(int(r[0]) for r in packed)
    return sorted(left.elements(), reverse=True)


# Whether a sealed parcel's goods held in the ledger are other than its sealed lines, line by
# line: another lot or category under the same carats (a review, 2026-12-06: two unsigned
# packings, each keeping its own lot and category, swapped a sealed parcel's ZA goods for
# another lot's BW goods of another category, and only the totals were held). Both ways: each
# line the ledger holds is a sealed one, and each sealed line is held.
_HELD_LINES = """SELECT b.lot_id, b.category_id, b.loss_type, b.mct, b.stones
                 FROM balances b INDEXED BY balances_by_parcel
                 WHERE b.parcel_id = p.id
                   AND b.place = CASE p.status WHEN 'shipped' THEN 'shipped' ELSE 'parcel' END
                   AND (b.mct <> 0 OR b.stones <> 0)"""
_SEALED_LINES = """SELECT s.lot_id, s.category_id, '', s.mct, s.stones FROM sealed_lines s
                   WHERE s.parcel_id = p.id"""
LINES_DIFFER = f"""(EXISTS ({_HELD_LINES} EXCEPT {_SEALED_LINES})
                    OR EXISTS ({_SEALED_LINES} EXCEPT {_HELD_LINES}))"""


def held_lines_differ(db: Database, parcel_id: int) -> bool:
    """Whether the goods the ledger holds in a sealed or shipped parcel are other than its
    sealed lines (``LINES_DIFFER``, for the one parcel)."""
    row = db.execute(f"SELECT {LINES_DIFFER} FROM parcels p WHERE p.id = ?", (parcel_id,))
    found = row.fetchone()
    return bool(found and found[0])


def packers(db: Database, parcel_id: int) -> list[str]:
    """The users who packed goods into the parcel (its ledger's packings, those removed again
    left out), in the order they first did."""
    seen: dict[str, None] = {}
    for (name,) in db.execute(
        """SELECT u.name FROM journal j JOIN users u ON u.id = j.user_id
           WHERE j.kind = 'pack' AND j.parcel_id = ?
             AND NOT EXISTS (SELECT 1 FROM journal r WHERE r.reverses_id = j.id)
           ORDER BY j.id""",
        (parcel_id,),
    ):
        seen[name] = None
    return list(seen)
