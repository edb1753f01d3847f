"""Files that are not sortapp's are never written; a database that cannot be written opens
read-only, says so, and writes nothing (issue 10, findings 5 and 8)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from sortapp.cli import main
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.services import demo, lots, reports, site, verify
from sortapp.storage import db as db_module
from sortapp.storage import files
from sortapp.storage.db import open_db, opened_read_only
from tests.conftest import PASSWORD, make_lot, old_file

# -- helpers ---------------------------------------------------------------------------------


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` (recursively) with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def text_file(path: Path) -> None:
    path.write_text("name,carats\nL1,10\n" * 50)


def foreign_rollback(path: Path) -> None:
    """Another program's SQLite file (rollback journal), with a table called like ours."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (k TEXT, v TEXT)")
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada', '555')")
    conn.commit()
    conn.close()


def foreign_wal(path: Path) -> None:
    """Another program's SQLite file in WAL mode, closed cleanly (no -wal beside it)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()


def foreign_migrations(path: Path) -> None:
    """A sqlite-utils application of another name: migrations, but not sortapp's."""
    db = Database(path)
    db.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    db.execute("INSERT INTO _sqlite_migrations VALUES ('blog', '0001', '2020-01-01')")
    db.execute("CREATE TABLE posts (title TEXT)")
    db.conn.commit()
    db.close()


def unreadable_sqlite(path: Path) -> None:
    """A SQLite header, then nothing SQLite can read."""
    path.write_bytes(files.HEADER + b"\x10\x00\x01\x01" + bytes(range(256)) * 64)


REFUSED = {
    "empty": (empty_file, "empty file"),
    "text": (text_file, "not a SQLite file"),
    "foreign": (foreign_rollback, "another program's SQLite database"),
    "foreign-wal": (foreign_wal, "another program's SQLite database"),
    "foreign-migrations": (foreign_migrations, "another program's SQLite database"),
    "unreadable": (unreadable_sqlite, "damaged"),
}


def damage(path: Path, name: str = "journal_by_at") -> None:
    """Overwrite the root page of table or index ``name`` of a sortapp database (by default an
    index's: SQLite's check then lists findings; a table's stops the check itself): its schema
    stays readable."""
    conn = files.connect_read_only(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)


def deny_writes_under(folder: Path):
    """An ``access`` check as for a user without write permission in ``folder`` (and its files):
    what ``chmod 555 folder; chmod 444 folder/*`` does, even for root."""
    real = os.access

    def access(path, mode, **kw):
        inside = Path(os.path.abspath(path)).is_relative_to(folder)
        if inside and mode & os.W_OK:
            return False
        return real(path, mode, **kw)

    return access


# -- refused files: left exactly as they were ----------------------------------------------------


@pytest.mark.parametrize("kind", list(REFUSED))
def test_open_refuses_a_file_that_is_not_sortapps_and_leaves_it_alone(tmp_path, kind):
    make, fragment = REFUSED[kind]
    path = tmp_path / "their.db"
    make(path)
    before = fingerprint(tmp_path)
    for create in (False, True):
        with pytest.raises((KnownStorageError, UserError), match=fragment) as caught:
            open_db(path, create=create)
        assert "left as it was" in str(caught.value)
    assert files.inspect(path).kind != files.SORTAPP
    assert fingerprint(tmp_path) == before  # byte-identical, and no -wal, -shm or -journal


@pytest.mark.parametrize("kind", list(REFUSED))
def test_cli_refuses_a_file_that_is_not_sortapps_for_every_command(
    tmp_path, kind, monkeypatch, capsys
):
    make, fragment = REFUSED[kind]
    path = tmp_path / "their.db"
    make(path)
    before = fingerprint(tmp_path)
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    runs = [
        ["--user", "admin", "user", "list"],
        ["--user", "admin", "verify"],
        ["--read-only", "--user", "admin", "stock"],
        ["init", "--site-code", "X1", "--site-name", "X", "--country", "BW", "--admin", "a"],
        ["demo", "--replace"],
        ["demo"],
    ]
    for argv in runs:
        assert main(["--db", str(path), *argv]) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("sortapp: ") and "Traceback" not in err, err
        if argv[0] != "demo":
            assert fragment in err, err
    assert fingerprint(tmp_path) == before


