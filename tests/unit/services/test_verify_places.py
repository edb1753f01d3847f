"""verify's places check under a seal: what it takes from the seal, and that every outside edit
of what it checks is still found (on the lots and parcels as sealed, and on those since)."""

from __future__ import annotations

import json

import pytest

from sortapp.services import parcels, site, verify
from sortapp.storage import integrity
from sortapp.storage import lots as lots_sql
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import raw_edit, tamper


def _holder(db):
    """The admin, signed in with the site key: only a key holder's seal is trusted."""
    return site.login(db, "admin", PASSWORD)


def _sealed_history(db, who, monkeypatch, *, after=2):
    """Chunks of two lots and of two parcels; lot L1 (chunk 0) in sealed parcel P1, lots M1-M5
    (ids 2-6: chunks 1-3) sorted; an anchored seal; then ``after`` more lots sorted (ids 7-8:
    chunks 3 and 4)."""
    monkeypatch.setattr(integrity, "BALANCE_CHUNK", 2)
    monkeypatch.setattr(integrity, "PARCEL_CHUNK", 2)
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-S1", seals=["S1"])
    for i in range(1, 6):
        make_sorted_lot(db, who.olu, f"M{i}")
    first = verify.verify(db, _holder(db), seal=True)
    assert first.ok, first.problems
    for i in range(6, 6 + after):
        make_sorted_lot(db, who.olu, f"M{i}")


def _spied(monkeypatch):
    """Record the chunks of lots whose stock lines are counted (None: all of them) and the
    whole passes over the received carats and the parcels' places."""
    seen: dict[str, list] = {"counts": [], "receive": [], "parcels": []}
    counts, receive = integrity.stock_line_counts, lots_sql.receive_mismatches
    differ = integrity.parcel_places_differ

    def stock_line_counts(db, chunk=None):
        seen["counts"].append(chunk)
        return counts(db, chunk)

    def parcel_places_differ(db, lot_chunks, parcel_chunks):
        seen["parcels"].append((list(lot_chunks), list(parcel_chunks)))
        return differ(db, lot_chunks, parcel_chunks)

    monkeypatch.setattr(integrity, "stock_line_counts", stock_line_counts)
    monkeypatch.setattr(integrity, "parcel_places_differ", parcel_places_differ)
    monkeypatch.setattr(
        lots_sql, "receive_mismatches", lambda db: seen["receive"].append(1) or receive(db)
    )
    return seen


@pytest.mark.sqlite_only("a server's places part seals nothing: its next run reads them all")
def test_after_a_seal_the_places_of_only_the_lots_posted_to_since_are_gone_through(
    db, who, monkeypatch
):
    _sealed_history(db, who, monkeypatch, after=0)
    sealed = json.loads(integrity.latest_seal(db)[1])["places"]
    assert sorted(sealed["lots"], key=int) == ["0", "1", "2", "3"]
    assert sealed["lines"][0] == db.execute("SELECT count(*) FROM postings").fetchone()[0]
    seen = _spied(monkeypatch)
    # Nothing since the seal but the seal: nothing counted again, received carats not compared.
    report = verify.verify(db)
    assert report.ok, report.problems
    assert seen == {"counts": [], "receive": [], "parcels": [([], [])]}
    assert report.checked["ledger lines"] == sealed["lines"][0]
    # Two lots sorted since (chunks 3 and 4): those counted again, the others' counts sealed.
    make_sorted_lot(db, who.olu, "M6")
    make_sorted_lot(db, who.olu, "M7")
    seen = _spied(monkeypatch)
    report = verify.verify(db, _holder(db), seal=True)
    assert report.ok, report.problems
    assert seen["counts"] == [3, 4]
    assert seen["receive"] == [1]  # (ledger entries since the seal: all compared)
    assert seen["parcels"] == [([3, 4], [])]
    resealed = json.loads(integrity.latest_seal(db)[1])["places"]
    assert {c: resealed["lots"][c] for c in "012"} == {c: sealed["lots"][c] for c in "012"}
    assert resealed["lots"]["3"] != sealed["lots"]["3"]
    assert resealed["lines"][0] == db.execute("SELECT count(*) FROM postings").fetchone()[0]
    # --full takes nothing from a seal.
    seen = _spied(monkeypatch)
    assert verify.verify(db, full=True).ok
    assert seen["counts"] == [None]


