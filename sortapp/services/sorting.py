"""Sorting a lot into categories, with losses, a running reconciliation and a two-person close."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from sortapp.core import uids
from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.entities import LOSS_TYPES, Category, Lot, Posting, Reconciliation
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.i18n import phrase
from sortapp.core.roles import Actor, Role
from sortapp.core.units import SPECIAL_MIN_MCT, format_mct, percent_of
from sortapp.core.weighing import WeightSource
from sortapp.services import balances
from sortapp.services.assortment import get_category
from sortapp.services.audit import record
from sortapp.services.journal import entries_digest, post
from sortapp.services.lots import get_lot
from sortapp.services.settings import settings, site
from sortapp.services.validation import check_reason
from sortapp.storage import lots as lots_sql
from sortapp.storage import records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database


def reconciliation(db: Database, number: str) -> Reconciliation:
    """Return the lot's running reconciliation: received - sorted - losses."""
    lot = get_lot(db, number)
    return _reconciliation(db, lot)


def _reconciliation(db: Database, lot: Lot) -> Reconciliation:
    cats, losses, n = lots_sql.entry_totals(db, lot.id)
    received = lot.weighed_mct or 0
    return Reconciliation(
        lot=lot.number,
        received_mct=received,
        received_stones=lot.weighed_stones,
        sorted_mct=sum(c[3] for c in cats),
        sorted_stones=sum(c[4] for c in cats),
        losses_mct={k: v for k, v in losses.items() if v},
        tolerance_mct=settings(db).sort_tolerance(received),
        by_category=[(code, name, mct, stones) for _id, code, name, mct, stones, _s, _c in cats],
        entries=n,
        goods_entries=sum(c[5] for c in cats),
        counted_entries=sum(c[6] for c in cats),
        counted_by_category={c[1]: (c[6], c[5]) for c in cats},
        weighed=lot.weighed_mct is not None,
    )


def stones_words(
    stones: int, counted: int, entries: int, *, unit: bool = True, what: str = "entries"
) -> str:
    """Word stones summed over entries (or other ``what``) of which ``counted`` were counted:
    the count, not counted, or the count and how many of them were counted ("120 stones (1 of 2
    entries counted)"; without ``unit``, "120 (1 of 2 entries counted)")."""
    if counted == 0:
        return phrase("stones not counted") if unit else phrase("not counted")
    count = phrase("{stones} stones", stones=stones) if unit else str(stones)
    if counted < entries:
        if what == "entries":
            return phrase(
                "{count} ({counted} of {entries} entries counted)",
                count=count,
                counted=counted,
                entries=entries,
            )
        if what == "lots":
            return phrase(
                "{count} ({counted} of {entries} lots counted)",
                count=count,
                counted=counted,
                entries=entries,
            )
        if what == "lines":  # (a parcel's: its own words, as "lots", not an English "lines")
            return phrase(
                "{count} ({counted} of {entries} lines counted)",
                count=count,
                counted=counted,
                entries=entries,
            )
        return phrase(
            "{count} ({counted} of {entries} {what} counted)",
            count=count,
            counted=counted,
            entries=entries,
            what=what,
        )
    return count


def received_stones_text(rec: Reconciliation) -> str:
    if rec.received_stones is None:
        return phrase("stones not counted")
    return phrase("{stones} stones", stones=rec.received_stones)


def sorted_stones_text(rec: Reconciliation) -> str:
    return stones_words(rec.sorted_stones, rec.counted_entries, rec.goods_entries)


def category_stones_text(rec: Reconciliation, code: str, stones: int) -> str:
    """A category's stones in a table: the count, "not counted", or "n (c of m entries
    counted)"."""
    counted, entries = rec.counted_by_category.get(code, (1, 1))
    return stones_words(stones, counted, entries, unit=False)


