"""Offline sites: backups and restore, transfer files between sites, CSV import, shared files."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest

from sortapp.cli import main
from sortapp.core import sitekey
from sortapp.core.canonical import canonical_json, sha256_hex
from sortapp.core.errors import KnownStorageError, PermissionDenied, UserError
from sortapp.services import (
    apart,
    backups,
    history,
    imports,
    lots,
    parcels,
    site,
    sorting,
    stopping,
    transfers,
)
from sortapp.services import verify as verify_module
from sortapp.services.verify import audit_entries, verify
from sortapp.storage import backup as backup_sql
from sortapp.storage import migrations
from sortapp.storage import transfers as transfers_sql
from sortapp.storage.db import on_network_share, open_db
from tests.conftest import PASSWORD, make_lot, make_sorted_lot, old_file, seal_parcel_for_za
from tests.forger import raw_edit


def counts(db):
    return {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("lots", "journal", "postings", "audit", "parcels")
    }


# -- backups -----------------------------------------------------------------------------------


def test_backup_restore_round_trip(db, db_path, who):
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    assert info.ok and info.state == "verified"
    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name.startswith("KSF-") and f"-s{migrations.SCHEMA_VERSION}" in info.path.name
    assert json.loads(backup_sql.sidecar(info.path).read_text())["verified"] is True
    snapshot = counts(db)
    make_sorted_lot(db, who.olu, "L2")
    assert counts(db)["lots"] == 2
    with pytest.raises(PermissionDenied):
        backups.restore(db, db_path, who.sam, info.path)
    last = "SELECT uid FROM audit ORDER BY id DESC LIMIT 1"
    replaced_to = db.execute(last).fetchone()[0]
    copy = backup_sql.open_readonly(info.path)
    restored_to = copy.execute(last).fetchone()[0]
    copy.close()
    backups.restore(db, db_path, who.admin, info.path)
    restored = counts(db)
    assert restored["lots"] == snapshot["lots"] == 1
    # The copy was taken just before its own 'backup' entry; the restore adds its entry.
    assert restored["audit"] == snapshot["audit"]
    (entry,) = audit_entries(db, limit=1)
    assert entry.action == "restore"
    # It says where the log went back from and to, and where the entries in between are.
    kept_name = json.loads(entry.details)["replaced_kept_as"]
    assert kept_name.endswith("-pre-restore.sortapp-backup")
    assert history.sentence(entry.action, entry.user, entry.object, entry.details) == (
        f"admin restored backup {info.path.name}: the log now ends at {restored_to} (it ended "
        f"at {replaced_to}; that log is kept in the backup {kept_name})"
    )
    assert verify(db).ok
    kept = [b for b in backups.list_backups(db_path.parent / "backups") if b.tag == "pre-restore"]
    assert len(kept) == 1 and kept[0].ok
    # The replaced database (with L2) is intact in that backup.
    old = backup_sql.open_readonly(kept[0].path)
    assert old.execute("SELECT count(*) FROM lots").fetchone()[0] == 2
    old.close()


def test_restore_refuses_a_tampered_file_and_changes_nothing(db, db_path, who, tmp_path):
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    raw = sqlite3.connect(info.path)
    raw.execute("DROP TRIGGER postings_no_update")
    raw.execute("UPDATE postings SET mct = mct + 1 WHERE id = 3")
    raw.commit()
    raw.close()
    before = counts(db)
    with pytest.raises(UserError, match="fails verification"):
        backups.restore(db, db_path, who.admin, info.path)
    assert counts(db) == before
    junk = tmp_path / "junk.sortapp-backup"
    junk.write_bytes(b"not a database at all" * 50)
    with pytest.raises(UserError, match=r"is not a sortapp database \(.*\); nothing was changed"):
        backups.restore(db, db_path, who.admin, junk)
    assert counts(db) == before


def test_restore_restores_the_very_file_it_verified(db, db_path, who, tmp_path, monkeypatch):
    """A backup file swapped for a tampered one once it was verified (a shared folder, watched:
    verifying ten years takes a while) is not what the restore puts in place: it verifies and
    restores one private copy, and signs its checkpoint of that."""
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    tampered = tmp_path / "tampered.db"
    shutil.copyfile(info.path, tampered)
    raw = sqlite3.connect(tampered)
    raw.execute("DROP TRIGGER postings_no_update")
    raw.execute("UPDATE postings SET mct = mct + 1000 WHERE id = 3")
    raw.commit()
    raw.close()
    genuine = backup_sql.open_readonly(info.path)
    mct = genuine.execute("SELECT mct FROM postings WHERE id = 3").fetchone()[0]
    genuine.close()
    checked = backups.check_file
    verified: list[Path] = []

    def check_then_swap(path, *args, **kwargs):
        found = checked(path, *args, **kwargs)
        verified.append(path)
        if len(verified) == 1:  # (the next: the pre-restore backup's own check)
            shutil.copyfile(tampered, info.path)  # the chosen file, swapped once it was checked
        return found

    monkeypatch.setattr(backups, "check_file", check_then_swap)
    backups.restore(db, db_path, who.admin, info.path)
    assert db.execute("SELECT mct FROM postings WHERE id = 3").fetchone()[0] == mct
    assert verify(db).ok
    assert verified[0].parent.name.startswith(backup_sql.RESTORING_PREFIX)
    assert not verified[0].parent.exists()  # the private copy is gone
    assert [p.name for p in db_path.parent.glob(f"{backup_sql.RESTORING_PREFIX}*")] == []


def test_a_restore_that_cannot_copy_its_file_changes_nothing(db, db_path, who, monkeypatch):
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    make_sorted_lot(db, who.olu, "L2")
    before = counts(db)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_sql.tempfile, "mkdtemp", full)
    with pytest.raises(KnownStorageError, match="could not be copied into") as raised:
        backups.restore(db, db_path, who.admin, info.path)
    assert "Nothing was changed" in raised.value.text()
    assert counts(db) == before


def test_a_restore_removes_private_copies_left_by_a_restore_cut_off(
    db, db_path, who, tmp_path, monkeypatch
):
    info = backups.make_backup(db, db_path, actor=who.sam)
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))  # (this user's TMPDIR)
    stale = temporary / f"{backup_sql.RESTORING_PREFIX}abc"
    fresh = temporary / f"{backup_sql.RESTORING_PREFIX}def"
    for path in (stale, fresh):
        path.mkdir()
        (path / "restoring.db").write_bytes(b"a copy left as its process ended")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("not a restore's")
    linked = temporary / f"{backup_sql.RESTORING_PREFIX}link"
    linked.symlink_to(elsewhere, target_is_directory=True)
    long_ago = time.time() - backups.ABANDONED_AFTER_S - 60
    for path in (stale, linked):
        os.utime(path, (long_ago, long_ago), follow_symlinks=False)
    backups.restore(db, db_path, who.admin, info.path)
    assert not stale.exists()
    assert fresh.exists()  # (another restore's, maybe still running)
    assert (elsewhere / "keep.txt").exists()  # a link of that name: nothing followed


def test_the_copy_a_restore_verifies_is_in_a_folder_of_its_users_alone(
    db, db_path, who, monkeypatch
):
    """No one else may add a file beside the copy once it was verified (a write-ahead log of
    a tampered history, read by the restore and not by the check), rename another onto it, or
    link it elsewhere: it is in a folder only the restoring user can write, removed after."""
    make_sorted_lot(db, who.olu, "L1")
    info = backups.make_backup(db, db_path, actor=who.sam)
    checked = backups.check_file
    seen: list[tuple[Path, int]] = []

    def check_and_look(path, *args, **kwargs):
        if not seen:
            seen.append((path, path.parent.stat().st_mode))
        return checked(path, *args, **kwargs)

    monkeypatch.setattr(backups, "check_file", check_and_look)
    backups.restore(db, db_path, who.admin, info.path)
    (copy, mode) = seen[0]
    # In this user's place for temporary files (on Linux a sticky folder: no one else may
    # rename the private folder away), not the database's folder.
    assert copy.parent.parent == Path(tempfile.gettempdir())
    assert copy.parent.name.startswith(backup_sql.RESTORING_PREFIX)
    assert stat.S_ISDIR(mode) and mode & 0o077 == 0  # the restoring user's alone
    assert not copy.parent.exists()


def test_restore_refuses_another_sites_file_unless_forced(db, db_path, who, tmp_path):
    other = open_db(tmp_path / "other.db", create=True)
    site.init_site(
        other, code="ZAK", name="Kimberley", country_code="ZA", admin="root", password=PASSWORD
    )
    foreign = backups.make_backup(
        other, tmp_path / "other.db", actor=site.login(other, "root", PASSWORD)
    )
    other.close()
    with pytest.raises(UserError, match="belongs to site ZAK"):
        backups.restore(db, db_path, who.admin, foreign.path)
    backups.restore(db, db_path, who.admin, foreign.path, force=True)
    assert site.show_settings(db)["code"] == "ZAK"


def test_restore_refuses_a_newer_schema(db, db_path, who):
    info = backups.make_backup(db, db_path, actor=who.sam)
    raw = sqlite3.connect(info.path)
    raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()
    with pytest.raises(UserError, match="newer than this sortapp"):
        backups.restore(db, db_path, who.admin, info.path)


def test_backup_to_a_missing_medium_is_a_known_error(db, db_path, who, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(KnownStorageError, match="could not be written"):
        backups.make_backup(db, db_path, actor=who.sam, dest=blocked / "sub" / "b.db")


def test_backup_to_a_chosen_file_or_folder(db, db_path, who, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backups.make_backup(db, db_path, actor=who.sam, dest=usb).path.parent == usb
    chosen = tmp_path / "exact.db"
    assert backups.make_backup(db, db_path, actor=who.sam, dest=chosen).path == chosen
    with pytest.raises(PermissionDenied):
        backups.make_backup(db, db_path, actor=who.olu)


def test_a_backups_note_that_cannot_be_written_whole_leaves_the_old_one(db, db_path, monkeypatch):
    """A backup's note (its sidecar: taken, checked, the checkpoint it carries) is written whole
    and renamed over the old one: a write that fails, or a check ended as it writes, leaves the
    note as it was."""
    info = backups.make_backup(db, db_path, check=False)
    note = backup_sql.sidecar(info.path)
    before = note.read_text()
    real_replace = backup_sql.os.replace

    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_sql.os, "replace", disk_full)
    with pytest.raises(KnownStorageError, match="could not be noted"):
        backup_sql.write_sidecar(info.path, {"verified": True, "problems": []})
    assert note.read_text() == before
    assert sorted(p.name for p in info.path.parent.iterdir() if p.name.endswith(".part")) == []
    assert backups.list_backups(info.path.parent)[0].ok is None
    # On Windows a rename is refused while another process reads the old note: tried again.
    refused = [PermissionError(13, "in use"), PermissionError(13, "in use")]

    def busy_then_free(source, target):
        if refused:
            raise refused.pop()
        real_replace(source, target)

    monkeypatch.setattr(backup_sql.os, "replace", busy_then_free)
    monkeypatch.setattr(backup_sql, "RENAME_WAIT_S", 0)
    backup_sql.write_sidecar(info.path, {"verified": True, "problems": []})
    assert refused == [] and backups.list_backups(info.path.parent)[0].ok is True


def test_a_backups_note_is_never_written_through_what_lies_at_its_part_name(db, db_path, tmp_path):
    info = backups.make_backup(db, db_path, check=False)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not the app's")
    part = backup_sql.sidecar(info.path).with_name(backup_sql.sidecar(info.path).name + ".part")
    part.symlink_to(elsewhere)
    backup_sql.write_sidecar(info.path, {"verified": True, "problems": []})
    assert elsewhere.read_text() == "not the app's"
    assert not part.exists() and not part.is_symlink()
    note = backup_sql.sidecar(info.path)
    assert not note.is_symlink() and json.loads(note.read_text())["verified"] is True


def test_rotation_keeps_daily_weekly_monthly_and_tagged(tmp_path):
    now = dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)
    made = []
    for days in range(0, 400, 1):
        moment = now - dt.timedelta(days=days)
        path = tmp_path / backup_sql.backup_name("KSF", 2, moment)
        path.write_text("x")
        backup_sql.write_sidecar(path, {"verified": True, "bytes": 1})  # (its size, as noted)
        made.append(path)
    unchecked = tmp_path / backup_sql.backup_name("KSF", 2, now - dt.timedelta(days=200, hours=1))
    unchecked.write_text("x")
    tagged = tmp_path / backup_sql.backup_name(
        "KSF", 1, now - dt.timedelta(days=500), "pre-migration"
    )
    tagged.write_text("x")
    foreign = tmp_path / backup_sql.backup_name("ZAK", 2, now - dt.timedelta(days=300))
    foreign.write_text("x")
    backups.prune(tmp_path, "KSF", {"daily": 7, "weekly": 4, "monthly": 12})
    left = {b.path for b in backups.list_backups(tmp_path)}
    assert tagged in left and foreign in left and unchecked in left
    routine = sorted(
        (b.at for b in backups.list_backups(tmp_path) if b.site == "KSF" and not b.tag and b.ok),
        reverse=True,
    )
    assert routine[:7] == [now - dt.timedelta(days=d) for d in range(7)]
    assert len(routine) <= 7 + 4 + 12
    assert len({(t.year, t.month) for t in routine}) == 12


def test_rotation_leaves_a_backup_it_cannot_remove_and_goes_on(tmp_path, monkeypatch, expect_log):
    """An old backup open in another program (Windows refuses to remove it): left with its
    note, and logged; the others due to go still go, and nothing is raised."""
    now = dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)
    made = []
    for days in range(10):
        path = tmp_path / backup_sql.backup_name("KSF", 2, now - dt.timedelta(days=days))
        path.write_text("x")
        backup_sql.write_sidecar(path, {"verified": True, "bytes": 1})  # (its size, as noted)
        made.append(path)
    held = made[8]
    unlink = Path.unlink

    def refusing(self, missing_ok=False):  # type: ignore[no-untyped-def]
        if self == held:
            raise PermissionError(13, "in use by another process", str(self))
        return unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refusing)
    expect_log(logging.WARNING, "could not remove the old backup")
    removed = backups.prune(tmp_path, "KSF", {"daily": 7, "weekly": 0, "monthly": 0})
    assert removed == [made[7], made[9]]  # (seven days kept: the older three go, but the held)
    left = [b.path for b in backups.list_backups(tmp_path)]
    assert left == [*made[:7], held]
    assert backup_sql.read_sidecar(held)["verified"] is True


def test_backup_warning_and_due(db, db_path, who):
    assert "no verified backup" in backups.backup_warning(db, db_path)
    # (To one who cannot make a backup, what is missing alone: not "make one", with the
    # menu greyed for them.)
    missing = (
        "There is no verified backup of this database yet: tell a supervisor (they make one "
        "with File > Backup now)."
    )
    assert backups.backup_warning(db, db_path, maker=False) == missing
    assert backups.due(db, db_path)
    info = backups.make_backup(db, db_path)  # automatic: recorded as 'system'
    assert audit_entries(db, action="backup", limit=1)[0].user == "system"
    assert backups.backup_warning(db, db_path) == ""
    assert not backups.due(db, db_path)
    later = info.at + dt.timedelta(days=8)
    assert backups.backup_warning(db, db_path, now=later).endswith("); make one now.")
    old = backups.backup_warning(db, db_path, now=later, maker=False)
    assert old.startswith("The last verified backup is 8 days old (")
    assert old.endswith("): tell a supervisor (they make one with File > Backup now).")
    assert backups.due(db, db_path, now=info.at + dt.timedelta(hours=25))


def test_the_backup_warning_reads_the_folder_and_each_note_once(db, db_path, monkeypatch):
    """The warning is worked out at every start and sign-in, of a folder that may be a slow
    share holding months of backups: one listing, each backup's note read once."""
    for check in (True, False):
        backups.make_backup(db, db_path, check=check)
    made = backups.list_backups(db_path.parent / "backups")
    assert [b.ok for b in made] == [None, True]  # (a checked one, the newest not yet)
    listings: list[Path] = []
    notes: list[Path] = []
    list_backups, read_sidecar = backups.list_backups, backup_sql.read_sidecar
    monkeypatch.setattr(backups, "list_backups", lambda f: listings.append(f) or list_backups(f))
    monkeypatch.setattr(backup_sql, "read_sidecar", lambda p: notes.append(p) or read_sidecar(p))
    assert backups.backup_warning(db, db_path) == ""  # (the newest awaits its check)
    assert listings == [db_path.parent / "backups"]
    assert sorted(notes) == sorted(b.path for b in made)


