"""The site, its users and sign-in, its settings and its reference data."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import logging
import re
import secrets
import zoneinfo
from collections.abc import Callable
from typing import Any, NoReturn

from sortapp import paths
from sortapp.core import uids
from sortapp.core.canonical import iso_utc, parse_iso_utc
from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.i18n import phrase
from sortapp.core.passwords import check_password, hash_password
from sortapp.core.roles import ROLE_WORDS, Actor, Role
from sortapp.services import anchors, assortment, reported
from sortapp.services.audit import record
from sortapp.services.settings import DEFAULT_SETTINGS, SETTING_KEYS, settings, site
from sortapp.services.validation import check_text, country
from sortapp.storage import dbapi, records
from sortapp.storage.db import open_server_as, opened_read_only, transaction, unreadable
from sortapp.storage.dbapi import Database
from sortapp.storage.pgschema import roles as server_roles

log = logging.getLogger(__name__)

_SITE_CODE = re.compile(uids.SITE_CODE)
_USER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,39}")

# Passwords follow NIST SP 800-63B 5.1.1.2: a minimum length counted in characters (Unicode code
# points), a generous maximum, no composition rules, and a check against common passwords.
MIN_PASSWORD = 8
MAX_PASSWORD = 256
COMMON_PASSWORDS = "common-passwords.txt"

# Lockout: after LOCK_AFTER failed sign-ins in a row a user is locked for LOCK_FIRST, doubled
# for each further failure, at most LOCK_MAX. Attempts while locked are refused unchecked and
# do not count; a successful sign-in or an admin's unlock clears the count.
LOCK_AFTER = 5
LOCK_FIRST = dt.timedelta(minutes=1)
LOCK_MAX = dt.timedelta(hours=24)


def clock() -> dt.datetime:
    """Return the current time (aware, UTC); tests replace it to move time without sleeping."""
    return dt.datetime.now(dt.UTC)


@functools.cache
def common_passwords() -> frozenset[str]:
    """Return the shipped list of common passwords, case-folded."""
    with paths.resource(COMMON_PASSWORDS).open(encoding="utf-8") as fh:
        return frozenset(
            line.rstrip("\n").casefold() for line in fh if line.strip() and line[0] != "#"
        )


def check_new_password(password: str, user: str = "") -> None:
    """Refuse a password that is too short, too long, common, or the user name (and digits).

    Raises:
        UserError: the password is refused; the message says why.
    """
    if len(password) < MIN_PASSWORD:
        raise UserError(phrase("password: use at least {count} characters", count=MIN_PASSWORD))
    if len(password) > MAX_PASSWORD:
        raise UserError(phrase("password: use at most {count} characters", count=MAX_PASSWORD))
    folded = password.casefold()
    if folded in common_passwords() or len(set(folded)) == 1:
        raise UserError(
            phrase(
                "password: this is one of the most common passwords, which are tried first; "
                "choose another (a few unrelated words make a good one)"
            )
        )
    if user and _letters(folded) == _letters(user.casefold()):
        raise UserError(phrase("password: do not use the user name as the password"))


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def lock_period(failures: int) -> dt.timedelta:
    """Return how long a user is locked after ``failures`` failed sign-ins in a row."""
    if failures < LOCK_AFTER:
        return dt.timedelta(0)
    doublings = min(failures - LOCK_AFTER, 20)  # 2**20 minutes is far beyond LOCK_MAX
    factor: int = 2**doublings  # an int: doublings >= 0 (typeshed cannot tell, so says Any)
    return min(LOCK_FIRST * factor, LOCK_MAX)


def local_time(db: Database, text: str) -> str:
    """Show a stored UTC time in the site's time zone, to the second, naming the zone."""
    zone = settings(db).timezone
    try:
        moment = parse_iso_utc(text).astimezone(zoneinfo.ZoneInfo(zone))
    # (OverflowError: a time at the end of year 9999, past which the zone's is not a date.)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OverflowError):
        moment, zone = parse_iso_utc(text), "UTC"
    return f"{moment:%Y-%m-%d %H:%M:%S} {zone}"


def _check_user_name(name: str) -> str:
    value = (name or "").strip()
    if not _USER_NAME.fullmatch(value):
        raise UserError(
            phrase(
                "user name: '{name}' must start with a letter and use letters, digits, '.', "
                "'_', '-'",
                name=name,
            )
        )
    return value


#: The rule a site code follows, said before one is refused (issue 13).
SITE_CODE_RULE = phrase("2-12 capital letters or digits, starting with a letter")


