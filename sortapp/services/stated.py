"""What the audit log's entries state of lots and parcels, held against their rows (verify).

The rows check (``storage.rowcover``) proves each protected row is as the log last recorded
its hash, and that every recorded change starts where the one before ended. It cannot say
which columns a change touched: the log holds the rows' hashes, not their texts. A lot's or a
parcel's row changes unsigned as operators work (a lot weighed, its sorting begun and closed; a
draft parcel packed), so someone holding the file can drop the triggers, change such a row and
append an unsigned entry (even a sign-in's) that records its new hash: the rows check then
finds the row as recorded. What decides carats, origin, value or rights in those rows is
therefore also held to what the entries that set it state:

- a lot's recorded facts (declared weight, value, stones, incoming KP certificate, supplier,
  where it came from, when and by whom it was received) to its ``lot.receive`` entry's details
  (the entry that added its row);
- its weighed carats to its last receipt, weighing or signed reweighing (a lot weighed is
  weighed by one of them), and its weight flag
  (weighed beyond the tolerance of the declared carats) to what the tolerance then in effect
  made of them;
- a lot's acknowledgement of a weight difference to its last signed ``lot.acknowledge`` (unless
  a signed ``lot.reweigh`` after it cleared it);
- a lot's status ``sorted`` to the ledger's entry that closed its sorting (kind ``sort``);
- a closing whose written-off difference is beyond the tolerance then in effect (the signed
  ``site.set`` entries say which) to a supervisor's signature, whatever its entry says of
  itself (an entry's ``override`` flag is forged as easily as the rest of it);
- a parcel's state to its last signed ``parcel.seal``, ``parcel.ship`` or ``parcel.void``, a
  sealed one's fingerprint to the one its signed seal recorded (``integrity.parcel_pass``
  re-derives the fingerprint from its data), a shipped one's carrier and air waybill to its
  ``parcel.ship``'s, a void one's reason to its ``parcel.void``'s.

An origin or seal added to a lot after its receipt is the replay's (``rowcover.lot_added_alone``).
"Signed" here is an entry that carries a signature, or one from before the site key was made
(a file from before the key: every entry): whether the signature is the site key's is the
signatures check's, which names a forged one (so a run that trusted it here fails all the same).

The log is read once, every entry of these actions from its own table (2.1-2.9 s of the
ten-year history's first run); after a seal whose run made this check, only the entries of the
lots and parcels whose rows changed since, or that an entry or a ledger entry since names (one
scan of the log's table in SQLite; none when nothing was touched).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sortapp.core import canonical
from sortapp.core.i18n import phrase
from sortapp.core.units import format_mct
from sortapp.services.settings import DEFAULT_SETTINGS, SETTING_KEYS, tolerance
from sortapp.storage import anchors as anchors_sql
from sortapp.storage import audit as audit_sql
from sortapp.storage import dbapi, integrity, records, rowcover
from sortapp.storage import lots as lots_sql
from sortapp.storage import parcels as parcels_sql
from sortapp.storage.dbapi import Database

#: A lot's recorded facts as its ``lot.receive`` entry's details name them: detail -> column.
#: The first three from the first release on; the rest from 2026-12-06 on (an entry without
#: one holds its lot to the others).
RECEIVED_FACTS = {
    "declared_mct": "declared_mct",
    "supplier": "supplier",
    "kp_cert": "kp_cert_in",
    "declared_stones": "declared_stones",
    "declared_value_cents": "declared_value_cents",
    "hs_code": "hs_code_in",
    "from_country": "from_country",
    "source": "source",
    "received_at": "received_at",
}

#: What each signed action leaves a parcel as.
PARCEL_STATES = {"parcel.seal": "sealed", "parcel.ship": "shipped", "parcel.void": "void"}

#: The settings a tolerance is made of, by the key a ``site.set`` entry names: the floor in
#: carats, and the share of the weight. A closing's (``settings.sort_tolerance``) ...
_SORT_KEYS = {"tolerance-ct": "tolerance_mct", "tolerance-pct": "tolerance_milli_pct"}
#: ... and a weighing's against the declared carats (``settings.weigh_tolerance``).
_WEIGH_KEYS = {
    "weigh-tolerance-ct": "weigh_tolerance_mct",
    "weigh-tolerance-pct": "weigh_tolerance_milli_pct",
}

#: Which rules a seal's part ``stated`` was made by: a seal made by fewer (before a lot's
#: weighed carats had to be stated by an entry, a flagged lot's closing acknowledged, a
#: counted stone difference signed, a parcel's certificate and carrier its signed entries', a
#: lot received once and with an origin, its weighed stones stated, a difference accepted by
#: a supervisor who entered none of the results, a lot weighed again before its sorting only,
#: a parcel sealed, shipped or voided once and valued and priced before its seal, a lot's
#: weighings those its entries recorded, of their carats) spares none of them.
STATED_RULES = 10

#: What sortapp records of a parcel only before its seal (the server's guard refuses them after
#: it; on a file, a supervisor holding the key dropped that trigger and valued a sealed parcel,
#: whose valuation sheet then printed it: an attack round, 2026-12-07).
_BEFORE_SEAL = ("parcel.valuation", "price.override")

#: The weighings each entry that weighs a lot adds, by their action (a reweighing's entry is
#: followed by the ``lot.weigh`` entry of its weighing).
_WEIGHINGS_OF = {
    "lot.receive": ("receive",),
    "lot.weigh": ("weigh", "reweigh"),
    "lot.reweigh": ("reweigh",),
}

_ACTIONS = (
    "lot.receive",
    "lot.weigh",
    "lot.acknowledge",
    "lot.reweigh",
    "sort.close",
    "site.set",
    *PARCEL_STATES,
    *_BEFORE_SEAL,
)


def problems(
    db: Database,
    upto: int,
    *,
    after: int = 0,
    changed: dict[str, set[str]] | None = None,
    ledger_after: int = 0,
) -> list[str]:
    """What the entries up to audit id ``upto`` state of lots and parcels that their rows do
    not hold (none when every row is as its entries made it).

    After a seal (its entries up to id ``after``; ``changed``: the protected rows changed since
    it, by table, as the rows check found them), on a file: only the lots and parcels those
    rows or the entries after it name are read again, with every entry of theirs (the run that
    made the seal found every other one as its entries made it, and neither its row nor any
    entry of it changed since; ``ledger_after``: the ledger's entries it sealed, whose lots
    after are read again too). Every ``site.set`` is read all the same (the tolerances)."""
    objects = (
        _touched(db, after, upto, changed, ledger_after) if after and changed is not None else None
    )
    if objects is not None and not objects:
        return []
    among = json.dumps(sorted(objects)) if objects is not None else None
    # (Where the site has a key, the entries from its making on count signed only so, as the
    # signatures check asks: from the first, if the log holds no making of it.)
    key = anchors_sql.site_key(db)
    since = (audit_sql.first_id(db, "site.key") or 0) if key is not None else None
    # (A number not UTF-8 names nothing: the rows check names its row, by its key.)
    lots = [r for r in lots_sql.stated_rows(db, among) if _readable(r.number)]
    facts = {row.id: row for row in lots}
    numbers = {row.number: row for row in facts.values()}  # (receipts from before coverage)
    received: set[int] = set()
    acks: dict[str, tuple[str, str] | None] = {}
    parcels: dict[str, dict[str, str]] = {}  # parcel -> action -> its last signed entry's details
    last_state: dict[str, str] = {}
    tolerances, weigh_tolerances = _Tolerances(db, _SORT_KEYS), _Tolerances(db, _WEIGH_KEYS)
    weighed: dict[int, _Weighed] = {}
    stones_said: dict[int, int | None] = {}  # lot -> the count its weighings last stated
    #: (entry, signed, lot, its ledger entry, the entry's user) of every closing
    closes: list[tuple[int, bool, str, Any, str]] = []
    reweighed: dict[str, int] = {}  # lot -> its last lot.reweigh entry
    messages: list[str] = []
    weighings_said = _WeighingsSaid(audit_sql.weighed_from_start(db))
    entries = audit_sql.stated_entries(db, _ACTIONS, upto, among)
    for entry_id, has_signature, action, obj, user, text, added, named, weighings, at in entries:
        signed = since is None or entry_id < since or has_signature
        if action == "sort.close":
            closes.append((entry_id, signed, obj, named, user))
            continue
        if action == "lot.receive":
            again = numbers.get(obj)
            if again is not None and again.id in received:
                # (sortapp receives a lot once: every reader takes the first receipt, and a
                # second would stand in the lot's history as if it were one: a review, 2026-12-06)
                messages.append(
                    phrase(
                        "lot {lot}: received again by a later lot.receive entry (sortapp "
                        "receives a lot once; appended outside sortapp)",
                        lot=obj,
                    )
                )
                continue
            found = [facts.get(i) if i is not None else numbers.get(obj) for i in added]
            for row in [r for r in found if r is not None and r.id not in received]:
                if row.number != obj:  # (renamed: its receipt not found under its number)
                    continue
                received.add(row.id)
                details = audit_sql.details(text)
                messages += _facts_differ(row, user, details)
                weighings_said.note(weighings, row, action, details, at)
                _weighed(weighed, row, entry_id, details)
                _stones(stones_said, row.id, details)
            continue
        if action == "lot.reweigh":
            reweighed[obj] = entry_id  # (its last: one before its sorting, then one after)
        if action == "lot.weigh" or (action == "lot.reweigh" and signed):
            lot = numbers.get(obj)
            if lot is not None:
                # An operator weighs a lot once, one received without its weight; a lot is
                # weighed again only by a supervisor's signed reweighing (and its weighing).
                if action == "lot.weigh" and not signed and lot.id in weighed:
                    messages.append(
                        phrase(
                            "lot {lot}: weighed again by an entry no supervisor signed "
                            "(appended outside sortapp)",
                            lot=obj,
                        )
                    )
                details = audit_sql.details(text)
                weighings_said.note(weighings, lot, action, details, at)
                _weighed(weighed, lot, entry_id, details, reweighing=action == "lot.reweigh")
                _stones(stones_said, lot.id, details)
        if not signed:
            continue  # (the signatures check names it; it states nothing here)
        if action in _BEFORE_SEAL:
            if "parcel.seal" in parcels.get(obj, {}):
                messages.append(
                    phrase(
                        "parcel {parcel}: a {action} entry after its seal (sortapp values and "
                        "prices a parcel before it is sealed; appended outside sortapp)",
                        parcel=obj,
                        action=action,
                    )
                )
        elif action in PARCEL_STATES:  # (its details read once it is known to be its last)
            if action in parcels.get(obj, {}):
                # (sortapp seals, ships or voids a parcel once: a second seal entry gave its
                # documents another rule, terms and sealer: an attack round, 2026-12-07)
                messages.append(
                    phrase(
                        "parcel {parcel}: a later {action} entry records it again (sortapp "
                        "does that once; appended outside sortapp)",
                        parcel=obj,
                        action=action,
                    )
                )
            parcels.setdefault(obj, {})[action] = text
            last_state[obj] = PARCEL_STATES[action]
        elif action == "site.set":
            details = audit_sql.details(text)
            tolerances.note(entry_id, obj, details)
            weigh_tolerances.note(entry_id, obj, details)
        elif action == "lot.acknowledge":
            acks[obj] = (audit_sql.fold(user), str(audit_sql.details(text).get("reason", "")))
        elif action == "lot.reweigh" and audit_sql.details(text).get("acknowledgement_cleared"):
            acks[obj] = None
    for lot_id, row in facts.items():
        if lot_id not in received:
            messages.append(
                phrase(
                    "lot {lot}: no lot.receive entry received it under this number (added or "
                    "renamed outside sortapp)",
                    lot=row.number,
                )
            )
        # (Every entry that weighs a lot states its carats, from the first release on: a lot's
        # weighed carats no entry states, a receipt's weight left out of it, were never judged
        # against its declaration, and so never flagged for a supervisor: a review, 2026-12-06.)
        elif row.weighed_mct is not None and lot_id not in weighed:
            messages.append(
                phrase(
                    "lot {lot}: its weighed carats are stated by none of its entries (its "
                    "receipt's weight left out of it, or changed outside sortapp)",
                    lot=row.number,
                )
            )
    messages += [
        phrase(
            "lot {lot}: no origin recorded (sortapp receives a lot with its origins; added "
            "outside sortapp)",
            lot=number,
        )
        for number in lots_sql.without_origin(db, among)
        if _readable(number)
    ]
    messages += [
        phrase(
            "lot {lot}: its weighed stones are not those its weighings stated (changed outside "
            "sortapp)",
            lot=facts[lot_id].number,
        )
        for lot_id, said in stones_said.items()
        if lot_id in facts and facts[lot_id].weighed_stones != said
    ]
    messages += _weighing_problems(facts, lots_sql.lot_weighings(db, among), weighings_said.said)
    messages += [
        phrase(
            "lot {lot}: weighed by its {action} entry, which records no weighing (sortapp records "
            "where each weight came from; written outside sortapp)",
            lot=number,
            action=action,
        )
        for number, action in weighings_said.unweighed.items()
    ]
    messages += _flag_problems(facts, weighed, weigh_tolerances)
    messages += _ack_problems(lots, acks)
    messages += _status_problems(lots, lots_sql.closed(db, among))
    # (Only a difference beyond the least floor of the tolerance ever set can be beyond it.)
    closings = lots_sql.closings(db, among, tolerances.least_floor())
    messages += _close_problems(closes, closings, tolerances)
    stone = lots_sql.stone_closings(db, among)
    messages += _stone_problems(db, closes, stone)
    messages += _acceptor_problems(db, closes, closings, tolerances, stone)
    # A lot is weighed again only before its first sorting entry: a supervisor entered a lot's
    # results (its status held "received"), weighed it again to what they had sorted, and
    # closed it with no difference to accept (an attack round, 2026-12-07). (Entries typed,
    # by their audit entries; an import's are not read here.)
    first_entries = audit_sql.first_of_objects(db, integrity.ENTRY_ACTIONS, sorted(reweighed))
    messages += [
        phrase(
            "lot {lot}: weighed again after its sorting began (sortapp weighs a lot again only "
            "before its first sorting entry; its entries or its status written around sortapp)",
            lot=number,
        )
        for number, entry_id in reweighed.items()
        if first_entries.get(number, entry_id) < entry_id
    ]
    parcel_rows = [r for r in parcels_sql.signed_states(db, among) if _readable(r[0])]
    messages += _parcel_problems(parcel_rows, parcels, last_state)
    return messages


class _WeighingsSaid:
    """What the entries that weigh a lot (``audit.LOT_WEIGHING_ACTIONS``), read in the log's
    order, state of the weighings their records of rows add, by weighing: its lot, the entry's
    action, its carats; and the lots weighed by an entry that adds none since weighings were
    kept: on a site that kept them from its start (``audit.weighed_from_start``), every one;
    on an older site, those after the first entry read that adds one (its history from before
    has none; a lot weighed after the upgrade may have been received before it)."""

    def __init__(self, began: bool) -> None:
        self.began = began
        #: weighing -> (its lot, the entry's action, its carats, the entry's time)
        self.said: dict[int, tuple[int, str, Any, str]] = {}
        self.unweighed: dict[str, str] = {}  # lot number -> the action that weighed it so

    def note(
        self,
        weighings: list[int],
        lot: lots_sql.StatedLot,
        action: str,
        details: dict[str, Any],
        at: str,
    ) -> None:
        carats = details.get("weighed_mct")
        for number in weighings:
            self.said[number] = (lot.id, action, carats, at)
        weighs = action == "lot.weigh" or (action == "lot.receive" and carats is not None)
        if weighings:
            self.began = True
        elif weighs and self.began:
            self.unweighed.setdefault(lot.number, action)


def _weighing_problems(
    facts: dict[int, lots_sql.StatedLot],
    rows: list[tuple[int, int, str, int, str]],
    said: dict[int, tuple[int, str, Any, str]],
) -> list[str]:
    """A lot's weighings are those its receipt, weighings and reweighings recorded, each of
    the carats its entry states (a lot was weighed at its declared 188.250 ct while its
    weighing said the balance read 150.000 ct: an attack round, 2026-12-07)."""
    messages: list[str] = []
    for number, lot_id, action, mct, at in rows:
        lot = facts.get(lot_id)
        if lot is None:
            continue
        stated = said.get(number)
        if stated is None or stated[0] != lot_id or action not in _WEIGHINGS_OF[stated[1]]:
            messages.append(
                phrase(
                    "lot {lot}: its weighing #{id} is recorded by none of its receipt, "
                    "weighing or reweighing entries (added outside sortapp)",
                    lot=lot.number,
                    id=number,
                )
            )
        elif not isinstance(stated[2], int):
            messages.append(
                phrase(
                    "lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded "
                    "it states no carats (written outside sortapp)",
                    lot=lot.number,
                    id=number,
                    ct=format_mct(mct),
                )
            )
        elif stated[2] != mct:
            messages.append(
                phrase(
                    "lot {lot}: its weighing #{id} says {ct} ct, but the entry that recorded "
                    "it states {stated} ct (written outside sortapp)",
                    lot=lot.number,
                    id=number,
                    ct=format_mct(mct),
                    stated=format_mct(stated[2]),
                )
            )
        elif _apart(at, stated[3]):
            messages.append(
                phrase(
                    "lot {lot}: its weighing #{id} is dated {at}, but the entry that recorded "
                    "it is dated {entry_at} (sortapp writes both at once; written outside sortapp)",
                    lot=lot.number,
                    id=number,
                    at=at,
                    entry_at=stated[3],
                )
            )
    return messages


def _apart(one: str, other: str) -> bool:
    """Whether two recorded times are more than a minute apart (one not a time: apart)."""
    if one[:16] == other[:16]:
        return False
    try:
        gap = canonical.parse_iso_utc(one) - canonical.parse_iso_utc(other)
    except (TypeError, ValueError):
        return True
    return abs(gap.total_seconds()) > 60


def _readable(number: Any) -> bool:
    return isinstance(number, str) and not isinstance(number, dbapi.Undecodable)


def _touched(
    db: Database, after: int, upto: int, changed: dict[str, set[str]], ledger_after: int
) -> set[str]:
    """The numbers of the lots and parcels whose rows changed since a seal (its entries up to
    id ``after``: ``changed``, as the rows check found them), or that an entry since names, or
    whose lot a ledger entry since names (after id ``ledger_after``: a closing recorded by an
    entry of another object)."""
    ids: dict[str, set[int]] = {"lots": set(), "parcels": set()}
    for table, keys in changed.items():
        owner = "lots" if table in ("lots", *rowcover.WITH_THEIR_LOT) else table
        if owner in ids:
            for key in keys:
                first = rowcover.first_value(key)
                digits = first.removeprefix("-")
                if digits.isascii() and digits.isdigit():
                    ids[owner].add(int(first))
    ids["lots"].update(lots_sql.ledger_lots_after(db, ledger_after))
    # (A weighing's row is keyed by its own id: its lot read from it.)
    weighings = [
        int(f)
        for f in (rowcover.first_value(k) for k in changed.get("weighings", ()))
        if f.isascii() and f.isdigit()
    ]
    ids["lots"].update(lots_sql.lots_of_weighings(db, weighings))
    touched = audit_sql.objects_after(db, _ACTIONS, after, upto) - {""}
    for table, owned in ids.items():
        touched.update(dbapi.numbers_of(db, table, sorted(owned)) if owned else [])
    return touched


def _facts_differ(row: lots_sql.StatedLot, user: str, details: dict[str, Any]) -> list[str]:
    differ = [
        column
        for detail, column in RECEIVED_FACTS.items()
        if detail in details and details[detail] != getattr(row, column)
    ]
    by = row.received_by
    if by is None or audit_sql.fold(str(by)) != audit_sql.fold(user):
        differ.append("received_by")
    if not differ:
        return []
    return [
        phrase(
            "lot {lot}: its recorded facts ({columns}) are not those its lot.receive entry "
            "recorded (changed outside sortapp)",
            lot=row.number,
            columns=", ".join(differ),
        )
    ]


@dataclass
class _Weighed:
    """What a lot's entries stated of its weight: its last carats, the last weighing that
    judged the difference from the declared carats anew (the entry; its receipt's, or one after
    that changed the carats: a count alone changed judges nothing), and whether a reweighing
    was recorded."""

    carats: int
    judged_at: int
    reweighed: bool = False


def _weighed(
    weighed: dict[int, _Weighed],
    row: lots_sql.StatedLot,
    entry_id: int,
    details: dict[str, Any],
    *,
    reweighing: bool = False,
) -> None:
    """Note the carats an entry says ``row``'s lot was weighed at (its receipt, a weighing,
    ``reweighing``: a supervisor's signed reweighing)."""
    mct = details.get("weighed_mct")
    if type(mct) is not int:
        return
    known = weighed.get(row.id)
    if known is None:
        weighed[row.id] = known = _Weighed(mct, entry_id)
    elif known.carats != mct:
        known.carats, known.judged_at = mct, entry_id
    known.reweighed = known.reweighed or reweighing


