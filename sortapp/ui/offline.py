"""When the facility server cannot be reached: a banner says so, and the app reconnects.

The session goes offline the moment a connection is found lost (the listening connection closes,
an action or a read fails: ``Context.lost``). From then on the banner across the window says so,
every action is refused, and what is on screen stays as it was. A timer tries to connect again,
waiting longer after each failure; when the server answers, the new connection replaces the lost
one (``Context.reconnected``), the banner goes and the pages are read again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from sortapp.storage.db import unreachable
from sortapp.ui.context import OFFLINE, Context

log = logging.getLogger(__name__)

#: How long to wait before each try to reconnect (ms); the last is repeated.
BACKOFF_MS = (1000, 2000, 5000, 10_000, 30_000)


def banner() -> QLabel:
    """The banner across the window, hidden until the server is lost."""
    label = QLabel()
    label.setObjectName("offline_banner")
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel#offline_banner { background: #b00020; color: white; font-weight: bold; "
        "padding: 6px; }"
    )
    label.hide()
    return label


class Reconnect(QObject):
    """Shows ``banner`` while ``ctx`` is offline and tries to reconnect with backoff."""

    def __init__(self, ctx: Context, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = label
        self.tries = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        ctx.online_changed.connect(self._on_ctx_online_changed)

    def _on_ctx_online_changed(self, online: bool) -> None:
        if online:
            self.timer.stop()
            self.tries = 0
            self.banner.hide()
            return
        self._schedule()
        self.banner.show()

    def _schedule(self) -> None:
        wait_ms = BACKOFF_MS[min(self.tries, len(BACKOFF_MS) - 1)]
        self.banner.setText(
            f"{OFFLINE}: {self.ctx.target.where}. What is shown stays readable; nothing can be "
            f"changed until it is back. Trying again in {wait_ms // 1000} s..."
        )
        self.timer.start(wait_ms)

    def _on_timer_timeout(self) -> None:
        self.try_now()

    def try_now(self) -> bool:
        """Try to connect again now; True when the session is online (again)."""
        if not self.ctx.offline:
            return True
        try:
            db = self.ctx.target.open()
        except Exception as exc:  # not back yet (or refused): the next try comes later
            if unreachable(exc):
                log.info("the facility server is still out of reach: %s", exc)
            else:
                log.warning("could not reconnect to the facility server: %s", exc)
            self.tries += 1
            self._schedule()
            return False
        log.info("reconnected to the facility server %s", self.ctx.target.where)
        self.ctx.reconnected(db)
        return True