def stone_difference_sentence(rec: Reconciliation) -> str:
    """Word the stone difference, where stones were counted in and out, or the stones counted
    in that closing writes off where some entry's were not counted; '' where none."""
    written_off = rec.stones_not_counted_out
    if written_off > 0:
        return phrase(
            "{diff} of the {received} stones received not counted out ({sorted} counted; "
            "some entries' stones were not)",
            diff=written_off,
            received=rec.received_stones,
            sorted=rec.sorted_stones,
        )
    if written_off < 0:
        return phrase(
            "{sorted} stones counted out, more than the {received} received, and some entries' "
            "stones not counted",
            received=rec.received_stones,
            sorted=rec.sorted_stones,
        )
    diff = rec.stone_difference
    if not diff:
        return ""
    return phrase(
        "stone difference {diff} ({received} received, {sorted} sorted)",
        diff=diff,
        received=rec.received_stones,
        sorted=rec.sorted_stones,
    )


def closing_summary(rec: Reconciliation) -> str:
    """What closing the lot accepts: the carat difference and any stone difference."""
    stones = stone_difference_sentence(rec)
    if not stones:
        return difference_sentence(rec)
    return phrase("{difference}; {stones}", difference=difference_sentence(rec), stones=stones)


def difference_sentence(rec: Reconciliation) -> str:
    """Word a reconciliation's difference against its tolerance (the one wording both faces use):
    none until the lot is weighed."""
    if not rec.weighed:
        return phrase("no difference until the lot is weighed")
    difference = format_mct(rec.difference_mct)
    percent = percent_of(rec.difference_mct, rec.received_mct)
    allowed = format_mct(rec.tolerance_mct)
    if rec.within_tolerance:
        return phrase(
            "difference {difference} ct ({percent} %), within tolerance ({allowed} ct allowed)",
            difference=difference,
            percent=percent,
            allowed=allowed,
        )
    return phrase(
        "difference {difference} ct ({percent} %), beyond tolerance ({allowed} ct allowed)",
        difference=difference,
        percent=percent,
        allowed=allowed,
    )


def _sortable(db: Database, number: str) -> Lot:
    """The lot, if it is open for sorting; call it again inside the write that depends on it."""
    return _open_for_sorting(get_lot(db, number))


def _open_for_sorting(lot: Lot) -> Lot:
    if lot.status == "awaiting_weight":
        raise UserError(
            phrase("lot {lot} is not weighed yet; weigh it first", lot=lot.number),
            code="lot_not_weighed",
            facts={"lot": lot.number},
        )
    if lot.status == "sorted":
        raise UserError(phrase("lot {lot} is already sorted and closed", lot=lot.number))
    return lot


def _append(
    db: Database,
    actor: Actor,
    lot: Lot,
    *,
    category_id: int | None,
    loss_type: str | None,
    mct: int,
    stones: int,
    label: str,
    reverses: dict[str, Any] | None = None,
    reason: str = "",
    counted: bool = True,
    weigh: bool = False,
    source: WeightSource | None = None,
) -> Changes:
    """Append a sorting entry; ``weigh``: its carats were weighed now (an entry or a loss, not
    a correction), from ``source`` (None: keyed), recorded in ``weighings``."""
    code = site(db).code
    with transaction(db):
        # Checked inside the write transaction (BEGIN IMMEDIATE), so two workstations cannot
        # both pass it: the lot as it stands now (another may have closed or reweighed it).
        lot = _sortable(db, lot.number)
        if reverses is not None:
            _check_correctable(db, lot, reverses["uid"])
            _check_own_last(db, actor, lot, reverses["uid"])
        rec = _reconciliation(db, lot)
        accounted = rec.sorted_mct + rec.loss_mct + mct
        if mct > 0 and accounted > rec.received_mct + rec.tolerance_mct:
            raise _over_limit(lot, accounted, rec.received_mct, rec.tolerance_mct, mct)
        weight = balances.weighed(db, source, mct) if weigh else None
        entry_id, uid = lots_sql.insert_next_entry(
            db,
            code,
            {
                "lot_id": lot.id,
                "category_id": category_id,
                "loss_type": loss_type,
                "mct": mct,
                "stones": stones,
                "entered_by": actor.user_id,
                "entered_at": utc_now(),
                "reverses_id": reverses["id"] if reverses else None,
                "reason": reason,
                "stones_counted": int(counted),
            },
        )
        if lot.status == "received":
            lots_sql.set_status(db, lot.id, "sorting")
        weighed: dict[str, Any] = {}
        if weight is not None:
            action = "loss" if loss_type else "sort"
            balances.record_weighing(
                db, actor, weight, action, mct, lot_id=lot.id, entry_id=entry_id
            )
            weighed = weight.details()
        record(
            db,
            actor,
            _action(actor, reverses, loss_type),
            lot.number,
            {
                "entry": uid,
                "category": label if category_id else "",
                "loss_type": loss_type or "",
                "mct": mct,
                # Not counted: null (``integrity.ENTRY_STONES``), never 0.
                "stones": stones if counted else None,
                "reverses": reverses["uid"] if reverses else "",
                "reason": reason,
                **weighed,
            },
        )
    # A correction changes how the entry it reverses is shown, too.
    touched = {entry_id, reverses["id"]} if reverses else {entry_id}
    return Changes(
        lots=frozenset({lot.id}),
        entries=frozenset(touched),
        sorting=True,
        created_id=entry_id,
        uid=uid,
    )


