"""Default verify reads the audit log from its own table where an index edited alone (which
``quick_check`` does not match to its table) would change what it vouches for: the grants of
roles and the site key's place (``audit_by_action``), and the records of rows the replay
follows (``audit_with_rows``). Each test builds the attack, as someone with the file can, shows
what it does to the app, and that verify names it (found by a review, 2026-12-03, when default
verify read each of these files sound)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sortapp.core.roles import Role
from sortapp.services import site, verify
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_lot, make_sorted_lot
from tests.forger import raw_edit
from tests.unit.services.test_verify_pages import _only_btrees_written

pytestmark = pytest.mark.sqlite_only("pages of a SQLite file written back")


def _verified(db_path, **kwargs) -> verify.Report:
    fresh = open_db(db_path)
    try:
        return verify.verify(fresh, parallel=False, **kwargs)
    finally:
        fresh.close()


def _found(db_path, *expected: str) -> None:
    """A default verify names each of ``expected`` (a part of a finding)."""
    problems = _verified(db_path).problems
    for part in expected:
        assert any(part in problem for problem in problems), (part, problems)


def _role_on_signing_in(db_path, name: str) -> Role:
    """What the edit did: the role ``name`` signs in with."""
    fresh = open_db(db_path)
    try:
        return site.login(fresh, name, PASSWORD).role
    finally:
        fresh.close()


def _seal(db) -> None:
    assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok


# -- rights: a user's grant hidden from audit_by_action and audit_with_rows --------------------


@pytest.mark.parametrize("history", ["never sealed", "sealed between the grants"])
@pytest.mark.parametrize("undone", ["role lowered", "deactivated"])
def test_a_signed_demotion_hidden_in_the_audit_indexes_is_found(
    db, db_path, who, tmp_path, history, undone
):
    """olu is made a supervisor (signed), then made an operator again (or deactivated: signed
    too). The later ``user.set`` left out of ``audit_by_action`` (``granted_roles`` reads the
    grants by it) and of ``audit_with_rows`` (the rows replay reads the records of rows by it),
    the users row set back as the first grant left it: the grants and the replay read through
    those indexes took the first grant for the last, and the row for as it recorded it. Read
    from the table, the row's change and the role are named."""
    make_sorted_lot(db, who.olu, "L1")
    site.set_user(db, who.admin, "olu", role="supervisor")
    if history != "never sealed":
        _seal(db)
    if undone == "role lowered":
        site.set_user(db, who.admin, "olu", role="operator")
        back = "UPDATE users SET role = 'supervisor' WHERE name = 'olu'"
    else:
        site.set_user(db, who.admin, "olu", active=False)
        back = "UPDATE users SET active = 1 WHERE name = 'olu'"
    (demotion,) = db.execute(
        "SELECT max(id) FROM audit WHERE action = 'user.set' AND object = 'olu'"
    ).fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    _only_btrees_written(
        db,
        db_path,
        tmp_path,
        (f"DELETE FROM audit WHERE id = {demotion}", back),
        ("audit_by_action", "audit_with_rows", "users"),
    )
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT role, active FROM users WHERE name = 'olu'").fetchone() == (
        "supervisor",
        1,
    )
    assert raw.execute(f"SELECT action FROM audit WHERE id = {demotion}").fetchone() == (
        "user.set",
    )  # (the entry itself is there, in the table)
    raw.close()
    _found(
        db_path,
        "users row [",
        "user olu: role supervisor is not what the audit log gave them",
    )
    assert _role_on_signing_in(db_path, "olu") is Role.SUPERVISOR


# -- rights: the first site.key entry moved in audit_by_action (``audit.first_id``) -----------


