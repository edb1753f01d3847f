"""The balances' wire formats: each line parsed into a value, each command built as bytes.

Pure: bytes in, values out, no I/O (``device`` does the talking). One ``Protocol`` a format:
Mettler Toledo MT-SICS, Sartorius SBI, the A&D standard format, the Ohaus print format, and a
``GenericRegex`` profile for the others. ``parse`` never raises: a line it cannot read is
``None`` (noise, a half line, another protocol's line).

A command is returned without its end of line: the port's terminator (``PortSettings``) is added
when it is sent, since balances let that be set.

The ``generic`` protocol reads a balance by a regular expression (``GenericProfile.pattern``,
searched in each line without its end of line). Its named groups:

- ``value`` (required): the weight, a signed decimal (``+0001.234``, ``- 1.5``; spaces inside
  are dropped); a line whose ``value`` is not such a number is not a reading;
- ``unit`` (optional): the unit as printed (``ct``, ``g``); blank when the group is missing;
- ``stable`` (optional): the line is stable when the group's text is one of the profile's
  ``stable_values`` (any non-blank text when those are empty);
- ``unstable`` (optional): the line is unstable when the group matched non-blank text (a
  ``?``, ``US``, ``D`` marker).

Without either group the profile's ``stable_marker`` / ``unstable_marker`` / ``assume_stable``
decide. ``GENERIC_DEFAULT`` (``protocol_named("generic")``) reads a signed decimal with an
optional unit and takes ``?``, ``US`` or ``D`` anywhere in the line as unstable; it has no
commands, so the balance is listened to (set it to print on stability or to stream).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sortapp.balances.reading import DeviceInfo, Reading, Status
from sortapp.core.i18n import N_, phrase

ESC = b"\x1b"
ACK = 0x06

#: The most digits a balance's value may have (a capacity of 10^12 with 3 decimals is beyond
#: any balance; longer is noise).
MAX_DIGITS = 15


@dataclass(frozen=True)
class PortSettings:
    """How the serial line is set: both ends must agree (``socket://`` ignores all but the
    terminator). ``terminator`` ends each command sent; lines received may end in CR LF, CR or
    LF whatever it is."""

    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    xonxoff: bool = False
    rtscts: bool = False
    terminator: bytes = b"\r\n"

    def line(self) -> dict[str, Any]:
        """The settings as pyserial's keyword arguments (the terminator is not pyserial's)."""
        fields = asdict(self)
        del fields["terminator"]
        return fields

    def describe(self) -> str:
        """``9600 baud 8N1 Xon/Xoff``: as a balance's menu shows it."""
        stop = f"{self.stopbits:g}"
        handshake = " Xon/Xoff" if self.xonxoff else " RTS/CTS" if self.rtscts else ""
        return f"{self.baudrate} baud {self.bytesize}{self.parity}{stop}{handshake}"


@dataclass(frozen=True)
class Ack:
    """The balance did what it was told (``Z A``, ``T S 0.120 ct``, A&D's ACK byte).

    ``command`` is the command answered, when the line says (MT-SICS), else ``""``; ``value`` and
    ``unit`` what came with it (the tare taken)."""

    command: str
    raw: bytes
    value: Decimal | None = None
    unit: str = ""


@dataclass(frozen=True)
class Refused:
    """The balance would not or could not do what it was told (``ES``, ``S I``, ``EC,E1``,
    ``Err 02``). ``busy``: it may work if asked again (busy, not stable yet)."""

    code: str
    reason: str
    raw: bytes
    command: str = ""
    busy: bool = False


Parsed = Reading | DeviceInfo | Ack | Refused


