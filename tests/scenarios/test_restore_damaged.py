"""A database SQLite finds damaged opens read-only and says "restore the last good backup": the
restore then writes over the file whole (it cannot be written through), keeping the damaged
file as it was in the backup folder."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3

import pytest

from sortapp.cli import main
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.services import backups, history, site
from sortapp.services.verify import audit_entries, verify
from sortapp.storage import backup as backup_sql
from sortapp.storage import db as db_module
from sortapp.storage import files
from sortapp.storage.db import open_db, opened_read_only
from tests.conftest import PASSWORD, make_lot, make_sorted_lot
from tests.unit.storage.test_files import damage, fingerprint


def _root_page(path, name: str) -> tuple[int, int]:
    """(page size, offset of the root page of table or index ``name``) in the file at ``path``."""
    conn = files.connect_read_only(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", [name]
        ).fetchone()
    finally:
        conn.close()
    return size, (root - 1) * size


def _page_of(path, name: str) -> bytes:
    """The bytes of the root page of table or index ``name`` in the database at ``path``."""
    size, at = _root_page(path, name)
    with path.open("rb") as fh:
        fh.seek(at)
        return fh.read(size)


def backed_up_then_damaged(db, db_path, who, name: str = "journal_by_at"):
    """Lot L1 sorted and backed up (the backup's ``BackupInfo``), L2 sorted after it; then the
    file closed and the root page of table or index ``name`` overwritten (``damage``)."""
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    make_sorted_lot(db, who.olu, "L2")
    db.close()
    damage(db_path, name)
    return info


@pytest.fixture
def damaged(db, db_path, who):
    """A site with a verified backup holding lot L1, then lot L2 recorded, then the file
    damaged (one index page overwritten): (the backup, the file opened again: read-only)."""
    info = backed_up_then_damaged(db, db_path, who)
    assert info.ok
    opened = open_db(db_path)
    yield info, opened
    opened.close()


def test_a_damaged_database_is_restored_over_and_kept_as_it_was(damaged, db_path):
    info, ro = damaged
    assert opened_read_only(ro)
    found = backups.damaged(ro)
    assert found
    admin = site.login(ro, "admin", PASSWORD)
    # (The check before any "Go ahead?" lets it through: it names this site's backup.)
    assert backups.check_restore(ro, admin, info.path) == "KSF"
    with pytest.raises(AssertionError):  # (the restore through the connection: not for it)
        backups.restore(ro, db_path, admin, info.path)
    restored = backups.restore_damaged(ro, db_path, admin, info.path)
    new = restored.db
    try:
        assert opened_read_only(new) is None and backups.damaged(new) is None
        assert [r[0] for r in new.execute("SELECT number FROM lots")] == ["L1"]
        (entry,) = audit_entries(new, limit=1)
        details = json.loads(entry.details)
        assert entry.action == "restore" and entry.object == info.path.name
        assert details["damaged"] == found
        assert details["replaced_kept_as"] == restored.kept.name
        assert history.sentence(entry.action, entry.user, entry.object, entry.details) == (
            f"admin restored backup {info.path.name} over the database SQLite reported damaged "
            f"({found}): the log now ends at {details['restored_to']}; the damaged file is "
            f"kept as {restored.kept.name}"
        )
        assert verify(new).ok
        make_lot(new, site.login(new, "olu", PASSWORD), "L3")  # written to again
    finally:
        new.close()
    # The damaged file kept in the backup folder as it was (its damaged page too), tagged, and
    # noted as failing its check: never taken for a good backup, never pruned.
    kept = restored.kept
    assert kept.parent == db_path.parent / "backups"
    assert kept.name.endswith("-damaged.sortapp-backup")
    assert set(_page_of(kept, "journal_by_at")) == {0xFF}
    kept_conn = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
    assert kept_conn.execute("SELECT count(*) FROM lots").fetchone()[0] == 2
    kept_conn.close()
    (listed,) = [b for b in backups.list_backups(kept.parent) if b.path == kept]
    assert listed.ok is False and listed.tag == "damaged"
    assert listed.state == f"FAILED: SQLite reports the file damaged ({found})"
    reopened = open_db(db_path)
    try:
        assert backups.last_good_backup(reopened, db_path).path == info.path
    finally:
        reopened.close()


def test_a_backup_that_fails_verification_leaves_the_damaged_file_as_it_was(
    damaged, db_path, tmp_path
):
    info, ro = damaged
    tampered = tmp_path / info.path.name
    tampered.write_bytes(info.path.read_bytes())
    raw = sqlite3.connect(tampered)
    raw.execute("DROP TRIGGER postings_no_update")
    raw.execute("UPDATE postings SET mct = mct + 1 WHERE id = 3")
    raw.commit()
    raw.close()
    before = fingerprint(db_path.parent)
    admin = site.login(ro, "admin", PASSWORD)
    with pytest.raises(UserError, match=r"fails verification .*; nothing was changed"):
        backups.restore_damaged(ro, db_path, admin, tampered)
    assert fingerprint(db_path.parent) == before  # no copy kept, the file not written over
    assert backups.damaged(ro)


def test_a_database_read_only_for_another_reason_is_not_restored(db, db_path, who):
    info = backups.make_backup(db, db_path, actor=who.sam)
    db.close()
    ro = open_db(db_path, read_only=True)
    try:
        admin = site.login(ro, "admin", PASSWORD)
        with pytest.raises(UserError, match="open read-only"):
            backups.check_restore(ro, admin, info.path)
        with pytest.raises(UserError, match="not one found damaged"):
            backups.restore_damaged(ro, db_path, admin, info.path)
    finally:
        ro.close()


def test_cli_restores_over_a_damaged_database(damaged, db_path, monkeypatch, capsys):
    info, ro = damaged
    ro.close()
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    args = ["--db", str(db_path), "--user", "admin"]
    assert main([*args, "restore", str(info.path)]) == 0
    out, err = capsys.readouterr()
    assert "nothing will be written" not in err  # (said of any other command on the file)
    (kept,) = (db_path.parent / "backups").glob("*-damaged.sortapp-backup")
    assert out.startswith(f"restored {info.path} over the damaged database (")
    assert out.endswith(f"); the damaged file was kept as {kept}\n")
    assert main([*args, "site", "set", "name", "Restored"]) == 0
    assert "read-only" not in capsys.readouterr().err
    assert backup_sql.read_sidecar(kept)["verified"] is False


def test_a_damaged_file_too_large_to_check_as_it_opens_is_restored(db, db_path, who, monkeypatch):
    """A file larger than ``open_db`` checks opens for writing, damaged or not: its restore
    made a backup of it first, whose copy failed its check, and the restore was refused ("The
    current database could not be backed up"). It is kept as it is, as a file found damaged
    as it opened is."""
    info = backed_up_then_damaged(db, db_path, who)
    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 0)
    live = open_db(db_path)
    try:
        assert opened_read_only(live) is None  # (not checked as it opened)
        backups.restore(live, db_path, site.login(live, "admin", PASSWORD), info.path)
        assert [r[0] for r in live.execute("SELECT number FROM lots")] == ["L1"]
        (entry,) = audit_entries(live, limit=1)
        details = json.loads(entry.details)
        assert entry.action == "restore" and details["damaged"].startswith("Page ")
        assert verify(live).ok
    finally:
        live.close()
    (kept,) = (db_path.parent / "backups").glob("*-damaged.sortapp-backup")
    assert details["replaced_kept_as"] == kept.name
    assert set(_page_of(kept, "journal_by_at")) == {0xFF}
    (listed,) = [b for b in backups.list_backups(kept.parent) if b.path == kept]
    assert listed.ok is False and listed.state.startswith("FAILED: SQLite reports the file damaged")


def test_a_second_restore_from_a_stale_view_does_not_write_over_the_restored_file(damaged, db_path):
    """Two windows (or workstations) opened the damaged file: once one restored it and work
    went on, the other's restore, its view still saying damaged, wrote its backup over it."""
    info, first = damaged
    second = open_db(db_path)
    try:
        assert backups.damaged(second)
        restored = backups.restore_damaged(
            first, db_path, site.login(first, "admin", PASSWORD), info.path
        )
        try:
            make_lot(restored.db, site.login(restored.db, "olu", PASSWORD), "L3")
        finally:
            restored.db.close()
        before = fingerprint(db_path.parent / "backups")
        with pytest.raises(UserError, match=r"no longer found damaged .*nothing was written over"):
            backups.restore_damaged(
                second, db_path, site.login(second, "admin", PASSWORD), info.path
            )
        assert fingerprint(db_path.parent / "backups") == before  # (no second copy kept)
    finally:
        second.close()
    again = open_db(db_path)
    try:
        assert [r[0] for r in again.execute("SELECT number FROM lots ORDER BY 1")] == ["L1", "L3"]
    finally:
        again.close()


def test_the_last_changes_a_read_only_view_cannot_read_are_kept_with_the_damaged_file(
    db, db_path, who, tmp_path
):
    """A damaged file whose last changes are in a ``-wal`` without its ``-shm`` opens read-only
    without them ("cannot be read"): its copy was of the main file alone, and the restore's
    own connection, reading the log, wrote over them. The copy is of the file as it is, the
    log's changes too."""
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    make_sorted_lot(db, who.olu, "L2")  # in the -wal only
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    path = site_dir / db_path.name
    shutil.copy(db_path, path)
    shutil.copy(f"{db_path}-wal", f"{path}-wal")  # (the -shm left behind)
    db.close()
    damage(path, "prices_by_category")  # (a page L2 did not change)
    ro = open_db(path)
    try:
        assert backups.damaged(ro)
        assert "cannot be read" in opened_read_only(ro)
        assert "L2" not in [r[0] for r in ro.execute("SELECT number FROM lots")]
        restored = backups.restore_damaged(ro, path, site.login(ro, "admin", PASSWORD), info.path)
        restored.db.close()
    finally:
        ro.close()
    kept = sqlite3.connect(f"file:{restored.kept}?mode=ro", uri=True)
    try:
        assert [r[0] for r in kept.execute("SELECT number FROM lots ORDER BY 1")] == ["L1", "L2"]
    finally:
        kept.close()


def test_a_restore_whose_live_checkpoints_cannot_be_read_is_forced_only(
    damaged, db_path, monkeypatch, expect_log
):
    """Damage in the checkpoints' own table hid them from the check of the backup: the restore
    went on, the backup checked against the checkpoint folder's alone (or nothing)."""
    info, ro = damaged
    admin = site.login(ro, "admin", PASSWORD)

    def unreadable(db):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(backups.anchors, "stored_rows", unreadable)
    before = fingerprint(db_path.parent)
    with pytest.raises(UserError, match=r"checkpoints .* cannot be read .*nothing was changed"):
        try:
            backups.restore_damaged(ro, db_path, admin, info.path)
        except UserError as exc:
            assert exc.code == "restore_unchecked"  # (the CLI: "... with --force")
            raise
    assert fingerprint(db_path.parent) == before
    expect_log(logging.WARNING, r"restore, forced: the database's checkpoints cannot be read")
    restored = backups.restore_damaged(ro, db_path, admin, info.path, force=True)
    try:
        assert [r[0] for r in restored.db.execute("SELECT number FROM lots")] == ["L1"]
        (entry,) = audit_entries(restored.db, limit=1)
        assert json.loads(entry.details)["forced"] is True
    finally:
        restored.db.close()


def _beside(folder) -> dict[str, str]:
    """``fingerprint`` of a site's folder without the restore's lock file (made once, kept)."""
    return {k: v for k, v in fingerprint(folder).items() if not k.endswith(".restore-lock")}


def test_one_restore_of_a_file_at_a_time(damaged, db_path, monkeypatch):
    info, ro = damaged
    admin = site.login(ro, "admin", PASSWORD)
    monkeypatch.setattr(backup_sql, "LOCK_WAIT_S", 0.0)
    with backup_sql._restore_held(db_path):  # (another window's restore, under way)
        before = fingerprint(db_path.parent)
        with pytest.raises(KnownStorageError, match=r"Another restore of this database is under"):
            backups.restore_damaged(ro, db_path, admin, info.path)
        assert fingerprint(db_path.parent) == before
    restored = backups.restore_damaged(ro, db_path, admin, info.path)  # (once it ended)
    restored.db.close()


def test_a_failed_write_over_the_file_leaves_it_and_keeps_no_copy(damaged, db_path, monkeypatch):
    info, ro = damaged
    admin = site.login(ro, "admin", PASSWORD)
    before = _beside(db_path.parent)

    def failing(source, target):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_sql, "restore_into", failing)
    with pytest.raises(KnownStorageError, match=r"could not be written over .*nothing was changed"):
        backups.restore_damaged(ro, db_path, admin, info.path)
    assert _beside(db_path.parent) == before  # (no copy of it left in the backup folder)


def test_a_failure_after_the_file_was_written_over_says_so(damaged, db_path, monkeypatch):
    info, ro = damaged
    admin = site.login(ro, "admin", PASSWORD)

    def failing(*args, **kwargs):
        raise sqlite3.IntegrityError("refused")

    monkeypatch.setattr(backups, "_record_restore", failing)
    with pytest.raises(KnownStorageError) as caught:
        backups.restore_damaged(ro, db_path, admin, info.path)
    (kept,) = (db_path.parent / "backups").glob("*-damaged.sortapp-backup")
    assert caught.value.code == "restore_unrecorded"
    assert str(caught.value) == (
        f"The backup {info.path.name} was written over the damaged database, but the restore "
        f"could not be recorded in it (refused); the damaged file is kept as {kept}"
    )
    assert "open the database again" in caught.value.hint
    reopened = open_db(db_path)
    try:
        assert [r[0] for r in reopened.execute("SELECT number FROM lots")] == ["L1"]
    finally:
        reopened.close()


def test_a_large_file_whose_damage_stops_the_check_itself_is_restored(
    db, db_path, who, monkeypatch
):
    """A table's page damaged: SQLite's check raises ('database disk image is malformed')
    rather than list what it finds, and the restore of a file too large to be checked as it
    opens failed with it, as a bug."""
    info = backed_up_then_damaged(db, db_path, who, "lots")
    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 0)
    live = open_db(db_path)
    try:
        backups.restore(live, db_path, site.login(live, "admin", PASSWORD), info.path)
        assert [r[0] for r in live.execute("SELECT number FROM lots")] == ["L1"]
        (entry,) = audit_entries(live, limit=1)
        assert "malformed" in json.loads(entry.details)["damaged"]
        assert verify(live).ok
    finally:
        live.close()