def _stones(said: dict[int, int | None], lot_id: int, details: dict[str, Any]) -> None:
    """Note the count of stones an entry that weighs a lot (its receipt, a weighing, a signed
    reweighing) states it was weighed with, null for none: every such entry sortapp wrote
    states the count the lot was left with (a weighing's blank resolved to the receipt's count;
    a reweighing of 2026-11-28 to 12-05 left a blank count null, and said so); an entry without
    the key (older) says nothing. An operator's own session on the facility server set a
    sorted lot's unset count to 999 under a sign-in's entry, and verify said OK (an attack
    round, 2026-12-06)."""
    if "stones" not in details:
        return
    stones = details["stones"]
    if stones is None or type(stones) is int:
        said[lot_id] = stones


def _flag_problems(
    facts: dict[int, lots_sql.StatedLot], weighed: dict[int, _Weighed], tolerances: _Tolerances
) -> list[str]:
    """A lot's weighed carats are those its last receipt, weighing or signed reweighing stated;
    and its weight flag (weighed beyond the tolerance of the declared carats, which a
    supervisor must acknowledge before it is sorted) is what its last weighing of new carats
    judged, by the tolerance then in effect (a reweighing within it lowers it). A reweighing
    from before 0024 left a raised flag raised: after one, only a flag lower than the judgment
    is named. A flag lowered outside sortapp would let a lot short of its declaration be sorted
    and closed with no supervisor's word."""
    messages: list[str] = []
    for lot_id, known in weighed.items():
        row = facts.get(lot_id)
        if row is None:
            continue
        if row.weighed_mct != known.carats:
            messages.append(
                phrase(
                    "lot {lot}: its weighed carats are not those its last weighing recorded "
                    "(changed outside sortapp)",
                    lot=row.number,
                )
            )
            continue
        declared = row.declared_mct
        allowed = tolerances.at(known.judged_at, declared) if type(declared) is int else None
        if allowed is None or type(declared) is not int:
            continue  # (none declared; or a tolerance not a number: the rows check's)
        raised = abs(known.carats - declared) > allowed
        flagged = bool(row.weight_flag)
        if flagged != raised and not (flagged and known.reweighed):
            messages.append(
                phrase(
                    "lot {lot}: its weight flag is not what its weighing against the declared "
                    "carats made it (changed outside sortapp)",
                    lot=row.number,
                )
            )
    return messages


