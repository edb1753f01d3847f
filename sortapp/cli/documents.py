"""Commands that print documents to PDF: ``manifest`` and ``print`` (Qt is loaded only then)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sortapp.cli import common
from sortapp.storage import outfiles
from sortapp.storage.dbapi import Database

#: The documents ``print`` makes (``reports.documents`` builds each).
KINDS = ["manifest", "kp-sheet", "invoice", "valuation", "receipt", "reconciliation", "label"]


def _print(args: argparse.Namespace, db: Database, kind: str, numbers: list[str]) -> None:
    actor = common.sign_in(args, db)
    # A folder, device or pipe is refused before anything is drawn (save_pdf checks again).
    outfiles.writable_target(Path(args.pdf), "--pdf")
    from sortapp.reports import documents  # noqa: PLC0415 (documents load the core only)

    doc = documents.build(db, actor, kind, numbers, label_printer=args.label_printer)
    from sortapp.reports import printing  # noqa: PLC0415 (Qt only when printing)

    printing.ensure_gui()
    pages, copy = printing.save_pdf(db, actor, doc, Path(args.pdf))
    mark = f", COPY {copy}" if copy else ""
    print(f"{doc.title} {doc.number}: {pages} page(s) written to {args.pdf}{mark}")


def cmd_manifest(args: argparse.Namespace, db: Database) -> None:
    _print(args, db, "manifest", [args.parcel])


def cmd_print(args: argparse.Namespace, db: Database) -> None:
    _print(args, db, args.kind, args.numbers)


def _manifest(sub: common.Subparsers) -> None:
    p = common.command(sub, "manifest", cmd_manifest, "print a sealed parcel's manifest to PDF")
    p.add_argument("parcel")
    p.add_argument("--pdf", required=True, help="the PDF file to write")
    p.set_defaults(label_printer=False)


def _print_command(sub: common.Subparsers) -> None:
    p = common.command(sub, "print", cmd_print, "print a document to PDF")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("numbers", nargs="+", help="lot, parcel or certificate number(s)")
    p.add_argument("--pdf", required=True, help="the PDF file to write")
    p.add_argument("--label-printer", action="store_true", help="labels: one per label page")


COMMANDS = {"manifest": _manifest, "print": _print_command}
