"""A backup's note (its sidecar) written by one writer at a time (``backup.notes_held``): two
processes noting one backup at once (the app's background check and a backup made from another
window or the command line; two workstations sharing a folder) each lost what the other wrote,
or failed on the other's part file. Now the second waits for the first, and nothing is lost."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import stat
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from sortapp.core.errors import KnownStorageError
from sortapp.services import apart
from sortapp.storage import backup

#: Notes each process writes in the race below.
WRITES = 200


def _noter(path: str, who: str, start: Connection) -> None:
    """Once told to start, write ``WRITES`` keys of one's own into the note, as fast as it goes."""
    start.recv()
    for n in range(WRITES):
        backup.write_sidecar(Path(path), {f"{who}-{n}": n})


def test_two_processes_noting_one_backup_at_once_lose_nothing(tmp_path):
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    backup.write_sidecar(path, {"checkpoint": "anchor"})
    context = multiprocessing.get_context("spawn")
    # (Pipes, not an Event: no semaphore. Started within a pool of ``apart``'s, whose end stops
    # the resource tracker a process's start runs: none left behind for the tests after.)
    pipes = [context.Pipe(duplex=False) for _who in ("app", "cli")]
    writers = [
        context.Process(target=_noter, args=(str(path), who, reader))
        for who, (reader, _writer) in zip(("app", "cli"), pipes, strict=True)
    ]
    with apart.one_process():
        for writer in writers:
            writer.start()
        for _reader, go in pipes:  # (both started: they begin together)
            go.send(True)
        for writer in writers:
            writer.join(120)
            if writer.is_alive():  # (stuck: ended, not left behind; the test fails below)
                writer.terminate()
                writer.join()
    assert [w.exitcode for w in writers] == [0, 0], "a writer failed (its error is above)"
    note = backup.read_sidecar(path)
    assert note.pop("checkpoint") == "anchor"
    assert note == {f"{who}-{n}": n for who in ("app", "cli") for n in range(WRITES)}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [path.name, f"{path.name}.json", backup.NOTES_LOCK]
    )


def test_a_writer_waits_for_the_one_holding_the_lock_then_keeps_what_it_wrote(
    tmp_path, monkeypatch
):
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    waiting = threading.Event()
    monkeypatch.setattr(backup, "_lock_wait", waiting.set)  # (it then tries again at once)
    failed: list[BaseException] = []

    def check() -> None:
        try:
            backup.write_sidecar(path, {"verified": True})
        except BaseException as exc:  # (seen by the test below)
            failed.append(exc)

    with backup.notes_held(tmp_path):
        writer = threading.Thread(target=check)
        writer.start()
        assert waiting.wait(30), "the second writer did not wait for the lock"
        assert backup.read_sidecar(path) == {}  # (nothing written while the lock is held)
        # What the holder writes (a backup's anchor, say) is read by the one waiting.
        note = backup.sidecar(path)
        note.write_text(json.dumps({"checkpoint": "anchor"}), "utf-8")
    writer.join(30)
    assert not writer.is_alive() and failed == []
    assert backup.read_sidecar(path) == {"checkpoint": "anchor", "verified": True}


def test_a_lock_held_too_long_fails_clearly_and_leaves_the_note_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    backup.write_sidecar(path, {"checkpoint": "anchor"})
    monkeypatch.setattr(backup, "LOCK_WAIT_S", 0.0)
    with backup.notes_held(tmp_path), pytest.raises(KnownStorageError) as raised:
        backup.write_sidecar(path, {"verified": False})
    assert str(tmp_path) in str(raised.value)
    assert "locked" in str(raised.value) and "Try again" in raised.value.hint
    assert backup.read_sidecar(path) == {"checkpoint": "anchor"}
    backup.write_sidecar(path, {"verified": True})  # (and once let go, it is written)
    assert backup.read_sidecar(path) == {"checkpoint": "anchor", "verified": True}


def _folder(lock: Path) -> None:
    lock.mkdir()


def _link(lock: Path) -> None:
    lock.symlink_to(lock.parent / "elsewhere")


def _pipe(lock: Path) -> None:
    os.mkfifo(lock)


