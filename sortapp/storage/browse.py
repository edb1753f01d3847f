"""SQL behind the big lists (lots, ledger lines, audit): id lists filtered and sorted in SQL,
then rows fetched by id in batches, so a view holds ids and fetches lazily."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

# Sort keys a view may ask for -> SQL expressions (a whitelist: never user text in SQL).
LOT_ORDER = {
    "number": "l.number",
    "status": "l.status",
    "origin": "(SELECT min(country) FROM lot_origins o WHERE o.lot_id = l.id)",
    "received_at": "l.received_at",
    "weighed_mct": "l.weighed_mct",
    "declared_mct": "l.declared_mct",
    "stones": "l.weighed_stones",
}
LOT_KEYS = (
    "id",
    "number",
    "status",
    "origin",
    "received_at",
    "weighed_mct",
    "declared_mct",
    "stones",
    "source",
    "weight_flag",
)
AUDIT_KEYS = ("id", "uid", "at", "user", "action", "object", "details")
AUDIT_ORDER = {k: k for k in AUDIT_KEYS}
MOVE_KEYS = (
    "id",
    "journal",
    "at",
    "kind",
    "user",
    "place",
    "lot",
    "category",
    "parcel",
    "loss_type",
    "mct",
    "stones",
)
MOVE_ORDER = {
    "id": "p.id",
    "at": "j.at",
    "kind": "j.kind",
    "place": "p.place",
    "mct": "p.mct",
    "lot": "l.number",
    "journal": "j.id",
}


def _direction(descending: bool) -> str:
    return "DESC" if descending else "ASC"


def _page(
    db: Database,
    sql: str,
    params: list[Any],
    where: list[str],
    id_column: str,
    order_sql: str,
    descending: bool,
    limit: int,
    offset: int,
    after: int | None,
) -> tuple[str, list[Any]]:
    """Finish an id query with its order and one page.

    After the last id of the previous page it seeks (keyset: constant time however deep) on
    (sort value, id); where the sort value is empty (NULL) it falls back to LIMIT/OFFSET.
    """
    where = list(where)
    params = list(params)
    op = "<" if descending else ">"
    keyset = False
    if after is not None and order_sql == id_column:
        where.append(f"{id_column} {op} ?")
        params.append(after)
        keyset = True
    elif after is not None:
        lookup = sql.replace(f"SELECT {id_column}", f"SELECT {order_sql}", 1)
        row = db.execute(f"{lookup} WHERE {id_column} = ?", [after]).fetchone()
        if row is not None and row[0] is not None:
            # SQLite sorts NULL first: going down, the empty values still lie ahead.
            nulls = f" OR {order_sql} IS NULL" if descending else ""
            where.append(f"(({order_sql}, {id_column}) {op} (?, ?){nulls})")
            params += [row[0], after]
            keyset = True
    if where:
        sql += " WHERE " + " AND ".join(where)
    direction = _direction(descending)
    sql += f" ORDER BY {order_sql} {direction}, {id_column} {direction} LIMIT ? OFFSET ?"
    return sql, [*params, limit, 0 if keyset else offset]


def lot_ids(
    db: Database,
    *,
    search: str = "",
    status: str | None = None,
    origin: str | None = None,
    day_from: str | None = None,
    day_to: str | None = None,
    order: str = "received_at",
    descending: bool = True,
    limit: int = -1,
    offset: int = 0,
    after: int | None = None,
) -> list[int]:
    where, params = [], []
    if search:
        where.append(
            "(l.number LIKE ? OR l.supplier LIKE ? OR l.kp_cert_in LIKE ? OR EXISTS "
            "(SELECT 1 FROM lot_origins o WHERE o.lot_id = l.id AND o.mine LIKE ?))"
        )
        params += [f"%{search}%"] * 4
    if status:
        where.append("l.status = ?")
        params.append(status)
    if origin:
        where.append("EXISTS (SELECT 1 FROM lot_origins o WHERE o.lot_id = l.id AND o.country = ?)")
        params.append(origin)
    if day_from:
        where.append("l.received_at >= ?")
        params.append(day_from)
    if day_to:
        where.append("l.received_at < ?")
        params.append(day_to)
    sql, params = _page(
        db,
        "SELECT l.id FROM lots l",
        params,
        where,
        "l.id",
        LOT_ORDER[order],
        descending,
        limit,
        offset,
        after,
    )
    return [r[0] for r in db.execute(sql, params)]


def lot_rows(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT l.id, l.number, l.status,
                   (SELECT CASE WHEN count(DISTINCT country) = 1 THEN min(country) ELSE 'MIXED' END
                    FROM lot_origins o WHERE o.lot_id = l.id),
                   l.received_at, l.weighed_mct, l.declared_mct, l.weighed_stones,
                   coalesce((SELECT group_concat(mine, ', ') FROM lot_origins o
                             WHERE o.lot_id = l.id AND o.mine <> ''), l.supplier),
                   l.weight_flag AND l.weight_ack_by IS NULL
            FROM lots l WHERE l.id IN ({marks})""",
        list(ids),
    )
    return {r[0]: dict(zip(LOT_KEYS, r, strict=True)) for r in rows}


