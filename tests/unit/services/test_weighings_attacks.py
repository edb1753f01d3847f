"""A weighing agrees with itself and with what it weighed (an attack round, 2026-12-07: with a
patched sortapp an operator recorded other carats beside a capture off the balance). verify names
each such record, on a file and on the server (as its owner wrote them); from a user's own
session on the server its guard refuses them (``roles.weighings_agree``). Run on SQLite and on
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from sortapp.core import canonical, clock
from sortapp.core.errors import UserError
from sortapp.services import balances, imports, lots, site, sorting
from sortapp.services.settings import site_today
from sortapp.services.verify import verify
from sortapp.storage import audit as audit_sql
from tests.conftest import PASSWORD, make_lot
from tests.unit.services.test_balances import (
    B01,
    _calibrate,
    _day,
    _ready,
    _reference,
    _register,
    captured,
)

WEEK_AGO = "2026-11-30T08:00:00.000000Z"


def _unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The patch: a capture's raw line and reading are not compared with the weight."""
    monkeypatch.setattr(balances, "_check_reading", lambda found, source, mct: None)


def _weighed_as(monkeypatch: pytest.MonkeyPatch, mct: int) -> None:
    """The patch: the weighing's row says ``mct``, whatever was recorded."""
    real = balances.record_weighing
    monkeypatch.setattr(
        balances,
        "record_weighing",
        lambda db, actor, weight, action, _mct, **kw: real(db, actor, weight, action, mct, **kw),
    )


def _problems(db) -> list[str]:
    report = verify(db)
    assert not report.ok
    return report.problems


_OF_ENTRY = "entry_id = (SELECT id FROM sort_entries WHERE uid = ?)"


def _weighing(db, where: str, *params: Any) -> int:
    return int(db.execute(f"SELECT max(id) FROM weighings WHERE {where}", params).fetchone()[0])


# -- verify -------------------------------------------------------------------------------------


def test_an_entry_recorded_beside_a_capture_of_other_carats_is_named(db, who, monkeypatch):
    _ready(db, who)
    make_lot(db, who.olu)
    _unread(monkeypatch)
    entry = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 20_000, source=captured("12.345"))
    monkeypatch.undo()
    number = _weighing(db, "entry_id IS NOT NULL")
    what = f"sorting entry {entry.uid} (weighing #{number})"
    assert _problems(db) == [
        f"{what}: the reading captured off balance B-01 ('12.345 ct') is not the 20.000 ct "
        "recorded (written outside sortapp)",
        f"{what}: the line balance B-01 sent ('S S     12.345 ct\\r\\n') does not read 20.000 ct "
        "with any protocol it was registered with (written outside sortapp)",
    ]


def test_a_weighing_of_other_carats_than_its_entry_s_is_named(db, who, monkeypatch):
    _ready(db, who)
    make_lot(db, who.olu)
    _weighed_as(monkeypatch, 12_345)
    entry = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 20_000, source=captured("20.000"))
    loss = sorting.add_loss(db, who.olu, "L1", "cleaning", 100)  # (keyed: held all the same)
    monkeypatch.undo()
    first, second = _weighing(db, _OF_ENTRY, entry.uid), _weighing(db, "action = 'loss'")
    problems = _problems(db)
    assert problems[:2] == [
        f"sorting entry {entry.uid}: its weighing #{first} says 12.345 ct, but 20.000 ct is "
        "recorded (sortapp records the weight it took; written outside sortapp)",
        f"sorting entry {loss.uid}: its weighing #{second} says 12.345 ct, but 0.100 ct is "
        "recorded (sortapp records the weight it took; written outside sortapp)",
    ]
    # (Its capture's reading and line say 20.000, not the weighing's 12.345: named too.)
    assert len(problems) == 4 and all(f"(weighing #{first})" in p for p in problems[2:])


def test_a_daily_check_passed_on_a_line_that_read_otherwise_is_named(db, who, monkeypatch):
    _ready(db, who)
    _reference(db, who)
    _unread(monkeypatch)
    raw = "S S      5.900 ct\\r\\n"
    balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.000", raw=raw))
    monkeypatch.undo()
    check = int(db.execute("SELECT id FROM balance_checks").fetchone()[0])
    assert db.execute("SELECT passed FROM balance_checks").fetchone()[0] == 1
    assert _problems(db) == [
        f"balance check #{check} (weighing #{_weighing(db, 'check_id IS NOT NULL')}): the line "
        f"balance B-01 sent ('{raw}') does not read 5.000 ct with any protocol it was "
        "registered with (written outside sortapp)"
    ]


