"""The database refuses changes to posted rows; verify catches what gets past with triggers gone."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
import sqlite_utils

from sortapp.core.canonical import fingerprint
from sortapp.core.entities import Posting
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.services import journal, parcels, sorting
from sortapp.services.verify import verify
from sortapp.storage import ledger as ledger_sql
from sortapp.storage import migrations
from sortapp.storage.db import open_db, transaction
from tests.conftest import make_lot, make_sorted_lot

pytestmark = pytest.mark.sqlite_only(
    "open_db and its file: the server's connection is tested in test_pg*"
)


@pytest.fixture
def busy(db, who):
    make_sorted_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 5_000)
    parcels.create_parcel(db, who.olu, "P1", importer="X", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 10_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    assert verify(db).ok
    return db


@contextlib.contextmanager
def _forging(db):
    """Edit as someone with the file would: the protective triggers dropped, then put back as
    they were (verify checks the schema first)."""
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name <> 'postings_to_balances'"
    ).fetchall()
    for name, _sql in triggers:
        db.execute(f"DROP TRIGGER {name}")
    yield
    for _name, sql in triggers:
        db.execute(sql)
    db.conn.commit()


def test_every_table_is_strict(db):
    for name in db.table_names():
        if name.startswith("_"):
            continue
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        assert "STRICT" in sql, name


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE postings SET mct = mct + 1",
        "DELETE FROM postings",
        "UPDATE journal SET reason = 'x'",
        "DELETE FROM journal",
        "UPDATE audit SET user = 'x'",
        "DELETE FROM audit",
        "UPDATE sort_entries SET mct = 1",
        "DELETE FROM sort_entries",
        "DELETE FROM balances",
        "UPDATE lots SET number = 'X' WHERE number = 'L1'",
        "UPDATE lots SET weighed_mct = 1 WHERE number = 'L1'",
        "DELETE FROM lots",
        "UPDATE prices SET cents_per_ct = 1",
    ],
)
def test_posted_rows_refuse_update_and_delete(busy, sql):
    with pytest.raises(sqlite3.IntegrityError):
        busy.execute(sql)


def test_negative_balance_is_refused_by_the_database(busy):
    lot_id = busy.execute("SELECT id FROM lots WHERE number = 'L1'").fetchone()[0]
    with pytest.raises(UserError, match="negative balance"), transaction(busy):
        journal.post(
            busy,
            1,
            "admin",
            "pack",
            [
                Posting("stock", lot_id, -10_000_000, 0, category_id=1),
                Posting("world", lot_id, 10_000_000, 0),
            ],
        )
    assert verify(busy).ok


#: Rows changed by hand with the triggers gone, and what verify says of each.
TAMPERS = [
    (
        "UPDATE postings SET mct = mct + 1000 WHERE id = (SELECT max(id) FROM postings "
        "WHERE mct > 0)",
        "do not match its hash",
    ),
    ("UPDATE journal SET reason = 'edited' WHERE id = 1", "do not match its hash"),
    ("UPDATE audit SET details = '{}' WHERE id = 3", "does not match its hash"),
    ("DELETE FROM audit WHERE id = 5", "chain is broken"),
    ("UPDATE sort_entries SET mct = 6000 WHERE lot_id = 2", "does not match the audit log"),
    ("UPDATE balances SET mct = mct + 5 WHERE place = 'stock'", "differs from the sum"),
    ("UPDATE parcels SET importer = 'Somebody' WHERE number = 'P1'", "sealed fingerprint"),
    ("UPDATE lots SET weighed_mct = 1 WHERE number = 'L1'", "weighed carats differ"),
    ("DELETE FROM category_stock WHERE mct > 0", "differs from the sum"),
    (
        "INSERT INTO balances VALUES ('stock', 1, 1, 0, '', 700, 1)",
        "differs from the sum",
    ),
    (
        "UPDATE sort_entries SET category_id = category_id + 1 WHERE lot_id = 2",
        "does not match the audit log",
    ),
    ("DELETE FROM sort_entries WHERE lot_id = 2", "in the audit log but not stored"),
    ("UPDATE audit SET object = 'L9' WHERE action = 'sort.add'", "does not match its hash"),
    ("UPDATE parcel_seals SET seal = 'S9'", "sealed fingerprint"),
    ("UPDATE postings SET mct = mct + 5 WHERE id = 1", "do not balance"),
    ("DELETE FROM postings WHERE journal_id = 1", "its lines do not match its hash"),
]
#: One case for each check that finds them (the ledger, the audit chain, sorting entries,
#: balances, sealed parcels, places): these run in verify's worker processes in CI too; the rest
#: only under ``pytest --long`` (each starts a pool of processes: about 0.8 s).
IN_PROCESSES_IN_CI = {0, 3, 4, 5, 6, 7}


def _tamper_cases():
    for parallel, name in ((False, "here"), (True, "in-processes")):
        for i, (tamper, expected) in enumerate(TAMPERS):
            marks = [pytest.mark.long] if parallel and i not in IN_PROCESSES_IN_CI else []
            yield pytest.param(
                tamper, expected, parallel, id=f"{name}-{tamper}-{expected}", marks=marks
            )


@pytest.mark.parametrize(("tamper", "expected", "parallel"), list(_tamper_cases()))
def test_verify_detects_tampering(busy, tamper, expected, parallel):
    with _forging(busy):
        busy.execute(tamper)
    report = verify(busy, parallel=parallel)
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems


def test_verify_detects_a_forged_but_rehashed_ledger_line(busy):
    """Rewriting a line and its journal's hash still breaks the link to the audit chain."""
    head, lines = next(
        (h, ln) for h, ln in ledger_sql.iter_canonical_journals(busy) if h["kind"] == "pack"
    )
    forged = [[*line[:5], line[5] * 2, line[6]] for line in lines]
    with _forging(busy):
        busy.execute("UPDATE postings SET mct = mct * 2 WHERE journal_id = ?", (head["id"],))
        busy.execute(
            "UPDATE journal SET hash = ? WHERE id = ?",
            (fingerprint(journal.journal_canonical(head, forged)), head["id"]),
        )
    problems = verify(busy).problems
    assert any("not recorded as such in the audit log" in p for p in problems)


