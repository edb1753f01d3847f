"""What a balance said: one reading, exact, with its unit, stability, status and the raw bytes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal, DecimalException, localcontext
from enum import StrEnum

from sortapp.core.i18n import phrase

#: The largest weight a reading may carry, in carats (no carat balance weighs a million carats;
#: a larger value is noise, and it keeps every sum exact within ``Decimal``'s 28 digits).
MAX_CT = Decimal(10) ** 9
_MCT = Decimal("0.001")


class Status(StrEnum):
    """The state a reading reports (a weight is only meaningful with ``OK``)."""

    OK = "ok"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    BUSY = "busy"
    ERROR = "error"


@dataclass(frozen=True)
class Reading:
    """One line from a balance, parsed.

    ``value`` is the exact decimal the balance printed (``None`` when the status is not ``OK``);
    ``unit`` as printed (``ct``, ``g``, ``mg``; empty when the line had none); ``raw`` the line's
    bytes as received, terminator included. ``unverified_digits`` counts the digits a
    legal-for-trade balance marks as not verified (Sartorius ``[6]``).
    """

    value: Decimal | None
    unit: str
    stable: bool
    status: Status
    raw: bytes
    kind: str = "net"
    unverified_digits: int = 0

    def raw_text(self) -> str:
        """The raw bytes as printable text: ASCII kept, everything else escaped (``\\r\\n``)."""
        out = []
        for byte in self.raw:
            if byte == 0x0D:
                out.append("\\r")
            elif byte == 0x0A:
                out.append("\\n")
            elif byte == 0x5C:
                out.append("\\\\")
            elif 0x20 <= byte < 0x7F:
                out.append(chr(byte))
            else:
                out.append(f"\\x{byte:02x}")
        return "".join(out)

    def shown(self) -> str:
        """The reading as a person reads it: ``1.234 ct``, or its status (``overload``)."""
        if self.status is not Status.OK or self.value is None:
            return self.status.value
        return f"{self.value} {self.unit}".strip()


@dataclass(frozen=True)
class DeviceInfo:
    """Who the balance says it is (asked at connect): the serial number must match the register."""

    model: str = ""
    serial_no: str = ""
    software: str = ""
    balance_id: str = ""


class BalanceError(Exception):
    """The balance could not be read: no answer, disconnected, refused a command (``ES``, ``EL``,
    ``Err 02``), or stayed unstable. The message says what happened in words for the operator."""


def capture_refusal(reading: Reading) -> str | None:
    """Why ``reading`` may not become a recorded weight (``None``: it may).

    Only a stable, ``OK``, net reading in carats, exact to the thousandth, above zero and below
    ``MAX_CT`` is captured. Never raises, whatever the reading holds (``NaN``, ``Infinity``,
    ``1E+30``, 40 digits: each is refused in words).
    """
    if reading.status is Status.OVERLOAD:
        return phrase("the balance is overloaded: take the goods off and weigh a smaller portion")
    if reading.status is Status.UNDERLOAD:
        return phrase("the balance reads below zero: empty the pan and zero the balance")
    if reading.status is Status.BUSY:
        return phrase("the balance is busy (taring or adjusting): wait and capture again")
    value = reading.value
    if reading.status is not Status.OK or not isinstance(value, Decimal):
        return phrase("the balance reported an error: check its display")
    if reading.kind != "net":
        return phrase(
            "the balance sent its {kind} weight, not the net: {reading} is not "
            "the weight of the goods; set the balance to print the net weight",
            kind=reading.kind,
            reading=reading.shown(),
        )
    if not reading.stable:
        return phrase(
            "the reading is not stable yet: wait for the stability mark and capture again"
        )
    if reading.unit != "ct":
        if not reading.unit:
            return phrase("the balance weighs in no unit, not ct: switch the balance to carats")
        return phrase(
            "the balance weighs in {unit}, not ct: switch the balance to carats", unit=reading.unit
        )
    return _value_refusal(value)


def _value_refusal(value: Decimal) -> str | None:
    """Why ``value`` (in carats) is no weight to record. Nothing here raises: the value is
    bounded before it is rounded, in a fresh context whatever the caller's."""
    try:
        with localcontext(Context()):
            return _checked_value(value)
    except DecimalException:  # pragma: no cover - bounded first; kept against the unforeseen
        return phrase(
            "the balance sent {value} ct, which cannot be read: check the cable", value=str(value)
        )


def _checked_value(value: Decimal) -> str | None:
    if not value.is_finite() or abs(value) >= MAX_CT:
        return phrase(
            "the balance sent {value} ct, which no balance weighs: check the cable",
            value=str(value),
        )
    if value <= 0:
        return phrase("the balance reads zero or less: put the goods on the pan")
    if value != value.quantize(_MCT):
        return phrase(
            "{value} ct has more than 3 decimals: set the balance to 0.001 ct", value=str(value)
        )
    return None


def reading_mct(reading: Reading) -> int:
    """The reading in thousandths of a carat, exactly; ``ValueError`` (``capture_refusal``'s
    words) when it may not be captured. Raises nothing else, whatever the reading holds."""
    refusal = capture_refusal(reading)
    if refusal is not None or reading.value is None:
        raise ValueError(refusal or "no value")
    with localcontext(Context()):  # below MAX_CT, at most 3 decimals: exact
        return int(reading.value.quantize(_MCT).scaleb(3))
