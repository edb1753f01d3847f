"""The balance register from the command line (admin; a check: operator): ``sortapp balance
list | add | set | calibrate | check`` and ``sortapp balance reference list | add | set``.
``add_register_commands`` adds them to the ``balance`` group (``cli.balance``, which holds
``balance read``); this module registers no group itself."""

from __future__ import annotations

import argparse

from sortapp.cli import capture, common
from sortapp.core.errors import UserError
from sortapp.services import anchors, balances
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


def _given(
    args: argparse.Namespace, options: tuple[tuple[str, str, str], ...] = OPTIONS
) -> dict[str, str]:
    """The fields given as ``options`` (and ``--active``), by field."""
    fields = {
        field: getattr(args, field) for _o, field, _h in options if getattr(args, field) is not None
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
    """A check with a reference weight of the register, read off the balance itself on its
    registered port (a reading is never typed here)."""
    actor = common.sign_in(args, db)
    source = capture.capture(balances.get_balance(db, args.code), args.timeout)[1]
    changes = balances.record_check(db, actor, args.code, reference=args.reference, source=source)
    if changes.warning:
        # Recorded, and a failure: the exit status says so (1) to a script or a shift's log.
        anchors.checkpoint(db, getattr(args, "signed_in", None))
        raise UserError(changes.warning)
    print(changes.note)


#: A reference weight's fields as options: (option, field of ``REFERENCE_FIELDS``, help).
REFERENCE_OPTIONS = (
    ("--nominal", "nominal_mct", "its nominal weight in ct (5.000)"),
    ("--class", "weight_class", "its class (OIML R 111: E2, F1 ...)"),
    ("--certificate", "certificate", "its calibration certificate's number"),
)


def cmd_reference_list(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    found = balances.list_reference_weights(db)
    if common.structured(args):
        common.print_data(
            args,
            [
                {
                    "code": r.code,
                    "nominal": common.ct_text(r.nominal_mct),
                    "class": r.weight_class,
                    "certificate": r.certificate,
                    "active": r.active,
                }
                for r in found
            ],
        )
        return
    common.print_table(
        ["code", "nominal (ct)", "class", "certificate", "in use"],
        [
            (
                r.code,
                common.ct_text(r.nominal_mct),
                r.weight_class,
                r.certificate,
                "yes" if r.active else "no",
            )
            for r in found
        ],
        {1},
    )


def cmd_reference_add(args: argparse.Namespace, db: Database) -> None:
    changes = balances.register_reference_weight(
        db, common.sign_in(args, db), {"code": args.code, **_given(args, REFERENCE_OPTIONS)}
    )
    print(changes.note)


def cmd_reference_set(args: argparse.Namespace, db: Database) -> None:
    changes = balances.update_reference_weight(
        db, common.sign_in(args, db), args.code, _given(args, REFERENCE_OPTIONS), args.reason
    )
    print(changes.note)


def _add_reference_commands(bal: common.Subparsers) -> None:
    """``sortapp balance reference list | add | set``: the reference weights (admin)."""
    ref = common.group(bal, "reference", "the reference weights balances are checked with")
    common.with_json(common.command(ref, "list", cmd_reference_list, "list the reference weights"))
    _add_and_set(
        ref,
        (cmd_reference_add, "register a reference weight (admin)"),
        (cmd_reference_set, "change a reference weight (admin)"),
        REFERENCE_OPTIONS,
    )


def _add_and_set(
    group: common.Subparsers,
    add: tuple[common.Command, str],
    change: tuple[common.Command, str],
    options: tuple[tuple[str, str, str], ...],
) -> None:
    """``add CODE`` and ``set CODE ... --reason`` of a register, with its ``options``."""
    for name, (func, help_) in (("add", add), ("set", change)):
        p = common.command(group, name, func, help_)
        p.add_argument("code")
        for option, field, said in options:
            p.add_argument(option, dest=field, help=said)
        if name == "set":
            p.add_argument("--active", help="in use: yes, or no to retire it")
            p.add_argument("--reason", required=True)


def add_register_commands(bal: common.Subparsers) -> None:
    """Add ``list``, ``add``, ``set``, ``calibrate``, ``check`` and ``reference`` to the
    ``balance`` group."""
    common.with_json(common.command(bal, "list", cmd_balance_list, "list the balance register"))
    _add_and_set(
        bal,
        (cmd_balance_add, "register a balance (admin)"),
        (cmd_balance_set, "change a registered balance (admin)"),
        OPTIONS,
    )
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
        bal,
        "check",
        cmd_balance_check,
        "check a balance with a reference weight: the reading is taken off the balance on its "
        "registered port",
    )
    p.add_argument("code")
    p.add_argument("--reference", required=True, help="the reference weight's code")
    p.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for a stable reading"
    )
    _add_reference_commands(bal)
