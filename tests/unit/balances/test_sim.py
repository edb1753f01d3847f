"""The balance simulator: the exact bytes of each protocol, the faults, the transports.

Clients here are plain sockets and raw pty file descriptors (no parser code), so these tests pin
the simulator's wire format on its own.
"""

from __future__ import annotations

import os
import select
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import serial

from sortapp.balances.reading import Status
from sortapp.balances.sim import (
    FAULTS,
    BalanceSim,
    control,
    main,
    serve_pty,
    serve_tcp,
)
from tests.unit.balances.conftest import SimFactory

ESC = b"\x1b"
CRLF = b"\r\n"
WAIT = 5.0  # seconds a client waits for bytes before the test fails (never reached when green)


class Client:
    """A plain TCP client reading whole lines."""

    def __init__(self, url: str) -> None:
        host, port = url.removeprefix("socket://").rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=WAIT)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def line(self, end: bytes = CRLF) -> bytes:
        """The next line, its terminator included."""
        while end not in self.buffer:
            data = self.sock.recv(4096)
            if not data:
                raise EOFError(self.buffer)
            self.buffer += data
        line, _, self.buffer = self.buffer.partition(end)
        return line + end

    def ask(self, command: bytes) -> bytes:
        self.send(command + CRLF)
        return self.line()

    def until_eof(self) -> bytes:
        """Everything until the simulator closes the connection."""
        while True:
            try:
                data = self.sock.recv(4096)
            except ConnectionResetError:
                data = b""
            if not data:
                return self.buffer
            self.buffer += data

    def close(self) -> None:
        self.sock.close()


class PtyClient:
    """A raw client on the pty's device path."""

    def __init__(self, path: str) -> None:
        import tty  # noqa: PLC0415 (POSIX only, as ptys are)

        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(self.fd)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def read(self) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], WAIT)
        if not ready:
            raise TimeoutError(self.buffer)
        return os.read(self.fd, 4096)

    def line(self, end: bytes = CRLF) -> bytes:
        while end not in self.buffer:
            data = self.read()
            if not data:
                raise EOFError(self.buffer)
            self.buffer += data
        line, _, self.buffer = self.buffer.partition(end)
        return line + end

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def connect() -> Iterator[Any]:
    """Open plain clients (TCP url or pty path); all closed at teardown."""
    clients: list[Client | PtyClient] = []

    def open_client(where: str) -> Any:
        client: Client | PtyClient = (
            Client(where) if where.startswith("socket://") else (PtyClient(where))
        )
        clients.append(client)
        return client

    yield open_client
    for client in clients:
        client.close()


def sim_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("balance-sim")]


def answer(protocol: str, command: bytes, **state: Any) -> list[bytes]:
    state.setdefault("stable_timeout", 0.01)
    return BalanceSim(protocol, **state).respond(command)


# -- the exact bytes, command by command ------------------------------------------------------

MT_SICS = [
    ({}, b"S", b"S S      1.234 ct\r\n"),
    ({}, b"SI", b"S S      1.234 ct\r\n"),
    ({"stable": False}, b"SI", b"S D      1.234 ct\r\n"),
    ({"stable": False}, b"S", b"S I\r\n"),
    ({"status": Status.OVERLOAD}, b"SI", b"S +\r\n"),
    ({"status": Status.UNDERLOAD}, b"S", b"S -\r\n"),
    ({"status": Status.BUSY}, b"SI", b"S I\r\n"),
    ({"weight": "1100.001"}, b"SI", b"S +\r\n"),
    ({"weight": "-0.012"}, b"SI", b"S S     -0.012 ct\r\n"),
    ({"weight": "12.5"}, b"SI", b"S S     12.500 ct\r\n"),
    ({"weight": "0"}, b"SI", b"S S      0.000 ct\r\n"),
    ({"unit": "g", "weight": "0.2468"}, b"SI", b"S S      0.247 g\r\n"),
    ({"weight": "1.2345", "decimals": 4}, b"SI", b"S S     1.2345 ct\r\n"),
    ({}, b"SIR", b"S S      1.234 ct\r\n"),
    ({}, b"Z", b"Z A\r\n"),
    ({"stable": False}, b"Z", b"Z I\r\n"),
    ({"status": Status.OVERLOAD}, b"Z", b"Z +\r\n"),
    ({"status": Status.UNDERLOAD}, b"Z", b"Z -\r\n"),
    ({}, b"ZI", b"ZI S\r\n"),
    ({"stable": False}, b"ZI", b"ZI D\r\n"),
    ({}, b"T", b"T S      1.234 ct\r\n"),
    ({"stable": False}, b"T", b"T I\r\n"),
    ({"status": Status.OVERLOAD}, b"T", b"T +\r\n"),
    ({"stable": False}, b"TI", b"TI D      1.234 ct\r\n"),
    ({"tare": "0.5"}, b"TA", b"TA A      0.500 ct\r\n"),
    ({"tare": "0.5"}, b"TAC", b"TAC A\r\n"),
    ({}, b"@", b'I4 A "B123456789"\r\n'),
    ({}, b"I2", b'I2 A "JET 1103C 1100.000 ct"\r\n'),
    ({"software": "2.10"}, b"I3", b'I3 A "2.10"\r\n'),
    ({"serial_no": "0123456789"}, b"I4", b'I4 A "0123456789"\r\n'),
    ({"balance_id": "FLOOR-2"}, b"I10", b'I10 A "FLOOR-2"\r\n'),
    ({}, b"I11", b'I11 A "JET 1103C"\r\n'),
    ({}, b"XYZ", b"ES\r\n"),
    ({}, b"si", b"ES\r\n"),
    ({"stream": True}, b"SR", b"ES\r\n"),
    ({}, ESC + b"x2_", b"ES\r\n"),
    ({}, b"SI\r\n", b"S S      1.234 ct\r\n"),
    ({"terminator": b"\r"}, b"SI", b"S S      1.234 ct\r"),
]


