"""SQL behind the big lists (lots, ledger lines, audit): id lists filtered and sorted in SQL,
then rows fetched by id in batches, so a view holds ids and fetches lazily.

A row is a small frozen, slotted dataclass (``LotRow``, ``AuditRow``, ``MovementRow``); its
SELECT list is written once, one SQL expression per field name (``named.select``, checked against
the class's fields when this module is imported), and its rows are built by those names
(``named.each``), positionally where the columns come in the fields' order, as fast as the dicts
they replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database


@dataclass(frozen=True, slots=True)
class LotRow:
    """One line of the lot list."""

    id: int
    number: str
    status: str
    #: The one country the lot came from, 'MIXED' for several (None: no origin recorded).
    origin: str | None
    received_at: str
    weighed_mct: int | None
    declared_mct: int | None
    stones: int | None
    #: The mines, else the supplier.
    source: str
    #: 1 while the weighed weight is off the declared one and nobody acknowledged it, else 0.
    weight_flag: int


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One entry of the audit log."""

    id: int
    uid: str
    at: str
    user: str
    action: str
    object: str
    #: The entry's details, a JSON object as text.
    details: str


@dataclass(frozen=True, slots=True)
class MovementRow:
    """One ledger line (posting) with its journal entry."""

    id: int
    #: The journal entry's uid.
    journal: str
    at: str
    kind: str
    user: str
    place: str
    lot: str
    category: str | None
    parcel: str | None
    loss_type: str | None
    mct: int
    stones: int

    @property
    def counted_stones(self) -> int | None:
        """The line's stones, or None where they were not counted: goods of some carats are
        never 0 stones, so a line of carats holding 0 stones was not counted (the ledger's
        stones are counted stones, 0 where not counted: ``ParcelLine.stones_counted``). A
        sorting difference's stones are a difference (0 where the counts agree), said as
        they are."""
        if self.stones == 0 and self.mct != 0 and self.place != "adjust":
            return None
        return self.stones


_LOT_SELECT = named.select(
    LotRow,
    {
        "id": "l.id",
        "number": "l.number",
        "status": "l.status",
        "origin": "(SELECT CASE WHEN count(DISTINCT country) = 1 THEN min(country) ELSE 'MIXED' "
        "END FROM lot_origins o WHERE o.lot_id = l.id)",
        "received_at": "l.received_at",
        "weighed_mct": "l.weighed_mct",
        "declared_mct": "l.declared_mct",
        "stones": "l.weighed_stones",
        "source": "coalesce((SELECT {joined_mines} FROM lot_origins o "
        "WHERE o.lot_id = l.id AND o.mine <> ''), l.supplier)",
        "weight_flag": "(l.weight_flag <> 0 AND l.weight_ack_by IS NULL)",
    },
)
# "user" quoted: a reserved word on PostgreSQL (bare, it is the connection's role there).
_AUDIT_SELECT = named.select(AuditRow, {f.name: f'"{f.name}"' for f in fields(AuditRow)})
_MOVEMENT_SELECT = named.select(
    MovementRow,
    {
        "id": "p.id",
        "journal": "j.uid",
        "at": "j.at",
        "kind": "j.kind",
        "user": "u.name",
        "place": "p.place",
        "lot": "l.number",
        "category": "c.code",
        "parcel": "pa.number",
        "loss_type": "p.loss_type",
        "mct": "p.mct",
        "stones": "p.stones",
    },
)