def test_a_lot_weighed_at_its_declared_carats_while_its_weighing_says_less_is_named(
    db, who, monkeypatch
):
    _ready(db, who)
    lots.receive_lot(db, who.olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=188_250)
    _unread(monkeypatch)
    _weighed_as(monkeypatch, 150_000)
    lots.weigh_lot(db, who.olu, "L2", 188_250, source=captured("150.000"))
    monkeypatch.undo()
    assert lots.get_lot(db, "L2").weight_flag is False  # (188.250 against 188.250 declared)
    number = _weighing(db, "action = 'weigh'")
    assert _problems(db) == [
        f"lot L2: its weighing #{number} says 150.000 ct, but the entry that recorded it states "
        "188.250 ct (written outside sortapp)"
    ]


def test_one_capture_is_one_weight(db, who, monkeypatch):
    _ready(db, who)
    make_lot(db, who.olu)
    source = captured("12.345")
    first = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 12_345, source=source)
    with pytest.raises(UserError, match="this reading off balance B-01 is recorded already"):
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 12_345, source=source)
    assert verify(db).ok
    monkeypatch.setattr(balances, "_check_once", lambda *_args: None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 12_345, source=source)
    monkeypatch.undo()
    earlier = _weighing(db, _OF_ENTRY, first.uid)
    assert _problems(db) == [
        f"weighing #{earlier + 1}: records the capture weighing #{earlier} records (one reading "
        "off the balance is one weight; written outside sortapp)"
    ]


def test_a_capture_off_another_port_or_a_week_old_is_named(db, who, monkeypatch):
    _ready(db, who)
    make_lot(db, who.olu)
    monkeypatch.setattr(balances, "_check_source", lambda found, source, mct: None)
    late = captured("11.000", port="COM9", captured_at=WEEK_AGO)
    entry = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 11_000, source=late)
    monkeypatch.undo()
    number = _weighing(db, "entry_id IS NOT NULL")
    at = db.execute("SELECT at FROM weighings WHERE id = ?", (number,)).fetchone()[0]
    what = f"sorting entry {entry.uid} (weighing #{number})"
    assert _problems(db) == [
        f"{what}: captured off balance B-01 on port 'COM9', which it was never registered on "
        "(written outside sortapp)",
        f"{what}: captured off balance B-01 at '{WEEK_AGO}', not within the 10 minutes before "
        f"it was recorded at {at} (written outside sortapp)",
    ]


def test_a_capture_off_a_balance_whose_calibration_was_due_is_named(db, who, monkeypatch):
    _ready(db, who)
    _register(db, who, code="B-02", serial_no="S222", port="COM5")
    _calibrate(db, who, "B-02", on=-400, due=-35)
    make_lot(db, who.olu)
    monkeypatch.setattr(balances, "_refusal", lambda db, found: ("", "", True))
    late = captured("11.000", balance="B-02", serial="S222", port="COM5")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 11_000, source=late)
    monkeypatch.undo()
    number = _weighing(db, "entry_id IS NOT NULL")
    assert _problems(db) == [
        f"weighing #{number}: captured off balance B-02 on {site_today(db)}, when its "
        f"calibration was due on {_day(db, -35)} (sortapp blocks capture then; written outside "
        "sortapp)"
    ]


def test_a_capture_off_a_balance_not_checked_that_day_is_named_where_the_site_asked(
    db, who, monkeypatch
):
    _ready(db, who)
    _reference(db, who)
    make_lot(db, who.olu)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000, source=captured("1.000"))
    site.set_setting(db, who.admin, "balance-daily-check", "yes")  # (after: that one stands)
    monkeypatch.setattr(balances, "_refusal", lambda db, found: ("", "", True))
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 2_000, source=captured("2.000"))
    monkeypatch.undo()
    unchecked = _weighing(db, "entry_id IS NOT NULL")
    balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.000"))
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 3_000, source=captured("3.000"))
    assert _problems(db) == [
        f"weighing #{unchecked}: captured off balance B-01 on {site_today(db)}, which had not "
        "passed its daily check that day (sortapp blocks capture then; written outside sortapp)"
    ]


