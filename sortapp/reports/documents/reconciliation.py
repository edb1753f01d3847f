"""The sorting reconciliation report of a lot: received, sorted, lost, and the difference."""

from __future__ import annotations

import json

from sortapp.core.canonical import local_text
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
from sortapp.services import lots, settings, sorting
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
    stone_rows = _stone_rows(rec, sorted_stones, f)
    closes = audit_entries(db, action="sort.close", obj=lot.number, limit=1)
    facts: list[tuple[str, str]] = [
        ("Lot", lot.number),
        ("Origin", origin_text(lot.origin, lot.origin_countries)),
        ("Status", lot.status),
        ("Entries", str(rec.entries)),
    ]
    if closes:
        details = json.loads(closes[0].details)
        tz = settings.settings(db).timezone
        facts.append(("Closed by", f"{closes[0].user}, {local_text(closes[0].at, tz)}"))
        facts.append(
            ("Within tolerance", "no: difference accepted" if details["override"] else "yes")
        )
        if details.get("reason"):
            facts.append(("Reason for accepting", details["reason"]))
    else:
        facts.append(("Closed", "not yet: the figures are provisional"))
    return Document(
        kind="reconciliation",
        title="Sorting reconciliation report",
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
            table("Stones", [("", False), ("Stones", True)], stone_rows),
        ),
        signatures=("Sorter", "Supervisor"),
        fingerprint=content_fingerprint(lot.uid, facts, cat_rows, summary, stone_rows),
        subject=lot.number,
    )


def _stone_rows(rec: Reconciliation, sorted_stones: str, f: Figures) -> list[tuple[list[str], str]]:
    """The stones received and sorted, in their own column: a count, "not counted", or how many
    entries were counted; and the stone difference where stones were counted in and out."""
    received = "not counted" if rec.received_stones is None else f.count(rec.received_stones)
    rows = [(["Received", received], "line"), (["Sorted", sorted_stones], "line")]
    if rec.stone_difference:
        rows.append((["Difference (received - sorted)", f.count(rec.stone_difference)], "total"))
    return rows
