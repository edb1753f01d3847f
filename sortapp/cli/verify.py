"""Commands that check the house: the audit log and ``verify``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from zoneinfo import ZoneInfo

from sortapp.cli import common
from sortapp.core.errors import UserError
from sortapp.services import anchors, verify
from sortapp.services.settings import settings
from sortapp.storage import integrity
from sortapp.storage.dbapi import Database


def cmd_audit(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    rows = verify.audit_entries(
        db, action=args.action, user=args.who, obj=args.object, limit=args.limit
    )
    if common.structured(args):
        common.print_data(args, [{**asdict(r), "details": json.loads(r.details)} for r in rows])
        return
    tz = settings(db).timezone
    common.print_table(
        [f"at ({tz})", "user", "action", "object", "details"],
        [
            (
                common.local_second(r.at, ZoneInfo(tz)),
                r.user,
                r.action,
                r.object,
                r.details[:60],
            )
            for r in rows
        ],
        set(),
    )


def cmd_verify(args: argparse.Namespace, db: Database) -> None:
    folders = [Path(d) for d in args.checkpoints or ()]
    for folder in folders:
        if not folder.is_dir():
            raise UserError(f"--checkpoints: no folder at {folder}")
    marks = args.mark or ()
    for mark in marks:
        anchors.parse_mark(mark)  # a mistyped mark is refused before anything is checked
    # (Signing in reads the users' and the site key's rows: a text in them that is not UTF-8,
    # forged in the file, is for verify to name, not a traceback before it runs.)
    with integrity.tolerant_text(db):
        actor = common.sign_in(args, db)
    report = verify.verify(
        db,
        actor,
        full=args.full,
        seal=True,
        checkpoint_dirs=folders,
        marks=marks,
    )
    counts = ", ".join(f"{v} {k}" for k, v in report.checked.items())
    if common.structured(args):
        common.print_data(
            args,
            {
                "ok": report.ok,
                "problems": report.problems,
                "notes": report.notes,
                "checked": report.checked,
            },
        )
        if not report.ok:
            raise UserError(f"verify FAILED: {_problems(len(report.problems))}")
        return
    for note in report.notes:  # said even when all is well (a restore set checkpoints aside)
        print(f"verify: note: {note}")
    if report.ok:
        print(f"verify: OK ({counts})")
        return
    for problem in report.problems:
        print(f"verify: {problem}", file=sys.stderr)
    # (Nothing counted when the schema check stopped the rest: no empty brackets then.)
    raise UserError(
        f"verify FAILED: {_problems(len(report.problems))}" + (f" ({counts})" if counts else "")
    )


def _audit(sub: common.Subparsers) -> None:
    p = common.with_json(common.command(sub, "audit", cmd_audit, "the audit log, newest first"))
    p.add_argument("--action")
    p.add_argument("--who")
    p.add_argument("--object")
    p.add_argument("--limit", type=int, default=50)


def _verify(sub: common.Subparsers) -> None:
    p = common.command(sub, "verify", cmd_verify, "check the audit chain, the ledger and the file")
    p.add_argument(
        "--full",
        action="store_true",
        help="also match every index entry to its table row (SQLite's integrity_check; slower)",
    )
    p.add_argument(
        "--checkpoints",
        action="append",
        metavar="DIR",
        help="also check the audit chain against the signed checkpoints in DIR (removable "
        "media, a copy of a checkpoint folder or of backups); may be repeated",
    )
    p.add_argument(
        "--mark",
        action="append",
        metavar="TEXT",
        help="also check a printed document's audit mark (its footer, such as "
        "'KSF-A1234 3f2a91c07b1e'); may be repeated",
    )
    common.with_json(p)


COMMANDS = {"audit": _audit, "verify": _verify}


def _problems(count: int) -> str:
    return "1 problem" if count == 1 else f"{count} problems"
