"""verify's fast passes: SQL-built canonical texts, parallel checks, the restated constraints."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from sortapp.cli import main
from sortapp.core.canonical import GENESIS_HASH, canonical_json
from sortapp.services import audit, parcels, site, sorting, verify
from sortapp.storage import audit as audit_sql
from sortapp.storage import backup as backup_sql
from sortapp.storage import integrity, ledger, rowcover
from sortapp.storage.audit import audit_hash
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_lot, make_sorted_lot
from tests.forger import append_forged_entry, explained_edit, raw_edit, row_hash, tamper

ALL = 2**62
AWKWARD = 'weighed "twice" \\ on\tthe\nold scale\x01\x1f\x7f, é ü 💎 \u2028 </b>'


def test_sql_canonical_texts_equal_the_python_ones_for_awkward_text(db, who, monkeypatch):
    """The fast passes agree with the Python definitions, so no finding needs the fallback.
    (Reasons are held to one line since 2026-12-07; a file holds such text from before.)"""
    from sortapp.services import validation  # noqa: PLC0415

    monkeypatch.setattr(validation, "check_line", lambda value, _field: value)
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 5_000)
    entry = sorting.list_entries(db, "L1")[0]["uid"]
    sorting.correct_entry(db, who.sam, "L1", entry, AWKWARD)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 99_900)
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason=AWKWARD)
    details = db.execute("SELECT details FROM audit WHERE action = 'sort.correct'").fetchone()[0]
    assert json.loads(details)["reason"] == AWKWARD.strip()

    count, bad, _heads = integrity.audit_pass(db, 0, ALL, {})
    assert count == db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert bad == 0
    journals, mismatched = integrity.journal_hash_pass(db, 0, ALL)
    assert journals == db.execute("SELECT count(*) FROM journal").fetchone()[0]
    assert mismatched == []
    records, matched, bad = integrity.entry_record_counts(
        db, verify._ENTRY_ACTIONS, (0, ALL), (0, ALL)
    )
    assert (records, matched, bad) == (3, 3, 0)
    assert verify.verify(db).ok


def test_entries_recorded_from_the_app_carry_a_request_id_and_verify(db, who):
    """The app runs each action in an ``audit.request`` (to find out, after a lost server, whether
    it was recorded): its id is in the entry's audit details, hashed, and no fact of the entry.
    A changed entry under such a record is still named."""
    make_lot(db, who.olu, "L1")
    with audit.request("0123456789abcdef0123456789abcdef"):
        uid = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 5_000, 20).uid
    with audit.request("fedcba9876543210fedcba9876543210"):
        sorting.correct_entry(db, who.sam, "L1", uid, "wrong scale")
    with audit.request("00000000000000000000000000000001"):
        mine = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000, 4).uid
    with audit.request("00000000000000000000000000000002"):
        sorting.correct_entry(db, who.olu, "L1", mine, "typed twice")  # an operator's undo
    details = db.execute("SELECT details FROM audit WHERE action = 'sort.add'").fetchone()[0]
    assert json.loads(details)["request"] == "0123456789abcdef0123456789abcdef"
    assert verify.verify(db).ok
    tamper(db, f"UPDATE sort_entries SET mct = 6000 WHERE uid = '{uid}'")
    problems = [str(p) for p in verify.verify(db).problems]
    assert f"sorting entry {uid}: does not match the audit log" in problems


def test_a_correction_records_the_category_code(db, who):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 5_000)
    entry = sorting.list_entries(db, "L1")[0]["uid"]
    sorting.correct_entry(db, who.sam, "L1", entry, "wrong scale")
    details = db.execute("SELECT details FROM audit WHERE action = 'sort.correct'").fetchone()[0]
    assert json.loads(details)["category"] == "S5-SAW-Q1-W"


def test_the_audit_pass_counts_what_the_row_by_row_check_names(db, who):
    make_sorted_lot(db, who.olu, "L1")
    tamper(db, "UPDATE audit SET \"user\" = 'mallory' WHERE id IN (4, 6)")
    assert integrity.audit_pass(db, 0, ALL, {})[1] == 2
    report = verify.Report()
    verify._check_audit(db, report, verify._scope(db, full=False))
    assert report.problems == [
        "audit entry KSF-A4: its content does not match its hash",
        "audit entry KSF-A6: its content does not match its hash",
    ]


def test_many_findings_of_one_kind_are_summed_up(db, who, monkeypatch):
    monkeypatch.setattr(verify, "_LISTED", 5)
    make_sorted_lot(db, who.olu, "L1")
    count = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    tamper(db, "UPDATE audit SET at = '2001-01-01T00:00:00.000000Z'")
    report = verify.verify(db)
    listed = [p for p in report.problems if p.startswith("audit entry")]
    assert len(listed) == verify._LISTED
    assert f"... and {count - verify._LISTED} more audit entries" in report.problems


def test_a_failing_check_raises_instead_of_passing(db, who, monkeypatch):
    make_sorted_lot(db, who.olu, "L1")

    def broken(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(verify, "_check_parcels", broken)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        verify.verify(db)


@pytest.mark.sqlite_only(
    "read-only connections to the file; the server's verify reads on one snapshot"
)
def test_checks_run_on_read_only_connections(db, who):
    make_sorted_lot(db, who.olu, "L1")
    reader = integrity.open_reader(integrity.file_path(db))
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("INSERT INTO meta VALUES ('x', 'y')")
        assert ledger.balance_pass(reader)
    finally:
        reader.close()


@pytest.mark.sqlite_only("SQLite's own integrity check and its CHECK text")
def test_in_list_checks_are_restated_and_still_refuse(db, who):
    make_sorted_lot(db, who.olu, "L1")
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'postings'").fetchone()[0]
    assert "place = 'world' OR place = 'received'" in sql and " IN (" not in sql
    lot_id = db.execute("SELECT id FROM lots").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(
            "INSERT INTO postings (journal_id, place, lot_id, mct, stones) "
            "VALUES (1, 'x', ?, 1, 0)",
            (lot_id,),
        )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("UPDATE lots SET status = 'lost'")
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    indexes = {r[1] for r in db.execute("PRAGMA index_list(postings)")}
    assert "postings_by_lot_key" in indexes and "postings_by_lot" not in indexes


def test_verify_full_runs_sqlites_whole_integrity_check(db_path, monkeypatch, capsys):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    seen = []
    real = integrity.structure_problems

    def spy(db, *, full):
        seen.append(full)
        return real(db, full=full)

    monkeypatch.setattr(integrity, "structure_problems", spy)
    assert main(["--db", str(db_path), "--user", "olu", "verify", "--full"]) == 0
    assert main(["--db", str(db_path), "--user", "olu", "verify"]) == 0
    assert seen == [True, False]
    assert "verify: OK" in capsys.readouterr().out


def test_a_fast_pass_finding_is_confirmed_before_it_is_reported(db, who, monkeypatch):
    """Were SQLite to escape a text differently one day, the Python definition has the last word."""
    make_sorted_lot(db, who.olu, "L1")
    real_audit, real_journals = integrity.audit_pass, integrity.journal_hash_pass
    monkeypatch.setattr(
        integrity, "audit_pass", lambda db, *span: (real_audit(db, *span)[0], 2, {})
    )
    monkeypatch.setattr(
        integrity, "journal_hash_pass", lambda db, *span: (real_journals(db, *span)[0], [1, 2])
    )
    assert verify.verify(db).ok
    tamper(db, "UPDATE audit SET \"user\" = 'mallory' WHERE id = 3")
    assert verify.verify(db).problems == ["audit entry KSF-A3: its content does not match its hash"]


@pytest.mark.sqlite_only("two lanes on a file; the server runs its checks on one snapshot")
def test_a_large_file_is_verified_in_two_lanes(db, who, monkeypatch):
    """This process and a worker process each take checks; each check has its own read-only
    connection."""
    make_sorted_lot(db, who.olu, "L1")
    monkeypatch.setattr(verify, "PARALLEL_FROM_BYTES", 1)
    monkeypatch.setattr(verify, "usable_cores", lambda: 2)  # (the worker, whatever the machine)
    here = []
    real = verify._run

    def spy(reader, task, *rest):
        assert reader is not db
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("INSERT INTO meta VALUES ('x', 'y')")
        here.extend(task)
        return real(reader, task, *rest)

    monkeypatch.setattr(verify, "_run", spy)  # (the worker process has the real one)
    report = verify.verify(db)
    assert report.ok
    assert set(report.seconds) == set(verify._ORDER)  # (checkpoints among them)
    assert here and set(here) < set(verify._ORDER)  # the rest ran in the worker process
    assert report.checked["sealed parcels"] == 0
    assert report.checked["audit entries"] == db.execute("SELECT count(*) FROM audit").fetchone()[0]


def test_the_sql_parcel_fingerprint_equals_the_python_one(db, who):
    """Mixed origins, several lines and lots, seals whose case orders them differently."""
    make_sorted_lot(db, who.olu, "L1", country="BW")
    make_sorted_lot(db, who.olu, "L2", country="ZA")
    parcels.create_parcel(db, who.olu, "P1", importer='Rough "NV" \\ Antwerp', destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 70_000)
    parcels.add_goods(db, who.olu, "P1", "G1-SAW-Q1-W", 30_000, stones=38)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-7", seals=["b-2", "A-1", "a-0"])
    parcels.create_parcel(db, who.olu, "P2", importer="X", destination="IN")
    parcels.add_goods(db, who.olu, "P2", "S5-SAW-Q1-W", 10_000)
    parcels.seal_parcel(db, who.sam, "P2", kp_cert="BW-8", seals=["S9"])
    parcels.ship_parcel(db, who.sam, "P2")
    assert parcels.get_parcel(db, "P1").origin == "MIXED"
    assert integrity.parcel_pass(db, "KSF") == (2, [], [])
    assert verify.verify(db).ok


def _more_history(db, who, n):
    done = db.execute("SELECT count(*) FROM lots").fetchone()[0]
    for i in range(done, done + n):
        make_sorted_lot(db, who.olu, f"M{i}")


def _holder(db):
    """The admin, signed in with the site key: only a key holder's seal is trusted."""
    return site.login(db, "admin", PASSWORD)


