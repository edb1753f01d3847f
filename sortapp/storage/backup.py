"""Backups with SQLite's online backup API (never a file copy of a live database), their
names, integrity checks and sidecar files, and restoring a backup into an open database."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

from sqlite_utils import Database as SqliteDatabase

from sortapp.core.errors import KnownStorageError
from sortapp.core.i18n import phrase
from sortapp.storage import files, outfiles
from sortapp.storage.dbapi import Database

log = logging.getLogger(__name__)

SUFFIX = ".sortapp-backup"


def folder_for(db: Database, db_path: Path) -> Path:
    """The backup folder: the site's setting, else ``backups/`` beside the database."""
    value = None
    if db.table("settings").exists():
        # The table read whole (a few rows), not through its key's index: a damaged file whose
        # index alone is unreadable still names its folder, where its restore keeps it.
        value = dict(db.execute("SELECT key, value FROM settings").fetchall()).get("backup_folder")
    return Path(value) if value else Path(db_path).parent / "backups"


def _not_sortapp(table: str) -> KnownStorageError:
    return KnownStorageError(
        phrase(
            "The file is not a sortapp database (its {table} table is another program's)",
            table=table,
        ),
        phrase("Check the path given."),
    )


def _read_own(db: Database, table: str, sql: str) -> tuple[Any, ...] | None:
    """Read one row of a table sortapp expects; a same-named table of another program (other
    columns: SQLite's generic error) is reported as such, not as a bug."""
    try:
        row: tuple[Any, ...] | None = db.execute(sql).fetchone()
        return row
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_ERROR":
            raise _not_sortapp(table) from exc
        raise


def schema_version(db: Database) -> int:
    row = _read_own(db, "meta", "SELECT value FROM meta WHERE key = 'schema_version'")
    if row is None:
        return 0
    value = str(row[0])
    if not (value.isascii() and value.isdigit() and len(value) < 10):
        raise _not_sortapp("meta")
    return int(value)


def site_code(db: Database) -> str | None:
    if not db.table("site").exists():
        return None
    row = _read_own(db, "site", "SELECT code FROM site WHERE id = 1")
    if row is not None and not isinstance(row[0], str):
        raise _not_sortapp("site")
    return row[0] if row else None


def backup_name(site: str, schema: int, moment: dt.datetime, tag: str = "") -> str:
    stamp = moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{site}-{stamp}-s{schema}{'-' + tag if tag else ''}{SUFFIX}"