@pytest.mark.parametrize(("state", "command", "expected"), MT_SICS)
def test_mt_sics_answers_byte_for_byte(state: dict[str, Any], command: bytes, expected: bytes):
    assert answer("mt-sics", command, **state) == [expected]


def test_mt_sics_stable_weight_is_19_bytes_as_the_manual_frames_it():
    (line,) = answer("mt-sics", b"S")
    assert line.hex(" ") == "53 20 53 20 20 20 20 20 20 31 2e 32 33 34 20 63 74 0d 0a"


SBI = [
    ({}, ESC + b"P", b"+    1.234 ct \r\n"),
    ({"stable": False, "weight": "1.236"}, ESC + b"P", b"+    1.236    \r\n"),
    ({"weight": "-0.5"}, ESC + b"P", b"-    0.500 ct \r\n"),
    ({"unit": "g", "weight": "123.45", "decimals": 2}, ESC + b"P", b"+   123.45 g  \r\n"),
    ({"sbi_chars": 22}, ESC + b"P", b"N     +    1.234 ct \r\n"),
    ({"sbi_chars": 22, "stable": False}, ESC + b"P", b"N     +    1.234    \r\n"),
    ({"status": Status.OVERLOAD}, ESC + b"P", b"      H       \r\n"),
    ({"status": Status.OVERLOAD, "sbi_chars": 22}, ESC + b"P", b"Stat        H       \r\n"),
    ({"status": Status.UNDERLOAD, "sbi_chars": 22}, ESC + b"P", b"Stat        L       \r\n"),
    ({"status": Status.BUSY, "sbi_chars": 22}, ESC + b"P", b"Stat        C       \r\n"),
    ({"weight": "2000"}, ESC + b"P", b"      H       \r\n"),
    ({}, ESC + b"x1_", b"JET 1103C\r\n"),
    ({}, ESC + b"x2_", b"B123456789\r\n"),
    ({"software": "01-63-05"}, ESC + b"x3_", b"01-63-05\r\n"),
    ({}, ESC + b"x5_", b"SORT-1\r\n"),
    ({}, ESC + b"P\r\n", b"+    1.234 ct \r\n"),
]


@pytest.mark.parametrize(("state", "command", "expected"), SBI)
def test_sbi_answers_byte_for_byte(state: dict[str, Any], command: bytes, expected: bytes):
    assert answer("sbi", command, **state) == [expected]


@pytest.mark.parametrize("chars", [16, 22])
def test_sbi_lines_have_their_fixed_length(chars: int):
    for state in ({}, {"stable": False}, {"status": Status.OVERLOAD}, {"weight": "-12.5"}):
        (line,) = answer("sbi", ESC + b"P", sbi_chars=chars, **state)
        assert len(line) == chars, line


@pytest.mark.parametrize("command", [ESC + b"T", ESC + b"U", ESC + b"V", ESC + b"Q", b"\x1bK"])
def test_sbi_commands_without_output_answer_nothing(command: bytes):
    assert answer("sbi", command) == []


