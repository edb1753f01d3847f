"""The site, its users and sign-in, its settings and its reference data."""

from __future__ import annotations

import csv
import logging
import re
from typing import Any

from sqlite_utils import Database

from sortapp import paths
from sortapp.core.canonical import utc_now
from sortapp.core.changes import Changes
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.passwords import check_password, hash_password
from sortapp.core.roles import Actor, Role
from sortapp.services import anchors, assortment
from sortapp.services.base import (
    DEFAULT_SETTINGS,
    SETTING_KEYS,
    country,
    record,
    settings,
    site,
)
from sortapp.storage import records
from sortapp.storage.db import transaction

log = logging.getLogger(__name__)

_SITE_CODE = re.compile(r"[A-Z][A-Z0-9]{1,11}")
_USER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,39}")
MIN_PASSWORD = 8


def _check_password_text(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"password: use at least {MIN_PASSWORD} characters")


def _check_user_name(name: str) -> str:
    value = (name or "").strip()
    if not _USER_NAME.fullmatch(value):
        raise UserError(
            f"user name: '{name}' must start with a letter and use letters, digits, '.', '_', '-'"
        )
    return value


def load_countries(db: Database) -> None:
    """Load the shipped list of countries with their KP participation (editable later)."""
    with (paths.resource("countries.csv")).open(encoding="utf-8", newline="") as fh:
        rows = [(r["code"], r["name"], r["kp"]) for r in csv.DictReader(fh)]
    records.insert_countries(db, rows)


def init_site(
    db: Database,
    *,
    code: str,
    name: str,
    country_code: str,
    admin: str,
    password: str,
    authority: str = "",
) -> Changes:
    """Create the site, its reference data, the default assortment and the first admin."""
    if records.get_site(db) is not None:
        raise UserError("this database already has a site; nothing was changed")
    code = (code or "").strip().upper()
    if not _SITE_CODE.fullmatch(code):
        raise UserError(
            f"site code: '{code}' must be 2-12 capital letters or digits, starting with a letter"
        )
    if not (name or "").strip():
        raise UserError("site name: enter the facility's name")
    admin = _check_user_name(admin)
    _check_password_text(password)
    with transaction(db):
        load_countries(db)
        found = country(db, country_code, "country")
        at = utc_now()
        records.insert_site(db, code, name.strip(), found[0], at)
        for key, value in DEFAULT_SETTINGS.items():
            records.put_setting(db, key, value)
        records.put_setting(db, "authority", authority.strip())
        user_id = records.insert_user(db, admin, "admin", hash_password(password), at)
        record(
            db,
            admin,
            "site.init",
            code,
            {"name": name.strip(), "country": found[0], "authority": authority.strip()},
        )
        record(db, admin, "user.add", admin, {"role": "admin"})
        anchors.create_key(db, admin, user_id, password)
        count = assortment.load_default(db, Actor(user_id, admin, Role.ADMIN))
    log.info("created site %s with %d categories", code, count)
    return Changes(site=True, users=True, assortment=True, created_id=user_id)


def login(db: Database, name: str, password: str) -> Actor:
    """Sign a user in; record the attempt either way.

    Raises:
        PermissionDenied: unknown user, inactive user or wrong password (one message for all).
    """
    user = records.get_user(db, (name or "").strip())
    ok = bool(user and user["active"] and check_password(password, user["password_hash"]))
    with transaction(db):
        record(db, (name or "").strip() or "?", "login" if ok else "login.failed", "", {})
    if not ok or user is None:
        raise PermissionDenied(f"sign-in refused for '{name}': unknown user or wrong password")
    return anchors.unlock(db, Actor(user["id"], user["name"], Role.parse(user["role"])), password)


def add_user(db: Database, actor: Actor, name: str, role: str, password: str) -> Changes:
    actor.require(Role.ADMIN, "adding a user")
    name = _check_user_name(name)
    parsed = Role.parse(role)
    _check_password_text(password)
    if records.get_user(db, name) is not None:
        raise UserError(f"user '{name}' already exists")
    with transaction(db):
        user_id = records.insert_user(db, name, parsed.label, hash_password(password), utc_now())
        note = anchors.rewrap(db, actor, user_id, name, parsed, password)
        record(db, actor.name, "user.add", name, {"role": parsed.label})
    return Changes(users=True, created_id=user_id, message=note)