def test_only_init_creates_and_only_where_no_file_is(tmp_path, db_path, monkeypatch, capsys):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    new = tmp_path / "fresh" / "site.db"
    with pytest.raises(UserError, match="create one first"):
        open_db(new)
    assert not new.exists() and not new.parent.exists()
    init = ["init", "--site-code", "NEW", "--site-name", "New", "--country", "BW", "--admin", "a"]
    assert main(["--db", str(db_path), *init]) == 1  # a sortapp database with its site
    assert "already a sortapp database (site KSF)" in capsys.readouterr().err
    assert main(["--db", str(new), *init]) == 0
    assert "created site NEW" in capsys.readouterr().out
    before = fingerprint(tmp_path)
    assert main(["--db", str(new), *init]) == 1
    assert "nothing was changed" in capsys.readouterr().err
    assert fingerprint(tmp_path) == before


def test_init_completes_a_database_whose_init_was_cut_short(tmp_path):
    path = tmp_path / "half.db"
    open_db(path, create=True).close()  # the schema, no site: what a failed init leaves
    db = open_db(path, create=True)
    site.init_site(db, code="HLF", name="Half", country_code="BW", admin="a", password=PASSWORD)
    assert site.show_settings(db)["code"] == "HLF"
    db.close()


def test_demo_replaces_only_a_demo_database(tmp_path, db_path):
    before = fingerprint(db_path.parent)
    with pytest.raises(UserError, match="not a demo database; it was left alone"):
        demo.build(db_path, replace=True)
    assert fingerprint(db_path.parent) == before


