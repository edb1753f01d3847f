"""Where sortapp may write a file a person named: a new file, or over a regular file only.

A backup, a PDF or a transfer file is written beside its target and renamed over it when whole.
A rename replaces whatever has that name, so the name is looked at first (without following a
link): a folder, a device node, a pipe, a socket or a link is never replaced (issue 10: run as
root, ``backup now /dev/full`` once turned the device into a SQLite file), nor is the database
this process has open (``print ... --pdf`` naming it once put a PDF in its place).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.storage import files


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return phrase("a folder")
    if stat.S_ISLNK(mode):
        return phrase("a symbolic link")
    if stat.S_ISFIFO(mode):
        return phrase("a named pipe")
    if stat.S_ISSOCK(mode):
        return phrase("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return phrase("a device")
    return phrase("not a regular file")


def _refuse(what: str, path: Path, exc: OSError) -> UserError:
    if exc.errno == errno.ENAMETOOLONG:
        return UserError(
            phrase(
                "{what}: the name {name}... is too long for the file system",
                what=what,
                name=str(path)[:60],
            )
        )
    return UserError(
        phrase(
            "{what}: cannot use {path} ({error})",
            what=what,
            path=str(path),
            error=exc.strerror or str(exc),
        )
    )


def _is(path: Path, what: str, kind: Callable[[int], bool]) -> bool:
    """Tell whether ``path`` (following links) is of ``kind``; nothing there is False, and a name
    the system cannot take at all (too long, a bad component) is refused with a clear message."""
    try:
        return kind(os.stat(path).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise _refuse(what, path, exc) from None


def is_folder(path: Path, what: str) -> bool:
    """Tell whether ``path`` is a folder (a link to one counts)."""
    return _is(path, what, stat.S_ISDIR)


def is_regular_file(path: Path, what: str) -> bool:
    """Tell whether ``path`` is a regular file (a link to one counts)."""
    return _is(path, what, stat.S_ISREG)


def writable_target(path: Path, what: str, *, database_ok: bool = False) -> Path:
    """Return ``path`` when a new file may be renamed onto it: nothing is there yet, or a regular
    file is. Anything else (a folder, device, pipe, socket or link) is refused, untouched, and
    so is a SQLite database unless ``database_ok`` (a backup over an older backup): a PDF or a
    transfer file named by mistake as a site's database, which another process may have open,
    would take its place (issue 14).

    Raises:
        UserError: naming ``what`` (e.g. "backup"), with the reason.
    """
    base = files.database_of(path)
    if base is not None:
        # A database's write-ahead log or shared memory, written over, loses or damages what
        # its connections commit (an attack round, 2026-12-07: a receipt printed to
        # "site.db-shm" lost two other workstations' lots, with verify saying OK).
        raise UserError(
            phrase(
                "{what}: {path} is a working file of the database {database}; give another "
                "file name (nothing was written)",
                what=what,
                path=str(path),
                database=str(base),
            )
        )
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):  # nothing there (writing it may yet fail)
        return path
    except OSError as exc:
        raise _refuse(what, path, exc) from None
    if stat.S_ISREG(mode):
        if files.open_here(path):
            # A rename onto it would put the new file in the database's place under the open
            # connections, whose writes from then on go to a file no name leads to (issue 14).
            raise UserError(
                phrase(
                    "{what}: {path} is the database sortapp has open; give another file name "
                    "(nothing was written)",
                    what=what,
                    path=str(path),
                )
            )
        if not database_ok and _is_database(path):
            raise UserError(
                phrase(
                    "{what}: {path} is a SQLite database (a site's, perhaps open elsewhere); "
                    "give another file name (nothing was written)",
                    what=what,
                    path=str(path),
                )
            )
        return path
    raise UserError(
        phrase(
            "{what}: {path} is {kind}, not a regular file; give the name of a new file, or "
            "of a file to replace (nothing was written)",
            what=what,
            path=str(path),
            kind=_kind(mode),
        )
    )


def _is_database(path: Path) -> bool:
    """Whether the file at ``path`` starts as a SQLite database does (read without dropping
    this process's locks on it: ``files.read_at``)."""
    try:
        return files.read_at(path, len(files.HEADER)) == files.HEADER
    except OSError:
        return False


def write_part(part: Path, data: bytes, what: str) -> None:
    """Write ``data`` to ``part``, a new file made for it: whatever was at that name before (a
    part left by a failed write, or a link planted there) is removed, never written through
    (a link at "kp.csv.part" to the live database had it written over: an attack round,
    2026-12-07); a folder there is refused."""
    try:
        if stat.S_ISDIR(os.lstat(part).st_mode):
            raise UserError(
                phrase(
                    "{what}: {path} is a folder; remove it, or give another file name "
                    "(nothing was written)",
                    what=what,
                    path=str(part),
                )
            )
        os.unlink(part)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise _refuse(what, part, exc) from None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(part, flags | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
    except OSError as exc:
        raise _refuse(what, part, exc) from None


def replace_onto(part: Path, target: Path, what: str, *, database_ok: bool = False) -> None:
    """Rename the finished ``part`` over ``target``, checking the target again just before."""
    writable_target(target, what, database_ok=database_ok)
    try:
        os.replace(part, target)
    except OSError as exc:
        raise _refuse(what, target, exc) from None
