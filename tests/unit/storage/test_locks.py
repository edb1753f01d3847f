"""Looking at a database file this process has open never drops SQLite's locks on it (issue 14).

On POSIX systems a process's fcntl locks on a file belong to the process and the file: closing
*any* descriptor of the file releases them all, those SQLite's connections hold included. A
look at the file's header through a Python file object (open, read, close) while the app had
the file open dropped the app's locks; another sortapp process then believed it was the last
connection and checkpointed and deleted the ``-wal`` file the app was still writing to.

Each test holds a connection as the app does, looks at the same file the way sortapp does
(another ``open_db``, an inspection, a verify, a backup...), then asks a child process whether
the file is still locked, and has the child open, read and close it as another sortapp would.
"""

from __future__ import annotations

import contextlib
import gc
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from sortapp.core.errors import UserError
from sortapp.services import backups, csvfile, transfers
from sortapp.services.verify import verify
from sortapp.storage import backup, files, integrity, outfiles, pages
from sortapp.storage.db import open_db

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="fcntl locks: Windows locks are per handle"
)

#: SQLite's SHARED lock: a read lock on these bytes (os_unix.c, SHARED_FIRST and SHARED_SIZE).
_SHARED_FIRST, _SHARED_SIZE = 0x40000000 + 2, 510

#: Run in a child process: whether the file's SHARED bytes are read-locked by another process
#: (a write lock on them is refused), then what another sortapp does: open, read, close.
_CHILD = f"""
import fcntl, os, sqlite3, sys
path = sys.argv[1]
fd = os.open(path, os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, {_SHARED_SIZE}, {_SHARED_FIRST})
    print("unlocked")
except OSError:
    print("locked")
os.close(fd)
conn = sqlite3.connect(path, timeout=0)
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
conn.close()
"""

_COUNT = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); " + (
    "print(c.execute('SELECT count(*) FROM lock_probe').fetchone()[0])"
)


def another_process(path: Path) -> str:
    """What a child process finds: 'locked' while this process holds the file."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def held(db_path: Path) -> Database:
    """A connection as the app's after sign-in: it has read the file, so it holds it."""
    db = open_db(db_path)
    db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return db


def second_open(path: Path) -> None:
    open_db(path).close()


#: Connections a look leaves open to the end of the test (the app's background connection).
_left_open: list[Database] = []


def second_open_kept(path: Path) -> None:
    _left_open.append(open_db(path))


def inspect(path: Path) -> None:
    files.inspect(path, check=True)


def read_only(path: Path) -> None:
    files.connect_read_only(path).close()


def read_only_open(path: Path) -> None:
    open_db(path, read_only=True).close()


def verified(path: Path) -> None:
    ok, problems, _site, _schema = backups.check_file(path)
    assert ok, problems


def backed_up(path: Path) -> None:
    db = open_db(path)
    try:
        backup.write_backup(db, path, dest=path.parent / "copy.sortapp-backup")
    finally:
        db.close()


def imported_by_mistake(path: Path) -> None:
    db = open_db(path)
    try:
        with pytest.raises(UserError, match="not a sortapp transfer file"):
            transfers.read_bundle(db, path)
    finally:
        db.close()


def csv_by_mistake(path: Path) -> None:
    with pytest.raises(UserError, match="not UTF-8 text"):
        csvfile.read_file(path)


def pages_read(path: Path) -> None:
    with pages.PageFile(path) as found:
        assert found.page(1).startswith(b"SQLite format 3")


def sealed_by_verify(path: Path) -> None:
    """A verify that seals the log's pages, then one that reads them back (the app's "Verify
    now" read them through a descriptor of its own and closed it: what the app wrote after was
    lost once another sortapp opened and closed the file, a clerk's day, 2026-12-07)."""
    db = open_db(path)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # (pages are read from an empty log)
        assert verify(db, None, seal=True).ok
        assert integrity.page_seal_path(str(path), "audit").exists()
        assert verify(db, None).ok
    finally:
        db.close()


LOOKS: list[Callable[[Path], None]] = [
    pages_read,
    sealed_by_verify,
    second_open,
    second_open_kept,
    inspect,
    read_only,
    read_only_open,
    verified,
    backed_up,
    imported_by_mistake,
    csv_by_mistake,
]


