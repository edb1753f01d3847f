"""Read ahead of the GUI: the next page of a big list, fetched on a connection of its own.

On the facility server every read costs a round trip and more: the page of ids a list needs
next is read in one worker thread while the list is being looked at, so that the frame that
scrolls to the end of what the list holds finds it ready (``LazyTableModel.ahead``). The
worker opens its own connection to the session's target (as ``ops.run_op`` does) when first
asked, keeps it, opens it again for another user's target, and drops it when a read fails (the
list then reads on the GUI thread's connection, which tells the session whether the server was
lost). Reads are done one at a time, in the order asked.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from sortapp.storage.dbapi import Database
from sortapp.storage.target import Target

log = logging.getLogger(__name__)

T = TypeVar("T")

_Job = tuple[Target, Callable[[Database], Any], "Future[Any]"]


class Reader:
    """One worker thread reading for the GUI on a connection of its own (started when first
    asked; ``close`` ends it and closes the connection)."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        # The worker's own: touched by the worker thread only.
        self._db: Database | None = None
        self._for: Target | None = None

    def submit(self, target: Target, read: Callable[[Database], T]) -> Future[T]:
        """Run ``read(db)`` in the worker on its connection to ``target``; its result (or its
        error) comes in the future returned."""
        done: Future[T] = Future()
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="sortapp-read-ahead", daemon=True
                )
                self._thread.start()
            self._jobs.put((target, read, done))
        return done

    def close(self) -> None:
        """End the worker once the reads asked are done, and close its connection."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._jobs.put(None)
        thread.join()

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            target, read, done = job
            if not done.set_running_or_notify_cancel():
                continue
            try:
                if self._db is None or self._for != target:
                    self._drop()
                    self._db, self._for = target.open(), target
                result = read(self._db)
            except BaseException as exc:  # handed to whoever waits; the connection is dropped
                self._drop()
                done.set_exception(exc)
            else:
                done.set_result(result)
        self._drop()

    def _drop(self) -> None:
        db, self._db, self._for = self._db, None, None
        if db is not None:
            with contextlib.suppress(Exception):  # a lost connection: closing it may fail too
                db.close()
