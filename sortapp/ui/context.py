"""What every page shares: the database, the signed-in actor, and one way to run an action."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from sortapp.core.changes import Changes
from sortapp.core.errors import SortAppError
from sortapp.core.roles import Actor, Role
from sortapp.services import anchors, base
from sortapp.ui.errors import show_error

log = logging.getLogger(__name__)


class Context(QObject):
    """The session of one signed-in user on one database."""

    #: Emitted after every successful action with what it changed.
    changed = Signal(object)
    #: Emitted when another user signs in.
    actor_changed = Signal(object)
    #: A sentence for the status bar (refusals, confirmations).
    said = Signal(str)

    def __init__(self, db: Database, path: Path, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.path = path
        self.actor = actor

    def can(self, role: Role) -> bool:
        return self.actor.role >= role

    def settings(self) -> base.Settings:
        return base.settings(self.db)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit(actor)

    def act(self, parent: QWidget, fn: Callable[[], Any], done: str = "") -> Any:
        """Run one service call; show a refusal in a sentence; broadcast what changed.

        Returns the call's result, or None when it was refused or failed.
        """
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
            self.changed.emit(result)
            if result.message and not done:
                done = result.message
        if done:
            self.said.emit(done)
        return result

    def fail(self, parent: QWidget, exc: BaseException) -> None:
        self.said.emit(show_error(parent, exc))