def _action(actor: Actor, reverses: dict[str, Any] | None, loss_type: str | None) -> str:
    """The audit action of an entry: an operator's reversal of their own last entry is
    ``sort.undo`` (theirs, unsigned), a supervisor's correction ``sort.correct`` (signed)."""
    if reverses is not None:
        return "sort.correct" if actor.role >= Role.SUPERVISOR else "sort.undo"
    return "sort.loss" if loss_type else "sort.add"


def add_entry(
    db: Database,
    actor: Actor,
    number: str,
    category: str,
    mct: int,
    stones: int | None = None,
    *,
    source: WeightSource | None = None,
) -> Changes:
    """Record sorted goods of one category from a lot (specials: one stone per entry);
    ``source``: where the carats came from (None: keyed)."""
    actor.require(Role.OPERATOR, phrase("recording sorting results"))
    _check_adds(mct)
    lot = _sortable(db, number)
    cat = get_category(db, category)
    count = entry_stones(cat, mct, stones)
    return _append(
        db,
        actor,
        lot,
        category_id=cat.id,
        loss_type=None,
        mct=mct,
        stones=count or 0,
        label=cat.code,
        counted=count is not None,
        weigh=True,
        source=source,
    )


def entry_stones(cat: Category, mct: int, stones: int | None) -> int | None:
    """Apply the specials rule to an entry; return its stone count (None when not counted:
    blank, or 0, which no goods of some carats can be). Stones below 0 are refused: an entry
    adds; only a correction takes stones off (and verify names any other that does)."""
    if stones is not None and stones < 0:
        raise UserError(
            phrase(
                "stones: {stones} is negative; enter a count of stones, zero or more (a wrong "
                "entry is corrected, not offset)",
                stones=stones,
            )
        )
    if cat.special:
        if stones not in (None, 1):
            raise UserError(
                phrase(
                    "{category} is a specials category: record each stone of 10.80 ct or more as "
                    "its own entry (stones 1)",
                    category=cat.code,
                ),
                code="special_one_stone",
            )
        if mct < SPECIAL_MIN_MCT:
            raise UserError(
                phrase(
                    "{category} is for specials of 10.800 ct and more; {ct} ct belongs "
                    "in a smaller size class",
                    category=cat.code,
                    ct=format_mct(mct),
                ),
                code="special_too_small",
            )
        return 1
    if stones == 1 and mct >= SPECIAL_MIN_MCT:
        raise UserError(
            phrase(
                "a single stone of {ct} ct is a special (10.80 ct or more); record it "
                "in a specials (+10.80 ct) category, or check the count",
                ct=format_mct(mct),
            ),
            code="special_not_in_specials",
        )
    check_band(cat, mct, stones or None)
    return stones or None


