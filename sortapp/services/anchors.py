"""Anchors outside the file: the site signing key and signed checkpoints of the audit chain.

Anyone holding the database file can edit a row and recompute every later audit hash; the chain
then checks out. What such a person cannot do is sign. A checkpoint (as Certificate Transparency's
signed tree head) states the site, the hash of the newest audit entry, how many entries lead to
it, when and by whom, signed with the site's Ed25519 key. The private key exists only wrapped, by
the password of each supervisor and admin who holds it (never an operator), and is unwrapped at
sign-in. Checkpoints are kept in the database (append-only) and as small files in a checkpoint
folder (removable media welcome), in every backup's sidecar and every transfer file, and, as a
short mark, on every printed document. ``verify`` checks the chain against every checkpoint it
can find and names each one a rewrite contradicts.

The anchoring itself is checked too: the site's first checkpoint is signed as the site is made,
and the audit entry after each checkpoint records its row (``rowcover.NOTED_LATER``), so verify
names a site key without any checkpoint, a recorded checkpoint that is gone, and a key that no
active supervisor or admin holds (``custody``, ``check_recorded``). A ``verify.seal`` is trusted
only with a seal checkpoint of it (``anchored_seal``), and a restore statement only with the
restore in the log; checkpoints it sets aside are said as notes. What remains: whoever holds the
file can rewrite everything after the newest checkpoint within their reach (the table, the
folders beside the database) and delete those; only checkpoints that left the machine (a
checkpoint folder on removable media, backups kept elsewhere, partners' transfer files, printed
marks) catch that, and a rewrite that also drops the log's tail after the last of those is not
caught. A supervisor who holds the key can sign whatever they like.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import re
import zoneinfo
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sortapp.core import sitekey, uids
from sortapp.core.canonical import canonical_json, local_text
from sortapp.core.clock import utc_now
from sortapp.core.errors import KnownStorageError, PermissionDenied, UserError
from sortapp.core.i18n import phrase
from sortapp.core.passwords import check_password
from sortapp.core.roles import Actor, Role
from sortapp.services import audit, settings
from sortapp.storage import anchors as sql
from sortapp.storage import audit as audit_sql
from sortapp.storage import backup as backup_sql
from sortapp.storage import dbapi, integrity, records, rowcover
from sortapp.storage.db import open_server_as, opened_read_only, transaction
from sortapp.storage.dbapi import Database

log = logging.getLogger(__name__)

#: Checkpoint files in a checkpoint folder end so.
SUFFIX = ".sortapp-checkpoint"
#: Signed before the body, so a checkpoint signature means nothing else (a transfer file, say).
_DOMAIN = b"sortapp checkpoint v1\n"
_VERSION = 1
_HEX64 = frozenset("0123456789abcdef")
#: A file bigger than this in a checkpoint folder is not read (it is not a checkpoint).
_MAX_FILE_BYTES = 1 << 20
#: What a checkpoint states: the head (``checkpoint``); the head, which is a ``verify.seal``
#: entry its signer recorded after verifying everything (``seal``: plain verify may then trust
#: the seal's digests); the head after a restore, whose earlier checkpoints of entries after
#: ``from_id`` belong to the replaced history (``restore``).
KINDS = ("checkpoint", "seal", "restore")
#: Seal checkpoints looked at, newest first, for one that vouches for its seal.
_SEALS_LOOKED_AT = 20
#: Files read for checkpoints: checkpoint files, backups' sidecars (.json), transfer files.
_READ_SUFFIXES = (SUFFIX, ".json", ".sortapp-transfer", ".transfer", ".bundle")


# -- the site key ------------------------------------------------------------------------------


def _holds_key(actor: Actor | None, key: dict[str, str] | None) -> bool:
    signer = actor.signer if actor is not None else None
    return bool(signer and key and sitekey.public_of(signer) == key["public_key"])


def create_key(db: Database, by: str, user_id: int, password: str) -> bytes:
    """Make the site key and wrap it for one supervisor or admin (inside the caller's
    transaction; the ``site.key`` entry it records chains the public key)."""
    code = settings.site(db).code
    private, public = sitekey.generate()
    at = utc_now()
    sql.insert_site_key(db, code, public, at, by)
    sql.put_wrap(db, user_id, sitekey.wrap(private, password), at, by)
    audit.record(
        db,
        by,
        "site.key",
        code,
        {"public_key": public, "fingerprint": sitekey.key_fingerprint(public)},
    )
    return private


def open_wrap(db: Database, actor: Actor, password: str) -> bytes | None:
    """What ``actor``'s wrap of the site key opens to with ``password`` (their password, just
    checked against its hash); None when they hold none (or are an operator).

    Raises PermissionDenied where they hold one that does not open: sortapp changes a key
    holder's password only with their wrap (made again with the new password, or dropped), so
    a password that matches its hash yet does not open the wrap was set outside sortapp. A
    review (2026-12-06) set the admin's password hash to one of an operator's, 'explained' by
    an unsigned password change in the admin's name, and signed in as the admin. Whoever types
    it is refused; an admin who holds the key sets the password again."""
    if actor.role < Role.SUPERVISOR:
        return None
    wrapped = sql.get_wrap(db, actor.user_id)
    if not wrapped:
        return None
    private = sitekey.unwrap(wrapped, password)
    if private is None:
        log.info("%s: a password that does not open their wrap of the site key", actor.name)
        raise PermissionDenied(
            phrase(
                "sign-in refused for '{name}': the password does not open their site signing "
                "key, so it was set outside sortapp; an admin checks the database (verify) and "
                "sets their password again",
                name=actor.name,
            )
        )
    return private


def unlock(db: Database, actor: Actor, password: str, opened: bytes | None = None) -> Actor:
    """Return ``actor`` carrying the site key when they hold it (called at sign-in, after the
    password was checked; ``opened``: what ``open_wrap`` gave, if it was asked). The first
    supervisor or admin to sign in to a database without a key makes it; an operator never
    gets it."""
    if actor.role < Role.SUPERVISOR:
        return actor
    key = sql.site_key(db)
    if key is None:
        if opened_read_only(db):  # signed in all the same, without a key
            return actor
        made = None
        try:
            with transaction(db):
                if sql.site_key(db) is None:  # not made meanwhile by another workstation
                    made = create_key(db, actor.name, actor.user_id, password)
        except KnownStorageError as exc:  # read-only: signed in all the same, without the key
            log.info("no site key made at sign-in: %s", exc)
            return actor
        if made is not None:
            holder = dataclasses.replace(actor, signer=made)
            checkpoint(db, holder)  # the first: a key without any checkpoint is then evidence
            return holder
        key = sql.site_key(db)
        assert key is not None
    private = opened if opened is not None else open_wrap(db, actor, password)
    if private is None or sitekey.public_of(private) != key["public_key"]:
        log.info("%s signed in without the site key (no wrap that opens)", actor.name)
        return actor
    return dataclasses.replace(actor, signer=private)


def _drop(db: Database, user_id: int, name: str) -> str:
    """Remove a user's wrap (inside the caller's transaction); refuse to lose the last one."""
    if not sql.delete_wrap(db, user_id):
        return ""
    if not sql.holders(db):
        raise UserError(
            phrase(
                "{name} is the last holder of the site signing key: without them no checkpoint "
                "could be signed again. Give the key to another supervisor or admin first; "
                "nothing was changed",
                name=name,
            ),
            code="last_key_holder",
            facts={"user": name},
        )
    return phrase("{name} no longer holds the site signing key", name=name)


def rewrap(db: Database, actor: Actor, user_id: int, name: str, role: Role, password: str) -> str:
    """Follow a user's new password or role (inside the caller's transaction, before its
    ``record``): a supervisor or admin gets the key wrapped by it when ``actor`` holds the key.

    Returns a note for the user ('' when nothing needs saying).
    """
    if role < Role.SUPERVISOR:
        return _drop(db, user_id, name)
    key = sql.site_key(db)
    if key is None:
        return ""
    if _holds_key(actor, key):
        assert actor.signer is not None
        sql.put_wrap(db, user_id, sitekey.wrap(actor.signer, password), utc_now(), actor.name)
        return ""
    # A wrap made with the old password would never open again.
    _drop(db, user_id, name)
    return phrase(
        "{name} does not hold the site signing key yet: a supervisor or admin who holds it "
        "gives it to them ({name} types their password)",
        name=name,
    )


def revoke(db: Database, user_id: int, name: str) -> str:
    """Take the key from a demoted or deactivated user (inside the caller's transaction)."""
    return _drop(db, user_id, name)


def standing_role(db: Database, user: dict[str, Any]) -> Role:
    """A user's role as their row holds it, but an operator's where the newest ``user.add`` or
    ``user.set`` of theirs that counts made them an operator or inactive: what a wrap of the
    site key follows. An operator's role raised in the file for the moment a holder gave them
    the key (they typed their password), then put back, left them holding it for good: they
    signed their own promotion in an admin's name, and verify said OK (a tenth attack round,
    2026-12-06). (A user no such entry made, from a file before row coverage: their row.)"""
    role = Role.parse(user["role"])
    for entry in audit.sound_entries(db, ("user.add", "user.set"), user["name"]):
        given = audit_sql.details(entry.details)
        try:
            signed = Role.parse(str(given.get("role")))
        except UserError:
            signed = Role.OPERATOR
        if given.get("active", True) is not True or signed < role:
            return Role.OPERATOR
        break
    return role


def grant(db: Database, actor: Actor, name: str, password: str) -> None:
    """Give the site key to a supervisor or admin, who types their own password at the session
    of someone who holds it (after a promotion, or on a database upgraded with a key)."""
    actor.require(Role.SUPERVISOR, phrase("giving the site signing key"))
    key = sql.site_key(db)
    if not _holds_key(actor, key):
        raise UserError(
            phrase("{name} does not hold the site signing key, so cannot give it", name=actor.name)
        )
    user = _grantee(db, (name or "").strip(), password)
    assert actor.signer is not None
    with transaction(db):
        # Judged as it is written, from the user's row read in the write (the password's
        # check is slow: a demotion committed meanwhile left an operator holding the key, one
        # run in six of an attack round's race, 2026-12-07).
        now = records.get_user(db, user["name"])
        changed = (
            dbapi.sqlite(db) and now is not None and now["password_hash"] != user["password_hash"]
        )
        if now is None or now["id"] != user["id"] or changed:
            raise PermissionDenied(
                phrase("site key grant: unknown user or wrong password for '{name}'", name=name)
            )
        _grantable(db, now)
        sql.put_wrap(db, user["id"], sitekey.wrap(actor.signer, password), utc_now(), actor.name)
        audit.record(db, actor, "site.key.grant", user["name"], {})


def _grantable(db: Database, user: dict[str, Any]) -> None:
    """Refuse a grant of the key to ``user`` unless an active supervisor or admin, as the
    signed entries made them."""
    if not user["active"] or Role.parse(user["role"]) < Role.SUPERVISOR:
        raise UserError(
            phrase(
                "{name} is not an active supervisor or admin; operators never hold the key",
                name=user["name"],
            )
        )
    if standing_role(db, user) < Role.SUPERVISOR:
        raise UserError(
            phrase(
                "{name} is not a supervisor or admin as the signed entries made them (changed "
                "outside sortapp); nothing was done; an admin checks the database (verify)",
                name=user["name"],
            )
        )


def _grantee(db: Database, name: str, password: str) -> dict[str, Any]:
    """The user a key is given to, their password checked. On a server no session reads
    another user's password hash (``pgschema.SECRET``): an active user's is checked on a
    connection signed in to the server as them (an inactive user's sign-in the server
    refuses; the grant's next check says why)."""
    refused = PermissionDenied(
        phrase("site key grant: unknown user or wrong password for '{name}'", name=name)
    )
    user = records.get_user(db, name)
    if user is None:
        raise refused
    if not dbapi.sqlite(db) and user["active"]:
        try:
            other = open_server_as(db, user["name"], password)
        except PermissionDenied as exc:  # (the server refused the password)
            raise refused from exc
        try:
            user = records.get_user(other, user["name"])
        finally:
            other.close()
        if user is None:  # (gone meanwhile)
            raise refused
    elif not dbapi.sqlite(db):
        return user
    if not check_password(password, user["password_hash"]):
        raise refused
    return user


def key_sheet(db: Database) -> dict[str, Any]:
    """The site key's sheet, to read over the phone or print for partner sites."""
    here = settings.site(db)
    key = sql.site_key(db)
    if key is None:
        raise UserError(
            phrase(
                "this site has no signing key yet: it is made when a supervisor or admin signs in"
            )
        )
    tz = settings.settings(db).timezone
    return {
        "site": here.code,
        "name": here.name,
        "fingerprint": sitekey.key_fingerprint(key["public_key"]),
        "public_key": key["public_key"],
        "created": local_text(key["created_at"], tz),
        "created_by": key["created_by"],
        "holders": sql.holders(db),
    }


# -- checkpoints -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement of the audit chain's head."""

    body: dict[str, Any]
    signature: str

    @property
    def message(self) -> bytes:
        return _DOMAIN + canonical_json(self.body).encode("utf-8")

    def member(self) -> dict[str, Any]:
        """The form kept in files (checkpoint files, backup sidecars, transfer files)."""
        return {"checkpoint": self.body, "signature": self.signature}

    def signed(self) -> bool:
        return sitekey.verify_signature(self.body["key"], self.message, self.signature)


def _is_hex64(value: Any) -> bool:
    return type(value) is str and len(value) == 64 and set(value) <= _HEX64


def parse(value: Any) -> Checkpoint | None:
    """Return the checkpoint in a ``member()`` form read from a file, or None if it is not one."""
    if not isinstance(value, dict):
        return None
    body, signature = value.get("checkpoint"), value.get("signature")
    if not isinstance(body, dict) or type(signature) is not str or len(signature) > 256:
        return None
    text = ("kind", "site", "entry", "at", "by")
    keys = {"v", "kind", "site", "key", "head", "count", "entry", "entry_id", "at", "by"}
    if body.get("kind") == "restore":
        keys |= {"from_id", "replaced"}
    if (
        set(body) != keys
        or body["v"] != _VERSION
        or not all(type(body[k]) is str and len(body[k]) <= 200 for k in text)
        or not (_is_hex64(body["key"]) and _is_hex64(body["head"]))
        or not all(type(body[k]) is int and 0 < body[k] < 2**62 for k in ("count", "entry_id"))
    ):
        return None
    if body["kind"] == "restore" and not (
        type(body["from_id"]) is int
        and 0 <= body["from_id"] < body["entry_id"]
        and type(body["replaced"]) is str
        and len(body["replaced"]) <= 200
    ):
        return None
    if body["kind"] not in KINDS:
        return None
    try:  # (JSON may hold a lone surrogate, which no UTF-8 text does: verify and a restore
        # raised on one such file in the checkpoint folder, a restore blocked by it)
        canonical_json(body).encode("utf-8")
        signature.encode("ascii")
    except UnicodeEncodeError:
        return None
    return Checkpoint(body, signature)


def _stored(body: str, signature: str) -> Checkpoint | None:
    try:
        return parse({"checkpoint": json.loads(body), "signature": signature})
    except ValueError:
        return None


def latest(db: Database) -> Checkpoint | None:
    """Return the site's newest checkpoint in the database, or None."""
    found = sql.latest_checkpoint(db, settings.site(db).code)
    return _stored(found[1], found[2]) if found else None


def member(db: Database) -> dict[str, Any] | None:
    """The newest checkpoint, as a transfer file or a backup's sidecar carries it (or None)."""
    newest = latest(db)
    return newest.member() if newest else None


def head(db: Database) -> tuple[int, str, str] | None:
    """Return (id, uid, hash) of the audit chain's newest entry, or None."""
    found = records.get_site(db)
    return sql.audit_head(db, found.code) if found else None


def document_mark(db: Database) -> str:
    """A short mark of the audit chain's head for printed documents: ``KSF-A1234 3f2a91c07b1e``."""
    found = records.get_site(db)
    head = sql.audit_head(db, found.code) if found else None
    return f"{head[1]} {head[2][:12]}" if head else ""


_MARK = re.compile(
    rf"(?:audit\s+(?:log\s+up\s+to\s+)?)?({uids.SITE_CODE})-{uids.AUDIT}(\d{{1,18}})\s+([0-9a-fA-F]{{12,64}})"
)


def parse_mark(text: str) -> tuple[str, int, str]:
    """Return (site, entry id, hash prefix) of a mark as printed on a document."""
    found = _MARK.fullmatch((text or "").strip())
    if found is None:
        raise UserError(
            phrase(
                "mark: '{text}' is not a document's audit mark; type it as printed in the "
                "footer, such as KSF-A1234 3f2a91c07b1e",
                text=text,
            )
        )
    return found.group(1), int(found.group(2)), found.group(3).lower()


def check_marks(db: Database, marks: Sequence[str]) -> list[str]:
    """Check the audit marks typed from printed documents against the log (a paper anchor:
    unsigned, but a genuine document's mark that the log contradicts shows a rewrite)."""
    problems: list[str] = []
    if not marks:
        return problems
    here = records.get_site(db)  # (a site row deleted outside sortapp is the rows check's)
    code = here.code if here else ""
    for text in marks:
        site_code, entry_id, prefix = parse_mark(text)
        uid = uids.audit(site_code, entry_id)
        if site_code != code:
            problems.append(
                phrase(
                    "printed mark {uid}: of site {site}, not of this site {code}",
                    uid=uid,
                    site=site_code,
                    code=code,
                )
            )
            continue
        entry = sql.audit_entries(db, [entry_id]).get(entry_id)
        if entry is None:
            problems.append(
                phrase(
                    "printed mark {uid} {prefix}: entry {uid} is missing from the log",
                    uid=uid,
                    prefix=prefix,
                )
            )
        elif entry[0] != uid or not entry[2].startswith(prefix):
            problems.append(
                phrase(
                    "printed mark {uid} {prefix} contradicts the audit log: entry {uid} has "
                    "another hash",
                    uid=uid,
                    prefix=prefix,
                )
            )
    return problems


def checkpoint(
    db: Database, actor: Actor | None, *, restored: tuple[int, str] | None = None
) -> Checkpoint | None:
    """Sign a checkpoint of the audit chain's head if ``actor`` holds the site key and the
    chain grew since the last one; keep it in the database and the checkpoint folder.

    Called after each action of a supervisor or admin (by the command line and the app), and at
    verify and backups. Never raises for the environment: a read-only database or folder only
    logs. ``restored`` (after a restore: the id of the restored log's last entry, and the uid of
    the replaced database's head) makes a restore statement: the checkpoints made before it of
    entries after that id belong to the history the restore replaced.
    """
    if actor is None or actor.signer is None or actor.role < Role.SUPERVISOR:
        return None
    if opened_read_only(db):
        return None
    try:
        with transaction(db):
            # (Not signed for one demoted or made inactive since they signed in: their window's
            # actions are refused, and so is this.)
            if restored is None and not audit.in_standing(db, actor):
                log.info("no checkpoint: %s no longer signs as they signed in", actor.name)
                return None
            made = _make(db, actor, restored)
    except KnownStorageError as exc:
        log.info("no checkpoint: %s", exc)
        return None
    if made is not None:
        write_file(checkpoint_folder(db), made)
    return made


def sign_seal(
    db: Database, actor: Actor | None, counted: tuple[str, int, dict[int, int]] | None = None
) -> Checkpoint | None:
    """Sign a seal checkpoint of the head, the ``verify.seal`` entry just recorded, inside the
    caller's transaction (that recorded it), when ``actor`` holds the site key; the caller
    writes its file (``write_file``) once committed. Only such a checkpoint makes a seal one
    that plain verify trusts (``anchored_seal``). ``counted``: (site, upto, {chunk: entries})
    as the run that made the seal counted the site's entries (``storage.anchors.site_counts``):
    the checkpoint's count then reads only the entries after ``upto`` when that is past the last
    checkpoint, not all those after it (on a history never sealed, most of the log)."""
    if actor is None or actor.signer is None or actor.role < Role.SUPERVISOR:
        return None
    return _make(db, actor, None, kind="seal", counted=counted)


def anchored_seal(db: Database) -> tuple[int, str] | None:
    """Return (audit id, details) of the newest ``verify.seal`` entry that a seal checkpoint,
    signed with the site key, names exactly (its id, uid, hash and user), or None.

    A seal lets plain verify skip re-hashing what it covers, so an unsigned one (anyone with the
    file can append an audit entry with a valid chain hash) is never trusted: its run is the
    slower, row-by-row one. Such a checkpoint is made only by verify itself, in the
    transaction that records the seal, by a key holder whose run found nothing wrong.
    """
    key = sql.site_key(db)
    here = records.get_site(db)
    if key is None or here is None:
        return None
    for entry_id, uid, user, digest, details, body, signature in sql.seal_checkpoints(
        db, here.code, _SEALS_LOOKED_AT
    ):
        made = _stored(body, signature)
        if (
            made is not None
            and made.body["kind"] == "seal"
            and made.body["key"] == key["public_key"]
            and made.body["entry_id"] == entry_id
            and made.body["entry"] == uid
            and made.body["head"] == digest
            and made.body["by"] == user
            and made.signed()
        ):
            return int(entry_id), details
    return None


def _make(
    db: Database,
    actor: Actor,
    restored: tuple[int, str] | None,
    kind: str = "checkpoint",
    counted: tuple[str, int, dict[int, int]] | None = None,
) -> Checkpoint | None:
    key = sql.site_key(db)
    if not _holds_key(actor, key):
        return None
    assert key is not None and actor.signer is not None
    code = settings.site(db).code
    head = sql.audit_head(db, code)
    if head is None:
        return None
    entry_id, uid, digest = head
    # The site's entries are counted on from the latest point whose count is known: the last
    # checkpoint's, or where the verify making a seal counted them (``counted``: the counts it
    # checked the checkpoints it read against, finding nothing wrong); else from the first
    # entry. (A count wrong either way makes a later check find fault: a false alarm, never a
    # change missed.)
    known = (0, 0)  # (entry id, the site's entries up to it)
    before = sql.latest_checkpoint(db, code)
    if before is not None:
        if before[0] >= entry_id and restored is None:
            return None  # nothing new since
        last = _stored(before[1], before[2])
        if (
            last is not None
            and last.body["entry_id"] <= entry_id
            and last.body["key"] == key["public_key"]
            and last.signed()
        ):
            known = (last.body["entry_id"], last.body["count"])
    if counted is not None and counted[0] == code and known[0] < counted[1] <= entry_id:
        known = (counted[1], sum(counted[2].values()))
    count = known[1] + sql.count_entries(db, code, known[0], entry_id)
    at = utc_now()
    body: dict[str, Any] = {
        "v": _VERSION,
        "kind": kind,
        "site": code,
        "key": key["public_key"],
        "head": digest,
        "count": count,
        "entry": uid,
        "entry_id": entry_id,
        "at": at,
        "by": actor.name,
    }
    if restored is not None:
        body |= {
            "kind": "restore",
            "from_id": min(restored[0], entry_id - 1),
            "replaced": restored[1],
        }
    made = Checkpoint(body, "")
    made = Checkpoint(body, sitekey.sign(actor.signer, made.message))
    sql.insert_checkpoint(db, code, entry_id, at, canonical_json(body), made.signature)
    return made


def checkpoint_folder(db: Database) -> Path | None:
    """The checkpoint folder: the ``checkpoint-folder`` setting, else ``checkpoints/`` beside
    the database (None for a database in memory)."""
    chosen = records.get_settings(db).get("checkpoint_folder", "")
    if chosen:
        return Path(chosen)
    path = dbapi.file_path(db)
    return Path(path).parent / "checkpoints" if path else None


def _stored_timezone(db: Database) -> str:
    """The site's time zone as stored, or UTC when it is not one."""
    stored = records.get_settings(db).get("timezone", "UTC")
    try:
        zoneinfo.ZoneInfo(stored)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return stored


def _stamp(at: str) -> str:
    """The letters and digits of a canonical time: ``20261201T140300123456Z``."""
    return "".join(ch for ch in at if ch.isalnum())


def file_name(made: Checkpoint) -> str:
    return (
        f"{made.body['site']}-{_stamp(made.body['at'])}-{uids.AUDIT}{made.body['entry_id']}{SUFFIX}"
    )


def write_file(folder: Path | None, made: Checkpoint) -> Path | None:
    """Write a checkpoint as a small file in a month's subfolder of ``folder`` (a FAT-formatted
    stick holds only some thousands of files in one folder), never over anything there."""
    if folder is None:
        return None
    month: Path = folder / made.body["at"][:7]  # typed here: made.body is JSON (Any)
    target = month / file_name(made)
    part = target.with_name(target.name + ".part")
    try:
        month.mkdir(parents=True, exist_ok=True)
        with part.open("x", encoding="utf-8") as fh:
            fh.write(json.dumps(made.member(), indent=2, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.lexists(target):
            part.unlink()
            return None
        os.replace(part, target)
    except OSError as exc:
        log.warning("checkpoint not written to %s (%s); it is kept in the database", folder, exc)
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        return None
    return target


# -- verify: the chain against every checkpoint found ------------------------------------------

#: Every checkpoint of these last days is checked; of the days before, the newest of each day.
#: (A rewrite of an entry contradicts every genuine checkpoint after it, so the newest ones catch
#: it; a fake that pushes a genuine one out of the sample is checked itself, and fails.)
RECENT_DAYS = 7
_FILE_NAME = re.compile(
    rf"{uids.SITE_CODE}-(\d{{8}}T\d{{12}}Z)-{uids.AUDIT}\d+" + re.escape(SUFFIX)
)
_MONTH = re.compile(r"\d{4}-\d{2}")


@dataclass
class _Found:
    """A checkpoint found somewhere; ``stamp`` ('' when it is always checked) picks the sample."""

    where: str
    stamp: str
    load: Callable[[], Checkpoint | None]
    #: Found in the database itself (not in a folder).
    own: bool = False
    checkpoint: Checkpoint | None = None


def _read(path: Path) -> Any:
    try:
        if not path.is_file() or path.stat().st_size > _MAX_FILE_BYTES:
            return None
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def _member_of(data: Any) -> Any:
    """The checkpoint member of a backup's sidecar or a transfer file (in its signed body)."""
    if isinstance(data, dict) and "checkpoint" in data:
        return data["checkpoint"]
    if isinstance(data, dict) and isinstance(data.get("body"), dict):
        return data["body"].get("checkpoint")
    return None


def _files(folder: Path) -> Iterable[_Found]:
    """The checkpoints of a folder and its month subfolders: checkpoint files (sampled by their
    names), backups' sidecars and transfer files (each read)."""
    try:
        entries = sorted(folder.iterdir())
        for sub in [e for e in entries if _MONTH.fullmatch(e.name) and e.is_dir()]:
            entries += sorted(sub.iterdir())
    except OSError:
        return
    # The loaders bind the loop's values as lambda defaults, whose types mypy cannot infer (misc).
    for path in entries:
        name = path.name
        where = str(path.relative_to(folder.parent)) if folder.parent != folder else str(path)
        if name.endswith(SUFFIX):
            named = _FILE_NAME.fullmatch(name)
            yield _Found(
                where,
                named.group(1) if named else "",
                lambda path=path: parse(_read(path)),  # type: ignore[misc]
            )
        elif name.endswith(_READ_SUFFIXES):
            data = _member_of(_read(path))
            if data is not None:
                yield _Found(where, "", lambda data=data: parse(data))  # type: ignore[misc]


def _sources(
    db: Database, folders: Sequence[Path], outside: bool, also: Sequence[tuple[str, str, str]]
) -> list[_Found]:
    """Every checkpoint found: the database's own, ``also`` (where, body, signature: the live
    database's, when a backup is checked before a restore), then the folders' (the checkpoint
    folder and the backup folder too when ``outside``)."""
    # The loaders bind the loop's values as lambda defaults, whose types mypy cannot infer (misc).
    found = [
        _Found(
            phrase("the database, checkpoint row {row}", row=row_id),
            "" if restore else _stamp(at),
            lambda row_id=row_id: _stored(*sql.checkpoint_row(db, row_id)),  # type: ignore[misc]
            own=True,
        )
        for row_id, at, restore in sql.checkpoint_index(db)
    ]
    found += [
        _Found(where, "", lambda body=body, sign=sign: _stored(body, sign))  # type: ignore[misc]
        for where, body, sign in also
    ]
    candidates: list[Path | None] = [*folders]
    path = dbapi.file_path(db)
    if outside:
        candidates.insert(0, checkpoint_folder(db))
        if path:
            candidates.append(backup_sql.folder_for(db, Path(path)))
    seen: set[Path] = set()
    for folder in candidates:
        if folder is None:
            continue
        try:
            resolved = folder.resolve()
            if resolved in seen or not folder.is_dir():
                continue
        except OSError:
            continue
        seen.add(resolved)
        found.extend(_files(folder))
    return found


def _sample(found: list[_Found], now: dt.datetime) -> list[_Found]:
    """Those to check: the recent ones, the newest of each older day, and the always-checked."""
    recent = (now - dt.timedelta(days=RECENT_DAYS)).strftime("%Y%m%d")
    newest: dict[str, str] = {}
    for item in found:
        day = item.stamp[:8]
        if item.stamp and item.stamp > newest.get(day, ""):
            newest[day] = item.stamp
    return [
        item
        for item in found
        if not item.stamp or item.stamp[:8] >= recent or item.stamp == newest[item.stamp[:8]]
    ]


def _describe(made: Checkpoint, tz: str, where: str) -> str:
    body = made.body
    when = _when(body["at"], tz)
    by, count = body["by"], body["count"]
    if body["kind"] == "restore":
        return phrase(
            "restore statement {when} (entry {count}, by {by}; in {where})",
            when=when,
            count=count,
            by=by,
            where=where,
        )
    return phrase(
        "checkpoint {when} (entry {count}, by {by}; in {where})",
        when=when,
        count=count,
        by=by,
        where=where,
    )


def stored_rows(db: Database) -> list[tuple[str, str, str]]:
    """The checkpoints of this database's table as (where, body, signature): passed as ``also``
    to check a backup against them before it replaces this database."""
    return [
        (
            phrase("the live database, checkpoint row {row}", row=row_id),
            *sql.checkpoint_row(db, row_id),
        )
        for row_id, _at, _restore in sql.checkpoint_index(db)
    ]


def check(
    db: Database,
    folders: Sequence[Path] = (),
    *,
    outside: bool = True,
    now: dt.datetime | None = None,
    notes: list[str] | None = None,
    also: Sequence[tuple[str, str, str]] = (),
    counted: tuple[int, dict[int, int]] | None = None,
    later: Callable[[int, int], list[tuple[Any, ...]]] | None = None,
) -> tuple[list[str], int]:
    """Check the audit chain against the signed checkpoints found: in the database, in
    ``folders`` (removable media) and, when ``outside`` (the live database), in the checkpoint
    folder and the backups' sidecars. Those of the last ``RECENT_DAYS`` are all checked, of the
    days before the newest of each day, and every restore statement.

    A checkpoint that contradicts the log is excused only by a restore statement signed after
    it: a restore replaced the history after the restored backup's last entry. A restore
    statement counts only where the log shows that restore (``_restore_in_log``), and each one
    that sets checkpoints aside is said in ``notes`` (shown even when all is well). Checking a
    backup (not ``outside``), checkpoints in ``folders`` or ``also`` of entries beyond its log
    are newer than the backup and are passed over. Returns (problems, how many distinct
    checkpoints were checked). ``counted``: the site's entries counted by chunks up to an id
    (``storage.anchors.counts_upto``'s ``sealed``), when known. ``later``: the site's entries
    after one id up to another as the live file holds them now (``audit.entries_after``'s, on
    a connection of its own), for a log read in a snapshot while the folder is read as it is:
    a checkpoint of an entry written after the snapshot, that the file now holds, is newer than
    the log read, not a sign of a cut (verify beside a supervisor's work said the log was
    cut, one run in two: an attack round, 2026-12-07).
    """
    # Read as stored, not through the typed settings: a row edited outside sortapp (the rows
    # check names it) must not stop this check.
    here = records.get_site(db)
    code = here.code if here else ""
    tz = _stored_timezone(db)
    key = sql.site_key(db)
    problems: list[str] = []
    unique: dict[tuple[str, str], _Found] = {}
    for item in _sample(_sources(db, folders, outside, also), now or dt.datetime.now(dt.UTC)):
        item.checkpoint = item.load()
        if item.checkpoint is None:
            problems.append(
                phrase(
                    "checkpoint in {where}: not a readable checkpoint (damaged?)", where=item.where
                )
            )
            continue
        if item.checkpoint.body["site"] != code:
            continue  # another site's, on shared media
        ident = (canonical_json(item.checkpoint.body), item.checkpoint.signature)
        if ident not in unique or item.own:
            unique[ident] = item
    sound: list[_Found] = []
    for item in unique.values():
        made = item.checkpoint
        assert made is not None
        if not made.signed():
            what = _describe(made, tz, item.where)
            problems.append(
                phrase("{what} has a signature that is not valid: forged or damaged", what=what)
            )
            continue
        what = (
            _describe(made, tz, item.where)
            if key is None or made.body["key"] != key["public_key"]
            else ""
        )
        if key is None:
            problems.append(
                phrase(
                    "{what} was signed with the site key {key}, but the database holds no site key",
                    what=what,
                    key=sitekey.key_fingerprint(made.body["key"]),
                )
            )
        elif made.body["key"] != key["public_key"]:
            problems.append(
                phrase(
                    "{what} was signed with key {key}, not with the site key {site_key}: the "
                    "database's key was replaced",
                    what=what,
                    key=sitekey.key_fingerprint(made.body["key"]),
                    site_key=sitekey.key_fingerprint(key["public_key"]),
                )
            )
            continue
        sound.append(item)
    ids = [item.checkpoint.body["entry_id"] for item in sound if item.checkpoint]
    entries = sql.audit_entries(db, ids)
    counts = sql.counts_upto(db, code, ids, counted)
    head = sql.audit_head(db, code)
    found = [_contradiction(item, entries, counts, code) for item in sound]
    if later is not None:
        found = _newer_than_read(sound, found, head, later, code)
    restores = []
    for item, problem in zip(sound, found, strict=True):
        if item.checkpoint and item.checkpoint.body["kind"] == "restore" and not problem:
            body = item.checkpoint.body
            if _restore_in_log(db, code, body):
                restores.append(body)
            else:
                problems.append(
                    phrase(
                        "{what} does not follow a restore in the audit log (a 'restore' entry "
                        "by {by} right after entry {entry}): forged, it sets no checkpoint aside",
                        what=_describe(item.checkpoint, tz, item.where),
                        by=body["by"],
                        entry=uids.audit(code, body["from_id"]),
                    )
                )
    set_aside: dict[str, int] = {}
    agreed = sorted(
        (item.checkpoint.body["entry_id"], item.checkpoint.body["entry"])
        for item, problem in zip(sound, found, strict=True)
        if item.checkpoint and not problem
    )
    for item, problem in sorted(zip(sound, found, strict=True), key=_by_entry):
        made = item.checkpoint
        assert made is not None
        if not problem:
            continue
        body = made.body
        replaced_by = [
            r for r in restores if r["from_id"] < body["entry_id"] and body["at"] < r["at"]
        ]
        if replaced_by:  # of the history a restore replaced: said, not a problem
            first = min(replaced_by, key=lambda r: r["at"])
            said: str = phrase(
                "history replaced by a restore at {when} by {by} (audit entry {entry})",
                when=_when(first["at"], tz),
                by=first["by"],
                entry=first["entry"],
            )
            set_aside[said] = set_aside.get(said, 0) + 1
            continue
        if problem == _MISSING and not item.own and not outside:
            continue  # newer than the backup being checked
        said = problem
        if problem == _MISSING:
            ends = (
                phrase("the log ends at {uid}", uid=head[1]) if head else phrase("the log is empty")
            )
            # (A copy of the file worked on beside it writes to the same folder of checkpoints:
            # this file then reads as cut short, which only a copy's keeper can tell apart.)
            said = phrase(
                "entry {entry} is missing ({ends}): entries were cut from the log's end, or this "
                "file is an older copy of one that went on",
                entry=body["entry"],
                ends=ends,
            )
        before = [uid for entry_id, uid in agreed if entry_id < body["entry_id"]]
        if before:
            said = phrase(
                "{said}; it agrees with the checkpoint of {uid}, so the change lies after that",
                said=said,
                uid=before[-1],
            )
        problems.append(
            phrase(
                "{what} contradicts the audit log: {said}",
                what=_describe(made, tz, item.where),
                said=said,
            )
        )
    if notes is not None:
        notes.extend(_set_aside(said, count) for said, count in set_aside.items())
    return problems, len(sound)


def _set_aside(said: str, count: int) -> str:
    """What a note says of the checkpoints of a history a restore replaced."""
    if count == 1:
        return phrase(
            "{said}: {count} checkpoint of the replaced history set aside", said=said, count=count
        )
    return phrase(
        "{said}: {count} checkpoints of the replaced history set aside", said=said, count=count
    )


def _when(at: str, tz: str) -> str:
    try:
        return local_text(at, tz)
    except (ValueError, TypeError, OverflowError):
        return repr(at[:40])


def _restore_in_log(db: Database, code: str, body: dict[str, Any]) -> bool:
    """Tell whether a restore statement follows a restore the log shows: its head is a
    ``restore`` entry by its signer, and between the restored log's end (``from_id``) and it
    only the migrations of the restored file wrote (as ``system``)."""
    entry = sql.audit_entry_of(db, body["entry_id"])
    if entry is None or entry[1:] != (code, body["by"], "restore"):
        return False
    return sql.others_between(db, code, body["from_id"], body["entry_id"], "system") == 0


def _by_entry(pair: tuple[_Found, str]) -> int:
    made = pair[0].checkpoint
    return made.body["entry_id"] if made else 0


def _newer_than_read(
    sound: list[_Found],
    found: list[str],
    head: tuple[int, str, str] | None,
    later: Callable[[int, int], list[tuple[Any, ...]]],
    code: str,
) -> list[str]:
    """``found``, with the checkpoints of entries past ``head`` (the log as read) passed over
    where the live file now holds them as they state, each entry from ``head`` on linked to the
    one before it and hashed as stored (``check``'s ``later``: a cut put back only while verify
    read the folder would need the very entries cut, unchanged)."""
    last = head[0] if head else 0
    beyond = [
        item.checkpoint.body["entry_id"]
        for item, problem in zip(sound, found, strict=True)
        if problem == _MISSING and item.checkpoint and item.checkpoint.body["entry_id"] > last
    ]
    if not beyond or head is None:
        return found
    linked: dict[int, tuple[str, str, str]] = {}
    prev = head[2]
    for entry in later(last, max(beyond)):
        entry_id, before, uid, site, *_fields, digest, _signature = entry
        if before != prev or not audit.Soundness.hashed(entry):
            break
        linked[int(entry_id)] = (uid, site, digest)
        prev = digest
    out = []
    for item, problem in zip(sound, found, strict=True):
        body = item.checkpoint.body if item.checkpoint else None
        written = (
            body is not None
            and problem == _MISSING
            and body["entry_id"] > last
            and linked.get(body["entry_id"]) == (body["entry"], code, body["head"])
        )
        out.append("" if written else problem)
    return out


def _contradiction(
    item: _Found, entries: dict[int, tuple[str, str, str]], counts: dict[int, int], code: str
) -> str:
    """Say how a checkpoint contradicts the audit log ('missing' when its entry is not there),
    or return ''."""
    assert item.checkpoint is not None
    body = item.checkpoint.body
    entry = entries.get(body["entry_id"])
    if entry is None:
        return _MISSING
    if entry[0] != body["entry"] or entry[1] != code or entry[2] != body["head"]:
        return phrase("entry {entry} has another hash", entry=body["entry"])
    if counts[body["entry_id"]] != body["count"]:
        return phrase(
            "{found} entries lead to {entry}, the checkpoint counted {count}",
            found=counts[body["entry_id"]],
            entry=body["entry"],
            count=body["count"],
        )
    return ""


#: What ``_contradiction`` says of a checkpoint whose entry is not in the log (then said whole).
_MISSING = "missing"


# -- verify: the key is held, checkpoints exist, and those the log records are there ------------


def custody(db: Database, checked: int) -> list[str]:
    """What verify says of the anchoring itself, given how many sound checkpoints ``check``
    found: a site key that nobody can use (so nothing more can be signed), and a site key with
    no checkpoint anywhere although its holders acted (the first is signed as the site is
    made, so they were deleted)."""
    key = sql.site_key(db)
    here = records.get_site(db)
    if key is None or here is None:
        return []
    problems: list[str] = []
    if not sql.active_holders(db):
        problems.append(
            phrase(
                "the site key is held by nobody: no checkpoint can be signed; no active "
                "supervisor or admin has a wrap of it (removed outside sortapp?), so later "
                "changes are anchored nowhere"
            )
        )
    if checked == 0 and sql.holders_acted_after_key(db, here.code):
        problems.append(
            phrase(
                "the site has a signing key and its holders have acted since it was made, but "
                "no checkpoint was found (in the database, the checkpoint folder or the "
                "backups' sidecars): checkpoints were deleted; check the log against a "
                "checkpoint folder on other media"
            )
        )
    return problems


def check_recorded(db: Database, entries: Sequence[tuple[str, str]] | None = None) -> list[str]:
    """Name each checkpoint that the audit log records (the entry after it holds its row's
    hash: ``rowcover.NOTED_LATER``) but that is gone from the table, or changed.

    What this cannot see: someone who rewrites the log can drop these records with the rest of
    what they rewrite. A rewrite is caught by the checkpoints made after the rewritten entry
    that are beyond the forger's reach (a checkpoint folder on removable media, backups kept
    elsewhere, transfer files a partner received, printed marks); one that also drops the
    log's tail after the last such anchor is not. (``entries``: those of the log that may
    record one, (uid, rows), when known: ``sql.recorded_checkpoints``'s.)
    """
    recorded: dict[str, tuple[str | None, str]] = {}
    for uid, text in sql.recorded_checkpoints(db) if entries is None else entries:
        try:
            for table, key, _before, after in rowcover.changes_of(text):
                if table == "checkpoints":
                    recorded[key] = (after, uid)
        except (ValueError, TypeError):  # not readable: the rows check names the entry
            continue
    if not recorded:
        return []
    now = {key: digest for key, digest, _label in rowcover.current_hashes(db, "checkpoints")}
    problems: list[str] = []
    for key, (digest, found) in recorded.items():
        number = key.strip("[]")
        if digest is None:
            continue
        uid = integrity.entry_called(db, "audit", found)
        if key not in now:
            problems.append(
                phrase(
                    "checkpoint {number} was deleted: audit entry {uid} records that it existed",
                    number=number,
                    uid=uid,
                )
            )
        elif now[key] != digest:
            problems.append(
                phrase(
                    "checkpoint {number} was changed after audit entry {uid} recorded it",
                    number=number,
                    uid=uid,
                )
            )
    return problems