def test_newer_schema_is_refused_and_left_alone(db_path):
    db = open_db(db_path)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.conn.commit()
    db.close()
    with pytest.raises(KnownStorageError, match="newer than this sortapp"):
        open_db(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("99",)
    raw.close()


def test_not_a_database_is_a_known_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(KnownStorageError, match="not a sortapp database"):
        open_db(path)


def test_missing_database_says_how_to_create_one(tmp_path):
    with pytest.raises(UserError, match="create one first"):
        open_db(tmp_path / "none.db")


def test_open_sets_wal_foreign_keys_and_busy_timeout(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    assert int(version) == migrations.SCHEMA_VERSION


@pytest.mark.parametrize("read_only", [False, True])
def test_open_bounds_the_memory_kept_of_the_file(db_path, read_only):
    """No memory map sized to the file (256 MB: the app was 400 MB resident after scrolling its
    long lists), a page cache of SQLite's default size (issue 15)."""
    db = open_db(db_path, read_only=read_only)
    try:
        assert db.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert db.execute("PRAGMA cache_size").fetchone()[0] == -2048
    finally:
        db.close()


def test_failure_midway_leaves_the_database_as_it_was(db, who, monkeypatch):
    """A crash after the ledger was written but before the audit entry rolls everything back."""
    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 100_000)
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("journal", "postings", "balances", "audit", "lots")
    }

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(sorting, "record", boom)
    with pytest.raises(OSError, match="disk full"):
        sorting.close_sorting(db, who.olu, "L1")
    after = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts}
    assert after == counts
    assert db.execute("SELECT status FROM lots WHERE number = 'L1'").fetchone()[0] == "sorting"
    assert verify(db).ok


def test_locked_database_is_a_known_error(db_path, who):
    blocker = sqlite3.connect(db_path)
    blocker.execute("BEGIN IMMEDIATE")
    db = open_db(db_path)
    db.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(KnownStorageError, match="busy"):
            make_lot(db, who.olu, "L1")
    finally:
        blocker.rollback()
        blocker.close()
    make_lot(db, who.olu, "L1")
    db.close()


class _ConnectionPlugin:
    """An installed sqlite-utils plugin, as any package of the machine's may bring: it is
    handed every connection made with sqlite-utils' plugins on (and could register SQL
    functions over the ones verify relies on)."""

    def __init__(self) -> None:
        self.seen: list[object] = []

    @sqlite_utils.hookimpl
    def prepare_connection(self, conn):
        self.seen.append(conn)


def test_no_sqlite_utils_plugin_reaches_a_connection_sortapp_opens(db, db_path, tmp_path):
    """sortapp registers no sqlite-utils plugin, and none of the machine's touches its
    connections; looking for them also read every installed package's metadata, at each cold
    start (issue 15)."""
    from sqlite_utils.plugins import pm  # noqa: PLC0415

    from sortapp.services import backups  # noqa: PLC0415
    from sortapp.storage import backup as backup_sql  # noqa: PLC0415
    from sortapp.storage import integrity  # noqa: PLC0415

    plugin = _ConnectionPlugin()
    pm.register(plugin)
    try:
        again = open_db(db_path)  # the app's own, for writing
        again.close()
        migrations.names()  # (what the schema version is counted from)
        migrations.expected_schema.__wrapped__()  # (uncached)
        integrity.open_reader(str(db_path)).close()  # verify's lanes
        taken = backups.make_backup(db, db_path, check=False)
        backup_sql.open_readonly(taken.path).close()  # a backup's check
        assert backups.check_file(taken.path, parallel=False)[0] is True
        # The plugin is there: a connection made with plugins on is handed to it.
        sqlite_utils.Database(memory=True).close()
        assert len(plugin.seen) == 1
    finally:
        pm.unregister(plugin)
