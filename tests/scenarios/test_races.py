"""Races: three OS processes, each with its own connection to one file, make the same writes on
the same lots, parcels and stock at the same moment, trial after trial.

Each trial gives every scenario fresh objects; the processes meet at a barrier before each
scenario, then act at once. What must hold: a rule that lets one of them through lets exactly
one through (no double acceptance), no lot is sorted beyond what it received plus the tolerance,
nothing is written to a closed lot or a sealed parcel, stock never goes below zero, and
``verify`` finds the file sound. Every refusal must come from the service's own check inside the
write transaction: one that only the schema's backstop (migration 0012) made counts against it.
The short form runs a few trials; ``pytest --long`` many.
"""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path
from typing import Any

from sortapp.core.errors import SortAppError, UserError
from sortapp.services import imports, lots, parcels, site, sorting
from sortapp.services.settings import settings
from sortapp.services.verify import verify
from sortapp.storage import ledger
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_lot, make_sorted_lot

S5 = "S5-SAW-Q1-W"
G1 = "G1-SAW-Q1-W"
# Every worker may do every action; the first also closes, reweighs and seals.
USERS = ("sam", "sue", "admin")
SHORT_TRIALS, LONG_TRIALS = 4, 120

#: Scenarios where the rule lets exactly one of the three through.
EXCLUSIVE = ("import", "entry", "weigh", "pack", "seal_unique", "create", "receive")
#: Scenarios where the order decides what is allowed; checked on the file afterwards.
ORDERED = ("close_vs_entry", "reweigh_vs_entry", "seal_vs_pack")
SCENARIOS = EXCLUSIVE + ORDERED


def _csv(trial: int) -> str:
    # 10.000 ct in all: the whole lot I<trial>, so a second copy of the file is an overfill.
    return f"lot,category,carats\nI{trial},{S5},6.000\nI{trial},{G1},4.000\n"


def _act(db: Any, actor: Any, scenario: str, t: int, worker: int) -> None:
    """Do this worker's part of a scenario; raise UserError when refused."""
    first = worker == 0
    if scenario == "import":
        result = imports.import_sorting(db, actor, _csv(t))
        if not result.ok:
            raise UserError("; ".join(e.message for e in result.errors))
    elif scenario == "entry":
        sorting.add_entry(db, actor, f"E{t}", S5, 6_000)
    elif scenario == "weigh":
        lots.weigh_lot(db, actor, f"W{t}", 10_000)
    elif scenario == "pack":
        parcels.add_goods(db, actor, f"PK{t}", S5, 40_000, lot=f"P{t}")
    elif scenario == "seal_unique":
        parcels.seal_parcel(
            db, actor, f"U{t}-{worker}", kp_cert=f"BW-U{t}-{worker}", seals=[f"SU{t}"]
        )
    elif scenario == "create":
        parcels.create_parcel(db, actor, f"N{t}", importer="Antwerp Rough NV", destination="BE")
    elif scenario == "receive":
        make_lot(db, actor, f"R{t}", weighed_mct=10_000)
    elif scenario == "close_vs_entry":
        if first:
            sorting.close_sorting(db, actor, f"C{t}")
        else:
            sorting.add_entry(db, actor, f"C{t}", S5, 5)
    elif scenario == "reweigh_vs_entry":
        if first:
            lots.reweigh_lot(db, actor, f"RW{t}", 9_000, reason="the scale was off")
        else:
            sorting.add_entry(db, actor, f"RW{t}", S5, 5_000)
    elif scenario == "seal_vs_pack":
        if first:
            parcels.seal_parcel(db, actor, f"Q{t}", kp_cert=f"BW-Q{t}", seals=[f"SQ{t}"])
        else:
            parcels.add_goods(db, actor, f"Q{t}", S5, 1_000, lot=f"P{t}")
    else:
        raise AssertionError(scenario)


