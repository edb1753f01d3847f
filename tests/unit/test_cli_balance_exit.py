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
