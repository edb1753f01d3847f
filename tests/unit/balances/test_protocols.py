"""The protocol parsers on the exact byte strings of BALANCES.md section 2, and on hostile bytes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sortapp.balances.protocols import (
    PROTOCOLS,
    Ack,
    AndStandard,
    GenericProfile,
    GenericRegex,
    MtSics,
    OhausPrint,
    PortSettings,
    Refused,
    Sbi,
)
from sortapp.balances.reading import DeviceInfo, Reading, Status

D = Decimal


def ok(value: str, unit: str, stable: bool, raw: bytes, **extra: object) -> Reading:
    return Reading(D(value), unit, stable, Status.OK, raw, **extra)  # type: ignore[arg-type]


def load(status: Status, raw: bytes, unit: str = "") -> Reading:
    return Reading(None, unit, False, status, raw)


def expected_of(line: bytes, expected: object) -> object:
    """A table's expectation for ``line``: ``(value, unit, stable[, extras])`` is that reading
    and a ``Status`` that status without a value, both with ``line`` as the raw bytes."""
    if isinstance(expected, Status):
        return load(expected, line)
    if isinstance(expected, tuple):
        value, unit, stable, *extras = expected
        return ok(value, unit, stable, line, **(extras[0] if extras else {}))
    return expected


# -- the hex dumps of BALANCES.md ------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "dump", "text", "length"),
    [
        (
            "mt-sics",
            "53 20 53 20 20 20 20 20 20 31 2E 32 33 34 20 63 74 0D 0A",
            b"S S      1.234 ct\r\n",
            19,
        ),
        ("sbi", "2B 20 20 20 20 31 2E 32 33 34 20 63 74 20 0D 0A", b"+    1.234 ct \r\n", 16),
        ("and", "53 54 2C 2B 30 30 30 31 2E 32 33 34 20 63 74 0D 0A", b"ST,+0001.234 ct\r\n", 17),
    ],
)
def test_the_stable_lines_dumped_in_the_manuals(protocol, dump, text, length):
    line = bytes.fromhex(dump)
    assert line == text and len(line) == length
    assert PROTOCOLS[protocol]().parse(line) == ok("1.234", "ct", True, line)


# -- MT-SICS (section 2.1) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"S D      1.236 ct\r\n", ("1.236", "ct", False)),
        (b"S S     -0.002 ct\r\n", ("-0.002", "ct", True)),
        (b"S S    129.09 kg\r\n", ("129.09", "kg", True)),
        (b"S +\r\n", Status.OVERLOAD),
        (b"S -\r\n", Status.UNDERLOAD),
        (b"S I\r\n", Refused("I", MtSics().parse(b"S I").reason, b"S I\r\n", "S", busy=True)),  # type: ignore[union-attr]
        (b'I4 A "B123456789"\r\n', DeviceInfo(serial_no="B123456789")),
        (b'I2 A "JET 1103C 1100.000 ct"\r\n', DeviceInfo(model="JET 1103C")),
        (b'I2 A "XS205DU 220.00 g"\r\n', DeviceInfo(model="XS205DU")),
        (b'I11 A "JET 1103C"\r\n', DeviceInfo(model="JET 1103C")),
        (b'I3 A "1.10 22.6.4"\r\n', DeviceInfo(software="1.10 22.6.4")),
        (b'I10 A "SORT-1"\r\n', DeviceInfo(balance_id="SORT-1")),
        (b'I4 A "B1234\r\n', None),  # cut short
        (b"Z A\r\n", Ack("Z", b"Z A\r\n")),
        (b"T S      0.120 ct\r\n", Ack("T", b"T S      0.120 ct\r\n", D("0.120"), "ct")),
        (b"TAC A\r\n", Ack("TAC", b"TAC A\r\n")),
    ],
)
def test_sics_lines(line, expected):
    assert MtSics().parse(line) == expected_of(line, expected)


@pytest.mark.parametrize(
    ("line", "code", "busy"),
    [
        (b"ES\r\n", "ES", False),
        (b"ET\r\n", "ET", False),
        (b"EL\r\n", "EL", False),
        (b"Z I\r\n", "I", True),
        (b"Z +\r\n", "+", False),
        (b"T -\r\n", "-", False),
        (b"S L\r\n", "L", False),
    ],
)
def test_sics_errors_are_refusals(line, code, busy):
    parsed = MtSics().parse(line)
    assert isinstance(parsed, Refused)
    assert (parsed.code, parsed.busy, parsed.raw) == (code, busy, line)


def test_sics_commands_and_what_answers_name():
    sics = MtSics()
    assert (sics.cmd_read(), sics.cmd_read_stable(), sics.cmd_zero(), sics.cmd_tare()) == (
        b"SI",
        b"S",
        b"Z",
        b"T",
    )
    assert sics.cmd_identify()[0] == b"I4"  # the serial number first
    assert [sics.answer_id(c) for c in (b"SI", b"S", b"Z", b"@", b"I4")] == [
        "S",
        "S",
        "Z",
        "I4",
        "I4",
    ]


# -- Sartorius SBI (section 2.2) -------------------------------------------------------------------

SBI_16 = b"+    1.234 ct \r\n"


@pytest.mark.parametrize(
    ("line", "length", "expected"),
    [
        (b"+    1.236    \r\n", 16, ("1.236", "", False)),
        (b"-    0.012 ct \r\n", 16, ("-0.012", "ct", True)),
        (b"N     +    1.234 ct \r\n", 22, ("1.234", "ct", True)),
        (
            b"G#    +    1.500 ct \r\n",
            22,
            ("1.500", "ct", True, {"kind": "gross"}),
        ),
        (
            b"N     +  123.5[6] g  \r\n",
            23,
            ("123.56", "g", True, {"unverified_digits": 1}),
        ),
        (b"Stat        H       \r\n", 22, Status.OVERLOAD),
        (b"Stat        HH      \r\n", 22, Status.OVERLOAD),
        (b"Stat        L       \r\n", 22, Status.UNDERLOAD),
        (b"Stat        LL      \r\n", 22, Status.UNDERLOAD),
        (b"Stat        C       \r\n", 22, Status.BUSY),
        (b"      H       \r\n", 16, Status.OVERLOAD),
        (b"      L       \r\n", 16, Status.UNDERLOAD),
        (b"      C\r\n", 9, None),
        (b"+    1.\r\n", 9, None),  # the first half of a line
        (b"Ser.no      12345678\r\n", 22, DeviceInfo(serial_no="12345678")),
    ],
)
def test_sbi_lines(line, length, expected):
    assert len(line) == length
    assert Sbi().parse(line) == expected_of(line, expected)


@pytest.mark.parametrize("line", [b"Stat     Err 02\r\n", b"Err 101\r\n"])
def test_sbi_error_lines_are_refusals(line):
    parsed = Sbi().parse(line)
    assert isinstance(parsed, Refused) and parsed.code.startswith("Err ")


def test_sbi_identity_answers_are_bare_text():
    sbi = Sbi()
    assert sbi.parse(b"B123456789\r\n") is None  # alone it says nothing ...
    assert sbi.parse_answer(b"\x1bx2_", b"B123456789\r\n") == DeviceInfo(serial_no="B123456789")
    assert sbi.parse_answer(b"\x1bx1_", b"JET 1103C\r\n") == DeviceInfo(model="JET 1103C")
    # ... and a weight that comes meanwhile stays a weight
    assert isinstance(sbi.parse_answer(b"\x1bx2_", SBI_16), Reading)
    assert sbi.parse_answer(b"\x1bx2_", b"EC,E01\r\n") is None


def test_sbi_commands():
    sbi = Sbi()
    assert sbi.cmd_read() == b"\x1bP" and sbi.cmd_read_stable() is None
    assert sbi.cmd_identify()[0] == b"\x1bx2_"
    assert not sbi.acknowledges


# -- A&D (section 2.3) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"US,+0001.236 ct\r\n", ("1.236", "ct", False)),
        (b"ST,+00123.45  g\r\n", ("123.45", "g", True)),
        (b"ST,-0000.012 ct\r\n", ("-0.012", "ct", True)),
        (b"WT,+0001.234 ct\r\n", ("1.234", "ct", True)),
        (b"QT,+00000123 PC\r\n", ("123", "PC", True)),
        (b"ST,+000\r\n", None),  # the first half of a line
        (b"OL,+9999999E+19\r\n", Status.OVERLOAD),
        (b"OL,-9999999E+19\r\n", Status.UNDERLOAD),
        (b"\x06\r\n", Ack("", b"\x06\r\n")),
        (b"SN,T1234567\r\n", DeviceInfo(serial_no="T1234567")),
        (b"TN,  FX-300i\r\n", DeviceInfo(model="FX-300i")),
        (b"TN,JET 1103C\r\n", DeviceInfo(model="JET 1103C")),
        (b"ID,LAB-0123\r\n", DeviceInfo(balance_id="LAB-0123")),
    ],
)
def test_and_lines(line, expected):
    assert AndStandard().parse(line) == expected_of(line, expected)


@pytest.mark.parametrize(
    ("line", "code", "busy"),
    [(b"EC,E1\r\n", "E1", False), (b"EC,E01\r\n", "E01", False), (b"EC,E11\r\n", "E11", True)],
)
def test_and_error_codes_are_refusals(line, code, busy):
    parsed = AndStandard().parse(line)
    assert isinstance(parsed, Refused) and (parsed.code, parsed.busy) == (code, busy)


# -- Ohaus (section 2.4) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"     1.234 ct ?\r\n", ("1.234", "ct", False)),
        (b"     1.234 ct\r\n", ("1.234", "ct", True)),
        (b"    192.21 g\r\n", ("192.21", "g", True)),
        (b"      0.01 g ?\r\n", ("0.01", "g", False)),
        (
            b"    12.345 ct   G\r\n",
            ("12.345", "ct", True, {"kind": "gross"}),
        ),
        (b"        OL\r\n", Status.OVERLOAD),
        (b"      BUSY\r\n", Status.BUSY),
    ],
)
def test_ohaus_lines(line, expected):
    assert len(b"     1.234 ct ?\r\n") == 17
    assert OhausPrint().parse(line) == expected_of(line, expected)


def test_ohaus_es_and_identity():
    ohaus = OhausPrint()
    assert isinstance(ohaus.parse(b"ES\r\n"), Refused)
    assert ohaus.parse_answer(b"PSN", b"B123456789\r\n") == DeviceInfo(serial_no="B123456789")
    assert ohaus.parse_answer(b"PV", b"SJX323N 1.0.0\r\n") == DeviceInfo(software="SJX323N 1.0.0")
    assert ohaus.parse_answer(b"IP", b"B123456789\r\n") is None


# -- the generic profile -------------------------------------------------------------------------


def test_generic_profile_with_a_stable_group():
    profile = GenericProfile(
        r"^(?P<stable>[SU]),(?P<value>[+-]?\d+\.\d+)(?P<unit>ct|g)$",
        stable_values=("S",),
        overload=r"^O,",
        read=b"W",
    )
    generic = GenericRegex(profile)
    assert generic.parse(b"S,1.234ct\r\n") == expected_of(b"S,1.234ct\r\n", ("1.234", "ct", True))
    assert generic.parse(b"U,1.234ct\r\n") == expected_of(b"U,1.234ct\r\n", ("1.234", "ct", False))
    assert generic.parse(b"O,9999\r\n") == expected_of(b"O,9999\r\n", Status.OVERLOAD)
    assert generic.parse(b"nothing\r\n") is None
    assert generic.cmd_read() == b"W" and generic.cmd_zero() is None


def test_generic_profile_with_markers():
    moving = GenericRegex(GenericProfile(r"(?P<value>\d+\.\d+) ?(?P<unit>ct)", unstable_marker="?"))
    assert moving.parse(b"1.234 ct ?\r\n").stable is False  # type: ignore[union-attr]
    assert moving.parse(b"1.234 ct\r\n").stable is True  # type: ignore[union-attr]
    marked = GenericRegex(GenericProfile(r"(?P<value>\d+\.\d+)", stable_marker="*"))
    assert marked.parse(b"* 1.234\r\n").stable is True  # type: ignore[union-attr]
    assert marked.parse(b"1.234\r\n").stable is False  # type: ignore[union-attr]
    unmarked = GenericRegex(GenericProfile(r"(?P<value>\d+\.\d+)"))
    assert unmarked.parse(b"1.234\r\n").stable is False  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="value"):
        GenericRegex(GenericProfile(r"(?P<weight>\d+)"))


# -- every protocol ------------------------------------------------------------------------------


def test_default_settings_per_protocol():
    """BALANCES.md 2.6: MT-SICS 9600 8N1 Xon/Xoff, SBI 1200 7O1 hardware handshake, A&D 2400
    7E1, Ohaus 9600 8N1; each can be replaced."""
    assert MtSics().default_settings == PortSettings(9600, 8, "N", 1, xonxoff=True)
    assert Sbi().default_settings == PortSettings(1200, 7, "O", 1, rtscts=True)
    assert AndStandard().default_settings == PortSettings(2400, 7, "E", 1)
    assert OhausPrint().default_settings == PortSettings(9600, 8, "N", 1)
    modern = PortSettings(9600, 8, "N", 1)
    assert Sbi(modern).default_settings == modern
    assert modern.describe() == "9600 baud 8N1"
    assert modern.line() == {
        "baudrate": 9600,
        "bytesize": 8,
        "parity": "N",
        "stopbits": 1,
        "xonxoff": False,
        "rtscts": False,
    }
    assert PortSettings(1200, 7, "O", 1, rtscts=True).describe() == "1200 baud 7O1 RTS/CTS"


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"\r\n",
        b"S S 1.2.3 ct\r\n",
        b"S S \xff1.234 ct\r\n",
        b"ST,+0001.2\x00 ct\r\n",
        b"+  1[2[3] ct\r\n",
        b"S S " + b"9" * 40 + b" ct\r\n",
        b"\x1b\x1b\x1b",
    ],
)
def test_malformed_lines_say_nothing(line):
    for make in PROTOCOLS.values():
        parsed = make().parse(line)
        assert not isinstance(parsed, Reading), (make, line, parsed)


@given(st.binary(max_size=300), st.sampled_from(sorted(PROTOCOLS)))
def test_any_bytes_give_a_parse_result_or_none(data, name):
    protocol = PROTOCOLS[name]()
    parsed = protocol.parse(data)
    assert parsed is None or isinstance(parsed, (Reading, DeviceInfo, Ack, Refused))
    for command in protocol.cmd_identify():
        answer = protocol.parse_answer(command, data)
        assert answer is None or isinstance(answer, (Reading, DeviceInfo, Ack, Refused))
    if isinstance(parsed, Reading) and parsed.value is not None:
        assert parsed.value.is_finite()


@given(
    st.from_regex(
        r"[A-Z]{1,3}[ ,][SDI+\-A-Z]? *[+-]? *[0-9.\[\]E+]{0,14} *[a-z%]{0,3} ?\??\r?\n?",
        fullmatch=True,
    ),
    st.sampled_from(sorted(PROTOCOLS)),
)
def test_near_miss_lines_never_raise(text, name):
    parsed = PROTOCOLS[name]().parse(text.encode("ascii"))
    assert parsed is None or isinstance(parsed, (Reading, DeviceInfo, Ack, Refused))