class Protocol(ABC):
    """One wire format: its default port settings, its commands and its line parser."""

    name: str = ""
    #: Whether the balance answers zero and tare (else ``device`` confirms by a reading).
    acknowledges: bool = True
    #: Whether an identity answer has a frame that shows a line cut short (MT-SICS quotes it);
    #: else ``device`` asks twice and takes only two equal answers.
    framed_identity: bool = False

    def __init__(self, settings: PortSettings | None = None) -> None:
        self.default_settings = settings or self.factory_settings()

    @classmethod
    def factory_settings(cls) -> PortSettings:
        return PortSettings()

    @abstractmethod
    def cmd_read(self) -> bytes | None:
        """Ask for a reading now, stable or not (``None``: the balance only streams)."""

    @abstractmethod
    def cmd_read_stable(self) -> bytes | None:
        """Ask for a stable reading (``None``: poll ``cmd_read`` until one is stable)."""

    @abstractmethod
    def cmd_zero(self) -> bytes | None: ...

    @abstractmethod
    def cmd_tare(self) -> bytes | None: ...

    @abstractmethod
    def cmd_identify(self) -> list[bytes]:
        """The questions that identify the balance, the serial number's first."""

    @abstractmethod
    def parse(self, line: bytes) -> Parsed | None:
        """What ``line`` says (terminator included or not); ``None`` when it says nothing this
        protocol knows. Never raises."""

    def parse_answer(self, command: bytes, line: bytes) -> Parsed | None:
        """What ``line`` says as an answer to ``command`` (a format whose identity answers are
        bare text reads them here); by default as ``parse``."""
        return self.parse(line)

    def answer_id(self, command: bytes) -> str:
        """The command an answer names when it answers ``command`` (``""``: answers name none)."""
        return ""


# -- shared pieces -----------------------------------------------------------------------------

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def _text(line: bytes) -> str | None:
    """The line without its end of line, as text; ``None`` when it is not printable ASCII."""
    body = line.rstrip(b"\r\n")
    if not body or any(b < 0x20 or b > 0x7E for b in body):
        return None
    return body.decode("ascii")


def _decimal(text: str) -> Decimal | None:
    """The exact decimal of ``text`` (``+0001.234``, ``- 1.5``), or ``None``."""
    text = text.replace(" ", "")
    if not _NUMBER.fullmatch(text) or sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None
    return value + 0 if value == 0 else value  # -0 reads as 0


def _safe_ident(text: str) -> str | None:
    """``text`` as an identity (serial number, model): printable, no separators, a digit or a
    letter in it; else ``None``."""
    text = text.strip().strip('"').strip()
    if not text or len(text) > 40 or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 ._\-/#]*", text):
        return None
    return text


#: Error lines shared by MT-SICS and Ohaus (Ohaus answers ``ES`` to what it does not know).
_SICS_ERRORS = {
    "ES": N_("the balance does not know the command"),
    "ET": N_("the command arrived garbled (parity or a broken line)"),
    "EL": N_("the balance cannot do that now"),
}


# -- Mettler Toledo MT-SICS --------------------------------------------------------------------

_SICS_LINE = re.compile(r"(?P<id>[A-Z@][A-Z0-9]{0,4}) (?P<st>[A-Z+\-])(?: +(?P<rest>.*?))? *")
_SICS_WEIGHT = re.compile(r"(?P<val>[+-]? *[0-9.]+) +(?P<unit>[A-Za-z%/]{1,5})")
_SICS_WEIGHT_IDS = {"S", "SI", "SIR", "SR", "SIU", "SU", "SIRU", "SNR"}
_SICS_STATUS = {
    "I": N_("the balance is busy or not stable: it could not do it now"),
    "L": N_("the balance refused the command's parameter"),
    "+": N_("the weight is above the balance's range"),
    "-": N_("the weight is below the balance's range"),
}
_SICS_INFO = {
    "I2": "capacity model",
    "I11": "model",
    "I3": "software",
    "I4": "serial_no",
    "I10": "id",
}


