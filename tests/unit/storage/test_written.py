"""A database records the version of the sortapp that last wrote it: ``meta``'s ``written_by``
(issue 17), on a SQLite file and on the facility server."""

from __future__ import annotations

import pytest

from sortapp import __version__
from sortapp.services import about
from sortapp.storage import lots as lots_sql
from sortapp.storage import migrations, written
from sortapp.storage.db import open_db, transaction
from tests.conftest import make_lot, old_file


def _written_by(db, version: str) -> None:
    """Leave ``db`` as another sortapp wrote it last."""
    with transaction(db):
        db.execute("UPDATE meta SET value = ? WHERE key = 'written_by'", (version,))


def test_a_write_records_this_sortapp_as_the_last_to_write(db, who):
    _written_by(db, "0.0.9")
    assert written.read(db) == "0.0.9"
    make_lot(db, who.olu)
    assert written.read(db) == __version__
    assert about.about(db, "here").written_by == __version__


def test_reading_records_nothing(db, who):
    make_lot(db, who.olu)
    _written_by(db, "0.0.9")
    assert lots_sql.get_lot(db, "L1") is not None
    assert about.about(db, "here").written_by == "0.0.9"


def test_a_write_that_fails_leaves_the_last_writer_as_it_was(db):
    _written_by(db, "0.0.9")
    with pytest.raises(ZeroDivisionError), transaction(db):
        raise ZeroDivisionError
    assert written.read(db) == "0.0.9"


@pytest.mark.sqlite_only("a file's upgrade")
def test_an_upgraded_file_records_the_sortapp_that_upgraded_it(tmp_path):
    path = tmp_path / "old.db"
    old_file(path, stop_before="0020_written_by").close()
    db = open_db(path)
    try:
        assert written.read(db) == __version__
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(migrations.SCHEMA_VERSION),
        )
    finally:
        db.close()


@pytest.mark.sqlite_only("a file opened read-only")
def test_a_file_opened_read_only_keeps_its_last_writer(db_path):
    db = open_db(db_path)
    _written_by(db, "0.0.9")
    db.close()
    db = open_db(db_path, read_only=True)
    try:
        with transaction(db):  # what a print's record runs in: writes nothing there
            pass
        assert written.read(db) == "0.0.9"
    finally:
        db.close()