AND = [
    ({}, b"Q", b"ST,+0001.234 ct\r\n"),
    ({}, b"SI", b"ST,+0001.234 ct\r\n"),
    ({"stable": False, "weight": "1.236"}, b"Q", b"US,+0001.236 ct\r\n"),
    ({"unit": "g", "weight": "123.45", "decimals": 2}, b"Q", b"ST,+00123.45  g\r\n"),
    ({"weight": "-0.012"}, b"Q", b"ST,-0000.012 ct\r\n"),
    ({"weight": "0"}, b"Q", b"ST,+0000.000 ct\r\n"),
    ({"status": Status.OVERLOAD}, b"Q", b"OL,+9999999E+19\r\n"),
    ({"status": Status.UNDERLOAD}, b"Q", b"OL,-9999999E+19\r\n"),
    ({"status": Status.BUSY}, b"Q", b"EC,E02\r\n"),
    ({}, b"S", b"ST,+0001.234 ct\r\n"),
    ({"stable": False}, b"S", b"EC,E11\r\n"),
    ({}, ESC + b"P", b"ST,+0001.234 ct\r\n"),
    ({}, b"PRT", b"ST,+0001.234 ct\r\n"),
    ({}, b"SIR", b"ST,+0001.234 ct\r\n"),
    ({}, b"C", b"\x06\r\n"),
    ({}, b"R", b"\x06\r\n"),
    ({}, b"Z", b"\x06\r\n"),
    ({}, b"T", b"\x06\r\n"),
    ({"stable": False}, b"T", b"EC,E11\r\n"),
    ({"status": Status.BUSY}, b"Z", b"EC,E02\r\n"),
    ({"tare": "0.25"}, b"?PT", b"PT,+0000.250 ct\r\n"),
    ({}, b"?ID", b"ID,SORT-1\r\n"),
    ({}, b"?SN", b"SN,B123456789\r\n"),
    ({}, b"?TN", b"TN,JET 1103C\r\n"),
    ({}, b"I4", b"EC,E01\r\n"),
]


@pytest.mark.parametrize(("state", "command", "expected"), AND)
def test_and_answers_byte_for_byte(state: dict[str, Any], command: bytes, expected: bytes):
    assert answer("and", command, **state) == [expected]


OHAUS = [
    ({}, b"IP", b"     1.234 ct\r\n"),
    ({}, b"P", b"     1.234 ct\r\n"),
    ({"stable": False}, b"IP", b"     1.234 ct ?\r\n"),
    ({"weight": "-0.5"}, b"IP", b"    -0.500 ct\r\n"),
    ({"unit": "g", "weight": "192.21", "decimals": 2}, b"IP", b"    192.21 g\r\n"),
    ({"status": Status.OVERLOAD}, b"IP", b"        OL\r\n"),
    ({"status": Status.UNDERLOAD}, b"IP", b"        UL\r\n"),
    ({"status": Status.BUSY}, b"IP", b"      BUSY\r\n"),
    ({}, b"SP", b"     1.234 ct\r\n"),
    ({}, b"CP", b"     1.234 ct\r\n"),
    ({}, b"PSN", b"B123456789\r\n"),
    ({"software": "1.20"}, b"PV", b"JET 1103C 1.20\r\n"),
    ({}, b"XX", b"ES\r\n"),
]


@pytest.mark.parametrize(("state", "command", "expected"), OHAUS)
def test_ohaus_answers_byte_for_byte(state: dict[str, Any], command: bytes, expected: bytes):
    assert answer("ohaus", command, **state) == [expected]


@pytest.mark.parametrize(
    ("protocol", "command"), [("ohaus", b"Z"), ("ohaus", b"T"), ("ohaus", b"0P"), ("ohaus", b"")]
)
def test_ohaus_commands_without_output_answer_nothing(protocol: str, command: bytes):
    assert answer(protocol, command) == []


# -- zero and tare change the state as a balance does -------------------------------------------


#: Steps: a dict is a change of state, a pair a command and its exact answer.
ZERO_AND_TARE = {
    "mt-sics": [
        {"weight": "1.234"},
        (b"T", [b"T S      1.234 ct\r\n"]),
        (b"SI", [b"S S      0.000 ct\r\n"]),
        {"weight": "2.000"},
        (b"SI", [b"S S      0.766 ct\r\n"]),
        (b"TA", [b"TA A      1.234 ct\r\n"]),
        {"weight": "1.000"},
        (b"SI", [b"S S     -0.234 ct\r\n"]),
        (b"TAC", [b"TAC A\r\n"]),
        (b"SI", [b"S S      1.000 ct\r\n"]),
        (b"Z", [b"Z A\r\n"]),
        (b"SI", [b"S S      0.000 ct\r\n"]),
    ],
    "sbi": [  # ESC T zeroes a small load (2 % of capacity), tares a larger one
        {"weight": "1.234"},
        (ESC + b"T", []),
        (ESC + b"P", [b"+    0.000 ct \r\n"]),
        {"weight": "100"},
        (ESC + b"T", []),
        {"weight": "101.5"},
        (ESC + b"P", [b"+    1.500 ct \r\n"]),
        (ESC + b"V", []),
        (ESC + b"P", [b"+    0.000 ct \r\n"]),
        {"weight": "2"},
        (ESC + b"U", []),
        (ESC + b"P", [b"+    0.000 ct \r\n"]),
        {"weight": "2.5"},
        (ESC + b"P", [b"+    0.500 ct \r\n"]),
    ],
    "and": [
        {"weight": "1.5"},
        (b"T", [b"\x06\r\n"]),
        (b"?PT", [b"PT,+0001.500 ct\r\n"]),
        {"weight": "2"},
        (b"Q", [b"ST,+0000.500 ct\r\n"]),
        (b"R", [b"\x06\r\n"]),
        (b"Q", [b"ST,+0000.000 ct\r\n"]),
    ],
    "ohaus": [
        {"weight": "1.5"},
        (b"T", []),
        {"weight": "2"},
        (b"IP", [b"     0.500 ct\r\n"]),
        (b"Z", []),
        (b"IP", [b"     0.000 ct\r\n"]),
    ],
}