def _spans(monkeypatch):
    """Record the spans the row-by-row passes are asked for."""
    seen = []
    for name in ("audit_pass", "journal_hash_pass"):
        real = getattr(integrity, name)

        def spy(db, after, upto, *rest, real=real, name=name):
            seen.append((name, after))
            return real(db, after, upto, *rest)

        monkeypatch.setattr(integrity, name, spy)
    return seen


def test_a_sound_run_seals_and_the_next_checks_the_sealed_rows_by_digest(db, who, monkeypatch):
    monkeypatch.setattr(integrity, "CHUNK", 8)  # several chunks, the last one partial
    _more_history(db, who, 3)
    first = verify.verify(db, _holder(db), seal=True)
    assert first.ok
    sealed = json.loads(integrity.latest_seal(db)[1])
    assert sealed["audit"]["upto"] == first.checked["audit entries"]
    assert sealed["audit"]["chunk"] == 8
    assert len(sealed["audit"]["chunks"]) == len(integrity.chunk_ranges(sealed["audit"]["upto"]))
    _more_history(db, who, 2)
    seen = _spans(monkeypatch)
    second = verify.verify(db, _holder(db), seal=True)
    assert second.ok
    assert ("audit_pass", sealed["audit"]["upto"]) in seen
    assert ("journal_hash_pass", sealed["journal"]["upto"]) in seen
    total = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert second.checked["audit entries"] == total - 1  # all but the seal recorded after it
    assert (
        second.checked["sorting entries"]
        == db.execute("SELECT count(*) FROM sort_entries").fetchone()[0]
    )
    resealed = json.loads(integrity.latest_seal(db)[1])
    # Full chunks the first seal held are kept; the rest are digested anew.
    full_chunks = sealed["audit"]["upto"] // 8
    assert resealed["audit"]["chunks"][:full_chunks] == sealed["audit"]["chunks"][:full_chunks]
    seen.clear()
    assert verify.verify(db, full=True).ok
    assert ("audit_pass", 0) in seen  # --full re-derives everything from the first row


def _replays(monkeypatch):
    """Record where each replay of the log's row changes starts."""
    starts = []
    real = rowcover.replay

    def replay(db, upto, fixed, kept, after=0, naming=None):
        starts.append(after)
        return real(db, upto, fixed, kept, after, naming)

    monkeypatch.setattr(rowcover, "replay", replay)
    return starts