def test_backup_at_close_is_verified_later(db, db_path):
    good = backups.make_backup(db, db_path)
    info = backups.make_backup(db, db_path, check=False)
    assert good.path.exists()  # not rotated away for a copy not verified yet
    assert info.ok is None and info.state == "not checked"
    assert backups.last_good_backup(db, db_path).path == good.path  # not good until verified
    assert backups.check_pending(db_path.parent / "backups") == 1
    assert backups.list_backups(db_path.parent / "backups")[0].ok is True
    assert backups.last_good_backup(db, db_path).path == info.path


def test_the_apps_check_of_a_backup_runs_in_a_process_of_its_own(db, db_path, monkeypatch):
    """The app checks the backups taken as it last closed apart from itself: the check's
    memory (a whole verify of a copy of the site) goes back with the process, not kept by the
    workstation's app for the shift (issue 15)."""
    info = backups.make_backup(db, db_path, check=False)  # as the app closes
    seen: list[object] = []
    # Here, in this process, the check would fail: the process that checks imports its own.
    monkeypatch.setattr(backups, "check_file", lambda path: seen.append(path) or (False, [], 0, 0))
    assert backups.check_pending_apart(db_path.parent / "backups") == 1
    assert seen == []
    assert [b.ok for b in backups.list_backups(db_path.parent / "backups")][:1] == [True]
    assert backups.list_backups(db_path.parent / "backups")[0].path == info.path


