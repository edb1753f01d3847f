"""``sortapp balance ...``, ``site show`` and ``sort import`` through ``main([...])`` (issue 16,
round 2): exit codes and words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest

from sortapp.balances.sim import BalanceSim, serve_tcp
from sortapp.services import balances, site
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_lot

ADD = ("balance", "add", "B-01", "--serial", "S1", "--max", "1100")


def _calibrated(run) -> None:
    assert run(*ADD, user="admin")[0] == 0
    code, _out, err = run(
        "balance", "calibrate", "B-01", "--on", "2026-01-05", "--by", "Scales Ltd",
        "--next-due", "2099-01-05", "--certificate", "C-1", user="admin",
    )  # fmt: skip
    assert code == 0, err


@pytest.fixture
def sim() -> Iterator[tuple[BalanceSim, str]]:
    """An MT-SICS balance (serial S1) on loopback TCP, with the reference weight's 5.004 ct."""
    balance = BalanceSim("mt-sics", weight="5.004", serial_no="S1")
    with serve_tcp(balance) as url:
        yield balance, url


def test_a_failed_check_exits_1_with_its_words_and_is_recorded(run, db_path, sim):
    balance, url = sim
    _calibrated(run)
    assert run("balance", "set", "B-01", "--port", url, "--reason", "bench", user="admin")[0] == 0
    code, out, err = run(
        "balance", "reference", "add", "R5", "--nominal", "5", "--class", "E2",
        "--certificate", "RW-1", user="admin",
    )  # fmt: skip
    assert code == 0 and out == "reference weight R5 registered\n", err
    check = ("balance", "check", "B-01", "--reference", "R5")
    code, out, err = run(*check)
    assert code == 1 and out == ""
    assert "balance B-01 FAILED its check: 5.004 ct against R5 of 5.000 ct" in err
    assert "(tolerance 0.001 ct)" in err  # e: d where not given
    balance.set(weight=Decimal("5.001"))
    code, out, _err = run(*check)
    assert code == 0 and out.startswith("balance B-01 passed")
    balance.set(stable=False)
    code, out, err = run(*check, "--timeout", "0.5")
    assert code == 1 and "stayed unstable" in err
    code, out, err = run("balance", "reference", "list", "--json", user="admin")
    assert json.loads(out) == [
        {"code": "R5", "nominal": "5.000", "class": "E2", "certificate": "RW-1", "active": True}
    ]
    code, _out, err = run("balance", "check", "B-01", "--read", "5.000", "--reference", "R5")
    assert code == 2 and "--read" in err  # a reading is not typed
    db = open_db(db_path)
    try:
        assert db.execute("SELECT passed FROM balance_checks ORDER BY id").fetchall() == [
            (0,),
            (1,),
        ]
    finally:
        db.close()


def test_a_calibration_needs_its_certificate(run):
    assert run(*ADD, user="admin")[0] == 0
    code, _out, err = run(
        "balance", "calibrate", "B-01", "--on", "2026-01-05", "--by", "Scales Ltd",
        "--next-due", "2099-01-05", user="admin",
    )  # fmt: skip
    assert code == 2 and "--certificate" in err
    code, _out, err = run(
        "balance", "calibrate", "B-01", "--on", "2026-01-05", "--by", "Scales Ltd",
        "--next-due", "2099-01-05", "--certificate", "", user="admin",
    )  # fmt: skip
    assert code == 1 and "certificate: give the calibration certificate's number" in err


def test_the_serial_line_not_given_is_the_protocol_s_and_the_terminator_is_kept(run, db_path):
    assert run(*ADD, "--protocol", "sbi", "--terminator", "cr", user="admin")[0] == 0
    db = open_db(db_path)
    try:
        b = balances.get_balance(db, "B-01")
    finally:
        db.close()
    assert (b.baudrate, b.bytesize, b.parity, b.handshake, b.terminator) == (
        1200,
        7,
        "O",
        "rtscts",
        "cr",
    )


def test_site_show_says_yes_or_no(run):
    code, out, _err = run("site", "show", user="admin")
    assert code == 0
    lines = out.splitlines()
    assert "keyed_weights: yes" in lines and "balance_daily_check: no" in lines
    assert "decimal_comma: no" in lines