def _ack_problems(
    lots: Iterable[lots_sql.StatedLot], acks: dict[str, tuple[str, str] | None]
) -> list[str]:
    """Each lot's acknowledgement of a weight difference (by whom, why) against the last one
    its signed entries gave or cleared (a reweighing cleared one only from 0024 on, and says
    so in its entry: one before left it, as this reads it). One no signed entry gave would let
    a lot whose weight differs from its declaration be sorted and closed."""
    messages: list[str] = []
    for row in lots:
        by = row.ack_by
        held = None if by is None else (audit_sql.fold(str(by)), str(row.ack_reason or ""))
        if held != acks.get(row.number):
            messages.append(
                phrase(
                    "lot {lot}: its weight difference's acknowledgement is not what its last "
                    "signed lot.acknowledge or lot.reweigh left (changed outside sortapp)",
                    lot=row.number,
                )
            )
    return messages


def _status_problems(lots: Iterable[lots_sql.StatedLot], closed: set[int]) -> list[str]:
    """A lot is sorted exactly when the ledger holds the entry that closed its sorting (of kind
    ``sort``, never reversed). A status set back would let entries be added to a lot whose
    results are posted; one set forward, a lot taken as closed that never was. And a lot whose
    weight is flagged is closed only once a supervisor acknowledged the difference (the
    acknowledgement itself held to its signed entry: ``_ack_problems``): a fourth review
    (2026-12-06) closed a lot 38 ct short of its declaration with sortapp's own code, that
    check set aside."""
    messages: list[str] = []
    for row in lots:
        lot_id, number, status = row.id, row.number, row.status
        if lot_id in closed and row.weight_flag and row.ack_by is None:
            messages.append(
                phrase(
                    "lot {lot}: its sorting was closed, though no supervisor acknowledged its "
                    "weight difference (closed outside sortapp's rules)",
                    lot=number,
                )
            )
        if status != "sorted" and lot_id in closed:
            messages.append(
                phrase(
                    "lot {lot}: {status}, though the ledger holds the closing of its sorting "
                    "(its status set back outside sortapp)",
                    lot=number,
                    status=status,
                )
            )
        elif status == "sorted" and lot_id not in closed:
            messages.append(
                phrase(
                    "lot {lot}: sorted, though the ledger holds no closing of its sorting "
                    "(changed outside sortapp)",
                    lot=number,
                )
            )
    return messages