def test_after_a_seal_the_protected_rows_are_checked_by_its_digests(db, who, monkeypatch):
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 2)  # many chunks: most untouched, some touched
    _more_history(db, who, 4)
    first = verify.verify(db, _holder(db), seal=True)
    assert first.ok
    sealed = json.loads(integrity.latest_seal(db)[1])["rows"]
    assert sealed["chunk"] == 2
    assert len(sealed["tables"]["lots"]) == 3  # lots 1..5: chunks 0, 1, 2
    # Since the seal: lots added, one sorted and closed, a parcel made (rows added and changed).
    _more_history(db, who, 2)
    make_lot(db, who.olu, "N1")
    starts = _replays(monkeypatch)
    second = verify.verify(db, _holder(db), seal=True)
    assert second.ok, second.problems
    assert starts == [sealed["upto"]]  # only the changes since the seal were replayed
    assert second.checked["protected rows"] == sum(
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in rowcover.PROTECTED
    )
    starts.clear()
    assert verify.verify(db, full=True).ok
    assert starts == [0]  # --full replays the whole log


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # lot 1 lies in a chunk no change since the seal touched; lot 7 in one that was.
        ("UPDATE lots SET supplier = 'forged' WHERE id = 1", "lots row [1] (lot L1): changed"),
        ("UPDATE lots SET supplier = 'forged' WHERE id = 7", "lots row [7] (lot M6): changed"),
        ("DELETE FROM lot_origins WHERE lot_id = 2", "lot_origins row [2,"),
        ("INSERT INTO countries VALUES ('XX', 'Nowhere', 'none')", 'countries row ["XX"]'),
        # Far beyond every chunk the seal holds or a change since touched.
        (
            "INSERT INTO prices SELECT 99999, category_id, effective_from, cents_per_ct, set_by, "
            "set_at FROM prices LIMIT 1",
            "prices row [99999]",
        ),
    ],
)
def test_after_a_seal_an_outside_edit_of_a_protected_row_is_named(
    db, who, monkeypatch, edit, expected
):
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 2)
    make_sorted_lot(db, who.olu, "L1")
    _more_history(db, who, 4)
    assert verify.verify(db, _holder(db), seal=True).ok
    _more_history(db, who, 2)
    tamper(db, edit)
    problems = verify.verify(db).problems
    assert any(p.startswith(expected) and "outside sortapp" in p for p in problems), problems


def test_after_a_seal_a_change_from_an_edited_row_is_named(db, db_path, who, monkeypatch):
    """An outside edit after the seal, then a change by sortapp over it: the change did not
    start where the seal left the row."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 2)
    make_lot(db, who.olu, "L1")
    _more_history(db, who, 3)
    assert verify.verify(db, _holder(db), seal=True).ok
    db.close()
    raw_edit(db_path, "UPDATE lots SET supplier = 'forged' WHERE number = 'L1'")
    db = open_db(db_path)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 5_000)  # the lot's status changes
    problems = verify.verify(db).problems
    db.close()
    assert any(
        p.startswith("lots row [1] (lot L1): changed outside sortapp before audit entry")
        for p in problems
    ), problems


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (
            "UPDATE audit SET \"user\" = 'mallory' WHERE id = 5",
            "KSF-A5: its content does not match",
        ),
        ("DELETE FROM audit WHERE id = 7", "chain is broken"),
        ("UPDATE postings SET mct = mct + 1 WHERE id = 3", "its lines do not match its hash"),
        (
            "UPDATE sort_entries SET mct = mct + 1 WHERE id = 2",
            "KSF-E2: does not match the audit log",
        ),
        ("UPDATE lots SET number = 'X' WHERE id = 1", "does not match the audit log"),
        # Rows that sealed entries name: their canonical texts change with them.
        ("UPDATE lots SET uid = 'KSF-LX' WHERE id = 1", "its lines do not match its hash"),
        (
            "UPDATE categories SET code = 'ZZ' WHERE code = 'S5-SAW-Q1-W'",
            "its lines do not match its hash",
        ),
        ("UPDATE users SET name = 'eve' WHERE name = 'olu'", "its lines do not match its hash"),
    ],
)
def test_a_change_to_sealed_rows_is_found_and_named(db, who, monkeypatch, tamper, expected):
    monkeypatch.setattr(integrity, "CHUNK", 8)
    problems = _edited_after_a_seal(db, who, tamper, before=2, after=1)
    assert any(expected in p for p in problems), problems


def _edited_after_a_seal(db, who, edit, *, before, after):
    """``before`` lots of history, an anchored seal, ``after`` more, then ``edit`` outside
    sortapp: what verify finds."""
    _more_history(db, who, before)
    assert verify.verify(db, _holder(db), seal=True).ok
    _more_history(db, who, after)
    tamper(db, edit)
    return verify.verify(db).problems


def test_a_seal_beyond_the_rows_is_ignored(db, who, monkeypatch):
    """A seal that names more rows than there are is not a seal of these rows."""
    _more_history(db, who, 1)
    assert verify.verify(db, _holder(db), seal=True).ok
    tamper(db, "DELETE FROM sort_entries WHERE id = (SELECT max(id) FROM sort_entries)")
    seen = _spans(monkeypatch)
    problems = verify.verify(db).problems
    assert ("audit_pass", 0) in seen
    assert any("in the audit log but not stored" in p for p in problems), problems


@pytest.mark.parametrize(
    "details", ["not json", "{}", '{"audit": {"upto": "x"}}', '{"audit": 1, "journal": 2}']
)
def test_a_seal_changed_by_hand_is_found_and_does_not_stop_the_run(db, who, details):
    _more_history(db, who, 1)
    assert verify.verify(db, _holder(db), seal=True).ok
    seal_id = integrity.latest_seal(db)[0]
    tamper(db, f"UPDATE audit SET details = '{details}' WHERE id = {seal_id}")
    problems = verify.verify(db).problems
    assert problems == [f"audit entry KSF-A{seal_id}: its content does not match its hash"]


def test_a_seal_made_with_another_chunk_size_still_serves(db, who, monkeypatch):
    monkeypatch.setattr(integrity, "CHUNK", 8)
    _more_history(db, who, 2)
    assert verify.verify(db, _holder(db), seal=True).ok
    monkeypatch.setattr(integrity, "CHUNK", 5)  # a later sortapp digests other chunks
    seen = _spans(monkeypatch)
    assert verify.verify(db, _holder(db), seal=True).ok
    assert ("audit_pass", 0) not in seen  # the old seal's digests were checked as they were
    assert json.loads(integrity.latest_seal(db)[1])["audit"]["chunk"] == 5


def test_a_read_only_file_is_verified_without_a_seal(db, db_path, who):
    _more_history(db, who, 1)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = db_path.with_name("copy.db")
    copy.write_bytes(db_path.read_bytes())
    readonly = backup_sql.open_readonly(copy)
    try:
        assert verify.verify(readonly, who.olu, seal=True).ok
        assert integrity.latest_seal(readonly) is None
    finally:
        readonly.close()


# -- what a seal spares the parcels and balances checks ----------------------------------------


def _parcel_passes(monkeypatch):
    """Record which parcels each fingerprint pass is asked to re-derive (None: all)."""
    asked = []
    real = integrity.parcel_pass

    def parcel_pass(db, site, only=None):
        asked.append(None if only is None else list(only))
        return real(db, site, only)

    monkeypatch.setattr(integrity, "parcel_pass", parcel_pass)
    return asked


def _sealed_parcel(db, who, number, lot, seal):
    make_sorted_lot(db, who.olu, lot)
    parcels.create_parcel(db, who.olu, number, importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, number, "S5-SAW-Q1-W", 60_000)  # the lot's whole S5 stock
    parcels.seal_parcel(db, who.sam, number, kp_cert=f"BW-{seal}", seals=[seal])
    return db.execute("SELECT id FROM parcels WHERE number = ?", (number,)).fetchone()[0]


def test_after_a_seal_only_the_parcels_whose_data_changed_are_rederived(db, who, monkeypatch):
    _sealed_parcel(db, who, "P1", "L1", "S1")
    asked = _parcel_passes(monkeypatch)
    assert verify.verify(db, _holder(db), seal=True).ok
    assert asked == [None]  # no seal yet: every sealed parcel
    p2 = _sealed_parcel(db, who, "P2", "L2", "S2")
    asked.clear()
    report = verify.verify(db, _holder(db), seal=True)
    assert report.ok and report.checked["sealed parcels"] == 2
    assert asked == [[p2]]  # P1's data did not change since the seal
    asked.clear()
    assert verify.verify(db).ok
    assert asked == [[]]
    asked.clear()
    assert verify.verify(db, full=True).ok
    assert asked == [None]


def test_after_a_seal_a_sealed_parcels_line_edited_outside_sortapp_fails_verify(db, who):
    _sealed_parcel(db, who, "P1", "L1", "S1")
    assert verify.verify(db, _holder(db), seal=True).ok
    tamper(db, "UPDATE sealed_lines SET mct = mct - 1000, value_cents = value_cents - 1")
    problems = verify.verify(db).problems
    assert any(p.startswith("sealed_lines row [1,") and "changed outside" in p for p in problems)


def test_after_a_seal_a_parcels_data_changed_under_a_forged_entry_is_rederived(db, db_path, who):
    """A lot's number rewritten outside sortapp and 'explained' by an appended entry of an
    operator's kind: the rows check accepts the recorded change, so the parcels check must
    re-derive the fingerprint of the parcel holding that lot's goods, and does."""
    _sealed_parcel(db, who, "P1", "L1", "S1")
    _sealed_parcel(db, who, "P2", "L2", "S2")
    assert verify.verify(db, _holder(db), seal=True).ok
    db.close()
    explained_edit(
        db_path, "UPDATE lots SET number = 'L1X' WHERE id = 1", "lots", "[1]", "olu", "sort.add"
    )
    db = open_db(db_path)
    problems = verify.verify(db).problems
    db.close()
    assert "parcel P1: its data do not match its sealed fingerprint" in problems
    assert not any(p.startswith("parcel P2") for p in problems)


