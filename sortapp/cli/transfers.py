"""Commands that move data in and out: CSV imports, backups and restore, and site-to-site
transfer files (bundles) with their pinned partner keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from sortapp.cli import common
from sortapp.core.errors import UserError
from sortapp.core.units import format_mct
from sortapp.services import backups, csvfile, imports, lots, server, transfers
from sortapp.services.settings import settings, site
from sortapp.storage import dbapi
from sortapp.storage.dbapi import Database


def cmd_import(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    result = imports.import_file(
        db,
        actor,
        args.kind,
        csvfile.read_file(args.file),
        dry_run=args.dry_run,
        file=Path(args.file).name,
    )
    common.refuse_bad_rows(args.file, result.errors)
    verb = "all rows are good; nothing written (dry run)" if args.dry_run else "imported"
    print(f"{args.file}: {result.rows} rows, {verb}")
    for line, warning in result.warnings if not args.dry_run else ():  # (nothing written)
        print(f"warning: row {line}: {warning}", file=sys.stderr)


def _on_server(args: argparse.Namespace, db: Database) -> bool:
    """On the facility server, say what its backup is once archiving is checked (and refuse
    when it is not configured); return whether the database is the server's."""
    if dbapi.sqlite(db):
        return False
    common.sign_in(args, db)
    print(server.backup_statement(db))
    return True


def cmd_backup(args: argparse.Namespace, db: Database) -> None:
    if _on_server(args, db):
        return
    actor = common.sign_in(args, db)
    info = backups.make_backup(
        db, args.db_path, actor=actor, dest=Path(args.dest) if args.dest else None
    )
    if not info.ok:
        raise UserError(f"backup written to {info.path} but it FAILED verification: {info.note}")
    print(f"backup written and verified: {info.path}")


def _backup_folder(args: argparse.Namespace, db: Database) -> Path:
    """The folder of backups a command reads: ``--folder`` (said when it is not there), else
    the site's backup folder (none yet before its first backup: no backups)."""
    if args.folder:
        return backups.in_folder(Path(args.folder))
    return backups.folder(db, args.db_path)


def cmd_backup_check(args: argparse.Namespace, db: Database) -> None:
    if _on_server(args, db):
        return
    common.sign_in(args, db)
    files = [Path(f) for f in args.file or []]
    checked = backups.check_now(_backup_folder(args, db), files)
    if not checked:
        print("no backup awaits its check (give a backup file to check it again)")
        return
    found = [info for info, _unnoted in checked]
    _print_backups(args, db, found)
    for info, unnoted in checked:  # (read-only media: the check is said, its note is not)
        if unnoted:
            print(
                f"warning: {info.path.name}: its check was not noted beside it ({unnoted})",
                file=sys.stderr,
            )
    failed = [b for b in found if not b.ok]
    if failed:
        names = ", ".join(b.path.name for b in failed)
        raise UserError(f"{len(failed)} of {len(found)} backups FAILED their check: {names}")


def cmd_backup_list(args: argparse.Namespace, db: Database) -> None:
    if _on_server(args, db):
        return
    common.sign_in(args, db)
    found = backups.list_backups(_backup_folder(args, db))
    if not found and not common.printed_as_data(args, []):
        print(f"no backups in {_backup_folder(args, db)}")
        return
    _print_backups(args, db, found)


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _print_backups(args: argparse.Namespace, db: Database, found: list[backups.BackupInfo]) -> None:
    here = settings(db)
    sizes = [_size(b.path) for b in found]
    rows = [
        {
            "file": b.path.name,
            "site": b.site,
            "at": b.at.isoformat(),
            "schema": b.schema,
            "tag": b.tag,
            "bytes": size,
            "state": b.state,
        }
        for b, size in zip(found, sizes, strict=True)
    ]
    if common.printed_as_data(args, rows):
        return
    code = site(db).code
    zone = ZoneInfo(here.timezone)
    common.print_table(
        ["file", f"made ({here.timezone})", "MB", "state"],
        [
            (
                b.path.name,
                f"{b.at.astimezone(zone):%Y-%m-%d %H:%M}",
                "" if size is None else f"{size / 1_000_000:.1f}",
                b.state
                if not b.site or b.site.upper() == code.upper()
                else f"{b.state}; site {b.site}'s",
            )
            for b, size in zip(found, sizes, strict=True)
        ],
        {2},
    )


