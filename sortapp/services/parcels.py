"""Export parcels: draft, fill from stock with provenance, value, seal under a KP certificate."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NotRequired, TypedDict, Unpack

from sortapp.core import uids
from sortapp.core.canonical import fingerprint
from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.entities import (
    HS_CODES,
    VALUERS,
    Category,
    Parcel,
    ParcelLine,
    Posting,
    Shipment,
)
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import Phrase, phrase
from sortapp.core.roles import Actor, Role
from sortapp.core.units import SPECIAL_MIN_MCT, format_mct, split_cents, value_cents
from sortapp.services import audit as audit_service
from sortapp.services import reported, views
from sortapp.services.assortment import get_category
from sortapp.services.audit import record, require_signer
from sortapp.services.journal import post, post_reversal
from sortapp.services.lots import get_lot, get_lot_by_id
from sortapp.services.settings import DEFAULT_SETTINGS, Settings, settings, site, site_today
from sortapp.services.site import require_kp_participant
from sortapp.services.sorting import bounds_words, each_outside, stones_words
from sortapp.services.stated import PARCEL_STATES, parcel_row_problems
from sortapp.services.validation import (
    MOST_TEXT,
    certificate_codes,
    check_cents,
    check_line,
    check_number,
    check_reason,
    check_text,
    country,
    of_country,
    parse_day,
    text_too_long,
)
from sortapp.storage import audit as audit_sql
from sortapp.storage import ledger as ledger_sql
from sortapp.storage import lots as lots_sql
from sortapp.storage import parcels as parcels_sql
from sortapp.storage import records, rowcover
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database


def _row(db: Database, number: str) -> dict[str, Any]:
    found = parcels_sql.get_parcel(db, number or "")
    if found is None:
        raise NotFound(phrase("parcel '{parcel}' does not exist", parcel=number))
    return found


def _state(row: dict[str, Any]) -> Phrase:
    return parcel_state(row["number"], row["status"])


def parcel_state(number: str, status: str) -> Phrase:
    """What a parcel's status says of it ("parcel P-7 is sealed"), one sentence per status."""
    if status == "draft":
        return phrase("parcel {parcel} is draft", parcel=number)
    if status == "sealed":
        return phrase("parcel {parcel} is sealed", parcel=number)
    if status == "shipped":
        return phrase("parcel {parcel} is shipped", parcel=number)
    if status == "void":
        return phrase("parcel {parcel} is void", parcel=number)
    return phrase("parcel {parcel} is {status}", parcel=number, status=status)


def _other_party(key: str, cert: str, theirs: str, parcel: str, ours: str) -> Phrase:
    """The refusal of a parcel sealed under a certificate made out to another ``key`` party."""
    if key == "exporter":
        return phrase(
            "certificate {cert} is for exporter '{theirs}', parcel {parcel} for '{ours}'; "
            "one shipment has one exporter, importer and destination",
            cert=cert,
            theirs=theirs,
            parcel=parcel,
            ours=ours,
        )
    if key == "importer":
        return phrase(
            "certificate {cert} is for importer '{theirs}', parcel {parcel} for '{ours}'; "
            "one shipment has one exporter, importer and destination",
            cert=cert,
            theirs=theirs,
            parcel=parcel,
            ours=ours,
        )
    return phrase(
        "certificate {cert} is for destination '{theirs}', parcel {parcel} for '{ours}'; "
        "one shipment has one exporter, importer and destination",
        cert=cert,
        theirs=theirs,
        parcel=parcel,
        ours=ours,
    )


def _draft(db: Database, number: str) -> dict[str, Any]:
    row = _row(db, number)
    if row["status"] != "draft":
        raise UserError(phrase("{state}; only a draft can be changed", state=_state(row)))
    return row


def create_parcel(
    db: Database,
    actor: Actor,
    number: str,
    *,
    importer: str,
    destination: str,
    exporter: str | None = None,
) -> Changes:
    """Open a draft parcel for a KP participant destination; the exporter defaults to the site."""
    actor.require(Role.OPERATOR, phrase("creating a parcel"))
    number = check_number(number, "parcel")
    if parcels_sql.get_parcel(db, number) is not None:
        raise UserError(phrase("parcel {parcel} already exists", parcel=number))
    # Printed on the parcel's every document: one line, 200 characters at most (a name of a
    # million characters, or one whose direction mark printed it backwards, was taken).
    importer = check_text(importer, phrase("importer"))
    if not importer:
        raise UserError(phrase("importer: name the importer (consignee)"))
    dest = require_kp_participant(db, destination, "destination")
    exporter = check_text(exporter, phrase("exporter")) or settings(db).exporter
    code = site(db).code
    with transaction(db):
        # Again inside the write: two workstations opening one number cannot both pass.
        if parcels_sql.get_parcel(db, number) is not None:
            raise UserError(phrase("parcel {parcel} already exists", parcel=number))
        parcel_id = records.next_id(db, "parcels")
        parcels_sql.insert_parcel(
            db,
            {
                "id": parcel_id,
                "uid": uids.parcel(code, parcel_id),
                "number": number,
                "exporter": exporter,
                "importer": importer,
                "destination": dest,
                "created_by": actor.user_id,
                "created_at": utc_now(),
                "status": "draft",
            },
        )
        record(
            db,
            actor,
            "parcel.create",
            number,
            {"exporter": exporter, "importer": importer, "destination": dest},
        )
    return Changes(parcels=frozenset({parcel_id}), created_id=parcel_id)


def _allocate(
    sources: Sequence[tuple[int, int, int]],
    mct: int,
    stones: int | None,
    what: str,
    cat: Category | None = None,
    mixed: Collection[int] = (),
) -> list[tuple[int, int, int]]:
    """Take ``mct`` (and ``stones``) from (lot, mct, stones) sources in order.

    A source taken whole gives all its stones; a source taken in part gives the stones asked for
    (required when that source counts stones), which stones of ``cat``'s size class could weigh,
    as could those left (``_check_part``), unless its lot is in ``mixed``: some of its goods of
    the category were not counted (``uncounted_lines``), so its stones are fewer than its
    carats hold, and no count of them says what a part of it weighs.
    """
    available = sum(s[1] for s in sources)
    if mct > available:
        raise UserError(
            phrase(
                "{what}: only {available} ct in stock, {asked} ct asked for",
                what=what,
                available=format_mct(available),
                asked=format_mct(mct),
            )
        )
    taken: list[tuple[int, int, int]] = []
    left_mct, left_stones = mct, stones
    for lot_id, lot_mct, lot_stones in sources:
        if left_mct == 0:
            break
        take = min(left_mct, lot_mct)
        if take == lot_mct:
            take_stones = lot_stones
        elif left_stones is None:
            if lot_stones:
                raise UserError(
                    phrase(
                        "{what}: the stock counts stones; give the number of stones for part of "
                        "a balance ({take} of {held} ct, {stones} stones)",
                        what=what,
                        take=format_mct(take),
                        held=format_mct(lot_mct),
                        stones=lot_stones,
                    ),
                    code="stones_needed",
                )
            take_stones = 0
        else:
            take_stones = left_stones
            if lot_stones and not 0 < take_stones < lot_stones:
                raise UserError(
                    phrase(
                        "{what}: {take_stones} stones for {take} ct of a balance of "
                        "{held} ct and {stones} stones does not add up",
                        what=what,
                        take_stones=take_stones,
                        take=format_mct(take),
                        held=format_mct(lot_mct),
                        stones=lot_stones,
                    ),
                    code="stones_part",
                )
            if take_stones > lot_stones:
                raise UserError(
                    phrase("{what}: only {stones} stones in stock", what=what, stones=lot_stones),
                    code="stones_part",
                )
            if cat is not None and lot_stones and lot_id not in mixed:
                _check_part(cat, what, (lot_mct, lot_stones), (take, take_stones))
        if left_stones is not None:
            if take_stones > left_stones:
                raise UserError(
                    phrase(
                        "{what}: {take} ct from the oldest lot hold {take_stones} stones, "
                        "more than the {stones} asked for",
                        what=what,
                        take=format_mct(take),
                        take_stones=take_stones,
                        stones=stones,
                    ),
                    code="stones_part",
                )
            left_stones -= take_stones
        taken.append((lot_id, take, take_stones))
        left_mct -= take
    if left_stones:
        raise UserError(
            phrase(
                "{what}: {stones} stones asked for, but the carats hold fewer",
                what=what,
                stones=stones,
            ),
            code="stones_part",
        )
    return taken


