"""What a mutating service call changed, so a face refreshes exactly that (anki's OpChanges)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Changes:
    """A summary of one action's effects; combine with ``|``.

    The id sets name the rows an action made or changed, so a list refreshes those rows and
    leaves the rest as they are; the flags name areas whose views are small enough to reload
    whole. The texts say what the action produced, each with one meaning, for a face to word.
    """

    lots: frozenset[int] = frozenset()
    parcels: frozenset[int] = frozenset()
    #: Sorting entries made or corrected (their lots are in ``lots`` too).
    entries: frozenset[int] = frozenset()
    ledger: bool = False
    stock: bool = False
    sorting: bool = False
    users: bool = False
    site: bool = False
    assortment: bool = False
    prices: bool = False
    audit: bool = True
    #: The id of the row an action created, when it created one.
    created_id: int | None = None
    #: The uid of the record an action made (a sorting entry: ``ZA-E17``).
    uid: str = field(default="", compare=False)
    #: The uid of the journal an action posted (``ZA-J301``).
    journal: str = field(default="", compare=False)
    #: A sealed parcel's fingerprint (SHA-256, hex), as printed on its manifest.
    digest: str = field(default="", compare=False)
    #: Something a person must act on (a weight beyond tolerance awaiting a supervisor).
    warning: str = field(default="", compare=False)
    #: The outcome in a sentence, where there is more to say than "done" (a close's summary).
    note: str = field(default="", compare=False)

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if isinstance(a, frozenset):
                merged[f.name] = a | b
            elif isinstance(a, bool):
                merged[f.name] = a or b
            else:
                merged[f.name] = b if b not in (None, "") else a
        return Changes(**merged)

    @property
    def said(self) -> str:
        """What a face shows after the action, beside its own confirmation: the warning first."""
        return self.told()

    def told(self, say: Callable[[str], str] = str) -> str:
        """``said``, its warning and note each said by ``say`` (a face's language: a phrase
        joined to other text first would be plain English)."""
        return "; ".join(say(t) for t in (self.warning, self.note) if t)
