"""verify's seal of pages (``storage.pages``; issue 15): the audit entries up to a seal proven
by the bytes of their leaves where the file's pages are the snapshot's, by their digests
through SQL where not, and a change made outside sortapp found either way."""

from __future__ import annotations

import json
import sqlite3

import pytest

from sortapp.services import site, verify
from sortapp.storage import integrity
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import raw_edit

pytestmark = pytest.mark.sqlite_only("a seal of pages is of a SQLite file's pages")


def _sealed(db, who, lots: int = 14) -> dict:
    """A history of ``lots`` sorted lots (a few hundred audit entries: many leaves), chunks of
    8 entries, sealed by a key holder: the seal's audit part."""
    for i in range(lots):
        make_sorted_lot(db, who.olu, f"M{i}")
    assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
    return json.loads(integrity.latest_seal(db)[1])["audit"]


def _digested(monkeypatch) -> list[tuple[int, int]]:
    """The audit chunks digested through SQL from here on."""
    seen: list[tuple[int, int]] = []
    real = integrity.chunk_digest

    def spy(db, family, first, last):
        if family == "audit":
            seen.append((first, last))
        return real(db, family, first, last)

    monkeypatch.setattr(integrity, "chunk_digest", spy)
    return seen


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(integrity, "CHUNK", 8)


def test_a_seal_keeps_its_pages_and_the_next_run_reads_the_sealed_chunks_by_them(
    db, db_path, who, monkeypatch, small_chunks
):
    sealed = _sealed(db, who)
    pages = sealed["pages"]
    assert pages["leaves"] > 5, pages  # (every leaf but the right-most)
    assert integrity.page_seal_path(str(db_path), "audit").is_file()
    digested = _digested(monkeypatch)
    again = verify.verify(db, parallel=False)
    assert again.ok, again.problems
    chunks = len(integrity.chunk_ranges(sealed["upto"], 8))
    # Only the chunks that reach past the sealed leaves (the right-most's rows) through SQL.
    assert 0 < len(digested) <= 3 < chunks, (digested, chunks)


@pytest.mark.parametrize("reader", ["no other reader", "a reader of the snapshot before"])
def test_an_audit_entry_changed_outside_sortapp_after_a_seal_of_pages_is_found(
    db, db_path, who, small_chunks, reader
):
    """The change lands in the leaf's page; or, while another connection reads the snapshot
    before it, stays in the write-ahead log, the file's page as sealed (no checkpoint may write
    it): the file's own pages are then not the snapshot's, and the rows are read through SQL."""
    _sealed(db, who)
    holder = None
    if reader != "no other reader":
        holder = sqlite3.connect(db_path)
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM audit").fetchone()
    raw_edit(db_path, "UPDATE audit SET \"user\" = 'mallory' WHERE id = 40")
    try:
        report = verify.verify(db, parallel=False)
    finally:
        if holder is not None:
            holder.close()
    assert any("its content does not match its hash" in p for p in report.problems), report.problems


@pytest.mark.parametrize("damage", ["lost", "changed", "another seal's"])
def test_a_seal_of_pages_lost_or_changed_proves_nothing_and_the_rows_are_read(
    db, db_path, who, monkeypatch, small_chunks, damage
):
    sealed = _sealed(db, who)
    kept = integrity.page_seal_path(str(db_path), "audit")
    if damage == "lost":
        kept.unlink()
    elif damage == "changed":
        data = bytearray(kept.read_bytes())
        data[-1] ^= 1
        kept.write_bytes(bytes(data))
    else:
        make_sorted_lot(db, who.olu, "X1")
        assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
        old = kept.read_bytes()
        make_sorted_lot(db, who.olu, "X2")
        assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
        kept.write_bytes(old)  # (the file of the seal before the newest)
        sealed = json.loads(integrity.latest_seal(db)[1])["audit"]
    digested = _digested(monkeypatch)
    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    assert set(integrity.chunk_ranges(sealed["upto"], 8)) <= set(digested)


def test_after_a_vacuum_the_pages_prove_nothing_and_the_seal_still_serves(
    db, db_path, who, monkeypatch, small_chunks
):
    sealed = _sealed(db, who)
    raw = sqlite3.connect(db_path)
    raw.execute("VACUUM")
    raw.close()
    digested = _digested(monkeypatch)
    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    assert set(integrity.chunk_ranges(sealed["upto"], 8)) <= set(digested)