class MtSics(Protocol):
    """Mettler Toledo MT-SICS (level 0/1): ``SI`` immediate, ``S`` stable, ``Z``, ``T``,
    ``I4`` serial number; answers ``<ID> <status> [<value> <unit>]``.

    The value's width is not checked: it is a 10-character field at level 0/1, but level-2
    balances and weigh modules may add fields (BALANCES.md 2.1), so a width rule could refuse
    good balances. A byte lost on the line (``S S     2.345 ct`` of ``12.345``) is caught
    instead by ``Balance.read_stable``, which takes a weight only when two stable readings in
    a row agree."""

    name = "mt-sics"
    framed_identity = True

    @classmethod
    def factory_settings(cls) -> PortSettings:
        # The "Host" factory setting (AT/Excellence); some balances ship with no handshake.
        return PortSettings(9600, 8, "N", 1, xonxoff=True)

    def cmd_read(self) -> bytes:
        return b"SI"

    def cmd_read_stable(self) -> bytes:
        return b"S"

    def cmd_zero(self) -> bytes:
        return b"Z"

    def cmd_tare(self) -> bytes:
        return b"T"

    def cmd_identify(self) -> list[bytes]:
        return [b"I4", b"I2", b"I3", b"I10"]

    def answer_id(self, command: bytes) -> str:
        word = command.strip().decode("ascii", "replace")
        return {"SI": "S", "SIR": "S", "SR": "S", "@": "I4"}.get(word, word)

    def parse(self, line: bytes) -> Parsed | None:
        text = _text(line)
        if text is None:
            return None
        text = text.strip()
        if text in _SICS_ERRORS:
            return Refused(text, _SICS_ERRORS[text], line)
        match = _SICS_LINE.fullmatch(text)
        if match is None:
            return None
        ident, status, rest = match["id"], match["st"], match["rest"] or ""
        if status in _SICS_STATUS:
            if ident in _SICS_WEIGHT_IDS and status in "+-":
                load = Status.OVERLOAD if status == "+" else Status.UNDERLOAD
                return Reading(None, "", False, load, line)
            return Refused(status, _SICS_STATUS[status], line, ident, busy=status == "I")
        if ident in _SICS_WEIGHT_IDS and status in "SD":
            return self._weight(line, rest, stable=status == "S")
        if ident in _SICS_INFO and status == "A":
            return _sics_info(_SICS_INFO[ident], rest)
        if status in "ASDB":
            return _sics_ack(ident, rest, line)
        return None

    @staticmethod
    def _weight(line: bytes, rest: str, *, stable: bool) -> Reading | None:
        match = _SICS_WEIGHT.match(rest)
        value = _decimal(match["val"]) if match else None
        if match is None or value is None:
            return None
        return Reading(value, match["unit"], stable, Status.OK, line)


def _sics_ack(ident: str, rest: str, line: bytes) -> Ack:
    match = _SICS_WEIGHT.match(rest)
    value = _decimal(match["val"]) if match else None
    return Ack(ident, line, value, match["unit"] if match and value is not None else "")


def _sics_info(what: str, rest: str) -> DeviceInfo | None:
    quoted = re.fullmatch(r'"(.*)"', rest.strip())
    if quoted is None and rest.strip().startswith('"'):
        return None  # the closing quote is missing: a line cut short
    text = quoted[1].strip() if quoted else rest.strip()
    if what == "capacity model":  # I2: "type capacity unit"; keep the type
        text = re.sub(r"\s+[0-9.]+\s+[A-Za-z]{1,4}$", "", text).strip()
        what = "model"
    if not text:
        return None
    return DeviceInfo(
        model=text if what == "model" else "",
        serial_no=text if what == "serial_no" else "",
        software=text if what == "software" else "",
        balance_id=text if what == "id" else "",
    )


# -- Sartorius SBI -----------------------------------------------------------------------------

_SBI_WEIGHT = re.compile(
    r"(?:(?P<id>[A-Za-z][A-Za-z0-9#.]{0,5}) +)?"
    r"(?P<sign>[+-])? *(?P<val>[0-9.\[\]]*[0-9][0-9.\[\]]*) *(?P<unit>[A-Za-z%/]{1,4})? *"
)
#: An SBI line has 16 characters (14 before CR LF), or 22 with its ID code; shorter is a line
#: cut short (a value read from it could be wrong: "+    1." of "+    1.234 ct ").
SBI_MIN_CHARS = 14
#: The widths of an SBI weight line before its end of line: 14, or 20 with its 6-character ID
#: code. 8N1 has no parity: a byte lost on the line shows only as a line one character short
#: (``N     +   2.345 ct `` of ``N     +   12.345 ct ``), so a weight line of another width is
#: refused. A line with unverified digits in brackets may be one wider (BALANCES.md's example
#: is; no manual confirms the layout).
SBI_WIDTHS = (SBI_MIN_CHARS, SBI_MIN_CHARS + 6)
_SBI_KINDS = {"N": "net", "G": "gross", "G#": "gross", "T": "tare", "T1": "tare", "T2": "tare"}
_SBI_STAT = {
    "H": Status.OVERLOAD,
    "HH": Status.OVERLOAD,
    "L": Status.UNDERLOAD,
    "LL": Status.UNDERLOAD,
    "C": Status.BUSY,
    "--": Status.BUSY,
}
_SBI_SERIAL_IDS = {"SER.NO", "SER.NO.", "SERNO", "S/N", "SN"}
_SBI_IDENTITY = {b"x1_": "model", b"x2_": "serial_no", b"x3_": "software", b"x5_": "id"}


