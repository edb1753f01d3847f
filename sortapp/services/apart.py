"""Work done in a process of its own (a backup's check, verify's second lane), and the helper
process that multiprocessing leaves behind once it is over."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import resource_tracker

log = logging.getLogger(__name__)

_lock = threading.Lock()
_open = [0]  # pools of this module's not yet shut down (a list: changed in place)


#: How much lower a worker in the background runs (``os.nice``'s increment; POSIX).
BACKGROUND_NICENESS = 10
#: Windows' priority class for one (``SetPriorityClass``'s BELOW_NORMAL_PRIORITY_CLASS).
BELOW_NORMAL_PRIORITY_CLASS = 0x4000


@contextmanager
def one_process(*, background: bool = False) -> Iterator[ProcessPoolExecutor]:
    """A pool of one worker process, started by "spawn" (never fork a process running Qt), shut
    down on leaving (waiting for its task; the tasks not started are cancelled).
    ``background``: the worker runs at a lower priority (``in_background``), so that the app's
    screens come first on a busy machine.

    The first such pool on POSIX also starts multiprocessing's resource tracker, a process of
    its own (a whole interpreter, some 13 MB) that otherwise stays for the rest of the app's
    life: a workstation's app runs a shift, and checks a backup once, at its start. So when the
    last of these pools is shut down, the tracker is stopped too; the next pool starts another.
    """
    with _lock:  # (counted before it starts: another's end must not stop the tracker it uses)
        _open[0] += 1
    pool = None
    try:
        pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=in_background if background else None,
        )
        yield pool
    finally:
        try:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        finally:
            with _lock:
                _open[0] -= 1
                if _open[0] == 0:
                    _stop_tracker()


def end_workers(pool: ProcessPoolExecutor) -> None:
    """End ``pool``'s worker processes now, their tasks unfinished: those tasks' futures fail
    with ``BrokenProcessPool``, and the pool still shuts down as usual. The pool's map of its
    processes is its own (``_processes``, 3.8 to 3.14; read as a copy, its manager thread
    changes it); a Python without it has the public ``terminate_workers`` (3.14 on)."""
    if not hasattr(pool, "_processes"):
        pool.terminate_workers()  # type: ignore[attr-defined]  # (3.14 on)
        return
    for process in list((pool._processes or {}).values()):
        process.terminate()


def in_background() -> None:
    """Lower this process's priority: by ``BACKGROUND_NICENESS`` on POSIX, to below normal on
    Windows."""
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415

        kernel32 = ctypes.windll.kernel32
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)
        return
    os.nice(BACKGROUND_NICENESS)


def _stop_tracker() -> None:
    """Stop multiprocessing's resource tracker, when it runs (every semaphore of the pools shut
    down is unregistered by then: it has nothing left to clean up). ``_stop`` is CPython's own
    (it is how its tests stop the tracker; 3.11 to 3.14 have it); without it, it stays.
    Only a tracker this process started: a worker of another pool (a backup's check, whose
    verify opens its own pool for a second lane) uses its parent's, knows no process id to wait
    for (``_stop`` then fails with a TypeError: 3.11 to 3.13), and leaves it to the parent."""
    tracker = resource_tracker._resource_tracker
    stop = getattr(tracker, "_stop", None)
    if stop is not None and getattr(tracker, "_pid", None) is not None:
        try:
            stop()
        except OSError:  # (gone already: nothing to stop; never in place of the task's result)
            log.warning("stopping multiprocessing's resource tracker", exc_info=True)
