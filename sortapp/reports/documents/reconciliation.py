"""The sorting reconciliation report of a lot: received, sorted, lost, and the difference."""

from __future__ import annotations

import json

from sortapp.core.entities import Reconciliation
from sortapp.reports.documents.common import (
    Document,
    Figures,
    content_fingerprint,
    counted_stones,
    figures,
    origin_text,
    site_line,
    table,
)
from sortapp.reports.documents.people import lot_people, signed, sorters_text
from sortapp.services import assortment, balances, lots, sorting
from sortapp.services.verify import audit_entries
from sortapp.storage.dbapi import Database


def reconciliation(db: Database, number: str) -> Document:
    lot = lots.get_lot(db, number)
    rec = sorting.reconciliation(db, number)
    f = figures(db)
    cat_rows = [
        ([code, name, _category_stones(rec, code, stones, f), f.ct(mct)], "line")
        for code, name, mct, stones in rec.by_category
    ]
    sorted_stones = counted_stones(
        f, rec.sorted_stones, rec.counted_entries, rec.goods_entries, what="entries"
    )
    cat_rows.append((["SORTED", "", sorted_stones, f.ct(rec.sorted_mct)], "total"))
    summary = [
        (["Received (weighed)", f.ct(rec.received_mct)], "line"),
        (["Sorted", f.ct(rec.sorted_mct)], "line"),
    ]
    summary += [([f"Loss: {k}", f.ct(v)], "line") for k, v in sorted(rec.losses_mct.items())]
    provisional = lot.status != "sorted"
    summary += _difference_rows(rec, f, provisional)
    stone_rows = _stone_rows(rec, f, _sizes(db, rec), provisional, list(assortment.size_labels(db)))
    who = lot_people(db, lot.number, f)
    facts: list[tuple[str, str]] = [
        ("Lot", lot.number),
        ("Origin", origin_text(lot.origin, lot.origin_countries)),
        ("Status", status_text(lot.status)),
        ("Weighed by", who.weighed),
        *(("Weighed again by", again) for again in who.reweighed),
        ("Weight difference", f"acknowledged by {who.acknowledged}" if who.acknowledged else ""),
        # The stones' "c of m entries counted" below count the standing entries of goods.
        (
            "Entries",
            f"{f.count(rec.entries)} recorded; {f.count(rec.goods_entries)} of them sorted "
            "goods that stand (losses and corrections are the others)",
        ),
        ("Sorted by", sorters_text(who, f)),
        ("Weighed on", balances.lot_entries_words(db, lot.id)),
        *(("Loss recorded by", loss) for loss in who.losses),
    ]
    if who.closed:
        closes = audit_entries(db, action="sort.close", obj=lot.number, limit=1)
        details = json.loads(closes[0].details)
        facts.append(("Closed by", who.closed))
        facts.append(
            ("Within tolerance", "no (difference accepted)" if details["override"] else "yes")
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
            table(
                "Stones by size class",
                [("", False), ("Received", True), ("Sorted", True), ("Difference", True)],
                stone_rows,
            ),
            # Last, above the signatures: the figures the closer signs for stay with them.
            table("Reconciliation", [("", False), ("Carats", True)], summary),
        ),
        signatures=(
            signed("Sorted by", ", ".join(name for name, _n in who.sorters)),
            signed("Closed by", who.closer) if who.closer else "Supervisor",
        ),
        mark="PROVISIONAL" if provisional else "",
        fingerprint=content_fingerprint(lot.uid, facts, cat_rows, summary, stone_rows),
        subject=lot.number,
    )


#: A lot's status as the reconciliation words it for its reader.
STATUS_WORDS = {
    "awaiting_weight": "awaiting weighing (PROVISIONAL)",
    "received": "received, sorting not started (PROVISIONAL)",
    "sorting": "being sorted (PROVISIONAL)",
    "sorted": "closed (sorting finished)",
}


def status_text(status: str) -> str:
    return STATUS_WORDS.get(status, status.replace("_", " "))


def _difference_rows(
    rec: Reconciliation, f: Figures, provisional: bool
) -> list[tuple[list[str], str]]:
    """The carats received and not sorted or lost: while the lot is open, what is not yet sorted
    (not set against the tolerance, which applies when sorting is closed); once closed, the
    difference and the tolerance."""
    share = f"{f.ct(rec.difference_mct)} ({f.pct(rec.difference_mct, rec.received_mct)} %)"
    if provisional:
        return [(["Not yet sorted (received - sorted - losses)", share], "total")]
    return [
        (["Difference (received - sorted - losses)", share], "total"),
        (["Tolerance", f.ct(rec.tolerance_mct)], "line"),
    ]


def _category_stones(rec: Reconciliation, code: str, stones: int, f: Figures) -> str:
    """A category's stones in its cell: the count, "n/c", or "n (c of m entries counted)"."""
    counted, entries = rec.counted_by_category.get(code, (1, 1))
    return counted_stones(f, stones, counted, entries, what="entries")


def _sizes(db: Database, rec: Reconciliation) -> dict[str, tuple[str, str]]:
    """The size class (code, label) of each category the lot was sorted into."""
    labels = assortment.size_labels(db)
    sizes = {c.code: c.size for c in assortment.list_categories(db)}
    return {
        code: (sizes.get(code, code), labels.get(sizes.get(code, code), ""))
        for code, _n, _m, _s in rec.by_category
    }


def _stone_rows(
    rec: Reconciliation,
    f: Figures,
    sizes: dict[str, tuple[str, str]],
    provisional: bool,
    sizes_in_order: list[str],
) -> list[tuple[list[str], str]]:
    """Stones by size class, sizes in the assortment's order: a count, "n (c of m entries
    counted)" or "n/c"; then received against sorted for the whole lot, with the difference
    where stones were counted in and out (else why there is none; while the lot is open, what
    is not yet sorted)."""
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
    # In the assortment's order of sizes, as the sieves run (smalls up to specials).
    order = {size: i for i, size in enumerate(sizes_in_order)}
    rows: list[tuple[list[str], str]] = [
        ([label_of[size], "", counted_stones(f, *by_size[size], what="entries"), ""], "line")
        for size in sorted(by_size, key=lambda s: (order.get(s, len(order)), s))
    ]
    received = "n/c" if rec.received_stones is None else f.count(rec.received_stones)
    if rec.stone_difference is not None:
        # While the lot is open, the stones received and not sorted are not yet a difference.
        difference = f.count(rec.stone_difference) + (" not yet sorted" if provisional else "")
    elif rec.received_stones is None:
        difference = "none: received not counted"
    elif rec.goods_entries == 0:
        difference = "none: nothing sorted yet"
    else:
        difference = "none: not every size counted"
    whole = counted_stones(
        f, rec.sorted_stones, rec.counted_entries, rec.goods_entries, what="entries"
    )
    rows.append((["Whole lot", received, whole, difference], "total"))
    return rows
