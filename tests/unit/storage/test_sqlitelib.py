"""SQLite's memory statistics are turned off before a process's first connection, and never
while anything of SQLite's is alive (``storage.sqlitelib``). Each case runs in a fresh
interpreter: the setting is the process's, taken once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: Opens a database through storage (as every connection sortapp makes is opened), fills a
#: table, and prints whether the statistics are off and the memory SQLite says it holds, with
#: the connection still open. ``ALIVE`` first: a connection of another's, left open.
_SCRIPT = """
import ctypes, json, sqlite3, sys
other = sqlite3.connect(":memory:") if sys.argv[2] == "alive" else None
if other is not None:
    other.execute("CREATE TABLE t (x)")
from sortapp.storage import files, sqlitelib
conn = files.connect(sys.argv[1])
conn.execute("CREATE TABLE w (n INTEGER, t TEXT)")
conn.executemany("INSERT INTO w VALUES (?, ?)", ((n, "x" * 50) for n in range(5000)))
conn.commit()
rows = conn.execute("SELECT count(*), sum(length(t)) FROM w").fetchone()
if other is not None:
    other.execute("INSERT INTO t VALUES (1)")
print(json.dumps({
    "off": sqlitelib.statistics_off(),
    "used": sqlitelib.memory_used(),
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
    """With a table of 5,000 rows in its cache, the connection's memory is not counted: the
    statistics are off, and the connection works as ever."""
    found = _run(tmp_path, "first")
    assert found["off"] is True
    assert found["used"] == 0
    assert found["rows"] == [5000, 250000]


def test_not_while_another_connection_is_open(tmp_path):
    """A connection opened before (by anyone) is never cut off by shutting SQLite down: the
    statistics stay on (its memory counted), and both connections work."""
    found = _run(tmp_path, "alive")
    assert found["off"] is False
    assert found["used"] > 0
    assert found["rows"] == [5000, 250000]
    assert found["other"] == 1
