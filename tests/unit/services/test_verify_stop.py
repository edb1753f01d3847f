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
        _long_query(db, seen)

    return check


def _long_query(db, seen: list[str]) -> None:
    """``LONG``, noting how it ended: interrupted, or run to its end."""
    try:
        db.execute(LONG).fetchone()
    except sqlite3.OperationalError as exc:
        seen.append(str(exc))
        raise
    seen.append("ran to its end")


@pytest.fixture
def history(db, who):
    make_sorted_lot(db, who.olu, "S1")
    return site.login(db, "admin", PASSWORD)


@pytest.fixture
def interrupt_only(monkeypatch):
    """The progress handler out of the way (SQLite disables one of fewer than 1 step): only
    SQLite's interrupt can end the query."""
    monkeypatch.setattr(verify, "STOP_STEPS", 0)


def test_a_stop_interrupts_the_query_under_way_and_nothing_is_written(
    db, history, monkeypatch, interrupt_only
):
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


def test_a_stop_ends_the_worker_process_and_interrupts_this_ones_lane(
    db, history, monkeypatch, interrupt_only
):
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


def test_a_stop_after_the_last_check_records_no_seal(db, history, monkeypatch):
    """Stopped as the last check ends, reading nothing more: no query to interrupt, and still
    no seal is recorded (the stop is looked at before the seal is written)."""
    stop = verify.Stop()
    real = verify._reports

    def checked(*args, **kwargs):
        found = real(*args, **kwargs)
        stop.stop()
        return found

    monkeypatch.setattr(verify, "_reports", checked)
    before = _entries(db)
    with pytest.raises(verify.Stopped):
        verify.verify(db, history, seal=True, parallel=False, stop=stop)
    assert _entries(db) == before


def test_a_stop_between_two_checks_lets_no_other_begin(db, history, monkeypatch):
    """A stop made as a task's checks end (no query under way: nothing to interrupt): no
    other task begins."""
    stop, ran = verify.Stop(), []
    real = verify._run

    def run(db, task, *rest):
        found = real(db, task, *rest)
        ran.append(task)
        stop.stop()
        return found

    monkeypatch.setattr(verify, "_run", run)
    with pytest.raises(verify.Stopped):
        verify.verify(db, history, seal=True, parallel=False, stop=stop)
    assert ran == [verify._tasks(verify._scope(db, False, True))[0]]


def test_lanes_take_no_task_once_stopped():
    stop, taken = verify.Stop(), []

    def lane(task):
        taken.append(task)
        stop.stop()
        return {}

    with pytest.raises(verify.Stopped):
        verify._in_lanes([("a",), ("b",), ("c",)], [lane], stop)
    assert taken == [("a",)]


def test_a_run_stopped_before_it_begins_starts_no_worker(db, history, monkeypatch):
    started = []
    monkeypatch.setattr(apart, "one_process", lambda **kw: started.append(kw))
    stop = verify.Stop()
    stop.stop()
    with pytest.raises(verify.Stopped):
        verify.verify(db, history, seal=True, parallel=True, stop=stop)
    assert started == []


def test_a_worker_registered_after_the_stop_is_ended_at_once(monkeypatch):
    """(A stop made as the worker starts: the worker is ended as it is handed over.)"""
    ended = []
    monkeypatch.setattr(apart, "end_workers", ended.append)
    stop, pool = verify.Stop(), object()
    stop.stop()
    with stop.working(pool):  # type: ignore[arg-type]
        assert ended == [pool]
    stop.stop()
    assert ended == [pool]  # (let go: not ended again)


def test_a_query_begun_after_the_stop_is_ended_too(db, history, monkeypatch):
    """SQLite forgets an interrupt made while no query runs: a check that goes on to its next
    query after the stop has that query ended all the same (a progress handler)."""
    stop, seen = verify.Stop(), []

    def check(db, report, *_args, **_kwargs) -> None:
        stop.stop()  # (between two queries: nothing under way)
        db.conn.create_function("started", 0, lambda: 1)
        _long_query(db, seen)

    monkeypatch.setattr(verify, "_check_structure", check)
    with pytest.raises(verify.Stopped):
        verify.verify(db, history, seal=True, parallel=False, stop=stop)
    assert seen == ["interrupted"]