def test_a_permission_refused_says_an_admin(run):
    code, _out, err = run(*ADD, user="olu")
    assert code == 1 and "registering a balance needs an admin" in err


def test_a_sorting_file_names_its_file_or_is_refused_where_weights_are_the_balance_s(
    run, db_path, tmp_path, monkeypatch
):
    db = open_db(db_path)
    try:
        make_lot(db, site.login(db, "olu", PASSWORD), "L1")
    finally:
        db.close()
    path = tmp_path / "bench2.csv"
    path.write_text("category,carats,stones\nS5-SAW-Q1-W,2.000,\n", "utf-8")
    code, _out, err = run("sort", "import", "L1", str(path))
    assert code == 0, err
    db = open_db(db_path)
    try:
        assert db.execute("SELECT file, first_entry = last_entry FROM entry_files").fetchall() == [
            ("bench2.csv", 1)
        ]
    finally:
        db.close()
    assert run("site", "set", "keyed-weights", "no", user="admin")[0] == 0
    code, _out, err = run("sort", "import", "L1", str(path))
    assert code == 1 and "weights read from a file were not weighed on" in err


def test_weights_are_captured_off_the_balance_from_the_command_line(run, db_path, sim):
    """``--balance CODE`` on the commands that record a weight: the carats read off the
    registered balance on its port, never typed, recorded as its capture; where the site takes
    weights from the balance only, the command line had no way to record one (a leftover of
    2026-12-07)."""
    balance, url = sim
    _calibrated(run)
    assert run("balance", "set", "B-01", "--port", url, "--reason", "bench", user="admin")[0] == 0
    assert run("site", "set", "keyed-weights", "no", user="admin")[0] == 0
    receive = ("lot", "receive", "L1", "--origin", "BW", "--mine", "Jwaneng")
    code, _out, err = run(*receive, "--carats", "120.505", "--stones", "300")
    assert code == 1 and "this site takes weights from the balance only" in err
    code, _out, err = run(*receive, "--carats", "120.505", "--balance", "B-01")
    assert code == 2 and "give --carats or --balance, not both" in err
    code, _out, err = run("sort", "add", "L1", "S5-SAW-Q1-W")  # (neither: named, as before)
    assert code == 2 and "give --carats, or --balance CODE to capture them" in err
    balance.set(weight=Decimal("120.505"))
    code, out, err = run(*receive, "--stones", "300", "--balance", "B-01")
    assert (code, out) == (0, "received lot L1\n"), err
    balance.set(weight=Decimal("60.25"))
    code, out, err = run("sort", "add", "L1", "S5-SAW-Q1-W", "--balance", "B-01")
    assert code == 0 and "60.250" in out, err
    balance.set(weight=Decimal("0.120"))
    code, out, err = run("sort", "loss", "L1", "cleaning", "--balance", "B-01")
    assert code == 0, err
    declared = ("lot", "receive", "L2", "--origin", "BW", "--mine", "Orapa")
    assert run(*declared, "--declared-carats", "50")[0] == 0  # (to weigh later)
    balance.set(weight=Decimal("49.998"))
    code, out, err = run("lot", "weigh", "L2", "--balance", "B-01")
    assert (code, out) == (0, "weighed lot L2: 49.998 ct\n"), err
    balance.set(stable=False)
    code, out, err = run(
        "sort", "add", "L1", "S5-SAW-Q1-W", "--balance", "B-01", "--timeout", "0.5"
    )
    assert code == 1 and "stayed unstable" in err
    db = open_db(db_path)
    try:
        weighed = db.execute(
            "SELECT action, mct, captured, balance, reading FROM weighings ORDER BY id"
        ).fetchall()
        assert [tuple(r) for r in weighed] == [
            ("receive", 120_505, 1, "B-01", "120.505 ct"),
            ("sort", 60_250, 1, "B-01", "60.250 ct"),
            ("loss", 120, 1, "B-01", "0.120 ct"),
            ("weigh", 49_998, 1, "B-01", "49.998 ct"),
        ]
        assert db.execute("SELECT weighed_mct, weighed_stones FROM lots").fetchone() == (
            120_505,
            300,
        )
    finally:
        db.close()