def parse_name(name: str) -> dict[str, Any] | None:
    """Return site, time, schema and tag from a backup's file name, or None if it is not one."""
    if not name.endswith(SUFFIX):
        return None
    parts = name[: -len(SUFFIX)].split("-")
    if len(parts) < 3 or not parts[2].startswith("s") or not parts[2][1:].isdigit():
        return None
    try:
        moment = dt.datetime.strptime(parts[1], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return {"site": parts[0], "at": moment, "schema": int(parts[2][1:]), "tag": "-".join(parts[3:])}


def integrity(path: Path, *, quick: bool = False) -> list[str]:
    """Run SQLite's integrity check on a file, read-only; ['ok'] when sound. ``quick``: its
    check of pages and records alone (``quick_check``), not each index against its table: a
    few times faster on a long history."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = files.connect_read_only(path)
        try:
            return [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"not a readable database: {exc}"]


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read without dropping this process's SQLite locks on it."""
    digest = hashlib.sha256()
    files.read_blocks(path, digest.update)
    return digest.hexdigest()


def check_target(target: Path) -> Path:
    """Refuse a backup file name that is not a new name or a regular file (nor may its part and
    sidecar names be): never a device, pipe, socket or link. Return the part file's name."""
    part = target.with_name(target.name + ".part")
    for path in (target, part, sidecar(target)):
        outfiles.writable_target(path, "backup", database_ok=_replaces_a_backup(path))
    return part


def _replaces_a_backup(path: Path) -> bool:
    """Whether ``path`` names an earlier backup (a database with its check noted beside it), which
    a backup may replace; never a site's own database file."""
    return sidecar(path).is_file()


def check_destination(dest: Path | None) -> None:
    """Refuse, before anything is written, a ``dest`` that ``write_backup`` would refuse."""
    if dest is not None and not outfiles.is_folder(dest, "backup"):
        check_target(dest)


def write_backup(
    db: SqliteDatabase,
    db_path: Path,
    *,
    tag: str = "",
    dest: Path | None = None,
    thorough: bool = True,
) -> Path:
    """Copy the live database into a new backup file and check that it was written soundly.

    ``dest`` is a file, or a folder that receives a named file (default: the backup folder).
    The file appears under its final name only when complete and its check passes:
    ``thorough``, SQLite's full integrity check (a backup verified at once, the copy kept
    before a migration: a file it finds unsound is not migrated); else only its pages and
    records read back (``quick_check``), for the backup taken as the app closes (on ten years
    of history the full check alone took some nine seconds of a frozen closing window). The copy
    is page for page the live file's, so what the full check adds (each index against its
    table) is the live file's state; it runs when that backup is verified, at the next start.

    Raises:
        KnownStorageError: the destination cannot be written, or the copy is not sound.
    """
    site = site_code(db) or "SITE"
    name = backup_name(site, schema_version(db), dt.datetime.now(dt.UTC), tag)
    if dest is None:
        target = folder_for(db, db_path) / name
    elif outfiles.is_folder(dest, "backup"):
        target = dest / name
    else:
        target = dest
    part = check_target(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        copy = files.connect(part)
        try:
            db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            copy.commit()
        finally:
            copy.close()
        problems = integrity(part, quick=not thorough)
        if problems != ["ok"]:
            raise KnownStorageError(
                phrase(
                    "The backup copy failed its integrity check ({problem})", problem=problems[0]
                ),
                phrase("Check the disk of the backup folder."),
            )
        outfiles.replace_onto(part, target, "backup", database_ok=_replaces_a_backup(target))
    except OSError as exc:
        raise KnownStorageError(
            phrase(
                "The backup could not be written to {folder} ({error})",
                folder=str(target.parent),
                error=exc.strerror,
            ),
            phrase("Check that the backup folder (or removable medium) is there and writable."),
        ) from exc
    except sqlite3.Error as exc:
        raise KnownStorageError(
            phrase(
                "The backup could not be written to {folder} ({error})",
                folder=str(target.parent),
                error=str(exc),
            ),
            phrase("Check the backup folder's disk and free space."),
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    write_sidecar(
        target,
        {
            "site": site,
            "schema": schema_version(db),
            "tag": tag,
            "integrity": "ok",
            # (SQLite's check the copy passed as it was written; its verification, noted
            # below it as "verified", runs the full one in any case)
            "checked_as_written": "integrity_check" if thorough else "quick_check",
            "sha256": sha256_of(target),
            # (What a note says is of this file only while it is this size: a note copied
            # beside another file, or a file put in the copy's place, is not taken for it.)
            "bytes": target.stat().st_size,
        },
    )
    return target


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


#: A note's rename over the old one refused this many times in a row is a failure: on Windows
#: a rename fails while another process reads the old note (the app listing its backups).
RENAME_TRIES = 20
RENAME_WAIT_S = 0.05

#: The file in a backup folder whose lock a note's writer holds (``notes_held``): made once,
#: never removed (a lock on a file removed and made again would lock nothing).
NOTES_LOCK = "sortapp-notes.lock"
#: How long a note's writer waits for another's lock (a note is written in milliseconds), and
#: between its tries.
LOCK_WAIT_S = 10.0
LOCK_POLL_S = 0.02


#: Where the file system keeps no locks (some network shares), or none on a file opened to read
#: alone (NFS: EBADF): each note is then written as before the lock, unlocked, and that is logged.
_NO_LOCKS = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EBADF)


def _try_lock(fd: int) -> bool | None:
    """Take the lock on the open file ``fd`` if no one holds it (True); False if someone does;
    None where the file system keeps no locks."""
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:  # (held by another: EACCES)
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in _NO_LOCKS:
            return None
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _lock_wait() -> None:
    """Wait a moment for another writer's lock (a seam: tests see that a writer waits)."""
    time.sleep(LOCK_POLL_S)


def _open_lock(path: Path) -> int:
    """The lock file, opened (made where it is not there, readable and writable by all): read
    only where another user made it so that it is not (a folder two workstations share; a lock
    is taken on a file read alone as well, but on NFS: ``_NO_LOCKS``). KnownStorageError where
    something else is at its name: a folder, a link (never followed), a pipe (opened without
    waiting), a device; OSError where it cannot be opened at all."""
    plain = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = -1
    try:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | plain, 0o666)
            if hasattr(os, "fchmod"):  # (writable by all whatever the umask: another user's
                with contextlib.suppress(OSError):  # lock on a network share needs that)
                    os.fchmod(fd, 0o666)
        except PermissionError as refused:
            try:
                fd = os.open(path, os.O_RDONLY | plain)
            except FileNotFoundError:  # (not there, and not to be made: the folder's refusal)
                raise refused from None
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    except OSError:
        if fd >= 0:
            os.close(fd)
        if not _other_than_file(path):
            raise
    else:
        os.close(fd)
    raise KnownStorageError(
        phrase(
            "The backup notes' lock {path} is not a file sortapp made "
            "(a folder, a link or a pipe): this backup's note was not written",
            path=str(path),
        ),
        phrase("Remove it; sortapp makes it again."),
    )


def _other_than_file(path: Path) -> bool:
    """Whether something other than a regular file is at ``path`` (not following a link)."""
    try:
        return not stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:  # (nothing there, or not to be looked at: the error said is the open's)
        return False


@contextlib.contextmanager
def _restore_held(db_path: Path) -> Iterator[None]:
    """Hold the database's restore lock (``RESTORE_LOCK`` beside the file: every window and
    workstation restoring it meets the same lock, whatever their backup folders; as
    ``notes_held`` holds its notes' lock, the system's on an open file, let go however its
    holder ends). A file system that keeps no locks holds none, and it is logged.
    KnownStorageError where the lock cannot be had."""
    path = db_path.with_name(db_path.name + RESTORE_LOCK)
    try:
        fd = _open_lock(path)
    except (OSError, KnownStorageError) as exc:
        error = exc.strerror if isinstance(exc, OSError) else None
        raise KnownStorageError(
            phrase(
                "The restore's lock {path} cannot be used ({error}); nothing was changed",
                path=str(path),
                error=error or str(exc),
            ),
            phrase("Remove whatever is at that name, or make the folder writable."),
        ) from exc

    def unlocked() -> None:
        log.warning("restore of %s unlocked: its file system keeps no locks", db_path)

    def busy() -> KnownStorageError:
        return KnownStorageError(
            phrase(
                "Another restore of this database is under way ({path} stayed locked for over "
                "{seconds} s); nothing was changed",
                path=str(path),
                seconds=int(LOCK_WAIT_S),
            ),
            phrase("Let it end, then open the database again."),
        )

    with _held(fd, unlocked, busy):
        yield


@contextlib.contextmanager
def _held(
    fd: int, unlocked: Callable[[], None], busy: Callable[[], KnownStorageError]
) -> Iterator[None]:
    """Hold the lock of the open lock file ``fd`` (``_open_lock``) for the block, waiting up to
    ``LOCK_WAIT_S`` for another holder; then ``busy()`` is raised. Where the file system keeps
    no locks, ``unlocked()`` is told and the block runs unlocked. ``fd`` is closed after."""
    try:
        deadline = time.monotonic() + LOCK_WAIT_S
        while not (locked := _try_lock(fd)):
            if locked is None:
                unlocked()
                break
            if time.monotonic() >= deadline:
                raise busy()
            _lock_wait()
        try:
            yield
        finally:
            if locked:
                _unlock(fd)
    finally:
        os.close(fd)


#: The folders whose notes were written unlocked (their file system keeps no locks): said once.
_UNLOCKED: set[Path] = set()


@contextlib.contextmanager
def notes_held(folder: Path) -> Iterator[None]:
    """Hold the backup folder's lock on its notes: one writer at a time reads a note, merges
    what it adds and renames the whole over it (two at once, from two processes such as the
    app's background check and a backup made from another window or the command line, or two
    workstations sharing a folder, each lost what the other wrote: a backup's anchor, or its
    check). The lock is the system's on an open file, let go when its holder ends however it
    ends (no lock left behind by a killed process). OSError where the lock file cannot be made;
    KnownStorageError where it is not a regular file (a link, a pipe, a folder put at its name)
    or another writer holds it longer than ``LOCK_WAIT_S``."""
    fd = _open_lock(folder / NOTES_LOCK)

    def unlocked() -> None:
        if folder not in _UNLOCKED:
            _UNLOCKED.add(folder)
            log.warning(
                "backup notes in %s written unlocked: its file system keeps no locks", folder
            )

    def busy() -> KnownStorageError:
        return KnownStorageError(
            phrase(
                "The backup notes in {folder} stayed locked by another program or workstation "
                "for over {seconds} s: this backup's note was not written",
                folder=str(folder),
                seconds=int(LOCK_WAIT_S),
            ),
            phrase("Try again in a moment."),
        )

    with _held(fd, unlocked, busy):
        yield


def write_sidecar(path: Path, info: dict[str, Any]) -> None:
    """Add ``info`` to the backup's note (its sidecar), keeping what it holds: read, merged and
    renamed over it whole under the folder's lock (``notes_held``)."""
    target = outfiles.writable_target(sidecar(path), "backup")
    # Written whole beside it and renamed over it: a check ended as it writes (the app closing,
    # ``stopping.Stop``) leaves the note as it was, never half of one. The part is made anew
    # (never written through a link or a pipe someone put at its name) and never left behind
    # by a failure here.
    part = target.with_name(target.name + ".part")
    try:
        with notes_held(target.parent):
            text = json.dumps({**read_sidecar(path), **info}, indent=2, sort_keys=True)
            try:
                part.unlink(missing_ok=True)
                with open(part, "x", encoding="utf-8") as out:
                    out.write(text)
                for attempt in range(1, RENAME_TRIES + 1):
                    try:
                        os.replace(part, target)
                        break
                    except PermissionError:
                        if attempt == RENAME_TRIES:
                            raise
                        time.sleep(RENAME_WAIT_S)
            finally:
                part.unlink(missing_ok=True)  # (renamed: nothing there)
    except OSError as exc:
        raise KnownStorageError(
            phrase(
                "The backup's check could not be noted in {target} ({error})",
                target=str(target),
                error=exc.strerror,
            ),
            phrase("Check that the backup folder (or removable medium) is there and writable."),
        ) from exc


def read_sidecar(path: Path) -> dict[str, Any]:
    if not sidecar(path).is_file():  # nothing, or a pipe or device someone put there
        return {}
    try:
        data = json.loads(sidecar(path).read_text("utf-8"))
    except (OSError, ValueError, RecursionError):  # (JSON nested too deep: changed by hand)
        return {}
    return data if isinstance(data, dict) else {}


def open_readonly(path: Path) -> SqliteDatabase:
    """Open a database file read-only, changing nothing in it (to check a backup)."""
    conn = files.connect_read_only(path)
    return SqliteDatabase(conn, execute_plugins=False)


#: What the private folder of a file being restored is called, in this user's own place for
#: temporary files (``private_copy``), before the random part ``tempfile`` adds.
RESTORING_PREFIX = ".sortapp-restoring-"


@contextlib.contextmanager
def private_copy(source: Path, folder: Path | None = None) -> Iterator[Path]:
    """A copy of the database at ``source`` (a consistent one, by SQLite's backup API) in a
    new folder of this user's alone (``mkdtemp``), removed as the block ends: what a restore
    verifies and then restores is one and the same file. Read twice from ``source`` (a shared
    folder, a stick), the file verified could be swapped for another before it was restored,
    and the checkpoint the restore signs would vouch for that one.

    The folder is made in ``folder``, by default this user's own place for temporary files
    (``TMPDIR``; on Windows the user's ``%TEMP%``, on Linux and macOS a folder whose entries
    only their owner may rename, the sticky bit). Not in the database's folder: whoever may
    write there could rename the private folder away and put another of its name in its place,
    with a tampered copy (or a ``-wal`` file beside it, which SQLite reads whatever the
    database's header says). A folder left by a process that ended meanwhile is removed by the
    next restore once it is old (``remove_stale_copies``).

    Raises:
        KnownStorageError: ``source`` cannot be read, or the copy cannot be written (a full
            disk, a folder that refuses).
    """
    place = folder if folder is not None else Path(tempfile.gettempdir())
    try:
        where = Path(tempfile.mkdtemp(prefix=RESTORING_PREFIX, dir=place))
    except OSError as exc:
        raise _not_copied(place, exc.strerror or str(exc)) from exc
    copy = where / "restoring.db"
    try:
        try:
            src = files.connect_read_only(source)
        except (OSError, sqlite3.Error) as exc:
            raise _not_read(source, str(exc)) from exc
        try:
            dst = files.connect(copy)
            try:
                src.backup(dst)
            finally:
                dst.close()
        except OSError as exc:
            raise _not_copied(place, exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:
            name = getattr(exc, "sqlite_errorname", "") or ""
            if name.startswith(_WRITING_FAILED) or name in _WRITING_IOERR:
                raise _not_copied(place, str(exc)) from exc
            raise _not_read(source, str(exc)) from exc
        finally:
            src.close()
        yield copy
    finally:
        shutil.rmtree(where, onerror=_not_removed)


def _not_removed(_function: Any, path: str, exc_info: Any) -> None:
    """A part of a private copy's folder that could not be removed (held open by another
    program, on Windows): logged; the next restore removes the folder once it is old."""
    log.warning("could not remove %s: %s", path, exc_info[1])


#: SQLite's errors (and their extended codes) of a copy that could not be written (the
#: others: the file read).
_WRITING_FAILED = ("SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")
#: SQLite's input/output errors of writing (others, of reading: the file read).
_WRITING_IOERR = frozenset(
    {"SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE", "SQLITE_IOERR_DIR_FSYNC"}
)


def _not_copied(folder: Path, error: str) -> KnownStorageError:
    return KnownStorageError(
        phrase(
            "The backup could not be copied into {folder} to be restored ({error})",
            folder=str(folder),
            error=error,
        ),
        phrase(
            "Nothing was changed; free some space there, or set TMPDIR (on Windows, TEMP) to "
            "a folder of your own with room for a copy of the backup."
        ),
    )


def _not_read(source: Path, error: str) -> KnownStorageError:
    return KnownStorageError(
        phrase("The backup {name} could not be read ({error})", name=source.name, error=error),
        phrase(
            "Nothing was changed; check that the file is there and readable (its stick or "
            "share connected)."
        ),
    )


def remove_stale_copies(folder: Path, older_than_s: float) -> None:
    """Remove the private folders (``private_copy``) in ``folder`` untouched for
    ``older_than_s``: left by a restore whose process ended as it ran (each holding a copy as
    large as a database; no later restore would reuse its random name). Only real folders of
    that name, this user's: never a link, nor what one points to."""
    old = time.time() - older_than_s
    me = os.getuid() if hasattr(os, "getuid") else None  # (a shared TMPDIR: one's own only)
    for path in folder.glob(f"{RESTORING_PREFIX}*"):
        try:
            info = path.lstat()
            mine = me is None or info.st_uid == me
            if stat.S_ISDIR(info.st_mode) and mine and info.st_mtime < old:
                shutil.rmtree(path)
                log.info("removed %s, left by a restore that did not finish", path)
        except OSError:  # gone meanwhile, or not ours to remove: left as it is
            continue


def keep_damaged(conn: sqlite3.Connection, folder: Path, site: str, schema: int) -> Path:
    """Copy a database found damaged into the backup ``folder`` as it is, before a restore
    writes over it: SQLite's backup copies the pages ``conn`` reads (the main file's, and the
    last changes in its write-ahead log) as they are, reading no records (the damaged ones are
    copied, not refused), under a backup's name of ``site`` and ``schema`` tagged ``damaged``
    (a tagged backup is never pruned). Nothing is checked: the caller notes it as failing its
    check, so that it is never taken for a good backup. Return its path.

    Raises:
        KnownStorageError: the copy cannot be written (nothing is left of it).
    """
    target = folder / backup_name(site, schema, dt.datetime.now(dt.UTC), DAMAGED_TAG)
    part = check_target(target)
    made = False  # (only a copy this made is removed when the rest fails)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        copy = files.connect(part)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            copy.commit()
        finally:
            copy.close()
        outfiles.replace_onto(part, target, "backup", database_ok=False)
        made = True
        write_sidecar(
            target,
            {
                "site": site,
                "schema": schema,
                "tag": DAMAGED_TAG,
                "sha256": sha256_of(target),
                "bytes": target.stat().st_size,
            },
        )
    except (OSError, sqlite3.Error) as exc:
        if made:
            remove_backup(target)
        raise KnownStorageError(
            phrase(
                "The damaged database could not be kept in {folder} before the restore "
                "({error}); nothing was changed",
                folder=str(target.parent),
                error=getattr(exc, "strerror", None) or str(exc),
            ),
            phrase(
                "Check the disks of the backup folder and of the database, and their free space."
            ),
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    return target


def remove_backup(path: Path) -> None:
    """Remove a backup file and its note, as far as they are there."""
    for each in (path, sidecar(path)):
        with contextlib.suppress(OSError):
            each.unlink(missing_ok=True)


#: The tag of the copy of a damaged database a restore keeps (``keep_damaged``).
DAMAGED_TAG = "damaged"
#: What the lock file beside a database that a restore over it holds is called after the
#: database's name (``replace_damaged``): two restores at once, from two windows or
#: workstations, would each find the file damaged and the second write its backup over what the
#: first restored and recorded since.
RESTORE_LOCK = ".restore-lock"


class NotDamaged(Exception):
    """``replace_damaged`` found the database sound (restored meanwhile): nothing was done."""


def replace_damaged(
    copy: Path,
    db_path: Path,
    folder: Path,
    site: str,
    schema: int,
    noted: Callable[[Path, str], None],
    live: sqlite3.Connection | None = None,
) -> tuple[Path, str]:
    """Write the verified backup ``copy`` over the database file at ``db_path`` while SQLite
    finds it damaged, keeping the damaged one in the backup ``folder`` first (``keep_damaged``;
    ``noted`` then notes the copy with what SQLite found). One restore of the file at a time
    (``_restore_held``), through ``live`` (the caller's connection, open for writing) or, for
    a file opened read-only, a connection of its own opened for writing, which reads the file
    as it is now, its write-ahead log too (a read-only view may not have): a file
    ``quick_check`` now finds sound is not written over (``NotDamaged``). SQLite's backup
    writes every page of ``copy`` over the file's in one transaction, reading none of the
    damaged records, and leaves it in WAL mode as sortapp keeps it. Return (the damaged file's
    copy, SQLite's first finding).

    (Its own connection, the file's last, folds a write-ahead log it finds into the file as it
    closes, as SQLite does: the same content, not the same bytes.)

    Raises:
        NotDamaged: the file is sound now; nothing was done.
        KnownStorageError: the lock, the copy or the write failed; the file's content is as it
            was, and no copy of it is left behind.
    """
    with _restore_held(db_path):
        try:
            conn = live if live is not None else files.connect(db_path)
        except (OSError, sqlite3.Error) as exc:
            raise _not_written_over(db_path, str(exc)) from exc
        try:
            try:
                if live is None:
                    conn.execute(f"PRAGMA busy_timeout = {RESTORE_BUSY_MS}")
                # (Damage that stops the check itself, a table's page unreadable, is found.)
                found = files.quick_check_findings(conn)
            except sqlite3.DatabaseError as exc:
                raise _not_written_over(db_path, str(exc)) from exc
            if not found:
                raise NotDamaged(str(db_path))
            kept = keep_damaged(conn, folder, site, schema)
            try:
                noted(kept, found[0])
                restore_into(copy, conn)
            except (OSError, sqlite3.Error) as exc:
                remove_backup(kept)
                raise _not_written_over(
                    db_path, getattr(exc, "strerror", None) or str(exc)
                ) from exc
            except BaseException:
                remove_backup(kept)
                raise
        finally:
            if live is None:
                conn.close()
    return kept, found[0]


def _not_written_over(db_path: Path, error: str) -> KnownStorageError:
    return KnownStorageError(
        phrase(
            "The backup could not be written over the damaged database {path} ({error}); "
            "nothing was changed",
            path=str(db_path),
            error=error,
        ),
        phrase("Check that no other program has the file open, and the disk's free space."),
    )


#: How long ``replace_damaged`` waits for another connection's write to end (ms).
RESTORE_BUSY_MS = 5000


def restore_into(source: Path, target: sqlite3.Connection) -> None:
    """Replace the content of an open database with the file at ``source``, consistently."""
    src = files.connect_read_only(source)
    try:
        src.backup(target)
    finally:
        src.close()
    target.execute("PRAGMA journal_mode = WAL")