def test_a_backup_checked_in_a_worker_with_two_lanes_is_checked_sound(db, db_path):
    """A backup's check in a process of its own whose verify runs two lanes (as the app's
    check once did on a site past 64 MB, two cores) opens a pool inside that worker. That
    inner pool's end stopped a tracker the worker had not started, and every such backup was
    marked failed: "the check could not finish" (issue 15)."""
    info = backups.make_backup(db, db_path, check=False)  # as the app closes
    with apart.one_process() as pool:
        checked = pool.submit(backups.check_pending, db_path.parent / "backups", parallel=True)
        assert checked.result() == 1
    found = backups.list_backups(db_path.parent / "backups")[0]
    assert (found.path, found.ok, found.note) == (info.path, True, "")


class _StopNotingTheStart(stopping.Stop):
    """A ``Stop`` that says when the check's worker has been started."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()

    def submit(self, pool, *task):
        future = super().submit(pool, *task)
        self.started.set()
        return future


def test_a_backup_check_stopped_as_the_app_closes_leaves_the_backup_to_check_again(db, db_path):
    """Closing the app while it checks the backups it took as it last closed ends the check
    (some ten seconds on ten years of history) rather than wait for it: the backup stays
    unchecked, its note untouched, and is checked at the next start."""
    info = backups.make_backup(db, db_path, check=False)  # as the app closes
    folder = db_path.parent / "backups"
    before = sorted(p.name for p in folder.iterdir())
    stop = _StopNotingTheStart()
    result: list[object] = []
    checking = threading.Thread(
        target=lambda: result.append(backups.check_pending_apart(folder, stop))
    )
    checking.start()
    assert stop.started.wait(120)  # the worker is started (and its check has barely begun)
    stop.stop()  # the app closes
    checking.join(120)
    assert not checking.is_alive() and result == [0]
    assert sorted(p.name for p in folder.iterdir()) == before  # no note, no part of one
    assert [(b.path, b.ok) for b in backups.list_backups(folder)][:1] == [(info.path, None)]
    # The next start checks it.
    assert backups.check_pending_apart(folder) == 1
    assert backups.list_backups(folder)[0].ok is True


def test_a_backup_check_stopped_before_it_starts_starts_no_worker(db, db_path, monkeypatch):
    backups.make_backup(db, db_path, check=False)
    stop = stopping.Stop()
    stop.stop()
    monkeypatch.setattr(backups, "_check_pending_logged", lambda *a: pytest.fail("started"))
    assert backups.check_pending_apart(db_path.parent / "backups", stop) == 0
    assert backups.list_backups(db_path.parent / "backups")[0].ok is None


def test_the_apps_check_of_a_backup_leaves_the_other_core_to_the_user(db, db_path, monkeypatch):
    """The check the app runs as a shift starts verifies in one lane, whatever the file's
    size: two lanes took both cores of a workstation, and a list scrolled beside them painted
    its frames up to twice as slowly (issue 15)."""
    backups.make_backup(db, db_path, check=False)
    lanes: list[object] = []
    real = verify_module.verify

    def verify_noting_its_lanes(*args, **kwargs):
        lanes.append(kwargs.get("parallel"))
        return real(*args, **kwargs)

    monkeypatch.setattr(verify_module, "verify", verify_noting_its_lanes)
    # (What the checking process runs, run here to see its call.)
    assert backups._check_pending_logged(db_path.parent / "backups", None) == 1
    assert lanes == [False]
    assert backups.list_backups(db_path.parent / "backups")[0].ok is True
    # A backup checked as it is made (a supervisor waiting for it) keeps verify's default.
    backups.make_backup(db, db_path)
    assert lanes == [False, None]


@pytest.mark.expect_log("ERROR", "the check failed here")
def test_what_the_checking_process_logs_reaches_the_apps_log(tmp_path, monkeypatch):
    """The process that checks the backups appends what it logs to the app's log file."""
    log_file = tmp_path / "sortapp.log"

    def check_pending(folder, *, parallel=None):
        logging.getLogger("sortapp.services.backups").error("the check failed here")
        return 1

    monkeypatch.setattr(backups, "check_pending", check_pending)
    root = logging.getLogger()
    kept, level = list(root.handlers), root.level
    try:
        assert backups._check_pending_logged(tmp_path, str(log_file)) == 1
    finally:
        for handler in set(root.handlers) - set(kept):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert "[backup check]: the check failed here" in log_file.read_text(encoding="utf-8")