def test_a_file_whose_damage_stops_the_check_as_it_opens_is_restored(
    db, db_path, who, monkeypatch, capsys
):
    """A table's page damaged in a file checked as it opens: SQLite's check raises rather than
    list what it finds, and the file was refused whole ("damaged: SQLite cannot read it ...
    sortapp opens only its own databases"), so no restore could reach it (half of the pages of
    a small site's file, each damaged alone). It opens read-only, found damaged; the CLI
    restores over it and the restored file verifies."""
    info = backed_up_then_damaged(db, db_path, who, "lots")
    state = files.inspect(db_path, check=True)
    assert state.kind == files.SORTAPP and state.problems == ("database disk image is malformed",)
    before = fingerprint(db_path.parent)
    ro = open_db(db_path)
    try:
        assert backups.damaged(ro) == "database disk image is malformed"
        assert opened_read_only(ro).startswith("SQLite reports the file damaged")
    finally:
        ro.close()
    assert fingerprint(db_path.parent) == before
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    code = main(["--db", str(db_path), "--user", "admin", "restore", str(info.path)])
    assert code == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    (kept,) = (db_path.parent / "backups").glob("*-damaged.sortapp-backup")
    found = "database disk image is malformed"
    assert f"over the damaged database ({found}); the damaged file was kept as {kept}" in out
    restored = open_db(db_path)
    try:
        assert opened_read_only(restored) is None
        assert [r[0] for r in restored.execute("SELECT number FROM lots")] == ["L1"]
        assert verify(restored).ok
    finally:
        restored.close()


