"""Work in a process of its own leaves no process behind (``services.apart``): a shift's app
checks a backup at its start, and multiprocessing's resource tracker would stay all shift."""

from __future__ import annotations

import os
import threading
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from sortapp.services import apart

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads the children from /proc (Linux)"
)


def _children() -> set[int]:
    """The pids of this process's children, from each process's parent in /proc."""
    found = set()
    me = os.getpid()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended meanwhile
            continue
        # "pid (name) state ppid ...": the name may hold spaces and brackets
        if int(stat[stat.rindex(")") + 2 :].split()[1]) == me:
            found.add(int(entry.name))
    return found


def _square(n: int) -> int:
    return n * n


def test_a_pool_leaves_no_process_behind() -> None:
    before = _children()
    with apart.one_process() as pool:
        assert pool.submit(_square, 7).result() == 49
        during = _children() - before
        assert len(during) >= 2  # the worker, and the resource tracker beside it
    assert _children() - before == set()


def test_the_tracker_stays_while_another_pool_is_open() -> None:
    before = _children()
    with apart.one_process() as outer:
        assert outer.submit(_square, 2).result() == 4
        with apart.one_process() as inner:
            assert inner.submit(_square, 3).result() == 9
        # The inner pool's end leaves the outer's worker, and the tracker it still needs.
        assert len(_children() - before) >= 2
        assert outer.submit(_square, 4).result() == 16
    assert _children() - before == set()
    # ... and the next pool starts a tracker of its own and works.
    with apart.one_process() as again:
        assert again.submit(_square, 5).result() == 25
    assert _children() - before == set()


def test_a_failing_task_still_ends_the_processes() -> None:
    before = _children()
    with pytest.raises(ZeroDivisionError), apart.one_process() as pool:
        pool.submit(divmod, 1, 0).result()
    assert _children() - before == set()


def _never_ends() -> None:
    """A task that would run for ever (a long check, as far as the pool can tell)."""
    threading.Event().wait()


def test_ending_the_workers_ends_a_task_that_would_never_end() -> None:
    """The app closing while its backup check runs ends the check's worker rather than wait:
    the task fails as a broken pool, and the pool still ends with nothing left behind."""
    before = _children()
    with apart.one_process(background=True) as pool:
        assert pool.submit(_square, 3).result() == 9  # the worker is up
        never = pool.submit(_never_ends)
        apart.end_workers(pool)
        with pytest.raises(BrokenProcessPool):
            never.result(timeout=120)  # (a guard: ending it is immediate)
    assert _children() - before == set()


def _square_in_a_pool_of_its_own(n: int) -> int:
    """In the worker: a pool of its own, as a backup's check there ran verify's second lane."""
    with apart.one_process() as pool:
        return pool.submit(_square, n).result()


def test_a_pool_within_a_pools_worker_ends_cleanly() -> None:
    """The app's backup check runs in a worker, and verify there opened a pool of its own for
    its second lane (a large file, before the check ran in one lane). That worker uses the
    tracker its parent started (it knows no process id for it): the inner pool's end must
    leave it to the parent, not fail the check with a TypeError as it stops a tracker it
    cannot wait for."""
    before = _children()
    with apart.one_process() as pool:
        assert pool.submit(_square_in_a_pool_of_its_own, 6).result() == 36
        assert pool.submit(_square_in_a_pool_of_its_own, 7).result() == 49
    assert _children() - before == set()


def _niceness() -> int:
    return os.nice(0)


def test_a_pool_in_the_background_runs_its_worker_at_a_lower_priority() -> None:
    """The backup check the app starts as a shift begins runs below the app's screens."""
    ours = os.nice(0)
    with apart.one_process(background=True) as pool:
        assert pool.submit(_niceness).result() == min(19, ours + apart.BACKGROUND_NICENESS)
    with apart.one_process() as pool:
        assert pool.submit(_niceness).result() == ours
    assert os.nice(0) == ours