def check_band(cat: Category, mct: int, stones: int | None) -> None:
    """Refuse goods that no stones of ``cat``'s size class can weigh: each of its stones weighs
    between its class's bounds, so ``stones`` of them weigh between that many times each (a
    count or carats keyed wrong, or the wrong category: 132 stones of 4.12 ct into 5.00-7.99 ct);
    uncounted, at least one stone's least. (Carats of none or fewer are ``_check_adds``'.)"""
    if mct <= 0 or cat.could_weigh(mct, stones):
        return
    low, high = cat.stone_min_mct, cat.stone_max_mct
    if stones is None:
        said = phrase(
            "{category} holds stones of {bounds} each; {ct} ct is less than one: "
            "check the carats or the category",
            category=cat.code,
            bounds=bounds_words(low, high),
            ct=format_mct(mct),
        )
    elif stones == 1:
        said = phrase(
            "{category} holds stones of {bounds} each, not one of {ct} ct: check the count, the "
            "carats or the category",
            category=cat.code,
            bounds=bounds_words(low, high),
            ct=format_mct(mct),
        )
    else:
        said = phrase(
            "{category} holds stones of {bounds} each; {stones} stones of {ct} ct are about "
            "{each} ct each: check the count, the carats or the category",
            category=cat.code,
            bounds=bounds_words(low, high),
            stones=stones,
            ct=format_mct(mct),
            each=format_mct(each_outside(cat, mct, stones)),
        )
    raise UserError(said, code="stones_out_of_band", facts={"category": cat.code})


def each_outside(cat: Category, mct: int, stones: int) -> int:
    """What each of ``stones`` stones of ``mct`` weighs, rounded away from ``cat``'s bounds
    (two stones of 1.319 ct are 'about 0.659 ct each', not the 0.660 the class holds)."""
    under = mct < (cat.stone_min_mct or 0) * stones
    return mct // stones if under else -(-mct // stones)


def bounds_words(low: int | None, high: int | None) -> str:
    """What one stone of a size class weighs: '0.660-0.999 ct', 'up to 0.650 ct', '10.800 ct or
    more'."""
    if high is None:
        return phrase("{least} ct or more", least=format_mct(low or 0))
    if not low:
        return phrase("up to {most} ct", most=format_mct(high))
    return phrase("{least}-{most} ct", least=format_mct(low), most=format_mct(high))


def _over_limit(lot: Lot, accounted: int, received: int, tolerance: int, mct: int) -> UserError:
    """The refusal of an entry of ``mct`` that brings the lot's sorted + losses to
    ``accounted``: said with what may still be entered (the figure typed, checked against
    the scale, is usually the one to change)."""
    return UserError(
        phrase(
            "lot {lot}: this entry would bring sorted + losses to {accounted} ct, "
            "above the {received} ct received plus {tolerance} ct "
            "tolerance; check the scale and the figure (at most {left} ct more fits)",
            lot=lot.number,
            accounted=format_mct(accounted),
            received=format_mct(received),
            tolerance=format_mct(tolerance),
            left=format_mct(max(received + tolerance - (accounted - mct), 0)),
        )
    )


def loss_kind(loss_type: str) -> str:
    kind = (loss_type or "").strip().lower()
    if kind not in LOSS_TYPES:
        raise UserError(
            phrase(
                "loss type: '{loss_type}' is not one of {types}",
                loss_type=loss_type,
                types=", ".join(LOSS_TYPES),
            )
        )
    return kind


def add_loss(
    db: Database,
    actor: Actor,
    number: str,
    loss_type: str,
    mct: int,
    *,
    source: WeightSource | None = None,
) -> Changes:
    """Record a weight loss of a lot by type (cleaning, breakage, sample, other); ``source``:
    where the carats came from (None: keyed)."""
    actor.require(Role.OPERATOR, phrase("recording sorting losses"))
    kind = loss_kind(loss_type)
    _check_adds(mct)
    lot = _sortable(db, number)
    return _append(
        db,
        actor,
        lot,
        category_id=None,
        loss_type=kind,
        mct=mct,
        stones=0,
        label=kind,
        weigh=True,
        source=source,
    )


