"""Verify the whole database: SQLite's own checks, the audit chain, the ledger and its balances.

Independent checks, each reading from one consistent snapshot of its own connection (a check
that relies on another runs right after it, on the same snapshot). On a large file they run in
two lanes, this process and a worker process started first thing (``_worker``), longest first
so both finish together. The passes
over the history are SQL (SQLite rebuilds the canonical texts) with Python only hashing; they
count and compare, and only when something is off do the listing queries or the row-by-row
Python definitions run, so every finding is stated exactly and confirmed before it is reported.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sortapp.core import sitekey, uids
from sortapp.core.canonical import GENESIS_HASH, fingerprint
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.i18n import Phrase, phrase
from sortapp.core.roles import Actor, Role
from sortapp.core.units import format_mct
from sortapp.services import anchors, apart, stated, stopping, weighed
from sortapp.services import audit as audit_service
from sortapp.services.audit import SIGNED_ACTIONS, SIGNED_TABLES, record
from sortapp.services.journal import entries_digest, journal_canonical
from sortapp.services.parcels import get_parcel, parcel_fingerprint
from sortapp.storage import anchors as anchors_sql
from sortapp.storage import audit as audit_sql
from sortapp.storage import (
    browse,
    dbapi,
    files,
    integrity,
    integrity_pg,
    ledger,
    migrations,
    pages,
    records,
    rowcover,
)
from sortapp.storage import lots as lots_sql
from sortapp.storage import parcels as parcels_sql
from sortapp.storage.audit import audit_hash
from sortapp.storage.db import opened_read_only, transaction
from sortapp.storage.dbapi import Database

#: The actions that record a ledger entry, by the entry's kind: each entry must be recorded,
#: with its hash, by one of its kind's (a reversal only by a signed ``lot.reweigh`` or
#: ``parcel.remove``: recorded as any other action's, an operator's unsigned reversal of a
#: packing read sound).
_JOURNAL_RECORDS = {
    "receive": ("lot.receive", "lot.weigh"),
    "sort": ("sort.close",),
    "pack": ("parcel.add",),
    "ship": ("parcel.ship",),
    "void": ("parcel.void",),
    "reversal": ("lot.reweigh", "parcel.remove"),
}
_ENTRY_ACTIONS = integrity.ENTRY_ACTIONS
#: The actions that record a reversal: a supervisor's (signed), an operator's own last entry.
_REVERSALS = ("sort.correct", "sort.undo")
#: Problems of one kind listed one by one; beyond that, one line says how many more.
_LISTED = 50
#: Ids asked for in one query when findings are read back one by one.
_IDS_PER_QUERY = 500
#: What is said of a row holding text that is not UTF-8 (read as ``dbapi.Undecodable``).
_NOT_UTF8 = phrase("holds text that is not UTF-8 (changed outside sortapp)")


@dataclass
class Report:
    """What verify found; ``ok`` when nothing."""

    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    #: Seconds each check took (on its own connection; they overlap in time).
    seconds: dict[str, float] = field(default_factory=dict)
    #: What this run verified of the history, by digest: the details of its seal when sound.
    seal: dict[str, Any] = field(default_factory=dict)
    #: What the user is told even when all is well (not problems): checkpoints that a restore
    #: set aside as of the history it replaced; a seal not recorded.
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, message: str) -> None:
        self.problems.append(message)

    def add_all(self, messages: Iterable[str], what: str) -> None:
        listed = list(messages)
        self.problems.extend(listed[:_LISTED])
        if len(listed) > _LISTED:
            self.problems.append(
                phrase("... and {count} more {what}", count=len(listed) - _LISTED, what=what)
            )

    def merge(self, other: Report) -> None:
        self.problems.extend(other.problems)
        self.checked.update(other.checked)
        self.seconds.update(other.seconds)
        self.seal.update(other.seal)
        self.notes.extend(other.notes)


def _batches(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _IDS_PER_QUERY):
        yield ids[start : start + _IDS_PER_QUERY]


# -- the checks --------------------------------------------------------------------------------


def _check_structure(db: Database, report: Report, *, full: bool) -> None:
    found = integrity.structure_problems(db, full=full)
    if found:
        report.add(phrase("SQLite integrity check: {found}", found="; ".join(found[:5])))


def _check_foreign_keys(db: Database, report: Report, scope: Scope, shared: Shared) -> None:
    """No row points at a row that is not there. Run right after the ledger entries check, on its
    snapshot: when it found the entries and lines up to the seal unchanged (their keys are in
    its digests), only the entries and lines after are checked: those up to it were checked
    when the seal was made, and every row they name is a sealed entry or a lot, parcel,
    category or user whose id and name the seal's reference digests hold, which that check
    found unchanged on this snapshot (docs/reliability.md, "What a seal lets verify skip")."""
    after = scope.after["journal"] if shared.ledger_sealed else 0
    if integrity.foreign_key_problems(db, after):
        report.add(phrase("SQLite foreign key check: rows point at missing rows"))


def _check_schema(db: Database, report: Report) -> None:
    """Tables, indexes and triggers are exactly those sortapp's migrations make."""
    expected, found = integrity.expected_schema(db), integrity.schema(db)
    for kind, name in sorted(expected.keys() - found.keys()):
        report.add(
            phrase(
                "schema: {kind} {name} is missing (dropped outside sortapp)", kind=kind, name=name
            )
        )
    for kind, name in sorted(found.keys() - expected.keys()):
        report.add(
            phrase(
                "schema: {kind} {name} is not sortapp's (added outside sortapp)",
                kind=kind,
                name=name,
            )
        )
    for kind, name in sorted(expected.keys() & found.keys()):
        if expected[kind, name] != found[kind, name]:
            report.add(
                phrase(
                    "schema: {kind} {name} differs from sortapp's (altered outside sortapp)",
                    kind=kind,
                    name=name,
                )
            )
    version, applied = integrity.applied_migrations(db)
    if version != str(migrations.SCHEMA_VERSION) or applied != integrity.expected_migrations(db):
        report.add(phrase("schema: its recorded version or migrations differ from sortapp's"))


def _check_rows(
    db: Database, report: Report, scope: Scope, shared: Shared, *, full: bool = False
) -> None:
    """Every protected row is as the audit log last recorded it, and every recorded change
    started where the one before it ended (``storage.rowcover``). After an anchored seal that
    digests them, the rows are checked against its digests and the changes recorded since
    (then ``shared`` gets the rows changed since, for the parcels check). Without one, on a
    file, the tables whose rows are only ever inserted are compared with the log as it is read
    (``_rows_streamed``); ``full`` (and wherever that finds anything) replays the whole log
    and holds every row's recorded hash (``_rows_row_by_row``), which names what differs.
    Without a seal, on a file, it notes for the signatures check run right after it the
    entries that may meet that check's rule (``Shared.audit_named``). A seal's rows part is
    made only up to the entry the other checks end at."""
    # This snapshot's own end of the log: rows and log read together.
    upto = integrity.max_id(db, "audit")
    fixed, kept = migrations.immutable_tables()
    messages: list[str] = []
    part: dict[str, Any] | None
    proven = {table: _rows_pages_proven(db, scope, table) for table in _PAGE_SEALED_ROWS}
    since_seal = _rows_since_seal(db, scope, upto, fixed, kept, proven)
    if since_seal is not None:
        rows, part, changed = since_seal
    else:
        changed = None
        sealing = scope.sealing  # (digests only for a seal to be made)
        # What the signatures check, run right after on this snapshot, asks of the whole log,
        # noted from the records read here (on a server, that check reads them itself).
        # (After a seal, that check is a task of its own; on a server, it reads the log itself.)
        wanted = dbapi.sqlite(db) and _unsealed(scope)
        naming = audit_sql.naming(SIGNED_ACTIONS, SIGNED_TABLES) if wanted else None
        streamed = (
            None
            if full or not dbapi.sqlite(db)
            else _rows_streamed(db, upto, fixed, kept, sealing=sealing, naming=naming)
        )
        if streamed is not None:
            rows, tables, messages = streamed
        else:
            if naming is not None:
                naming.ids.clear()  # (the whole replay notes them again)
            rows, tables = _rows_row_by_row(
                db, upto, fixed, kept, messages, sealing=sealing, naming=naming
            )
        shared.audit_named = naming
        part = (
            {"upto": upto, "chunk": rowcover.ROW_CHUNK, "tables": tables}
            if sealing and not messages
            else None
        )
    messages += _user_grant_problems(db, upto)
    report.add_all(messages, phrase("rows changed outside sortapp"))
    report.checked["protected rows"] = rows
    if messages:
        return
    # A seal's rows part only up to the entry the others end at: one recorded after it, read
    # here but by no chain or signature check of this run, could be gone by the next (its id
    # reused by the seal's own entry) and leave a change it recorded sealed (review, 2026-12-05:
    # a write during the run costs the seal, the next run makes one).
    if part is not None and scope.sealing and upto == scope.upto["audit"]:
        sealed = {
            table: integrity.seal_pages(db, table, integrity.max_id(db, table), known)
            for table, (known, _spans) in proven.items()
        }
        part = {**part, "pages": {table: made for table, made in sealed.items() if made}}
        report.seal["rows"] = part
    shared.rows_upto, shared.rows_changed = upto, changed


#: The protected tables a seal of pages covers (``_rows_pages_proven``): the one the rows check
#: reads longest by far, every weighing taken (keyed by its rowid, as the seal of pages needs).
_PAGE_SEALED_ROWS = ("weighings",)


def _rows_pages_proven(
    db: Database, scope: Scope, table: str
) -> tuple[list[pages.SealedLeaf], list[tuple[int, int]]]:
    """The leaves of the protected ``table`` the seal's seal of its pages proves as they were
    sealed, and the spans of rowids they hold; none without one, or where the table's chunks
    are not of its rowids (``rowcover.keyed_by_rowid``)."""
    part = scope.seal.get("rows") if scope.after["audit"] else None
    kept = part.get("pages") if isinstance(part, dict) else None
    made = kept.get(table) if isinstance(kept, dict) else None
    if not rowcover.keyed_by_rowid(db, table):
        return [], []
    return _part_proven(db, made, table)


def _check_stated(db: Database, report: Report, scope: Scope, shared: Shared) -> None:
    """What the entries state of lots and parcels, held against their rows (``services.stated``):
    what the rows check cannot tell, as the log holds the rows' hashes, not their texts. After a
    seal whose run made this check (its part, ``stated``), on a file, run right after the rows
    check on its snapshot: only the lots and parcels whose rows it found changed since the
    seal, or that an entry or ledger entry since names, are read again. (A seal made before this
    check was: every one, as in a first run.)"""
    part = scope.seal.get("rows") if scope.after["audit"] else None
    after = part.get("upto") if isinstance(part, dict) else None
    if not isinstance(after, int):
        after = 0
    restricted = (
        dbapi.sqlite(db)
        and shared.rows_changed is not None
        and after > 0
        and shared.rows_upto > 0
        and scope.seal.get("stated") == {"rows": after, "rules": stated.STATED_RULES}
    )
    upto = shared.rows_upto if restricted else integrity.max_id(db, "audit")
    found = stated.problems(
        db,
        upto,
        after=after if restricted else 0,
        changed=shared.rows_changed if restricted else None,
        ledger_after=scope.after["journal"],
    )
    report.add_all(found, phrase("rows changed outside sortapp"))
    if scope.sealing and not found:
        # Every lot and parcel as its entries made it, as the rows were at this id.
        report.seal["stated"] = {"rows": upto, "rules": stated.STATED_RULES}


def _user_grant_problems(db: Database, upto: int) -> list[str]:
    """A user's row may change unsigned (signing in, one's own password or language): the name,
    role and active flag it holds must still be what a signed ``user.add`` or ``user.set`` gave
    it (or one from before the site key: the first admin's, as the site was made). A user
    whose name no such entry gave, or whose role or flag differs from the last one's, is named.
    (A file from before the site key: every entry counts, as the signatures check asks none.)"""
    site_key = anchors_sql.site_key(db)
    since = audit_sql.first_id(db, "site.key") if site_key is not None else None
    if site_key is None or since is None:

        def trusted(entry_id: int, digest: str, signature: str | None) -> bool:
            return True
    elif not sitekey.readable_public_key(site_key["public_key"]):
        # No signature after the key was made can be checked: whatever the users' rows hold,
        # each would be named as given by no signed entry, which blames the grants wrongly.
        return [
            phrase(
                "users: their roles, active flags and names cannot be checked against the "
                "signed user.add and user.set entries: the site key ({row}) cannot be read "
                "(changed outside sortapp)",
                row=_row_name("site_signing_key", "[1]"),
            )
        ]
    else:
        sound = sitekey.signature_verifier(site_key["public_key"])

        def trusted(entry_id: int, digest: str, signature: str | None) -> bool:
            return entry_id < since or (
                signature is not None
                and sound(audit_sql.ENTRY_DOMAIN + digest.encode("utf-8"), signature)
            )

    granted = audit_sql.granted_roles(db, upto, trusted)
    messages: list[str] = []
    baseline: set[str] | None = None
    for name, role, active in records.list_users(db):
        state = _role_state(role, bool(active))
        given = granted.get(audit_sql.fold(name))
        key = audit_sql.own_row_key(db, name)
        if given is None:
            # (A user of a file from before row coverage may have none: their row is in the
            # log's baseline of the rows as they were, by its key.)
            if baseline is None:
                baseline = audit_sql.baseline_keys(db, "users", upto)
            if key in baseline:
                continue
            messages.append(
                phrase(
                    "user {name}: {state} that no signed user.add or user.set gave "
                    "(added, renamed or changed outside sortapp)",
                    name=name,
                    state=state,
                )
            )
            continue
        if given[:2] != (role, bool(active)):
            messages.append(
                phrase(
                    "user {name}: {state} is not what the audit log gave them (changed outside "
                    "sortapp; its last signed user.add or user.set gave {given})",
                    name=name,
                    state=state,
                    given=_role_state(given[0], bool(given[1])),
                )
            )
        if given[2] is not None and given[2] != key:
            messages.append(
                phrase(
                    "user {name}: their name is on users row {key}, not on row {given} that "
                    "the signed user.add or user.set gave it (names swapped or changed outside "
                    "sortapp)",
                    name=name,
                    key=key,
                    given=given[2],
                )
            )
    # Only an active supervisor or admin holds the site key (a wrap goes with a demotion): an
    # operator made supervisor in the file for the moment a holder gave them the key kept it
    # (a tenth attack round, 2026-12-06).
    # (By the row the wrap is of, as the signed entries gave it a name: names swapped outside
    # sortapp are named above, and move no key.)
    by_row = {given[2]: given for given in granted.values() if given[2] is not None}
    for user_id, name in records.key_holders(db):
        given = by_row.get(json.dumps([user_id])) or granted.get(audit_sql.fold(name))
        if given is not None and (given[0] not in ("supervisor", "admin") or not given[1]):
            messages.append(
                phrase(
                    "user {name}: holds the site key though the signed entries make them {state} "
                    "(given it outside sortapp)",
                    name=name,
                    state=_role_state(given[0], bool(given[1])),
                )
            )
    return messages


def _role_state(role: str, active: bool) -> str:
    """``role supervisor``, or ``role supervisor (inactive)``: a user's role as stored."""
    if active:
        return phrase("role {role}", role=role)
    return phrase("role {role} (inactive)", role=role)


def _rows_row_by_row(
    db: Database,
    upto: int,
    fixed: set[str],
    kept: set[str],
    messages: list[str],
    *,
    sealing: bool = True,
    naming: rowcover.Naming | None = None,
) -> tuple[int, dict[str, dict[str, list[str]]]]:
    """The whole log replayed, every row compared with it; return (rows, the tables' part of
    the next seal: ``_rows_table_seal`` of each while nothing is found wrong; without
    ``sealing``, none) and add what is wrong to ``messages``. (Each table's rows are let go
    once checked and digested: the log's record and the hashes of a third of a million rows
    are not all held at once.) Into ``naming``, what the replay notes (``rowcover.Naming``)."""
    found = rowcover.replay(db, upto, fixed, kept, naming=naming)
    return _rows_replayed(db, found, messages, {}, sealing=sealing)