def audit_ids(
    db: Database,
    *,
    search: str = "",
    action: str = "",
    user: str = "",
    obj: str = "",
    order: str = "id",
    descending: bool = True,
    limit: int = -1,
    offset: int = 0,
    after: int | None = None,
) -> list[int]:
    """Return audit ids: ``search`` in object or details, ``action`` a prefix, exact user/object."""
    where, params = [], []
    if search:
        where.append("(object LIKE ? OR details LIKE ?)")
        params += [f"%{search}%"] * 2
    if action:
        where.append("action LIKE ? || '%'")
        params.append(action)
    if user:
        where.append("user = ?")
        params.append(user)
    if obj:
        where.append("object = ?")
        params.append(obj)
    sql, params = _page(
        db,
        "SELECT id FROM audit",
        params,
        where,
        "id",
        AUDIT_ORDER[order],
        descending,
        limit,
        offset,
        after,
    )
    return [r[0] for r in db.execute(sql, params)]


def audit_rows(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT {', '.join(AUDIT_KEYS)} FROM audit WHERE id IN ({marks})", list(ids))
    return {r[0]: dict(zip(AUDIT_KEYS, r, strict=True)) for r in rows}


def audit_actions(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT action FROM audit ORDER BY action")]


def movement_ids(
    db: Database,
    *,
    search: str = "",
    order: str = "id",
    descending: bool = True,
    limit: int = -1,
    offset: int = 0,
    after: int | None = None,
) -> list[int]:
    sql = "SELECT p.id FROM postings p"
    params: list[Any] = []
    where: list[str] = []
    if order in ("at", "kind", "journal") or search:
        sql += " JOIN journal j ON j.id = p.journal_id"
    if order == "lot" or search:
        sql += " JOIN lots l ON l.id = p.lot_id"
    if search:
        sql += " LEFT JOIN parcels pa ON pa.id = p.parcel_id"
        where.append("(l.number LIKE ? OR pa.number LIKE ? OR j.uid = ?)")
        params = [f"%{search}%", f"%{search}%", search]
    sql, params = _page(
        db, sql, params, where, "p.id", MOVE_ORDER[order], descending, limit, offset, after
    )
    return [r[0] for r in db.execute(sql, params)]


def movement_rows(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT p.id, j.uid, j.at, j.kind, u.name, p.place, l.number, c.code, pa.number,
                   p.loss_type, p.mct, p.stones
            FROM postings p JOIN journal j ON j.id = p.journal_id
            JOIN users u ON u.id = j.user_id JOIN lots l ON l.id = p.lot_id
            LEFT JOIN categories c ON c.id = p.category_id
            LEFT JOIN parcels pa ON pa.id = p.parcel_id
            WHERE p.id IN ({marks})""",
        list(ids),
    )
    return {r[0]: dict(zip(MOVE_KEYS, r, strict=True)) for r in rows}


def lot_origin_codes(db: Database) -> list[str]:
    """The countries any lot came from, in order."""
    return [
        r[0]
        for r in db.execute(
            "SELECT c.code FROM countries c WHERE EXISTS "
            "(SELECT 1 FROM lot_origins o WHERE o.country = c.code) ORDER BY c.code"
        )
    ]