def test_a_weight_typed_while_the_site_took_weights_from_the_balance_only_is_named(
    db, who, monkeypatch
):
    _ready(db, who)
    make_lot(db, who.olu)  # (typed: the site allowed it then)
    site.set_setting(db, who.admin, "keyed-weights", "no")
    monkeypatch.setattr(balances, "keyed_allowed", lambda db: True)
    entry = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 2_000)
    monkeypatch.undo()
    number = _weighing(db, "entry_id IS NOT NULL")
    at = db.execute("SELECT at FROM weighings WHERE id = ?", (number,)).fetchone()[0]
    site.set_setting(db, who.admin, "keyed-weights", "yes")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 3_000)  # (allowed again)
    assert _problems(db) == [
        f"sorting entry {entry.uid} (weighing #{number}): typed by hand at {at}, when this site "
        "took weights from the balance only (sortapp refuses a typed weight then; written "
        "outside sortapp)"
    ]


def test_a_weight_recorded_with_no_weighing_at_all_is_named(db, who, monkeypatch):
    # (Every rule above reads a weighing: an entry, a lot weighed or a check without one
    # escaped them all; a second attack round, 2026-12-07.)
    _ready(db, who)
    _reference(db, who)
    make_lot(db, who.olu)
    lots.receive_lot(db, who.olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=5_000)
    real = sorting._append
    monkeypatch.setattr(sorting, "_append", lambda *a, **kw: real(*a, **{**kw, "weigh": False}))
    entry = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 2_000)
    monkeypatch.undo()
    monkeypatch.setattr(balances, "record_weighing", lambda *_a, **_kw: 0)
    lots.weigh_lot(db, who.olu, "L2", 5_000)
    monkeypatch.undo()
    monkeypatch.setattr(balances, "_insert_weighing", lambda *_a, **_kw: 0)
    balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.000"))
    monkeypatch.undo()
    assert _problems(db) == [
        "lot L2: weighed by its lot.weigh entry, which records no weighing (sortapp records "
        "where each weight came from; written outside sortapp)",
        f"sorting entry {entry.uid}: records no weighing (sortapp records where each weight "
        "came from; written outside sortapp)",
        "balance check #1 of balance B-01: records no capture off the balance (sortapp checks a "
        "balance with a reading captured off it; written outside sortapp)",
    ]


def test_on_a_site_older_than_weighings_a_lot_weighed_before_them_is_not_named(
    db, who, monkeypatch
):
    # A site from before weighings were kept (its site.init says nothing of them): L2 weighed
    # on receipt then (no weighing), L1 received before it and weighed after the upgrade,
    # with its weighing; L3 received after that with none is named, L2 is not.
    monkeypatch.setattr(audit_sql, "weighed_from_start", lambda db: False)
    lots.receive_lot(db, who.olu, number="L1", origins=[("BW", "Jwaneng")], declared_mct=5_000)
    with monkeypatch.context() as before:
        before.setattr(balances, "record_weighing", lambda *_a, **_kw: 0)
        make_lot(db, who.olu, "L2")
    lots.weigh_lot(db, who.olu, "L1", 5_000)
    with monkeypatch.context() as patched:
        patched.setattr(balances, "record_weighing", lambda *_a, **_kw: 0)
        make_lot(db, who.olu, "L3")
    assert _problems(db) == [
        "lot L3: weighed by its lot.receive entry, which records no weighing (sortapp records "
        "where each weight came from; written outside sortapp)"
    ]


def test_a_check_labelled_another_day_is_named(db, who, monkeypatch):
    _ready(db, who)
    _reference(db, who)
    tomorrow = _day(db, 1)
    monkeypatch.setattr(balances, "site_today", lambda db: tomorrow)
    balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.000"))
    monkeypatch.undo()
    at = db.execute("SELECT at FROM balance_checks").fetchone()[0]
    assert _problems(db) == [
        f"balance check #1 of balance B-01: recorded at {at}, on the site's day "
        f"{site_today(db)}, yet said to be of {tomorrow} (written outside sortapp)"
    ]


