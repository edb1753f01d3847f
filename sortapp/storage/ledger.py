"""SQL for the double-entry ledger: journal entries, their postings, and derived balances."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sortapp.core.entities import Posting
from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database


def insert_journal(db: Database, row: dict[str, Any], postings: Sequence[Posting]) -> None:
    """Insert one journal entry and its postings (the balances follow by trigger)."""
    db.execute(
        "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, parcel_id, reverses_id, reason, "
        "hash) VALUES (:id, :uid, :kind, :at, :user_id, :lot_id, :parcel_id, :reverses_id, "
        ":reason, :hash)",
        row,
    )
    db.conn.executemany(
        "INSERT INTO postings (journal_id, place, lot_id, category_id, parcel_id, loss_type, mct, "
        "stones) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                row["id"],
                p.place,
                p.lot_id,
                p.category_id,
                p.parcel_id,
                p.loss_type,
                p.mct,
                p.stones,
            )
            for p in postings
        ],
    )


def refs(
    db: Database, lot_ids: Iterable[int], category_ids: Iterable[int], parcel_ids: Iterable[int]
) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """Return the site-independent names of lots (uid), categories (code) and parcels (uid)."""

    def lookup(table: str, column: str, ids: Iterable[int]) -> dict[int, str]:
        wanted = sorted({i for i in ids if i is not None})
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        sql = f"SELECT id, {column} FROM {table} WHERE id IN ({marks})"
        return dict(db.execute(sql, wanted).fetchall())

    return (
        lookup("lots", "uid", lot_ids),
        lookup("categories", "code", category_ids),
        lookup("parcels", "uid", parcel_ids),
    )


def journal_uid(db: Database, journal_id: int | None) -> str:
    if journal_id is None:
        return ""
    row = db.execute("SELECT uid FROM journal WHERE id = ?", (journal_id,)).fetchone()
    return row[0] if row else ""


def get_journal(db: Database, uid: str) -> dict[str, Any] | None:
    return named.first_dict(
        db.execute(
            "SELECT id, uid, kind, lot_id, parcel_id, reverses_id FROM journal WHERE uid = ?",
            (uid,),
        )
    )


def is_reversed(db: Database, journal_id: int) -> bool:
    return (
        db.execute("SELECT 1 FROM journal WHERE reverses_id = ?", (journal_id,)).fetchone()
        is not None
    )


def standing_receipts(db: Database, lot_id: int) -> list[dict[str, Any]]:
    """Return the receipts of a lot that are not reversed (its current weight's entries)."""
    return named.dicts(
        db.execute(
            """SELECT j.id, j.uid FROM journal j INDEXED BY journal_by_lot
               WHERE j.lot_id = ? AND j.kind = 'receive'
                 AND NOT EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id)
               ORDER BY j.id""",
            (lot_id,),
        )
    )


def packings_of(db: Database, parcel_id: int) -> list[tuple[Any, ...]]:
    """Return the packings of a parcel not reversed, one row per lot packed: (journal uid, at,
    user, category code, lot number, mct, stones), in the order they were made."""
    return [
        tuple(r)
        for r in db.execute(
            """SELECT j.uid, j.at, u.name, coalesce(c.code, ''), l.number, t.mct, t.stones
               FROM journal j INDEXED BY journal_by_parcel
               JOIN users u ON u.id = j.user_id
               JOIN postings t ON t.journal_id = j.id AND t.place = 'parcel'
               JOIN lots l ON l.id = t.lot_id
               LEFT JOIN categories c ON c.id = t.category_id
               WHERE j.parcel_id = ? AND j.kind = 'pack'
                 AND NOT EXISTS (SELECT 1 FROM journal r WHERE r.reverses_id = j.id)
               ORDER BY j.id, t.id""",
            (parcel_id,),
        )
    ]


def postings_of(db: Database, journal_id: int) -> list[Posting]:
    return named.every(
        db.execute(
            "SELECT place, lot_id, category_id, parcel_id, loss_type, mct, stones FROM postings "
            "WHERE journal_id = ? ORDER BY id",
            (journal_id,),
        ),
        Posting,
    )


def iter_canonical_journals(
    db: Database, ids: Sequence[int] | None = None
) -> Iterator[tuple[dict[str, Any], list[list[Any]]]]:
    """Yield journal entries (all, or those with ``ids``) with their postings, in canonical form."""
    where, params = ("", []) if ids is None else (_id_filter("j.id", ids), list(ids))
    journals = db.execute(
        f"""SELECT j.id, j.uid, j.kind, j.at, u.name AS user, coalesce(l.uid, '') AS lot,
                  coalesce(p.uid, '') AS parcel, coalesce(r.uid, '') AS reverses, j.reason, j.hash
           FROM journal j JOIN users u ON u.id = j.user_id
           LEFT JOIN lots l ON l.id = j.lot_id LEFT JOIN parcels p ON p.id = j.parcel_id
           LEFT JOIN journal r ON r.id = j.reverses_id {where} ORDER BY j.id""",
        params,
    )
    where = "" if ids is None else _id_filter("t.journal_id", ids)
    lines = db.execute(
        f"""SELECT t.journal_id, t.place, l.uid, coalesce(c.code, ''), coalesce(p.uid, ''),
                  coalesce(t.loss_type, ''), t.mct, t.stones
           FROM postings t JOIN lots l ON l.id = t.lot_id
           LEFT JOIN categories c ON c.id = t.category_id
           LEFT JOIN parcels p ON p.id = t.parcel_id {where} ORDER BY t.journal_id, t.id""",
        params,
    )
    pending = lines.fetchone()
    for head in named.each_dict(journals):
        body: list[list[Any]] = []
        while pending is not None and pending[0] == head["id"]:
            body.append(list(pending[1:]))
            pending = lines.fetchone()
        yield head, body


def _id_filter(column: str, ids: Sequence[int]) -> str:
    return f"WHERE {column} IN ({','.join('?' * len(ids))})"


def balance(
    db: Database,
    place: str,
    lot_id: int,
    *,
    category_id: int | None = None,
    parcel_id: int | None = None,
    loss_type: str | None = None,
) -> tuple[int, int]:
    row = db.execute(
        "SELECT mct, stones FROM balances WHERE place = ? AND lot_id = ? AND category_id = ? "
        "AND parcel_id = ? AND loss_type = ?",
        (place, lot_id, category_id or 0, parcel_id or 0, loss_type or ""),
    ).fetchone()
    return (row[0], row[1]) if row else (0, 0)


def stock_lots_fifo(db: Database, category_id: int) -> list[tuple[int, int, int]]:
    """Return (lot_id, mct, stones) of the stock of a category, oldest lot first."""
    return [
        tuple(r)
        for r in db.execute(
            # INDEXED BY: the open-stock index, whatever the planner guesses without statistics.
            """SELECT b.lot_id, b.mct, b.stones FROM balances b INDEXED BY balances_open_stock
               JOIN lots l ON l.id = b.lot_id
               WHERE b.place = 'stock' AND b.category_id = ? AND b.mct > 0
               ORDER BY l.received_at, l.id""",
            (category_id,),
        )
    ]


def place_balances(db: Database, place: str, parcel_id: int) -> list[Posting]:
    """Return the non-zero balances of a parcel at ``place`` ('parcel' or 'shipped')."""
    return named.every(
        db.execute(
            "SELECT place, lot_id, category_id, parcel_id, mct, stones "
            "FROM balances INDEXED BY balances_by_parcel "
            "WHERE parcel_id = ? AND place = ? AND (mct <> 0 OR stones <> 0) "
            "ORDER BY category_id, lot_id",
            (parcel_id, place),
        ),
        Posting,
    )


# Categories whose stock summary differs from the stock postings, either way round.
_STOCK_MISMATCHES = """
    WITH t AS (SELECT category_id, sum(mct) AS mct, sum(stones) AS stones FROM postings
               WHERE place = 'stock' GROUP BY category_id)
    SELECT k.category_id FROM category_stock k LEFT JOIN t USING (category_id)
    WHERE k.mct IS DISTINCT FROM coalesce(t.mct, 0)
       OR k.stones IS DISTINCT FROM coalesce(t.stones, 0)
    UNION ALL
    SELECT t.category_id FROM t LEFT JOIN category_stock k USING (category_id)
    WHERE k.category_id IS NULL AND (t.mct <> 0 OR t.stones <> 0)"""


def balance_pass(db: Database) -> bool:
    """Re-add every balance from the postings; tell whether all stored summaries agree.

    Each sum must equal its balance row, and there must be as many non-zero balance rows as
    non-zero sums, so no balance exists without postings. Stock by category is re-added too.
    """
    stock_differing = len(db.execute(f"{_STOCK_MISMATCHES} LIMIT 1").fetchall())
    return balances_add_up(db) and stock_differing == 0


#: The places a line and a balance can be at (``postings.place``'s CHECK).
PLACES = ("adjust", "loss", "parcel", "received", "shipped", "stock", "world")
#: The balances' own b-tree (its primary key: the table is WITHOUT ROWID), named so that a read
#: of a place's balances of a few lots uses it, not an index of them (which ``quick_check``
#: does not match to the table: one edited alone could leave a row out). Stripped on the server.
BALANCES_KEY = "INDEXED BY sqlite_autoindex_balances_1"


def balances_add_up(db: Database, lots: tuple[int, int] | None = None) -> bool:
    """``balance_pass`` without the stock by category: of every lot, or of the lots with ids
    from ``lots[0]`` to ``lots[1]``.

    The lines are read as their table holds them. ``postings_by_lot_key`` holds each line's
    carats too, and ``quick_check`` does not match an index to its table: its entries edited
    alone (a line's carats, a line the table does not hold, one twice) added up to balances
    edited to match, and no check read otherwise (issue 15's review). Of a few lots, that
    index only says which lines are theirs (each once: ``IN``), read by id from the table and
    kept only if the table's row is of those lots, and as many as the table holds of them
    (counted by a pass over it); of every lot, the table is read whole and sorted (1.3 M
    lines: 1.4 s more than the index's order alone, 2-3 s more in a whole first run, where
    the other lane competes; also whenever the balances' seal cannot serve)."""
    sqlite = dbapi.sqlite(db)
    if lots is None:
        lines, params = "postings NOT INDEXED", []
    elif sqlite:
        lines = """(SELECT * FROM postings NOT INDEXED WHERE lot_id BETWEEN ? AND ? AND id IN
                     (SELECT id FROM postings INDEXED BY postings_by_lot_key
                      WHERE lot_id BETWEEN ? AND ?)) AS p"""
        params = [*lots, *lots]
    else:
        lines, params = "(SELECT * FROM postings WHERE lot_id BETWEEN ? AND ?) AS p", [*lots]
    differing, nonzero_sums, read = db.execute(
        f"""SELECT coalesce(sum(CASE WHEN b.mct IS DISTINCT FROM s.mct
                                   OR b.stones IS DISTINCT FROM s.stones THEN 1 ELSE 0 END), 0),
                  coalesce(sum(CASE WHEN s.mct <> 0 OR s.stones <> 0 THEN 1 ELSE 0 END), 0),
                  coalesce(sum(s.lines), 0)
           FROM (SELECT lot_id, place, coalesce(category_id, 0) AS category_id,
                        coalesce(parcel_id, 0) AS parcel_id, coalesce(loss_type, '') AS loss_type,
                        sum(mct) AS mct, sum(stones) AS stones, count(*) AS lines
                 FROM {lines}
                 GROUP BY lot_id, place, category_id, parcel_id, loss_type) s
           LEFT JOIN balances b ON b.place = s.place AND b.lot_id = s.lot_id
                AND b.category_id = s.category_id AND b.parcel_id = s.parcel_id
                AND b.loss_type = s.loss_type""",
        params,
    ).fetchone()
    nonzero = "(mct <> 0 OR stones <> 0)"
    if lots is None:  # (the table whole)
        nonzero_balances = db.execute(
            f"SELECT count(*) FROM balances NOT INDEXED WHERE {nonzero}"
        ).fetchone()[0]
    else:  # (place by place, by the table's own key: a row left out of balances_by_lot counts)
        nonzero_balances = sum(
            db.execute(
                f"SELECT count(*) FROM balances {BALANCES_KEY} WHERE place = ? "
                f"AND lot_id BETWEEN ? AND ? AND {nonzero}",
                (place, *lots),
            ).fetchone()[0]
            for place in PLACES
        )
    if differing or nonzero_sums != nonzero_balances:
        return False
    if lots is not None and sqlite:
        # Every line of these lots the table holds was named by the index (a line left out of
        # it, its balance lowered to match, would hide carats): the table counts its own.
        held = db.execute(
            "SELECT count(*) FROM postings NOT INDEXED WHERE lot_id BETWEEN ? AND ?", list(lots)
        ).fetchone()[0]
        return bool(read == held)
    return True


def recomputed_balance_mismatches(db: Database) -> list[tuple[Any, ...]]:
    """Return balance keys whose stored figures differ from the sum of the postings (as their
    table holds them: ``balances_add_up``)."""
    return [
        tuple(r)
        for r in db.execute(
            """WITH sums AS (
                 SELECT place, lot_id, coalesce(category_id, 0) AS category_id,
                        coalesce(parcel_id, 0) AS parcel_id, coalesce(loss_type, '') AS loss_type,
                        sum(mct) AS mct, sum(stones) AS stones
                 FROM postings NOT INDEXED GROUP BY 1, 2, 3, 4, 5)
               SELECT s.place, s.lot_id, s.category_id, s.parcel_id, s.loss_type
               FROM sums s LEFT JOIN balances b USING (place, lot_id, category_id, parcel_id,
                                                     loss_type)
               WHERE b.mct IS DISTINCT FROM s.mct OR b.stones IS DISTINCT FROM s.stones
               UNION ALL
               SELECT b.place, b.lot_id, b.category_id, b.parcel_id, b.loss_type
               FROM balances b LEFT JOIN sums s USING (place, lot_id, category_id, parcel_id,
                                                      loss_type)
               WHERE s.place IS NULL AND (b.mct <> 0 OR b.stones <> 0)
               LIMIT 20"""
        )
    ] + [("category_stock", 0, r[0], 0, "") for r in db.execute(f"{_STOCK_MISMATCHES} LIMIT 20")]


def negative_balances(db: Database) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in db.execute(
            "SELECT place, lot_id, category_id, parcel_id, loss_type, mct, stones FROM balances "
            "WHERE place NOT IN ('world', 'adjust') AND (mct < 0 OR stones < 0) LIMIT 20"
        )
    ]