@pytest.mark.expect_log("ERROR", "checking backup")
def test_only_a_backup_this_database_made_counts_while_it_awaits_its_check(
    db, db_path, monkeypatch
):
    folder = db_path.parent / "backups"
    made = backups.make_backup(db, db_path, check=False)  # as the app closes
    assert backups.backup_warning(db, db_path) == ""  # awaiting its check, it counts
    # A file of a backup's name that this database did not record making does not.
    site, _at, rest = made.path.name.split("-", 2)
    stranger = folder / f"{site}-29991231T000000000000Z-{rest}"
    stranger.write_bytes(made.path.read_bytes())
    assert backups.list_backups(folder)[0].path == stranger
    assert "no verified backup" in backups.backup_warning(db, db_path)
    stranger.unlink()
    # A check that cannot finish is a failed check: the warning is back, saying so.

    def broken(path, **_how):
        raise OSError("disk read error")

    monkeypatch.setattr(backups, "check_file", broken)
    assert backups.check_pending(folder) == 1
    assert backups.list_backups(folder)[0].ok is False
    assert backups.backup_warning(db, db_path).startswith(
        f"The newest backup ({made.path.name}) failed its check: the check could not finish: "
        "disk read error. "
    )


def test_migration_keeps_a_backup_of_the_old_file(tmp_path):
    path = tmp_path / "old.db"
    raw = old_file(path, "0002_transfers")
    raw.conn.commit()
    raw.close()
    db = open_db(path)
    assert backup_sql.schema_version(db) == migrations.SCHEMA_VERSION
    db.close()
    kept = backups.list_backups(tmp_path / "backups")
    assert [(b.site, b.schema, b.tag) for b in kept] == [("OLD", 1, "pre-migration")]
    assert backups.check_pending(tmp_path / "backups") == 1
    assert backups.list_backups(tmp_path / "backups")[0].state == (
        "verified (schema 1: SQLite integrity check only)"
    )


