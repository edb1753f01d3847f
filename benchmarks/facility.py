"""Measure sortapp on a facility server: every figure on PostgreSQL beside SQLite in one run.

    python benchmarks/facility.py [--years 2] [--lots-per-year 2500 | --history FILE]
        [--seconds 10] [--processes 2,8] [--rtt-ms 1.0] [--repeat 3] [--only ...]

Starts a throwaway PostgreSQL server (tests/pgserver.py: the installed server binaries, as the
tests do). **The history**: one built by benchmarks/make_history.py (``--years``,
``--lots-per-year``; or ``--history FILE``, a history already built, which is copied and never
changed) in a SQLite file, then moved to the server by the project's own ``migrate-to-server``
(``services.server.migrate_to_server``); the time that takes and the rows moved are printed.
On it, for the SQLite file, the server on loopback and the server over the delay line below,
benchmarks/run.py's own measures: stock by category, KP statistics for one year, the lot,
movement and audit lists' first screen and worst scrolling frame (the app's Qt models,
offscreen), ``verify`` ("not built" while the server has none) and the CSV import of 100,000
sorting rows (each on a fresh copy: a file copy, or a database made from the migrated one as
template). Then a side-by-side table.

**The sorting entry**: on the test site (on the server and in a SQLite file). For each
configuration, N
workstation processes (spawn), each with its own connection and signed in as an operator, start
together at a barrier and for ``--seconds`` receive lots and sort them: one sorting entry at a
time, committed with its audit entry, a new lot every 50 entries. Prints the actions committed per
second (all processes together) and the p50/p95 latency of one sorting entry's commit.

Over a link with a round trip: the processes reach the server through a delay line, a small TCP
proxy in its own process that holds every chunk a while in each direction, tuned so that the
median round trip of ``SELECT 1`` through it is ``--rtt-ms`` (1 ms by default; the proxy's own
cost counts in it). A kernel's netem would be the better delay; where netem is missing (as on the
machine of benchmarks/README.md) this is what there is, and the round trip is measured and printed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

#: Sorting entries on one lot before the workstation receives the next.
ENTRIES_PER_LOT = 50
TARGET_P95_MS = 50.0


# -- a workstation --------------------------------------------------------------------------------


def _workstation(target: str, worker: int, seconds: float, barrier: Any, results: Any) -> None:
    """Receive and sort lots for ``seconds``; report (actions, elapsed s, entry latencies ms)."""
    from sortapp.services import lots, site, sorting  # noqa: PLC0415
    from sortapp.storage.db import open_db, open_server  # noqa: PLC0415
    from tests.conftest import PASSWORD  # noqa: PLC0415 (the test users' password)

    db = open_server(target) if target.startswith("postgresql://") else open_db(target)
    actor = site.login(db, ("olu", "ola")[worker % 2], PASSWORD)
    latencies: list[float] = []
    actions, lot, n = 0, "", 0
    barrier.wait(120)
    began = time.perf_counter()
    while time.perf_counter() - began < seconds:
        if n % ENTRIES_PER_LOT == 0:
            lot = f"B{worker}-{n // ENTRIES_PER_LOT}"
            lots.receive_lot(
                db, actor, number=lot, origins=[("BW", "Jwaneng")],
                weighed_mct=ENTRIES_PER_LOT * 1_000,
            )  # fmt: skip
            actions += 1
        start = time.perf_counter()
        sorting.add_entry(db, actor, lot, "S5-SAW-Q1-W", 1_000)
        latencies.append((time.perf_counter() - start) * 1000)
        actions += 1
        n += 1
    elapsed = time.perf_counter() - began
    db.close()
    results.put((actions, elapsed, latencies))


def run(target: str, processes: int, seconds: float) -> tuple[float, float, float]:
    """Run ``processes`` workstations on ``target``; return (actions/s, p50 ms, p95 ms)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    results = context.Queue()
    workers = [
        context.Process(target=_workstation, args=(target, w, seconds, barrier, results))
        for w in range(processes)
    ]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=seconds + 300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        if worker.exitcode != 0:
            raise RuntimeError(f"a workstation process failed ({worker.exitcode})")
    latencies = [ms for _a, _e, each in reports for ms in each]
    rate = sum(a for a, _e, _l in reports) / max(e for _a, e, _l in reports)
    cuts = statistics.quantiles(latencies, n=20)
    return rate, statistics.median(latencies), cuts[18]


# -- a delay line: a TCP proxy holding each chunk a while in each direction ------------------