def _rows_streamed(
    db: Database,
    upto: int,
    fixed: set[str],
    kept: set[str],
    *,
    sealing: bool = True,
    naming: rowcover.Naming | None = None,
) -> tuple[int, dict[str, dict[str, list[str]]], list[str]] | None:
    """``_rows_row_by_row``'s comparison without holding a hash for every row the log records:
    the tables both fixed and kept (weighings, sealed lines, seals, origins ...: most of a
    long history's records) hold exactly one record of each row, its insert, so each is
    compared chunk by chunk with the log as it is read (``rowcover.ChunkMerge``), and only the
    other tables' changes are replayed and held. Return (rows, the tables' part of the next
    seal, what is wrong), the same as ``_rows_row_by_row`` finds (but for a table of
    ``_PAGE_SEALED_ROWS`` whose pages can be sealed: its texts' digest ''); or None when a record of
    those tables is anything but one insert of a row as it is now, or an entry is not readable
    (``rowcover.Diverged``): then ``_rows_row_by_row`` names what differs, as ever. Without
    ``sealing`` (a run that makes no seal), no part of a seal is made. Into ``naming``, what
    the replay notes (``rowcover.Naming``; partly, when it returns None)."""
    # (A table whose pages this snapshot can seal keeps only its rows' hashes' digest: those
    # pages prove its chunks next time. One whose pages it cannot, its texts' as every other.)
    paged = {t for t in _PAGE_SEALED_ROWS if sealing and integrity.pages_ready(db, t) is not None}
    merges = {
        table: rowcover.ChunkMerge(db, table, digest=sealing, texts=table not in paged)
        for table in rowcover.PROTECTED
        if table in fixed and table in kept and rowcover.shape(db, table)[0]
    }
    messages: list[str] = []
    try:
        found = rowcover.replay_streamed(db, upto, fixed, kept, merges, naming)
        merged = {table: merge.finish() for table, merge in merges.items()}
    # (And a key no chunk can be read by: beyond SQLite's integers, or too long a number for
    # Python to read. The whole replay names its row.)
    except (rowcover.Diverged, OverflowError, ValueError):
        return None
    del merges
    rows, tables = _rows_replayed(db, found, messages, merged, sealing=sealing)
    return rows, tables, messages


def _rows_replayed(
    db: Database,
    found: rowcover.Replay,
    messages: list[str],
    merged: dict[str, tuple[int, dict[str, list[str]]]],
    *,
    sealing: bool = True,
) -> tuple[int, dict[str, dict[str, list[str]]]]:
    """``_rows_row_by_row`` from its replay on: what ``found`` says is wrong, then each
    protected table compared with it; the tables in ``merged`` were (rows, part of the seal).
    Without ``sealing``, no part of a seal is made."""
    latest = found.latest
    messages += [
        phrase(
            "audit entry {uid}: its record of changed rows is not readable",
            uid=integrity.entry_called(db, "audit", uid),
        )
        for uid in dict.fromkeys(found.unreadable)
    ]
    for table, key, uid in found.breaks:
        name = _row_name(table, key, rowcover.label_of(db, table, key))
        messages.append(
            phrase(
                "{name}: changed outside sortapp before audit entry {uid}",
                name=name,
                uid=integrity.entry_called(db, "audit", uid),
            )
        )
    for table, key, uid in found.forbidden:
        name = _row_name(table, key, rowcover.label_of(db, table, key))
        messages.append(
            phrase(
                "{name}: audit entry {uid} records a change sortapp never makes to such rows "
                "(a forged entry)",
                name=name,
                uid=integrity.entry_called(db, "audit", uid),
            )
        )
    rows = 0
    tables = {}
    for table in rowcover.PROTECTED:
        if table in merged:
            rows += merged[table][0]
            if not messages and sealing:
                tables[table] = merged[table][1]
            continue
        recorded = latest.pop(table, {})
        # Fastest: each chunk of rows read once for its hashes, compared with the log's, and
        # its digests for the seal.
        passed = (
            _rows_table_by_chunks(db, table, recorded, sealing=sealing)
            if dbapi.sqlite(db)
            else None
        )
        if passed is not None:
            rows += passed[0]
            if not messages and sealing:
                tables[table] = passed[1]
            continue
        # Fast: every row's hash at once, compared with the log's in one comparison; only a
        # table that differs is gone through row by row, by the definition, to name its rows.
        now = rowcover.hashes_by_key(db, table)
        if len(now) == sum(was is not None for was in recorded.values()) and all(
            recorded.get(key) == digest for key, digest in now.items()
        ):
            rows += len(now)
            if not messages and sealing:
                tables[table] = _rows_table_seal(db, table, now)
            continue
        seen = set()
        for key, digest, label in rowcover.current_hashes(db, table):
            rows += 1
            seen.add(key)
            expected = recorded.get(key)
            if expected == digest:
                continue
            # (A row named by another table's column too: looked up, for this message only.)
            joined = table in rowcover.JOINED_LABELS
            name = _row_name(table, key, rowcover.label_of(db, table, key) if joined else label)
            if digest == rowcover.NOT_UTF8:
                messages.append(phrase("{name}: {problem}", name=name, problem=_NOT_UTF8))
            elif expected is None:
                messages.append(phrase("{name}: added outside sortapp", name=name))
            elif expected != digest:
                messages.append(phrase("{name}: changed outside sortapp", name=name))
        for key, was in recorded.items():
            if was is not None and key not in seen:
                messages.append(
                    phrase("{name}: deleted outside sortapp", name=_row_name(table, key))
                )
    return rows, tables


def _rows_table_by_chunks(
    db: Database, table: str, recorded: dict[str, str | None], *, sealing: bool = True
) -> tuple[int, dict[str, list[str]]] | None:
    """A protected table read once, chunk by chunk (``rowcover.chunk_passes``): when every row
    is as the log last recorded it (``recorded``), (rows, the table's part of the next seal, as
    ``_rows_table_seal`` makes it); else None (then the table is read as before, to name what
    differs). The same comparison as the whole table's hashes at once: every row's hash is the
    log's for its key, and there are as many rows as keys the log holds a row under; the rows
    in chunks must be all the table's, under distinct keys. Without ``sealing``, the part is
    empty."""
    rows, part = 0, {}
    for chunk, count, hashes, text in rowcover.chunk_passes(db, table, digest=sealing):
        if len(hashes) != count or any(recorded.get(key) != h for key, h in hashes.items()):
            return None
        rows += count
        if sealing:
            part[str(chunk)] = [text, rowcover.state_digest(hashes)]
    if rows != sum(was is not None for was in recorded.values()):
        return None
    if rows != rowcover.count_rows(db, table):  # rows in no chunk (a key not an integer)
        return None
    return rows, part


def _rows_table_seal(db: Database, table: str, hashes: dict[str, str]) -> dict[str, list[str]]:
    """A protected table's part of the next seal, from its rows' ``hashes`` ({key: hash}): for
    each chunk, a digest of its rows' texts (``rowcover.chunk_text_digest``) and one of their
    hashes (``state_digest``)."""
    chunk_of = rowcover.chunker(db, table)
    chunks: dict[int, dict[str, str]] = {}
    for key, digest in hashes.items():
        chunks.setdefault(chunk_of(key), {})[key] = digest
    return {
        str(chunk): [
            rowcover.chunk_text_digest(db, table, chunk)[1],
            rowcover.state_digest(state),
        ]
        for chunk, state in sorted(chunks.items())
    }


def _rows_since_seal(
    db: Database,
    scope: Scope,
    upto: int,
    fixed: set[str],
    kept: set[str],
    proven: dict[str, tuple[list[pages.SealedLeaf], list[tuple[int, int]]]],
) -> tuple[int, dict[str, Any], dict[str, set[str]]] | None:
    """Check the protected rows against the newest anchored seal's digests of them and the
    changes the log recorded since; return (rows, the rows' part of the next seal, the keys of
    the rows changed since by table), or None when there is no such seal or anything differs
    (then row by row, to name what).

    The seal's run found every row as the log recorded it up to its entry, and the log up to
    there cannot have changed unseen (the audit chain check, and the checkpoint that anchors
    the seal, whose head is the chain's hash). So a chunk that no later entry touches must read
    as its text digest says, and no row may lie outside the chunks sealed or touched; in a chunk
    that one does, the rows' hashes now, with each touched
    row put back to the hash its first later change started from, must be the sealed state, and
    each touched row must be as its last change left it. An untouched chunk whose rowids lie in
    a span of leaves ``proven`` as sealed (``_rows_pages_proven``) reads as its digest says
    without being read: only its rows are counted.
    """
    part = scope.seal.get("rows") if scope.after["audit"] else None
    try:
        if not (
            isinstance(part, dict)
            and part["chunk"] == rowcover.ROW_CHUNK
            and isinstance(part["upto"], int)
            and 0 < part["upto"] <= upto
        ):
            return None
        found = rowcover.replay(db, upto, fixed, kept, after=part["upto"])
        if found.breaks or found.forbidden or found.unreadable:
            return None
        rows, tables = 0, {}
        for table in rowcover.PROTECTED:
            sealed: dict[str, list[str]] = part["tables"][table]
            latest, first = found.latest[table], found.first[table]
            chunk_of = rowcover.chunker(db, table)
            touched: dict[int, list[str]] = {}
            for key in latest:
                touched.setdefault(chunk_of(key), []).append(key)
            digests, counted = {}, 0
            untouched = sorted({int(c) for c in sealed} - set(touched))
            spans = proven.get(table, ([], []))[1]
            paged = {
                chunk
                for chunk in untouched
                if spans and pages.covered(spans, *dbapi.chunk_bounds(chunk, rowcover.ROW_CHUNK))
            }
            for chunk in sorted(paged):
                digests[chunk] = sealed[str(chunk)]
                counted += rowcover.chunk_count(db, table, chunk)
            untouched = [chunk for chunk in untouched if chunk not in paged]
            # (A chunk sealed without the digest of its texts, by that of its rows' hashes.)
            stated = [chunk for chunk in untouched if sealed[str(chunk)][0] == ""]
            texted = [chunk for chunk in untouched if sealed[str(chunk)][0] != ""]
            for chunk, count, text in rowcover.chunk_text_digests(db, table, texted):
                if sealed[str(chunk)][0] != text:
                    return None
                digests[chunk] = sealed[str(chunk)]
                counted += count
            for chunk in stated:
                hashes = rowcover.chunk_hashes(db, table, chunk)
                if not hashes or rowcover.state_digest(hashes) != sealed[str(chunk)][1]:
                    return None
                digests[chunk] = sealed[str(chunk)]
                counted += len(hashes)
            for chunk in sorted(touched):
                was = sealed.get(str(chunk))
                now = rowcover.chunk_hashes(db, table, chunk)
                state = dict(now)
                for key in touched[chunk]:
                    if now.get(key) != latest[key]:
                        return None
                    before = first[key]
                    if before is None:
                        state.pop(key, None)
                    else:
                        state[key] = before
                if (rowcover.state_digest(state) if state else None) != (was and was[1]):
                    return None
                if now and scope.sealing:  # (the next seal's digests)
                    digests[chunk] = [
                        rowcover.chunk_text_digest(db, table, chunk)[1],
                        rowcover.state_digest(now),
                    ]
                counted += len(now)
            if counted != rowcover.count_rows(db, table):  # rows in no chunk the seal knows
                return None
            rows += counted
            tables[table] = {str(chunk): digests[chunk] for chunk in sorted(digests)}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError):
        return None  # a seal not of this shape, or a key no chunk can be read by: row by row
    changed = {table: set(keys) for table, keys in found.latest.items() if keys}
    return rows, {"upto": upto, "chunk": rowcover.ROW_CHUNK, "tables": tables}, changed


def _check_signed_entries(db: Database, report: Report, scope: Scope, shared: Shared) -> None:
    """Every action only a supervisor or admin may take, recorded after the site key was made,
    carries the key's signature of its entry; and every signature is sound. (After the newest
    anchored seal: the run that made it checked those before.) And no signature signs no
    entry (of an id after the seal's entries, or below the first). Run right after the rows
    check, on its snapshot, without a seal: the entries that may meet the rule are those its
    replay of the whole log noted (``Shared.audit_named``), not read from the log again."""
    # The signatures of the entries up to the seal, as the run that made it found them
    # (``audit_sql.signatures_digest``): one taken away or put in another's place since (the
    # entry then counts for no document, and a verify after the seal said nothing: found only
    # by ``--full``) has every signature checked again, and named.
    sealed = scope.after["audit"]
    if sealed and scope.seal.get("signatures") != {
        "upto": sealed,
        "digest": audit_sql.signatures_digest(db, sealed),
    }:
        sealed = 0
    if scope.sealing:
        upto = scope.upto["audit"]
        report.seal["signatures"] = {
            "upto": upto,
            "digest": audit_sql.signatures_digest(db, upto),
        }
    report.add_all(
        [
            f"{_row_name('entry_signatures', f'[{audit_id}]')}: signs no audit entry "
            "(added outside sortapp)"
            for audit_id in audit_sql.signatures_of_nothing(db, sealed)
        ],
        "signatures of no entry",
    )
    _check_transfer_keys(db, report, scope)  # (with the site key's row or without)
    standing = _Standing(db, report, scope, from_seal=sealed == scope.after["audit"])
    key = anchors_sql.site_key(db)
    if key is None:
        return
    since = max(audit_sql.first_id(db, "site.key") or 0, sealed)
    readable = sitekey.readable_public_key(key["public_key"])
    sound = sitekey.signature_verifier(key["public_key"])
    messages, count, unchecked = [], 0, 0
    # (What the rows check's replay noted is of the whole log: a run from the seal has none.)
    named = shared.audit_named if sealed == scope.after["audit"] else None
    found = audit_sql.signed_or_named(
        db, since, scope.upto["audit"], SIGNED_ACTIONS, SIGNED_TABLES, named
    )
    for number, uid, user, action, obj, digest, signature in sorted(found):
        if signature is not None and action not in _STANDING_EXEMPT:
            lapsed = standing.lapsed(number, user)
            if lapsed:
                messages.append(
                    phrase(
                        "{what}: signed by {user}, whom the signed user.add and user.set "
                        "entries had made {state} then (their user row changed outside sortapp "
                        "for the moment)",
                        what=_entry_what(db, number, uid, action, obj, user),
                        user=user,
                        state=lapsed,
                    )
                )
        count += 1
        if signature is None:
            messages.append(
                phrase(
                    "{what}: a supervisor's or admin's action (or a change only they may make) "
                    "without the site key's signature "
                    "(appended outside sortapp, or taken by a user who does not hold the key)",
                    what=_entry_what(db, number, uid, action, obj, user),
                )
            )
        elif not readable:
            # Checked against no key, every signature would be named forged: the key is what
            # cannot be trusted, said once below.
            unchecked += 1
        elif not sound(audit_sql.ENTRY_DOMAIN + digest.encode("utf-8"), signature):
            messages.append(
                phrase(
                    "{what}: its signature is not the site key's (forged)",
                    what=_entry_what(db, number, uid, action, obj, user),
                )
            )
    if unchecked:
        messages.append(
            phrase(
                "signed entries: their signatures cannot be checked: the site key ({row}) "
                "cannot be read (changed outside sortapp)",
                row=_row_name("site_signing_key", "[1]"),
            )
        )
    report.add_all(messages, phrase("unsigned or forged entries"))
    report.checked["signed entries"] = count


#: Signed entries whose user's standing is not the log's up to them: a restore's entry is
#: written into the history it brings back, where its admin may be no one.
_STANDING_EXEMPT = frozenset({"restore"})


