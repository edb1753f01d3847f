"""A dialog's action run on its OK, so that a refusal keeps the dialog open (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from sortapp.core.errors import UserError
from sortapp.ui.context import IN_DOUBT, OFFLINE, Context
from sortapp.ui.dialogs import Declined
from sortapp.ui.errors import show_error
from sortapp.ui.i18n import marked, tr

A = TypeVar("A")

#: What ``ctx.act`` returns to a dialog's action that did not run or failed (None is a result).
_NOT_DONE = object()


class Submit(Generic[A]):
    """Run ``action(answer)`` through ``ctx.act`` as the dialog's OK: a refusal is raised to the
    dialog, which stays open with everything typed and says it beside the field.

    ``sure(answer)``: asked first (a check, then a summary before an irreversible step); No
    keeps the dialog open, a UserError it raises is said as the action's would be. A dialog's
    ``ask`` replaced in a test answers without running the action: ``after`` runs it then,
    refusals said as any other.
    """

    def __init__(
        self,
        ctx: Context,
        parent: QWidget,
        action: Callable[[A], Any],
        done: str | Callable[[A], str] = "",
        sure: Callable[[A], bool] | None = None,
    ) -> None:
        self.ctx, self.parent, self.action, self.done, self.sure = ctx, parent, action, done, sure
        self.ran = False
        self.result: Any = None

    def __call__(self, answer: A) -> Any:
        if self.sure is not None and not self.sure(answer):
            raise Declined
        result = self.ctx.act(
            self.parent,
            lambda: self.action(answer),
            self._done(answer),
            raises=True,
            failed=_NOT_DONE,
        )
        if result is _NOT_DONE:  # not run (locked, offline) or failed: the form stays open
            raise Declined(self._not_done())
        self.result = result
        self.ran = True
        return self.result

    def _not_done(self) -> str:
        """What the dialog says of an action that did not run or failed ("": nothing)."""
        if self.ctx.locked:
            return ""  # the lock closes the dialog
        if self.ctx.offline:
            return marked(IN_DOUBT if self.ctx.in_doubt else OFFLINE) + "."
        return tr("Not done: the message shown says why. What you typed is kept.")

    def after(self, answer: A | None) -> Any:
        """The action's result once the dialog closed with ``answer`` (None: cancelled)."""
        if answer is None:
            return None
        if not self.ran:
            try:
                if self.sure is not None and not self.sure(answer):
                    return None
            except UserError as exc:  # a check that refused (said in the dialog when one is up)
                self.ctx.say(show_error(self.parent, exc), self.parent)
                return None
            self.result = self.ctx.act(self.parent, lambda: self.action(answer), self._done(answer))
            self.ran = True
        return self.result

    def _done(self, answer: A) -> str:
        return self.done if isinstance(self.done, str) else self.done(answer)