class _Tolerances:
    """A tolerance's settings in effect at any entry: the value the last signed ``site.set`` of
    each before it set, else the value the first one after it replaced (``was``), else the
    setting as stored now (or its default)."""

    def __init__(self, db: Database, keys: dict[str, str]) -> None:
        self.keys = keys
        stored = {**DEFAULT_SETTINGS, **records.get_settings(db)}
        self.now = {name: _number(stored.get(name)) for name in keys.values()}
        #: Each setting's signed changes, in order: their entries' ids, and (value, was).
        self.ids: dict[str, list[int]] = {name: [] for name in keys.values()}
        self.sets: dict[str, list[tuple[int | None, int | None]]] = {
            name: [] for name in keys.values()
        }

    def note(self, entry_id: int, key: str, details: dict[str, Any]) -> None:
        name = self.keys.get(key)
        if name is not None and SETTING_KEYS.get(key, ("",))[0] == name:
            self.ids[name].append(entry_id)
            self.sets[name].append((_number(details.get("value")), _number(details.get("was"))))

    def least_floor(self) -> int:
        """The least floor in carats the tolerance ever had (-1: one not a number)."""
        name = next(iter(self.keys.values()))
        floors = [self.now[name], *(v for pair in self.sets[name] for v in pair)]
        return -1 if None in floors else min(f for f in floors if f is not None)

    def at(self, entry_id: int, weight_mct: int) -> int | None:
        """The tolerance at ``entry_id`` of ``weight_mct`` (None: a setting not readable as a
        number: a forged entry or row, which other checks name)."""
        values = []
        for name in self.keys.values():
            at = bisect.bisect_left(self.ids[name], entry_id)
            sets = self.sets[name]
            values.append(sets[at - 1][0] if at else sets[at][1] if sets else self.now[name])
        floor, share = values
        if floor is None or share is None:
            return None
        return tolerance(weight_mct, floor, share)

    def exceeded(self, entry_id: int, closing: tuple[int, int, int] | None) -> bool:
        """Whether ``closing`` (``lots_sql.closings``': its lot, the carats received, its
        difference), recorded by entry ``entry_id``, wrote off more than the tolerance then in
        effect (False: no closing, or a tolerance not readable)."""
        if closing is None:
            return False
        allowed = self.at(entry_id, closing[1])
        return allowed is not None and abs(closing[2]) > allowed


