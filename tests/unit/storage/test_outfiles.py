"""Where a file a person names is written (``storage.outfiles``): never over a working file of
a database, never through a link planted at its part's name (an attack round, 2026-12-07)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from sortapp.core.errors import UserError
from sortapp.services import reports
from sortapp.storage import outfiles
from sortapp.storage.db import open_db


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_working_file_of_a_database_is_never_a_target(db_path: Path, suffix: str) -> None:
    """A receipt printed to "site.db-shm" lost two other workstations' lots, verify saying
    OK; one to "site.db-wal" had every other workstation told the database was damaged."""
    db = open_db(db_path)
    try:
        db.execute("SELECT count(*) FROM lots").fetchone()
        target = Path(f"{db_path}{suffix}")
        before = target.read_bytes() if target.exists() else None
        with pytest.raises(UserError, match=r"is a working file of the database .*sortapp\.db"):
            outfiles.writable_target(target, "CSV")
        with pytest.raises(UserError, match="is a working file of the database"):
            reports.write_export(target, "a,b\n")
        assert (target.read_bytes() if target.exists() else None) == before
    finally:
        db.close()
    # (A name that ends so beside no database is any file's: beside nothing, or a text.)
    assert outfiles.writable_target(db_path.parent / "notes-wal", "CSV").name == "notes-wal"
    (db_path.parent / "notes").write_text("not a database\n")
    assert outfiles.writable_target(db_path.parent / "notes-wal", "CSV").name == "notes-wal"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_a_link_planted_at_a_parts_name_is_removed_not_written_through(tmp_path: Path) -> None:
    """A link at "kp.csv.part" to the live database had the export written over it."""
    precious = tmp_path / "site.db"
    precious.write_bytes(b"the database")
    part = tmp_path / "kp.csv.part"
    os.symlink(precious, part)
    reports.write_export(tmp_path / "kp.csv", "direction,carats\n")
    assert precious.read_bytes() == b"the database"
    assert (tmp_path / "kp.csv").read_text() == "direction,carats\n" and not part.exists()
    part.mkdir()  # (a folder there: refused, said, and nothing written)
    with pytest.raises(UserError, match=r"kp\.csv\.part is a folder; remove it"):
        reports.write_export(tmp_path / "kp.csv", "other\n")
    assert (tmp_path / "kp.csv").read_text() == "direction,carats\n"
