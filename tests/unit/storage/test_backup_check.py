"""How hard a backup copy is checked as it is written (``storage.backup.write_backup``): its
pages and records at once (``quick_check``), the full check (each index against its table)
with its verification, now or at the next start; the copy kept before a migration, fully at
once. A copy that fails is never kept under the backup's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from sortapp.core.errors import KnownStorageError
from sortapp.services import backups
from sortapp.storage import backup
from sortapp.storage.db import open_db


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


def test_a_copy_is_checked_quickly_as_written_and_fully_when_verified(db_path, tmp_path, checks):
    db = open_db(db_path)
    try:
        closing = backups.make_backup(db, db_path, check=False, dest=tmp_path / "a")
        assert checks == [True]  # (the closing app's: the full check at the next start)
        made = backups.make_backup(db, db_path, dest=tmp_path / "b")
    finally:
        db.close()
    assert checks == [True, True, False]  # (written, then verified: the full check)
    assert made.ok is True and closing.ok is None and closing.path.is_file()


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


def test_the_quick_check_reads_every_page_of_the_copy(db_path, tmp_path):
    # (what it is trusted with: a copy written wrong, a page of it overwritten, is found)
    copy = tmp_path / "damaged.db"
    copy.write_bytes(db_path.read_bytes())
    data = bytearray(copy.read_bytes())
    page = 4096
    data[3 * page + 8 : 4 * page] = b"\xa5" * (page - 8)
    copy.write_bytes(bytes(data))
    assert backup.integrity(copy, quick=True) != ["ok"]
    assert backup.integrity(db_path, quick=True) == ["ok"]