def _check_part(cat: Category, what: str, held: tuple[int, int], part: tuple[int, int]) -> None:
    """Refuse a part of a balance of counted stones that stones of ``cat``'s size class could
    not weigh, or that would leave what they could not (a count keyed wrong: 45 of 50 grainers
    for 30 of 39.9 ct leaves 5 of 1.98 ct). A balance they could not weigh already (recorded by
    an older release) is held to the part alone."""
    (held_mct, held_stones), (take, take_stones) = held, part
    left, left_stones = held_mct - take, held_stones - take_stones
    if cat.could_weigh(take, take_stones):
        if cat.could_weigh(left, left_stones) or not cat.could_weigh(held_mct, held_stones):
            return
        said = phrase(
            "{what}: taking {take} ct, {take_stones} of a balance's {stones} stones ({held} "
            "ct), would leave {left} ct for {left_stones}, about {each} ct a stone, and "
            "{category} holds stones of {bounds} each: check the count",
            what=what,
            take=format_mct(take),
            take_stones=take_stones,
            held=format_mct(held_mct),
            stones=held_stones,
            left=format_mct(left),
            left_stones=left_stones,
            each=format_mct(each_outside(cat, left, left_stones)),
            category=cat.code,
            bounds=bounds_words(cat.stone_min_mct, cat.stone_max_mct),
        )
    else:
        said = phrase(
            "{what}: taking {take} ct, {take_stones} of a balance's {stones} stones ({held} "
            "ct), makes about {each} ct a stone, and {category} holds stones of {bounds} each: "
            "check the count",
            what=what,
            take=format_mct(take),
            take_stones=take_stones,
            held=format_mct(held_mct),
            stones=held_stones,
            each=format_mct(each_outside(cat, take, take_stones)),
            category=cat.code,
            bounds=bounds_words(cat.stone_min_mct, cat.stone_max_mct),
        )
    raise UserError(said, code="stones_out_of_band", facts={"category": cat.code})


def add_goods(
    db: Database,
    actor: Actor,
    number: str,
    category: str,
    mct: int,
    *,
    stones: int | None = None,
    lot: str | None = None,
) -> Changes:
    """Pack goods of a category from stock into a draft parcel (from a chosen lot, else FIFO)."""
    actor.require(Role.OPERATOR, phrase("filling a parcel"))
    cat = get_category(db, category)
    if cat.hs_code not in HS_CODES:
        raise UserError(
            phrase(
                "{category} has HS code {hs_code}, which a KP shipment may not hold",
                category=cat.code,
                hs_code=cat.hs_code,
            )
        )
    with transaction(db):
        row = _draft(db, number)
        if lot:
            chosen = get_lot(db, lot)
            lot_mct, lot_stones = ledger_sql.balance(db, "stock", chosen.id, category_id=cat.id)
            sources = [(chosen.id, lot_mct, lot_stones)] if lot_mct else []
            what: str = phrase("{category} from lot {lot}", category=cat.code, lot=chosen.number)
            if not lot_mct and chosen.status != "sorted":  # (not "only 0.000 ct in stock")
                raise UserError(
                    phrase(
                        "{what}: none in stock: lot {lot} is not sorted yet (its goods go into "
                        "stock when its sorting is closed)",
                        what=what,
                        lot=chosen.number,
                    )
                )
        else:
            sources = ledger_sql.stock_lots_fifo(db, cat.id)
            what = cat.code
        if cat.special:
            sources, stones = _one_special(sources, mct, stones, what), 1
            if sources:
                _sorted_special(db, cat.id, cat.code, sources[0][0], mct)
        mixed = parcels_sql.uncounted_lots(db, cat.id) if stones is not None else ()
        taken = _allocate(sources, mct, stones, what, cat, mixed)
        postings: list[Posting] = []
        for lot_id, take_mct, take_stones in taken:
            postings.append(Posting("stock", lot_id, -take_mct, -take_stones, category_id=cat.id))
            postings.append(
                Posting(
                    "parcel",
                    lot_id,
                    take_mct,
                    take_stones,
                    category_id=cat.id,
                    parcel_id=row["id"],
                )
            )
        posted = post(db, actor.user_id, actor.name, "pack", postings, parcel_id=row["id"])
        record(
            db,
            actor,
            "parcel.add",
            row["number"],
            {
                "category": cat.code,
                "mct": mct,
                "stones": sum(t[2] for t in taken),
                "lots": [[get_lot_by_id(db, t[0]).number, t[1], t[2]] for t in taken],
                **posted,
            },
        )
    return Changes(
        parcels=frozenset({row["id"]}), ledger=True, stock=True, journal=posted["journal"]
    )


def _one_special(
    sources: Sequence[tuple[int, int, int]], mct: int, stones: int | None, what: str
) -> list[tuple[int, int, int]]:
    """The one lot a special stone is packed from (specials are weighed and valued one by one:
    a packing of a specials category is one stone of 10.800 ct or more, from one lot)."""
    if stones not in (None, 1):
        raise UserError(
            phrase(
                "{what} is a specials category: pack each special stone on its own (stones 1), "
                "with its own weight",
                what=what,
            )
        )
    if mct < SPECIAL_MIN_MCT:
        raise UserError(
            phrase(
                "{what}: {ct} ct is not a special stone (10.800 ct or more); pack each "
                "special stone on its own, with its own weight",
                what=what,
                ct=format_mct(mct),
            )
        )
    if len(sources) > 1:
        raise UserError(
            phrase(
                "{what}: {count} lots hold special stones; name the lot the stone of "
                "{ct} ct comes from (a special stone is packed from its own lot)",
                what=what,
                count=len(sources),
                ct=format_mct(mct),
            ),
            code="lot_needed",
        )
    return list(sources)


