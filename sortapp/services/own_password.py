"""A signed-in user changes their own password, typing the current one first.

``site.change_password`` sets a password without asking the old one (an admin resets a
forgotten one; the CLI signs the user in with it for each command). A session left signed in
on a workstation is not its user's say-so: here the current password is checked first, as the
sign-in checks it, and a wrong one is what a wrong sign-in is: recorded (``login.failed``) and
counted towards the user's lockout, and refused while they are locked (the desktop app also
locks the workstation after a few wrong ones).
"""

from __future__ import annotations

from typing import Any

from sortapp.core.changes import Changes
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.i18n import phrase
from sortapp.core.passwords import check_password
from sortapp.core.roles import Actor
from sortapp.services import site
from sortapp.storage import dbapi, records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database
from sortapp.storage.pgschema import roles as server_roles

#: The code of the refusal of a wrong current password (a face counts them).
WRONG_CURRENT = "wrong_current_password"
#: The code of the refusal of a user locked after failed attempts (by this one or before).
LOCKED = "locked_after_failures"
#: The code of the refusal of a new password that is the current one.
SAME_PASSWORD = "same_password"


def check_current(db: Database, actor: Actor, current: str) -> str:
    """Refuse unless ``current`` is ``actor``'s password, they are an active user and not
    locked after failed attempts; return the password hash it was checked against. A wrong one
    is recorded and counted as a wrong sign-in is, and the right one ends the failed attempts
    in a row as a sign-in does, each in a write of its own (so this is called outside any
    transaction: a refusal would undo it).

    Raises:
        PermissionDenied: the password is wrong (code ``WRONG_CURRENT``), the user is locked
            (code ``LOCKED``), or the user is no longer active.
    """
    assert not db.conn.in_transaction, "a wrong password's record would be undone"
    user = _active(db, actor)
    at = site.clock()
    locked = site.lock_at(db, user["name"], at)
    if locked is not None:
        raise _locked(db, user["name"], locked[1])
    if check_password(current, user["password_hash"]):
        site.password_checked(db, actor, {"changing": "own password"})  # (wrong ones in a row end)
        return str(user["password_hash"])
    until = site.count_failure(db, user, at, {"changing": "own password"})
    if until is not None:
        raise _locked(db, user["name"], until)
    raise _wrong()


def _active(db: Database, actor: Actor) -> dict[str, Any]:
    user = records.get_user(db, actor.name)
    if user is None:
        raise NotFound(phrase("user '{name}' does not exist", name=actor.name))
    if not user["active"]:
        raise PermissionDenied(
            phrase("user '{name}' is inactive; nothing was changed", name=actor.name)
        )
    return user


def _locked(db: Database, name: str, until: str) -> PermissionDenied:
    return PermissionDenied(
        phrase(
            "current password: '{name}' is locked after failed attempts until {until}; "
            "nothing was changed",
            name=name,
            until=site.local_time(db, until),
        ),
        code=LOCKED,
    )


def _wrong() -> PermissionDenied:
    return PermissionDenied(
        phrase("current password: wrong password; nothing was changed"), code=WRONG_CURRENT
    )


def change_own_password(db: Database, actor: Actor, current: str, password: str) -> Changes:
    """Change ``actor``'s own password to ``password`` once ``current`` is checked to be it.

    The change is one write, which holds the password checked to be the one it replaces (the
    hash read again in it; the password is not hashed twice). The new password follows
    ``site.change_password``'s rules; it may not be the current one (a change that changes
    nothing). Returns its ``Changes`` (a note on the site key, if any).

    Raises:
        PermissionDenied: the current password is wrong, the user locked or inactive.
        UserError: the new password is refused (the message says why).
    """
    checked = check_current(db, actor, current)  # (a wrong one recorded and counted: not undone)
    with transaction(db):
        user = _active(db, actor)
        locked = site.lock_at(db, user["name"], site.clock())
        if locked is not None:
            raise _locked(db, user["name"], locked[1])
        if user["password_hash"] != checked:  # (changed meanwhile: what was typed is not it)
            raise _wrong()
        if password == current:
            raise UserError(
                phrase(
                    "new password: it is your current password; choose another; nothing was changed"
                ),
                code=SAME_PASSWORD,
            )
        changed = site.change_password(db, actor, actor.name, password)
    if not dbapi.sqlite(db):  # (committed: the session's next connections sign in with it)
        server_roles.password_changed(db, actor.name, password)
    return changed
