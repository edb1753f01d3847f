"""A killed process leaves the database as it was before the action it was killed in.

A worker process does a facility's work through the services (receive, sort, close, pack, seal)
and says after each action that it is done; the test kills it with SIGKILL after a random number
of actions, at whatever point of the next one it has reached, then opens the file and asks verify
(the audit chain, the ledger against the audit log, every protected row against its recorded
hash, the balances, the schema). Short form in CI; ``pytest --long`` runs 100 kills.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sortapp.services.verify import verify
from sortapp.storage.db import open_db

WORKER = textwrap.dedent(
    """
    import sys
    from sortapp.core import passwords
    passwords.SCRYPT_N = 2**4
    from sortapp.services import lots, parcels, site, sorting
    from sortapp.storage.db import open_db

    PASSWORD = "correct horse"  # the test users' (tests/conftest.py)
    db = open_db(sys.argv[1])
    prefix = sys.argv[2]
    olu, sam = site.login(db, "olu", PASSWORD), site.login(db, "sam", PASSWORD)

    def done():
        print("done", flush=True)

    for n in range(1000):
        lot, parcel = f"{prefix}L{n}", f"{prefix}P{n}"
        lots.receive_lot(db, olu, number=lot, origins=[("BW", "Jwaneng")],
                         weighed_mct=10_000, stones=50)
        done()
        sorting.add_entry(db, olu, lot, "S5-SAW-Q1-W", 6_000, 45)
        done()
        sorting.add_entry(db, olu, lot, "G1-SAW-Q1-W", 4_000, 5)
        done()
        sorting.close_sorting(db, olu, lot)
        done()
        parcels.create_parcel(db, olu, parcel, importer="Antwerp Rough NV", destination="BE")
        done()
        parcels.add_goods(db, olu, parcel, "S5-SAW-Q1-W", 6_000)
        done()
        parcels.seal_parcel(db, sam, parcel, kp_cert=f"BW-{prefix}{n}", seals=[f"S{prefix}{n}"])
        done()
    """
)


def _kill_after(db_path: Path, prefix: str, actions: int) -> int:
    """Run the worker until it has done ``actions`` actions, then SIGKILL it; return how many
    it reported (the kill lands somewhere in the next one)."""
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(db_path), prefix],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert worker.stdout is not None
    seen = 0
    for line in worker.stdout:
        if line.strip() == "done":
            seen += 1
        if seen >= actions:
            break
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    worker.stdout.close()
    assert worker.stderr is not None
    errors = worker.stderr.read()
    worker.stderr.close()
    assert worker.returncode == -signal.SIGKILL, errors  # killed, not failed on its own
    return seen


def test_kills_during_real_work_leave_a_sound_database(db_path, long_run):
    rounds = 100 if long_run else 6
    rng = random.Random(20261201)
    reported = 0
    db = open_db(db_path)
    before = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    db.close()
    for round_ in range(rounds):
        reported += _kill_after(db_path, f"K{round_}-", rng.randint(1, 12))
        db = open_db(db_path)
        try:
            report = verify(db)
            assert report.ok, (round_, report.problems)
            # Every action the worker said was done is there (durable once committed).
            done = db.execute("SELECT count(*) FROM audit").fetchone()[0] - before
        finally:
            db.close()
        assert done >= reported  # each action writes at least one audit entry
    print(f"{rounds} kills survived, {reported} actions completed before them")