def correct_entry(db: Database, actor: Actor, number: str, entry_uid: str, reason: str) -> Changes:
    """Cancel a sorting entry by appending its reverse, with a reason.

    A supervisor corrects any entry of a lot being sorted; an operator only the lot's last entry
    (the latest of any kind), if it is theirs (``_check_own_last``): once, not walking back.
    """
    actor.require(Role.OPERATOR, phrase("correcting a sorting entry"))
    lot = _sortable(db, number)
    entry = _check_correctable(db, lot, entry_uid)
    reason = check_reason(reason)
    _check_own_last(db, actor, lot, entry["uid"])
    return _append(
        db,
        actor,
        lot,
        category_id=entry["category_id"],
        loss_type=entry["loss_type"],
        mct=-entry["mct"],
        stones=-entry["stones"],
        label=entry["category"] or entry["loss_type"] or "",
        reverses=entry,
        reason=reason,
        counted=entry["stones_counted"],
    )


def check_correction(db: Database, actor: Actor, number: str, entry_uid: str) -> dict[str, Any]:
    """The entry ``entry_uid`` of lot ``number``, if ``actor`` may correct it as it stands;
    else the refusal ``correct_entry`` would give (a face asks it before a reason is typed for
    nothing); ``correct_entry`` checks again when it is made."""
    actor.require(Role.OPERATOR, phrase("correcting a sorting entry"))
    lot = _sortable(db, number)
    entry = _check_correctable(db, lot, entry_uid)
    _check_own_last(db, actor, lot, entry["uid"])
    return entry


def _check_correctable(db: Database, lot: Lot, entry_uid: str) -> dict[str, Any]:
    """The entry of ``lot`` that ``entry_uid`` names, if it can still be corrected."""
    entry = lots_sql.get_entry(db, (entry_uid or "").strip())
    if entry is None or entry["lot_id"] != lot.id:
        raise NotFound(
            phrase("entry '{entry}' is not an entry of lot {lot}", entry=entry_uid, lot=lot.number)
        )
    if entry["reverses_id"] is not None:
        raise UserError(
            phrase(
                "entry {entry} is itself a correction; record the goods again", entry=entry["uid"]
            )
        )
    if entry["reversed"]:
        raise UserError(phrase("entry {entry} is already corrected", entry=entry["uid"]))
    return entry


def _check_own_last(db: Database, actor: Actor, lot: Lot, entry_uid: str) -> None:
    """Refuse an operator's reversal of anything but the lot's last entry (the latest of any
    kind: so not after a reversal, theirs or anyone's), if it is their own. The server's guard
    (``sortapp_own_last_entry``) and verify (``integrity.reversal_facts``) say the same."""
    if actor.role >= Role.SUPERVISOR:
        return
    last = lots_sql.last_entry(db, lot.id)
    rule = phrase(
        "an operator may reverse only the lot's last entry, and only if it is yours; "
        "ask a supervisor"
    )
    name, role = actor.name, actor.role.label
    if last is None:
        raise PermissionDenied(
            phrase(
                "{name} is {role}: entry {entry} is not the last entry of lot {lot}; {rule}",
                name=name,
                role=role,
                entry=entry_uid,
                lot=lot.number,
                rule=rule,
            )
        )
    if last[0] != entry_uid:
        if last[2]:
            raise PermissionDenied(
                phrase(
                    "{name} is {role}: entry {entry} is not the last entry of lot {lot} "
                    "({last} is, a reversal); {rule}",
                    name=name,
                    role=role,
                    entry=entry_uid,
                    lot=lot.number,
                    last=last[0],
                    rule=rule,
                )
            )
        raise PermissionDenied(
            phrase(
                "{name} is {role}: entry {entry} is not the last entry of lot {lot} "
                "({last} is); {rule}",
                name=name,
                role=role,
                entry=entry_uid,
                lot=lot.number,
                last=last[0],
                rule=rule,
            )
        )
    if last[1] != actor.user_id:
        raise PermissionDenied(
            phrase(
                "{name} is {role}: entry {entry} was made by someone else; {rule}",
                name=name,
                role=role,
                entry=entry_uid,
                rule=rule,
            )
        )