def _sorted_special(db: Database, category_id: int, code: str, lot_id: int, mct: int) -> None:
    """Refuse a special stone that was not weighed at sorting: a packing of a specials category
    takes a stone sorted into that lot and category (a standing entry of exactly that weight)
    that no standing packing holds yet (``parcels_sql.unpacked_special_weights``). Every lot's
    stock comes from its own sorting here (a lot transferred from another site is weighed and
    sorted on arrival like any other), so every special stone in stock has its entry."""
    unpacked = parcels_sql.unpacked_special_weights(db, lot_id, category_id)
    if mct in unpacked:
        return
    lot = get_lot_by_id(db, lot_id).number
    left = (
        phrase(
            "its unpacked special stones weigh {weights} ct",
            weights=", ".join(format_mct(m) for m in unpacked),
        )
        if unpacked
        else phrase("every special stone sorted into it is packed")
    )
    raise UserError(
        phrase(
            "{category} from lot {lot}: no special stone of {ct} ct was sorted into lot "
            "{lot} and left unpacked; {left} (pack a special stone with the weight recorded at "
            "sorting)",
            category=code,
            lot=lot,
            ct=format_mct(mct),
            left=left,
        ),
        code="special_not_sorted",
        facts={"lot": lot, "unpacked": ", ".join(format_mct(m) for m in unpacked)},
    )


def special_stones(db: Database, number: str) -> list[tuple[str, str, int, int]]:
    """The goods of a parcel's specials categories as packed, one row per packing and lot:
    (category code, lot number, mct, stones), in packing order; since specials are packed one
    stone per packing (``add_goods``), one row per stone. Drafts, sealed and shipped parcels
    alike (the packings stand in the ledger; a packing reversed is left out)."""
    row = _row(db, number)
    special = {c.code for c in records.list_categories(db) if c.special}
    return [
        (code, lot, mct, stones)
        for _uid, _at, _user, code, lot, mct, stones in ledger_sql.packings_of(db, row["id"])
        if code in special
    ]


def stones_text(lines: Iterable[ParcelLine], *, unit: bool = True) -> str:
    """The stones of parcel lines: the count, "not counted", or the count and how many of the
    lines were counted ("120 stones (1 of 2 lines counted)")."""
    lines = list(lines)
    counted = [line for line in lines if line.stones_counted]
    # (The counted lines' stones, as paper prints them: a line only some of whose stones were
    # counted is not counted.)
    return stones_words(
        sum(line.stones for line in counted), len(counted), len(lines), unit=unit, what="lines"
    )


def list_packings(db: Database, number: str) -> list[dict[str, Any]]:
    """The packings of a parcel that still stand (each may take goods from several lots): what
    ``remove_goods`` can reverse. ``stones`` is None where they were not counted (goods packed
    with no stones: ``ParcelLine.stones_counted``)."""
    row = _row(db, number)
    out: dict[str, dict[str, Any]] = {}
    for uid, at, user, category, lot, mct, stones in ledger_sql.packings_of(db, row["id"]):
        packing = out.setdefault(
            uid,
            {
                "packing": uid,
                "at": at,
                "user": user,
                "category": category,
                "lots": [],
                "mct": 0,
                "stones": 0,
            },
        )
        packing["lots"].append(lot)
        packing["mct"] += mct
        packing["stones"] += stones
    for packing in out.values():
        if packing["stones"] == 0 and packing["mct"]:
            packing["stones"] = None
    return list(out.values())


def remove_goods(db: Database, actor: Actor, number: str, journal_uid: str, reason: str) -> Changes:
    """Reverse one packing of a draft parcel, returning its goods to stock (supervisor)."""
    actor.require(Role.SUPERVISOR, phrase("reversing a packing"))
    reason = check_reason(reason)
    with transaction(db):
        row = _draft(db, number)
        entry = ledger_sql.get_journal(db, (journal_uid or "").strip())
        if entry is None or entry["kind"] != "pack" or entry["parcel_id"] != row["id"]:
            raise NotFound(
                phrase(
                    "'{journal}' is not a packing of parcel {parcel}",
                    journal=journal_uid,
                    parcel=row["number"],
                )
            )
        if ledger_sql.is_reversed(db, entry["id"]):
            raise UserError(phrase("packing {uid} is already reversed", uid=entry["uid"]))
        posted = post_reversal(
            db, actor.user_id, actor.name, entry["id"], reason, parcel_id=row["id"]
        )
        record(
            db,
            actor,
            "parcel.remove",
            row["number"],
            {"reverses": entry["uid"], "reason": reason, **posted},
        )
    return Changes(parcels=frozenset({row["id"]}), ledger=True, stock=True)


def override_price(
    db: Database, actor: Actor, number: str, category: str, cents_per_ct: int, reason: str
) -> Changes:
    """Price a category of a draft parcel other than the price book says (supervisor, reason)."""
    actor.require(Role.SUPERVISOR, phrase("overriding a price"))
    cat = get_category(db, category)
    cents = check_cents(cents_per_ct, "USD per carat")
    reason = check_reason(reason)
    with transaction(db):
        row = _draft(db, number)
        parcels_sql.insert_override(
            db,
            {
                "parcel_id": row["id"],
                "category_id": cat.id,
                "cents_per_ct": cents,
                "reason": reason,
                "user_id": actor.user_id,
                "at": utc_now(),
            },
        )
        record(
            db,
            actor,
            "price.override",
            row["number"],
            {"category": cat.code, "cents_per_ct": cents, "reason": reason},
        )
    return Changes(parcels=frozenset({row["id"]}), prices=True)


class ValuedBy(TypedDict):
    """Who gave a valuation (each optional): the valuer's name, organisation, the date of the
    valuation (YYYY-MM-DD) and its reference."""

    valuer_name: NotRequired[str | None]
    organisation: NotRequired[str | None]
    valued_on: NotRequired[str | None]
    reference: NotRequired[str | None]


def _valued_by(asked: ValuedBy, today: str) -> dict[str, str | None]:
    """Who gave a valuation, each text one line of plain text; its date not after the site's
    ``today`` (a reference typed into the date's field made a valuation dated 13 days ahead,
    and the sheet printed it: a supervisor's day, 2026-12-07)."""
    out: dict[str, str | None] = {}
    for key, words in (
        ("valuer_name", phrase("valuer's name")),
        ("organisation", phrase("organisation")),
        ("valued_on", phrase("date of valuation")),
        ("reference", phrase("reference")),
    ):
        text = check_text(" ".join(str(asked.get(key) or "").split()), words)
        out[key] = (parse_day(text, words) if key == "valued_on" else text) if text else None
    if (out["valued_on"] or "") > today:
        raise UserError(
            phrase(
                "{field}: {day} is after today ({today})",
                field=phrase("date of valuation"),
                day=out["valued_on"],
                today=today,
            )
        )
    return out


def add_valuation(
    db: Database,
    actor: Actor,
    number: str,
    valuer: str,
    cents: int,
    **valued_by: Unpack[ValuedBy],
) -> Changes:
    """Record a valuer's total value of a draft parcel (declared, government, independent), with
    who gave it (``ValuedBy``: name, organisation, date, reference; each optional)."""
    actor.require(Role.SUPERVISOR, phrase("recording a valuation"))
    valuer = (valuer or "").strip().lower()
    if valuer not in VALUERS:
        raise UserError(phrase("valuer: use one of {valuers}", valuers=", ".join(VALUERS)))
    cents = check_cents(cents, phrase("{valuer} value", valuer=valuer), allow_zero=False)
    who = _valued_by(valued_by, site_today(db))
    with transaction(db):
        row = _draft(db, number)
        parcels_sql.insert_valuation(
            db,
            {
                "parcel_id": row["id"],
                "valuer": valuer,
                "value_cents": cents,
                "user_id": actor.user_id,
                "at": utc_now(),
                **who,
            },
        )
        record(
            db,
            actor,
            "parcel.valuation",
            row["number"],
            {"valuer": valuer, "value_cents": cents, **{k: v for k, v in who.items() if v}},
        )
    return Changes(parcels=frozenset({row["id"]}))


