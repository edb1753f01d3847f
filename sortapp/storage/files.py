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

This process never closes a file descriptor of a database file it has open through SQLite: on
POSIX systems a process's fcntl locks belong to the process and the file, so closing *any*
descriptor of the file releases them all, SQLite's included (SQLite works around this for its own
descriptors only). Another process would then take the file for unused, checkpoint it and delete
its ``-wal`` file under this process's connections (issue 14). So every connection storage makes
to a file is opened by ``connect``, which counts the connections open on each file, and every
look at a file's bytes goes through ``read_at``: the descriptor it reads with is closed only when
no connection of this process has the file open, and kept until the last one closes otherwise.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sortapp.core.i18n import N_, phrase
from sortapp.storage import sqlitelib

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
        what = {
            MISSING: N_("does not exist"),
            NOT_A_FILE: N_("is not a regular file"),
            EMPTY: N_("is an empty file, not a sortapp database"),
            NOT_SQLITE: N_("is not a SQLite file, so not a sortapp database"),
            FOREIGN: N_("is another program's SQLite database, not a sortapp database"),
            DAMAGED: N_("is damaged: SQLite cannot read it"),
            SORTAPP: N_("is a sortapp database"),
        }[self.kind]
        return phrase("{what} ({detail})", what=what, detail=self.detail) if self.detail else what


def sidecar_files(path: str | Path) -> list[Path]:
    """The files SQLite keeps beside a database: its WAL, shared memory and rollback journal."""
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


# -- the files this process has open through SQLite ---------------------------------------------

#: A file, as the system knows it whatever its name: (device, inode).
_Key = tuple[int, int]


@dataclass
class _Open:
    """A file this process's connections have open: how many, and the descriptors read through
    while they did (kept: closing one would drop the connections' locks)."""

    connections: int = 0
    readers: int = 0
    descriptors: list[int] = field(default_factory=list)


#: Guards ``_open``; a connection registers under it before it takes any lock.
_guard = threading.Lock()
_open: dict[_Key, _Open] = {}
#: Files whose connection was closed by the garbage collector (``_Connection.__del__`` takes no
#: lock: it may run inside a section holding ``_guard``); settled by the next ``_settle``.
_collected: list[_Key] = []
#: How much ``read_blocks`` reads at a time.
_BLOCK = 1 << 20
#: Reads without ``os.pread`` (Windows) seek a descriptor readers may share.
_seek_guard = threading.Lock()


def _key(st: os.stat_result) -> _Key:
    return (st.st_dev, st.st_ino)


class _Connection(sqlite3.Connection):
    """A connection ``connect`` counts against its file until it is closed."""

    _sortapp_file: _Key | None = None

    def close(self) -> None:
        super().close()  # (from another thread it raises and stays open, and counted)
        key, self._sortapp_file = self._sortapp_file, None
        if key is not None:
            with _guard:
                _settle()
                _closed(key)

    def __del__(self) -> None:
        key = self._sortapp_file
        if key is None:
            return
        try:
            super().close()
        except sqlite3.Error:  # another thread's: it stays counted, its descriptors kept
            return
        self._sortapp_file = None
        _collected.append(key)  # (atomic; no lock taken in a finalizer)


def _settle() -> None:
    """Count the connections the garbage collector closed (with ``_guard`` held)."""
    while _collected:
        _closed(_collected.pop())


def _closed(key: _Key) -> None:
    """One connection to ``key`` closed (with ``_guard`` held); the last lets its file go."""
    entry = _open.get(key)
    if entry is None:
        return
    entry.connections -= 1
    _let_go(key, entry)


def _let_go(key: _Key, entry: _Open) -> None:
    if entry.connections > 0 or entry.readers > 0:
        return
    # No connection of this process has the file open: its descriptors hold no lock of ours.
    del _open[key]
    for fd in entry.descriptors:
        with contextlib.suppress(OSError):
            os.close(fd)


