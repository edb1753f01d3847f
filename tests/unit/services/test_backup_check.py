"""``sortapp backup check``: the backup the app takes as it closes is checked in the background
at the app's next start, and stayed "not checked" for a site that works from the command line
(an honest day of captures, 2026-12-07: no command checked it, and `backup list` read only the
site's backup folder, not a copy made elsewhere)."""

from __future__ import annotations

import json
import os
import re
import shutil

import pytest

from sortapp.services import backups, site
from sortapp.storage import backup as backup_sql
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import raw_edit


def states(out: str) -> dict[str, str]:
    """The table a command printed: each file's state."""
    rows = [re.split(r"\s{2,}", line.strip()) for line in out.splitlines()[2:]]
    return {row[0]: row[-1] for row in rows if len(row) > 1}


def test_the_backup_taken_as_the_app_closed_is_checked_by_the_command(db, db_path, who, run):
    make_sorted_lot(db, who.olu, "L1")
    closing = backups.make_backup(db, db_path, check=False)  # (as the app closes)
    code, out, _err = run("backup", "list")
    assert code == 0 and states(out)[closing.path.name].startswith("not checked")
    code, out, err = run("backup", "check")
    assert (code, err) == (0, "")
    assert states(out)[closing.path.name].startswith("verified")
    assert backups.describe(closing.path).ok is True
    code, out, _err = run("backup", "check")  # nothing left to check
    assert (code, out.strip()) == (
        0,
        "no backup awaits its check (give a backup file to check it again)",
    )


def test_a_backup_whose_history_was_edited_fails_its_check_and_says_so(db, db_path, who, run):
    make_sorted_lot(db, who.olu, "L1")
    closing = backups.make_backup(db, db_path, check=False)
    # What a person could do to the copy on its folder: a line of the ledger made larger.
    raw_edit(
        closing.path,
        "UPDATE postings SET mct = mct + 1000 WHERE id = (SELECT max(id) FROM postings)",
    )
    code, out, err = run("backup", "check")
    assert code == 1
    assert states(out)[closing.path.name].startswith("FAILED: ")
    assert f"1 of 1 backups FAILED their check: {closing.path.name}" in err
    assert backups.describe(closing.path).ok is False  # (noted: the app's list says so too)


def test_a_copy_elsewhere_is_listed_and_checked_by_its_folder_or_its_name(
    db, db_path, who, run, tmp_path
):
    make_sorted_lot(db, who.olu, "L1")
    media = tmp_path / "usb"
    media.mkdir()
    copy = backups.make_backup(db, db_path, check=False, dest=media)
    code, out, _err = run("backup", "list")
    assert copy.path.name not in out  # (the site's folder only)
    code, out, _err = run("backup", "list", "--folder", str(media), "--json")
    assert code == 0 and copy.path.name in out and "not checked" in out
    code, out, _err = run("backup", "check", "--folder", str(media))
    assert code == 0 and states(out)[copy.path.name].startswith("verified")
    # A file given is checked again, whatever its note says, and any name it has.
    renamed = media / "before-the-audit.db"
    shutil.copy(copy.path, renamed)
    code, out, err = run("backup", "check", str(renamed), str(copy.path))
    assert (code, err) == (0, "")
    said = states(out)
    assert said["before-the-audit.db"] == "verified"
    assert said[copy.path.name].startswith("verified")


def test_what_is_not_a_backup_file_is_refused_or_failed(db, db_path, run, tmp_path):
    code, _out, err = run("backup", "check", str(tmp_path / "missing.db"))
    assert code == 1 and "missing.db: no such backup file" in err
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    code, _out, err = run("backup", "check", str(pipe))
    assert code == 1 and "pipe.db: no such backup file" in err  # (never read forever)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    code, out, err = run("backup", "check", str(junk))
    assert code == 1 and states(out)["junk.db"].startswith("FAILED: ")
    # Checked, not noted: no file beside one of the user's that is no backup's name.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("junk")) == ["junk.db"]
    code, _out, err = run("backup", "list", "--folder", str(tmp_path / "nowhere"))
    assert code == 1 and "nowhere: no such folder of backups" in err
    code, _out, err = run("backup", "check", "--folder", str(junk))
    assert code == 1 and "junk.db: no such folder of backups" in err
    code, out, _err = run("backup", "list", "--folder", str(tmp_path))
    assert (code, out.strip()) == (0, f"no backups in {tmp_path}")


@pytest.mark.parametrize("command", ["check", "list"])
def test_the_commands_need_a_sign_in(db_path, run, command):
    code, _out, err = run("backup", command, password="wrong-password")
    assert code == 1 and "unknown user or wrong password" in err


def test_another_sites_file_under_this_sites_name_fails_and_the_rotation_keeps_the_real_ones(
    db, db_path, who, run, tmp_path
):
    """An attack round (2026-12-07): another site's database copied into the backup folder
    under this site's name was checked "verified" by an operator, and the next rotation kept
    it as the day's backup and gave up the site's own, the one just made among them."""
    make_sorted_lot(db, who.olu, "L1")
    real = backups.make_backup(db, db_path, actor=who.sam)
    other = tmp_path / "other.db"
    other_db = open_db(other, create=True)
    site.init_site(other_db, code="MUM", name="Other", country_code="IN", admin="root",
                   password=PASSWORD)  # fmt: skip
    other_db.close()
    named = real.path.with_name(real.path.name.replace(real.path.name[4:20], "20991231T235959"))
    shutil.copy(other, named)
    code, out, _err = run("backup", "check")
    assert states(out)[named.name].startswith("FAILED: it is a backup of site MUM, not of KSF")
    assert code == 1
    made = backups.make_backup(db, db_path, actor=who.sam)  # (the day's newest verified)
    assert made.path.exists() and named.exists()


