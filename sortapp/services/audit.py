"""The audit chain: every action records what it did, signed when only a key holder may act."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sortapp.core import sitekey
from sortapp.core.canonical import GENESIS_HASH
from sortapp.core.clock import utc_now
from sortapp.core.errors import KnownStorageError, PermissionDenied
from sortapp.core.i18n import phrase
from sortapp.core.roles import ROLE_WORDS, Actor, Role
from sortapp.services.settings import site
from sortapp.storage import anchors as anchors_sql
from sortapp.storage import audit as audit_sql
from sortapp.storage import dbapi, records, rowcover
from sortapp.storage.dbapi import Database


@dataclass
class Request:
    """One action a person asked for, known by the id the client gave it: its audit entries
    carry the id (``details["request"]``), so whether it was recorded can be asked later (after
    a connection lost while it committed)."""

    id: str
    #: The last audit entry the action appended (in its transaction, committed or not).
    entry: int | None = None


_REQUEST: ContextVar[Request | None] = ContextVar("sortapp_request", default=None)


@contextlib.contextmanager
def request(request_id: str) -> Iterator[Request]:
    """Run the block as the action ``request_id``: every audit entry it records carries it."""
    current = Request(request_id)
    token = _REQUEST.set(current)
    try:
        yield current
    finally:
        _REQUEST.reset(token)


def recorded(db: Database, done: Request) -> bool:
    """Whether the action ``done`` was recorded (its last audit entry is there, with its id)."""
    if done.entry is None:
        return False
    details = audit_sql.details_of(db, done.entry)
    return details is not None and json.loads(details).get("request") == done.id


def record(db: Database, user: str | Actor, action: str, obj: str, details: dict[str, Any]) -> str:
    """Append an audit entry (inside the caller's transaction); return its uid.

    The entry also holds the hashes of the protected rows the transaction changed since the last
    entry (``storage.rowcover``): every action records, after its writes, what it did. Given the
    acting ``Actor`` and they hold the site key, the entry is signed with it: verify requires
    that of every action only a supervisor or admin may take (``SIGNED_ACTIONS``). Inside
    ``request`` the entry's details carry the action's request id (hashed as any detail).
    """
    asked = _REQUEST.get()
    if asked is not None:
        details = {**details, "request": asked.id}
    name = user.name if isinstance(user, Actor) else user
    signer = user.signer if isinstance(user, Actor) else None
    if isinstance(user, Actor) and action not in _LAPSE_EXEMPT:
        refuse_lapsed(db, user)
    if signer is not None:
        _refuse_foreign_schema(db)
        if action not in _LAPSE_EXEMPT:
            refuse_other_key(db, signer)
    changes = rowcover.take(db)
    if (
        signer is None
        and action != "site.key"
        and (
            must_be_signed(action, obj, name, details)
            or _signed_only(db, changes, action, obj, name)
        )
    ):
        _refuse_unsigned(db, name)
    try:
        entry_id, uid, digest = audit_sql.append(
            db, None, name, action, obj, details, changes, utc_now()
        )
    except audit_sql.NoSite:
        site(db)  # says that this database has no site yet
        raise
    if asked is not None:
        asked.entry = entry_id
    if signer is not None:
        from sortapp.core import sitekey  # noqa: PLC0415 (cryptography: only when signing)

        message = audit_sql.ENTRY_DOMAIN + digest.encode("ascii")
        audit_sql.insert_signature(db, entry_id, sitekey.sign(signer, message))
    return uid


#: The actions only a supervisor or admin may take: their entries must carry the site key's
#: signature (an operator holding the file could otherwise append one in a supervisor's name).
#: Setting someone else's password counts too (``user.password`` on another user), and so does
#: closing a sorting beyond its tolerance (``sort.close`` with ``override``).
SIGNED_ACTIONS = (
    "assortment.import",
    "category.add",
    "name.set",
    "name.clear",
    "name.import",
    "price.set",
    "price.import",
    "lot.reweigh",
    "lot.acknowledge",
    "parcel.remove",
    "price.override",
    "parcel.valuation",
    "parcel.seal",
    "parcel.ship",
    "parcel.void",
    "user.unlock",
    "user.add",
    "user.set",
    "site.set",
    "country.set",
    "party.set",
    "transfer.trust",
    "transfer.export",
    "transfer.import",
    "restore",
    "site.key.grant",
    "sort.correct",
    "balance.register",
    "balance.update",
    "balance.calibrate",
)


#: The protected tables only a supervisor's or admin's (signed) action changes: every protected
#: table but the lots and parcels an operator receives, sorts and packs, the users, whose rows
#: also change at sign-in and when one sets one's own password, and the weighings, balance
#: checks and imported files of entries an operator records.
SIGNED_TABLES = tuple(
    sorted(
        set(rowcover.PROTECTED)
        - {"lots", "lot_origins", "lot_seals", "parcels", "users"}
        - {"weighings", "balance_checks", "entry_files"}
    )
)


def must_be_signed(action: str, obj: str, user: str, details: dict[str, Any]) -> bool:
    """Whether an entry must carry the site key's signature (verify's rule, as recorded)."""
    return (
        action in SIGNED_ACTIONS
        or (action == "user.password" and obj != user)
        or (action == "sort.close" and details.get("override") is True)
    )


#: The actions on one's own ``users`` row that need no signature (on another's, ``user.password``
#: must be signed; ``user.language`` is refused by the service).
OWN_ACTIONS = ("user.password", "user.language")

#: The actions a person takes on their own ``users`` row without a signature, and the columns
#: each may change there (signing in: the failed attempts and the lock; one's password; one's
#: language). Any other change of a ``users`` row must be signed: another user's row, a row
#: added or deleted, or one's name, role, active flag, id or date of creation. verify checks
#: the row changed (``storage.audit.OWN_ROW_RULE``) on both backends; the columns only here, as
#: the entry is written (the log holds the rows' hashes, not their texts: verify checks instead
#: that every user's name, role and active flag are what a signed entry gave them).
OWN_ROW_COLUMNS: dict[str, frozenset[str]] = {
    "login": frozenset({"failed_logins", "locked_until"}),
    "login.failed": frozenset({"failed_logins", "locked_until"}),
    "user.password": frozenset({"password_hash"}),
    "user.language": frozenset({"language"}),
}


def _signed_only(db: Database, changes: list[list[Any]], action: str, obj: str, user: str) -> bool:
    """Whether ``changes`` touch rows only a signed entry may change (verify's rule): a row of
    ``SIGNED_TABLES``, or a ``users`` row other than the acting user's own changed by one of
    ``OWN_ROW_COLUMNS``' actions in its columns (for ``OWN_ACTIONS``, on the user themself)."""
    if any(table in SIGNED_TABLES for table, *_rest in changes):
        return True
    users = [change for change in changes if change[0] == "users"]
    if not users:
        return False
    if action not in OWN_ROW_COLUMNS or (action in OWN_ACTIONS and obj != user):
        return True
    own = audit_sql.own_row_key(db, user)
    columns = rowcover.changed_columns(db)
    return any(
        key != own
        or before is None
        or after is None
        or not columns.get(("users", key), {"?"}) <= OWN_ROW_COLUMNS[action]
        for _table, key, before, after in users
    )


def require_signer(db: Database, actor: Actor) -> None:
    """Refuse early, before anything is changed, a supervisor's or admin's action by an actor
    without the site key (for an action whose changes are not all in one transaction)."""
    if actor.signer is None:
        _refuse_unsigned(db, actor.name)


def _refuse_foreign_schema(db: Database) -> None:
    """A signed action writes only under sortapp's own schema (its tables, indexes and
    triggers, and no other): refused otherwise, inside its transaction, so nothing is written.
    A trigger put in by someone holding the file rode a key holder's action, its change
    recorded by the signed entry as the action's own (a price set that raised the sort
    tolerance a millionfold), or rewrote what the action wrote (a lot received by transfer
    losing an origin): the signature then vouched for it, and verify, run after the trigger
    was gone, said OK (a ninth attack round, 2026-12-06). About a millisecond, for the
    actions that sign. (On a server the schema is the owner's, which no user may change.)"""
    if not dbapi.sqlite(db):
        return
    from sortapp.storage import integrity  # noqa: PLC0415 (the checks', on their own)

    differ = integrity.schema_differences(db)  # (sortapp's own made once a process)
    if differ:
        raise KnownStorageError(
            phrase(
                "the database's schema is not sortapp's ({objects}: changed outside sortapp): "
                "nothing was written; an admin checks the database (verify)",
                objects=integrity.named_at_most(differ),
            )
        )


#: Actions whose user's standing and key are not read from the database they are written to: a
#: restore's entry goes into the history it brought back, where its admin may be no one (a
#: backup from before they were made admin), or its key not yet made; their standing was the
#: database's it replaced.
_LAPSE_EXEMPT = frozenset({"restore"})


def in_standing(db: Database, actor: Actor) -> bool:
    """Whether ``actor``'s user is still active, in at least the role they signed in with."""
    standing = records.user_standing(db, actor.user_id)
    return (
        standing is not None
        and standing[1]
        and standing[2].casefold() == actor.name.casefold()  # (the id another's: a restore)
        and Role.parse(standing[0]) >= actor.role
    )


def refuse_lapsed(db: Database, actor: Actor) -> None:
    """An action is recorded only while its user is still active and holds at least the role
    they signed in with (read inside its transaction): a supervisor demoted and made inactive
    by an admin went on sealing, shipping and overriding prices at 0.01 USD a carat from the
    window they had open, every action signed, and verify said OK (an attack round's race,
    2026-12-07). One row read a write. (A user raised since signs in again for the new role.)"""
    if in_standing(db, actor):
        return
    standing = records.user_standing(db, actor.user_id)
    if standing is None or not standing[1] or standing[2].casefold() != actor.name.casefold():
        raise PermissionDenied(
            phrase(
                "{name} is no longer an active user (an admin changed it since they signed "
                "in); nothing was written",
                name=actor.name,
            ),
            code="signed_in_lapsed",
        )
    raise PermissionDenied(
        phrase(
            "{name} is {role} now (an admin changed it since they signed in); nothing was "
            "written: sign in again",
            name=actor.name,
            role=ROLE_WORDS[Role.parse(standing[0])],
        ),
        code="signed_in_lapsed",
    )


def refuse_other_key(db: Database, signer: bytes) -> None:
    """A signed action is recorded only while the site key the database names is the one it
    signs with (checked at sign-in: the signer's wrap opened to it): refused otherwise, inside
    its transaction, so nothing is written. The guards a signed action passes read the log's
    signed entries by that key: an operator holding the file swapped it for their own, with a
    pinning of a partner's key they had signed with it, for the moment of a supervisor's
    import of a transfer file they had forged, then put it back; the site took an origin its
    partner never signed, and verify said OK (an attack round, 2026-12-07)."""
    key = anchors_sql.site_key(db)
    if key is None or key["public_key"] != sitekey.public_of(signer):
        raise KnownStorageError(
            phrase(
                "the site key the database names is not the one this session signs with "
                "(changed outside sortapp): nothing was written; an admin checks the "
                "database (verify)"
            )
        )


def _refuse_unsigned(db: Database, name: str) -> None:
    """A supervisor's or admin's action by someone without the site key is refused while the
    site has one: recorded unsigned, verify would report it for good."""
    if anchors_sql.site_key(db) is not None:
        raise PermissionDenied(
            phrase(
                "{name} does not hold the site key, which signs every supervisor's and admin's "
                "action; a supervisor or admin who holds it can give it to them (site key "
                "grant); nothing was written",
                name=name,
            )
        )


# -- entries that count: their hash made again, signed where the site key asks --------------


@dataclass(frozen=True)
class Entry:
    """An audit entry as the log holds it (``audit_sql.entries_of``' columns)."""

    id: int
    user: str
    at: str
    action: str
    object: str
    details: str
    rows: str


#: How many of the site's entries after one that counts by its place in the chain must hold
#: to it, each linked and hashed as stored, unless a signed one comes first: rewriting it in
#: place, its hash made again, needs each of them rewritten too (``Soundness``).
CHAIN_WALK = 16


class Soundness:
    """Whether an audit entry counts (``sound_entries``): its hash that of its fields; a signed
    action's (``SIGNED_ACTIONS``) its signature the site key's once the site has one; any
    other (an operator's, or one from before the key) where it holds its place in the chain:
    linked to the site's entry before it, and the ``CHAIN_WALK`` after it (or those up to a
    signed one) each linked to the one before and hashed as stored. An entry put before the
    key at id -1 cleared a rewritten certificate, and one rewritten in place with its next
    entry's link made again named another closer (reviews, 2026-12-06)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.key = anchors_sql.site_key(db)
        self.since = (audit_sql.first_id(db, "site.key") or 0) if self.key is not None else None

    @staticmethod
    def hashed(entry: tuple[Any, ...]) -> bool:
        """Whether ``entry``'s hash is that of its fields."""
        _i, prev, uid, code, at, user, action, name, details, rows, digest, _s = entry
        made = audit_sql.audit_hash(prev, uid, code, at, user, action, name, details, rows)
        return bool(made == digest)

    def sound(self, entry: tuple[Any, ...], *, signed: bool = True) -> bool:
        """Whether ``entry`` (as ``audit_sql.entries_of`` gives it) counts. Not ``signed`` (an
        operator's action): by its hash and its place in the chain."""
        entry_id, prev, _uid, code, *_rest, digest, signature = entry
        if not self.hashed(entry):
            return False
        if self.key is None or self.since is None:
            return True
        if signed and entry_id >= self.since:
            return signed_by(self.key, digest, signature)
        return entry_id > 0 and self._in_chain(entry_id, code, prev, digest)

    def _in_chain(self, entry_id: int, code: str, prev: str, digest: str) -> bool:
        before = audit_sql.hash_before(self.db, code, entry_id)
        if prev != (before if before is not None else GENESIS_HASH):
            return False
        for after in audit_sql.entries_after(self.db, code, entry_id, CHAIN_WALK):
            if after[1] != digest or not self.hashed(after):
                return False
            if self.key is not None and signed_by(self.key, after[10], after[11]):
                return True  # (anchored by a signature: nothing after it matters here)
            digest = after[10]
        return True


def sound_entries(db: Database, actions: tuple[str, ...], obj: str | None) -> Iterator[Entry]:
    """Each entry recording one of ``actions`` (on ``obj``; None: on any object), newest first,
    that counts (``Soundness``): what a document or a guard takes from the log (a seal's
    fingerprint, its time and its sealer), where an entry appended outside sortapp must not
    count."""
    soundness = Soundness(db)
    found = (
        audit_sql.entries_of(db, actions, obj)
        if obj is not None
        else audit_sql.entries_of_actions(db, actions)
    )
    for entry in found:
        if soundness.sound(entry):
            yield as_entry(entry)


def as_entry(entry: tuple[Any, ...]) -> Entry:
    """An entry as ``audit_sql.entries_of`` gives it, as an ``Entry``."""
    entry_id, _prev, _uid, _code, at, user, action, name, details, rows, _digest, _sig = entry
    return Entry(entry_id, user, at, action, name, details or "", rows or "")


def signed_by(key: dict[str, str], digest: Any, signature: Any) -> bool:
    """Whether ``signature`` is the site key's over an entry's hash ``digest``."""
    message = audit_sql.ENTRY_DOMAIN + str(digest).encode("ascii")
    return bool(signature) and sitekey.verify_signature(key["public_key"], message, signature)