def test_damage_that_stops_the_check_is_told_from_a_failing_read(db_path):
    """Damage that stops SQLite's check (it raised) is the check's finding; only SQLite's
    "damaged" errors are: any other failure of it (the file locked, for one) is raised as it
    is, not taken for damage."""
    conn = sqlite3.connect(db_path)
    try:
        assert files.quick_check_findings(conn) == ()
        conn.close()
        damage(db_path, "lots")
        conn = sqlite3.connect(db_path)
        assert files.quick_check_findings(conn) == ("database disk image is malformed",)

        class Locked(sqlite3.OperationalError):
            sqlite_errorname = "SQLITE_BUSY"

        class Raising:
            def execute(self, sql):
                raise Locked("database is locked")

        with pytest.raises(sqlite3.OperationalError, match="locked"):
            files.quick_check_findings(Raising())  # type: ignore[arg-type]
    finally:
        conn.close()


@pytest.mark.parametrize("parallel", [False, True])
@pytest.mark.parametrize("table", ["lots", "audit"])
def test_verify_of_a_file_it_cannot_read_whole_reports_it(db, db_path, who, table, parallel):
    """Verify on a file SQLite cannot read whole stopped on the first check that met the damage,
    with "The database file is damaged" and no report; it reports it now: SQLite's finding and
    one line for the checks that could not read their part (the audit log's: none can start)."""
    make_sorted_lot(db, who.olu, "L1")
    db.close()
    damage(db_path, table)
    ro = open_db(db_path)
    try:
        admin = site.login(ro, "admin", PASSWORD)
        report = verify(ro, admin, seal=True, parallel=parallel)
    finally:
        ro.close()
    assert not report.ok
    unread = [p for p in report.problems if p.startswith("SQLite cannot read a part of the file")]
    assert unread == [
        "SQLite cannot read a part of the file (database disk image is malformed): the checks "
        "that read it were not run to the end; restore the last good backup"
    ]
    assert "SQLite integrity check: database disk image is malformed" in report.problems
    # The checks that read no part of the damage ran to the end (the lots' is not the log's).
    assert bool(report.checked.get("audit entries")) == (table == "lots")


