"""Frozen records passed between storage, services and the faces. Weights in mct, money in cents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from sortapp.core.i18n import N_, phrase

LOSS_TYPES = ("cleaning", "breakage", "sample", "other")
#: Each loss's kind as it is said (marked: said in the reader's language); ``loss_word``.
LOSS_WORDS = {
    "cleaning": N_("cleaning"),
    "breakage": N_("breakage"),
    "sample": N_("sample"),
    "other": N_("other"),
}
HS_CODES = ("7102.10", "7102.21", "7102.31")
HS_LABELS = {
    "7102.10": "unsorted",
    "7102.21": "industrial",
    "7102.31": "gem (non-industrial)",
}
VALUERS = ("declared", "government", "independent")
#: Each valuer as a valuation is said ("the government valuation"): a phrase, said in the
#: user's language (``say``) where the English shows the code itself.
VALUER_WORDS = {
    "declared": phrase("declared"),
    "government": phrase("government"),
    "independent": phrase("independent"),
}
VALUATION_RULES = ("highest", "declared", "government", "independent")
MIXED = "MIXED"


def loss_word(code: str) -> str:
    """A loss's kind as it is said: the marked word of one of ``LOSS_TYPES``; any other code
    (none sortapp writes) is data, said as it is."""
    return LOSS_WORDS.get(code, code)


def origin_of(countries: list[str]) -> str:
    """The origin a KP document states: the single country of the goods, or MIXED."""
    return countries[0] if len(countries) == 1 else MIXED


@dataclass(frozen=True)
class Posting:
    """One line of a journal entry: a signed quantity at a place, always carrying its lot."""

    place: str
    lot_id: int
    mct: int
    stones: int
    category_id: int | None = None
    parcel_id: int | None = None
    loss_type: str | None = None


@dataclass(frozen=True)
class Site:
    code: str
    name: str
    country: str


@dataclass(frozen=True)
class Category:
    id: int
    code: str
    name: str
    size: str
    model: str
    quality: str
    colour: str
    hs_code: str
    special: bool
    active: bool = True
    #: What one stone of its size class weighs, at least and at most (mct; None: not bounded,
    #: as a sieve class below the last is not).
    stone_min_mct: int | None = None
    stone_max_mct: int | None = None
    #: Its name in other languages than English, by language code (``services.assortment``:
    #: its own translation, else one composed of its size's, model's, quality's and colour's).
    names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def name_in(self, language: str) -> str:
        """Its name in ``language``: English where it has none in that language."""
        return self.names.get(language) or self.name

    def could_weigh(self, mct: int, stones: int | None) -> bool:
        """Whether ``stones`` stones of its size class could weigh ``mct`` (each between the
        class's bounds, as read to the thousandth: each stone's reading is half a thousandth
        off its weight at most, so ten stones read 0.999 ct each may weigh 9.994 ct together);
        not counted (None), whether ``mct`` is at least one stone's least."""
        low, high = self.stone_min_mct or 0, self.stone_max_mct
        if not stones:
            return mct >= low
        slack = stones // 2
        return low * stones - slack <= mct and (high is None or mct <= high * stones + slack)


@dataclass(frozen=True)
class Lot:
    id: int
    uid: str
    number: str
    status: str
    received_at: str
    supplier: str
    declared_mct: int | None
    declared_stones: int | None
    declared_value_cents: int | None
    weighed_mct: int | None
    weighed_stones: int | None
    kp_cert_in: str
    from_country: str
    hs_code_in: str
    source: str
    weight_flag: bool
    weight_acknowledged: bool
    origins: tuple[tuple[str, str], ...] = ()
    seals: tuple[str, ...] = ()

    @property
    def origin_countries(self) -> list[str]:
        return sorted({country for country, _mine in self.origins})

    @property
    def origin(self) -> str:
        return origin_of(self.origin_countries)

    @property
    def mines(self) -> list[str]:
        return sorted({mine for _country, mine in self.origins if mine})


@dataclass(frozen=True)
class Reconciliation:
    """A lot's running reconciliation: received - sorted - losses = difference.

    Stones are counted stones: ``received_stones`` is None where the lot's were not counted, and
    ``sorted_stones`` sums the entries whose stones were counted (``counted_entries`` of the
    ``goods_entries`` standing; per category in ``counted_by_category``: code -> (counted,
    entries)).
    """

    lot: str
    received_mct: int
    received_stones: int | None
    sorted_mct: int
    sorted_stones: int
    losses_mct: dict[str, int]
    tolerance_mct: int
    by_category: list[tuple[str, str, int, int]] = field(default_factory=list)
    entries: int = 0
    goods_entries: int = 0
    counted_entries: int = 0
    counted_by_category: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Whether the lot was weighed: until it is, ``received_mct`` is 0 and there is no
    #: difference to set against the tolerance (said so, never as 0.000 ct received).
    weighed: bool = True

    @property
    def stones_counted_out(self) -> bool:
        """Whether the stones of every standing entry were counted (and there is one)."""
        return self.goods_entries > 0 and self.counted_entries == self.goods_entries

    @property
    def stone_difference(self) -> int | None:
        """Stones received - stones sorted, where both sides were counted; else None."""
        if self.received_stones is None or not self.stones_counted_out:
            return None
        return self.received_stones - self.sorted_stones

    @property
    def stones_not_counted_out(self) -> int:
        """Stones counted in that no count out accounts for, where some standing entry's were
        not counted: received - counted, which closing writes off to the difference though no
        count says where they went; 0 where the lot's were not counted in, or every entry's
        were (then it is ``stone_difference``)."""
        if self.received_stones is None or self.stones_counted_out:
            return 0
        return self.received_stones - self.sorted_stones

    @property
    def needs_acceptance(self) -> bool:
        """Whether closing needs a second person's acceptance: carats beyond the tolerance, a
        stone difference where stones were counted in and out, or stones counted in that are
        written off because some entry's were not counted (one uncounted speck of 0.001 ct
        had closed a lot counted in at 410 stones, 82 counted out, 328 written off by its
        operator alone: an attack round, 2026-12-07)."""
        return (
            not self.within_tolerance
            or bool(self.stone_difference)
            or bool(self.stones_not_counted_out)
        )

    @property
    def loss_mct(self) -> int:
        return sum(self.losses_mct.values())

    @property
    def difference_mct(self) -> int:
        return self.received_mct - self.sorted_mct - self.loss_mct

    @property
    def within_tolerance(self) -> bool:
        return abs(self.difference_mct) <= self.tolerance_mct


