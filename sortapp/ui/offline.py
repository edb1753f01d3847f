"""When the facility server cannot be reached: a banner says so, and the app reconnects.

The session goes offline the moment a connection is found lost (the listening connection closes,
an action or a read fails: ``Context.lost``). From then on the banner across the window says so,
every action is refused, and what is on screen stays as it was. A timer tries to connect again,
waiting longer after each failure. Each try runs on a thread of its own (a server out of reach
may take the connection's whole timeout to say so), never on the GUI thread; when the server
answers, the new connection replaces the lost one (``Context.reconnected``), the banner goes and
the pages are read again.

A server that answers but refuses the sign-in (the password was changed, the user removed or
made inactive) is not tried again: the banner says so and ``refused`` asks for a new sign-in.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel

from sortapp.core.errors import PermissionDenied
from sortapp.core.repeats import Repeats
from sortapp.storage.db import unreachable
from sortapp.storage.dbapi import Database
from sortapp.storage.target import Target
from sortapp.ui.context import Context
from sortapp.ui.i18n import tr

log = logging.getLogger(__name__)

#: How long to wait before each try to reconnect (ms); the last is repeated.
BACKOFF_MS = (1000, 2000, 5000, 10_000, 30_000)


def offline_text(where: str, wait_ms: int) -> str:
    """What the banner says while the server at ``where`` cannot be reached."""
    return tr(
        "The facility server {where} cannot be reached. Nothing can be changed until it is "
        "back; what is on screen can still be read. sortapp reconnects by itself (next try in "
        "{seconds} s)."
    ).format(where=where, seconds=max(1, wait_ms // 1000))


def refused_text(where: str, user: str) -> str:
    """What the banner says when the server refused ``user``'s sign-in for good."""
    return tr(
        "The facility server {where} refused {user}'s sign-in: the password was changed, or the "
        "user was removed or made inactive. sortapp stopped trying; sign in again to continue."
    ).format(where=where, user=user)


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


class _Attempt(QThread):
    """One try to connect to the server, on its own thread: ``db`` or ``error`` when done."""

    def __init__(self, target: Target, parent: QObject) -> None:
        super().__init__(parent)
        self.target = target
        self.db: Database | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.db = self.target.open()
        except Exception as exc:  # said on the GUI thread
            self.error = exc


class Reconnect(QObject):
    """Shows ``banner`` while ``ctx`` is offline and tries to reconnect with backoff."""

    #: Emitted on the GUI thread after each try, True when the session is online again.
    attempted = Signal(bool)
    #: Emitted with the banner's sentence when the server refused the sign-in for good.
    refused = Signal(str)

    def __init__(self, ctx: Context, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = label
        self.tries = 0
        #: The try under way, if any.
        self.attempt: _Attempt | None = None
        #: Whether the server refused the sign-in: no more tries until someone signs in.
        self.given_up = False
        #: The failure the tries meet: logged as it starts, then counted (a try every 30 s of
        #: a server down over a weekend was a line each) until a try goes through, or another
        #: failure, or the tries end.
        self._failing = Repeats(log, "reconnecting to the facility server failed %d time(s) (%s)")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        ctx.online_changed.connect(self._on_ctx_online_changed)

    def _on_ctx_online_changed(self, online: bool) -> None:
        if online:
            self._failing.end()
            self.timer.stop()
            self.tries = 0
            self.given_up = False
            self.banner.hide()
            return
        self.given_up = False
        self._schedule()
        self.banner.show()

    def _schedule(self) -> None:
        wait_ms = BACKOFF_MS[min(self.tries, len(BACKOFF_MS) - 1)]
        self.banner.setText(offline_text(self.ctx.target.where, wait_ms))
        self.timer.start(wait_ms)

    def _on_timer_timeout(self) -> None:
        self.try_now()

    def try_now(self) -> bool:
        """Start a try to connect again now, in the background (``attempted`` says how it went);
        False when none was started (online, a try under way, or given up)."""
        if not self.ctx.offline or self.given_up or self.attempt is not None:
            return False
        self.timer.stop()
        self.attempt = _Attempt(self.ctx.target, self)
        self.attempt.finished.connect(self._on_attempt_finished)
        self.attempt.start()
        return True

    def _on_attempt_finished(self) -> None:
        attempt, self.attempt = self.attempt, None
        if attempt is None:
            return
        attempt.deleteLater()
        db, exc = attempt.db, attempt.error
        if db is not None and (not self.ctx.offline or self.ctx.target != attempt.target):
            # Someone signed in meanwhile (their own connection): this one is not needed.
            with contextlib.suppress(Exception):
                db.close()
            self.attempted.emit(not self.ctx.offline)
            return
        if db is not None:
            self._failing.end()
            log.info("reconnected to the facility server %s", self.ctx.target.where)
            self.ctx.reconnected(db)
            self.attempted.emit(True)
            return
        if isinstance(exc, PermissionDenied):
            self._failing.end()
            log.info("the facility server refused the sign-in; not trying again: %s", exc)
            self.given_up = True
            self.timer.stop()
            text = refused_text(self.ctx.target.where, self.ctx.target.user or tr("the user"))
            self.banner.setText(text)
            self.attempted.emit(False)
            self.refused.emit(text)
            return
        if self._failing.met(f"{type(exc).__name__}: {exc}"):  # (else met already: counted)
            if exc is not None and unreachable(exc):
                log.info("the facility server is still out of reach: %s", exc)
            else:
                log.warning("could not reconnect to the facility server: %s", exc)
        self.tries += 1
        self._schedule()
        self.attempted.emit(False)

    def stop(self) -> None:
        """No more tries (the window closes): the one under way is waited for."""
        self.timer.stop()
        self._failing.end()
        attempt, self.attempt = self.attempt, None
        if attempt is not None:
            attempt.wait()
            if attempt.db is not None:
                with contextlib.suppress(Exception):
                    attempt.db.close()