def shipped_countries() -> list[tuple[str, str, str]]:
    """Return (code, name, KP participation) of the list shipped with sortapp."""
    with (paths.resource("countries.csv")).open(encoding="utf-8", newline="") as fh:
        return [(r["code"], r["name"], r["kp"]) for r in csv.DictReader(fh)]


def site_countries() -> list[tuple[str, str]]:
    """Return (code, name) of the countries a new site may be in: the KP participants of the
    shipped list (a participant's own diamonds only are certified), by name."""
    return sorted(((c, n) for c, n, kp in shipped_countries() if kp != "none"), key=lambda r: r[1])


def load_countries(db: Database) -> None:
    """Load the shipped list of countries with their KP participation (editable later)."""
    records.insert_countries(db, shipped_countries())


def init_site(
    db: Database,
    *,
    code: str,
    name: str,
    country_code: str,
    admin: str,
    password: str,
    authority: str = "",
    timezone: str = "UTC",
) -> Changes:
    """Create the site, its reference data, the default assortment and the first admin.

    ``timezone``: the site's (an IANA name such as Africa/Gaborone) in which times are shown.
    """
    if records.get_site(db) is not None:
        raise UserError(phrase("this database already has a site; nothing was changed"))
    code = (code or "").strip().upper()
    if not _SITE_CODE.fullmatch(code):
        raise UserError(
            phrase("site code: '{code}' must be {rule}", code=code, rule=SITE_CODE_RULE)
        )
    name = check_text(name, phrase("site name"))
    if not name:
        raise UserError(phrase("site name: enter the facility's name"))
    authority = SETTING_KEYS["authority"][1](authority or "", phrase("KP authority"))
    zone = SETTING_KEYS["timezone"][1](timezone, phrase("time zone"))
    admin = _check_user_name(admin)
    check_new_password(password, admin)
    with transaction(db):
        load_countries(db)
        found = country(db, country_code, phrase("country"))
        at = utc_now()
        records.insert_site(db, code, name, found[0], at)
        for key, value in DEFAULT_SETTINGS.items():
            records.put_setting(db, key, value)
        records.put_setting(db, "authority", authority)
        records.put_setting(db, "timezone", zone)
        user_id = records.insert_user(db, admin, "admin", hash_password(password), at)
        _server_role(db, admin, password)
        record(
            db,
            admin,
            "site.init",
            code,
            # (weighings: where each weight came from is kept from the site's first action,
            # so verify names any weight recorded without it: ``services.weighed``)
            {
                "name": name,
                "country": found[0],
                "authority": authority,
                "weighings": True,
                "bands": True,
            },
        )
        record(db, admin, "user.add", admin, {"role": "admin"})
        private = anchors.create_key(db, admin, user_id, password)
        first_admin = Actor(user_id, admin, Role.ADMIN, signer=private)
        count = assortment.load_default(db, first_admin)
    # The first checkpoint, of the site as made: from then on a site key without any checkpoint
    # found means checkpoints were deleted (verify says so).
    anchors.checkpoint(db, first_admin)
    log.info("created site %s with %d categories", code, count)
    return Changes(site=True, users=True, assortment=True, created_id=user_id)


def login(
    db: Database,
    name: str,
    password: str,
    *,
    now: dt.datetime | None = None,
    record_success: bool = False,
) -> Actor:
    """Sign a user in.

    A successful sign-in writes nothing, unless it clears failed attempts or ``record_success``
    asks for a ``login`` entry (the desktop app's sign-in), and then only on a writable file.
    A refused one is recorded as ``login.failed`` (where the file is writable); the fifth in a
    row and each after it lock the user for a while (``lock_period``).

    Raises:
        PermissionDenied: unknown user, inactive user or wrong password (one message for all),
            or the user is locked (the message says until when).
    """
    name = (name or "").strip()
    at = now or clock()
    user = records.get_user(db, name)
    _refuse_unless_session_user(db, name if user is None else user["name"], known=user is not None)
    if user is not None:
        _refuse_if_locked(db, user["name"], at)
    if user is None:
        # The same work as a user's wrong password (no telling, by the time a refusal takes,
        # a name that is a user's from one that is not).
        check_password(password, _no_ones_hash())
        _refuse(db, name, user, at)
    if not user["active"] or not check_password(password, user["password_hash"]):
        _refuse(db, name, user, at)
    # Locked meanwhile (wrong passwords typed at once at other workstations, each counted as
    # its check ended): the right one does not sign in, nor clear the lock (an attack round's
    # race, 2026-12-07, signed in at the sixteenth of a burst, after the lock); refused as a
    # wrong one is, in the same words, so that a burst's answers do not tell which was right.
    _refuse_if_locked_since(db, name, user, at)
    actor = Actor(user["id"], user["name"], Role.parse(user["role"]))
    try:  # (before anything is cleared: a password set outside sortapp signs no one in)
        opened = anchors.open_wrap(db, actor, password)
    except PermissionDenied:
        count_failure(db, user, at, {"key": "not opened"})
        raise
    _refuse_if_locked_since(db, name, user, at)  # (the key's unwrapping is as slow again)
    try:
        _signed_in(db, actor, record_success, at=at)
    except _LockedMeanwhile:
        _refuse(db, name, user, at)
    return anchors.unlock(db, actor, password, opened)


