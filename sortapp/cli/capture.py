"""Weights captured off a registered balance from the command line: ``--balance CODE`` on the
commands that record a weight (``lot receive|weigh|reweigh``, ``sort add|loss``) and the
balance's check. The CLI could only type weights, refused where the site takes them from the
balance only (a leftover of 2026-12-07); a reading is never typed here, as in the app: it is
read off the balance on its registered port, and the service checks it as any capture."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Mapping

from sortapp.balances.device import open_balance
from sortapp.balances.protocols import GenericProfile
from sortapp.balances.reading import BalanceError, DeviceInfo, capture_refusal, reading_mct
from sortapp.cli import common
from sortapp.core.clock import utc_now
from sortapp.core.entities import BalanceRecord
from sortapp.core.errors import UserError
from sortapp.core.forms import F, Form
from sortapp.core.weighing import WeightSource
from sortapp.services import balances
from sortapp.storage.dbapi import Database


def capture(balance: BalanceRecord, timeout: float) -> tuple[int, WeightSource]:
    """A stable reading captured off ``balance`` on its registered port, with the register's
    protocol and serial line, and who the balance says it is (its serial number): its carats
    (thousandths) and where they came from."""
    if not balance.port:
        raise UserError(
            f"balance {balance.code} has no port in the register: an admin sets it "
            f"(sortapp balance set {balance.code} --port ...)"
        )
    protocol: str | GenericProfile = balance.protocol
    if balance.protocol == "generic" and balance.pattern:
        protocol = GenericProfile(balance.pattern)
    try:
        device = open_balance(
            balance.port, protocol, balances.port_settings(balance), timeout=min(timeout, 5.0)
        )
        try:
            info = device.identify() if device.protocol.cmd_identify() else DeviceInfo()
            reading = device.read_stable(timeout)
        finally:
            device.close()
    except BalanceError as exc:
        raise UserError(f"balance {balance.code}: {exc}") from None
    refusal = capture_refusal(reading)
    if refusal is not None:
        raise UserError(f"balance {balance.code}: {refusal}")
    source = WeightSource(
        captured=True,
        balance=balance.code,
        serial_no=info.serial_no,
        reading=reading.shown(),
        raw=reading.raw_text(),
        port=balance.port,
        captured_at=utc_now(),
    )
    return reading_mct(reading), source


def add_options(p: argparse.ArgumentParser, *, carats_help: str = "") -> None:
    """``--carats`` or ``--balance CODE`` (and its ``--timeout``) on a command recording a
    weight."""
    p.add_argument("--carats", help=carats_help or "the carats, typed (or --balance)")
    p.add_argument(
        "--balance",
        metavar="CODE",
        help="capture the carats off the registered balance CODE, on its registered port, "
        "instead of typing them (a stable reading; the site may take weights this way only)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="with --balance: seconds to wait for a stable reading (default 10)",
    )


def weighed(
    args: argparse.Namespace, db: Database, form: type[F], values: Mapping[str, str | None]
) -> tuple[F, WeightSource | None]:
    """``common.parse`` of ``form`` from ``values`` (its ``carats`` as typed), or with
    ``--balance``, its carats captured off the balance, and where they came from (None:
    typed)."""
    if not args.balance:
        if values.get("carats") is None and not _optional(form):
            raise common.UsageError("give --carats, or --balance CODE to capture them")
        return common.parse(db, form, values), None
    if values.get("carats") is not None:
        raise common.UsageError("give --carats or --balance, not both")
    # (The other figures read as typed; the carats are the reading's, exactly.)
    parsed = common.parse(db, form, {**values, "carats": "1"})
    mct, source = capture(balances.get_balance(db, args.balance), args.timeout)
    return dataclasses.replace(parsed, carats=mct), source  # type: ignore[type-var]


def _optional(form: type[Form]) -> bool:
    """Whether ``form``'s carats may be left out (a lot received to be weighed later)."""
    return not next(f for f in form.FIELDS if f.name == "carats").required