def test_a_newer_schema_is_refused_before_anything_is_written(tmp_path, db_path):
    """Even in rollback-journal mode (a backup's), whose switch to WAL would be a write."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = fingerprint(db_path.parent)
    for read_only in (False, True):
        with pytest.raises(KnownStorageError, match="newer than this sortapp"):
            open_db(db_path, read_only=read_only)
    assert fingerprint(db_path.parent) == before


# -- damaged files -----------------------------------------------------------------------------


def test_a_damaged_database_opens_read_only_and_is_never_written(db_path):
    damage(db_path)
    problems = files.inspect(db_path, check=True).problems
    assert problems and problems != ("ok",)
    before = fingerprint(db_path.parent)
    db = open_db(db_path)
    why = opened_read_only(db)
    assert why and why.startswith("SQLite reports the file damaged")
    assert "admin" in [u[0] for u in site.list_users(db, site.actor_for(db, "admin"))]
    with pytest.raises(KnownStorageError, match=r"open read-only .* nothing was written"):
        make_lot(db, site.actor_for(db, "olu"), "L9")
    db.close()
    assert fingerprint(db_path.parent) == before


def test_cli_says_a_damaged_file_is_read_only(db_path, monkeypatch, capsys):
    damage(db_path)
    before = fingerprint(db_path.parent)
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    assert main(["--db", str(db_path), "--user", "admin", "user", "list", "--csv"]) == 0
    out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("read-only: SQLite reports the file damaged (")
    assert err.endswith(
        "restore the last good backup before writing to it; nothing will be written\n"
    )
    assert "admin,admin" in out
    assert main(["--db", str(db_path), "--user", "admin", "site", "set", "name", "X"]) == 1
    assert "open read-only" in capsys.readouterr().err
    assert fingerprint(db_path.parent) == before


# -- read-only: detection ------------------------------------------------------------------------


def test_read_only_detection_asks_the_access_check_both_ways(tmp_path):
    path = tmp_path / "site.db"
    path.write_bytes(b"x")
    asked: list[tuple[Path, int]] = []

    def allow(p, mode):
        asked.append((Path(p), mode))
        return True

    def writable_medium(_folder):
        return False

    def judge(access, medium=writable_medium):
        return files.read_only_reason(path, access=access, medium_read_only=medium)

    assert judge(allow) is None
    assert asked == [(path, os.W_OK), (tmp_path, os.W_OK | os.X_OK)]
    assert judge(lambda p, m: Path(p) != path) == f"no permission to write {path}"
    assert judge(lambda p, m: Path(p) == path) == (
        f"no permission to write in its folder {tmp_path} (SQLite keeps files beside it)"
    )
    assert judge(allow, lambda _f: True) == f"{tmp_path} is on a read-only medium"
    # and open_db asks the check it is given
    db = open_db(path.with_name("x.db"), create=True)
    db.close()
    ro = open_db(path.with_name("x.db"), access=lambda p, m: Path(p) != path.with_name("x.db"))
    assert opened_read_only(ro) == f"no permission to write {path.with_name('x.db')}"
    ro.close()
    rw = open_db(path.with_name("x.db"), access=allow)
    assert opened_read_only(rw) is None
    rw.close()


def test_read_only_detection_follows_the_operating_system(tmp_path):
    """The default check is the operating system's: mode 444 is read-only unless the user is
    root (who may write anyway, and so gets a read-write open)."""
    path = tmp_path / "site.db"
    path.write_bytes(b"x")
    path.chmod(0o444)
    try:
        assert (files.read_only_reason(path) is None) == os.access(path, os.W_OK)
    finally:
        path.chmod(0o644)
    assert files.read_only_reason(path) is None


# -- read-only: what works, and that nothing is written -----------------------------------------


def test_a_read_only_open_reads_verifies_and_writes_nothing(db_path, tmp_path):
    writer = open_db(db_path)
    make_lot(writer, site.actor_for(writer, "olu"), "L1")
    writer.close()  # a clean close: no -wal, no -shm
    folder = db_path.parent
    before = fingerprint(folder)
    db = open_db(db_path, access=deny_writes_under(folder))
    assert opened_read_only(db) == f"no permission to write {db_path}"
    olu = site.actor_for(db, "olu")
    assert site.login(db, "olu", PASSWORD).name == "olu"
    assert [lot.number for lot in lots.list_lots(db, olu)] == ["L1"]
    assert reports.stock(db, olu) is not None
    assert reports.print_count(db, "receipt", "L1") == 1  # never an original: a COPY
    # Noted in the log only, and never an original: a COPY.
    assert reports.record_print(db, olu, "receipt", "L1", {"pdf": "x.pdf"}) == 1
    reports.record_export(db, olu, "stock", "", {})
    report = verify.verify(db, olu, seal=True)
    assert report.ok, report.problems
    with pytest.raises(KnownStorageError, match="open read-only"):
        make_lot(db, olu, "L2")
    with pytest.raises(KnownStorageError, match="open read-only"):
        site.set_setting(db, site.actor_for(db, "admin"), "name", "Elsewhere")
    db.close()
    assert fingerprint(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["sortapp.db"]


def test_read_only_reads_the_changes_still_in_the_wal(db_path):
    """A workstation has the file open (its -wal and -shm are there): a read-only open sees
    everything committed, through them, without creating anything."""
    writer = open_db(db_path)
    make_lot(writer, site.actor_for(writer, "olu"), "L7")
    assert Path(f"{db_path}-wal").stat().st_size > 0
    names = sorted(p.name for p in db_path.parent.iterdir())
    reader = open_db(db_path, read_only=True)
    assert opened_read_only(reader) == "opened read-only as asked"
    assert [lot.number for lot in lots.list_lots(reader, site.actor_for(reader, "olu"))] == ["L7"]
    reader.close()
    writer.close()
    assert names == ["sortapp.db", "sortapp.db-shm", "sortapp.db-wal"]


def test_a_wal_without_its_shm_is_read_without_it_and_says_so(db_path, tmp_path):
    """A copy of a file cut off mid-work, its -wal copied but not its -shm, on read-only media:
    the main file is read as it stands (nothing created beside it), and the user is told that
    the last changes are not shown."""
    writer = open_db(db_path)
    make_lot(writer, site.actor_for(writer, "olu"), "L8")
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(db_path, copy / "site.db")
    shutil.copy(f"{db_path}-wal", copy / "site.db-wal")
    writer.close()
    before = fingerprint(copy)
    reader = open_db(copy / "site.db", access=deny_writes_under(copy))
    assert opened_read_only(reader) == (
        f"no permission to write {copy / 'site.db'}; the last changes, still in site.db-wal, "
        "cannot be read and are not shown"
    )
    assert lots.list_lots(reader, site.actor_for(reader, "olu")) == []
    reader.close()
    assert fingerprint(copy) == before


def test_a_read_only_open_of_an_old_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "old.db"
    raw = old_file(path, "0002_transfers")
    raw.conn.commit()
    raw.close()
    before = fingerprint(tmp_path)
    with pytest.raises(KnownStorageError, match="schema needs bringing up to date"):
        open_db(path, access=deny_writes_under(tmp_path))
    assert fingerprint(tmp_path) == before


def test_cli_read_only_lists_reports_prints_and_verifies(
    qapp, db_path, tmp_path, monkeypatch, capsys
):
    """Mode 444 on the file and 555 on its folder (and, since root writes anyway, the same
    answer from the access check): every read works, one line says read-only, nothing is
    written; a write is refused with a sentence. (``qapp``: the print paints with Qt, which
    the test process starts as the application the GUI tests share.)"""
    writer = open_db(db_path)
    make_lot(writer, site.actor_for(writer, "olu"), "L1")
    writer.close()
    folder = db_path.parent
    out_dir = tmp_path.parent / f"{tmp_path.name}-out"
    out_dir.mkdir()
    before = fingerprint(folder)
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    monkeypatch.setattr(os, "access", deny_writes_under(folder))
    base = ["--db", str(db_path), "--user", "olu"]
    db_path.chmod(0o444)
    folder.chmod(0o555)
    try:
        reads = [
            ["lot", "list", "--csv"],
            ["stock", "--csv"],
            ["verify"],
            ["audit", "--limit", "3"],
            ["print", "receipt", "L1", "--pdf", str(out_dir / "receipt.pdf")],
        ]
        for argv in reads:
            assert main([*base, *argv]) == 0, (argv, capsys.readouterr())
            err = capsys.readouterr().err
            assert err.splitlines() == [
                f"read-only: no permission to write {db_path}; nothing will be written"
            ], argv
        assert (
            main(
                [
                    *base,
                    "lot",
                    "receive",
                    "L2",
                    "--carats",
                    "5",
                    "--origin",
                    "BW",
                    "--mine",
                    "Orapa",
                ]
            )
            == 1
        )
        err = capsys.readouterr().err
        assert "open read-only" in err and "nothing was written" in err
    finally:
        folder.chmod(0o755)
        db_path.chmod(0o644)
    assert (out_dir / "receipt.pdf").stat().st_size > 0
    assert fingerprint(folder) == before


def without_override() -> list[str]:
    """A command prefix under which file modes bind: none for a user; for root (as in CI), root
    without the capabilities that override them (``setpriv`` of util-linux)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]


