"""A balance through pyserial, against the simulator over TCP and a pty, for each protocol."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sortapp.balances.device import (
    Balance,
    BalanceDisconnected,
    BalanceError,
    BalanceNoAnswer,
    BalanceRefused,
    BalanceUnstable,
    open_balance,
)
from sortapp.balances.protocols import PortSettings
from sortapp.balances.reading import DeviceInfo, Reading, Status

PROTOCOLS = ("mt-sics", "sbi", "and", "ohaus")
D = Decimal


@pytest.fixture
def later() -> Iterator[list[threading.Thread]]:
    """Threads a test starts to change the simulator while a call waits; joined at teardown."""
    threads: list[threading.Thread] = []
    yield threads
    for thread in threads:
        thread.join(timeout=10)
        assert not thread.is_alive()


def when_received(sim, count: int, later: list[threading.Thread], **state) -> None:
    """Set ``state`` on ``sim`` once it has received ``count`` commands (from a thread)."""

    def run() -> None:
        if sim.wait_received(count, timeout=10):
            sim.set(**state)

    thread = threading.Thread(target=run)
    later.append(thread)
    thread.start()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_identify_read_zero_tare_over_tcp(balance_sim, protocol):
    sim, url = balance_sim(protocol, weight=D("1.234"))
    with Balance(url, protocol, timeout=2) as balance:
        info = balance.identify()
        assert info.serial_no == "B123456789"
        reading = balance.read()
        assert (reading.value, reading.unit, reading.stable, reading.status) == (
            D("1.234"),
            "ct",
            True,
            Status.OK,
        )
        assert reading.raw.endswith(b"\r\n")
        sim.set(stable=False)
        assert balance.read().stable is False
        sim.set(stable=True)
        balance.tare()
        assert sim.tare == D("1.234")
        sim.set(weight=D("2.000"))
        assert balance.read_stable(5).value == D("0.766")
        balance.zero()
        assert balance.read().value == 0
    assert balance.closed


def test_mt_sics_identity_in_full(balance_sim):
    _sim, url = balance_sim("mt-sics")
    with Balance(url, "mt-sics") as balance:
        assert balance.identify() == DeviceInfo("JET 1103C", "B123456789", "1.0.0", "SORT-1")


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_over_a_pty(balance_sim_pty, protocol):
    sim, path = balance_sim_pty(protocol, weight=D("0.517"))
    assert path.startswith("/dev/")
    with Balance(path, protocol, timeout=2) as balance:
        assert balance.identify().serial_no == "B123456789"
        assert balance.read().value == D("0.517")
        sim.set(fault="bytewise")
        assert balance.read().value == D("0.517")


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_read_stable_waits_for_stability(balance_sim, later, protocol):
    sim, url = balance_sim(protocol, stable=False)
    when_received(sim, 2, later, stable=True)  # settles while the call waits
    with Balance(url, protocol, timeout=2) as balance:
        reading = balance.read_stable(10)
    assert reading.stable and reading.value == D("1.234")


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_read_stable_gives_up_on_a_balance_that_stays_unstable(balance_sim, protocol):
    _sim, url = balance_sim(protocol, stable=False, stable_timeout=0.1)
    with (
        Balance(url, protocol, timeout=1) as balance,
        pytest.raises(BalanceUnstable, match=r"stayed unstable for 0\.5 s"),
    ):
        balance.read_stable(0.5)


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(
    ("status", "words"), [("overload", "overloaded"), ("underload", "below zero")]
)
def test_read_stable_refuses_out_of_range(balance_sim, protocol, status, words):
    sim, url = balance_sim(protocol)
    sim.set(status=Status(status))
    with Balance(url, protocol, timeout=2) as balance:
        assert balance.read().status is Status(status)
        with pytest.raises(BalanceUnstable, match=words):
            balance.read_stable(5)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_busy_balance_reads_busy(balance_sim, protocol):
    sim, url = balance_sim(protocol, fault="busy")
    sim.set(status=Status.BUSY)
    with Balance(url, protocol, timeout=2) as balance:
        assert balance.read().status is Status.BUSY


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_silent_balance_does_not_answer(balance_sim, protocol):
    _sim, url = balance_sim(protocol, fault="silent")
    with Balance(url, protocol, timeout=0.3) as balance:
        with pytest.raises(BalanceNoAnswer, match=r"does not answer: check the cable"):
            balance.read()
        with pytest.raises(BalanceNoAnswer):
            balance.identify()


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("fault", ["garbage", "partial", "cr_only", "bytewise"])
def test_noisy_lines_still_read_right(balance_sim, protocol, fault):
    _sim, url = balance_sim(protocol, weight=D("3.21"), fault=fault)
    with Balance(url, protocol, timeout=2) as balance:
        for _ in range(3):
            reading = balance.read()
            assert (reading.value, reading.unit, reading.stable) == (D("3.210"), "ct", True)
        assert balance.read_stable(5).value == D("3.210")


@pytest.mark.parametrize(
    ("protocol", "code"), [("mt-sics", "ES"), ("and", "E01"), ("ohaus", "ES"), ("sbi", "Err 30")]
)
def test_unknown_commands_are_refused_in_words(balance_sim, protocol, code):
    _sim, url = balance_sim(protocol, fault="unknown")
    with (
        Balance(url, protocol, timeout=2) as balance,
        pytest.raises(BalanceRefused, match=rf"refused the command \({code}\).*protocol"),
    ):
        balance.read()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_disconnect_mid_line_then_reconnect(balance_sim, protocol):
    sim, url = balance_sim(protocol)
    with Balance(url, protocol, timeout=2) as balance:
        assert balance.read().value == D("1.234")
        sim.set(fault="disconnect")
        with pytest.raises(BalanceDisconnected, match="disconnected"):
            balance.read()
        assert balance.closed
        with pytest.raises(BalanceDisconnected):
            balance.read()
    with Balance(url, protocol, timeout=2) as again:  # the bridge takes a new connection
        assert again.read().value == D("1.234")


def test_disconnect_on_a_pty(balance_sim_pty):
    sim, path = balance_sim_pty("mt-sics")
    with Balance(path, "mt-sics", timeout=2) as balance:
        assert balance.read().value == D("1.234")
        sim.set(fault="disconnect")
        with pytest.raises(BalanceDisconnected, match="disconnected"):
            balance.read()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_unasked_lines_do_not_answer_commands(balance_sim, protocol):
    """A streaming balance's line (or its print key's) just before each answer: identify,
    zero and tare still take their own answers, and the readings heard are kept aside."""
    sim, url = balance_sim(protocol, stream=True)
    original = sim.respond
    stream_line = {
        "mt-sics": b"S D      7.777 ct\r\n",
        "sbi": b"+    7.777    \r\n",
        "and": b"US,+0007.777 ct\r\n",
        "ohaus": b"     7.777 ct ?\r\n",
    }[protocol]

    def respond(line: bytes) -> list[bytes]:
        answer = original(line)
        return [stream_line, *answer] if answer else []

    sim.respond = respond  # type: ignore[method-assign]
    with Balance(url, protocol, timeout=2) as balance:
        info = balance.identify()
        assert info.serial_no == "B123456789"
        assert (info.software if protocol == "ohaus" else info.model).startswith("JET 1103C")
        assert [r.value for r in balance.heard][:1] == [D("7.777")]
        balance.tare()
        assert sim.tare == D("1.234")
        sim.set(weight=D("0.004"))
        balance.zero()
        assert (sim.weight, sim.tare) == (0, 0)
        if protocol == "mt-sics":  # names its answers: the refusal is found among the lines
            sim.set(stable=False, stable_timeout=0.2)
            with pytest.raises(BalanceRefused, match=r"could not zero"):
                balance.zero()


def test_an_answer_naming_another_command_is_not_taken(balance_sim):
    """MT-SICS names the command an answer is for: a late "T I" does not answer "Z"."""
    sim, url = balance_sim("mt-sics")
    with Balance(url, "mt-sics", timeout=2) as balance:
        original = sim.respond

        def respond(line: bytes) -> list[bytes]:
            extra = [b"T I\r\n", b"S S      9.999 ct\r\n"] if line.startswith(b"Z") else []
            return extra + original(line)

        sim.respond = respond  # type: ignore[method-assign]
        balance.zero()
        assert balance.last_heard is not None and balance.last_heard.value == D("9.999")


def test_zero_refused_in_words(balance_sim):
    _sim, url = balance_sim("mt-sics", stable=False, stable_timeout=0.1)
    with (
        Balance(url, "mt-sics", timeout=2) as balance,
        pytest.raises(BalanceRefused, match=r"could not zero.*\(I\); wait until it is still"),
    ):
        balance.zero()
    _sim2, url2 = balance_sim("and", stable=False, stable_timeout=0.1)
    with Balance(url2, "and", timeout=2) as balance, pytest.raises(BalanceRefused, match=r"E11"):
        balance.tare()


def test_a_port_that_cannot_open(tmp_path):
    with pytest.raises(BalanceError, match=r"cannot open the balance's port .*check the port"):
        Balance(str(tmp_path / "ttyUSB9"), "mt-sics")
    for url in ("abc://", "loop://?logging=zz", "socket://[::1", "hwgrep://no-such-port"):
        with pytest.raises(BalanceError, match=r"cannot open the balance"):
            Balance(url, "mt-sics")
    with pytest.raises(BalanceError, match="no balance protocol called 'xyz'"):
        Balance("loop://", "xyz")


def test_a_port_that_echoes_is_no_balance():
    with (
        Balance("loop://", "mt-sics", timeout=0.2) as balance,
        pytest.raises(BalanceNoAnswer, match="at loop:// does not answer"),
    ):
        balance.read()


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_auto_detects_each_protocol_by_asking(balance_sim, protocol):
    _sim, url = balance_sim(protocol, weight=D("0.250"))
    with open_balance(url, "auto", timeout=1, listen=0.2) as balance:
        assert balance.protocol.name == protocol
        assert not balance.passive
        assert balance.read().value == D("0.250")


@pytest.mark.parametrize("protocol", ["mt-sics", "and", "ohaus"])
def test_auto_detects_a_stream_by_listening_and_then_listens(balance_sim, protocol):
    sim, url = balance_sim(protocol, stream=True, fault="unknown")  # commands all refused
    with open_balance(url, "auto", timeout=1, listen=2) as balance:
        assert balance.protocol.name == protocol
        assert balance.passive
        assert balance.read().value == D("1.234")
        assert balance.read_stable(5).value == D("1.234")
    assert sim.received == []  # it only listened


def test_auto_with_nothing_answering():
    with pytest.raises(BalanceNoAnswer, match=r"does not answer in any protocol"):
        open_balance("loop://", timeout=0.2, listen=0.1)


def test_settings_given_are_used(balance_sim):
    _sim, url = balance_sim("sbi")
    modern = PortSettings(9600, 8, "N", 1)
    with open_balance(url, "sbi", modern) as balance:
        assert balance.settings == modern
        assert balance.read().value == D("1.234")


def test_auto_over_a_pty_sets_each_protocol_s_line(balance_sim_pty):
    """On a serial device each protocol's own line settings are tried (and listened on)."""
    _sim, path = balance_sim_pty("and")
    with open_balance(path, "auto", timeout=1, listen=0.1) as balance:
        assert balance.protocol.name == "and"
        assert balance.settings == PortSettings(2400, 7, "E", 1)
        assert balance.read().value == D("1.234")


