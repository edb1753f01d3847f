"""A facility day on one server: workstation processes doing real work on one PostgreSQL database
at once, and nothing lost, doubled or invented.

Each worker is its own OS process (spawn) with two connections (``open_server``), each signed in
to the server as its person's own role: an operator and a supervisor of the test site (the
server's grants, row checks and session-user rule hold throughout). Round after round, the
processes meet at a barrier before each contended action and then act at the same moment: every
process packs the same 40 ct
of one lot's stones (60 ct in stock, so one succeeds), pairs close the same lot and receive the
same lot number, and every supervisor seals the same parcel. Then each does a workstation's own
work: receive a lot, sort it, record a loss, close it, open a parcel, pack it (from its lot and
first-in-first-out from the shared stock) and seal it. Each process keeps a list of every action
the services said was done, with the ids and uids they returned.

Afterwards, from the database alone: every listed action is there exactly once (audit entries,
lots, sorting entries, journal entries, parcels and their seals), nothing is there that no process
listed, each contended action let exactly one through and refused the others with the service's
own sentence (never the schema's backstop, never a traceback), every balance equals the sum of its
postings, no stock is negative, the audit chain links and hashes, and every journal hash is right.
The short form (3 processes, ~9 s) runs in CI; ``pytest --long`` runs 8 processes for 75 s.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from threading import BrokenBarrierError
from typing import Any

from sortapp.core import uids
from sortapp.core.canonical import GENESIS_HASH, fingerprint
from sortapp.core.errors import UserError
from sortapp.services import apart, lots, parcels, site, sorting
from sortapp.services.journal import journal_canonical
from sortapp.storage import ledger
from sortapp.storage.audit import audit_hash
from sortapp.storage.db import open_server
from sortapp.storage.dbapi import Database
from tests.conftest import PASSWORD

S5 = "S5-SAW-Q1-W"
G1 = "G1-SAW-Q1-W"
OPERATORS = ("olu", "ola")
SUPERVISORS = ("sam", "sue")
#: (processes, seconds of rounds): CI's short form and ``pytest --long``.
SHORT, LONG = (3, 9.0), (8, 75.0)
#: How long a process waits at a barrier for the others before the campaign is a failure.
BARRIER_SECONDS = 120
#: The contended actions of each round: who takes part, what the losers must be told.
RACES = {
    "pack": "only 15.000 ct in stock",
    "close": "is already sorted and closed",
    "create": "already exists",
    "seal": "only a draft can be changed",
}

#: One action a process says was done: (action, object, uid it names, what the service returned).
Done = tuple[str, str, str, int | str | None]


def pair(worker: int, round_: int, workers: int) -> int:
    """Which pair a worker races with in a round (the pairs change from round to round; with
    an odd number of processes the last "pair" is one process, and it closes alone)."""
    return ((worker + round_) % workers) // 2


def pairs(workers: int) -> int:
    return (workers + 1) // 2


class Workstation:
    """One workstation's session: its people, and the list of what it did."""

    def __init__(self, db: Database, sup_db: Database, worker: int, workers: int) -> None:
        # The operator's connection and the supervisor's: each signed in as its person.
        self.db, self.sup_db, self.worker, self.workers = db, sup_db, worker, workers
        self.op = site.login(db, OPERATORS[worker % 2], PASSWORD)
        self.sup = site.login(sup_db, SUPERVISORS[worker % 2], PASSWORD)
        self.done: list[Done] = []
        #: (round, race, pair, "ok" or "refused: <message>")
        self.races: list[tuple[int, str, int, str]] = []

    # -- the actions, each listed once the service returns ------------------------------------

    def receive(self, number: str, mct: int, stones: int | None = None) -> None:
        changes = lots.receive_lot(
            self.db, self.op, number=number, origins=[("BW", "Jwaneng")], weighed_mct=mct,
            stones=stones,
        )  # fmt: skip
        self.done.append(("lot.receive", number, "", changes.created_id))

    def sort(self, number: str, category: str, mct: int, stones: int | None = None) -> None:
        changes = sorting.add_entry(self.db, self.op, number, category, mct, stones)
        self.done.append(("sort.add", number, changes.uid, changes.created_id))

    def loss(self, number: str, mct: int) -> None:
        changes = sorting.add_loss(self.db, self.op, number, "cleaning", mct)
        self.done.append(("sort.loss", number, changes.uid, changes.created_id))

    def close(self, number: str) -> None:
        sorting.close_sorting(self.db, self.op, number)
        self.done.append(("sort.close", number, "", None))

    def create(self, number: str) -> None:
        changes = parcels.create_parcel(
            self.db, self.op, number, importer="Antwerp Rough NV", destination="BE"
        )
        self.done.append(("parcel.create", number, "", changes.created_id))

    def pack(self, number: str, category: str, mct: int, lot: str | None = None) -> None:
        changes = parcels.add_goods(self.db, self.op, number, category, mct, lot=lot)
        self.done.append(("parcel.add", number, changes.journal, None))

    def seal(self, number: str, cert: str) -> None:
        changes = parcels.seal_parcel(
            self.sup_db, self.sup, number, kp_cert=cert, seals=[f"S{cert}"]
        )
        self.done.append(("parcel.seal", number, "", changes.digest))

    # -- a round ------------------------------------------------------------------------------

    def sorted_lot(self, number: str) -> None:
        """Receive 100 ct (not counted) and sort it: 60 ct of S5, 39.9 ct of G1, 0.1 ct lost;
        close it."""
        self.receive(number, 100_000)
        self.sort(number, S5, 60_000)
        self.sort(number, G1, 39_900, 50)
        self.loss(number, 100)
        self.close(number)

    def prepare(self, r: int) -> None:
        """What round ``r`` contends for (one process makes it while the others wait)."""
        self.sorted_lot(f"P{r}")  # 60 ct of S5 in stock from P<r>
        for w in range(self.workers):
            self.create(f"PK{r}-{w}")
        self.create(f"Q{r}")
        self.pack(f"Q{r}", S5, 5_000, lot=f"P{r}")  # 55 ct left: one 40 ct packing fits
        for p in range(pairs(self.workers)):
            self.receive(f"C{r}-{p}", 10_000)
            self.sort(f"C{r}-{p}", S5, 9_995)  # within tolerance: any operator may close

    def race(self, r: int, name: str, group: int, act: Any, *args: Any) -> None:
        try:
            act(*args)
        except UserError as exc:
            self.races.append((r, name, group, f"refused: {exc}"))
        else:
            self.races.append((r, name, group, "ok"))

    def round(self, r: int, barrier: Any) -> None:
        w, p = self.worker, pair(self.worker, r, self.workers)
        if r % self.workers == w:
            self.prepare(r)
        barrier.wait(BARRIER_SECONDS)
        self.race(r, "pack", 0, self.pack, f"PK{r}-{w}", S5, 40_000, f"P{r}")
        barrier.wait(BARRIER_SECONDS)
        self.race(r, "close", p, self.close, f"C{r}-{p}")
        barrier.wait(BARRIER_SECONDS)
        self.race(r, "create", p, self.receive, f"X{r}-{p}", 10_000)
        barrier.wait(BARRIER_SECONDS)
        self.race(r, "seal", 0, self.seal, f"Q{r}", f"BW-Q{r}-{w}")
        # The workstation's own work: nothing of it may be refused.
        own = f"W{w}-{r}"
        self.sorted_lot(own)
        self.create(own)
        self.pack(own, S5, 30_000, lot=own)
        self.pack(own, G1, 39_900, lot=own)  # the whole balance, all its stones
        self.pack(own, S5, 1_000)  # first in, first out: the oldest stock, anyone's
        self.seal(own, f"BW-{own}")