# -- transfer files ----------------------------------------------------------------------------


@pytest.fixture
def bundle(db, who, tmp_path):
    seal_parcel_for_za(db, who)
    path = tmp_path / "P1.sortapp-transfer"
    with pytest.raises(PermissionDenied):
        transfers.export_bundle(db, who.olu, "P1", path)
    transfers.export_bundle(db, site.login(db, "admin", PASSWORD), "P1", path)
    return path


def pin_sender(receiver, path):
    """The receiving admin pins the sender's key (its fingerprint confirmed by phone)."""
    key = json.loads(path.read_text())["body"]["sender"]["key"]
    transfers.pin_partner(
        receiver, site.login(receiver, "root", PASSWORD), "KSF", sitekey.key_fingerprint(key)
    )


def test_transfer_round_trip_keeps_provenance(receiver, bundle):
    zsup = site.login(receiver, "zsup", PASSWORD)
    pin_sender(receiver, bundle)
    transfers.import_bundle(receiver, zsup, bundle)
    lot = lots.get_lot(receiver, "KSF-P1")
    assert (lot.status, lot.declared_mct, lot.declared_stones) == ("awaiting_weight", 139_900, 50)
    assert lot.origin_countries == ["BW", "NA"] and lot.origin == "MIXED"
    assert lot.seals == ("S1", "S2") and lot.kp_cert_in == "BW-77"
    assert lot.from_country == "BW" and lot.hs_code_in == "7102.31"
    lots.weigh_lot(receiver, zsup, "KSF-P1", 139_880, 50)
    assert not lots.get_lot(receiver, "KSF-P1").weight_flag
    sender_data = json.loads(transfers_sql.bundle_of_lot(receiver, lot.id) or "{}")  # kept
    assert {ln["lot"] for ln in sender_data["parcel"]["lines"]} == {"L1", "L2"}
    assert verify(receiver).ok
    with pytest.raises(UserError, match="already imported as lot KSF-P1"):
        transfers.import_bundle(receiver, zsup, bundle, lot_name="OTHER")