class Sbi(Protocol):
    """Sartorius SBI: ``ESC P`` prints a line of 16 characters (22 with a 6-character ID code
    first); the unit is blank while the value is not stable; ``Stat`` lines carry overload (H)
    and underload (L); digits in brackets are not verified. Zero and tare are not answered."""

    name = "sbi"
    acknowledges = False

    @classmethod
    def factory_settings(cls) -> PortSettings:
        # CP/GC/Master-era factory setting; Entris II and Cubis II ship 9600 8N1 (configurable).
        return PortSettings(1200, 7, "O", 1, rtscts=True)

    def cmd_read(self) -> bytes:
        return ESC + b"P"

    def cmd_read_stable(self) -> None:
        return None

    def cmd_zero(self) -> bytes:
        return ESC + b"V"

    def cmd_tare(self) -> bytes:
        return ESC + b"U"

    def cmd_identify(self) -> list[bytes]:
        return [ESC + b"x2_", ESC + b"x1_", ESC + b"x3_", ESC + b"x5_"]

    def parse(self, line: bytes) -> Parsed | None:
        text = _text(line)
        if text is None:
            return None
        stat = re.fullmatch(r"\s*Stat\s*(?P<what>.*?)\s*", text)
        if stat is not None:
            return self._stat(stat["what"], line)
        if len(text) == SBI_MIN_CHARS and text.strip() in _SBI_STAT:  # 16 characters: no "Stat"
            return self._stat(text.strip(), line)
        error = re.fullmatch(r"\s*(?P<code>Err\s*\d{1,3})\s*", text)
        if error is not None:
            code = " ".join(error["code"].split())  # "Err  02" as "Err 02"
            return Refused(code, phrase("the balance reports error {code}", code=code), line)
        if text.strip() in _SICS_ERRORS:  # another balance's error, read so it is not data
            return Refused(text.strip(), _SICS_ERRORS[text.strip()], line)
        ident = re.fullmatch(r"\s*(?P<id>[A-Za-z][A-Za-z./]{1,6})\s+(?P<no>\S.*?)\s*", text)
        if ident is not None and ident["id"].upper() in _SBI_SERIAL_IDS:
            serial = _safe_ident(ident["no"])
            return DeviceInfo(serial_no=serial) if serial else None
        return self._weight(text, line)

    def parse_answer(self, command: bytes, line: bytes) -> Parsed | None:
        parsed = self.parse(line)
        what = _SBI_IDENTITY.get(command.removeprefix(ESC))
        if what is None or isinstance(parsed, (Refused, DeviceInfo)):
            return parsed
        if isinstance(parsed, Reading) and "." in (_text(line) or ""):
            return parsed  # a weight that came meanwhile
        text = _text(line)
        ident = _safe_ident(text) if text is not None else None
        if ident is None:
            return parsed
        ident = re.sub(r"^(?i:model|type|ser\.?no\.?|vers\.?|id)\s+", "", ident)
        return _sics_info(what, f'"{ident}"')

    @staticmethod
    def _stat(what: str, line: bytes) -> Parsed | None:
        if what in _SBI_STAT:
            return Reading(None, "", False, _SBI_STAT[what], line)
        error = re.fullmatch(r"Err\s*(\d{1,3})", what)
        if error is not None:
            return Refused(
                f"Err {error[1]}", phrase("the balance reports error {code}", code=error[1]), line
            )
        return None

    @staticmethod
    def _weight(text: str, line: bytes) -> Reading | None:
        widths = SBI_WIDTHS + ((SBI_WIDTHS[0] + 1, SBI_WIDTHS[1] + 1) if "[" in text else ())
        if len(text) not in widths:
            return None  # a line cut short, or a byte lost: its value may be wrong
        match = _SBI_WEIGHT.fullmatch(text)
        if match is None or (match["sign"] is None and "." not in match["val"]):
            return None  # a bare number: not a weight line (a serial number, a count)
        if (match["id"] is None) != (len(text) in (SBI_WIDTHS[0], SBI_WIDTHS[0] + 1)):
            return None  # an ID code on a 16-character line, or none on a 22-character one
        raw_value = match["val"]
        if raw_value.count("[") > 1 or raw_value.count("[") != raw_value.count("]"):
            return None
        bracketed = re.search(r"\[([0-9.]*)\]", raw_value)
        unverified = sum(c.isdigit() for c in bracketed[1]) if bracketed else 0
        value = _decimal((match["sign"] or "") + raw_value.replace("[", "").replace("]", ""))
        if value is None:
            return None
        kind = _SBI_KINDS.get(match["id"] or "N", "net")
        if match["id"] is not None and match["id"] not in _SBI_KINDS:
            return None  # an ID code this parser does not know: not taken as a weight
        unit = match["unit"] or ""
        return Reading(value, unit, bool(unit), Status.OK, line, kind, unverified)