def _worker(path: str, worker: int, trials: int, barrier: Any, results: Any) -> None:
    """One process: open the file, then at each barrier do the scenario's action."""
    out: list[tuple[int, str, str]] = []
    db = open_db(path)
    try:
        actor = site.login(db, USERS[worker], PASSWORD)
        for t in range(trials):
            for scenario in SCENARIOS:
                barrier.wait(timeout=120)
                try:
                    _act(db, actor, scenario, t, worker)
                    outcome = "ok"
                except SortAppError as exc:
                    outcome = f"refused: {exc}"
                except Exception:  # a traceback is a finding, not a crash of the campaign
                    outcome = f"bug: {traceback.format_exc()}"
                out.append((t, scenario, outcome))
    except Exception:
        out.append((-1, "worker", f"bug: {traceback.format_exc()}"))
        barrier.abort()
    finally:
        db.close()
        results.put((worker, out))


def _prepare(db: Any, trials: int) -> None:
    sam = site.login(db, "sam", PASSWORD)
    for t in range(trials):
        make_lot(db, sam, f"I{t}", weighed_mct=10_000)
        make_lot(db, sam, f"E{t}", weighed_mct=10_000)
        make_lot(db, sam, f"W{t}", weighed_mct=None, declared_mct=10_000, stones=None)
        make_lot(db, sam, f"C{t}", weighed_mct=10_000, stones=None)
        sorting.add_entry(db, sam, f"C{t}", S5, 9_995)
        make_lot(db, sam, f"RW{t}", weighed_mct=10_000)
        # 60.000 ct of S5 from lot P<t>: 5 + 3 x 1 packed now, 40 asked by each packer.
        make_sorted_lot(db, sam, f"P{t}")
        for number in (f"PK{t}", f"Q{t}", *(f"U{t}-{w}" for w in range(3))):
            parcels.create_parcel(db, sam, number, importer="Antwerp Rough NV", destination="BE")
        parcels.add_goods(db, sam, f"Q{t}", S5, 5_000, lot=f"P{t}")
        for w in range(3):
            parcels.add_goods(db, sam, f"U{t}-{w}", S5, 1_000, lot=f"P{t}")


def _violations(db: Any, outcomes: list[tuple[int, int, str, str]], trials: int) -> list[str]:
    """Everything that should not have happened, one line each."""
    found: list[str] = []
    accepted: dict[tuple[int, str], int] = {}
    for worker, t, scenario, outcome in outcomes:
        if outcome.startswith("bug"):
            found.append(f"trial {t} {scenario} worker {worker}: {outcome}")
        elif outcome.startswith("refused: refused:"):
            # The schema's backstop refused it: the service's own check, inside the write, missed.
            found.append(f"trial {t} {scenario}: only the schema refused it ({outcome[9:]})")
        accepted[(t, scenario)] = accepted.get((t, scenario), 0) + (outcome == "ok")
    for t in range(trials):
        for scenario in EXCLUSIVE:
            n = accepted.get((t, scenario), 0)
            if n > 1:
                found.append(f"trial {t} {scenario}: double acceptance ({n} of 3 accepted)")
    conf = settings(db)
    # No overfill: sorted + losses never beyond received + tolerance.
    for number, weighed, total in db.execute(
        "SELECT l.number, l.weighed_mct, sum(e.mct) FROM lots l "
        "JOIN sort_entries e ON e.lot_id = l.id GROUP BY l.id"
    ):
        if total > weighed + conf.sort_tolerance(weighed):
            found.append(f"lot {number}: overfill, {total} mct sorted of {weighed} received")
    # Nothing entered after a lot's close; no reweighing after its sorting started.
    for number, action in db.execute(
        """SELECT c.object, c.action FROM audit c JOIN audit e ON e.object = c.object
           WHERE (c.action = 'sort.close' AND e.action IN ('sort.add', 'sort.loss')
                  AND e.id > c.id)
              OR (c.action = 'lot.reweigh' AND e.action = 'sort.add' AND e.id < c.id)
           GROUP BY c.id"""
    ):
        found.append(f"lot {number}: sorting entry on the wrong side of {action}")
    for (number,) in db.execute(
        "SELECT number FROM lots WHERE number LIKE 'C%' AND status <> 'sorted'"
    ):
        found.append(f"lot {number}: closed, but its status went back")
    # One standing receipt per lot, matching its weight.
    found += [f"lot {n}: weight and ledger receipt differ" for n in _receive_mismatches(db)]
    found += [f"negative balance {row}" for row in ledger.negative_balances(db)]
    found += [
        f"lot #{lot_id}: sorting total {kept} kept, {summed} in its entries"
        for lot_id, kept, summed in db.execute(
            """SELECT t.lot_id, t.mct, (SELECT sum(mct) FROM sort_entries e
                                         WHERE e.lot_id = t.lot_id) AS summed
               FROM lot_sorting_totals t WHERE t.mct IS NOT summed"""
        )
    ]
    # Parcels: a sealed parcel holds what it was sealed with; nothing more than was in stock.
    for number, status, sealed, held in db.execute(
        """SELECT p.number, p.status, p.sealed_mct,
                  (SELECT coalesce(sum(b.mct), 0) FROM balances b
                   WHERE b.parcel_id = p.id AND b.place = 'parcel')
           FROM parcels p"""
    ):
        if status == "sealed" and held != sealed:
            found.append(f"parcel {number}: sealed with {sealed} mct, holds {held}")
        if number.startswith("PK") and held > 40_000:
            found.append(f"parcel {number}: double packing, holds {held} mct")
    report = verify(db)
    found += [f"verify: {p}" for p in report.problems]
    return found


