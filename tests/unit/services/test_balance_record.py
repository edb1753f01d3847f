"""Issue 16, round 2: zero and tare recorded, the serial line a protocol's own when left blank,
the terminator and a generic balance's pattern in the register, the calibration certificate
required, and a sorting file's weights recorded as from the file. Run on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import logging
import re

import pytest

from sortapp.core.errors import PermissionDenied, UserError
from sortapp.services import balances, history, imports, site, sorting
from sortapp.services.verify import audit_entries, verify
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_lot
from tests.unit.services.test_balances import B01, _calibrate, _day, _register

CSV = "lot,category,carats,stones\nL1,S5-SAW-Q1-W,2.000,\nL1,loss:cleaning,0.500,\n"


def _details(db, action: str) -> dict:
    return json.loads(audit_entries(db, action=action, limit=1)[0].details)


def _said(db, action: str) -> str:
    e = audit_entries(db, action=action, limit=1)[0]
    return history.sentence(e.action, e.user, e.object, e.details)


# -- zero and tare -------------------------------------------------------------------------------


def test_an_operator_s_zero_and_tare_are_audited_with_the_balance_and_its_serial(db, who):
    _register(db, who)
    changes = balances.record_adjustment(db, who.olu, "b-01", "B123456789", "zero")
    assert changes.note == "balance B-01 zeroed"
    assert audit_entries(db, action="balance.zero", limit=1)[0].object == "B-01"
    assert _details(db, "balance.zero") == {"serial_no": "B123456789", "registered": True}
    assert _said(db, "balance.zero") == "olu zeroed balance B-01 (serial B123456789)"
    balances.record_adjustment(db, who.olu, "B-01", "B123456789", "tare")
    assert _said(db, "balance.tare") == "olu tared balance B-01 (serial B123456789)"
    # a balance not in the register: still recorded, named as given
    balances.record_adjustment(db, who.olu, "BENCH-9", "", "Tare")
    assert audit_entries(db, action="balance.tare", limit=1)[0].object == "BENCH-9"
    assert _said(db, "balance.tare") == (
        "olu tared balance BENCH-9 (serial not reported), not in the register"
    )
    assert verify(db).ok


def test_an_adjustment_is_zero_or_tare_by_a_signed_in_operator(db, who):
    with pytest.raises(UserError, match="action: 'calibrate' is not zero or tare"):
        balances.record_adjustment(db, who.olu, "B-01", "S1", "calibrate")
    with pytest.raises(UserError, match="balance: name the balance"):
        balances.record_adjustment(db, who.olu, " ", "S1", "zero")
    assert audit_entries(db, action="balance.zero", limit=1) == []


# -- the serial line: the protocol's own when left blank -------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "line"),
    [
        ("mt-sics", (9600, 8, "N", 1, "xonxoff", "crlf")),
        ("sbi", (1200, 7, "O", 1, "rtscts", "crlf")),
        ("and", (2400, 7, "E", 1, "none", "crlf")),
        ("ohaus", (9600, 8, "N", 1, "none", "crlf")),
        ("generic", (9600, 8, "N", 1, "none", "crlf")),
    ],
)
def test_a_serial_line_left_blank_is_the_protocol_s_own(db, who, protocol, line):
    blank = dict.fromkeys(balances.LINE_FIELDS, "")
    balances.register_balance(db, who.admin, {**B01, **blank, "protocol": protocol})
    b = balances.get_balance(db, "B-01")
    assert (b.baudrate, b.bytesize, b.parity, b.stopbits, b.handshake, b.terminator) == line


def test_a_serial_line_typed_is_kept_and_blanked_again_is_the_protocol_s(db, who):
    typed = {"baudrate": "19200", "parity": "E", "handshake": "none", "terminator": "cr"}
    _register(db, who, protocol="sbi", **typed)
    b = balances.get_balance(db, "B-01")
    assert (b.baudrate, b.bytesize, b.parity, b.handshake, b.terminator) == (
        19200,
        7,  # not typed: SBI's own
        "E",
        "none",
        "cr",
    )
    settings = balances.port_settings(b)
    assert (settings.baudrate, settings.parity, settings.xonxoff, settings.rtscts) == (
        19200,
        "E",
        False,
        False,
    )
    assert settings.terminator == b"\r"
    balances.update_balance(db, who.admin, "B-01", {"baudrate": "", "terminator": ""}, "reset")
    b = balances.get_balance(db, "B-01")
    assert (b.baudrate, b.terminator) == (1200, "crlf")
    with pytest.raises(UserError, match="line terminator: 'crcr' is not one of crlf, cr, lf"):
        balances.update_balance(db, who.admin, "B-01", {"terminator": "crcr"}, "typo")


# -- a generic balance's pattern ---------------------------------------------------------------


def test_a_generic_balance_keeps_a_pattern_with_a_group_named_value(db, who):
    pattern = r"^W\s*(?P<value>[-+]?\d+\.\d+)\s*(?P<unit>ct)"
    _register(db, who, protocol="generic", pattern=pattern)
    assert balances.get_balance(db, "B-01").pattern == pattern
    with pytest.raises(
        UserError, match=r"pattern .generic.: the pattern needs a group named value"
    ):
        balances.update_balance(db, who.admin, "B-01", {"pattern": r"\d+"}, "new firmware")
    with pytest.raises(UserError, match="is not a regular expression"):
        balances.update_balance(db, who.admin, "B-01", {"pattern": "(?P<value>"}, "typo")
    # another protocol reads its own format: the pattern goes with generic
    balances.update_balance(db, who.admin, "B-01", {"protocol": "mt-sics"}, "new balance")
    assert balances.get_balance(db, "B-01").pattern == ""
    with pytest.raises(UserError, match="only a generic balance has a pattern"):
        balances.update_balance(db, who.admin, "B-01", {"pattern": pattern}, "again")


def test_a_generic_balance_without_a_pattern_takes_the_default(db, who):
    _register(db, who, protocol="generic")
    assert balances.get_balance(db, "B-01").pattern == ""


# -- the calibration certificate --------------------------------------------------------------


def test_a_calibration_without_its_certificate_is_refused(db, who):
    _register(db, who)
    with pytest.raises(UserError, match="certificate: give the calibration certificate's number"):
        balances.record_calibration(
            db, who.admin, "B-01", calibrated_on=_day(db, -1), by="Scales Ltd",
            certificate="  ", next_due=_day(db, 300),
        )  # fmt: skip
    assert db.execute("SELECT count(*) FROM balance_calibrations").fetchone()[0] == 0
    _calibrate(db, who)
    assert balances.capture_state(db, "B-01").allowed


# -- a sorting file's weights -------------------------------------------------------------------


def test_a_sorting_file_is_refused_where_weights_come_from_the_balance_only(db, who):
    make_lot(db, who.olu, "L1")
    site.set_setting(db, who.admin, "keyed-weights", "no")
    for dry_run in (True, False):
        with pytest.raises(UserError, match="weights read from a file were not weighed on"):
            imports.import_sorting(db, who.olu, CSV, dry_run=dry_run, file="bench2.csv")
    assert db.execute("SELECT count(*) FROM sort_entries").fetchone()[0] == 0


def test_a_sorting_file_s_weights_are_recorded_as_from_the_file(db, who):
    make_lot(db, who.olu, "L1")
    assert imports.import_sorting(db, who.olu, CSV, file="bench2.csv").ok
    # one row for the file, naming the span of entries it made (no weighing per line)
    entries = [r[0] for r in db.execute("SELECT id FROM sort_entries ORDER BY id")]
    rows = db.execute("SELECT first_entry, last_entry, file, user_id FROM entry_files").fetchall()
    assert [tuple(r) for r in rows] == [(entries[0], entries[-1], "bench2.csv", who.olu.user_id)]
    per_line = db.execute("SELECT count(*) FROM weighings WHERE entry_id IS NOT NULL").fetchone()
    assert per_line[0] == 0
    details = _details(db, "sort.import")
    assert (details["weight_source"], details["file"], details["entries"]) == (
        "file",
        "bench2.csv",
        2,
    )
    assert _said(db, "sort.import") == (
        "olu imported 2 sorting entries from csv, their weights from file bench2.csv"
    )
    lot_id = db.execute("SELECT id FROM lots WHERE number = 'L1'").fetchone()[0]
    assert balances.lot_entries_words(db, lot_id) == "from file bench2.csv: 2 entries"
    report = verify(db)
    assert report.ok, report.problems
    # a second file beside typed entries: each named
    assert imports.import_sorting(db, who.olu, CSV.replace("2.000", "1.000")).ok
    assert balances.lot_entries_words(db, lot_id) == (
        "from file bench2.csv: 2 entries; from file csv: 2 entries"
    )
    assert verify(db).ok


def _weighing_per_line(db, actor, first_entry: int, last_entry: int, file: str) -> dict:
    """How a sorting file's weights were recorded before ``entry_files`` (migration 0023): a
    ``weighings`` row per imported line, each under row coverage (the SQL it ran)."""
    base = int(db.execute("SELECT coalesce(max(id), 0) FROM weighings").fetchone()[0])
    db.execute(
        "INSERT INTO weighings (id, action, lot_id, entry_id, check_id, mct, captured, "
        "balance_id, balance, serial_no, reading, raw, file, user_id, at) "
        "SELECT ? + e.id - ?, "
        "CASE WHEN e.loss_type IS NULL THEN 'sort' ELSE 'loss' END, e.lot_id, e.id, NULL, "
        "e.mct, 0, NULL, '', '', '', '', ?, ?, e.entered_at "
        "FROM sort_entries e WHERE e.id >= ? AND e.id <= ? ORDER BY e.id",
        (base + 1, first_entry, file, actor.user_id, first_entry, last_entry),
    )
    return {"weight_source": "file", "file": file}


def test_files_imported_with_a_weighing_per_line_count_with_those_of_one_row(db, who, monkeypatch):
    make_lot(db, who.olu, "L1")
    lot_id = db.execute("SELECT id FROM lots WHERE number = 'L1'").fetchone()[0]
    with monkeypatch.context() as m:  # a file imported before migration 0023
        m.setattr(balances, "record_entry_file", _weighing_per_line)
        assert imports.import_sorting(db, who.olu, CSV, file="bench2.csv").ok
    assert db.execute("SELECT count(*) FROM weighings WHERE file <> ''").fetchone()[0] == 2
    assert imports.import_sorting(db, who.olu, CSV.replace("2.000", "1.000"), file="bench2.csv").ok
    assert imports.import_sorting(db, who.olu, CSV.replace("2.000", "1.500"), file="scale.csv").ok
    assert db.execute("SELECT count(*) FROM entry_files").fetchone()[0] == 2
    assert balances.lot_entries_words(db, lot_id) == (
        "from file bench2.csv: 4 entries; from file scale.csv: 2 entries"
    )
    # a corrected entry no longer counts (nor does its correction), wherever its weight came from
    last = db.execute("SELECT uid FROM sort_entries ORDER BY id DESC LIMIT 1").fetchone()[0]
    sorting.correct_entry(db, who.olu, "L1", last, "typed the wrong carats")
    assert balances.lot_entries_words(db, lot_id) == (
        "from file bench2.csv: 4 entries; from file scale.csv: 1 entry"
    )
    report = verify(db)
    assert report.ok, report.problems


def test_the_schema_keeps_a_file_s_span_to_new_entries_of_its_own(db, who, monkeypatch):
    # A file's row may claim only the new entries of its import: none typed (each has its
    # weighing), none another file's, none missing, none another user's; and an imported entry
    # gets no weighing (a captured one would say it came off a balance).
    from sortapp.storage import migrations  # noqa: PLC0415
    from tests.conftest import refused_by_schema  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    typed = db.execute("SELECT max(id) FROM sort_entries").fetchone()[0]
    assert imports.import_sorting(db, who.olu, CSV, file="a.csv").ok  # (through the guard)
    first, last = db.execute("SELECT first_entry, last_entry FROM entry_files").fetchone()
    with monkeypatch.context() as m:  # ola's entries, their file's row left out
        m.setattr(balances, "record_entry_file", lambda *args: {"weight_source": "file"})
        assert imports.import_sorting(db, who.ola, CSV.replace("2.000", "1.000")).ok
    theirs = db.execute("SELECT max(id) FROM sort_entries").fetchone()[0]

    def claim(a: int, b: int) -> None:
        db.execute(
            "INSERT INTO entry_files (first_entry, last_entry, file, user_id, at) "
            "VALUES (?, ?, 'forged.csv', ?, 't')",
            (a, b, who.olu.user_id),
        )

    overlap, not_its_own, weighed = (
        migrations.ENTRY_FILES_OVERLAP,
        migrations.ENTRY_FILES_NOT_ITS_OWN,
        migrations.ENTRY_FILES_WEIGHED,
    )
    spans = {
        "the same file's": (first, last, overlap),
        "inside it": (last, last, overlap),
        "a typed entry": (typed, typed, weighed),
        "typed and the file's": (typed, first, overlap),
        "another user's": (theirs, theirs, not_its_own),
        "not there": (theirs + 1, theirs + 1, not_its_own),
    }
    for what, (a, b, message) in spans.items():
        with pytest.raises(refused_by_schema(), match=re.escape(message)):
            claim(a, b)
            pytest.fail(what)
    with pytest.raises(refused_by_schema(), match=re.escape(migrations.WEIGHINGS_NOT_IMPORTED)):
        db.execute(
            "INSERT INTO weighings (action, lot_id, entry_id, mct, captured, balance, "
            "serial_no, reading, raw, user_id, at) SELECT 'sort', lot_id, id, mct, 0, '', '', "
            "'', '', entered_by, 't' FROM sort_entries WHERE id = ?",
            (last,),
        )
    assert db.execute("SELECT count(*) FROM entry_files").fetchone()[0] == 1


def test_the_entries_both_typed_and_in_a_span_are_found_on_either_backend(db, who):
    # (verify's check that no import claims a typed entry: its SQL on a file and on a server)
    from sortapp.storage import integrity  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    assert imports.import_sorting(db, who.olu, CSV, file="a.csv").ok
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    ids = [r[0] for r in db.execute("SELECT id FROM sort_entries ORDER BY id")]
    uid = {
        i: db.execute("SELECT uid FROM sort_entries WHERE id = ?", (i,)).fetchone()[0] for i in ids
    }
    audit = (0, db.execute("SELECT max(id) FROM audit").fetchone()[0])

    def found(*spans):
        named = integrity.recorded_in_spans(db, integrity.ENTRY_ACTIONS, audit, list(spans))
        assert [i for i, _uid in named] == sorted({i for i, _uid in named})  # (each once)
        return [u for _i, u in named]

    assert found() == [] and found((ids[1], ids[2])) == []  # the file's own
    assert found((ids[0], ids[3])) == [uid[ids[0]], uid[ids[3]]]  # the typed ones about it
    assert found((ids[3], ids[3]), (ids[0], ids[1])) == [uid[ids[0]], uid[ids[3]]]
    assert found(*[(ids[1], ids[2])] * 300, (ids[3], ids[3])) == [uid[ids[3]]]  # many spans
    assert found((ids[3], ids[0])) == []  # (an empty span)
    assert (
        integrity.recorded_in_spans(
            db, integrity.ENTRY_ACTIONS, (audit[1], audit[1]), [(ids[0], ids[3])]
        )
        == []
    )  # (only the records of the audit span)


def test_an_import_entry_verify_cannot_read_is_named_on_either_backend(db, who):
    # (an operator's entry carries no signature: on a server, one may write such an entry)
    from sortapp.services.verify import verify  # noqa: PLC0415
    from tests.forger import forge_entry_on_server  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    assert imports.import_sorting(db, who.olu, CSV, file="a.csv").ok
    forge_entry_on_server(db, "olu", "sort.import", "csv", [], {"entries": 2, "file": "a.csv"})
    forged = db.execute("SELECT uid FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert verify(db).problems == [
        f"audit entry {forged}: an import of a sorting file that does not say which entries it "
        "made, as sortapp writes it (forged)"
    ]


def test_the_entries_in_spans_are_counted_on_either_backend(db, who):
    from sortapp.storage import integrity  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    for _n in range(5):
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    ids = [r[0] for r in db.execute("SELECT id FROM sort_entries ORDER BY id")]

    def counted(*spans):
        return integrity.rows_in_spans(db, "sort_entries", list(spans))

    assert counted() == 0
    assert counted((ids[0], ids[0])) == 1
    assert counted((ids[0], ids[1]), (ids[3], ids[4])) == 4
    assert counted((ids[4], ids[4] + 100), (ids[0] - 100, ids[0])) == 2  # (ids not there)


def test_spans_merge_into_the_fewest_disjoint_ones():
    from sortapp.storage import integrity  # noqa: PLC0415

    assert integrity.merge_spans([]) == []
    assert integrity.merge_spans([(5, 9), (1, 2), (3, 4), (8, 12), (20, 20), (7, 6)]) == [
        (1, 12),
        (20, 20),
    ]


def test_a_weighing_from_a_file_is_never_a_captured_one(db, who):
    from tests.conftest import refused_by_schema  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    _register(db, who)
    assert imports.import_sorting(db, who.olu, CSV, file="f.csv").ok
    with pytest.raises(refused_by_schema()):
        db.execute(
            "INSERT INTO weighings (id, action, lot_id, mct, captured, balance_id, balance, "
            "serial_no, reading, raw, file, user_id, at) SELECT 99, 'weigh', id, 1, 1, "
            "(SELECT id FROM balance_register), 'B-01', 'S', '', '', 'f.csv', 1, 'now' "
            "FROM lots WHERE number = 'L1'"
        )


# -- words -------------------------------------------------------------------------------------


def test_a_permission_message_says_an_admin(db, who):
    with pytest.raises(PermissionDenied, match=r"registering a balance needs an admin$"):
        balances.register_balance(db, who.olu, B01)
    with pytest.raises(PermissionDenied, match="needs a supervisor or admin"):
        who.olu.require(who.sam.role, "signing")


def test_a_zero_on_a_file_open_read_only_is_logged_not_refused(db_path, caplog):
    """The balance zeroed or tared itself: on a file open read-only, where nothing can be
    recorded, the app's log keeps it (as a print's), and no refusal says it was not done."""
    reader = open_db(db_path, read_only=True)
    try:
        olu = site.login(reader, "olu", PASSWORD)
        with caplog.at_level(logging.INFO, logger="sortapp.services.balances"):
            changes = balances.record_adjustment(reader, olu, "BENCH-9", "S1", "zero")
        assert changes.note == "balance BENCH-9 zeroed"
        assert audit_entries(reader, action="balance.zero", limit=1) == []
    finally:
        reader.close()
    assert "read-only session: olu zero balance BENCH-9 (S1)" in caplog.text
