"""The ``sortapp`` command line: the same core services the desktop app calls, no Qt.

One module a command group (``site``, ``assortment``, ``lots``, ``sorting``, ``parcels``,
``reports``, ``documents``, ``verify``, ``transfers``, ``server``, ``balance``), each registering
its own commands; what they share is in ``common``. This module builds the parser from them and
runs a command, on a database file or on the facility server (``--db postgresql://HOST:PORT/DB``).
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sortapp import __version__, desktop, paths
from sortapp.cli import (
    assortment,
    balance,
    common,
    documents,
    lots,
    parcels,
    reports,
    server,
    site,
    sorting,
    transfers,
    verify,
)
from sortapp.cli.common import Parser, Subparsers, UsageError
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.services import anchors
from sortapp.services import server as facility
from sortapp.storage import dbapi
from sortapp.storage.db import open_db, opened_damaged, opened_read_only, storage_errors
from sortapp.storage.dbapi import Database

__all__ = ["HINTS", "UsageError", "build_parser", "hint", "main"]

log = logging.getLogger(__name__)


#: The CLI's own words for a refusal's way out, by the error's code (services name no flag or
#: command); formatted with the error's facts. A code not here gets the plain sentence only.
HINTS: dict[str, str] = {
    "origin_missing": "give --mine or --supplier",
    "signed_in_lapsed": "run the command again as the user you are now",
    "received_time": "give the day it arrived, YYYY-MM-DD or 'YYYY-MM-DD HH:MM', in site time",
    "special_not_sorted": "the lot's special stones as sorted: sortapp sort show {lot}",
    "party_new": "sortapp party set '{party}' --address '...' --country CC",
    "party_exists": "change it: sortapp party set '{party}' --address '...'",
    "party_unchanged": "see it as registered: sortapp party list",
    "lot_not_weighed": "weigh it first: sortapp lot weigh {lot}",
    "difference_unacknowledged": "a supervisor acknowledges it: sortapp lot acknowledge {lot}",
    "difference_needs_acceptance": "sortapp sort close {lot} --accept-difference --reason '...'",
    "category_unknown": "list the assortment: sortapp category list",
    "language_unknown": "sortapp category name CODE LANGUAGE NAME (LANGUAGE: {languages})",
    "country_unknown": "an admin adds it: sortapp country set {country} ...",
    "stones_needed": "give --stones",
    "special_one_stone": "give --stones 1: one entry per special stone",
    "special_too_small": "list the size classes: sortapp category list",
    "special_not_in_specials": "list the specials categories: sortapp category list",
    "stones_out_of_band": "check --stones and the carats; the size classes: sortapp category list",
    "stones_part": "check --stones: the stones of the part packed",
    "lot_needed": "give --lot",
    "no_authority": "an admin sets it: sortapp site set authority NAME",
    "no_site": "run 'sortapp init' first",
    "no_database": "create one with 'sortapp init' or 'sortapp demo'",
    "demo_exists": "give --replace to rebuild a demo database",
    "restore_other_site": "an admin may force it with --force",
    "restore_unchecked": "an admin may force it with --force",
    "restore_busy": "close sortapp at the other workstations, then run the restore again",
    "server_backup": "see docs/facility-server.md (backups and restore)",
    "server_schema_behind": "the owner connects once: sortapp --db postgresql://OWNER@HOST/DB ...",
    "server_unreachable": "check the network; sortapp audit shows whether the action was recorded",
    "server_busy": "try again",
    "server_connections": "close sortapp at another workstation of the same user, then try again",
    "server_collation": "see docs/facility-server.md (creating the database)",
    "server_no_database": "check the database named in the URL",
    "import_other_country": "a supervisor may force the import with --force",
    "import_without_certificate": "give --kp-cert NUMBER",
    "certificate_not_the_files": "give no --kp-cert: the file's own is taken",
    "certificate_from_home": "give --from COUNTRY, the country the lot was shipped from",
    "certificate_not_of_country": "check --kp-cert, or --from: the country that issued it",
    "import_without_value": "give --value USD, as its KP certificate states it",
    "import_not_participant": "an admin keeps the KP participant list: sortapp country set",
    "no_backup_folder": "check the folder's path (sortapp site show: backup-folder)",
    "no_site_key": "a key holder gives it: sortapp site key grant {user}",
    "last_key_holder": "give the key first: sortapp site key grant NAME",
    "key_pinned_other": "re-pin it with --replace and a --reason",
    "bundle_unsigned": "an admin may accept this one file with --accept-unsigned and a --reason",
    "key_unknown": (
        "an admin pins it: sortapp bundle trust {sender} {key} (or accepts this one file with "
        "--accept-unsigned and a --reason)"
    ),
    "key_other": (
        "an admin re-pins it: sortapp bundle trust {sender} {key} --replace --reason '...'"
    ),
    "sqlite_corrupt": "then run 'sortapp verify'",
    "schema_not_sortapps": "an admin runs 'sortapp verify', which names every object",
}


def hint(exc: UserError | KnownStorageError) -> str:
    """Return the CLI's hint for a refusal (from its code and facts), or ""."""
    wording = HINTS.get(exc.code, "")
    try:
        return wording.format(**exc.facts)
    except (KeyError, IndexError, ValueError):  # a fact missing: the hint without them
        return wording.split(":")[0] if ":" in wording else ""


