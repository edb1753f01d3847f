"""``sortapp backup check``: the backup the app takes as it closes is checked in the background
at the app's next start, and stayed "not checked" for a site that works from the command line
(an honest day of captures, 2026-12-07: no command checked it, and `backup list` read only the
site's backup folder, not a copy made elsewhere)."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from sortapp.services import backups
from tests.conftest import make_sorted_lot
from tests.forger import raw_edit


def states(out: str) -> dict[str, str]:
    """The table a command printed: each file's state."""
    rows = [re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in out.splitlines()[2:]]
    return {row[0]: row[1] for row in rows if len(row) == 2}


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


@pytest.mark.parametrize("command", ["check", "list"])
def test_the_commands_need_a_sign_in(db_path, run, command):
    code, _out, err = run("backup", command, password="wrong-password")
    assert code == 1 and "unknown user or wrong password" in err