def _number(value: Any) -> int | None:
    """A setting's stored text (or number) as an integer; None when it is not one."""
    try:
        return int(str(value))
    except ValueError:
        return None


def _close_problems(
    closes: Iterable[tuple[int, bool, str, Any, str]],
    closings: dict[str, tuple[int, int, int]],
    tolerances: _Tolerances,
) -> list[str]:
    """A closing writes the lot's difference off (its ledger entry's ``adjust`` line): beyond
    the tolerance then in effect, only a supervisor may close it (two-person rule), so an entry
    that records it must be signed, whatever it says of itself (its ``override``, difference
    and tolerance are its own words, forged as easily as the rest). ``closes``: (entry, signed,
    lot, the ledger entry it names) of every closing; a closing's ledger entry that no entry
    names is the ledger check's."""
    signed_ones = {uid for _e, signed, _n, uid, _u in closes if signed}
    messages: list[str] = []
    said: set[str] = set()
    for entry_id, signed, number, uid, _user in closes:
        found = closings.get(str(uid)) if uid is not None else None
        if found is None or signed or uid in signed_ones or uid in said:
            continue
        if tolerances.exceeded(entry_id, found):
            said.add(uid)
            messages.append(
                phrase(
                    "lot {lot}: its sorting was closed with a difference beyond the tolerance "
                    "then in effect by an entry no supervisor signed (appended outside "
                    "sortapp, or its acceptance forged)",
                    lot=number,
                )
            )
    return messages