def _check_adds(mct: int) -> None:
    """Only a reversal takes carats off: goods and losses are recorded above zero (the server's
    guard says the same for every user's session)."""
    if mct <= 0:
        raise UserError(
            phrase(
                "carats: {ct} ct; goods and losses are recorded above zero (to take "
                "an entry back, reverse it)",
                ct=format_mct(mct),
            )
        )


def list_entries(db: Database, number: str) -> list[dict[str, Any]]:
    lot = get_lot(db, number)
    return lots_sql.list_entries(db, lot.id)


def check_close(db: Database, actor: Actor, number: str) -> Reconciliation:
    """Check, without writing, that a lot's sorting can be closed; return its reconciliation
    (whether the difference needs a second person is ``within_tolerance``). Issue 13: a refusal
    comes before the summary, not after it."""
    actor.require(Role.OPERATOR, phrase("closing a sorting"))
    return _closable(db, number)[1]


def _closable(db: Database, number: str) -> tuple[Lot, Reconciliation]:
    """The lot and its reconciliation, if its sorting may close (the difference aside)."""
    lot = _sortable(db, number)
    rec = _reconciliation(db, lot)
    if rec.sorted_mct == 0:
        raise UserError(phrase("lot {lot} has no sorting results to close", lot=lot.number))
    if lot.weight_flag and not lot.weight_acknowledged:
        raise UserError(
            phrase(
                "lot {lot}: the difference between weighed and declared carats must be "
                "acknowledged by a supervisor first",
                lot=lot.number,
            ),
            code="difference_unacknowledged",
            facts={"lot": lot.number},
        )
    return lot, rec


def close_sorting(
    db: Database,
    actor: Actor,
    number: str,
    *,
    accept_difference: bool = False,
    reason: str = "",
    shown: Reconciliation | None = None,
) -> Changes:
    """Close a lot's sorting: post received -> stock by category, losses and the difference.

    Within tolerance an operator may close. Beyond it, only a supervisor who entered none of the
    lot's results may close it, with ``accept_difference`` and a reason (two-person rule).
    ``shown``: the reconciliation the person (and the second person) said yes to
    (``check_close``'s); a lot whose figures are no longer those (an entry added or corrected
    meanwhile, at another workstation) is not closed.
    """
    actor.require(Role.OPERATOR, phrase("closing a sorting"))
    with transaction(db):
        lot, rec = _closable(db, number)
        if shown is not None and rec != shown:
            raise UserError(
                phrase(
                    "lot {lot}: its figures changed after its summary was shown (an entry, a "
                    "loss or the tolerance changed meanwhile); nothing was closed; close it "
                    "again to see them now",
                    lot=lot.number,
                ),
            )
        difference = rec.difference_mct
        override = rec.needs_acceptance
        summary = closing_summary(rec)
        if override:
            if not accept_difference:
                raise UserError(
                    phrase(
                        "lot {lot}: {summary}; a supervisor who did not enter the results must "
                        "accept the difference with a reason to close it",
                        lot=lot.number,
                        summary=summary,
                    ),
                    code="difference_needs_acceptance",
                    facts={"lot": lot.number},
                )
            actor.require(
                Role.SUPERVISOR,
                phrase("closing a sorting beyond tolerance")
                if not rec.within_tolerance
                else phrase("closing a sorting with a stone difference"),
            )
            if actor.user_id in lots_sql.entry_users(db, lot.id):
                raise PermissionDenied(
                    phrase(
                        "lot {lot}: {name} entered results of this lot; another supervisor "
                        "must accept the difference (two-person rule)",
                        lot=lot.number,
                        name=actor.name,
                    )
                )
            reason = check_reason(reason)
        cats, losses, _n = lots_sql.entry_totals(db, lot.id)
        received_stones = rec.received_stones or 0
        postings = [Posting("received", lot.id, -rec.received_mct, -received_stones)]
        postings += [
            Posting("stock", lot.id, mct, stones, category_id=cat_id)
            for cat_id, _code, _name, mct, stones, _entries, _counted in cats
        ]
        postings += [
            Posting("loss", lot.id, mct, 0, loss_type=kind) for kind, mct in sorted(losses.items())
        ]
        postings.append(Posting("adjust", lot.id, difference, received_stones - rec.sorted_stones))
        by_loss: dict[str, int] = defaultdict(int, losses)
        posted = post(
            db,
            actor.user_id,
            actor.name,
            "sort",
            postings,
            lot_id=lot.id,
            reason=reason if override else "",
        )
        lots_sql.set_status(db, lot.id, "sorted")
        record(
            db,
            actor,
            "sort.close",
            lot.number,
            {
                "received_mct": rec.received_mct,
                "sorted_mct": rec.sorted_mct,
                "losses_mct": dict(by_loss),
                "difference_mct": difference,
                "tolerance_mct": rec.tolerance_mct,
                **({"stone_difference": rec.stone_difference} if rec.stone_difference else {}),
                "override": override,
                "reason": reason if override else "",
                **posted,
            },
        )
    return Changes(lots=frozenset({lot.id}), ledger=True, stock=True, sorting=True, note=summary)