def unbalanced_journals(db: Database, span: tuple[int, int]) -> list[str]:
    """Return journal entries with ids in the span (after, upto] whose lines do not add up."""
    return [
        r[0]
        for r in db.execute(
            """SELECT j.uid FROM (SELECT journal_id FROM postings
                                 WHERE journal_id > ? AND journal_id <= ? GROUP BY journal_id
                                 HAVING sum(mct) <> 0 OR sum(stones) <> 0 LIMIT 20) x
               JOIN journal j ON j.id = x.journal_id ORDER BY j.id""",
            span,
        )
    ]


#: What each kind of ledger entry may do, line by line: its places, whose goods (the entry's
#: own lot, or its own parcel's), and which way. A receipt takes a lot's carats from the world
#: into received; a closing of a sorting moves them from received to stock, losses and the
#: difference; packing moves stock into the entry's parcel, shipping that parcel's goods out,
#: voiding them back to stock (none of these but a closing names a loss). Each of these goes
#: one way only: a receipt that gave carats back to the world, or a packing that took goods
#: out of a parcel, is a supervisor's signed reweighing or removal (a reversal) written as an
#: operator's entry (a review, 2026-12-06: an unsigned "packing" emptied a draft parcel, an
#: unsigned "weighing" sent 10 ct of a lot to the world). (A reversal is the exact negation of
#: the entry it reverses.) An entry the rule cannot tell of (its lot or parcel none: NULL in
#: SQL) moves goods as no entry does (a closing with no lot, an attack round of 2026-12-07,
#: took 10 ct and 460 stones of a lot counted in from received to a loss, and verify said
#: OK). Which rules a seal's part ``moves`` was made by: a seal made by fewer (before each
#: kind went one way only, or before an entry of no lot was named) spares no entry.
MOVES_RULES = 4
_OUT = "t.mct <= 0 AND t.stones <= 0"
_IN = "t.mct >= 0 AND t.stones >= 0"
_LINE_RULE = f"""(
       (j.kind = 'receive' AND t.lot_id = j.lot_id AND t.parcel_id IS NULL
        AND t.loss_type IS NULL
        AND (t.place = 'world' AND {_OUT} OR t.place = 'received' AND {_IN}))
    OR (j.kind = 'sort' AND t.place IN ('received', 'stock', 'loss', 'adjust')
        AND t.lot_id = j.lot_id AND t.parcel_id IS NULL AND (t.place <> 'loss' OR t.stones = 0))
    OR (j.kind IN ('pack', 'ship', 'void') AND t.loss_type IS NULL AND (
           j.kind = 'pack' AND (t.place = 'stock' AND t.parcel_id IS NULL AND {_OUT}
                                OR t.place = 'parcel' AND t.parcel_id = j.parcel_id AND {_IN})
        OR j.kind = 'ship' AND t.parcel_id = j.parcel_id
           AND (t.place = 'parcel' AND {_OUT} OR t.place = 'shipped' AND {_IN})
        OR j.kind = 'void' AND (t.place = 'stock' AND t.parcel_id IS NULL AND {_IN}
                                OR t.place = 'parcel' AND t.parcel_id = j.parcel_id AND {_OUT})))
    OR j.kind = 'reversal')"""

