"""What may become a recorded weight: the net only (gross and tare lines set aside), two stable
readings in a row that agree (a byte lost on an 8N1 line is caught), widths where a format fixes
them, and no Decimal, however odd, raising anything but the documented ``ValueError``."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from decimal import Context, Decimal, localcontext

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sortapp.balances.device import Balance, BalanceRefused, BalanceUnstable
from sortapp.balances.protocols import OhausPrint, Sbi
from sortapp.balances.reading import Reading, Status, capture_refusal, reading_mct
from sortapp.balances.sim import BalanceSim

D = Decimal
ESC = b"\x1b"


def tared(protocol: str, **state: object) -> dict[str, object]:
    """A simulator's state with 1.734 ct on the pan, 0.500 ct of it tared: net 1.234."""
    return {"weight": D("1.734"), "tare": D("0.500"), "gross_tare": True, **state}


# -- 1. gross and tare lines are not the net ---------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "line", "kind"),
    [
        ("sbi", b"G#    +    1.734 ct \r\n", "gross"),
        ("sbi", b"T     +    0.500 ct \r\n", "tare"),
        ("ohaus", b"     0.500 ct T\r\n", "tare"),
        ("ohaus", b"     1.734 ct G\r\n", "gross"),
    ],
)
def test_a_gross_or_tare_line_is_refused_in_words(protocol, line, kind):
    parser = Sbi() if protocol == "sbi" else OhausPrint()
    reading = parser.parse(line)
    assert isinstance(reading, Reading) and reading.kind == kind and reading.stable
    why = capture_refusal(reading)
    assert why is not None and why.startswith(f"the balance sent its {kind} weight, not the net")
    with pytest.raises(ValueError, match="not the net"):
        reading_mct(reading)


def test_the_net_line_of_a_block_is_captured():
    net = Sbi().parse(b"N     +    1.234 ct \r\n")
    assert isinstance(net, Reading) and capture_refusal(net) is None and reading_mct(net) == 1234
    legended = OhausPrint().parse(b"     1.234 ct NET\r\n")
    assert isinstance(legended, Reading) and reading_mct(legended) == 1234


def test_the_simulator_prints_gross_tare_and_net():
    sbi = BalanceSim("sbi", **tared("sbi"))  # type: ignore[arg-type]
    assert sbi.respond(ESC + b"P") == [
        b"G#    +    1.734 ct \r\n",
        b"T     +    0.500 ct \r\n",
        b"N     +    1.234 ct \r\n",
    ]
    ohaus = BalanceSim("ohaus", **tared("ohaus"))  # type: ignore[arg-type]
    assert ohaus.respond(b"IP") == [
        b"     1.734 ct G\r\n",
        b"     0.500 ct T\r\n",
        b"     1.234 ct NET\r\n",
    ]


@pytest.mark.parametrize("protocol", ["sbi", "ohaus"])
def test_read_and_read_stable_wait_for_the_net_line(balance_sim, protocol):
    _sim, url = balance_sim(protocol, **tared(protocol))
    with Balance(url, protocol, timeout=2) as balance:
        reading = balance.read()
        assert (reading.value, reading.kind) == (D("1.234"), "net")
        assert [(r.kind, r.value) for r in balance.heard][:2] == [
            ("gross", D("1.734")),
            ("tare", D("0.500")),
        ]
        stable = balance.read_stable(5)
        assert (stable.value, stable.kind) == (D("1.234"), "net")
        assert reading_mct(stable) == 1234


@pytest.mark.parametrize("protocol", ["sbi", "ohaus"])
def test_a_stream_of_blocks_gives_the_net(balance_sim, protocol):
    _sim, url = balance_sim(protocol, stream=True, **tared(protocol))
    with Balance(url, protocol, timeout=2, passive=True) as balance:
        assert balance.read().value == D("1.234")
        assert balance.read_stable(5).value == D("1.234")


def test_a_balance_printing_only_its_gross_is_refused_in_words(balance_sim):
    sim, url = balance_sim("sbi", **tared("sbi"))
    original = sim.respond

    def respond(line: bytes) -> list[bytes]:
        return [chunk for chunk in original(line) if not chunk.startswith(b"N ")]

    sim.respond = respond  # type: ignore[method-assign]
    with Balance(url, "sbi", timeout=0.5) as balance:
        with pytest.raises(BalanceRefused, match="sent its tare weight, not the net"):
            balance.read()
        with pytest.raises(BalanceRefused, match="not the net"):
            balance.read_stable(2)


# -- 2. a byte lost on the line ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "state"),
    [
        ("mt-sics", {}),
        ("ohaus", {}),
        ("and", {}),
        ("sbi", {}),
        ("sbi", {"sbi_chars": 22}),
    ],
)
def test_a_byte_lost_does_not_give_a_wrong_weight(balance_sim, protocol, state):
    sim, url = balance_sim(protocol, weight=D("12.345"), **state)
    with Balance(url, protocol, timeout=1) as balance:
        assert balance.read().value == D("12.345")
        sim.set(fault="drop_byte")
        assert balance.read_stable(5).value == D("12.345")
        assert sim.fault is None  # the byte was lost (once)


@pytest.mark.parametrize("protocol", ["mt-sics", "ohaus"])
def test_a_byte_lost_in_a_stream_does_not_give_a_wrong_weight(balance_sim, protocol):
    sim, url = balance_sim(protocol, weight=D("12.345"), stream=True, fault="drop_byte")
    with Balance(url, protocol, timeout=2, passive=True) as balance:
        assert balance.read_stable(5).value == D("12.345")
    assert sim.fault is None


