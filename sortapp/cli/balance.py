"""The ``balance`` group: ``balance read`` talks to a balance directly (no database); the
register's commands (``list``, ``add``, ``set``, ``calibrate``, ``check``) are in
``balance_register``."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal

from sortapp.balances.device import open_balance
from sortapp.balances.protocols import PROTOCOLS
from sortapp.balances.reading import BalanceError, Reading
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


def reading_data(reading: Reading, protocol: str, port: str) -> dict[str, object]:
    """A reading as the CLI's JSON shows it: the value as exact decimal text."""
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
    }


def cmd_read(args: argparse.Namespace) -> None:
    """Print one reading of the balance at ``args.port`` (run by ``main`` with no database)."""
    try:
        with open_balance(args.port, args.protocol, timeout=args.timeout) as balance:
            reading = balance.read_stable(args.timeout) if args.stable else balance.read()
            protocol = balance.protocol.name
    except BalanceError as exc:
        raise UserError(str(exc), code="balance") from None
    data = reading_data(reading, protocol, args.port)
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
    print(f"protocol: {protocol}")


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
        help="what the balance speaks (default: auto, found by listening and asking)",
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