def test_a_large_file_whose_log_is_damaged_signs_its_admin_in_unrecorded_and_is_restored(
    db, db_path, who, monkeypatch, expect_log
):
    """A file too large to be checked as it opens is writable, damaged or not: a sign-in that
    records itself (the desktop's) wrote to its damaged log and was refused "The database file
    is damaged", so no one got in to restore it. It stands unrecorded, as on a file opened
    read-only; the restore then keeps the damaged file and records itself in the restored one."""
    info = backed_up_then_damaged(db, db_path, who, "audit")
    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 0)
    expect_log(logging.WARNING, "^sign-in of admin not recorded: the file is damaged")
    expect_log(logging.WARNING, "^restore: the damaged database's last audit entry cannot be read")
    live = open_db(db_path)
    try:
        assert opened_read_only(live) is None  # (not checked as it opened)
        admin = site.login(live, "admin", PASSWORD, record_success=True)
        with pytest.raises(KnownStorageError, match="damaged"):
            site.login(live, "admin", "not the password")  # (a wrong one: still refused)
        backups.restore(live, db_path, admin, info.path)
        assert [r[0] for r in live.execute("SELECT number FROM lots")] == ["L1"]
        assert len(list((db_path.parent / "backups").glob("*-damaged.sortapp-backup"))) == 1
        assert verify(live).ok
    finally:
        live.close()