def connect(
    path: str | Path, *, read_only: str = "", check_same_thread: bool = True
) -> sqlite3.Connection:
    """Open a SQLite connection to the file at ``path``, counted against the file until closed.

    ``read_only`` is the URI's query (``mode=ro...``): the file is then opened through a
    ``file:`` URI with it. Every connection storage makes to a database file is made here, so
    that ``read_at`` knows which files not to close a descriptor of.
    """
    sqlitelib.turn_off_statistics()  # (once, before this process's first connection)
    if read_only:
        conn = sqlite3.connect(
            _uri(Path(path), read_only),
            uri=True,
            check_same_thread=check_same_thread,
            factory=_Connection,
        )
    else:
        conn = sqlite3.connect(path, check_same_thread=check_same_thread, factory=_Connection)
    # SQLite has opened the file (or made it) and takes no lock before a first statement: from
    # here on no descriptor of ours on the file is closed while this connection is open.
    try:
        st = os.stat(path)
    except OSError:
        return conn  # (gone already: nothing to protect)
    assert isinstance(conn, _Connection)
    with _guard:
        _settle()
        key = _key(st)
        _open.setdefault(key, _Open()).connections += 1
        conn._sortapp_file = key
    return conn


def open_here(path: str | Path) -> bool:
    """Whether a connection of this process has the file at ``path`` open (by file, not name)."""
    try:
        key = _key(os.stat(path))
    except OSError:
        return False
    with _guard:
        _settle()
        entry = _open.get(key)
        return entry is not None and entry.connections > 0


#: The working files SQLite keeps beside a database: its write-ahead log, shared memory and
#: rollback journal.
WORKING_FILES = ("-wal", "-shm", "-journal")


def database_of(path: str | Path) -> Path | None:
    """The database whose working file ``path`` names (``WORKING_FILES``), when that database
    is there (a file that begins as SQLite's do); else None. SQLite holds locks on them too: a
    descriptor of this process's own on one, closed, lets go of them, and written over, one
    loses or damages what is committed."""
    name = Path(path).name
    for suffix in WORKING_FILES:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = Path(path).with_name(name[: -len(suffix)])
            with contextlib.suppress(OSError):
                if os.path.isfile(base) and read_at(base, len(HEADER)) == HEADER:
                    return base
    return None


@contextlib.contextmanager
def descriptor(path: Path) -> Iterator[int]:
    """A descriptor to read ``path`` through, closed after only when no connection of this
    process has the file open (and kept for the file until its last connection closes)."""
    held, fd = hold(path)
    try:
        yield fd
    finally:
        let_go(held, fd)


class Held:
    """What ``hold`` took: given back to ``let_go`` (an object of its own, not a generator:
    one left unfinished is let go of by the garbage collector, which may run while this
    module's lock is held)."""

    def __init__(self, key: _Key | None) -> None:
        self.key = key


def hold(path: Path) -> tuple[Held, int]:
    """``descriptor``'s descriptor, taken: what to give ``let_go``, and the descriptor. Held by
    an object kept open for long (``pages.PageFile``); one never let go of keeps its
    descriptor, which is never closed under this process's connections. A working file of a
    database this process has open is not read (``database_of``; OSError EBUSY): a descriptor
    of it, closed, let go of SQLite's locks on it (a lot file picked as "site.db-shm" crashed
    the app, and lost other workstations' commits: an attack round, 2026-12-07)."""
    base = database_of(path)
    if base is not None and open_here(base):
        raise OSError(errno.EBUSY, "a working file of the database sortapp has open", str(path))
    key: _Key | None = None
    with _guard:
        _settle()
        with contextlib.suppress(OSError):
            key = _key(os.stat(path))
        entry = _open.get(key) if key is not None else None
        if entry is not None and entry.descriptors:
            entry.readers += 1  # read through the descriptor kept for the file
            fd = entry.descriptors[0]
        else:
            key = None
    if key is None:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            key = _key(os.fstat(fd))
        except BaseException:
            _release(None, fd)
            raise
        with _guard:
            entry = _open.get(key)
            if entry is not None:
                entry.readers += 1
                entry.descriptors.append(fd)
            else:
                key = None
    return Held(key), fd


def let_go(held: Held, fd: int) -> None:
    """Give back what ``hold`` took (once)."""
    _release(held.key, fd)


def _release(key: _Key | None, fd: int) -> None:
    with _guard:
        _settle()
        entry = _open.get(key) if key is not None else None
        if key is not None and entry is not None:
            entry.readers -= 1
            _let_go(key, entry)
            return
        # Not a file our connections had open when we looked: one opened since is counted
        # under the guard held here, so closing the descriptor now drops no lock of theirs.
        try:
            entry = _open.get(_key(os.fstat(fd)))
        except OSError:
            entry = None
        if entry is not None:
            entry.descriptors.append(fd)  # opened meanwhile: kept until its last connection
            return
    os.close(fd)


