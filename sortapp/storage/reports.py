"""SQL for reports: stock on hand, lineage, KP statistics, stock at a date."""

from __future__ import annotations

from typing import Any

from sortapp.storage.dbapi import Database
from sortapp.storage.lots import COUNTED

# A lot's origin label: its single country, or MIXED.
_LOT_ORIGIN = """(SELECT lot_id, CASE WHEN count(DISTINCT country) = 1 THEN min(country)
                  ELSE 'MIXED' END AS origin FROM lot_origins GROUP BY lot_id)"""


def stock_by_category(db: Database, day: str) -> list[tuple[Any, ...]]:
    """Return (category id, code, name, hs code, mct, stones, lines, counted lines, cents per
    ct) of sorted stock on hand: lines and counted as ``stock_stone_counts`` says, the price
    the one in force on ``day`` as ``records.prices_on`` finds it (0 where none is)."""
    return [
        tuple(r)
        for r in db.execute(
            """SELECT c.id, c.code, c.name, c.hs_code, s.mct, s.stones, s.lines,
                      s.lines - s.uncounted,
                      coalesce((SELECT p.cents_per_ct FROM prices p
                                WHERE p.category_id = s.category_id AND p.effective_from <= ?
                                ORDER BY p.effective_from DESC, p.id DESC LIMIT 1), 0)
               FROM category_stock s JOIN categories c ON c.id = s.category_id
               WHERE s.mct <> 0 OR s.stones <> 0 ORDER BY c.sort_order""",
            (day,),
        )
    ]


def stock_stone_counts(db: Database) -> tuple[int, int]:
    """Return (lines of stock on hand, those whose stones were counted): a line is a lot's goods
    of one category, counted when no standing sorting entry of them was left uncounted."""
    by_category = stock_stone_counts_by_category(db).values()
    return sum(n for n, _c in by_category), sum(c for _n, c in by_category)


def stock_stone_counts_by_category(db: Database) -> dict[int, tuple[int, int]]:
    """Return {category id: (lines of stock on hand, those whose stones were counted)}, lines
    and counted as ``stock_stone_counts`` says, from the stock summary (``category_stock``:
    kept by trigger from the balances and the closed lots' uncounted lines, migration 0017)."""
    return {
        int(cat): (int(n), int(n) - int(u))
        for cat, n, u in db.execute(
            "SELECT category_id, lines, uncounted FROM category_stock WHERE lines > 0"
        )
    }


def stock_line_counts_by_scan(db: Database) -> dict[int, tuple[int, int]]:
    """``stock_stone_counts_by_category`` from the data it summarises: every open stock balance,
    and every standing sorting entry left uncounted (its definition; verify's and the tests')."""
    lines = db.execute(
        """SELECT category_id, count(*) FROM balances
           WHERE place = 'stock' AND mct > 0 GROUP BY category_id"""
    ).fetchall()
    uncounted = dict(
        db.execute(
            f"""WITH u AS (SELECT DISTINCT e.lot_id, e.category_id FROM sort_entries e
                           WHERE e.category_id IS NOT NULL AND NOT {COUNTED}
                             AND e.reverses_id IS NULL AND NOT EXISTS (
                                 SELECT 1 FROM sort_entries x WHERE x.reverses_id = e.id))
                SELECT b.category_id, count(*) FROM u
                JOIN balances b ON b.place = 'stock' AND b.lot_id = u.lot_id
                                AND b.category_id = u.category_id
                WHERE b.mct > 0 GROUP BY b.category_id"""
        ).fetchall()
    )
    return {int(cat): (int(n), int(n) - int(uncounted.get(cat, 0))) for cat, n in lines}


