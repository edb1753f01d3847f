"""What a mutating service call changed, so a face refreshes exactly that (anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Changes:
    """A summary of one action's effects; combine with ``|``."""

    lots: frozenset[int] = frozenset()
    parcels: frozenset[int] = frozenset()
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
    message: str = field(default="", compare=False)

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
