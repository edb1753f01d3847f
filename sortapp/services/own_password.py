"""A signed-in user changes their own password, typing the current one first.

``site.change_password`` sets a password without asking the old one (an admin resets a
forgotten one; the CLI signs the user in with it for each command). A session left signed in
on a workstation is not its user's say-so: here the current password is checked first, as the
sign-in checks it, and a wrong one is what a wrong sign-in is: recorded (``login.failed``) and
counted towards the user's lockout, and refused while they are locked (the desktop app also
locks the workstation after a few wrong ones).
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
#: The code of the refusal of a user locked after failed attempts (by this one or before).
LOCKED = "locked_after_failures"
#: The code of the refusal of a new password that is the current one.
SAME_PASSWORD = "same_password"


def check_current(db: Database, actor: Actor, current: str, *, count: bool = True) -> None:
    """Refuse unless ``current`` is ``actor``'s password, they are an active user and not
    locked after failed attempts. A wrong one is recorded and counted as a wrong sign-in is
    (``count``: in a write of its own, so called outside any transaction, whose refusal would
    undo it).

    Raises:
        PermissionDenied: the password is wrong (code ``WRONG_CURRENT``), the user is locked
            (code ``LOCKED``), or the user is no longer active.
    """
    assert not (count and db.conn.in_transaction), "a wrong password's record would be undone"
    user = records.get_user(db, actor.name)
    if user is None:
        raise NotFound(phrase("user '{name}' does not exist", name=actor.name))
    if not user["active"]:
        raise PermissionDenied(
            phrase("user '{name}' is inactive; nothing was changed", name=actor.name)
        )
    at = site.clock()
    until = site.locked_until(db, user["name"], at)
    if until is None and check_password(current, user["password_hash"]):
        return
    if until is None and count:
        until = site.count_failure(db, user, at, {"changing": "own password"})
    if until is not None:
        raise PermissionDenied(
            phrase(
                "current password: '{name}' is locked after failed attempts until {until}; "
                "nothing was changed",
                name=user["name"],
                until=site.local_time(db, until),
            ),
            code=LOCKED,
        )
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
    check_current(db, actor, current)  # (a wrong one recorded and counted: not undone)
    with transaction(db):
        check_current(db, actor, current, count=False)  # the password replaced is the one checked
        if password == current:
            raise UserError(
                phrase(
                    "new password: it is your current password; choose another; nothing was changed"
                ),
                code=SAME_PASSWORD,
            )
        return site.change_password(db, actor, actor.name, password)
