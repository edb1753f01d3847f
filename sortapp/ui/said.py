"""What the status bar says after an action: what happened, in words and the site's units."""

from __future__ import annotations

from sortapp.core.units import format_mct
from sortapp.ui.i18n import say, tr


def goods(mct: int, stones: int | None = None, *, comma: bool = False) -> str:
    """``12.450 ct`` or ``12.450 ct, 20 stones`` (``12,450 ct`` on a decimal-comma site)."""
    carats = tr("{ct} ct").format(ct=format_mct(mct, decimal_comma=comma))
    if not stones:
        return carats
    return tr("{goods}, %n stones", "", stones).format(goods=carats)


def held(mct: int, stones: str, *, comma: bool = False) -> str:
    """What a parcel holds: ``430.000 ct, 200 stones (1 of 2 lines counted)`` (``stones`` as
    ``parcels.stones_text`` words them)."""
    return tr("{ct} ct, {stones}").format(
        ct=format_mct(mct, decimal_comma=comma), stones=say(stones)
    )


def entry(
    uid: str, mct: int, stones: int | None, category: str, lot: str, *, comma: bool = False
) -> str:
    """``Entry KSF-E33: 12.450 ct into L3-SAW-Q2-W (lot L1).``"""
    return tr("Entry {uid}: {goods} into {category} (lot {lot}).").format(
        uid=uid, goods=goods(mct, stones, comma=comma), category=category, lot=lot
    )


def loss(uid: str, mct: int, kind: str, lot: str, *, comma: bool = False) -> str:
    return tr("Entry {uid}: {goods} lost to {kind} (lot {lot}).").format(
        uid=uid, goods=goods(mct, comma=comma), kind=say(kind), lot=lot
    )


def reversed_entry(uid: str, mct: int, what: str, by: str, *, comma: bool = False) -> str:
    """A correction: the entry reversed, what it held, and the entry that reverses it."""
    return tr("Entry {uid} reversed: {goods} of {what} taken out by entry {by}.").format(
        uid=uid, goods=goods(mct, comma=comma), what=say(what), by=by
    )
