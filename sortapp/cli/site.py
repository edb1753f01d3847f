"""Commands of the site: creating it (``init``, ``demo``), its users, settings, key, countries."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sortapp.cli import common
from sortapp.core.roles import Role
from sortapp.services import anchors, demo, site
from sortapp.services.settings import SETTING_KEYS
from sortapp.storage.dbapi import Database

ROLES = ["operator", "supervisor", "admin"]


def cmd_init(args: argparse.Namespace, db: Database) -> None:
    password = common.ask_password(
        "SORTAPP_PASSWORD", f"New password for {args.admin}: ", confirm=True
    )
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
    actor = common.sign_in(args, db)
    actor.require(Role.ADMIN, "adding a user")  # before asking for a password in vain
    password = common.ask_password(
        "SORTAPP_NEW_PASSWORD", f"New password for {args.name}: ", confirm=True
    )
    changes = site.add_user(db, actor, args.name, args.role, password)
    print(f"added {args.role} {args.name}")
    common.print_note(changes)


def cmd_user_list(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    rows = site.list_users(db, actor)
    locks = site.user_locks(db, actor)
    if common.structured(args):
        common.print_data(
            args,
            [
                {"name": n, "role": r, "active": bool(a), "sign_in": locks.get(n, "")}
                for n, r, a in rows
            ],
        )
    else:
        common.print_table(
            ["user", "role", "active", "sign-in"],
            [(n, r, "yes" if a else "no", locks.get(n, "")) for n, r, a in rows],
            set(),
        )


def cmd_user_set(args: argparse.Namespace, db: Database) -> None:
    active = None if args.active is None else args.active == "yes"
    changes = site.set_user(db, common.sign_in(args, db), args.name, role=args.role, active=active)
    print(f"changed user {args.name}")
    common.print_note(changes)


def cmd_user_unlock(args: argparse.Namespace, db: Database) -> None:
    site.unlock_user(db, common.sign_in(args, db), args.name)
    print(f"unlocked {args.name}: failed sign-ins cleared")


def cmd_user_password(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    name = args.name or actor.name
    password = common.ask_password(
        "SORTAPP_NEW_PASSWORD", f"New password for {name}: ", confirm=True
    )
    changes = site.change_password(db, actor, name, password)
    print(f"password changed for {name}")
    common.print_note(changes)


def cmd_site_set(args: argparse.Namespace, db: Database) -> None:
    changes = site.set_setting(db, common.sign_in(args, db), args.key, args.value)
    print(f"{args.key} set")
    if changes.warning:
        print(f"warning: {changes.warning}", file=sys.stderr)


def cmd_site_key(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    sheet = anchors.key_sheet(db)
    if common.printed_as_data(args, sheet):
        return
    print(f"Site signing key of {sheet['site']} ({sheet['name']})")
    print(f"fingerprint: {sheet['fingerprint']}")
    print(f"public key:  {sheet['public_key']}")
    print(f"created:     {sheet['created']} by {sheet['created_by']}")
    print(f"held by:     {', '.join(sheet['holders']) or 'nobody'}")
    print("Partner sites pin this key by its fingerprint: read it to them over the phone or send")
    print("them this sheet, printed and signed.")


def cmd_site_key_grant(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    password = common.ask_password("SORTAPP_GRANT_PASSWORD", f"{args.name}, type your password: ")
    anchors.grant(db, actor, args.name, password)
    print(f"{args.name} now holds the site signing key")


def cmd_site_show(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    values = site.show_settings(db)
    if common.structured(args):
        common.print_data(args, values)
    else:
        for k, v in values.items():
            common.print_fact(k, ("yes" if v else "no") if isinstance(v, bool) else v)


def cmd_country_set(args: argparse.Namespace, db: Database) -> None:
    site.set_country(db, common.sign_in(args, db), args.code, args.name, args.kp)
    print(f"country {args.code.upper()} set")


def cmd_demo(args: argparse.Namespace, db_path: Path) -> None:
    users = demo.build(db_path, replace=args.replace)
    print(f"demo database written to {db_path}")
    for name, role, password in users:
        print(f"  {role:<10} {name:<8} password: {password}")


def _init(sub: common.Subparsers) -> None:
    p = common.command(sub, "init", cmd_init, "create a database with its site and first admin")
    p.add_argument("--site-code", required=True)
    p.add_argument("--site-name", required=True)
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 code of the site")
    p.add_argument("--admin", required=True, help="the first admin's user name")
    p.add_argument("--authority", help="the exporting (KP) authority")


def _demo(sub: common.Subparsers) -> None:
    p = common.command(sub, "demo", cmd_demo, "write a realistic demo database and print its users")
    p.add_argument("--replace", action="store_true", help="replace an existing demo database")
    p.add_argument("--open", action="store_true", help="then open the desktop app on it")


def _user(sub: common.Subparsers) -> None:
    users = common.group(sub, "user", "users and roles")
    p = common.command(
        users, "add", cmd_user_add, "add a user (password from $SORTAPP_NEW_PASSWORD)"
    )
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLES)
    common.with_json(common.command(users, "list", cmd_user_list, "list users"))
    p = common.command(users, "set", cmd_user_set, "change a user's role or deactivate them")
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--active", choices=["yes", "no"])
    p = common.command(users, "password", cmd_user_password, "change a password")
    p.add_argument("name", nargs="?")
    p = common.command(
        users, "unlock", cmd_user_unlock, "clear a user's failed sign-ins and lock (admin)"
    )
    p.add_argument("name")


def _site(sub: common.Subparsers) -> None:
    sites = common.group(sub, "site", "site settings")
    p = common.command(sites, "set", cmd_site_set, "set a site setting (admin)")
    p.add_argument(
        "key",
        help=f"one of: name, {', '.join(SETTING_KEYS)} (`site show` shows their values)",
    )
    p.add_argument("value")
    common.with_json(common.command(sites, "show", cmd_site_show, "show the site and its settings"))
    p = common.command(
        sites,
        "key",
        cmd_site_key,
        "print the site signing key's sheet (its fingerprint, for partner sites)",
    )
    common.with_json(p)
    key_sub = p.add_subparsers(dest="key_command", parser_class=common.Parser)
    p = common.command(
        key_sub,
        "grant",
        cmd_site_key_grant,
        "give the site key to a supervisor or admin, who types their password "
        "($SORTAPP_GRANT_PASSWORD) at a key holder's sign-in",
    )
    p.add_argument("name")


def _country(sub: common.Subparsers) -> None:
    countries = common.group(sub, "country", "the country list and KP participation")
    p = common.command(countries, "set", cmd_country_set, "add or change a country (admin)")
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--kp", required=True, choices=["participant", "eu", "none"])


COMMANDS = {"init": _init, "demo": _demo, "user": _user, "site": _site, "country": _country}
