"""A verify stopped from another thread (``verify.Stop``: the window closing as an "in full"
run goes on) ends early: the query under way is interrupted, the worker process ended, no
check begun after; it raises ``Stopped`` and writes nothing (no seal)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from sortapp.services import apart, site, verify
from tests.conftest import PASSWORD, make_sorted_lot

pytestmark = pytest.mark.sqlite_only("SQLite's interrupt of a file's query")

#: A query that runs for many seconds unless interrupted: ``started()`` is its first row.
LONG = """WITH RECURSIVE r(i) AS (SELECT started() UNION ALL SELECT i + 1 FROM r
          WHERE i < 200000000) SELECT count(*) FROM r"""


def _entries(db) -> int:
    return db.execute("SELECT count(*) FROM audit").fetchone()[0]


def _stopping_check(stop: verify.Stop, seen: list[str]):
    """A check whose query is under way when another thread stops the run: the query calls
    ``started()`` for its first row, which lets the stopping thread go and returns once the
    stop was made, so the interrupt comes while the query runs."""
    going = threading.Event()
    threading.Thread(target=lambda: going.wait(30) and stop.stop(), daemon=True).start()

    def check(db, report, *_args, **_kwargs) -> None:
        def started() -> int:
            going.set()
            assert stop.wait(30)
            return 1

        db.conn.create_function("started", 0, started)
        try:
            db.execute(LONG).fetchone()
        except sqlite3.OperationalError as exc:
            seen.append(str(exc))
            raise
        seen.append("ran to its end")

    return check


@pytest.fixture
def history(db, who):
    make_sorted_lot(db, who.olu, "S1")
    return site.login(db, "admin", PASSWORD)


def test_a_stop_interrupts_the_query_under_way_and_nothing_is_written(db, history, monkeypatch):
    stop, seen = verify.Stop(), []
    monkeypatch.setattr(verify, "_check_structure", _stopping_check(stop, seen))
    before = _entries(db)
    with pytest.raises(verify.Stopped):
        verify.verify(db, history, seal=True, parallel=False, stop=stop)
    assert seen == ["interrupted"]
    assert _entries(db) == before  # no seal recorded
    monkeypatch.undo()
    assert verify.verify(db, history).ok  # (and the file as sound as before)


def test_a_run_stopped_before_it_begins_runs_no_check(db, history, monkeypatch):
    ran = []
    monkeypatch.setattr(verify, "_run", lambda *args: ran.append(args[1]) or {})
    stop = verify.Stop()
    stop.stop()
    before = _entries(db)
    with pytest.raises(verify.Stopped):
        verify.verify(db, history, seal=True, parallel=False, stop=stop)
    assert ran == [] and _entries(db) == before


def test_a_stop_ends_the_worker_process_and_interrupts_this_ones_lane(db, history, monkeypatch):
    """On two lanes: this process's first task is interrupted, and the worker process is
    ended (its task fails), so the run neither waits for the worker nor takes another task."""
    stop, seen, ended = verify.Stop(), [], []
    check = _stopping_check(stop, seen)
    monkeypatch.setattr(verify, "_check", lambda _name, _full: check)  # (this process's lane)
    real_end = apart.end_workers
    monkeypatch.setattr(apart, "end_workers", lambda pool: ended.append(pool) or real_end(pool))
    before = _entries(db)
    with pytest.raises(verify.Stopped):
        verify.verify(db, history, seal=True, parallel=True, stop=stop)
    assert seen == ["interrupted"] and len(ended) == 1
    assert _entries(db) == before
