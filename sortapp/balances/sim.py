"""A simulated carat balance: MT-SICS, Sartorius SBI, A&D and Ohaus over TCP or a pty.

Tests and people use it in place of an instrument. ``BalanceSim`` holds the balance's state (what
lies on the pan, the tare, stability, status, identity) behind one lock and a protocol
"personality" renders the answer to each command line byte for byte as ``BALANCES.md`` section 2
gives it. ``serve_tcp`` serves it on ``socket://127.0.0.1:PORT`` (every platform), ``serve_pty``
on a pseudo-terminal (Linux, macOS) that pyserial opens like a real port::

    sim = BalanceSim("mt-sics", weight=Decimal("1.234"))
    with serve_tcp(sim) as url:          # "socket://127.0.0.1:40123"
        ...                              # b"SI\\r\\n" -> b"S S      1.234 ct\\r\\n"
        sim.set(stable=False)            # -> b"S D      1.234 ct\\r\\n"

``python -m sortapp.balances.sim --protocol sbi --tcp 5001`` runs one and reads controls typed on
stdin (``w 2.345``, ``unstable``, ``fault busy``, ``quit``; ``help`` lists them).

The weight model: ``weight`` is the load on the pan above the zero point, ``tare`` what taring
stored; the balance shows ``weight - tare`` (the net) to ``decimals`` places. Zeroing sets both
to 0 (the display reads 0), taring stores the load as the tare (the display reads 0 until the
load changes). A load above ``capacity`` reads as overload.

What each personality sends (terminator CR LF by default, ``_`` a space):

- ``mt-sics``: ``S``/``SI`` -> ``S_S_____1.234_ct``, ``S_D ...`` (moving, ``SI`` only), ``S_I``
  (busy; ``S`` also after waiting ``stable_timeout`` seconds for stability), ``S_+`` / ``S_-``
  (overload / underload); ``SIR`` streams ``SI`` lines at 5 Hz until ``S``, ``SI`` or ``@``;
  ``Z`` -> ``Z_A`` / ``Z_I`` / ``Z_+`` / ``Z_-``; ``ZI`` -> ``ZI_S`` / ``ZI_D``; ``T`` ->
  ``T_S_<tare>_ct``, ``TI`` -> ``TI_S|D_<tare>_ct``, ``TA`` -> ``TA_A_<tare>_ct``, ``TAC`` ->
  ``TAC_A``; ``@`` -> ``I4_A_"<serial>"``; ``I2`` -> ``I2_A_"<model>_<capacity>_<unit>"``,
  ``I3``/``I4``/``I10``/``I11`` -> software / serial / balance id / model in quotes; anything
  else (``SR`` too) ``ES``. Commands are upper case only.
- ``sbi``: ``ESC P`` -> a 16-character line ``+____1.234_ct_`` (unit blank while moving), or 22
  characters with the ``N_____`` id code when ``sbi_chars`` is 22; overload / underload / busy
  -> a status line (``Stat__`` + ``______H_______``, ``L``, ``C``); ``ESC T`` tares (or zeroes
  within 2 % of capacity), ``ESC U`` tares, ``ESC V`` zeroes, none of them answers; ``ESC x1_``
  / ``x2_`` / ``x3_`` / ``x5_`` -> model / serial / software / balance id, as plain text lines.
  CR LF after a command is optional. With ``autoprint`` on, ``ESC P`` toggles the stream
  instead. With ``gross_tare`` on, each print is three 22-character lines, ``G#____+___12.345
  ct_``, ``T_____...`` and ``N_____...`` (gross, tare, net). Unknown commands get no answer
  (the ``unknown`` fault answers ``Stat_____Err 30``).
- ``and`` (A&D, answering as with ``erCd`` = 1): ``Q``/``SI``/``PRT`` -> ``ST,+0001.234_ct``
  or ``US,...``, overload ``OL,+9999999E+19`` (underload ``OL,-9999999E+19``), busy ``EC,E02``;
  ``S``/``ESC P`` waits for stability, then ``EC,E11``; ``SIR`` streams, ``C`` stops it;
  ``R``/``Z``/``ESC T`` zero and ``T`` tares, each answering ``AK`` (0x06) or ``EC,E11``;
  ``?ID``/``?SN``/``?TN`` -> ``ID,<id>``, ``SN,<serial>``, ``TN,<model>``; ``?PT`` ->
  ``PT,+0000.000_ct``; anything else ``EC,E01``.
- ``ohaus`` (print format): ``IP``/``P`` -> ``_____1.234_ct`` (``_?`` appended while moving),
  overload / underload / busy -> ``________OL`` / ``________UL`` / ``______BUSY``; with
  ``gross_tare`` on, each print is three lines legended ``_G``, ``_T`` and ``_NET``; ``SP`` prints
  when stable (later, as soon as it is); ``CP`` streams, ``0P`` stops; ``Z``/``T`` zero / tare
  without answering; ``PSN`` -> the serial number, ``PV`` -> ``<model>_<software>``; anything
  else ``ES``.

Faults (``fault``, settable at any time): ``busy`` (the busy answers above), ``silent`` (nothing
at all), ``garbage`` (a line of junk bytes before every line), ``partial`` (each line first cut
short at half its length and terminated, then whole), ``cr_only`` (CR as terminator),
``bytewise`` (one byte per write), ``unknown`` (the protocol's error to every command) and
``disconnect``: the next output is cut at half its first line and the connection dropped, once
(the fault then clears; a command with no answer, such as SBI's ``ESC T``, does not trigger
it). ``drop_byte``: the next weight line loses the first digit of its value, once (what a byte
lost on an 8N1 line, which has no parity, leaves: ``S_S_____2.345_ct`` of ``12.345``).
Over TCP the client may connect again; a pty cannot be reopened at the same path, so a
disconnect ends a pty session: the client reads EOF or an I/O error, and closing the pty may
discard the cut line if the client had not read it yet.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import selectors
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, ClassVar, TextIO

from sortapp.balances.reading import Status

PROTOCOLS = ("mt-sics", "sbi", "and", "ohaus")
FAULTS: tuple[str, ...] = ("busy", "silent", "garbage", "partial", "cr_only", "bytewise", "unknown")
FAULTS += ("disconnect", "drop_byte")  # drop_byte: a byte lost on the line (8N1: no parity)
#: Seconds between two lines of a stream (SIR, auto-print, CP): about 5 Hz.
STREAM_INTERVAL = 0.2
#: The longest command line kept while waiting for its terminator (longer input is dropped).
MAX_COMMAND = 256
ESC = "\x1b"
#: Bytes the ``garbage`` fault draws from: no letters or digits, so junk never reads as an answer.
_JUNK = b"#$%&()*;<=>@[]^`{|}~\x00\x01\x02\x7f\x80\x9b\xfe\xff"
#: The state ``set`` changes (each also an attribute).
_STATE = frozenset(
    [
        "protocol",
        "weight",
        "unit",
        "stable",
        "tare",
        "status",
        "fault",
        "stream",
        "autoprint",
        "serial_no",
        "model",
        "software",
        "balance_id",
        "capacity",
        "decimals",
        "terminator",
        "sbi_chars",
        "stable_timeout",
        "gross_tare",
    ]
)


class BalanceSim:
    """A balance's state and its protocol's answers; every method is thread-safe.

    Change state with ``set(weight=Decimal("2.345"), stable=False)`` (or by assigning one
    attribute); ``respond(line)`` gives the chunks to write for one command line, ``poll()`` what
    the balance sends by itself (a stream line, a deferred stable print) when polled at about
    5 Hz. ``received`` lists the command lines answered so far (``wait_received`` waits for more).
    """

    protocol: str
    weight: Decimal
    unit: str
    stable: bool
    tare: Decimal
    status: Status
    fault: str | None
    stream: bool
    autoprint: bool
    serial_no: str
    model: str
    software: str
    balance_id: str
    capacity: Decimal
    decimals: int
    terminator: bytes
    sbi_chars: int
    stable_timeout: float
    gross_tare: bool

    def __init__(
        self,
        protocol: str = "mt-sics",
        *,
        weight: Decimal | str | int = Decimal("1.234"),
        unit: str = "ct",
        stable: bool = True,
        serial_no: str = "B123456789",
        model: str = "JET 1103C",
        terminator: bytes = b"\r\n",
        software: str = "1.0.0",
        balance_id: str = "SORT-1",
        capacity: Decimal | str | int = Decimal("1100.000"),
        decimals: int = 3,
        tare: Decimal | str | int = Decimal(0),
        status: Status | str = Status.OK,
        fault: str | None = None,
        stream: bool = False,
        autoprint: bool = False,
        sbi_chars: int = 16,
        stable_timeout: float = 0.3,
        gross_tare: bool = False,
        seed: int = 0,
    ) -> None:
        object.__setattr__(self, "_cond", threading.Condition(threading.RLock()))
        object.__setattr__(self, "received", [])
        object.__setattr__(self, "_random", random.Random(seed))
        object.__setattr__(self, "_pending_stable", False)
        self.set(
            protocol=protocol,
            weight=weight,
            unit=unit,
            stable=stable,
            serial_no=serial_no,
            model=model,
            terminator=terminator,
            software=software,
            balance_id=balance_id,
            capacity=capacity,
            decimals=decimals,
            tare=tare,
            status=status,
            fault=fault,
            stream=stream,
            autoprint=autoprint,
            sbi_chars=sbi_chars,
            stable_timeout=stable_timeout,
            gross_tare=gross_tare,
        )

    _cond: threading.Condition
    received: list[bytes]
    _random: random.Random
    _pending_stable: bool

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _STATE:
            self.set(**{name: value})
        else:
            object.__setattr__(self, name, value)

    def set(self, **state: Any) -> None:
        """Change any of the state at once (checked; wakes a command waiting for stability)."""
        checked = {name: _checked(name, value) for name, value in state.items()}
        with self._cond:
            for name, value in checked.items():
                object.__setattr__(self, name, value)
            self._cond.notify_all()

    def state(self) -> str:
        """The state in one line, as the command line's ``state`` control shows it."""
        with self._cond:
            return (
                f"{self.protocol}: {self.net_text()} {self.unit} on the display "
                f"(load {self.weight}, tare {self.tare}), "
                f"{'stable' if self.stable else 'moving'}, {self.effective_status().value}, "
                f"stream {'on' if self.stream else 'off'}, fault {self.fault or 'none'}, "
                f"serial {self.serial_no}"
            )

    # -- what the balance shows ------------------------------------------------------------

    def effective_status(self) -> Status:
        """The status the balance reports: a ``busy`` fault, the set status, or overload when
        the load exceeds the capacity."""
        with self._cond:
            if self.fault == "busy":
                return Status.BUSY
            if self.status is not Status.OK:
                return self.status
            if self.weight > self.capacity:
                return Status.OVERLOAD
            return Status.OK

    def net(self) -> Decimal:
        """The displayed value: load minus tare, to the display's resolution."""
        with self._cond:
            step = Decimal(1).scaleb(-self.decimals)
            value = (self.weight - self.tare).quantize(step, rounding=ROUND_HALF_UP)
            return abs(value) if value == 0 else value

    def net_text(self) -> str:
        return f"{self.net():f}"

    def tare_text(self) -> str:
        with self._cond:
            step = Decimal(1).scaleb(-self.decimals)
            return f"{self.tare.quantize(step, rounding=ROUND_HALF_UP):f}"

    # -- what the balance does -------------------------------------------------------------

    def wait_stable(self) -> bool:
        """Wait up to ``stable_timeout`` for stability (or a status that ends the wait), as a
        balance does for a "when stable" command; whether it is stable now."""
        with self._cond:
            self._cond.wait_for(
                lambda: self.stable or self.effective_status() is not Status.OK,
                timeout=self.stable_timeout,
            )
            return self.stable

    def zero(self) -> None:
        """Set the zero point under the present load: the display reads 0, the tare is gone."""
        self.set(weight=Decimal(0), tare=Decimal(0))

    def take_tare(self) -> None:
        """Store the present load as the tare: the display reads 0."""
        with self._cond:
            self.set(tare=self.weight)

    def reset(self) -> None:
        """What ``@`` / restart does: stop streaming and forget the tare (the zero point stays)."""
        with self._cond:
            self.set(stream=False, tare=Decimal(0))
            object.__setattr__(self, "_pending_stable", False)

    def defer_stable_print(self) -> None:
        """Print the weight as soon as it is stable (Ohaus ``SP``)."""
        with self._cond:
            object.__setattr__(self, "_pending_stable", True)

    # -- the wire ---------------------------------------------------------------------------

    def split(self, buffer: bytes) -> tuple[list[bytes], bytes]:
        """The complete command lines at the start of ``buffer``, and what is left over."""
        with self._cond:
            return _PERSONALITIES[self.protocol].split(buffer)

    def respond(self, line: bytes) -> list[bytes]:
        """The chunks the balance writes in answer to one command line (terminator optional),
        faults applied. A "when stable" command may wait up to ``stable_timeout`` first."""
        command = line.rstrip(b"\r\n").decode("latin-1")
        if not command.strip():
            return []
        with self._cond:
            self.received.append(line)
            self._cond.notify_all()
            personality = _PERSONALITIES[self.protocol]
            if self.fault == "unknown":
                return self.output([personality.error_line(self)])
            return self.output(personality.answer(self, command))

    def poll(self) -> list[bytes]:
        """What the balance sends unasked when polled (about every ``STREAM_INTERVAL``): a
        deferred stable print once it is stable, and a line of the stream when it runs."""
        with self._cond:
            personality = _PERSONALITIES[self.protocol]
            lines = []
            if self._pending_stable and self.stable:
                object.__setattr__(self, "_pending_stable", False)
                lines.extend(personality.reading_lines(self))
            if self.stream:
                lines.extend(personality.reading_lines(self))
            return self.output(lines)

    def output(self, lines: Sequence[str]) -> list[bytes]:
        """``lines`` as the chunks to write: terminated, with the present fault applied."""
        with self._cond:
            fault = self.fault
            if fault == "silent" or not lines:
                return []
            end = b"\r" if fault == "cr_only" else self.terminator
            chunks: list[bytes] = []
            for text in lines:
                data = text.encode("latin-1", "replace")
                if fault == "garbage":
                    chunks.append(self.junk() + end)
                if fault == "partial":
                    chunks.append(data[: len(data) // 2] + end)
                chunks.append(data + end)
            if fault == "bytewise":
                return [bytes([byte]) for chunk in chunks for byte in chunk]
            return chunks

    def lose_byte(self, line: str) -> str:
        """``line`` (a weight line), its first digit lost under the ``drop_byte`` fault (which
        this clears): what a byte lost on an 8N1 line leaves, a plausible wrong weight."""
        with self._cond:
            if self.fault != "drop_byte":
                return line
            at = next((i for i, char in enumerate(line) if char.isdigit()), None)
            if at is None:
                return line
            object.__setattr__(self, "fault", None)
            return line[:at] + line[at + 1 :]

    def gross_text(self) -> str:
        """The load on the pan (net plus tare), to the display's resolution."""
        with self._cond:
            step = Decimal(1).scaleb(-self.decimals)
            value = self.weight.quantize(step, rounding=ROUND_HALF_UP)
            return f"{abs(value) if value == 0 else value:f}"

    def junk(self) -> bytes:
        with self._cond:
            size = self._random.randint(3, 12)
            return bytes(self._random.choice(_JUNK) for _ in range(size))

    def take_disconnect(self) -> bool:
        """Whether to drop the connection now (the ``disconnect`` fault, which this clears)."""
        with self._cond:
            if self.fault != "disconnect":
                return False
            object.__setattr__(self, "fault", None)
            return True

    def wait_received(self, count: int, timeout: float = 5.0) -> bool:
        """Wait until ``count`` command lines have been received; whether they were in time."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self.received) >= count, timeout=timeout)


def _checked(name: str, value: Any) -> Any:
    """``value`` for the state field ``name``, converted and checked (``ValueError`` if bad)."""
    if name not in _STATE:
        raise ValueError(f"a balance simulator has no {name!r}")
    if name in {"weight", "tare", "capacity"}:
        if isinstance(value, float):
            raise TypeError(f"{name} must be a Decimal or a string, never a float")
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            raise ValueError(f"{name} must be a number, not {value!r}")
        return number
    if name == "protocol" and value not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {', '.join(PROTOCOLS)}, not {value!r}")
    if name == "fault":
        if value in (None, "", "none"):
            return None
        if value not in FAULTS:
            raise ValueError(f"fault must be one of {', '.join(FAULTS)} or none, not {value!r}")
    if name == "status":
        return Status(value)
    if name == "sbi_chars" and value not in (16, 22):
        raise ValueError("sbi_chars is 16 or 22")
    if name == "terminator" and not isinstance(value, bytes):
        raise TypeError("terminator must be bytes")
    if name in {"stable", "stream", "autoprint", "gross_tare"}:
        return bool(value)
    return value


# -- the personalities ----------------------------------------------------------------------


class _Personality:
    """How one protocol splits command lines and renders the answers."""

    name: ClassVar[str]

    def split(self, buffer: bytes) -> tuple[list[bytes], bytes]:
        """Lines ended by CR, LF or CR LF (the terminators dropped, empty lines skipped)."""
        lines = []
        start = 0
        for index, byte in enumerate(buffer):
            if byte in b"\r\n":
                if index > start:
                    lines.append(buffer[start:index])
                start = index + 1
        return lines, _bounded(buffer[start:])

    def error_line(self, sim: BalanceSim) -> str:
        return "ES"

    def reading_line(self, sim: BalanceSim) -> str:
        raise NotImplementedError

    def reading_lines(self, sim: BalanceSim) -> list[str]:
        """What one print sends: the reading line (SBI and Ohaus: the gross and tare lines
        first when ``gross_tare`` is on)."""
        return [self.reading_line(sim)]

    def answer(self, sim: BalanceSim, command: str) -> list[str]:
        raise NotImplementedError


def _by_status(sim: BalanceSim, overload: str, underload: str, busy: str) -> str | None:
    """The line for a status other than OK (``None`` when the balance reads OK)."""
    status = sim.effective_status()
    if status is Status.OK:
        return None
    return {Status.OVERLOAD: overload, Status.UNDERLOAD: underload}.get(status, busy)


def _bounded(rest: bytes) -> bytes:
    """A partial command kept for more input, unless it has grown past any command's length."""
    return b"" if len(rest) > MAX_COMMAND else rest


class _MtSics(_Personality):
    name = "mt-sics"

    def reading_line(self, sim: BalanceSim) -> str:
        return self._weight(sim, "S", when_stable=False)

    @staticmethod
    def _refusal(sim: BalanceSim, ident: str) -> str | None:
        return _by_status(sim, f"{ident} +", f"{ident} -", f"{ident} I")

    def _weight(self, sim: BalanceSim, ident: str, *, when_stable: bool) -> str:
        if when_stable and not sim.wait_stable():
            return self._refusal(sim, ident) or f"{ident} I"
        refusal = self._refusal(sim, ident)
        if refusal is not None:
            return refusal
        flag = "S" if sim.stable else "D"
        return sim.lose_byte(f"{ident} {flag} {sim.net_text():>10} {sim.unit}")

    def _tare_line(self, sim: BalanceSim, ident: str, flag: str) -> str:
        return f"{ident} {flag} {sim.tare_text():>10} {sim.unit}"

    def answer(self, sim: BalanceSim, command: str) -> list[str]:
        if command in {"S", "SI", "SIR", "@"}:
            sim.set(stream=False)
        line: str
        if command == "S":
            line = self._weight(sim, "S", when_stable=True)
        elif command == "SI":
            line = self._weight(sim, "S", when_stable=False)
        elif command == "SIR":
            line = self._weight(sim, "S", when_stable=False)
            sim.set(stream=True)
        elif command in {"Z", "T"}:
            refusal = self._refusal(sim, command)
            if refusal is not None:
                line = refusal
            elif not sim.wait_stable():
                line = self._refusal(sim, command) or f"{command} I"
            elif command == "Z":
                sim.zero()
                line = "Z A"
            else:
                sim.take_tare()
                line = self._tare_line(sim, "T", "S")
        elif command in {"ZI", "TI"}:
            refusal = self._refusal(sim, command)
            flag = "S" if sim.stable else "D"
            if refusal is not None:
                line = refusal
            elif command == "ZI":
                sim.zero()
                line = f"ZI {flag}"
            else:
                sim.take_tare()
                line = self._tare_line(sim, "TI", flag)
        elif command == "TA":
            line = self._tare_line(sim, "TA", "A")
        elif command == "TAC":
            sim.set(tare=Decimal(0))
            line = "TAC A"
        elif command in {"@", "I4"}:
            if command == "@":
                sim.reset()
            line = f'I4 A "{sim.serial_no}"'
        elif command == "I2":
            line = f'I2 A "{sim.model} {sim.capacity} {sim.unit}"'
        elif command == "I3":
            line = f'I3 A "{sim.software}"'
        elif command == "I10":
            line = f'I10 A "{sim.balance_id}"'
        elif command == "I11":
            line = f'I11 A "{sim.model}"'
        else:
            line = "ES"
        return [line]


class _Sbi(_Personality):
    name = "sbi"
    #: Commands after ESC: one upper-case letter, or these longer ones.
    LONG: ClassVar[tuple[str, ...]] = ("x1_", "x2_", "x3_", "x4_", "x5_", "kP", "p_")

    def split(self, buffer: bytes) -> tuple[list[bytes], bytes]:
        """ESC commands need no terminator (``ESC P`` alone is complete); CR LF after one is
        optional and skipped. Lines without ESC end at CR or LF."""
        lines: list[bytes] = []
        rest = buffer
        while rest:
            if rest[:1] in (b"\r", b"\n"):
                rest = rest[1:]
                continue
            if rest[:1] == b"\x1b":
                size = self._esc_size(rest[1:])
                if size is None:
                    break
                lines.append(rest[: 1 + size])
                rest = rest[1 + size :]
                continue
            more, rest = super().split(rest)
            lines.extend(more)
            break
        return lines, _bounded(rest)

    def _esc_size(self, after: bytes) -> int | None:
        """How many bytes after ESC make the command (``None``: not complete yet)."""
        if not after:
            return None
        text = after.decode("latin-1")
        for long in self.LONG:
            if text.startswith(long):
                return len(long)
            if long.startswith(text):
                return None
        if text[0].isupper():
            return 1
        ends = [index for index, char in enumerate(text) if char in "\r\n\x1b"]
        return ends[0] if ends else None

    def error_line(self, sim: BalanceSim) -> str:
        return self._with_id(sim, "Stat", f"{'':3}{'Err 30':<11}")

    def _with_id(self, sim: BalanceSim, ident: str, body: str) -> str:
        return f"{ident:<6}{body}" if sim.sbi_chars == 22 else body

    def _status(self, sim: BalanceSim, code: str) -> str:
        return self._with_id(sim, "Stat", f"{'':6}{code:<8}")

    def reading_line(self, sim: BalanceSim) -> str:
        refusal = _by_status(sim, "H", "L", "C")
        if refusal is not None:
            return self._status(sim, refusal)
        return sim.lose_byte(self._with_id(sim, "N", self._body(sim, sim.net_text())))

    @staticmethod
    def _body(sim: BalanceSim, text: str) -> str:
        sign = "-" if text.startswith("-") else "+"
        unit = sim.unit if sim.stable else ""
        return f"{sign} {text.lstrip('-'):>8} {unit:<3}"

    def reading_lines(self, sim: BalanceSim) -> list[str]:
        """With ``gross_tare``: ``G#``, ``T`` and ``N`` lines of 22 characters (the ID codes
        need them, whatever ``sbi_chars``), as a Combics prints them."""
        if not sim.gross_tare or sim.effective_status() is not Status.OK:
            return [self.reading_line(sim)]
        gross = f"{'G#':<6}{self._body(sim, sim.gross_text())}"
        tare = f"{'T':<6}{self._body(sim, sim.tare_text())}"
        net = sim.lose_byte(f"{'N':<6}{self._body(sim, sim.net_text())}")
        return [gross, tare, net]

    def answer(self, sim: BalanceSim, command: str) -> list[str]:
        code = command[1:] if command.startswith(ESC) else command
        if code == "P":
            if sim.autoprint:
                sim.set(stream=not sim.stream)
                return []
            return self.reading_lines(sim)
        if code in {"T", "U", "V"}:
            if sim.effective_status() is Status.OK and sim.wait_stable():
                small = abs(sim.weight) <= sim.capacity * Decimal("0.02")
                if code == "V" or (code == "T" and small and sim.tare == 0):
                    sim.zero()
                else:
                    sim.take_tare()
            return []
        identity = {"x1_": sim.model, "x2_": sim.serial_no, "x3_": sim.software}
        identity["x5_"] = sim.balance_id
        if code in identity:
            return [identity[code]]
        if code == "S":
            sim.reset()
        return []


class _And(_Personality):
    name = "and"
    ACK = "\x06"

    def error_line(self, sim: BalanceSim) -> str:
        return "EC,E01"

    def reading_line(self, sim: BalanceSim) -> str:
        refusal = _by_status(sim, "OL,+9999999E+19", "OL,-9999999E+19", "EC,E02")
        if refusal is not None:
            return refusal
        value = sim.net()
        digits = f"{abs(value):f}"
        if len(digits) > 8:
            return "OL,+9999999E+19" if value > 0 else "OL,-9999999E+19"
        header = "ST" if sim.stable else "US"
        sign = "-" if value < 0 else "+"
        return sim.lose_byte(f"{header},{sign}{digits:0>8}{sim.unit:>3}")

    def answer(self, sim: BalanceSim, command: str) -> list[str]:
        if command in {"Q", "SI", "PRT"}:
            return [self.reading_line(sim)]
        if command in {"S", ESC + "P"}:
            if sim.effective_status() is Status.OK and not sim.wait_stable():
                return ["EC,E11"]
            return [self.reading_line(sim)]
        if command == "SIR":
            sim.set(stream=True)
            return [self.reading_line(sim)]
        if command == "C":
            sim.set(stream=False)
            return [self.ACK]
        if command in {"R", "Z", ESC + "T", "T"}:
            if sim.effective_status() is not Status.OK:
                return ["EC,E02"]
            if not sim.wait_stable():
                return ["EC,E11"]
            if command == "T":
                sim.take_tare()
            else:
                sim.zero()
            return [self.ACK]
        if command == "?PT":
            sign = "-" if sim.tare < 0 else "+"
            return [f"PT,{sign}{sim.tare_text().lstrip('-'):0>8}{sim.unit:>3}"]
        identity = {"?ID": f"ID,{sim.balance_id}", "?SN": f"SN,{sim.serial_no}"}
        identity["?TN"] = f"TN,{sim.model}"
        return [identity.get(command, self.error_line(sim))]


class _Ohaus(_Personality):
    name = "ohaus"

    def reading_line(self, sim: BalanceSim) -> str:
        refusal = _by_status(sim, "OL", "UL", "BUSY")
        if refusal is not None:
            return f"{refusal:>10}"
        return sim.lose_byte(self._line(sim, sim.net_text(), ""))

    @staticmethod
    def _line(sim: BalanceSim, text: str, legend: str) -> str:
        line = f"{text:>10} {sim.unit}" + ("" if sim.stable else " ?")
        return f"{line} {legend}" if legend else line

    def reading_lines(self, sim: BalanceSim) -> list[str]:
        """With ``gross_tare``: the lines legended ``G``, ``T`` and ``NET``."""
        if not sim.gross_tare or sim.effective_status() is not Status.OK:
            return [self.reading_line(sim)]
        return [
            self._line(sim, sim.gross_text(), "G"),
            self._line(sim, sim.tare_text(), "T"),
            sim.lose_byte(self._line(sim, sim.net_text(), "NET")),
        ]

    def answer(self, sim: BalanceSim, command: str) -> list[str]:
        if command in {"IP", "P"}:
            return self.reading_lines(sim)
        if command == "SP":
            if sim.effective_status() is not Status.OK or sim.wait_stable():
                return self.reading_lines(sim)
            sim.defer_stable_print()
            return []
        if command == "CP":
            sim.set(stream=True)
            return self.reading_lines(sim)
        if command in {"0P", "OP"}:
            sim.set(stream=False)
            return []
        if command in {"Z", "T"}:
            if sim.effective_status() is Status.OK and sim.wait_stable():
                if command == "Z":
                    sim.zero()
                else:
                    sim.take_tare()
            return []
        if command == "PSN":
            return [sim.serial_no]
        if command == "PV":
            return [f"{sim.model} {sim.software}"]
        return ["ES"]


_PERSONALITIES: dict[str, _Personality] = {
    personality.name: personality for personality in (_MtSics(), _Sbi(), _And(), _Ohaus())
}


# -- the transports -------------------------------------------------------------------------


class _Session:
    """One open connection: feeds what arrives to the simulator and writes what it answers."""

    def __init__(
        self, sim: BalanceSim, write: Callable[[bytes], None], drop: Callable[[], None]
    ) -> None:
        self.sim = sim
        self._write = write
        self._drop = drop
        self._buffer = b""
        self._next_poll = time.monotonic() + STREAM_INTERVAL
        self.open = True

    def feed(self, data: bytes) -> None:
        self._buffer += data
        commands, self._buffer = self.sim.split(self._buffer)
        for command in commands:
            if not self.open:
                return
            self.send(self.sim.respond(command))

    def tick(self) -> None:
        now = time.monotonic()
        if self.open and now >= self._next_poll:
            self._next_poll = now + STREAM_INTERVAL
            self.send(self.sim.poll())

    def send(self, chunks: list[bytes]) -> None:
        if not chunks or not self.open:
            return
        if self.sim.take_disconnect():
            first = chunks[0]
            self._write(first[: max(1, len(first) // 2)])
            self.open = False
            self._drop()
            return
        for chunk in chunks:
            if not self.open:
                return
            self._write(chunk)


class _Server:
    """A thread serving one simulator; ``stop()`` ends it and closes everything it opened."""

    #: How long the loop waits for input before polling streams (and checking for a stop).
    TICK = 0.05

    def __init__(self, sim: BalanceSim, name: str) -> None:
        self.sim = sim
        self._stopping = threading.Event()
        self._selector = selectors.DefaultSelector()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join()
        self._selector.close()

    def _run(self) -> None:
        try:
            while not self._stopping.is_set() and self._serving():
                for key, _events in self._selector.select(timeout=self.TICK):
                    handler: Callable[[], None] = key.data
                    handler()
                self._tick()
        finally:
            self._close()

    def _serving(self) -> bool:
        return True

    def _tick(self) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError


class _TcpServer(_Server):
    def __init__(self, sim: BalanceSim, host: str, port: int) -> None:
        super().__init__(sim, f"balance-sim-tcp-{sim.protocol}")
        self._listener = socket.create_server((host, port))
        self._listener.setblocking(False)
        self._selector.register(self._listener, selectors.EVENT_READ, self._accept)
        self._client: socket.socket | None = None
        self._session: _Session | None = None
        self.url = "socket://{}:{}".format(*self._listener.getsockname()[:2])

    def _accept(self) -> None:
        try:
            client, _address = self._listener.accept()
        except BlockingIOError:
            return
        self._drop_client()
        client.setblocking(True)
        # A client that stops reading must not hang the simulator: its writes time out.
        client.settimeout(2.0)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._client = client
        self._session = _Session(self.sim, self._write, self._drop_client)
        self._selector.register(client, selectors.EVENT_READ, self._receive)

    def _receive(self) -> None:
        if self._client is None or self._session is None:
            return
        try:
            data = self._client.recv(4096)
        except OSError:
            data = b""
        if not data:
            self._drop_client()
            return
        self._session.feed(data)

    def _write(self, chunk: bytes) -> None:
        if self._client is None:
            return
        try:
            self._client.sendall(chunk)
        except OSError:
            self._drop_client()

    def _drop_client(self) -> None:
        client, self._client = self._client, None
        if self._session is not None:
            self._session.open = False
            self._session = None
        if client is None:
            return
        self._selector.unregister(client)
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_RDWR)
        client.close()

    def _tick(self) -> None:
        if self._session is not None:
            self._session.tick()

    def _close(self) -> None:
        self._drop_client()
        self._selector.unregister(self._listener)
        self._listener.close()


class _PtyServer(_Server):
    def __init__(self, sim: BalanceSim) -> None:
        import tty  # noqa: PLC0415 (POSIX only: Windows has no termios)

        super().__init__(sim, f"balance-sim-pty-{sim.protocol}")
        self._master, self._slave = os.openpty()
        # Raw: no echo, no CR/LF mapping, bytes pass as they are.
        tty.setraw(self._slave)
        os.set_blocking(self._master, False)
        self.path = os.ttyname(self._slave)
        self._session = _Session(sim, self._write, self._hang_up)
        self._selector.register(self._master, selectors.EVENT_READ, self._receive)
        self._open = True

    def _receive(self) -> None:
        try:
            data = os.read(self._master, 4096)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if data:
            self._session.feed(data)

    def _write(self, chunk: bytes) -> None:
        # Non-blocking: with no one reading, a full pty buffer drops output (as a serial line
        # with no listener does) instead of hanging the simulator.
        with contextlib.suppress(OSError):
            os.write(self._master, chunk)

    def _hang_up(self) -> None:
        self._close()

    def _serving(self) -> bool:
        return self._open

    def _tick(self) -> None:
        if self._open:
            self._session.tick()

    def _close(self) -> None:
        if not self._open:
            return
        self._open = False
        self._session.open = False
        self._selector.unregister(self._master)
        os.close(self._master)
        os.close(self._slave)


@contextlib.contextmanager
def serve_tcp(sim: BalanceSim, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``sim`` on TCP (an ephemeral port unless ``port`` is given); yields the pyserial
    URL ``socket://127.0.0.1:PORT``. One client at a time: a new connection replaces the old
    (so a client can reconnect after a disconnect). On exit the thread is joined and every
    socket closed."""
    server = _TcpServer(sim, host, port)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@contextlib.contextmanager
def serve_pty(sim: BalanceSim) -> Iterator[str]:
    """Serve ``sim`` on a pseudo-terminal (Linux, macOS); yields the path to open, such as
    ``/dev/pts/3``. The ``disconnect`` fault closes the pty and ends the session (the client
    reads EOF or an I/O error; there is no reconnecting to the same path)."""
    if not hasattr(os, "openpty"):
        raise RuntimeError("a pty needs Linux or macOS: serve the simulator over TCP instead")
    server = _PtyServer(sim)
    server.start()
    try:
        yield server.path
    finally:
        server.stop()


# -- the command line -----------------------------------------------------------------------

CONTROLS = """controls (type one per line):
  w 2.345          the load on the pan (the display shows it minus the tare)
  unit g           the unit the balance shows
  stable | unstable
  ok | overload | underload | busy     the balance's status
  zero | tare | clear                  press zero / tare, or clear the tare
  stream on|off    continuous output
  fault NAME       one of: {faults}; "fault none" ends it
  state            show the state
  quit             stop the simulator"""


def control(sim: BalanceSim, text: str) -> str | None:
    """Apply one control line typed by a person; the reply to print (``None``: quit)."""
    words = text.split()
    if not words:
        return ""
    word, args = words[0].lower(), words[1:]
    try:
        if word in {"quit", "exit", "q"}:
            return None
        if word in {"w", "weight"} and len(args) == 1:
            sim.set(weight=args[0])
        elif word == "unit" and len(args) == 1:
            sim.set(unit=args[0])
        elif word in {"stable", "unstable"} and not args:
            sim.set(stable=word == "stable")
        elif word in {"ok", "overload", "underload", "busy"} and not args:
            sim.set(status=word)
        elif word == "zero" and not args:
            sim.zero()
        elif word == "tare" and not args:
            sim.take_tare()
        elif word == "clear" and not args:
            sim.set(tare=Decimal(0))
        elif word == "stream" and args in (["on"], ["off"]):
            sim.set(stream=args[0] == "on")
        elif word == "fault" and len(args) == 1:
            sim.set(fault=args[0])
        elif word == "help":
            return CONTROLS.format(faults=", ".join(FAULTS))
        elif word != "state":
            return f"not a control: {text.strip()!r} (type help)"
    except (TypeError, ValueError) as error:
        return f"not done: {error}"
    return sim.state()


def _interact(sim: BalanceSim, stdin: TextIO, out: TextIO) -> None:
    """Read controls until ``quit``; at the end of the input, serve until interrupted."""
    for line in stdin:
        reply = control(sim, line)
        if reply is None:
            return
        if reply:
            print(reply, file=out, flush=True)
    threading.Event().wait()  # stdin closed (run in the background): serve until Ctrl-C


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sortapp.balances.sim``: run a simulated balance for a person to drive."""
    parser = argparse.ArgumentParser(
        prog="python -m sortapp.balances.sim",
        description="Simulate a carat balance on TCP or a pty, driven by controls typed on stdin.",
    )
    parser.add_argument("--protocol", choices=PROTOCOLS, default="mt-sics")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--tcp", type=int, metavar="PORT", help="listen on 127.0.0.1:PORT")
    where.add_argument("--pty", action="store_true", help="open a pty (Linux, macOS)")
    parser.add_argument("--weight", default="1.234", help="the load, as the balance shows it")
    parser.add_argument("--unit", default="ct")
    parser.add_argument("--serial", default="B123456789", help="the serial number it reports")
    parser.add_argument("--model", default="JET 1103C")
    parser.add_argument("--unstable", action="store_true", help="start moving (not stable)")
    parser.add_argument("--stream", action="store_true", help="start streaming (auto-print)")
    parser.add_argument("--fault", choices=FAULTS)
    parser.add_argument("--cr", action="store_true", help="end lines with CR only")
    parser.add_argument("--sbi-chars", type=int, choices=(16, 22), default=16)
    parser.add_argument(
        "--gross-tare", action="store_true", help="print gross, tare and net (SBI, Ohaus)"
    )
    args = parser.parse_args(argv)
    try:
        sim = BalanceSim(
            args.protocol,
            weight=args.weight,
            unit=args.unit,
            serial_no=args.serial,
            model=args.model,
            stable=not args.unstable,
            stream=args.stream,
            autoprint=args.stream,
            fault=args.fault,
            terminator=b"\r" if args.cr else b"\r\n",
            sbi_chars=args.sbi_chars,
            gross_tare=args.gross_tare,
            stable_timeout=3.0,
        )
        server = serve_pty(sim) if args.pty else serve_tcp(sim, port=args.tcp)
        with server as address:
            print(f"{args.protocol} balance simulator: connect to {address}", flush=True)
            print("type help for the controls, quit to stop", flush=True)
            with contextlib.suppress(KeyboardInterrupt):
                _interact(sim, sys.stdin, sys.stdout)
    except (OSError, RuntimeError, ValueError) as error:
        print(f"balance simulator: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
