"""Commands of sorting a lot: entries, losses, corrections, CSV import, show and close."""

from __future__ import annotations

import argparse
from pathlib import Path

from sortapp.cli import capture, common
from sortapp.core import forms
from sortapp.core.entities import LOSS_TYPES, Reconciliation
from sortapp.core.units import format_mct
from sortapp.services import csvfile, imports, sorting
from sortapp.storage.dbapi import Database


def cmd_sort_add(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    values = {"carats": args.carats, "stones": args.stones}
    goods, source = capture.weighed(args, db, forms.Goods, values)
    changes = sorting.add_entry(
        db, actor, args.lot, args.category, goods.carats, goods.stones, source=source
    )
    print_reconciliation(db, args.lot, f"entry {changes.uid}")


def cmd_sort_loss(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    loss, source = capture.weighed(args, db, forms.Loss, {"carats": args.carats})
    changes = sorting.add_loss(db, actor, args.lot, args.type, loss.carats, source=source)
    print_reconciliation(db, args.lot, f"loss {changes.uid}")


def cmd_sort_correct(args: argparse.Namespace, db: Database) -> None:
    sorting.correct_entry(db, common.sign_in(args, db), args.lot, args.entry, args.reason)
    print_reconciliation(db, args.lot, f"entry {args.entry} reversed")


def print_reconciliation(
    db: Database, number: str, head: str, rec: Reconciliation | None = None
) -> None:
    rec = rec or sorting.reconciliation(db, number)
    received = f"received {format_mct(rec.received_mct)}" if rec.weighed else "not yet weighed"
    print(
        f"{head}; lot {rec.lot}: {received}, sorted "
        f"{format_mct(rec.sorted_mct)}, losses {format_mct(rec.loss_mct)}, "
        f"{sorting.closing_summary(rec)}"
    )


def cmd_sort_show(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    entries = sorting.list_entries(db, args.lot)
    if common.structured(args):
        common.print_data(
            args,
            [
                {
                    "entry": e["uid"],
                    "category": e["category"],
                    "loss_type": e["loss_type"],
                    "carats": common.ct_text(e["mct"]),
                    "stones": e["stones"],
                    "user": e["user"],
                    "at": e["at"],
                    "reverses": e["reverses"],
                    "reason": e["reason"],
                }
                for e in entries
            ],
        )
        return
    common.print_table(
        ["entry", "category / loss", "carats", "stones", "by", "reverses"],
        [
            (
                e["uid"],
                e["category"] or f"loss: {e['loss_type']}",
                common.ct_text(e["mct"]),
                e["stones"],
                e["user"],
                e["reverses"] or "",
            )
            for e in entries
        ],
        {2, 3},
    )
    print_reconciliation(db, args.lot, f"{len(entries)} entries")


def cmd_sort_import(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    text = csvfile.read_file(args.file)
    result = imports.import_sorting(
        db, actor, text, lot=args.lot, dry_run=args.dry_run, file=Path(args.file).name
    )
    common.refuse_bad_rows(args.file, result.errors)
    print_reconciliation(
        db, args.lot, f"{'checked' if args.dry_run else 'imported'} {result.rows} rows"
    )


def cmd_sort_close(args: argparse.Namespace, db: Database) -> None:
    changes = sorting.close_sorting(
        db,
        common.sign_in(args, db),
        args.lot,
        accept_difference=args.accept_difference,
        reason=args.reason or "",
    )
    print(f"lot {args.lot} sorted and closed: {changes.note}")


def _sort(sub: common.Subparsers) -> None:
    srt = common.group(sub, "sort", "sorting a lot")
    p = common.command(srt, "add", cmd_sort_add, "record sorted goods of a category")
    p.add_argument("lot")
    p.add_argument("category")
    capture.add_options(p)
    p.add_argument("--stones")
    p = common.command(srt, "loss", cmd_sort_loss, "record a loss")
    p.add_argument("lot")
    p.add_argument("type", choices=LOSS_TYPES)
    capture.add_options(p)
    p = common.command(
        srt,
        "correct",
        cmd_sort_correct,
        "reverse an entry (supervisor; an operator: the lot's last entry, if theirs)",
    )
    p.add_argument("lot")
    p.add_argument("entry")
    p.add_argument("--reason", required=True)
    p = common.command(
        srt, "import", cmd_sort_import, "append entries from CSV (category,carats,stones)"
    )
    p.add_argument("lot")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only list the bad rows")
    p = common.with_json(
        common.command(srt, "show", cmd_sort_show, "list a lot's entries and reconciliation")
    )
    p.add_argument("lot")
    p = common.command(srt, "close", cmd_sort_close, "close the sorting and post it to stock")
    p.add_argument("lot")
    p.add_argument("--accept-difference", action="store_true")
    p.add_argument("--reason")


COMMANDS = {"sort": _sort}