def test_a_weighing_dated_back_and_a_capture_below_the_minimum_load_are_named(db, who, monkeypatch):
    _ready(db, who)
    make_lot(db, who.olu)
    # (A workstation's clock an hour ahead, then put right: no finding.)
    restore = clock.use(lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
    try:
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 2_000)
    finally:
        restore()
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    assert verify(db).ok
    monkeypatch.setattr(balances, "utc_now", lambda: WEEK_AGO)  # (the weighing's time only)
    entry = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 3_000)
    monkeypatch.undo()
    back = _weighing(db, _OF_ENTRY, entry.uid)
    entered = db.execute("SELECT entered_at FROM sort_entries WHERE uid = ?", (entry.uid,))
    entered_at = entered.fetchone()[0]
    monkeypatch.setattr(balances, "_check_load", lambda found, mct: None)
    loss = sorting.add_loss(db, who.olu, "L1", "cleaning", 50, source=captured("0.050"))
    monkeypatch.undo()
    light = _weighing(db, "action = 'loss'")
    assert _problems(db) == [
        f"weighing #{back}: dated {WEEK_AGO}, but sorting entry {entry.uid} it weighed is dated "
        f"{entered_at} (sortapp writes both at once; written outside sortapp)",
        f"sorting entry {loss.uid} (weighing #{light}): 0.050 ct captured off balance B-01, "
        "outside every load range it was registered with (sortapp takes no weight below a "
        "balance's minimum load or above its maximum; written outside sortapp)",
    ]


def test_a_lot_s_weighing_dated_back_is_named(db, who, monkeypatch):
    lots.receive_lot(db, who.olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=5_000)
    monkeypatch.setattr(balances, "utc_now", lambda: WEEK_AGO)  # (the weighing's time only)
    lots.weigh_lot(db, who.olu, "L2", 5_000)
    monkeypatch.undo()
    number = _weighing(db, "action = 'weigh'")
    entry_at = db.execute(
        "SELECT at FROM audit WHERE action = 'lot.weigh' ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    assert _problems(db) == [
        f"lot L2: its weighing #{number} is dated {WEEK_AGO}, but the entry that recorded it "
        f"is dated {entry_at} (sortapp writes both at once; written outside sortapp)"
    ]


def test_a_file_of_typed_weights_imported_while_the_site_took_them_from_the_balance_is_named(
    db, who, monkeypatch
):
    _ready(db, who)
    make_lot(db, who.olu)
    site.set_setting(db, who.admin, "keyed-weights", "no")
    monkeypatch.setattr(balances, "check_file_weights", lambda db: None)
    imports.import_sorting(
        db, who.olu, "lot,category,carats,stones\nL1,S5-SAW-Q1-W,2.000,\n", file="x.csv"
    )
    monkeypatch.undo()
    uid = db.execute("SELECT uid FROM sort_entries").fetchone()[0]
    assert _problems(db) == [
        f"sorting entries {uid} to {uid}: imported from file x.csv, whose weights were typed, "
        "while this site took weights from the balance only (sortapp refuses such a file then; "
        "written outside sortapp)"
    ]


