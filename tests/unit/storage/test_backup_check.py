"""How hard a backup copy is checked as it is written (``storage.backup.write_backup``): the
one taken as the app closes, its pages and records (``quick_check``), the full check (each index
against its table) with its verification at the next start; any other, fully at once. A copy
that fails is never kept under the backup's name; one whose later check fails is said."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from sortapp.core.errors import KnownStorageError
from sortapp.services import backups
from sortapp.storage import backup
from sortapp.storage.db import open_db
from tests.forger import raw_edit


@pytest.fixture
def checks(monkeypatch) -> list[bool]:
    """The checks run on copies (quick or not), each as SQLite runs it."""
    run: list[bool] = []
    real = backup.integrity

    def spy(path: Path, *, quick: bool = False) -> list[str]:
        run.append(quick)
        return real(path, quick=quick)

    monkeypatch.setattr(backup, "integrity", spy)
    return run


def test_the_closing_copy_is_checked_quickly_and_a_verified_one_fully(db_path, tmp_path, checks):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()  # (folders: the backups take their usual names)
    db = open_db(db_path)
    try:
        closing = backups.make_backup(db, db_path, check=False, dest=tmp_path / "a")
        assert checks == [True]  # (the closing app's: the full check at the next start)
        made = backups.make_backup(db, db_path, dest=tmp_path / "b")
        assert checks == [True, False]  # (written fully checked; verified without a second)
    finally:
        db.close()
    assert made.ok is True and closing.ok is None and closing.path.is_file()
    assert backup.read_sidecar(closing.path)["checked_as_written"] == "quick_check"
    assert backup.read_sidecar(made.path)["checked_as_written"] == "integrity_check"
    assert backups.check_pending(tmp_path / "a", parallel=False) == 1
    assert checks == [True, False, False]  # (the closing copy's, at the next start: fully)
    assert backups.list_backups(tmp_path / "a")[0].ok is True


def test_the_copy_kept_before_a_migration_is_fully_checked(db_path, tmp_path, checks):
    db = open_db(db_path)
    try:
        backup.write_backup(db, db_path, dest=tmp_path / "copy", thorough=True)
    finally:
        db.close()
    assert checks == [False]


def test_a_copy_that_fails_its_check_is_not_kept(db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(
        backup, "integrity", lambda path, *, quick=False: ["*** in database main ***"]
    )
    target = tmp_path / "out" / "copy.sortapp-backup"
    db = open_db(db_path)
    try:
        with pytest.raises(KnownStorageError, match="failed its integrity check"):
            backup.write_backup(db, db_path, dest=target)
    finally:
        db.close()
    assert list(target.parent.iterdir()) == []  # (neither the copy nor its part)


def test_the_quick_check_finds_a_page_of_the_copy_written_wrong(db_path, tmp_path):
    # (what it is trusted with: a copy written wrong, a page of it overwritten, is found)
    copy = tmp_path / "damaged.db"
    copy.write_bytes(db_path.read_bytes())
    data = bytearray(copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # (the file's page size, from its header)
    data[3 * page + 8 : 4 * page] = b"\xa5" * (page - 8)
    copy.write_bytes(bytes(data))
    assert backup.integrity(copy, quick=True) != ["ok"]
    assert backup.integrity(db_path, quick=True) == ["ok"]


def _index_left_behind(path: Path) -> None:
    """An audit entry's object changed with its index ``audit_by_object`` left as it was: SQLite's
    quick check reads the file sound, its full check does not (the file damaged, or edited
    outside sortapp, past what the quick check sees)."""
    raw = sqlite3.connect(path)
    row = raw.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?",
        ("audit_by_object",),
    ).fetchone()
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("DELETE FROM sqlite_master WHERE name = 'audit_by_object'")
    raw.commit()
    raw.close()
    raw_edit(path, "UPDATE audit SET object = 'moved' WHERE id = 1")
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", row)
    raw.commit()
    raw.close()
    assert backup.integrity(path, quick=True) == ["ok"]
    assert backup.integrity(path) != ["ok"]


def test_a_closing_copy_the_full_check_fails_is_said_and_the_verified_one_kept(db_path):
    db = open_db(db_path)
    try:
        good = backups.make_backup(db, db_path)
    finally:
        db.close()
    assert good.ok is True
    _index_left_behind(db_path)
    db = open_db(db_path)
    try:
        closing = backups.make_backup(db, db_path, check=False)  # (kept: its pages are sound)
        where = backups.folder(db, db_path)
        assert backups.check_pending(where, parallel=False) == 1  # (the next start's check)
        found = {b.path: b.ok for b in backups.list_backups(where)}
        assert found == {good.path: True, closing.path: False}
        warning = backups.backup_warning(db, db_path)
    finally:
        db.close()
    assert warning.startswith(f"The newest backup ({closing.path.name}) failed its check: ")
    assert warning.endswith(
        "may be damaged or changed outside sortapp: keep the older verified backups and have "
        "the database verified in full (each index against its table)."
    )


def test_a_failed_file_this_database_did_not_make_is_not_said_as_its_backup(db_path):
    db = open_db(db_path)
    try:
        good = backups.make_backup(db, db_path)
        where = backups.folder(db, db_path)
        site, _at, rest = good.path.name.split("-", 2)
        # (of this site's name and a later time, put in the folder by hand, its check failed)
        stranger = where / f"{site}-29991231T000000000000Z-{rest}"
        stranger.write_bytes(b"not a database")
        assert backups.check_pending(where, parallel=False) == 1
        assert backups.list_backups(where)[0].path == stranger
        assert backups.list_backups(where)[0].ok is False
        assert backups.backup_warning(db, db_path) == ""
    finally:
        db.close()


def test_a_copy_verified_at_once_is_refused_by_the_full_check(db_path):
    _index_left_behind(db_path)
    db = open_db(db_path)
    try:
        with pytest.raises(KnownStorageError, match="failed its integrity check"):
            backups.make_backup(db, db_path)
        where = backups.folder(db, db_path)
    finally:
        db.close()
    assert backups.list_backups(where) == []  # (none kept under a backup's name)


def test_part_files_a_killed_backup_left_are_removed_once_abandoned(db_path, tmp_path):
    """A process killed as it wrote a backup leaves its part file, as large as the database and
    named by a moment no later backup shares: the next backup of the site removes those
    untouched for two days, and nothing else (one being written now, another site's, a link,
    a file of another name)."""
    now = dt.datetime.now(dt.UTC)
    folder = tmp_path / "backups"
    folder.mkdir()

    def part(site: str, hours_ago: float, suffix: str = ".part") -> Path:
        name = backup.backup_name(site, 1, now - dt.timedelta(hours=hours_ago)) + suffix
        path = folder / name
        path.write_bytes(b"half a copy")
        moment = time.time() - hours_ago * 3600
        os.utime(path, (moment, moment))
        return path

    db = open_db(db_path)
    try:
        site = backup.site_code(db)
        abandoned = [part(site, 49), part(site, 80, ".json.part")]
        writing = part(site, 20)  # (or a shared folder's clock some hours from this one)
        foreign = part("ZZZ", 5)
        stray = folder / "notes.part"
        stray.write_text("mine")
        os.utime(stray, (0, 0))
        link = folder / (backup.backup_name(site, 1, now - dt.timedelta(days=3)) + ".part")
        link.symlink_to(stray)
        os.utime(link, (0, 0), follow_symlinks=False)
        made = backups.make_backup(db, db_path, dest=folder)
    finally:
        db.close()
    assert made.ok is True and made.path.is_file()
    assert not any(path.exists() for path in abandoned)
    assert writing.is_file() and foreign.is_file() and stray.is_file() and link.is_symlink()