def stock_by_category_origin(db: Database) -> list[tuple[Any, ...]]:
    """Return (category id, code, name, hs code, origin, mct, stones, lines, counted lines) of
    stock on hand: a line is a lot's goods of the category, counted as
    ``stock_stone_counts`` says."""
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT c.id, c.code, c.name, c.hs_code, o.origin, sum(b.mct), sum(b.stones),
                       count(*), count(*) - count(u.lot_id)
                FROM balances b INDEXED BY balances_open_stock
                JOIN categories c ON c.id = b.category_id
                JOIN {_LOT_ORIGIN} o ON o.lot_id = b.lot_id
                {_UNCOUNTED_JOIN}
                WHERE b.place = 'stock' AND b.mct > 0 GROUP BY c.id, o.origin
                HAVING sum(b.mct) <> 0 OR sum(b.stones) <> 0 ORDER BY c.sort_order, o.origin"""
        )
    ]


def stock_on(db: Database, before: str) -> list[tuple[int, str, int, int, int, int]]:
    """Return (category id, code, mct, stones, lines, counted lines) of stock from postings
    made before ``before``: a line is a lot's goods of the category then, counted unless a
    standing sorting entry of them was not (``uncounted_lines``, kept as the lot closed: its
    goods reach stock only then)."""
    return [
        tuple(r)
        for r in db.execute(
            """WITH s AS (SELECT p.category_id, p.lot_id, sum(p.mct) AS mct,
                                 sum(p.stones) AS stones
                          FROM postings p JOIN journal j ON j.id = p.journal_id
                          WHERE p.place = 'stock' AND j.at < ?
                          GROUP BY p.category_id, p.lot_id)
               SELECT c.id, c.code, sum(s.mct), sum(s.stones),
                      sum(CASE WHEN s.mct > 0 THEN 1 ELSE 0 END),
                      sum(CASE WHEN s.mct > 0 AND u.lot_id IS NULL THEN 1 ELSE 0 END)
               FROM s JOIN categories c ON c.id = s.category_id
               LEFT JOIN uncounted_lines u ON u.lot_id = s.lot_id AND u.category_id = s.category_id
               GROUP BY c.id HAVING sum(s.mct) <> 0 ORDER BY c.sort_order""",
            (before,),
        )
    ]


def recorded_after(db: Database, before: str) -> int:
    """The ledger entries dated before ``before`` but recorded after one dated at or after it
    (back-dated: a clock set back), which changed a period's figures after it ended. The
    ledger's ids are the order its entries were recorded in."""
    moved = db.execute(
        """SELECT count(*) FROM journal
           WHERE at < ? AND id > (SELECT coalesce(min(id), (SELECT max(id) FROM journal))
                                  FROM journal WHERE at >= ?)""",
        (before, before),
    ).fetchone()[0]
    return int(moved or 0)


def held_on(db: Database, before: str) -> list[tuple[str, int | None, int]]:
    """Return (place, category id or None, mct) of the goods held at the site outside sorted
    stock, from postings made before ``before``: awaiting sorting (``received``, by lot: no
    category) and packed into parcels not yet shipped (``parcel``, by category)."""
    return [
        tuple(r)
        for r in db.execute(
            """SELECT p.place, CASE WHEN p.place = 'parcel' THEN p.category_id END AS category,
                      sum(p.mct)
               FROM postings p JOIN journal j ON j.id = p.journal_id
               WHERE p.place IN ('received', 'parcel') AND j.at < ?
               GROUP BY p.place, category HAVING sum(p.mct) <> 0""",
            (before,),
        )
    ]


# Of a balance ``b`` (its lot ``l``, its line's uncounted mark ``u``: ``uncounted_lines``), as
# two figures that add up over a group of balances: whether it holds goods (a line), and
# whether that line's stones were not counted. A stock, parcel or shipped line is uncounted
# when a standing sorting entry of its lot and category was (``uncounted_lines``, kept as a lot
# closes); goods awaiting sorting, when the lot's stones were not counted as it was weighed; a
# loss's stones are never counted; a sorting difference's stones are not a count of stones
# when the lot's received stones, or any of its sorted lines', were not counted.
_LINE = "CASE WHEN b.mct <> 0 OR (b.place = 'adjust' AND b.stones <> 0) THEN 1 ELSE 0 END"
_UNCOUNTED = """CASE WHEN b.mct = 0 AND NOT (b.place = 'adjust' AND b.stones <> 0) THEN 0
    WHEN b.place = 'loss' THEN 1
    WHEN b.place = 'received' THEN CASE WHEN l.weighed_stones IS NULL THEN 1 ELSE 0 END
    WHEN b.place = 'adjust' THEN CASE WHEN l.weighed_stones IS NULL OR EXISTS (
        SELECT 1 FROM uncounted_lines x WHERE x.lot_id = b.lot_id) THEN 1 ELSE 0 END
    WHEN u.lot_id IS NOT NULL THEN 1 ELSE 0 END"""
_UNCOUNTED_JOIN = """LEFT JOIN uncounted_lines u
    ON u.lot_id = b.lot_id AND u.category_id = b.category_id"""


