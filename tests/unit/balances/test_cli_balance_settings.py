"""``sortapp balance read`` with the port settings given, the serial number the balance reports,
and the ``generic`` protocol with a pattern."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from sortapp.balances.device import Balance, BalanceNoAnswer
from sortapp.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["balance", "read", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def field(out: str, name: str) -> str:
    values = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith(name + ": ")]
    assert len(values) == 1, out
    return values[0]


def test_port_settings_given_are_used(balance_sim, capsys):
    sim, url = balance_sim("mt-sics")
    code, out, err = run(
        capsys,
        url,
        "--protocol",
        "mt-sics",
        "--baud",
        "4800",
        "--bytesize",
        "7",
        "--parity",
        "E",
        "--stopbits",
        "2",
        "--handshake",
        "rtscts",
        "--eol",
        "cr",
    )
    assert (code, err) == (0, "")
    assert field(out, "settings") == "4800 baud 7E2 RTS/CTS, end of line CR"
    assert field(out, "value") == "1.234"
    assert sim.received == [b"SI", b"I4", b"I2", b"I3", b"I10"]


def test_settings_not_given_stay_the_protocol_s_own(balance_sim, capsys):
    _sim, url = balance_sim("sbi")
    code, out, _err = run(capsys, url, "--protocol", "sbi", "--baud", "9600")
    assert code == 0
    assert field(out, "settings") == "9600 baud 7O1 RTS/CTS, end of line CR LF"


def test_the_register_s_option_names_work_too(balance_sim, capsys):
    _sim, url = balance_sim("and")
    argv = ["--protocol", "and", "--baudrate", "9600", "--terminator", "lf"]
    code, out, _err = run(capsys, url, *argv)
    assert code == 0
    assert field(out, "settings") == "9600 baud 7E1, end of line LF"


def test_auto_changes_each_candidate_s_settings(balance_sim, capsys):
    _sim, url = balance_sim("and")
    code, out, _err = run(capsys, url, "--baud", "19200", "--timeout", "1")
    assert code == 0
    assert field(out, "protocol") == "and"
    assert field(out, "settings") == "19200 baud 7E1, end of line CR LF"


def test_the_settings_over_a_pty(balance_sim_pty, capsys):
    _sim, path = balance_sim_pty("ohaus")
    code, out, err = run(capsys, path, "--protocol", "ohaus", "--baud", "4800", "--parity", "N")
    assert (code, err) == (0, "")
    assert field(out, "settings") == "4800 baud 8N1, end of line CR LF"
    assert field(out, "value") == "1.234"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--baud", "fast"], "--baud"),
        (["--baud", "0"], "--baud"),
        (["--bytesize", "6"], "--bytesize"),
        (["--parity", "M"], "--parity"),
        (["--stopbits", "1.5"], "--stopbits"),
        (["--handshake", "dtr"], "--handshake"),
        (["--eol", "nul"], "--eol"),
        (["--protocol", "generic", "--pattern", "("], "not a regular expression"),
        (["--protocol", "generic", "--pattern", "[0-9.]+"], "group named value"),
    ],
)
def test_bad_settings_are_usage_errors(capsys, argv, words):
    code, _out, err = run(capsys, "loop://", *argv)
    assert code == 2 and words in err


@pytest.mark.parametrize(
    ("protocol", "model"),
    [("mt-sics", "JET 1103C"), ("sbi", "JET 1103C"), ("and", "JET 1103C"), ("ohaus", None)],
)
def test_the_serial_number_and_model_are_shown(balance_sim, capsys, protocol, model):
    _sim, url = balance_sim(protocol)
    code, out, _err = run(capsys, url, "--protocol", protocol)
    assert code == 0
    assert field(out, "serial") == "B123456789"
    assert field(out, "model") == (model or "not reported")
    code, out, _err = run(capsys, url, "--protocol", protocol, "--json")
    data = json.loads(out)
    assert (data["serial_no"], data["model"]) == ("B123456789", model)
    assert data["settings"].endswith(", end of line CR LF")


def test_a_balance_that_does_not_tell_its_serial_still_reads(balance_sim, capsys, monkeypatch):
    _sim, url = balance_sim("mt-sics")

    def no_answer(self, timeout=None):
        raise BalanceNoAnswer("no answer")

    monkeypatch.setattr(Balance, "identify", no_answer)
    code, out, _err = run(capsys, url, "--protocol", "mt-sics")
    assert code == 0
    assert field(out, "value") == "1.234"
    assert field(out, "serial") == "not reported"
    code, out, _err = run(capsys, url, "--protocol", "mt-sics", "--json")
    assert json.loads(out)["serial_no"] is None


def test_a_cut_serial_is_not_shown(balance_sim, capsys):
    sim, url = balance_sim("and")
    sim.set(fault="partial")
    code, out, _err = run(capsys, url, "--protocol", "and")
    assert code == 0
    assert field(out, "serial") == "not reported"


def test_generic_reads_a_stream_with_its_default_pattern(balance_sim, capsys):
    _sim, url = balance_sim("ohaus", stream=True, weight=Decimal("0.75"))
    code, out, err = run(capsys, url, "--protocol", "generic", "--timeout", "2")
    assert (code, err) == (0, "")
    assert field(out, "value") == "0.750"
    assert field(out, "stable") == "yes"
    assert field(out, "serial") == "not reported"
    assert field(out, "protocol") == "generic"


def test_generic_with_a_pattern(balance_sim, capsys):
    sim, url = balance_sim("mt-sics", stream=True, stable=False)
    pattern = r"S (?:S|(?P<unstable>D)) +(?P<value>[0-9.]+) +(?P<unit>\w+)"
    code, out, _err = run(capsys, url, "--protocol", "generic", "--pattern", pattern)
    assert code == 0
    assert (field(out, "value"), field(out, "unit"), field(out, "stable")) == ("1.234", "ct", "no")
    assert sim.received == []


def test_a_pattern_needs_the_generic_protocol(capsys):
    code, _out, err = run(capsys, "loop://", "--protocol", "sbi", "--pattern", "(?P<value>1)")
    assert code == 1 and "--pattern goes with --protocol generic" in err