def valuation_records(db: Database, number: str) -> dict[str, dict[str, Any]]:
    """{valuer: the latest valuation}: value_cents, valuer_name, organisation, valued_on,
    reference (None where not recorded) and at (UTC), of a parcel (the valuation sheet)."""
    return parcels_sql.valuation_records(db, _row(db, number)["id"])


def shipping(db: Database, number: str) -> dict[str, Any]:
    """A parcel's shipping: carrier, awb and shipped_at (None until it ships, or not given)."""
    return parcels_sql.shipping_of(db, _row(db, number)["id"])


#: A line's origin where its lot has none recorded (only a lot added outside sortapp).
NO_ORIGIN = "?"


def _live_lines(db: Database, row: dict[str, Any], day: str) -> list[ParcelLine]:
    place = "shipped" if row["status"] == "shipped" else "parcel"
    lines = parcels_sql.live_lines(db, row["id"], place)
    prices = records.prices_on(db, day)
    overrides = parcels_sql.overrides_of(db, row["id"])
    origins = lots_sql.origins_of_lots(db, [r[4] for r in lines])
    priced: list[tuple[int, str]] = []
    for cat_id, *_rest in lines:
        if cat_id in overrides:
            priced.append((overrides[cat_id], "override"))
        elif cat_id in prices:
            priced.append((prices[cat_id], "price book"))
        else:
            priced.append((0, "no price"))
    values = _line_values(db, row["id"], lines, [price for price, _s in priced])
    return [
        ParcelLine(
            code,
            hs,
            lot_number,
            "+".join(origins[lot_id]) or NO_ORIGIN,
            mct,
            stones,
            price,
            value,
            source,
            bool(uncounted),
        )
        for (_c, code, hs, lot_number, lot_id, mct, stones, uncounted), (
            price,
            source,
        ), value in zip(lines, priced, values, strict=True)
    ]


def _line_values(
    db: Database, parcel_id: int, lines: list[tuple[Any, ...]], prices: list[int]
) -> list[int]:
    """Value a parcel's (category, lot) lines so that every category's lines add up to a value
    its carats and price multiply out to (issue 14): the category's carats x its price, rounded
    once, apportioned over its lots by carats (largest remainder). A specials category is valued
    stone by stone (each packing one stone, ``add_goods``): a lot's line is the sum of its
    stones' values."""
    by_cat: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        by_cat.setdefault(line[0], []).append(i)
    special = {c.id for c in records.list_categories(db) if c.special} & set(by_cat)
    stones: dict[tuple[str, str], list[int]] = {}
    if special:
        for _uid, _at, _user, code, lot, mct, _stones in ledger_sql.packings_of(db, parcel_id):
            stones.setdefault((code, lot), []).append(mct)
    values = [0] * len(lines)
    for cat_id, idx in by_cat.items():
        price = prices[idx[0]]
        weighed = [stones.get((lines[i][1], lines[i][3]), []) for i in idx]
        if cat_id in special and all(
            sum(w) == lines[i][5] for w, i in zip(weighed, idx, strict=True)
        ):
            for w, i in zip(weighed, idx, strict=True):
                values[i] = sum(value_cents(m, price) for m in w)
            continue
        total = value_cents(sum(lines[i][5] for i in idx), price)
        for i, share in zip(idx, split_cents(total, [lines[i][5] for i in idx]), strict=True):
            values[i] = share
    return values


def _sealed_lines(db: Database, parcel_id: int) -> list[ParcelLine]:
    rows = parcels_sql.sealed_lines(db, parcel_id)
    return _as_sealed_lines(rows, lots_sql.origins_of_lots(db, [r[3] for r in rows]))


def _as_sealed_lines(
    rows: list[tuple[Any, ...]], origins: dict[int, list[str]]
) -> list[ParcelLine]:
    return [
        ParcelLine(
            code,
            hs,
            lot_number,
            "+".join(origins.get(lot_id, ())) or NO_ORIGIN,
            mct,
            stones,
            price,
            value,
            source,
            bool(uncounted),
        )
        for code, hs, lot_number, lot_id, mct, stones, price, value, source, uncounted in rows
    ]


def certificate_value(rule: str, book_cents: int, valuations: dict[str, int]) -> int:
    """Return the value for the certificate by the site's rule (default: the highest)."""
    candidates = {"declared": valuations.get("declared", book_cents), **valuations}
    if rule == "highest":
        return max(candidates.values())
    return candidates.get(rule, candidates["declared"])


def get_parcel(db: Database, number: str) -> Parcel:
    row = _row(db, number)
    cert = (
        parcels_sql.get_certificate_by_id(db, row["certificate_id"])
        if row["certificate_id"]
        else None
    )
    valuations = parcels_sql.valuations_of(db, row["id"])
    if row["status"] == "draft" or (row["status"] == "void" and not row["sealed_at"]):
        lines = _live_lines(db, row, site_today(db))
        book = sum(line.value_cents for line in lines)
        value = certificate_value(settings(db).valuation_rule, book, valuations)
    else:
        lines = _sealed_lines(db, row["id"])
        value = row["sealed_value_cents"]
    return _parcel(row, cert, parcels_sql.seals_of(db, row["id"]), lines, value, valuations)


def _parcel(
    row: dict[str, Any],
    cert: dict[str, Any] | None,
    seals: tuple[str, ...],
    lines: list[ParcelLine],
    value: int,
    valuations: dict[str, int],
) -> Parcel:
    return Parcel(
        id=row["id"],
        uid=row["uid"],
        number=row["number"],
        status=row["status"],
        exporter=row["exporter"],
        importer=row["importer"],
        destination=row["destination"],
        created_at=row["created_at"],
        kp_cert=cert["number"] if cert else None,
        issued=cert["issued"] if cert else None,
        expires=cert["expires"] if cert else None,
        seals=seals,
        lines=tuple(lines),
        value_cents=value,
        fingerprint=row["fingerprint"],
        valuations=valuations,
        void_reason=row["void_reason"],
    )


#: What a sealed parcel's fingerprint covers of its view (``views.parcel_view``), besides the site,
#: its uid and its seals sorted (``storage.integrity`` rebuilds the same text in SQL).
FINGERPRINTED = (
    "number",
    *views.SHIPMENT,
    "origin",
    "origin_countries",
    "mct",
    "stones",
    "value_cents",
)
#: What it covers of each line, as a list in this order.
FINGERPRINTED_LINE = (
    "category",
    "hs_code",
    "lot",
    "origin",
    "mct",
    "stones",
    "cents_per_ct",
    "value_cents",
)


def parcel_fingerprint(parcel: Parcel, site_code: str, *, check: bool = True) -> str:
    """Return the SHA-256 over a sealed parcel's data, as printed on its manifest.

    ``check`` refuses floats; re-hashing a parcel read back from STRICT columns may skip it.
    """
    view = views.parcel_view(parcel)
    return fingerprint(
        {
            "site": site_code,
            "parcel": view["uid"],
            **views.pick(view, FINGERPRINTED),
            "seals": sorted(view["seals"]),
            "lines": [[line[name] for name in FINGERPRINTED_LINE] for line in view["lines"]],
        },
        check=check,
    )


_CERT_RE = re.compile(r"[A-Z]{2}[A-Z0-9/-]{1,38}")


