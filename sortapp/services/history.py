"""The audit log as sentences, in the site's units and time zone; the history of one lot or
parcel. Qt-free: the app shows these, the raw entry (its JSON details) stays beside them."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sortapp.core.canonical import local_text
from sortapp.core.entities import VALUER_WORDS
from sortapp.core.i18n import LANGUAGES, N_, Phrase, phrase
from sortapp.core.units import format_cents, format_mct, format_percent
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
    "manifest": phrase("parcel manifest"),
    "kp-sheet": phrase("KP certificate data sheet"),
    "invoice": phrase("commercial invoice"),
    "valuation": phrase("valuation sheet"),
    "receipt": phrase("lot receipt"),
    "reconciliation": phrase("sorting reconciliation report"),
    "label": phrase("label"),
}


@dataclass(frozen=True)
class Units:
    """How figures and times are written at the site."""

    timezone: str = "UTC"
    decimal_comma: bool = False

    def ct(self, mct: Any) -> str:
        if not isinstance(mct, int):
            return phrase("? ct")
        return phrase("{carats} ct", carats=format_mct(mct, decimal_comma=self.decimal_comma))

    def usd(self, cents: Any) -> str:
        if not isinstance(cents, int):
            return "USD ?"
        return f"USD {format_cents(cents, decimal_comma=self.decimal_comma)}"

    def time(self, at: str) -> str:
        return local_text(at, self.timezone)

    def setting(self, key: str, stored: Any) -> str:
        """A site setting's value as recorded, written as its user writes it: a tolerance in
        carats or percent, not the thousandths it is kept in ("tolerance-pct to '150000'"
        read as 150,000 %)."""
        if not isinstance(stored, str) or not stored.lstrip("-").isdigit():
            return str(stored)
        if key.endswith("-pct"):
            return f"{format_percent(int(stored), decimal_comma=self.decimal_comma)} %"
        if key.endswith("-ct"):
            return self.ct(int(stored))
        return stored


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
    """One audit entry in words: 'olu recorded entry E33: 12.450 ct of lot L3 into S5-SAW-Q2-W'.

    Each sentence is a ``phrase`` (its optional parts phrases of their own, given as facts), so
    that the app says it in the user's language; the entry's action and details stay as
    recorded."""
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
            document = DOCUMENTS.get(rest, rest)
            if isinstance(copy, int) and copy:
                return phrase(
                    "{user} printed the {document} of {obj} (copy {copy})",
                    user=user,
                    document=document,
                    obj=obj,
                    copy=copy,
                )
            return phrase(
                "{user} printed the {document} of {obj}", user=user, document=document, obj=obj
            )
        if kind == "export":
            what = rest.replace("-", " ")
            if obj.rstrip():
                return phrase(
                    "{user} exported {what} {obj}", user=user, what=what, obj=obj.rstrip()
                )
            if what.rstrip():
                return phrase("{user} exported {what}", user=user, what=what.rstrip())
            return f"{user} exported"
        return f"{user}: {action} {obj}".rstrip()
    try:
        said = words(user, obj, d, units)
        if d.get("weight_source") != "balance":
            return said
        # Where a weight captured off a balance came from (a keyed one says nothing more).
        return phrase(
            "{sentence}, off balance {balance} (serial {serial})",
            sentence=said,
            balance=d["balance"],
            serial=d["serial_no"],
        )
    except (KeyError, TypeError, ValueError, AttributeError):  # an entry older than its words
        return f"{user}: {action} {obj}".rstrip()


def _stones(d: dict[str, Any], key: str = "stones") -> str:
    n = d.get(key)
    return phrase(", {stones} stones", stones=n) if isinstance(n, int) and n else ""


def _count(d: dict[str, Any], key: str) -> str:
    """A reweighing's stones (``key``: its new or its previous count) where the count changed,
    a count of none too ("stones not counted" where there was none); else as ``_stones``."""
    if d.get("stones") == d.get("previous_stones"):
        return _stones(d, key)
    n = d.get(key)
    return (
        phrase(", {stones} stones", stones=n) if isinstance(n, int) else N_(", stones not counted")
    )


def _adjusted(d: dict[str, Any]) -> str:
    """The serial number a zeroed or tared balance reported, and whether it is registered."""
    serial = d["serial_no"] or phrase("not reported")
    if d.get("registered", True):
        return phrase(" (serial {serial})", serial=serial)
    return phrase(" (serial {serial}), not in the register", serial=serial)


def _reason(d: dict[str, Any]) -> str:
    reason = d.get("reason") or ""
    return phrase(": {reason}", reason=reason) if reason else ""


def _receive(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    origins = ", ".join(
        f"{mine}, {country}" if mine else country for country, mine in d.get("origins") or []
    )
    whence = phrase(" from {origins}", origins=origins) if origins else ""
    if d.get("weighed_mct") is None:
        return phrase(
            "{user} received lot {obj}{whence}: {declared} declared",
            user=user,
            obj=obj,
            whence=whence,
            declared=u.ct(d.get("declared_mct")),
        )
    declared = d.get("declared_mct")
    if declared is not None:
        return phrase(
            "{user} received lot {obj}{whence}: {weighed} weighed ({declared} declared){stones}",
            user=user,
            obj=obj,
            whence=whence,
            weighed=u.ct(d["weighed_mct"]),
            declared=u.ct(declared),
            stones=_stones(d),
        )
    return phrase(
        "{user} received lot {obj}{whence}: {weighed} weighed{stones}",
        user=user,
        obj=obj,
        whence=whence,
        weighed=u.ct(d["weighed_mct"]),
        stones=_stones(d),
    )


def _entry(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return phrase(
        "{user} recorded entry {entry}: {ct} of lot {obj} into {category}{stones}",
        user=user,
        entry=d["entry"],
        ct=u.ct(d["mct"]),
        obj=obj,
        category=d["category"],
        stones=_stones(d),
    )


def _loss(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return phrase(
        "{user} recorded entry {entry}: {ct} of lot {obj} lost to {loss}",
        user=user,
        entry=d["entry"],
        ct=u.ct(d["mct"]),
        obj=obj,
        loss=d["loss_type"],
    )


def _correct(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return phrase(
        "{user} reversed entry {reverses} of lot {obj} (entry {entry}){reason}",
        user=user,
        reverses=d["reverses"],
        obj=obj,
        entry=d["entry"],
        reason=_reason(d),
    )


def _undo(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    # The reversal carries the reversed entry's carats, negated.
    if d.get("category"):
        return phrase(
            "{user} reversed their own entry {reverses} of lot {obj} ({ct} of {category}){reason}",
            user=user,
            reverses=d["reverses"],
            obj=obj,
            ct=u.ct(abs(d["mct"])),
            category=d["category"],
            reason=_reason(d),
        )
    return phrase(
        "{user} reversed their own entry {reverses} of lot {obj} ({ct} lost to {loss}){reason}",
        user=user,
        reverses=d["reverses"],
        obj=obj,
        ct=u.ct(abs(d["mct"])),
        loss=d["loss_type"],
        reason=_reason(d),
    )


def _close(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    lost = sum(v for v in (d.get("losses_mct") or {}).values() if isinstance(v, int))
    return phrase(
        "{user} closed the sorting of lot {obj}: {sorted} sorted{lost} of {received} received, "
        "a difference of {difference}{accepted}",
        user=user,
        obj=obj,
        sorted=u.ct(d["sorted_mct"]),
        lost=phrase(" and {ct} lost", ct=u.ct(lost)) if lost else "",
        received=u.ct(d["received_mct"]),
        difference=u.ct(d["difference_mct"]),
        accepted=(
            phrase(" (accepted beyond tolerance{reason})", reason=_reason(d))
            if d.get("override")
            else ""
        ),
    )


def _pack(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    lots = ", ".join(str(lot[0]) for lot in d.get("lots") or [])
    return phrase(
        "{user} packed {ct} of {category} into parcel {obj}{stones}{lots}",
        user=user,
        ct=u.ct(d["mct"]),
        category=d["category"],
        obj=obj,
        stones=_stones(d),
        lots=phrase(" from lot {lots}", lots=lots) if lots else "",
    )


def _seal(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return phrase(
        "{user} sealed parcel {obj} under KP certificate {cert}: {ct}{stones}, {value}, seals "
        "{seals}",
        user=user,
        obj=obj,
        cert=d["kp_cert"],
        ct=u.ct(d["mct"]),
        stones=_stones(d),
        value=u.usd(d["value_cents"]),
        seals=", ".join(d.get("seals") or []),
    )


def _sort_import(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    if d.get("weight_source") == "file":
        return phrase(
            "{user} imported {count} sorting entries from {obj}, their weights from file {file}",
            user=user,
            count=d["entries"],
            obj=obj,
            file=d["file"],
        )
    return phrase(
        "{user} imported {count} sorting entries from {obj}", user=user, count=d["entries"], obj=obj
    )


def _ship(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    return phrase(
        "{user} shipped parcel {obj}{carrier}{awb}",
        user=user,
        obj=obj,
        carrier=phrase(" by {carrier}", carrier=d["carrier"]) if d.get("carrier") else "",
        awb=phrase(", air waybill {awb}", awb=d["awb"]) if d.get("awb") else "",
    )


def _transfer_export(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    if d.get("to"):
        return phrase(
            "{user} exported parcel {obj} to a transfer file {file} for {to}",
            user=user,
            obj=obj,
            file=d["file"],
            to=d["to"],
        )
    return phrase(
        "{user} exported parcel {obj} to a transfer file {file}", user=user, obj=obj, file=d["file"]
    )


def _reference_register(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    if d.get("weight_class"):
        return phrase(
            "{user} registered reference weight {obj} of {nominal}, class {weight_class}, "
            "certificate {certificate}",
            user=user,
            obj=obj,
            nominal=u.ct(d["nominal_mct"]),
            weight_class=d["weight_class"],
            certificate=d["certificate"],
        )
    return phrase(
        "{user} registered reference weight {obj} of {nominal}, certificate {certificate}",
        user=user,
        obj=obj,
        nominal=u.ct(d["nominal_mct"]),
        certificate=d["certificate"],
    )


def _check(user: str, obj: str, d: dict[str, Any], u: Units) -> str:
    reference, read = d["reference"], u.ct(d["read_mct"])
    nominal, tolerance = u.ct(d["nominal_mct"]), u.ct(d["tolerance_mct"])
    if d["passed"]:
        return phrase(
            "{user} checked balance {obj} with {reference}: {read} read of {nominal} (within "
            "{tolerance}), passed",
            user=user,
            obj=obj,
            reference=reference,
            read=read,
            nominal=nominal,
            tolerance=tolerance,
        )
    return phrase(
        "{user} checked balance {obj} with {reference}: {read} read of {nominal} (within "
        "{tolerance}), FAILED",
        user=user,
        obj=obj,
        reference=reference,
        read=read,
        nominal=nominal,
        tolerance=tolerance,
    )


#: A role's name in a sentence, said in the reader's language (as the refusals say it).
_ROLES: dict[str, Phrase] = {
    "operator": phrase("operator"),
    "supervisor": phrase("supervisor"),
    "admin": phrase("admin"),
}


def _role(code: Any) -> str:
    return _ROLES.get(str(code), str(code))


def _user_set(user: str, obj: str, d: dict[str, Any]) -> str:
    """A ``user.set``: what changed, in words, where it recorded what it changed from (since
    2026-12); else the role and state it gave."""
    was = d.get("was")
    said: list[str] = []
    if not isinstance(was, dict):
        was = {"role": d["role"], "active": d["active"]}
    if d["role"] != was.get("role"):
        said.append(
            phrase(
                "{user} changed {obj} from {was} to {role}",
                user=user,
                obj=obj,
                was=_role(was.get("role")),
                role=_role(d["role"]),
            )
        )
    if bool(d["active"]) != bool(was.get("active")):
        said.append(
            phrase("{user} reactivated {obj}", user=user, obj=obj)
            if d["active"]
            else phrase("{user} deactivated {obj}", user=user, obj=obj)
        )
    if said:
        return "; ".join(said)
    if d["active"]:
        return phrase("{user} made {obj} {role}, active", user=user, obj=obj, role=_role(d["role"]))
    return phrase("{user} made {obj} {role}, inactive", user=user, obj=obj, role=_role(d["role"]))


_WORDS: dict[str, Callable[[str, str, dict[str, Any], Units], str]] = {
    "lot.receive": _receive,
    "lot.weigh": lambda user, obj, d, u: phrase(
        "{user} weighed lot {obj}: {ct}{stones}",
        user=user,
        obj=obj,
        ct=u.ct(d["weighed_mct"]),
        stones=_stones(d),
    ),
    "lot.reweigh": lambda user, obj, d, u: phrase(
        # (With the stones: a count alone corrected read "100.000 ct (was 100.000 ct)".)
        "{user} weighed lot {obj} again: {ct}{stones} (was {previous}{previous_stones})"
        "{reason}{cleared}",
        user=user,
        obj=obj,
        ct=u.ct(d["weighed_mct"]),
        stones=_count(d, "stones"),
        previous=u.ct(d["previous_mct"]),
        previous_stones=_count(d, "previous_stones"),
        reason=_reason(d),
        cleared=N_("; the acknowledgement of its earlier weight difference no longer stands")
        if d.get("acknowledgement_cleared")
        else "",
    ),
    "lot.acknowledge": lambda user, obj, d, u: (
        phrase(
            "{user} acknowledged the weight difference of lot {obj} (declared {declared}, "
            "weighed {weighed}){reason}",
            user=user,
            obj=obj,
            declared=u.ct(d["declared_mct"]),
            weighed=u.ct(d["weighed_mct"]),
            reason=_reason(d),
        )
        if "weighed_mct" in d
        else phrase(
            "{user} accepted the weight difference of lot {obj}{reason}",
            user=user,
            obj=obj,
            reason=_reason(d),
        )
    ),
    "sort.add": _entry,
    "sort.loss": _loss,
    "sort.correct": _correct,
    "sort.undo": _undo,
    "sort.close": _close,
    "sort.import": _sort_import,
    "parcel.create": lambda user, obj, d, u: phrase(
        "{user} created draft parcel {obj} for {importer} ({destination})",
        user=user,
        obj=obj,
        importer=d["importer"],
        destination=d["destination"],
    ),
    "parcel.add": _pack,
    "parcel.remove": lambda user, obj, d, u: phrase(
        "{user} removed packing {reverses} from parcel {obj}{reason}",
        user=user,
        reverses=d["reverses"],
        obj=obj,
        reason=_reason(d),
    ),
    "parcel.valuation": lambda user, obj, d, u: phrase(
        "{user} recorded the {valuer} valuation of parcel {obj}: {value}",
        user=user,
        valuer=VALUER_WORDS.get(d["valuer"], d["valuer"]),
        obj=obj,
        value=u.usd(d["value_cents"]),
    ),
    "price.override": lambda user, obj, d, u: phrase(
        "{user} priced {category} in parcel {obj} at {price} per carat{reason}",
        user=user,
        category=d["category"],
        obj=obj,
        price=u.usd(d["cents_per_ct"]),
        reason=_reason(d),
    ),
    "parcel.seal": _seal,
    "parcel.ship": _ship,
    "party.set": lambda user, obj, d, u: (
        phrase("{user} added party {obj} in the register", user=user, obj=obj)
        if d.get("new")
        else phrase("{user} changed party {obj} in the register", user=user, obj=obj)
    ),
    "parcel.void": lambda user, obj, d, u: phrase(
        "{user} voided parcel {obj}{reason}", user=user, obj=obj, reason=_reason(d)
    ),
    "transfer.export": _transfer_export,
    "transfer.import": lambda user, obj, d, u: phrase(
        "{user} imported parcel {parcel} from {sender} as lot {obj}",
        user=user,
        parcel=d["parcel"],
        sender=d["sender"],
        obj=obj,
    ),
    "transfer.trust": lambda user, obj, d, u: phrase(
        "{user} pinned the transfer key of {obj}", user=user, obj=obj
    ),
    "price.set": lambda user, obj, d, u: (
        phrase(
            "{user} set the price of {obj} to {price} per carat from {day} (was {was})",
            user=user,
            obj=obj,
            price=u.usd(d["cents_per_ct"]),
            day=d["from"],
            was=u.usd(d["was"]),
        )
        if d.get("was") is not None
        else phrase(
            "{user} set the price of {obj} to {price} per carat from {day}",
            user=user,
            obj=obj,
            price=u.usd(d["cents_per_ct"]),
            day=d["from"],
        )
    ),
    "price.import": lambda user, obj, d, u: phrase(
        "{user} imported {count} prices from {day}",
        user=user,
        count=len(d["prices"]),
        day=d["from"],
    ),
    "category.add": lambda user, obj, d, u: phrase(
        "{user} added category {obj}", user=user, obj=obj
    ),
    "name.set": lambda user, obj, d, u: phrase(
        "{user} changed the names of {obj} ({languages})",
        user=user,
        obj=obj,
        languages=", ".join(sorted(d.get("names") or [d.get("language", "")])),
    ),
    "name.clear": lambda user, obj, d, u: phrase(
        "{user} cleared the name of {obj} ({language})",
        user=user,
        obj=obj,
        language=d.get("language", ""),
    ),
    "name.import": lambda user, obj, d, u: phrase(
        "{user} imported {count} names in other languages", user=user, count=d.get("names", 0)
    ),
    "assortment.load": lambda user, obj, d, u: phrase(
        "{user} loaded the default assortment ({count} categories)",
        user=user,
        count=d["categories"],
    ),
    "assortment.import": lambda user, obj, d, u: phrase(
        "{user} imported {count} categories", user=user, count=d["categories"]
    ),
    "site.init": lambda user, obj, d, u: phrase(
        "{user} set up site {obj} ({name}, {country})",
        user=user,
        obj=obj,
        name=d["name"],
        country=d["country"],
    ),
    "site.set": lambda user, obj, d, u: (
        phrase(
            "{user} set the site's {obj} to '{value}' (was '{was}')",
            user=user,
            obj=obj,
            value=u.setting(obj, d["value"]),
            was=u.setting(obj, d["was"]),
        )
        if "was" in d
        else phrase(
            "{user} set the site's {obj} to '{value}'",
            user=user,
            obj=obj,
            value=u.setting(obj, d["value"]),
        )
    ),
    "site.key": lambda user, obj, d, u: phrase(
        "{user} made the site key {fingerprint}", user=user, fingerprint=d["fingerprint"]
    ),
    "site.key.grant": lambda user, obj, d, u: phrase(
        "{user} gave {obj} the site key", user=user, obj=obj
    ),
    "country.set": lambda user, obj, d, u: (
        phrase(
            "{user} set country {obj} ({name}, KP {kp}; was {was_name}, KP {was_kp})",
            user=user,
            obj=obj,
            name=d["name"],
            kp=d["kp"],
            was_name=d["was"]["name"],
            was_kp=d["was"]["kp"],
        )
        if isinstance(d.get("was"), dict)
        else phrase(
            "{user} set country {obj} ({name}, KP {kp})",
            user=user,
            obj=obj,
            name=d["name"],
            kp=d["kp"],
        )
    ),
    "user.add": lambda user, obj, d, u: phrase(
        "{user} added {role} {obj}", user=user, role=_role(d["role"]), obj=obj
    ),
    "user.set": lambda user, obj, d, u: _user_set(user, obj, d),
    "user.password": lambda user, obj, d, u: phrase(
        "{user} changed the password of {obj}", user=user, obj=obj
    ),
    "user.language": lambda user, obj, d, u: phrase(
        "{user} chose the language {language}",
        user=user,
        language=LANGUAGES.get(str(d.get("language")), str(d.get("language"))),
    ),
    "user.unlock": lambda user, obj, d, u: phrase("{user} unlocked {obj}", user=user, obj=obj),
    "login": lambda user, obj, d, u: (
        phrase(
            "The right current password was typed to change the password of {user}, and the "
            "failed attempts before it cleared",
            user=user,
        )
        if d.get("changing")
        else phrase("{user} signed in", user=user)
    ),
    "login.failed": lambda user, obj, d, u: (
        phrase(
            "A wrong current password was typed to change the password of {user}, and the user "
            "locked",
            user=user,
        )
        if d.get("changing") and d.get("locked_until")
        else phrase(
            "A wrong current password was typed to change the password of {user}", user=user
        )
        if d.get("changing")
        else phrase("A sign-in as {user} was refused and the user locked", user=user)
        if d.get("locked")
        else phrase("A sign-in as {user} was refused", user=user)
    ),
    "backup": lambda user, obj, d, u: (
        phrase("{user} made backup {obj}", user=user, obj=obj)
        if d.get("verified") is not False
        else phrase("{user} made backup {obj} (it failed verification)", user=user, obj=obj)
    ),
    "restore": lambda user, obj, d, u: (
        phrase(
            "{user} restored backup {obj} over the database SQLite reported damaged "
            "({damaged}): the log now ends at {restored}; the damaged file is kept as {kept}",
            user=user,
            obj=obj,
            damaged=d["damaged"],
            restored=d["restored_to"],
            kept=d["replaced_kept_as"],
        )
        if d.get("damaged") and d.get("restored_to")
        else phrase(
            "{user} restored backup {obj}: the log now ends at {restored} (it ended at "
            "{replaced}; that log is kept in the backup {kept})",
            user=user,
            obj=obj,
            replaced=d["replaced_to"],
            restored=d["restored_to"],
            kept=d["replaced_kept_as"],
        )
        if d.get("replaced_to") and d.get("restored_to")
        else phrase("{user} restored backup {obj}", user=user, obj=obj)
    ),
    "verify.seal": lambda user, obj, d, u: phrase("{user} verified the audit chain", user=user),
    "balance.register": lambda user, obj, d, u: phrase(
        "{user} registered balance {obj} (serial {serial})",
        user=user,
        obj=obj,
        serial=d["serial_no"],
    ),
    "balance.update": lambda user, obj, d, u: phrase(
        "{user} changed balance {obj}: {changed}{reason}",
        user=user,
        obj=obj,
        changed=", ".join(sorted(d["changed"])),
        reason=_reason(d),
    ),
    "balance.calibrate": lambda user, obj, d, u: phrase(
        "{user} recorded the calibration of balance {obj} on {day} by {by}, next due {due}",
        user=user,
        obj=obj,
        day=d["calibrated_on"],
        by=d["calibrated_by"],
        due=d["next_due"],
    ),
    "balance.check": _check,
    "balance.reference.register": _reference_register,
    "balance.reference.update": lambda user, obj, d, u: phrase(
        "{user} changed reference weight {obj}: {changed}{reason}",
        user=user,
        obj=obj,
        changed=", ".join(sorted(d["changed"])),
        reason=_reason(d),
    ),
    "balance.zero": lambda user, obj, d, u: phrase(
        "{user} zeroed balance {obj}{adjusted}", user=user, obj=obj, adjusted=_adjusted(d)
    ),
    "balance.tare": lambda user, obj, d, u: phrase(
        "{user} tared balance {obj}{adjusted}", user=user, obj=obj, adjusted=_adjusted(d)
    ),
}
