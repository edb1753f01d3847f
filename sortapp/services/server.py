"""The facility server: connecting a workstation, what its backup is, and moving a site's file
to it (``migrate-to-server``).

A server URL that names a user (``postgresql://OWNER@HOST/DB``) is the database owner's
connection: it applies and upgrades the schema (``init``, ``migrate-to-server``, an upgrade). Any
other connection is a sortapp user's own sign-in to the server, as the server role of the same
name, with that user's password.
"""

from __future__ import annotations

import logging
import types
from dataclasses import dataclass
from pathlib import Path

from sortapp.core.errors import UserError
from sortapp.core.roles import Role
from sortapp.services import site
from sortapp.storage import dbapi, files, migrate, migrations, serverops
from sortapp.storage.db import open_db, open_server, storage_errors, transaction
from sortapp.storage.dbapi import Database
from sortapp.storage.pgschema import roles

log = logging.getLogger(__name__)


def _pg() -> types.ModuleType:
    """``storage.pg``, loaded for a server's URL only (a file's install never loads psycopg)."""
    from sortapp.storage import pg  # noqa: PLC0415

    return pg


def owner_named(url: str) -> str:
    """The owner a server URL names ('' when it names no user).

    Raises:
        UserError: the URL cannot be read.
    """
    try:
        return str(_pg().url_user(url))
    except Exception as exc:
        if not dbapi.from_server(exc):
            raise
        raise UserError(f"the server URL cannot be read: {exc}") from exc


def where(url: str) -> str:
    """The server and database of ``url`` for messages (no password)."""
    return str(_pg().where(url))


def open_as_owner(url: str, doing: str) -> Database:
    """The owner's connection (``url`` names the owner), the schema brought up to date.

    Raises:
        UserError: ``url`` names no user: ``doing`` is the owner's.
    """
    if not owner_named(url):
        raise UserError(
            f"{doing} on the facility server is the database owner's: name the owner in the "
            "URL (postgresql://OWNER@HOST:PORT/DB; the password from libpq's usual places)"
        )
    return open_server(url, upgrade=True)


def open_as_user(url: str, user: str, password: str) -> Database:
    """A sortapp user's connection: the server role ``user`` signs in with ``password``."""
    return open_server(url, user=user, password=password)


# -- backups --------------------------------------------------------------------------------------

_SERVER_KEEPS = (
    "this database is on the facility server: its backup is the server's own base backups "
    "(pg_basebackup) with WAL archiving, set up by IT; a workstation makes none"
)


def archiving_missing(settings: serverops.Archiving) -> str:
    """What the server's settings lack for WAL archiving, in a sentence ('' when nothing)."""
    if settings.mode is None:
        return (
            "this sign-in may not read the server's archive settings (a superuser, or a role "
            "granted pg_read_all_settings, can check archive_mode and archive_command)"
        )
    missing = []
    if settings.mode not in ("on", "always"):
        missing.append(f"archive_mode is {settings.mode or 'not set'} (set it to on)")
    # (With archive_mode off the server shows archive_command as "(disabled)".)
    if not (settings.command not in ("", None, "(disabled)") or settings.library):
        missing.append("no archive_command or archive_library is set (set one of them)")
    if not missing:
        return ""
    return (
        "WAL archiving is not configured: "
        + " and ".join(missing)
        + (" in postgresql.conf, then restart the server")
    )


def backup_statement(db: Database) -> str:
    """Say what keeps a server database safe, after checking that WAL archiving is configured.

    Raises:
        UserError: archiving is not configured (the sentence says what to set).
    """
    with storage_errors():
        settings = serverops.archiving(db)  # type: ignore[arg-type]  # a server's database
    missing = archiving_missing(settings)
    if missing:
        raise UserError(f"{_SERVER_KEEPS}; {missing}", code="server_backup")
    how = (
        f"archive_command '{settings.command}'"
        if settings.command
        else f"archive_library '{settings.library}'"
    )
    return f"{_SERVER_KEEPS}; WAL archiving is on ({how})"


