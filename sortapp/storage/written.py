"""Which sortapp last wrote a database: the ``written_by`` row of ``meta`` (issue 17).

Migration 0020 adds the row; every write transaction (``db.transaction``) then records this
sortapp's version in it, inside the transaction, when it names another (a compare that writes
nothing once it is current), and so does every schema change. On the facility server a user may
not write ``meta``: the owner's function ``sortapp_wrote`` records it for them (and only it).
"""

from __future__ import annotations

from sortapp import __version__
from sortapp.storage import dbapi
from sortapp.storage.dbapi import Database

#: The ``meta`` key.
KEY = "written_by"

_NOTE = f"UPDATE meta SET value = ? WHERE key = '{KEY}' AND value IS NOT ?"


def note(db: Database) -> None:
    """Record this sortapp's version as the last writer (inside the caller's transaction)."""
    if dbapi.sqlite(db):
        db.conn.execute(_NOTE, (__version__, __version__))
    else:
        db.conn.execute(server_note())


def server_note() -> str:
    """The statement that records this sortapp's version on the facility server, as text (it is
    sent with the write transaction's BEGIN, in one message, so it has no parameters)."""
    return "SELECT sortapp_wrote('{}')".format(__version__.replace("'", "''"))


def read(db: Database) -> str:
    """The version of the sortapp that last wrote ``db`` ('' when none has recorded it)."""
    row = db.execute(f"SELECT value FROM meta WHERE key = '{KEY}'").fetchone()
    return "" if row is None else str(row[0])