def test_the_simulator_loses_a_byte_of_the_value_once():
    sim = BalanceSim("mt-sics", weight=D("12.345"), fault="drop_byte")
    assert sim.respond(b"I4") == [b'I4 A "B123456789"\r\n']  # not a weight: kept whole
    assert sim.respond(b"SI") == [b"S S     2.345 ct\r\n"]
    assert sim.respond(b"SI") == [b"S S     12.345 ct\r\n"]


@pytest.mark.parametrize(
    "line",
    [
        b"N     +   2.345 ct \r\n",  # "N     +   12.345 ct " with a byte lost
        b"N     +  12.345 ct \r\n",  # a space lost
        b"N     +   12.345 ct  \r\n",  # one too many
        b"+   12.345 ct\r\n",  # a 16-character line, its unit's space lost
        b"N +   12.345 ct \r\n",  # an ID code on a 16-character line
        b"    +   12.345 ct \r\n",  # 22 characters' width without an ID code
    ],
)
def test_sbi_lines_of_another_width_are_not_weights(line):
    assert Sbi().parse(line) is None


def test_sbi_lines_of_their_width_still_read():
    assert Sbi().parse(b"N     +   12.345 ct \r\n") == Reading(
        D("12.345"), "ct", True, Status.OK, b"N     +   12.345 ct \r\n"
    )
    assert Sbi().parse(b"+   12.345 ct \r\n") is not None


def test_two_stable_readings_that_never_agree_are_refused(balance_sim):
    """Stable each time but never the same twice in a row (a line losing bytes): no weight."""
    sim, url = balance_sim("mt-sics")
    values = itertools.cycle(["1.234", "1.334"])

    def respond(line: bytes) -> list[bytes]:
        return [f"S S {next(values):>10} ct\r\n".encode()]

    sim.respond = respond  # type: ignore[method-assign]
    with (
        Balance(url, "mt-sics", timeout=1) as balance,
        pytest.raises(BalanceUnstable, match=r"did not agree twice in a row.*check the cable"),
    ):
        balance.read_stable(0.5)


def test_a_stable_weight_is_asked_twice(balance_sim):
    sim, url = balance_sim("mt-sics")
    with Balance(url, "mt-sics", timeout=1) as balance:
        assert balance.read_stable(5).value == D("1.234")
    assert [line.rstrip(b"\r\n") for line in sim.received] == [b"SI", b"S"]


# -- 3. no Decimal raises ----------------------------------------------------------------------

ODD = ["1e30", "-1e30", "NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "1E-1000000", "1e-3"]
ODD += ["1" * 40, "0." + "1" * 40, "1" * 40 + ".000", "999999999.999", "1000000000", "-0"]


def _check(value: Decimal, unit: str, stable: bool, kind: str) -> None:
    reading = Reading(value, unit, stable, Status.OK, b"", kind)
    why = capture_refusal(reading)
    assert why is None or isinstance(why, str)
    try:
        mct = reading_mct(reading)
    except ValueError:
        assert why is not None
        return
    with localcontext(Context()):
        assert why is None and isinstance(mct, int) and D(mct) == value * 1000


@pytest.mark.parametrize("text", ODD)
def test_odd_decimals_are_refused_in_words(text):
    _check(D(text), "ct", True, "net")
    with localcontext(Context(prec=3)):  # whatever context the caller runs in
        _check(D(text), "ct", True, "net")


def test_the_bounds_in_words():
    def why(text: str) -> str | None:
        return capture_refusal(Reading(D(text), "ct", True, Status.OK, b""))

    assert why("1e30") == "the balance sent 1E+30 ct, which no balance weighs: check the cable"
    assert why("NaN") is not None and "no balance weighs" in why("NaN")  # type: ignore[operator]
    assert why("999999999.999") is None
    assert reading_mct(Reading(D("999999999.999"), "ct", True, Status.OK, b"")) == 999999999999


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.decimals(allow_nan=True, allow_infinity=True),
        st.from_regex(r"\A[+-]?[0-9]{0,45}(\.[0-9]{0,45})?([eE][+-]?[0-9]{1,7})?\Z")
        .filter(lambda text: any(c.isdigit() for c in text.split("e")[0].split("E")[0]))
        .map(Decimal),
    ),
    st.sampled_from(["ct", "g", ""]),
    st.booleans(),
    st.sampled_from(["net", "gross", "tare", ""]),
)
@example(D("1e30"), "ct", True, "net")
@example(D("NaN"), "ct", True, "net")
def test_no_decimal_raises_anything_but_value_error(value, unit, stable, kind):
    _check(value, unit, stable, kind)


def test_python_m_sim_prints_gross_tare_and_net():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "sortapp.balances.sim", "--protocol", "ohaus", "--tcp", "0"]
    with subprocess.Popen(
        [*command, "--gross-tare", "--weight", "1.734"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        url = process.stdout.readline().split("connect to ")[1].strip()
        process.stdout.readline()  # "type help ..."
        with Balance(url, "ohaus", timeout=2) as balance:
            assert balance.read().value == D("1.734")
            assert [r.kind for r in balance.heard] == ["gross", "tare"]
        process.stdin.write("quit\n")
        process.stdin.flush()
        assert process.wait(timeout=10) == 0
