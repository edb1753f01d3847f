"""What the status bar says after an action: what happened, in words and the site's units."""

from __future__ import annotations

from sortapp.core.units import format_mct


def goods(mct: int, stones: int | None = None) -> str:
    """``12.450 ct`` or ``12.450 ct, 20 stones``."""
    return f"{format_mct(mct)} ct" + (f", {stones} stones" if stones else "")


def entry(uid: str, mct: int, stones: int | None, category: str, lot: str) -> str:
    """``Entry KSF-E33: 12.450 ct into L3-SAW-Q2-W (lot L1).``"""
    return f"Entry {uid}: {goods(mct, stones)} into {category} (lot {lot})."


def loss(uid: str, mct: int, kind: str, lot: str) -> str:
    return f"Entry {uid}: {format_mct(mct)} ct lost to {kind} (lot {lot})."


def reversed_entry(uid: str, mct: int, what: str, by: str) -> str:
    """A correction: the entry reversed, what it held, and the entry that reverses it."""
    return f"Entry {uid} reversed: {format_mct(mct)} ct of {what} taken out by entry {by}."