@pytest.mark.parametrize("protocol", sorted(ZERO_AND_TARE))
def test_zero_and_tare_change_the_state_as_a_balance_does(protocol: str):
    sim = BalanceSim(protocol)
    for step in ZERO_AND_TARE[protocol]:
        if isinstance(step, dict):
            sim.set(**step)
        else:
            command, expected = step
            assert sim.respond(command) == expected, command


def test_mt_sics_zero_clears_load_and_tare():
    sim = BalanceSim("mt-sics", weight="3", tare="1")
    assert sim.respond(b"Z") == [b"Z A\r\n"]
    assert (sim.weight, sim.tare) == (Decimal(0), Decimal(0))


def test_mt_sics_reset_clears_the_tare_and_the_stream_but_not_the_zero():
    sim = BalanceSim("mt-sics", weight="3", tare="1", stream=True)
    assert sim.respond(b"@") == [b'I4 A "B123456789"\r\n']
    assert (sim.stream, sim.tare, sim.weight) == (False, Decimal(0), Decimal(3))


def test_a_moving_balance_does_not_tare():
    sim = BalanceSim("sbi", weight="100", stable=False, stable_timeout=0.01)
    sim.respond(ESC + b"U")
    assert sim.tare == Decimal(0)


# -- splitting what arrives into commands ------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "data", "commands", "rest"),
    [
        ("mt-sics", b"S\rSI\nI4\r\nTA", [b"S", b"SI", b"I4"], b"TA"),
        ("mt-sics", b"\r\n\r\n", [], b""),
        ("mt-sics", b"X" * 300, [], b""),
        ("sbi", ESC + b"P" + ESC + b"x2_\r\n" + ESC + b"T", [b"\x1bP", b"\x1bx2_", b"\x1bT"], b""),
        ("sbi", ESC + b"P\r\n" + ESC + b"x", [b"\x1bP"], ESC + b"x"),
        ("sbi", ESC + b"x1", [], ESC + b"x1"),
        ("sbi", ESC, [], ESC),
        ("and", b"Q\r\n?SN\r\n", [b"Q", b"?SN"], b""),
        ("ohaus", b"IP\rPSN", [b"IP"], b"PSN"),
    ],
)
def test_split_into_command_lines(protocol: str, data: bytes, commands: list[bytes], rest: bytes):
    assert BalanceSim(protocol).split(data) == (commands, rest)


# -- the state ---------------------------------------------------------------------------------


def test_state_is_checked_when_set():
    sim = BalanceSim()
    with pytest.raises(TypeError, match="never a float"):
        sim.set(weight=1.5)
    with pytest.raises(ValueError, match="fault must be one of"):
        sim.set(fault="melted")
    with pytest.raises(ValueError, match="protocol must be one of"):
        BalanceSim("kern")
    with pytest.raises(ValueError, match="no 'colour'"):
        sim.set(colour="red")
    for bad in ("abc", "NaN", "Infinity", "1,5"):
        with pytest.raises(ValueError, match="must be a number"):
            sim.set(weight=bad)
    sim.weight = "2.5"  # type: ignore[assignment]  # an attribute goes through set() too
    sim.fault = "none"
    assert (sim.weight, sim.fault) == (Decimal("2.5"), None)


def test_a_when_stable_command_answers_once_stability_comes():
    sim = BalanceSim("mt-sics", stable=False, stable_timeout=WAIT * 4)
    answers: list[list[bytes]] = []
    asking = threading.Thread(target=lambda: answers.append(sim.respond(b"S")))
    asking.start()
    assert sim.wait_received(1)
    sim.set(stable=True)
    asking.join()
    assert answers == [[b"S S      1.234 ct\r\n"]]