def cmd_restore(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    damaged = backups.damaged(db)
    if damaged is None:
        backups.restore(db, args.db_path, actor, Path(args.file), force=args.force)
        print(f"restored {args.file}; the replaced database was kept as a backup")
        return
    # (A file found damaged, open read-only: written over whole, and opened again.)
    restored = backups.restore_damaged(db, args.db_path, actor, Path(args.file), force=args.force)
    restored.db.close()
    print(
        f"restored {args.file} over the damaged database ({damaged}); the damaged file was "
        f"kept as {restored.kept}"
    )


def cmd_bundle_export(args: argparse.Namespace, db: Database) -> None:
    digest = transfers.export_bundle(
        db, common.sign_in(args, db), args.parcel, Path(args.file), to_site=args.to or ""
    )
    print(f"transfer file {args.file} written and signed; fingerprint {digest}")


def cmd_bundle_import(args: argparse.Namespace, db: Database) -> None:
    changes = transfers.import_bundle(
        db,
        common.sign_in(args, db),
        Path(args.file),
        lot_name=args.lot or "",
        force=args.force,
        accept_unsigned=args.accept_unsigned,
        reason=args.reason or "",
        kp_cert=args.kp_cert or "",
    )
    lot = lots.get_lot_by_id(db, changes.created_id or 0)
    print(
        f"imported as lot {lot.number}, awaiting weighing (declared "
        f"{format_mct(lot.declared_mct or 0)} ct); weigh it with 'sortapp lot weigh'"
    )
    if changes.warning:  # (a period whose KP statistics were exported changes, say)
        print(f"warning: {changes.warning}", file=sys.stderr)


def cmd_bundle_trust(args: argparse.Namespace, db: Database) -> None:
    changes = transfers.pin_partner(
        db,
        common.sign_in(args, db),
        args.site,
        " ".join(args.fingerprint),  # as typed while read aloud: groups may be separate words
        replace=args.replace,
        reason=args.reason or "",
    )
    print(changes.note)


def cmd_bundle_partners(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    rows = transfers.partner_keys(db)
    if common.printed_as_data(args, rows):
        return
    tz = settings(db).timezone
    common.print_table(
        ["site", "fingerprint", "pinned by", f"pinned at ({tz})", "reason"],
        [
            (
                r["site"],
                r["fingerprint"],
                r["pinned_by"],
                common.local_second(r["pinned_at"], ZoneInfo(tz)),
                r["reason"],
            )
            for r in rows
        ],
        set(),
    )


def _import(sub: common.Subparsers) -> None:
    p = common.command(
        sub,
        "import",
        cmd_import,
        "import lots, sorting results, prices or categories from CSV, all or nothing",
    )
    p.add_argument("kind", choices=list(imports.KINDS))
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only list the bad rows")


def _backup(sub: common.Subparsers) -> None:
    bk = common.group(sub, "backup", "backups (online backup API, verified)")
    p = common.command(bk, "now", cmd_backup, "back up now (supervisor)")
    p.add_argument("dest", nargs="?", help="a file, or a folder for a named file")
    folder = "a folder of backups other than the site's (a copy on removable media)"
    p = common.with_json(
        common.command(bk, "list", cmd_backup_list, "list the backups and their state")
    )
    p.add_argument("--folder", help=folder)
    p = common.with_json(
        common.command(
            bk,
            "check",
            cmd_backup_check,
            "check the backups not checked yet (taken as the app closed), or the files given",
        )
    )
    p.add_argument("file", nargs="*", help="a backup file to check (again)")
    p.add_argument("--folder", help=folder)


def _restore(sub: common.Subparsers) -> None:
    p = common.command(sub, "restore", cmd_restore, "replace the database with a backup (admin)")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="accept another site's backup")


def _bundle(sub: common.Subparsers) -> None:
    bd = common.group(sub, "bundle", "site-to-site transfer files")
    p = common.command(bd, "export", cmd_bundle_export, "write a sealed parcel as a transfer file")
    p.add_argument("parcel")
    p.add_argument("file")
    p.add_argument("--to", help="the receiving site's code: any other site refuses the file")
    p = common.command(
        bd, "import", cmd_bundle_import, "receive a transfer file as an incoming lot"
    )
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
    p.add_argument(
        "--kp-cert",
        help="the incoming KP certificate that came with the goods, for a file that names none",
    )
    p = common.command(
        bd, "trust", cmd_bundle_trust, "pin a partner site's key by its fingerprint (admin)"
    )
    p.add_argument("site", help="the partner site's code")
    p.add_argument("fingerprint", nargs="+", help="the key fingerprint, confirmed with the partner")
    p.add_argument("--replace", action="store_true", help="re-pin a partner's new key")
    p.add_argument("--reason", help="why a pinned key is replaced (recorded in the audit log)")
    common.with_json(
        common.command(bd, "partners", cmd_bundle_partners, "list the pinned partner keys")
    )


COMMANDS = {"import": _import, "backup": _backup, "restore": _restore, "bundle": _bundle}