# -- A&D standard format ------------------------------------------------------------------------

_AND_WEIGHT = re.compile(
    r"(?P<hd>ST|US|QT|OL|WT),(?P<data>[+-]?[0-9. ]*[0-9.](?:E[+-]\d\d)?) *(?P<unit>[A-Za-z%]{0,3})"
)
#: A&D's error codes (``EC,E1`` or ``EC,E01``), by number.
_AND_ERRORS = {
    0: (N_("a communication error"), False),
    1: (N_("the balance does not know the command"), False),
    2: (N_("the balance is not ready"), True),
    3: (N_("the balance timed out"), True),
    4: (N_("too many characters in the command"), False),
    6: (N_("a format error in the command"), False),
    7: (N_("a parameter out of range"), False),
    11: (N_("the balance is not stable"), True),
}
#: An A&D data line: header, comma, 9 characters of data, 3 of unit.
AND_CHARS = 15
_AND_INFO = {"SN": "serial_no", "TN": "model", "ID": "id"}


class AndStandard(Protocol):
    """A&D standard format: ``ST,+0001.234 ct`` (``US`` unstable, ``OL`` overload with
    ``+9999999E+19``); ``Q`` immediate, ``S`` stable, ``?SN``/``?TN``/``?ID``. Zero and tare are
    answered (ACK) only when the balance is set to (``erCd`` 1)."""

    name = "and"
    acknowledges = False

    @classmethod
    def factory_settings(cls) -> PortSettings:
        return PortSettings(2400, 7, "E", 1)  # believed the factory default; check the manual

    def cmd_read(self) -> bytes:
        return b"Q"

    def cmd_read_stable(self) -> bytes:
        return b"S"

    def cmd_zero(self) -> bytes:
        return b"R"

    def cmd_tare(self) -> bytes:
        return b"T"

    def cmd_identify(self) -> list[bytes]:
        return [b"?SN", b"?TN", b"?ID"]

    def parse(self, line: bytes) -> Parsed | None:
        body = line.rstrip(b"\r\n")
        if body == bytes([ACK]):
            return Ack("", line)
        text = _text(body.lstrip(bytes([ACK])))  # an ACK glued to the next line
        if text is None:
            return None
        text = text.strip()
        error = re.fullmatch(r"EC, *(?P<code>E\d{1,2})", text)
        if error is not None:
            number = int(error["code"][1:])
            reason, busy = _AND_ERRORS.get(number, (N_("the balance reports an error"), False))
            return Refused(error["code"], reason, line, busy=busy)
        info = re.fullmatch(r"(?P<hd>SN|TN|ID), *(?P<text>.*?)", text)
        if info is not None:
            return _sics_info(_AND_INFO[info["hd"]], f'"{info["text"]}"')
        match = _AND_WEIGHT.fullmatch(text)
        if match is None or (match["hd"] != "OL" and len(text) != AND_CHARS):
            return None  # a data line has 15 characters; shorter is a line cut short
        data = match["data"].replace(" ", "")
        if match["hd"] == "OL" or "E" in data:
            load = Status.UNDERLOAD if data.startswith("-") else Status.OVERLOAD
            return Reading(None, match["unit"], False, load, line)
        value = _decimal(data)
        if value is None:
            return None
        return Reading(value, match["unit"], match["hd"] != "US", Status.OK, line)