# -- the faults, as rendered -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "command", "expected"),
    [
        ("mt-sics", b"S", [b"S I\r\n"]),
        ("mt-sics", b"SI", [b"S I\r\n"]),
        ("mt-sics", b"Z", [b"Z I\r\n"]),
        ("mt-sics", b"T", [b"T I\r\n"]),
        ("sbi", ESC + b"P", [b"      C       \r\n"]),
        ("and", b"Q", [b"EC,E02\r\n"]),
        ("and", b"S", [b"EC,E02\r\n"]),
        ("ohaus", b"IP", [b"      BUSY\r\n"]),
    ],
)
def test_fault_busy(protocol: str, command: bytes, expected: list[bytes]):
    assert answer(protocol, command, fault="busy") == expected


@pytest.mark.parametrize(
    ("protocol", "command", "expected"),
    [
        ("mt-sics", b"SI", b"ES\r\n"),
        ("mt-sics", b"I4", b"ES\r\n"),
        ("sbi", ESC + b"P", b"   Err 30     \r\n"),
        ("and", b"Q", b"EC,E01\r\n"),
        ("ohaus", b"IP", b"ES\r\n"),
    ],
)
def test_fault_unknown(protocol: str, command: bytes, expected: bytes):
    assert answer(protocol, command, fault="unknown") == [expected]


def test_fault_unknown_sbi_long_lines_carry_the_status_id():
    assert answer("sbi", ESC + b"P", fault="unknown", sbi_chars=22) == [b"Stat     Err 30     \r\n"]


@pytest.mark.parametrize("protocol", ["mt-sics", "sbi", "and", "ohaus"])
def test_fault_silent_answers_nothing_not_even_the_stream(protocol: str):
    sim = BalanceSim(protocol, fault="silent", stream=True)
    assert sim.respond(b"SI") == []
    assert sim.poll() == []


def test_fault_garbage_puts_a_junk_line_before_each_line():
    junk, line = answer("mt-sics", b"SI", fault="garbage")
    assert line == b"S S      1.234 ct\r\n"
    assert junk.endswith(CRLF)
    assert junk[:-2]
    assert not any(bytes([byte]).isalnum() or byte in CRLF for byte in junk[:-2])


def test_fault_partial_cuts_the_line_short_then_sends_it_whole():
    assert answer("mt-sics", b"SI", fault="partial") == [
        b"S S     \r\n",
        b"S S      1.234 ct\r\n",
    ]
    assert answer("mt-sics", b"I4", fault="partial") == [
        b'I4 A "B1\r\n',
        b'I4 A "B123456789"\r\n',
    ]


def test_fault_partial_of_a_one_byte_line_is_an_empty_line():
    assert answer("and", b"Z", fault="partial") == [b"\r\n", b"\x06\r\n"]


def test_fault_cr_only():
    assert answer("and", b"Q", fault="cr_only") == [b"ST,+0001.234 ct\r"]


def test_fault_bytewise_gives_one_chunk_per_byte():
    chunks = answer("mt-sics", b"SI", fault="bytewise")
    assert chunks == [bytes([byte]) for byte in b"S S      1.234 ct\r\n"]


def test_fault_disconnect_is_taken_once():
    sim = BalanceSim(fault="disconnect")
    assert sim.respond(b"SI") == [b"S S      1.234 ct\r\n"]  # the transport cuts it
    assert sim.take_disconnect()
    assert not sim.take_disconnect()
    assert sim.fault is None


# -- over TCP ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "command", "expected"),
    [
        ("mt-sics", b"SI\r\n", b"S S      1.234 ct\r\n"),
        ("mt-sics", b"I4\r\n", b'I4 A "B123456789"\r\n'),
        ("sbi", ESC + b"P", b"+    1.234 ct \r\n"),
        ("sbi", ESC + b"x2_\r\n", b"B123456789\r\n"),
        ("and", b"Q\r\n", b"ST,+0001.234 ct\r\n"),
        ("and", b"?SN\r\n", b"SN,B123456789\r\n"),
        ("ohaus", b"IP\r", b"     1.234 ct\r\n"),
        ("ohaus", b"PSN\r\n", b"B123456789\r\n"),
    ],
)
def test_tcp_exchange(balance_sim: SimFactory, connect, protocol, command, expected):
    _sim, url = balance_sim(protocol)
    assert url.startswith("socket://127.0.0.1:")
    client = connect(url)
    client.send(command)
    assert client.line() == expected


