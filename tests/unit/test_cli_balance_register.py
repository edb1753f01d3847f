"""``sortapp balance list | add | set | calibrate | check`` (issue 16), in a ``balance`` group of
their own here: ``cli.balance`` holds the group in the CLI."""

from __future__ import annotations

import json

import pytest

from sortapp.balances.sim import BalanceSim, serve_tcp
from sortapp.cli import common
from sortapp.cli.balance_register import add_register_commands
from sortapp.core.errors import PermissionDenied, UserError
from sortapp.services import balances
from tests.conftest import PASSWORD


@pytest.fixture
def run(db, monkeypatch, capsys):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    parser = common.Parser(prog="sortapp")
    parser.add_argument("--user")
    sub = parser.add_subparsers(dest="command", parser_class=common.Parser)
    add_register_commands(common.group(sub, "balance", "balances"))

    def run(*argv: str, user: str = "admin") -> str:
        args = parser.parse_args(["--user", user, "balance", *argv])
        args.db_path = None
        args.func(args, db)
        return capsys.readouterr().out

    return run


def test_an_admin_keeps_the_register_and_an_operator_checks(run, db):
    out = run("add", "B-01", "--vendor", "Mettler", "--model", "JET 1103C", "--serial", "S1",
              "--max", "1100", "--e", "0.010", "--class", "II", "--verified", "yes")  # fmt: skip
    assert out == "balance B-01 registered\n"
    assert "balance B-01 changed" in run("set", "B-01", "--port", "COM5", "--reason", "moved")
    listed = run("list")
    assert "B-01" in listed and "no calibration recorded" in listed
    run("calibrate", "B-01", "--on", "2026-01-05", "--by", "Scales Ltd", "--next-due", "2099-01-05",
        "--certificate", "C-1")  # fmt: skip
    [row] = json.loads(run("list", "--json"))
    assert (row["port"], row["e"], row["calibration_due"]) == ("COM5", "0.010", "2099-01-05")
    run("reference", "add", "R5", "--nominal", "5", "--certificate", "RW-1")
    with pytest.raises(UserError, match=r"^balance B-01: .*COM5"):
        run("check", "B-01", "--reference", "R5", "--timeout", "0.2", user="olu")
    with serve_tcp(BalanceSim("mt-sics", weight="5.011", serial_no="S1")) as url:
        run("set", "B-01", "--port", url, "--reason", "on the bench's adapter")
        with pytest.raises(UserError, match=r"^balance B-01 FAILED its check"):
            run("check", "B-01", "--reference", "R5", user="olu")
    assert db.execute("SELECT passed, tolerance_mct FROM balance_checks").fetchall() == [(0, 10)]
    with pytest.raises(PermissionDenied):
        run("reference", "add", "R1", "--nominal", "1", "--certificate", "RW-2", user="olu")
    assert "reference weight R5 changed" in run(
        "reference", "set", "R5", "--active", "no", "--reason", "dropped"
    )
    assert "R5" in run("reference", "list")
    with pytest.raises(PermissionDenied):
        run("add", "B-02", "--serial", "S2", "--max", "500", user="olu")
    with pytest.raises(UserError, match="parity: 'X' is not one of N, E, O"):
        run("add", "B-02", "--serial", "S2", "--max", "500", "--parity", "X")
    assert [b.code for b in balances.list_balances(db)] == ["B-01"]
