"""What every page shares: the database, the signed-in actor, and one way to run an action."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sortapp.core.changes import Changes
from sortapp.core.errors import SortAppError, UserError
from sortapp.core.roles import Actor, Role
from sortapp.services import anchors, settings
from sortapp.storage.dbapi import Database
from sortapp.ui.errors import show_error

log = logging.getLogger(__name__)


class Locked(UserError):
    """Raised when something asks for the signed-in user while the workstation is locked."""

    def __init__(self) -> None:
        super().__init__("the workstation is locked: sign in first")


class Context(QObject):
    """The session of one signed-in user on one database.

    While the workstation is locked no one is signed in: ``actor`` raises :class:`Locked`,
    ``act`` runs nothing, and callbacks wrapped by ``while_signed_in`` are dropped, so that no
    service call can run on behalf of the user who was signed in before.
    """

    #: Emitted after every successful action with what it changed and who acted: the page (or
    #: other widget) that ran it, or None (a change from elsewhere). The page that acted has
    #: updated itself and skips the refresh (anki's ``OpChanges`` and its ``initiator``).
    changed = Signal(object, object)
    #: Emitted when someone signs in (again, or another user).
    actor_changed = Signal(object)
    #: Emitted with True when the workstation locks and False when someone signs in.
    lock_changed = Signal(bool)
    #: A sentence for the status bar (refusals, confirmations).
    said = Signal(str)

    def __init__(self, db: Database, path: Path, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.path = path
        self._actor: Actor | None = actor
        #: Counts the sign-ins; a callback started in one session is not run in another.
        self.session = 0

    @property
    def actor(self) -> Actor:
        """The signed-in user; raises Locked while the workstation is locked."""
        if self._actor is None:
            raise Locked()
        return self._actor

    @property
    def locked(self) -> bool:
        return self._actor is None

    def can(self, role: Role) -> bool:
        return self._actor is not None and self._actor.role >= role

    def settings(self) -> settings.Settings:
        return settings.settings(self.db)

    def lock(self) -> None:
        """Forget the signed-in user until someone signs in (``set_actor``)."""
        if self._actor is None:
            return
        self._actor = None
        self.session += 1
        self.lock_changed.emit(True)

    def set_actor(self, actor: Actor) -> None:
        """Someone signed in: act on their behalf from now on."""
        was_locked = self._actor is None
        self._actor = actor
        self.session += 1
        if was_locked:
            self.lock_changed.emit(False)
        self.actor_changed.emit(actor)

    def while_signed_in(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """Wrap a later callback (a background result) so that it runs only in this session.

        A result that arrives after the workstation locked (or another user signed in) is
        dropped: it would otherwise show the previous user's data or act on their behalf.
        """
        session = self.session

        def guarded(*args: Any) -> Any:
            if self.locked or self.session != session:
                log.info("dropped a result of an earlier session: %s", getattr(fn, "__name__", fn))
                return None
            return fn(*args)

        return guarded

    def act(self, parent: QWidget, fn: Callable[[], Any], done: str = "") -> Any:
        """Run one service call; show a refusal in a sentence; broadcast what changed.

        Returns the call's result, or None when it was refused or failed. Nothing runs while
        the workstation is locked.
        """
        if self.locked:
            log.info("refused while locked: %s", getattr(fn, "__name__", fn))
            return None
        try:
            result = fn()
        except SortAppError as exc:
            self.said.emit(show_error(parent, exc))
            return None
        except Exception as exc:  # the UI boundary: a bug is shown with details, not a crash
            self.said.emit(show_error(parent, exc))
            return None
        if isinstance(result, Changes):
            # A supervisor's or admin's action ends with a signed checkpoint of the audit chain.
            anchors.checkpoint(self.db, self.actor)
            self.changed.emit(result, parent)
            done = _sentences(done, result.said)
        if done:
            self.said.emit(done)
        return result

    def announce(self, changes: Changes, initiator: QObject | None = None) -> None:
        """Tell every page what changed outside ``act`` (an import run in the background, a
        restore, another workstation's action): ``initiator`` None means no page acted."""
        self.changed.emit(changes, initiator)

    def fail(self, parent: QWidget, exc: BaseException) -> None:
        if self.locked:
            # Nothing is shown over the lock screen; the failure is in the log.
            if isinstance(exc, SortAppError):
                log.info("failure while locked: %s", exc)
            else:
                log.error("unexpected error while locked", exc_info=exc)
            return
        self.said.emit(show_error(parent, exc))


def _sentences(*texts: str) -> str:
    """The texts as sentences on one line: each capitalised and ended with a full stop."""
    out = []
    for text in texts:
        t = text.strip()
        if t:
            end = "" if t.endswith((".", "!", "?")) else "."
            out.append(t[0].upper() + t[1:] + end)
    return " ".join(out)
