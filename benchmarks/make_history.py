"""Build a realistic facility history through the core services (every invariant kept).

    python benchmarks/make_history.py [--years 10] [--lots-per-year 5000] [--db PATH]

Defaults give a ten-year history: 50,000 lots sorted into the full assortment, 20,000 export
parcels sealed under KP certificates and shipped, over a million ledger lines. A simulated clock
spreads the postings over the years. Ends with ``verify``, which seals what it checked (with
``--no-seal``, not: the history is left as one never verified, for timing a first verify).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from sortapp.core import clock, passwords
from sortapp.core.entities import Category
from sortapp.core.errors import UserError
from sortapp.services import assortment, lots, parcels, site, sorting
from sortapp.services.demo import demo_price_cents
from sortapp.services.verify import verify
from sortapp.storage import ledger as ledger_sql
from sortapp.storage.db import open_db, transaction

PASSWORD = "benchmark-pass"
ORIGINS = [
    ("BW", "Jwaneng"),
    ("BW", "Orapa"),
    ("BW", "Karowe"),
    ("ZA", "Venetia"),
    ("NA", "Elizabeth Bay"),
    ("SL", "Koidu"),
    ("AO", "Catoca"),
]
DESTINATIONS = ["BE", "IN", "AE", "IL", "US", "CN", "HK"]


class Clock:
    """A simulated UTC clock the services read instead of the real one (``core.clock.use``)."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(microseconds=1)
        return self.now


def _current_clock() -> Clock:
    current = clock.source()
    assert isinstance(current, Clock), "build() sets the simulated clock"
    return current


def build(
    path: Path,
    years: int,
    lots_per_year: int,
    seed: int = 7,
    quiet: bool = False,
    seal: bool = True,
) -> bool:
    """Build the history at ``path``; return whether ``verify`` passes on it (without ``seal``,
    True: no verify runs, and none has sealed it)."""
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    # The checkpoints of a history built here before were signed with that history's key.
    for old in (path.parent / "checkpoints").rglob("HIST-*.sortapp-checkpoint"):
        old.unlink()
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=365 * years)
    cost = passwords.SCRYPT_N
    passwords.SCRYPT_N = 2**10  # benchmark users only; a real site keeps the default cost
    restore = clock.use(Clock(start))
    try:
        return _build(path, years, lots_per_year, rng, start, quiet, seal)
    finally:
        restore()
        passwords.SCRYPT_N = cost