class _LockedMeanwhile(Exception):
    """A sign-in's write found its user locked since its password was checked."""


def _refuse_if_locked_since(db: Database, name: str, user: dict[str, Any], at: dt.datetime) -> None:
    """Refuse, as a wrong password is (counted, in its words), a user found locked after their
    password was checked."""
    if lock_at(db, user["name"], at) is not None:
        _refuse(db, name, user, at)


@functools.cache
def _no_ones_hash() -> str:
    """A password hash no one's password matches, checked against for a name that is no
    user's (made once, as a user's is)."""
    return hash_password(secrets.token_hex(16))


def _refuse_unless_session_user(db: Database, name: str, *, known: bool = True) -> None:
    """On a server, a user signs in on a connection signed in to the server as themselves (the
    owner's connection, trusted tooling, as anyone): the server then knows who acts. A name
    that is no user's (not ``known``) is refused there as a wrong password is, without saying
    it and unrecorded (only the owner's session records a sign-in of no one's name)."""
    if dbapi.sqlite(db):
        return
    session, owner = server_roles.session(db)
    if not owner and not known:
        raise PermissionDenied(WRONG_PASSWORD)
    if not owner and session != name:
        raise PermissionDenied(
            phrase(
                "sign-in refused for '{name}': this connection to the server is signed in as "
                "'{session}'; connect as '{name}' with their own password",
                name=name,
                session=session,
            )
        )


def second_person(db: Database, name: str, password: str) -> tuple[Database, Actor]:
    """Sign in a second person (the two-person rule) for one action; return the database to
    act on and their actor. On a file that is ``db`` itself; on a server, a new connection
    signed in to the server as them, so the server knows who acts (the caller closes it:
    ``if other is not db: other.close()``).

    Raises:
        PermissionDenied: unknown user, wrong password, inactive or locked.
    """
    if dbapi.sqlite(db):
        return db, login(db, name, password)
    other = open_server_as(db, (name or "").strip(), password)
    try:
        return other, login(other, name, password)
    except BaseException:
        other.close()
        raise


def _server_role(db: Database, name: str, password: str | None = None) -> None:
    """On a server, make user ``name``'s own server role follow their row (inside the write):
    the server enforces their role (``pgschema.roles``)."""
    if not dbapi.sqlite(db):
        server_roles.sync_user(db, name, password)


def _refuse_if_locked(db: Database, name: str, at: dt.datetime) -> None:
    """Refuse, without checking the password, a user locked at ``at``; record the attempt."""
    locked = lock_at(db, name, at)
    if locked is None:
        return
    failures, until = locked
    _write_unless_read_only(
        db, lambda: record(db, name, "login.failed", "", {"failures": failures, "locked": True})
    )
    raise PermissionDenied(
        phrase(
            "sign-in refused: '{name}' is locked after {failures} failed attempts until "
            "{until}; try again then, or ask an admin to unlock it",
            name=name,
            failures=failures,
            until=local_time(db, until),
        )
    )


#: Who a failed sign-in of a name that is no user's is recorded as (``_refuse``).
UNKNOWN_USER = "?"

#: A sign-in refused, unknown user and wrong password alike: not saying the name typed, which
#: may be the password, typed in the wrong field.
WRONG_PASSWORD = phrase("sign-in refused: unknown user or wrong password")


