"""The audit log as sentences, in the site's units and time zone; the history of one lot or
parcel. Qt-free: the app shows these, the raw entry (its JSON details) stays beside them."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sortapp.core.canonical import local_text
from sortapp.core.units import format_cents, format_mct
from sortapp.services.settings import settings
from sortapp.storage import browse
from sortapp.storage.browse import AuditRow
from sortapp.storage.dbapi import Database

#: The actions of a lot's history (its object is the lot's number) ...
LOT_ACTIONS = ("lot.", "sort.", "print.receipt", "print.reconciliation", "print.label")
#: ... and of a parcel's (its object is the parcel's number).
PARCEL_ACTIONS = (
    "parcel.",
    "price.override",
    "print.manifest",
    "print.kp-sheet",
    "print.invoice",
    "print.valuation",
    "print.label",
    "transfer.export",
    "export.",
)
#: Documents by their print kind, in words.
DOCUMENTS = {
    "manifest": "parcel manifest",
    "kp-sheet": "KP certificate data sheet",
    "invoice": "commercial invoice",
    "valuation": "valuation sheet",
    "receipt": "lot receipt",
    "reconciliation": "sorting reconciliation report",
    "label": "label",
}


@dataclass(frozen=True)
class Units:
    """How figures and times are written at the site."""

    timezone: str = "UTC"
    decimal_comma: bool = False

    def ct(self, mct: Any) -> str:
        if not isinstance(mct, int):
            return "? ct"
        return f"{format_mct(mct, decimal_comma=self.decimal_comma)} ct"

    def usd(self, cents: Any) -> str:
        if not isinstance(cents, int):
            return "USD ?"
        return f"USD {format_cents(cents, decimal_comma=self.decimal_comma)}"

    def time(self, at: str) -> str:
        return local_text(at, self.timezone)


@dataclass(frozen=True, slots=True)
class AuditLine:
    """An audit entry with its sentence and its time in the site's zone."""

    id: int
    uid: str
    at: str
    #: ``at`` in the site's time zone, as shown.
    when: str
    user: str
    action: str
    object: str
    sentence: str
    #: The entry's details as recorded: a JSON object as text.
    details: str


def site_units(db: Database) -> Units:
    s = settings(db)
    return Units(s.timezone, s.decimal_comma)


class ShownLine:
    """An audit entry as the audit page holds it: an ``AuditLine`` whose time in the site's zone
    and sentence are built when read, each time (issue 15). The page fetches a batch of entries
    around the rows it paints and keeps each row it paints as formatted, so most entries fetched
    are never read, and those painted are read once."""

    __slots__ = ("_row", "_units")

    def __init__(self, row: AuditRow, units: Units) -> None:
        self._row = row
        self._units = units

    @property
    def id(self) -> int:
        return self._row.id

    @property
    def uid(self) -> str:
        return self._row.uid

    @property
    def at(self) -> str:
        return self._row.at

    @property
    def when(self) -> str:
        return self._units.time(self._row.at)

    @property
    def user(self) -> str:
        return self._row.user

    @property
    def action(self) -> str:
        return self._row.action

    @property
    def object(self) -> str:
        return self._row.object

    @property
    def sentence(self) -> str:
        row = self._row
        return sentence(row.action, row.user, row.object, row.details, self._units)

    @property
    def details(self) -> str:
        return self._row.details


def audit_lines(db: Database, ids: Sequence[int]) -> dict[int, ShownLine]:
    """The entries ``ids`` as sentences (the audit page's rows), each built when read."""
    units = site_units(db)
    return {i: ShownLine(row, units) for i, row in browse.audit_rows(db, ids).items()}


def history(db: Database, kind: str, number: str) -> list[AuditLine]:
    """What was done to one lot or parcel (``kind``), oldest first."""
    actions = {"lot": LOT_ACTIONS, "parcel": PARCEL_ACTIONS}[kind]
    ids = browse.audit_ids(db, obj=number.strip(), actions=actions, descending=False)
    rows = browse.audit_rows(db, ids)
    if kind == "lot":
        packed = _packed_from(db, number.strip())
        rows.update(packed)
        ids = sorted({*ids, *packed})
    units = site_units(db)
    return [line(rows[i], units) for i in ids if i in rows]