@dataclass(frozen=True)
class SealPlan:
    """A seal checked: the parcel as sealing it freezes it (fingerprint still None) and the
    certificate it goes under (None: a new one is made with the parcel's dates)."""

    parcel: Parcel
    certificate_id: int | None


class SealAsked(TypedDict):
    """What sealing is asked: as ``seal_parcel`` takes it."""

    kp_cert: str
    seals: Sequence[str]
    issued: NotRequired[str | None]
    expires: NotRequired[str | None]


def check_seal(db: Database, actor: Actor, number: str, **asked: Unpack[SealAsked]) -> Parcel:
    """Check a seal without writing: the parcel as ``seal_parcel`` would freeze it (certificate,
    dates, seals, lines, value, origin), or the refusal it would give (issue 13: a summary is
    shown only of a seal that can be made)."""
    return _plan_seal(db, actor, number, **asked).parcel


def _plan_seal(db: Database, actor: Actor, number: str, **asked: Unpack[SealAsked]) -> SealPlan:
    """Every rule of sealing, read only (``seal_parcel`` calls it inside its transaction)."""
    kp_cert, seals = asked["kp_cert"], asked["seals"]
    issued, expires = asked.get("issued"), asked.get("expires")
    actor.require(Role.SUPERVISOR, phrase("sealing a parcel"))
    require_signer(db, actor)  # the seal's entry is signed: refused before its summary
    here = site(db)
    conf = settings(db)
    cert_no = (kp_cert or "").strip().upper()
    codes = certificate_codes(here.country, country(db, here.country, "country")[2])
    if not _CERT_RE.fullmatch(cert_no) or not of_country(cert_no, codes):
        raise UserError(
            phrase(
                "KP certificate: '{cert}' must start with the site's country code {country}, "
                "then a digit, '/' or '-', then letters, digits, '/' or '-'",
                cert=kp_cert,
                country="/".join(codes),
            )
        )
    clean_seals = [check_number(s, "seal") for s in seals]
    if not clean_seals:
        raise UserError(phrase("seal: give the number of at least one tamper-evident seal"))
    if len({s.upper() for s in clean_seals}) != len(clean_seals):
        raise UserError(phrase("seal: the same seal number is given twice"))
    if not conf.authority:
        raise UserError(
            phrase("the site has no exporting authority; an admin sets it in the site settings"),
            code="no_authority",
        )
    issued_day = parse_day(issued, "issued") if issued else None
    expires_day = parse_day(expires, "expires") if expires else None
    row = _draft(db, number)
    used = parcels_sql.existing_seals(db, clean_seals)
    if used:
        raise UserError(
            phrase(
                "seal {seal} is already used at this site; seal numbers are unique", seal=used[0]
            )
        )
    cert = parcels_sql.get_certificate(db, cert_no)
    cert_id: int | None = None
    if cert:
        for key in ("exporter", "importer", "destination"):
            if cert[key] != row[key]:
                raise UserError(_other_party(key, cert_no, cert[key], row["number"], row[key]))
        if (issued_day and issued_day != cert["issued"]) or (
            expires_day and expires_day != cert["expires"]
        ):
            raise UserError(
                phrase(
                    "certificate {cert} was issued {issued} and expires "
                    "{expires}; leave the dates out or give those",
                    cert=cert_no,
                    issued=cert["issued"],
                    expires=cert["expires"],
                )
            )
        if any(
            p["status"] == "shipped" for p in parcels_sql.parcels_of_certificate(db, cert["id"])
        ):
            raise UserError(
                phrase("the shipment under {cert} has left; start a new certificate", cert=cert_no)
            )
        # (Its row as the signed seal that made it recorded it, and its parcels as sealed: an
        # importer and destination set for the moment of a second seal under it put another
        # importer's parcel on its KP sheet; an eleventh attack round, 2026-12-06.)
        check_shipment_as_sealed(db, shipment(db, cert_no))
        cert_id = cert["id"]
        issued_day, expires_day = cert["issued"], cert["expires"]
    else:
        issued_day = issued_day or site_today(db)
        expires_day = (
            expires_day
            or (
                dt.date.fromisoformat(issued_day) + dt.timedelta(days=conf.cert_validity_days)
            ).isoformat()
        )
        if expires_day <= issued_day:
            raise UserError(phrase("expires: the expiry date must be after the issue date"))
    # Rough diamonds go to KP participants only, as the parcel's making asked: its row as the
    # seal finds it (a draft parcel to a country outside the scheme, made from an operator's
    # own session on the facility server, was sealed and its KP sheet printed: an attack
    # round on the server, 2026-12-06).
    require_kp_participant(db, row["destination"], "destination")
    lines = _live_lines(db, row, issued_day)
    if not lines:
        raise UserError(
            phrase("parcel {parcel} is empty; add goods before sealing", parcel=row["number"])
        )
    # Every carat states its origin on the KP certificate: a lot received with none (an
    # operator's own insert on the server, the same round) put "Country of origin: ?" on it.
    unknown = sorted({ln.lot for ln in lines if ln.origin == NO_ORIGIN})
    if unknown:
        raise UserError(
            phrase(
                "lot {lots}: no origin recorded for its goods (a lot is received with its "
                "origins; added outside sortapp); nothing was sealed; an admin checks the "
                "database (verify)",
                lots=", ".join(unknown),
            )
        )
    unpriced = sorted({ln.category for ln in lines if ln.price_source == "no price"})
    if unpriced:
        raise UserError(
            phrase(
                "no price for {categories} on {day}; set one in the price book "
                "or override it for this parcel",
                categories=", ".join(unpriced),
                day=issued_day,
            )
        )
    valuations = parcels_sql.valuations_of(db, row["id"])
    book = sum(ln.value_cents for ln in lines)
    draft = Parcel(
        id=row["id"],
        uid=row["uid"],
        number=row["number"],
        status="sealed",
        exporter=row["exporter"],
        importer=row["importer"],
        destination=row["destination"],
        created_at=row["created_at"],
        kp_cert=cert_no,
        issued=issued_day,
        expires=expires_day,
        seals=tuple(sorted(clean_seals)),
        lines=tuple(lines),
        value_cents=certificate_value(conf.valuation_rule, book, valuations),
        fingerprint=None,
        valuations=valuations,
    )
    return SealPlan(draft, cert_id)


def _check_prices_as_recorded(db: Database, draft: Parcel) -> None:
    """What a parcel is sealed at is as the signed entries made it: the price book's rows
    (each, whatever it priced) those of the signed ``price.set`` and ``price.import`` (or the
    log's baseline), none added and none missing; the parcel's overrides and valuations those
    of its signed ``price.override`` and ``parcel.valuation``; the valuation rule the newest
    signed ``site.set``'s. Else UserError, nothing sealed. A price row added to the file for the
    moment of a supervisor's seal, at a tenth of the price, sealed the parcel's value 88 % under
    (its fingerprint and KP sheet with it) and was deleted after, verify saying OK (a tenth
    attack round, 2026-12-06); the newest signed price taken away for the moment did the same
    (a review), and a valuation with the government's rule (an eleventh round). (Those rows are
    never changed nor deleted: each was recorded once, by its making.)"""
    soundness = audit_service.Soundness(db)
    baseline = audit_sql.entries_of_actions(db, ("rows.baseline",))
    wrong = bool(
        _not_as_logged(
            db,
            "prices",
            "",
            [],
            audit_sql.entries_of_actions(db, ("price.set", "price.import")),
            baseline,
            soundness,
        )
    )
    for table, action in (
        ("price_overrides", "price.override"),
        ("valuations", "parcel.valuation"),
    ):
        made = audit_sql.entries_of(db, (action,), draft.number)
        wrong = wrong or _not_as_logged(
            db, table, "WHERE parcel_id = ?", [draft.id], made, baseline, soundness
        )
    if wrong or not _setting_as_set(db, soundness, "valuation-rule", "valuation_rule"):
        raise UserError(
            phrase(
                "parcel {parcel}: a price, valuation or valuation rule it would be sealed at is "
                "not one a signed entry set (changed outside sortapp); nothing was sealed; an "
                "admin checks the database (verify)",
                parcel=draft.number,
            )
        )