def test_identity_questions_refused_leave_their_fields_blank(balance_sim):
    sim, url = balance_sim("mt-sics")
    original = sim.respond

    def respond(line: bytes) -> list[bytes]:
        return [b"ES\r\n"] if line.startswith((b"I2", b"I10")) else original(line)

    sim.respond = respond  # type: ignore[method-assign]
    with Balance(url, "mt-sics") as balance:
        assert balance.identify() == DeviceInfo(serial_no="B123456789", software="1.0.0")


def test_a_print_key_line_waiting_is_not_the_answer(balance_sim):
    """A line the balance sent before a command (its print key) is set aside, not taken as the
    command's answer."""
    sim, url = balance_sim("mt-sics")
    original = sim.respond

    def respond(line: bytes) -> list[bytes]:
        if line.startswith(b"Z"):  # the print key pressed just after zeroing: one write
            return [b"".join(original(line)) + b"S S      9.999 ct\r\n"]
        return original(line)

    sim.respond = respond  # type: ignore[method-assign]
    with Balance(url, "mt-sics") as balance:
        balance.zero()
        assert balance.read().value == 0
        assert [r.value for r in balance.heard] == [D("9.999")]


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=200), st.sampled_from(PROTOCOLS))
def test_any_bytes_from_the_line_give_a_reading_or_a_balance_error(data, protocol):
    """Whatever comes down the line (here fed back through loop://), a call returns a reading
    or raises a BalanceError, nothing else."""
    fast = PortSettings(115200)  # loop:// takes as long to write as the baud rate would
    with Balance("loop://", protocol, fast, timeout=0.05) as balance:
        balance._send(data)  # loop:// hands it back as if the balance had sent it
        for call in (balance.read, balance.identify, balance.zero):
            try:
                result = call()
            except BalanceError:
                continue
            assert result is None or isinstance(result, (Reading, DeviceInfo))


