"""Issue 16, round 3: a captured weight is taken on the balance's word, not the caller's (its raw
line read again with the registered protocol, the port, the time), the database states the
capture rule and the register's fixed code, daily checks with the register's reference weights,
and the reconciliation counting standing entries only. Run on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sortapp.core import canonical
from sortapp.core.clock import utc_now
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.weighing import WeightSource
from sortapp.reports import documents
from sortapp.services import balances, sorting
from sortapp.services.settings import site_today
from sortapp.services.verify import audit_entries, verify
from tests.conftest import make_lot, refused_by_schema
from tests.forger import tamper
from tests.unit.services.test_balances import _ready, _receive, _reference, _setting, captured


def _count(db, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _ago(minutes: float) -> str:
    return canonical.iso_utc(canonical.parse_iso_utc(utc_now()) - dt.timedelta(minutes=minutes))


# -- the raw line, read again -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"raw": "S S    100.001 ct\\r\\n"}, "'100.000 ct' does not agree with the line"),
        ({"raw": "S D    100.000 ct\\r\\n"}, "raw line is refused: the reading is not stable"),
        ({"raw": "S S     20.000 g\\r\\n"}, "raw line is refused: the balance weighs in g"),
        ({"raw": "S +\\r\\n"}, "raw line is refused: the balance is overloaded"),
        ({"raw": "hello"}, r"raw line 'hello' is not a reading balance B-01 sends \(mt-sics\)"),
        ({"raw": "+    100.000 ct\\r\\n"}, "is not a reading balance B-01 sends"),  # SBI's
        ({"raw": ""}, "is not a reading balance B-01 sends"),
        ({"raw": "S S    100.000 ct\\q"}, "is not a reading balance B-01 sends"),  # bad escape
        ({"raw": "S S    100.000 ct\x00"}, "is not a reading balance B-01 sends"),
        ({"raw": "S S    100.000 ct" + " " * 250}, "is not a reading balance B-01 sends"),
        ({"reading": "100000 mg"}, "'100000 mg' does not agree with the line balance B-01"),
        ({"reading": "1e30 ct"}, "'1e30 ct' does not agree"),
        ({"reading": "100.000 ct\x07"}, r"'100\.000 ct\?' does not agree"),
        ({"reading": "100.000 ct" + " " * 300}, "does not agree"),
    ],
)
def test_a_capture_is_recorded_only_when_its_raw_line_says_the_weight(db, who, fields, said):
    _ready(db, who)
    with pytest.raises(UserError, match=said):
        _receive(db, who, captured("100.000", **fields))
    assert _count(db, "lots") == 0 and _count(db, "weighings") == 0


def test_a_huge_exponent_in_the_raw_line_is_refused_not_a_crash(db, who):
    _ready(db, who)
    with pytest.raises(UserError, match="is not a reading balance B-01 sends"):
        _receive(db, who, captured("100.000", raw="S S 1e30 ct\\r\\n", reading="1e30 ct"))
    assert balances.reading_mct("1e30 ct") is None
    assert balances.reading_mct("100.000 ct") == 100_000


def test_a_generic_balance_reads_its_raw_line_with_its_own_pattern(db, who):
    pattern = r"W=(?P<value>[0-9.]+)(?P<unit>ct)(?P<stable>!)?"
    _ready(db, who)
    balances.update_balance(
        db, who.admin, "B-01", {"protocol": "generic", "pattern": pattern}, "new interface"
    )
    with pytest.raises(UserError, match="raw line is refused: the reading is not stable"):
        _receive(db, who, captured("100.000", raw="W=100.000ct\\r\\n"))
    _receive(db, who, captured("100.000", raw="W=100.000ct!\\r\\n"))


def test_a_capture_on_another_port_than_the_registered_one_is_refused(db, who):
    _ready(db, who)
    for port in ("COM5", "", "com4"):
        with pytest.raises(UserError, match=f"read on port '{port}', not on its registered port"):
            _receive(db, who, captured("100.000", port=port))
    assert _count(db, "weighings") == 0


def _ago_in(offset: str) -> str:
    """Now, written in the zone ``offset`` (``+05:00``): the same moment, not canonical UTC."""
    hours, minutes = (int(part) for part in offset[1:].split(":"))
    zone = dt.timezone(dt.timedelta(hours=hours, minutes=minutes))
    return canonical.parse_iso_utc(_ago(0)).astimezone(zone).isoformat()


@pytest.mark.parametrize(
    ("at", "said"),
    [
        (lambda: _ago(11), "captured more than 10 minutes ago"),
        (lambda: _ago(-2), "is ahead of this computer's clock"),
        (lambda: "", "the capture's time '' is not a time"),
        (lambda: "yesterday", "the capture's time 'yesterday' is not a time"),
        (lambda: "2026-12-02T06:00:00", "is not a time"),  # no zone
        # A real time now, written with another offset or in short: not canonical UTC, refused
        # rather than recorded as given.
        (lambda: _ago_in("+05:00"), "is not a time in UTC"),
        (lambda: _ago(0).replace(".", ",").rstrip("Z") + "+00:00", "is not a time in UTC"),
    ],
)
def test_a_capture_too_old_or_from_the_future_is_refused(db, who, at, said):
    _ready(db, who)
    with pytest.raises(UserError, match=said):
        _receive(db, who, captured("100.000", captured_at=at()))
    assert _count(db, "weighings") == 0


def test_a_capture_minutes_old_is_taken_with_its_port_time_and_model(db, who):
    _ready(db, who)
    when = _ago(9)
    _receive(db, who, captured("100.000", captured_at=when))
    details = json.loads(audit_entries(db, action="lot.receive", limit=1)[0].details)
    assert (details["port"], details["captured_at"]) == ("COM4", when)
    balances.update_balance(db, who.admin, "B-01", {"model": "JET 1103X"}, "typo in the model")
    make_lot(db, who.olu, "L2")
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 1_000, source=captured("1.000"))
    rows = db.execute(
        "SELECT port, captured_at, model FROM weighings WHERE captured = 1 ORDER BY id"
    ).fetchall()
    assert tuple(rows[0]) == ("COM4", when, "JET 1103C")
    assert tuple(rows[1])[0::2] == ("COM4", "JET 1103X")
    sort = json.loads(audit_entries(db, action="sort.add", limit=1)[0].details)
    assert sort["port"] == "COM4" and sort["captured_at"]
    report = verify(db)
    assert report.ok, report.problems


def test_a_capture_names_the_balance_by_its_registered_code(db, who):
    _ready(db, who)
    _receive(db, who, captured("100.000", balance="b-01"))
    assert db.execute("SELECT balance FROM weighings").fetchone()[0] == "B-01"
    assert verify(db).ok


# -- Sartorius digits not verified ----------------------------------------------------------------


def test_an_unverified_last_digit_is_refused_on_a_balance_verified_for_trade(db, who):
    _ready(db, who)
    balances.update_balance(db, who.admin, "B-01", {"protocol": "sbi"}, "replaced interface")
    bracketed = captured("100.000", raw="+  100.00[0] ct\\r\\n")
    with pytest.raises(UserError, match="the balance marks its last digit as not verified: "):
        _receive(db, who, bracketed)
    assert _count(db, "weighings") == 0
    _receive(db, who, captured("100.000", raw="+  100.000 ct \\r\\n"))
    balances.update_balance(db, who.admin, "B-01", {"verified": "no"}, "not for trade")
    _receive(db, who, bracketed, number="L2")
    assert _count(db, "weighings") == 2


def test_a_gross_reading_is_not_taken_as_the_net_weight(db, who):
    _ready(db, who)
    balances.update_balance(db, who.admin, "B-01", {"protocol": "sbi"}, "replaced interface")
    with pytest.raises(UserError, match="the balance sent its gross weight, not the net"):
        _receive(db, who, captured("100.000", raw="G#    +  100.000 ct \\r\\n"))


# -- the database states the rules ----------------------------------------------------------------


def _weighing(db, **changes) -> str:
    row = {
        "id": 99, "action": "receive", "lot_id": 1, "mct": 100_000, "captured": 1,
        "balance_id": 1, "balance": "B-01", "serial_no": "B123456789", "reading": "100.000 ct",
        "raw": "S S    100.000 ct\\r\\n", "user_id": 1, "at": utc_now(), **changes,
    }  # fmt: skip
    columns = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    db.execute(f"INSERT INTO weighings ({columns}) VALUES ({marks})", row)
    return "ok"


@pytest.mark.parametrize(
    "changes",
    [{"serial_no": "X1"}, {"balance": "B-02"}, {"balance": "b-01"}, {"balance_id": 2}],
)
def test_the_schema_refuses_a_captured_weighing_not_naming_a_balance_in_use(db, who, changes):
    _ready(db, who)
    make_lot(db, who.olu, "L1")
    said = "a captured weight names a balance in use by its registered code and serial number"
    with pytest.raises(refused_by_schema(), match=said):
        _weighing(db, **changes)
    db.conn.rollback()
    assert _weighing(db) == "ok"  # as registered
    db.conn.rollback()


def test_the_schema_refuses_a_captured_weighing_off_a_retired_balance(db, who):
    _ready(db, who)
    make_lot(db, who.olu, "L1")
    balances.update_balance(db, who.admin, "B-01", {"active": "no"}, "sold")
    with pytest.raises(refused_by_schema(), match="a captured weight names a balance in use"):
        _weighing(db)
    db.conn.rollback()
    assert _weighing(db, captured=0, balance_id=None, balance="", serial_no="") == "ok"
    db.conn.rollback()


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        ("UPDATE balance_register SET code = 'B-02'", "a balance keeps its code"),
        ("UPDATE balance_register SET code = 'b-01'", "a balance keeps its code"),
        ("UPDATE balance_register SET id = 7", "a balance keeps its code"),
        ("UPDATE reference_weights SET code = 'R-6'", "a reference weight keeps its code"),
        ("DELETE FROM reference_weights", "a reference weight is retired, not deleted"),
    ],
)
def test_the_schema_keeps_the_codes_of_balances_and_reference_weights(db, who, sql, said):
    _ready(db, who)
    _reference(db, who)
    with pytest.raises(refused_by_schema(), match=said):
        db.execute(sql)
    db.conn.rollback()
    db.execute("UPDATE balance_register SET location = 'bench 2'")  # the rest may change
    db.conn.rollback()


# -- daily checks with the register's reference weights ------------------------------------------


def test_an_admin_keeps_the_reference_weights(db, who):
    _reference(db, who, "R-5ct", "5")
    _reference(db, who, "R-1ct", "1.000")
    found = balances.list_reference_weights(db)
    assert [(r.code, r.nominal_mct, r.weight_class, r.active) for r in found] == [
        ("R-1ct", 1_000, "E2", True),
        ("R-5ct", 5_000, "E2", True),
    ]
    with pytest.raises(PermissionDenied):
        balances.register_reference_weight(
            db, who.sam, {"code": "R-2", "nominal_mct": "2", "certificate": "X"}
        )
    with pytest.raises(UserError, match="already registered"):
        _reference(db, who, "r-5ct")
    with pytest.raises(UserError, match="certificate: required"):
        balances.register_reference_weight(db, who.admin, {"code": "R-2", "nominal_mct": "2"})
    with pytest.raises(UserError, match="keeps its code"):
        balances.update_reference_weight(db, who.admin, "R-5ct", {"code": "R-6"}, "rename")
    balances.update_reference_weight(db, who.admin, "R-5ct", {"active": "no"}, "lost")
    balances.update_reference_weight(
        db, who.admin, "R-1ct", {"certificate": "RW-2"}, "recalibrated"
    )
    details = json.loads(audit_entries(db, action="balance.reference.update", limit=1)[0].details)
    assert details == {"changed": {"certificate": ["RW-1", "RW-2"]}, "reason": "recalibrated"}
    _ready(db, who)
    with pytest.raises(UserError, match="reference weight R-5ct is retired"):
        balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.000"))
    assert verify(db).ok


def test_a_check_takes_the_nominal_from_the_reference_and_the_tolerance_from_e(db, who):
    _ready(db, who)  # e = 0.010 ct
    _reference(db, who)
    passed = balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("4.990"))
    assert not passed.warning
    failed = balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("4.989"))
    assert "FAILED" in failed.warning and "(tolerance 0.010 ct)" in failed.warning
    rows = db.execute(
        "SELECT reference, nominal_mct, tolerance_mct, read_mct, passed FROM balance_checks "
        "ORDER BY id"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("R-5ct", 5_000, 10, 4_990, 1),
        ("R-5ct", 5_000, 10, 4_989, 0),
    ]
    model = db.execute("SELECT model, port FROM weighings WHERE action = 'check'").fetchall()
    assert [tuple(r) for r in model] == [("JET 1103C", "COM4"), ("JET 1103C", "COM4")]


def test_a_check_is_read_off_the_balance_even_where_weights_may_be_typed(db, who):
    _ready(db, who)
    _reference(db, who)
    assert balances.keyed_allowed(db)
    with pytest.raises(UserError, match="checked with a reading captured off it, not typed"):
        balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=WeightSource(False))
    with pytest.raises(UserError, match="raw line is refused: the reading is not stable"):
        balances.record_check(
            db, who.olu, "B-01", reference="R-5ct",
            source=captured("5.000", raw="S D      5.000 ct\\r\\n"),
        )  # fmt: skip
    with pytest.raises(UserError, match="registered port"):
        balances.record_check(
            db, who.olu, "B-01", reference="R-5ct", source=captured("5.000", port="COM9")
        )
    with pytest.raises(NotFound, match="not in the register"):
        balances.record_check(db, who.olu, "B-01", reference="R-7", source=captured("5.000"))
    assert _count(db, "balance_checks") == 0


def test_a_check_row_written_without_its_captured_reading_unblocks_nothing(db, who):
    """A passing check row put in by other means (an operator's own SQL: the server lets them
    insert checks) has no weighing captured off the balance: it does not count as today's
    check; the same check recorded through sortapp does."""
    _ready(db, who)
    _reference(db, who)
    _setting(db, who, "balance-daily-check", "yes")
    assert not balances.capture_state(db, "B-01").allowed
    today = site_today(db)
    tamper(
        db,
        "INSERT INTO balance_checks (id, balance_id, day, reference, nominal_mct, tolerance_mct, "
        f"read_mct, passed, user_id, at) SELECT 1, id, '{today}', 'R-5ct', 5000, 10, 5000, 1, "
        f"{who.olu.user_id}, '{today}T00:00:00.000000Z' FROM balance_register",
    )
    state = balances.capture_state(db, "B-01")
    assert not state.allowed and state.checked_today is False
    with pytest.raises(UserError, match="check"):
        _receive(db, who, captured("100.000"))
    balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.000"))
    assert balances.capture_state(db, "B-01").allowed


# -- the reconciliation --------------------------------------------------------------------------


def test_the_reconciliation_counts_standing_entries_and_the_model_recorded(db, who):
    _ready(db, who)
    make_lot(db, who.olu, "L1")
    for mct in (40_000, 30_000):
        sorting.add_entry(
            db, who.olu, "L1", "S5-SAW-Q1-W", mct, source=captured(f"{mct // 1000}.000")
        )
    last = sorting.add_entry(db, who.olu, "L1", "S11-SAW-Q1-W", 200, source=captured("0.200"))
    sorting.correct_entry(db, who.olu, "L1", last.uid, "wrong category")
    balances.update_balance(db, who.admin, "B-01", {"model": "JET 1103X"}, "typo in the model")
    sorting.add_entry(db, who.olu, "L1", "S13-SAW-Q1-W", 200, source=captured("0.200"))
    weighed_on = dict(documents.reconciliation(db, "L1").facts)["Weighed on"]
    assert weighed_on == (
        "B-01 (Mettler JET 1103C, serial B123456789): 2 entries; "
        "B-01 (Mettler JET 1103X, serial B123456789): 1 entry"
    )
