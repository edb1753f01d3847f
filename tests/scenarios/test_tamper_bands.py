"""Sorting entries held to their size class's bounds by verify (an attack round: an operator's
patched sortapp on a file wrote 132 stones of 300 ct into a class of 5.00-7.99 ct a stone; the
app refuses such goods since 2026-12-06 and the facility server from any user's session, but
verify, on a file, said OK). A file upgraded from a release that took any count is held from
the upgrade on, by the log's ``rules.bands`` entry: its earlier entries are no finding."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sortapp.core.errors import UserError
from sortapp.services import site, sorting
from sortapp.services import verify as verify_module
from sortapp.services.audit import record
from sortapp.services.verify import verify
from sortapp.storage import audit as audit_sql
from sortapp.storage import migrations
from sortapp.storage.db import open_db, transaction
from tests.conftest import PASSWORD, Actors, make_lot
from tests.forger import Forger, drop_from_index, raw_edit


@pytest.fixture(params=["sqlite", "postgresql"])
def forger(request: pytest.FixtureRequest) -> Iterator[Forger]:
    made = Forger(request, request.param)
    yield made
    made.db.close()


def _last_uid(db) -> str:
    return str(db.execute("SELECT uid FROM sort_entries ORDER BY id DESC LIMIT 1").fetchone()[0])


def _named(uid: str) -> str:
    return (
        f"sorting entry {uid}: no stones of its size class could weigh its carats as counted "
        "(sortapp refuses such goods; added outside sortapp)"
    )


def test_goods_no_stones_of_their_class_could_weigh_are_named(forger, monkeypatch):
    who = Actors(forger.db)
    make_lot(forger.db, who.olu, "L9", origins=[("BW", "Jwaneng")], stones=None)
    sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 9_900, 12)  # 0.825 ct each
    sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 660)  # not counted: one's least
    with pytest.raises(UserError, match="G1-SAW-Q1-W holds stones of"):
        sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 60_000, 15)
    assert verify(forger.db).ok
    named = []
    with monkeypatch.context() as patched:  # (the operator's own client)
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 60_000, 15)  # 4 ct each
        named.append(_last_uid(forger.db))
        sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 500)  # less than one stone
        named.append(_last_uid(forger.db))
        sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 9_000, 10)  # 0.900: sound
        # Half a thousandth a stone off its bounds: 10 stones read 0.999 ct may weigh 9.994.
        sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 9_995, 10)
    assert verify(forger.db).problems == [_named(uid) for uid in named]
    # Its correction stands: a reversal is no goods of its own.
    sorting.correct_entry(forger.db, who.sam, "L9", named[0], "keyed wrong")
    assert verify(forger.db).problems == [_named(uid) for uid in named]


def test_a_seal_made_before_the_rule_spares_none_of_its_entries(forger, monkeypatch):
    who = Actors(forger.db)
    make_lot(forger.db, who.olu, "L9", origins=[("BW", "Jwaneng")], stones=None)
    with monkeypatch.context() as patched:
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        sorting.add_entry(forger.db, who.olu, "L9", "G1-SAW-Q1-W", 60_000, 15)
    uid = _last_uid(forger.db)
    with monkeypatch.context() as older:  # (a seal by the release before, which did not look)
        older.setattr(verify_module, "STONES_RULES", 2)
        older.setattr(audit_sql, "bands_held_after", lambda _db: None)
        assert verify(forger.db, who.admin, seal=True).ok
    assert verify(forger.db, who.admin).problems == [_named(uid)]


def _old_site(path, monkeypatch):
    """A site made before the rule (its ``site.init`` says nothing of it), with lot L1 and
    its operator olu signed in."""
    db = open_db(path, create=True)
    real = site.record

    def as_before(db_, actor, action, obj, details, *args, **kwargs):
        if action == "site.init":
            details = {k: v for k, v in details.items() if k != "bands"}
        return real(db_, actor, action, obj, details, *args, **kwargs)

    with monkeypatch.context() as before:
        before.setattr(site, "record", as_before)
        site.init_site(db, code="OLD", name="Old site", country_code="BW", admin="admin",
                       password=PASSWORD)  # fmt: skip
    admin = site.login(db, "admin", PASSWORD)
    site.add_user(db, admin, "olu", "operator", PASSWORD)
    olu = site.login(db, "olu", PASSWORD)
    make_lot(db, olu, "L1", origins=[("BW", "Jwaneng")], stones=None)
    return db, olu


def test_an_upgraded_file_is_held_from_its_upgrade_on(tmp_path, monkeypatch):
    """A site made before the rule (its ``site.init`` says nothing of it): its entries before
    the upgrade took any count, rightly then; those after it are held."""
    db, olu = _old_site(tmp_path / "old.db", monkeypatch)
    assert audit_sql.bands_held_after(db) is None
    with monkeypatch.context() as patched:  # (as the release before took it)
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        sorting.add_entry(db, olu, "L1", "G1-SAW-Q1-W", 60_000, 15)
    assert verify(db).ok
    with transaction(db):  # the upgrade
        migrations.m0026_bands_held_from_here(db)
    assert audit_sql.bands_held_after(db) == 1
    assert verify(db).ok
    with monkeypatch.context() as patched:  # (an operator's patched client since)
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        sorting.add_entry(db, olu, "L1", "G1-SAW-Q1-W", 30_000, 10)
    uid = _last_uid(db)
    # An entry appended to the log later names no other start.
    with transaction(db):
        migrations.m0026_bands_held_from_here(db)
    assert audit_sql.bands_held_after(db) == 1
    assert verify(db).problems == [_named(uid)]
    db.close()


@pytest.mark.parametrize("said", [10**9, "all of them", -1])
def test_a_start_made_up_before_the_upgrade_exempts_nothing_after_it(tmp_path, monkeypatch, said):
    """An attack round (2026-12-07): an operator's patched client appended a ``rules.bands``
    entry naming entry 1,000,000,000 before the upgrade, and no entry was held again; one
    saying no number turned the rule off unsaid."""
    path = tmp_path / "old.db"
    db, olu = _old_site(path, monkeypatch)
    with monkeypatch.context() as patched:  # (taken by the release before: no finding)
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        sorting.add_entry(db, olu, "L1", "G1-SAW-Q1-W", 60_000, 15)
    before = _last_uid(db)
    with transaction(db):  # (the operator's own client, through sortapp's log)
        record(db, olu, "rules.bands", "", {"entries_before": said})
    with transaction(db):  # the upgrade: its entry, after that one, is not the first
        migrations.m0026_bands_held_from_here(db)
    with monkeypatch.context() as patched:
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        sorting.add_entry(db, olu, "L1", "G1-SAW-Q1-W", 30_000, 10)
    after = _last_uid(db)
    held = [after] if isinstance(said, int) and said >= 0 else [before, after]
    assert verify(db).problems == [_named(uid) for uid in held]
    db.close()


def test_the_start_is_read_from_the_log_itself_not_its_index(db_path, db, who, monkeypatch):
    """A review (2026-12-07): the site's first entry taken out of the log's index of actions
    alone (on a file: a server's indexes are its own) hid where the rule began, and verify
    held no entry to it."""
    make_lot(db, who.olu, "L9", origins=[("BW", "Jwaneng")], stones=None)
    with monkeypatch.context() as patched:
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        sorting.add_entry(db, who.olu, "L9", "G1-SAW-Q1-W", 60_000, 15)
    uid = _last_uid(db)
    db.close()
    drop_from_index(db_path, "audit", "audit_by_action", "action = 'site.init'")
    reopened = open_db(db_path)
    try:
        assert _named(uid) in verify(reopened).problems
    finally:
        reopened.close()


def test_specials_are_recorded_one_counted_stone_an_entry(forger, monkeypatch):
    """The same round: five stones of 100 ct, and 300 ct not counted, recorded as specials
    (the app records each alone): verify said OK to each."""
    who = Actors(forger.db)
    make_lot(forger.db, who.olu, "L9", origins=[("BW", "Jwaneng")], stones=None,
             weighed_mct=500_000)  # fmt: skip
    special = forger.db.execute(
        "SELECT c.code FROM categories c JOIN size_classes s ON s.code = c.size "
        "WHERE s.band = 'specials' ORDER BY c.id LIMIT 1"
    ).fetchone()[0]
    sorting.add_entry(forger.db, who.olu, "L9", special, 12_000, 1)
    said = []
    with monkeypatch.context() as patched:  # (the operator's own client)
        patched.setattr(sorting, "entry_stones", lambda _cat, _mct, stones: stones)
        patched.setattr(sorting, "check_band", lambda _cat, _mct, _stones: None)
        for mct, stones in ((100_000, 5), (300_000, None)):
            sorting.add_entry(forger.db, who.olu, "L9", special, mct, stones)
            said.append(
                f"sorting entry {_last_uid(forger.db)}: specials not recorded one counted "
                "stone an entry (sortapp records each special alone; added outside sortapp)"
            )
    assert verify(forger.db).problems == said


def test_goods_of_a_bounded_class_counted_as_no_stones_are_named(db_path, db, who):
    """The same round: 1,000 ct of grainers stored as counted, with no stones (the app stores
    goods it did not count as not counted)."""
    make_lot(db, who.olu, "L9", origins=[("BW", "Jwaneng")], stones=None)
    sorting.add_entry(db, who.olu, "L9", "G1-SAW-Q1-W", 9_000)
    uid = _last_uid(db)
    db.close()
    raw_edit(db_path, f"UPDATE sort_entries SET stones_counted = 1 WHERE uid = '{uid}'")
    reopened = open_db(db_path)
    try:
        named = (
            f"sorting entry {uid}: goods counted as no stones (sortapp records goods it did not "
            "count as not counted; added outside sortapp)"
        )
        assert named in verify(reopened).problems
    finally:
        reopened.close()


def test_a_category_moved_to_another_size_class_is_refused_and_named(forger):
    """The same round: a supervisor's patched sortapp moved a category into a class with no
    bounds inside a signed action, and then wrote 132 stones of 300 ct into it; verify said
    OK. Categories and size classes are posted rows now: refused, and named once recorded."""
    moved = "UPDATE categories SET size = 'S1' WHERE code = 'G1-SAW-Q1-W'"
    refused = "categories rows are posted and cannot be changed"
    with pytest.raises(Exception, match=refused), transaction(forger.db):
        forger.db.execute(moved)
    assert verify(forger.db).ok
    key = forger.db.execute("SELECT id FROM categories WHERE code = 'G1-SAW-Q1-W'").fetchone()[0]
    uid = forger.explained(moved, [f"[{key}]"], "sam", "sort.add", table="categories")
    problems = verify(forger.db).problems
    assert any(
        f"audit entry {uid} records a change sortapp never makes to such rows" in problem
        for problem in problems
    ), problems


def test_what_the_sites_first_entry_says_is_read_from_the_log_itself(db_path, db):
    """The same review: weighings kept from the site's first action, as its ``site.init``
    says, were read through the index of actions too."""
    assert audit_sql.weighed_from_start(db) and audit_sql.bands_held_after(db) == 0
    db.close()
    drop_from_index(db_path, "audit", "audit_by_action", "action = 'site.init'")
    reopened = open_db(db_path)
    try:
        assert audit_sql.weighed_from_start(reopened)
        assert audit_sql.bands_held_after(reopened) == 0
    finally:
        reopened.close()
