"""The stock page's "stones counted" comes from the stock summary (migration 0017): each
closed lot's uncounted lines and each category's lines on hand, kept by trigger, equal to what
reading every sorting entry and balance says, and checked by verify."""

from __future__ import annotations

from sortapp.services import parcels, reports, sorting
from sortapp.services.verify import verify
from sortapp.storage import reports as reports_sql
from tests.conftest import make_lot
from tests.forger import tamper

S5, G1 = "S5-SAW-Q1-W", "G1-SAW-Q1-W"


def _summary_is_the_scan(db) -> dict[int, tuple[int, int]]:
    kept = reports_sql.stock_stone_counts_by_category(db)
    assert kept == reports_sql.stock_line_counts_by_scan(db)
    return kept


def _cat(db, code: str) -> int:
    return int(db.execute("SELECT id FROM categories WHERE code = ?", (code,)).fetchone()[0])


def test_stock_lines_are_the_summary_of_entries_and_balances(db, who):
    s5, g1 = _cat(db, S5), _cat(db, G1)
    # L1: S5 uncounted; G1 counted.
    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", S5, 60_000)
    sorting.add_entry(db, who.olu, "L1", G1, 39_900, 50)
    # L2: S5 uncounted, then reversed, then counted: the line is counted. G1: counted and
    # uncounted: the line is uncounted.
    make_lot(db, who.olu, "L2", stones=None)
    wrong = sorting.add_entry(db, who.olu, "L2", S5, 30_000).uid
    sorting.correct_entry(db, who.sue, "L2", wrong, "stones were counted after all")
    sorting.add_entry(db, who.olu, "L2", S5, 30_000, 90)
    sorting.add_entry(db, who.olu, "L2", G1, 30_000, 40)
    sorting.add_entry(db, who.olu, "L2", G1, 39_900)
    assert _summary_is_the_scan(db) == {}  # nothing on hand until a lot closes
    for number in ("L1", "L2"):
        sorting.add_loss(db, who.olu, number, "cleaning", 100)
        sorting.close_sorting(db, who.olu, number)
    assert _summary_is_the_scan(db) == {s5: (2, 1), g1: (2, 1)}
    by_code = {r.category: r for r in reports.stock(db, who.olu)}
    assert (by_code[S5].lines, by_code[S5].counted_lines) == (2, 1)
    assert by_code[S5].stones_text == "90 (1 of 2 lots counted)"
    # All of L1's uncounted S5 into a parcel: that line is no longer on hand, nor uncounted.
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", S5, 60_000, lot="L1")
    assert _summary_is_the_scan(db) == {s5: (1, 1), g1: (2, 1)}
    # Part of L2's uncounted G1: still on hand, still uncounted.
    parcels.add_goods(db, who.olu, "P1", G1, 10_000, stones=12, lot="L2")
    assert _summary_is_the_scan(db) == {s5: (1, 1), g1: (2, 1)}
    # The parcel voided: L1's S5 back on hand, uncounted again.
    parcels.void_parcel(db, who.sue, "P1", "packed by mistake")
    assert _summary_is_the_scan(db) == {s5: (2, 1), g1: (2, 1)}
    assert verify(db).ok


def test_verify_finds_a_tampered_stock_lines_summary(db, who):
    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", S5, 60_000)
    sorting.add_entry(db, who.olu, "L1", G1, 39_900, 50)
    sorting.add_loss(db, who.olu, "L1", "cleaning", 100)
    sorting.close_sorting(db, who.olu, "L1")
    assert verify(db).ok
    s5, g1 = _cat(db, S5), _cat(db, G1)
    tamper(db, f"UPDATE category_stock SET uncounted = 0 WHERE category_id = {s5}")
    assert f"category #{s5}: its kept stock lines differ from the stock on hand" in (
        verify(db).problems
    )
    tamper(db, f"UPDATE category_stock SET uncounted = 1 WHERE category_id = {s5}")
    assert verify(db).ok
    # An uncounted line made up (and the category's count made to agree with it).
    lot = db.execute("SELECT id FROM lots WHERE number = 'L1'").fetchone()[0]
    tamper(
        db,
        f"INSERT INTO uncounted_lines (lot_id, category_id) VALUES ({lot}, {g1})",
        f"UPDATE category_stock SET uncounted = 1 WHERE category_id = {g1}",
    )
    problems = verify(db).problems
    assert "lot L1: its uncounted stock lines differ from its sorting entries" in problems
    assert f"category #{g1}: its kept stock lines differ from the stock on hand" not in problems
    # And one taken away.
    tamper(
        db,
        f"DELETE FROM uncounted_lines WHERE lot_id = {lot}",
        "UPDATE category_stock SET uncounted = 0",
    )
    assert "lot L1: its uncounted stock lines differ from its sorting entries" in (
        verify(db).problems
    )


def test_verify_finds_kept_stock_lines_swapped_or_a_category_dropped(db, who):
    """As many uncounted lines kept as made, but not the same ones; a category's kept lines
    deleted: both found (the count of lines that agree is not enough)."""
    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", S5, 60_000)
    sorting.add_entry(db, who.olu, "L1", G1, 40_000, 50)
    sorting.close_sorting(db, who.olu, "L1")
    assert verify(db).ok
    s5, g1 = _cat(db, S5), _cat(db, G1)
    lot = db.execute("SELECT id FROM lots WHERE number = 'L1'").fetchone()[0]
    # The line moved to the other category, and back; the categories' kept counts made to
    # agree with it each time.
    for to, wrong in ((g1, True), (s5, False)):
        tamper(
            db,
            f"UPDATE uncounted_lines SET category_id = {to} WHERE lot_id = {lot}",
            f"UPDATE category_stock SET uncounted = 1 - uncounted "
            f"WHERE category_id IN ({s5}, {g1})",
        )
        problems = verify(db).problems
        found = "lot L1: its uncounted stock lines differ from its sorting entries" in problems
        assert found == wrong and (wrong or not problems), problems
        assert not any("its kept stock lines differ from the stock on hand" in p for p in problems)
    tamper(db, f"DELETE FROM category_stock WHERE category_id = {g1}")
    assert f"category #{g1}: its kept stock lines differ from the stock on hand" in (
        verify(db).problems
    )