def parcel_lots(db: Database, parcel_id: int) -> list[tuple[Any, ...]]:
    """Return (lot number, origin, mct, stones, lines, uncounted lines) of the lots whose goods
    a parcel holds (lines and uncounted as ``_LINE`` and ``_UNCOUNTED`` say)."""
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT l.number, o.origin, sum(b.mct), sum(b.stones), sum({_LINE}),
                       sum({_UNCOUNTED})
                FROM balances b
                JOIN lots l ON l.id = b.lot_id JOIN {_LOT_ORIGIN} o ON o.lot_id = l.id
                {_UNCOUNTED_JOIN}
                WHERE b.parcel_id = ? AND b.place IN ('parcel', 'shipped')
                GROUP BY l.id, o.origin HAVING sum(b.mct) <> 0 ORDER BY l.received_at, l.id""",
            (parcel_id,),
        )
    ]


def lot_parcels(db: Database, lot_id: int) -> list[tuple[Any, ...]]:
    """Return (parcel number, status, mct, stones, lines, uncounted lines) of the parcels
    holding a lot's goods."""
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT p.number, p.status, sum(b.mct), sum(b.stones), sum({_LINE}),
                       sum({_UNCOUNTED})
                FROM balances b JOIN parcels p ON p.id = b.parcel_id
                JOIN lots l ON l.id = b.lot_id {_UNCOUNTED_JOIN}
                WHERE b.lot_id = ? AND b.place IN ('parcel', 'shipped')
                GROUP BY p.id, p.number, p.status HAVING sum(b.mct) <> 0 ORDER BY p.id""",
            (lot_id,),
        )
    ]


def lot_places(db: Database, lot_id: int) -> list[tuple[Any, ...]]:
    """Return (place, loss type, mct, stones, lines, uncounted lines) of a lot's goods by
    place."""
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT b.place, b.loss_type, sum(b.mct), sum(b.stones), sum({_LINE}),
                       sum({_UNCOUNTED})
                FROM balances b JOIN lots l ON l.id = b.lot_id {_UNCOUNTED_JOIN}
                WHERE b.lot_id = ? GROUP BY b.place, b.loss_type
                ORDER BY b.place, b.loss_type""",
            (lot_id,),
        )
    ]


def export_lines(db: Database, first: str, last: str) -> list[tuple[Any, ...]]:
    """Return (cert, parcel id, parcel value, destination, hs, mct, book value) of exports.

    A shipment counts in the period of its certificate's issue date (inclusive bounds).
    """
    return [
        tuple(r)
        for r in db.execute(
            """SELECT c.number, p.id, p.sealed_value_cents, p.destination, k.hs_code,
                      sum(s.mct), sum(s.value_cents)
               FROM certificates c JOIN parcels p ON p.certificate_id = c.id
               JOIN sealed_lines s ON s.parcel_id = p.id JOIN categories k ON k.id = s.category_id
               WHERE c.issued BETWEEN ? AND ? AND p.status IN ('sealed', 'shipped')
               GROUP BY p.id, c.id, k.hs_code ORDER BY p.id, k.hs_code""",
            (first, last),
        )
    ]


def imports_uncertified(db: Database, home: str, since: str, before: str) -> list[str]:
    """The numbers of the lots shipped in from a country other than ``home`` between two UTC
    times (``since`` included) with no incoming KP certificate (received by a release before
    2026-12-07, or written outside sortapp): the statistics, which count an import by its
    certificate, leave them out."""
    return [
        str(r[0])
        for r in db.execute(
            """SELECT number FROM lots
               WHERE kp_cert_in = '' AND from_country <> '' AND from_country <> ?
                 AND received_at >= ? AND received_at < ?
               ORDER BY id""",
            (home, since, before),
        )
    ]


def import_lots(db: Database, home: str, since: str, before: str) -> list[tuple[Any, ...]]:
    """Return (kp cert, hs code, from country, mct, value cents or None, lot number) of the
    lots imported between two UTC times (``since`` included): under a certificate, from a
    country other than ``home`` (a transfer from a site of the same country took its parcel's
    certificate before 2026-12-07: no import)."""
    return [
        tuple(r)
        for r in db.execute(
            """SELECT kp_cert_in, hs_code_in, from_country, coalesce(declared_mct, weighed_mct),
                      declared_value_cents, number
               FROM lots WHERE kp_cert_in <> '' AND from_country <> ?
                 AND received_at >= ? AND received_at < ?
               ORDER BY id""",
            (home, since, before),
        )
    ]
