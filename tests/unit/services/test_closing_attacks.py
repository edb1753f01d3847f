"""Closings of a sorting written around sortapp's own (an attack round, 2026-12-07, with a
patched sortapp on the user's own sign-in): each passed `verify`, and the facility server took
them. Lot L1 is counted in at 100.000 ct and 500 stones; 90.000 ct and 40 stones are sorted:
10 ct beyond the tolerance and 460 counted stones short, which only a supervisor who entered
none of its results may write off (two-person rule)."""

from __future__ import annotations

from sortapp.core.entities import Posting
from sortapp.core.roles import Actor
from sortapp.services import lots, sorting
from sortapp.services.audit import record
from sortapp.services.journal import post
from sortapp.services.verify import verify
from sortapp.storage import lots as lots_sql
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database
from tests.conftest import make_lot

MOVED = "moves goods as no entry of its kind does"


def _short_lot(db: Database, who) -> dict[str, int]:
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 30_000, 40)
    return _ids(db)


def _ids(db: Database) -> dict[str, int]:
    def one(sql: str, *params: object) -> int:
        return int(db.execute(sql, params).fetchone()[0])

    return {
        "L1": one("SELECT id FROM lots WHERE number = 'L1'"),
        "S5": one("SELECT id FROM categories WHERE code = 'S5-SAW-Q1-W'"),
        "G1": one("SELECT id FROM categories WHERE code = 'G1-SAW-Q1-W'"),
    }


def _closing(
    db: Database, actor: Actor, lines: list[Posting], lot_id: int | None, **details: object
) -> str:
    """A 'sort' entry of ``lines`` (naming ``lot_id``, or none) and the sort.close entry that
    records it, as a patched sortapp writes them; the lot set sorted when it names one."""
    with transaction(db):
        posted = post(db, actor.user_id, actor.name, "sort", lines, lot_id=lot_id)
        if lot_id is not None:
            lots_sql.set_status(db, lot_id, "sorted")
        record(
            db, actor, "sort.close", "L1", {"override": False, "reason": "", **details, **posted}
        )
    return posted["journal"] if "journal" in posted else next(iter(posted.values()))


def test_a_closing_that_names_no_lot_is_named_by_verify(db, who):
    """An operator took L1's 10 ct and 460 stones from received to a loss by a 'sort' entry
    of no lot (each of its lines names L1), then closed L1 within the tolerance, its stones
    as counted: verify said OK (the rule of what an entry may move read NULL as no breach)."""
    ids = _short_lot(db, who)
    l1 = ids["L1"]
    _closing(
        db,
        who.olu,
        [
            Posting("received", l1, -10_000, -460),
            Posting("loss", l1, 10_000, 460, loss_type="other"),
        ],
        None,
    )
    clean = [
        Posting("received", l1, -90_000, -40),
        Posting("stock", l1, 60_000, 0, category_id=ids["S5"]),
        Posting("stock", l1, 30_000, 40, category_id=ids["G1"]),
    ]
    _closing(db, who.olu, clean, l1)
    assert lots.get_lot(db, "L1").status == "sorted"
    report = verify(db)
    assert not report.ok
    assert any(MOVED in problem for problem in report.problems), report.problems


def test_a_difference_accepted_by_who_entered_the_results_is_named_by_verify(db, who):
    """A supervisor closed L1 10 ct and 460 stones short first, then entered its results in
    the same write (the two-person check, at the closing, found none of theirs), their
    acceptance signed: verify said OK. Accepted by another supervisor, it is."""
    make_lot(db, who.olu, "L1")
    ids = _ids(db)
    l1 = ids["L1"]
    lines = [
        Posting("received", l1, -100_000, -500),
        Posting("stock", l1, 60_000, 0, category_id=ids["S5"]),
        Posting("stock", l1, 30_000, 40, category_id=ids["G1"]),
        Posting("adjust", l1, 10_000, 460),
    ]
    with transaction(db):
        posted = post(db, who.sam.user_id, who.sam.name, "sort", lines, lot_id=l1)
        sorting.add_entry(db, who.sam, "L1", "S5-SAW-Q1-W", 60_000)
        sorting.add_entry(db, who.sam, "L1", "G1-SAW-Q1-W", 30_000, 40)
        lots_sql.set_status(db, l1, "sorted")
        record(
            db,
            who.sam,
            "sort.close",
            "L1",
            {"override": True, "reason": "scale drift", "difference_mct": 10_000, **posted},
        )
    report = verify(db, parallel=False)
    said = "lot L1: its sorting's difference was accepted by sam, who entered results of the lot"
    assert any(problem.startswith(said) for problem in report.problems), report.problems
    # The same closing accepted by sue, who entered none: as sortapp closes it.
    make_lot(db, who.olu, "L2")
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 60_000)
    sorting.add_entry(db, who.olu, "L2", "G1-SAW-Q1-W", 30_000, 40)
    sorting.close_sorting(db, who.sue, "L2", accept_difference=True, reason="scale drift")
    assert not any("lot L2" in problem for problem in verify(db).problems)


