"""Property: random receive/sort/pack/seal/ship/void sequences never create or destroy a carat."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import event, example, given
from hypothesis import strategies as st

from sortapp.core.errors import UserError
from sortapp.services import lots, parcels, site, sorting
from sortapp.services.reports import stock
from sortapp.services.verify import verify
from sortapp.storage.db import open_db, transaction
from tests.clifuzz import budget
from tests.conftest import PASSWORD

#: Sequences tried: CI's short form (about 2 s), and under ``pytest --long`` (about a minute).
SHORT_EXAMPLES = 30
LONG_EXAMPLES = 1000

CATEGORIES = ("S5-SAW-Q1-W", "G1-SAW-Q1-W", "SP-SAW-Q1-W")
INTERNAL = ("received", "stock", "parcel", "shipped", "loss", "adjust")

idx = st.integers(0, 3)
mct = st.integers(1, 150_000)
stones = st.one_of(st.none(), st.integers(0, 300))
permille = st.integers(1, 1000)
flow = st.tuples(
    st.just("flow"), mct, st.integers(0, 300), st.sampled_from(["BW", "ZA"]), st.integers(0, 1)
)
pack = st.tuples(st.just("pack"), idx, st.integers(0, 1), permille, st.none(), st.booleans())
ops = st.one_of(
    flow,
    flow,
    pack,
    pack,
    pack,
    st.tuples(st.just("seal"), idx),
    st.tuples(st.just("ship"), idx),
    st.tuples(st.just("receive"), mct, st.integers(0, 500), st.sampled_from(["BW", "ZA"])),
    st.tuples(st.just("sort"), idx, st.integers(0, 2), permille, stones),
    st.tuples(st.just("sortrest"), idx, st.integers(0, 1)),
    st.tuples(
        st.just("flow"), mct, st.integers(0, 300), st.sampled_from(["BW", "ZA"]), st.integers(0, 1)
    ),
    st.tuples(st.just("pack"), idx, st.integers(0, 1), permille, st.none(), st.booleans()),
    st.tuples(st.just("loss"), idx, st.integers(1, 2_000)),
    st.tuples(st.just("close"), idx, st.booleans()),
    st.tuples(st.just("create"), st.sampled_from(["BE", "IN", "AE"])),
    st.tuples(st.just("pack"), idx, st.integers(0, 2), permille, stones, st.booleans()),
    st.tuples(st.just("seal"), idx),
    st.tuples(st.just("ship"), idx),
    st.tuples(st.just("void"), idx),
)


#: A sequence in which every kind of action is done (not refused or skipped), however few random
#: sequences are tried: a close within tolerance and one beyond it, a shipment and a void.
EVERY_ACTION_DONE = [
    ("receive", 100_000, 0, "BW"),  # (not counted in: its operator closes it, some uncounted)
    ("sort", 0, 0, 600, 100),
    ("loss", 0, 500),
    ("sortrest", 0, 1),
    ("close", 0, False),
    ("flow", 50_000, 200, "ZA", 0),
    ("create", "BE"),
    ("pack", 0, 0, 500, 50, False),
    ("pack", 0, 1, 1000, None, True),
    ("seal", 0),
    ("ship", 0),
    ("create", "IN"),
    ("pack", 1, 0, 1000, None, True),
    ("void", 1),
    ("receive", 20_000, 10, "ZA"),
    ("sort", 2, 0, 900, 5),
    ("close", 2, True),
]


def _totals(db):
    rows = dict(
        ((place), (m, s))
        for place, m, s in db.execute(
            "SELECT place, sum(mct), sum(stones) FROM balances GROUP BY place"
        )
    )
    inside = [rows.get(p, (0, 0)) for p in INTERNAL]
    world = rows.get("world", (0, 0))
    return sum(m for m, _ in inside), sum(s for _, s in inside), world


def _counts(db):
    return tuple(
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("journal", "postings", "audit", "sort_entries", "parcels", "lots")
    )


def test_random_operations_conserve_carats_and_stones(template_db, long_run):
    # CI: a short run of the same sequences every time; --long: the campaign, new ones each run.
    @budget(long_run, short=SHORT_EXAMPLES, long=LONG_EXAMPLES)
    @example(EVERY_ACTION_DONE)
    @given(st.lists(ops, min_size=10, max_size=60))
    def conserve(sequence):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "p.db"
            shutil.copy(template_db, path)
            db = open_db(path)
            try:
                _run(db, sequence)
            finally:
                db.close()

    conserve()


def test_the_fixed_sequence_does_every_action(db):
    notes: list[str] = []
    _run(db, EVERY_ACTION_DONE, notes.append)
    assert notes == [f"{op[0]} done" for op in EVERY_ACTION_DONE]
    assert {op[0] for op in EVERY_ACTION_DONE} == {
        *("receive", "flow", "sort", "sortrest", "loss", "close"),
        *("create", "pack", "seal", "ship", "void"),
    }


def _run(db, sequence, note=event):
    olu, sam, sue = (site.login(db, n, PASSWORD) for n in ("olu", "sam", "sue"))
    lot_numbers: list[str] = []
    parcel_numbers: list[str] = []
    received_mct = received_stones = 0
    for op in sequence:
        before = _counts(db)
        try:
            kind = op[0]
            if kind == "flow":
                number = f"L{len(lot_numbers) + 1}"
                lot_numbers.append(number)
                with transaction(db):
                    lots.receive_lot(
                        db,
                        olu,
                        number=number,
                        origins=[(op[3], "m")],
                        weighed_mct=op[1],
                        stones=op[2],
                    )
                    sorting.add_entry(db, olu, number, CATEGORIES[op[4]], op[1])
                    # (Counted in, not out: its stones are written off by a second person.)
                    sorting.close_sorting(
                        db,
                        sue if op[2] else olu,
                        number,
                        accept_difference=bool(op[2]),
                        reason="counted in, weighed out",
                    )
                received_mct += op[1]
                received_stones += op[2]
            elif kind == "receive":
                number = f"L{len(lot_numbers) + 1}"
                lot_numbers.append(number)
                lots.receive_lot(
                    db, olu, number=number, origins=[(op[3], "m")], weighed_mct=op[1], stones=op[2]
                )
                received_mct += op[1]
                received_stones += op[2]
            elif kind in ("sort", "sortrest") and lot_numbers:
                number = lot_numbers[op[1] % len(lot_numbers)]
                rec = sorting.reconciliation(db, number)
                rest = rec.difference_mct
                amount = rest if kind == "sortrest" else max(1, rest * op[3] // 1000)
                if amount > 0:
                    category, count = (
                        (CATEGORIES[op[2]], op[4]) if kind == "sort" else (CATEGORIES[op[2]], None)
                    )
                    sorting.add_entry(db, olu, number, category, amount, count)
            elif kind == "loss" and lot_numbers:
                sorting.add_loss(db, olu, lot_numbers[op[1] % len(lot_numbers)], "other", op[2])
            elif kind == "close" and lot_numbers:
                sorting.close_sorting(
                    db,
                    sue if op[2] else olu,
                    lot_numbers[op[1] % len(lot_numbers)],
                    accept_difference=op[2],
                    reason="random test",
                )
            elif kind == "create":
                number = f"P{len(parcel_numbers) + 1}"
                parcels.create_parcel(db, olu, number, importer="I", destination=op[1])
                parcel_numbers.append(number)
            elif kind == "pack" and parcel_numbers:
                available = sum(r.mct for r in stock(db, olu) if r.category == CATEGORIES[op[2]])
                amount = available if op[5] else max(1, available * op[3] // 1000)
                parcels.add_goods(
                    db,
                    olu,
                    parcel_numbers[op[1] % len(parcel_numbers)],
                    CATEGORIES[op[2]],
                    amount,
                    stones=op[4],
                )
            elif kind == "seal" and parcel_numbers:
                n = op[1] % len(parcel_numbers)
                parcels.seal_parcel(
                    db, sam, parcel_numbers[n], kp_cert=f"BW-{n}", seals=[f"S{n}-{len(sequence)}"]
                )
            elif kind == "ship" and parcel_numbers:
                parcels.ship_parcel(db, sam, parcel_numbers[op[1] % len(parcel_numbers)])
            elif kind == "void" and parcel_numbers:
                parcels.void_parcel(db, sam, parcel_numbers[op[1] % len(parcel_numbers)], "test")
        except UserError:
            # A refused action writes nothing at all.
            assert _counts(db) == before
            note(f"{op[0]} refused")
        else:
            note(f"{op[0]} done" if _counts(db) != before else f"{op[0]} skipped")
        inside_mct, inside_stones, world = _totals(db)
        assert inside_mct == received_mct == -world[0]
        # Stones are conserved by the ledger: what came in is inside (adjust holds recounts).
        assert inside_stones == received_stones == -world[1]
        negative = db.execute(
            "SELECT count(*) FROM balances WHERE place NOT IN ('world', 'adjust') "
            "AND (mct < 0 OR stones < 0)"
        ).fetchone()[0]
        assert negative == 0
    report = verify(db)
    assert report.ok, report.problems