def test_tcp_commands_split_across_writes_and_run_together(balance_sim: SimFactory, connect):
    sim, url = balance_sim("mt-sics")
    client = connect(url)
    for byte in b"S":
        client.send(bytes([byte]))
    client.send(b"I\r")
    client.send(b"\nI4\r\nZ\r\nSI\r\n")
    assert [client.line() for _ in range(4)] == [
        b"S S      1.234 ct\r\n",
        b'I4 A "B123456789"\r\n',
        b"Z A\r\n",
        b"S S      0.000 ct\r\n",
    ]
    assert sim.received == [b"SI", b"I4", b"Z", b"SI"]


def test_tcp_state_changes_show_in_the_next_answer(balance_sim: SimFactory, connect):
    sim, url = balance_sim("mt-sics")
    client = connect(url)
    sim.set(weight=Decimal("2.345"), stable=False)
    assert client.ask(b"SI") == b"S D      2.345 ct\r\n"
    sim.set(stable=True, status=Status.OVERLOAD)
    assert client.ask(b"SI") == b"S +\r\n"


def test_tcp_stable_command_on_a_moving_balance_times_out_with_s_i(balance_sim, connect):
    _sim, url = balance_sim("mt-sics", stable=False, stable_timeout=0.05)
    assert connect(url).ask(b"S") == b"S I\r\n"


def test_tcp_stable_command_answers_when_stability_comes(balance_sim: SimFactory, connect):
    sim, url = balance_sim("mt-sics", stable=False, stable_timeout=WAIT * 4)
    client = connect(url)
    client.send(b"S\r\n")
    assert sim.wait_received(1)
    sim.set(stable=True)
    assert client.line() == b"S S      1.234 ct\r\n"


def test_tcp_ohaus_stable_print_comes_later_once_stable(balance_sim: SimFactory, connect):
    sim, url = balance_sim("ohaus", stable=False, weight="0.75")
    client = connect(url)
    client.send(b"SP\r\n")
    assert sim.wait_received(1)
    sim.set(stable=True)
    assert client.line() == b"     0.750 ct\r\n"


def test_tcp_works_with_pyserial_socket_urls(balance_sim: SimFactory):
    _sim, url = balance_sim("sbi", sbi_chars=22)
    port = serial.serial_for_url(url, timeout=WAIT)
    try:
        port.write(ESC + b"P\r\n")
        assert port.read_until(CRLF) == b"N     +    1.234 ct \r\n"
    finally:
        port.close()


# -- faults over TCP ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "fault", "command", "lines"),
    [
        ("mt-sics", "busy", b"S", [b"S I\r\n"]),
        ("mt-sics", "unknown", b"SI", [b"ES\r\n"]),
        ("mt-sics", "partial", b"SI", [b"S S     \r\n", b"S S      1.234 ct\r\n"]),
        ("sbi", "partial", ESC + b"P", [b"+    1.\r\n", b"+    1.234 ct \r\n"]),
        ("and", "bytewise", b"Q", [b"ST,+0001.234 ct\r\n"]),
        ("ohaus", "bytewise", b"IP", [b"     1.234 ct\r\n"]),
    ],
)
def test_tcp_faults(balance_sim: SimFactory, connect, protocol, fault, command, lines):
    _sim, url = balance_sim(protocol, fault=fault)
    client = connect(url)
    client.send(command + CRLF)
    assert [client.line() for _ in lines] == lines


def test_tcp_fault_cr_only(balance_sim: SimFactory, connect):
    _sim, url = balance_sim("mt-sics", fault="cr_only")
    client = connect(url)
    client.send(b"SI\r\nI4\r\n")
    assert client.line(b"\r") == b"S S      1.234 ct\r"
    assert client.line(b"\r") == b'I4 A "B123456789"\r'
    assert b"\n" not in client.buffer


def test_tcp_fault_garbage(balance_sim: SimFactory, connect):
    _sim, url = balance_sim("and", fault="garbage")
    client = connect(url)
    client.send(b"Q\r\n")
    junk = client.line()
    assert not any(bytes([byte]).isalnum() for byte in junk[:-2])
    assert client.line() == b"ST,+0001.234 ct\r\n"


def test_tcp_fault_silent_answers_nothing(balance_sim: SimFactory, connect):
    sim, url = balance_sim("mt-sics", fault="silent")
    client = connect(url)
    client.send(b"SI\r\n")
    assert sim.wait_received(1)
    sim.set(fault=None)
    client.send(b"I4\r\n")
    # The first answer on the line is the second command's: SI got none.
    assert client.line() == b'I4 A "B123456789"\r\n'