def _category(db, code="S5-SAW-Q1-W"):
    return db.execute("SELECT id FROM categories WHERE code = ?", (code,)).fetchone()[0]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # A category's kept stock lines: of lots as sealed (S5) and of lots since.
        (
            "UPDATE category_stock SET lines = lines + 1 WHERE category_id = {s5}",
            "category #{s5}: its kept stock lines differ from the stock on hand",
        ),
        (
            "UPDATE category_stock SET uncounted = uncounted - 1 WHERE category_id = {s5}",
            "category #{s5}: its kept stock lines differ from the stock on hand",
        ),
        # An uncounted stock line of a sealed lot taken away, and one made up, each with the
        # category's kept lines made to agree.
        (
            "DELETE FROM uncounted_lines WHERE lot_id = 2; "
            "UPDATE category_stock SET uncounted = uncounted - 1 WHERE category_id = {s5}",
            "lot M1: its uncounted stock lines differ from its sorting entries",
        ),
        (
            "INSERT INTO uncounted_lines VALUES (3, {g1}); "
            "UPDATE category_stock SET uncounted = uncounted + 1 WHERE category_id = {g1}",
            "lot M2: its uncounted stock lines differ from its sorting entries",
        ),
        # A sealed lot's stock line emptied (its balance no longer the sum of its lines).
        (
            "UPDATE balances SET mct = 0 WHERE lot_id = 2 AND place = 'stock' "
            "AND category_id = {s5}",
            "category #{s5}: its kept stock lines differ from the stock on hand",
        ),
        # A sealed lot: its weighed carats, its status; and one sorted since.
        (
            "UPDATE lots SET weighed_mct = weighed_mct + 1 WHERE id = 2",
            "lot M1: weighed carats differ from the carats received in the ledger",
        ),
        (
            "UPDATE lots SET status = 'sorting' WHERE id = 3",
            "lot M2: its uncounted stock lines differ from its sorting entries",
        ),
        (
            "UPDATE lots SET weighed_mct = weighed_mct - 1 WHERE id = 8",
            "lot M7: weighed carats differ from the carats received in the ledger",
        ),
        (
            "UPDATE lot_sorting_totals SET mct = mct + 1 WHERE lot_id = 2",
            "lot M1: its kept sorting total differs from its sorting entries",
        ),
        # The sealed parcel: its status (its goods then at the wrong place).
        (
            "UPDATE parcels SET status = 'shipped' WHERE number = 'P1'",
            "parcel P1: its goods are not where its status says",
        ),
        (
            "UPDATE parcels SET status = 'void' WHERE number = 'P1'",
            "parcel P1: its goods are not where its status says",
        ),
        # Its goods moved to the shipped place while it is only sealed.
        (
            "UPDATE balances SET place = 'shipped' WHERE place = 'parcel' AND lot_id = 1",
            "parcel P1: its goods are not where its status says",
        ),
    ],
)
def test_after_a_seal_an_outside_edit_of_a_place_is_found(db, who, monkeypatch, edit, expected):
    _sealed_history(db, who, monkeypatch)
    names = {"s5": _category(db), "g1": _category(db, "G1-SAW-Q1-W")}
    tamper(db, *(s.format(**names) for s in edit.split("; ")))
    problems = verify.verify(db).problems
    assert expected.format(**names) in problems, problems


@pytest.mark.sqlite_only("a server refuses lines of no ledger entry (its foreign keys)")
def test_after_a_seal_lines_of_no_ledger_entry_are_found(db, db_path, who, monkeypatch):
    """Lines naming an entry before the first (no sealed digest covers them), adding up to
    nothing, their balances made by the ledger's own trigger: the foreign key check names
    them, and the places check takes nothing from the seal."""
    _sealed_history(db, who, monkeypatch)
    s5 = _category(db)
    db.close()
    raw_edit(
        db_path,
        "INSERT INTO postings (journal_id, place, lot_id, category_id, mct, stones) "
        f"VALUES (0, 'world', 2, {s5}, -5, 0), (0, 'stock', 2, {s5}, 5, 0)",
    )
    db = open_db(db_path)
    seen = _spied(monkeypatch)
    problems = verify.verify(db).problems
    db.close()
    assert "SQLite foreign key check: rows point at missing rows" in problems, problems
    assert seen["counts"] == [None]