#: The same rule, held by the facility server as each entry commits (``pgschema.roles``).
LINE_RULE = _LINE_RULE

#: ... and what it must leave as it was (``_MOVED_OFF``, by these keys): a receipt's and a
#: closing's lot keeps its carats and stones (what leaves received arrives elsewhere, the
#: difference included), by lot; a packing's, shipping's or voiding's (moving goods) each lot
#: and category (goods change place, not lot nor category); any other kind's, by lot.
_MOVES_KEEP = {"moving": "t.lot_id, coalesce(t.category_id, 0)", "other": "t.lot_id"}

#: The lines of entry ``j`` that do not sum to nothing by ``keys`` (SQL).
_MOVED_OFF = """SELECT 1 FROM postings t INDEXED BY postings_by_journal WHERE t.journal_id = j.id
                GROUP BY {keys} HAVING sum(t.mct) <> 0 OR sum(t.stones) <> 0"""


def misplaced_journals(
    db: Database, span: tuple[int, int], entries: tuple[int, int] | None = None
) -> list[str]:
    """Journal entries (up to 20 of each rule) with ids in the span (after, upto] that move
    goods as their kind never does (``_LINE_RULE``, ``_MOVES_KEEP``), reversals that are not
    the exact negation of the entry they reverse, and closings whose stock and losses are not
    their lot's sorting entries: an operator's kind of entry (a closing within the tolerance,
    a packing) written by someone holding the file could otherwise take carats from the world,
    send them there, or move them to another lot or category, and add up (a review, 2026-12-06:
    each passed ``verify``)."""
    found = [
        r[0]
        for r in db.execute(
            f"""SELECT DISTINCT j.uid, j.id FROM journal j NOT INDEXED
                JOIN postings t INDEXED BY postings_by_journal ON t.journal_id = j.id
                WHERE j.id > ? AND j.id <= ? AND {_LINE_RULE} IS NOT TRUE
                ORDER BY j.id LIMIT 20""",
            span,
        )
    ]
    # (Each entry's lines summed apart: a small sort per entry, where one GROUP BY of every
    # line sorted 1.3 M of them, 0.8 -> 0.6 CPU-s.)
    found += [
        r[0]
        for r in db.execute(
            f"""SELECT j.uid FROM journal j NOT INDEXED
                WHERE j.id > ? AND j.id <= ? AND j.kind <> 'reversal' AND CASE
                    WHEN j.kind IN ('pack', 'ship', 'void')
                    THEN EXISTS ({_MOVED_OFF.format(keys=_MOVES_KEEP["moving"])})
                    ELSE EXISTS ({_MOVED_OFF.format(keys=_MOVES_KEEP["other"])}) END
                ORDER BY j.id LIMIT 20""",
            span,
        )
    ]
    found += [
        r[0]
        for r in db.execute(
            """SELECT r.uid FROM journal r NOT INDEXED
               WHERE r.kind = 'reversal' AND r.id > ? AND r.id <= ? AND (
                   r.reverses_id IS NULL OR EXISTS (
                       SELECT 1 FROM postings t INDEXED BY postings_by_journal
                       WHERE t.journal_id IN (r.id, r.reverses_id)
                       GROUP BY t.place, t.lot_id, coalesce(t.category_id, 0),
                                coalesce(t.parcel_id, 0), coalesce(t.loss_type, '')
                       HAVING sum(t.mct) <> 0 OR sum(t.stones) <> 0))
               ORDER BY r.id LIMIT 20""",
            span,
        )
    ]
    # A closing's stock and losses are its lot's sorting entries, by category and by loss
    # (entries are corrected only before it): not another category's, of another price. (By
    # lot: a lot is closed once; a second closing doubles what its entries hold.) After a seal
    # (``entries``: the sorting entries after it), the lots closed in the span and those closed
    # before it that an entry since names: an entry added to a closed lot makes its entries
    # other than its closing's stock (a fourth review, 2026-12-06, added one past the guards).
    if entries is None:
        parts: list[tuple[str, tuple[Any, ...]]] = [
            ("j.kind = 'sort' AND j.id > ? AND j.id <= ?", span)
        ]
    else:
        touched = sorted(
            {
                int(r[0])
                for r in db.execute(
                    """SELECT lot_id FROM journal WHERE kind = 'sort' AND id > ? AND id <= ?
                       UNION SELECT lot_id FROM sort_entries WHERE id > ? AND id <= ?""",
                    (*span, *entries),
                )
                if r[0] is not None
            }
        )
        parts = [
            (
                f"j.kind = 'sort' AND j.id <= ? AND j.lot_id IN ({','.join('?' * len(chunk))})",
                (span[1], *chunk),
            )
            for chunk in (touched[i : i + 2000] for i in range(0, len(touched), 2000))
        ]
    lots: list[int] = []
    for closings, params in parts:
        lots += [
            r[0]
            for r in db.execute(
                # (The lines and the entries summed together, once: each side summed
                # first sorted every row twice, 1.8 -> 1.0 CPU-s.)
                f"""SELECT x.lot FROM (
                        SELECT j.lot_id AS lot, t.category_id AS c,
                               coalesce(t.loss_type, '') AS l, t.mct AS m, t.stones AS s
                        FROM journal j NOT INDEXED
                        JOIN postings t INDEXED BY postings_by_journal ON t.journal_id = j.id
                        WHERE {closings} AND t.place IN ('stock', 'loss')
                        UNION ALL
                        SELECT e.lot_id, e.category_id, coalesce(e.loss_type, ''), -e.mct,
                               -coalesce(e.stones, 0)
                        FROM sort_entries e NOT INDEXED
                        WHERE e.lot_id IN (SELECT j.lot_id FROM journal j NOT INDEXED
                                           WHERE {closings})) x
                    GROUP BY x.lot, x.c, x.l HAVING sum(x.m) <> 0 OR sum(x.s) <> 0
                    LIMIT 20""",
                (*params, *params),
            )
        ]
    for lot in dict.fromkeys(lots):
        found += [
            r[0]
            for r in db.execute(
                "SELECT uid FROM journal NOT INDEXED WHERE kind = 'sort' AND lot_id = ? "
                "AND id <= ? ORDER BY id",
                (lot, span[1]),
            )
        ]
    return list(dict.fromkeys(found))


