"""What a database file is, found before anything is written to it; read-only connections.

(Owned by the open-files work of issue 10: ``open_db`` uses it. Files sortapp writes *out*,
such as documents and exports, are ``sortapp/storage/outfiles.py``.)

sortapp writes only into its own databases. Before a file is opened for writing it is looked at
read-only: its header (an empty file, or one that is not SQLite, is never handed to SQLite), then
its tables (another program's SQLite file has no sortapp migrations), then, for a file about to be
written, SQLite's ``quick_check``. Looking changes nothing, not even the files beside it: a
read-only connection to a WAL-mode database would otherwise create its ``-wal`` and ``-shm`` files,
so a file in WAL mode that no connection has open is read ``immutable`` (its main file is then the
whole database).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: The first 16 bytes of every SQLite database file.
HEADER = b"SQLite format 3\x00"
#: Byte 18 of the header (file format write version): 2 means WAL mode.
_WAL_MODE = 2
#: The migration set sortapp's schema is recorded under (``sqlite_utils.Migrations``).
MIGRATION_SET = "sortapp"

# The kinds of file ``inspect`` tells apart.
MISSING = "missing"
NOT_A_FILE = "not-a-file"
EMPTY = "empty"
NOT_SQLITE = "not-sqlite"
FOREIGN = "foreign"
DAMAGED = "damaged"
SORTAPP = "sortapp"


@dataclass(frozen=True)
class FileState:
    """What is at a path: its kind, and for a sortapp database its site and schema version."""

    path: Path
    kind: str
    detail: str = ""
    site: str | None = None
    schema: int = 0
    #: SQLite's quick_check findings when it was run and found something (else empty).
    problems: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """A sentence part saying what the file is, for a refusal."""
        return {
            MISSING: "does not exist",
            NOT_A_FILE: "is not a regular file",
            EMPTY: "is an empty file, not a sortapp database",
            NOT_SQLITE: "is not a SQLite file, so not a sortapp database",
            FOREIGN: "is another program's SQLite database, not a sortapp database",
            DAMAGED: "is damaged: SQLite cannot read it",
            SORTAPP: "is a sortapp database",
        }[self.kind] + (f" ({self.detail})" if self.detail else "")


def sidecar_files(path: str | Path) -> list[Path]:
    """The files SQLite keeps beside a database: its WAL, shared memory and rollback journal."""
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(100)


def _uri(path: Path, *, immutable: bool) -> str:
    # as_uri() escapes '?', '#' and '%' in the path; a bare "file:{path}" would not.
    return Path(os.path.abspath(path)).as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(path: str | Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """Open a connection that can only read ``path`` and creates no file beside it.

    A WAL-mode database whose ``-wal`` and ``-shm`` files are both there (a connection has it
    open, or one was cut off) is read through them, as any reader would; a WAL-mode database
    without them is read ``immutable``, so SQLite does not create them (it cannot on read-only
    media). When the shared-memory file cannot be used (read-only media after a crash) the main
    file is read ``immutable`` too, without the changes still in the ``-wal`` file.
    """
    return read_only_connection(path, check_same_thread=check_same_thread)[0]


def read_only_connection(
    path: str | Path, *, check_same_thread: bool = True
) -> tuple[sqlite3.Connection, str]:
    """``connect_read_only``, and a note when changes in a ``-wal`` file cannot be read ('')."""
    path = Path(path)
    try:
        header = _header(path)
    except OSError:
        header = b""
    wal, shm, _journal = sidecar_files(path)
    in_wal_mode = len(header) >= 20 and header[18] == _WAL_MODE
    immutable = in_wal_mode and not (wal.exists() and shm.exists())
    conn = sqlite3.connect(
        _uri(path, immutable=immutable), uri=True, check_same_thread=check_same_thread
    )
    if not immutable:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            # e.g. SQLITE_READONLY_RECOVERY or CANTOPEN: the -shm cannot be used read-only.
            if not (in_wal_mode and isinstance(exc, sqlite3.OperationalError)):
                raise
            immutable = True
            conn = sqlite3.connect(
                _uri(path, immutable=True), uri=True, check_same_thread=check_same_thread
            )
    note = ""
    with contextlib.suppress(OSError):
        if immutable and wal.stat().st_size > 0:
            note = f"the last changes, still in {wal.name}, cannot be read and are not shown"
    return conn, note


def inspect(path: str | Path, *, check: bool = False) -> FileState:
    """Tell what is at ``path`` without writing anything; with ``check``, run ``quick_check``.

    A sortapp database is one whose ``_sqlite_migrations`` table records the migration set
    'sortapp'. A file SQLite cannot read (a damaged header or schema) is DAMAGED; a sortapp
    database that only fails ``quick_check`` is SORTAPP with its ``problems`` listed.
    """
    path = Path(path)
    if not path.exists():
        return FileState(path, MISSING)
    if not path.is_file():
        return FileState(path, NOT_A_FILE)
    try:
        header = _header(path)
    except OSError as exc:
        return FileState(path, DAMAGED, f"cannot be read: {exc.strerror}")
    if not header:
        return FileState(path, EMPTY)
    if not header.startswith(HEADER):
        return FileState(path, NOT_SQLITE)
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return FileState(path, DAMAGED, str(exc))
    try:
        return _inspect_tables(path, conn, check)
    except sqlite3.DatabaseError as exc:
        return FileState(path, DAMAGED, str(exc))
    finally:
        conn.close()


def _inspect_tables(path: Path, conn: sqlite3.Connection, check: bool) -> FileState:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    ours = (
        "_sqlite_migrations" in tables
        and conn.execute(
            "SELECT EXISTS (SELECT 1 FROM _sqlite_migrations WHERE migration_set = ?)",
            (MIGRATION_SET,),
        ).fetchone()[0]
    )
    if not ours:
        shown = sorted(t for t in tables if not t.startswith("sqlite_"))
        detail = "tables: " + ", ".join(shown[:5]) + (", ..." if len(shown) > 5 else "")
        return FileState(path, FOREIGN, detail if shown else "no tables")
    schema = 0
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        with contextlib.suppress(TypeError, ValueError):
            schema = int(row[0]) if row else 0
    site = None
    if "site" in tables:
        row = conn.execute("SELECT code FROM site WHERE id = 1").fetchone()
        site = str(row[0]) if row else None
    problems: tuple[str, ...] = ()
    if check:
        lines = [
            line.strip()
            for r in conn.execute("PRAGMA quick_check")
            for line in str(r[0]).splitlines()
        ]
        found = [line for line in lines if line and not line.startswith("*** in database")]
        problems = () if found == ["ok"] else tuple(found)
    return FileState(path, SORTAPP, site=site, schema=schema, problems=problems)


#: The permission check ``read_only_reason`` makes: ``os.access``'s signature.
Access = Callable[[Path, int], bool]


def _medium_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


def read_only_reason(
    path: str | Path,
    *,
    access: Access = os.access,
    medium_read_only: Callable[[Path], bool] = _medium_read_only,
) -> str | None:
    """Why the database at ``path`` cannot be written here, or None when it can.

    SQLite writes the file and, beside it, its ``-wal`` and ``-shm`` files (and a journal), so
    the folder must be writable too. ``access`` and ``medium_read_only`` are the checks (the
    operating system's by default; tests pass their own, since root may write anywhere).
    A file not there yet is judged by its folder alone.
    """
    path = Path(os.path.abspath(path))
    folder = path.parent
    if not folder.is_dir():
        return None  # nothing to judge yet: creating it says what fails
    if medium_read_only(folder):
        return f"{folder} is on a read-only medium"
    if path.exists() and not access(path, os.W_OK):
        return f"no permission to write {path}"
    if not access(folder, os.W_OK | os.X_OK):
        return f"no permission to write in its folder {folder} (SQLite keeps files beside it)"
    return None
