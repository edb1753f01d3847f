"""What every use case shares: the site, typed settings, the audit chain and journal posting."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from sortapp.core import clock, uids
from sortapp.core.canonical import fingerprint
from sortapp.core.clock import utc_now
from sortapp.core.entities import VALUATION_RULES, Posting, Site
from sortapp.core.errors import NotFound, UserError
from sortapp.core.roles import Actor
from sortapp.core.units import parse_carats, parse_decimal
from sortapp.storage import audit as audit_sql
from sortapp.storage import ledger as ledger_sql
from sortapp.storage import records, rowcover

WDC_STATEMENT = (
    "The diamonds herein invoiced have been purchased from legitimate sources not involved in "
    "funding conflict, in compliance with the United Nations Resolutions and corresponding "
    "national laws. The seller hereby guarantees that these diamonds are conflict free and "
    "confirms adherence to the WDC SoW Guidelines."
)

#: Site settings with their defaults, as stored (text).
DEFAULT_SETTINGS: dict[str, str] = {
    "authority": "",
    "address": "",
    "exporter": "",
    # Reconciliation tolerance: the larger of 0.010 ct and 0.05 % of the received weight.
    "tolerance_mct": "10",
    "tolerance_milli_pct": "50",
    # Weighed vs declared on arrival: the same defaults.
    "weigh_tolerance_mct": "10",
    "weigh_tolerance_milli_pct": "50",
    "cert_validity_days": "60",
    "valuation_rule": "highest",
    "wdc_statement": WDC_STATEMENT,
    "timezone": "UTC",
    "backup_folder": "",
    # Signed checkpoints of the audit chain (default: checkpoints/ beside the database).
    "checkpoint_folder": "",
    "backup_keep_daily": "7",
    "backup_keep_weekly": "4",
    "backup_keep_monthly": "12",
    "decimal_comma": "no",
    # The app locks its window after this many minutes without keyboard or mouse input (0: never).
    "idle_lock_minutes": "10",
}


@dataclass(frozen=True)
class Settings:
    """The site's business settings, typed."""

    authority: str
    address: str
    exporter: str
    tolerance_mct: int
    tolerance_milli_pct: int
    weigh_tolerance_mct: int
    weigh_tolerance_milli_pct: int
    cert_validity_days: int
    valuation_rule: str
    wdc_statement: str
    timezone: str
    backup_folder: str
    checkpoint_folder: str
    backup_keep_daily: int
    backup_keep_weekly: int
    backup_keep_monthly: int
    decimal_comma: bool
    idle_lock_minutes: int

    def sort_tolerance(self, received_mct: int) -> int:
        return tolerance(received_mct, self.tolerance_mct, self.tolerance_milli_pct)

    def weigh_tolerance(self, declared_mct: int) -> int:
        return tolerance(declared_mct, self.weigh_tolerance_mct, self.weigh_tolerance_milli_pct)


def tolerance(weight_mct: int, floor_mct: int, milli_pct: int) -> int:
    """Return the larger of ``floor_mct`` and ``milli_pct`` thousandths of a percent of a weight."""
    return max(floor_mct, abs(weight_mct) * milli_pct // 100_000)


def site(db: Database) -> Site:
    found = records.get_site(db)
    if found is None:
        raise UserError("this database has no site yet; run 'sortapp init' first")
    return found


def settings(db: Database) -> Settings:
    stored = {**DEFAULT_SETTINGS, **records.get_settings(db)}
    if not stored["exporter"]:
        found = records.get_site(db)
        stored["exporter"] = found.name if found else ""
    return Settings(
        authority=stored["authority"],
        address=stored["address"],
        exporter=stored["exporter"],
        tolerance_mct=int(stored["tolerance_mct"]),
        tolerance_milli_pct=int(stored["tolerance_milli_pct"]),
        weigh_tolerance_mct=int(stored["weigh_tolerance_mct"]),
        weigh_tolerance_milli_pct=int(stored["weigh_tolerance_milli_pct"]),
        cert_validity_days=int(stored["cert_validity_days"]),
        valuation_rule=stored["valuation_rule"],
        wdc_statement=stored["wdc_statement"],
        timezone=stored["timezone"],
        backup_folder=stored["backup_folder"],
        checkpoint_folder=stored["checkpoint_folder"],
        backup_keep_daily=int(stored["backup_keep_daily"]),
        backup_keep_weekly=int(stored["backup_keep_weekly"]),
        backup_keep_monthly=int(stored["backup_keep_monthly"]),
        decimal_comma=stored["decimal_comma"] == "yes",
        idle_lock_minutes=int(stored["idle_lock_minutes"]),
    )


def _text(value: str, field: str) -> str:
    value = value.strip()
    if len(value) > 2000:
        raise UserError(f"{field}: the text is too long (2000 characters at most)")
    return value


def _whole(value: str, low: int, high: int) -> int | None:
    """Return ``value`` as a whole number from ``low`` to ``high``, else None.

    Only ASCII digits count: '²' and '٣' pass ``str.isdigit()`` but are not what was meant.
    """
    text = value.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 12):
        return None
    number = int(text)
    return number if low <= number <= high else None


