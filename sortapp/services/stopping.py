"""Work stopped from another thread: the app closing as a backup's check or a verify runs ends
it rather than waiting for it (ten years of history take some ten to thirty seconds). Light:
the window makes one as it starts, before any process pool is loaded."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (loaded with the pool, by apart: not with the window)
    from concurrent.futures import Future, ProcessPoolExecutor


class Stop:
    """A way to stop work running in a worker process (``apart.one_process``) from another
    thread: ``stop`` ends the worker handed over (``submit``, ``working``: its task's future
    then fails with ``BrokenProcessPool``), and work that looks at ``stopped`` begins nothing
    more. A kind of work adds what else a stop ends (``_stopping``: ``verify.Stop``'s queries)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._pool: ProcessPoolExecutor | None = None

    def stop(self) -> None:
        with self._lock:
            self._stopped.set()
            self._stopping()
            if self._pool is not None:
                _end(self._pool)

    def _stopping(self) -> None:
        """What else this kind of stop ends, under the lock (nothing here)."""

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def wait(self, timeout: float) -> bool:
        """Block until stopped (True), or ``timeout`` seconds (False)."""
        return self._stopped.wait(timeout)

    def submit(self, pool: ProcessPoolExecutor, *task: Any) -> Future[Any] | None:
        """Start ``task`` in ``pool`` unless stopped already (then None): under the lock, so
        that a stop either comes first or finds the worker started and ends it. ``ended``
        lets the pool go."""
        with self._lock:
            if self.stopped:
                return None
            self._pool = pool
            return pool.submit(*task)

    def ended(self) -> None:
        """The worker's work is over: a stop no longer ends it."""
        with self._lock:
            self._pool = None

    @contextmanager
    def working(self, pool: ProcessPoolExecutor | None) -> Iterator[None]:
        """While ``pool``'s worker works (tasks submitted by the caller), a stop ends it; one
        handed over after the stop is ended at once."""
        if pool is None:
            yield
            return
        with self._lock:
            self._pool = pool
            if self.stopped:
                _end(pool)
        try:
            yield
        finally:
            self.ended()


def _end(pool: ProcessPoolExecutor) -> None:
    from sortapp.services import apart  # noqa: PLC0415 (loaded with the pool)

    apart.end_workers(pool)