def test_a_changed_byte_is_refused(receiver, bundle):
    zsup = site.login(receiver, "zsup", PASSWORD)
    pin_sender(receiver, bundle)
    text = bundle.read_text()
    assert '"mct": 139900' in text
    bundle.write_text(text.replace('"mct": 139900', '"mct": 139901', 1))
    before = counts(receiver)
    with pytest.raises(UserError, match="altered"):
        transfers.import_bundle(receiver, zsup, bundle)
    assert counts(receiver) == before
    bundle.write_text("{not json")
    with pytest.raises(UserError, match="not a sortapp transfer file"):
        transfers.import_bundle(receiver, zsup, bundle)


def test_a_parcel_for_another_country_needs_force(db, who, receiver, tmp_path):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P2", importer="Antwerp NV", destination="BE")
    parcels.add_goods(db, who.olu, "P2", "S5-SAW-Q1-W", 60_000)
    parcels.seal_parcel(db, who.sam, "P2", kp_cert="BW-78", seals=["S9"])
    path = tmp_path / "P2.json"
    transfers.export_bundle(db, site.login(db, "admin", PASSWORD), "P2", path)
    pin_sender(receiver, path)
    zsup = site.login(receiver, "zsup", PASSWORD)
    with pytest.raises(UserError, match="consigned to BE, not ZA"):
        transfers.import_bundle(receiver, zsup, path)
    transfers.import_bundle(receiver, zsup, path, force=True, lot_name="BE-TRANSIT")
    assert lots.get_lot(receiver, "BE-TRANSIT").declared_mct == 60_000
    assert '"forced":true' in audit_entries(receiver, action="transfer.import", limit=1)[0].details


