"""The language each user works in (issue 18): stored with the user, chosen by the user.

The code is one of ``core.i18n.LANGUAGES`` ("en", "ru", ...). A user sets their own (an
operator too: it is their row, as their password is); the change is audited as
``user.language``, which verify accepts unsigned on one's own row (``audit.OWN_ACTIONS``).
"""

from __future__ import annotations

from sortapp.core.changes import Changes
from sortapp.core.errors import UserError
from sortapp.core.i18n import LANGUAGES, phrase
from sortapp.core.roles import Actor
from sortapp.services.audit import record
from sortapp.storage import records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database


def check_language(code: str) -> str:
    """Return ``code`` (trimmed, lower case) if the app speaks it; else refuse."""
    found = (code or "").strip().lower()
    if found not in LANGUAGES:
        raise UserError(
            phrase(
                "language: '{code}' is not one of {codes}; nothing was changed",
                code=(code or "").strip(),
                codes=", ".join(LANGUAGES),
            )
        )
    return found


def set_language(db: Database, actor: Actor, code: str) -> Changes:
    """Store the language ``actor`` works in (their own row), audited as ``user.language``."""
    code = check_language(code)
    with transaction(db):
        if records.get_user_language(db, actor.name) == code:
            return Changes()  # (nothing to record: the row is as asked)
        records.set_user_language(db, actor.name, code)
        record(db, actor, "user.language", actor.name, {"language": code})
    return Changes(users=True)


def user_language(db: Database, name: str) -> str | None:
    """Return the language user ``name`` chose (a code the app speaks), or None if none."""
    code = records.get_user_language(db, name)
    return code if code in LANGUAGES else None
