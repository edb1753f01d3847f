"""Another workstation's actions, seen: what they changed, named by id, once committed."""

from __future__ import annotations

import select

import pytest

from sortapp.services import lots, parcels, site, sorting, watch
from sortapp.storage.db import open_db, open_server, transaction
from tests.conftest import PASSWORD, make_lot


def _lot_id(db, number: str) -> int:
    return lots.get_lot(db, number).id


def test_a_file_shows_what_another_connection_committed(db_path):
    here, there = open_db(db_path), open_db(db_path)
    try:
        watcher = watch.Watcher.start(here)
        assert not watcher.others_committed(here) and watcher.changes(here) is None
        olu = site.login(there, "olu", PASSWORD)
        make_lot(there, olu, "L1")
        assert watcher.others_committed(here)
        seen = watcher.changes(here)
        assert seen is not None and seen.lots == {_lot_id(here, "L1")} and seen.ledger
        assert watcher.changes(here) is None  # each entry once
        make_lot(there, olu, "L2")
        sorting.add_entry(there, olu, "L1", "S5-SAW-Q1-W", 10_000)
        parcels.create_parcel(there, olu, "P1", importer="Antwerp Rough NV", destination="BE")
        seen = watcher.changes(here)
        assert seen is not None
        assert seen.lots == {_lot_id(here, "L1"), _lot_id(here, "L2")} and seen.sorting
        assert seen.parcels == {parcels.get_parcel(here, "P1").id}
        assert not seen.users and not seen.prices  # areas not touched stay quiet
    finally:
        here.close()
        there.close()


def test_an_import_names_the_lots_it_sorted(db, who):
    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    watcher = watch.Watcher.start(db)
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 10_000)
    before = watcher.marks
    seen = watch.changes_of(db, [("sort.import", "rows.csv")], before)
    assert seen.lots == {_lot_id(db, "L2")} and seen.sorting and seen.stock


def test_the_server_says_when_an_action_is_committed(pg_site_url):
    here, there = open_server(pg_site_url), open_server(pg_site_url)
    listener = watch.listener(here)
    assert listener is not None
    try:
        watcher = watch.Watcher.start(here)
        olu = site.login(there, "olu", PASSWORD)
        with transaction(there):
            lots.receive_lot(
                there, olu, number="L1", origins=[("BW", "M")], weighed_mct=1_000, stones=None
            )
            assert not listener.heard()  # not committed yet: nothing said
        ready, _, _ = select.select([listener.fileno()], [], [], 10)
        assert ready and listener.heard()
        seen = watcher.changes(here)
        assert seen is not None and seen.lots == {_lot_id(here, "L1")}
        assert not listener.heard()  # heard once
    finally:
        listener.close()
        here.close()
        there.close()


@pytest.mark.sqlite_only("a file is polled; the server's listener is tested above")
def test_a_file_has_no_listener_it_is_polled(db):
    assert watch.listener(db) is None


@pytest.mark.expect_log("WARNING", "were not told of a write", logger="sortapp.storage.db")
def test_a_word_the_server_cannot_queue_costs_the_word_not_the_write(pg_site_url, monkeypatch):
    """An attack round's: a trigger on the audit log notified inside the write, and with the
    server's queue of notifications filled (any session can, holding its tail), every write of
    the facility failed at its commit. A workstation now says so after its commit, and a word
    the server refuses (here: a channel it takes for none) leaves the write committed."""
    from sortapp.storage import pgschema  # noqa: PLC0415

    db = open_server(pg_site_url)
    try:
        olu = site.login(db, "olu", PASSWORD)
        monkeypatch.setattr(pgschema, "CHANNEL", "")
        lots.receive_lot(
            db, olu, number="L1", origins=[("BW", "M")], weighed_mct=1_000, stones=None
        )
        assert db.execute("SELECT count(*) FROM lots WHERE number = 'L1'").fetchone()[0] == 1
        triggers = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit'::regclass"
        assert not [name for (name,) in db.execute(triggers) if "notify" in name]
    finally:
        db.close()