def _stone_problems(
    db: Database, closes: Iterable[tuple[int, bool, str, Any, str]], stone: dict[str, int]
) -> list[str]:
    """A closing that writes off a stone difference, where the lot's stones were counted in and
    out, is a supervisor's (two-person rule, as a difference beyond the tolerance): an entry
    that records it must be signed, whatever it says of itself (a fourth review, 2026-12-06,
    closed a lot 88 stones short as an operator, sortapp's own closing told it needed no
    acceptance). ``stone``: the closings that write stones off, by uid: their lot. Where the
    stones were not all counted, the difference is no count and needs no one."""
    closes = list(closes)
    signed_ones = {uid for _e, signed, _n, uid, _u in closes if signed}
    unsigned = {
        str(uid): number
        for _e, signed, number, uid, _u in closes
        if not signed and uid is not None and str(uid) in stone and uid not in signed_ones
    }
    counted = lots_sql.counted_out(db, sorted({stone[uid] for uid in unsigned}))
    return [
        phrase(
            "lot {lot}: its sorting was closed with a stone difference by an entry no "
            "supervisor signed (appended outside sortapp, or its acceptance forged)",
            lot=number,
        )
        for uid, number in unsigned.items()
        if stone[uid] in counted
    ]


def _acceptor_problems(
    db: Database,
    closes: Iterable[tuple[int, bool, str, Any, str]],
    closings: dict[str, tuple[int, int, int]],
    tolerances: _Tolerances,
    stone: dict[str, int],
) -> list[str]:
    """A closing that needed a second person (a difference beyond the tolerance then in
    effect, or a stone difference counted in and out) was accepted by a supervisor who entered
    none of the lot's results (two-person rule): one signed by a user who entered some, before
    it or after it, is named (an attack round, 2026-12-07: a supervisor closed a lot 10 ct and
    460 stones short, then entered its results in the same write, and verify said OK). Only
    signed closings are read again (an unsigned one is named above), the lots' entries' users
    only for those that may have needed a second person."""
    #: closing -> (lot number, signer, its lot, whether its carats were beyond the tolerance)
    signers: dict[str, tuple[str, str, int, bool]] = {}
    for entry_id, signed, number, uid, user in closes:
        key = str(uid)
        if not signed or uid is None or key in signers:
            continue
        found = closings.get(key)
        if found is not None and tolerances.exceeded(entry_id, found):
            signers[key] = (number, user, found[0], True)
        elif key in stone:  # (whether its stones were counted in and out: read below)
            signers[key] = (number, user, stone[key], False)
    entered = lots_sql.entry_user_names(db, sorted({s[2] for s in signers.values()}))
    suspects = [s for s in signers.values() if s[1] in entered.get(s[2], ())]
    counted = lots_sql.counted_out(db, sorted({s[2] for s in suspects if not s[3]}))
    return [
        phrase(
            "lot {lot}: its sorting's difference was accepted by {user}, who entered results "
            "of the lot (two-person rule: accepted by another supervisor only; its entries or "
            "its acceptance written around sortapp)",
            lot=number,
            user=user,
        )
        for number, user, lot, beyond in suspects
        if beyond or lot in counted
    ]


