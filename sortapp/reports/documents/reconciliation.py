"""The sorting reconciliation report of a lot: received, sorted, lost, and the difference."""

from __future__ import annotations

import json

from sortapp.core.entities import Reconciliation
from sortapp.reports.documents.common import (
    Document,
    Figures,
    content_fingerprint,
    figures,
    origin_text,
    site_line,
    table,
)
from sortapp.reports.documents.people import lot_people, signed, sorters_text
from sortapp.services import assortment, lots, sorting
from sortapp.services.verify import audit_entries
from sortapp.storage.dbapi import Database


def reconciliation(db: Database, number: str) -> Document:
    lot = lots.get_lot(db, number)
    rec = sorting.reconciliation(db, number)
    f = figures(db)
    cat_rows = [
        ([code, name, sorting.category_stones_text(rec, code, stones), f.ct(mct)], "line")
        for code, name, mct, stones in rec.by_category
    ]
    sorted_stones = sorting.stones_words(
        rec.sorted_stones, rec.counted_entries, rec.goods_entries, unit=False
    )
    cat_rows.append((["SORTED", "", sorted_stones, f.ct(rec.sorted_mct)], "total"))
    summary = [
        (["Received (weighed)", f.ct(rec.received_mct)], "line"),
        (["Sorted", f.ct(rec.sorted_mct)], "line"),
    ]
    summary += [([f"Loss: {k}", f.ct(v)], "line") for k, v in sorted(rec.losses_mct.items())]
    summary += [
        (
            [
                "Difference (received - sorted - losses)",
                f"{f.ct(rec.difference_mct)} ({f.pct(rec.difference_mct, rec.received_mct)} %)",
            ],
            "total",
        ),
        (["Tolerance", f.ct(rec.tolerance_mct)], "line"),
    ]
    stone_rows = _stone_rows(rec, f, _sizes(db, rec))
    who = lot_people(db, lot.number, f)
    provisional = lot.status != "sorted"
    facts: list[tuple[str, str]] = [
        ("Lot", lot.number),
        ("Origin", origin_text(lot.origin, lot.origin_countries)),
        ("Status", f"{lot.status} (PROVISIONAL)" if provisional else lot.status),
        ("Entries", f.count(rec.entries)),
        ("Sorted by", sorters_text(who, f)),
        ("Weight difference", f"acknowledged by {who.acknowledged}" if who.acknowledged else ""),
    ]
    if who.closed:
        closes = audit_entries(db, action="sort.close", obj=lot.number, limit=1)
        details = json.loads(closes[0].details)
        facts.append(("Closed by", who.closed))
        facts.append(
            ("Within tolerance", "no: difference accepted" if details["override"] else "yes")
        )
        facts.append(("Difference accepted by", who.accepted))
    else:
        facts.append(("Closed", "not yet: PROVISIONAL, the lot is still being sorted"))
    facts = [(k, v) for k, v in facts if v]
    return Document(
        kind="reconciliation",
        title="Sorting reconciliation report" + (" (PROVISIONAL)" if provisional else ""),
        number=lot.number,
        site=site_line(db),
        facts=tuple(facts),
        tables=(
            table(
                "Sorted by category",
                [("Category", False), ("Name", False), ("Stones", True), ("Carats", True)],
                cat_rows,
            ),
            table("Reconciliation", [("", False), ("Carats", True)], summary),
            table(
                "Stones by size class",
                [("", False), ("Received", True), ("Sorted", True), ("Difference", True)],
                stone_rows,
            ),
        ),
        signatures=(
            signed("Sorted by", ", ".join(name for name, _n in who.sorters)),
            signed("Closed by", who.closer) if who.closer else "Supervisor",
        ),
        mark="PROVISIONAL" if provisional else "",
        fingerprint=content_fingerprint(lot.uid, facts, cat_rows, summary, stone_rows),
        subject=lot.number,
    )


def _sizes(db: Database, rec: Reconciliation) -> dict[str, tuple[str, str]]:
    """The size class (code, label) of each category the lot was sorted into."""
    labels = assortment.size_labels(db)
    sizes = {c.code: c.size for c in assortment.list_categories(db)}
    return {
        code: (sizes.get(code, code), labels.get(sizes.get(code, code), ""))
        for code, _n, _m, _s in rec.by_category
    }


def _stone_rows(
    rec: Reconciliation, f: Figures, sizes: dict[str, tuple[str, str]]
) -> list[tuple[list[str], str]]:
    """Stones by size class: those counted (a count, or "n (c of m entries counted)"), those not
    counted said as such; then received against sorted for the whole lot, with the difference
    where stones were counted in and out (else why there is none)."""
    by_size: dict[str, list[int]] = {}
    label_of: dict[str, str] = {}
    for code, _name, _mct, stones in rec.by_category:
        size, label = sizes[code]
        counted, entries = rec.counted_by_category.get(code, (0, 0))
        totals = by_size.setdefault(size, [0, 0, 0])
        totals[0] += stones
        totals[1] += counted
        totals[2] += entries
        label_of[size] = f"{size} {label}".strip()
    counted_rows: list[tuple[list[str], str]] = []
    uncounted_rows: list[tuple[list[str], str]] = []
    for size, (stones, counted, entries) in by_size.items():
        if counted == 0:
            uncounted_rows.append(([label_of[size], "", "not counted", ""], "line"))
        else:
            text = _counted(f, stones, counted, entries)
            counted_rows.append(([label_of[size], "", text, ""], "line"))
    received = "not counted" if rec.received_stones is None else f.count(rec.received_stones)
    if rec.stone_difference is not None:
        difference = f.count(rec.stone_difference)
    elif rec.received_stones is None:
        difference = "none: received not counted"
    elif rec.goods_entries == 0:
        difference = "none: nothing sorted yet"
    else:
        difference = "none: not every size counted"
    rows = counted_rows + uncounted_rows
    whole = (
        "not counted"
        if rec.counted_entries == 0
        else _counted(f, rec.sorted_stones, rec.counted_entries, rec.goods_entries)
    )
    rows.append((["Whole lot", received, whole, difference], "total"))
    return rows


def _counted(f: Figures, stones: int, counted: int, entries: int) -> str:
    """Stones of entries of which ``counted`` were counted: "1,200" or "1,200 (2 of 3 entries
    counted)"."""
    if counted < entries:
        return f"{f.count(stones)} ({f.count(counted)} of {f.count(entries)} entries counted)"
    return f.count(stones)