def _carry(source: socket.socket, sink: socket.socket, delay: Any) -> None:
    """Read from ``source``; write each chunk to ``sink`` ``delay.value`` s after it came."""
    held: queue.Queue[tuple[float, bytes]] = queue.Queue()

    def write() -> None:
        while True:
            due, data = held.get()
            if not data:
                break
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            try:
                sink.sendall(data)
            except OSError:
                break
        sink.close()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    while True:
        try:
            data = source.recv(65536)
        except OSError:
            data = b""
        held.put((time.perf_counter() + delay.value, data))
        if not data:
            break


def _delay_line(listener: socket.socket, upstream: tuple[str, int], delay: Any) -> None:
    while True:
        client, _ = listener.accept()
        server = socket.create_connection(upstream)
        for s in (client, server):
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for a, b in ((client, server), (server, client)):
            threading.Thread(target=_carry, args=(a, b, delay), daemon=True).start()


def _serve_delay_line(port: int, upstream_port: int, delay: Any, ready: Any) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", port))
    listener.listen(64)
    ready.set()
    _delay_line(listener, ("127.0.0.1", upstream_port), delay)


def round_trip_ms(url: str, times: int = 200) -> float:
    """The median time of ``SELECT 1`` on a connection to ``url``."""
    import psycopg  # noqa: PLC0415

    with psycopg.connect(url, autocommit=True) as conn:
        spent = []
        for _ in range(times):
            began = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            spent.append((time.perf_counter() - began) * 1000)
    return statistics.median(spent)


# -- the figures on the history, as benchmarks/run.py measures them ----------------------------


def _bench() -> Any:
    """benchmarks/run.py, whose measures these are."""
    sys.path.insert(0, str(HERE))
    import run  # noqa: PLC0415

    return run


def verify_figure(db: Any) -> None:
    """``verify`` as run.py measures it; "not built" where the server has no verify yet."""
    from sortapp.core.errors import UserError  # noqa: PLC0415

    bench = _bench()
    try:
        bench.bench_verify(db, 3)
    except UserError as exc:
        if "not built" not in str(exc):
            raise
        bench.line("verify", "not built", "", "", "<= 5 s", None)


def import_figure_on_server(make_copy: Any, repeat: int) -> None:
    """The CSV import of run.py, each time on a fresh copy of the history on the server."""
    from sortapp.services import site  # noqa: PLC0415

    bench = _bench()
    spent = []
    for _ in range(repeat):
        db = make_copy()
        olu = site.actor_for(db, "olu")
        bench.receive_for_import(db, olu, bench.IMPORT_LOTS)
        spent.append(bench.time_import(db, olu, bench.IMPORT_ROWS, bench.IMPORT_LOTS)[0])
        db.close()
    rate = bench.IMPORT_ROWS / statistics.median(spent)
    bench.line(
        f"CSV import of {bench.IMPORT_ROWS:,} sorting rows", f"{rate:,.0f} rows/s",
        "", "", "(no floor on the server)", None,
    )  # fmt: skip


def history_figures(db: Any, where: Any, repeat: int, wanted: Any) -> None:
    """run.py's lists, reports and verify on the open history ``db`` (on ``where``)."""
    bench = _bench()
    if wanted("lists"):
        bench.bench_lists(db, repeat, where)
    if wanted("reports"):
        bench.bench_reports(db, repeat)
    if wanted("verify"):
        verify_figure(db)


def _key(name: str) -> str:
    """A figure's name without what it says of this backend's run (counts, frames)."""
    return name.split(" (", maxsplit=1)[0]


def side_by_side(columns: dict[str, list[tuple[str, str, str, bool | None]]]) -> list[str]:
    """One row a figure, one column a backend: value, and met/MISSED against the target."""
    order: list[str] = []
    targets: dict[str, str] = {}
    cells: dict[tuple[str, str], str] = {}
    for backend, figures in columns.items():
        for name, value, target, met in figures:
            key = _key(name)
            if key not in targets:
                order.append(key)
                targets[key] = target
            verdict = "" if met is None else (" met" if met else " MISSED")
            cells[key, backend] = f"{value}{verdict}"
    width = 34
    head = f"{'figure':<44}" + "".join(f"{b:>{width}}" for b in columns) + "  target"
    rows = [head, "-" * len(head)]
    for key in order:
        rows.append(
            f"{key:<44}"
            + "".join(f"{cells.get((key, b), '-'):>{width}}" for b in columns)
            + f"  {targets[key]}"
        )
    return rows