def _say(text: str, exc: UserError | KnownStorageError) -> None:
    print(f"sortapp: {text}", file=sys.stderr)
    tip = hint(exc)
    if tip:
        print(f"sortapp: hint: {tip}", file=sys.stderr)


# -- the parser --------------------------------------------------------------------------------

#: The groups' commands, by the top-level name each registers.
_COMMANDS: dict[str, Callable[[Subparsers], None]] = {
    **site.COMMANDS,
    **assortment.COMMANDS,
    **lots.COMMANDS,
    **sorting.COMMANDS,
    **parcels.COMMANDS,
    **reports.COMMANDS,
    **documents.COMMANDS,
    **verify.COMMANDS,
    **transfers.COMMANDS,
    **server.COMMANDS,
    **balance.COMMANDS,
}
#: The order ``sortapp --help`` lists the top-level commands in.
ORDER = (
    "init",
    "demo",
    "user",
    "site",
    "country",
    "category",
    "price",
    "lot",
    "sort",
    "stock",
    "parcel",
    "party",
    "report",
    "manifest",
    "print",
    "audit",
    "certificate",
    "verify",
    "import",
    "backup",
    "restore",
    "bundle",
    "migrate-to-server",
    "balance",
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="sortapp", description="Rough-diamond sorting inventory.")
    parser.add_argument("--version", action="version", version=f"sortapp {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this install: a short day on a temporary database, a manifest printed to "
        "PDF and read back, verify; exit 0 when every step passes",
    )
    parser.add_argument(
        "--db",
        help="database file, or the facility server's postgresql://HOST:PORT/DB (default: "
        "$SORTAPP_DB, else the machine's sortapp.toml, else the user data folder's file)",
    )
    parser.add_argument("--user", help="sign in as this user (default: $SORTAPP_USER)")
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the database read-only: read, report, print and verify; write nothing "
        "(a file that cannot be written opens so by itself)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for name in ORDER:
        _COMMANDS[name](sub)
    return parser


def _configure_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.WARNING)


def _open_app(db_path: Path | str) -> int:
    """Open the desktop app (its Qt modules are imported only then: the CLI never loads Qt)."""
    return desktop.open_app(db_path)


def _selftest(args: argparse.Namespace) -> int:
    """Run ``--selftest`` (on a database of its own: it takes no command and no --db)."""
    if args.command is not None or args.db or args.user or args.read_only:
        print("sortapp: --selftest takes no command and no other option", file=sys.stderr)
        return 2
    from sortapp import selftest  # noqa: PLC0415 (it loads Qt to print)

    return selftest.run()