def _pread(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    with _seek_guard:  # pragma: no cover (Windows)
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, size)


def read_at(path: str | Path, size: int, offset: int = 0) -> bytes:
    """Read up to ``size`` bytes of the file at ``path`` from ``offset``, without dropping the
    locks this process's SQLite connections hold on it (see the module's note).

    Raises:
        OSError: as ``open`` and ``read`` would (missing, a folder, no permission...).
    """
    with descriptor(Path(path)) as fd:
        return _pread(fd, size, offset)


def read_blocks(
    path: str | Path, take: Callable[[bytes], object], *, limit: int | None = None
) -> None:
    """Hand the bytes of the file at ``path`` (up to ``limit``) to ``take`` block by block, read
    as ``read_at`` reads. (Not a generator: one left unfinished would let its descriptor go
    from the garbage collector, which may run while this module's lock is held.)"""
    with descriptor(Path(path)) as fd:
        offset = 0
        while limit is None or offset < limit:
            want = _BLOCK if limit is None else min(_BLOCK, limit - offset)
            data = _pread(fd, want, offset)
            if not data:
                return
            offset += len(data)
            take(data)


def read_bytes(path: str | Path, *, limit: int | None = None) -> bytes:
    """The bytes of the file at ``path`` (up to ``limit``), read as ``read_at`` reads."""
    blocks: list[bytes] = []
    read_blocks(path, blocks.append, limit=limit)
    return b"".join(blocks)


def _header(path: Path) -> bytes:
    return read_at(path, 100)


def _uri(path: Path, query: str) -> str:
    # as_uri() escapes '?', '#' and '%' in the path; a bare "file:{path}" would not.
    return Path(os.path.abspath(path)).as_uri() + "?" + query


def _read_only(*, immutable: bool) -> str:
    return "mode=ro" + ("&immutable=1" if immutable else "")


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
    conn = connect(
        path, read_only=_read_only(immutable=immutable), check_same_thread=check_same_thread
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
            conn = connect(
                path, read_only=_read_only(immutable=True), check_same_thread=check_same_thread
            )
    note = ""
    with contextlib.suppress(OSError):
        if immutable and wal.stat().st_size > 0:
            note = phrase(
                "the last changes, still in {wal}, cannot be read and are not shown", wal=wal.name
            )
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
        return FileState(path, DAMAGED, phrase("cannot be read: {error}", error=exc.strerror))
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
        return FileState(path, FOREIGN, detail if shown else phrase("no tables"))
    schema = 0
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        with contextlib.suppress(TypeError, ValueError):
            schema = int(row[0]) if row else 0
    site = None
    if "site" in tables:
        row = conn.execute("SELECT code FROM site WHERE id = 1").fetchone()
        site = str(row[0]) if row else None
    problems = quick_check_findings(conn) if check else ()
    return FileState(path, SORTAPP, site=site, schema=schema, problems=problems)


#: SQLite's errors that say the file is damaged (``sqlite_errorname``), not busy or refused.
DAMAGED_ERRORS = (
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_CORRUPT_INDEX",
    "SQLITE_CORRUPT_SEQUENCE",
)


def damaged_error(exc: BaseException) -> bool:
    """Whether SQLite's error ``exc`` says the file is damaged."""
    return getattr(exc, "sqlite_errorname", "") in DAMAGED_ERRORS


def quick_check_findings(conn: sqlite3.Connection) -> tuple[str, ...]:
    """What SQLite's ``quick_check`` finds wrong in the file, a finding a line (without the
    heading of the database each is in); none when it is sound. A check that cannot go on
    (a table's root page unreadable: "database disk image is malformed") is that one finding:
    the file is still a sortapp database, damaged, and a backup restored over it mends it."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if not damaged_error(exc):
            raise
        return (str(exc),)
    lines = [line.strip() for r in rows for line in str(r[0]).splitlines()]
    found = [line for line in lines if line and not line.startswith("*** in database")]
    return () if found == ["ok"] else tuple(found)


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
        return phrase("{folder} is on a read-only medium", folder=str(folder))
    if path.exists() and not access(path, os.W_OK):
        return phrase("no permission to write {path}", path=str(path))
    if not access(folder, os.W_OK | os.X_OK):
        return phrase(
            "no permission to write in its folder {folder} (SQLite keeps files beside it)",
            folder=str(folder),
        )
    return None
