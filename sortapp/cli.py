"""The ``sortapp`` command line: the same core services the desktop app calls, no Qt."""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from sqlite_utils import Database

from sortapp import __version__, desktop, paths
from sortapp.core import forms
from sortapp.core.canonical import local_text
from sortapp.core.changes import Changes
from sortapp.core.entities import LOSS_TYPES, Lot, Parcel
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.roles import Actor, Role
from sortapp.core.units import format_cents, format_mct, price_cents_per_ct
from sortapp.services import (
    anchors,
    assortment,
    backups,
    csvfile,
    demo,
    imports,
    lots,
    parcels,
    reports,
    site,
    sorting,
    transfers,
    verify,
)
from sortapp.services.settings import settings
from sortapp.storage import outfiles
from sortapp.storage.db import open_db, opened_read_only, storage_errors

log = logging.getLogger(__name__)


#: The CLI's own words for a refusal's way out, by the error's code (services name no flag or
#: command); formatted with the error's facts. A code not here gets the plain sentence only.
HINTS: dict[str, str] = {
    "origin_missing": "give --mine or --supplier",
    "lot_not_weighed": "weigh it first: sortapp lot weigh {lot}",
    "difference_unacknowledged": "a supervisor acknowledges it: sortapp lot acknowledge {lot}",
    "difference_needs_acceptance": "sortapp sort close {lot} --accept-difference --reason '...'",
    "category_unknown": "list the assortment: sortapp category list",
    "country_unknown": "an admin adds it: sortapp country set {country} ...",
    "stones_needed": "give --stones",
    "no_authority": "an admin sets it: sortapp site set authority NAME",
    "no_site": "run 'sortapp init' first",
    "no_database": "create one with 'sortapp init' or 'sortapp demo'",
    "demo_exists": "give --replace to rebuild a demo database",
    "restore_other_site": "an admin may force it with --force",
    "import_other_country": "a supervisor may force the import with --force",
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


class UsageError(Exception):
    """Bad command-line usage: exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


# -- output helpers ----------------------------------------------------------------------------


def _ct(mct: int | None) -> str | None:
    return None if mct is None else format_mct(mct)


def _usd(cents: int | None) -> str | None:
    return None if cents is None else format_cents(cents)


def _structured(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False) or getattr(args, "csv", False))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _out(args: argparse.Namespace, value: Any) -> None:
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


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: set[int]) -> None:
    text = [[("" if v is None else str(v)) for v in row] for row in rows]
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


def _password(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return _text(value, env)
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"no password: set {env} or run the command in a terminal to be asked")
    first = _text(getpass.getpass(prompt), "the password typed")
    if confirm and getpass.getpass("Again: ") != first:
        raise UserError("the two passwords differ; nothing was changed")
    return first


def _actor(args: argparse.Namespace, db: Database) -> Actor:
    name = args.user or _text(os.environ.get("SORTAPP_USER", ""), "SORTAPP_USER")
    if not name:
        raise UserError("sign in: give --user NAME (or set SORTAPP_USER)")
    actor = site.login(db, name, _password("SORTAPP_PASSWORD", f"Password for {name}: "))
    args.signed_in = actor  # a supervisor's or admin's command ends with a signed checkpoint
    if opened_read_only(db):  # no login row can be written: the session is noted in the log
        log.info("read-only session: %s signed in on %s", actor.name, args.db_path)
    return actor


# -- commands ----------------------------------------------------------------------------------


def _note(changes: Changes) -> None:
    """Print what an action's outcome adds to its confirmation (a key to be given, ...)."""
    if changes.note:
        print(f"note: {changes.note}")


def cmd_init(args: argparse.Namespace, db: Database) -> None:
    password = _password("SORTAPP_PASSWORD", f"New password for {args.admin}: ", confirm=True)
    site.init_site(
        db,
        code=args.site_code,
        name=args.site_name,
        country_code=args.country,
        admin=args.admin,
        password=password,
        authority=args.authority or "",
    )
    here = site.show_settings(db)
    print(f"created site {here['code']} ({here['name']}, {here['country']}) in {args.db}")
    print(f"admin: {args.admin}")


def cmd_user_add(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    actor.require(Role.ADMIN, "adding a user")  # before asking for a password in vain
    password = _password("SORTAPP_NEW_PASSWORD", f"New password for {args.name}: ", confirm=True)
    changes = site.add_user(db, actor, args.name, args.role, password)
    print(f"added {args.role} {args.name}")
    _note(changes)


def cmd_user_list(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    rows = site.list_users(db, actor)
    locks = site.user_locks(db, actor)
    if _structured(args):
        _out(
            args,
            [
                {"name": n, "role": r, "active": bool(a), "sign_in": locks.get(n, "")}
                for n, r, a in rows
            ],
        )
    else:
        _print_table(
            ["user", "role", "active", "sign-in"],
            [(n, r, "yes" if a else "no", locks.get(n, "")) for n, r, a in rows],
            set(),
        )


def cmd_user_set(args: argparse.Namespace, db: Database) -> None:
    active = None if args.active is None else args.active == "yes"
    changes = site.set_user(db, _actor(args, db), args.name, role=args.role, active=active)
    print(f"changed user {args.name}")
    _note(changes)


def cmd_user_unlock(args: argparse.Namespace, db: Database) -> None:
    site.unlock_user(db, _actor(args, db), args.name)
    print(f"unlocked {args.name}: failed sign-ins cleared")


def cmd_user_password(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    name = args.name or actor.name
    password = _password("SORTAPP_NEW_PASSWORD", f"New password for {name}: ", confirm=True)
    changes = site.change_password(db, actor, name, password)
    print(f"password changed for {name}")
    _note(changes)


def cmd_site_set(args: argparse.Namespace, db: Database) -> None:
    site.set_setting(db, _actor(args, db), args.key, args.value)
    print(f"{args.key} set")


def cmd_site_key(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    sheet = anchors.key_sheet(db)
    if _structured(args):
        _out(args, sheet)
        return
    print(f"Site signing key of {sheet['site']} ({sheet['name']})")
    print(f"fingerprint: {sheet['fingerprint']}")
    print(f"public key:  {sheet['public_key']}")
    print(f"created:     {sheet['created']} by {sheet['created_by']}")
    print(f"held by:     {', '.join(sheet['holders']) or 'nobody'}")
    print("Partner sites pin this key by its fingerprint: read it to them over the phone or send")
    print("them this sheet, printed and signed.")


def cmd_site_key_grant(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    password = _password("SORTAPP_GRANT_PASSWORD", f"{args.name}, type your password: ")
    anchors.grant(db, actor, args.name, password)
    print(f"{args.name} now holds the site signing key")


def cmd_site_show(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    values = site.show_settings(db)
    if _structured(args):
        _out(args, values)
    else:
        for k, v in values.items():
            print(f"{k}: {v}")


def cmd_country_set(args: argparse.Namespace, db: Database) -> None:
    site.set_country(db, _actor(args, db), args.code, args.name, args.kp)
    print(f"country {args.code.upper()} set")


def cmd_category_list(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    cats = assortment.list_categories(db)
    if _structured(args):
        _out(
            args,
            [
                {
                    "code": c.code,
                    "name": c.name,
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
        _print_table(
            ["code", "hs_code", "name"], [(c.code, c.hs_code, c.name) for c in cats], set()
        )


def cmd_category_add(args: argparse.Namespace, db: Database) -> None:
    assortment.add_category(
        db,
        _actor(args, db),
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
    actor = _actor(args, db)
    count, errors, _ = assortment.import_categories(
        db, actor, csvfile.read_file(args.file), dry_run=args.dry_run
    )
    if errors:
        for err in errors:
            print(f"{args.file}: {err}", file=sys.stderr)
        raise UserError(f"{len(errors)} bad rows in {args.file}; nothing was imported")
    print(f"{'would import' if args.dry_run else 'imported'} {count} categories")


def cmd_price_set(args: argparse.Namespace, db: Database) -> None:
    price = forms.parse(forms.Price, {"usd_per_ct": args.usd_per_ct})
    assortment.set_price(db, _actor(args, db), args.category, price.usd_per_ct, args.effective_from)
    print(f"price of {args.category.upper()} set to {format_cents(price.usd_per_ct)} USD/ct")


def _lot_json(db: Database, lot: Lot) -> dict[str, Any]:
    rec = sorting.reconciliation(db, lot.number)
    return {
        "lot": lot.number,
        "status": lot.status,
        "origin": lot.origin,
        "origin_countries": lot.origin_countries,
        "mines": lot.mines,
        "supplier": lot.supplier,
        "received_at": lot.received_at,
        "received_carats": _ct(lot.weighed_mct),
        "declared_carats": _ct(lot.declared_mct),
        "sorted_carats": _ct(rec.sorted_mct),
        "loss_carats": _ct(rec.loss_mct),
        "losses": {k: _ct(v) for k, v in rec.losses_mct.items()},
        "difference_carats": _ct(rec.difference_mct),
        "tolerance_carats": _ct(rec.tolerance_mct),
        "within_tolerance": rec.within_tolerance,
        "stones": lot.weighed_stones,
        "declared_stones": lot.declared_stones,
        "sorted_stones": rec.sorted_stones,
        "seals": list(lot.seals),
        "kp_cert": lot.kp_cert_in or None,
        "weight_flag": lot.weight_flag,
        "weight_acknowledged": lot.weight_acknowledged,
        "categories": [
            {"category": code, "carats": _ct(mct), "stones": stones}
            for code, _name, mct, stones in rec.by_category
        ],
    }


def _origins(args: argparse.Namespace) -> list[tuple[str, str]]:
    mines = args.mine or []
    if len(mines) > 1 and len(mines) != len(args.origin):
        raise UsageError("give one --mine per --origin, or a single --mine")
    if len(mines) == 1:
        mines = mines * len(args.origin)
    if not mines:
        mines = [""] * len(args.origin)
    return list(zip(args.origin, mines, strict=True))


def cmd_lot_receive(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    receipt = forms.parse(
        forms.Receipt,
        {
            "carats": args.carats,
            "declared_carats": args.declared_carats,
            "stones": args.stones,
            "value": args.value,
        },
    )
    changes = lots.receive_lot(
        db,
        actor,
        number=args.lot,
        origins=_origins(args),
        supplier=args.supplier or "",
        weighed_mct=receipt.carats,
        declared_mct=receipt.declared_carats,
        stones=receipt.stones,
        declared_value_cents=receipt.value,
        seals=args.seal or [],
        kp_cert=args.kp_cert or "",
        from_country=args.from_country or "",
    )
    print(f"received lot {args.lot}")
    if changes.warning:
        print(f"warning: {changes.warning}", file=sys.stderr)


def cmd_lot_weigh(args: argparse.Namespace, db: Database) -> None:
    form = forms.parse(forms.Weighing, {"carats": args.carats, "stones": args.stones})
    mct = form.carats
    changes = lots.weigh_lot(db, _actor(args, db), args.lot, mct, form.stones)
    print(f"weighed lot {args.lot}: {format_mct(mct)} ct")
    if changes.warning:
        print(f"warning: {changes.warning}", file=sys.stderr)


def cmd_lot_reweigh(args: argparse.Namespace, db: Database) -> None:
    form = forms.parse(forms.Weighing, {"carats": args.carats, "stones": args.stones})
    mct = form.carats
    lots.reweigh_lot(db, _actor(args, db), args.lot, mct, form.stones, reason=args.reason)
    print(f"weighed lot {args.lot} again: {format_mct(mct)} ct")


def cmd_lot_acknowledge(args: argparse.Namespace, db: Database) -> None:
    lots.acknowledge_weight(db, _actor(args, db), args.lot, args.reason)
    print(f"weight difference of lot {args.lot} acknowledged")


def cmd_lot_list(args: argparse.Namespace, db: Database) -> None:
    found = lots.list_lots(db, _actor(args, db), status=args.status)
    tz = settings(db).timezone
    if _structured(args):
        _out(
            args,
            [
                {
                    "lot": lot.number,
                    "status": lot.status,
                    "origin": lot.origin,
                    "origin_countries": lot.origin_countries,
                    "received_at": lot.received_at,
                    "received_carats": _ct(lot.weighed_mct),
                    "declared_carats": _ct(lot.declared_mct),
                    "stones": lot.weighed_stones,
                }
                for lot in found
            ],
        )
        return
    _print_table(
        ["lot", "status", "origin", f"received ({tz})", "carats", "declared"],
        [
            (
                lot.number,
                lot.status,
                lot.origin,
                local_text(lot.received_at, tz),
                _ct(lot.weighed_mct),
                _ct(lot.declared_mct),
            )
            for lot in found
        ],
        {4, 5},
    )


def cmd_lot_show(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    data = _lot_json(db, lots.get_lot(db, args.lot))
    if _structured(args):
        _out(args, data)
        return
    for key in (
        "lot",
        "status",
        "origin",
        "origin_countries",
        "mines",
        "supplier",
        "received_at",
        "declared_carats",
        "received_carats",
        "stones",
        "sorted_carats",
        "loss_carats",
        "difference_carats",
        "tolerance_carats",
        "seals",
        "kp_cert",
    ):
        value = data[key]
        if isinstance(value, list):
            value = ", ".join(value)
        if key == "received_at":
            value = f"{local_text(value, settings(db).timezone)} ({settings(db).timezone})"
        print(f"{key}: {'' if value is None else value}")


def cmd_sort_add(args: argparse.Namespace, db: Database) -> None:
    goods = forms.parse(forms.Goods, {"carats": args.carats, "stones": args.stones})
    changes = sorting.add_entry(
        db, _actor(args, db), args.lot, args.category, goods.carats, goods.stones
    )
    _print_reconciliation(db, args.lot, f"entry {changes.uid}")


def cmd_sort_loss(args: argparse.Namespace, db: Database) -> None:
    loss = forms.parse(forms.Loss, {"carats": args.carats})
    changes = sorting.add_loss(db, _actor(args, db), args.lot, args.type, loss.carats)
    _print_reconciliation(db, args.lot, f"loss {changes.uid}")


def cmd_sort_correct(args: argparse.Namespace, db: Database) -> None:
    sorting.correct_entry(db, _actor(args, db), args.lot, args.entry, args.reason)
    _print_reconciliation(db, args.lot, f"entry {args.entry} reversed")


def _print_reconciliation(db: Database, number: str, head: str) -> None:
    rec = sorting.reconciliation(db, number)
    print(
        f"{head}; lot {rec.lot}: received {format_mct(rec.received_mct)}, sorted "
        f"{format_mct(rec.sorted_mct)}, losses {format_mct(rec.loss_mct)}, "
        f"{sorting.difference_sentence(rec)}"
    )


def cmd_sort_show(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    entries = sorting.list_entries(db, args.lot)
    if _structured(args):
        _out(
            args,
            [
                {
                    "entry": e["uid"],
                    "category": e["category"],
                    "loss_type": e["loss_type"],
                    "carats": _ct(e["mct"]),
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
    _print_table(
        ["entry", "category / loss", "carats", "stones", "by", "reverses"],
        [
            (
                e["uid"],
                e["category"] or f"loss: {e['loss_type']}",
                _ct(e["mct"]),
                e["stones"],
                e["user"],
                e["reverses"] or "",
            )
            for e in entries
        ],
        {2, 3},
    )
    _print_reconciliation(db, args.lot, f"{len(entries)} entries")


def cmd_sort_import(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    text = csvfile.read_file(args.file)
    result = imports.import_sorting(db, actor, text, lot=args.lot, dry_run=args.dry_run)
    _report_import(args.file, result)
    _print_reconciliation(
        db, args.lot, f"{'checked' if args.dry_run else 'imported'} {result.rows} rows"
    )


def _report_import(name: str, result: imports.ImportResult) -> None:
    if result.errors:
        for err in result.errors:
            print(f"{name}: {err}", file=sys.stderr)
        raise UserError(f"{len(result.errors)} bad rows in {name}; nothing was imported")


def cmd_import(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    result = imports.import_file(
        db, actor, args.kind, csvfile.read_file(args.file), dry_run=args.dry_run
    )
    _report_import(args.file, result)
    verb = "all rows are good; nothing written (dry run)" if args.dry_run else "imported"
    print(f"{args.file}: {result.rows} rows, {verb}")


def cmd_backup(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    info = backups.make_backup(
        db, args.db_path, actor=actor, dest=Path(args.dest) if args.dest else None
    )
    if not info.ok:
        raise UserError(f"backup written to {info.path} but it FAILED verification: {info.note}")
    print(f"backup written and verified: {info.path}")


def cmd_backup_list(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    found = backups.list_backups(backups.folder(db, args.db_path))
    rows = [
        {
            "file": b.path.name,
            "site": b.site,
            "at": b.at.isoformat(),
            "schema": b.schema,
            "tag": b.tag,
            "state": b.state,
        }
        for b in found
    ]
    if _structured(args):
        _out(args, rows)
        return
    _print_table(["file", "state"], [(r["file"], r["state"]) for r in rows], set())


def cmd_restore(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    backups.restore(db, args.db_path, actor, Path(args.file), force=args.force)
    print(f"restored {args.file}; the replaced database was kept as a backup")


def cmd_bundle_export(args: argparse.Namespace, db: Database) -> None:
    digest = transfers.export_bundle(
        db, _actor(args, db), args.parcel, Path(args.file), to_site=args.to or ""
    )
    print(f"transfer file {args.file} written and signed; fingerprint {digest}")


def cmd_bundle_import(args: argparse.Namespace, db: Database) -> None:
    changes = transfers.import_bundle(
        db,
        _actor(args, db),
        Path(args.file),
        lot_name=args.lot or "",
        force=args.force,
        accept_unsigned=args.accept_unsigned,
        reason=args.reason or "",
    )
    lot = lots.get_lot_by_id(db, changes.created_id or 0)
    print(
        f"imported as lot {lot.number}, awaiting weighing (declared "
        f"{format_mct(lot.declared_mct or 0)} ct); weigh it with 'sortapp lot weigh'"
    )


def cmd_bundle_trust(args: argparse.Namespace, db: Database) -> None:
    changes = transfers.pin_partner(
        db,
        _actor(args, db),
        args.site,
        " ".join(args.fingerprint),  # as typed while read aloud: groups may be separate words
        replace=args.replace,
        reason=args.reason or "",
    )
    print(changes.note)


def cmd_bundle_partners(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    rows = transfers.partner_keys(db)
    if _structured(args):
        _out(args, rows)
        return
    _print_table(
        ["site", "fingerprint", "pinned by", "pinned at", "reason"],
        [(r["site"], r["fingerprint"], r["pinned_by"], r["pinned_at"], r["reason"]) for r in rows],
        set(),
    )


def cmd_sort_close(args: argparse.Namespace, db: Database) -> None:
    changes = sorting.close_sorting(
        db,
        _actor(args, db),
        args.lot,
        accept_difference=args.accept_difference,
        reason=args.reason or "",
    )
    print(f"lot {args.lot} sorted and closed: {changes.note}")


def _stock_rows(rows: list[reports.StockRow], by_origin: bool) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        item: dict[str, Any] = {
            "category": r.category,
            "hs_code": r.hs_code,
            "carats": _ct(r.mct),
            "stones": r.stones,
            "value_usd": _usd(r.value_cents),
        }
        if by_origin:
            item["origin"] = r.origin
        out.append(item)
    return out


def cmd_stock(args: argparse.Namespace, db: Database) -> None:
    rows = reports.stock(db, _actor(args, db), by_origin=args.by_origin)
    if _structured(args):
        _out(args, _stock_rows(rows, args.by_origin))
        return
    headers = [
        "category",
        "hs_code",
        *(["origin"] if args.by_origin else []),
        "carats",
        "stones",
        "value_usd",
    ]
    body = [
        (
            r.category,
            r.hs_code,
            *([r.origin] if args.by_origin else []),
            _ct(r.mct),
            r.stones,
            _usd(r.value_cents),
        )
        for r in rows
    ]
    body.append(
        (
            "TOTAL",
            "",
            *([""] if args.by_origin else []),
            _ct(sum(r.mct for r in rows)),
            sum(r.stones for r in rows),
            _usd(sum(r.value_cents for r in rows)),
        )
    )
    n = len(headers)
    _print_table(headers, body, {n - 3, n - 2, n - 1})


def cmd_parcel_create(args: argparse.Namespace, db: Database) -> None:
    parcels.create_parcel(
        db,
        _actor(args, db),
        args.parcel,
        importer=args.importer,
        destination=args.destination,
        exporter=args.exporter,
    )
    print(f"created draft parcel {args.parcel}")


def cmd_parcel_add(args: argparse.Namespace, db: Database) -> None:
    goods = forms.parse(forms.Goods, {"carats": args.carats, "stones": args.stones})
    changes = parcels.add_goods(
        db,
        _actor(args, db),
        args.parcel,
        args.category,
        goods.carats,
        stones=goods.stones,
        lot=args.lot,
    )
    parcel = parcels.get_parcel(db, args.parcel)
    print(
        f"packed ({changes.journal}); parcel {parcel.number}: {format_mct(parcel.mct)} ct, "
        f"{parcel.stones} stones, {format_cents(parcel.book_value_cents)} USD at the price book"
    )


def cmd_parcel_packings(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    rows = [
        {
            "packing": p["packing"],
            "category": p["category"],
            "lots": ", ".join(p["lots"]),
            "carats": _ct(p["mct"]),
            "stones": p["stones"],
            "user": p["user"],
            "at": p["at"],
        }
        for p in parcels.list_packings(db, args.parcel)
    ]
    if _structured(args):
        _out(args, rows)
        return
    _print_table(
        ["packing", "category", "lots", "carats", "stones", "by"],
        [
            (r["packing"], r["category"], r["lots"], r["carats"], r["stones"], r["user"])
            for r in rows
        ],
        {3, 4},
    )


def cmd_parcel_remove(args: argparse.Namespace, db: Database) -> None:
    parcels.remove_goods(db, _actor(args, db), args.parcel, args.packing, args.reason)
    print(f"packing {args.packing} returned to stock")


def cmd_parcel_price(args: argparse.Namespace, db: Database) -> None:
    price = forms.parse(forms.Price, {"usd_per_ct": args.usd_per_ct})
    parcels.override_price(
        db, _actor(args, db), args.parcel, args.category, price.usd_per_ct, args.reason
    )
    usd = format_cents(price.usd_per_ct)
    print(f"price of {args.category} in parcel {args.parcel} set to {usd} USD/ct")


def cmd_parcel_value(args: argparse.Namespace, db: Database) -> None:
    valuation = forms.parse(forms.Valuation, {"usd": args.usd})
    parcels.add_valuation(db, _actor(args, db), args.parcel, args.valuer, valuation.usd)
    print(f"{args.valuer} value of parcel {args.parcel}: {format_cents(valuation.usd)} USD")


def cmd_parcel_seal(args: argparse.Namespace, db: Database) -> None:
    changes = parcels.seal_parcel(
        db,
        _actor(args, db),
        args.parcel,
        kp_cert=args.kp_cert,
        seals=args.seal,
        issued=args.issued,
        expires=args.expires,
    )
    print(f"sealed parcel {args.parcel} under {args.kp_cert.upper()}; fingerprint {changes.digest}")


def cmd_parcel_ship(args: argparse.Namespace, db: Database) -> None:
    parcels.ship_parcel(db, _actor(args, db), args.parcel)
    print(f"parcel {args.parcel} shipped")


def cmd_parcel_void(args: argparse.Namespace, db: Database) -> None:
    parcels.void_parcel(db, _actor(args, db), args.parcel, args.reason)
    print(f"parcel {args.parcel} voided; its goods are back in stock")


def parcel_json(parcel: Parcel) -> dict[str, Any]:
    return {
        "parcel": parcel.number,
        "status": parcel.status,
        "exporter": parcel.exporter,
        "importer": parcel.importer,
        "destination": parcel.destination,
        "origin": parcel.origin,
        "origin_countries": parcel.origin_countries,
        "carats": _ct(parcel.mct),
        "stones": parcel.stones,
        "value_usd": _usd(parcel.value_cents),
        "book_value_usd": _usd(parcel.book_value_cents),
        "valuations": {k: _usd(v) for k, v in parcel.valuations.items()},
        "hs_codes": parcel.hs_codes,
        "kp_cert": parcel.kp_cert,
        "issued": parcel.issued,
        "expires": parcel.expires,
        "seals": list(parcel.seals),
        "fingerprint": parcel.fingerprint,
        "lines": [
            {
                "category": ln.category,
                "hs_code": ln.hs_code,
                "lot": ln.lot,
                "origin": ln.origin,
                "carats": _ct(ln.mct),
                "stones": ln.stones,
                "usd_per_ct": _usd(ln.cents_per_ct),
                "value_usd": _usd(ln.value_cents),
                "price_source": ln.price_source,
            }
            for ln in parcel.lines
        ],
    }


def cmd_parcel_show(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    parcel = parcels.get_parcel(db, args.parcel)
    data = parcel_json(parcel)
    if _structured(args):
        _out(args, data)
        return
    for key in (
        "parcel",
        "status",
        "exporter",
        "importer",
        "destination",
        "origin",
        "origin_countries",
        "hs_codes",
        "kp_cert",
        "issued",
        "expires",
        "seals",
    ):
        value = data[key]
        print(f"{key}: {', '.join(value) if isinstance(value, list) else (value or '')}")
    _print_table(
        ["category", "hs_code", "lot", "origin", "carats", "stones", "usd_per_ct", "value_usd"],
        [
            (
                ln.category,
                ln.hs_code,
                ln.lot,
                ln.origin,
                _ct(ln.mct),
                ln.stones,
                _usd(ln.cents_per_ct),
                _usd(ln.value_cents),
            )
            for ln in parcel.lines
        ]
        + [
            (
                "TOTAL",
                "",
                "",
                "",
                _ct(parcel.mct),
                parcel.stones,
                _usd(price_cents_per_ct(parcel.book_value_cents, parcel.mct)),
                _usd(parcel.book_value_cents),
            )
        ],
        {4, 5, 6, 7},
    )
    print(f"value (certificate): {_usd(parcel.value_cents)} USD")
    print(f"fingerprint: {parcel.fingerprint or '(set when sealed)'}")


def cmd_parcel_list(args: argparse.Namespace, db: Database) -> None:
    rows = parcels.list_parcels(db, _actor(args, db), status=args.status)
    if _structured(args):
        _out(
            args,
            [
                {
                    "parcel": r["number"],
                    "status": r["status"],
                    "importer": r["importer"],
                    "destination": r["destination"],
                    "carats": _ct(r["sealed_mct"]),
                    "value_usd": _usd(r["sealed_value_cents"]),
                }
                for r in rows
            ],
        )
        return
    _print_table(
        ["parcel", "status", "importer", "destination", "carats", "value_usd"],
        [
            (
                r["number"],
                r["status"],
                r["importer"],
                r["destination"],
                _ct(r["sealed_mct"]),
                _usd(r["sealed_value_cents"]),
            )
            for r in rows
        ],
        {4, 5},
    )


def _kp_rows(section: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "hs_code": r["hs_code"],
            "country": r["country"],
            "carats": _ct(r["mct"]),
            "value_usd": _usd(r["value_cents"]),
            "parcels": r["parcels"],
            "certificates": r["certificates"],
        }
        for r in section["rows"]
    ]


def _kp_totals(section: dict[str, Any]) -> dict[str, Any]:
    t = section["totals"]
    return {
        "carats": _ct(t["mct"]),
        "value_usd": _usd(t["value_cents"]),
        "parcels": t["parcels"],
        "certificates": t["certificates"],
    }


def cmd_report_kp_stats(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    stats = reports.kp_statistics(db, actor, args.date_from, args.date_to)
    data = {
        "from": stats["from"],
        "to": stats["to"],
        "exports": _kp_rows(stats["exports"]),
        "imports": _kp_rows(stats["imports"]),
        "totals": {
            "exports": _kp_totals(stats["exports"]),
            "imports": _kp_totals(stats["imports"]),
        },
    }
    if args.csv:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["direction", "hs_code", "country", "carats", "value_usd", "parcels", "certificates"]
        )
        for direction in ("exports", "imports"):
            for r in data[direction]:
                writer.writerow([direction, *r.values()])
        reports.record_export(
            db,
            actor,
            "kp-stats",
            f"{data['from']}..{data['to']}",
            {"format": "csv", "rows": out.getvalue().count("\n") - 1},
        )
        sys.stdout.write(out.getvalue())
        return
    if args.json:
        _out(args, data)
        return
    for direction in ("exports", "imports"):
        print(f"{direction.upper()} {data['from']} to {data['to']}")
        tot = data["totals"][direction]
        _print_table(
            ["hs_code", "country", "carats", "value_usd", "parcels", "certificates"],
            [tuple(r.values()) for r in data[direction]]
            + [("TOTAL", "", tot["carats"], tot["value_usd"], tot["parcels"], tot["certificates"])],
            {2, 3, 4, 5},
        )
        print()


def cmd_report_lineage(args: argparse.Namespace, db: Database) -> None:
    actor = _actor(args, db)
    if bool(args.lot) == bool(args.parcel):
        raise UsageError("report lineage: give --lot LOT or --parcel P")
    data = (
        reports.lot_lineage(db, actor, args.lot)
        if args.lot
        else reports.parcel_lineage(db, actor, args.parcel)
    )
    for group in ("places", "parcels", "lots"):
        for item in data.get(group, []):
            item["carats"] = _ct(item.pop("mct"))
    if _structured(args):
        _out(args, data)
        return
    print(json.dumps(data, indent=2, ensure_ascii=False))


def cmd_report_reconciliation(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    data = _lot_json(db, lots.get_lot(db, args.lot))
    if _structured(args):
        _out(args, data)
        return
    _print_table(
        ["category", "carats", "stones"],
        [(c["category"], c["carats"], c["stones"]) for c in data["categories"]],
        {1, 2},
    )
    _print_reconciliation(db, args.lot, f"lot {args.lot} ({data['status']})")


def cmd_report_year_end(args: argparse.Namespace, db: Database) -> None:
    data = reports.year_end_stock(db, _actor(args, db), args.year)
    result = {
        "year": data["year"],
        "carats": _ct(data["mct"]),
        "value_usd": _usd(data["value_cents"]),
        "lines": [
            {
                "category": ln["category"],
                "carats": _ct(ln["mct"]),
                "stones": ln["stones"],
                "value_usd": _usd(ln["value_cents"]),
            }
            for ln in data["lines"]
        ],
    }
    if _structured(args):
        _out(args, result)
    else:
        print(f"stock at the end of {args.year}: {result['carats']} ct, {result['value_usd']} USD")


def cmd_audit(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    rows = verify.audit_entries(
        db, action=args.action, user=args.who, obj=args.object, limit=args.limit
    )
    if _structured(args):
        _out(args, [{**asdict(r), "details": json.loads(r.details)} for r in rows])
        return
    _print_table(
        ["at", "user", "action", "object", "details"],
        [(r.at[:19], r.user, r.action, r.object, r.details[:60]) for r in rows],
        set(),
    )


def cmd_certificate_show(args: argparse.Namespace, db: Database) -> None:
    _actor(args, db)
    found = parcels.shipment(db, args.cert)
    data = {
        "kp_cert": found.kp_cert,
        "issued": found.issued,
        "expires": found.expires,
        "authority": found.authority,
        "exporter": found.exporter,
        "importer": found.importer,
        "destination": found.destination,
        "parcels": len(found.parcels),
        "carats": _ct(found.mct),
        "stones": found.stones,
        "value_usd": _usd(found.value_cents),
        "hs_codes": found.hs_codes,
        "origin": found.origin,
        "origin_countries": found.origin_countries,
        "seals": found.seals,
        "parcel_numbers": [p.number for p in found.parcels],
    }
    if _structured(args):
        _out(args, data)
        return
    for key, value in data.items():
        print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")


def cmd_verify(args: argparse.Namespace, db: Database) -> None:
    folders = [Path(d) for d in args.checkpoints or ()]
    for folder in folders:
        if not folder.is_dir():
            raise UserError(f"--checkpoints: no folder at {folder}")
    marks = args.mark or ()
    for mark in marks:
        anchors.parse_mark(mark)  # a mistyped mark is refused before anything is checked
    report = verify.verify(
        db, _actor(args, db), full=args.full, seal=True, checkpoint_dirs=folders, marks=marks
    )
    counts = ", ".join(f"{v} {k}" for k, v in report.checked.items())
    if _structured(args):
        _out(
            args,
            {
                "ok": report.ok,
                "problems": report.problems,
                "notes": report.notes,
                "checked": report.checked,
            },
        )
        if not report.ok:
            raise UserError(f"verify FAILED: {len(report.problems)} problems")
        return
    for note in report.notes:  # said even when all is well (a restore set checkpoints aside)
        print(f"verify: note: {note}")
    if report.ok:
        print(f"verify: OK ({counts})")
        return
    for problem in report.problems:
        print(f"verify: {problem}", file=sys.stderr)
    raise UserError(f"verify FAILED: {len(report.problems)} problems ({counts})")


def _print(args: argparse.Namespace, db: Database, kind: str, numbers: list[str]) -> None:
    actor = _actor(args, db)
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


def cmd_demo(args: argparse.Namespace, db_path: Path) -> None:
    users = demo.build(db_path, replace=args.replace)
    print(f"demo database written to {db_path}")
    for name, role, password in users:
        print(f"  {role:<10} {name:<8} password: {password}")


# -- the parser --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sortapp", description="Rough-diamond sorting inventory.")
    parser.add_argument("--version", action="version", version=f"sortapp {__version__}")
    parser.add_argument(
        "--db", type=Path, help="database file (default: $SORTAPP_DB or the user data folder)"
    )
    parser.add_argument("--user", help="sign in as this user (default: $SORTAPP_USER)")
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the database read-only: read, report, print and verify; write nothing "
        "(a file that cannot be written opens so by itself)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def cmd(parent: Any, name: str, func: Callable[..., None], help_: str, **kw: Any) -> Any:
        p = parent.add_parser(name, help=help_, description=help_, **kw)
        p.set_defaults(func=func)
        return p

    def group(name: str, help_: str) -> Any:
        p = sub.add_parser(name, help=help_)
        return p.add_subparsers(dest=f"{name}_command", required=True, parser_class=_Parser)

    def with_json(p: Any) -> Any:
        fmt = p.add_mutually_exclusive_group()
        fmt.add_argument("--json", action="store_true", help="print JSON")
        fmt.add_argument("--csv", action="store_true", help="print CSV (exact decimals)")
        return p

    p = cmd(sub, "init", cmd_init, "create a database with its site and first admin")
    p.add_argument("--site-code", required=True)
    p.add_argument("--site-name", required=True)
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 code of the site")
    p.add_argument("--admin", required=True, help="the first admin's user name")
    p.add_argument("--authority", help="the exporting (KP) authority")

    p = cmd(sub, "demo", cmd_demo, "write a realistic demo database and print its users")
    p.add_argument("--replace", action="store_true", help="replace an existing demo database")
    p.add_argument("--open", action="store_true", help="then open the desktop app on it")

    users = group("user", "users and roles")
    p = cmd(users, "add", cmd_user_add, "add a user (password from $SORTAPP_NEW_PASSWORD)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["operator", "supervisor", "admin"])
    with_json(cmd(users, "list", cmd_user_list, "list users"))
    p = cmd(users, "set", cmd_user_set, "change a user's role or deactivate them")
    p.add_argument("name")
    p.add_argument("--role", choices=["operator", "supervisor", "admin"])
    p.add_argument("--active", choices=["yes", "no"])
    p = cmd(users, "password", cmd_user_password, "change a password")
    p.add_argument("name", nargs="?")
    p = cmd(users, "unlock", cmd_user_unlock, "clear a user's failed sign-ins and lock (admin)")
    p.add_argument("name")

    sites = group("site", "site settings")
    p = cmd(sites, "set", cmd_site_set, "set a site setting (admin)")
    p.add_argument(
        "key",
        help="name, authority, address, exporter, tolerance-ct, tolerance-pct, "
        "weigh-tolerance-ct, weigh-tolerance-pct, cert-validity-days, valuation-rule, "
        "wdc-statement, timezone",
    )
    p.add_argument("value")
    with_json(cmd(sites, "show", cmd_site_show, "show the site and its settings"))
    p = cmd(
        sites,
        "key",
        cmd_site_key,
        "print the site signing key's sheet (its fingerprint, for partner sites)",
    )
    with_json(p)
    key_sub = p.add_subparsers(dest="key_command", parser_class=_Parser)
    p = cmd(
        key_sub,
        "grant",
        cmd_site_key_grant,
        "give the site key to a supervisor or admin, who types their password "
        "($SORTAPP_GRANT_PASSWORD) at a key holder's sign-in",
    )
    p.add_argument("name")

    countries = group("country", "the country list and KP participation")
    p = cmd(countries, "set", cmd_country_set, "add or change a country (admin)")
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--kp", required=True, choices=["participant", "eu", "none"])

    cats = group("category", "the assortment")
    with_json(cmd(cats, "list", cmd_category_list, "list categories"))
    p = cmd(cats, "add", cmd_category_add, "add a category (admin)")
    p.add_argument("code")
    for opt in ("--size", "--model", "--quality", "--colour"):
        p.add_argument(opt, required=True)
    p.add_argument("--hs-code", required=True, choices=["7102.10", "7102.21", "7102.31"])
    p.add_argument("--name")
    p = cmd(cats, "import", cmd_category_import, "import categories from CSV, all or nothing")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only list the bad rows")

    prices = group("price", "the price book")
    p = cmd(prices, "set", cmd_price_set, "set a category's price in USD per carat")
    p.add_argument("category")
    p.add_argument("usd_per_ct")
    p.add_argument(
        "--from", dest="effective_from", help="effective from (YYYY-MM-DD; default today)"
    )

    lot = group("lot", "receiving lots")
    p = cmd(lot, "receive", cmd_lot_receive, "receive a lot")
    p.add_argument("lot")
    p.add_argument("--carats", help="weighed carats (leave out to weigh later)")
    p.add_argument("--origin", required=True, action="append", help="origin country (repeatable)")
    p.add_argument("--mine", action="append")
    p.add_argument("--supplier")
    p.add_argument("--declared-carats")
    p.add_argument("--stones")
    p.add_argument("--value", help="declared value in USD (imports)")
    p.add_argument("--seal", action="append")
    p.add_argument("--kp-cert", help="incoming KP certificate number")
    p.add_argument("--from", dest="from_country", help="country shipped from (imports)")
    p = cmd(lot, "weigh", cmd_lot_weigh, "weigh a lot that arrived with declared carats only")
    p.add_argument("lot")
    p.add_argument("--carats", required=True)
    p.add_argument("--stones")
    p = cmd(lot, "reweigh", cmd_lot_reweigh, "correct a wrong weight before sorting (supervisor)")
    p.add_argument("lot")
    p.add_argument("--carats", required=True)
    p.add_argument("--stones")
    p.add_argument("--reason", required=True)
    p = cmd(lot, "acknowledge", cmd_lot_acknowledge, "acknowledge a weight difference (supervisor)")
    p.add_argument("lot")
    p.add_argument("--reason", required=True)
    p = with_json(cmd(lot, "list", cmd_lot_list, "list lots"))
    p.add_argument("--status", choices=["awaiting_weight", "received", "sorting", "sorted"])
    p = with_json(cmd(lot, "show", cmd_lot_show, "show a lot"))
    p.add_argument("lot")

    srt = group("sort", "sorting a lot")
    p = cmd(srt, "add", cmd_sort_add, "record sorted goods of a category")
    p.add_argument("lot")
    p.add_argument("category")
    p.add_argument("--carats", required=True)
    p.add_argument("--stones")
    p = cmd(srt, "loss", cmd_sort_loss, "record a loss")
    p.add_argument("lot")
    p.add_argument("type", choices=LOSS_TYPES)
    p.add_argument("--carats", required=True)
    p = cmd(srt, "correct", cmd_sort_correct, "reverse an entry (supervisor)")
    p.add_argument("lot")
    p.add_argument("entry")
    p.add_argument("--reason", required=True)
    p = cmd(srt, "import", cmd_sort_import, "append entries from CSV (category,carats,stones)")
    p.add_argument("lot")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only list the bad rows")
    p = with_json(cmd(srt, "show", cmd_sort_show, "list a lot's entries and reconciliation"))
    p.add_argument("lot")
    p = cmd(srt, "close", cmd_sort_close, "close the sorting and post it to stock")
    p.add_argument("lot")
    p.add_argument("--accept-difference", action="store_true")
    p.add_argument("--reason")

    p = with_json(cmd(sub, "stock", cmd_stock, "stock on hand by category"))
    p.add_argument("--by-origin", action="store_true")

    par = group("parcel", "export parcels")
    p = cmd(par, "create", cmd_parcel_create, "create a draft parcel")
    p.add_argument("parcel")
    p.add_argument("--importer", required=True)
    p.add_argument("--destination", required=True)
    p.add_argument("--exporter")
    p = cmd(par, "add", cmd_parcel_add, "pack goods from stock")
    p.add_argument("parcel")
    p.add_argument("category")
    p.add_argument("--carats", required=True)
    p.add_argument("--stones")
    p.add_argument("--lot")
    p = cmd(par, "packings", cmd_parcel_packings, "list a parcel's packings (to remove one)")
    p.add_argument("parcel")
    with_json(p)
    p = cmd(par, "remove", cmd_parcel_remove, "reverse a packing (supervisor)")
    p.add_argument("parcel")
    p.add_argument("packing", help="the packing's ledger number ('parcel packings' lists them)")
    p.add_argument("--reason", required=True)
    p = cmd(par, "price", cmd_parcel_price, "override a category's price (supervisor)")
    p.add_argument("parcel")
    p.add_argument("category")
    p.add_argument("usd_per_ct")
    p.add_argument("--reason", required=True)
    p = cmd(par, "value", cmd_parcel_value, "record a valuation (supervisor)")
    p.add_argument("parcel")
    p.add_argument("valuer", choices=["declared", "government", "independent"])
    p.add_argument("usd")
    p = cmd(par, "seal", cmd_parcel_seal, "seal under a KP certificate (supervisor)")
    p.add_argument("parcel")
    p.add_argument("--kp-cert", required=True)
    p.add_argument("--seal", required=True, action="append")
    p.add_argument("--issued")
    p.add_argument("--expires")
    p = cmd(par, "ship", cmd_parcel_ship, "ship a sealed parcel (supervisor)")
    p.add_argument("parcel")
    p = cmd(par, "void", cmd_parcel_void, "void a parcel; goods return to stock (supervisor)")
    p.add_argument("parcel")
    p.add_argument("--reason", required=True)
    p = with_json(cmd(par, "show", cmd_parcel_show, "show a parcel"))
    p.add_argument("parcel")
    p = with_json(cmd(par, "list", cmd_parcel_list, "list parcels"))
    p.add_argument("--status", choices=["draft", "sealed", "shipped", "void"])

    rep = group("report", "reports")
    p = with_json(cmd(rep, "kp-stats", cmd_report_kp_stats, "KP statistics for a period"))
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p = with_json(cmd(rep, "lineage", cmd_report_lineage, "lineage of a lot or a parcel"))
    p.add_argument("--lot")
    p.add_argument("--parcel")
    p = with_json(cmd(rep, "reconciliation", cmd_report_reconciliation, "a lot's reconciliation"))
    p.add_argument("lot")
    p = with_json(cmd(rep, "year-end", cmd_report_year_end, "stock at the end of a year"))
    p.add_argument("year", type=int)

    p = cmd(sub, "manifest", cmd_manifest, "print a sealed parcel's manifest to PDF")
    p.add_argument("parcel")
    p.add_argument("--pdf", required=True, help="the PDF file to write")
    p.set_defaults(label_printer=False)
    p = cmd(sub, "print", cmd_print, "print a document to PDF")
    p.add_argument(
        "kind",
        choices=[
            "manifest",
            "kp-sheet",
            "invoice",
            "valuation",
            "receipt",
            "reconciliation",
            "label",
        ],
    )
    p.add_argument("numbers", nargs="+", help="lot, parcel or certificate number(s)")
    p.add_argument("--pdf", required=True, help="the PDF file to write")
    p.add_argument("--label-printer", action="store_true", help="labels: one per label page")

    p = with_json(cmd(sub, "audit", cmd_audit, "the audit log, newest first"))
    p.add_argument("--action")
    p.add_argument("--who")
    p.add_argument("--object")
    p.add_argument("--limit", type=int, default=50)

    certs = group("certificate", "KP certificates (shipments)")
    p = with_json(cmd(certs, "show", cmd_certificate_show, "a certificate's shipment and totals"))
    p.add_argument("cert")

    p = cmd(sub, "verify", cmd_verify, "check the audit chain, the ledger and the file")
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
    with_json(p)

    p = cmd(
        sub,
        "import",
        cmd_import,
        "import lots, sorting results, prices or categories from CSV, all or nothing",
    )
    p.add_argument("kind", choices=list(imports.KINDS))
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only list the bad rows")

    bk = group("backup", "backups (online backup API, verified)")
    p = cmd(bk, "now", cmd_backup, "back up now (supervisor)")
    p.add_argument("dest", nargs="?", help="a file, or a folder for a named file")
    with_json(cmd(bk, "list", cmd_backup_list, "list the backups and their state"))
    p = cmd(sub, "restore", cmd_restore, "replace the database with a backup (admin)")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="accept another site's backup")

    bd = group("bundle", "site-to-site transfer files")
    p = cmd(bd, "export", cmd_bundle_export, "write a sealed parcel as a transfer file")
    p.add_argument("parcel")
    p.add_argument("file")
    p.add_argument("--to", help="the receiving site's code: any other site refuses the file")
    p = cmd(bd, "import", cmd_bundle_import, "receive a transfer file as an incoming lot")
    p.add_argument("file")
    p.add_argument("--lot", help="the new lot's number (default SENDER-PARCEL)")
    p.add_argument("--force", action="store_true", help="accept a parcel consigned elsewhere")
    p.add_argument(
        "--accept-unsigned",
        action="store_true",
        help="accept this one file although it is not signed by its sender's pinned key "
        "(admin, with --reason; a bad signature is never accepted)",
    )
    p.add_argument("--reason", help="why (recorded in the audit log)")
    p = cmd(bd, "trust", cmd_bundle_trust, "pin a partner site's key by its fingerprint (admin)")
    p.add_argument("site", help="the partner site's code")
    p.add_argument("fingerprint", nargs="+", help="the key fingerprint, confirmed with the partner")
    p.add_argument("--replace", action="store_true", help="re-pin a partner's new key")
    p.add_argument("--reason", help="why a pinned key is replaced (recorded in the audit log)")
    with_json(cmd(bd, "partners", cmd_bundle_partners, "list the pinned partner keys"))
    return parser


def _configure_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.WARNING)


def _open_app(db_path: Path) -> int:
    """Open the desktop app (its Qt modules are imported only then: the CLI never loads Qt)."""
    return desktop.open_app(db_path)


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
    db_path = args.db or paths.default_db_path()
    if args.command is None:
        return _open_app(db_path)
    _configure_logging()
    try:
        # Every SQL call, reads too, reaches the user as a known error when the environment
        # (disk, lock, damaged file) fails; anything else is a bug and stays loud.
        with storage_errors():
            if args.command == "demo":
                cmd_demo(args, db_path)
                return _open_app(db_path) if args.open else 0
            args.db_path = db_path
            if args.read_only and args.command == "init":
                raise UsageError("init creates a database; it cannot be read-only")
            db = open_db(db_path, create=args.command == "init", read_only=args.read_only)
            why = opened_read_only(db)
            if why:
                print(f"read-only: {why}; nothing will be written", file=sys.stderr)
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


if __name__ == "__main__":
    sys.exit(main())
