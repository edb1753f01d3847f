"""The ``balance`` group: ``balance read`` talks to a balance directly (no database); the
register's commands (``list``, ``add``, ``set``, ``calibrate``, ``check``) are in
``balance_register``."""

from __future__ import annotations

import argparse
import json
import re
from decimal import Decimal

from sortapp.balances.device import (
    PROBE_WAIT,
    Balance,
    BalanceCancelled,
    BalanceDisconnected,
    open_balance,
)
from sortapp.balances.protocols import PROTOCOLS, GenericProfile, PortSettings
from sortapp.balances.reading import BalanceError, DeviceInfo, Reading
from sortapp.cli import balance_register, common
from sortapp.core.errors import UserError

#: The longest a command waits for a balance (seconds).
MAX_TIMEOUT = 600


def _seconds(text: str) -> float:
    """``--timeout``: seconds above 0, at most ``MAX_TIMEOUT``."""
    try:
        value = Decimal(text.strip())
    except ArithmeticError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value.is_finite() or not 0 < value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"give seconds above 0 and at most {MAX_TIMEOUT} (not {text!r})"
        )
    return float(value)  # a duration, not a weight: the port takes seconds as a float


#: ``--handshake``: the ``PortSettings`` fields each choice sets.
HANDSHAKES = {
    "none": {"xonxoff": False, "rtscts": False},
    "xonxoff": {"xonxoff": True, "rtscts": False},
    "rtscts": {"xonxoff": False, "rtscts": True},
}
#: ``--eol``: the end of line sent after each command.
EOLS = {"crlf": b"\r\n", "cr": b"\r", "lf": b"\n"}


def _baud(text: str) -> int:
    """``--baud``: a whole number of bits per second, 50 to 921600."""
    if not text.strip().isdigit() or not 50 <= int(text) <= 921600:
        raise argparse.ArgumentTypeError(f"give the baud rate as on the balance (not {text!r})")
    return int(text)


def _pattern(text: str) -> str:
    """``--pattern``: a regular expression with a group named ``value``."""
    try:
        compiled = re.compile(text)
    except re.error as exc:
        raise argparse.ArgumentTypeError(f"not a regular expression ({exc}): {text!r}") from None
    if "value" not in compiled.groupindex:
        raise argparse.ArgumentTypeError(
            "the pattern needs a group named value, such as (?P<value>[+-]?[0-9.]+)"
        )
    return text


def setting_changes(args: argparse.Namespace) -> dict[str, object]:
    """The port settings given on the command line (the rest stay the protocol's own)."""
    changes: dict[str, object] = {}
    if args.baud is not None:
        changes["baudrate"] = args.baud
    if args.bytesize is not None:
        changes["bytesize"] = int(args.bytesize)
    if args.parity is not None:
        changes["parity"] = args.parity
    if args.stopbits is not None:
        changes["stopbits"] = int(args.stopbits)
    if args.handshake is not None:
        changes.update(HANDSHAKES[args.handshake])
    if args.eol is not None:
        changes["terminator"] = EOLS[args.eol]
    return changes


def reading_data(
    reading: Reading, protocol: str, port: str, info: DeviceInfo | None = None
) -> dict[str, object]:
    """A reading as the CLI's JSON shows it: the value as exact decimal text; ``serial_no`` and
    ``model`` as the balance reports them (``null``: not reported)."""
    return {
        "value": None if reading.value is None else str(reading.value),
        "unit": reading.unit,
        "stable": reading.stable,
        "status": reading.status.value,
        "kind": reading.kind,
        "unverified_digits": reading.unverified_digits,
        "raw": reading.raw_text(),
        "protocol": protocol,
        "port": port,
        "serial_no": (info.serial_no or None) if info else None,
        "model": (info.model or None) if info else None,
    }


def describe(settings: PortSettings) -> str:
    """``9600 baud 8N1 Xon/Xoff, end of line CR LF``: the line, and the end of each command."""
    eol = settings.terminator.decode("ascii", "replace").replace("\r", "CR ").replace("\n", "LF ")
    return f"{settings.describe()}, end of line {eol.strip() or 'none'}"