@pytest.mark.parametrize("history", ["never sealed", "sealed"])
def test_an_unsigned_grant_under_the_site_key_moved_in_audit_by_action_is_found(
    db, db_path, who, tmp_path, history
):
    """``first_id(db, 'site.key')`` read ``min(id)`` of the covering index ``audit_by_action``
    alone: the signatures check asks for signatures only after that id, and the users' grants
    trust any entry before it. olu raised to admin outside sortapp, an unsigned ``user.set``
    by the admin appended to record it (a valid chain hash, as ``test_an_appended_entry_in_an_
    admins_name_is_named``), then a harmless entry; in ``audit_by_action`` alone, the site.key
    entry (id 3) is moved onto that last entry's id: every check read the forged grant as one
    made before the site key. Read from the table, the grant is unsigned, and named."""
    from tests.forger import append_forged_entry, row_hash  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    if history == "sealed":
        _seal(db)
    (olu,) = db.execute("SELECT id FROM users WHERE name = 'olu'").fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()
    for stale in (f"{db_path}-wal", f"{db_path}-shm"):
        Path(stale).unlink(missing_ok=True)
    key = f"[{olu}]"
    before = row_hash(db_path, "users", key)
    raw_edit(db_path, "UPDATE users SET role = 'admin' WHERE name = 'olu'")
    grant = [["users", key, before, row_hash(db_path, "users", key)]]
    append_forged_entry(
        db_path, "admin", "user.set", grant, {"active": True, "role": "admin"}, obj="olu"
    )
    append_forged_entry(db_path, "olu", "lot.view", [], {}, obj="L1")  # (any entry after it)
    raw = sqlite3.connect(db_path)
    (last,) = raw.execute("SELECT max(id) FROM audit").fetchone()
    (first,) = raw.execute("SELECT min(id) FROM audit WHERE action = 'site.key'").fetchone()
    raw.close()
    reopened = open_db(db_path)
    _only_btrees_written(
        reopened,
        db_path,
        tmp_path,
        (
            f"UPDATE audit SET action = 'site.key-moved' WHERE id = {first}",
            f"UPDATE audit SET action = 'site.key' WHERE id = {last}",
        ),
        ("audit_by_action",),
    )
    raw = sqlite3.connect(db_path)
    assert raw.execute(f"SELECT action FROM audit WHERE id = {first}").fetchone() == ("site.key",)
    assert raw.execute("SELECT role FROM users WHERE name = 'olu'").fetchone() == ("admin",)
    raw.close()
    _found(
        db_path,
        "user olu: role admin is not what the audit log gave them",
        "without the site key's signature",
    )
    assert _role_on_signing_in(db_path, "olu") is Role.ADMIN


def test_an_unsigned_acknowledgement_filed_under_another_action_in_audit_by_action_is_found(
    db, db_path, who, tmp_path
):
    """A supervisor's acknowledgement of a lot's weight difference (a signed
    ``lot.acknowledge``) forged by someone with the file: the lot's row set as sam would have
    set it, an unsigned entry in sam's name appended to record it (a valid chain hash), and
    that entry filed in ``audit_by_action`` alone under an operator's action. The signatures
    check found the signed actions' entries by that index, and of the others only those that
    change a signed table's rows (a lot's row is an operator's too): the forgery read sound,
    and the lot closes with no supervisor's word. Read from the table, it is named."""
    from sortapp.services import lots  # noqa: PLC0415
    from tests.forger import explained_edit  # noqa: PLC0415

    make_lot(db, who.olu, "L1", weighed_mct=199_899, declared_mct=200_000)
    assert lots.get_lot(db, "L1").weight_flag
    (lot,) = db.execute("SELECT id FROM lots WHERE number = 'L1'").fetchone()
    (sam,) = db.execute("SELECT id FROM users WHERE name = 'sam'").fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()
    for stale in (f"{db_path}-wal", f"{db_path}-shm"):
        Path(stale).unlink(missing_ok=True)
    acknowledged = (
        f"UPDATE lots SET weight_ack_by = {sam}, weight_ack_reason = 'scale checked' "
        f"WHERE id = {lot}"
    )
    explained_edit(db_path, acknowledged, "lots", f"[{lot}]", "sam", "lot.acknowledge")
    raw = sqlite3.connect(db_path)
    (forged,) = raw.execute("SELECT max(id) FROM audit").fetchone()
    raw.close()
    _only_btrees_written(
        open_db(db_path),
        db_path,
        tmp_path,
        (f"UPDATE audit SET action = 'lot.weigh' WHERE id = {forged}",),
        ("audit_by_action",),
    )
    _found(db_path, f"KSF-A{forged}", "without the site key's signature")
    fresh = open_db(db_path)
    try:  # (what the edit did: the difference stands acknowledged, by sam)
        assert lots.get_lot(fresh, "L1").weight_acknowledged
    finally:
        fresh.close()


# -- value: a recorded change undone, its entry left out of audit_with_rows --------------------