# -- many entries at once (CSV imports) ----------------------------------------------------------


class PlannedEntry(NamedTuple):
    lot_id: int
    lot_uid: str
    category_id: int | None
    category: str
    loss_type: str | None
    mct: int
    stones: int
    #: 1 where the stones were counted, 0 where not (stones then 0).
    stones_counted: int = 1


def plan_entries(
    db: Database, rows: list[tuple[int, str, str, int | str, int | None]]
) -> tuple[list[PlannedEntry], list[tuple[int, str]]]:
    """Check (line, lot, category or 'loss:TYPE', mct, stones) rows by the rules of ``add_entry``
    and ``add_loss``, keeping each lot's running total; return the entries and every error.

    ``mct`` may be the error text of a figure that did not parse; it is reported for its line.
    """
    cats = {c.code.upper(): c for c in records.list_categories(db)}
    # Files repeat a few hundred lots and categories: each distinct text is looked up once.
    lots_by_key: dict[str, Lot | UserError] = {}
    lot_cache: dict[str, Lot | UserError] = {}
    cat_cache: dict[str, Category | str | UserError] = {}
    running: dict[int, list[int]] = {}
    planned: list[PlannedEntry] = []
    errors: list[tuple[int, str]] = []
    make = tuple.__new__
    for line, number, category, mct, stones in rows:
        try:
            lot = lot_cache.get(number)
            if lot is None:
                key = (number or "").strip().upper()
                if key not in lots_by_key:
                    try:
                        lots_by_key[key] = _sortable(db, number)
                    except UserError as exc:
                        lots_by_key[key] = exc
                lot = lot_cache[number] = lots_by_key[key]
            if isinstance(lot, UserError):
                raise lot
            if isinstance(mct, str):
                raise UserError(mct)
            if mct <= 0:
                _check_adds(mct)
            cat = cat_cache.get(category)
            if cat is None:
                cat = cat_cache[category] = _category_or_loss(cats, category)
            if isinstance(cat, UserError):
                raise cat
            count: int | None
            if isinstance(cat, str):
                kind, cat_id, code, count = cat, None, "", 0
            else:
                kind, cat_id, code = None, cat.id, cat.code
                # (entry_stones leaves a blank count of goods that are not specials blank)
                if stones is not None or cat.special:
                    count = entry_stones(cat, mct, stones)
                else:
                    count = None
                    if cat.stone_min_mct and mct < cat.stone_min_mct:  # (under one stone)
                        check_band(cat, mct, None)
            sums = running.get(lot.id)
            if sums is None:
                rec = _reconciliation(db, lot)
                sums = running[lot.id] = [
                    rec.sorted_mct + rec.loss_mct,
                    rec.received_mct + rec.tolerance_mct,
                    rec.received_mct,
                    rec.tolerance_mct,
                ]
            if sums[0] + mct > sums[1]:
                raise _over_limit(lot, sums[0] + mct, sums[2], sums[3], mct)
            sums[0] += mct
            # (tuple.__new__: a PlannedEntry without its __new__'s argument handling, per row)
            planned.append(
                make(
                    PlannedEntry,
                    (lot.id, lot.uid, cat_id, code, kind, mct, count or 0, int(count is not None)),
                )
            )
        except UserError as exc:
            errors.append((line, exc.message))  # (a Phrase stays one, to be translated)
    return planned, errors