# -- Ohaus print format ---------------------------------------------------------------------------

_OHAUS_WEIGHT = re.compile(
    r" *(?P<val>-?[0-9]+(?:\.[0-9]+)?) +(?P<unit>[A-Za-z%]{1,5})(?P<rest>(?: +[?A-Za-z]+)*) *"
)
_OHAUS_KINDS = {"NET": "net", "N": "net", "G": "gross", "GROSS": "gross", "T": "tare"}
_OHAUS_LOADS = {
    "OL": Status.OVERLOAD,
    "-OL-": Status.OVERLOAD,
    "UL": Status.UNDERLOAD,
    "BUSY": Status.BUSY,
}


class OhausPrint(Protocol):
    """The Ohaus print format: ``     1.234 ct ?`` (``?`` while unstable); ``IP`` immediate,
    ``SP`` stable, ``PSN`` serial number; ``ES`` to what it does not know."""

    name = "ohaus"
    acknowledges = False

    @classmethod
    def factory_settings(cls) -> PortSettings:
        return PortSettings(9600, 8, "N", 1)  # not confirmed by a manual: configurable

    def cmd_read(self) -> bytes:
        return b"IP"

    def cmd_read_stable(self) -> bytes:
        return b"SP"

    def cmd_zero(self) -> bytes:
        return b"Z"

    def cmd_tare(self) -> bytes:
        return b"T"

    def cmd_identify(self) -> list[bytes]:
        return [b"PSN", b"PV"]

    def parse(self, line: bytes) -> Parsed | None:
        text = _text(line)
        if text is None:
            return None
        stripped = text.strip()
        if stripped in _SICS_ERRORS:
            return Refused(stripped, _SICS_ERRORS[stripped], line)
        if stripped in _OHAUS_LOADS:
            return Reading(None, "", False, _OHAUS_LOADS[stripped], line)
        serial = re.fullmatch(r"(?i:S/?N|serial(?: ?no\.?)?)\s*[:#]?\s*(?P<no>.+)", stripped)
        if serial is not None:
            ident = _safe_ident(serial["no"])
            return DeviceInfo(serial_no=ident) if ident else None
        match = _OHAUS_WEIGHT.fullmatch(text)
        if match is None:
            return None
        words = match["rest"].split()
        legends = [w for w in words if w != "?"]
        if any(w.upper() not in _OHAUS_KINDS for w in legends):
            return None
        value = _decimal(match["val"])
        if value is None:
            return None
        kind = _OHAUS_KINDS[legends[0].upper()] if legends else "net"
        return Reading(value, match["unit"], "?" not in words, Status.OK, line, kind)

    def parse_answer(self, command: bytes, line: bytes) -> Parsed | None:
        parsed = self.parse(line)
        if command not in (b"PSN", b"PV") or parsed is not None:
            return parsed
        text = _text(line)
        ident = _safe_ident(text) if text is not None else None
        if ident is None or not any(c.isdigit() for c in ident):
            return None
        return DeviceInfo(serial_no=ident) if command == b"PSN" else DeviceInfo(software=ident)


# -- a configurable profile for other balances --------------------------------------------------


