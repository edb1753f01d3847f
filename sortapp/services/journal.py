"""Posting to the ledger: balanced journal entries, their reversals and canonical forms, and the
digest of a batch of sorting entries that an import's audit record holds."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from sortapp.core import uids
from sortapp.core.canonical import fingerprint
from sortapp.core.clock import utc_now
from sortapp.core.entities import Posting
from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.services.settings import site
from sortapp.storage import ledger as ledger_sql
from sortapp.storage import records
from sortapp.storage.dbapi import Database


def journal_canonical(head: dict[str, Any], lines: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """Return the canonical form of a journal entry that its hash covers."""
    return {
        "uid": head["uid"],
        "kind": head["kind"],
        "at": head["at"],
        "user": head["user"],
        "lot": head["lot"],
        "parcel": head["parcel"],
        "reverses": head["reverses"],
        "reason": head["reason"],
        "lines": [list(line) for line in lines],
    }


def post(
    db: Database,
    actor_id: int,
    actor_name: str,
    kind: str,
    postings: Sequence[Posting],
    *,
    lot_id: int | None = None,
    parcel_id: int | None = None,
    reverses_id: int | None = None,
    reason: str = "",
) -> dict[str, str]:
    """Post one balanced journal entry; return its uid and hash for the audit entry."""
    lines = [p for p in postings if p.mct or p.stones]
    if not lines:
        raise UserError(phrase("nothing to post: every quantity is zero"))
    if sum(p.mct for p in lines) != 0 or sum(p.stones for p in lines) != 0:
        raise AssertionError(f"unbalanced journal entry {kind}: {lines}")
    journal_id = records.next_id(db, "journal")
    uid = uids.journal(site(db).code, journal_id)
    lots, cats, parcels = ledger_sql.refs(
        db,
        [p.lot_id for p in lines] + ([lot_id] if lot_id else []),
        [p.category_id for p in lines if p.category_id],
        [p.parcel_id for p in lines if p.parcel_id] + ([parcel_id] if parcel_id else []),
    )
    head = {
        "uid": uid,
        "kind": kind,
        "at": utc_now(),
        "user": actor_name,
        "lot": lots.get(lot_id, "") if lot_id else "",
        "parcel": parcels.get(parcel_id, "") if parcel_id else "",
        "reverses": ledger_sql.journal_uid(db, reverses_id),
        "reason": reason,
    }
    canonical_lines = [
        [
            p.place,
            lots[p.lot_id],
            cats.get(p.category_id, "") if p.category_id else "",
            parcels.get(p.parcel_id, "") if p.parcel_id else "",
            p.loss_type or "",
            p.mct,
            p.stones,
        ]
        for p in lines
    ]
    digest = fingerprint(journal_canonical(head, canonical_lines))
    ledger_sql.insert_journal(
        db,
        {
            "id": journal_id,
            "uid": uid,
            "kind": kind,
            "at": head["at"],
            "user_id": actor_id,
            "lot_id": lot_id,
            "parcel_id": parcel_id,
            "reverses_id": reverses_id,
            "reason": reason,
            "hash": digest,
        },
        lines,
    )
    return {"journal": uid, "journal_hash": digest}


def post_reversal(
    db: Database,
    actor_id: int,
    actor_name: str,
    journal_id: int,
    reason: str,
    *,
    lot_id: int | None = None,
    parcel_id: int | None = None,
) -> dict[str, str]:
    """Post the reversal of journal entry ``journal_id``: each of its lines negated."""
    return post(
        db,
        actor_id,
        actor_name,
        "reversal",
        [
            Posting(p.place, p.lot_id, -p.mct, -p.stones, p.category_id, p.parcel_id, p.loss_type)
            for p in ledger_sql.postings_of(db, journal_id)
        ],
        lot_id=lot_id,
        parcel_id=parcel_id,
        reverses_id=journal_id,
        reason=reason,
    )


def entries_digest(rows: Iterable[tuple[str, str, str, str, int, int | str]]) -> str:
    """Hash sorting entries (uid, lot uid, category, loss type, mct, stones) in their order
    (stones '' where not counted: an entry counted reads as it did before the flag)."""
    text = "".join(
        f"{uid}|{lot}|{category}|{loss}|{mct}|{stones}\n"
        for uid, lot, category, loss, mct, stones in rows
    )
    return hashlib.sha256(text.encode()).hexdigest()