@dataclass
class Outcome:
    """What one process reports."""

    worker: int
    rounds: int = 0
    seconds: float = 0.0
    done: list[Done] = field(default_factory=list)
    races: list[tuple[int, str, int, str]] = field(default_factory=list)
    #: The traceback of an unexpected error (anything but a contended action's refusal).
    error: str = ""


def _worker(url: str, worker: int, workers: int, seconds: float, barrier: Any, go_on: Any,
            results: Any) -> None:  # fmt: skip
    """One workstation process: sign in, then rounds until worker 0 says stop."""
    outcome = Outcome(worker)
    station: Workstation | None = None
    opened: list[Database] = []
    try:
        host = "postgresql://" + url.split("@", 1)[1]  # the server and database, no owner
        for name in (OPERATORS[worker % 2], SUPERVISORS[worker % 2]):
            opened.append(open_server(host, user=name, password=PASSWORD))
        station = Workstation(opened[0], opened[1], worker, workers)
        barrier.wait(BARRIER_SECONDS)  # everyone signed in: the clock starts
        began = time.monotonic()
        while True:
            if worker == 0:  # set before the barrier, read by all after it, never in between
                go_on.value = int(time.monotonic() - began < seconds)
            barrier.wait(BARRIER_SECONDS)
            if not go_on.value:
                break
            station.round(outcome.rounds, barrier)
            outcome.rounds += 1
        outcome.seconds = time.monotonic() - began
    except BrokenBarrierError:
        outcome.error = outcome.error or "(stopped: another process failed)"
    except BaseException:
        outcome.error = traceback.format_exc()
        barrier.abort()
    finally:
        if station is not None:
            outcome.done, outcome.races = station.done, station.races
        for db in opened:
            db.close()
        results.put(outcome)