def test_mode_444_in_a_555_folder_opens_read_only_for_real(db_path):
    """No stand-in for the access check here: the operating system refuses the writes."""
    folder = db_path.parent
    before = fingerprint(folder)
    env = {**os.environ, "SORTAPP_PASSWORD": PASSWORD}
    base = [*without_override(), sys.executable, "-m", "sortapp.cli", "--db", str(db_path)]
    db_path.chmod(0o444)
    folder.chmod(0o555)
    try:
        runs = [
            subprocess.run(
                [*base, "--user", "olu", *argv],
                check=False,
                env=env,
                capture_output=True,
                text=True,
            )
            for argv in (
                ["verify"],
                ["lot", "receive", "L2", "--carats", "5", "--origin", "BW", "--mine", "Orapa"],
            )
        ]
    finally:
        folder.chmod(0o755)
        db_path.chmod(0o644)
    said = f"read-only: no permission to write {db_path}; nothing will be written"
    verified, refused = runs
    assert (verified.returncode, verified.stderr) == (0, said + "\n"), verified
    assert verified.stdout.startswith("verify: OK")
    assert refused.returncode == 1, refused
    assert refused.stderr.splitlines()[0] == said
    assert "open read-only" in refused.stderr and "nothing was written" in refused.stderr
    assert fingerprint(folder) == before


def test_cli_read_only_option_and_init(db_path, monkeypatch, capsys):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    before = fingerprint(db_path.parent)
    assert main(["--db", str(db_path), "--read-only", "--user", "admin", "user", "list"]) == 0
    assert capsys.readouterr().err == (
        "read-only: opened read-only as asked; nothing will be written\n"
    )
    assert main(["--db", str(db_path), "--read-only", "--user", "nobody", "stock"]) == 1
    assert "sign-in refused" in capsys.readouterr().err
    new = db_path.parent / "new.db"
    init = ["init", "--site-code", "NEW", "--site-name", "N", "--country", "BW", "--admin", "a"]
    assert main(["--db", str(new), "--read-only", *init]) == 2
    assert not new.exists()
    assert fingerprint(db_path.parent) == before


def test_quick_check_at_open_is_for_files_up_to_the_limit(db_path, monkeypatch):
    """Big files are checked by verify and backups; small ones at every read-write open."""
    seen = []
    real = files.inspect

    def spy(path, *, check=False):
        seen.append(check)
        return real(path, check=check)

    monkeypatch.setattr(files, "inspect", spy)
    open_db(db_path).close()
    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", db_path.stat().st_size - 1)
    open_db(db_path).close()
    assert seen == [True, False]


def test_a_path_the_system_refuses_is_a_sentence(tmp_path):
    with pytest.raises(KnownStorageError, match="File name too long"):
        open_db(tmp_path / ("x" * 300 + ".db"))