def test_shared_key_files_of_earlier_sortapp_are_unsigned_now(db, who, receiver, tmp_path, bundle):
    """Format 1 (HMAC with a shared key, retired): refused unless an admin accepts the one file."""
    env = json.loads(bundle.read_text())
    body = env["body"]
    body["version"] = 1
    del body["sender"]["key"], body["to"], env["signature"]
    text = canonical_json(body)
    env["fingerprint"] = sha256_hex(text)
    key = hashlib.sha256(b"a shared secret of ours").digest()
    env["hmac"] = hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
    old = tmp_path / "old.json"
    old.write_text(json.dumps(env))
    pin_sender(receiver, bundle)
    with pytest.raises(UserError, match="not signed with KSF's site key"):
        transfers.import_bundle(receiver, site.login(receiver, "zsup", PASSWORD), old)
    root = site.login(receiver, "root", PASSWORD)
    transfers.import_bundle(receiver, root, old, accept_unsigned=True, reason="sent before 2.0")
    details = json.loads(audit_entries(receiver, action="transfer.import", limit=1)[0].details)
    assert details["trust"] == "unsigned" and details["accepted"]["reason"] == "sent before 2.0"
    assert main(["--db", str(tmp_path / "receiver.db"), "bundle", "key", "KSF"]) == 2


# -- CSV ---------------------------------------------------------------------------------------


def test_dry_run_lists_every_bad_row(db, who):
    text = "\n".join(
        [
            "lot;carats;origin;mine;stones",
            "A1;10,5;BW;Jwaneng;3",
            "A2;1.2345;BW;Jwaneng;",
            "A3;5;QQ;Jwaneng;",
            "A1;5;BW;Jwaneng;",
            "A5;5;BW;;",
            "A6;x;BW;M;",
            "A7;5;BW;M;-1",
            "A8;5;BW;M;2",
        ]
    )
    result = imports.import_lots(db, who.olu, text, dry_run=True)
    assert [(e.line, e.message.split(":")[0]) for e in result.errors] == [
        (2, "carats"),
        (3, "carats"),
        (4, "origin"),
        (6, "give the mine or the supplier the lot came from"),
        (7, "carats"),
        (8, "stones"),
    ]
    assert counts(db)["lots"] == 0
    site.set_setting(db, who.admin, "decimal-comma", "yes")
    result = imports.import_lots(db, who.olu, "\ufeff" + text, dry_run=True)
    assert [e.line for e in result.errors] == [3, 4, 5, 6, 7, 8]
    assert "lot A1 already exists" in result.errors[2].message
    assert counts(db)["lots"] == 0


def test_ten_thousand_rows_all_or_nothing(db, who):
    header = "lot,carats,origin,mine\n"
    imports.import_lots(db, who.olu, header + "\n".join(f"L{i},50,BW,M" for i in range(100)))
    rows = [f"L{i % 100},S5-SAW-Q1-W,0.5," for i in range(10_000)]
    rows[9_999] = "L99,S5-SAW-Q1-W,0.6,"  # 50.100 ct sorted from 50 ct: beyond 0.025 tolerance
    before = counts(db)
    result = imports.import_sorting(db, who.olu, "lot,category,carats,stones\n" + "\n".join(rows))
    assert [e.line for e in result.errors] == [10_001]
    assert "above the 50.000 ct received" in result.errors[0].message
    assert counts(db) == before
    assert db.execute("SELECT count(*) FROM sort_entries").fetchone()[0] == 0
    rows[9_999] = "L99,S5-SAW-Q1-W,0.5,"
    result = imports.import_sorting(db, who.olu, "lot,category,carats,stones\n" + "\n".join(rows))
    assert result.ok
    assert db.execute("SELECT count(*) FROM sort_entries").fetchone()[0] == 10_000
    assert verify(db).ok