# -- the run -----------------------------------------------------------------------------------


def _line(name: str, rate: float, p50: float, p95: float, target: bool = False) -> None:
    verdict = ""
    if target:
        verdict = f"target <= {TARGET_P95_MS:.0f} ms p95: " + (
            "met" if p95 <= TARGET_P95_MS else "MISSED"
        )
    print(
        f"{name:<44} {rate:8.0f} actions/s  entry p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  {verdict}",
        flush=True,
    )


def _entry_figure(backend: str, processes: int, rate: float, p50: float, p95: float) -> tuple:  # type: ignore[type-arg]
    target = f"<= {TARGET_P95_MS:.0f} ms p95 (at 1 ms)" if "1 ms" in backend else ""
    met = p95 <= TARGET_P95_MS if "1 ms" in backend else None
    name = f"one sorting entry, {processes} process" + ("es" if processes > 1 else "")
    return (name, f"{p95:.1f} ms p95, {rate:.0f}/s", target, met)


def _counts(db: Any) -> dict[str, int]:
    return {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("lots", "postings", "sort_entries", "parcels", "audit")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--processes", default="2,8", help="comma-separated process counts")
    parser.add_argument("--rtt-ms", type=float, default=1.0, help="0: no delay line")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--years", type=int, default=2, help="the history built (make_history)")
    parser.add_argument("--lots-per-year", type=int, default=2500)
    parser.add_argument("--history", type=Path, help="a history already built (copied)")
    parser.add_argument(
        "--only", default="", help="comma-separated: lists,reports,verify,import,entry"
    )
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.processes.split(",")]
    only = set(filter(None, args.only.split(",")))

    def wanted(name: str) -> bool:
        return not only or name in only

    import psycopg  # noqa: PLC0415

    from sortapp.services import server as moving  # noqa: PLC0415
    from sortapp.storage.db import open_db, open_server  # noqa: PLC0415
    from sortapp.storage.target import Target  # noqa: PLC0415
    from tests import conftest, pgserver  # noqa: PLC0415 (the test server and the test site)

    reason = pgserver.missing_reason()
    if reason:
        print(f"no PostgreSQL server here: {reason}")
        return 1
    bench = _bench()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # as run.py: verify's workers keep bytecode
    server = pgserver.start_server()
    work = Path(tempfile.mkdtemp(prefix="sortapp-facility-bench-"))
    delay_line: multiprocessing.process.BaseProcess | None = None
    columns: dict[str, list[tuple[str, str, str, bool | None]]] = {}
    sqlite_col, pg_col = "SQLite file", "PostgreSQL, loopback"
    try:
        with psycopg.connect(server.owner_url(), autocommit=True) as admin:
            admin.execute('CREATE DATABASE "site" TEMPLATE template0 LC_COLLATE "C" LC_CTYPE "C"')
        db = open_server(server.owner_url("site"), upgrade=True)
        conftest.make_test_site(db)
        db.close()
        template = work / "site.db"
        file_db = open_db(template, create=True)
        conftest.make_test_site(file_db)
        file_db.close()
        made = iter(range(1, 1000))

        def fresh_server_db(port: int | None = None, template: str = "site") -> str:
            name = f"bench{next(made)}"
            with psycopg.connect(server.owner_url(), autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            url = server.owner_url(name)
            return url if port is None else url.replace(f":{server.port}/", f":{port}/")

        def fresh_file() -> str:
            path = work / f"bench{next(made)}.db"
            shutil.copy(template, path)
            return str(path)

        print(
            f"PostgreSQL {server.bindir.parent.name} on loopback (fsync off, as the tests'), "
            f"{os.cpu_count()} cores",
            flush=True,
        )
        port = 0
        if args.rtt_ms > 0:
            context = multiprocessing.get_context("spawn")
            ready = context.Event()
            delay = context.Value("d", args.rtt_ms / 2000, lock=False)
            port = pgserver._free_port()
            delay_line = context.Process(
                target=_serve_delay_line, args=(port, server.port, delay, ready), daemon=True
            )
            delay_line.start()
            if not ready.wait(60):
                raise RuntimeError("the delay line did not start")
            plain = round_trip_ms(server.owner_url())
            through = server.owner_url().replace(f":{server.port}/", f":{port}/")
            measured = round_trip_ms(through)
            for _ in range(10):  # the proxy's own cost comes off the delay it adds
                if abs(measured - args.rtt_ms) <= 0.03 * args.rtt_ms:
                    break
                delay.value = max(0.0, delay.value + (args.rtt_ms - measured) / 2000)
                measured = round_trip_ms(through)
            if abs(measured - args.rtt_ms) > 0.1 * args.rtt_ms:
                print(
                    f"WARNING: the delay line gives {measured:.2f} ms, not {args.rtt_ms:g} ms "
                    "(a busy host?): the figures over it are not at that round trip",
                    flush=True,
                )
            print(
                f"round trip of SELECT 1: {plain:.2f} ms on loopback, {measured:.2f} ms through "
                f"the delay line ({delay.value * 1000:.3f} ms added each way; a userspace TCP "
                "proxy: this kernel has no netem)",
                flush=True,
            )
        far_col = f"PostgreSQL, {args.rtt_ms:g} ms RTT"
        backends = [sqlite_col, pg_col] + ([far_col] if port else [])
        for backend in backends:
            columns[backend] = []

        if not only or only & {"lists", "reports", "verify", "import"}:
            history = work / "history.db"
            began = time.perf_counter()
            if args.history:
                shutil.copy(args.history, history)  # the history itself is never changed
                print(f"history: a copy of {args.history}", flush=True)
            else:
                sys.path.insert(0, str(HERE))
                import make_history  # noqa: PLC0415

                assert make_history.build(history, args.years, args.lots_per_year, quiet=True)
                print(
                    f"history: built by make_history.py, {args.years} years of "
                    f"{args.lots_per_year:,} lots, in {time.perf_counter() - began:.0f} s",
                    flush=True,
                )
            with psycopg.connect(server.owner_url(), autocommit=True) as admin:
                admin.execute(
                    'CREATE DATABASE "history" TEMPLATE template0 LC_COLLATE "C" LC_CTYPE "C"'
                )
            began = time.perf_counter()
            moved = moving.migrate_to_server(
                history, server.owner_url("history"), "admin", bench.PASSWORD
            )
            took = time.perf_counter() - began
            # As autovacuum would soon after a bulk load: the figures are of a server with its
            # statistics (a database made from the migrated one as template keeps them; one
            # made before autovacuum came to it never gets them, so the runs would differ).
            with psycopg.connect(server.owner_url("history"), autocommit=True) as owner:
                owner.execute("ANALYZE")
            file_db = open_db(history)
            sizes = _counts(file_db)
            file_db.close()
            print(
                f"  {sizes['lots']:,} lots, {sizes['postings']:,} ledger lines, "
                f"{sizes['sort_entries']:,} sorting entries, {sizes['parcels']:,} parcels, "
                f"{sizes['audit']:,} audit entries; {history.stat().st_size / 2**20:.0f} MB\n"
                f"  migrate-to-server: {sum(moved.rows.values()):,} rows in {took:.1f} s "
                f"({sum(moved.rows.values()) / took:,.0f} rows/s)",
                flush=True,
            )
            print(f"{'figure':<46} {'value':>14} {'floor':>14} {'ratio':>8}  target", flush=True)
            for backend in backends:
                print(f"-- {backend}", flush=True)
                bench.FIGURES.clear()
                if backend == sqlite_col:
                    copy = work / "read.db"
                    shutil.copy(history, copy)
                    db = open_db(copy)
                    history_figures(db, None, args.repeat, wanted)
                    db.close()
                    if wanted("import"):
                        bench.bench_import(history, args.repeat)
                else:
                    at = port if backend == far_col else None
                    url = fresh_server_db(at, "history")
                    db = open_server(url)
                    history_figures(db, Target(url=url), args.repeat, wanted)
                    db.close()
                    if wanted("import"):
                        import_figure_on_server(
                            lambda at=at: open_server(fresh_server_db(at, "history")),
                            args.repeat,
                        )
                columns[backend] += bench.FIGURES

        if wanted("entry"):
            print("-- one sorting entry (the test site; N workstation processes)", flush=True)
            for n in (1, *counts):
                for backend in backends:
                    target = {
                        sqlite_col: fresh_file,
                        pg_col: fresh_server_db,
                        far_col: lambda: fresh_server_db(port),
                    }[backend]()
                    figures = run(target, n, args.seconds)
                    _line(
                        f"{backend}, {n} process" + ("es" if n > 1 else ""),
                        *figures,
                        target=backend == far_col,
                    )
                    columns[backend].append(_entry_figure(backend, n, *figures))
        print()
        for row in side_by_side(columns):
            print(row)
    finally:
        if delay_line is not None:
            delay_line.terminate()
            delay_line.join(10)
        server.stop()
        server.remove()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
