"""The audit chain: every action records what it did, signed when only a key holder may act."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from sortapp.core.clock import utc_now
from sortapp.core.roles import Actor
from sortapp.services.settings import site
from sortapp.storage import audit as audit_sql
from sortapp.storage import rowcover


def record(db: Database, user: str | Actor, action: str, obj: str, details: dict[str, Any]) -> str:
    """Append an audit entry (inside the caller's transaction); return its uid.

    The entry also holds the hashes of the protected rows the transaction changed since the last
    entry (``storage.rowcover``): every action records, after its writes, what it did. Given the
    acting ``Actor`` and they hold the site key, the entry is signed with it: verify requires
    that of every action only a supervisor or admin may take (``SIGNED_ACTIONS``).
    """
    name = user.name if isinstance(user, Actor) else user
    entry_id, uid, digest = audit_sql.append(
        db, site(db).code, name, action, obj, details, rowcover.take(db), utc_now()
    )
    signer = user.signer if isinstance(user, Actor) else None
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
    "transfer.trust",
    "transfer.export",
    "transfer.import",
    "restore",
    "site.key.grant",
)