def test_sorting_file_short_rows_one_lot_and_decimal_comma(db, who):
    make_lot(db, who.olu, "L1")
    site.set_setting(db, who.admin, "decimal-comma", "yes")
    text = (
        "\ufeffCategory;Carats;Stones\nS5-SAW-Q1-W;10,5\n;;\ng1-saw-q1-w; 2,000 ;3\n"
        "loss:cleaning;0,1\n"
    )
    result = imports.import_sorting(db, who.olu, text, lot="L1")  # no lot column: the open lot
    assert result.ok, result.errors
    entries = sorting.list_entries(db, "L1")
    assert [(e["category"], e["loss_type"], e["mct"], e["stones"]) for e in entries] == [
        ("S5-SAW-Q1-W", None, 10_500, None),  # a blank count is not counted, not 0
        ("G1-SAW-Q1-W", None, 2_000, 3),
        (None, "cleaning", 100, None),  # a loss counts no stones
    ]
    bad = imports.import_sorting(db, who.olu, "category;carats\nS5-SAW-Q1-W\nNOPE;1\n", lot="L1")
    assert [(e.line, e.message.split(":")[0]) for e in bad.errors] == [
        (2, "carats"),
        (3, "category"),
    ]
    with pytest.raises(UserError, match="lacks the column"):
        imports.import_sorting(db, who.olu, "category;stones\nS5-SAW-Q1-W;1\n", lot="L1")
    assert verify(db).ok


def test_price_book_import(db, who):
    text = "category,usd_per_ct,from\nS1-SAW-Q1-W,12.5,2031-01-01\nNOPE,1,\nS3-SAW-Q1-W,1.234,\n"
    result = imports.import_prices(db, who.sam, text)
    assert [e.line for e in result.errors] == [3, 4]
    with pytest.raises(PermissionDenied):
        imports.import_prices(db, who.olu, text)


# -- multi-workstation -------------------------------------------------------------------------


def test_network_share_is_detected():
    mounts = (
        "/dev/vda / ext4 rw 0 0\n"
        "//server/share /mnt/share cifs rw 0 0\n"
        "nas:/export /srv/nfs nfs4 rw 0 0\n"
    )
    assert on_network_share(Path("/mnt/share/sortapp.db"), mounts)
    assert on_network_share(Path("/srv/nfs/x/sortapp.db"), mounts)
    assert not on_network_share(Path("/home/me/sortapp.db"), mounts)


def test_two_workstations_on_one_file(db_path, who):
    first, second = open_db(db_path), open_db(db_path)
    try:
        make_lot(first, site.login(first, "olu", PASSWORD), "W1")
        make_lot(second, site.login(second, "olu", PASSWORD), "W2")
        assert {lot.number for lot in lots.list_lots(first, who.olu)} == {"W1", "W2"}
        assert verify(second).ok
    finally:
        first.close()
        second.close()


# -- the command line --------------------------------------------------------------------------


def test_cli_backup_restore_bundle_import(db_path, db, who, tmp_path, monkeypatch, capsys):
    make_sorted_lot(db, who.olu, "L1")
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    base = ["--db", str(db_path)]
    assert main([*base, "--user", "sam", "backup", "now"]) == 0
    assert "verified" in capsys.readouterr().out
    assert main([*base, "--user", "olu", "backup", "list", "--csv"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0] == "file,site,at,schema,tag,bytes,state" and listing[1].endswith(",verified")
    backup_file = db_path.parent / "backups" / listing[1].split(",")[0]
    assert main([*base, "--user", "sam", "restore", str(backup_file)]) == 1
    assert "needs an admin" in capsys.readouterr().err
    assert main([*base, "--user", "admin", "restore", str(backup_file)]) == 0
    lots_csv = tmp_path / "lots.csv"
    lots_csv.write_text("lot,carats,origin,supplier\nN1,5,BW,Trader\nN2,zz,BW,Trader\n")
    assert main([*base, "--user", "olu", "import", "lots", str(lots_csv), "--dry-run"]) == 1
    assert "line 3: carats" in capsys.readouterr().err
    lots_csv.write_text("lot,carats,origin,supplier\nN1,5,BW,Trader\n")
    assert main([*base, "--user", "olu", "import", "lots", str(lots_csv)]) == 0
    assert "1 rows, imported" in capsys.readouterr().out
    assert main([*base, "--user", "olu", "lot", "list", "--csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("lot,status,origin") and "N1,received,BW" in out
    assert main([*base, "--user", "olu", "stock", "--csv"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0]
        == "category,hs_code,carats,stones,value_usd,counted"
    )


def test_an_altered_imported_entry_fails_verify(db, db_path, who):
    make_lot(db, who.olu, "L1")
    rows = "lot,category,carats,stones\n" + "\n".join(["L1,S5-SAW-Q1-W,1.5,"] * 20)
    assert imports.import_sorting(db, who.olu, rows + "\nL1,loss:cleaning,0.1,").ok
    assert verify(db).ok
    raw_edit(db_path, "UPDATE sort_entries SET mct = 1600 WHERE id = 7", table="sort_entries")
    assert any("audit log of their import" in p for p in verify(db).problems)
