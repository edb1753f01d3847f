"""A signed-in user changes their own password, typing the current one first.

``site.change_password`` sets a password without asking the old one (an admin resets a
forgotten one; the CLI signs the user in with it for each command). A session left signed in
on a workstation is not its user's say-so: here the current password is checked first, as the
sign-in checks it, but nothing is recorded of a wrong one and it counts towards no lockout (the
person is signed in already; the desktop app locks the workstation after a few wrong ones, and
the sign-in that follows is counted as any).
"""

from __future__ import annotations

from sortapp.core.changes import Changes
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.i18n import phrase
from sortapp.core.passwords import check_password
from sortapp.core.roles import Actor
from sortapp.services import site
from sortapp.storage import records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database

#: The code of the refusal of a wrong current password (a face counts them).
WRONG_CURRENT = "wrong_current_password"
#: The code of the refusal of a new password that is the current one.
SAME_PASSWORD = "same_password"


def check_current(db: Database, actor: Actor, current: str) -> None:
    """Refuse unless ``current`` is ``actor``'s password and they are an active user; write
    nothing either way.

    Raises:
        PermissionDenied: the password is wrong (code ``WRONG_CURRENT``), or the user is no
            longer active.
    """
    user = records.get_user(db, actor.name)
    if user is None:
        raise NotFound(phrase("user '{name}' does not exist", name=actor.name))
    if not user["active"]:
        raise PermissionDenied(
            phrase("user '{name}' is inactive; nothing was changed", name=actor.name)
        )
    if not check_password(current, user["password_hash"]):
        raise PermissionDenied(
            phrase("current password: wrong password; nothing was changed"),
            code=WRONG_CURRENT,
        )


def change_own_password(db: Database, actor: Actor, current: str, password: str) -> Changes:
    """Change ``actor``'s own password to ``password`` once ``current`` is checked to be it.

    The check and the change are one write (the password checked is the one replaced). The new
    password follows ``site.change_password``'s rules; it may not be the current one (a change
    that changes nothing). Returns its ``Changes`` (a note on the site key, if any).

    Raises:
        PermissionDenied: the current password is wrong, or the user is inactive.
        UserError: the new password is refused (the message says why).
    """
    with transaction(db):
        check_current(db, actor, current)
        if password == current:
            raise UserError(
                phrase(
                    "new password: it is your current password; choose another; nothing was changed"
                ),
                code=SAME_PASSWORD,
            )
        return site.change_password(db, actor, actor.name, password)