def _setting_as_set(db: Database, soundness: audit_service.Soundness, key: str, name: str) -> bool:
    """Whether the setting ``name`` (``site set key``) holds what the newest signed ``site.set``
    of it that counts set, or its default where none did: the valuation rule set to the
    government's for the moment of a seal, with a valuation at a tenth, sealed the parcel at
    a tenth (an eleventh attack round, 2026-12-06)."""
    stored = {**DEFAULT_SETTINGS, **records.get_settings(db)}.get(name)
    for found in audit_sql.entries_of(db, ("site.set",), key):
        if soundness.sound(found):
            return bool(
                audit_sql.details(audit_service.as_entry(found).details).get("value") == stored
            )
    return bool(stored == DEFAULT_SETTINGS.get(name))


def _not_as_logged(
    db: Database,
    table: str,
    where: str,
    params: Sequence[Any],
    made: Iterable[tuple[Any, ...]],
    baseline: Iterable[tuple[Any, ...]],
    soundness: audit_service.Soundness,
) -> bool:
    """Whether the rows of ``table`` that ``where`` picks differ from what the entries ``made``
    that count (as ``audit_sql.entries_of`` gives them) recorded of it: a row none of them (nor
    the log's ``baseline``, for a file from before row coverage) made as it is now, or one they
    made that is not there now (its key's row is gone or other)."""
    now = rowcover.hashes_by_key(db, table, where, params)
    logged: dict[str, str | None] = {}
    for found in made:
        for key, after in _made_rows(found, table, soundness).items():
            logged.setdefault(key, after)
    if any(now.get(key) != after for key, after in logged.items()):
        return True  # (one the signed entries made, gone or changed)
    left = {key for key in now if key not in logged}
    for found in baseline if left else ():
        made_then = _made_rows(found, table, soundness)
        left = {key for key in left if made_then.get(key) != now[key]}
    return bool(left)


def _made_rows(
    found: tuple[Any, ...], table: str, soundness: audit_service.Soundness
) -> dict[str, str | None]:
    """{key: hash after} of the rows of ``table`` an entry that counts records (none where it
    does not count, or records none)."""
    entry = audit_service.as_entry(found)
    if not entry.rows or not soundness.sound(found):
        return {}
    try:
        changes = rowcover.changes_of(entry.rows)
    except ValueError:
        return {}
    return {key: after for name, key, _before, after in changes if name == table}


def seal_parcel(
    db: Database,
    actor: Actor,
    number: str,
    *,
    kp_cert: str,
    seals: Sequence[str],
    issued: str | None = None,
    expires: str | None = None,
    shown: Parcel | None = None,
) -> Changes:
    """Seal a draft parcel under a KP certificate number; parcels under one number form a shipment.

    Freezes the contents, prices, value, origin and fingerprint; the parcel is immutable after.
    ``shown``: the parcel as the supervisor said yes to it (``check_seal``'s); one that is no
    longer that (goods packed or taken out meanwhile, at another workstation; a price changed)
    is not sealed.
    """
    with transaction(db):
        plan = _plan_seal(
            db, actor, number, kp_cert=kp_cert, seals=seals, issued=issued, expires=expires
        )
        draft = plan.parcel
        _check_prices_as_recorded(db, draft)
        if shown is not None and draft != shown:
            raise UserError(
                phrase(
                    "parcel {parcel}: what sealing freezes changed after its summary was shown "
                    "(its goods, a price or the day changed meanwhile); nothing was sealed; seal "
                    "it again to see it now",
                    parcel=draft.number,
                ),
            )
        assert draft.issued is not None and draft.expires is not None and draft.kp_cert
        cert_id = plan.certificate_id
        if cert_id is None:
            cert_id = parcels_sql.insert_certificate(
                db,
                {
                    "number": draft.kp_cert,
                    "issued": draft.issued,
                    "expires": draft.expires,
                    "exporter": draft.exporter,
                    "importer": draft.importer,
                    "destination": draft.destination,
                    "authority": settings(db).authority,
                    "created_by": actor.user_id,
                    "created_at": utc_now(),
                },
            )
        lines, value = draft.lines, draft.value_cents
        cat_ids = {c.code: c.id for c in records.list_categories(db)}
        lot_ids = {ln.lot: get_lot(db, ln.lot).id for ln in lines}
        parcels_sql.insert_sealed_lines(
            db,
            draft.id,
            [
                (
                    cat_ids[ln.category],
                    lot_ids[ln.lot],
                    ln.mct,
                    ln.stones,
                    ln.cents_per_ct,
                    ln.value_cents,
                    ln.price_source,
                )
                for ln in lines
            ],
        )
        parcels_sql.insert_seals(db, draft.id, list(draft.seals))
        digest = parcel_fingerprint(draft, site(db).code)
        conf = settings(db)
        parcels_sql.seal(
            db,
            draft.id,
            {
                "certificate_id": cert_id,
                "sealed_by": actor.user_id,
                "sealed_at": utc_now(),
                "sealed_mct": draft.mct,
                "sealed_stones": draft.stones,
                "sealed_value_cents": value,
                "origin": draft.origin,
                "fingerprint": digest,
            },
        )
        record(
            db,
            actor,
            "parcel.seal",
            draft.number,
            {
                "kp_cert": draft.kp_cert,
                "seals": list(draft.seals),
                "issued": draft.issued,
                "expires": draft.expires,
                "mct": draft.mct,
                "stones": draft.stones,
                "value_cents": value,
                "origin": draft.origin,
                "fingerprint": digest,
                # The rule the certificate value was taken by (the documents quote it).
                "valuation_rule": conf.valuation_rule,
                # What the shipment's documents print of the site's settings, and its name.
                "printed": {
                    **{name: getattr(conf, name) for name in PRINTED_SETTINGS},
                    "site_name": site(db).name,
                },
            },
        )
    said = _in_reported_period(db, draft.issued, draft.kp_cert)
    return Changes(parcels=frozenset({draft.id}), digest=digest, warning=said)


def _in_reported_period(db: Database, issued: str | None, cert: str | None) -> str:
    """What sealing or voiding under certificate ``cert``, issued on site day ``issued``, says
    when that day lies within a period whose KP statistics were reported: its exports change
    ("" for a parcel under no certificate)."""
    if not issued or not cert:
        return ""
    return reported.day_within(db, issued, phrase("certificate {cert}", cert=cert))


#: The site's settings the documents of a shipment print: its address, the exporting
#: authority's, the exporter's licence and tax number, the terms of sale, the port of export
#: and the WDC statement. A seal records them, and the documents print them as sealed
#: (``printed_as_sealed``): a reprint after a setting changed (the site moved) printed the new
#: address and terms on an invoice and a manifest of goods shipped under the old.
PRINTED_SETTINGS = (
    "address",
    "authority_address",
    "exporter_licence",
    "incoterms",
    "payment_terms",
    "port_of_export",
    "tax_number",
    "wdc_statement",
)