def run_campaign(url: str, workers: int, seconds: float) -> list[Outcome]:
    """Run ``workers`` workstation processes on the database at ``url`` for ``seconds``."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(workers)
    go_on = context.Value("b", 1)
    results = context.Queue()
    processes = [
        context.Process(target=_worker, args=(url, w, workers, seconds, barrier, go_on, results))
        for w in range(workers)
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=seconds + 10 * BARRIER_SECONDS) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    # Their barrier, flag and queue started multiprocessing's resource tracker, a process of
    # its own that would outlive the campaign (a test after it, counting this process's
    # children, found one too many): their semaphores let go of, it is stopped as the app's
    # pools stop it (``apart``).
    results.close()
    results.join_thread()
    del barrier, go_on, results, processes
    gc.collect()
    apart._stop_tracker()
    return sorted(outcomes, key=lambda o: o.worker)


# -- what must hold afterwards ----------------------------------------------------------------


def race_violations(outcomes: list[Outcome], workers: int) -> list[str]:
    """Each contended action let exactly one process through; the others were told why by the
    service's own check inside the write (not by the schema's backstop)."""
    found: list[str] = []
    by_race: dict[tuple[int, str, int], list[str]] = {}
    for o in outcomes:
        for r, name, group, outcome in o.races:
            by_race.setdefault((r, name, group), []).append(outcome)
    rounds = {o.rounds for o in outcomes}
    if len(rounds) != 1:
        found.append(f"the processes did different numbers of rounds: {sorted(rounds)}")
    for r in range(min(rounds)):
        expected = {(r, "pack", 0): workers, (r, "seal", 0): workers}
        for p in range(pairs(workers)):
            expected[(r, "close", p)] = expected[(r, "create", p)] = min(2, workers - 2 * p)
        for key, taking_part in expected.items():
            if len(by_race.get(key, [])) != taking_part:
                found.append(f"round {key}: {len(by_race.get(key, []))} took part")
    for (r, name, group), seen in sorted(by_race.items()):
        ok = seen.count("ok")
        if ok != 1:
            found.append(f"round {r} {name} {group}: {ok} of {len(seen)} went through")
        for outcome in seen:
            if outcome.startswith("refused: refused:"):
                found.append(f"round {r} {name}: only the schema refused it: {outcome[9:]}")
            elif outcome != "ok" and RACES[name] not in outcome:
                found.append(f"round {r} {name}: refused, but not as expected: {outcome}")
    return found


def audit_key(action: str, obj: str, details: str) -> tuple[str, str, str]:
    """The audit entry of an action: what it did to what, and the uid it made where it makes
    several of one kind on one object (sorting entries of a lot, packings of a parcel)."""
    data = json.loads(details)
    named = data.get("entry") if action.startswith("sort.") else data.get("journal")
    return action, obj, named if action in ("sort.add", "sort.loss", "parcel.add") else ""


def ledger_violations(db: Database, done: list[Done], audit_before: int) -> list[str]:
    """Every listed action is in the database exactly once, and nothing else is."""
    found: list[str] = []
    listed = Counter((a, o, u) for a, o, u, _r in done)
    recorded = Counter(
        audit_key(action, obj, details)
        for action, obj, details in db.execute(
            "SELECT action, object, details FROM audit WHERE id > ?", (audit_before,)
        )
    )
    for key in sorted(set(listed) | set(recorded)):
        if listed[key] != recorded[key]:
            found.append(f"audit {key}: {listed[key]} done, {recorded[key]} recorded")

    def compare(what: str, expected: Counter[Any], actual: Counter[Any]) -> None:
        for key in sorted(set(expected) | set(actual), key=repr):
            if expected[key] != actual[key]:
                found.append(f"{what} {key}: {expected[key]} done, {actual[key]} in the database")

    # (what, the actions that make it, which of (object, uid, returned) it shows, its rows)
    for what, actions, shown, sql in (
        ("lot", ("lot.receive",), "or", "SELECT number, id FROM lots"),
        (
            "sorting entry",
            ("sort.add", "sort.loss"),
            "our",
            "SELECT l.number, e.uid, e.id FROM sort_entries e JOIN lots l ON l.id = e.lot_id",
        ),
        ("closed lot", ("sort.close",), "o", "SELECT number FROM lots WHERE status = 'sorted'"),
        ("parcel", ("parcel.create",), "or", "SELECT number, id FROM parcels"),
        (
            "sealed parcel",
            ("parcel.seal",),
            "or",
            "SELECT number, fingerprint FROM parcels WHERE status = 'sealed'",
        ),
    ):
        compare(
            what,
            Counter(
                tuple({"o": o, "u": u, "r": r}[f] for f in shown)
                for a, o, u, r in done
                if a in actions
            ),
            Counter(tuple(row) for row in db.execute(sql)),
        )
    # Journal entries: a receipt per lot received, a sorting per lot closed, and the packings
    # by the uids the services returned.
    compare(
        "journal entry",
        Counter(
            ("pack", u)
            if a == "parcel.add"
            else ({"lot.receive": "receive", "sort.close": "sort"}[a], o)
            for a, o, u, _r in done
            if a in ("parcel.add", "lot.receive", "sort.close")
        ),
        Counter(
            (kind, uid if kind == "pack" else number)
            for kind, uid, number in db.execute(
                "SELECT j.kind, j.uid, l.number FROM journal j LEFT JOIN lots l ON l.id = j.lot_id"
            )
        ),
    )
    # A contended packing holds what was packed, or nothing.
    packed = {o for a, o, _u, _r in done if a == "parcel.add" and o.startswith("PK")}
    for number, held in db.execute(
        """SELECT p.number, (SELECT coalesce(sum(b.mct), 0) FROM balances b
                             WHERE b.parcel_id = p.id AND b.place = 'parcel')
           FROM parcels p WHERE p.number LIKE 'PK%'"""
    ):
        if held != (40_000 if number in packed else 0):
            found.append(f"parcel {number} holds {held} mct")
    return found


def balance_violations(db: Database) -> list[str]:
    """Every balance is the sum of its postings (and stock by category too); none negative."""
    found: list[str] = []
    sums = {
        tuple(row[:5]): (row[5], row[6])
        for row in db.execute(
            "SELECT place, lot_id, coalesce(category_id, 0), coalesce(parcel_id, 0), "
            "coalesce(loss_type, ''), sum(mct), sum(stones) FROM postings GROUP BY 1, 2, 3, 4, 5"
        )
    }
    kept = {
        tuple(row[:5]): (row[5], row[6])
        for row in db.execute(
            "SELECT place, lot_id, category_id, parcel_id, loss_type, mct, stones FROM balances"
        )
    }
    for key in sorted(set(sums) | set(kept), key=repr):
        if sums.get(key, (0, 0)) != kept.get(key, (0, 0)):
            found.append(f"balance {key}: {kept.get(key)} kept, postings sum to {sums.get(key)}")
        if key[0] not in ("world", "adjust") and min(kept.get(key, (0, 0))) < 0:
            found.append(f"negative balance {key}: {kept[key]}")
    stock = {
        c: (m, s)
        for c, m, s in db.execute(
            "SELECT category_id, sum(mct), sum(stones) FROM postings WHERE place = 'stock' "
            "GROUP BY category_id"
        )
    }
    for c, m, s in db.execute("SELECT category_id, mct, stones FROM category_stock"):
        if stock.pop(c, (0, 0)) != (m, s):
            found.append(f"stock of category #{c}: {(m, s)} kept, postings differ")
    found += [
        f"stock of category #{c} has postings, no summary" for c, v in stock.items() if any(v)
    ]
    for uid, mct, stones in db.execute(
        "SELECT j.uid, sum(p.mct), sum(p.stones) FROM journal j "
        "JOIN postings p ON p.journal_id = j.id GROUP BY j.id, j.uid"
    ):
        if mct or stones:
            found.append(f"journal {uid} does not balance: {mct} mct, {stones} stones")
    return found


def chain_violations(db: Database) -> list[str]:
    """Each site's audit chain, recomputed in id order: ids without gaps, every prev_hash the
    site's previous hash, every hash over its fields; every journal hash over its canonical form."""
    found: list[str] = []
    last: dict[str, str] = {}
    expected_id = 1
    for row in db.execute(
        'SELECT id, uid, site, at, "user", action, object, details, rows, prev_hash, hash '
        "FROM audit ORDER BY id"
    ):
        entry_id, uid, code, at, user, action, obj, details, rows, prev, digest = row
        if entry_id != expected_id:
            found.append(f"audit id {entry_id} follows {expected_id - 1}")
        expected_id = entry_id + 1
        if uid != uids.audit(code, entry_id):
            found.append(f"audit #{entry_id}: uid {uid}")
        if prev != last.get(code, GENESIS_HASH):
            found.append(f"audit #{entry_id}: prev_hash does not link to the site's last entry")
        if digest != audit_hash(prev, uid, code, at, user, action, obj, details, rows):
            found.append(f"audit #{entry_id}: hash does not match its fields")
        last[code] = digest
    for head, lines in ledger.iter_canonical_journals(db):
        if fingerprint(journal_canonical(head, lines)) != head["hash"]:
            found.append(f"journal {head['uid']}: hash does not match its canonical form")
    unsigned = db.execute(
        "SELECT count(*) FROM audit a WHERE a.action = 'parcel.seal' "
        "AND NOT EXISTS (SELECT 1 FROM entry_signatures s WHERE s.audit_id = a.id)"
    ).fetchone()[0]
    if unsigned:
        found.append(f"{unsigned} seals' audit entries carry no signature")
    return found


