"""Passwords in the desktop app: one's own changed (File, Change my password), and an admin's
reset of another user's (Settings, Users)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from sortapp.core.changes import Changes
from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.services import own_password, site
from sortapp.ui.context import Context
from sortapp.ui.dialogs import ChangePasswordDialog, SetPasswordDialog
from sortapp.ui.i18n import tr
from sortapp.ui.submit import Submit

#: Wrong current passwords in a row, in one session, after which the workstation locks, before
#: the user's own lockout (each is counted towards it and recorded by the service, as a wrong
#: sign-in is): a session left signed in is not a place to try passwords.
WRONG_BEFORE_LOCK = 3


def _same_twice(answer: dict[str, str]) -> None:
    if answer["password"] != answer["again"]:
        raise UserError(phrase("password again: the two passwords differ"))


def change_own_password(ctx: Context, parent: QWidget) -> Any:
    """Ask the signed-in user for their current password and a new one, and change it; the
    result of the change (None: cancelled or not done)."""
    if ctx.locked:
        return None
    name = ctx.actor.name

    def change(answer: dict[str, str]) -> Changes:
        _same_twice(answer)
        try:
            changes = own_password.change_own_password(
                ctx.db, ctx.actor, answer["current"], answer["password"]
            )
        except UserError as exc:
            if exc.code in (own_password.WRONG_CURRENT, own_password.LOCKED):
                _count_wrong(ctx)
                # (Said before it happens; a user locked is said so, as the service words it.)
                if exc.code == own_password.WRONG_CURRENT and (
                    ctx.wrong_passwords == WRONG_BEFORE_LOCK - 1
                ):
                    raise UserError(  # (said before it happens)
                        phrase(
                            "current password: wrong password; one more wrong one locks this "
                            "workstation; nothing was changed"
                        ),
                        code=exc.code,
                    ) from exc
            else:  # (the current one was right: the new one is refused)
                ctx.wrong_passwords = 0
            raise
        ctx.wrong_passwords = 0
        ctx.password_changed(answer["password"])
        return changes

    submit: Submit[dict[str, str]] = Submit(ctx, parent, change, tr("Your password is changed."))
    return submit.after(ChangePasswordDialog.ask(parent, name, submit=submit))


def _count_wrong(ctx: Context) -> None:
    """One more wrong current password: at ``WRONG_BEFORE_LOCK`` the workstation locks, once
    the refusal is said (its dialog is closed by the lock)."""
    ctx.wrong_passwords += 1
    if ctx.wrong_passwords < WRONG_BEFORE_LOCK:
        return
    note = tr(
        "The current password was typed wrong %n times. Sign in again.",
        "",
        ctx.wrong_passwords,
    )
    QTimer.singleShot(0, ctx, ctx.while_signed_in(lambda: ctx.lock_requested.emit(note)))


def set_password(ctx: Context, parent: QWidget, name: str) -> Any:
    """An admin sets user ``name``'s password (one they forgot); their own is changed as
    anyone's is, the current one typed first. The result (None: cancelled or not done)."""
    if ctx.locked:
        return None
    if name == ctx.actor.name:
        return change_own_password(ctx, parent)

    def reset(answer: dict[str, str]) -> Changes:
        _same_twice(answer)
        return site.change_password(ctx.db, ctx.actor, name, answer["password"])

    submit: Submit[dict[str, str]] = Submit(
        ctx,
        parent,
        reset,
        tr("The password of {name} is set; give it to them in person.").format(name=name),
    )
    return submit.after(SetPasswordDialog.ask(parent, name, submit=submit))