def printed_as_sealed(db: Database, kp_cert: str) -> tuple[Settings, str]:
    """The site's settings and name as the documents of the shipment under ``kp_cert`` print
    them: the settings of ``PRINTED_SETTINGS`` and the name as the seal that made its
    certificate recorded them (the first sound ``parcel.seal`` of a parcel under it, void ones
    too), the rest as they are now. A certificate no seal recording them made (sealed by a
    release before they were recorded) prints them as they are now, as it did."""
    now, name = settings(db), site(db).name
    cert = parcels_sql.get_certificate(db, kp_cert)
    if cert is None:
        return now, name
    first: tuple[int, dict[str, Any]] | None = None
    for row in parcels_sql.parcels_of_certificate(db, cert["id"]):
        entry = seal_entry(db, row["number"])
        if entry is not None and (first is None or entry[0] < first[0]):
            first = entry
    printed = first[1].get("printed") if first is not None else None
    if not isinstance(printed, dict):
        return now, name
    sealed = replace(
        now, **{key: printed[key] for key in PRINTED_SETTINGS if isinstance(printed.get(key), str)}
    )
    return sealed, printed["site_name"] if isinstance(printed.get("site_name"), str) else name


def seal_entry(db: Database, number: str) -> tuple[int, dict[str, Any]] | None:
    """The parcel's seal as the audit log records it: (the entry's id, its details) of its
    last sound ``parcel.seal`` (``audit.sound_entries``), or None for a parcel never sealed.
    Documents print what held when it was sealed from it. (Any last entry of the action,
    one appended outside sortapp changed the valuation rule a manifest states and the
    importer's address an invoice prints: a review, 2026-12-06.)"""
    row = _row(db, number)
    for entry in audit_service.sound_entries(db, ("parcel.seal",), row["number"]):
        return entry.id, audit_sql.details(entry.details)
    return None


def check_as_sealed(db: Database, number: str) -> None:
    """Refuse (UserError) a parcel that is not as its signed entries made it, as verify's
    ``stated.parcel_row_problems`` holds its row (its state, certificate, fingerprint, shipping
    and reason for voiding those its last signed entries left); sealed or shipped, its data
    not those of its fingerprint, or the goods the ledger holds in it not its sealed lines
    (each entry's hash made again, its signature the site key's: ``audit.Soundness``). What
    ``verify`` names of a parcel changed outside sortapp,
    asked of the one parcel before a supervisor ships it, signs it into a transfer file or
    prints a document of it: a review (2026-12-06) shipped a parcel whose importer and
    destination were rewritten, right after verify had named it (an earlier one signed such a
    parcel into a transfer file; later ones, a parcel voided by a signed entry and set back to
    sealed, and documents printed of parcels set to void or draft, or put under a
    certificate)."""
    row = _row(db, number)
    state, last = _signed_state(db, row["number"])
    cert = (
        parcels_sql.get_certificate_by_id(db, row["certificate_id"])
        if row["certificate_id"]
        else None
    )
    shipping = parcels_sql.shipping_of(db, row["id"])
    stated_row = (
        row["number"],
        row["status"],
        row["fingerprint"],
        shipping["carrier"],
        shipping["awb"],
        row["void_reason"],
        cert["number"] if cert else None,
        shipping["shipped_at"],
    )
    changed = bool(parcel_row_problems(stated_row, last, state or "draft"))
    if not changed and row["status"] in ("sealed", "shipped"):
        derived = parcel_fingerprint(get_parcel(db, row["number"]), site(db).code, check=False)
        changed = derived != row["fingerprint"] or parcels_sql.held_lines_differ(db, row["id"])
    if changed:
        raise UserError(
            phrase(
                "parcel {parcel} is not as it was sealed (its data, or the goods the ledger "
                "holds in it, were changed outside sortapp); nothing was done; an admin checks "
                "the database (verify)",
                parcel=row["number"],
            )
        )


def _signed_state(db: Database, number: str) -> tuple[str | None, dict[str, dict[str, Any]]]:
    """(the state the last sound ``parcel.seal``, ``parcel.ship`` or ``parcel.void`` of parcel
    ``number`` left it in, the details of the last sound entry of each of those actions; sound
    as ``audit.Soundness`` says); None for a state none says."""
    state: str | None = None
    last: dict[str, dict[str, Any]] = {}
    for entry in audit_service.sound_entries(db, tuple(PARCEL_STATES), number):
        state = state or PARCEL_STATES[entry.action]
        if entry.action not in last:
            last[entry.action] = audit_sql.details(entry.details)
    return state, last


def packed_and_sealed_by(db: Database, number: str) -> tuple[list[str], tuple[str, str] | None]:
    """Who packed parcel ``number`` (its ledger's packings, in the order they first did) and
    who sealed it and when (its last sound ``parcel.seal``; None unsealed): what its manifest
    prints. (Read from every entry of the parcel's, an entry appended outside sortapp put
    another name among the packers, or another sealer: a review, 2026-12-06.)"""
    row = _row(db, number)
    for entry in audit_service.sound_entries(db, ("parcel.seal",), row["number"]):
        return parcels_sql.packers(db, row["id"]), (entry.user, entry.at)
    return parcels_sql.packers(db, row["id"]), None


def check_shipment_as_sealed(db: Database, found: Shipment) -> None:
    """Refuse (UserError) the documents of a shipment that is not as its signed entries made
    it: each parcel under its certificate, void ones too, as ``check_as_sealed`` holds it (a
    sealed one set to void dropped out of the sheet's totals), and the certificate's row as
    the sound ``parcel.seal`` that made it recorded it. A certificate's row is never changed
    (its triggers refuse it), and a KP data sheet prints its importer, destination and issuing
    authority from it: a review (2026-12-06) rewrote them outside sortapp and the sheet printed
    them, though verify named the change. (A certificate whose making no sound seal recorded,
    made by a seal from before seals recorded rows that is still under it: its parties are held
    to those its parcels' fingerprints cover.)"""
    cert = parcels_sql.get_certificate(db, found.kp_cert)
    if cert is None:
        return
    made = parcels_sql.parcels_of_certificate(db, cert["id"])
    # (The parcels its index finds, and those of the shipment to be printed, are the table's:
    # one left out of the index alone was left off the sheet, every parcel found sound.)
    held = parcels_sql.certificate_parcels_by_table(db, cert["id"])
    if [row["id"] for row in made] != [i for i, _number, _status in held] or [
        p.number for p in found.parcels
    ] != [number for _i, number, status in held if status != "void"]:
        raise _not_as_sealed(cert["number"])
    for row in made:
        check_as_sealed(db, row["number"])
    key = f"[{cert['id']}]"
    now = rowcover.hashes_by_key(db, "certificates", "WHERE id = ?", [cert["id"]]).get(key)
    recorded, unrecorded = False, False  # (a seal of its making recorded; one recording no rows)
    for row in made:
        for entry in audit_service.sound_entries(db, ("parcel.seal",), row["number"]):
            unrecorded = unrecorded or not entry.rows
            try:
                changes = rowcover.changes_of(entry.rows) if entry.rows else []
            except ValueError:
                continue
            for table, name, before, after in changes:
                if table == "certificates" and name == key and before is None:
                    if after == now:
                        return
                    recorded = True
    # (Its making recorded by no seal under it: only a certificate made by a seal from before
    # seals recorded rows, one of them still under it, is held to its parties alone; its
    # maker moved out from under it left its authority rewritten unseen: a review, 2026-12-06.)
    if (
        recorded
        or not unrecorded
        or any(
            cert[party] != row[party]
            for row in made
            for party in ("exporter", "importer", "destination")
        )
    ):
        raise _not_as_sealed(cert["number"])