def lot_select(db: Database) -> str:
    """The columns of a ``LotRow`` over ``lots l``, in ``db``'s dialect."""
    return _LOT_SELECT.format(joined_mines=dbapi.joined(db, "mine", "', '"))


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
# ("id" as the key column is written, so that paging by it seeks: see ``_page``.)
#: Sort columns that are NOT NULL (besides the id columns): see ``_page``.
NEVER_EMPTY = frozenset({"l.received_at", "j.id"})
AUDIT_ORDER = {f.name: f'"{f.name}"' if f.name == "user" else f.name for f in fields(AuditRow)}
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
    # PostgreSQL is told where empty values (NULL) go, unless the column is never empty: said
    # of an indexed column, its index no longer gives the order, and every page sorted the
    # whole list (a page of 2,000 audit ids: 50 ms, against 1 ms read from the index).
    # On SQLite too: a page after a row whose value may be followed by empty ones looks for
    # them as well (``OR ... IS NULL``), which reads the list from its start (a page of the
    # ledger sorted by entry deep down: 35-90 ms, against 1 ms sought).
    never_empty = order_sql == id_column or order_sql in NEVER_EMPTY
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
            nulls = f" OR {order_sql} IS NULL" if descending and not never_empty else ""
            where.append(f"(({order_sql}, {id_column}) {op} (?, ?){nulls})")
            params += [row[0], after]
            keyset = True
    if where:
        sql += " WHERE " + " AND ".join(where)
    direction = _direction(descending)
    # Empty values (NULL) sort first going up, last going down, as SQLite has it; said so on
    # PostgreSQL, whose default is the other way round.
    if dbapi.sqlite(db) or never_empty:
        nulls = ""
    else:
        nulls = " NULLS LAST" if descending else " NULLS FIRST"
    sql += f" ORDER BY {order_sql} {direction}{nulls}, {id_column} {direction} LIMIT ? OFFSET ?"
    # No limit: SQLite's -1, PostgreSQL's NULL.
    unlimited = limit < 0 and not dbapi.sqlite(db)
    return sql, [*params, None if unlimited else limit, 0 if keyset else offset]


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
            "(l.number {like} ? OR l.supplier {like} ? OR l.kp_cert_in {like} ? OR EXISTS "
            "(SELECT 1 FROM lot_origins o WHERE o.lot_id = l.id AND o.mine {like} ?))".format(
                like=dbapi.like(db)
            )
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


def lot_rows(db: Database, ids: Sequence[int]) -> dict[int, LotRow]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT {lot_select(db)} FROM lots l WHERE l.id IN ({marks})", list(ids))
    return {row.id: row for row in named.each(rows, LotRow)}


def audit_ids(
    db: Database,
    *,
    search: str = "",
    action: str = "",
    user: str = "",
    obj: str = "",
    actions: Sequence[str] = (),
    order: str = "id",
    descending: bool = True,
    limit: int = -1,
    offset: int = 0,
    after: int | None = None,
) -> list[int]:
    """Return audit ids: ``search`` in object or details, ``action`` a prefix, exact user/object,
    ``actions`` prefixes of which one must match (a lot's or a parcel's history)."""
    where, params = [], []
    if search:
        where.append(f"(object {dbapi.like(db)} ? OR details {dbapi.like(db)} ?)")
        params += [f"%{search}%"] * 2
    if action:
        where.append("action LIKE ? || '%'")
        params.append(action)
    if user:
        where.append('"user" = ?')
        params.append(user)
    if obj:
        where.append("object = ?")
        params.append(obj)
    if actions:
        where.append("(" + " OR ".join(["action LIKE ? || '%'"] * len(actions)) + ")")
        params += list(actions)
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


def audit_rows(db: Database, ids: Sequence[int]) -> dict[int, AuditRow]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT {_AUDIT_SELECT} FROM audit WHERE id IN ({marks})", list(ids))
    return {row.id: row for row in named.each(rows, AuditRow)}


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
        where.append(f"(l.number {dbapi.like(db)} ? OR pa.number {dbapi.like(db)} ? OR j.uid = ?)")
        params = [f"%{search}%", f"%{search}%", search]
    sql, params = _page(
        db, sql, params, where, "p.id", MOVE_ORDER[order], descending, limit, offset, after
    )
    return [r[0] for r in db.execute(sql, params)]


def movement_rows(db: Database, ids: Sequence[int]) -> dict[int, MovementRow]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT {_MOVEMENT_SELECT}
            FROM postings p JOIN journal j ON j.id = p.journal_id
            JOIN users u ON u.id = j.user_id JOIN lots l ON l.id = p.lot_id
            LEFT JOIN categories c ON c.id = p.category_id
            LEFT JOIN parcels pa ON pa.id = p.parcel_id
            WHERE p.id IN ({marks})""",
        list(ids),
    )
    return {row.id: row for row in named.each(rows, MovementRow)}


def lot_origin_codes(db: Database) -> list[str]:
    """The countries any lot came from, in order."""
    return [
        r[0]
        for r in db.execute(
            "SELECT c.code FROM countries c WHERE EXISTS "
            "(SELECT 1 FROM lot_origins o WHERE o.country = c.code) ORDER BY c.code"
        )
    ]