def test_a_note_is_of_its_file_only(db, db_path, who, run):
    """4 KB of zeros under a backup's name beside a note saying "verified": taken as the
    newest verified backup (the same round); a note says the size of what it checked."""
    make_sorted_lot(db, who.olu, "L1")
    real = backups.make_backup(db, db_path, actor=who.sam)
    fake = real.path.with_name(real.path.name.replace(real.path.name[4:20], "20991231T235959"))
    fake.write_bytes(bytes(4096))
    backup_sql.sidecar(fake).write_text(backup_sql.sidecar(real.path).read_text())
    listed = backups.describe(fake)
    assert listed.ok is None and "its note is of a file of 4096 bytes" not in listed.state
    assert listed.state.startswith("not checked (its note is of a file of ")
    made = backups.make_backup(db, db_path, actor=who.sam)
    assert made.path.exists()
    _code, out, _err = run("backup", "list")
    assert states(out)[fake.name].startswith("not checked (its note is of a file of")
    code, out, _err = run("backup", "check")  # checked again: what it is
    assert code == 1 and states(out)[fake.name].startswith("FAILED: ")


def test_a_check_whose_note_cannot_be_written_is_said_all_the_same(
    db, db_path, who, run, monkeypatch
):
    make_sorted_lot(db, who.olu, "L1")
    closing = backups.make_backup(db, db_path, check=False)

    def read_only(_path, _info):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(backup_sql, "write_sidecar", read_only)
    code, out, err = run("backup", "check", "--json")
    assert code == 0 and json.loads(out)[0]["state"] == "verified"  # (JSON alone on stdout)
    assert f"warning: {closing.path.name}: its check was not noted beside it" in err


def test_a_folder_under_a_backups_name_is_no_backup(db, db_path, who, run):
    make_sorted_lot(db, who.olu, "L1")
    closing = backups.make_backup(db, db_path, check=False)
    (closing.path.parent / closing.path.name.replace("KSF-", "KSF-1")).mkdir()
    code, out, _err = run("backup", "check")
    assert code == 0 and list(states(out)) == [closing.path.name]


def test_a_new_site_has_no_backups_and_says_so(db_path, run):
    for command in ("list", "check"):
        code, out, _err = run("backup", command)
        assert code == 0, out
    assert "no backups in" in run("backup", "list")[1]


def test_a_note_of_no_size_or_of_another_site_is_checked_again_and_put_right(db, db_path, who, run):
    """A note as releases before wrote them (no size), or made up without one, is not taken at
    its word; a note naming another site is put right by the check (it said so for ever)."""
    make_sorted_lot(db, who.olu, "L1")
    real = backups.make_backup(db, db_path, actor=who.sam)
    note = json.loads(backup_sql.sidecar(real.path).read_text())
    del note["bytes"]
    note["site"] = "XYZ"
    backup_sql.sidecar(real.path).write_text(json.dumps(note))
    assert backups.describe(real.path).ok is None
    code, out, _err = run("backup", "check")
    assert code == 0 and states(out)[real.path.name] == "verified"
    assert backups.describe(real.path).ok is True
    del note["site"]
    backup_sql.sidecar(real.path).write_text(json.dumps(note))
    assert backups.describe(real.path).ok is None  # (no size: checked again once)


def test_a_link_named_as_a_backup_fails_and_the_rotation_keeps_none_for_it(db, db_path, who, run):
    make_sorted_lot(db, who.olu, "L1")
    real = backups.make_backup(db, db_path, actor=who.sam)
    folder = real.path.parent
    hard = folder / real.path.name.replace(real.path.name[4:20], "20261207T235959")
    os.link(db_path, hard)
    soft = folder / real.path.name.replace(real.path.name[4:20], "20261207T235958")
    soft.symlink_to(db_path)
    code, out, _err = run("backup", "check")
    assert code == 1
    for link in (hard, soft):
        assert states(out)[link.name].startswith("FAILED: it is a link to another file")
    made = backups.make_backup(db, db_path, actor=who.sam)
    assert made.path.exists() and db_path.exists()


def test_the_rotation_keeps_nothing_for_backups_dated_years_ahead(db, db_path, who):
    """Four hundred verified files named in 2099 were the newest of their periods, and the
    rotation gave up every real backup for them."""
    make_sorted_lot(db, who.olu, "L1")
    real = backups.make_backup(db, db_path, actor=who.sam)
    ahead = real.path.with_name(real.path.name.replace(real.path.name[4:12], "20991231"))
    shutil.copy(real.path, ahead)
    backups.check_now(real.path.parent, [ahead])
    assert backups.describe(ahead).ok is True
    removed = backups.prune(real.path.parent, "KSF", {"daily": 1, "weekly": 1, "monthly": 1})
    assert removed == [] and real.path.exists()