def test_tcp_fault_disconnect_mid_stream_then_reconnect(balance_sim: SimFactory, connect):
    sim, url = balance_sim("mt-sics")
    client = connect(url)
    assert client.ask(b"SIR") == b"S S      1.234 ct\r\n"
    sim.set(fault="disconnect")
    rest = client.until_eof()
    assert not rest.endswith(CRLF)  # the last line was cut short
    assert rest.split(CRLF)[-1] == b"S S      "  # 9 of its 19 bytes
    assert sim.fault is None
    again = connect(url)
    assert again.line() == b"S S      1.234 ct\r\n"  # the balance still streams
    again.send(b"@\r\n")
    lines_until(again, b'I4 A "B123456789"\r\n')


def test_tcp_fault_disconnect_on_an_answer(balance_sim: SimFactory, connect):
    sim, url = balance_sim("sbi", fault="disconnect")
    client = connect(url)
    client.send(ESC + b"P")
    assert client.until_eof() == b"+    1.2"  # 8 of its 16 bytes
    assert connect(url).ask(ESC + b"x2_") == b"B123456789\r\n"
    assert sim.received == [ESC + b"P", ESC + b"x2_"]


def test_tcp_a_new_client_replaces_the_old_one(balance_sim: SimFactory, connect):
    _sim, url = balance_sim("mt-sics")
    first = connect(url)
    assert first.ask(b"I4") == b'I4 A "B123456789"\r\n'
    second = connect(url)
    assert second.ask(b"I4") == b'I4 A "B123456789"\r\n'
    assert first.until_eof() == b""


# -- streaming ---------------------------------------------------------------------------------


def lines_until(client: Client | PtyClient, wanted: bytes, most: int = 100) -> list[bytes]:
    """Lines read up to and including ``wanted`` (at most ``most`` lines)."""
    seen = []
    for _ in range(most):
        seen.append(client.line())
        if seen[-1] == wanted:
            return seen
    raise AssertionError(f"{wanted!r} never came: {seen[-5:]!r}")


def test_mt_sics_sir_streams_until_reset(balance_sim: SimFactory, connect):
    sim, url = balance_sim("mt-sics")
    client = connect(url)
    client.send(b"SIR\r\n")
    assert [client.line() for _ in range(3)] == [b"S S      1.234 ct\r\n"] * 3
    sim.set(weight="2.5", stable=False)
    lines_until(client, b"S D      2.500 ct\r\n")
    client.send(b"@\r\n")
    lines_until(client, b'I4 A "B123456789"\r\n')
    assert client.ask(b"I11") == b'I11 A "JET 1103C"\r\n'  # nothing streamed in between


@pytest.mark.parametrize(
    ("protocol", "start", "line", "stop", "stopped"),
    [
        ("and", b"SIR\r\n", b"ST,+0001.234 ct\r\n", b"C\r\n", b"\x06\r\n"),
        ("ohaus", b"CP\r\n", b"     1.234 ct\r\n", b"0P\r\nPSN\r\n", b"B123456789\r\n"),
    ],
)
def test_streams_start_and_stop(
    balance_sim: SimFactory, connect, protocol, start, line, stop, stopped
):
    _sim, url = balance_sim(protocol)
    client = connect(url)
    client.send(start)
    assert [client.line() for _ in range(3)] == [line] * 3
    client.send(stop)
    lines_until(client, stopped)
    client.send(b"?SN\r\n" if protocol == "and" else b"PV\r\n")
    assert client.line() in {b"SN,B123456789\r\n", b"JET 1103C 1.0.0\r\n"}


def test_sbi_autoprint_streams_and_esc_p_toggles_it(balance_sim: SimFactory, connect):
    sim, url = balance_sim("sbi", autoprint=True, stream=True)
    client = connect(url)
    assert [client.line() for _ in range(2)] == [b"+    1.234 ct \r\n"] * 2
    client.send(ESC + b"P")
    assert sim.wait_received(1)
    assert not sim.stream
    client.send(ESC + b"x2_")
    lines_until(client, b"B123456789\r\n")
    client.send(ESC + b"P")
    assert client.line() == b"+    1.234 ct \r\n"
    assert sim.stream


# -- over a pty --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "command", "expected"),
    [
        ("mt-sics", b"SI\r\n", b"S S      1.234 ct\r\n"),
        ("sbi", ESC + b"P", b"+    1.234 ct \r\n"),
        ("and", b"Q\r\n", b"ST,+0001.234 ct\r\n"),
        ("ohaus", b"IP\r\n", b"     1.234 ct\r\n"),
    ],
)
def test_pty_exchange(balance_sim_pty: SimFactory, connect, protocol, command, expected):
    _sim, path = balance_sim_pty(protocol)
    assert os.path.exists(path)
    client = connect(path)
    client.send(command)
    assert client.line() == expected


def test_pty_stream_and_bytewise(balance_sim_pty: SimFactory, connect):
    _sim, path = balance_sim_pty("mt-sics", fault="bytewise")
    client = connect(path)
    client.send(b"SIR\r\n")
    assert [client.line() for _ in range(3)] == [b"S S      1.234 ct\r\n"] * 3


