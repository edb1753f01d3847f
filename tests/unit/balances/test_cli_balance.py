"""``sortapp balance read``: one reading from the simulator, in words or JSON; exit 1 with a
message when the balance stays unstable, is overloaded or does not answer."""

from __future__ import annotations

import json
import threading
from decimal import Decimal

import pytest

from sortapp.balances.reading import Status
from sortapp.cli import main

PROTOCOLS = ("mt-sics", "sbi", "and", "ohaus")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["balance", "read", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_read_prints_one_reading(balance_sim, capsys, protocol):
    _sim, url = balance_sim(protocol, weight=Decimal("1.234"))
    code, out, err = run(capsys, url, "--protocol", protocol)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:4] == ["value: 1.234", "unit: ct", "stable: yes", "status: ok"]
    assert lines[4].startswith("raw: ") and lines[4].endswith("\\r\\n")
    assert lines[-1] == f"protocol: {protocol}"


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_read_json_with_auto(balance_sim, capsys, protocol):
    sim, url = balance_sim(protocol, weight=Decimal("0.507"), stable=False)
    code, out, _err = run(capsys, url, "--json", "--timeout", "1")
    assert code == 0
    data = json.loads(out)
    raw = {"mt-sics": "S D      0.507 ct\\r\\n", "and": "US,+0000.507 ct\\r\\n"}
    assert data["value"] == "0.507" and data["stable"] is False
    assert (data["unit"], data["status"], data["protocol"]) == (
        "" if protocol == "sbi" else "ct",  # SBI leaves the unit out while unstable
        "ok",
        protocol,
    )
    if protocol in raw:
        assert data["raw"] == raw[protocol]
    assert data["port"] == url and sim.received


def test_stable_waits_for_the_reading_to_settle(balance_sim, capsys):
    sim, url = balance_sim("mt-sics", stable=False)

    def settle() -> None:
        if sim.wait_received(3, timeout=10):
            sim.set(stable=True)

    thread = threading.Thread(target=settle)
    thread.start()
    try:
        code, out, _err = run(capsys, url, "--protocol", "mt-sics", "--stable", "--json")
    finally:
        thread.join(timeout=10)
    assert code == 0
    assert json.loads(out)["stable"] is True


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ({"stable": False, "stable_timeout": 0.1}, "stayed unstable for 0.5 s"),
        ({"status": Status.OVERLOAD}, "the balance is overloaded"),
        ({"fault": "silent"}, "does not answer: check the cable and that it is switched on"),
        ({"fault": "unknown"}, r"refused the command (ES)"),
    ],
)
def test_stable_fails_with_a_message(balance_sim, capsys, state, message):
    sim, url = balance_sim("mt-sics")
    sim.set(**state)
    code, out, err = run(capsys, url, "--protocol", "mt-sics", "--stable", "--timeout", "0.5")
    assert (code, out) == (1, "")
    assert err.startswith("sortapp: ") and message in err
    assert "Traceback" not in err


def test_an_overloaded_reading_is_printed_without_stable(balance_sim, capsys):
    sim, url = balance_sim("and")
    sim.set(status=Status.OVERLOAD)
    code, out, _err = run(capsys, url, "--protocol", "and")
    assert code == 0
    assert out.splitlines()[:4] == ["value: -", "unit: -", "stable: no", "status: overload"]
    code, out, _err = run(capsys, url, "--protocol", "and", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["value"], data["status"], data["raw"]) == (
        None,
        "overload",
        "OL,+9999999E+19\\r\\n",
    )


def test_no_such_port(tmp_path, capsys):
    code, out, err = run(capsys, str(tmp_path / "COM4"), "--protocol", "sbi", "--timeout", "1")
    assert (code, out) == (1, "")
    assert "cannot open the balance's port" in err


@pytest.mark.parametrize("bad", ["0", "-1", "nan", "inf", "601", "soon", "1e309"])
def test_a_bad_timeout_is_a_usage_error(capsys, bad):
    code, _out, err = run(capsys, "loop://", "--timeout", bad)
    assert code == 2 and "--timeout" in err


def test_protocol_choices(capsys):
    code, _out, err = run(capsys, "loop://", "--protocol", "xyz")
    assert code == 2
    for name in ("mt-sics", "sbi", "and", "auto"):
        assert name in err


def test_needs_no_database(balance_sim, capsys, tmp_path, monkeypatch):
    """The balance is read without a database: none is opened or created."""
    monkeypatch.setenv("SORTAPP_DB", str(tmp_path / "none.db"))
    _sim, url = balance_sim("mt-sics")
    code, _out, _err = run(capsys, url, "--protocol", "mt-sics")
    assert code == 0
    assert not (tmp_path / "none.db").exists()


def test_the_register_s_commands_share_the_group(tmp_path, capsys):
    """``balance list`` (the register) opens the database, ``balance read`` does not."""
    code = main(["--db", str(tmp_path / "none.db"), "--user", "x", "balance", "list"])
    _out, err = capsys.readouterr()
    assert code == 1 and "database" in err
    assert not (tmp_path / "none.db").exists()