@pytest.mark.parametrize(
    "made",
    [_folder, *([] if sys.platform == "win32" else [_link, _pipe])],
    ids=lambda made: made.__name__.strip("_"),
)
def test_anything_but_a_file_at_the_locks_name_is_refused_and_named(tmp_path, made):
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    made(tmp_path / backup.NOTES_LOCK)
    with pytest.raises(KnownStorageError) as raised:
        backup.write_sidecar(path, {"verified": True})
    assert backup.NOTES_LOCK in str(raised.value) and "Remove it" in raised.value.hint
    assert backup.read_sidecar(path) == {}
    assert not (tmp_path / "elsewhere").exists()  # (nothing made through the link)


def test_a_lock_file_another_user_made_is_locked_read_only(tmp_path, monkeypatch):
    """A folder two workstations share: the lock file is the first one's, not writable by the
    second (its user's umask). A lock is taken on a file opened to read as well."""
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    (tmp_path / backup.NOTES_LOCK).write_bytes(b"")
    real, opened = os.open, []

    def as_another_user(name, flags, *mode):  # type: ignore[no-untyped-def]
        if Path(name).name == backup.NOTES_LOCK and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))
        if Path(name).name == backup.NOTES_LOCK:
            opened.append(flags & (os.O_RDWR | os.O_WRONLY))
        return real(name, flags, *mode)

    monkeypatch.setattr(backup.os, "open", as_another_user)
    waiting = threading.Event()
    monkeypatch.setattr(backup, "_lock_wait", waiting.set)
    backup.write_sidecar(path, {"verified": True})
    assert backup.read_sidecar(path) == {"verified": True} and opened == [0]
    with backup.notes_held(tmp_path):  # (and it excludes as ever, read only)
        writer = threading.Thread(target=backup.write_sidecar, args=(path, {"more": 1}))
        writer.start()
        assert waiting.wait(30)
        assert backup.read_sidecar(path) == {"verified": True}
    writer.join(30)
    assert backup.read_sidecar(path) == {"verified": True, "more": 1}


def test_a_folder_that_refuses_the_lock_file_is_said_as_refused(tmp_path, monkeypatch):
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    real = os.open

    def refused(name, flags, *mode):  # type: ignore[no-untyped-def]
        if Path(name).name == backup.NOTES_LOCK and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))
        return real(name, flags, *mode)

    monkeypatch.setattr(backup.os, "open", refused)
    with pytest.raises(KnownStorageError, match=os.strerror(errno.EACCES)) as raised:
        backup.write_sidecar(path, {"verified": True})
    assert "could not be noted" in str(raised.value)  # (the folder's refusal, not "no such file")
    assert backup.read_sidecar(path) == {}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_lock_file_is_made_writable_by_every_user_whatever_the_umask(tmp_path):
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    was = os.umask(0o022)
    try:
        backup.write_sidecar(path, {"verified": True})
    finally:
        os.umask(was)
    assert stat.S_IMODE((tmp_path / backup.NOTES_LOCK).stat().st_mode) == 0o666


@pytest.mark.skipif(sys.platform == "win32", reason="the POSIX lock's refusal")
@pytest.mark.expect_log(30, r"written unlocked: its file system keeps no locks")
@pytest.mark.parametrize(
    "refusal", [errno.ENOLCK, errno.EBADF], ids=["no locks", "NFS, a file read alone"]
)
def test_a_file_system_without_locks_still_gets_its_notes(tmp_path, monkeypatch, refusal):
    path = tmp_path / "SITE-20261204T120000Z.sortapp-backup"
    path.write_bytes(b"")
    taken: list[int] = []

    def flock(fd: int, how: int) -> None:
        taken.append(how)
        raise OSError(refusal, os.strerror(refusal))  # (as some network shares say)

    monkeypatch.setattr(backup.fcntl, "flock", flock)
    backup.write_sidecar(path, {"verified": True})
    assert backup.read_sidecar(path) == {"verified": True}
    assert taken == [backup.fcntl.LOCK_EX | backup.fcntl.LOCK_NB]  # (never "let go" of none)