# -- migrate-to-server ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Migration:
    """What ``migrate_to_server`` moved: equal on both sides, checked before the commit."""

    site: str
    where: str
    rows: dict[str, int]
    chain_heads: dict[str, str]
    journal: tuple[int, str]
    #: The users now signing in to the server as their own roles: the moving admin, with the
    #: password given; the others' roles wait for a password an admin sets (the file keeps only
    #: scrypt hashes, which a server's sign-in cannot use).
    roles: tuple[str, ...] = ()
    waiting: tuple[str, ...] = ()


def migrate_to_server(path: Path, url: str, admin: str, password: str) -> Migration:
    """Move the site in the file ``path`` to the empty server database ``url`` (the owner's).

    The file is opened read-only and left as it was; ``admin`` signs in to it with ``password``
    (an admin of the file). The server's schema is applied, then every table is copied with the
    same ids and compared with the file in one transaction (``storage.migrate.copy_site``).

    Raises:
        UserError: the URL names no owner, the file has changes it cannot read or is not
            current, the sign-in is refused or not an admin's, or the server database is not
            empty. Nothing is written.
        KnownStorageError: the file cannot be opened, or the server cannot be reached.
    """
    if not owner_named(url):
        raise UserError(
            "migrate-to-server is the database owner's: name the owner in the URL "
            "(postgresql://OWNER@HOST:PORT/DB)"
        )
    path = Path(path)
    wal = files.sidecar_files(path)[0]
    if wal.exists() and wal.stat().st_size > 0:
        raise UserError(
            f"{path} has changes still in {wal.name} (sortapp is open on it, or was not closed): "
            "close sortapp on every workstation using it, open it once with sortapp, then move "
            "it; nothing was changed"
        )
    source = open_db(path, read_only=True)
    try:
        actor = site.login(source, admin, password)
        actor.require(Role.ADMIN, "moving the site to the facility server")
        tables = migrate.file_tables(source)
        code = site.show_settings(source)["code"]
        target = open_as_owner(url, "migrate-to-server")
        try:
            mine = migrate.server_tables(target)
            if mine != tables:
                differ = sorted(set(mine) ^ set(tables)) or sorted(
                    t for t in tables if mine[t] != tables[t]
                )
                raise UserError(
                    f"the file's tables and the server's schema differ ({', '.join(differ)}): "
                    f"is the file from this sortapp (schema {migrations.SCHEMA_VERSION})? "
                    "nothing was changed"
                )
            try:
                with storage_errors():
                    states = migrate.copy_site(source, target, tables)  # type: ignore[arg-type]
            except migrate.NotEmpty as exc:
                raise UserError(
                    f"the database on the server ({where(url)}) is not empty ({exc}): a site "
                    "moves only into an empty database; nothing was changed"
                ) from exc
            except migrate.Differs as exc:
                raise UserError(
                    f"the copy on the server does not equal the file ({exc}); it was rolled "
                    "back and nothing was changed"
                ) from exc
            heads, journal = migrate.chain_heads(source), migrate.journal_head(source)
            if (migrate.chain_heads(target), migrate.journal_head(target)) != (heads, journal):
                raise AssertionError("the chain heads differ after an equal copy")  # a bug
            users = [(n, bool(a)) for n, _role, a in site.list_users(source, actor)]
            with transaction(target):
                for name, _active in users:
                    roles.sync_user(target, name, password if name == actor.name else None)
        finally:
            target.close()
    finally:
        source.close()
    log.info("site %s moved from %s to %s", code, path, where(url))
    return Migration(
        site=code,
        where=where(url),
        rows={t: s.rows for t, s in states.items() if t != migrate.SCHEMA_ROWS},
        chain_heads=heads,
        journal=journal,
        roles=tuple(n for n, active in users if active),
        waiting=tuple(n for n, active in users if active and n != actor.name),
    )