def test_a_stone_difference_accepted_by_who_counted_it_is_named_by_verify(db, who, monkeypatch):
    """Within the tolerance, 50 stones short counted in and out, accepted by sam, who sorted
    the lot (a patched sortapp, its two-person check skipped): verify names it."""
    make_lot(db, who.olu, "L1", stones=300)
    sorting.add_entry(db, who.sam, "L1", "S5-SAW-Q1-W", 60_000, 200)
    sorting.add_entry(db, who.sam, "L1", "G1-SAW-Q1-W", 40_000, 50)
    assert sorting.reconciliation(db, "L1").within_tolerance
    monkeypatch.setattr(sorting.lots_sql, "entry_users", lambda _db, _lot: set())
    sorting.close_sorting(db, who.sam, "L1", accept_difference=True, reason="two chips broke")
    said = "lot L1: its sorting's difference was accepted by sam, who entered results of the lot"
    assert any(p.startswith(said) for p in verify(db, parallel=False).problems)


def test_counted_stones_filed_as_a_loss_are_named_by_verify(db, who):
    """A second round: 255 counted stones filed as a loss of 0.001 ct (sortapp weighs a loss,
    never counts it), then the lot closed as its entries stand, no difference: an operator
    alone wrote them off, and verify said OK."""
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 200)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_999, 45)
    lot = lots.get_lot(db, "L1")
    sorting._append(
        db, who.olu, lot, category_id=None, loss_type="breakage", mct=1, stones=255,
        label="breakage", weigh=True,
    )  # fmt: skip
    loss = db.execute("SELECT uid FROM sort_entries WHERE loss_type IS NOT NULL").fetchone()[0]
    ids = _ids(db)
    lines = [
        Posting("received", lot.id, -100_000, -500),
        Posting("stock", lot.id, 60_000, 200, category_id=ids["S5"]),
        Posting("stock", lot.id, 39_999, 45, category_id=ids["G1"]),
        Posting("loss", lot.id, 1, 255, loss_type="breakage"),
    ]
    _closing(db, who.olu, lines, lot.id)
    problems = verify(db, parallel=False).problems
    assert any(p.startswith(f"sorting entry {loss}: a loss with stones") for p in problems)
    assert any(MOVED in p for p in problems), problems


def test_a_lot_weighed_again_after_its_sorting_began_is_named_by_verify(db, who, monkeypatch):
    """A second round: sam entered L1's results, its status held "received" (a patched
    sortapp), weighed it again to the 90 ct and 40 stones sorted, and closed it with no
    difference to accept: 10 ct and 460 counted stones gone, and verify said OK. (Weighed
    again once before its sorting too, rightly: the last weighing is the one read, a review.)"""
    make_lot(db, who.olu, "L1")
    lots.reweigh_lot(db, who.sam, "L1", 100_010, reason="scale re-zeroed")
    with monkeypatch.context() as patched:
        patched.setattr(sorting.lots_sql, "set_status", lambda *_args: None)
        sorting.add_entry(db, who.sam, "L1", "S5-SAW-Q1-W", 60_000)
        sorting.add_entry(db, who.sam, "L1", "G1-SAW-Q1-W", 30_000, 40)
    lots.reweigh_lot(db, who.sam, "L1", 90_000, 40, reason="scale drift")
    lots_sql.set_status(db, lots.get_lot(db, "L1").id, "sorting")
    sorting.close_sorting(db, who.sam, "L1")
    said = "lot L1: weighed again after its sorting began"
    assert any(p.startswith(said) for p in verify(db, parallel=False).problems)
    # Weighed again before any entry, as sortapp does: nothing said.
    make_lot(db, who.olu, "L2")
    lots.reweigh_lot(db, who.sam, "L2", 99_000, reason="scale checked")
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 99_000)
    assert not any("lot L2" in p for p in verify(db, parallel=False).problems)