def _balance_passes(monkeypatch):
    """Record the whole re-adds of the balances (None) and the chunks re-added one by one."""
    seen = []
    whole, chunk = ledger.balance_pass, integrity.balance_chunk_pass
    monkeypatch.setattr(ledger, "balance_pass", lambda db: seen.append(None) or whole(db))
    monkeypatch.setattr(
        integrity, "balance_chunk_pass", lambda db, c: seen.append(c) or chunk(db, c)
    )
    return seen


def test_after_a_seal_only_the_lots_posted_to_since_are_re_added(db, who, monkeypatch):
    monkeypatch.setattr(integrity, "BALANCE_CHUNK", 2)  # lots 0-1, 2-3, ...
    _more_history(db, who, 5)
    seen = _balance_passes(monkeypatch)
    assert verify.verify(db, _holder(db), seal=True).ok
    assert seen == [None]
    sealed = json.loads(integrity.latest_seal(db)[1])["balances"]
    assert sorted(sealed["chunks"], key=int) == ["0", "1", "2"]
    _more_history(db, who, 2)  # lots 6 and 7: chunk 3
    seen.clear()
    assert verify.verify(db, _holder(db), seal=True).ok
    assert seen == [3]
    resealed = json.loads(integrity.latest_seal(db)[1])["balances"]
    assert {c: resealed["chunks"][c] for c in "012"} == sealed["chunks"]
    seen.clear()
    assert verify.verify(db, full=True).ok
    assert seen == [None]


SEALS = "SELECT count(*) FROM audit WHERE action = 'verify.seal'"


def _tasks_apart(monkeypatch, after):  # type: ignore[no-untyped-def]
    """Run verify's tasks each on a snapshot of its own, as in two lanes, calling ``after(task)``
    once each task has read (a forger's edit between two snapshots)."""

    def reports(db, full, parallel, pool, anchoring, sealing, stop):  # type: ignore[no-untyped-def]
        scope = verify._scope(db, full, sealing)
        path = integrity.file_path(db)
        found = {}
        for task in verify._tasks(scope):
            found.update(verify._run_on_file(path, task, full, scope, anchoring))
            after(task)
        return found

    monkeypatch.setattr(verify, "_reports", reports)


def _sealed_nothing_then(db, monkeypatch, after) -> list[str]:  # type: ignore[no-untyped-def]
    """A sealing run with ``after`` between its tasks' snapshots (``_tasks_apart``): sound on
    each, it records no seal and says so; then what the next run finds."""
    _tasks_apart(monkeypatch, after)
    seals = db.execute(SEALS).fetchone()[0]
    report = verify.verify(db, _holder(db), seal=True)
    assert report.ok  # (each snapshot read sound)
    assert db.execute(SEALS).fetchone()[0] == seals
    assert any(note.startswith("no seal recorded") for note in report.notes), report.notes
    monkeypatch.undo()
    return verify.verify(db).problems