@pytest.mark.parametrize("history", ["never sealed", "sealed before the change"])
def test_a_price_change_undone_with_its_entry_left_out_of_audit_with_rows_is_found(
    db, db_path, who, tmp_path, history
):
    """The rows replay read the records of rows through the partial index ``audit_with_rows``
    (``rowcover.replay``, ``replay_streamed``): an entry left out of it is not replayed, so the
    rows it inserted or changed may be deleted or set back and read as the log says. sam's
    signed price of S5-SAW-Q1-W (200.00 USD/ct) is undone: its prices row deleted (the table
    and its index), the entry (still in the table, chained, signed) left out of
    ``audit_with_rows``: the price is back at 100.00. The replay reads the table: the row
    its entry added is named as deleted."""
    from sortapp.services import assortment  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    if history != "never sealed":
        _seal(db)
    code = "S5-SAW-Q1-W"
    category = assortment.get_category(db, code).id
    assortment.set_price(db, who.sam, code, 20_000, "2020-06-01")
    (price,) = db.execute("SELECT max(id) FROM prices").fetchone()
    (entry,) = db.execute("SELECT max(id) FROM audit WHERE action = 'price.set'").fetchone()
    assert assortment.prices_on(db, "2021-01-01")[category] == 20_000
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    _only_btrees_written(
        db,
        db_path,
        tmp_path,
        (f"DELETE FROM prices WHERE id = {price}", f"DELETE FROM audit WHERE id = {entry}"),
        ("prices", "prices_by_category", "audit_with_rows"),
    )
    raw = sqlite3.connect(db_path)
    assert raw.execute(f"SELECT action FROM audit WHERE id = {entry}").fetchone() == ("price.set",)
    raw.close()
    _found(db_path, f"prices row [{price}]: deleted outside sortapp")
    fresh = open_db(db_path)
    try:  # (what the edit did: the price is back at 100.00)
        assert assortment.prices_on(fresh, "2021-01-01")[category] == 10_000
    finally:
        fresh.close()


# -- sorting files: an entry of another kind filed as an import in audit_by_action -------------


def test_a_file_s_record_made_by_an_entry_filed_as_an_import_in_audit_by_action_is_found(
    db, db_path, who, tmp_path
):
    """The imports that record ``entry_files`` rows are found by ``audit_by_action``
    (``integrity.imports_recorded``). Someone with the file adds a row claiming sam's
    correction (an entry with no weighing: no other finding) came from a file, records it in an
    unsigned ``lot.weigh`` entry whose details read as an import's, and files that entry in the
    index alone as ``sort.import``: read by the index, it was the import that made the row, and
    the file read sound. Read from the table, it is no import: the row is named."""
    from sortapp.core import uids  # noqa: PLC0415
    from sortapp.services import imports, sorting  # noqa: PLC0415
    from sortapp.services.journal import entries_digest  # noqa: PLC0415
    from sortapp.storage import integrity  # noqa: PLC0415
    from tests.forger import append_forged_entry, row_hash  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    csv = "lot,category,carats\nL1,S5-SAW-Q1-W,2.000\n"
    assert imports.import_sorting(db, who.olu, csv, file="a.csv").ok
    sorting.correct_entry(db, who.sam, "L1", uids.entry("KSF", 1), "wrong category")
    (correction,) = db.execute("SELECT max(id) FROM sort_entries").fetchone()
    uid = uids.entry("KSF", correction)
    members = integrity.entries_between(db, correction, correction)
    assert _verified(db_path).ok
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()
    for stale in (f"{db_path}-wal", f"{db_path}-shm"):
        Path(stale).unlink(missing_ok=True)
    raw_edit(
        db_path,
        "INSERT INTO entry_files (id, first_entry, last_entry, file, user_id, at) "
        f"SELECT 9, {correction}, {correction}, 'forged.csv', id, 't' FROM users "
        "WHERE name = 'olu'",
    )
    rows = [["entry_files", "[9]", None, row_hash(db_path, "entry_files", "[9]")]]
    said = {"digest": entries_digest(members), "entries": 1, "first": uid, "last": uid}
    append_forged_entry(db_path, "olu", "lot.weigh", rows, {**said, "file": "forged.csv"})
    raw = sqlite3.connect(db_path)
    (forged,) = raw.execute("SELECT max(id) FROM audit").fetchone()
    raw.close()
    _only_btrees_written(
        open_db(db_path),
        db_path,
        tmp_path,
        (f"UPDATE audit SET action = 'sort.import' WHERE id = {forged}",),
        ("audit_by_action",),
    )
    raw = sqlite3.connect(db_path)
    assert raw.execute(f"SELECT action FROM audit WHERE id = {forged}").fetchone() == (
        "lot.weigh",
    )  # (the table's row: the index alone says otherwise)
    raw.close()
    _found(
        db_path,
        f"entry_files row [9] (sorting entry {uid}, from file forged.csv): no import of a sorting "
        "file records it",
    )