def _build(
    path: Path,
    years: int,
    lots_per_year: int,
    rng: random.Random,
    start: dt.datetime,
    quiet: bool,
    seal: bool = True,
) -> bool:
    simulated = _current_clock()
    db = open_db(path, create=True)
    site.init_site(
        db,
        code="HIST",
        name="History Sorting Facility",
        country_code="BW",
        admin="admin",
        password=PASSWORD,
        authority="Diamond Hub, Gaborone",
    )
    admin = site.login(db, "admin", PASSWORD)
    for name, role in (("sam", "supervisor"), ("sue", "supervisor"), ("olu", "operator")):
        site.add_user(db, admin, name, role, PASSWORD)
    sam, sue, olu = (site.login(db, n, PASSWORD) for n in ("sam", "sue", "olu"))
    cats = [c for c in assortment.list_categories(db) if c.model != "RUN"]
    prices = {
        c.code: demo_price_cents(c.size, c.model, c.quality, c.colour)
        for c in assortment.list_categories(db)
    }
    assortment.import_prices(db, sam, prices, start.date().isoformat())
    normal = [c for c in cats if not c.special]
    specials = [c for c in cats if c.special]
    counted = {c.code for c in normal if c.size[0] in "GL"}
    lot_no = parcel_no = cert_no = seal_no = 0
    began = time.perf_counter()
    # Two parcels for every five lots, packed every fifth batch of 50 lots.
    batches = max(1, lots_per_year // 50)
    every = min(5, batches)
    per_occasion = max(1, (lots_per_year * 2 // 5) // max(1, batches // every))
    for year in range(years):
        for batch in range(batches):
            day = start + dt.timedelta(days=365 * year + (batch * 365) // (lots_per_year // 50))
            simulated.now = max(simulated.now, day)
            with transaction(db):
                for _ in range(50):
                    lot_no += 1
                    _one_lot(
                        db,
                        rng,
                        f"L{lot_no:06d}",
                        simulated.now,
                        normal,
                        specials,
                        counted,
                        olu,
                        sam,
                        sue,
                    )
                if batch % every == every - 1:
                    for _ in range(per_occasion):
                        parcel_no += 1
                        cert_no, seal_no = _one_parcel(
                            db, rng, f"P{parcel_no:06d}", simulated.now, cert_no, seal_no, olu, sam
                        )
        if not quiet:
            print(
                f"year {year + 1}: {lot_no} lots, {parcel_no} parcels, "
                f"{time.perf_counter() - began:.0f} s",
                flush=True,
            )
    if not seal:
        db.close()
        return True
    # As a site verifying nightly would: seals what it checked, signed by a key holder (a seal
    # no checkpoint signed with the site key vouches for is never trusted).
    report = verify(db, site.login(db, "admin", PASSWORD), seal=True)
    if not quiet:
        print(f"verify: {'OK' if report.ok else report.problems[:3]} {report.checked}")
    db.close()
    return report.ok


def _one_lot(db, rng, number, now, normal, specials, counted, olu, sam, sue) -> None:  # type: ignore[no-untyped-def]
    country, mine = rng.choice(ORIGINS)
    received = rng.randint(20_000, 1_500_000)
    lots.receive_lot(
        db,
        olu,
        number=number,
        origins=[(country, mine)],
        weighed_mct=received,
        declared_mct=received + rng.choice([0, 0, 0, 5, -5, 20]),
        seals=[f"IN-{number}"],
        received_at=now,
    )
    lot = lots.get_lot(db, number)
    if lot.weight_flag:
        lots.acknowledge_weight(db, sam, number, "checked on the second scale")
    if rng.random() < 0.05 and received > 200_000:
        special = rng.choice(specials)
        sorting.add_entry(db, olu, number, special.code, 12_345)
        sorting.correct_entry(
            db,
            sam,
            number,
            sorting.list_entries(db, number)[-1]["uid"],
            "weighed on the wrong scale",
        )
    picks = rng.sample(normal, rng.randint(8, 16))
    loss = received // rng.randint(400, 2000)
    rest = received - loss
    shares = [rng.randint(1, 100) for _ in picks]
    total = sum(shares)
    spilt = 0
    for i, (cat, share) in enumerate(zip(picks, shares, strict=True)):
        mct = (
            rest * share // total
            if i < len(picks) - 1
            else rest - sum(rest * s // total for s in shares[:-1])
        )
        if mct <= 0:
            continue
        stones = _stones_of(cat, mct) if cat.code in counted else None
        if mct < (cat.stone_min_mct or 0) or stones == 0:
            spilt += mct  # (no count of stones of its size class weighs it: to the smalls)
            continue
        sorting.add_entry(db, olu, number, cat.code, mct, stones)
    if spilt:
        smalls = next(c for c in normal if c.stone_min_mct is None and c.stone_max_mct is None)
        sorting.add_entry(db, olu, number, smalls.code, spilt)
    sorting.add_loss(db, olu, number, "cleaning", loss)
    try:
        sorting.close_sorting(db, olu, number)
    except UserError:
        sorting.close_sorting(db, sue, number, accept_difference=True, reason="moisture loss")


def _stones_of(cat: Category, mct: int) -> int:
    """The fewest stones of ``cat``'s size class that weigh ``mct`` (each within its bounds,
    as sorting requires); 0 where no count does (1.00-1.31 ct is neither one grainer of
    0.66-0.99 ct nor two)."""
    low, high = cat.stone_min_mct or 0, cat.stone_max_mct or mct
    stones = -(-mct // high)
    return stones if stones * low <= mct else 0


def _one_parcel(db, rng, number, now, cert_no, seal_no, olu, sam) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    stock = [r for r in _stock_rows(db, olu) if r.mct >= 20_000]
    if not stock:
        return cert_no, seal_no
    dest = rng.choice(DESTINATIONS)
    parcels.create_parcel(db, olu, number, importer=f"Importer {dest}", destination=dest)
    for row in rng.sample(stock, min(len(stock), rng.randint(3, 8))):
        lot_rows = ledger_sql.stock_lots_fifo(db, _cat_id(db, row.category))
        lot_id, mct, _stones = lot_rows[0]
        lot = lots.get_lot_by_id(db, lot_id)
        parcels.add_goods(db, olu, number, row.category, mct, lot=lot.number)
    cert_no += 1
    seal_no += 1
    parcels.seal_parcel(
        db,
        sam,
        number,
        kp_cert=f"BW-{cert_no:07d}",
        seals=[f"BWS-{seal_no:07d}"],
        issued=now.date().isoformat(),
    )
    parcels.ship_parcel(db, sam, number)
    return cert_no, seal_no


_CAT_IDS: dict[str, int] = {}


def _cat_id(db, code: str) -> int:  # type: ignore[no-untyped-def]
    if not _CAT_IDS:
        _CAT_IDS.update({c.code: c.id for c in assortment.list_categories(db)})
    return _CAT_IDS[code]


def _stock_rows(db, actor):  # type: ignore[no-untyped-def]
    from sortapp.services.reports import stock  # noqa: PLC0415

    return stock(db, actor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--lots-per-year", type=int, default=5000)
    parser.add_argument("--db", type=Path, default=Path("benchmarks/history.db"))
    parser.add_argument(
        "--no-seal",
        action="store_true",
        help="no verify at the end: a history never verified nor sealed (its first verify timed)",
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    ok = build(args.db, args.years, args.lots_per_year, seal=not args.no_seal)
    print(f"built {args.db} in {time.perf_counter() - began:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
