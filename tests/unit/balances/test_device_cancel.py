"""``Balance.cancel`` from another thread, a busy balance's refusal in words, identity answers cut
short, and the ``generic`` protocol, against the simulator."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
import serial

from sortapp.balances import device
from sortapp.balances.device import (
    Balance,
    BalanceCancelled,
    BalanceError,
    BalanceUnstable,
    open_balance,
    protocol_named,
)
from sortapp.balances.protocols import GenericProfile, PortSettings
from sortapp.balances.reading import DeviceInfo

PROTOCOLS = ("mt-sics", "sbi", "and", "ohaus")
D = Decimal


@pytest.fixture
def helpers() -> Iterator[list[threading.Thread]]:
    """Threads a test starts; joined at teardown."""
    threads: list[threading.Thread] = []
    yield threads
    for thread in threads:
        thread.join(timeout=10)
        assert not thread.is_alive()


def cancel_when(
    ready: Callable[[], bool], balance: Balance, threads: list[threading.Thread]
) -> None:
    """Call ``balance.cancel()`` from another thread once ``ready()`` (a blocking wait) is true."""

    def run() -> None:
        if ready():
            balance.cancel()

    thread = threading.Thread(target=run)
    threads.append(thread)
    thread.start()


# -- cancel ------------------------------------------------------------------------------------


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_cancel_stops_a_read_stable_in_progress(balance_sim, helpers, protocol):
    sim, url = balance_sim(protocol, stable=False, stable_timeout=0.05)
    balance = Balance(url, protocol, timeout=60)
    try:
        cancel_when(lambda: sim.wait_received(2, timeout=10), balance, helpers)
        with pytest.raises(BalanceCancelled):
            balance.read_stable(600)  # without cancel: 10 minutes, then BalanceUnstable
        assert balance.cancelled
    finally:
        balance.close()
    assert balance.closed


def test_cancel_stops_a_read_the_balance_does_not_answer(balance_sim, helpers):
    sim, url = balance_sim("mt-sics", fault="silent")
    with Balance(url, "mt-sics", timeout=600) as balance:
        cancel_when(lambda: sim.wait_received(1, timeout=10), balance, helpers)
        with pytest.raises(BalanceCancelled):
            balance.read()


def test_cancel_stops_listening_to_a_quiet_balance(balance_sim, helpers):
    """A passive balance (the generic default: listened to) that sends nothing."""
    _sim, url = balance_sim("mt-sics")
    balance = Balance(url, "generic", timeout=600)
    started = threading.Event()
    listen = balance._lines_within

    def lines_within(seconds: float) -> Iterator[bytes]:
        started.set()
        return listen(seconds)

    balance._lines_within = lines_within  # type: ignore[method-assign]
    try:
        cancel_when(lambda: started.wait(timeout=10), balance, helpers)
        with pytest.raises(BalanceCancelled):
            balance.read()
    finally:
        balance.close()


@pytest.mark.parametrize("call", ["read", "identify", "zero", "tare"])
def test_every_call_after_cancel_is_cancelled(balance_sim, call):
    sim, url = balance_sim("mt-sics")
    with Balance(url, "mt-sics", timeout=2) as balance:
        balance.cancel()
        with pytest.raises(BalanceCancelled, match="cancelled"):
            getattr(balance, call)()
        with pytest.raises(BalanceCancelled):
            balance.read_stable(1)
    assert balance.closed and sim.received == []


def test_cancel_is_a_balance_error_and_stops_auto_detection(balance_sim, monkeypatch):
    assert issubclass(BalanceCancelled, BalanceError)
    _sim, url = balance_sim("and", fault="silent")
    heard = device._heard_protocol

    def cancel_while_listening(balance, candidates, listen):
        balance.cancel()
        return heard(balance, candidates, listen)

    monkeypatch.setattr(device, "_heard_protocol", cancel_while_listening)
    with pytest.raises(BalanceCancelled):
        open_balance(url, "auto", timeout=600, listen=600)


# -- a busy balance ----------------------------------------------------------------------------


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_read_stable_on_a_busy_balance_says_busy(balance_sim, protocol):
    _sim, url = balance_sim(protocol, fault="busy")
    with Balance(url, protocol, timeout=2) as balance, pytest.raises(BalanceUnstable) as caught:
        balance.read_stable(0.3)
    assert "the balance is busy (taring or adjusting): wait and capture again" in str(caught.value)
    assert "stayed unstable" not in str(caught.value)


def test_read_stable_unstable_to_the_end_still_says_unstable(balance_sim):
    """MT-SICS answers ``S I`` to ``S`` when it does not settle in its own time: unstable."""
    _sim, url = balance_sim("mt-sics", stable=False, stable_timeout=0.05)
    unstable = r"stayed unstable for 0.3 s \(last: 1.234 ct\)"
    with (
        Balance(url, "mt-sics", timeout=2) as balance,
        pytest.raises(BalanceUnstable, match=unstable),
    ):
        balance.read_stable(0.3)


# -- identity answers cut short ----------------------------------------------------------------


def test_a_framed_identity_cut_short_is_refused_and_the_whole_one_taken(balance_sim):
    _sim, url = balance_sim("mt-sics", fault="partial")
    with Balance(url, "mt-sics", timeout=2) as balance:
        assert balance.identify() == DeviceInfo("JET 1103C", "B123456789", "1.0.0", "SORT-1")


@pytest.mark.parametrize("protocol", ["sbi", "and", "ohaus"])
def test_a_bare_identity_cut_short_is_not_taken_as_the_serial(balance_sim, protocol):
    sim, url = balance_sim(protocol, fault="partial")
    with Balance(url, protocol, timeout=2) as balance:
        with pytest.raises(BalanceError, match="serial number differently each time"):
            balance.identify()
        sim.set(fault=None)
        assert balance.identify().serial_no == "B123456789"


@pytest.mark.parametrize("protocol", ["sbi", "and", "ohaus"])
def test_a_bare_identity_is_asked_twice(balance_sim, protocol):
    sim, url = balance_sim(protocol)
    with Balance(url, protocol, timeout=2) as balance:
        assert balance.identify().serial_no == "B123456789"
    serial_question = protocol_named(protocol).cmd_identify()[0]
    assert [line.rstrip(b"\r\n") for line in sim.received].count(serial_question) == 2


# -- the generic protocol ----------------------------------------------------------------------


def test_generic_by_name_listens_with_its_default_pattern(balance_sim):
    sim, url = balance_sim("and", stream=True, weight=D("0.517"))
    assert protocol_named("generic").name == "generic"
    with Balance(url, "generic", timeout=2) as balance:
        assert balance.passive
        reading = balance.read()
        assert (reading.value, reading.unit, reading.stable) == (D("0.517"), "ct", True)
        sim.set(stable=False)
        with pytest.raises(BalanceUnstable, match="stayed unstable"):
            balance.read_stable(0.5)
    assert sim.received == []  # listened to, never asked


def test_generic_with_a_profile_of_its_own_asks(balance_sim):
    sim, url = balance_sim("mt-sics", weight=D("2.5"))
    profile = GenericProfile(
        r"S (?P<stable>[SD]) +(?P<value>[0-9.]+) (?P<unit>ct)", ("S",), read=b"SI"
    )
    with Balance(url, profile, timeout=2) as balance:
        assert not balance.passive
        reading = balance.read()
        assert (reading.value, reading.unit, reading.stable) == (D("2.500"), "ct", True)
    assert sim.received == [b"SI"]


@pytest.mark.parametrize("pattern", ["(", r"[0-9.]+"])
def test_generic_with_a_bad_pattern_is_a_balance_error(pattern):
    with pytest.raises(BalanceError, match="pattern cannot be used"):
        Balance("loop://", GenericProfile(pattern))


# -- a pty at 7 data bits ----------------------------------------------------------------------


def test_line_settings_a_port_refuses_are_said_in_words(monkeypatch):
    """Linux refuses 7 bits or parity on a pty when nothing else changes (errno 22)."""

    def refuse(url, **_kw):
        raise device._termios_error(22, "Invalid argument")

    monkeypatch.setattr(serial, "serial_for_url", refuse)
    with pytest.raises(BalanceError) as caught:
        Balance("/dev/pts/9", "and")
    message = str(caught.value)
    assert message.startswith("the port /dev/pts/9 refused the line settings 2400 baud 7E1")
    assert "(Invalid argument)" in message and "serve the simulator over TCP" in message


def test_a_pty_opened_again_at_7_bits_reads_or_says_why(balance_sim_pty):
    """The same 7-bit settings twice on one pty: Linux 6.x refuses the second open (nothing
    changes); either way the result is a reading or that clear error, never another."""
    _sim, path = balance_sim_pty("and")
    settings = PortSettings(2400, 7, "E", 1)
    with Balance(path, "and", settings, timeout=2) as balance:
        assert balance.read().value == D("1.234")
    try:
        again = Balance(path, "and", settings, timeout=2)
    except BalanceError as exc:
        assert "refused the line settings 2400 baud 7E1" in str(exc)
    else:
        with again:
            assert again.read().value == D("1.234")