def test_captures_judged_in_the_site_s_zone_and_order_of_the_time_stay_sound(db, who, monkeypatch):
    # The zone set after (a site begins in UTC), a check and a calibration recorded by a
    # workstation whose clock is ahead, a capture written just after midnight: each as the app
    # judged it then (a second attack round found each named, 2026-12-07).
    base = dt.datetime.now(dt.UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    base -= dt.timedelta(days=3)

    def at(hours: float) -> Callable[[], None]:
        return clock.use(lambda: base + dt.timedelta(hours=hours))

    restore = at(-2)
    try:
        balances.register_balance(db, who.admin, B01)
        _reference(db, who)
        make_lot(db, who.olu)
        site.set_setting(db, who.admin, "balance-daily-check", "yes")
        restore()
        restore = at(0)  # (the calibration and the check on a clock 30 s fast)
        due = base.date().isoformat()
        balances.record_calibration(
            db, who.admin, "B-01", calibrated_on=_day(db, -10), by="X", certificate="C",
            next_due=due,
        )  # fmt: skip
        balances.record_check(db, who.olu, "B-01", reference="R-5ct", source=captured("5.000"))
        restore()
        restore = at(-30 / 3600)
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 2_000, source=captured("2.000"))
        restore()
        restore = at(11 + 59 / 60 + 59.9 / 3600)  # 23:59:59.9 UTC, the due day's end
        source = captured("3.000")
        # (checked then, its weighing written a moment later: just after midnight)
        after_midnight = canonical.iso_utc(base + dt.timedelta(hours=12, seconds=0.2))
        monkeypatch.setattr(balances, "utc_now", lambda: after_midnight)
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 3_000, source=source)
        monkeypatch.undo()
    finally:
        restore()
    written = db.execute("SELECT max(at) FROM weighings").fetchone()[0]
    assert written == after_midnight and written[:10] > due
    report = verify(db)
    assert report.ok, report.problems
    site.set_setting(db, who.admin, "timezone", "Asia/Tokyo")  # (after: UTC stood then)
    report = verify(db)
    assert report.ok, report.problems


def test_a_capture_read_as_its_balance_was_registered_then_stays_sound(db, who):
    # The register changed after (another protocol, another port): the capture was read with
    # what the balance was then, as the log records it.
    _ready(db, who)
    make_lot(db, who.olu)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 12_345, source=captured("12.345"))
    changed = {"protocol": "sbi", "port": "COM7"}
    balances.update_balance(db, who.admin, "B-01", changed, reason="new cable, new interface")
    assert db.execute("SELECT protocol, port FROM balance_register").fetchone() == ("sbi", "COM7")
    report = verify(db)
    assert report.ok, report.problems


def test_after_a_seal_a_weighing_since_is_read_again(db, who, monkeypatch):
    _ready(db, who)
    make_lot(db, who.olu)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 12_345, source=captured("12.345"))
    holder = site.login(db, "admin", PASSWORD)
    first = verify(db, holder, seal=True)
    assert first.ok and first.seal["weighed"]["weighings"] == _weighing(db, "1 = 1")
    _unread(monkeypatch)
    entry = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 20_000, source=captured("12.346"))
    monkeypatch.undo()
    problems = verify(db, holder, seal=True).problems
    assert len(problems) == 2 and all(entry.uid in p for p in problems), problems


# -- the server's guard, from a user's own session -----------------------------------------------


SignIn = Callable[..., tuple[Any, Any]]


@pytest.fixture
def olu_on_server(server_sign_in: SignIn) -> tuple[Any, Any]:
    """olu's own session on the server, B-01 registered and calibrated by the admin (and a
    reference weight R-5ct) and L1 received there."""
    admin_db, admin = server_sign_in("admin")
    _ready(admin_db, SimpleNamespace(admin=admin))
    _reference(admin_db, SimpleNamespace(admin=admin))
    db, olu = server_sign_in("olu")
    make_lot(db, olu)
    return db, olu


@pytest.mark.parametrize(
    ("patch", "text", "fields", "said"),
    [
        ("reading", "12.345", {}, "a weight captured off the balance is the reading"),
        ("carats", "20.000", {}, "a weighing records the carats of what it weighed"),
        ("source", "20.000", {"port": "COM9"}, "on the port it is registered on"),
        ("source", "20.000", {"captured_at": WEEK_AGO}, "within 10 minutes of its reading"),
    ],
)
def test_the_server_refuses_a_weighing_that_does_not_agree_from_a_user_s_session(
    olu_on_server, monkeypatch, patch, text, fields, said
):
    db, olu = olu_on_server
    if patch == "reading":
        _unread(monkeypatch)
    elif patch == "carats":
        _weighed_as(monkeypatch, 12_345)
    else:
        monkeypatch.setattr(balances, "_check_source", lambda found, source, mct: None)
    with pytest.raises(UserError, match=said):
        sorting.add_entry(db, olu, "L1", "S5-SAW-Q1-W", 20_000, source=captured(text, **fields))
    assert db.execute("SELECT count(*) FROM sort_entries").fetchone()[0] == 0


