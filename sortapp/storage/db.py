"""Open the database, run one write transaction, and map environment failures to known errors."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from sortapp.core.errors import KnownStorageError, UserError
from sortapp.storage import backup, migrations, rowcover

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

# Primary SQLite result codes that come from the environment, not from a bug in sortapp.
_KNOWN = {
    "SQLITE_BUSY": ("The database is busy (another workstation is writing)", "Try again."),
    "SQLITE_LOCKED": ("The database is locked", "Try again; close other copies of sortapp."),
    "SQLITE_READONLY": (
        "The database file is read-only",
        "Check the file's permissions or the medium's write protection.",
    ),
    "SQLITE_IOERR": ("The disk could not be read or written", "Check the disk and free space."),
    "SQLITE_FULL": ("The disk is full", "Free some space; nothing was written."),
    "SQLITE_CANTOPEN": ("The database file cannot be opened", "Check the path and permissions."),
    "SQLITE_CORRUPT": (
        "The database file is damaged",
        "Restore the last good backup and run 'sortapp verify'.",
    ),
    "SQLITE_NOTADB": ("The file is not a sortapp database", "Check the path given."),
}


def known_error(exc: sqlite3.Error) -> KnownStorageError | None:
    """Return the known error for an environment failure, or None when it is a bug."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, (message, hint) in _KNOWN.items():
        if name.startswith(prefix):
            return KnownStorageError(f"{message} ({name})", hint)
    return None


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Translate environment SQLite failures raised inside the block into KnownStorageError."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        # Our triggers and CHECKs are the last line of defence; the services check first, so an
        # integrity error that reaches here still means the action was refused and nothing written.
        message = str(exc)
        if "negative_balance" in message:
            raise UserError(
                "refused: this would leave a negative balance; nothing written"
            ) from exc
        raise
    except sqlite3.Error as exc:
        known = known_error(exc)
        if known is None:
            raise
        log.info("storage error: %s", exc)
        raise known from exc


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """Run the block as one write transaction (BEGIN IMMEDIATE), or a savepoint when nested.

    Either everything the block wrote is committed, or nothing is: any exception rolls back.
    """
    with storage_errors():
        conn = db.conn
        if conn.in_transaction:
            with db.atomic():
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            rowcover.check_taken(db)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def on_network_share(path: Path, mounts_text: str | None = None) -> bool:
    """Tell whether ``path`` is on SMB/NFS, where WAL's shared memory is unsafe (Linux only)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return False
    mounts = mounts_text.splitlines()
    target = str(path.resolve().parent)
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    return fstype in {"nfs", "nfs4", "cifs", "smb3", "smbfs"}


def open_db(path: str | Path, *, create: bool = False) -> Database:
    """Open (or, with ``create``, create) the database at ``path`` and bring its schema up to date.

    Raises:
        UserError: no database at ``path`` and ``create`` is false.
        KnownStorageError: the file is not a database, is unreadable, or is from a newer sortapp.
    """
    path = Path(path)
    if not create and not path.exists():
        raise UserError(
            f"no sortapp database at {path}; create one with 'sortapp init' or 'sortapp demo'"
        )
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    with storage_errors():
        # No sqlite-utils plugins: sortapp registers none, and scanning for them costs start-up.
        db = Database(path, strict=True, execute_plugins=False)
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.conn.execute("PRAGMA foreign_keys = ON")
        try:
            if on_network_share(path):
                raise KnownStorageError(
                    f"{path} is on a network share",
                    "sortapp keeps its database on a local disk (WAL mode is unsafe on SMB/NFS); "
                    "copy it to a local folder",
                )
            db.conn.execute("PRAGMA journal_mode = WAL")
            db.conn.execute("PRAGMA synchronous = FULL")
            # Read through memory-mapped pages: scrolling a long history stays smooth.
            db.conn.execute("PRAGMA mmap_size = 268435456")
            migrations.check_not_newer(db)
            if migrations.pending(db) and db.table("site").exists():
                # Keep a checked copy of the file as it was before its schema changes.
                backup.write_backup(db, path, tag="pre-migration")
            migrations.apply(db)
            rowcover.install(db)
        except BaseException:
            db.close()
            raise
    return db