def identity(balance: Balance, timeout: float) -> DeviceInfo | None:
    """Who the balance says it is; ``None`` when it does not say (no answer, a balance that is
    only listened to, answers that do not agree)."""
    if balance.passive or not balance.protocol.cmd_identify():
        return None
    try:
        return balance.identify(min(timeout, PROBE_WAIT))
    except (BalanceDisconnected, BalanceCancelled):
        raise
    except BalanceError:
        return None


def cmd_read(args: argparse.Namespace) -> None:
    """Print one reading of the balance at ``args.port`` (run by ``main`` with no database)."""
    protocol: str | GenericProfile = args.protocol
    if args.pattern is not None:
        if args.protocol != "generic":
            raise UserError("--pattern goes with --protocol generic", code="balance")
        protocol = GenericProfile(args.pattern)
    changes = setting_changes(args)
    try:
        with open_balance(args.port, protocol, timeout=args.timeout, changes=changes) as balance:
            reading = balance.read_stable(args.timeout) if args.stable else balance.read()
            info = identity(balance, args.timeout)
            name = balance.protocol.name
            settings = describe(balance.settings)
    except BalanceError as exc:
        raise UserError(str(exc), code="balance") from None
    data = reading_data(reading, name, args.port, info)
    data["settings"] = settings
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    print(f"value: {'-' if reading.value is None else reading.value}")
    print(f"unit: {reading.unit or '-'}")
    print(f"stable: {'yes' if reading.stable else 'no'}")
    print(f"status: {reading.status.value}")
    if reading.unverified_digits:
        print(f"unverified digits: {reading.unverified_digits}")
    print(f"raw: {reading.raw_text()}")
    print(f"serial: {data['serial_no'] or 'not reported'}")
    print(f"model: {data['model'] or 'not reported'}")
    print(f"settings: {settings}")
    print(f"protocol: {name}")


def _read(sub: common.Subparsers) -> None:
    p = common.command(
        sub,
        "read",
        cmd_read,
        "print one reading of a balance (value, unit, stable, status, the raw line): to check a "
        "balance from a terminal",
    )
    p.add_argument(
        "port", metavar="PORT_OR_URL", help="COM4, /dev/ttyUSB0, socket://HOST:PORT, ..."
    )
    p.add_argument(
        "--protocol",
        choices=[*PROTOCOLS, "auto"],
        default="auto",
        help="what the balance speaks (default: auto, found by listening and asking; generic: "
        "listened to and read by a pattern)",
    )
    p.add_argument(
        "--pattern",
        type=_pattern,
        metavar="REGEX",
        help="with --protocol generic: how to read a line, a regular expression with the groups "
        "value (required), unit, stable or unstable (see docs/balances.md)",
    )
    p.add_argument(
        "--stable",
        action="store_true",
        help="wait for a stable reading; exit 1 if it stays unstable, is overloaded or does "
        "not answer",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=5.0,
        metavar="S",
        help="seconds to wait for an answer, and with --stable for stability (default 5)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    line = p.add_argument_group(
        "port settings", "as set on the balance (default: the protocol's own; with auto, each's)"
    )
    line.add_argument(
        "--baud", "--baudrate", type=_baud, metavar="N", help="baud rate (1200, 9600, ...)"
    )
    line.add_argument("--bytesize", choices=["7", "8"], help="data bits")
    line.add_argument("--parity", choices=["N", "E", "O"], help="parity: none, even, odd")
    line.add_argument("--stopbits", choices=["1", "2"], help="stop bits")
    line.add_argument("--handshake", choices=list(HANDSHAKES), help="flow control")
    line.add_argument(
        "--eol", "--terminator", choices=list(EOLS), help="the end of line sent after each command"
    )


def _balance(sub: common.Subparsers) -> None:
    group = common.group(
        sub, "balance", "read a balance directly (no database), and keep the balance register"
    )
    _read(group)
    balance_register.add_register_commands(group)


def needs_no_database(args: argparse.Namespace) -> bool:
    """Whether the command talks to a balance only (``balance read``): no database is opened."""
    return bool(args.command == "balance" and args.balance_command == "read")


COMMANDS = {"balance": _balance}