def _receive_mismatches(db: Any) -> list[str]:
    return [
        number
        for number, weighed, receipts, received in db.execute(
            """SELECT l.number, l.weighed_mct,
                      (SELECT count(*) FROM journal j WHERE j.lot_id = l.id AND j.kind = 'receive'
                         AND NOT EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id)),
                      (SELECT coalesce(sum(p.mct), 0) FROM postings p
                       WHERE p.lot_id = l.id AND p.place = 'received' AND p.mct > 0
                         AND p.journal_id IN (SELECT j.id FROM journal j WHERE j.kind = 'receive'
                           AND NOT EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id)))
               FROM lots l WHERE l.weighed_mct IS NOT NULL"""
        )
        if receipts != 1 or received != weighed
    ]


def run_campaign(path: Path, trials: int) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """Prepare ``trials`` rounds on the file, race three processes over them; return every
    outcome (worker, trial, scenario, outcome) and every violation found afterwards."""
    db = open_db(path)
    try:
        _prepare(db, trials)
    finally:
        db.close()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3)
    results = context.Queue()
    workers = [
        context.Process(target=_worker, args=(str(path), w, trials, barrier, results))
        for w in range(3)
    ]
    for process in workers:
        process.start()
    outcomes: list[tuple[int, int, str, str]] = []
    for _ in workers:
        worker, out = results.get(timeout=600)
        outcomes += [(worker, *o) for o in out]
    for process in workers:
        process.join(timeout=60)
        assert process.exitcode == 0
    db = open_db(path)
    try:
        return outcomes, _violations(db, outcomes, trials)
    finally:
        db.close()


def test_racing_writers_never_double_accept(db_path: Path, long_run: bool) -> None:
    trials = LONG_TRIALS if long_run else SHORT_TRIALS
    outcomes, violations = run_campaign(db_path, trials)
    assert len(outcomes) == 3 * trials * len(SCENARIOS), outcomes[-3:]
    # Each exclusive scenario let one through: the rules refuse the others, not the lock.
    accepted = {(t, s) for _w, t, s, o in outcomes if o == "ok" and s in EXCLUSIVE}
    assert not violations, _summary(violations)
    assert len(accepted) == trials * len(EXCLUSIVE)


def _summary(violations: list[str]) -> str:
    """Violations counted by kind (a traceback by its last line), then the first few whole."""
    kinds: dict[str, int] = {}
    for line in violations:
        kind = line.split(":", 1)[1].strip().splitlines()[-1] if "bug:" in line else line
        kind = " ".join(w for w in kind.split() if not any(c.isdigit() for c in w))
        kinds[kind] = kinds.get(kind, 0) + 1
    counted = "\n".join(f"{n:5} x {kind}" for kind, n in sorted(kinds.items()))
    return f"{len(violations)} violations:\n{counted}\nfirst:\n" + "\n".join(violations[:3])
