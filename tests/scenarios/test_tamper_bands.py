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
from sortapp.services.verify import verify
from sortapp.storage import audit as audit_sql
from sortapp.storage import migrations
from sortapp.storage.db import open_db, transaction
from tests.conftest import PASSWORD, Actors, make_lot
from tests.forger import Forger


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


def test_an_upgraded_file_is_held_from_its_upgrade_on(tmp_path, monkeypatch):
    """A site made before the rule (its ``site.init`` says nothing of it): its entries before
    the upgrade took any count, rightly then; those after it are held."""
    path = tmp_path / "old.db"
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