@pytest.mark.parametrize("look", LOOKS, ids=[look.__name__ for look in LOOKS])
def test_a_look_at_the_open_file_keeps_its_locks(
    db_path: Path, look: Callable[[Path], None]
) -> None:
    db = held(db_path)
    try:
        assert another_process(db_path) == "locked"
        look(db_path)
        assert another_process(db_path) == "locked"
        # The child closed last but one: the WAL this process writes to is still the file's.
        assert Path(f"{db_path}-wal").exists()
        db.conn.execute("CREATE TABLE lock_probe (x INTEGER) STRICT")
        db.conn.execute("INSERT INTO lock_probe VALUES (42)")
        db.conn.commit()
        command = [sys.executable, "-c", _COUNT, str(db_path)]
        seen = subprocess.run(command, capture_output=True, text=True, check=False)
        assert seen.stdout.strip() == "1", seen.stderr
    finally:
        db.close()
        while _left_open:
            _left_open.pop().close()
    again = open_db(db_path)
    try:
        assert again.execute("SELECT x FROM lock_probe").fetchall() == [(42,)]
    finally:
        again.close()


def _descriptors_on(path: Path) -> list[str]:
    where = Path("/proc/self/fd")
    found = []
    for fd in os.listdir(where):
        try:
            target = os.readlink(where / fd)
        except OSError:  # (the listing's own descriptor, closed by now)
            continue
        if target == str(path):
            found.append(fd)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux: /proc/self/fd")
def test_no_descriptor_is_left_once_the_last_connection_closes(db_path: Path) -> None:
    db = held(db_path)
    files.inspect(db_path)
    other = open_db(db_path)
    assert _descriptors_on(db_path)  # SQLite's and the one kept for the look
    other.close()
    db.close()
    assert _descriptors_on(db_path) == []
    # A look with no connection open keeps nothing either.
    files.inspect(db_path)
    assert _descriptors_on(db_path) == []


def test_a_connection_left_to_the_garbage_collector_lets_its_descriptor_go(
    db_path: Path,
) -> None:
    db = held(db_path)
    files.inspect(db_path)
    del db  # never closed: closed when collected
    gc.collect()
    files.inspect(db_path)  # (settles what the collector closed)
    if Path("/proc/self/fd").is_dir():
        assert _descriptors_on(db_path) == []


def test_threads_opening_and_looking_at_once_leave_the_file_locked(db_path: Path) -> None:
    db = held(db_path)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(10):
                other = open_db(db_path)
                files.inspect(db_path)
                other.execute("SELECT count(*) FROM sqlite_master").fetchone()
                other.close()
                files.inspect(db_path)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert failures == []
        assert another_process(db_path) == "locked"
    finally:
        db.close()
    if Path("/proc/self/fd").is_dir():
        assert _descriptors_on(db_path) == []


#: Run in a child process: whether SQLite's DMS lock on a -shm file (a read lock on byte 128,
#: os_unix.c's UNIX_SHM_DMS) is held by another process.
_DMS = """
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDWR)
asked = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 128, 1, 0)
found = fcntl.fcntl(fd, fcntl.F_GETLK, asked)
print("held" if struct.unpack("hhqqi", found)[0] != fcntl.F_UNLCK else "free")
"""


def dms_lock(shm: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _DMS, str(shm)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _lots_file(db: Database, path: Path) -> None:
    csvfile.read_file(path)


def _transfer_file(db: Database, path: Path) -> None:
    transfers.read_bundle(db, path)


def _backup_file(db: Database, path: Path) -> None:
    backups.check_file(path)


def _inspected(db: Database, path: Path) -> None:
    files.inspect(path)


def _save_target(db: Database, path: Path) -> None:
    outfiles.writable_target(path, "CSV")


SHM_LOOKS = [_lots_file, _transfer_file, _backup_file, _inspected, _save_target]


@pytest.mark.parametrize("look", SHM_LOOKS, ids=[look.__name__ for look in SHM_LOOKS])
def test_a_look_at_the_open_databases_shared_memory_keeps_its_locks(
    db_path: Path, look: Callable[[Database, Path], None]
) -> None:
    """A file picked in a dialog that is the open database's "-shm" (offered by "All files"):
    read and closed, it let go of SQLite's locks on it, and the app crashed or lost other
    processes' commits (an attack round, 2026-12-07). It is not read, nor written over."""
    db = held(db_path)
    shm = Path(f"{db_path}-shm")
    try:
        assert dms_lock(shm) == "held"
        with contextlib.suppress(UserError, OSError):
            look(db, shm)
        assert dms_lock(shm) == "held"
    finally:
        db.close()