@pytest.mark.sqlite_only("each task on a snapshot of its own: two lanes on a file")
def test_a_sealed_run_edited_between_its_snapshots_seals_nothing(db, db_path, who, monkeypatch):
    """After a seal, a row changed and an entry's record made to say so for the rows check's
    snapshot alone (the chain's read before, the record put back after): nothing the run reads
    is amiss, but something was committed during it, so it seals nothing (sealed, the change
    would pass every later run; review, 2026-12-05). The next run names the row."""
    make_sorted_lot(db, who.olu, "L1")
    assert verify.verify(db, _holder(db), seal=True).ok
    make_lot(db, who.olu, "L2")  # entries after the seal, olu's
    last, text = db.execute("SELECT id, rows FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    key = json.dumps([who.olu.user_id])

    def after(task):  # type: ignore[no-untyped-def]
        if "audit chain" in task:
            before = row_hash(db_path, "users", key)
            # (A column no entry states, of a row an unsigned entry of its user may change:
            # the rows check alone sees it.)
            raw_edit(db_path, f"UPDATE users SET language = 'fr' WHERE id = {who.olu.user_id}")
            forged = [*json.loads(text), ["users", key, before, row_hash(db_path, "users", key)]]
            raw_edit(
                db_path, f"UPDATE audit SET rows = '{canonical_json(forged)}' WHERE id = {last}"
            )
        if "rows" in task:
            raw_edit(db_path, f"UPDATE audit SET rows = '{text}' WHERE id = {last}")

    problems = _sealed_nothing_then(db, monkeypatch, after)
    assert problems == [f"users row {key} (user olu): changed outside sortapp"]


@pytest.mark.sqlite_only("each task on a snapshot of its own: two lanes on a file")
def test_a_first_run_edited_between_its_snapshots_seals_nothing(db, db_path, who, monkeypatch):
    """A sorting entry's reason forged with its audit record for the sorting entries check's
    snapshot alone (the chain read before, the record put back after) is not sealed: the run
    seals nothing, and the next names the entry."""
    make_sorted_lot(db, who.olu, "L1")
    entry, uid = db.execute("SELECT id, uid FROM sort_entries ORDER BY id LIMIT 1").fetchone()
    record, details = db.execute(
        "SELECT id, details FROM audit WHERE details LIKE ?", (f'%"{uid}"%',)
    ).fetchone()
    forged = canonical_json({**json.loads(details), "reason": "FORGED reason"})

    def after(task):  # type: ignore[no-untyped-def]
        if "audit chain" in task:
            raw_edit(
                db_path,
                f"UPDATE sort_entries SET reason = 'FORGED reason' WHERE id = {entry}",
                f"UPDATE audit SET details = '{forged}' WHERE id = {record}",
            )
        if "sorting entries" in task:
            raw_edit(db_path, f"UPDATE audit SET details = '{details}' WHERE id = {record}")

    problems = _sealed_nothing_then(db, monkeypatch, after)
    assert any(uid in p and "does not match the audit log" in p for p in problems), problems


@pytest.mark.sqlite_only("the rows check's replay of a file")
@pytest.mark.parametrize("how", ["streamed", "whole", "full"])
def test_without_a_seal_unsigned_entries_are_named_from_what_the_replay_noted(
    db, db_path, who, how, monkeypatch
):
    """Without a seal the signatures check asks of the entries the rows check's replay noted:
    an unsigned entry of an action only a supervisor takes, recording no rows, and one whose
    record changes a signed table's row, are named whether the log is streamed, replayed
    whole (a record the streamed replay cannot read: it starts again) or in full."""
    make_sorted_lot(db, who.olu, "L1")
    last = db.execute("SELECT max(id) FROM audit").fetchone()[0]
    append_forged_entry(db_path, "olu", "category.add", [], obj="C9")
    append_forged_entry(db_path, "olu", "sort.add", [["settings", '["tolerance_mct"]', "a", "b"]])
    if how == "whole":
        append_forged_entry(db_path, "olu", "sort.add", [["nothing"]])
    asked: list[object] = []
    real = audit_sql.signed_or_named

    def signed_or_named(db, after, upto, actions, tables, named=None):  # type: ignore[no-untyped-def]
        asked.append(named)
        return real(db, after, upto, actions, tables, named)

    monkeypatch.setattr(audit_sql, "signed_or_named", signed_or_named)
    problems = verify.verify(db, full=how == "full").problems
    assert len(asked) == 1 and asked[0] is not None  # (the noted entries, not read again)
    for uid in (f"KSF-A{last + 1}", f"KSF-A{last + 2}"):
        assert any(uid in p and "without the site key's signature" in p for p in problems), (
            uid,
            problems,
        )


@pytest.mark.sqlite_only("each task on a snapshot of its own: two lanes on a file")
def test_a_run_that_reads_entries_written_after_its_start_seals_nothing(db, who, monkeypatch):
    """The rows check reads the log to its own end: an entry written after the run began (past
    the entry the other checks end at) is in no chain or signature check of the run, so no
    seal is made (it could be gone by the next run, its id the seal's own); the next run,
    with nothing written meanwhile, makes one. (In one lane, on a server's two as on a file's
    one, the bounds and the checks are of one snapshot: such an entry is read by none.)"""
    make_sorted_lot(db, who.olu, "L1")
    real = verify._scope

    def scope(db, full, sealing=False):  # type: ignore[no-untyped-def]
        found = real(db, full, sealing)
        make_lot(db, who.olu, "L2")  # (written as the run begins)
        return found

    monkeypatch.setattr(verify, "_scope", scope)
    _tasks_apart(monkeypatch, lambda _task: None)
    # (On a file ``integrity.Commits`` sees that write too: off, so that this rule is what holds.)
    monkeypatch.setattr(integrity.Commits, "since", lambda _self: False)
    before = db.execute(SEALS).fetchone()[0]
    assert verify.verify(db, _holder(db), seal=True).ok
    assert db.execute(SEALS).fetchone()[0] == before
    monkeypatch.undo()
    assert verify.verify(db, _holder(db), seal=True).ok
    assert db.execute(SEALS).fetchone()[0] == before + 1


@pytest.mark.sqlite_only("each task on a snapshot of its own: two lanes on a file")
@pytest.mark.parametrize("guarded", [True, False])
def test_a_first_sealing_run_seals_the_balances_it_found_on_the_ledger_it_checked(
    db, db_path, who, monkeypatch, guarded
):
    """A sealing run's balances are those of the snapshot its ledger entries check found sound:
    two lines and their balances edited alike once that check is done, the lines put back
    once the balances check is, are not sealed as sound (its part of the seal would be trusted
    later, the lines since found as sealed). Something was committed during the run, so it
    seals nothing; and were that not seen (``guarded`` off), the balances were read on the
    ledger entries check's snapshot, before the edit: either way the next run names them."""
    for i in range(5):
        make_sorted_lot(db, who.olu, f"M{i}")
    lines = "UPDATE postings SET mct = {} WHERE id = {}"
    ran: list[tuple[str, ...]] = []

    def after(task):  # type: ignore[no-untyped-def]
        ran.append(task)
        if "ledger entries" in task:
            raw_edit(
                db_path,
                lines.format(50, 6),
                lines.format(50, 7),
                "UPDATE balances SET mct = 50 WHERE place IN ('loss', 'adjust') AND lot_id = 1",
            )
        if "balances" in task:
            raw_edit(db_path, lines.format(100, 6), lines.format(0, 7), table="postings")

    _tasks_apart(monkeypatch, after)
    if not guarded:
        monkeypatch.setattr(integrity.Commits, "since", lambda _self: False)
    seals = db.execute(SEALS).fetchone()[0]
    assert verify.verify(db, _holder(db), seal=True).ok
    assert db.execute(SEALS).fetchone()[0] == seals + (0 if guarded else 1)
    monkeypatch.undo()
    assert len(ran) > 3 and any("balances" in task for task in ran)
    problems = verify.verify(db).problems
    assert any(p.startswith("balance ('loss', 1,") for p in problems), problems


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # lot 1 lies in a chunk no posting since the seal touched; lot 7 in one that was.
        ("UPDATE balances SET mct = mct + 1 WHERE lot_id = 1 AND place = 'stock'", "'stock', 1,"),
        ("UPDATE balances SET mct = mct + 1 WHERE lot_id = 7 AND place = 'stock'", "'stock', 7,"),
        # A balance spent to nothing: a row of zeros, deleted.
        ("DELETE FROM balances WHERE lot_id = 2 AND place = 'received'", "('received', 2,"),
        ("INSERT INTO balances VALUES ('stock', 3, 1, 0, '', 5, 1)", "('stock', 3, 1, 0, '')"),
        ("INSERT INTO balances VALUES ('nowhere', 1, 0, 0, '', 5, 1)", "('nowhere', 1, 0"),
        ("INSERT INTO balances VALUES ('stock', 999, 1, 0, '', 5, 1)", "('stock', 999,"),
        (
            "UPDATE category_stock SET mct = mct + 1 "
            "WHERE category_id = (SELECT min(category_id) FROM category_stock)",
            "('category_stock',",
        ),
    ],
)
def test_after_a_seal_an_outside_edit_of_a_balance_is_named(db, who, monkeypatch, edit, expected):
    monkeypatch.setattr(integrity, "BALANCE_CHUNK", 2)
    problems = _edited_after_a_seal(db, who, edit, before=5, after=2)
    assert any(
        p.startswith("balance ") and expected in p and "differs from the sum" in p for p in problems
    ), problems