def _parcel_problems(
    rows: Iterable[tuple[str, str, Any, Any, Any, Any, Any, Any]],
    parcels: dict[str, dict[str, str]],
    last_state: dict[str, str],
) -> list[str]:
    """A parcel's row may change unsigned while it is a draft (an operator packs it): once
    sealed, what it is must be what its signed entries made it. Without this, an unsigned
    entry could record any change of a sealed parcel's row (its fingerprint made again to
    match), or set it back to a draft to pack into it."""
    messages: list[str] = []
    for row in rows:
        number = row[0]
        last = {action: audit_sql.details(text) for action, text in parcels.get(number, {}).items()}
        messages += parcel_row_problems(row, last, last_state.get(number, "draft"))
    return messages


def parcel_row_problems(
    row: tuple[str, str, Any, Any, Any, Any, Any, Any],
    last: dict[str, dict[str, Any]],
    expected: str,
) -> list[str]:
    """What one parcel's row (``parcels_sql.signed_states``' columns) holds that its signed
    entries did not make it: ``last``, the details of the last signed entry of each of
    ``PARCEL_STATES``' actions; ``expected``, the state they left it in ("draft": none). What
    verify names, and what ``parcels.check_as_sealed`` refuses."""
    number, status, digest, carrier, awb, reason, cert, shipped_at = row
    messages: list[str] = []
    # Its certificate is the one its signed seal named, or none before it is sealed: a
    # draft put under a sealed certificate (a fourth review, 2026-12-06) was counted on
    # its KP sheet, invoice and valuation sheet, verify saying nothing. (A seal recorded
    # before seals named their certificate: not known.)
    sealed = last.get("parcel.seal", {})
    if ("kp_cert" in sealed or "parcel.seal" not in last) and cert != sealed.get("kp_cert"):
        messages.append(
            phrase(
                "parcel {parcel}: its KP certificate is not the one its signed parcel.seal "
                "named, or it has one though none sealed it (changed outside sortapp)",
                parcel=number,
            )
        )
    # A carrier and an air waybill are a shipping's alone: before it, the invoice printed
    # them for goods still on site (the same review), verify saying nothing.
    if status != "shipped" and (carrier or awb or shipped_at):
        messages.append(
            phrase(
                "parcel {parcel}: a carrier, an air waybill or a time of shipping, though no "
                "signed parcel.ship shipped it (changed outside sortapp)",
                parcel=number,
            )
        )
    if status != expected:
        messages.append(
            phrase(
                "parcel {parcel}: {status}, but its last signed parcel.seal, parcel.ship or "
                "parcel.void made it {expected} (changed outside sortapp)",
                parcel=number,
                status=status,
                expected=expected,
            )
        )
        return messages
    if status in ("sealed", "shipped") and sealed.get("fingerprint") != digest:
        messages.append(
            phrase(
                "parcel {parcel}: its fingerprint is not the one its signed parcel.seal "
                "recorded (changed outside sortapp)",
                parcel=number,
            )
        )
    shipped = last.get("parcel.ship", {})
    if status == "shipped" and not shipped_at:
        messages.append(
            phrase(
                "parcel {parcel}: shipped, but its time of shipping is gone (changed "
                "outside sortapp)",
                parcel=number,
            )
        )
    if status == "shipped" and (carrier or "", awb or "") != (
        shipped.get("carrier", ""),
        shipped.get("awb", ""),
    ):
        messages.append(
            phrase(
                "parcel {parcel}: its carrier or air waybill is not what its signed "
                "parcel.ship recorded (changed outside sortapp)",
                parcel=number,
            )
        )
    if status == "void" and (reason or "") != last.get("parcel.void", {}).get("reason", ""):
        messages.append(
            phrase(
                "parcel {parcel}: its reason for voiding is not the one its signed "
                "parcel.void recorded (changed outside sortapp)",
                parcel=number,
            )
        )
    return messages