def test_a_file_whose_settings_index_is_damaged_is_restored(db, db_path, who, monkeypatch, capsys):
    """The backup folder was read through the settings' key index: with that index damaged,
    the restore (and the desktop's backup check as the window opened) stopped on it. The
    settings are read whole (a few rows)."""
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    db.close()
    damage(db_path, "sqlite_autoindex_settings_1")
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    code = main(["--db", str(db_path), "--user", "admin", "restore", str(info.path)])
    assert code == 0, capsys.readouterr().err
    assert len(list((db_path.parent / "backups").glob("*-damaged.sortapp-backup"))) == 1
    restored = open_db(db_path)
    try:
        assert verify(restored).ok
    finally:
        restored.close()


def test_a_text_forged_not_utf8_is_no_damage_a_sign_in_may_stand_unrecorded_on(db, db_path):
    """sqlite3's failure to read a text forged not UTF-8 into a sound file is worded as damage
    ("SQLITE_CORRUPT: a text that is not UTF-8"), but SQLite finds the file sound: a sign-in
    whose record cannot be written there is refused as before, not let stand unrecorded (a
    review's finding)."""
    db.close()
    conn = sqlite3.connect(db_path)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(
        "UPDATE audit SET hash = CAST(X'FFFE41' AS TEXT) WHERE id = (SELECT max(id) FROM audit)"
    )
    for _name, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()
    live = open_db(db_path)
    try:
        assert opened_read_only(live) is None and files.quick_check_findings(live.conn) == ()
        before = live.execute("SELECT count(*) FROM audit").fetchone()[0]
        with pytest.raises(KnownStorageError, match="not UTF-8"):
            site.login(live, "admin", PASSWORD, record_success=True)
        assert live.execute("SELECT count(*) FROM audit").fetchone()[0] == before
    finally:
        live.close()
