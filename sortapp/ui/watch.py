"""Other workstations' work shown without F5: what their actions changed, as it commits.

A SQLite file is polled (one cheap read a second: has another connection committed?); the
facility server says so itself (its notification, read when the listening connection's socket is
readable), with a slow poll beside it in case a notification was lost with a connection. Either
way the audit entries since the last look become one ``Changes`` that the pages apply as any
change from elsewhere: only the rows it names are read again. Nothing is applied while the
workstation is locked; it is caught up at the next look after someone signs in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from sortapp.services import watch
from sortapp.ui.context import Context

log = logging.getLogger(__name__)

#: How often a file is asked whether another connection committed (ms).
FILE_POLL_MS = 1000
#: How often a server database is looked at beside its notifications (ms).
SERVER_POLL_MS = 15_000


class WorkstationWatch(QObject):
    """Applies other workstations' changes to the pages of ``ctx``."""

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watcher = watch.Watcher.start(ctx.db)
        self.listener = watch.listener(ctx.db)
        self.notifier: QSocketNotifier | None = None
        if self.listener is not None:
            self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._heard)
        self.timer = QTimer(self)
        self.timer.setInterval(FILE_POLL_MS if self.listener is None else SERVER_POLL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def _heard(self) -> None:
        if self.listener is not None and self.listener.heard():
            self.look(told=True)

    def look(self, told: bool = False) -> bool:
        """Apply what others committed since the last look; tell whether anything was."""
        if self.ctx.locked:
            return False
        if not told and not self.watcher.others_committed(self.ctx.db):
            return False
        try:
            changes = self.watcher.changes(self.ctx.db)
        except Exception:  # a failed look is tried again at the next one; never a crash
            log.warning("could not read other workstations' changes", exc_info=True)
            return False
        if changes is None:
            return False
        self.ctx.announce(changes)
        return True

    def stop(self) -> None:
        self.timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        if self.listener is not None:
            self.listener.close()
            self.listener = None
