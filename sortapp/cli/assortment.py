"""Commands of the assortment: its categories and the price book."""

from __future__ import annotations

import argparse

from sortapp.cli import common
from sortapp.core import forms
from sortapp.core.errors import UserError
from sortapp.core.i18n import LANGUAGES
from sortapp.core.units import format_cents
from sortapp.services import assortment, csvfile
from sortapp.storage.dbapi import Database


def cmd_category_list(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    cats = assortment.list_categories(db)
    language = args.language or "en"
    if common.structured(args):
        common.print_data(
            args,
            [
                {
                    "code": c.code,
                    "name": c.name_in(language),
                    "hs_code": c.hs_code,
                    "size": c.size,
                    "model": c.model,
                    "quality": c.quality,
                    "colour": c.colour,
                    "special": c.special,
                }
                for c in cats
            ],
        )
    else:
        common.print_table(
            ["code", "hs_code", "name"],
            [(c.code, c.hs_code, c.name_in(language)) for c in cats],
            set(),
        )


def cmd_category_name(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    what = f"{args.kind.replace('_', ' ')} {args.code}"
    if args.clear:
        changes = assortment.clear_name(db, actor, args.code, args.language, kind=args.kind)
        print(
            f"cleared the {args.language} name of {what}"
            if changes.assortment
            else f"{what} had no {args.language} name"
        )
        return
    if args.name is None:
        raise UserError("give the name, or --clear to show the English one")
    assortment.set_name(db, actor, args.code, args.language, args.name, kind=args.kind)
    print(f"{args.language} name of {what} set")


def cmd_category_names_import(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    count, errors, _ = assortment.import_names(
        db, actor, csvfile.read_file(args.file), kind=args.kind, dry_run=args.dry_run
    )
    common.refuse_bad_rows(args.file, errors)
    print(f"{'would import' if args.dry_run else 'imported'} {count} names")


def cmd_category_add(args: argparse.Namespace, db: Database) -> None:
    assortment.add_category(
        db,
        common.sign_in(args, db),
        code=args.code,
        size=args.size,
        model=args.model,
        quality=args.quality,
        colour=args.colour,
        hs_code=args.hs_code,
        name=args.name or "",
    )
    print(f"added category {args.code}")


def cmd_category_import(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    count, errors, _ = assortment.import_categories(
        db, actor, csvfile.read_file(args.file), dry_run=args.dry_run
    )
    common.refuse_bad_rows(args.file, errors)
    print(f"{'would import' if args.dry_run else 'imported'} {count} categories")


def cmd_price_set(args: argparse.Namespace, db: Database) -> None:
    price = common.parse(db, forms.Price, {"usd_per_ct": args.usd_per_ct})
    assortment.set_price(
        db, common.sign_in(args, db), args.category, price.usd_per_ct, args.effective_from
    )
    print(f"price of {args.category.upper()} set to {format_cents(price.usd_per_ct)} USD/ct")


def cmd_price_list(args: argparse.Namespace, db: Database) -> None:
    day, lines = assortment.price_book(db, common.sign_in(args, db), args.on)
    shown = [line for line in lines if line.active or line.cents_per_ct is not None]
    if common.structured(args):
        common.print_data(
            args,
            {
                "on": day,
                "prices": [
                    {
                        "category": line.category,
                        "usd_per_ct": common.usd_text(line.cents_per_ct),
                        "from": line.effective_from,
                        "set_by": line.set_by,
                        "set_at": line.set_at,
                        "retired": not line.active,
                    }
                    for line in shown
                ],
            },
        )
        return
    print(f"price book on {day}")
    common.print_table(
        ["category", "usd_per_ct", "from", "set_by"],
        [
            (
                line.category + ("" if line.active else " (retired)"),
                common.usd_text(line.cents_per_ct) or "-",
                line.effective_from or "-",
                line.set_by or "-",
            )
            for line in shown
        ],
        right={1},
    )
    missing = sum(1 for line in shown if line.cents_per_ct is None)
    if missing:
        print(
            f"{missing} {'category has' if missing == 1 else 'categories have'} no price on "
            f"{day}: valued at 0.00 USD; set one with: sortapp price set CATEGORY USD_PER_CT "
            "--from DAY"
        )


def _category(sub: common.Subparsers) -> None:
    cats = common.group(sub, "category", "the assortment")
    p = common.with_json(common.command(cats, "list", cmd_category_list, "list categories"))
    p.add_argument(
        "--language", choices=sorted(LANGUAGES), help="the names in this language (default en)"
    )
    p = common.command(
        cats,
        "name",
        cmd_category_name,
        "set or clear a category's (or --kind's) name in another language (supervisor)",
    )
    p.add_argument("code")
    p.add_argument("language", help=f"one of {', '.join(assortment.NAME_LANGUAGES)}")
    p.add_argument("name", nargs="?")
    p.add_argument("--kind", choices=list(assortment.NAME_KINDS), default="category")
    p.add_argument("--clear", action="store_true", help="show the English name again")
    p = common.command(
        cats,
        "names-import",
        cmd_category_names_import,
        "import names in other languages from CSV (code, name_ru, name_fr, name_pt), "
        "all or nothing (supervisor)",
    )
    p.add_argument("file")
    p.add_argument("--kind", choices=list(assortment.NAME_KINDS), help="what the codes name")
    p.add_argument("--dry-run", action="store_true", help="only list the bad rows")
    p = common.command(cats, "add", cmd_category_add, "add a category (admin)")
    p.add_argument("code")
    for opt in ("--size", "--model", "--quality", "--colour"):
        p.add_argument(opt, required=True)
    p.add_argument("--hs-code", required=True, choices=["7102.10", "7102.21", "7102.31"])
    p.add_argument("--name")
    p = common.command(
        cats, "import", cmd_category_import, "import categories from CSV, all or nothing"
    )
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only list the bad rows")


def _price(sub: common.Subparsers) -> None:
    prices = common.group(sub, "price", "the price book")
    p = common.command(prices, "set", cmd_price_set, "set a category's price in USD per carat")
    p.add_argument("category")
    p.add_argument("usd_per_ct")
    p.add_argument(
        "--from", dest="effective_from", help="effective from (YYYY-MM-DD; default today)"
    )
    p = common.with_json(
        common.command(
            prices, "list", cmd_price_list, "the price in force for each category on a day"
        )
    )
    p.add_argument("--on", help="the day (YYYY-MM-DD; default today)")


COMMANDS = {"category": _category, "price": _price}