def _days(value: str, field: str) -> str:
    days = _whole(value, 1, 3660)
    if days is None:
        raise UserError(f"{field}: '{value}' is not a number of days from 1 to 3660")
    return str(days)


def _count(value: str, field: str, low: int, high: int) -> str:
    number = _whole(value, low, high)
    if number is None:
        raise UserError(f"{field}: '{value}' is not a whole number from {low} to {high}")
    return str(number)


def _yes_no(value: str, field: str) -> str:
    if value.strip().lower() not in ("yes", "no"):
        raise UserError(f"{field}: answer yes or no")
    return value.strip().lower()


def _rule(value: str, field: str) -> str:
    if value.strip().lower() not in VALUATION_RULES:
        raise UserError(f"{field}: use one of {', '.join(VALUATION_RULES)}")
    return value.strip().lower()


def _tz(value: str, field: str) -> str:
    try:
        zoneinfo.ZoneInfo(value.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise UserError(f"{field}: '{value}' is not a time zone (e.g. Africa/Gaborone)") from None
    return value.strip()


#: ``site set`` keys: (stored key, parser of the user's text into the stored text).
SETTING_KEYS: dict[str, tuple[str, Any]] = {
    "authority": ("authority", _text),
    "address": ("address", _text),
    "exporter": ("exporter", _text),
    "wdc-statement": ("wdc_statement", _text),
    "tolerance-ct": (
        "tolerance_mct",
        lambda v, f: str(parse_carats(v, f, allow_zero=True)),
    ),
    "tolerance-pct": ("tolerance_milli_pct", lambda v, f: str(parse_decimal(v, f, 3, "percent"))),
    "weigh-tolerance-ct": (
        "weigh_tolerance_mct",
        lambda v, f: str(parse_carats(v, f, allow_zero=True)),
    ),
    "weigh-tolerance-pct": (
        "weigh_tolerance_milli_pct",
        lambda v, f: str(parse_decimal(v, f, 3, "percent")),
    ),
    "cert-validity-days": ("cert_validity_days", _days),
    "valuation-rule": ("valuation_rule", _rule),
    "timezone": ("timezone", _tz),
    "backup-folder": ("backup_folder", _text),
    "checkpoint-folder": ("checkpoint_folder", _text),
    "backup-keep-daily": ("backup_keep_daily", lambda v, f: _count(v, f, 0, 366)),
    "backup-keep-weekly": ("backup_keep_weekly", lambda v, f: _count(v, f, 0, 520)),
    "backup-keep-monthly": ("backup_keep_monthly", lambda v, f: _count(v, f, 0, 1200)),
    "decimal-comma": ("decimal_comma", _yes_no),
    "idle-lock-minutes": ("idle_lock_minutes", lambda v, f: _count(v, f, 0, 1440)),
}


# -- the audit chain ---------------------------------------------------------------------------


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


def entries_digest(rows: Iterable[tuple[str, str, str, str, int, int]]) -> str:
    """Hash sorting entries (uid, lot uid, category, loss type, mct, stones) in their order."""
    text = "".join(
        f"{uid}|{lot}|{category}|{loss}|{mct}|{stones}\n"
        for uid, lot, category, loss, mct, stones in rows
    )
    return hashlib.sha256(text.encode()).hexdigest()


# -- posting to the ledger ---------------------------------------------------------------------


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
        raise UserError("nothing to post: every quantity is zero")
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


# -- small input helpers -----------------------------------------------------------------------


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


_NUMBER_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,39}")


def check_number(text: str, field: str) -> str:
    """Validate a lot, parcel, seal or certificate number: letters, digits, . _ / - (40 at most)."""
    value = (text or "").strip()
    if not _NUMBER_RE.fullmatch(value):
        raise UserError(
            f"{field}: '{text}' is not a valid number; use 1-40 letters, digits, '.', '_', '/' "
            "or '-', starting with a letter or digit"
        )
    return value


def check_reason(text: str | None, field: str = "reason") -> str:
    value = (text or "").strip()
    if len(value) < 3:
        raise UserError(f"{field}: say why, in a few words")
    return value


def parse_day(text: str | None, field: str) -> str:
    """Parse an ISO date (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat((text or "").strip()).isoformat()
    except ValueError:
        raise UserError(f"{field}: '{text}' is not a date; write YYYY-MM-DD") from None


def today() -> str:
    return clock.now().date().isoformat()


def country(db: Database, code: str, field: str) -> tuple[str, str, str]:
    value = (code or "").strip().upper()
    found = records.get_country(db, value)
    if found is None:
        raise NotFound(
            f"{field}: '{code}' is not a known ISO 3166 country code; an admin can add it with "
            "'sortapp country set'"
        )
    return found