def _check_planned(db: Database, planned: list[PlannedEntry]) -> None:
    """Check planned entries against their lots as they stand: open, and within the limit."""
    per_lot: dict[int, list[int]] = {}
    for e in planned:
        per_lot.setdefault(e.lot_id, []).append(e.mct)
    for lot_id, amounts in per_lot.items():
        found = lots_sql.get_lot_by_id(db, lot_id)
        if found is None:
            raise NotFound(phrase("lot #{id} does not exist", id=lot_id))
        lot = _open_for_sorting(found)
        rec = _reconciliation(db, lot)
        accounted, limit = rec.sorted_mct + rec.loss_mct, rec.received_mct + rec.tolerance_mct
        for mct in amounts:
            accounted += mct
            if mct > 0 and accounted > limit:
                raise _over_limit(lot, accounted, rec.received_mct, rec.tolerance_mct, mct)


def _category_or_loss(cats: dict[str, Category], text: str) -> Category | str | UserError:
    """The category a file names, the loss type of 'loss:TYPE', or why neither."""
    try:
        if text.lower().startswith("loss:"):
            return loss_kind(text[5:])
        cat = cats.get(text.strip().upper())
        if cat is None:
            raise NotFound(
                phrase("category: '{category}' is not in the assortment", category=text),
                code="category_unknown",
                facts={"category": text},
            )
        if not cat.active:
            raise UserError(phrase("category {category} is retired", category=cat.code))
        return cat
    except UserError as exc:
        return exc


def post_entries(
    db: Database, actor: Actor, planned: list[PlannedEntry], source: str, *, file: str = ""
) -> Changes:
    """Write checked entries in one transaction, with one audit entry covering them all.

    Their weights were read from ``file`` (its name; '' a file not named: "csv"), not captured
    off a balance: refused where the site takes weights from the balance only; the import's
    ``entry_files`` row says the file, and the audit entry says ``weight_source`` "file".

    The lots' status and limits are checked again inside that transaction (another workstation
    may have sorted or closed them since ``plan_entries``); plan in the same transaction to have
    each bad row reported with its line instead.
    """
    actor.require(Role.OPERATOR, phrase("recording sorting results"))
    code = site(db).code
    prefix = uids.entry(code, 0)[:-1]
    at = utc_now()
    with transaction(db):
        balances.check_file_weights(db)
        _check_planned(db, planned)
        start = records.next_id(db, "sort_entries")
        lots_sql.insert_entry_batch(db, start, code, actor.user_id, at, planned)
        weights = balances.record_entry_file(
            db, actor, start, start + len(planned) - 1, file or source
        )
        lots_sql.mark_sorting(db, sorted({e.lot_id for e in planned}))
        record(
            db,
            actor,
            "sort.import",
            source,
            {
                "entries": len(planned),
                "first": uids.entry(code, start),
                "last": uids.entry(code, start + len(planned) - 1),
                "digest": entries_digest(
                    # (uids.entry's text, made here without a call per row: a big import)
                    (
                        f"{prefix}{n}",
                        lot_uid,
                        category,
                        loss_type or "",
                        mct,
                        stones if counted else "",
                    )
                    for n, (_l, lot_uid, _c, category, loss_type, mct, stones, counted) in (
                        enumerate(planned, start)
                    )
                ),
                **weights,
            },
        )
    return Changes(lots=frozenset(e.lot_id for e in planned), sorting=True)
