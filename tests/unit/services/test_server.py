"""The facility server's use cases: what its backup is, and moving a site's file to it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import psycopg
import pytest

from sortapp.core.errors import PermissionDenied, UserError
from sortapp.services import lots, reports, server, site, sorting, transfers, verify
from sortapp.storage import dbapi, integrity_pg, migrate, serverops
from sortapp.storage.db import open_db, open_server
from tests.conftest import PASSWORD, Actors, make_lot, seal_parcel_for_za


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(db) -> list[str]:
    return [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND name <> '_sqlite_migrations' ORDER BY name"
        )
    ]


def _counts(db, tables) -> dict[str, int]:
    return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _history(db) -> tuple[list, list, list]:
    """The audit chain (id, site, hash), the ledger (id, uid, hash) and the balances."""
    return (
        [tuple(r) for r in db.execute("SELECT id, site, prev_hash, hash FROM audit ORDER BY id")],
        [tuple(r) for r in db.execute("SELECT id, uid, hash FROM journal ORDER BY id")],
        sorted(
            tuple(r)
            for r in db.execute(
                "SELECT place, lot_id, category_id, parcel_id, loss_type, mct, stones FROM balances"
            )
        ),
    )


@pytest.fixture
def site_file(db_path: Path, tmp_path: Path) -> Path:
    """The test site's file with a real history: two lots sorted and closed, a parcel packed,
    sealed and exported as a transfer file, a third lot received and partly sorted; closed."""
    db = open_db(db_path)
    who = Actors(db)
    seal_parcel_for_za(db, who)
    transfers.export_bundle(db, who.sam, "P1", tmp_path / "p1.sortapp-transfer", to_site="ZAK")
    make_lot(db, who.olu, "L3")
    sorting.add_entry(db, who.olu, "L3", "S5-SAW-Q1-W", 10_000, None)
    db.close()
    return db_path


def test_migrate_moves_every_row_and_leaves_the_file_untouched(site_file, pg_url):
    before = _digest(site_file)
    beside = sorted(p.name for p in site_file.parent.iterdir())

    moved = server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)

    assert _digest(site_file) == before
    assert sorted(p.name for p in site_file.parent.iterdir()) == beside
    file_db = open_db(site_file, read_only=True)
    server_db = open_server(pg_url)
    try:
        tables = _tables(file_db)
        expected = _counts(file_db, tables)
        assert _counts(server_db, tables) == expected
        assert expected["journal"] > 0 and expected["sealed_lines"] > 0  # a real history
        assert _history(server_db) == _history(file_db)
        head = file_db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert moved.chain_heads == {"KSF": head}
        assert moved.rows == {t: n for t, n in expected.items() if t != "meta"}
        assert moved.journal == (
            expected["journal"],
            file_db.execute("SELECT hash FROM journal ORDER BY id DESC LIMIT 1").fetchone()[0],
        )
        # The derived tables (balances, stock, sorting totals) equal, row by row.
        for table in ("balances", "category_stock", "lot_sorting_totals"):
            cols = [r[1] for r in file_db.execute(f"PRAGMA table_info({table})")]
            assert migrate.table_state(server_db, table, cols, cols) == migrate.table_state(
                file_db, table, cols, cols
            )
    finally:
        file_db.close()
        server_db.close()


def _reports(db, actor) -> tuple[object, ...]:
    return (
        reports.stock(db, actor),
        reports.stock(db, actor, by_origin=True),
        reports.year_end_stock(db, actor, reports.LAST_YEAR),
        reports.lot_lineage(db, actor, "L2"),
    )


def test_the_reports_and_their_stones_counted_read_the_same_on_the_server(site_file, pg_url):
    """Stock (by category and by origin), the year's end and a lot's lineage, with whether
    their stones were counted, read on the server as on the file they were moved from."""
    file_db = open_db(site_file, read_only=True)
    try:
        on_file = _reports(file_db, site.login(file_db, "admin", PASSWORD))
    finally:
        file_db.close()
    by_origin = {(r.category, r.origin): r.stones_counted for r in on_file[1]}
    assert by_origin == {("S5-SAW-Q1-W", "NA"): "none", ("G1-SAW-Q1-W", "NA"): "all"}
    assert [line["counted"] for line in on_file[2]["lines"]] == ["none", "all"]
    server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    server_db = open_server(pg_url)
    try:
        assert _reports(server_db, site.login(server_db, "admin", PASSWORD)) == on_file
    finally:
        server_db.close()


def test_verify_is_ok_on_both_sides_and_the_file_s_seal_serves_on_the_server(
    site_file, pg_url, monkeypatch
):
    db = open_db(site_file)
    try:  # a nightly verify of the file, sealed by the site key's holder
        assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
        sealed_upto = db.execute("SELECT max(id) FROM audit").fetchone()[0]
    finally:
        db.close()
    server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    spans = []
    chain_pass = integrity_pg.audit_pass

    def spy(db, after, upto, heads, misnamed=None):
        spans.append(after)
        return chain_pass(db, after, upto, heads, misnamed)

    monkeypatch.setattr(integrity_pg, "audit_pass", spy)
    server_db = open_server(pg_url)
    try:
        report = verify.verify(server_db)
        assert report.ok, report.problems
        # The chain was followed from the file's seal on: its digests, made by SQLite, are
        # the server's to the byte.
        assert spans == [sealed_upto - 1], (spans, sealed_upto)
    finally:
        server_db.close()
    file_db = open_db(site_file, read_only=True)
    try:
        assert verify.verify(file_db).ok
    finally:
        file_db.close()


def test_the_moved_tables_have_the_planner_s_statistics(site_file, pg_url):
    server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    db = open_server(pg_url)
    try:
        unanalyzed = [
            r[0]
            for r in db.execute(
                "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL "
                "AND relname IN ('audit', 'journal', 'postings', 'lots', 'sort_entries')"
            )
        ]
    finally:
        db.close()
    assert unanalyzed == []


def test_the_site_goes_on_on_the_server_from_the_file_s_chain_head(site_file, pg_url):
    moved = server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    db = open_server(pg_url)
    try:
        olu = site.login(db, "olu", PASSWORD)
        lots.receive_lot(
            db, olu, number="L4", origins=[("BW", "Jwaneng")], weighed_mct=5_000, stones=10
        )
        (prev,) = db.execute("SELECT prev_hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        assert prev == moved.chain_heads["KSF"]
        assert [r[0] for r in db.execute("SELECT number FROM lots ORDER BY id")] == [
            "L1",
            "L2",
            "L3",
            "L4",
        ]
        # The server's rules hold again after the copy: a posted row cannot be changed.
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
            db.execute("UPDATE journal SET reason = 'x'")
    finally:
        db.close()


def test_a_second_move_into_the_same_database_is_refused(site_file, pg_url):
    server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    db = open_server(pg_url)
    counted = _counts(db, ["audit", "journal", "lots"])
    db.close()
    with pytest.raises(UserError, match=r"is not empty \(\d+ tables hold rows: audit, "):
        server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    db = open_server(pg_url)
    assert _counts(db, ["audit", "journal", "lots"]) == counted
    db.close()


def _server_tables(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        ]


def test_only_an_admin_of_the_file_moves_it_and_the_server_is_not_touched(site_file, pg_url):
    with pytest.raises(PermissionDenied, match=r"needs an? admin"):
        server.migrate_to_server(site_file, pg_url, "sam", PASSWORD)
    with pytest.raises(PermissionDenied, match="sign-in refused"):
        server.migrate_to_server(site_file, pg_url, "admin", "wrong password")
    assert _server_tables(pg_url) == []


def test_the_move_needs_the_owner_s_url(site_file, pg_url):
    without_user = pg_url.replace("sortapp_owner:", "").split("@", 1)
    url = f"postgresql://{without_user[1]}"
    with pytest.raises(UserError, match="the database owner's: name the owner in the URL"):
        server.migrate_to_server(site_file, url, "admin", PASSWORD)


def test_a_file_in_use_is_not_moved(db_path, pg_url):
    db = open_db(db_path)  # open elsewhere: its latest changes are in the -wal file
    try:
        make_lot(db, site.login(db, "olu", PASSWORD), "L9")
        with pytest.raises(UserError, match="close sortapp on every workstation"):
            server.migrate_to_server(db_path, pg_url, "admin", PASSWORD)
    finally:
        db.close()
    assert _server_tables(pg_url) == []


def test_a_copy_that_differs_from_the_file_is_rolled_back(site_file, pg_url, monkeypatch):
    real = migrate.table_state

    def lying(db, table, columns, key):
        state = real(db, table, columns, key)
        if table == "lots" and not dbapi.sqlite(db):  # the server's side counts one less
            return migrate.TableState(state.rows - 1, state.digest)
        return state

    monkeypatch.setattr(migrate, "table_state", lying)
    with pytest.raises(UserError, match="lots: 2 rows on the server, 3 in the file"):
        server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    db = open_server(pg_url)
    try:
        assert migrate.occupied(db) == {}
        # The triggers disabled for the copy are enabled again (the ALTERs were rolled back).
        disabled = db.execute(
            "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'"
        ).fetchone()[0]
        assert disabled == 0
    finally:
        db.close()


# -- backups on the server ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "said"),
    [
        (("off", "(disabled)", ""), "archive_mode is off (set it to on) and no archive_command"),
        (("on", "", ""), "no archive_command or archive_library is set"),
        (("on", "cp %p /arch/%f", ""), ""),
        (("always", "", "basic_archive"), ""),
        ((None, None, None), "may not read the server's archive settings"),
    ],
)
def test_what_archiving_lacks_is_said(settings, said):
    missing = server.archiving_missing(serverops.Archiving(*settings))
    assert (said in missing) if said else missing == ""


def test_backup_on_a_server_without_archiving_is_refused_with_what_to_set(pg_site_url):
    db = open_server(pg_site_url)
    try:
        with pytest.raises(UserError, match="set it to on") as refused:
            server.backup_statement(db)
    finally:
        db.close()
    assert refused.value.code == "server_backup"
    assert "archive_command" in str(refused.value)


def test_after_the_move_each_user_has_a_server_role_and_the_admin_signs_in(site_file, pg_url):
    moved = server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    assert set(moved.roles) == {"admin", "sam", "sue", "olu", "ola"}
    assert set(moved.waiting) == {"sam", "sue", "olu", "ola"}  # the file has no usable secret
    server_url = pg_url.split("@", 1)[1]  # host, port and database, without the owner
    as_admin = open_server(f"postgresql://{server_url}", user="admin", password=PASSWORD)
    try:
        actor = site.login(as_admin, "admin", PASSWORD)  # their own role, their own password
        (who,) = as_admin.execute("SELECT session_user").fetchone()
        assert (actor.name, who) == ("admin", "admin")
    finally:
        as_admin.close()
    with psycopg.connect(pg_url) as owner:  # each user's role is in the group of their role
        groups = dict(
            owner.execute(
                "SELECT r.rolname, g.rolname FROM pg_auth_members m "
                "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE r.rolname IN ('admin', 'sam', 'olu') AND g.rolname LIKE 'sortapp\\_%'"
            ).fetchall()
        )
    assert groups == {
        "admin": "sortapp_admin",
        "sam": "sortapp_supervisor",
        "olu": "sortapp_operator",
    }


def test_a_file_another_sortapp_wrote_last_moves_and_the_server_names_this_one(site_file, pg_url):
    # (issue 17) meta is the schema's own: its written_by is the server's, not compared.
    from sortapp import __version__  # noqa: PLC0415
    from sortapp.storage import written  # noqa: PLC0415

    db = open_db(site_file)
    db.execute("UPDATE meta SET value = '0.0.9' WHERE key = 'written_by'")
    db.conn.commit()
    db.close()
    server.migrate_to_server(site_file, pg_url, "admin", PASSWORD)
    server_db = open_server(pg_url)
    file_db = open_db(site_file, read_only=True)
    try:
        assert (written.read(server_db), written.read(file_db)) == (__version__, "0.0.9")
    finally:
        server_db.close()
        file_db.close()