def _not_as_sealed(cert: str) -> UserError:
    return UserError(
        phrase(
            "KP certificate {cert} is not as it was sealed (changed outside sortapp); "
            "nothing was done; an admin checks the database (verify)",
            cert=cert,
        )
    )


def ship_parcel(
    db: Database, actor: Actor, number: str, *, carrier: str = "", awb: str = ""
) -> Changes:
    """Record that a sealed parcel left the site, with its carrier and air waybill (printed on
    the invoice): its goods move from parcel to shipped."""
    actor.require(Role.SUPERVISOR, phrase("shipping a parcel"))
    carrier = " ".join((carrier or "").split())
    awb = " ".join((awb or "").split())
    for text, words in ((carrier, phrase("carrier")), (awb, phrase("air waybill"))):
        if len(text) > MOST_TEXT:
            raise UserError(text_too_long(words))
        check_line(text, words)
    with transaction(db):
        row = _row(db, number)
        if row["status"] != "sealed":
            raise UserError(phrase("{state}; only a sealed parcel ships", state=_state(row)))
        check_as_sealed(db, number)
        held = ledger_sql.place_balances(db, "parcel", row["id"])
        postings = []
        for p in held:
            postings.append(
                Posting("parcel", p.lot_id, -p.mct, -p.stones, p.category_id, row["id"])
            )
            postings.append(Posting("shipped", p.lot_id, p.mct, p.stones, p.category_id, row["id"]))
        posted = post(db, actor.user_id, actor.name, "ship", postings, parcel_id=row["id"])
        at = utc_now()
        parcels_sql.mark_shipped(db, row["id"], actor.user_id, at, carrier, awb)
        shipped = {**({"carrier": carrier} if carrier else {}), **({"awb": awb} if awb else {})}
        record(db, actor, "parcel.ship", row["number"], {**posted, **shipped})
    return Changes(parcels=frozenset({row["id"]}), ledger=True)


def check_void(db: Database, actor: Actor, number: str, reason: str) -> Parcel:
    """Check a void without writing: the parcel ``void_parcel`` would void, or the refusal it
    would give (issue 13: a summary is shown only of a void that can be made)."""
    _plan_void(db, actor, number, reason)
    return get_parcel(db, number)


def _plan_void(db: Database, actor: Actor, number: str, reason: str) -> tuple[dict[str, Any], str]:
    """Every rule of voiding, read only (``void_parcel`` calls it inside its transaction):
    the parcel's row and the reason."""
    actor.require(Role.SUPERVISOR, phrase("voiding a parcel"))
    require_signer(db, actor)  # the void's entry is signed
    reason = check_reason(reason)
    row = _row(db, number)
    if row["status"] not in ("draft", "sealed"):
        raise UserError(phrase("{state}; it cannot be voided", state=_state(row)))
    return row, reason


def _what_a_void_returns(parcel: Parcel) -> tuple[Any, ...]:
    """What a void's summary shows and does: the parcel's state and importer, and the goods
    that return to stock (not their value at today's prices, which a price set meanwhile
    changes without changing the void)."""
    return (
        parcel.status,
        parcel.importer,
        tuple((line.category, line.lot, line.mct, line.stones) for line in parcel.lines),
    )


def void_parcel(
    db: Database, actor: Actor, number: str, reason: str, *, shown: Parcel | None = None
) -> Changes:
    """Void a draft or sealed parcel; its goods return to stock by reversal (supervisor).

    ``shown``: the parcel as the supervisor said yes to voiding it (``check_void``'s); one that
    is no longer that (goods packed or taken out, or sealed, meanwhile) is not voided.
    """
    with transaction(db):
        row, reason = _plan_void(db, actor, number, reason)
        if shown is not None and _what_a_void_returns(get_parcel(db, number)) != (
            _what_a_void_returns(shown)
        ):
            raise UserError(
                phrase(
                    "parcel {parcel} changed after its summary was shown (its goods or its "
                    "state changed meanwhile); nothing was voided; cancel, and void it again "
                    "to see what returns to stock now",
                    parcel=row["number"],
                )
            )
        held = ledger_sql.place_balances(db, "parcel", row["id"])
        postings = []
        for p in held:
            postings.append(
                Posting("parcel", p.lot_id, -p.mct, -p.stones, p.category_id, row["id"])
            )
            postings.append(Posting("stock", p.lot_id, p.mct, p.stones, p.category_id))
        posted = (
            post(
                db, actor.user_id, actor.name, "void", postings, parcel_id=row["id"], reason=reason
            )
            if postings
            else {}
        )
        parcels_sql.mark_void(db, row["id"], actor.user_id, utc_now(), reason)
        record(db, actor, "parcel.void", row["number"], {"reason": reason, **posted})
    # (A sealed parcel's certificate issued within a period whose KP statistics were reported:
    # its exports change; said now, not only by the period's next run.)
    voided = get_parcel(db, row["number"])
    said = _in_reported_period(db, voided.issued, voided.kp_cert)
    return Changes(
        parcels=frozenset({row["id"]}), ledger=bool(postings), stock=bool(postings), warning=said
    )


def list_parcels(
    db: Database, actor: Actor, status: str | None = None, ids: Iterable[int] | None = None
) -> list[dict[str, Any]]:
    """Parcels, newest first: all, those of one status, or just those ``ids`` name."""
    actor.require(Role.OPERATOR, phrase("listing parcels"))
    return _with_totals(db, parcels_sql.list_parcels(db, status=status, ids=ids))


def _with_totals(db: Database, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each parcel row its carats (``mct``) and certificate value (``value_cents``): a
    sealed one's as sealed, a draft's as it holds now (what ``get_parcel`` shows), else none."""
    drafts = [r for r in rows if r["status"] == "draft"]
    if drafts:
        day = site_today(db)
        rule = settings(db).valuation_rule
    for row in rows:
        if row["status"] == "draft":
            lines = _live_lines(db, row, day)
            valuations = parcels_sql.valuations_of(db, row["id"])
            book = sum(line.value_cents for line in lines)
            row["mct"] = sum(line.mct for line in lines)
            row["value_cents"] = certificate_value(rule, book, valuations)
        else:
            row["mct"] = row["sealed_mct"]
            row["value_cents"] = row["sealed_value_cents"]
    return rows


def shipment(db: Database, cert_no: str) -> Shipment:
    """Return the shipment under a KP certificate: its parcels (void ones left out) and sums."""
    cert = parcels_sql.get_certificate(db, (cert_no or "").strip().upper())
    if cert is None:
        raise NotFound(phrase("KP certificate '{cert}' is not recorded at this site", cert=cert_no))
    rows = [r for r in parcels_sql.parcels_of_certificate(db, cert["id"]) if r["status"] != "void"]
    return Shipment(
        kp_cert=cert["number"],
        issued=cert["issued"],
        expires=cert["expires"],
        authority=cert["authority"],
        exporter=cert["exporter"],
        importer=cert["importer"],
        destination=cert["destination"],
        parcels=tuple(get_parcel(db, r["number"]) for r in rows),
    )
