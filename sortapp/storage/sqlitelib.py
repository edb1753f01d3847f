"""SQLite's memory statistics, turned off before this process's first connection.

SQLite counts every allocation it makes and frees, for ``sqlite3_status`` and the soft heap
limit, under a mutex, unless it is told not to (``SQLITE_CONFIG_MEMSTATUS``, or built with
``SQLITE_DEFAULT_MEMSTATUS=0``: one of the options SQLite's own notes recommend for speed).
sortapp reads neither. The standard ``sqlite3`` module has no call for it, and the setting is
taken only while SQLite is not initialized, which the module does when imported. So, once per
process, before the first connection ``files.connect`` makes (verify's workers included),
``turn_off_statistics`` shuts SQLite down, configures it and initializes it again, through
``ctypes``: only when SQLite holds no memory at all, so nothing of it is alive to be cut off
(``sqlite3_memory_used`` is 0 with no connection open, anyone's). Where that cannot be made
sure of, or the library the module uses is not the one found here, nothing is done.

Measured (benchmarks/README.md, "SQLite's own build ..."): verify's first run of the ten-year
history 0.6-0.9 s (1.2-1.6 CPU-s) shorter on this host's SQLite 3.40.1.
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


@dataclass
class _State:
    """This process's one try (``turn_off_statistics``)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    tried: bool = False
    off: bool = False
    #: The library found (``_library``), once looked for.
    found: Any = None


_state = _State()


def _library() -> Any:
    """The SQLite library the ``sqlite3`` module uses, or None. Where the module is linked to
    a shared library, looking up a function in the module's own file finds it there (POSIX:
    ``dlsym`` searches a library's dependencies); where SQLite is built into the module, the
    module's file is the library; on Windows, the DLL beside the module. The one whose memory
    a connection of the module's shows in is the module's."""
    import _sqlite3  # noqa: PLC0415 (the module's own file)

    for name in _names(getattr(_sqlite3, "__file__", None)):
        try:
            lib = ctypes.CDLL(name)
            used = lib.sqlite3_memory_used
            lib.sqlite3_config, lib.sqlite3_shutdown, lib.sqlite3_initialize  # noqa: B018
        except (OSError, AttributeError):
            continue
        used.restype = ctypes.c_int64
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("SELECT 1").fetchone()
            seen = used()
        finally:
            probe.close()
        if seen > 0:
            return lib
    return None


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
    """Turn SQLite's memory statistics off, once per process, when nothing of SQLite's is
    alive; whether they are off."""
    state = _state
    with state.lock:
        if state.tried:
            return state.off
        state.tried = True
        try:
            lib = state.found = _library()
        except (OSError, sqlite3.Error):
            lib = None
        if lib is None or lib.sqlite3_memory_used() != 0:
            return False  # (a connection, a statement of anyone's is alive)
        if lib.sqlite3_shutdown() != 0:
            return False
        try:
            state.off = lib.sqlite3_config(_CONFIG_MEMSTATUS, ctypes.c_int(0)) == 0
        finally:
            lib.sqlite3_initialize()
        return state.off


def statistics_off() -> bool:
    """Whether ``turn_off_statistics`` turned them off in this process."""
    return _state.off


def memory_used() -> int | None:
    """The memory SQLite says it holds (0 while its statistics are off); None where its
    library was not found, or not yet looked for."""
    return None if _state.found is None else int(_state.found.sqlite3_memory_used())