def count_failure(
    db: Database, user: dict[str, Any], at: dt.datetime, details: dict[str, object] | None = None
) -> str | None:
    """Count and record (``login.failed``, with ``details``) a wrong password of ``user``,
    typed at ``at``, in a write of its own; lock them after too many. Return until when they
    are locked by it (None: not locked)."""
    locked: list[str] = []

    def write() -> None:
        known = user["name"]
        failures = (records.get_user_lock(db, known) or (0, None))[0] + 1  # read in the write
        period = lock_period(failures)
        until = iso_utc(at + period) if period else None
        records.set_user_lock(db, known, failures, until)
        said: dict[str, object] = {"failures": failures, **(details or {})}
        if until is not None:
            said["locked_until"] = until
            locked.append(until)
        record(db, known, "login.failed", "", said)

    _write_unless_read_only(db, write)
    return locked[0] if locked else None


def lock_at(db: Database, name: str, at: dt.datetime) -> tuple[int, str] | None:
    """(failed attempts, until when) of ``name``'s lock at ``at``; None: not locked."""
    failures, until = records.get_user_lock(db, name) or (0, None)
    return (failures, until) if until is not None and at < parse_iso_utc(until) else None


def _refuse(db: Database, name: str, user: dict[str, Any] | None, at: dt.datetime) -> NoReturn:
    """Count and record a failed sign-in (locking the user after too many); raise."""
    locked: list[str] = []
    if user is None:
        # A name that is no user's is not kept: it may be a password typed in the wrong
        # field, and the log keeps what it records for good. The attempt and its time are.
        _write_unless_read_only(
            db, lambda: record(db, UNKNOWN_USER, "login.failed", "", {"failures": None})
        )
    else:
        until = count_failure(db, user, at)
        if until is not None:
            locked.append(until)
    if locked:
        raise PermissionDenied(
            phrase(
                "sign-in refused for '{name}': unknown user or wrong password; after {count} "
                "or more failed attempts in a row it is locked until {until}",
                name=name,
                count=LOCK_AFTER,
                until=local_time(db, locked[0]),
            )
        )
    raise PermissionDenied(WRONG_PASSWORD)


def password_checked(db: Database, actor: Actor, details: dict[str, object]) -> None:
    """``actor`` typed their password right outside a sign-in (their current one, to change
    it): their failed attempts in a row end there, as at a sign-in (cleared and recorded as a
    ``login`` with ``details``, in a write of its own; nothing is written when there were
    none). Wrong ones had been counted on from there: two wrong, then the right one, then
    three wrong at the next sign-in locked a user "after five in a row"."""
    _signed_in(db, actor, False, details)


def _signed_in(
    db: Database,
    actor: Actor,
    record_success: bool,
    said: dict[str, object] | None = None,
    *,
    at: dt.datetime | None = None,
) -> None:
    """Clear a user's failed attempts; write a ``login`` entry only when there is cause. With
    ``at`` (a sign-in's moment), a lock found in the write, set since the password was
    checked, is not cleared: ``_LockedMeanwhile``."""
    failures, until = records.get_user_lock(db, actor.name) or (0, None)
    if not (failures or until or record_success):
        return

    def write() -> None:
        details: dict[str, object] = dict(said or {})
        # (Read in the write: failures counted since the read above are cleared, and said.)
        now_failures, now_until = records.get_user_lock(db, actor.name) or (0, None)
        if at is not None and now_until is not None and at < parse_iso_utc(now_until):
            raise _LockedMeanwhile
        if now_failures or now_until:
            records.set_user_lock(db, actor.name, 0, None)
            details["failures_cleared"] = now_failures
        record(db, actor, "login", "", details)

    try:
        _write_unless_read_only(db, write)
    except Exception as exc:
        # A damaged file that SQLite cannot write (its log's pages unreadable; a large one, not
        # checked as it opened): the sign-in stands unrecorded, as on a file opened read-only,
        # so an admin can restore a backup over it (nothing else can be written to it).
        if not unreadable(db, exc):
            raise
        log.warning("sign-in of %s not recorded: the file is damaged (%s)", actor.name, exc)


def _write_unless_read_only(db: Database, write: Callable[[], object]) -> None:
    """Run ``write`` in a transaction; on a database opened read-only, write nothing."""
    why = opened_read_only(db)
    if why is not None:
        log.info("sign-in not recorded: the database is open read-only (%s)", why)
        return
    with transaction(db):
        write()


def unlock_user(db: Database, actor: Actor, name: str) -> Changes:
    """Clear a user's failed sign-ins and lock (admin)."""
    actor.require(Role.ADMIN, phrase("unlocking a user"))
    user = records.get_user(db, (name or "").strip())
    if user is None:
        raise NotFound(phrase("user '{name}' does not exist", name=name))
    with transaction(db):
        failures, until = records.get_user_lock(db, user["name"]) or (0, None)
        if not failures and until is None:
            raise UserError(
                phrase("user '{name}' has no failed sign-ins; nothing changed", name=user["name"])
            )
        records.set_user_lock(db, user["name"], 0, None)
        record(
            db,
            actor,
            "user.unlock",
            user["name"],
            {"failures": failures, "locked_until": until},
        )
    return Changes(users=True)


