"""Other workstations' work, seen: what their actions changed, as ``Changes`` a face applies.

Every action ends with an audit entry, committed with it; so what another workstation did since
we last looked is the audit entries after the last one we saw, and each entry's action and object
say what it changed (a lot by number, a parcel by number, the prices...). ``Watcher.changes``
turns them into one ``Changes`` naming those rows, which the pages apply as they apply their own
(only the rows named are read again).

When to look is the backend's: a SQLite file tells a connection that another one committed
(``PRAGMA data_version``: one cheap read, polled); the PostgreSQL server tells its listeners
(``LISTEN``/``NOTIFY``: each workstation notifies once its write committed; a notification
lost, the workstations' slow poll finds the entries all the same). Entries of this
workstation's own actions come back too; applying them again reads a few rows again, no more.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol

from sortapp.core.changes import Changes
from sortapp.storage import dbapi
from sortapp.storage import watch as watch_sql
from sortapp.storage.db import unreadable
from sortapp.storage.dbapi import Database

#: Action prefixes and the areas they change (beyond the rows their objects name).
_AREAS: tuple[tuple[str, frozenset[str]], ...] = (
    ("lot.", frozenset({"ledger"})),
    ("sort.", frozenset({"sorting", "ledger", "stock"})),
    ("parcel.", frozenset({"ledger", "stock"})),
    ("price.", frozenset({"prices", "stock"})),
    ("assortment.", frozenset({"assortment"})),
    ("category.", frozenset({"assortment"})),
    ("country.", frozenset({"site"})),
    ("site.", frozenset({"site"})),
    ("user.", frozenset({"users"})),
    ("transfer.", frozenset({"ledger", "stock"})),
)

log = logging.getLogger(__name__)


@dataclass
class Watcher:
    """Follows one database's audit log from where it was when the watcher was made."""

    #: The last audit entry, sorting entry and lot seen (rows only ever added, ids only grow).
    marks: watch_sql.Marks
    #: How the backend last said the database was (SQLite's data version); None: not read yet.
    version: int | None = None

    @classmethod
    def start(cls, db: Database) -> Watcher:
        return cls(marks=watch_sql.marks(db), version=watch_sql.data_version(db))

    @classmethod
    def start_readable(cls, db: Database) -> Watcher | None:
        """``start``; None on a damaged file whose log or lots SQLite cannot read (found so as
        it opened, or only now: a file too large to be checked as it opens): a restore over it
        is the way on, and the watch starts again on the file restored."""
        try:
            return cls.start(db)
        except sqlite3.DatabaseError as exc:
            if not unreadable(db, exc):
                raise
            log.warning("other workstations' changes are not followed on a damaged file: %s", exc)
            return None

    def others_committed(self, db: Database) -> bool:
        """Whether another connection may have committed since the last look (on a server,
        ask its notifications instead: this says yes)."""
        version = watch_sql.data_version(db)
        if version is None:
            return True
        changed = version != self.version
        self.version = version
        return changed

    def look_again(self) -> None:
        """Have the next ``others_committed`` say yes: a look that failed after it said so is
        made again (else what it missed waits for the next commit)."""
        self.version = None

    def changes(self, db: Database) -> Changes | None:
        """What the entries after the last one seen changed, or None when there are none."""
        entries = watch_sql.audit_after(db, self.marks.audit)
        if not entries:
            return None
        marks = watch_sql.marks(db)
        found = changes_of(db, [(action, obj) for _id, action, obj in entries], self.marks)
        self.marks = marks  # (only once read: a look that fails reading them misses nothing)
        return found


def changes_of(db: Database, entries: list[tuple[str, str]], before: watch_sql.Marks) -> Changes:
    """One ``Changes`` for audit entries (action, object) made after ``before``: the lots and
    parcels they name, by id, and the areas their actions touch. Actions that name no row of
    their own (an import of sorting rows names its file, a transfer its parcel at the sender)
    are covered by what was added since: the lots of new sorting entries, the new lots."""
    numbers: dict[str, set[str]] = defaultdict(set)
    areas: set[str] = set()
    for action, obj in entries:
        for prefix, touched in _AREAS:
            if action.startswith(prefix):
                areas |= touched
                break
        if action.startswith(("lot.", "sort.")) and action != "sort.import":
            numbers["lots"].add(obj)
        elif action.startswith("parcel."):
            numbers["parcels"].add(obj)
    lot_ids = watch_sql.lot_ids(db, numbers["lots"]) | watch_sql.lots_added_to(db, before)
    parcel_ids = watch_sql.parcel_ids(db, numbers["parcels"])
    return Changes(
        lots=frozenset(lot_ids),
        parcels=frozenset(parcel_ids),
        ledger="ledger" in areas,
        stock="stock" in areas,
        sorting="sorting" in areas,
        users="users" in areas,
        site="site" in areas,
        assortment="assortment" in areas,
        prices="prices" in areas,
    )


class Listener(Protocol):
    """The server's word that actions were committed: watch ``fileno()``, then ``heard()``."""

    def fileno(self) -> int: ...

    def heard(self) -> bool: ...

    def close(self) -> None: ...


def listener(db: Database) -> Listener | None:
    """On a server, a listener for its word that actions were committed; None for a file,
    which is polled instead (``Watcher.others_committed``)."""
    if dbapi.sqlite(db):
        return None
    from sortapp.storage import pg, pgschema  # noqa: PLC0415 (a file's install never loads them)

    assert isinstance(db, pg.PgDatabase)
    return pg.listen(db, pgschema.CHANNEL)