def test_the_server_refuses_a_capture_off_a_balance_overdue_or_unchecked_and_a_typed_one(
    olu_on_server, server_sign_in, monkeypatch
):
    admin_db, admin = server_sign_in("admin")
    admin_who = SimpleNamespace(admin=admin)
    _register(admin_db, admin_who, code="B-02", serial_no="S222", port="COM5")
    _calibrate(admin_db, admin_who, "B-02", on=-400, due=-1)
    db, olu = olu_on_server
    monkeypatch.setattr(balances, "_refusal", lambda db, found: ("", "", True))
    late = captured("11.000", balance="B-02", serial="S222", port="COM5")
    with pytest.raises(UserError, match="only off a balance whose calibration is not due"):
        sorting.add_entry(db, olu, "L1", "S5-SAW-Q1-W", 11_000, source=late)
    site.set_setting(admin_db, admin, "keyed-weights", "no")
    monkeypatch.setattr(balances, "keyed_allowed", lambda db: True)
    with pytest.raises(UserError, match="refused: this site takes weights from the balance only"):
        sorting.add_entry(db, olu, "L1", "S5-SAW-Q1-W", 12_000)
    site.set_setting(admin_db, admin, "balance-daily-check", "yes")
    with pytest.raises(UserError, match="only off a balance that passed its check with a ref"):
        sorting.add_entry(db, olu, "L1", "S5-SAW-Q1-W", 12_000, source=captured("12.000"))
    assert db.execute("SELECT count(*) FROM sort_entries").fetchone()[0] == 0


def test_the_server_refuses_one_capture_twice_and_a_lot_weighed_otherwise(
    olu_on_server, monkeypatch
):
    db, olu = olu_on_server
    source = captured("12.345")
    sorting.add_entry(db, olu, "L1", "S5-SAW-Q1-W", 12_345, source=source)
    monkeypatch.setattr(balances, "_check_once", lambda *_args: None)
    with pytest.raises(UserError, match="that reading off the balance is recorded already"):
        sorting.add_entry(db, olu, "L1", "S5-SAW-Q1-W", 12_345, source=source)
    lots.receive_lot(db, olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=188_250)
    _unread(monkeypatch)
    _weighed_as(monkeypatch, 150_000)
    with pytest.raises(UserError, match="a weighing records the carats of what it weighed"):
        lots.weigh_lot(db, olu, "L2", 188_250, source=captured("150.000"))
    monkeypatch.undo()
    assert lots.get_lot(db, "L2").weighed_mct is None
    # (L1's receipt's and its first entry's)
    assert db.execute("SELECT count(*) FROM weighings").fetchone()[0] == 2


def test_the_server_refuses_a_weight_recorded_with_no_weighing_and_a_check_of_another_day(
    olu_on_server, monkeypatch
):
    db, olu = olu_on_server
    refused = "refused: a weight is recorded with its weighing"
    real = sorting._append
    monkeypatch.setattr(sorting, "_append", lambda *a, **kw: real(*a, **{**kw, "weigh": False}))
    with pytest.raises(UserError, match=refused):
        sorting.add_entry(db, olu, "L1", "S5-SAW-Q1-W", 2_000)
    monkeypatch.undo()
    lots.receive_lot(db, olu, number="L2", origins=[("BW", "Jwaneng")], declared_mct=5_000)
    monkeypatch.setattr(balances, "record_weighing", lambda *_a, **_kw: 0)
    with pytest.raises(UserError, match=refused):
        lots.weigh_lot(db, olu, "L2", 5_000)
    monkeypatch.undo()
    monkeypatch.setattr(balances, "_insert_weighing", lambda *_a, **_kw: 0)
    with pytest.raises(UserError, match=refused):
        balances.record_check(db, olu, "B-01", reference="R-5ct", source=captured("5.000"))
    monkeypatch.undo()
    monkeypatch.setattr(balances, "site_today", lambda db: "2031-01-01")
    with pytest.raises(UserError, match="refused: a balance check is of the site's day"):
        balances.record_check(db, olu, "B-01", reference="R-5ct", source=captured("5.000"))
    monkeypatch.undo()
    counts = "SELECT (SELECT count(*) FROM sort_entries), (SELECT count(*) FROM balance_checks)"
    assert db.execute(counts).fetchone() == (0, 0)
    assert lots.get_lot(db, "L2").weighed_mct is None