class _Standing:
    """Each user's role and active flag as the log's ``user.add`` and ``user.set`` entries gave
    them, entry by entry in id order (those entries taken as they read: one not soundly signed
    is named by the signatures check). Every signed entry's user must then have been an active
    supervisor or admin: a demoted supervisor's user row raised for the moment of their window's
    signed actions (a price override at 0.01 USD a carat, a seal, an admin added), put back
    after, passed verify (an attack round, 2026-12-08). After a seal whose run made this check,
    from the seal on, with the standing it kept (``users``)."""

    def __init__(self, db: Database, report: Report, scope: Scope, *, from_seal: bool) -> None:
        sealed = scope.after["audit"]
        kept = scope.seal.get("users") if sealed and from_seal else None
        after, users = 0, {}
        if (
            isinstance(kept, dict)
            and kept.get("upto") == sealed
            and isinstance(kept.get("users"), dict)
        ):
            after, users = sealed, dict(kept["users"])
        upto = scope.upto["audit"]
        self.users: dict[str, Any] = users
        self.events = [
            (number, audit_sql.fold(obj), audit_sql.details(text))
            for number, _uid, _user, _action, obj, text in audit_sql.entries_in(
                db, ("user.add", "user.set"), after, upto
            )
        ]
        self.next = 0
        if scope.sealing:
            final = dict(users)
            for _number, name, details in self.events:
                final[name] = self._state(details, final.get(name))
            report.seal["users"] = {"upto": upto, "users": final}

    @staticmethod
    def _state(details: dict[str, Any], was: Any) -> list[Any]:
        role = details.get("role", was[0] if was else "?")
        active = details.get("active", was[1] if was else True)
        return [str(role), bool(active)]

    def lapsed(self, number: int, user: str) -> str:
        """The state said of ``user`` at entry ``number`` when not an active supervisor or admin
        ("" when they were, or the log gave them none)."""
        while self.next < len(self.events) and self.events[self.next][0] < number:
            _at, name, details = self.events[self.next]
            self.users[name] = self._state(details, self.users.get(name))
            self.next += 1
        state = self.users.get(audit_sql.fold(user))
        if state is None or (state[1] and state[0] in ("supervisor", "admin")):
            return ""
        return _role_state(str(state[0]), bool(state[1]))


def _check_transfer_keys(db: Database, report: Report, scope: Scope) -> None:
    """Every transfer file imported as signed by its sender's pinned key was signed with the
    key the newest ``transfer.trust`` of that sender before it pinned (the log's own, in id
    order: each a signed entry, which the signatures check holds). A pin changed outside
    sortapp for the moment of an import, and put back (its row, its entry's signature, or the
    entry left out of an index), let a file an operator had signed with their own key, or with
    a partner's key replaced as leaked, in with an origin its partner never signed, and verify
    said OK (an attack round, 2026-12-07). After a seal whose run made this check, from the
    seal on, with the pins it kept (``pins``)."""
    sealed = scope.after["audit"]
    kept = scope.seal.get("pins") if sealed else None
    after, pins = 0, {}
    if isinstance(kept, dict) and kept.get("upto") == sealed and isinstance(kept.get("pins"), dict):
        after, pins = sealed, dict(kept["pins"])
    upto = scope.upto["audit"]
    messages = []
    entries = audit_sql.entries_in(db, ("transfer.trust", "transfer.import"), after, upto)
    for number, uid, user, action, obj, text in entries:
        details = audit_sql.details(text)
        if action == "transfer.trust":
            pins[obj] = str(details.get("fingerprint") or "")
            continue
        sender, key = str(details.get("sender") or ""), str(details.get("key") or "")
        if details.get("trust") != "pinned" or pins.get(sender) == key:
            continue
        messages.append(
            phrase(
                "{what}: imported as signed with the key pinned for {sender} ({key}), but the "
                "key the signed pinnings had pinned for {sender} then was {pinned} (the pin "
                "changed outside sortapp for the import)",
                what=_entry_what(db, number, uid, action, obj, user),
                sender=sender,
                key=key or phrase("none"),
                pinned=pins.get(sender) or phrase("none"),
            )
        )
    report.add_all(messages, phrase("transfer files imported under a pin changed outside sortapp"))
    if scope.sealing:
        report.seal["pins"] = {"upto": upto, "pins": pins}


def _entry_what(db: Database, number: int, uid: str, action: str, obj: str, user: str) -> str:
    """``audit entry S-A7 (lot.acknowledge L-1 by sam)``: a signed entry, as a finding names it
    (made only for a finding: tens of thousands of entries are checked)."""
    return phrase(
        "audit entry {uid} ({action} {obj} by {user})",
        uid=integrity.entry_called(db, "audit", uid, number),
        action=action,
        obj=obj,
        user=user,
    )


def _row_name(table: str, key: str, label: str = "") -> str:
    """``lots row [17] (lot L-001)``: the table and key, and what the row is called (unless
    that is not UTF-8: its replacement characters would name nothing)."""
    what = rowcover.LABELS.get(table, ("", ""))[1]
    if label and what and not isinstance(label, dbapi.Undecodable):
        return phrase(
            "{table} row {key} ({what} {label})", table=table, key=key, what=what, label=label
        )
    return phrase("{table} row {key}", table=table, key=key)


# -- the three families of history: each row by row, or up to its seal by digest ---------------


@dataclass(frozen=True)
class Scope:
    """What one run checks of the history: rows up to ``upto`` of each family; those up to the
    seal's ``after`` by the seal's digests, the rest row by row. Passed to worker processes."""

    upto: dict[str, int]
    after: dict[str, int]
    seal: dict[str, Any]  # the newest seal's details ({} when none)
    #: The run records a seal if all is sound: what only a seal needs is made (its digests, its
    #: pages); else only the checks run.
    sealing: bool = False

    def span(self, family: str) -> tuple[int, int]:
        return self.after[family], self.upto[family]

    def unsealed(self, family: str) -> Scope:
        """The same run, with ``family`` checked row by row from its first row."""
        return Scope(self.upto, {**self.after, family: 0}, self.seal, self.sealing)


@dataclass
class Shared:
    """What a check proved that the check run after it, in the same task and so on the same
    snapshot, may rely on (``_after``)."""

    #: The rows check found every protected row as the audit log records it up to this id (0:
    #: it did not, or did not run before) ...
    rows_upto: int = 0
    #: ... by the anchored seal's digests of them, and these rows changed since the seal:
    #: {table: keys as the log records them} (None: by the replay of the whole log).
    rows_changed: dict[str, set[str]] | None = None
    #: The ledger entries check found the sealed entries unchanged and nothing wrong.
    ledger_sealed: bool = False
    #: The audit chain check found the entries up to the anchored seal unchanged (its digests)
    #: and the chain after it sound.
    audit_sealed: bool = False
    #: What the audit chain check's pass over the whole log (no seal, on a file) tallied for
    #: the checkpoints check.
    audit_tally: integrity.AuditTally | None = None
    #: What the rows check's replay of the whole log (no seal, on a file) noted for the
    #: signatures check: the entries that may meet its rule by their action or their rows.
    audit_named: rowcover.Naming | None = None
    #: The balances check found every balance row of the chunks of lots (``BALANCE_CHUNK``) not
    #: in this set as the anchored seal's digests say, the lots of these posted to since its
    #: ledger entries (None: it did not, or did not run before).
    balances_touched: set[int] | None = None


def _none_proven(_first: int, _last: int) -> bool:
    """No chunk (first, last id) proven by pages: each is digested through SQL."""
    return False


