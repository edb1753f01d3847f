"""Other workstations' work shown without F5: what their actions changed, as it commits.

A SQLite file is polled (one cheap read a second: has another connection committed?); the
facility server says so itself (its notification, read when the listening connection's socket is
readable), with a slow poll beside it in case a notification was lost with a connection. Either
way the audit entries since the last look become one ``Changes`` that the pages apply as any
change from elsewhere: only the rows it names are read again. Nothing is applied while the
workstation is locked; it is caught up at the next look after someone signs in.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from sortapp.core.repeats import Repeats
from sortapp.services import watch
from sortapp.ui.context import Context

log = logging.getLogger(__name__)

#: How often a file is asked whether another connection committed (ms).
FILE_POLL_MS = 1000
#: How often a server database is looked at beside its notifications (ms).
SERVER_POLL_MS = 15_000


class WorkstationWatch(QObject):
    """Applies other workstations' changes to the pages of ``ctx``.

    When the facility server is lost (the listening connection closes, a look fails) the
    session is told (``Context.lost``) and the watch stops; ``resume`` starts it again on the
    new connection, from the last entry seen: what others did meanwhile comes in at once.
    """

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listener: watch.Listener | None = None
        self.notifier: QSocketNotifier | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.look)
        #: The failure the looks meet: logged the first time, then once it ends (``look``).
        self._failing = Repeats(
            log, "other workstations' changes: a failure ended after %d look(s) in a row (%s)"
        )
        self.watcher: watch.Watcher | None = None
        self._start()

    def _start(self) -> None:
        """Follow the session's database from where its log is now; on a damaged file whose
        log or lots cannot be read, not at all (nothing can be written to it; a restore over
        it follows the restored file: ``follow_anew``)."""
        self.watcher = watch.Watcher.start_readable(self.ctx.db)
        if self.watcher is not None:
            self._listen()

    def _listen(self) -> None:
        self.listener = watch.listener(self.ctx.db)
        if self.listener is not None:
            self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._heard)
        self.timer.setInterval(FILE_POLL_MS if self.listener is None else SERVER_POLL_MS)
        self.timer.start()

    def _heard(self) -> None:
        try:
            heard = self.listener is not None and self.listener.heard()
        except Exception as exc:  # the listening connection closed: the server went away
            if not self.ctx.lost(exc):
                raise
            return
        if heard:
            self.look(told=True)

    def look(self, told: bool = False) -> bool:
        """Apply what others committed since the last look; tell whether anything was."""
        if self.ctx.locked or self.ctx.offline or self.watcher is None:
            return False
        try:
            committed = told or self.watcher.others_committed(self.ctx.db)
            changes = self.watcher.changes(self.ctx.db) if committed else None
        except Exception as exc:  # a failed look is made again at the next one; never a crash
            self.watcher.look_again()
            # Logged with its traceback the first time; the same failure at the next looks (a
            # file's, every second: its disk gone, a removable drive taken out) only counted.
            if not self.ctx.lost(exc) and self._failing.met(f"{type(exc).__name__}: {exc}"):
                log.warning("could not read other workstations' changes", exc_info=exc)
            return False
        self._failing.end()
        if changes is None:
            return False
        self.ctx.announce(changes)
        return True

    def follow_anew(self) -> None:
        """Follow the session's database from where its log is now: a restore put back an
        older log, whose ids the entries after it take again (the last one seen before would
        hide them until they pass it)."""
        self.stop()
        self._start()

    def resume(self) -> None:
        """Listen again on the session's (new) connection and catch up from the last look."""
        self.stop()
        try:
            self._listen()
        except Exception as exc:
            if not self.ctx.lost(exc):
                raise
            return
        self.look(told=True)

    def stop(self) -> None:
        self._failing.end()
        self.timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            with contextlib.suppress(Exception):  # a lost connection may not close cleanly
                self.listener.close()
            self.listener = None