class ParcelLine(NamedTuple):
    """Goods of one category from one lot in a parcel, valued (a tuple: parcels have many)."""

    category: str
    hs_code: str
    lot: str
    origin: str
    mct: int
    stones: int
    cents_per_ct: int
    value_cents: int
    price_source: str
    #: Some of its stones were not counted: a standing sorting entry of its lot and category
    #: was not (``storage.parcels.LINE_UNCOUNTED``); its stones are those that were.
    uncounted: bool = False

    @property
    def stones_counted(self) -> bool:
        """Whether the line's stones were counted: none of its lot's entries of its category
        left uncounted, and goods of some carats are never 0 stones, so carats holding 0 stones
        were not counted (the ledger's stones are counted stones, 0 where not counted, as a
        sorting entry's are)."""
        return not self.uncounted and (self.stones != 0 or self.mct == 0)

    @property
    def stones_text(self) -> str:
        """The line's stones: the count, "not counted", or where only some were counted, the
        count of those so said."""
        if self.stones_counted:
            return str(self.stones)
        if self.stones:
            return phrase("{stones}, not all counted", stones=self.stones)
        return phrase("not counted")


@dataclass(frozen=True)
class Parcel:
    id: int
    uid: str
    number: str
    status: str
    exporter: str
    importer: str
    destination: str
    created_at: str
    kp_cert: str | None
    issued: str | None
    expires: str | None
    seals: tuple[str, ...]
    lines: tuple[ParcelLine, ...]
    value_cents: int
    fingerprint: str | None
    valuations: dict[str, int]
    void_reason: str | None = None

    @property
    def mct(self) -> int:
        return sum(line.mct for line in self.lines)

    @property
    def stones(self) -> int:
        return sum(line.stones for line in self.lines)

    @property
    def book_value_cents(self) -> int:
        return sum(line.value_cents for line in self.lines)

    @property
    def origin_countries(self) -> list[str]:
        countries: set[str] = set()
        for line in self.lines:
            countries.update(line.origin.split("+"))
        return sorted(countries)

    @property
    def origin(self) -> str:
        return origin_of(self.origin_countries)

    @property
    def hs_codes(self) -> list[str]:
        return sorted({line.hs_code for line in self.lines})


@dataclass(frozen=True)
class Shipment:
    """The parcels sealed under one KP certificate; its figures are the parcels' sums."""

    kp_cert: str
    issued: str
    expires: str
    authority: str
    exporter: str
    importer: str
    destination: str
    parcels: tuple[Parcel, ...]

    @property
    def mct(self) -> int:
        return sum(p.mct for p in self.parcels)

    @property
    def stones(self) -> int:
        return sum(p.stones for p in self.parcels)

    @property
    def value_cents(self) -> int:
        return sum(p.value_cents for p in self.parcels)

    @property
    def origin_countries(self) -> list[str]:
        return sorted({c for p in self.parcels for c in p.origin_countries})

    @property
    def origin(self) -> str:
        return origin_of(self.origin_countries)

    @property
    def hs_codes(self) -> list[str]:
        return sorted({hs for p in self.parcels for hs in p.hs_codes})

    @property
    def seals(self) -> list[str]:
        return sorted(s for p in self.parcels for s in p.seals)


@dataclass(frozen=True)
class BalanceRecord:
    """A carat balance in the site's register (``services.balances``): its code, what it is,
    how it is reached (port, protocol and serial settings), and its metrology (readability
    ``d`` and verification interval ``e`` in mct, accuracy class, verified for trade, its
    weighing range). Retired: ``active`` False (it captures nothing). ``terminator`` ends each
    command sent (crlf, cr or lf); ``pattern``: a generic balance's line pattern ('' its
    default)."""

    code: str
    vendor: str
    model: str
    serial_no: str
    port: str
    protocol: str
    baudrate: int
    bytesize: int
    parity: str
    stopbits: int
    handshake: str
    readability_mct: int
    interval_mct: int
    accuracy_class: str
    verified: bool
    min_mct: int
    max_mct: int
    location: str
    active: bool
    terminator: str = "crlf"
    pattern: str = ""
