"""verify's digests made a block at a time and on the way, its lanes under a seal, its memory."""

from __future__ import annotations

import hashlib

import pytest

from sortapp.services import apart, site, verify
from sortapp.storage import integrity
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import tamper

pytestmark = pytest.mark.sqlite_only("the SQLite file's passes, lanes and readers")


def _history(db, who, lots):
    for i in range(lots):
        make_sorted_lot(db, who.olu, f"M{i}")


def _families_digests(db):
    return {
        (family, first, last): integrity.chunk_digest(db, family, first, last)
        for family, table in (
            ("audit", "audit"),
            ("journal", "journal"),
            ("entries", "sort_entries"),
        )
        for first, last in integrity.chunk_ranges(integrity.max_id(db, table))
    }


def test_chunk_digests_read_a_block_at_a_time_are_those_of_the_whole_chunks(db, who, monkeypatch):
    """The texts are hashed as the blocks come: the same bytes as one chunk's text at once,
    gaps between ids (an entry deleted) and blocks without rows included."""
    monkeypatch.setattr(integrity, "CHUNK", 8)
    _history(db, who, 2)
    tamper(db, "DELETE FROM sort_entries WHERE id IN (3, 4, 5)", "DELETE FROM audit WHERE id = 6")
    monkeypatch.setattr(integrity, "DIGEST_BLOCK", 10**9)
    whole = _families_digests(db)
    assert len(whole) >= 5
    for block in (1, 2, 3):
        monkeypatch.setattr(integrity, "DIGEST_BLOCK", block)
        assert _families_digests(db) == whole


def test_the_audit_pass_digests_the_chunks_it_reads_whole(db, who, monkeypatch):
    """The first run reads the audit log once: its pass digests each chunk for the seal, as
    ``chunk_digest`` would; a chunk it begins within (after ``after``) is left to that."""
    monkeypatch.setattr(integrity, "CHUNK", 8)
    _history(db, who, 2)
    upto = integrity.max_id(db, "audit")
    expected = {
        (first, last): integrity.chunk_digest(db, "audit", first, last)
        for first, last in integrity.chunk_ranges(upto)
    }
    made: dict = {}
    assert integrity.audit_pass(db, 0, upto, {}, made)[:2] == (upto, 0)
    assert made == expected
    made = {}
    integrity.audit_pass(db, 12, upto, {}, made)
    assert made == {r: d for r, d in expected.items() if r[0] > 12}
    assert (9, 16) not in made