def _packed_from(db: Database, lot: str) -> dict[int, AuditRow]:
    """The packings into a parcel that took goods of ``lot`` (their details name it; the
    parcel's seal names no lots, its packings do)."""
    ids = browse.audit_ids(db, search=lot, actions=("parcel.add",), descending=False)
    return {
        i: row for i, row in browse.audit_rows(db, ids).items() if lot in _lots_named(row.details)
    }


def _lots_named(details: str) -> set[str]:
    try:
        lots = json.loads(details).get("lots") or []
    except (ValueError, AttributeError):
        return set()
    return {str(taken[0]) for taken in lots if isinstance(taken, list) and taken}


def line(row: AuditRow, units: Units) -> AuditLine:
    return AuditLine(
        id=row.id,
        uid=row.uid,
        at=row.at,
        when=units.time(row.at),
        user=row.user,
        action=row.action,
        object=row.object,
        sentence=sentence(row.action, row.user, row.object, row.details, units),
        details=row.details,
    )


def sentence(action: str, user: str, obj: str, details: str, units: Units | None = None) -> str:
    """One audit entry in words: 'olu recorded entry E33: 12.450 ct of lot L3 into S5-SAW-Q2-W'."""
    units = units or Units()
    try:
        d = json.loads(details) if details else {}
    except ValueError:
        d = {}
    if not isinstance(d, dict):
        d = {}
    words = _WORDS.get(action)
    if words is None:
        kind, _, rest = action.partition(".")
        if kind == "print":
            copy = d.get("copy")
            again = f" (copy {copy})" if isinstance(copy, int) and copy else ""
            return f"{user} printed the {DOCUMENTS.get(rest, rest)} of {obj}{again}"
        if kind == "export":
            return f"{user} exported {rest.replace('-', ' ')} {obj}".rstrip()
        return f"{user}: {action} {obj}".rstrip()
    try:
        return words(user, obj, d, units) + _off_balance(d)
    except (KeyError, TypeError, ValueError, AttributeError):  # an entry older than its words
        return f"{user}: {action} {obj}".rstrip()


def _off_balance(d: dict[str, Any]) -> str:
    """Where a weight captured off a balance came from (a keyed one says nothing more)."""
    if d.get("weight_source") != "balance":
        return ""
    return f", off balance {d['balance']} (serial {d['serial_no']})"


def _stones(d: dict[str, Any], key: str = "stones") -> str:
    n = d.get(key)
    return f", {n} stones" if isinstance(n, int) and n else ""


def _adjusted(d: dict[str, Any]) -> str:
    """The serial number a zeroed or tared balance reported, and whether it is registered."""
    said = f" (serial {d['serial_no'] or 'not reported'})"
    return said + ("" if d.get("registered", True) else ", not in the register")


def _reason(d: dict[str, Any]) -> str:
    reason = d.get("reason") or ""
    return f": {reason}" if reason else ""


