"""Measure sortapp's writes on a facility server: workstation processes on one PostgreSQL
database, beside a SQLite file in the same run.

    python benchmarks/facility.py [--seconds 10] [--processes 2,8] [--rtt-ms 1.0]

Starts a throwaway PostgreSQL server (tests/pgserver.py: the installed server binaries, as the
tests do) and makes the test site on it and in a SQLite file. For each configuration, N
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--processes", default="2,8", help="comma-separated process counts")
    parser.add_argument("--rtt-ms", type=float, default=1.0, help="0: no delay line")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.processes.split(",")]

    import psycopg  # noqa: PLC0415

    from sortapp.storage.db import open_db, open_server  # noqa: PLC0415
    from tests import conftest, pgserver  # noqa: PLC0415 (the test server and the test site)

    reason = pgserver.missing_reason()
    if reason:
        print(f"no PostgreSQL server here: {reason}")
        return 1
    server = pgserver.start_server()
    work = Path(tempfile.mkdtemp(prefix="sortapp-facility-bench-"))
    delay_line: multiprocessing.process.BaseProcess | None = None
    try:
        with psycopg.connect(server.owner_url(), autocommit=True) as admin:
            admin.execute('CREATE DATABASE "site" TEMPLATE template0 LC_COLLATE "C" LC_CTYPE "C"')
        db = open_server(server.owner_url("site"), upgrade=True)
        conftest._make_test_site(db)
        db.close()
        template = work / "site.db"
        file_db = open_db(template, create=True)
        conftest._make_test_site(file_db)
        file_db.close()
        made = iter(range(1, 1000))

        def fresh_server_db(port: int | None = None) -> str:
            name = f"bench{next(made)}"
            with psycopg.connect(server.owner_url(), autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "site"')
            url = server.owner_url(name)
            return url if port is None else url.replace(f":{server.port}/", f":{port}/")

        def fresh_file() -> str:
            path = work / f"bench{next(made)}.db"
            shutil.copy(template, path)
            return str(path)

        print(
            f"PostgreSQL {server.bindir.parent.name} on loopback (fsync off, as the tests'), "
            f"{os.cpu_count()} cores; {args.seconds:.0f} s a configuration",
            flush=True,
        )
        _line("SQLite file, 1 process", *run(fresh_file(), 1, args.seconds))
        _line("SQLite file, 2 processes", *run(fresh_file(), 2, args.seconds))
        _line("server on loopback, 1 process", *run(fresh_server_db(), 1, args.seconds))
        for n in counts:
            _line(f"server on loopback, {n} processes", *run(fresh_server_db(), n, args.seconds))
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
            for _ in range(3):  # the proxy's own cost comes off the delay it adds
                measured = round_trip_ms(through)
                delay.value = max(0.0, delay.value + (args.rtt_ms - measured) / 2000)
            measured = round_trip_ms(through)
            print(
                f"round trip of SELECT 1: {plain:.2f} ms on loopback, {measured:.2f} ms through "
                f"the delay line ({delay.value * 1000:.3f} ms added each way)",
                flush=True,
            )
            for n in (1, *counts):
                _line(
                    f"server, {measured:.2f} ms round trip, {n} process" + ("es" if n > 1 else ""),
                    *run(fresh_server_db(port), n, args.seconds),
                    target=True,
                )
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
