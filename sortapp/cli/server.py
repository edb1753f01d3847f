"""Commands of the facility server: moving a site's file to it (``migrate-to-server``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sortapp.cli import common
from sortapp.services import server


def cmd_migrate(args: argparse.Namespace) -> None:
    """Move the file's site to the server (run by ``main`` without opening ``--db``)."""
    name = common.user_name(args)
    password = common.ask_password("SORTAPP_PASSWORD", f"Password for {name}: ")
    moved = server.migrate_to_server(Path(args.file), args.url, name, password)
    print(f"moved site {moved.site} from {args.file} to {moved.where}; the file was not changed")
    print(f"rows: {sum(moved.rows.values())} in {len(moved.rows)} tables, each equal to the file's")
    count, last = moved.journal
    print(f"ledger: {count} entries, last hash {last or '-'}")
    for code, head in moved.chain_heads.items():
        print(f"audit chain of {code}: head {head}")
    print(f"server roles: {', '.join(moved.roles)}")
    if moved.waiting:
        print(
            f"an admin sets a password for {', '.join(moved.waiting)} before they sign in to the "
            "server: sortapp user password NAME"
        )
    print(f"workstations now use: sortapp --db postgresql://{moved.where} --user NAME ...")


def _migrate(sub: common.Subparsers) -> None:
    p = common.command(
        sub,
        "migrate-to-server",
        cmd_migrate,
        "move a site's file to an empty database on the facility server (an admin of the "
        "file; the owner's URL); the file is left as it was",
    )
    p.add_argument("file", help="the site's database file")
    p.add_argument("url", help="the owner's URL: postgresql://OWNER@HOST:PORT/DB")


COMMANDS = {"migrate-to-server": _migrate}