@dataclass(frozen=True)
class GenericProfile:
    """A balance this module does not know, described: a regular expression with the named
    groups ``value`` (required), ``unit`` and ``stable``, and what tells stability.

    Stability: with a ``stable`` group, the line is stable when the group's text is one of
    ``stable_values`` (any non-blank text when that is empty); else when ``stable_marker`` is
    in the line, or when ``unstable_marker`` is not; with none of these, ``assume_stable``.
    ``overload``/``underload``: patterns of the lines that say so. Commands without their end
    of line; ``None`` for a balance that only streams.
    """

    pattern: str
    stable_values: tuple[str, ...] = ()
    stable_marker: str = ""
    unstable_marker: str = ""
    assume_stable: bool = False
    overload: str = ""
    underload: str = ""
    read: bytes | None = None
    read_stable: bytes | None = None
    zero: bytes | None = None
    tare: bytes | None = None
    identify: tuple[bytes, ...] = ()
    settings: PortSettings = field(default_factory=PortSettings)


class GenericRegex(Protocol):
    """A balance read by a ``GenericProfile``."""

    name = "generic"
    acknowledges = False

    def __init__(self, profile: GenericProfile, settings: PortSettings | None = None) -> None:
        self.profile = profile
        self._pattern = re.compile(profile.pattern)
        if "value" not in self._pattern.groupindex:
            raise ValueError("the pattern needs a group named 'value': (?P<value>...)")
        self._overload = re.compile(profile.overload) if profile.overload else None
        self._underload = re.compile(profile.underload) if profile.underload else None
        super().__init__(settings or profile.settings)

    def cmd_read(self) -> bytes | None:
        return self.profile.read

    def cmd_read_stable(self) -> bytes | None:
        return self.profile.read_stable

    def cmd_zero(self) -> bytes | None:
        return self.profile.zero

    def cmd_tare(self) -> bytes | None:
        return self.profile.tare

    def cmd_identify(self) -> list[bytes]:
        return list(self.profile.identify)

    def parse(self, line: bytes) -> Parsed | None:
        text = _text(line)
        if text is None:
            return None
        for pattern, load in (
            (self._overload, Status.OVERLOAD),
            (self._underload, Status.UNDERLOAD),
        ):
            if pattern is not None and pattern.search(text):
                return Reading(None, "", False, load, line)
        match = self._pattern.search(text)
        if match is None or match["value"] is None:
            return None
        value = _decimal(match["value"])
        if value is None:
            return None
        groups = match.groupdict()
        unit = (groups.get("unit") or "").strip()
        return Reading(value, unit, self._stable(text, groups), Status.OK, line)

    def _stable(self, text: str, groups: dict[str, str | None]) -> bool:
        profile = self.profile
        if "unstable" in groups:
            return not (groups["unstable"] or "").strip()
        if "stable" in groups:
            mark = (groups["stable"] or "").strip()
            return mark in profile.stable_values if profile.stable_values else bool(mark)
        if profile.stable_marker:
            return profile.stable_marker in text
        if profile.unstable_marker:
            return profile.unstable_marker not in text
        return profile.assume_stable


#: The default ``generic`` pattern: a signed decimal, an optional unit, at most a few words
#: after it (legends, ``?``), and the line unstable when ``?``, ``US`` or ``D`` stands in it as
#: a word of its own (``US,+0001.234 ct``, ``S D 1.234 ct``, ``1.234 ct ?``). The look-ahead
#: finds the marker before or after the value.
GENERIC_PATTERN = (
    r"^(?=(?P<unstable>.*?(?:\?|\bUS\b|\bD\b))?)[^0-9]*?"
    r"(?P<value>[+-]? *(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))"
    r"(?: *(?P<unit>[A-Za-z%]{1,5}))?(?: +[A-Za-z?]{1,5})* *\??$"
)
#: What ``generic`` reads with no pattern given: listened to (no commands), 9600 8N1.
GENERIC_DEFAULT = GenericProfile(GENERIC_PATTERN)


def generic(profile: GenericProfile | None = None) -> GenericRegex:
    """The ``generic`` protocol with ``profile`` (else ``GENERIC_DEFAULT``)."""
    return GenericRegex(profile or GENERIC_DEFAULT)


#: The protocols by name (``generic``: ``GENERIC_DEFAULT``; another profile: ``generic(p)``).
PROTOCOLS: dict[str, Callable[[], Protocol]] = {
    "mt-sics": MtSics,
    "sbi": Sbi,
    "and": AndStandard,
    "ohaus": OhausPrint,
    "generic": generic,
}
