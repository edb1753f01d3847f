"""The balance register, its calibrations and checks, the rules that block capture, and the record
of where each weight came from (issue 16). Run on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from sortapp.core.clock import utc_now
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.weighing import KEYED, WeightSource
from sortapp.services import balances, lots, site, sorting
from sortapp.services.settings import site_today
from sortapp.services.verify import audit_entries, verify
from tests.conftest import make_lot, refused_by_schema

B01 = {
    "code": "B-01",
    "vendor": "Mettler",
    "model": "JET 1103C",
    "serial_no": "B123456789",
    "port": "COM4",
    "protocol": "mt-sics",
    "readability_mct": "0.001",
    "interval_mct": "0.010",
    "accuracy_class": "II",
    "verified": "yes",
    "min_mct": "0.100",
    "max_mct": "1100",
    "location": "Sorting room",
}


def _day(db, days: int) -> str:
    return (dt.date.fromisoformat(site_today(db)) + dt.timedelta(days=days)).isoformat()


def _register(db, who, **fields) -> None:
    balances.register_balance(db, who.admin, {**B01, **fields})


def _calibrate(db, who, code="B-01", *, on: int = -30, due: int = 335) -> None:
    balances.record_calibration(
        db,
        who.admin,
        code,
        calibrated_on=_day(db, on),
        by="Scales Ltd",
        certificate="C-1",
        next_due=_day(db, due),
    )


def _ready(db, who) -> None:
    """B-01 registered and calibrated: it may capture."""
    _register(db, who)
    _calibrate(db, who)


def captured(
    text: str, balance: str = "B-01", serial: str = "B123456789", **fields: str
) -> WeightSource:
    """A capture off the balance now, on its registered port (``fields``: others to change)."""
    source = WeightSource(
        True, balance, serial, f"{text} ct", f"S S {text:>10} ct\\r\\n", "COM4", utc_now()
    )
    return dataclasses.replace(source, **fields)


def _reference(db, who, code: str = "R-5ct", nominal: str = "5") -> None:
    balances.register_reference_weight(
        db, who.admin, {"code": code, "nominal_mct": nominal, "weight_class": "E2",
                        "certificate": "RW-1"}
    )  # fmt: skip


def _setting(db, who, key: str, value: str) -> None:
    site.set_setting(db, who.admin, key, value)


def _weighings(db) -> list[tuple]:
    return [
        tuple(r)
        for r in db.execute(
            "SELECT action, mct, captured, balance, serial_no, reading, lot_id IS NOT NULL, "
            "entry_id IS NOT NULL, check_id IS NOT NULL FROM weighings ORDER BY id"
        )
    ]


def _details(db, action: str) -> dict:
    return json.loads(audit_entries(db, action=action, limit=1)[0].details)


def _receive(db, who, source, number="L1", mct=100_000):
    return lots.receive_lot(
        db, who.olu, number=number, origins=[("BW", "Jwaneng")], weighed_mct=mct, source=source
    )


# -- the register -------------------------------------------------------------------------------


def test_an_admin_registers_a_balance_and_it_reads_back_exactly(db, who):
    changes = balances.register_balance(db, who.admin, B01)
    assert changes.created_id is not None
    found = balances.get_balance(db, "b-01")  # the code without case
    assert (found.code, found.serial_no, found.protocol, found.accuracy_class) == (
        "B-01",
        "B123456789",
        "mt-sics",
        "II",
    )
    assert (found.readability_mct, found.interval_mct, found.min_mct, found.max_mct) == (
        1,
        10,
        100,
        1_100_000,
    )
    # the serial line left blank: MT-SICS's own (the Host factory setting, Xon/Xoff, CR LF)
    assert (found.baudrate, found.bytesize, found.parity, found.stopbits) == (9600, 8, "N", 1)
    assert (found.handshake, found.terminator, found.pattern) == ("xonxoff", "crlf", "")
    assert found.verified is True and found.active is True
    assert [b.code for b in balances.list_balances(db)] == ["B-01"]
    assert _details(db, "balance.register")["serial_no"] == "B123456789"
    with pytest.raises(NotFound, match="not in the register"):
        balances.get_balance(db, "B-02")


@pytest.mark.parametrize("actor", ["sam", "olu"])
def test_only_an_admin_keeps_the_register(db, who, actor):
    with pytest.raises(PermissionDenied):
        balances.register_balance(db, getattr(who, actor), B01)
    _register(db, who)
    with pytest.raises(PermissionDenied):
        balances.update_balance(db, getattr(who, actor), "B-01", {"port": "COM5"}, "moved it")
    with pytest.raises(PermissionDenied):
        _calibrate_as = getattr(who, actor)
        balances.record_calibration(
            db,
            _calibrate_as,
            "B-01",
            calibrated_on=_day(db, -1),
            by="x",
            certificate="",
            next_due=_day(db, 300),
        )
    assert db.execute("SELECT count(*) FROM balance_calibrations").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("interval_mct", "0.0005", "more than 3 decimals|decimal"),
        ("interval_mct", "0.000", "above 0.000"),
        ("readability_mct", "0.010", "finer than the readability"),  # e 0.010 < d? no: d > e
        ("accuracy_class", "IV", "accuracy class: 'IV' is not one of I, II, III, none"),
        ("protocol", "modbus", "protocol: 'modbus' is not one of"),
        ("parity", "X", "parity: 'X' is not one of N, E, O"),
        ("baudrate", "1000", "baud rate: '1000' is not one of"),
        ("stopbits", "3", "stop bits"),
        ("verified", "maybe", "verified for trade"),
        ("max_mct", "0.050", "maximum load: 0.050 ct is not above the minimum load"),
        ("serial_no", "  ", "serial number"),
        ("code", "B 01", "code: 'B 01' is not a code"),
        ("colour", "red", "colour: not a field of the register"),
    ],
)
def test_the_register_refuses_bad_fields_saying_which(db, who, field, value, said):
    if field == "readability_mct":
        fields = {**B01, "readability_mct": "0.020", "interval_mct": "0.010"}
        said = "verification interval e: 0.010 ct is finer than the readability d"
    else:
        fields = {**B01, field: value}
    with pytest.raises(UserError, match=said):
        balances.register_balance(db, who.admin, fields)
    assert balances.list_balances(db) == []


def test_a_new_balance_needs_its_code_serial_and_capacity_and_takes_defaults(db, who):
    for missing in ("code", "serial_no", "max_mct"):
        with pytest.raises(UserError, match="required for a new balance"):
            balances.register_balance(db, who.admin, {k: v for k, v in B01.items() if k != missing})
    balances.register_balance(
        db, who.admin, {"code": "B-02", "serial_no": "S2", "max_mct": "500", "parity": "e"}
    )
    found = balances.get_balance(db, "B-02")
    assert (found.readability_mct, found.interval_mct, found.parity, found.accuracy_class) == (
        1,
        1,
        "E",
        "none",
    )
    with pytest.raises(UserError, match="B-02 is already registered"):
        balances.register_balance(
            db, who.admin, {"code": "b-02", "serial_no": "S3", "max_mct": "500"}
        )


def test_an_update_changes_what_is_given_with_a_reason_and_keeps_the_code(db, who):
    _register(db, who)
    balances.update_balance(db, who.admin, "B-01", {"port": "COM7", "baudrate": "19200"}, "moved")
    found = balances.get_balance(db, "B-01")
    assert (found.port, found.baudrate, found.serial_no) == ("COM7", 19200, "B123456789")
    assert _details(db, "balance.update") == {
        "changed": {"baudrate": [9600, 19200], "port": ["COM4", "COM7"]},
        "reason": "moved",
    }
    with pytest.raises(UserError, match="nothing to change"):
        balances.update_balance(db, who.admin, "B-01", {"port": "COM7"}, "again")
    with pytest.raises(UserError, match="keeps its code"):
        balances.update_balance(db, who.admin, "B-01", {"code": "B-09"}, "renamed")
    with pytest.raises(UserError, match="say why"):
        balances.update_balance(db, who.admin, "B-01", {"port": "COM8"}, "")
    with pytest.raises(UserError, match="is finer than the readability"):
        balances.update_balance(db, who.admin, "B-01", {"readability_mct": "0.020"}, "typo")


def test_a_calibration_takes_iso_dates_the_next_due_after_it(db, who):
    _register(db, who)
    cases = [
        ({"calibrated_on": "5/1/2026"}, "calibrated on: '5/1/2026' is not a date"),
        ({"next_due": _day(db, -30)}, "next due: .* is not after the calibration"),
        ({"calibrated_on": _day(db, 1), "next_due": _day(db, 300)}, "is after today"),
        ({"by": " "}, "calibrated by: name who calibrated"),
    ]
    for given, said in cases:
        args = {
            "calibrated_on": _day(db, -30),
            "by": "Scales Ltd",
            "certificate": "C-1",
            "next_due": _day(db, 335),
            **given,
        }
        with pytest.raises(UserError, match=said):
            balances.record_calibration(db, who.admin, "B-01", **args)
    _calibrate(db, who)
    assert _details(db, "balance.calibrate")["next_due"] == _day(db, 335)
    assert balances.capture_state(db, "B-01").calibration_due == _day(db, 335)


# -- the rules of capture -------------------------------------------------------------------------


def test_a_ready_balance_captures_and_the_receipt_records_where_the_weight_came_from(db, who):
    _ready(db, who)
    _receive(db, who, captured("100.000"))
    assert _weighings(db) == [("receive", 100_000, 1, "B-01", "B123456789", "100.000 ct", 1, 0, 0)]
    details = _details(db, "lot.receive")
    assert details["weight_source"] == "balance" and details["balance"] == "B-01"
    assert details["serial_no"] == "B123456789" and details["reading"] == "100.000 ct"
    assert details["raw"] == "S S    100.000 ct\\r\\n"
    assert verify(db).ok


def test_an_unregistered_balance_is_refused_and_nothing_is_written(db, who):
    with pytest.raises(NotFound, match="balance 'B-09' is not in the register"):
        _receive(db, who, captured("100.000", balance="B-09"))
    assert db.execute("SELECT count(*) FROM lots").fetchone()[0] == 0
    assert _weighings(db) == []


def test_a_retired_balance_captures_nothing(db, who):
    _ready(db, who)
    balances.update_balance(db, who.admin, "B-01", {"active": "no"}, "sent for repair")
    with pytest.raises(UserError, match="balance B-01 is retired"):
        _receive(db, who, captured("100.000"))
    assert balances.capture_state(db, "B-01").allowed is False


def test_a_balance_reporting_another_serial_number_is_blocked(db, who):
    _ready(db, who)
    with pytest.raises(UserError) as refused:
        _receive(db, who, captured("100.000", serial="X999"))
    assert str(refused.value) == (
        "balance B-01 reports serial X999 but the register says B123456789: capture is blocked "
        "until an admin checks the instrument"
    )
    state = balances.capture_state(db, "B-01", "X999")
    assert not state.allowed and "reports serial X999" in state.message
    assert balances.capture_state(db, "B-01", "B123456789").allowed


def test_a_balance_without_a_calibration_is_blocked(db, who):
    _register(db, who)
    with pytest.raises(UserError, match="B-01 has no calibration recorded"):
        _receive(db, who, captured("100.000"))
    state = balances.capture_state(db, "B-01")
    assert (state.allowed, state.calibration_due) == (False, "")


def test_an_overdue_calibration_blocks_capture_from_the_day_after_it_is_due(db, who):
    _register(db, who)
    _calibrate(db, who, on=-400, due=-1)
    with pytest.raises(UserError, match=f"calibration was due on {_day(db, -1)}"):
        _receive(db, who, captured("100.000"))
    _calibrate(db, who, on=-365, due=0)  # due today: still in date
    _receive(db, who, captured("100.000"))


def test_a_reading_that_does_not_say_the_weight_is_refused(db, who):
    _ready(db, who)
    with pytest.raises(UserError, match=r"\('100.001 ct'\) is not 100.000 ct"):
        _receive(db, who, captured("100.001"))
    source = captured("100.000", reading="100000 mg")
    with pytest.raises(UserError, match="does not agree with the line balance B-01 sent"):
        _receive(db, who, source)


def test_a_weight_outside_the_balances_load_range_is_refused(db, who):
    _register(db, who, min_mct="0.100")
    _calibrate(db, who)
    with pytest.raises(
        UserError, match=r"0\.099 ct is below balance B-01's minimum load of 0\.100"
    ):
        _receive(db, who, captured("0.099"), mct=99)
    with pytest.raises(UserError, match=r"1100\.001 ct is above balance B-01's maximum load"):
        _receive(db, who, captured("1100.001"), mct=1_100_001)
    assert _weighings(db) == []
    _receive(db, who, captured("0.100"), mct=100)  # the minimum itself is taken


def test_a_site_requiring_a_daily_check_blocks_capture_until_one_passes_today(db, who):
    _ready(db, who)
    assert balances.capture_state(db, "B-01").checked_today is None  # not required
    _setting(db, who, "balance-daily-check", "yes")
    state = balances.capture_state(db, "B-01")
    assert (state.allowed, state.checked_today) == (False, False)
    with pytest.raises(UserError, match="B-01 has not been checked today"):
        _receive(db, who, captured("100.000"))
    _reference(db, who)
    failed = balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.011"))
    assert "B-01 FAILED its check" in failed.warning and "off by 0.011 ct" in failed.warning
    assert "capture is blocked until a check passes" in failed.warning
    with pytest.raises(UserError, match="B-01 FAILED its check today"):
        _receive(db, who, captured("100.000"))
    passed = balances.record_check(db, who.olu, "B-01", reference="r-5ct", source=captured("5.010"))
    assert not passed.warning and "passed" in passed.note
    assert balances.capture_state(db, "B-01").checked_today is True
    _receive(db, who, captured("100.000"))
    # The latest check of the day decides: a failure after a pass blocks again.
    balances.record_check(db, who.ola, "B-01", reference="R-5ct", source=captured("4.989"))
    with pytest.raises(UserError, match="FAILED its check today"):
        _receive(db, who, captured("100.000"), number="L2")
    assert [r[0] for r in _weighings(db)] == ["check", "check", "receive", "check"]
    assert verify(db).ok


def test_checks_are_the_balances_own_and_recorded_pass_or_fail(db, who):
    _ready(db, who)
    _reference(db, who)
    check = {"reference": "R-5ct"}
    with pytest.raises(UserError, match="captured off balance B-02, not B-01"):
        balances.record_check(db, who.olu, "B-01", **check, source=captured("5.000", "B-02"))
    with pytest.raises(UserError, match="reports serial X1"):
        balances.record_check(db, who.olu, "B-01", **check, source=captured("5.000", serial="X1"))
    with pytest.raises(UserError, match=r"'5\.010 ct' does not agree with the line"):
        balances.record_check(
            db, who.olu, "B-01", **check, source=captured("5.000", reading="5.010 ct")
        )
    with pytest.raises(NotFound, match="reference weight 'R-9' is not in the register"):
        balances.record_check(db, who.olu, "B-01", reference="R-9", source=captured("5.000"))
    with pytest.raises(UserError, match="checked with a reading captured off it, not typed"):
        balances.record_check(db, who.olu, "B-01", **check, source=KEYED)
    balances.record_check(db, who.olu, "B-01", **check, source=captured("5.000"))
    details = _details(db, "balance.check")
    assert details["passed"] is True and details["weight_source"] == "balance"
    assert details["day"] == site_today(db)
    assert db.execute("SELECT passed, read_mct FROM balance_checks").fetchall() == [(1, 5_000)]


def test_a_site_taking_weights_from_the_balance_only_refuses_keyed_weights(db, who):
    _ready(db, who)
    make_lot(db, who.olu, "L0")  # keyed, where the site allows it
    assert balances.keyed_allowed(db)
    _setting(db, who, "keyed-weights", "no")
    assert not balances.keyed_allowed(db)
    said = "this site takes weights from the balance only: capture the weight from the balance"
    with pytest.raises(UserError, match=said):
        _receive(db, who, None)
    with pytest.raises(UserError, match=said):
        sorting.add_entry(db, who.olu, "L0", "S5-SAW-Q1-W", 1_000)
    with pytest.raises(UserError, match=said):
        sorting.add_loss(db, who.olu, "L0", "cleaning", 100)
    with pytest.raises(UserError, match=said):
        balances.check_capture(db, KEYED, 1_000)
    # A lot arriving with its declared weight only is weighed later: nothing keyed now.
    lots.receive_lot(db, who.olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=1_000)
    with pytest.raises(UserError, match=said):
        lots.weigh_lot(db, who.olu, "L2", 1_000)
    lots.weigh_lot(db, who.olu, "L2", 1_000, source=captured("1.000"))
    _receive(db, who, captured("100.000"))
    sorting.add_entry(db, who.olu, "L0", "S5-SAW-Q1-W", 1_000, source=captured("1.000"))
    assert verify(db).ok


# -- where each weight came from -----------------------------------------------------------------


def test_every_weight_taking_service_writes_its_weighing_and_its_audit_entry_says_it(db, who):
    _ready(db, who)
    _receive(db, who, None, number="L1")
    assert _details(db, "lot.receive")["weight_source"] == "keyed"
    lots.receive_lot(db, who.olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=50_000)
    lots.weigh_lot(db, who.olu, "L2", 50_010, source=captured("50.010"))
    assert _details(db, "lot.weigh")["balance"] == "B-01"
    lots.reweigh_lot(db, who.sam, "L1", 99_990, reason="scale drift", source=captured("99.990"))
    assert _details(db, "lot.reweigh")["reading"] == "99.990 ct"
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, source=captured("60.000"))
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_690, 50)
    sorting.add_loss(db, who.olu, "L1", "cleaning", 100, source=captured("0.100"))
    assert _details(db, "sort.loss")["serial_no"] == "B123456789"
    assert _details(db, "sort.add")["weight_source"] == "keyed"
    # A correction weighs nothing.
    last = sorting.add_entry(db, who.olu, "L1", "S13-SAW-Q1-W", 200, source=captured("0.200"))
    sorting.correct_entry(db, who.olu, "L1", last.uid, "wrong category")
    assert _weighings(db) == [
        ("receive", 100_000, 0, "", "", "", 1, 0, 0),
        ("weigh", 50_010, 1, "B-01", "B123456789", "50.010 ct", 1, 0, 0),
        ("reweigh", 99_990, 1, "B-01", "B123456789", "99.990 ct", 1, 0, 0),
        ("sort", 60_000, 1, "B-01", "B123456789", "60.000 ct", 1, 1, 0),
        ("sort", 39_690, 0, "", "", "", 1, 1, 0),
        ("loss", 100, 1, "B-01", "B123456789", "0.100 ct", 1, 1, 0),
        ("sort", 200, 1, "B-01", "B123456789", "0.200 ct", 1, 1, 0),
    ]
    report = verify(db)
    assert report.ok, report.problems


def test_a_weighing_refused_writes_nothing_in_sorting(db, who):
    _ready(db, who)
    make_lot(db, who.olu, "L1")
    before = db.execute("SELECT count(*) FROM sort_entries").fetchone()[0]
    with pytest.raises(UserError, match="reports serial X"):
        sorting.add_entry(
            db, who.olu, "L1", "S5-SAW-Q1-W", 1_000, source=captured("1.000", serial="X")
        )
    assert db.execute("SELECT count(*) FROM sort_entries").fetchone()[0] == before
    assert [r[0] for r in _weighings(db)] == ["receive"]


@pytest.mark.parametrize("table", ["weighings", "balance_calibrations", "balance_checks"])
def test_the_records_are_append_only_on_either_backend(db, who, table):
    _ready(db, who)
    _receive(db, who, captured("100.000"))
    _reference(db, who, "R")
    balances.record_check(db, who.olu, "B-01", reference="R", source=captured("5.000"))
    for sql in (f"UPDATE {table} SET at = 'x'", f"DELETE FROM {table}"):
        with pytest.raises(refused_by_schema(), match="rows are posted and cannot be"):
            db.execute(sql)
        db.conn.rollback()
    with pytest.raises(refused_by_schema(), match="a balance is retired, not deleted"):
        db.execute("DELETE FROM balance_register")
    db.conn.rollback()


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (
            "UPDATE weighings SET serial_no = 'B000000001' WHERE action = 'sort'",
            "weighings row [3]: changed outside sortapp",
        ),
        ("DELETE FROM weighings WHERE action = 'check'", "weighings row [1]: deleted outside"),
        (
            "UPDATE balance_register SET serial_no = 'X1'",
            "balance_register row [1] (balance B-01): changed outside sortapp",
        ),
        (
            "UPDATE balance_calibrations SET next_due = '2999-01-01'",
            "balance_calibrations row [1]: changed outside sortapp",
        ),
        (
            "UPDATE balance_checks SET passed = 1, read_mct = 5000",
            "balance_checks row [1]: changed",
        ),
        (
            "UPDATE reference_weights SET nominal_mct = 5013",
            "reference_weights row [1] (reference weight R): changed outside sortapp",
        ),
        (
            "UPDATE weighings SET port = 'COM9' WHERE action = 'sort'",
            "weighings row [3]: changed outside sortapp",
        ),
    ],
)
def test_verify_names_a_record_edited_outside_sortapp(db_path, edit, said):
    """Each edit made as someone with the file would (a plain connection, the triggers dropped
    and put back): verify fails and names the row."""
    from sortapp.storage.db import open_db  # noqa: PLC0415
    from tests.conftest import Actors  # noqa: PLC0415
    from tests.forger import raw_edit  # noqa: PLC0415

    db = open_db(db_path)
    who = Actors(db)
    _ready(db, who)
    _reference(db, who, "R")
    balances.record_check(db, who.olu, "B-01", reference="R", source=captured("5.013"))
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000, source=captured("1.000"))
    assert verify(db).ok
    db.close()
    raw_edit(db_path, edit)
    db = open_db(db_path)
    try:
        problems = verify(db).problems
    finally:
        db.close()
    assert any(said in p for p in problems), problems


def test_the_history_words_the_register_and_where_a_weight_came_from(db, who):
    from sortapp.services import history  # noqa: PLC0415

    _ready(db, who)
    balances.update_balance(db, who.admin, "B-01", {"port": "COM5"}, "moved to bench 2")
    _reference(db, who, "R-5")
    at = {"port": "COM5"}
    balances.record_check(db, who.olu, "B-01", reference="R-5", source=captured("5.014", **at))
    _receive(db, who, captured("100.000", **at))
    said = [
        history.sentence(e.action, e.user, e.object, e.details)
        for e in reversed(audit_entries(db, limit=6))
        if e.action.startswith(("balance.", "lot."))
    ]
    assert said == [
        "admin registered balance B-01 (serial B123456789)",
        f"admin recorded the calibration of balance B-01 on {_day(db, -30)} by Scales Ltd, "
        f"next due {_day(db, 335)}",
        "admin changed balance B-01: port: moved to bench 2",
        "admin registered reference weight R-5 of 5.000 ct, class E2, certificate RW-1",
        "olu checked balance B-01 with R-5: 5.014 ct read of 5.000 ct (within 0.010 ct), FAILED, "
        "off balance B-01 (serial B123456789)",
        "olu received lot L1 from Jwaneng, BW: 100.000 ct weighed, off balance B-01 "
        "(serial B123456789)",
    ]
