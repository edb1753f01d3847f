"""SQLite's memory statistics, turned off before this process's first connection.

SQLite counts every allocation it makes and frees, for ``sqlite3_status`` and the heap limits,
under a mutex, unless it is told not to (``SQLITE_CONFIG_MEMSTATUS``, or built with
``SQLITE_DEFAULT_MEMSTATUS=0``: one of the options SQLite's own notes recommend for speed).
sortapp reads no statistics and sets no heap limit. The standard ``sqlite3`` module has no
call for it, and the setting is taken only while SQLite is not initialized, which the module
does when imported. So, once per process, at the first connection ``files.connect`` makes
(verify's workers included), ``turn_off_statistics`` shuts SQLite down, configures it and
initializes it again, through ``ctypes``, and only where that is safe: ``sqlite3_shutdown`` is
not thread-safe and must not meet anything of SQLite's alive. So only

- in a process of one thread (no other could be inside SQLite meanwhile: ``ctypes`` lets go
  of the interpreter lock around each call);
- when SQLite holds no memory at all (no connection, statement or backup of anyone's open:
  ``sqlite3_memory_used`` is 0, which the statistics being on make sure of);
- on the library the module itself uses, proven by a value set through ``ctypes`` and read
  back through the module's connection (``same_library``).

Anything else, and nothing is done: the statistics stay on, as before.

Measured (benchmarks/README.md, "SQLite's own build ..."): verify's first run of the ten-year
history about 0.5 s (1 CPU-s) shorter on this host's SQLite 3.40.1, in the median of eleven
pairs.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: ``sqlite3_config``'s option (sqlite3.h).
_CONFIG_MEMSTATUS = 9
#: A soft heap limit no one sets (``same_library``): set through ``ctypes`` for a moment, read
#: back through the module, then the one before put back.
_MARK = 987_654_321


@dataclass
class _State:
    """This process's one try (``turn_off_statistics``)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    tried: bool = False
    off: bool = False


_state = _State()


def _library() -> Any:
    """The SQLite library the ``sqlite3`` module uses, or None. Where the module is linked to
    a shared library, looking up a function in the module's own file finds it there (POSIX:
    ``dlsym`` searches a library's dependencies); where SQLite is built into the module, the
    module's file is the library; on Windows, the DLL beside the module."""
    import _sqlite3  # noqa: PLC0415 (the module's own file)

    for name in _names(getattr(_sqlite3, "__file__", None)):
        try:
            lib = typed(ctypes.CDLL(name))
        except (OSError, AttributeError):
            continue
        if same_library(lib):
            return lib
    return None


def typed(lib: Any) -> Any:
    """``lib`` with the types of the functions used here (AttributeError: it has not them)."""
    for function, result, arguments in (
        ("sqlite3_memory_used", ctypes.c_int64, []),
        ("sqlite3_soft_heap_limit64", ctypes.c_int64, [ctypes.c_int64]),
        ("sqlite3_shutdown", ctypes.c_int, []),
        ("sqlite3_initialize", ctypes.c_int, []),
        # (Variadic: its fixed argument only, so that ctypes passes the setting as C passes a
        # variadic one: on Apple's arm64, not as a plain one.)
        ("sqlite3_config", ctypes.c_int, [ctypes.c_int]),
    ):
        found = getattr(lib, function)
        found.restype, found.argtypes = result, arguments
    return lib


def same_library(lib: Any) -> bool:
    """Whether ``lib`` is the SQLite the module's connections run on: a soft heap limit set
    through it is the one a connection of the module's reads (then the one before is put
    back). Another copy of SQLite in the process (another library's) keeps its own."""
    before = int(lib.sqlite3_soft_heap_limit64(-1))  # (a negative limit: only read)
    mark = _MARK + 1 if before == _MARK else _MARK
    probe = sqlite3.connect(":memory:")
    try:
        lib.sqlite3_soft_heap_limit64(mark)
        seen = probe.execute("PRAGMA soft_heap_limit").fetchone()[0]
    finally:
        lib.sqlite3_soft_heap_limit64(before)
        probe.close()
    return bool(seen == mark)


def _names(module: str | None) -> Iterator[str]:
    """Where to look for the library, in order (``_library``): ``ctypes.util`` (which imports
    ``subprocess`` and more) only when the others are not it."""
    if module:
        yield module
        if os.name == "nt":  # (the DLL beside the module, in Python's DLLs folder: not on PATH)
            yield str(Path(module).with_name("sqlite3.dll"))
    import ctypes.util  # noqa: PLC0415

    found = ctypes.util.find_library("sqlite3")
    if found:
        yield found


def turn_off_statistics() -> bool:
    """Turn SQLite's memory statistics off, once per process, where that is safe (the module
    docstring says when); whether they are off."""
    state = _state
    with state.lock:
        if state.tried:
            return state.off
        state.tried = True
        if threading.active_count() != 1:
            return False  # (another thread could be inside SQLite while it is shut down)
        try:
            lib = _library()
        except (OSError, sqlite3.Error):
            lib = None
        if lib is None or lib.sqlite3_memory_used() != 0:
            return False  # (a connection, a statement of anyone's is alive)
        if lib.sqlite3_shutdown() != 0:
            return False
        try:
            configured = lib.sqlite3_config(_CONFIG_MEMSTATUS, ctypes.c_int(0)) == 0
        finally:
            if lib.sqlite3_initialize() != 0:  # (never seen: every connection would fail)
                raise sqlite3.OperationalError("SQLite could not be started again")
        try:
            state.off = configured and _counts_nothing(lib)
        except sqlite3.Error:  # (its probe not made: off or not, it is not known, so not said)
            state.off = False
        return state.off


def _counts_nothing(lib: Any) -> bool:
    """Whether the statistics are off indeed: a connection of the module's, open and holding
    a table, is counted as no memory at all."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE TABLE t (x)")
        probe.execute("INSERT INTO t VALUES (zeroblob(1000))")
        return bool(lib.sqlite3_memory_used() == 0)
    finally:
        probe.close()


def statistics_off() -> bool:
    """Whether ``turn_off_statistics`` turned them off in this process."""
    return _state.off