def set_user(
    db: Database, actor: Actor, name: str, *, role: str | None = None, active: bool | None = None
) -> Changes:
    actor.require(Role.ADMIN, "changing a user")
    user = records.get_user(db, name)
    if user is None:
        raise NotFound(f"user '{name}' does not exist")
    new_role = Role.parse(role).label if role else user["role"]
    new_active = bool(user["active"]) if active is None else active
    if user["id"] == actor.user_id and (new_role != "admin" or not new_active):
        raise UserError("you cannot demote or deactivate yourself; ask another admin")
    with transaction(db):
        records.set_user_state(db, user["name"], new_role, new_active)
        note = _key_follows_role(db, user, Role.parse(new_role), new_active)
        record(db, actor.name, "user.set", user["name"], {"role": new_role, "active": new_active})
    return Changes(users=True, message=note)


def _key_follows_role(db: Database, user: dict[str, Any], role: Role, active: bool) -> str:
    """A demoted or deactivated user's wrap of the site key goes; a promoted one is told how
    to get it (their password is needed to wrap it)."""
    if role < Role.SUPERVISOR or not active:
        return anchors.revoke(db, user["id"], user["name"])
    if Role.parse(user["role"]) < Role.SUPERVISOR or not user["active"]:
        return (
            f"{user['name']} gets the site signing key when a holder gives it "
            f"('sortapp site key grant {user['name']}', {user['name']} types their password) "
            "or an admin who holds it sets their password"
        )
    return ""


def change_password(db: Database, actor: Actor, name: str, password: str) -> Changes:
    """Set a password: one's own, or anyone's for an admin."""
    if name != actor.name:
        actor.require(Role.ADMIN, "setting another user's password")
    _check_password_text(password)
    user = records.get_user(db, name)
    if user is None:
        raise NotFound(f"user '{name}' does not exist")
    with transaction(db):
        records.set_user_password(db, name, hash_password(password))
        note = anchors.rewrap(db, actor, user["id"], name, Role.parse(user["role"]), password)
        record(db, actor.name, "user.password", name, {})
    return Changes(users=True, message=note)


def list_users(db: Database, actor: Actor) -> list[tuple[str, str, int]]:
    actor.require(Role.OPERATOR, "listing users")
    return records.list_users(db)


def set_setting(db: Database, actor: Actor, key: str, value: str) -> Changes:
    """Change a site setting (``site set``); admin only."""
    actor.require(Role.ADMIN, "changing site settings")
    if key == "name":
        if not value.strip():
            raise UserError("name: enter the facility's name")
        with transaction(db):
            records.update_site_name(db, value.strip())
            record(db, actor.name, "site.set", "name", {"value": value.strip()})
        return Changes(site=True)
    if key not in SETTING_KEYS:
        raise UserError(
            f"'{key}' is not a site setting; use one of: name, {', '.join(SETTING_KEYS)}"
        )
    stored_key, parse = SETTING_KEYS[key]
    stored = parse(value, key)
    with transaction(db):
        records.put_setting(db, stored_key, stored)
        record(db, actor.name, "site.set", key, {"value": stored})
    return Changes(site=True)


def show_settings(db: Database) -> dict[str, str]:
    here = site(db)
    s = settings(db)
    return {"code": here.code, "name": here.name, "country": here.country, **s.__dict__}


def set_country(db: Database, actor: Actor, code: str, name: str, kp: str) -> Changes:
    """Add or change a country of the reference list (KP participation is editable data)."""
    actor.require(Role.ADMIN, "changing the country list")
    code = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise UserError(f"country: '{code}' is not an ISO 3166-1 alpha-2 code")
    if kp not in {"participant", "eu", "none"}:
        raise UserError("kp: use participant, eu (covered by the EU) or none")
    if not name.strip():
        raise UserError("name: enter the country's name")
    with transaction(db):
        records.insert_countries(db, [(code, name.strip(), kp)])
        record(db, actor.name, "country.set", code, {"name": name.strip(), "kp": kp})
    return Changes(site=True)


def countries(db: Database) -> list[tuple[str, str, str]]:
    """Return (code, name, kp participation) of the reference list."""
    return records.list_countries(db)


def kp_destinations(db: Database) -> list[str]:
    """Return the codes a parcel may be consigned to (KP participants and EU members)."""
    return [code for code, _name, kp in records.list_countries(db) if kp != "none"]


def require_kp_participant(db: Database, code: str, field: str) -> str:
    found = country(db, code, field)
    if found[2] == "none":
        raise UserError(
            f"{field}: {found[1]} ({found[0]}) is not on the site's KP participant list; rough "
            "diamonds may only go to KP participants"
        )
    return found[0]


def actor_for(db: Database, name: str) -> Actor:
    """Return the actor for a user without a password (tests and trusted tooling only)."""
    user = records.get_user(db, name)
    if user is None:
        raise NotFound(f"user '{name}' does not exist")
    return Actor(user["id"], user["name"], Role.parse(user["role"]))