def test_pty_works_with_pyserial(balance_sim_pty: SimFactory):
    _sim, path = balance_sim_pty("and")
    port = serial.Serial(path, 9600, timeout=WAIT)
    try:
        port.write(b"?SN\r\n")
        assert port.read_until(CRLF) == b"SN,B123456789\r\n"
    finally:
        port.close()


def read_until_hang_up(client: PtyClient) -> bytes:
    """What the pty gave before the simulator closed its side (EOF or EIO, by platform)."""
    received = b""
    while True:
        try:
            data = client.read()
        except OSError:  # Linux: EIO once the other side is closed
            return received
        if not data:  # macOS: end of file
            return received
        received += data


def test_pty_disconnect_ends_the_session(balance_sim_pty: SimFactory, connect):
    sim, path = balance_sim_pty("mt-sics")
    client = connect(path)
    sim.set(fault="disconnect")
    client.send(b"SI\r\n")
    # Closing a pty may discard what the client had not read yet: at most the cut line came.
    assert b"S S      ".startswith(read_until_hang_up(client))
    assert sim.fault is None


# -- stopping cleanly --------------------------------------------------------------------------


def test_serve_tcp_stops_cleanly(connect):
    sim = BalanceSim("mt-sics", stream=True)
    with serve_tcp(sim) as url:
        client = connect(url)
        assert client.line() == b"S S      1.234 ct\r\n"
        assert sim_threads()
    assert sim_threads() == []
    client.until_eof()
    with pytest.raises(ConnectionRefusedError):
        Client(url)


def test_serve_pty_stops_cleanly(connect):
    sim = BalanceSim("mt-sics")
    with serve_pty(sim) as path:
        client = connect(path)
        client.send(b"I4\r\n")
        assert client.line() == b'I4 A "B123456789"\r\n'
    assert sim_threads() == []
    assert read_until_hang_up(client) == b""


def test_the_fixtures_stop_what_they_started(balance_sim: SimFactory, balance_sim_pty):
    balance_sim("mt-sics")
    balance_sim("sbi")
    balance_sim_pty("and")
    assert len(sim_threads()) == 3


def test_every_fault_is_rendered_or_served():
    assert set(FAULTS) == {
        "busy",
        "silent",
        "garbage",
        "partial",
        "cr_only",
        "bytewise",
        "unknown",
        "disconnect",
        "drop_byte",  # test_capture_rules
    }


# -- the command a person runs -----------------------------------------------------------------


def test_controls_change_the_state():
    sim = BalanceSim("mt-sics")
    assert "2.345 ct on the display" in control(sim, "w 2.345")
    assert "moving" in control(sim, "unstable")
    assert "overload" in control(sim, "overload")
    assert "fault busy" in control(sim, "fault busy")
    assert "fault none" in control(sim, "fault none")
    control(sim, "ok")
    control(sim, "stable")
    assert sim.respond(b"SI") == [b"S S      2.345 ct\r\n"]
    control(sim, "tare")
    assert sim.tare == Decimal("2.345")
    control(sim, "clear")
    control(sim, "zero")
    assert sim.weight == 0
    control(sim, "unit g")
    control(sim, "stream on")
    assert sim.stream
    assert control(sim, "w 1,5").startswith("not done: weight must be a number")
    assert control(sim, "fault melted").startswith("not done: fault must be one of")
    assert control(sim, "jump").startswith("not a control")
    assert "fault NAME" in control(sim, "help")
    assert control(sim, "quit") is None
    assert control(sim, "") == ""


def test_main_refuses_a_bad_weight(capsys):
    assert main(["--tcp", "0", "--weight", "1,5"]) == 1
    assert "weight must be a number" in capsys.readouterr().err


def test_python_m_sim_serves_and_takes_controls(connect):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with subprocess.Popen(
        [sys.executable, "-m", "sortapp.balances.sim", "--protocol", "mt-sics", "--tcp", "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("mt-sics balance simulator: connect to socket://127.0.0.1:")
        url = first.split("connect to ")[1].strip()
        process.stdout.readline()  # "type help ..."
        client = connect(url)
        assert client.ask(b"SI") == b"S S      1.234 ct\r\n"
        process.stdin.write("w 2.345\n")
        process.stdin.flush()
        assert "2.345 ct on the display" in process.stdout.readline()
        assert client.ask(b"SI") == b"S S      2.345 ct\r\n"
        process.stdin.write("quit\n")
        process.stdin.flush()
        assert process.wait(timeout=WAIT * 2) == 0
        assert client.until_eof() == b""