def test_a_balance_printing_on_its_key_is_told_to_print_again():
    """A balance that sends a line only when its PRINT key is pressed, pressed once: the
    capture needs two agreeing lines, and says so (not "unstable")."""
    with Balance("loop://", "sbi", timeout=0.3, passive=True) as balance:
        pressed = [b"+    1.234 ct \r\n"]  # the key pressed once, once the capture is asked
        forget_earlier = balance._waiting

        def asked() -> None:
            forget_earlier()
            balance._port.write(b"".join(pressed))

        balance._waiting = asked  # type: ignore[method-assign]
        with pytest.raises(BalanceUnstable, match="press the balance's PRINT key again"):
            balance.read_stable(0.5)
        pressed.append(pressed[0])  # pressed twice
        assert balance.read_stable(0.5).value == D("1.234")


def test_noise_still_counted_is_logged_as_the_balance_closes(caplog):
    """A balance at a wrong baud rate, unplugged or closed while its noise is being counted:
    how many over-long lines it sent is logged as the port closes, not lost."""
    caplog.set_level(logging.INFO, logger="sortapp.balances.lines")
    with socket.create_server(("127.0.0.1", 0)) as server:
        url = f"socket://127.0.0.1:{server.getsockname()[1]}"
        balance = Balance(url, "sbi", timeout=0.3, passive=True)
        conn, _ = server.accept()
        with conn:
            conn.sendall((b"x" * 300 + b"\r\n") * 3)
            with pytest.raises(BalanceNoAnswer):
                balance.read()
            assert [r.getMessage().split(" (")[0] for r in caplog.records] == [
                "balance line: discarded an over-long line"
            ]
            balance.close()
    assert (
        caplog.records[-1]
        .getMessage()
        .startswith("balance line: 3 over-long line(s) in a row discarded")
    )
