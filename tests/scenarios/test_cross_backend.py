"""One scripted history, run on a SQLite file and on the PostgreSQL server, hashes the same.

The canonical hashed forms (journal entries, audit entries with their record of protected rows,
sorting entries, sealed parcels' fingerprints) must be byte-identical on both backends: a site
moved to the server keeps its chain, and a verify on either proves the same history. Time and
randomness are fixed (the clock seam, the salts, the site key), so any difference is the backend's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from pathlib import Path

import pytest

from sortapp.core import clock, passwords, sitekey
from sortapp.services import assortment, lots, parcels, site, sorting
from sortapp.storage.db import open_db, open_server
from sortapp.storage.dbapi import Database
from tests.conftest import PASSWORD, make_test_site

START = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def fixed(monkeypatch):
    """Fixed time (one second a reading) and fixed randomness, made anew for each backend."""

    def reset() -> None:
        ticks = itertools.count()
        monkeypatch.setattr(clock, "_source", lambda: START + dt.timedelta(seconds=next(ticks)))
        counter = itertools.count()

        def token_bytes(n: int = 32) -> bytes:
            seed = f"token {next(counter)}".encode()
            return hashlib.sha256(seed).digest()[:n].ljust(n, b"\0")

        monkeypatch.setattr(passwords.secrets, "token_bytes", token_bytes)
        monkeypatch.setattr(sitekey.secrets, "token_bytes", token_bytes)
        private = hashlib.sha256(b"the site key of the cross-backend test").digest()
        monkeypatch.setattr(sitekey, "generate", lambda: (private, sitekey.public_of(private)))

    return reset


def scripted_history(db: Database) -> None:
    """A site's first weeks: users, prices, lots received, sorted with a loss, a correction and a
    close beyond tolerance accepted by two people, a reweigh, parcels packed, priced, sealed,
    shipped and one voided."""
    make_test_site(db)  # users of each role, prices (the test site, as conftest makes it)
    sam, sue, olu = (site.login(db, n, PASSWORD) for n in ("sam", "sue", "olu"))
    assortment.set_price(db, sam, "S5-SAW-Q1-W", 12_345, "2026-01-01")
    lots.receive_lot(
        db, olu, number="A-1", origins=[("BW", "Jwaneng")], weighed_mct=100_000, stones=500
    )
    lots.receive_lot(
        db,
        olu,
        number="A-2",
        origins=[("BW", "Orapa"), ("NA", "Namdeb")],
        weighed_mct=50_000,
        declared_mct=49_000,
        supplier='Supplier "quoted" \\ ünïcode',
    )
    lots.acknowledge_weight(db, sam, "A-2", "scale checked")
    lots.receive_lot(db, olu, number="A-3", origins=[("BW", "Jwaneng")], weighed_mct=10_000)
    lots.reweigh_lot(db, sam, "A-3", 10_050, None, reason="second scale")
    sorting.add_entry(db, olu, "A-1", "S5-SAW-Q1-W", 60_000)
    wrong = sorting.add_entry(db, olu, "A-1", "G1-SAW-Q1-W", 900, 1).uid
    sorting.correct_entry(db, sam, "A-1", wrong, "wrong category")
    sorting.add_entry(db, olu, "A-1", "G1-SAW-Q1-W", 39_900, 50)
    sorting.add_loss(db, olu, "A-1", "cleaning", 100)
    sorting.close_sorting(db, sue, "A-1", accept_difference=True, reason="smalls by weight")
    sorting.add_entry(db, olu, "A-2", "S5-SAW-Q1-W", 45_000)
    sorting.close_sorting(db, sue, "A-2", accept_difference=True, reason="dust")
    parcels.create_parcel(db, olu, "P-1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, olu, "P-1", "S5-SAW-Q1-W", 80_000)
    parcels.add_goods(db, olu, "P-1", "G1-SAW-Q1-W", 39_900, lot="A-1")
    parcels.override_price(db, sam, "P-1", "G1-SAW-Q1-W", 99_999, "tender result")
    parcels.add_valuation(db, sam, "P-1", "government", 2_500_000)
    parcels.seal_parcel(
        db, sam, "P-1", kp_cert="BW-2026-7", seals=["S-1", "s-2"], issued="2026-03-02"
    )
    parcels.ship_parcel(db, sam, "P-1")
    parcels.create_parcel(db, olu, "P-2", importer="Dubai Rough", destination="AE")
    parcels.add_goods(db, olu, "P-2", "S5-SAW-Q1-W", 20_000)
    parcels.void_parcel(db, sam, "P-2", "buyer withdrew")


def hashed_forms(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {
        "audit": db.execute(
            'SELECT id, uid, site, at, "user", action, object, details, rows, prev_hash, hash '
            "FROM audit ORDER BY id"
        ).fetchall(),
        "journal": db.execute("SELECT id, uid, hash FROM journal ORDER BY id").fetchall(),
        "entries": db.execute(
            "SELECT id, uid, lot_id, category_id, loss_type, mct, stones FROM sort_entries "
            "ORDER BY id"
        ).fetchall(),
        "parcels": db.execute(
            "SELECT number, status, fingerprint, sealed_mct, sealed_value_cents, origin "
            "FROM parcels ORDER BY id"
        ).fetchall(),
        "balances": db.execute(
            "SELECT lot_id, place, category_id, parcel_id, loss_type, mct, stones FROM balances "
            "ORDER BY lot_id, place, category_id, parcel_id, loss_type"
        ).fetchall(),
    }


def test_one_history_hashes_the_same_on_sqlite_and_postgresql(tmp_path: Path, pg_url, fixed):
    file_db = open_db(tmp_path / "site.db", create=True)
    try:
        fixed()
        scripted_history(file_db)
        on_file = hashed_forms(file_db)
    finally:
        file_db.close()
    server_db = open_server(pg_url, upgrade=True)
    try:
        fixed()
        scripted_history(server_db)
        on_server = hashed_forms(server_db)
    finally:
        server_db.close()
    for name, rows in on_file.items():
        assert [tuple(r) for r in on_server[name]] == [tuple(r) for r in rows], name
    audit = on_file["audit"]
    assert len(audit) >= 30 and sum(1 for r in audit if r[8]) >= 15  # rows recorded, compared
    assert len(on_file["journal"]) > 10 and on_file["parcels"][0][2]  # a fingerprint compared
