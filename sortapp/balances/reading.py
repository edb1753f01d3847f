"""What a balance said: one reading, exact, with its unit, stability, status and the raw bytes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


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

    Only a stable, ``OK`` reading in carats, exact to the thousandth and above zero, is captured.
    """
    if reading.status is Status.OVERLOAD:
        return "the balance is overloaded: take the goods off and weigh a smaller portion"
    if reading.status is Status.UNDERLOAD:
        return "the balance reads below zero: empty the pan and zero the balance"
    if reading.status is Status.BUSY:
        return "the balance is busy (taring or adjusting): wait and capture again"
    if reading.status is not Status.OK or reading.value is None:
        return "the balance reported an error: check its display"
    if not reading.stable:
        return "the reading is not stable yet: wait for the stability mark and capture again"
    if reading.unit != "ct":
        shown = reading.unit or "no unit"
        return f"the balance weighs in {shown}, not ct: switch the balance to carats"
    if reading.value <= 0:
        return "the balance reads zero or less: put the goods on the pan"
    if reading.value != reading.value.quantize(Decimal("0.001")):
        return f"{reading.value} ct has more than 3 decimals: set the balance to 0.001 ct"
    return None


def reading_mct(reading: Reading) -> int:
    """The reading in thousandths of a carat, exactly (call only when ``capture_refusal`` is
    ``None``)."""
    refusal = capture_refusal(reading)
    if refusal is not None or reading.value is None:
        raise ValueError(refusal or "no value")
    return int(reading.value * 1000)
