"""What every command group of the command line shares: the parser, registering a command,
printing values (a table, JSON or CSV) and signing in."""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import json
import logging
import os
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar
from zoneinfo import ZoneInfo

from sortapp.core import forms
from sortapp.core.canonical import parse_iso_utc
from sortapp.core.changes import Changes
from sortapp.core.errors import UserError
from sortapp.core.roles import Actor
from sortapp.core.units import format_cents, format_mct
from sortapp.services import site
from sortapp.services.settings import settings
from sortapp.services.validation import printed
from sortapp.storage.db import opened_read_only
from sortapp.storage.dbapi import Database

log = logging.getLogger("sortapp.cli")

#: argparse's sub-command collection (its class is private): where a group adds its commands.
Subparsers = Any
#: A command: given the parsed arguments and the open database, it prints what it did.
Command = Callable[[argparse.Namespace, Database], None]
F = TypeVar("F", bound=forms.Form)


class UsageError(Exception):
    """Bad command-line usage: exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


class WholeWords(argparse.HelpFormatter):
    """Help text wrapped between words only: a name such as ``weigh-tolerance-pct`` is never
    cut at its hyphens, so it can be read and copied whole."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


# -- registering commands ----------------------------------------------------------------------


def command(
    parent: Subparsers, name: str, func: Callable[..., None], help_: str, **kw: Any
) -> argparse.ArgumentParser:
    """Add the command ``name`` (run by ``func``) to ``parent``; return its parser."""
    kw.setdefault("formatter_class", WholeWords)
    p: argparse.ArgumentParser = parent.add_parser(name, help=help_, description=help_, **kw)
    p.set_defaults(func=func)
    return p


def group(sub: Subparsers, name: str, help_: str) -> Subparsers:
    """Add the command group ``name`` (``sortapp NAME ...``); return where its commands go."""
    p = sub.add_parser(name, help=help_)
    return p.add_subparsers(dest=f"{name}_command", required=True, parser_class=Parser)


def with_json(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Give the command ``--json`` and ``--csv`` (one or the other)."""
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--csv", action="store_true", help="print CSV (exact decimals)")
    return p


# -- output helpers ----------------------------------------------------------------------------


def parse(db: Database, form: type[F], values: Mapping[str, str | None]) -> F:
    """``forms.parse`` with the site's decimal mark (a decimal-comma site takes ``12,5``)."""
    return forms.parse(form, values, decimal_comma=settings(db).decimal_comma)


def ct_text(mct: int | None) -> str | None:
    return None if mct is None else format_mct(mct)


def usd_text(cents: int | None) -> str | None:
    return None if cents is None else format_cents(cents)


#: A field of the CLI's JSON: a field of the entity's view (``services.views``) under its own
#: name, or a pair of the CLI's name and the view's field.
Field = str | tuple[str, str]


def written(field: str, value: Any) -> Any:
    """Return a view field's value as the CLI writes it: a weight (``*mct``) as carats, money
    (``*cents*``) as USD, one by one in a dict; anything else as it is."""
    unit = ct_text if field.endswith("mct") else usd_text if "cents" in field else None
    if unit is None:
        return value
    if isinstance(value, dict):
        return {k: unit(v) for k, v in value.items()}
    return unit(value)


def shown(view: Mapping[str, Any], fields: Sequence[Field]) -> dict[str, Any]:
    """Return the CLI's JSON of an entity's ``view``: the ``fields``, in their order."""
    out: dict[str, Any] = {}
    for each in fields:
        name, field = each if isinstance(each, tuple) else (each, each)
        out[name] = written(field, view[field])
    return out


def structured(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False) or getattr(args, "csv", False))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def print_data(args: argparse.Namespace, value: Any) -> None:
    """Print ``value`` as JSON (--json) or CSV (--csv: a list of objects, or one object)."""
    if not getattr(args, "csv", False):
        print(json.dumps(value, indent=2, ensure_ascii=False))
        return
    rows = value if isinstance(value, list) else [value]
    headers: list[str] = []
    for row in rows:
        headers += [k for k in row if k not in headers]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_cell(row.get(h)) for h in headers])
    sys.stdout.write(out.getvalue())


def printed_as_data(args: argparse.Namespace, value: Any) -> bool:
    """Print ``value`` as JSON or CSV when the command was asked to (``--json``, ``--csv``);
    return whether it was."""
    if not structured(args):
        return False
    print_data(args, value)
    return True


def print_fact(key: str, value: Any) -> None:
    """One ``key: value`` line of a ``show`` command, its text as a document prints it
    (``printed``: a line break a space, an escape or a direction override U+FFFD), whoever
    wrote it (psql on the facility server, a partner's file): one fact, one line."""
    shown = ", ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
    print(f"{key}: {printed(shown)}")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: set[int]) -> None:
    text = [[("" if v is None else printed(str(v))) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for r in text:
        print(line(r))


# -- sign-in -----------------------------------------------------------------------------------


def _text(value: str, where: str) -> str:
    """Return ``value``, refusing bytes that are not UTF-8 (an environment or a terminal may
    hand them over, decoded as surrogates, which can be neither hashed nor stored)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(f"{where} is not UTF-8 text") from None
    return value


def ask_password(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return _text(value, env)
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"no password: set {env} or run the command in a terminal to be asked")
    first = _text(getpass.getpass(prompt), "the password typed")
    if confirm and getpass.getpass("Again: ") != first:
        raise UserError("the two passwords differ; nothing was changed")
    return first


def user_name(args: argparse.Namespace) -> str:
    """The user the command signs in as: ``--user``, else ``SORTAPP_USER``. A ``--user`` given
    blank (a script's variable left empty) is refused, not taken as the environment's user."""
    if args.user is not None and not args.user.strip():
        raise UserError("--user: the name given is blank; give --user NAME")
    name: str = args.user or _text(os.environ.get("SORTAPP_USER", ""), "SORTAPP_USER")
    if not name:
        raise UserError("sign in: give --user NAME (or set SORTAPP_USER)")
    return name


def user_password(args: argparse.Namespace, name: str) -> str:
    """The signing-in user's password: as given once for the server's sign-in, else asked."""
    given: str | None = getattr(args, "password", None)
    if given is not None:
        return given
    return ask_password("SORTAPP_PASSWORD", f"Password for {name}: ")


def sign_in(args: argparse.Namespace, db: Database) -> Actor:
    name = user_name(args)
    actor = site.login(db, name, user_password(args, name))
    args.signed_in = actor  # a supervisor's or admin's command ends with a signed checkpoint
    if opened_read_only(db):  # no login row can be written: the session is noted in the log
        log.info("read-only session: %s signed in on %s", actor.name, args.db_path)
    return actor


def refuse_bad_rows(name: str, errors: Sequence[object]) -> None:
    """Print each bad row of the file ``name`` and refuse the import, if there are any."""
    if errors:
        for err in errors:
            print(f"{name}: {err}", file=sys.stderr)
        raise UserError(f"{len(errors)} bad rows in {name}; nothing was imported")


def print_note(changes: Changes) -> None:
    """Print what an action's outcome adds to its confirmation (a key still to be given, ...)."""
    if changes.note:
        print(f"note: {changes.note}")


def local_second(at: str, zone: ZoneInfo) -> str:
    """An entry's time in the site's zone, to the second, as its documents and other lists say
    it (the JSON keeps the log's own UTC text); a time the log holds that is not one (only a
    forged entry, for ``verify`` to name) as it is."""
    try:
        moment = parse_iso_utc(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        return at
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M:%S}"
