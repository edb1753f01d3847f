"""Receiving lots: weigh on arrival, compare with the sender's papers, keep origin and seals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

from sortapp.core import uids
from sortapp.core.canonical import iso_utc
from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.entities import HS_CODES, Lot, Posting
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import listing, phrase
from sortapp.core.roles import Actor, Role
from sortapp.core.units import format_mct
from sortapp.core.weighing import WeightSource
from sortapp.services import balances, reported
from sortapp.services.audit import record
from sortapp.services.journal import post, post_reversal
from sortapp.services.settings import settings, site
from sortapp.services.validation import (
    certificate_codes,
    check_number,
    check_partner_text,
    check_past,
    check_reason,
    check_text,
    country,
    of_country,
)
from sortapp.storage import ledger as ledger_sql
from sortapp.storage import lots as lots_sql
from sortapp.storage import records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database


def get_lot(db: Database, number: str) -> Lot:
    found = lots_sql.get_lot(db, number or "")
    if found is None:
        raise NotFound(phrase("lot '{lot}' does not exist", lot=number))
    return found


def get_lot_by_id(db: Database, lot_id: int) -> Lot:
    found = lots_sql.get_lot_by_id(db, lot_id)
    if found is None:
        raise NotFound(phrase("lot #{id} does not exist", id=lot_id))
    return found


def _weight_flag(db: Database, declared: int | None, weighed: int | None) -> bool:
    if declared is None or weighed is None:
        return False
    return abs(weighed - declared) > settings(db).weigh_tolerance(declared)


def _post_receipt(db: Database, actor: Actor, lot_id: int, mct: int, stones: int) -> dict[str, str]:
    return post(
        db,
        actor.user_id,
        actor.name,
        "receive",
        [Posting("world", lot_id, -mct, -stones), Posting("received", lot_id, mct, stones)],
        lot_id=lot_id,
    )


def receive_lot(
    db: Database,
    actor: Actor,
    *,
    number: str,
    origins: Sequence[tuple[str, str]],
    supplier: str = "",
    weighed_mct: int | None = None,
    declared_mct: int | None = None,
    stones: int | None = None,
    declared_stones: int | None = None,
    declared_value_cents: int | None = None,
    seals: Sequence[str] = (),
    kp_cert: str = "",
    from_country: str = "",
    hs_code: str = "7102.10",
    received_at: dt.datetime | None = None,
    lot_source: str = "",
    source: WeightSource | None = None,
) -> Changes:
    """Record a lot's arrival. Either weighed or declared carats (or both) must be given.

    ``origins`` lists (country, mine) pairs; a mine is blank when the goods come from a supplier.
    ``lot_source``: where the lot's record came from (a transfer file), kept with it.
    ``source``: where the weighed carats came from (captured off a balance; None: keyed).
    """
    actor.require(Role.OPERATOR, phrase("receiving a lot"))
    number = check_number(number, "lot")
    _check_new_number(db, number)
    if weighed_mct is None and declared_mct is None:
        raise UserError(
            phrase("carats: give the weighed carats, or the declared carats to weigh later")
        )
    if not origins:
        raise UserError(phrase("origin: give the country of origin"))
    if not lot_source:  # (a partner's signed file: its figures as it signed them)
        stones = _counted(stones, weighed_mct if weighed_mct is not None else declared_mct)
    # (A person's text is held to what a document prints whole; a partner's signed file is
    # taken as it was signed: its receiver could not shorten it, and a site's name is longer.)
    held = check_text if not lot_source else check_partner_text
    clean_origins = []
    for code, mine in origins:
        clean_origins.append((country(db, code, "origin")[0], held(mine, phrase("mine"))))
    supplier = held(supplier, phrase("supplier"))
    if not supplier and not any(mine for _c, mine in clean_origins):
        raise UserError(
            phrase("give the mine or the supplier the lot came from"), code="origin_missing"
        )
    clean_seals = [check_number(s, "seal") for s in seals]
    if len(set(clean_seals)) != len(clean_seals):
        raise UserError(phrase("seal: the same seal number is given twice"))
    # (Upper case, as a certificate is printed and counted: "za0041999" was stored and printed
    # as typed, a clerk's day of 2026-12-07.)
    kp_cert = check_number(kp_cert, "incoming KP certificate").upper() if kp_cert.strip() else ""
    if hs_code not in HS_CODES:
        raise UserError(phrase("HS code: use one of {codes}", codes=", ".join(HS_CODES)))
    here = site(db)
    field = phrase("shipped from")
    shipped_from = country(db, from_country, field)[0] if from_country.strip() else ""
    if not shipped_from and kp_cert:
        shipped_from = clean_origins[0][0]
    if shipped_from:
        # (A partner's file is taken as signed, its value too: the statistics name one with none.)
        valued = bool(declared_value_cents) or bool(lot_source)
        _check_import(country(db, shipped_from, field), here.country, kp_cert, valued=valued)
    if shipped_from == here.country:  # (bought in the country: stored as a blank says it)
        shipped_from = ""
    at = (
        iso_utc(check_past(received_at, phrase("received"), code="received_time"))
        if received_at
        else utc_now()
    )
    code = here.code
    with transaction(db):
        _check_new_number(db, number)  # again inside the write: another may have taken it since
        # By the tolerance in force as it is written (judged before, a tolerance tightened
        # meanwhile left the lot unflagged, no acknowledgement asked, and verify then named
        # it as changed outside sortapp: an attack round's race, 2026-12-07).
        flag = _weight_flag(db, declared_mct, weighed_mct)
        weight = balances.weighed(db, source, weighed_mct) if weighed_mct is not None else None
        lot_id = records.next_id(db, "lots")
        lots_sql.insert_lot(
            db,
            {
                "id": lot_id,
                "uid": uids.lot(code, lot_id),
                "number": number,
                "received_at": at,
                "supplier": supplier.strip(),
                "declared_mct": declared_mct,
                "declared_stones": declared_stones,
                "declared_value_cents": declared_value_cents,
                "kp_cert_in": kp_cert,
                "from_country": shipped_from,
                "hs_code_in": hs_code,
                "source": lot_source,
                "received_by": actor.user_id,
                "weighed_mct": weighed_mct,
                "weighed_stones": stones,
                "weight_flag": int(flag),
                "status": "received" if weighed_mct is not None else "awaiting_weight",
            },
        )
        lots_sql.insert_origins(db, lot_id, clean_origins)
        lots_sql.insert_seals(db, lot_id, clean_seals)
        posted = (
            _post_receipt(db, actor, lot_id, weighed_mct, stones or 0)
            if weighed_mct is not None
            else {}
        )
        if weight is not None and weighed_mct is not None:
            balances.record_weighing(db, actor, weight, "receive", weighed_mct, lot_id=lot_id)
            posted = {**posted, **weight.details()}
        record(
            db,
            actor,
            "lot.receive",
            number,
            {
                "weighed_mct": weighed_mct,
                "declared_mct": declared_mct,
                "stones": stones,
                "origins": [list(o) for o in clean_origins],
                "supplier": supplier.strip(),
                "seals": clean_seals,
                "kp_cert": kp_cert,
                "weight_flag": flag,
                # (The rest of the lot's recorded facts, which verify holds its row to.)
                "declared_stones": declared_stones,
                "declared_value_cents": declared_value_cents,
                "hs_code": hs_code,
                "from_country": shipped_from,
                "source": lot_source,
                "received_at": at,
                **posted,
            },
        )
    message = ""
    if flag and declared_mct is not None and weighed_mct is not None:
        message = _beyond_tolerance(number, weighed_mct, declared_mct)
    if shipped_from:  # (an import: dated within a period whose statistics were reported?)
        said = reported.dated_within(db, at, phrase("lot {lot}'s receipt", lot=number))
        message = listing([message, said], "; ") if message and said else message or said
    return Changes(lots=frozenset({lot_id}), ledger=True, created_id=lot_id, warning=message)


def _check_import(shipped: tuple[str, str, str], home: str, kp_cert: str, *, valued: bool) -> None:
    """Refuse rough diamonds shipped in from abroad that crossed the border without their KP
    certificate, or from a country not on the KP participant list: the Scheme lets neither in,
    and the KP statistics count an import by its certificate (a lot of foreign origin received
    without one was taken, and left out of them: a supervisor's day, 2026-12-07)."""
    code, name, kp = shipped
    if code == home:  # (goods bought in the country: no border crossed, no certificate)
        if kp_cert:  # (one counted as an import from the site's own country: the same round)
            raise UserError(
                phrase(
                    "incoming KP certificate: goods shipped from within {home} cross no "
                    "border and travel under no KP certificate; give the country the lot was "
                    "shipped from, or no certificate",
                    home=home,
                ),
                code="certificate_from_home",
            )
        return
    if kp == "none":
        raise UserError(
            phrase(
                "shipped from: {name} ({code}) is not on the site's KP participant list; rough "
                "diamonds may only be imported from KP participants",
                name=name,
                code=code,
            ),
            code="import_not_participant",
        )
    if not kp_cert:
        raise UserError(
            phrase(
                "incoming KP certificate: a lot shipped from {name} ({code}) crosses the border "
                "under a KP certificate; enter its number (goods bought within {home}: give "
                "{home} as the country shipped from)",
                name=name,
                code=code,
                home=home,
            ),
            code="import_without_certificate",
        )
    codes = certificate_codes(code, kp)
    if not of_country(kp_cert, codes):
        # (A KP certificate's number begins with its issuing country's ISO code, KPCS Annex I:
        # the exporting country's, the one the goods were shipped from. "ZA-1" on goods from
        # Namibia is a typing slip or another shipment's certificate: a leftover of 2026-12-07.)
        raise UserError(
            phrase(
                "incoming KP certificate: '{cert}' does not begin with {code} and a digit or "
                "'/', '.', '_' or '-'; a KP certificate's number begins with the code of the "
                "country that issued it, {name}, the one the lot was shipped from: check the "
                "certificate, or the country shipped from",
                cert=kp_cert,
                code="/".join(codes),
                name=name,
            ),
            code="certificate_not_of_country",
        )
    if not valued:
        # (Its certificate states the value, KPCS Annex I, and the KP statistics report
        # imports in USD: one received with none was counted at 0.00, a leftover of
        # 2026-12-07.)
        raise UserError(
            phrase(
                "declared value: a lot shipped from {name} ({code}) is imported at the value "
                "in US dollars its KP certificate states; enter it (the KP statistics report "
                "imports by value)",
                name=name,
                code=code,
            ),
            code="import_without_value",
        )


def _beyond_tolerance(number: str, weighed_mct: int, declared_mct: int) -> str:
    """The warning of a weight beyond tolerance of the declared carats."""
    return phrase(
        "lot {lot}: weighed {weighed} ct differs from declared {declared} ct beyond tolerance; "
        "a supervisor must acknowledge it",
        lot=number,
        weighed=format_mct(weighed_mct),
        declared=format_mct(declared_mct),
    )


def check_weighing(
    db: Database, number: str, action: Literal["weigh", "reweigh", "acknowledge"]
) -> Lot:
    """Lot ``number``, when ``action`` ("weigh", "reweigh", "acknowledge") may be asked of it as
    it stands; else the refusal the action itself gives (a face asks it before a dialog opens:
    a weight typed, then "already weighed"). The action checks again inside its write."""
    lot = get_lot(db, number)
    {"weigh": _weighable, "reweigh": _reweighable, "acknowledge": _acknowledgeable}[action](lot)
    return lot


def _weighable(lot: Lot) -> None:
    if lot.status != "awaiting_weight":
        raise UserError(
            phrase(
                "lot {lot} is already weighed ({ct} ct)",
                lot=lot.number,
                ct=format_mct(lot.weighed_mct or 0),
            )
        )


def _reweighable(lot: Lot) -> None:
    if lot.status != "received":
        raise UserError(_not_to_reweigh(lot))


def _acknowledgeable(lot: Lot) -> None:
    if not lot.weight_flag:
        raise UserError(phrase("lot {lot} has no weight difference to acknowledge", lot=lot.number))
    if lot.weight_acknowledged:
        raise UserError(
            phrase("lot {lot}: the weight difference is already acknowledged", lot=lot.number)
        )


def _not_to_reweigh(lot: Lot) -> str:
    """Why lot ``lot`` (not "received") cannot be weighed again, one sentence per status."""
    if lot.status == "sorting":
        return phrase(
            "lot {lot} is sorting: only a weighed lot not yet sorted can be weighed again; "
            "correct its sorting entries instead",
            lot=lot.number,
        )
    if lot.status == "sorted":
        return phrase(
            "lot {lot} is sorted: only a weighed lot not yet sorted can be weighed again",
            lot=lot.number,
        )
    if lot.status == "awaiting_weight":
        return phrase(
            "lot {lot} is awaiting weight: only a weighed lot not yet sorted can be weighed again",
            lot=lot.number,
        )
    return phrase(
        "lot {lot} is {status}: only a weighed lot not yet sorted can be weighed again",
        lot=lot.number,
        status=lot.status.replace("_", " "),
    )


def check_new_number(db: Database, number: str) -> str:
    """Return lot number ``number`` cleaned, if it is valid and no lot has it yet; else raise
    UserError saying why (a receiving form checks it as it is scanned)."""
    number = check_number(number, "lot")
    _check_new_number(db, number)
    return number


def _check_new_number(db: Database, number: str) -> None:
    if lots_sql.get_lot(db, number) is not None:
        raise UserError(
            phrase("lot {lot} already exists; lot numbers are unique at this site", lot=number)
        )


def _record_weighing(
    db: Database,
    actor: Actor,
    lot: Lot,
    mct: int,
    stones: int | None,
    flag: bool,
    posted: dict[str, str],
    weight: balances.Weighed | None = None,
    action: str = "weigh",
) -> None:
    details: dict[str, Any] = {"weighed_mct": mct, "stones": stones, "weight_flag": flag, **posted}
    if weight is not None:
        balances.record_weighing(db, actor, weight, action, mct, lot_id=lot.id)
        details.update(weight.details())
    record(db, actor, "lot.weigh", lot.number, details)


def _counted(stones: int | None, mct: int | None = None) -> int | None:
    """A count of a lot's stones as entered: a blank, or 0 (which no goods of any carats can
    be; a sorting entry's 0 reads so too, ``sorting.entry_stones``), is no count. Of ``mct``
    carats, never more stones than thousandths of a carat: no stone weighs less (a lot of
    0.001 ct was taken as 1,000,000 stones: an attack round, 2026-12-07)."""
    if stones and mct is not None and stones > mct:
        raise UserError(
            phrase(
                "stones: {stones} stones of {ct} ct would each weigh less than 0.001 ct; "
                "check the count or the carats",
                stones=stones,
                ct=format_mct(mct),
            )
        )
    return stones or None


def _stones_at_weighing(lot: Lot, stones: int | None) -> int | None:
    """The stones a lot is weighed with: a count recorded at receipt stands (a blank at weighing
    keeps it); a different count is refused, since the receipt's count is a recorded fact that
    only a supervisor's reweighing (with a reason) may change."""
    if lot.weighed_stones is None or stones in (None, lot.weighed_stones):
        return lot.weighed_stones if stones is None else stones
    raise UserError(
        phrase(
            "lot {lot} was received with {counted} stones counted; leave stones "
            "blank to keep that count (a supervisor may weigh the lot again with {stones} stones "
            "and a reason)",
            lot=lot.number,
            counted=lot.weighed_stones,
            stones=stones,
        )
    )


def weigh_lot(
    db: Database,
    actor: Actor,
    number: str,
    weighed_mct: int,
    stones: int | None = None,
    *,
    source: WeightSource | None = None,
) -> Changes:
    """Weigh a lot that arrived with declared carats only, and post its receipt (``source``:
    where the weight came from; None: keyed)."""
    actor.require(Role.OPERATOR, phrase("weighing a lot"))
    with transaction(db):
        # Inside the write: of two workstations weighing the lot at once, one weighs it.
        lot = get_lot(db, number)
        _weighable(lot)
        stones = _stones_at_weighing(lot, _counted(stones, weighed_mct))
        weight = balances.weighed(db, source, weighed_mct)
        flag = _weight_flag(db, lot.declared_mct, weighed_mct)
        lots_sql.set_weighed(db, lot.id, weighed_mct, stones, flag)
        posted = _post_receipt(db, actor, lot.id, weighed_mct, stones or 0)
        _record_weighing(db, actor, lot, weighed_mct, stones, flag, posted, weight)
    message = ""
    if flag:
        message = _beyond_tolerance(lot.number, weighed_mct, lot.declared_mct or 0)
    return Changes(lots=frozenset({lot.id}), ledger=True, warning=message)


def reweigh_lot(
    db: Database,
    actor: Actor,
    number: str,
    weighed_mct: int,
    stones: int | None = None,
    *,
    reason: str,
    source: WeightSource | None = None,
) -> Changes:
    """Correct a lot weighed wrongly, before sorting starts (supervisor, with a reason).

    The lot's receipt is reversed in the ledger and a new one posted with the new weight; the
    old figures stay on record (the reversed receipt, the reweighing, the audit log). ``source``:
    where the new weight came from (None: keyed). The weight difference is judged anew: the
    lot is flagged as the new weight is beyond tolerance of the declared carats or not, and an
    acknowledgement of the old figures no longer stands (the entry says it was cleared).
    """
    actor.require(Role.SUPERVISOR, phrase("correcting a lot's weight"))
    with transaction(db):
        # Inside the write: sorting may have started on another workstation a moment ago.
        lot = get_lot(db, number)
        _reweighable(lot)
        reason = check_reason(reason)
        if weighed_mct <= 0:
            raise UserError(phrase("carats: enter a weight above 0.000 ct"))
        stones = _counted(stones, weighed_mct)
        if stones is None:  # (a blank keeps the count, as at weighing: never a count undone)
            stones = lot.weighed_stones
        if (weighed_mct, stones) == (lot.weighed_mct, lot.weighed_stones):
            raise UserError(
                phrase(
                    "lot {lot} already weighs {ct} ct", lot=lot.number, ct=format_mct(weighed_mct)
                )
            )
        weight = balances.weighed(db, source, weighed_mct)
        # Other carats: the difference judged anew (a count alone changed leaves it as it is).
        anew = weighed_mct != lot.weighed_mct
        flag = _weight_flag(db, lot.declared_mct, weighed_mct) if anew else lot.weight_flag
        receipts = ledger_sql.standing_receipts(db, lot.id)
        if len(receipts) != 1:
            raise UserError(
                phrase(
                    "lot {lot} has {count} receipts in the ledger, not 1",
                    lot=lot.number,
                    count=len(receipts),
                )
            )
        reversal = post_reversal(
            db, actor.user_id, actor.name, receipts[0]["id"], reason, lot_id=lot.id
        )
        record(
            db,
            actor,
            "lot.reweigh",
            lot.number,
            {
                "previous_mct": lot.weighed_mct,
                "previous_stones": lot.weighed_stones,
                "weighed_mct": weighed_mct,
                "stones": stones,
                "reason": reason,
                **reversal,
                **weight.details(),
                # (New carats' difference is judged anew: one acknowledged for the old figures
                # is acknowledged again, if it is still beyond tolerance.)
                **({"acknowledgement_cleared": True} if anew and lot.weight_acknowledged else {}),
            },
        )
        posted = _post_receipt(db, actor, lot.id, weighed_mct, stones or 0)
        new_receipt = ledger_sql.get_journal(db, posted["journal"])
        assert new_receipt is not None
        lots_sql.insert_reweigh(
            db,
            {
                "lot_id": lot.id,
                "previous_mct": lot.weighed_mct,
                "previous_stones": lot.weighed_stones,
                "weighed_mct": weighed_mct,
                "weighed_stones": stones,
                "reason": reason,
                "user_id": actor.user_id,
                "at": utc_now(),
                "journal_id": new_receipt["id"],
            },
        )
        lots_sql.set_reweighed(db, lot.id, weighed_mct, stones, flag if anew else None)
        _record_weighing(db, actor, lot, weighed_mct, stones, flag, posted, weight, "reweigh")
    beyond = anew and flag  # (a flag is raised only against declared carats)
    said = _beyond_tolerance(lot.number, weighed_mct, lot.declared_mct or 0) if beyond else ""
    if anew and lot.kp_cert_in and lot.from_country and lot.declared_mct is None:
        # (An import counted at its weighed carats, having no declared: a period whose KP
        # statistics were reported changes, said now, not only by its next run.)
        changed = reported.dated_within(
            db, lot.received_at, phrase("lot {lot}'s receipt", lot=lot.number)
        )
        said = listing([said, changed], "; ") if said and changed else said or changed
    return Changes(
        lots=frozenset({lot.id}),
        ledger=True,
        note=phrase("lot {lot} weighed again: {ct} ct", lot=lot.number, ct=format_mct(weighed_mct)),
        warning=said,
    )


def acknowledge_weight(
    db: Database, actor: Actor, number: str, reason: str, *, shown_mct: int | None = None
) -> Changes:
    """A supervisor acknowledges a weighed/declared difference beyond tolerance.

    ``shown_mct``: the weight the supervisor was shown against the declared one; a lot weighed
    again since (at another workstation) is not acknowledged under figures no one saw. The
    entry records the figures acknowledged.
    """
    actor.require(Role.SUPERVISOR, phrase("acknowledging a weight difference"))
    with transaction(db):
        lot = get_lot(db, number)
        if shown_mct is not None and lot.weighed_mct != shown_mct:
            raise UserError(
                phrase(
                    "lot {lot} was weighed again after its difference was shown ({ct} ct now); "
                    "nothing was acknowledged; cancel, and look at it again",
                    lot=lot.number,
                    ct=format_mct(lot.weighed_mct or 0),
                )
            )
        _acknowledgeable(lot)
        reason = check_reason(reason)
        lots_sql.acknowledge_weight(db, lot.id, actor.user_id, reason)
        record(
            db,
            actor,
            "lot.acknowledge",
            lot.number,
            {"reason": reason, "declared_mct": lot.declared_mct, "weighed_mct": lot.weighed_mct},
        )
    return Changes(lots=frozenset({lot.id}))


def list_lots(db: Database, actor: Actor, status: str | None = None) -> list[Lot]:
    actor.require(Role.OPERATOR, phrase("listing lots"))
    return lots_sql.list_lots(db, status=status, limit=100_000)