def verify_problems(db: Database) -> list[str]:
    """What ``verify`` finds on the server."""
    from sortapp.services.verify import verify  # noqa: PLC0415

    report = verify(db)
    return [f"verify: {p}" for p in report.problems]


def test_facility_day_on_one_server_loses_nothing(pg_site_url: str, long_run: bool) -> None:
    workers, seconds = LONG if long_run else SHORT
    db = open_server(pg_site_url)
    try:
        audit_before = db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]
        assert db.execute("SELECT count(*) FROM lots").fetchone()[0] == 0
    finally:
        db.close()

    outcomes = run_campaign(pg_site_url, workers, seconds)

    errors = [f"worker {o.worker}:\n{o.error}" for o in outcomes if o.error]
    assert not errors, "\n".join(errors)
    assert len(outcomes) == workers
    assert min(o.seconds for o in outcomes) >= seconds
    assert min(o.rounds for o in outcomes) >= 2, [o.rounds for o in outcomes]
    done = [d for o in outcomes for d in o.done]
    db = open_server(pg_site_url)
    try:
        violations = race_violations(outcomes, workers)
        violations += ledger_violations(db, done, audit_before)
        violations += balance_violations(db)
        violations += chain_violations(db)
        violations += verify_problems(db)
    finally:
        db.close()
    assert not violations, f"{len(violations)} violations:\n" + "\n".join(violations[:40])
    rounds = outcomes[0].rounds
    print(
        f"{workers} processes, {rounds} rounds in {outcomes[0].seconds:.1f} s: "
        f"{len(done)} actions done, {4 * rounds} races with one winner each; verify OK"
    )
