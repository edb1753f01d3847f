"""One balance on a port: open it, ask who it is, read it, zero and tare it.

The port is opened through pyserial's ``serial_for_url``, so a COM port (``COM4``), a device
(``/dev/ttyUSB0``), a network bridge (``socket://host:port``) and ``loop://`` all work. Calls
block (at most their timeout) and belong to one thread (the app runs them on a worker thread).
Every failure is a ``BalanceError`` whose message tells the operator what to check.

A balance also talks unasked: its print key, a stream it was set to send. Such lines are set
aside while a command waits for its answer: an answer is recognised by its kind (a reading for
a read, an acknowledgement for a zero) and, where the protocol names it, by the command it
answers.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar, cast

import serial

from sortapp.balances.lines import LineReader
from sortapp.balances.protocols import (
    PROTOCOLS,
    Ack,
    GenericProfile,
    GenericRegex,
    Parsed,
    PortSettings,
    Protocol,
    Refused,
)
from sortapp.balances.reading import BalanceError, DeviceInfo, Reading, Status, capture_refusal
from sortapp.core.i18n import Phrase, phrase

__all__ = [
    "Balance",
    "BalanceCancelled",
    "BalanceDisconnected",
    "BalanceError",
    "BalanceNoAnswer",
    "BalanceRefused",
    "BalanceUnstable",
    "PortSettings",
    "open_balance",
    "protocol_named",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

try:  # a serial device refusing a line setting raises termios' own error (POSIX)
    from termios import error as _termios_error
except ImportError:  # pragma: no cover - Windows

    class _termios_error(Exception):  # type: ignore[no-redef]
        """Never raised (no termios on this platform)."""


#: What a port raises when the device or the connection fails (not our bugs).
PORT_ERRORS: tuple[type[Exception], ...] = (serial.SerialException, OSError, _termios_error)

#: How long one read of the port waits (the tick at which a CR-only line is let go).
TICK = 0.02
#: How often ``read_stable`` asks again while the balance is not stable, at most.
POLL = 0.1
#: How many readings heard unasked are kept (the latest is ``Balance.last_heard``).
KEEP_HEARD = 16
#: How long ``auto`` waits for the answer to one protocol's question, at most (a balance
#: answers an identity question within a fraction of a second).
PROBE_WAIT = 1.5
#: How often an identity question in bare text is asked at most, for two equal answers in a row.
IDENTITY_ASKS = 3
#: The order ``auto`` tries the protocols in (MT-SICS first: Ohaus indicators speak it too).
AUTO_ORDER = ("mt-sics", "sbi", "and", "ohaus")


class BalanceNoAnswer(BalanceError):
    """The balance did not answer in time (cable, power, port or protocol settings)."""


class BalanceDisconnected(BalanceError):
    """The port went away (cable pulled, adapter unplugged, bridge closed)."""


class BalanceRefused(BalanceError):
    """The balance answered with an error (``ES``, ``EL``, ``EC,E1``, ``Err 02``, ``Z I``)."""


class BalanceUnstable(BalanceError):
    """No stable reading came in the time allowed, or the balance is out of range."""


class BalanceCancelled(BalanceError):
    """``Balance.cancel`` was called (the app is closing): the call in progress, and every call
    after, stops here."""


def protocol_named(name: str) -> Protocol:
    """The protocol called ``name`` (``mt-sics``, ``sbi``, ``and``, ``ohaus``, ``generic``: its
    default pattern)."""
    try:
        return PROTOCOLS[name]()
    except KeyError:
        known = ", ".join(PROTOCOLS)
        raise BalanceError(
            phrase(
                "no balance protocol called {name}: choose one of {known}",
                name=repr(name),
                known=known,
            )
        ) from None


def as_protocol(protocol: str | Protocol | GenericProfile) -> Protocol:
    """``protocol`` by name, as is, or a ``generic`` one reading by the profile given."""
    if isinstance(protocol, Protocol):
        return protocol
    if isinstance(protocol, GenericProfile):
        try:
            return GenericRegex(protocol)
        except (re.error, ValueError) as exc:
            raise BalanceError(
                phrase("the generic balance's pattern cannot be used: {error}", error=str(exc))
            ) from None
    return protocol_named(protocol)


def adjusted(settings: PortSettings, changes: Mapping[str, Any] | None) -> PortSettings:
    """``settings`` with ``changes`` (``PortSettings`` fields: ``baudrate=4800`` ...) made."""
    return dataclasses.replace(settings, **changes) if changes else settings


def _open_port(url: str, settings: PortSettings, timeout: float) -> serial.SerialBase:
    try:
        return serial.serial_for_url(url, timeout=TICK, write_timeout=timeout, **settings.line())
    except (ValueError, LookupError) as exc:  # pyserial: a setting or a URL it cannot take
        # WORKAROUND: pyserial 3.5's loop:// raises KeyError for an option it does not know.
        raise BalanceError(
            phrase("cannot open the balance at {url}: {error}", url=url, error=str(exc))
        ) from None
    except _termios_error as exc:  # the device took the port but not these line settings
        raise BalanceError(
            phrase(
                "the port {url} refused the line settings {settings} ({error}): "
                "check them against the balance's menu; a pseudo-terminal (the simulator's "
                "--pty) takes only 8 data bits without parity, and Linux refuses 7 bits or "
                "parity on it when nothing else changes: serve the simulator over TCP for those",
                url=url,
                settings=settings.describe(),
                error=_why(exc),
            )
        ) from None
    except PORT_ERRORS as exc:
        raise BalanceError(
            phrase(
                "cannot open the balance's port {url}: {error}; check the port name (see the "
                "ports this computer has) and that no other program uses it",
                url=url,
                error=_why(exc),
            )
        ) from None


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, _termios_error) and len(exc.args) == 2:
        return str(exc.args[1])  # (errno, text)
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Balance:
    """One open balance. Use ``with`` (or ``close``): the port is held until closed."""

    def __init__(
        self,
        url: str,
        protocol: str | Protocol | GenericProfile = "mt-sics",
        settings: PortSettings | None = None,
        *,
        timeout: float = 2.0,
        passive: bool = False,
    ) -> None:
        self.url = url
        self.protocol = as_protocol(protocol)
        self.settings = settings or self.protocol.default_settings
        self.timeout = timeout
        #: Only listen for readings, never ask (a balance set to stream, or to print on its
        #: key only: asking would toggle its stream off).
        self.passive = passive or self.protocol.cmd_read() is None
        #: Readings that came unasked (print key, stream), newest last.
        self.heard: deque[Reading] = deque(maxlen=KEEP_HEARD)
        #: How many lines came that the protocol could not read (noise, a line cut short, a
        #: byte lost).
        self.unread = 0
        self._cancelled = threading.Event()
        self._port: serial.SerialBase | None = _open_port(url, self.settings, timeout)
        self._reader = LineReader(self._port)

    # -- the life of the connection ------------------------------------------------------------

    def cancel(self) -> None:
        """Stop the call in progress and every later one with ``BalanceCancelled``, within
        about a ``TICK`` (a write held by the handshake: within its timeout). Safe from another
        thread (the app calls it from the window closing); ``close`` still works after it."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def close(self) -> None:
        self._reader.end()
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):  # already gone: nothing left to release
                log.info("the balance's port %s was already gone when closed", self.url)

    def __enter__(self) -> Balance:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._port is None

    @property
    def notes(self) -> list[str]:
        """What the line reader noticed (over-long lines thrown away ...), oldest first."""
        return list(self._reader.notes)

    @property
    def last_heard(self) -> Reading | None:
        return self.heard[-1] if self.heard else None

    def use(self, protocol: Protocol, settings: PortSettings | None = None) -> None:
        """Speak ``protocol`` from now on, with ``settings`` (its defaults) on the port.

        A serial device is opened again with the new settings (changing them one by one on an
        open port passes through combinations a device may refuse, such as 7 bits no parity);
        a network socket has no line settings to change."""
        self.protocol = protocol
        settings = settings or protocol.default_settings
        if settings == self.settings and self._port is not None:
            return
        if not _line_setting(self.url, settings) and self._port is not None:
            self.settings = settings
            return
        self.close()
        self._check_cancelled()
        self._port = _open_port(self.url, settings, self.timeout)
        self._reader = LineReader(self._port)
        self.settings = settings

    # -- what a balance is asked -----------------------------------------------------------------

    def identify(self, timeout: float | None = None) -> DeviceInfo:
        """Ask who the balance is (serial number, model, software, its own ID), waiting up to
        ``timeout`` seconds (default: the balance's) for each answer.

        A question the balance refuses leaves its field blank; no answer to the first (the serial
        number) is a ``BalanceNoAnswer``. An answer in bare text (SBI, A&D, Ohaus) cut short
        would read as a wrong serial number: such a question is asked until two answers in a
        row agree (``BalanceError`` for the serial number when they do not)."""
        parts: dict[str, str] = {}
        for number, command in enumerate(self.protocol.cmd_identify()):
            try:
                answer = self._identity_answer(command, number == 0, timeout)
            except BalanceNoAnswer:
                if number == 0:
                    raise
                continue
            if isinstance(answer, DeviceInfo):
                for key, value in vars(answer).items():
                    if value and not parts.get(key):
                        parts[key] = value
        return DeviceInfo(**parts)

    def _identity_answer(self, command: bytes, serial: bool, timeout: float | None) -> Parsed:
        """The answer to one identity question; unless the protocol frames its answers, asked
        until two answers in a row, and any line that came between them, agree."""
        kinds = (DeviceInfo, Refused)
        answer = self._request(command, kinds, timeout)
        if self.protocol.framed_identity or not isinstance(answer, DeviceInfo):
            return answer
        heard: list[Parsed] = [answer]  # every identity line, in the order it came
        for _ask in range(IDENTITY_ASKS - 1):
            heard += self._identity_lines(command)
            heard.append(self._request(command, kinds, timeout))
            if heard[-1] == heard[-2]:
                return heard[-1]
        if serial:
            shown = ", ".join(repr(h.serial_no) for h in heard if isinstance(h, DeviceInfo))
            raise BalanceError(
                phrase(
                    "the balance at {url} answered its serial number differently each time "
                    "({shown}): lines cut short; check the cable and the port settings "
                    "({settings})",
                    url=self.url,
                    shown=shown,
                    settings=self.settings.describe(),
                )
            )
        return DeviceInfo()  # this field is left blank rather than wrong

    def _identity_lines(self, command: bytes) -> list[Parsed]:
        """The identity answers waiting (the rest of a line cut short); others set aside."""
        found: list[Parsed] = []
        for line in self._waiting():
            parsed = self.protocol.parse_answer(command, line)
            if isinstance(parsed, DeviceInfo):
                found.append(parsed)
            else:
                self._aside(parsed)
        return found

    def read(self) -> Reading:
        """One reading now, stable or not (a busy balance gives a ``busy`` reading)."""
        if self.passive:
            return self._heard_next(self.timeout)
        command = self.protocol.cmd_read()
        assert command is not None  # not passive
        answer = self._request(command, (Reading, Refused))
        return self._as_reading(answer)

    def read_stable(self, timeout: float) -> Reading:
        """A stable net reading (status ok), waiting up to ``timeout`` seconds for the balance
        to settle; ``BalanceUnstable`` when it does not, is overloaded or underloaded, or stays
        busy (said in ``capture_refusal``'s words).

        A weight is returned only when TWO stable readings in a row agree (value and unit):
        asked twice (MT-SICS ``SI``/``S`` then ``S``; SBI ``ESC P`` twice), or two stream lines
        in a row. An 8N1 line has no parity, so a byte lost on it goes unseen and can leave a
        plausible wrong weight (``S S      2.345 ct`` of ``S S     12.345 ct``); it does not
        come twice alike. Where a format fixes its widths (SBI 16/22 characters, A&D 15) its
        parser also refuses a line of another width, but MT-SICS is read by this rule alone:
        its value field is 10 characters at level 0/1, yet level-2 balances may add fields
        (BALANCES.md 2.1), so a width rule there could refuse good balances.
        """
        deadline = time.monotonic() + timeout
        if self.passive:  # what was sent before this call is not what is on the pan now
            self._waiting()
            reading = self._checked(self._next_reading(self.timeout))
        else:  # it answers at all, is not overloaded
            reading = self._checked(self._asked_again(self.read))
        weighed = reading if reading.status is Status.OK else None  # the last weight it gave
        stable_cmd = None if self.passive else self.protocol.cmd_read_stable()
        previous: Reading | None = None  # the stable reading before this one
        disagreed: list[Reading] = []  # stable readings that did not agree with the one before
        while True:
            if previous is not None and _agree(previous, reading):
                return reading
            if _settled(reading):
                if previous is not None:
                    disagreed.append(previous)
                previous = reading
            else:
                previous = None
                self._listen(min(POLL, max(0.0, deadline - time.monotonic())))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                if self.passive:
                    reading = self._checked(self._next_reading(min(remaining, self.timeout)))
                elif stable_cmd is not None:
                    ask = functools.partial(
                        self._request, stable_cmd, (Reading, Refused), remaining
                    )
                    answer = self._asked_again(ask)
                    reading = self._checked(self._as_reading(answer))
                else:  # no "when stable" command: ask again until it is
                    reading = self._checked(self._asked_again(self.read))
            except BalanceNoAnswer:
                break  # it answered before: it is waiting for stability still
            if reading.status is Status.OK:
                weighed = reading
        if weighed is None:  # busy all along (never a weight): say so in the capture's words
            raise BalanceUnstable(
                phrase(
                    "no stable reading in {timeout} s: {why}",
                    timeout=f"{timeout:g}",
                    why=capture_refusal(reading) or reading.shown(),
                )
            )
        if disagreed and _settled(reading):  # stable each time, never the same twice
            seen = ", ".join(r.shown() for r in disagreed[-3:])
            raise BalanceUnstable(
                phrase(
                    "the balance's stable readings did not agree twice in a row in {timeout} s "
                    "({seen}): bytes may be lost on the line; check the cable and the port "
                    "settings ({settings})",
                    timeout=f"{timeout:g}",
                    seen=seen,
                    settings=self.settings.describe(),
                )
            )
        if self.passive and previous is not None and _settled(reading):
            # One stable line, and no other: a balance that prints on its PRINT key
            raise BalanceUnstable(
                phrase(
                    "one stable reading came ({reading}) but a capture takes two that "
                    "agree: press the balance's PRINT key again within "
                    "{timeout} s (or set the balance to send continuously)",
                    reading=reading.shown(),
                    timeout=f"{timeout:g}",
                )
            )
        # a busy answer after weights (MT-SICS "S I": not stable in its own time) is unstable
        raise BalanceUnstable(
            phrase(
                "the reading stayed unstable for {timeout} s (last: {reading}): keep the "
                "pan still, close the draught shield and try again",
                timeout=f"{timeout:g}",
                reading=weighed.shown(),
            )
        )

    def _asked_again(self, ask: Callable[[], T]) -> T:
        """``ask()``; asked once more when no answer came but a line did that could not be
        read (the answer garbled: a byte lost, a line cut short)."""
        unread = self.unread
        try:
            return ask()
        except BalanceNoAnswer:
            if self.unread == unread:
                raise
        return ask()

    def zero(self) -> None:
        """Set the balance to zero (the pan must be empty and still)."""
        self._command(self.protocol.cmd_zero(), "zero")

    def tare(self) -> None:
        """Take what is on the pan as the tare."""
        self._command(self.protocol.cmd_tare(), "tare")

    # -- the exchange ----------------------------------------------------------------------------

    def _command(self, command: bytes | None, what: str) -> None:
        if command is None:
            if what == "zero":
                raise BalanceError(
                    phrase(
                        "this balance's protocol ({protocol}) cannot zero",
                        protocol=self.protocol.name,
                    )
                )
            raise BalanceError(
                phrase(
                    "this balance's protocol ({protocol}) cannot tare", protocol=self.protocol.name
                )
            )
        if self.protocol.acknowledges:
            answer = self._request(command, (Ack, Refused))
        else:  # no answer comes: a reading after it shows the balance took it
            self._send(command)
            answer = (
                self._heard_next(self.timeout)
                if self.passive
                else self._request(self.protocol.cmd_read() or b"", (Reading, Refused))
            )
        if isinstance(answer, Refused):
            raise self._refusal(
                answer, phrase("could not zero") if what == "zero" else phrase("could not tare")
            )

    def _request(
        self, command: bytes, kinds: tuple[type, ...], timeout: float | None = None
    ) -> Parsed:
        """Send ``command``; return the first line that answers it (of one of ``kinds`` and,
        where the protocol names the command answered, naming it). Lines before it are set
        aside (readings into ``heard``)."""
        for waiting in self._waiting():
            self._aside(self.protocol.parse(waiting))
        self._send(command)
        expected = self.protocol.answer_id(command)
        not_net: Reading | None = None
        for line in self._lines_within(self.timeout if timeout is None else timeout):
            parsed = self.protocol.parse_answer(command, line)
            named = getattr(parsed, "command", "")
            if parsed is None:
                self.unread += 1
            elif _not_net(parsed):  # a gross or tare line of a G#/T/N print: the net follows
                not_net = cast(Reading, parsed)
            elif isinstance(parsed, kinds) and not (expected and named and named != expected):
                return parsed
            self._aside(parsed)
        raise self._no_net(not_net) if not_net is not None else self._no_answer()

    def _send(self, command: bytes) -> None:
        data = command + self.settings.terminator
        try:
            self._call(lambda port: port.write(data))
        except serial.SerialTimeoutException:
            raise BalanceNoAnswer(
                phrase(
                    "the balance at {url} does not take commands: check the cable and the "
                    "handshake setting ({settings})",
                    url=self.url,
                    settings=self.settings.describe(),
                )
            ) from None

    def _line(self, timeout: float) -> bytes | None:
        return self._call(lambda _port: self._reader.read_line(timeout))

    def _call(self, action: Callable[[serial.SerialBase], T]) -> T:
        """Run ``action(port)``; a port that went away becomes ``BalanceDisconnected``."""
        self._check_cancelled()
        port = self._port
        if port is None:
            raise BalanceDisconnected(
                phrase("the balance at {url} is disconnected (closed)", url=self.url)
            )
        try:
            return action(port)
        except serial.SerialTimeoutException:
            raise
        except PORT_ERRORS as exc:
            self.close()
            raise BalanceDisconnected(
                phrase(
                    "the balance at {url} disconnected ({error}): check the cable and "
                    "that it is switched on",
                    url=self.url,
                    error=_why(exc),
                )
            ) from None

    def _check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise BalanceCancelled(
                phrase("the balance at {url}: stopped (cancelled)", url=self.url)
            )

    def _aside(self, parsed: Parsed | None) -> None:
        if isinstance(parsed, Reading):
            self.heard.append(parsed)
        elif parsed is not None:
            log.info("balance %s: set aside %r", self.url, parsed)

    def _lines_within(self, seconds: float) -> Iterator[bytes]:
        """The lines that come within ``seconds`` (waiting a ``TICK`` at a time, so that
        ``cancel`` is heard)."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            line = self._line(min(remaining, TICK))
            if line is not None:
                yield line

    def _listen(self, seconds: float) -> None:
        """Take the lines that come within ``seconds`` (a pause that still hears the balance)."""
        for line in self._lines_within(seconds):
            self._aside(self.protocol.parse(line))

    def _heard_next(self, timeout: float) -> Reading:
        """The latest reading the balance sent by itself since the last call, else the next."""
        fresh = [self._parse_aside(line) for line in self._waiting()]
        readings = [r for r in fresh if isinstance(r, Reading) and not _not_net(r)]
        if readings:
            return readings[-1]
        return self._next_reading(timeout)

    def _waiting(self) -> list[bytes]:
        lines: list[bytes] = self._call(lambda _port: self._reader.waiting_lines())
        return lines

    def _parse_aside(self, line: bytes) -> Parsed | None:
        parsed = self.protocol.parse(line)
        self._aside(parsed)
        return parsed

    def _next_reading(self, timeout: float) -> Reading:
        """The next net reading (or refusal) the balance sends; gross and tare set aside."""
        not_net: Reading | None = None
        for line in self._lines_within(timeout):
            parsed = self.protocol.parse(line)
            if _not_net(parsed):
                not_net = cast(Reading, parsed)
                self._aside(parsed)
            elif isinstance(parsed, Reading):
                return parsed
            elif isinstance(parsed, Refused):
                return self._as_reading(parsed)
        raise self._no_net(not_net) if not_net is not None else self._no_answer()

    def _as_reading(self, answer: Parsed) -> Reading:
        if isinstance(answer, Reading):
            return answer
        assert isinstance(answer, Refused)
        if answer.busy:
            return Reading(None, "", False, Status.BUSY, answer.raw)
        raise self._refusal(answer, phrase("could not give a reading"))

    @staticmethod
    def _checked(reading: Reading) -> Reading:
        if reading.status in (Status.OVERLOAD, Status.UNDERLOAD, Status.ERROR):
            raise BalanceUnstable(capture_refusal(reading) or reading.shown())
        return reading

    def _refusal(self, answer: Refused, what: str) -> BalanceRefused:
        if answer.busy:
            return BalanceRefused(
                phrase(
                    "the balance {what}: {reason} ({code}); wait until it is still and try again",
                    what=what,
                    reason=_said_reason(answer.reason),
                    code=answer.code,
                )
            )
        return BalanceRefused(
            phrase(
                "the balance refused the command ({code}): {reason}; check its "
                "protocol setting (this computer speaks {protocol})",
                code=answer.code,
                reason=_said_reason(answer.reason),
                protocol=self.protocol.name,
            )
        )

    def _no_net(self, heard: Reading) -> BalanceRefused:
        return BalanceRefused(
            phrase(
                "no net weight from the balance at {url}: {why}",
                url=self.url,
                why=capture_refusal(heard) or heard.shown(),
            )
        )

    def _no_answer(self) -> BalanceNoAnswer:
        return BalanceNoAnswer(
            phrase(
                "the balance at {url} does not answer: check the cable and that it is switched "
                "on, set to {protocol} at {settings}",
                url=self.url,
                protocol=self.protocol.name,
                settings=self.settings.describe(),
            )
        )


def _said_reason(reason: str) -> Phrase:
    """A refusal's reason (the protocol's words, marked there) to be said in the user's
    language."""
    return reason if isinstance(reason, Phrase) else Phrase(reason, {})


def _not_net(parsed: Parsed | None) -> bool:
    """Whether ``parsed`` is a weight line of another kind than the net (gross ``G#``, tare
    ``T``): such a line is heard, never taken for the weight on the pan."""
    return isinstance(parsed, Reading) and parsed.status is Status.OK and parsed.kind != "net"


def _agree(first: Reading, second: Reading) -> bool:
    """Whether two readings are the same stable weight (value and unit)."""
    return (
        _settled(first)
        and _settled(second)
        and (first.value, first.unit)
        == (
            second.value,
            second.unit,
        )
    )


def _settled(reading: Reading) -> bool:
    return reading.stable and reading.status is Status.OK


def open_balance(
    url: str,
    protocol: str | Protocol | GenericProfile = "auto",
    settings: PortSettings | None = None,
    *,
    timeout: float = 2.0,
    listen: float | None = None,
    changes: Mapping[str, Any] | None = None,
) -> Balance:
    """Open the balance at ``url``. ``protocol="auto"`` finds what it speaks: it listens
    ``listen`` seconds (default: up to 1 s) for lines it sends by itself (a stream, which then
    is listened to rather than asked), then asks each protocol's first identity question
    (MT-SICS, SBI, A&D, Ohaus) and keeps the first that is answered. ``settings`` (else each
    protocol's own defaults) set the port; ``changes`` (``PortSettings`` fields, such as
    ``baudrate=4800``) change them, for each protocol tried."""
    if protocol != "auto":
        chosen = as_protocol(protocol)
        port_settings = adjusted(settings or chosen.default_settings, changes)
        return Balance(url, chosen, port_settings, timeout=timeout)
    candidates = [PROTOCOLS[name]() for name in AUTO_ORDER]
    if changes:
        candidates = [type(c)(adjusted(c.default_settings, changes)) for c in candidates]
    first = candidates[0]
    balance = Balance(url, first, settings or first.default_settings, timeout=timeout)
    try:
        found = _detect(
            balance, candidates, settings, min(timeout, 1.0) if listen is None else listen
        )
    except BaseException:
        balance.close()
        raise
    if found is None:
        balance.close()
        names = ", ".join(AUTO_ORDER)
        raise BalanceNoAnswer(
            phrase(
                "the balance at {url} does not answer in any protocol this computer knows "
                "({names}): check the cable, that it is switched on and its interface settings",
                url=url,
                names=names,
            )
        )
    return balance


def _detect(
    balance: Balance, candidates: list[Protocol], settings: PortSettings | None, listen: float
) -> Protocol | None:
    """Find the protocol ``balance`` speaks and switch to it (``None``: none answered)."""
    heard_at: list[tuple[object, ...]] = []
    for candidate in candidates:
        port_settings = settings or candidate.default_settings
        line = _line_setting(balance.url, port_settings)
        try:
            balance.use(balance.protocol, port_settings)
        except (BalanceDisconnected, BalanceCancelled):
            raise
        except BalanceError as exc:  # this device cannot take the setting: not this protocol
            log.info("auto-detect: %s", exc)
            continue
        if line not in heard_at:  # a new line setting: listen first
            heard_at.append(line)
            streamed = _heard_protocol(balance, candidates, listen)
            if streamed is not None:
                protocol, count = streamed
                balance.use(protocol, port_settings)
                balance.passive = count > 1
                return protocol
        balance.use(candidate, port_settings)
        if _answers(balance, candidate, candidates):
            balance.heard.clear()
            return candidate
    return None


def _answers(balance: Balance, candidate: Protocol, candidates: list[Protocol]) -> bool:
    """Whether the balance answers ``candidate``'s first identity question in its language.

    An error line in any protocol (``ES`` to ``I4``: an Ohaus; ``EC,E01``: an A&D) is a no at
    once, without waiting out the timeout."""
    command = candidate.cmd_identify()[0]
    balance._waiting()  # what came before the question does not answer it
    balance._send(command)
    for line in balance._lines_within(min(balance.timeout, PROBE_WAIT)):
        if isinstance(candidate.parse_answer(command, line), (DeviceInfo, Reading)):
            return True
        if any(isinstance(other.parse(line), Refused) for other in candidates):
            return False
    return False


#: Ports where the line settings mean nothing (a network bridge, a loopback).
_NO_LINE_SETTINGS = ("socket://", "loop://")


def _line_setting(url: str, settings: PortSettings) -> tuple[object, ...]:
    """What decides how bytes on the line look (the handshake does not; on a network socket
    nothing does)."""
    if url.lower().startswith(_NO_LINE_SETTINGS):
        return ()
    return (settings.baudrate, settings.bytesize, settings.parity, settings.stopbits)


def _heard_protocol(
    balance: Balance, candidates: list[Protocol], listen: float
) -> tuple[Protocol, int] | None:
    """The protocol of the readings the balance sends unasked within ``listen`` seconds, and
    how many came (``None``: none)."""
    found: Protocol | None = None
    count = 0
    for line in balance._lines_within(listen):
        speaking = [
            c for c in ([found] if found else candidates) if isinstance(c.parse(line), Reading)
        ]
        if speaking:
            found = speaking[0]
            count += 1
        if count >= 2:  # a stream: enough heard
            break
    return (found, count) if found is not None else None