def _open_file(args: argparse.Namespace, db_path: Path) -> Database:
    """Open the database file for the command (``init`` creates it)."""
    args.db_path = db_path
    args.db = args.db and db_path
    if args.read_only and args.command == "init":
        raise UsageError("init creates a database; it cannot be read-only")
    db = open_db(db_path, create=args.command == "init", read_only=args.read_only)
    why = opened_read_only(db)
    if why and not (args.command == "restore" and opened_damaged(db)):
        print(f"read-only: {why}; nothing will be written", file=sys.stderr)
    return db


#: Commands that need a database file: refused on the facility server.
_FILE_ONLY = {
    "demo": "demo writes a demo database file: give --db FILE",
    "restore": (
        "restore replaces a database file; the facility server's database is restored by IT "
        "from the server's base backup and WAL archive"
    ),
}


def _open_on_server(args: argparse.Namespace, url: str) -> Database:
    """Connect to the facility server for the command: the owner's connection when the URL
    names a user (``init``, upgrades), else the sortapp user's own sign-in to the server."""
    refused = _FILE_ONLY.get(args.command)
    if refused:
        raise UserError(f"{refused}; nothing was changed", code="server_file_only")
    if args.read_only:
        raise UserError(
            "--read-only opens a database file read-only; on the facility server what each "
            "user may write is the server's to grant: sign in as a user who may only read",
            code="server_file_only",
        )
    args.db_path = None
    args.db = facility.where(url)
    if args.command == "init" or facility.owner_named(url):
        return facility.open_as_owner(url, args.command)
    name = common.user_name(args)
    args.password = common.ask_password("SORTAPP_PASSWORD", f"Password for {name}: ")
    return facility.open_as_user(url, name, args.password)


def _unreadable_argument(argv: Sequence[str]) -> str:
    """Return why an argument cannot be taken as text ('' when all can).

    A NUL cannot come from a shell, and bytes that are not UTF-8 (decoded as surrogates) cannot
    be stored or printed; both are refused before anything is opened.
    """
    for number, arg in enumerate(argv, 1):
        if "\0" in arg:
            return f"argument {number} holds a NUL character"
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return f"argument {number} is not UTF-8 text"
    return ""


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # not a real file (tests capture it): nothing will flush to a closed pipe


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 done, 1 refused or invalid, 2 usage)."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    unreadable = _unreadable_argument(argv)
    if unreadable:
        print(f"sortapp: {unreadable}", file=sys.stderr)
        return 2
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.selftest:
        return _selftest(args)
    if args.command is None:
        try:
            target = args.db or paths.default_database()
        except UserError as exc:
            _say(str(exc), exc)
            return 1
        return _open_app(target if dbapi.is_server_url(target) else Path(target))
    _configure_logging()
    try:
        # Every SQL call, reads too, reaches the user as a known error when the environment
        # (disk, lock, damaged file, server) fails; anything else is a bug and stays loud.
        with storage_errors():
            if args.command == "migrate-to-server":  # a file and a URL of its own
                server.cmd_migrate(args)
                return 0
            if balance.needs_no_database(args):  # a balance on a port: no database
                args.func(args)
                return 0
            target = args.db or paths.default_database()
            if dbapi.is_server_url(target):
                db = _open_on_server(args, target)
            else:
                if args.command == "demo":
                    db_path = Path(target)
                    site.cmd_demo(args, db_path)
                    return _open_app(db_path) if args.open else 0
                args.db = args.db or target  # (the default's path, as messages name it)
                db = _open_file(args, Path(target))
            try:
                args.func(args, db)
                anchors.checkpoint(db, getattr(args, "signed_in", None))
            finally:
                db.close()
    except BrokenPipeError:  # 'sortapp stock | head': the reader left; say nothing more
        _silence_stdout()
        return 1
    except UsageError as exc:
        print(f"sortapp: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        _say(str(exc), exc)
        return 1
    except KnownStorageError as exc:
        _say(exc.text(), exc)
        return 1
    except OSError as exc:  # the system refused a file (name too long, no permission, I/O ...)
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"sortapp: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    return 0
