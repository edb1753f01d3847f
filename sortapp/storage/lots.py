"""SQL for lots, their origins and seals, and sorting entries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from sortapp.core import uids
from sortapp.core.entities import Lot
from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database

_LOT_COLUMNS = """id, uid, number, status, received_at, supplier, declared_mct, declared_stones,
    declared_value_cents, weighed_mct, weighed_stones, kp_cert_in, from_country, hs_code_in, source,
    weight_flag, weight_ack_by IS NOT NULL AS weight_acknowledged"""


def insert_lot(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "lots", row)


def insert_origins(db: Database, lot_id: int, origins: Iterable[tuple[str, str]]) -> None:
    db.conn.executemany(
        "INSERT INTO lot_origins (lot_id, country, mine) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(lot_id, c, m) for c, m in origins],
    )


def insert_seals(db: Database, lot_id: int, seals: Iterable[str]) -> None:
    db.conn.executemany(
        "INSERT INTO lot_seals (lot_id, seal) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(lot_id, s) for s in seals],
    )


def _with_origins_and_seals(db: Database, lot: Lot) -> Lot:
    origins = tuple(
        (c, m)
        for c, m in db.execute(
            "SELECT country, mine FROM lot_origins WHERE lot_id = ? ORDER BY country, mine",
            (lot.id,),
        )
    )
    seals = tuple(
        r[0]
        for r in db.execute("SELECT seal FROM lot_seals WHERE lot_id = ? ORDER BY seal", (lot.id,))
    )
    return replace(lot, origins=origins, seals=seals)


#: On the server, a lot's origins and seals come with it (one round trip, not three a lot), in
#: the order the separate statements give (the same columns' collation).
_ORIGINS_AND_SEALS = """,
    coalesce((SELECT array_agg(ARRAY[o.country, o.mine] ORDER BY o.country, o.mine)
              FROM lot_origins o WHERE o.lot_id = lots.id), '{}') AS origins,
    coalesce((SELECT array_agg(s.seal ORDER BY s.seal)
              FROM lot_seals s WHERE s.lot_id = lots.id), '{}') AS seals"""


def _lots(db: Database, sql: str, params: Sequence[Any]) -> list[Lot]:
    """The lots a ``SELECT {_LOT_COLUMNS} FROM lots ...`` finds, with their origins and seals."""
    if dbapi.sqlite(db):
        found = named.every(db.execute(sql, params), Lot)
        return [_with_origins_and_seals(db, lot) for lot in found]
    sql = sql.replace(_LOT_COLUMNS, _LOT_COLUMNS + _ORIGINS_AND_SEALS, 1)
    return [
        replace(lot, origins=tuple((c, m) for c, m in lot.origins), seals=tuple(lot.seals))
        for lot in named.every(db.execute(sql, params), Lot)
    ]


def get_lot(db: Database, number: str) -> Lot | None:
    found = _lots(
        db, f"SELECT {_LOT_COLUMNS} FROM lots WHERE {dbapi.same(db, 'number')}", (number.strip(),)
    )
    return found[0] if found else None


def get_lot_by_id(db: Database, lot_id: int) -> Lot | None:
    found = _lots(db, f"SELECT {_LOT_COLUMNS} FROM lots WHERE id = ?", (lot_id,))
    return found[0] if found else None


def list_lots(
    db: Database, *, status: str | None = None, limit: int = 1000, offset: int = 0
) -> list[Lot]:
    where, params = "", []
    if status:
        where, params = "WHERE status = ?", [status]
    return _lots(
        db,
        f"SELECT {_LOT_COLUMNS} FROM lots {where} ORDER BY received_at DESC, id DESC "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )


def origins_of_lots(db: Database, lot_ids: Iterable[int]) -> dict[int, list[str]]:
    ids = sorted(set(lot_ids))
    out: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return out
    marks = ",".join("?" * len(ids))
    for lot_id, country in db.execute(
        f"SELECT DISTINCT lot_id, country FROM lot_origins WHERE lot_id IN ({marks}) "
        "ORDER BY lot_id, country",
        ids,
    ):
        out[lot_id].append(country)
    return out


#: Restricting a query of lots to the numbers of a JSON array (a parameter), on a file.
_NUMBERED = "AND l.number IN (SELECT value FROM json_each(?))"
#: The ids of those lots, read from the table's own rows (its number index edited alone could
#: leave one out).
_NUMBERED_IDS = "(SELECT l.id FROM lots l NOT INDEXED WHERE 1 = 1 " + _NUMBERED + ")"


class StatedLot(NamedTuple):
    """What entries state of a lot, as its row holds it (``stated_rows``): a tuple, as a long
    history holds fifty thousand lots."""

    id: int
    number: str
    declared_mct: Any
    declared_stones: Any
    declared_value_cents: Any
    kp_cert_in: Any
    from_country: Any
    hs_code_in: Any
    source: Any
    supplier: Any
    received_at: Any
    received_by: Any  # (by name)
    weighed_mct: Any
    weight_flag: Any
    status: Any
    ack_by: Any  # (by name)
    ack_reason: Any
    weighed_stones: Any


def stated_rows(db: Database, numbers: str | None = None) -> list[StatedLot]:
    """What entries state of every lot (or of those whose numbers the JSON array ``numbers``
    holds: on a file only), from the table's own rows: its id, number and recorded facts (the
    columns that never change once it is received; who received it, by name), its weight, flag
    and status, and who acknowledged its weight difference (a name; None: no one) and why."""
    among, params = (_NUMBERED, (numbers,)) if numbers is not None else ("", ())
    return [
        StatedLot(*row)
        for row in db.execute(
            "SELECT l.id, l.number, l.declared_mct, l.declared_stones, l.declared_value_cents, "
            "l.kp_cert_in, l.from_country, l.hs_code_in, l.source, l.supplier, l.received_at, "
            "u.name, l.weighed_mct, l.weight_flag, l.status, "
            "CASE WHEN l.weight_ack_by IS NULL THEN NULL "
            "ELSE coalesce(a.name, '#' || l.weight_ack_by) END, l.weight_ack_reason, "
            "l.weighed_stones "
            "FROM lots l NOT INDEXED LEFT JOIN users u ON u.id = l.received_by "
            f"LEFT JOIN users a ON a.id = l.weight_ack_by WHERE 1 = 1 {among} ORDER BY l.id",
            params,
        )
    ]


def without_origin(db: Database, numbers: str | None = None) -> list[str]:
    """The numbers of the lots (of those the JSON array ``numbers`` holds, on a file) with no
    origin recorded: sortapp receives a lot with its origins, so only one added outside it."""
    among, params = (_NUMBERED, (numbers,)) if numbers is not None else ("", ())
    return [
        str(row[0])
        for row in db.execute(
            "SELECT l.number FROM lots l NOT INDEXED WHERE NOT EXISTS (SELECT 1 FROM lot_origins "
            f"o WHERE o.lot_id = l.id) {among} ORDER BY l.id",
            params,
        )
    ]


def lot_weighings(db: Database, numbers: str | None = None) -> list[tuple[int, int, str, int, str]]:
    """(id, lot id, action, carats, recorded at) of each weighing of a lot (of those the JSON array
    ``numbers`` holds, on a file) by its receipt, weighing or reweighing, in id order (a
    sorting entry's names its lot too)."""
    among, params = (
        ("AND w.lot_id IN " + _NUMBERED_IDS, (numbers,)) if numbers is not None else ("", ())
    )
    return [
        (int(r[0]), int(r[1]), str(r[2]), int(r[3]), str(r[4]))
        for r in db.execute(
            "SELECT w.id, w.lot_id, w.action, w.mct, w.at FROM weighings w "
            "WHERE w.lot_id IS NOT NULL AND w.action IN ('receive', 'weigh', 'reweigh') "
            f"{among} ORDER BY w.id",
            params,
        )
    ]


def lots_of_weighings(db: Database, ids: list[int]) -> set[int]:
    """The lots the weighings of ids ``ids`` weighed."""
    found: set[int] = set()
    for at in range(0, len(ids), 500):
        batch = ids[at : at + 500]
        marks = ", ".join("?" * len(batch))
        found.update(
            int(r[0])
            for r in db.execute(
                "SELECT DISTINCT lot_id FROM weighings "
                f"WHERE lot_id IS NOT NULL AND id IN ({marks})",
                batch,
            )
        )
    return found


def closings(
    db: Database, numbers: str | None = None, beyond: int = -1
) -> dict[str, tuple[int, int, int]]:
    """Each closing of a sorting the ledger holds (an entry of kind ``sort``; of the lots whose
    numbers the JSON array ``numbers`` holds, on a file) whose difference written off is more
    than ``beyond`` carats either way, by its uid: (its lot, the carats it took from received,
    the difference: its ``adjust`` line)."""
    among, params = (
        ("AND j.lot_id IN " + _NUMBERED_IDS, (numbers,)) if numbers is not None else ("", ())
    )
    return {
        str(uid): (int(lot_id), int(received or 0), int(difference or 0))
        for uid, lot_id, received, difference in db.execute(
            f"""SELECT j.uid, j.lot_id,
                       -sum(CASE WHEN t.place = 'received' THEN t.mct ELSE 0 END),
                       sum(CASE WHEN t.place = 'adjust' THEN t.mct ELSE 0 END)
                FROM journal j NOT INDEXED
                JOIN postings t INDEXED BY postings_by_journal ON t.journal_id = j.id
                WHERE j.kind = 'sort' AND j.lot_id IS NOT NULL {among}
                GROUP BY j.id, j.uid, j.lot_id
                HAVING abs(sum(CASE WHEN t.place = 'adjust' THEN t.mct ELSE 0 END)) > ?""",
            (*params, beyond),
        )
    }


def stone_closings(db: Database, numbers: str | None = None) -> dict[str, int]:
    """Each closing of a sorting the ledger holds (of the lots whose numbers the JSON array
    ``numbers`` holds, on a file) that writes a stone difference off (its ``adjust`` line's
    stones), by its uid: its lot."""
    among, params = (
        ("AND j.lot_id IN " + _NUMBERED_IDS, (numbers,)) if numbers is not None else ("", ())
    )
    return {
        str(uid): int(lot_id)
        for uid, lot_id in db.execute(
            f"""SELECT j.uid, j.lot_id FROM journal j NOT INDEXED
                JOIN postings t INDEXED BY postings_by_journal ON t.journal_id = j.id
                WHERE j.kind = 'sort' AND j.lot_id IS NOT NULL {among}
                  AND t.place = 'adjust' AND t.stones <> 0""",
            params,
        )
    }


def counted_out(db: Database, lot_ids: Sequence[int]) -> set[int]:
    """Of ``lot_ids``, the lots whose stones were counted in (at weighing) and out (every
    standing entry of goods, as ``entry_totals`` reads them): their closing's stone difference
    is one a supervisor accepts (``Reconciliation.stone_difference``)."""
    found: set[int] = set()
    for start in range(0, len(lot_ids), 500):
        part = list(lot_ids[start : start + 500])
        marks = ",".join("?" * len(part))
        found.update(
            int(r[0])
            for r in db.execute(
                f"""SELECT c.lot_id FROM (
                        SELECT e.lot_id AS lot_id, {_STANDING_AS}
                        FROM sort_entries e
                        WHERE e.category_id IS NOT NULL AND e.lot_id IN ({marks})
                        GROUP BY e.lot_id, e.category_id
                        HAVING sum(e.mct) <> 0 OR sum(e.stones) <> 0) c
                    JOIN lots l ON l.id = c.lot_id
                    WHERE l.weighed_stones IS NOT NULL
                    GROUP BY c.lot_id
                    HAVING sum(c.standing) > 0 AND sum(c.counted) = sum(c.standing)""",
                part,
            )
        )
    return found


def closed(db: Database, numbers: str | None = None) -> set[int]:
    """The lots the ledger holds a closing of (an entry of kind ``sort``; of the lots whose
    numbers the JSON array ``numbers`` holds, on a file), from its own rows."""
    among, params = (
        ("AND lot_id IN " + _NUMBERED_IDS, (numbers,)) if numbers is not None else ("", ())
    )
    return {
        int(r[0])
        for r in db.execute(
            "SELECT DISTINCT lot_id FROM journal NOT INDEXED "
            f"WHERE kind = 'sort' AND lot_id IS NOT NULL {among}",
            params,
        )
    }


def ledger_lots_after(db: Database, after: int) -> list[int]:
    """The lots the ledger's entries after id ``after`` name (its own rows)."""
    return [
        int(r[0])
        for r in db.execute(
            "SELECT DISTINCT lot_id FROM journal NOT INDEXED WHERE id > ? AND lot_id IS NOT NULL",
            (after,),
        )
    ]


def set_status(db: Database, lot_id: int, status: str) -> None:
    db.execute("UPDATE lots SET status = ? WHERE id = ?", (status, lot_id))


def set_weighed(db: Database, lot_id: int, mct: int, stones: int | None, flag: bool) -> None:
    db.execute(
        "UPDATE lots SET weighed_mct = ?, weighed_stones = ?, weight_flag = ?, status = 'received' "
        "WHERE id = ?",
        (mct, stones, int(flag), lot_id),
    )


def insert_reweigh(db: Database, row: dict[str, Any]) -> None:
    cols = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    db.execute(f"INSERT INTO lot_reweighs ({cols}) VALUES ({marks})", row)


def set_reweighed(
    db: Database, lot_id: int, mct: int, stones: int | None, flag: bool | None
) -> None:
    """Give a lot its new weight (the trigger allows it only as its latest reweighing says);
    with new carats, its weight difference judged anew (``flag``) and any acknowledgement of
    the old one cleared; ``flag`` None (the count alone changed): both left as they are."""
    if flag is None:
        db.execute(
            "UPDATE lots SET weighed_mct = ?, weighed_stones = ? WHERE id = ?",
            (mct, stones, lot_id),
        )
        return
    db.execute(
        "UPDATE lots SET weighed_mct = ?, weighed_stones = ?, weight_flag = ?, "
        "weight_ack_by = NULL, weight_ack_reason = NULL WHERE id = ?",
        (mct, stones, int(flag), lot_id),
    )


def acknowledge_weight(db: Database, lot_id: int, user_id: int, reason: str) -> None:
    db.execute(
        "UPDATE lots SET weight_ack_by = ?, weight_ack_reason = ? WHERE id = ?",
        (user_id, reason, lot_id),
    )


# -- sorting entries ---------------------------------------------------------------------------


def insert_entry(db: Database, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO sort_entries (id, uid, lot_id, category_id, loss_type, mct, stones, "
        "entered_by, entered_at, reverses_id, reason, stones_counted) VALUES (:id, :uid, :lot_id, "
        ":category_id, :loss_type, :mct, :stones, :entered_by, :entered_at, :reverses_id, "
        ":reason, :stones_counted)",
        row,
    )


def insert_next_entry(db: Database, site: str, row: dict[str, Any]) -> tuple[int, str]:
    """Insert the sorting entry ``row`` (without id and uid) numbered next after the last one
    (inside the write transaction); return its (id, uid). On the server in one round trip: the
    id made in the INSERT, the uid from it as ``uids.entry`` makes it, both RETURNED."""
    if dbapi.sqlite(db):
        entry_id = int(
            db.execute("SELECT coalesce(max(id), 0) + 1 FROM sort_entries").fetchone()[0]
        )
        uid = uids.entry(site, entry_id)
        insert_entry(db, {"id": entry_id, "uid": uid, **row})
        return entry_id, uid
    entry_id, uid = db.execute(
        """INSERT INTO sort_entries (id, uid, lot_id, category_id, loss_type, mct, stones,
                                     entered_by, entered_at, reverses_id, reason, stones_counted)
           SELECT n, :site || '-' || :kind || n, :lot_id, :category_id, :loss_type, :mct,
                  :stones, :entered_by, :entered_at, :reverses_id, :reason, :stones_counted
           FROM (SELECT coalesce(max(id), 0) + 1 AS n FROM sort_entries) AS next
           RETURNING id, uid""",
        {"site": site, "kind": uids.ENTRY, **row},
    ).fetchone()
    if uid != uids.entry(site, entry_id):  # the uid is hashed: made here as in Python, or a bug
        raise AssertionError(f"entry uid {uid} is not {uids.entry(site, entry_id)}")
    return int(entry_id), str(uid)


def insert_entry_batch(
    db: Database, first_id: int, site: str, user_id: int, at: str, rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many entries from (lot id, lot uid, category id, category, loss type, mct, stones,
    stones counted 1 or 0) rows, numbered from ``first_id`` in order, entered by one user at one
    time.

    The rows go into a temporary table without indexes first; one INSERT ... SELECT then fills
    ``sort_entries``, making ids, uids, user and time in SQL rather than a tuple per row here.
    """
    if not dbapi.sqlite(db):
        _insert_entry_batch_server(db, first_id, site, user_id, at, rows)
        return
    db.conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS entry_batch (lot_id INTEGER, lot_uid TEXT, "
        "category_id INTEGER, category TEXT, loss_type TEXT, mct INTEGER, stones INTEGER, "
        "stones_counted INTEGER)"
    )
    db.conn.execute("DELETE FROM entry_batch")
    db.conn.executemany("INSERT INTO entry_batch VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    base = db.conn.execute("SELECT min(rowid) FROM entry_batch").fetchone()[0]
    db.conn.execute(
        """INSERT INTO sort_entries (id, uid, lot_id, category_id, loss_type, mct, stones,
                                     entered_by, entered_at, stones_counted)
           SELECT :first + rowid - :base, :site || '-' || :kind || (:first + rowid - :base), lot_id,
                  category_id, loss_type, mct, stones, :user, :at, stones_counted
           FROM entry_batch ORDER BY rowid""",
        {
            "first": first_id,
            "base": base,
            "site": site,
            "kind": uids.ENTRY,
            "user": user_id,
            "at": at,
        },
    )
    db.conn.execute("DELETE FROM entry_batch")


def _insert_entry_batch_server(
    db: Database, first_id: int, site: str, user_id: int, at: str, rows: Sequence[Sequence[Any]]
) -> None:
    """``insert_entry_batch`` on the server: PostgreSQL has no ``rowid``, so each row carries its
    place (``n``), and the rows go to the temporary table by COPY (one stream, not a round trip
    a row); the same INSERT ... SELECT then makes the same ids and uids."""
    db.conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS entry_batch (n bigint, lot_id bigint, lot_uid text, "
        "category_id bigint, category text, loss_type text, mct bigint, stones bigint, "
        "stones_counted bigint)"
    )
    from sortapp.storage import pg  # noqa: PLC0415 (psycopg: on the server only)

    assert isinstance(db, pg.PgDatabase)
    db.conn.execute("DELETE FROM entry_batch")
    db.copy_rows("entry_batch", ((n, *row) for n, row in enumerate(rows)))
    db.conn.execute(
        """INSERT INTO sort_entries (id, uid, lot_id, category_id, loss_type, mct, stones,
                                     entered_by, entered_at, stones_counted)
           SELECT :first + n, :site || '-' || :kind || (:first + n), lot_id,
                  category_id, loss_type, mct, stones, :user, :at, stones_counted
           FROM entry_batch ORDER BY n""",
        {"first": first_id, "site": site, "kind": uids.ENTRY, "user": user_id, "at": at},
    )
    db.conn.execute("DELETE FROM entry_batch")


def mark_sorting(db: Database, lot_ids: list[int]) -> None:
    db.conn.executemany(
        "UPDATE lots SET status = 'sorting' WHERE id = ? AND status = 'received'",
        [(i,) for i in lot_ids],
    )


def get_entry(db: Database, uid: str) -> dict[str, Any] | None:
    entry = named.first_dict(
        db.execute(
            "SELECT e.id, e.uid, e.lot_id, e.category_id, e.loss_type, e.mct, e.stones, "
            "e.stones_counted, e.reverses_id, c.code AS category, "
            "EXISTS (SELECT 1 FROM sort_entries r WHERE r.reverses_id = e.id) AS reversed "
            "FROM sort_entries e LEFT JOIN categories c ON c.id = e.category_id WHERE e.uid = ?",
            (uid,),
        )
    )
    if entry is not None:
        entry["reversed"] = bool(entry["reversed"])
        entry["stones_counted"] = bool(entry["stones_counted"])
    return entry


def last_entry(db: Database, lot_id: int) -> tuple[str, int, bool] | None:
    """The (uid, entered_by, whether it is a reversal) of the lot's latest entry of any kind;
    None when it has none."""
    row = db.execute(
        """SELECT e.uid, e.entered_by, e.reverses_id IS NOT NULL FROM sort_entries e
           WHERE e.lot_id = ? ORDER BY e.id DESC LIMIT 1""",
        (lot_id,),
    ).fetchone()
    return (str(row[0]), int(row[1]), bool(row[2])) if row is not None else None


#: Whether a sorting entry ``e`` counted its stones. An entry made before stones_counted existed
#: (migration 0014) reads as counted, and one of them with 0 stones was a blank count: goods of
#: some carats are never 0 stones (the service stores a typed 0 as not counted too).
COUNTED = "(e.stones_counted = 1 AND e.stones <> 0)"


def list_entries(db: Database, lot_id: int) -> list[dict[str, Any]]:
    """The lot's entries in order; ``stones`` is None where they were not counted."""
    return named.dicts(
        db.execute(
            f"""SELECT e.uid, c.code AS category, e.loss_type, e.mct,
                      CASE WHEN {COUNTED} THEN e.stones END AS stones, u.name AS user,
                      e.entered_at AS "at", r.uid AS reverses, e.reason
               FROM sort_entries e JOIN users u ON u.id = e.entered_by
               LEFT JOIN categories c ON c.id = e.category_id
               LEFT JOIN sort_entries r ON r.id = e.reverses_id
               WHERE e.lot_id = ? ORDER BY e.id""",
            (lot_id,),
        )
    )


#: Of a category's entries (``e``), those standing (neither a correction nor corrected), and of
#: them those whose stones were counted.
#: Of a lot's entries of a category, those standing (neither a correction nor corrected), and
#: of them those whose stones were counted.
_STANDING_ONES = """sum(CASE WHEN e.reverses_id IS NULL AND NOT EXISTS (
                  SELECT 1 FROM sort_entries x WHERE x.reverses_id = e.id) THEN 1 ELSE 0 END)"""
_COUNTED_ONES = f"""sum(CASE WHEN e.reverses_id IS NULL AND {COUNTED} AND NOT EXISTS (
                  SELECT 1 FROM sort_entries x WHERE x.reverses_id = e.id) THEN 1 ELSE 0 END)"""
_STANDING = f"{_STANDING_ONES}, {_COUNTED_ONES}"
_STANDING_AS = f"{_STANDING_ONES} AS standing, {_COUNTED_ONES} AS counted"


def entry_totals(db: Database, lot_id: int) -> tuple[list[tuple[Any, ...]], dict[str, int], int]:
    """Return ([(category_id, code, name, mct, stones, entries, entries counted)], {loss_type:
    mct}, number of entries). Stones are the counted ones; entries are those standing (neither a
    correction nor corrected), and of them those whose stones were counted."""
    if not dbapi.sqlite(db):
        return _entry_totals_server(db, lot_id)
    cats = [
        tuple(r)
        for r in db.execute(
            f"""SELECT e.category_id, c.code, c.name, sum(e.mct), sum(e.stones),
                      {_STANDING}
               FROM sort_entries e JOIN categories c ON c.id = e.category_id
               WHERE e.lot_id = ? GROUP BY e.category_id, c.id
               HAVING sum(e.mct) <> 0 OR sum(e.stones) <> 0 ORDER BY c.sort_order""",
            (lot_id,),
        )
    ]
    losses = dict(
        db.execute(
            "SELECT loss_type, sum(mct) FROM sort_entries "
            "WHERE lot_id = ? AND loss_type IS NOT NULL "
            "GROUP BY loss_type HAVING sum(mct) <> 0",
            (lot_id,),
        ).fetchall()
    )
    n = db.execute("SELECT count(*) FROM sort_entries WHERE lot_id = ?", (lot_id,)).fetchone()[0]
    return cats, losses, int(n)


def _entry_totals_server(
    db: Database, lot_id: int
) -> tuple[list[tuple[Any, ...]], dict[str, int], int]:
    """``entry_totals`` in one round trip: the three statements as one UNION ALL, each part
    tagged, in the same orders (categories by sort order, losses by type)."""
    cats: list[tuple[Any, ...]] = []
    losses: dict[str, int] = {}
    n = 0
    for part, _order, cat_id, code, name, mct, stones, standing, counted in db.execute(
        f"""SELECT 0, c.sort_order, e.category_id, c.code, c.name, sum(e.mct), sum(e.stones),
                  {_STANDING}
           FROM sort_entries e JOIN categories c ON c.id = e.category_id
           WHERE e.lot_id = :lot GROUP BY e.category_id, c.id
           HAVING sum(e.mct) <> 0 OR sum(e.stones) <> 0
           UNION ALL
           SELECT 1, NULL, NULL, loss_type, NULL, sum(mct), NULL, NULL, NULL FROM sort_entries
           WHERE lot_id = :lot AND loss_type IS NOT NULL
           GROUP BY loss_type HAVING sum(mct) <> 0
           UNION ALL
           SELECT 2, NULL, NULL, NULL, NULL, count(*), NULL, NULL, NULL FROM sort_entries
           WHERE lot_id = :lot
           ORDER BY 1, 2, 3, 4""",
        {"lot": lot_id},
    ):
        if part == 0:
            cats.append((cat_id, code, name, mct, stones, int(standing), int(counted)))
        elif part == 1:
            losses[code] = mct
        else:
            n = mct
    return cats, losses, int(n)


def entry_user_names(db: Database, lot_ids: Sequence[int]) -> dict[int, set[str]]:
    """The names of the users who entered sorting entries of each of ``lot_ids``."""
    found: dict[int, set[str]] = {}
    for start in range(0, len(lot_ids), 500):
        part = list(lot_ids[start : start + 500])
        marks = ",".join("?" * len(part))
        for lot_id, name in db.execute(
            f"""SELECT DISTINCT e.lot_id, u.name FROM sort_entries e
                JOIN users u ON u.id = e.entered_by WHERE e.lot_id IN ({marks})""",
            part,
        ):
            found.setdefault(int(lot_id), set()).add(str(name))
    return found


def entry_users(db: Database, lot_id: int) -> set[int]:
    return {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT entered_by FROM sort_entries WHERE lot_id = ?", (lot_id,)
        )
    }


def receive_mismatches(db: Database) -> list[str]:
    """Return lots whose weighed carats differ from what the ledger received for them.

    (``CROSS JOIN``: SQLite reads the receiving entries and then their lines, not every line
    of the ledger and then its entry: half the time on the ten-year history.)"""
    return [
        r[0]
        for r in db.execute(
            """SELECT l.number FROM lots l
               LEFT JOIN (SELECT p.lot_id, sum(p.mct) AS mct FROM journal j
                          CROSS JOIN postings p INDEXED BY postings_by_journal
                          WHERE p.journal_id = j.id AND p.place = 'received'
                            AND j.kind = 'receive'
                            AND NOT EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id)
                          GROUP BY p.lot_id) r ON r.lot_id = l.id
               WHERE coalesce(l.weighed_mct, 0) <> coalesce(r.mct, 0)
               LIMIT 20"""
        )
    ]


def sorted_lots_with_unsorted_goods(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            """SELECT l.number FROM lots l JOIN balances b ON b.lot_id = l.id
               WHERE l.status = 'sorted' AND b.place = 'received'
                 AND (b.mct <> 0 OR b.stones <> 0) LIMIT 20"""
        )
    ]