def second_closings(db: Database) -> list[str]:
    """The closings of a lot's sorting after its first (up to 20): sortapp closes a lot once
    (a closed lot is never sorted again), so a second is appended outside sortapp: one that
    only wrote carats off received, split into amounts each within the tolerance, would pass
    as a closing within it (a review, 2026-12-06). Every closing, each run: one read of the
    entries' table (0.03 s on the ten-year history)."""
    return [
        r[0]
        for r in db.execute(
            """SELECT uid FROM (
                   SELECT uid, id, row_number() OVER (PARTITION BY lot_id ORDER BY id) AS n
                   FROM journal NOT INDEXED WHERE kind = 'sort') x
               WHERE n > 1 ORDER BY id LIMIT 20"""
        )
    ]


def ledger_totals(db: Database) -> tuple[int, int, int]:
    """Return (number of journal entries, number of postings, sum of all postings' mct)."""
    j = db.execute("SELECT count(*) FROM journal").fetchone()[0]
    p, s = db.execute("SELECT count(*), coalesce(sum(mct), 0) FROM postings").fetchone()
    return int(j), int(p), int(s)


def closing_of(db: Database, lot_id: int) -> tuple[str, str, int] | None:
    """(uid, hash, id) of the ledger entry that closed the lot's sorting, or None."""
    row = db.execute(
        "SELECT uid, hash, id FROM journal WHERE kind = 'sort' AND lot_id = ? ORDER BY id LIMIT 1",
        (lot_id,),
    ).fetchone()
    return (row[0], row[1], int(row[2])) if row else None