def test_without_a_seal_the_audit_pass_tallies_what_the_checkpoints_check_reads(
    db, who, monkeypatch, backend
):
    """Without a seal, the audit chain's pass over the whole log tallies what the checkpoints
    check reads of it (the site's entries by chunk of ids, the entries that record a
    checkpoint), on the same snapshot: the log is not read twice more, and the seal holds what
    those reads give. The pass's blocks end where the counts' chunks do (here at ids 3, 4, 6,
    8 ...); on a server, the checkpoints check reads as before."""
    from sortapp.storage import anchors as anchors_sql  # noqa: PLC0415

    monkeypatch.setattr(anchors_sql, "SITE_CHUNK", 4)
    monkeypatch.setattr(integrity, "DIGEST_BLOCK", 3)
    _more_history(db, who, 2)
    assert verify.verify(db, _holder(db), seal=True).ok  # its seal checkpoint ...
    _more_history(db, who, 1)  # ... recorded by the next entry
    reads: list[object] = []
    counts, among = anchors_sql.site_counts, anchors_sql.recorded_checkpoints_among
    monkeypatch.setattr(
        anchors_sql, "site_counts", lambda *args: reads.append("counts") or counts(*args)
    )
    monkeypatch.setattr(
        anchors_sql,
        "recorded_checkpoints_among",
        lambda db, ids, after: reads.append(after) or among(db, ids, after),
    )
    assert verify.verify(db, _holder(db), full=True, seal=True).ok  # (ignores the seal)
    sealed = json.loads(integrity.latest_seal(db)[1])["checkpoints"]
    upto = sealed["upto"]
    code = sealed["site"]
    assert sealed["sites"] == {str(c): n for c, n in counts(db, code, upto).items()}
    assert len(sealed["sites"]) > 3
    recorded = [i for i, _uid, _rows in among(db, [], 0) if i <= upto]
    assert sealed["recorded"] == recorded and recorded
    assert reads == ([upto] if backend == "sqlite" else ["counts", 0])


@pytest.mark.sqlite_only("the pass tallies on a file only")
def test_the_audit_pass_tallies_its_sites_entries_only(db, who, monkeypatch):
    from sortapp.storage import anchors as anchors_sql  # noqa: PLC0415

    monkeypatch.setattr(anchors_sql, "SITE_CHUNK", 4)
    _more_history(db, who, 2)
    tamper(db, "UPDATE audit SET site = 'ELSE' WHERE id % 3 = 0")
    code = db.execute("SELECT code FROM site").fetchone()[0]
    upto = db.execute("SELECT max(id) FROM audit").fetchone()[0]
    tally = integrity.AuditTally(code)
    assert integrity.audit_pass(db, 0, upto, {}, None, tally)[1] > 0  # (the chains now broken)
    assert tally.counts == anchors_sql.site_counts(db, code, upto)
    assert sum(tally.counts.values()) == upto - upto // 3