def test_a_seal_holds_the_digests_the_pass_made(db, who, monkeypatch):
    monkeypatch.setattr(integrity, "CHUNK", 8)
    _history(db, who, 2)
    chunk_digest = integrity.chunk_digest
    asked = []

    def spy(db, family, first, last):
        asked.append(family)
        return chunk_digest(db, family, first, last)

    monkeypatch.setattr(integrity, "chunk_digest", spy)
    assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
    assert "audit" not in asked  # every audit chunk digested by the pass over it
    everything = dict.fromkeys(("audit", "journal", "entries"), 10**9)
    sealed = verify._usable_seal(integrity.latest_seal(db)[1], everything)
    assert sealed is not None
    upto = sealed["audit"]["upto"]
    assert sealed["audit"]["chunks"] == [
        chunk_digest(db, "audit", first, last) for first, last in integrity.chunk_ranges(upto)
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            "UPDATE audit SET \"user\" = 'mallory' WHERE id = 5",
            "KSF-A5: its content does not match",
        ),
        ("UPDATE postings SET mct = mct + 1 WHERE id = 3", "its lines do not match its hash"),
        ("UPDATE sort_entries SET mct = mct + 1 WHERE id = 2", "KSF-E2: does not match"),
        (
            "UPDATE balances SET mct = mct + 1 WHERE place = 'stock' AND lot_id = "
            "(SELECT min(lot_id) FROM balances WHERE place = 'stock')",
            "differs from the sum of its ledger lines",
        ),
    ],
)
def test_under_a_seal_the_second_lane_is_a_worker_process_and_finds_what_was_edited(
    db, who, monkeypatch, edit, expected
):
    """Under an anchored seal, as without one, the second lane is a worker process (two threads
    of one process took turns), started before the schema is checked so that its start
    overlaps it; an edit of a sealed row, in any block of its chunk, is still named."""
    monkeypatch.setattr(integrity, "CHUNK", 8)
    monkeypatch.setattr(integrity, "DIGEST_BLOCK", 2)
    monkeypatch.setattr(verify, "PARALLEL_FROM_BYTES", 1)
    monkeypatch.setattr(verify, "usable_cores", lambda: 2)  # (the worker, whatever the machine)
    _history(db, who, 2)
    assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
    make_sorted_lot(db, who.olu, "N1")
    events: list[str] = []

    class Pool(apart.ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            events.append(fn.__name__ if fn is verify._started else f"task {args[1][0]}")
            return super().submit(fn, *args, **kwargs)

    schema_check = verify._check_schema

    def check_schema(*args):  # type: ignore[no-untyped-def]
        events.append("schema")
        schema_check(*args)

    monkeypatch.setattr(apart, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(verify, "_check_schema", check_schema)
    report = verify.verify(db)
    assert report.ok, report.problems
    assert set(report.seconds) == set(verify._ORDER)
    assert events[:2] == ["_started", "schema"], events
    assert any(event.startswith("task ") for event in events), events
    tamper(db, edit)
    problems = verify.verify(db).problems
    assert any(expected in p for p in problems), problems


def test_verify_reads_without_a_memory_map_and_with_a_small_cache(db_path):
    reader = integrity.open_reader(str(db_path))
    try:
        assert reader.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert reader.execute("PRAGMA cache_size").fetchone()[0] == -integrity.READER_CACHE_KIB
    finally:
        reader.close()


def test_without_a_seal_the_lanes_take_the_longest_checks_first(db, who):
    """A first verify: the checks that have the most to do without a seal go first and the
    short ones last, so that the two lanes finish together; every check, once; the rows
    check, which holds the most, second (the worker's). Only those that need another's
    snapshot run right after it: the parcels' part of the seal is of the rows the rows check
    read; the signatures check asks of the entries the rows check's replay noted; the
    checkpoints check reads what the audit chain's pass tallied; and in a run that makes a
    seal, the balances and the foreign keys, whose parts of it are of the ledger entries that
    check found sound, and the places; and the audit chain and checkpoints after the rows
    check. In a run that makes none, those are tasks of their own. After a seal, they run
    right after it again."""
    assert sorted(verify._ORDER_UNSEALED) == sorted(verify._ORDER)
    make_sorted_lot(db, who.olu, "L1")
    sealing = verify._tasks(verify._scope(db, full=False, sealing=True))
    assert sealing == [
        ("ledger entries", "balances", "foreign keys", "places"),
        # (The worker's first: it holds the most. Every part of a first run's seal but the
        # sorting entries' is of one of these two snapshots.)
        ("rows", "parcels", "signatures", "audit chain", "checkpoints"),
        ("sorting entries",),
        ("lots and parcels",),  # (whichever lane is free first: 2.6-2.9 s of ten years)
        ("SQLite",),
    ]
    unsealed = verify._tasks(verify._scope(db, full=False))
    assert unsealed[:2] == [("ledger entries",), ("rows", "parcels", "signatures")]
    assert unsealed[-4:] == [("balances",), ("places",), ("SQLite",), ("foreign keys",)]
    for tasks in (sealing, unsealed):
        assert sorted(name for task in tasks for name in task) == sorted(verify._ORDER)
    assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
    sealed = verify._tasks(verify._scope(db, full=False))
    assert sealed[0][0] == "audit chain"
    assert ("ledger entries", "balances", "foreign keys", "places") in sealed


# The texts the seals made before the digests' queries stopped sorting in a subquery (their
# definition: every row of the range, in key order), so those seals stay usable.
_SORTED = {
    "audit": f"""SELECT CAST(group_concat(hash || {integrity.AUDIT_TEXT} || char(10), '') AS BLOB)
                 FROM (SELECT * FROM audit WHERE id BETWEEN ? AND ? ORDER BY id)""",
    "journal": """SELECT CAST(group_concat(json_array(id, uid, kind, at, user_id, lot_id,
                  parcel_id, reverses_id, reason, hash) || char(10), '') AS BLOB)
                  FROM (SELECT * FROM journal WHERE id BETWEEN ? AND ? ORDER BY id)""",
    "journal lines": """SELECT CAST(group_concat(json_array(id, journal_id, place, lot_id,
                        category_id, parcel_id, loss_type, mct, stones) || char(10), '') AS BLOB)
                        FROM (SELECT * FROM postings WHERE journal_id BETWEEN ? AND ?
                              ORDER BY journal_id, id)""",
    "balances": """SELECT count(*), CAST(group_concat(json_array(lot_id, category_id, parcel_id,
                   loss_type, mct, stones), char(10)) AS BLOB)
                   FROM (SELECT * FROM balances WHERE place = ? AND lot_id >= ? AND lot_id < ?
                         ORDER BY place, lot_id, category_id, parcel_id, loss_type)""",
}


def test_the_digests_unsorted_are_those_of_the_rows_in_key_order(db, who, monkeypatch):
    """The digests read a range of keys as it comes, without sorting it again: the same bytes
    as the rows sorted by their keys, so seals made before stay usable."""
    monkeypatch.setattr(integrity, "CHUNK", 8)
    monkeypatch.setattr(integrity, "DIGEST_BLOCK", 3)
    _history(db, who, 3)
    for family, table in (("audit", "audit"), ("journal", "journal")):
        for first, last in integrity.chunk_ranges(integrity.max_id(db, table)):
            digest = hashlib.sha256()
            for part in (family, "journal lines") if family == "journal" else (family,):
                digest.update(db.execute(_SORTED[part], (first, last)).fetchone()[0] or b"")
                digest.update(b"\x1e")
            assert integrity.chunk_digest(db, family, first, last) == digest.hexdigest()
    chunks = list(integrity.balance_chunks(db))
    assert chunks
    for chunk in chunks:
        digest, count = hashlib.sha256(), 0
        lots = (chunk * integrity.BALANCE_CHUNK, (chunk + 1) * integrity.BALANCE_CHUNK)
        for place in integrity.PLACES:
            rows, blob = db.execute(_SORTED["balances"], (place, *lots)).fetchone()
            count += rows
            digest.update(place.encode() + b"\x1f" + (blob or b"") + b"\x1e")
        assert integrity.balance_chunk_digest(db, chunk) == (count, digest.hexdigest())


def test_on_one_core_a_large_file_is_verified_in_one_lane(db, who, monkeypatch):
    """A second lane is a process of this machine: with one core to run on, it would only add
    its start, so none is started; with two, it is."""
    monkeypatch.setattr(verify, "PARALLEL_FROM_BYTES", 1)
    _history(db, who, 1)
    started: list[int] = []

    class Pool(apart.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            started.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(apart, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(verify, "usable_cores", lambda: 1)
    report = verify.verify(db)
    assert report.ok, report.problems
    assert started == []
    monkeypatch.setattr(verify, "usable_cores", lambda: 2)
    assert verify.verify(db).ok
    assert started == [1]


def test_the_cores_usable_are_those_the_process_may_run_on(monkeypatch):
    monkeypatch.setattr(verify.os, "sched_getaffinity", lambda _pid: {3}, raising=False)
    assert verify.usable_cores() == 1
    monkeypatch.delattr(verify.os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(verify.os, "cpu_count", lambda: 4)
    assert verify.usable_cores() == 4
