"""Where a session's database is: a file, or a database on the facility server.

The desktop app opens its database again from here: background work opens a connection of its
own (a SQLite connection belongs to its thread), and after the facility server was lost the app
reconnects. On a server each sortapp user signs in as their own role, so a server's target holds
the signed-in user's name and password: in memory only, never written, never shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from sortapp.storage import dbapi
from sortapp.storage.dbapi import Database

#: How long a connection to the server may take before it counts as out of reach (s).
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class Target:
    """A database file (``path``), or a server's database (``url``) signed in as ``user``."""

    path: Path | None = None
    url: str = ""
    user: str = ""
    #: The signed-in user's server password: kept for background connections and reconnecting.
    password: str = field(default="", repr=False)

    @classmethod
    def of(cls, where: str | Path) -> Target:
        """The target a ``--db`` value (``SORTAPP_DB``, the machine configuration) names."""
        if dbapi.is_server_url(where):
            return cls(url=str(where))
        return cls(path=Path(where))

    @property
    def on_server(self) -> bool:
        return bool(self.url)

    @property
    def file(self) -> Path:
        """The database file; asked only of a file's target."""
        if self.path is None:
            raise ValueError(f"not a database file: {self.where}")
        return self.path

    @property
    def where(self) -> str:
        """The file, or the server and database (``host:port/db``), for people to read: never
        a password (one written in the URL included)."""
        if self.path is not None:
            return str(self.path)
        from sortapp.storage import pg  # noqa: PLC0415 (a server's target only)

        return pg.where(self.url)

    def __repr__(self) -> str:  # (a URL may hold a password: never in a log or a traceback)
        return f"Target({self.where!r}, user={self.user!r})"

    def signed_in(self, user: str, password: str) -> Target:
        """This target as ``user`` connects to it (a file's is the same)."""
        return replace(self, user=user, password=password) if self.on_server else self

    def open(self) -> Database:
        """Open a connection of its own: the file (``open_db``), or the server as the
        signed-in user (``open_server``)."""
        from sortapp.storage.db import open_db, open_server  # noqa: PLC0415 (db imports much)

        if self.path is not None:
            return open_db(self.path)
        from psycopg.conninfo import conninfo_to_dict, make_conninfo  # noqa: PLC0415

        url = self.url
        if "connect_timeout" not in conninfo_to_dict(url):
            # The app connects on its GUI thread: a server out of reach is given up quickly.
            url = make_conninfo(url, connect_timeout=CONNECT_TIMEOUT_S)
        return open_server(url, user=self.user or None, password=self.password or None)
