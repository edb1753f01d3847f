"""The sorting reconciliation report of a lot: received, sorted, lost, and the difference."""

from __future__ import annotations

from sortapp.core.entities import Reconciliation, loss_word
from sortapp.core.i18n import N_, phrase
from sortapp.reports.documents.common import (
    NO_HEADING,
    Document,
    Figures,
    Heading,
    content_fingerprint,
    counted_stones,
    figures,
    origin_text,
    site_line,
    table,
)
from sortapp.reports.documents.people import lot_people, signed, sorters_text
from sortapp.services import assortment, balances, lots, settings, sorting
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
    cat_rows.append(([N_("SORTED"), "", sorted_stones, f.ct(rec.sorted_mct)], "total"))
    summary = [
        ([N_("Received (weighed)"), _received(rec, f.ct(rec.received_mct))], "line"),
        ([N_("Sorted"), f.ct(rec.sorted_mct)], "line"),
    ]
    summary += [
        ([phrase("Loss: {kind}", kind=loss_word(k)), f.ct(v)], "line")
        for k, v in sorted(rec.losses_mct.items())
    ]
    provisional = lot.status != "sorted"
    summary += _difference_rows(rec, f, provisional)
    stone_rows = _stone_rows(rec, f, _sizes(db, rec), provisional, list(assortment.size_labels(db)))
    who = lot_people(db, lot.number, f)
    facts: list[tuple[Heading, str]] = [
        (N_("Lot"), lot.number),
        (N_("Origin"), origin_text(lot.origin, lot.origin_countries)),
        (N_("Status"), status_text(lot.status)),
        (N_("Weighed by"), who.weighed),
        *((N_("Weighed again by"), again) for again in who.reweighed),
        (
            N_("Weight difference"),
            phrase("acknowledged by {who}", who=who.acknowledged) if who.acknowledged else "",
        ),
        # The stones' "c of m entries counted" below count the standing entries of goods.
        (
            N_("Entries"),
            phrase(
                "{recorded} recorded; {standing} of them sorted goods that stand (losses and "
                "corrections are the others)",
                recorded=f.count(rec.entries),
                standing=f.count(rec.goods_entries),
            ),
        ),
        (N_("Sorted by"), sorters_text(who, f)),
        (N_("Weighed on"), balances.lot_entries_words(db, lot.id)),
        *((N_("Loss recorded by"), loss) for loss in who.losses),
    ]
    if who.closed:  # (its closing entry the one that recorded the ledger's closing)
        facts.append((N_("Closed by"), who.closed))
        facts.append(
            (
                N_("Within tolerance"),
                N_("no (difference accepted)") if who.override else N_("yes"),
            )
        )
        facts.append((N_("Difference accepted by"), who.accepted))
    elif lot.status == "sorting":
        facts.append((N_("Closed"), N_("not yet: PROVISIONAL, the lot is still being sorted")))
    else:
        facts.append((N_("Closed"), N_("not yet: PROVISIONAL, its sorting has not started")))
    facts = [(k, v) for k, v in facts if v]
    return Document(
        kind="reconciliation",
        title=(
            N_("Sorting reconciliation report (PROVISIONAL)")
            if provisional
            else N_("Sorting reconciliation report")
        ),
        number=lot.number,
        site=site_line(db),
        facts=tuple(facts),
        tables=(
            table(
                N_("Sorted by category"),
                [
                    (N_("Category"), False),
                    (N_("Name"), False),
                    (N_("Stones"), True),
                    (N_("Carats"), True),
                ],
                _named_in_site_language(db, cat_rows),
            ),
            table(
                N_("Stones by size class"),
                [
                    (NO_HEADING, False),
                    (N_("Received"), True),
                    (N_("Sorted"), True),
                    (N_("Difference"), True),
                ],
                stone_rows,
            ),
            # Last, above the signatures: the figures the closer signs for stay with them.
            table(N_("Reconciliation"), [(NO_HEADING, False), (N_("Carats"), True)], summary),
        ),
        signatures=(
            signed(N_("Sorted by"), ", ".join(name for name, _n in who.sorters)),
            signed(N_("Closed by"), who.closer) if who.closer else N_("Supervisor"),
        ),
        mark=N_("PROVISIONAL") if provisional else "",
        fingerprint=content_fingerprint(lot.uid, facts, cat_rows, summary, stone_rows),
        subject=lot.number,
    )


#: A lot's status as the reconciliation words it for its reader.
STATUS_WORDS = {
    "awaiting_weight": N_("awaiting weighing (PROVISIONAL)"),
    "received": N_("received, sorting not started (PROVISIONAL)"),
    "sorting": N_("being sorted (PROVISIONAL)"),
    "sorted": N_("closed (sorting finished)"),
}


def status_text(status: str) -> str:
    return STATUS_WORDS.get(status, status.replace("_", " "))


def _difference_rows(
    rec: Reconciliation, f: Figures, provisional: bool
) -> list[tuple[list[str], str]]:
    """The carats received and not sorted or lost: while the lot is open, what is not yet sorted
    (not set against the tolerance, which applies when sorting is closed); once closed, the
    difference and the tolerance."""
    share = _received(
        rec, f"{f.ct(rec.difference_mct)} ({f.pct(rec.difference_mct, rec.received_mct)} %)"
    )
    if provisional:
        return [([N_("Not yet sorted (received - sorted - losses)"), share], "total")]
    return [
        ([N_("Difference (received - sorted - losses)"), share], "total"),
        ([N_("Tolerance"), f.ct(rec.tolerance_mct)], "line"),
    ]


def _received(rec: Reconciliation, figure: str) -> str:
    """A figure of the carats received (or of a difference from them): "not yet weighed" until
    the lot is, not 0.000 ct."""
    return figure if rec.weighed else N_("not yet weighed")


def _named_in_site_language(
    db: Database, rows: list[tuple[list[str], str]]
) -> list[tuple[list[str], str]]:
    """The category rows with each category's name in the site's language, the one this report
    is printed in (English where it has none); the fingerprint keeps the English names, so it
    does not depend on the language (issue 18)."""
    names = assortment.names_in(db, settings.settings(db).language)
    return [
        ([cells[0], names.get(cells[0], cells[1]), *cells[2:]] if kind == "line" else cells, kind)
        for cells, kind in rows
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
    received = N_("n/c") if rec.received_stones is None else f.count(rec.received_stones)
    if rec.stone_difference is not None:
        # While the lot is open, the stones received and not sorted are not yet a difference.
        count = f.count(rec.stone_difference)
        difference = phrase("{n} not yet sorted", n=count) if provisional else count
    elif rec.received_stones is None:
        difference = N_("none: received not counted")
    elif rec.goods_entries == 0:
        difference = N_("none: nothing sorted yet")
    else:
        difference = N_("none: not every size counted")
    whole = counted_stones(
        f, rec.sorted_stones, rec.counted_entries, rec.goods_entries, what="entries"
    )
    rows.append(([N_("Whole lot"), received, whole, difference], "total"))
    return rows