def user_locks(db: Database, actor: Actor, *, now: dt.datetime | None = None) -> dict[str, str]:
    """Return {user: 'locked until ...' or 'N failed sign-ins'} of users with failures."""
    actor.require(Role.OPERATOR, phrase("listing users"))
    at = now or clock()
    out: dict[str, str] = {}
    for name, (failures, until) in records.user_locks(db).items():
        if until is not None and at < parse_iso_utc(until):
            out[name] = phrase("locked until {until}", until=local_time(db, until))
        elif failures == 1:
            out[name] = phrase("{failures} failed sign-in", failures=failures)
        elif failures:
            out[name] = phrase("{failures} failed sign-ins", failures=failures)
    return out


def add_user(db: Database, actor: Actor, name: str, role: str, password: str) -> Changes:
    actor.require(Role.ADMIN, phrase("adding a user"))
    name = _check_user_name(name)
    parsed = Role.parse(role)
    check_new_password(password, name)
    if records.get_user(db, name) is not None:
        raise UserError(phrase("user '{name}' already exists", name=name))
    with transaction(db):
        user_id = records.insert_user(db, name, parsed.label, hash_password(password), utc_now())
        _server_role(db, name, password)
        note = anchors.rewrap(db, actor, user_id, name, parsed, password)
        record(db, actor, "user.add", name, {"role": parsed.label})
    return Changes(users=True, created_id=user_id, note=note)


def set_user(
    db: Database, actor: Actor, name: str, *, role: str | None = None, active: bool | None = None
) -> Changes:
    actor.require(Role.ADMIN, phrase("changing a user"))
    with transaction(db):
        # Read in the write: what the entry says the user was is what this change replaced
        # (another admin's change a moment before is not said undone).
        return _set_user(db, actor, name, role=role, active=active)


def _set_user(
    db: Database, actor: Actor, name: str, *, role: str | None, active: bool | None
) -> Changes:
    user = records.get_user(db, name)
    if user is None:
        raise NotFound(phrase("user '{name}' does not exist", name=name))
    new_role = Role.parse(role).label if role else user["role"]
    new_active = bool(user["active"]) if active is None else active
    if user["id"] == actor.user_id and (new_role != "admin" or not new_active):
        raise UserError(phrase("you cannot demote or deactivate yourself; ask another admin"))
    if new_role == user["role"] and new_active == bool(user["active"]):
        # (Said changed, and an entry recorded that changed nothing, it looked like a change.)
        role = ROLE_WORDS[Role.parse(new_role)]
        raise UserError(
            phrase(
                "user '{name}' is already {role} and active; nothing was changed",
                name=user["name"],
                role=role,
            )
            if new_active
            else phrase(
                "user '{name}' is already {role} and inactive; nothing was changed",
                name=user["name"],
                role=role,
            )
        )
    records.set_user_state(db, user["name"], new_role, new_active)
    _server_role(db, user["name"])
    note = _key_follows_role(db, user, Role.parse(new_role), new_active)
    was = {"role": user["role"], "active": bool(user["active"])}
    record(
        db, actor, "user.set", user["name"], {"role": new_role, "active": new_active, "was": was}
    )
    return Changes(users=True, note=note)


def _key_follows_role(db: Database, user: dict[str, Any], role: Role, active: bool) -> str:
    """A demoted or deactivated user's wrap of the site key goes; a promoted one is told how
    to get it (their password is needed to wrap it)."""
    if role < Role.SUPERVISOR or not active:
        return anchors.revoke(db, user["id"], user["name"])
    if Role.parse(user["role"]) < Role.SUPERVISOR or not user["active"]:
        return phrase(
            "{name} gets the site signing key when a holder gives it to them ({name} types "
            "their password) or an admin who holds it sets their password",
            name=user["name"],
        )
    return ""


