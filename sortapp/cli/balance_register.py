"""The balance register from the command line (admin; a check: operator): ``sortapp balance
list | add | set | calibrate | check``. ``add_register_commands`` adds them to the ``balance``
group (``cli.balance``, which holds ``balance read``); this module registers no group itself."""

from __future__ import annotations

import argparse

from sortapp.cli import common
from sortapp.core.errors import UserError
from sortapp.core.units import parse_carats
from sortapp.core.weighing import KEYED
from sortapp.services import anchors, balances
from sortapp.services.settings import settings
from sortapp.storage.dbapi import Database

#: The register's fields as options: (option, field of ``services.balances.FIELDS``, help).
OPTIONS = (
    ("--vendor", "vendor", "maker (Mettler Toledo, Sartorius, A&D, Ohaus)"),
    ("--model", "model", "model (JET 1103C)"),
    ("--serial", "serial_no", "serial number on the balance's plate (checked at connect)"),
    ("--port", "port", "COM4, /dev/ttyUSB0 or socket://HOST:PORT"),
    ("--protocol", "protocol", "/".join(balances.PROTOCOLS)),
    ("--pattern", "pattern", "generic only: the line's regular expression, (?P<value>...)"),
    ("--baudrate", "baudrate", "baud rate (default: the protocol's own)"),
    ("--bytesize", "bytesize", "data bits, 7 or 8 (default: the protocol's own)"),
    ("--parity", "parity", "N, E or O (default: the protocol's own)"),
    ("--stopbits", "stopbits", "1 or 2 (default: the protocol's own)"),
    ("--handshake", "handshake", "none, xonxoff or rtscts (default: the protocol's own)"),
    ("--terminator", "terminator", f"{'/'.join(balances.TERMINATORS)} (default: the protocol's)"),
    ("--d", "readability_mct", "readability d in ct (0.001)"),
    ("--e", "interval_mct", "verification interval e in ct (default: d)"),
    ("--class", "accuracy_class", "/".join(balances.CLASSES)),
    ("--verified", "verified", "verified for trade: yes or no"),
    ("--min", "min_mct", "minimum load in ct"),
    ("--max", "max_mct", "maximum load (capacity) in ct"),
    ("--location", "location", "where it stands"),
)


def _given(args: argparse.Namespace) -> dict[str, str]:
    fields = {
        field: getattr(args, field) for _o, field, _h in OPTIONS if getattr(args, field) is not None
    }
    if getattr(args, "active", None) is not None:
        fields["active"] = args.active
    return fields


def cmd_balance_list(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    found = balances.list_balances(db)
    if common.structured(args):
        common.print_data(
            args,
            [
                {
                    "code": b.code,
                    "vendor": b.vendor,
                    "model": b.model,
                    "serial_no": b.serial_no,
                    "port": b.port,
                    "protocol": b.protocol,
                    "d": common.ct_text(b.readability_mct),
                    "e": common.ct_text(b.interval_mct),
                    "class": b.accuracy_class,
                    "verified": b.verified,
                    "active": b.active,
                    "calibration_due": balances.capture_state(db, b.code).calibration_due,
                }
                for b in found
            ],
        )
        return
    rows = []
    for b in found:
        state = balances.capture_state(db, b.code)
        rows.append(
            (
                b.code,
                f"{b.vendor} {b.model}".strip(),
                b.serial_no,
                b.port,
                b.protocol,
                common.ct_text(b.readability_mct),
                state.calibration_due or "none",
                "may capture" if state.allowed else state.message,
            )
        )
    common.print_table(
        ["code", "balance", "serial", "port", "protocol", "d (ct)", "calibration due", "state"],
        rows,
        {5},
    )


def cmd_balance_add(args: argparse.Namespace, db: Database) -> None:
    balances.register_balance(db, common.sign_in(args, db), {"code": args.code, **_given(args)})
    print(f"balance {args.code} registered")


def cmd_balance_set(args: argparse.Namespace, db: Database) -> None:
    changes = balances.update_balance(
        db, common.sign_in(args, db), args.code, _given(args), args.reason
    )
    print(changes.note)


def cmd_balance_calibrate(args: argparse.Namespace, db: Database) -> None:
    changes = balances.record_calibration(
        db,
        common.sign_in(args, db),
        args.code,
        calibrated_on=args.on,
        by=args.by,
        certificate=args.certificate,
        next_due=args.next_due,
        as_found=args.as_found,
        as_left=args.as_left,
    )
    print(changes.note)


def cmd_balance_check(args: argparse.Namespace, db: Database) -> None:
    """A check keyed from the balance's display (the app captures it off the balance)."""
    comma = settings(db).decimal_comma
    nominal = parse_carats(args.nominal, "nominal", decimal_comma=comma)
    tolerance = parse_carats(args.tolerance, "tolerance", allow_zero=True, decimal_comma=comma)
    read = parse_carats(args.read, "read", decimal_comma=comma)
    changes = balances.record_check(
        db,
        common.sign_in(args, db),
        args.code,
        reference=args.reference,
        nominal_mct=nominal,
        tolerance_mct=tolerance,
        source=KEYED,
        read_mct=read,
    )
    if changes.warning:
        # Recorded, and a failure: the exit status says so (1) to a script or a shift's log.
        anchors.checkpoint(db, getattr(args, "signed_in", None))
        raise UserError(changes.warning)
    print(changes.note)


def add_register_commands(bal: common.Subparsers) -> None:
    """Add ``list``, ``add``, ``set``, ``calibrate`` and ``check`` to the ``balance`` group."""
    common.with_json(common.command(bal, "list", cmd_balance_list, "list the balance register"))
    p = common.command(bal, "add", cmd_balance_add, "register a balance (admin)")
    p.add_argument("code")
    for option, field, help_ in OPTIONS:
        p.add_argument(option, dest=field, help=help_)
    p = common.command(bal, "set", cmd_balance_set, "change a registered balance (admin)")
    p.add_argument("code")
    for option, field, help_ in OPTIONS:
        p.add_argument(option, dest=field, help=help_)
    p.add_argument("--active", help="in use: yes, or no to retire it")
    p.add_argument("--reason", required=True)
    p = common.command(
        bal, "calibrate", cmd_balance_calibrate, "record a balance's calibration (admin)"
    )
    p.add_argument("code")
    p.add_argument("--on", required=True, help="calibrated on (YYYY-MM-DD)")
    p.add_argument("--by", required=True, help="who calibrated it")
    p.add_argument(
        "--certificate", required=True, help="the calibration certificate's number (required)"
    )
    p.add_argument("--next-due", required=True, help="next calibration due (YYYY-MM-DD)")
    p.add_argument("--as-found", default="")
    p.add_argument("--as-left", default="")
    p = common.command(
        bal, "check", cmd_balance_check, "record a check with a reference weight (keyed)"
    )
    p.add_argument("code")
    p.add_argument("--reference", required=True, help="the reference weight's id")
    p.add_argument("--nominal", required=True, help="its nominal carats")
    p.add_argument("--tolerance", required=True, help="carats it may read off by")
    p.add_argument("--read", required=True, help="what the balance read, in carats")
