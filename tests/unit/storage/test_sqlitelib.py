"""SQLite's memory statistics are turned off before a process's first connection, and never
while anything of SQLite's is alive or another thread runs, and only on the SQLite the
``sqlite3`` module itself runs on (``storage.sqlitelib``). Each case runs in a fresh
interpreter: the setting is the process's, taken once.

Whether they are off is read through the module's own connection: with them on, SQLite holds
a connection to a hard heap limit (a blob larger than it is refused); with them off, it cannot
count, so it does not."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: Opens a database through storage (as every connection sortapp makes is opened), fills a
#: table, then asks that connection for a blob of 10 MB under a hard heap limit of 2 MB; prints
#: what it found. Before the first connection: in ``alive``, a connection of another's, left
#: open; in ``thread``, a thread that waits until the end.
_SCRIPT = """
import json, sqlite3, sys, threading
mode = sys.argv[2]
other = sqlite3.connect(":memory:") if mode == "alive" else None
if other is not None:
    other.execute("CREATE TABLE t (x)")
done = threading.Event()
waiting = threading.Thread(target=done.wait) if mode == "thread" else None
if waiting is not None:
    waiting.start()
from sortapp.storage import files, sqlitelib
conn = files.connect(sys.argv[1])
conn.execute("CREATE TABLE w (n INTEGER, t TEXT)")
conn.executemany("INSERT INTO w VALUES (?, ?)", ((n, "x" * 50) for n in range(5000)))
conn.commit()
rows = conn.execute("SELECT count(*), sum(length(t)) FROM w").fetchone()
conn.execute("PRAGMA hard_heap_limit = 2000000")
try:
    blob = conn.execute("SELECT length(randomblob(10000000))").fetchone()[0]
except MemoryError:
    blob = "refused"
conn.execute("PRAGMA hard_heap_limit = 0")
if other is not None:
    other.execute("INSERT INTO t VALUES (1)")
done.set()
print(json.dumps({
    "off": sqlitelib.statistics_off(),
    "blob": blob,
    "rows": rows,
    "other": other.execute("SELECT count(*) FROM t").fetchone()[0] if other else None,
}))
"""


def _run(tmp_path: Path, mode: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(tmp_path / "t.db"), mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_first_connection_turns_the_statistics_off(tmp_path):
    """Off, for the module's own connections: SQLite no longer counts what they hold (a blob
    beyond a hard heap limit is made), and a connection works as ever."""
    found = _run(tmp_path, "first")
    assert found["off"] is True
    assert found["blob"] == 10_000_000
    assert found["rows"] == [5000, 250000]


@pytest.mark.parametrize("mode", ["alive", "thread"])
def test_not_while_another_connection_is_open_or_another_thread_runs(tmp_path, mode):
    """A connection opened before (by anyone) is never cut off by shutting SQLite down, nor
    is another thread, which could be inside SQLite meanwhile: the statistics stay on (the
    heap limit holds), and every connection works."""
    found = _run(tmp_path, mode)
    assert found["off"] is False
    assert found["blob"] == "refused"
    assert found["rows"] == [5000, 250000]
    assert found["other"] == (1 if mode == "alive" else None)


#: Loads a second copy of the SQLite library the module runs on (a file of its own, so the
#: loader keeps it apart: another library's SQLite) and asks which is the module's.
_COPY = """
import ctypes, json, sys
import _sqlite3
from sortapp.storage import sqlitelib
copy = sqlitelib.typed(ctypes.CDLL(sys.argv[1]))
own = sqlitelib._library()
print(json.dumps({
    "copy": sqlitelib.same_library(copy),
    "own": own is not None and sqlitelib.same_library(own),
}))
"""


def _module_library() -> Path:
    """The file of the SQLite library this interpreter's ``sqlite3`` module is linked to."""
    import sqlite3  # noqa: F401, PLC0415 (loads it)

    maps = Path("/proc/self/maps").read_text().splitlines()
    found = {line.split()[-1] for line in maps if "libsqlite3" in line.split()[-1]}
    assert len(found) == 1, found
    return Path(found.pop())


def test_another_copy_of_sqlite_is_not_taken_for_the_module_s(tmp_path):
    """A SQLite of another's in the process answers to the same names; a soft heap limit set
    through it is not the one the module's connections read, so it is never the one shut down
    and configured."""
    copy = tmp_path / "libsqlite3-copy.so"
    shutil.copyfile(_module_library(), copy)
    done = subprocess.run(
        [sys.executable, "-c", _COPY, str(copy)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"copy": False, "own": True}