def change_password(db: Database, actor: Actor, name: str, password: str) -> Changes:
    """Set a password: one's own, or anyone's for an admin."""
    if name != actor.name:
        actor.require(Role.ADMIN, phrase("setting another user's password"))
    check_new_password(password, name)
    user = records.get_user(db, name)
    if user is None:
        raise NotFound(phrase("user '{name}' does not exist", name=name))
    with transaction(db):
        records.set_user_password(db, user["name"], hash_password(password))
        if not dbapi.sqlite(db):
            server_roles.set_password(db, user["name"], password)
        role = anchors.standing_role(db, user)  # (not a role raised for the moment)
        note = anchors.rewrap(db, actor, user["id"], name, role, password)
        record(db, actor, "user.password", name, {})
    if not dbapi.sqlite(db) and not db.conn.in_transaction:  # (committed: the caller's else)
        server_roles.password_changed(db, user["name"], password)
    return Changes(users=True, note=note)


def list_users(db: Database, actor: Actor) -> list[tuple[str, str, int]]:
    actor.require(Role.OPERATOR, phrase("listing users"))
    return records.list_users(db)


def set_setting(db: Database, actor: Actor, key: str, value: str) -> Changes:
    """Change a site setting (``site set``); admin only."""
    actor.require(Role.ADMIN, phrase("changing site settings"))
    if key == "name":
        name = check_text(value, "name")  # (every document's heading prints it)
        if not name:
            raise UserError(phrase("name: enter the facility's name"))
        with transaction(db):
            was = site(db).name
            records.update_site_name(db, name)
            record(db, actor, "site.set", "name", {"value": name, "was": was})
        return Changes(site=True)
    if key not in SETTING_KEYS:
        raise UserError(
            phrase(
                "'{key}' is not a site setting; use one of: name, {keys}",
                key=key,
                keys=", ".join(SETTING_KEYS),
            )
        )
    stored_key, parse = SETTING_KEYS[key]
    stored = parse(value, key)
    with transaction(db):
        was = {**DEFAULT_SETTINGS, **records.get_settings(db)}.get(stored_key, "")
        records.put_setting(db, stored_key, stored)
        record(db, actor, "site.set", key, {"value": stored, "was": was})
    said = ""
    if stored_key == "timezone" and stored != was and reported.reports(db):
        # (The KP statistics count an import on the site's day it arrived: another time zone
        # moves those received near midnight, and a period reported may change: an attack
        # round, 2026-12-07.)
        said = phrase(
            "KP statistics were exported for periods whose imports are counted by the site's "
            "day: run those periods again, and where their figures differ, export them again "
            "and send the amended figures to the KP authority"
        )
    return Changes(site=True, warning=said)


def show_settings(db: Database) -> dict[str, str]:
    here = site(db)
    s = settings(db)
    return {"code": here.code, "name": here.name, "country": here.country, **s.__dict__}


def set_country(db: Database, actor: Actor, code: str, name: str, kp: str) -> Changes:
    """Add or change a country of the reference list (KP participation is editable data)."""
    actor.require(Role.ADMIN, phrase("changing the country list"))
    code = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise UserError(phrase("country: '{code}' is not an ISO 3166-1 alpha-2 code", code=code))
    if kp not in {"participant", "eu", "none"}:
        raise UserError(phrase("kp: use participant, eu (covered by the EU) or none"))
    name = check_text(name, "name")  # (a KP certificate's origin and destination print it)
    if not name:
        raise UserError(phrase("name: enter the country's name"))
    with transaction(db):
        before = records.get_country(db, code)
        if before is not None and before[1:] == (name, kp):
            # (An entry that changed nothing read as a change.)
            raise UserError(
                phrase(
                    "country {code} is already {name}, KP {kp}; nothing was changed",
                    code=code,
                    name=before[1],
                    kp=kp,
                )
            )
        was = {"name": before[1], "kp": before[2]} if before else None
        records.insert_countries(db, [(code, name, kp)])
        record(db, actor, "country.set", code, {"name": name, "kp": kp, "was": was})
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
            phrase(
                "{field}: {name} ({code}) is not on the site's KP participant list; rough "
                "diamonds may only go to KP participants",
                field=field,
                name=found[1],
                code=found[0],
            )
        )
    return found[0]


def just_made(db: Database) -> bool:
    """Tell whether the site is as the first run made it: its first admin only, no lot yet."""
    from sortapp.storage import lots as lots_sql  # noqa: PLC0415 (a start-up question only)

    return len(records.list_users(db)) <= 1 and not lots_sql.list_lots(db, limit=1)


def actor_for(db: Database, name: str) -> Actor:
    """Return the actor for a user without a password (tests and trusted tooling only)."""
    user = records.get_user(db, name)
    if user is None:
        raise NotFound(phrase("user '{name}' does not exist", name=name))
    return Actor(user["id"], user["name"], Role.parse(user["role"]))