def test_after_a_seal_the_checkpoints_check_reads_only_the_log_since(db, who, monkeypatch):
    """The seal holds the site's entries counted by chunks and the entries that record a
    checkpoint; under it only the log after the seal is read, and a checkpoint recorded before
    the seal and deleted since is still named."""
    from sortapp.storage import anchors as anchors_sql  # noqa: PLC0415

    monkeypatch.setattr(anchors_sql, "SITE_CHUNK", 4)  # several chunks, the last one partial
    _more_history(db, who, 2)
    assert verify.verify(db, _holder(db), seal=True).ok  # its seal checkpoint: row 1
    first = db.execute("SELECT max(id) FROM checkpoints").fetchone()[0]
    _more_history(db, who, 1)  # the next entry records checkpoint 1
    assert verify.verify(db, _holder(db), seal=True).ok
    sealed = json.loads(integrity.latest_seal(db)[1])["checkpoints"]
    assert sealed["recorded"]  # the entry that records checkpoint 1
    assert sum(sealed["sites"].values()) == sealed["upto"]  # one site: every entry
    _more_history(db, who, 1)
    starts = []
    counts, among = anchors_sql.site_counts, anchors_sql.recorded_checkpoints_among
    monkeypatch.setattr(
        anchors_sql,
        "site_counts",
        lambda db, site, upto, start=0: starts.append(start) or counts(db, site, upto, start),
    )
    monkeypatch.setattr(
        anchors_sql,
        "recorded_checkpoints_among",
        lambda db, ids, after: starts.append(after) or among(db, ids, after),
    )
    assert verify.verify(db, _holder(db)).ok
    assert starts == [sealed["upto"] // 4, sealed["upto"]]
    tamper(db, f"DELETE FROM checkpoints WHERE id = {first}")
    starts.clear()
    problems = verify.verify(db).problems
    assert starts == [sealed["upto"] // 4, sealed["upto"]]  # the seal still served
    assert any(f"checkpoint {first} was deleted: audit entry" in p for p in problems), problems


def _audit_text(db, entry: int) -> bytes:
    """The canonical list an audit entry's hash covers (``audit.audit_hash``'s)."""
    *fields, changed = db.execute(
        'SELECT prev_hash, uid, site, at, "user", action, object, details, rows FROM audit '
        "WHERE id = ?",
        (entry,),
    ).fetchone()
    return canonical_json([*fields, changed] if changed else fields, check=False).encode()


def test_the_audit_pass_by_blocks_names_a_hash_made_to_fit_its_text_with_bytes_after_it(db, who):
    """The block pass splits each row's piece after 64 bytes of hash: a hash of 64 hex digits
    and then bytes X, the digits being the SHA-256 of X and the text, X beginning as the text
    does, would fit that split; it is no hash of its entry, and the pass counts it (as the
    row-by-row check names it)."""
    make_sorted_lot(db, who.olu, "L1")
    newest = integrity.max_id(db, "audit")
    text = _audit_text(db, newest)
    extra = text[:68]  # '["', the previous hash, '",'
    forged = hashlib.sha256(extra + text).hexdigest() + extra.decode()
    tamper(db, f"UPDATE audit SET hash = '{forged}' WHERE id = {newest}")
    assert integrity.audit_pass(db, 0, ALL, {})[1] == 1
    report = verify.Report()
    verify._check_audit(db, report, verify._scope(db, full=False))
    uid = db.execute("SELECT uid FROM audit WHERE id = ?", (newest,)).fetchone()[0]
    assert report.problems == [f"audit entry {uid}: its content does not match its hash"]


@pytest.mark.sqlite_only  # the block pass is SQLite's (a server's entries re-hashed here differ)
def test_the_audit_pass_by_blocks_follows_each_site_its_own_chain(db, who):
    """A block whose rows are of two sites, each chained to its own site's entries, is read
    row by row: the pass finds nothing wrong, as the row-by-row check."""
    make_sorted_lot(db, who.olu, "L1")
    rows = db.execute(
        "SELECT id, uid, site, at, user, action, object, details, rows FROM audit ORDER BY id"
    ).fetchall()
    last: dict[str, str] = {}
    statements = []
    for entry, stored_uid, stored, at, user, action, obj, details, changed in rows:
        code = "OTHER" if entry == 3 else stored
        uid = f"{code}-A{entry}" if entry == 3 else stored_uid  # (an entry's uid: its site's)
        prev = last.get(code, GENESIS_HASH)
        digest = audit_hash(prev, uid, code, at, user, action, obj, details, changed)
        last[code] = digest
        statements.append(
            f"UPDATE audit SET site = '{code}', uid = '{uid}', prev_hash = '{prev}', "
            f"hash = '{digest}' WHERE id = {entry}"
        )
    tamper(db, *statements)
    assert integrity.audit_pass(db, 0, ALL, {})[1] == 0
    report = verify.Report()
    verify._check_audit(db, report, verify._scope(db, full=False))
    assert report.problems == []


def _foreign_key_checks(monkeypatch):
    """Record the journal id after which each foreign key check reads the ledger's lines."""
    seen = []
    real = integrity.foreign_key_problems

    def spy(db, lines_after=0):
        seen.append(lines_after)
        return real(db, lines_after)

    monkeypatch.setattr(integrity, "foreign_key_problems", spy)
    return seen


@pytest.mark.sqlite_only("the file's own foreign key check")
def test_after_a_seal_the_foreign_key_check_reads_only_the_lines_since(db, who, monkeypatch):
    _more_history(db, who, 2)
    seen = _foreign_key_checks(monkeypatch)
    assert verify.verify(db, _holder(db), seal=True).ok
    assert seen == [0]  # no seal yet: every line
    sealed = json.loads(integrity.latest_seal(db)[1])["journal"]["upto"]
    _more_history(db, who, 1)
    seen.clear()
    assert verify.verify(db, _holder(db)).ok
    assert seen == [sealed]
    seen.clear()
    assert verify.verify(db, full=True).ok
    assert seen == [0]


@pytest.mark.sqlite_only("the file's own foreign key check")
@pytest.mark.parametrize("column", ["lot_id", "category_id", "parcel_id", "journal_id"])
def test_after_a_seal_a_line_since_pointing_nowhere_is_found(db, db_path, who, column):
    _more_history(db, who, 2)
    assert verify.verify(db, _holder(db), seal=True).ok
    _more_history(db, who, 1)
    last = db.execute("SELECT max(id) FROM postings").fetchone()[0]
    raw_edit(db_path, f"UPDATE postings SET {column} = 99999 WHERE id = {last}")
    sealed = json.loads(integrity.latest_seal(db)[1])["journal"]["upto"]
    assert integrity.foreign_key_problems(db, sealed) == 1
    problems = verify.verify(db, _holder(db)).problems
    assert "SQLite foreign key check: rows point at missing rows" in problems


@pytest.mark.sqlite_only("the file's own foreign key check")
def test_after_a_seal_a_sealed_line_pointing_nowhere_is_found(db, db_path, who, monkeypatch):
    """A sealed line edited to name a missing lot changes the sealed digests: the ledger check
    names it, and the foreign key check, no longer sparing the sealed lines, too."""
    _more_history(db, who, 2)
    assert verify.verify(db, _holder(db), seal=True).ok
    _more_history(db, who, 1)
    raw_edit(db_path, "UPDATE postings SET lot_id = 99999 WHERE id = 1")
    seen = _foreign_key_checks(monkeypatch)
    problems = verify.verify(db, _holder(db)).problems
    assert seen == [0]
    assert "SQLite foreign key check: rows point at missing rows" in problems
    assert any(p.startswith("ledger") for p in problems), problems


@pytest.mark.sqlite_only("the file's own foreign key check")
@pytest.mark.parametrize("column", ["lot_id", "parcel_id", "user_id", "reverses_id"])
def test_after_a_seal_a_ledger_entry_since_pointing_nowhere_is_found(
    db, db_path, who, monkeypatch, column
):
    """The ledger's entries, like their lines, are checked for keys pointing nowhere only after
    the sealed ones: one made since pointing nowhere is found; a sealed one so edited changes
    the sealed digests, and then every entry is checked."""
    _more_history(db, who, 2)
    assert verify.verify(db, _holder(db), seal=True).ok
    _more_history(db, who, 1)
    sealed = json.loads(integrity.latest_seal(db)[1])["journal"]["upto"]
    last = db.execute("SELECT max(id) FROM journal").fetchone()[0]
    raw_edit(db_path, f"UPDATE journal SET {column} = 99999 WHERE id = {last}")
    assert integrity.foreign_key_problems(db, sealed) == 1
    raw_edit(db_path, f"UPDATE journal SET {column} = 99998 WHERE id = 1")
    assert integrity.foreign_key_problems(db, sealed) == 1  # (the sealed one: by the digests)
    seen = _foreign_key_checks(monkeypatch)
    problems = verify.verify(db, _holder(db)).problems
    assert seen == [0]  # the sealed digests differ: every entry and line checked
    assert "SQLite foreign key check: rows point at missing rows" in problems


@pytest.mark.sqlite_only("the file's own foreign key check")
def test_after_a_seal_a_ledger_entry_before_the_first_pointing_nowhere_is_found(db, db_path, who):
    """An entry of id 0 is in no sealed digest's range: checked like those since the seal."""
    _more_history(db, who, 2)
    assert verify.verify(db, _holder(db), seal=True).ok
    sealed = json.loads(integrity.latest_seal(db)[1])["journal"]["upto"]
    raw_edit(
        db_path,
        "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, reason, hash) "
        "SELECT 0, 'KSF-J0', kind, at, user_id, 99999, reason, hash FROM journal WHERE id = 1",
    )
    assert integrity.foreign_key_problems(db, sealed) == 1
    problems = verify.verify(db, _holder(db)).problems
    assert "SQLite foreign key check: rows point at missing rows" in problems, problems


_BEFORE_FIRST = {
    "audit": (
        'INSERT INTO audit (id, uid, site, at, "user", action, object, details, rows, '
        "prev_hash, hash) SELECT 0, 'KSF-A0', site, at, \"user\", action, object, details, "
        "rows, prev_hash, hash FROM audit WHERE id = 1",
        "audit entry KSF-A0",
    ),
    # An entry with lines adding up to nothing (goods from the world into a lot's receipt),
    # their balances made by the ledger's own trigger.
    "journal": (
        "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, parcel_id, reverses_id, "
        "reason, hash) SELECT 0, 'KSF-J0', kind, at, user_id, lot_id, parcel_id, NULL, reason, "
        "hash FROM journal WHERE id = 1; "
        "INSERT INTO postings (id, journal_id, place, lot_id, mct, stones) "
        "SELECT max(id) + 1, 0, 'world', 1, -5, 0 FROM postings; "
        "INSERT INTO postings (id, journal_id, place, lot_id, mct, stones) "
        "SELECT max(id) + 1, 0, 'received', 1, 5, 0 FROM postings",
        "ledger entry KSF-J0",
    ),
    "entries": (
        "INSERT INTO sort_entries (id, uid, lot_id, category_id, loss_type, mct, stones, "
        "entered_by, entered_at, reverses_id, reason, stones_counted) SELECT 0, 'KSF-E0', "
        "lot_id, category_id, loss_type, mct, stones, entered_by, entered_at, NULL, reason, "
        "stones_counted FROM sort_entries WHERE id = 1",
        "sorting entry KSF-E0",
    ),
}


@pytest.mark.parametrize("sealed", [False, True], ids=["unsealed", "sealed"])
@pytest.mark.parametrize("family", sorted(_BEFORE_FIRST))
def test_a_history_row_of_an_id_below_the_first_is_found(db, who, family, sealed):
    """Every pass over the audit log, the ledger and the sorting entries, and a seal's digests,
    read ids from 1 on: a row of id 0 is named on its own, with or without a seal."""
    _more_history(db, who, 2)
    if sealed:
        assert verify.verify(db, _holder(db), seal=True).ok
        _more_history(db, who, 1)
    statements, name = _BEFORE_FIRST[family]
    tamper(db, *statements.split("; "))
    report = verify.verify(db, _holder(db), seal=True)
    assert f"{name}: its id is below the first (added outside sortapp)" in report.problems, (
        report.problems
    )
    last = db.execute("SELECT max(id) FROM audit").fetchone()[0]
    assert (integrity.latest_seal(db) or (0,))[0] < last  # and no seal recorded


def test_a_price_changed_outside_sortapp_is_named_by_its_category_and_date(db, who):
    """ "prices row [422]: changed outside sortapp" named nothing a supervisor could act on."""
    code, when = db.execute(
        "SELECT c.code, p.effective_from FROM prices p JOIN categories c ON c.id = p.category_id "
        "WHERE p.id = 1"
    ).fetchone()
    tamper(db, "UPDATE prices SET cents_per_ct = 1 WHERE id = 1")
    problems = verify.verify(db).problems
    named = f"prices row [1] (price of {code} from {when}): changed outside sortapp"
    assert any(problem.startswith(named) for problem in problems), problems


def test_an_entry_deleted_from_the_log_is_said_first_where_it_was(db, who):
    """An audit entry deleted from the middle of the log: verify's first line was what that
    entry had recorded, now unrecorded ("lots row [2] (lot L2): added outside sortapp"), and
    the line that says what happened (the chain's gap) came after it."""
    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    make_lot(db, who.olu, "L3")
    (entry,) = db.execute(
        "SELECT id FROM audit WHERE action = 'lot.receive' AND object = 'L2'"
    ).fetchone()
    tamper(db, f"DELETE FROM audit WHERE id = {entry}")
    problems = verify.verify(db).problems
    unrecorded = next(i for i, p in enumerate(problems) if p.startswith("lots row [2] (lot L2)"))
    chain = next(i for i, p in enumerate(problems) if p.startswith("audit "))
    assert chain < unrecorded, problems
