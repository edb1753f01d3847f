"""Run long core work (verify, imports, big reports) off the GUI thread with visible progress."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from sortapp.storage.target import Target
from sortapp.ui.dialogs import dialogs_enabled

log = logging.getLogger(__name__)


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, target: Target, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self._target = target
        self._fn = fn

    def run(self) -> None:
        # SQLite connections belong to their thread: the worker opens its own (on the server,
        # signed in as the session's user).
        try:
            db = self._target.open()
            try:
                result = self._fn(db)
            finally:
                db.close()
        except Exception as exc:  # handed to show_error on the GUI thread
            self.failed.emit(exc)
            return
        self.finished.emit(result)


class _HeldProgress(QProgressDialog):
    """The box of work that replaces the database (``modal``): it stays until the work is done.
    Escape, closing it, or the lock closing every dialog (``MainWindow._close_dialogs``) let
    the window be used while a restore ran: a lot received then was in neither the restored
    file nor the backup taken of the one it replaced."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.done_with = False  # (set as the work is reported back: it may close then)

    def reject(self) -> None:
        if self.done_with:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.done_with:
            super().closeEvent(event)
        else:
            event.ignore()


class Operation(QObject):
    """One background operation; ``done`` or ``error`` is emitted on the GUI thread."""

    done = Signal(object)
    error = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        where: Path | Target,
        fn: Callable[[Any], Any],
        *,
        quiet: bool = False,
        stop: Callable[[], None] | None = None,
        modal: bool = False,
    ) -> None:
        super().__init__(parent)
        self._stop_work = stop  # (asked of work still running as its window closes)
        self._thread = QThread(self)
        target = where if isinstance(where, Target) else Target(path=where)
        self._worker = _Worker(target, fn)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)
        self._progress: QProgressDialog | None = None
        self._dropped = False  # (its result let go: ``finish_under_way``)
        # ``quiet``: work the app does of itself (a backup, its check), with no box shown over
        # the window: one taking the keyboard mid-scan would lose what the scanner types.
        if dialogs_enabled() and not quiet:
            self._progress = (_HeldProgress if modal else QProgressDialog)(title, "", 0, 0, parent)
            self._progress.setCancelButton(None)
            self._progress.setMinimumDuration(300)
            self._progress.setWindowTitle("sortapp")
            if modal:  # shown at once, and nothing else of the app's taken meanwhile
                self._progress.setWindowModality(Qt.WindowModality.ApplicationModal)
                self._progress.setMinimumDuration(0)
            # Its clock started: Qt shows the box once the work has taken ``minimumDuration``,
            # but counts it only from a value set (without one, from its own default: 4 s).
            self._progress.setValue(0)

    def start(self) -> None:
        _UNDER_WAY.add(self)
        self._thread.start()

    def running(self) -> bool:
        """Whether the work has not returned yet (one reported back is let go, its thread
        deleted: ``_release``)."""
        return shiboken6.isValid(self._thread) and self._thread.isRunning()

    def wait(self) -> None:
        """Block until the work is done (before the window that owns it goes away)."""
        if self.running():
            # quit() lets the thread end as soon as the work returns, even though the GUI
            # thread (blocked here) cannot deliver the worker's 'finished' signal.
            self._thread.quit()
            self._thread.wait()

    def end(self) -> None:
        """Let go of the work before what owns it goes away: work that can end early is asked
        to (its ``stop``: a verify), then waited for; what it reports after is not shown (a
        failure logged)."""
        self._dropped = True
        if self.running():
            if self._stop_work is not None:
                self._stop_work()
            self.wait()

    def _stop(self) -> None:
        _UNDER_WAY.discard(self)
        if isinstance(self._progress, _HeldProgress):
            self._progress.done_with = True
        if self._progress is not None:
            self._progress.close()
        self._thread.quit()
        self._thread.wait()

    def _finish(self, result: Any) -> None:
        self._stop()
        if not self._dropped:
            self.done.emit(result)
        self._release()

    def _fail(self, exc: Exception) -> None:
        self._stop()
        if self._dropped:
            log.error("work finished as the window closed failed", exc_info=exc)
        else:
            self.error.emit(exc)
        self._release()

    def _release(self) -> None:
        """Let go of an operation reported back: its Qt objects (itself, its thread, and its
        progress box, a child of the window) are deleted once the event loop is back. Kept, they
        stayed under the window for as long as it was open: a thread and a box for each backup,
        check, verify and import of a shift."""
        if self._progress is not None:
            self._progress.deleteLater()
            self._progress = None
        self.deleteLater()


#: The operations started and not yet reported back (``finish_under_way``).
_UNDER_WAY: set[Operation] = set()


def under_way(window: QObject) -> list[Operation]:
    """The operations started under ``window`` (their parent, or a widget of it) and not yet
    reported back; any whose Qt object is gone, forgotten."""
    found = []
    for op in list(_UNDER_WAY):
        if not shiboken6.isValid(op):
            _UNDER_WAY.discard(op)
            continue
        owner: QObject | None = op.parent()
        while owner is not None and owner is not window:
            owner = owner.parent()
        if owner is window:
            found.append(op)
    return found


def finish_under_way(window: QObject) -> int:
    """Wait for every operation still running under ``window``, as it closes, having asked the
    ones that can end early to (their ``stop``): no worker thread may outlive it (Qt ends the
    process when a running thread is destroyed) and the work's transaction is let finish.
    What any operation under it reports after is let go, unsaid (a failure logged): nothing is
    shown over a window going away. Return how many were waited for."""
    waited = 0
    for op in under_way(window):
        waited += op.running()
        op.end()
    return waited


def run_op(
    parent: QWidget,
    title: str,
    where: Path | Target,
    fn: Callable[[Any], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    quiet: bool = False,
    stop: Callable[[], None] | None = None,
    modal: bool = False,
) -> Operation:
    """Run ``fn(db)`` in a worker thread on its own connection to ``where`` (the session's
    ``ctx.target``: a file, or the server as the signed-in user); report back on the GUI
    thread. ``quiet``: no progress box (``Operation``). ``stop``: ends the work early, asked
    as the window closes (``finish_under_way``). ``modal``: its box shown at once, and the
    app's windows take no input until it is done (work that replaces the database)."""
    op = Operation(parent, title, where, fn, quiet=quiet, stop=stop, modal=modal)
    op.done.connect(on_success)
    op.error.connect(on_error)
    op.start()
    return op
