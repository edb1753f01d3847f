"""A verify that records no seal (without ``seal``, or on a file opened read-only: a backup's
check, every day, in the background) makes none of a seal's digests: a tenth of a first run's
work was digests no one kept. Its checks find what they found before."""

from __future__ import annotations

import pytest

from sortapp.services import site, verify
from sortapp.storage import integrity, migrations, rowcover
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import tamper

pytestmark = pytest.mark.sqlite_only("the SQLite file's row passes and digests")

#: What only a seal needs: each would be made for nothing by a run that records none.
DIGESTS = [
    (integrity, "chunk_digest"),
    (integrity, "reference_digest"),
    (integrity, "balance_chunk_digest"),
    (integrity, "places_lot_digest"),
    (integrity, "parcel_status_digest"),
    (integrity, "seal_pages"),
    (integrity, "line_keys_digest"),
    (rowcover, "state_digest"),
    (rowcover, "chunk_text_digest"),
    (integrity, "stock_offsets_digest"),  # (only at a seal's ledger entry, under one: checked)
]


def _history(db, who):
    for i in range(3):
        make_sorted_lot(db, who.olu, f"N{i}")


@pytest.fixture
def no_digests(monkeypatch):
    """Any digest made fails the test (in this process: the lanes run here)."""

    def made(*_args, **_kwargs):
        pytest.fail("a digest made by a run that records no seal")

    for module, name in DIGESTS:
        monkeypatch.setattr(module, name, made)


@pytest.fixture
def read(monkeypatch) -> dict[str, list[object]]:
    """What the passes were asked to make: each chunk query's ``digest``, the audit pass's
    chunk digests (a dict to fill, or None)."""
    seen: dict[str, list[object]] = {"arrays": [], "audit": []}
    chunk_sql, audit_pass = rowcover._chunk_sql, integrity.audit_pass

    def sql(db, table, *, digest=True):  # type: ignore[no-untyped-def]
        seen["arrays"].append((table, digest))
        return chunk_sql(db, table, digest=digest)

    def audit(db, after, upto, heads, digests=None, tally=None, misnamed=None):  # type: ignore[no-untyped-def]
        seen["audit"].append(digests)
        return audit_pass(db, after, upto, heads, digests, tally, misnamed)

    monkeypatch.setattr(rowcover, "_chunk_sql", sql)
    monkeypatch.setattr(integrity, "audit_pass", audit)
    return seen


def test_a_run_that_records_no_seal_makes_none_of_its_digests(
    db, who, monkeypatch, no_digests, read
):
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)  # (several chunks of each table)
    _history(db, who)
    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    assert report.seal == {}
    assert report.checked["protected rows"] > 0 and report.checked["sorting entries"] > 0
    # The rows were read chunk by chunk all the same, their JSON arrays not made; the audit
    # log's chunks not digested on the way.
    assert ("weighings", False) in read["arrays"]
    assert all(digest is False for _table, digest in read["arrays"])
    assert read["audit"] == [None]
    assert (
        "json_array(" not in rowcover._chunk_sql(db, "weighings", digest=False).split("BLOB)", 1)[1]
    )


def test_under_a_seal_a_run_that_records_none_makes_no_new_digests(db, who, monkeypatch, read):
    """A backup of a sealed database is checked under its seal, and records none: the chunks
    and balances changed since are checked against the seal's digests, not digested again for
    a next seal (the same run, sealing, does both)."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    _history(db, who)
    admin = site.login(db, "admin", PASSWORD)
    assert verify.verify(db, admin, seal=True).ok
    make_sorted_lot(db, who.olu, "after")  # (rows, balances and entries since the seal)
    calls: dict[str, list[object]] = {}
    for module, name in ((rowcover, "chunk_text_digest"), (rowcover, "state_digest")):
        real = getattr(module, name)
        seen = calls[name] = []
        monkeypatch.setattr(
            module, name, lambda *a, real=real, seen=seen: seen.append(a[1:]) or real(*a)
        )
    offsets: list[int] = []
    real_offsets = integrity.stock_offsets_digest
    monkeypatch.setattr(
        integrity,
        "stock_offsets_digest",
        lambda db, journal: offsets.append(journal) or real_offsets(db, journal),
    )
    sealed_journal = verify._scope(db, False).after["journal"]
    read["audit"].clear()  # (the sealing run's)
    report = verify.verify(db, parallel=False)
    assert report.ok and report.seal == {}, report.problems
    assert offsets == [sealed_journal]  # (the seal's, compared; not the next one's)
    assert read["audit"] == [None]
    # The chunks of protected rows changed since the seal: each state the seal holds compared.
    fixed, kept = migrations.immutable_tables()
    with integrity.snapshot(db):
        since = verify._scope(db, False).seal["rows"]["upto"]
        found = rowcover.replay(db, integrity.max_id(db, "audit"), fixed, kept, after=since)
        touched = {
            (table, rowcover.chunker(db, table)(key))
            for table, keys in found.latest.items()
            if table in rowcover.PROTECTED
            for key in keys
        }
    made = {name: len(seen) for name, seen in calls.items()}
    assert 0 < made["state_digest"] <= len(touched)  # (a chunk new since has no state sealed)
    for seen in (*calls.values(), offsets):
        seen.clear()
    sealing = verify.verify(db, admin, seal=True, parallel=False)
    assert sealing.ok and sealing.seal
    # Sealing, each changed chunk's state and text is digested again, for the next seal.
    assert len(calls["state_digest"]) == made["state_digest"] + len(touched)
    assert len(calls["chunk_text_digest"]) > made["chunk_text_digest"]
    assert offsets[0] == sealed_journal and len(offsets) == 2


@pytest.mark.parametrize(
    "edits, found",
    [
        (["UPDATE weighings SET mct = mct + 1 WHERE id = 5"], "weighings row [5]: changed"),
        (["UPDATE weighings SET raw = CAST(x'80ff' AS TEXT) WHERE id = 4"], "weighings row [4]"),
        (["UPDATE lots SET number = 'X' WHERE id = 2"], "lots row [2] (lot X): changed"),
        (["UPDATE balances SET mct = mct + 1 WHERE lot_id = 1 AND place = 'stock'"], "balance"),
    ],
    ids=["a weighing", "a weighing not UTF-8", "a lot", "a balance"],
)
def test_a_run_that_records_no_seal_finds_what_it_found(db, who, monkeypatch, edits, found):
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    _history(db, who)
    tamper(db, *edits)
    problems = verify.verify(db, parallel=False).problems
    assert any(p.startswith(found) for p in problems), problems
    # The same as a run that would seal (and, finding them, does not).
    admin = site.login(db, "admin", PASSWORD)
    assert verify.verify(db, admin, seal=True, parallel=False).problems == problems


def test_a_sealing_run_still_makes_the_seal_the_next_run_trusts(db, who, monkeypatch):
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 4)
    _history(db, who)
    assert verify.verify(db, parallel=False).seal == {}
    admin = site.login(db, "admin", PASSWORD)
    sealing = verify.verify(db, admin, seal=True, parallel=False)
    assert sealing.ok and set(sealing.seal) == {*verify._FAMILIES, *verify._DERIVED}
    assert verify._scope(db, False).after["audit"] > 0
    # The next run trusts it: the rows are checked against its digests, not replayed whole.
    monkeypatch.setattr(verify, "_rows_streamed", lambda *a, **k: pytest.fail("replayed whole"))
    after = verify.verify(db, parallel=False)
    assert after.ok and after.seal == {}