def _in_spans(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """The chunks (first, last id) that lie in one of ``spans`` (leaves found as sealed)."""
    return lambda first, last: pages.covered(spans, first, last)


def _sealed_unchanged(
    db: Database,
    scope: Scope,
    family: str,
    proven: Callable[[int, int], bool] = _none_proven,
) -> bool:
    """Tell whether the rows a seal covers still read exactly as when they were verified: each
    chunk's digest as sealed, but for the chunks ``proven`` (first id, last id) tells (a seal
    of pages found the leaves that hold them as they were when that digest was made:
    ``_pages_proven``)."""
    if not scope.after[family]:
        return True
    sealed = scope.seal[family]
    ranges = integrity.chunk_ranges(sealed["upto"], sealed["chunk"])
    refs = sealed.get("refs", {})
    return (
        len(ranges) == len(sealed["chunks"])
        and all(
            integrity.reference_digest(db, table, upto) == digest
            for table, (upto, digest) in refs.items()
        )
        and all(
            proven(first, last) or integrity.chunk_digest(db, family, first, last) == digest
            for (first, last), digest in zip(ranges, sealed["chunks"], strict=True)
        )
    )


def _pages_proven(
    db: Database, scope: Scope, family: str, key: str = "pages", table: str | None = None
) -> tuple[list[pages.SealedLeaf], list[tuple[int, int]]]:
    """The leaves of ``table`` (``family``'s own by default) the seal's seal of pages (its
    part ``key``) proves as they were sealed, and the spans of ids they hold
    (``integrity.pages_proven``): none without one. Made on the snapshot of the run that
    verified the rows up to the seal, and sealed with them, a leaf of the same bytes at its
    place in the tree holds those rows, as sound as they were."""
    part = scope.seal.get(family, {}).get(key) if scope.after[family] else None
    return _part_proven(db, part, table or _FAMILIES[family])


def _part_proven(
    db: Database, part: Any, table: str
) -> tuple[list[pages.SealedLeaf], list[tuple[int, int]]]:
    """What a seal's part for the pages of ``table`` ({"digest": ...}) proves
    (``integrity.pages_proven``): nothing where it is missing or malformed."""
    if not isinstance(part, dict) or not isinstance(part.get("digest"), str):
        return [], []
    return integrity.pages_proven(db, table, part["digest"])


@dataclass
class _LedgerPages:
    """What the seal's pages prove of the sealed ledger entries (``_ledger_pages``)."""

    entries: list[pages.SealedLeaf]  # the journal's leaves found as sealed
    lines: list[pages.SealedLeaf]  # the postings' leaves found as sealed
    chunks: set[tuple[int, int]]  # the chunks (first, last id) they prove whole


def _ledger_pages(db: Database, scope: Scope) -> _LedgerPages:
    """A chunk of ledger entries is its journal rows and every posting that names one of them
    (``integrity.chunk_digest``). It reads as sealed without SQL when the journal's leaves
    that hold it are found as sealed, and so are the postings' leaves that held its lines
    (the span of ids the sealing run found them in, its own lines alone: ``line_spans``), no
    posting outside such spans names one of its entries (``lines_outside``: a line added, or
    moved from a leaf not as sealed), and the index its text reads its lines by holds the
    same keys as when sealed (``line_keys_digest``)."""
    entries, spans = _pages_proven(db, scope, "journal")
    lines, line_proven = _pages_proven(db, scope, "journal", "lines", "postings")
    found = _LedgerPages(entries, lines, set())
    sealed = scope.seal.get("journal", {})
    part = sealed.get("lines")
    kept = part.get("spans") if spans and line_proven and isinstance(part, dict) else None
    ranges = integrity.chunk_ranges(sealed.get("upto", 0), sealed.get("chunk"))
    whole = _line_spans_kept(kept, len(ranges))
    if whole is None:
        return found
    keys = part.get("keys") if isinstance(part, dict) else None
    if not isinstance(keys, list) or len(keys) != len(ranges):
        return found
    # The lines known to name the chunk they named when sealed: those in a chunk's span whose
    # leaves are found as sealed (a span partly so, such as the last one's, in part).
    named = integrity.lines_outside(db, _meet(whole, line_proven), ranges[-1][1])
    size = sealed["chunk"]
    tainted = {(journal - 1) // size for journal in named if journal >= 1}
    found.chunks = {
        (first, last)
        for n, ((first, last), span, key) in enumerate(zip(ranges, kept or (), keys, strict=True))
        if n not in tainted
        and pages.covered(spans, first, last)
        and (span is None or pages.covered(line_proven, *span))
        # (Last, the one read that costs: the index the chunk's text reads its lines by.)
        and integrity.line_keys_digest(db, first, last) == key
    }
    return found


def _meet(
    one: Sequence[tuple[int, int]], other: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ids in both ``one`` and ``other`` (each a sorted list of spans apart), as spans."""
    met, i, j = [], 0, 0
    while i < len(one) and j < len(other):
        low, high = max(one[i][0], other[j][0]), min(one[i][1], other[j][1])
        if low <= high:
            met.append((low, high))
        if one[i][1] < other[j][1]:
            i += 1
        else:
            j += 1
    return met


def _line_spans_kept(kept: Any, chunks: int) -> list[tuple[int, int]] | None:
    """The spans of lines (``line_spans``) a seal keeps for its ``chunks`` chunks of ledger
    entries, those of chunks with lines, in order; None where not of that shape."""
    if not chunks or not isinstance(kept, list) or len(kept) != chunks:
        return None
    whole = [span for span in kept if span is not None]
    if not all(
        isinstance(span, list)
        and len(span) == 2
        and all(type(i) is int for i in span)
        and span[0] <= span[1]
        for span in whole
    ):
        return None
    spans = [(first, last) for first, last in whole]
    if any(before[1] >= after[0] for before, after in itertools.pairwise(spans)):
        return None
    return spans


def _seal_ledger_pages(db: Database, upto: int, proven: _LedgerPages) -> dict[str, Any]:
    """The seal of pages of the ledger entries up to ``upto`` (this snapshot's, just found
    sound): {"pages": the journal's, "lines": the postings' with each chunk's span of lines};
    {} where either cannot be made."""
    entries = integrity.seal_pages(db, "journal", upto, proven.entries)
    spans = integrity.line_spans(db, integrity.chunk_ranges(upto)) if entries else None
    last = max((span[1] for span in spans or () if span is not None), default=None)
    if spans is None or last is None:
        return {}
    lines = integrity.seal_pages(db, "postings", last, proven.lines)
    if not lines:
        return {}
    keys = [integrity.line_keys_digest(db, *chunk) for chunk in integrity.chunk_ranges(upto)]
    return {"pages": entries, "lines": {**lines, "spans": spans, "keys": keys}}


def _seal_of(
    db: Database,
    scope: Scope,
    family: str,
    rows: int,
    made: dict[tuple[int, int], str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A family's part of the next seal: digests of its chunks up to ``upto`` (those the last
    seal holds, and that this run found unchanged, are kept; those in ``made``, digested by
    this run's pass over them, are taken)."""
    upto = scope.upto[family]
    old = scope.seal.get(family, {}) if scope.after[family] else {}
    sealed = integrity.chunk_ranges(old.get("upto", 0), old.get("chunk"))
    kept = {**dict(zip(sealed, old.get("chunks", []), strict=True)), **(made or {})}
    chunks = [
        kept.get((first, last)) or integrity.chunk_digest(db, family, first, last)
        for first, last in integrity.chunk_ranges(upto)
    ]
    return {"upto": upto, "rows": rows, "chunk": integrity.CHUNK, "chunks": chunks, **extra}


def _check_before_first(db: Database, report: Report, family: str) -> None:
    """Rows of a family of history of an id below 1: every pass over the history, and every
    seal's digests, read ids from 1 on (sortapp's first), so such a row is named here or
    nowhere (a ledger entry of id 0 with lines adding up to nothing, their balances made by
    the ledger's trigger, was found by no check)."""
    report.add_all(
        (
            _below_first(family, integrity.entry_called(db, _FAMILIES[family], uid))
            for uid in integrity.uids_before_first(db, _FAMILIES[family])
        ),
        _BELOW_FIRST[family],
    )


#: What is said of the rows of a family of history of an id below the first beyond those
#: listed, and of those after a gap in the ids.
_BELOW_FIRST = {
    "audit": phrase("audit entries below the first"),
    "journal": phrase("ledger entries below the first"),
    "entries": phrase("sorting entries below the first"),
}
_AFTER_GAP = {
    "audit": phrase("audit entries after a gap in the ids"),
    "journal": phrase("ledger entries after a gap in the ids"),
    "entries": phrase("sorting entries after a gap in the ids"),
}


def _below_first(family: str, uid: str) -> str:
    """What is said of a row of a family of history of an id below the first."""
    if family == "audit":
        return phrase(
            "audit entry {uid}: its id is below the first (added outside sortapp)", uid=uid
        )
    if family == "journal":
        return phrase(
            "ledger entry {uid}: its id is below the first (added outside sortapp)", uid=uid
        )
    return phrase("sorting entry {uid}: its id is below the first (added outside sortapp)", uid=uid)


def _after_gap(family: str, uid: str, number: int) -> str:
    """What is said of a row of a family of history whose id follows a gap in the ids."""
    if family == "audit":
        return phrase(
            "audit entry {uid}: its id {number} follows a gap in the ids (sortapp numbers "
            "audit entries one after another: added outside sortapp, or those before it "
            "deleted)",
            uid=uid,
            number=number,
        )
    if family == "journal":
        return phrase(
            "ledger entry {uid}: its id {number} follows a gap in the ids (sortapp numbers "
            "ledger entries one after another: added outside sortapp, or those before it "
            "deleted)",
            uid=uid,
            number=number,
        )
    return phrase(
        "sorting entry {uid}: its id {number} follows a gap in the ids (sortapp numbers "
        "sorting entries one after another: added outside sortapp, or those before it "
        "deleted)",
        uid=uid,
        number=number,
    )


def _check_reversals_of_nothing(db: Database, report: Report, family: str) -> None:
    """Entries of a family (ledger, sorting) that reverse an entry that is not there, or one of
    an id below 1: named whether a seal covers them or not (a seal made by an earlier sortapp
    may: the sealed digests of sorting entries hold the uid of the entry reversed, none for one
    not there; and a ledger entry's lines and hash are alike whether its reversed entry is
    there or not), so that no seal is recorded over them either."""
    ledger_entries = family == "journal"
    messages: list[str] = []
    table = _FAMILIES[family]
    for found, reverses, reversed_found in integrity.reversals_of_nothing(db, table):
        uid = integrity.entry_called(db, table, found)
        reversed_uid = (
            None
            if reversed_found is None
            else integrity.entry_called(db, table, reversed_found, reverses)
        )
        if reversed_uid is None and ledger_entries:
            messages.append(
                phrase(
                    "ledger entry {uid}: reverses id {reverses}, which is no ledger entry "
                    "(changed outside sortapp)",
                    uid=uid,
                    reverses=reverses,
                )
            )
        elif reversed_uid is None:
            messages.append(
                phrase(
                    "sorting entry {uid}: reverses id {reverses}, which is no sorting entry "
                    "(changed outside sortapp)",
                    uid=uid,
                    reverses=reverses,
                )
            )
        elif ledger_entries:
            messages.append(
                phrase(
                    "ledger entry {uid}: reverses ledger entry {reversed} of id {reverses}, "
                    "below the first (added outside sortapp)",
                    uid=uid,
                    reversed=reversed_uid,
                    reverses=reverses,
                )
            )
        else:
            messages.append(
                phrase(
                    "sorting entry {uid}: reverses sorting entry {reversed} of id {reverses}, "
                    "below the first (added outside sortapp)",
                    uid=uid,
                    reversed=reversed_uid,
                    reverses=reverses,
                )
            )
    what = (
        phrase("ledger entries reversing none")
        if ledger_entries
        else phrase("sorting entries reversing none")
    )
    report.add_all(messages, what)


def _check_after_gaps(db: Database, report: Report, family: str, span: tuple[int, int]) -> None:
    """sortapp numbers the rows of a family of history one after another (each the greatest id
    so far plus one): where the span (after, upto] holds fewer rows than ids (``count``, as a
    pass over them counted), each row whose id follows a gap is named: added outside sortapp
    (an id forged far beyond the rest, 2 ** 62, among them), or the rows before it deleted."""
    report.add_all(
        (
            _after_gap(family, integrity.entry_called(db, _FAMILIES[family], uid, number), number)
            for number, uid in integrity.rows_after_gaps(db, _FAMILIES[family], span)
        ),
        _AFTER_GAP[family],
    )


def _check_audit(db: Database, report: Report, scope: Scope, shared: Shared | None = None) -> None:
    _check_before_first(db, report, "audit")
    known, spans = _pages_proven(db, scope, "audit")
    if not _sealed_unchanged(db, scope, "audit", _in_spans(spans)):
        _check_audit_row_by_row(db, report, scope.upto["audit"])
        return
    after, upto = scope.span("audit")
    heads = scope.seal["audit"]["heads"] if after else {}
    # The chunks the pass reads whole, digested on the way (for a seal to be made); and, of the
    # whole log, what the checkpoints check reads of it (``_check_checkpoints``).
    made: dict[tuple[int, int], str] | None = {} if scope.sealing else None
    whole = not after and shared is not None and dbapi.sqlite(db)  # (a server's pass tallies none)
    tally = integrity.AuditTally(_site_code(db)) if whole else None
    misnamed: list[str] = []
    count, bad, heads = integrity.audit_pass(db, after, upto, heads, made, tally, misnamed)
    if bad:  # say exactly which entries, by the plain definition
        _check_audit_row_by_row(db, report, upto)
        return
    if after and scope.seal.get("uids") != {"audit": after, "rules": UIDS_RULES}:
        # A seal made before the pass held each uid to its place: the sealed entries too.
        misnamed[:0] = integrity.misnamed_audit(db, (0, after))
    report.add_all([_misnamed(uid) for uid in misnamed], phrase("audit entries"))
    if count != upto - after:
        _check_after_gaps(db, report, "audit", (after, upto))
    rows = (scope.seal["audit"]["rows"] if after else 0) + count
    report.checked["audit entries"] = rows
    if scope.sealing and not report.problems:
        # (Its pages, for a seal: the leaves of these entries, found sound on this snapshot.)
        sealed_pages = integrity.seal_pages(db, "audit", upto, known)
        extra = {"pages": sealed_pages} if sealed_pages else {}
        report.seal["audit"] = _seal_of(db, scope, "audit", rows, made, heads=heads, **extra)
        report.seal["uids"] = {"audit": upto, "rules": UIDS_RULES}
    if shared is not None:
        shared.audit_sealed = bool(after)
        shared.audit_tally = tally


def _site_code(db: Database) -> str:
    """This site's code, '' without a site row (as the checkpoints check reads it)."""
    found = records.get_site(db)
    return found.code if found else ""


def _misnamed(uid: str) -> Phrase:
    return phrase(
        "audit entry {uid}: its uid is not that of its place in the log (written outside "
        "sortapp: sortapp's next entry under that uid would be refused)",
        uid=uid,
    )


def _check_audit_row_by_row(db: Database, report: Report, upto: int) -> None:
    """The plain definition, entry by entry in Python, from the first entry."""
    last: dict[str, str] = {}
    messages, n = [], 0
    for row in integrity.iter_audit(db, upto):
        number, uid, code, at, user, action, obj, details, rows, prev, digest = row
        n += 1
        named = integrity.entry_called(db, "audit", uid, number)
        if dbapi.undecodable(*row):
            messages.append(phrase("audit entry {uid}: {problem}", uid=named, problem=_NOT_UTF8))
        if prev != last.get(code, GENESIS_HASH):
            messages.append(
                phrase(
                    "audit entry {uid}: the chain is broken (previous hash does not match)",
                    uid=named,
                )
            )
        if audit_hash(prev, uid, code, at, user, action, obj, details, rows) != digest:
            messages.append(
                phrase("audit entry {uid}: its content does not match its hash", uid=named)
            )
        if uid != uids.audit(code, number):
            messages.append(_misnamed(named))
        last[code] = digest
    if n != upto:  # (ids from 1 on: those below are ``_check_before_first``'s)
        _check_after_gaps(db, report, "audit", (0, upto))
    report.add_all(messages, phrase("audit entries"))
    report.checked["audit entries"] = n


def _check_journals(db: Database, report: Report, scope: Scope, shared: Shared) -> None:
    _check_before_first(db, report, "journal")
    _check_reversals_of_nothing(db, report, "journal")
    proven = _ledger_pages(db, scope)
    if not _sealed_unchanged(db, scope, "journal", lambda *chunk: chunk in proven.chunks):
        scope = scope.unsealed("journal")
    span = scope.span("journal")
    # The audit records of these entries: those after the seal, or all of them.
    audit = scope.span("audit") if span[0] else (0, scope.upto["audit"])
    count, found = integrity.journal_hash_pass(db, *span)
    messages: list[str] = []
    for batch in _batches(found):
        for head, lines in ledger.iter_canonical_journals(db, batch):
            named = integrity.entry_called(db, "journal", head["uid"], head["id"])
            if dbapi.undecodable(*head.values(), *(value for line in lines for value in line)):
                messages.append(
                    phrase(
                        "ledger entry {uid}: {problem} (its own or a row's it names)",
                        uid=named,
                        problem=_NOT_UTF8,
                    )
                )
            # Read back from STRICT integer columns: no float can be there to refuse.
            if fingerprint(journal_canonical(head, lines), check=False) != head["hash"]:
                messages.append(
                    phrase("ledger entry {uid}: its lines do not match its hash", uid=named)
                )
    report.add_all(messages, phrase("ledger entries"))
    if count != span[1] - span[0]:
        _check_after_gaps(db, report, "journal", span)
    total, matched, bad = integrity.journal_record_counts(db, _JOURNAL_RECORDS, audit, span)
    if matched != total or bad:
        unrecorded, missing = integrity.journal_record_problems(db, _JOURNAL_RECORDS, audit, span)
        for uid in unrecorded:
            report.add(
                phrase(
                    "ledger entry {uid}: not recorded as such in the audit log",
                    uid=integrity.entry_called(db, "journal", uid),
                )
            )
        for uid in missing:
            report.add(
                phrase("ledger entry {uid}: in the audit log but missing from the ledger", uid=uid)
            )
        if not unrecorded and not missing:
            report.add(
                phrase(
                    "ledger: {bad} audit records name ledger entries that differ from them",
                    bad=bad,
                )
            )
    for uid in ledger.unbalanced_journals(db, span):
        report.add(
            phrase(
                "ledger entry {uid}: carats or stones do not balance",
                uid=integrity.entry_called(db, "journal", uid),
            )
        )
    # What each kind of entry may move: after a seal whose run held its entries to it, those
    # after it; else every entry (a seal made before this rule was).
    sealed = {"journal": span[0], "rules": ledger.MOVES_RULES}
    moved = span if scope.seal.get("moves") == sealed and span[0] else None
    entries = scope.span("entries") if moved else None
    for uid in ledger.misplaced_journals(db, moved or (0, scope.upto["journal"]), entries):
        report.add(
            phrase(
                "ledger entry {uid}: moves goods as no entry of its kind does (from or to the "
                "world, another lot, category or parcel, or the wrong way; appended outside "
                "sortapp)",
                uid=integrity.entry_called(db, "journal", uid),
            )
        )
    for uid in integrity.reversed_twice(db, "journal"):
        report.add(
            phrase(
                "ledger entry {uid}: reversed twice (sortapp reverses an entry once; "
                "changed outside sortapp)",
                uid=integrity.entry_called(db, "journal", uid),
            )
        )
    for uid in ledger.second_closings(db):
        report.add(
            phrase(
                "ledger entry {uid}: a second closing of its lot's sorting (a lot is closed "
                "once; appended outside sortapp)",
                uid=integrity.entry_called(db, "journal", uid),
            )
        )
    rows = (scope.seal["journal"]["rows"] if span[0] else 0) + count
    report.checked["ledger entries"] = rows
    if not report.problems:
        shared.ledger_sealed = bool(span[0])
    if scope.sealing and not report.problems:
        # The sealed entries are stored rows plus the rows they name (lots, parcels, categories,
        # users), whose names their canonical texts hold: those are sealed too.
        refs = {}
        for table, _column in integrity.REFERENCED:
            upto = integrity.max_id(db, table)
            refs[table] = [upto, integrity.reference_digest(db, table, upto)]
        extra = _seal_ledger_pages(db, scope.upto["journal"], proven)
        report.seal["journal"] = _seal_of(db, scope, "journal", rows, refs=refs, **extra)
        report.seal["moves"] = {"journal": scope.upto["journal"], "rules": ledger.MOVES_RULES}


def _entry_number(uid: str) -> int:
    return uids.number(uid, uids.ENTRY)


@dataclass(frozen=True)
class _Import:
    """What the audit entry of an import of a sorting file says: the span of new entries it made
    (ids and uids), how many, their digest, the file."""

    audit: str  # (the audit entry's uid)
    first: int
    last: int
    first_uid: str
    last_uid: str
    entries: int
    digest: str
    file: str | None


def _import_said(audit: str, details: str) -> _Import | None:
    """An import's audit entry read (``sorting.import_entries``); None where its details are not
    as sortapp writes them: no JSON object, no span of entry uids, no count, no digest."""
    try:
        said = json.loads(details)
        first_uid, last_uid = said["first"], said["last"]
        found = _Import(
            audit,
            _entry_number(first_uid),
            _entry_number(last_uid),
            first_uid,
            last_uid,
            said["entries"],
            said["digest"],
            said.get("file"),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    kinds = (
        type(found.entries) is int,
        isinstance(found.digest, str),
        found.file is None or isinstance(found.file, str),
    )
    return found if all(kinds) and found.first <= found.last else None


def _entries_called(first_uid: str, last_uid: str) -> str:
    """``sorting entries S-E4..S-E9``; ``sorting entry S-E4`` for one."""
    if first_uid == last_uid:
        return phrase("sorting entry {uid}", uid=first_uid)
    return phrase("sorting entries {first}..{last}", first=first_uid, last=last_uid)


def _imports_of(db: Database, report: Report, audit: tuple[int, int]) -> list[_Import]:
    """The imports recorded in the audit span (after, upto], each checked against the entries
    it says it made (their count and digest); one that cannot be read is named (forged)."""
    imported: list[_Import] = []
    for uid, details in integrity.audit_details_of(db, ("sort.import",), audit):
        said = _import_said(uid, details)
        if said is None:
            report.add(
                phrase(
                    "audit entry {uid}: an import of a sorting file that does not say which "
                    "entries it made, as sortapp writes it (forged)",
                    uid=integrity.entry_called(db, "audit", uid),
                )
            )
            continue
        members = integrity.entries_between(db, said.first, said.last)
        if len(members) != said.entries or entries_digest(members) != said.digest:
            report.add(
                phrase(
                    "{entries}: do not match the audit log of their import",
                    entries=_entries_called(said.first_uid, said.last_uid),
                )
            )
        imported.append(said)
    return imported


def _check_entries(db: Database, report: Report, scope: Scope) -> None:
    """Every entry is in the audit log: one by one (typed) or in an import's digest."""
    _check_before_first(db, report, "entries")
    _check_reversals_of_nothing(db, report, "entries")
    known, proven = _entries_pages(db, scope)
    if not _sealed_unchanged(db, scope, "entries", proven):
        scope = scope.unsealed("entries")
    span = scope.span("entries")
    # The audit records of these entries: those after the seal, or all of them.
    audit = scope.span("audit") if span[0] else (0, scope.upto["audit"])
    imported = _imports_of(db, report, audit)
    # The entries the imports made, each once (only new ones: an import of older ones is named).
    ranges = integrity.merge_spans(
        [(max(i.first, span[0] + 1), min(i.last, span[1])) for i in imported]
    )
    typed = integrity.recorded_in_spans(db, _ENTRY_ACTIONS, audit, ranges)
    covered = integrity.rows_in_spans(db, "sort_entries", ranges) - len(typed)
    _records, matched, bad = integrity.entry_record_counts(db, _ENTRY_ACTIONS, audit, span)
    # Each entry counted once: an import's entries are new ones, its own, typed by no one
    # (else entries counted twice would hide as many recorded nowhere).
    messages: list[str] = _import_span_problems(db, imported, span, typed)
    messages += _entry_file_problems(db, scope.upto["audit"])
    if bad:
        for row in integrity.entry_record_differences(db, _ENTRY_ACTIONS, audit):
            _id, obj, details, uid, lot, category, loss, mct, stones, reason, reverses = row
            data = json.loads(details)
            data.pop("request", None)  # the app's request id: no fact of the entry
            expected = {
                "entry": uid,
                "category": category,
                "loss_type": loss,
                "mct": mct,
                "stones": None if stones is None else json.loads(stones),
                "reverses": reverses,
                "reason": reason,
            }
            if uid is None:
                messages.append(
                    phrase(
                        "sorting entry {uid}: in the audit log but not stored",
                        uid=data.get("entry", "?"),
                    )
                )
            elif obj != lot or data != expected:
                messages.append(
                    phrase(
                        "sorting entry {uid}: does not match the audit log",
                        uid=integrity.entry_called(db, "sort_entries", uid),
                    )
                )
    messages += _reversal_problems(db, audit, span)
    messages += [
        phrase(
            "sorting entry {uid}: reversed twice (sortapp reverses an entry once; changed "
            "outside sortapp)",
            uid=integrity.entry_called(db, "sort_entries", uid),
        )
        for uid in integrity.reversed_twice(db, "sort_entries")
    ]
    messages += [
        phrase("sorting entry {uid}: {problem}", uid=uid, problem=_NOT_UTF8)
        for uid in integrity.rows_not_utf8(db, "sort_entries", span)
    ]
    # After a seal made before this rule was, every entry (as ``moves``).
    stones_sealed = scope.seal.get("stones")
    held = (
        isinstance(stones_sealed, dict)
        and stones_sealed.get("entries") == span[0]
        and stones_sealed.get("rules") == STONES_RULES
    )
    stones_span = span if held else (0, span[1])
    # (An operator's own session on the facility server entered +0.010 ct and -10 stones:
    # others' counts cut down, a stone difference hidden from the two-person rule; an attack
    # round, 2026-12-06. The app refuses stones below 0; the server's guard reads the carats.)
    for uid, loss in integrity.stones_out_of_rule(db, stones_span):
        messages.append(
            phrase(
                "sorting entry {uid}: a loss with stones (sortapp weighs a loss, never counts "
                "it: counted stones written off as one; added outside sortapp)",
                uid=uid,
            )
            if loss
            else phrase(
                "sorting entry {uid}: takes stones off without reversing an entry (sortapp takes "
                "stones off only by a correction; added outside sortapp)",
                uid=uid,
            )
        )
    # Goods no stones of their size class could weigh (an operator's patched sortapp on a
    # file wrote 132 stones of 300 ct into a class of 5.00-7.99 ct a stone: an attack round;
    # the app refuses them since 2026-12-06, the server from any user's session), from where
    # the log says they were held (``audit.bands_held_after``: an upgraded file's earlier
    # entries took any count).
    # (What the seal's run found of where they are held; else read from the log.)
    bands_after = (
        stones_sealed.get("bands")
        if held and isinstance(stones_sealed, dict) and "bands" in stones_sealed
        else audit_sql.bands_held_after(db)
    )
    if isinstance(bands_after, int):
        messages += [
            _out_of_band(uid, kind)
            for uid, kind in integrity.entries_out_of_band(db, stones_span, bands_after)
        ]
    # (The same round wrote weighings for the next 500 entries' ids: every sorting entry of
    # the site was refused after, and verify said OK.)
    messages += [
        phrase(
            "weighing #{id}: of a sorting entry that is not there (written outside sortapp: "
            "sortapp's entry of that id would be refused)",
            id=number,
        )
        for number in integrity.weighings_of_no_entry(db, span[0])
    ]
    total = integrity.count_rows(db, "sort_entries", span)
    if total != span[1] - span[0]:
        _check_after_gaps(db, report, "entries", span)
    if matched + covered != total:
        for uid in integrity.unrecorded_entries(db, _ENTRY_ACTIONS, span, ranges):
            messages.append(
                phrase(
                    "sorting entry {uid}: does not match the audit log",
                    uid=integrity.entry_called(db, "sort_entries", uid),
                )
            )
        messages.append(
            phrase(
                "sorting entries: {stored} stored, {recorded} in the audit log",
                stored=total,
                recorded=matched + covered,
            )
        )
    report.add_all(messages, phrase("sorting entries"))
    # Each weighing held to itself and to the entry or check it weighed (after a seal made by
    # these rules, those since it).
    sealed = scope.seal.get("weighed")
    if isinstance(sealed, dict) and sealed.get("rules") == weighed.WEIGHED_RULES:
        sealed = sealed.get("weighings")
    weighings_after = sealed if span[0] and isinstance(sealed, int) and sealed > 0 else 0
    found, weighings_upto = weighed.problems(db, weighings_after, span[0] if weighings_after else 0)
    report.add_all(found, phrase("weighings"))
    rows = (scope.seal["entries"]["rows"] if span[0] else 0) + total
    report.checked["sorting entries"] = rows
    if scope.sealing and not report.problems:
        extra = _seal_entries_pages(db, scope.upto["entries"], known)
        report.seal["entries"] = _seal_of(db, scope, "entries", rows, **extra)
        report.seal["stones"] = {
            "entries": scope.upto["entries"],
            "rules": STONES_RULES,
            "bands": bands_after,
        }
        report.seal["weighed"] = {"weighings": weighings_upto, "rules": weighed.WEIGHED_RULES}


def _out_of_band(uid: str, kind: str) -> str:
    """What verify says of a sorting entry ``integrity.entries_out_of_band`` found."""
    if kind == "special":
        return phrase(
            "sorting entry {uid}: specials not recorded one counted stone an entry (sortapp "
            "records each special alone; added outside sortapp)",
            uid=uid,
        )
    if kind == "none":
        return phrase(
            "sorting entry {uid}: goods counted as no stones (sortapp records goods it did not "
            "count as not counted; added outside sortapp)",
            uid=uid,
        )
    return phrase(
        "sorting entry {uid}: no stones of its size class could weigh its carats as "
        "counted (sortapp refuses such goods; added outside sortapp)",
        uid=uid,
    )


def _import_span_problems(
    db: Database,
    imported: list[_Import],
    span: tuple[int, int],
    typed: list[tuple[int, str]],
) -> list[str]:
    """What is wrong with the spans of entries the imports claim: an import makes new entries
    (in the span of entries checked, ``span``), no two claim the same, and no typed record
    names one (``typed``: (id, uid) of the entries of the spans that one names)."""
    messages: list[str] = []
    for said in imported:
        if said.first <= span[0] or said.last > span[1]:
            messages.append(
                phrase(
                    "audit entry {uid}: imports {entries}, which are not new entries (made "
                    "before the import, or not there)",
                    uid=integrity.entry_called(db, "audit", said.audit),
                    entries=_entries_called(said.first_uid, said.last_uid),
                )
            )
    ordered = sorted(imported, key=lambda i: (i.first, i.last))
    for before, after in itertools.pairwise(ordered):
        if after.first <= before.last:
            messages.append(
                phrase(
                    "audit entries {one} and {other}: both import {entries}",
                    one=integrity.entry_called(db, "audit", before.audit),
                    other=integrity.entry_called(db, "audit", after.audit),
                    entries=_entries_called(
                        after.first_uid,
                        before.last_uid if before.last <= after.last else after.last_uid,
                    ),
                )
            )
    for entry, uid in typed[:_LISTED]:
        claims = ", ".join(
            integrity.entry_called(db, "audit", i.audit)
            for i in ordered
            if i.first <= entry <= i.last
        )
        messages.append(
            phrase(
                "sorting entry {uid}: recorded both as typed and in the import of a file (audit "
                "entry {audit}); one of the two audit entries is forged",
                uid=integrity.entry_called(db, "sort_entries", uid, entry),
                audit=claims,
            )
        )
    if len(typed) > _LISTED:
        messages.append(
            phrase(
                "{count} more sorting entries recorded both as typed and in the import of a file",
                count=len(typed) - _LISTED,
            )
        )
    return messages


def _entry_file_problems(db: Database, upto: int) -> list[str]:
    """Each ``entry_files`` row was written by the import of a sorting file that records it,
    and says what that import's audit entry says (its first and last entry, its file, who);
    no two rows claim the same entry, and no entry of a row's span has a weighing of its own.
    (Row coverage proves each row is as an audit entry recorded it; this, that the entry is the
    import it must be: no operator's unsigned entry of another kind makes one, and no file
    claims typed entries.) The whole table, each time: one row per import; of the log, only
    the imports whose first entry is a row's (read by the index of actions: a record missing
    from it leaves a row unrecorded, named; so does an import that records a row but says
    another first entry, named as recording none rather than as differing)."""
    rows = integrity.entry_files_rows(db)
    if not rows:
        return []
    firsts = {row[1] for row in rows}
    recorded: dict[str, list[tuple[str, tuple[Any, ...] | None]]] = {}
    for audit_id, uid, user, details in integrity.imports_recorded(db, upto):
        said = _import_said(uid, details)
        if said is None or said.first not in firsts:
            continue  # (records no row of the table, or is named as forged)
        try:
            text = integrity.audit_rows_text(db, audit_id)
            changes = [c for c in rowcover.changes_of(text) if c[0] == "entry_files"]
        except ValueError:
            continue  # (not readable: the rows check names it)
        for _table, key, before, _after in changes:
            # (An import writes one row: a second, or a change of one, is no import's.)
            facts = (said.first, said.last, said.file, user)
            recorded.setdefault(key, []).append(
                (uid, facts if before is None and len(changes) == 1 else None)
            )
    messages: list[str] = []
    for row_id, first, last, file, first_uid, last_uid, user in rows:
        key = json.dumps([row_id])
        name = phrase(
            "{row} ({entries}, from file {file})",
            row=_row_name("entry_files", key),
            entries=_entries_called(first_uid, last_uid),
            file=file,
        )
        found = recorded.get(key)
        if not found:
            messages.append(
                phrase(
                    "{name}: no import of a sorting file records it (added outside sortapp, "
                    "or recorded by a forged audit entry)",
                    name=name,
                )
            )
        elif any(said != (first, last, file, user) for _uid, said in found):
            messages.append(
                phrase(
                    "{name}: differs from the import that records it (audit entry {uid})",
                    name=name,
                    uid=integrity.entry_called(db, "audit", found[0][0]),
                )
            )
    for one, other in itertools.pairwise(rows):
        if other[1] <= one[2]:
            messages.append(
                phrase(
                    "{one} (file {file}) and {other} (file {other_file}): both claim sorting "
                    "entry {uid}",
                    one=_row_name("entry_files", json.dumps([one[0]])),
                    file=one[3],
                    other=_row_name("entry_files", json.dumps([other[0]])),
                    other_file=other[3],
                    uid=other[4],
                )
            )
    for first, last, file, count in integrity.weighed_file_entries(db):
        messages.append(
            phrase(
                "{entries}: imported from file {file}, whose weights they have, yet with "
                "weighings of their own: {n} (one or the other was added outside sortapp)",
                entries=_entries_called(first, last),
                file=file,
                n=count,
            )
        )
    return messages


#: The names a sorting entry's text holds of the rows it refers to (``integrity._CHUNK_SQL``):
#: its lot's number, its category's code. (The uid of the entry it reverses is in that entry's
#: own chunk, sealed and checked as this one is.)
_ENTRY_NAMES = (("lots", "number"), ("categories", "code"))


def _entries_pages(
    db: Database, scope: Scope
) -> tuple[list[pages.SealedLeaf], Callable[[int, int], bool]]:
    """The leaves of the sorting entries the seal's seal of pages proves as sealed, and which
    chunks (first, last id) they prove whole: those in a span of them, while the names their
    texts hold of other rows are as sealed (a digest of each such table's (id, name) up to
    the greatest id then); else none, and the chunks are digested through SQL."""
    known, spans = _pages_proven(db, scope, "entries")
    names = scope.seal["entries"]["pages"].get("names") if spans else None
    try:
        if not isinstance(names, dict) or set(names) != {t for t, _c in _ENTRY_NAMES}:
            return known, _none_proven
        for table, column in _ENTRY_NAMES:
            upto, digest = names[table]
            if not (type(upto) is int and 0 <= upto <= dbapi.LARGEST):
                return known, _none_proven
            if integrity.reference_digest(db, table, upto, column) != digest:
                return known, _none_proven
    except (TypeError, ValueError):
        return known, _none_proven
    return known, _in_spans(spans)


def _seal_entries_pages(
    db: Database, upto: int, known: Sequence[pages.SealedLeaf]
) -> dict[str, Any]:
    """The seal of pages of the sorting entries up to ``upto`` (this snapshot's, just found
    sound), with the digests of the names their texts hold (``_entries_pages``); {} where it
    cannot be made."""
    made = integrity.seal_pages(db, "sort_entries", upto, known)
    if not made:
        return {}
    names = {}
    for table, column in _ENTRY_NAMES:
        most = integrity.max_id(db, table)
        names[table] = [most, integrity.reference_digest(db, table, most, column)]
    return {"pages": {**made, "names": names}}


def _reversal_problems(db: Database, audit: tuple[int, int], span: tuple[int, int]) -> list[str]:
    """Carats come off only by a reversal, recorded as one: ``sort.correct`` (a supervisor's,
    signed: ``_check_signed_entries``) or ``sort.undo``, an operator's of the lot's last entry,
    their own, with a reason (``services.sorting._check_own_last``; the server's guard
    ``sortapp_own_last_entry`` says the same); a reversal reverses its entry exactly, and
    ``sort.add`` and ``sort.loss`` never record one."""
    messages: list[str] = []
    for fact in integrity.reversal_facts(db, audit, span):
        found, lot, mct, reversed_found, exact, latest, blank, author, owner, actions, undoer = fact
        uid = integrity.entry_called(db, "sort_entries", found)
        reversed_uid = (
            None
            if reversed_found is None
            else integrity.entry_called(db, "sort_entries", reversed_found)
        )
        recorded = actions.split(",") if actions else []
        if reversed_uid is None:
            if mct < 0:
                messages.append(
                    phrase(
                        "sorting entry {uid}: takes {ct} ct off but reverses no entry",
                        uid=uid,
                        ct=format_mct(-mct),
                    )
                )
            messages += [
                phrase(
                    "sorting entry {uid}: recorded as {action} but reverses no entry",
                    uid=uid,
                    action=action,
                )
                for action in _REVERSALS
                if action in recorded
            ]
            continue
        messages += [
            phrase(
                "sorting entry {uid}: reverses entry {reversed} but is recorded as {action} "
                "(a reversal is recorded as sort.correct or sort.undo)",
                uid=uid,
                reversed=reversed_uid,
                action=action,
            )
            for action in sorted(set(recorded) - set(_REVERSALS))
        ]
        if not set(recorded) & set(_REVERSALS):
            messages.append(
                phrase(
                    "sorting entry {uid}: reverses entry {reversed} but no sort.correct or "
                    "sort.undo records it",
                    uid=uid,
                    reversed=reversed_uid,
                )
            )
        if not exact:
            messages.append(
                phrase(
                    "sorting entry {uid}: does not exactly reverse entry {reversed} (the same "
                    "lot, category or loss and stones counted; its carats and stones negated)",
                    uid=uid,
                    reversed=reversed_uid,
                )
            )
        if undoer is None:
            continue
        if undoer != author:
            messages.append(
                phrase(
                    "sorting entry {uid}: recorded as sort.undo by {undoer}, but entered by "
                    "{author}",
                    uid=uid,
                    undoer=undoer,
                    author=author,
                )
            )
        if undoer != owner:
            messages.append(
                phrase(
                    "sorting entry {uid}: recorded as sort.undo by {undoer}, but entry "
                    "{reversed} was made by {owner} (an operator undoes only their own entry)",
                    uid=uid,
                    undoer=undoer,
                    reversed=reversed_uid,
                    owner=owner,
                )
            )
        if blank:
            messages.append(
                phrase("sorting entry {uid}: recorded as sort.undo without a reason", uid=uid)
            )
        if not latest:
            messages.append(
                phrase(
                    "sorting entry {uid}: recorded as sort.undo of entry {reversed}, which was "
                    "not the last entry of lot {lot} then (anything older needs a "
                    "supervisor's signed sort.correct)",
                    uid=uid,
                    reversed=reversed_uid,
                    lot=lot,
                )
            )
    return messages


def _check_balances(db: Database, report: Report, scope: Scope, shared: Shared) -> None:
    """Every balance is the sum of its ledger lines, none is negative (where it may not be), and
    the kept stock by category adds up. After an anchored seal that digests the balances, and
    with the ledger entries check, run just before on this snapshot, finding the sealed entries
    unchanged, only the lots posted to since are re-added; the others' balances must read as
    the seal's digests say (docs/reliability.md, "What a seal lets verify skip")."""
    part = _balances_since_seal(db, scope, shared)
    if part is None:
        if not ledger.balance_pass(db):
            keys = ledger.recomputed_balance_mismatches(db)
            for key in keys:
                report.add(
                    phrase(
                        "balance {key}: differs from the sum of its ledger lines",
                        key=_balance_called(db, key),
                    )
                )
            if not keys:
                report.add(phrase("balances: the stored balances do not add up to the ledger"))
        for row in ledger.negative_balances(db):
            report.add(
                phrase(
                    "balance {key}: negative ({mct} mct, {stones} stones)",
                    key=_balance_called(db, row[:5]),
                    mct=row[5],
                    stones=row[6],
                )
            )
        if report.problems or not scope.sealing:
            return
        part = _balances_seal(db, scope, {})
    if scope.sealing:
        report.seal["balances"] = part


def _balance_called(db: Database, key: Sequence[Any]) -> str:
    """``('stock', 2, 38, 0, '') (JW-2611-001, S5-SAW-Q1-W)``: a balance's key as stored
    (place, lot, category, parcel and loss ids), then the lot, category and parcel it names,
    those that are there (a finding names twenty at most)."""
    _place, lot_id, category_id, parcel_id, _loss = key
    names = []
    for sql, value in (
        ("SELECT number FROM lots WHERE id = ?", lot_id),
        ("SELECT code FROM categories WHERE id = ?", category_id),
        ("SELECT number FROM parcels WHERE id = ?", parcel_id),
    ):
        if value:  # (0: none; "?": an id of no row, which keeps the others in their places)
            found = db.execute(sql, (value,)).fetchone()
            names.append("?" if found is None else str(found[0]))
    text = str(tuple(key))
    return f"{text} ({', '.join(names)})" if names else text


def _balances_seal(db: Database, scope: Scope, kept: dict[str, str]) -> dict[str, Any]:
    """The balances' part of the next seal: a digest of each chunk of lots' balance rows (those
    in ``kept`` found unchanged) and of the stock offsets, as of ledger entry ``journal``."""
    journal = scope.upto["journal"]
    chunks = {
        str(chunk): kept.get(str(chunk)) or integrity.balance_chunk_digest(db, chunk)[1]
        for chunk in integrity.balance_chunks(db)
    }
    return {
        "journal": journal,
        "chunk": integrity.BALANCE_CHUNK,
        "chunks": chunks,
        "stock": integrity.stock_offsets_digest(db, journal),
    }


def _balances_since_seal(db: Database, scope: Scope, shared: Shared) -> dict[str, Any] | None:
    """Check the balances against the anchored seal's digests of them; return the balances'
    part of the next seal ({} in a run that makes none), or None when there is no such seal or
    anything differs (then all of them are re-added, to name what).

    The seal's run found every balance the sum of its lines, on the snapshot on which it found
    the ledger entries up to ``journal`` as their hashes say; those entries are unchanged since
    (the ledger entries check, on this snapshot). So a chunk of lots none of whose postings is
    of a later entry must read as its digest says; the others are re-added from their lines.
    """
    part = scope.seal.get("balances") if shared.ledger_sealed else None
    try:
        if not (
            isinstance(part, dict)
            and part["journal"] == scope.after["journal"]
            and part["chunk"] == integrity.BALANCE_CHUNK
            and isinstance(part["chunks"], dict)
        ):
            return None
        journal = part["journal"]
        if integrity.stock_offsets_digest(db, journal) != part["stock"]:
            return None
        touched = {
            lot // integrity.BALANCE_CHUNK for lot in integrity.lots_posted_after(db, journal)
        }
        sealed = {int(chunk) for chunk in part["chunks"]}
        kept, counted = {}, 0
        # (A chunk sealed but now without rows is read too: its rows were deleted.)
        for chunk in sorted({*integrity.balance_chunks(db), *sealed, *touched}):
            count, digest = integrity.balance_chunk_digest(db, chunk)
            if chunk in touched:
                if not integrity.balance_chunk_pass(db, chunk):
                    return None
            elif digest != part["chunks"].get(str(chunk)):
                return None
            if count:
                kept[str(chunk)] = digest
            counted += count
        if counted != integrity.table_rows(db, "balances"):  # rows at no place a balance can be
            return None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a seal not of this shape: all of them
    shared.balances_touched = touched
    return _balances_seal(db, scope, kept) if scope.sealing else {}


def _check_places(
    db: Database,
    report: Report,
    *,
    receive: bool = True,
    stock: bool = True,
    parcels: bool = True,
    lines: tuple[int, int] | None = None,
) -> None:
    """Goods are where the lots' and parcels' states say, and the whole ledger adds up. (Under a
    seal, ``_check_places_sealed`` says which of the received carats, the stock lines and the
    parcels' places may differ from what the seal found sound, and gives the ledger's lines
    and their total: (lines, mct).)"""
    if receive:
        for number in lots_sql.receive_mismatches(db):
            report.add(
                phrase(
                    "lot {lot}: weighed carats differ from the carats received in the ledger",
                    lot=number,
                )
            )
    for number in integrity.sorting_total_mismatches(db):
        report.add(
            phrase("lot {lot}: its kept sorting total differs from its sorting entries", lot=number)
        )
    if stock:
        report.add_all(integrity.stock_line_problems(db), phrase("stock lines"))
    for number in lots_sql.sorted_lots_with_unsorted_goods(db):
        report.add(phrase("lot {lot}: closed, but goods still wait for sorting", lot=number))
    if parcels:
        for number in parcels_sql.parcel_place_mismatches(db):
            report.add(
                phrase("parcel {parcel}: its goods are not where its status says", parcel=number)
            )
    postings, total = lines if lines is not None else ledger.ledger_totals(db)[1:]
    if total != 0:
        report.add(phrase("ledger: all lines add up to {total} mct instead of 0", total=total))
    report.checked["ledger lines"] = postings


def _check_places_sealed(db: Database, report: Report, scope: Scope, shared: Shared) -> None:
    """``_check_places``, and on a file the places' part of the next seal. After an anchored
    seal whose places part is of the ledger entries the balances were sealed at, with the
    ledger entries and balances checks, run just before on this snapshot, finding the sealed
    entries unchanged and the balances as sealed but for the lots posted to since, only what
    changed since is gone through again (``_places_since_seal``; docs/reliability.md, "What a
    seal lets verify skip")."""
    if not dbapi.sqlite(db):
        _check_places(db, report)
        if scope.sealing and not report.problems:
            report.seal["places"] = {}  # (a server's next run goes through every lot)
        return
    since = _places_since_seal(db, scope, shared)
    if since is None:
        counts = integrity.stock_line_counts(db)
    else:  # the sealed counts of the chunks of lots as sealed, those of the others counted now
        counts = dict(since.counts)
        for chunk in since.lots:
            counts.pop(chunk, None)
            counts.update(integrity.stock_line_counts(db, chunk))
    onhand: dict[int, list[int]] = {}
    for by_category in counts.values():
        for category, (lines, uncounted) in by_category.items():
            was = onhand.setdefault(category, [0, 0])
            was[0], was[1] = was[0] + lines, was[1] + uncounted
    stock = not integrity.uncounted_lines_agree(db) or integrity.category_lines_differ(db, onhand)
    parcels = since is None or integrity.parcel_places_differ(
        db, sorted(since.lots), sorted(since.parcels)
    )
    journal, last = scope.upto["journal"], integrity.max_id(db, "journal")
    if since is None:
        _journals, postings, total = ledger.ledger_totals(db)
        after = integrity.lines_total(db, journal)
        below = integrity.lines_total(db, None, 0)
        upto = [postings - after[0] - below[0], total - after[1] - below[1]]
        read = integrity.lines_of_entries(db, last)
    else:
        between = integrity.lines_total(db, since.journal, journal)
        after = integrity.lines_total(db, journal)
        upto = [since.lines[0] + between[0], since.lines[1] + between[1]]
        postings, total = upto[0] + after[0], upto[1] + after[1]
        # (The lines of the entries since the seal, as they read them; not counted between.)
        read = since.lines[0] + integrity.lines_of_entries(db, last, since.journal)
    _check_lines_read(report, read, integrity.table_rows(db, "postings"))
    receive = since is None or since.receive
    _check_places(
        db, report, receive=receive, stock=stock, parcels=parcels, lines=(postings, total)
    )
    if report.problems or not scope.sealing:
        return
    report.seal["places"] = {
        "journal": journal,
        "chunk": integrity.BALANCE_CHUNK,
        "parcel_chunk": integrity.PARCEL_CHUNK,
        "lines": upto,
        "lots": {
            str(chunk): [
                since.digests[chunk]
                if since is not None and chunk not in since.lots and chunk in since.digests
                else integrity.places_lot_digest(db, chunk),
                {str(c): n for c, n in sorted(counts.get(chunk, {}).items())},
            ]
            for chunk in sorted({*integrity.lot_chunks(db), *integrity.balance_chunks(db), *counts})
        },
        "parcels": {
            str(chunk): since.statuses[chunk]
            if since is not None and chunk not in since.parcels and chunk in since.statuses
            else integrity.parcel_status_digest(db, chunk)
            for chunk in integrity.parcel_chunks(db)
        },
    }


def _check_lines_read(report: Report, read: int, held: int) -> None:
    """The ledger's lines are read entry by entry through ``postings_by_journal`` (the ledger
    entries check, the places'); ``quick_check`` does not match an index to its table. A line
    the table holds that no entry reads, left out of that index alone, would carry carats no
    entry, and no audit record, accounts for: the table's own count of its rows (``held``)
    must be the lines of the entries, 1 to the last on this snapshot (``read``: counted
    through the index, or, under a seal, the sealed count of those up to its entries and the
    lines of the entries since; an entry made after this run's bounds, by a workstation at
    work meanwhile, is counted too). A line the index holds under an entry that is not its own
    changes that entry's lines, which its hash or its sealed digest finds (the next run's, for
    an entry made meanwhile); one under an id no entry has is not counted (nor one under a
    key that is not an integer: ``integrity.lines_of_entries``)."""
    if read != held:
        report.add(
            phrase(
                "ledger: its table holds {held} lines, the ledger entries {read} (a line "
                "outside every entry, or an index edited or damaged: "
                "a full verify, index by index, names the rows)",
                held=held,
                read=read,
            )
        )


@dataclass
class _PlacesSince:
    """What the places check may take from an anchored seal (``_places_since_seal``)."""

    #: The ledger entries the seal's places part is of; its lines up to them: [count, mct].
    journal: int
    lines: list[int]
    #: The chunks of lots and of parcels to go through again (changed since, or new) ...
    lots: set[int]
    parcels: set[int]
    #: ... the sealed stock line counts of the others: {lot chunk: {category: [lines,
    #: uncounted]}}, and the digests found unchanged, by chunk (``places_lot_digest``,
    #: ``parcel_status_digest``).
    counts: dict[int, dict[int, list[int]]]
    digests: dict[int, str]
    statuses: dict[int, str]
    #: Whether the received carats are compared again (any ledger entry since the seal's).
    receive: bool


def _places_since_seal(db: Database, scope: Scope, shared: Shared) -> _PlacesSince | None:
    """From the anchored seal's places part, what the places check must go through again;
    None when there is no such part or it cannot serve (then every lot and parcel).

    The seal's run found the places sound on the snapshot on which it digested them. The
    ledger entries up to ``journal`` are unchanged since (the ledger entries check, on this
    snapshot), and so are the balance rows of every chunk of lots none of which was posted to
    since (the balances check, just before). A chunk of lots whose lots (number, status,
    weighed carats) and uncounted lines also read as the seal's digest says is then as that
    run read it, balances and all: its stock line counts are the sealed ones, and its balances
    held in parcels are where their parcels' statuses said, as long as the parcels' chunk
    reads as its digest of statuses says. The lines up to ``journal`` add up to the sealed
    total while no line names an entry before the first (which no sealed digest covers)."""
    part = scope.seal.get("places") if shared.ledger_sealed else None
    touched = shared.balances_touched
    try:
        if not (
            touched is not None
            and isinstance(part, dict)
            and part["journal"] == scope.after["journal"]
            and part["chunk"] == integrity.BALANCE_CHUNK
            and part["parcel_chunk"] == integrity.PARCEL_CHUNK
            and all(isinstance(n, int) for n in part["lines"])
            and len(part["lines"]) == 2
        ):
            return None
        journal = part["journal"]
        if integrity.lines_total(db, None, 0)[0]:
            return None  # lines of no entry a digest covers
        sealed_lots = {int(c): (str(d), n) for c, (d, n) in part["lots"].items()}
        redo, counts, digests = set(touched), {}, {}
        for chunk in sorted({*integrity.lot_chunks(db), *integrity.balance_chunks(db)}):
            digest = integrity.places_lot_digest(db, chunk)
            if chunk in touched or chunk not in sealed_lots or sealed_lots[chunk][0] != digest:
                redo.add(chunk)
                continue
            digests[chunk] = digest
            counts[chunk] = {
                int(c): [int(lines), int(u)] for c, (lines, u) in sealed_lots[chunk][1].items()
            }
        statuses, parcels = {}, set()
        sealed_parcels = {int(c): str(d) for c, d in part["parcels"].items()}
        for chunk in integrity.parcel_chunks(db):
            digest = integrity.parcel_status_digest(db, chunk)
            if sealed_parcels.get(chunk) != digest:
                parcels.add(chunk)
            else:
                statuses[chunk] = digest
        receive = bool(redo) or integrity.max_id(db, "journal") > journal
        return _PlacesSince(
            journal, list(part["lines"]), redo, parcels, counts, digests, statuses, receive
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a seal not of this shape: every lot and parcel


def _check_parcels(db: Database, report: Report, scope: Scope, shared: Shared) -> None:
    """Every sealed parcel's fingerprint is its data's, and the ledger holds its sealed figures.

    After an anchored seal whose run checked them on the rows check's snapshot, the
    fingerprints are re-derived only for the parcels whose data (protected rows, all of them)
    changed since: the rows check, run just before on this snapshot, proved every other one's
    data as that run read them (docs/reliability.md, "What a seal lets verify skip")."""
    found = records.get_site(db)  # (a site row deleted outside sortapp is the rows check's)
    code = found.code if found else ""
    only = _parcels_changed(db, scope, shared)
    count, mismatched, short = integrity.parcel_pass(db, code, only)
    for number in sorted(set(mismatched) | set(short)):
        # By the plain definitions, parcel by parcel.
        row = parcels_sql.get_parcel(db, number)
        if row is None:  # (a number not UTF-8, read as another: the rows check names its row)
            report.add(_not_fingerprinted(number))
            continue
        parcel = get_parcel(db, number)
        held = ledger.place_balances(
            db, "shipped" if parcel.status == "shipped" else "parcel", parcel.id
        )
        if sum(p.mct for p in held) != row["sealed_mct"] or parcel.mct != row["sealed_mct"]:
            report.add(
                phrase("parcel {parcel}: the ledger does not hold the sealed carats", parcel=number)
            )
        if sum(p.stones for p in held) != row["sealed_stones"]:
            report.add(
                phrase("parcel {parcel}: the ledger does not hold the sealed stones", parcel=number)
            )
        if parcels_sql.held_lines_differ(db, parcel.id):
            report.add(
                phrase(
                    "parcel {parcel}: the ledger holds other goods in it than its sealed lines "
                    "(another lot or category)",
                    parcel=number,
                )
            )
        if parcel_fingerprint(parcel, code, check=False) != row["fingerprint"]:
            report.add(_not_fingerprinted(number))
    report.checked["sealed parcels"] = count
    if scope.sealing and shared.rows_upto and not report.problems:
        # Every sealed parcel's fingerprint is its data's as the rows were at this id.
        report.seal["parcels"] = {"rows": shared.rows_upto}


def _not_fingerprinted(number: str) -> str:
    """What is said of a sealed parcel whose data are not those its fingerprint was made of."""
    return phrase("parcel {parcel}: its data do not match its sealed fingerprint", parcel=number)


def _parcels_changed(db: Database, scope: Scope, shared: Shared) -> list[int] | None:
    """The ids of the parcels whose fingerprinted data changed since the anchored seal, when
    its run checked every sealed parcel as the rows were at its rows' seal and the rows check
    found the rows as that seal says but for the changes since; else None (all of them)."""
    changed = shared.rows_changed
    sealed = scope.seal.get("parcels") if scope.after["audit"] else None
    try:
        if changed is None or not (
            isinstance(sealed, dict) and sealed["rows"] == scope.seal["rows"]["upto"]
        ):
            return None
        if changed.get("site"):
            return None  # the site's code is in every fingerprint
        keys = {
            table: [json.loads(key) for key in changed.get(table, ())]
            for table in integrity.FINGERPRINTED
        }
        return integrity.parcels_of(db, {t: [k[0] for k in ks] for t, ks in keys.items()})
    except (ValueError, TypeError, KeyError, IndexError):
        return None  # a key or seal not of this shape: every parcel


# -- running them ------------------------------------------------------------------------------

Check = Callable[[Database, Report, Scope, Shared], None]

#: The checks, the longest first (on the ten-year benchmark history after a seal that digests
#: the rows, balances and places, CPU seconds, 2026-12-02: audit chain 3.9 and then
#: checkpoints 0.01; ledger entries 2.5 and then balances 0.7, foreign keys 0.7 and places 1.2;
#: SQLite 2.8-4; rows 2 and then parcels 0.5; sorting entries 1.2), so that the two lanes
#: taking them in turn finish together. (Without a places part in the seal, places runs on its
#: own.) Without such a seal the rows check replays the whole log (about 3 s) and goes first
#: (``_order``).
_ORDER = (
    "audit chain",
    "ledger entries",
    "balances",
    "SQLite",
    "places",
    "foreign keys",
    "sorting entries",
    "rows",
    "parcels",
    "lots and parcels",
    "checkpoints",
    "signatures",
)
#: Checks run right after another, in the same lane and on the same snapshot, so that they
#: can rely on what it proved (``Shared``): the sealed parcels on the protected rows, the
#: balances and the foreign keys on the ledger entries.
_AFTER = {
    "parcels": "rows",
    "lots and parcels": "rows",
    "balances": "ledger entries",
    "foreign keys": "ledger entries",
    "checkpoints": "audit chain",
}
#: The order findings are reported in, whichever check finished first. The audit chain's
#: before the rows': an entry deleted from the log is said where it was ("follows a gap"),
#: before what it recorded is found unrecorded ("a weighing added outside sortapp" came first).
_REPORT_ORDER = (
    "SQLite",
    "foreign keys",
    "audit chain",
    "rows",
    "lots and parcels",
    "signatures",
    "ledger entries",
    "sorting entries",
    "balances",
    "places",
    "parcels",
    "checkpoints",
)
#: From this size on, the checks run in two lanes (below, starting a worker process costs more).
PARALLEL_FROM_BYTES = 64 * 1024 * 1024
#: The families of history a seal covers, and their tables.
_FAMILIES = {"audit": "audit", "journal": "journal", "entries": "sort_entries"}
#: The other parts of a seal: the protected rows' digests, what the parcels and balances checks
#: proved of them, the signatures of the sealed entries.
_DERIVED = (
    "rows",
    "parcels",
    "stated",
    "moves",
    "balances",
    "checkpoints",
    "places",
    "signatures",
    "uids",
    "stones",
    "weighed",
    "pins",
    "users",
)
#: The rules a seal's run held the entries it covers to, beyond their digests: each audit
#: entry's uid that of its place (``uids``), no sorting entry taking stones off but a
#: correction, and no loss with stones (``stones``, 2: counted stones filed as a loss of
#: 0.001 ct were written off by an operator alone, an attack round of 2026-12-07; 3: and no
#: goods its size class's stones could not weigh, from where the log says so). A seal
#: of another version (one made before the rule was) is checked again whole by it, as
#: ``stated`` and ``moves`` are.
UIDS_RULES = 1
STONES_RULES = 3


def _check(name: str, full: bool) -> Check:
    plain: dict[str, Callable[[Database, Report], None]] = {
        "SQLite": lambda db, report: _check_structure(db, report, full=full),
    }
    scoped: dict[str, Callable[[Database, Report, Scope], None]] = {
        "sorting entries": _check_entries,
    }
    if name in plain:
        return lambda db, report, _scope, _shared: plain[name](db, report)
    if name in scoped:
        return lambda db, report, scope, _shared: scoped[name](db, report, scope)
    return {
        "rows": lambda db, report, scope, shared: _check_rows(db, report, scope, shared, full=full),
        "foreign keys": _check_foreign_keys,
        "audit chain": _check_audit,
        "signatures": _check_signed_entries,
        "ledger entries": _check_journals,
        "balances": _check_balances,
        "parcels": _check_parcels,
        "lots and parcels": _check_stated,
        "places": _check_places_sealed,
    }[name]


def verify(
    db: dbapi.Database,
    actor: Actor | None = None,
    *,
    full: bool = False,
    parallel: bool | None = None,
    seal: bool = False,
    checkpoint_dirs: Sequence[Path] = (),
    outside: bool = True,
    marks: Sequence[str] = (),
    live_checkpoints: Sequence[tuple[str, str, str]] = (),
    stop: Stop | None = None,
) -> Report:
    """Check everything; return a report listing every problem found (none when sound).

    The history (audit log, ledger entries, sorting entries) is checked row by row after the
    newest seal; up to it, by the seal's digests, which prove those rows read exactly as when a
    run verified them row by row. ``seal`` records a new seal when everything is sound (an audit
    entry, so it is chained like any other) and, on a file, nothing was committed to it during
    the run (its checks' snapshots, each their own, are then of one state of the file: an edit
    made between two and undone after could otherwise be sealed unseen by the check vouching
    for it; ``integrity.Commits``); a run that records none (without ``seal``, or on
    a file opened read-only: a backup's check) makes none of a seal's digests, only the checks
    (``Scope.sealing``). ``full`` ignores seals and adds SQLite's
    index-by-index comparison to its page and record check (``integrity_check`` beyond
    ``quick_check``); backups always get that.
    ``parallel`` runs the checks in two lanes, this process and a worker process started first
    thing, each check on its own read-only connection (as two threads they would take turns:
    see ``_run_in_two``); by default when the file is large and this process may run on two
    cores (``usable_cores``). On a server the second lane is a second
    connection reading the same snapshot, by default (the checks' work is the server's). In
    memory, or inside the caller's transaction, they run here, in turn.
    The audit chain is then checked against every signed checkpoint found (``anchors.check``):
    the database's, those in ``checkpoint_dirs`` and, when ``outside`` (not for a backup being
    checked), the checkpoint folder's and the backups' sidecars; checking a backup before a restore,
    also ``live_checkpoints`` (``anchors.stored_rows`` of the live database).
    ``stop``: a ``Stop`` that ends the run early from another thread (then ``Stopped``).
    """
    if actor is not None:
        actor.require(Role.OPERATOR, "verifying the database")
    stop = stop or Stop()
    stop.check()  # (stopped already: no worker started)
    path = integrity.file_path(db)
    on_server = not dbapi.sqlite(db)
    if (path is None and not on_server) or db.conn.in_transaction:
        parallel = False
    elif parallel is None:
        # (A server's database: its checks run in the server's processes, two at once. A file's
        # second lane is a process of this machine: on one core it only adds its start.)
        parallel = on_server or (
            os.path.getsize(path or "") >= PARALLEL_FROM_BYTES and usable_cores() > 1
        )
    sealing = seal and not opened_read_only(db)  # (a seal of pages only where a seal is kept)
    with (
        _worker(parallel and not on_server) as pool,
        stop.working(pool),
        integrity.tolerant_text(db),
        # (What is committed to the file during a run that makes a seal.)
        closing(integrity.Commits(path if sealing and not on_server else None)) as commits,
    ):
        integrity.settle_wal(db)  # (the checks' snapshots may then read the file's pages)
        commits.start()
        schema = Report()
        try:
            with integrity.snapshot(db):
                _check_schema(db, schema)
        except sqlite3.DatabaseError as exc:
            if not files.damaged_error(exc):
                raise
            schema.add(_unreadable(exc))
            return schema
        if not schema.ok:
            # The other checks read through sortapp's tables, indexes and triggers: with those
            # not as sortapp made them, their findings would mean little (or not run at all).
            schema.add(phrase("the other checks were not run: the schema must be sortapp's first"))
            return schema
        try:
            reports = _reports(
                db,
                full,
                parallel,
                pool,
                _Anchoring(tuple(checkpoint_dirs), outside, tuple(live_checkpoints)),
                sealing,
                stop,
            )
        except Stopped:
            raise
        except Exception as exc:  # (a query interrupted, the worker ended: the stop's doing)
            if stop.stopped:
                raise Stopped from exc
            if not (isinstance(exc, sqlite3.DatabaseError) and files.damaged_error(exc)):
                raise
            # (What every check needs, the newest ids of the history, cannot be read.)
            unread = Report()
            _check_structure(db, unread, full=full)
            unread.add(_unreadable(exc))
            return unread
        stop.check()
        report = Report()
        for name in _REPORT_ORDER:
            report.merge(reports[name])
        report.problems = _said_once(report.problems)  # (each lane that met the damage says so)
        # Typed from paper.
        report.add_all(anchors.check_marks(db, marks), phrase("printed marks"))
        # (Its parts read on snapshots of one state of the file: nothing committed meanwhile.)
        whole = not commits.since()
    if seal and report.ok and set(report.seal) == {*_FAMILIES, *_DERIVED}:
        if whole:
            _record_seal(db, actor, report.seal)  # signed by a key holder: a seal the next trusts
        else:
            report.notes.append(
                phrase(
                    "no seal recorded: the file was written to while it was verified "
                    "(the next verify makes one)"
                )
            )
    return report


#: How many of SQLite's steps a query of a stoppable verify takes between two looks at its stop.
STOP_STEPS = 10_000
#: How long a stop waits before it asks the server again to cancel a check's statement, at
#: first, and at most (the wait doubles each time: ``Stop``).
CANCEL_AGAIN_S = 0.2
CANCEL_AGAIN_MAX_S = 1.6


class Stopped(Exception):
    """A ``verify`` stopped before its end (``Stop.stop``): it found nothing to say, recorded
    no seal, and wrote nothing."""


class Stop(stopping.Stop):
    """A way to stop a running ``verify`` from another thread: the window closing as it runs
    (an "in full" run of ten years of history takes some twenty seconds) ends it rather than
    running it to its end. The query under way in this process is interrupted (SQLite's
    ``interrupt``), and so is any it begins after (a progress handler: an interrupt made
    between two queries is lost); the worker process is ended (``working``), no check begun
    after, and ``verify`` raises ``Stopped``. (A check's work in Python between two queries
    runs on until its next one: at most a few seconds, the signatures' 42,000 of ten years.) On
    a server, the statement under way on each lane's connection is canceled (the server's
    cancel request, sent by a thread of the stop's: the server may be slow to reach, and the
    stop is the window's), and none is sent after; as a stop made in the instant between that
    look and a statement's start finds none to cancel, the cancel is asked again, from
    ``CANCEL_AGAIN_S`` apart to ``CANCEL_AGAIN_MAX_S``, until the checks let go of the server.
    The schema check before the checks and the printed marks' check after them, both short,
    are not stopped: a stop made then waits for them."""

    def __init__(self) -> None:
        super().__init__()
        #: The connections this process's checks read by, each with whether it is a file's.
        self._reading: list[tuple[Any, bool]] = []
        #: Clear while a check reads a server (from ``reading`` to its end): the stop's cancels
        #: go on until it is set.
        self._servers_let_go = threading.Event()

    def _servers(self) -> list[Any]:
        """The server connections among those read (under the lock)."""
        return [conn for conn, on_file in self._reading if not on_file]

    def _stopping(self) -> None:
        for conn, on_file in self._reading:
            if on_file:
                conn.interrupt()
        if self._servers():  # (their statements under way canceled, by the stop's thread)
            threading.Thread(target=self._cancel, name="verify-stop", daemon=True).start()

    def _cancel(self) -> None:
        """Cancel the statement under way on each server connection still read, and again,
        less and less often, until none is (a statement sent just after the stop's look at it
        ends too)."""
        wait = CANCEL_AGAIN_S
        while True:
            with self._lock:  # (a connection let go is never canceled after)
                for conn in self._servers():
                    conn.cancel()
            if self._servers_let_go.wait(wait):
                return
            wait = min(2 * wait, CANCEL_AGAIN_MAX_S)

    def check(self) -> None:
        """Raise ``Stopped`` once stopped."""
        if self.stopped:
            raise Stopped

    @contextmanager
    def reading(self, db: Database) -> Iterator[None]:
        """While checks read ``db``, a stop ends its query under way (a file's interrupted, a
        server's canceled) and any it begins after; stopped already, ``Stopped``."""
        conn: Any = db.conn  # (sqlite3's connection, or ``pg._Connection``)
        on_file = dbapi.sqlite(db)
        with self._lock:
            self.check()
            self._reading.append((conn, on_file))
            if on_file:
                # (Every few thousand steps of a query: a stop aborts it, as the interrupt does.)
                conn.set_progress_handler(self._stopped.is_set, STOP_STEPS)
            else:  # (before each statement sent: one begun after the stop is not sent)
                conn.before = self.check
                self._servers_let_go.clear()
        try:
            yield
        finally:
            with self._lock:
                self._reading.remove((conn, on_file))
                if on_file:
                    conn.set_progress_handler(None, 0)
                else:
                    conn.before = None
                if not self._servers():
                    self._servers_let_go.set()  # (cleared again as one is read)


def usable_cores() -> int:
    """The processor cores this process may run on (its affinity, where the system tells)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


@contextmanager
def _worker(wanted: bool) -> Iterator[ProcessPoolExecutor | None]:
    """The second lane's worker process on a file, when ``wanted``: started first thing, so
    that its start (a fresh interpreter importing sortapp, 0.3-0.6 s) overlaps the schema
    check and the scope rather than delaying its lane. "spawn": never fork a process running
    Qt."""
    if not wanted:
        yield None
        return
    with apart.one_process() as pool:
        pool.submit(_started)
        yield pool


def _started() -> None:
    """The worker's first task: none (importing this module is its start)."""


def _reports(
    db: dbapi.Database,
    full: bool,
    parallel: bool,
    pool: ProcessPoolExecutor | None,
    anchoring: _Anchoring,
    sealing: bool,
    stop: Stop,
) -> dict[str, Report]:
    """Every check's report, the checks run in two lanes when ``parallel``; none begun once
    ``stop`` is stopped, and a query of this process's ended by it (a file's interrupted, a
    server's canceled)."""
    reports: dict[str, Report] = {}
    if parallel and dbapi.sqlite(db):
        # (Each check on a snapshot of its own; ``integrity.Commits`` tells a seal whether they
        # were all of one state of the file.)
        scope = _scope(db, full, sealing)
        path = integrity.file_path(db)
        assert path is not None and pool is not None
        return _run_in_two(path, pool, _tasks(scope), full, scope, anchoring, stop)
    # One snapshot for the run's bounds and every check (on a server, both lanes'): what is
    # committed after the bounds were read is read by no check, the rows' above all (their
    # seal's part is made only up to the entry the bounds end at).
    with integrity.snapshot(db), stop.reading(db):
        scope = _scope(db, full, sealing)
        if parallel:
            return _run_on_server_in_two(db, _tasks(scope), full, scope, anchoring, stop)
        for task in _tasks(scope):
            stop.check()
            reports.update(_run(db, task, full, scope, anchoring))
    return reports


@dataclass(frozen=True)
class _Anchoring:
    """Where the checkpoints check looks (``verify``'s arguments). Passed to worker processes."""

    folders: tuple[Path, ...]
    outside: bool
    live: tuple[tuple[str, str, str], ...]


#: The same without any seal (a history's first verify, ``--full``, a backup), on the ten-year
#: benchmark history (seconds in a lane, 2026-12-05, a slow sitting): rows and then parcels
#: and the signatures 10.7 (the signatures 2.9 of it, 42,320 of them), ledger entries 4.7
#: (then balances 3.1, foreign keys 0.7, places 1.4: with it when sealing), audit chain and
#: then checkpoints 4.6 (after the rows when sealing), sorting entries 3.9, SQLite 1.5. This
#: process takes the first, the worker the second: the rows check, which holds the most (the
#: log's last hash of each row of the tables it does not stream), is not in the app's own
#: process (a first run's peak here 94-95 MB, the worker's 143 MB). Then the two lanes
#: divide the rest as the first two leave them: sealing, this process the ledger entries and
#: theirs, the sorting entries and SQLite, the worker the rows and theirs, the audit chain and
#: the checkpoints (one run: 14.93 and 15.01 s). The lots and parcels against their entries
#: (2.6 CPU-s, 2026-12-06) go to whichever lane is free first after the sorting entries.
_ORDER_UNSEALED = (
    "ledger entries",
    "rows",
    "parcels",
    "signatures",
    "sorting entries",
    "audit chain",
    "lots and parcels",
    "balances",
    "places",
    "SQLite",
    "foreign keys",
    "checkpoints",
)
#: Without any seal, what runs right after another (``_AFTER``) only where it needs that one's
#: snapshot: the parcels' part of a seal is of the rows the rows check read; the signatures
#: check asks of the entries the rows check's replay of the whole log noted (not reading the
#: log's records of rows again, 1.1 s); the checkpoints check reads what the audit chain's pass
#: tallied. In a run that makes none, the balances and the foreign keys find nothing the other
#: does not, each a task of its own.
_AFTER_UNSEALED = {"parcels": "rows", "signatures": "rows", "checkpoints": "audit chain"}
#: In a run that makes a seal, every part of it but the sorting entries' is of one of two
#: snapshots: the balances, foreign keys and places on the ledger entries check's (their parts
#: are trusted later as found on the ledger entries it found sound: postings and balances
#: edited alike between two snapshots were sealed so, ``_balances_since_seal``); the audit
#: chain and checkpoints on the rows check's (no record of rows it replays reads otherwise to
#: the chain). On a file, ``integrity.Commits`` makes all of them one state of it besides; this
#: holds where that is not (a server's lanes share one snapshot).
_AFTER_SEALING = {
    "parcels": "rows",
    "signatures": "rows",
    "audit chain": "rows",
    "checkpoints": "rows",
    "balances": "ledger entries",
    "foreign keys": "ledger entries",
    "places": "ledger entries",
}


def _unsealed(scope: Scope) -> bool:
    """Whether no seal spares the rows check its replay of the whole log, nor the audit chain
    check the entries before it (a history's first verify, ``--full``, a backup's check)."""
    return not scope.after["audit"] and "rows" not in scope.seal


def _order(scope: Scope) -> tuple[str, ...]:
    """The checks in the order the workers take them: ``_ORDER``, with the rows check first when
    no seal spares it the replay of the whole log, and the signatures next when no seal spares
    them the entries before it; without any seal, ``_ORDER_UNSEALED``."""
    if _unsealed(scope):
        return _ORDER_UNSEALED
    first = [
        name
        for name, long in (
            ("rows", "rows" not in scope.seal),
            ("signatures", not scope.after["audit"]),
        )
        if long
    ]
    return (*first, *(name for name in _ORDER if name not in first))


def _tasks(scope: Scope) -> list[tuple[str, ...]]:
    """The checks in ``_order``, each with those run right after it (``_after``)."""
    following = _after(scope)
    return [
        (name, *(after for after, lead in following.items() if lead == name))
        for name in _order(scope)
        if name not in following
    ]


def _after(scope: Scope) -> dict[str, str]:
    """``_AFTER``, and the places check after the balances when the seal has a places part
    (it then relies on what the ledger entries and balances checks proved: without one it
    reads everything and runs on its own, so as not to lengthen their lane); without any seal,
    ``_AFTER_SEALING`` in a run that makes one, else ``_AFTER_UNSEALED``."""
    if _unsealed(scope):
        return _AFTER_SEALING if scope.sealing else _AFTER_UNSEALED
    if scope.seal.get("places"):
        return {**_AFTER, "places": "ledger entries"}
    return _AFTER


def _entries_now(db: Database) -> Callable[[int, int], list[tuple[Any, ...]]]:
    """``anchors.check``'s ``later``: the site's entries after one id up to another as the
    file holds them now (at most ``_NEWER_READ`` of them), read on a connection of its own
    (``db`` reads its snapshot)."""

    def read(after: int, upto: int) -> list[tuple[Any, ...]]:
        path = dbapi.file_path(db)
        if path is None:
            return []
        now = integrity.open_reader(path)
        try:
            code = _site_code(now)
            found = audit_sql.entries_after(now, code, after, _NEWER_READ)
            return [e for e in found if int(e[0]) <= upto]
        finally:
            now.close()

    return read


#: The most entries written as verify ran that it reads to link a newer checkpoint to the log
#: it read (more: the checkpoint is said missing; the next run reads it whole).
_NEWER_READ = 2000


def _check_checkpoints(
    db: Database, report: Report, anchoring: _Anchoring, scope: Scope, shared: Shared
) -> None:
    """The chain against the signed checkpoints: a history rewritten with recomputed hashes
    passes every check above, but not this one. And the anchoring itself: the site key is held
    by someone, checkpoints exist, and none that the log records is gone.

    What it reads of the log up to the entry the next seal covers, it records for that seal
    (``_checkpoints_seal``); after an anchored seal whose entries the audit chain check, run
    just before on this snapshot, found unchanged, it reads only the log after them; after
    that check's pass over the whole log, what it tallied (``integrity.AuditTally``)."""
    code = _site_code(db)
    upto = scope.upto["audit"]
    part = _checkpoints_sealed(scope, shared, code)
    tally = shared.audit_tally
    if part is None and tally is not None and tally.site == code:
        # (Tallied by the audit chain's pass over the whole log, on this snapshot.)
        counts = dict(tally.counts)
        entries = anchors_sql.recorded_checkpoints_among(db, tally.recorded, upto)
    elif part is None:
        counts = anchors_sql.site_counts(db, code, upto)
        entries = anchors_sql.recorded_checkpoints_among(db, [], 0)
    else:
        after = scope.after["audit"]
        start = after // anchors_sql.SITE_CHUNK  # the chunk the seal's entries end in, on
        counts = {**part[0], **anchors_sql.site_counts(db, code, upto, start)}
        entries = anchors_sql.recorded_checkpoints_among(db, part[1], after)
    problems, count = anchors.check(
        db,
        anchoring.folders,
        outside=anchoring.outside,
        notes=report.notes,
        also=anchoring.live,
        counted=(upto, counts),
        later=_entries_now(db) if anchoring.outside and dbapi.sqlite(db) else None,
    )
    problems += anchors.custody(db, count)
    problems += anchors.check_recorded(db, [(uid, rows) for _id, uid, rows in entries])
    report.add_all(problems, phrase("checkpoint problems"))
    report.checked["checkpoints"] = count
    if scope.sealing and not problems:
        report.seal["checkpoints"] = {
            "upto": upto,
            "site": code,
            "sites": {str(chunk): n for chunk, n in sorted(counts.items())},
            "recorded": [i for i, _uid, _rows in entries if i <= upto],
        }


def _checkpoints_sealed(
    scope: Scope, shared: Shared, code: str
) -> tuple[dict[int, int], list[int]] | None:
    """From the anchored seal's checkpoints part: the site's entries counted by chunks of
    ``SITE_CHUNK`` ids, up to the seal's entries' last id (the chunks wholly up to it), and the
    ids of the entries up to it that may record a checkpoint; None unless the audit chain check
    found the sealed entries unchanged on this snapshot and the part is of this site's code."""
    part = scope.seal.get("checkpoints") if shared.audit_sealed else None
    try:
        if not (
            isinstance(part, dict)
            and part["upto"] == scope.after["audit"]
            and part["site"] == code
            and all(isinstance(n, int) for n in part["sites"].values())
            and all(isinstance(i, int) for i in part["recorded"])
        ):
            return None
        whole = part["upto"] // anchors_sql.SITE_CHUNK
        counts = {int(c): n for c, n in part["sites"].items() if int(c) < whole}
        return counts, list(part["recorded"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a seal not of this shape: the whole log


def _scope(db: Database, full: bool, sealing: bool = False) -> Scope:
    """This run's bounds (one snapshot), and the newest seal within them unless ``full``."""
    with integrity.snapshot(db):
        upto = {family: integrity.max_id(db, table) for family, table in _FAMILIES.items()}
        # Only a seal that a checkpoint signed with the site key vouches for (``verify.seal``
        # entries can be appended by anyone holding the file): else every row, row by row.
        newest = None if full else anchors.anchored_seal(db)
    details = _usable_seal(newest[1], upto) if newest else None
    if details is None:  # none, or not a seal of these rows: everything row by row
        return Scope(upto, dict.fromkeys(_FAMILIES, 0), {}, sealing)
    return Scope(upto, {f: details[f]["upto"] for f in _FAMILIES}, details, sealing)


def _usable_seal(text: str, upto: dict[str, int]) -> dict[str, Any] | None:
    """The seal's details if they are a well-formed seal of rows that are there, else None.

    (A seal record changed by hand is found by the audit chain; it must not stop the run.)
    """
    try:
        details = json.loads(text)
        if not isinstance(details, dict):  # as a list or a number would fail below
            return None
        for family in _FAMILIES:
            part = details[family]
            if not (
                isinstance(part["upto"], int)
                and 0 < part["upto"] <= upto[family]
                and isinstance(part["rows"], int)
                and isinstance(part["chunk"], int)
                and part["chunk"] > 0
                and isinstance(part["chunks"], list)
                and all(isinstance(c, str) for c in part["chunks"])
            ):
                return None
        heads = details["audit"]["heads"]
        if not isinstance(heads, dict) or not all(isinstance(h, str) for h in heads.values()):
            return None
        refs = details["journal"]["refs"]
        if set(refs) != {table for table, _column in integrity.REFERENCED} or not all(
            isinstance(upto, int) and isinstance(digest, str) for upto, digest in refs.values()
        ):
            return None
    except (ValueError, TypeError, KeyError):
        return None
    return details


def _record_seal(db: Database, actor: Actor | None, details: dict[str, Any]) -> None:
    """Record the seal and, when ``actor`` holds the site key, sign a seal checkpoint of it in
    the same transaction (its head is then the seal entry, whatever other workstations do);
    a seal without one is recorded but never trusted (``anchors.anchored_seal``)."""
    part = details["checkpoints"]  # (the site's entries as this run counted them)
    counted = (part["site"], part["upto"], {int(c): n for c, n in part["sites"].items()})
    try:
        with transaction(db):
            record(db, actor.name if actor else "system", "verify.seal", "", details)
            # (Not signed by one demoted or made inactive since they signed in: a review,
            # 2026-12-08, had such a session's seal trusted by the next run.)
            signs = actor is not None and audit_service.in_standing(db, actor)
            made = anchors.sign_seal(db, actor if signs else None, counted)
    except KnownStorageError as exc:  # a read-only file is verified all the same
        logging.getLogger(__name__).info("verify: no seal recorded: %s", exc)
        return
    if made is not None:
        anchors.write_file(anchors.checkpoint_folder(db), made)


def _run(
    db: Database, task: tuple[str, ...], full: bool, scope: Scope, anchoring: _Anchoring
) -> dict[str, Report]:
    """The checks of one task, in turn on one snapshot: {name: what it found}."""
    shared, reports = Shared(), {}
    for n, name in enumerate(task):
        report = reports[name] = Report()
        start = time.perf_counter()
        try:
            if name == "checkpoints":
                _check_checkpoints(db, report, anchoring, scope, shared)
            else:
                _check(name, full)(db, report, scope, shared)
        except sqlite3.DatabaseError as exc:
            # A part of the file SQLite cannot read: a finding, not the end of the run (the
            # task's later checks, on what this one shares with them, are not run).
            if not files.damaged_error(exc):
                raise
            report.add(_unreadable(exc))
            reports.update({rest: Report() for rest in task[n + 1 :]})
            break
        report.seconds[name] = time.perf_counter() - start
    return reports


def _said_once(problems: list[str]) -> list[str]:
    """``problems`` with each later saying of ``_unreadable``'s left out."""
    seen: set[str] = set()
    kept = []
    for problem in problems:
        if problem.startswith(_UNREADABLE_START):
            if problem in seen:
                continue
            seen.add(problem)
        kept.append(problem)
    return kept


#: How ``_unreadable``'s words begin (in English: a phrase is said in the user's language later).
_UNREADABLE_START = "SQLite cannot read a part of the file ("


def _unreadable(exc: sqlite3.DatabaseError) -> str:
    """What verify says of a check that met a part of the file SQLite cannot read."""
    return phrase(
        "SQLite cannot read a part of the file ({error}): the checks that read it were not "
        "run to the end; restore the last good backup",
        error=str(exc),
    )


def _in_lanes(
    tasks: list[tuple[str, ...]],
    lanes: Sequence[Callable[[tuple[str, ...]], dict[str, Report]]],
    stop: Stop | None = None,
) -> dict[str, Report]:
    """Run the tasks on the lanes, each lane taking the next (longest first) when done with its
    last: the first lane in this thread, the others each in a thread of its own (their work is
    another process's: a worker's, or the server's). Return every task's reports. Once
    ``stop`` is stopped, no lane takes another (``Stopped``)."""
    waiting = list(reversed(tasks))  # taken from the end: the longest first
    lock = threading.Lock()
    reports: dict[str, Report] = {}
    failed: list[BaseException] = []

    def take() -> tuple[str, ...] | None:
        with lock:
            if stop is not None and stop.stopped and not failed:
                failed.append(Stopped())
            return waiting.pop() if waiting and not failed else None

    def lane(
        run: Callable[[tuple[str, ...]], dict[str, Report]], task: tuple[str, ...] | None
    ) -> None:
        try:
            while task is not None:
                found = run(task)
                with lock:
                    reports.update(found)
                task = take()
        except BaseException as exc:
            with lock:
                failed.append(exc)  # the other lanes take no more

    first = take()  # this lane starts at once: the longest is its; the next, the next lane's
    others = [
        threading.Thread(target=lane, args=(run, take()), name=f"verify-lane-{n}")
        for n, run in enumerate(lanes[1:], 2)
    ]
    for thread in others:
        thread.start()
    try:
        lane(lanes[0], first)
    finally:
        for thread in others:
            thread.join()
    if failed:
        raise failed[0]
    return reports


def _run_in_two(
    path: str,
    pool: ProcessPoolExecutor,
    tasks: list[tuple[str, ...]],
    full: bool,
    scope: Scope,
    anchoring: _Anchoring,
    stop: Stop,
) -> dict[str, Report]:
    """Run the tasks on two lanes, this process and the ``pool``'s worker process, each task on
    its own read-only connection and snapshot, here as there (here, under ``stop``).

    Never two threads of this process, even where the checks' work is SQLite's and hashlib's
    (both let go of the interpreter lock): measured, two threads' queries in one process took
    turns (two threads digesting half the audit log each took as long as one doing it all),
    and a sealed verify of the ten-year history in a thread lane took 10.8 s, against 7 s in
    two processes."""
    return _in_lanes(
        tasks,
        [
            lambda task: _run_on_file(path, task, full, scope, anchoring, stop),
            lambda task: pool.submit(_run_on_file, path, task, full, scope, anchoring).result(),
        ],
        stop,
    )


def _run_on_server_in_two(
    db: Database,
    tasks: list[tuple[str, ...]],
    full: bool,
    scope: Scope,
    anchoring: _Anchoring,
    stop: Stop,
) -> dict[str, Report]:
    """Run the tasks on two lanes on a server: this connection, in its snapshot (the caller's),
    and a second one reading the same (``integrity_pg.shared_snapshot``), each check's SQL
    running in the server's process of its connection."""
    with (
        integrity.snapshot(db),
        integrity_pg.shared_snapshot(db) as other,
        stop.reading(other),  # (``db``'s: the caller's)
    ):
        return _in_lanes(
            tasks,
            [
                lambda task: _run(db, task, full, scope, anchoring),
                lambda task: _run(other, task, full, scope, anchoring),
            ],
            stop,
        )


def _run_on_file(
    path: str,
    task: tuple[str, ...],
    full: bool,
    scope: Scope,
    anchoring: _Anchoring,
    stop: Stop | None = None,
) -> dict[str, Report]:
    """One task in a worker process (or this one's lane, under ``stop``), on its own read-only
    connection and snapshot."""
    db = integrity.open_reader(path)
    try:
        with integrity.snapshot(db), stop.reading(db) if stop else nullcontext():
            return _run(db, task, full, scope, anchoring)
    finally:
        db.close()


#: The most audit entries one listing returns (SQLite's LIMIT takes no more than 64 bits).
MAX_AUDIT_ROWS = 1_000_000_000


def audit_entries(
    db: dbapi.Database,
    *,
    action: str | None = None,
    user: str | None = None,
    obj: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[browse.AuditRow]:
    """Return audit entries (frozen records: id, uid, at, user, action, object, details as JSON
    text), newest first, filtered by action prefix, user or object."""
    if not 0 <= limit <= MAX_AUDIT_ROWS:
        raise UserError(
            phrase(
                "limit: {limit} is not a number of entries from 0 to {most}",
                limit=limit,
                most=MAX_AUDIT_ROWS,
            )
        )
    if not 0 <= offset <= MAX_AUDIT_ROWS:
        raise UserError(
            phrase(
                "offset: {offset} is not a number of entries from 0 to {most}",
                offset=offset,
                most=MAX_AUDIT_ROWS,
            )
        )
    ids = browse.audit_ids(
        db, action=action or "", user=user or "", obj=obj or "", limit=limit + offset
    )[offset:]
    rows = browse.audit_rows(db, ids)
    return [rows[i] for i in ids]