def _receive(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    origins = ", ".join(
        f"{mine}, {country}" if mine else country for country, mine in d.get("origins") or []
    )
    whence = f" from {origins}" if origins else ""
    if d.get("weighed_mct") is None:
        return f"{user} received lot {obj}{whence}: {u.ct(d.get('declared_mct'))} declared"
    declared = d.get("declared_mct")
    said = f" ({u.ct(declared)} declared)" if declared is not None else ""
    return f"{user} received lot {obj}{whence}: {u.ct(d['weighed_mct'])} weighed{said}{_stones(d)}"


def _entry(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return (
        f"{user} recorded entry {d['entry']}: {u.ct(d['mct'])} of lot {obj} into "
        f"{d['category']}{_stones(d)}"
    )


def _loss(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return (
        f"{user} recorded entry {d['entry']}: {u.ct(d['mct'])} of lot {obj} lost to "
        f"{d['loss_type']}"
    )


def _correct(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return f"{user} reversed entry {d['reverses']} of lot {obj} (entry {d['entry']}){_reason(d)}"


def _undo(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    # The reversal carries the reversed entry's carats, negated.
    into = f"of {d['category']}" if d.get("category") else f"lost to {d['loss_type']}"
    return (
        f"{user} reversed their own entry {d['reverses']} of lot {obj} "
        f"({u.ct(abs(d['mct']))} {into}){_reason(d)}"
    )


def _close(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    lost = sum(v for v in (d.get("losses_mct") or {}).values() if isinstance(v, int))
    return (
        f"{user} closed the sorting of lot {obj}: {u.ct(d['sorted_mct'])} sorted"
        + (f" and {u.ct(lost)} lost" if lost else "")
        + f" of {u.ct(d['received_mct'])} received, a difference of {u.ct(d['difference_mct'])}"
        + (f" (accepted beyond tolerance{_reason(d)})" if d.get("override") else "")
    )


def _pack(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    lots = ", ".join(str(lot[0]) for lot in d.get("lots") or [])
    return f"{user} packed {u.ct(d['mct'])} of {d['category']} into parcel {obj}{_stones(d)}" + (
        f" from lot {lots}" if lots else ""
    )


def _seal(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return (
        f"{user} sealed parcel {obj} under KP certificate {d['kp_cert']}: {u.ct(d['mct'])}"
        f"{_stones(d)}, {u.usd(d['value_cents'])}, seals {', '.join(d.get('seals') or [])}"
    )


_WORDS: dict[str, Callable[[str, str, dict[str, Any], Units], str]] = {
    "lot.receive": _receive,
    "lot.weigh": lambda user, obj, d, u: (
        f"{user} weighed lot {obj}: {u.ct(d['weighed_mct'])}{_stones(d)}"
    ),
    "lot.reweigh": lambda user, obj, d, u: (
        f"{user} weighed lot {obj} again: {u.ct(d['weighed_mct'])} (was "
        f"{u.ct(d['previous_mct'])}){_reason(d)}"
    ),
    "lot.acknowledge": lambda user, obj, d, u: (
        f"{user} accepted the weight difference of lot {obj}{_reason(d)}"
    ),
    "sort.add": _entry,
    "sort.loss": _loss,
    "sort.correct": _correct,
    "sort.undo": _undo,
    "sort.close": _close,
    "sort.import": lambda user, obj, d, u: (
        f"{user} imported {d['entries']} sorting entries from {obj}"
        + (f", their weights from file {d['file']}" if d.get("weight_source") == "file" else "")
    ),
    "parcel.create": lambda user, obj, d, u: (
        f"{user} created draft parcel {obj} for {d['importer']} ({d['destination']})"
    ),
    "parcel.add": _pack,
    "parcel.remove": lambda user, obj, d, u: (
        f"{user} removed packing {d['reverses']} from parcel {obj}{_reason(d)}"
    ),
    "parcel.valuation": lambda user, obj, d, u: (
        f"{user} recorded the {d['valuer']} valuation of parcel {obj}: {u.usd(d['value_cents'])}"
    ),
    "price.override": lambda user, obj, d, u: (
        f"{user} priced {d['category']} in parcel {obj} at {u.usd(d['cents_per_ct'])} per carat"
        f"{_reason(d)}"
    ),
    "parcel.seal": _seal,
    "parcel.ship": lambda user, obj, d, u: (
        f"{user} shipped parcel {obj}"
        + (f" by {d['carrier']}" if d.get("carrier") else "")
        + (f", air waybill {d['awb']}" if d.get("awb") else "")
    ),
    "party.set": lambda user, obj, d, u: (
        f"{user} {'added' if d.get('new') else 'changed'} party {obj} in the register"
    ),
    "parcel.void": lambda user, obj, d, u: f"{user} voided parcel {obj}{_reason(d)}",
    "transfer.export": lambda user, obj, d, u: (
        f"{user} exported parcel {obj} to a transfer file {d['file']}"
        + (f" for {d['to']}" if d.get("to") else "")
    ),
    "transfer.import": lambda user, obj, d, u: (
        f"{user} imported parcel {d['parcel']} from {d['sender']} as lot {obj}"
    ),
    "transfer.trust": lambda user, obj, d, u: f"{user} pinned the transfer key of {obj}",
    "price.set": lambda user, obj, d, u: (
        f"{user} set the price of {obj} to {u.usd(d['cents_per_ct'])} per carat from {d['from']}"
    ),
    "price.import": lambda user, obj, d, u: (
        f"{user} imported {len(d['prices'])} prices from {d['from']}"
    ),
    "category.add": lambda user, obj, d, u: f"{user} added category {obj}",
    "assortment.load": lambda user, obj, d, u: (
        f"{user} loaded the default assortment ({d['categories']} categories)"
    ),
    "assortment.import": lambda user, obj, d, u: f"{user} imported {d['categories']} categories",
    "site.init": lambda user, obj, d, u: f"{user} set up site {obj} ({d['name']}, {d['country']})",
    "site.set": lambda user, obj, d, u: f"{user} set the site's {obj} to '{d['value']}'",
    "site.key": lambda user, obj, d, u: f"{user} made the site key {d['fingerprint']}",
    "site.key.grant": lambda user, obj, d, u: f"{user} gave {obj} the site key",
    "country.set": lambda user, obj, d, u: f"{user} set country {obj} ({d['name']}, KP {d['kp']})",
    "user.add": lambda user, obj, d, u: f"{user} added {d['role']} {obj}",
    "user.set": lambda user, obj, d, u: (
        f"{user} made {obj} {d['role']}, {'active' if d['active'] else 'inactive'}"
    ),
    "user.password": lambda user, obj, d, u: f"{user} changed the password of {obj}",
    "user.unlock": lambda user, obj, d, u: f"{user} unlocked {obj}",
    "login": lambda user, obj, d, u: f"{user} signed in",
    "login.failed": lambda user, obj, d, u: (
        f"A sign-in as {user} was refused" + (" and the user locked" if d.get("locked") else "")
    ),
    "backup": lambda user, obj, d, u: (
        f"{user} made backup {obj}"
        + ("" if d.get("verified") is not False else " (it failed verification)")
    ),
    "restore": lambda user, obj, d, u: f"{user} restored backup {obj}",
    "verify.seal": lambda user, obj, d, u: f"{user} verified the audit chain",
    "balance.register": lambda user, obj, d, u: (
        f"{user} registered balance {obj} (serial {d['serial_no']})"
    ),
    "balance.update": lambda user, obj, d, u: (
        f"{user} changed balance {obj}: {', '.join(sorted(d['changed']))}{_reason(d)}"
    ),
    "balance.calibrate": lambda user, obj, d, u: (
        f"{user} recorded the calibration of balance {obj} on {d['calibrated_on']} by "
        f"{d['calibrated_by']}, next due {d['next_due']}"
    ),
    "balance.check": lambda user, obj, d, u: (
        f"{user} checked balance {obj} with {d['reference']}: {u.ct(d['read_mct'])} read of "
        f"{u.ct(d['nominal_mct'])} (within {u.ct(d['tolerance_mct'])}), "
        f"{'passed' if d['passed'] else 'FAILED'}"
    ),
    "balance.reference.register": lambda user, obj, d, u: (
        f"{user} registered reference weight {obj} of {u.ct(d['nominal_mct'])}"
        + (f", class {d['weight_class']}" if d.get("weight_class") else "")
        + f", certificate {d['certificate']}"
    ),
    "balance.reference.update": lambda user, obj, d, u: (
        f"{user} changed reference weight {obj}: {', '.join(sorted(d['changed']))}{_reason(d)}"
    ),
    "balance.zero": lambda user, obj, d, u: f"{user} zeroed balance {obj}{_adjusted(d)}",
    "balance.tare": lambda user, obj, d, u: f"{user} tared balance {obj}{_adjusted(d)}",
}
