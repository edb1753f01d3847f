"""Stones not counted in stock by category and in parcels (issue 13)."""

from __future__ import annotations

from tests.conftest import make_sorted_lot


def _cell(model, row: int, column: str) -> str:
    col = next(i for i, c in enumerate(model.columns) if c.key == column)
    return model.index(row, col).data()


def _stones_of(model, category: str, column: str = "stones_text") -> str:
    row = next(n for n in range(model.rowCount()) if _cell(model, n, "category") == category)
    return _cell(model, row, column)


def test_the_stock_table_says_not_counted_and_how_many_lots_were_counted(
    qtbot, make_window, db, who
):
    make_sorted_lot(db, who.olu, "L1")  # S5-SAW not counted, G1-SAW 120 stones counted
    make_sorted_lot(
        db, who.olu, "L2", entries=(("S5-SAW-Q1-W", 60_000, 0), ("G1-SAW-Q1-W", 39_900, 0))
    )
    make_sorted_lot(
        db, who.olu, "L3", entries=(("S5-SAW-Q1-W", 60_000, 0), ("G1-SAW-Q1-W", 39_900, 80))
    )
    window = make_window()
    window.go(2)
    window.stock.refresh()
    assert _stones_of(window.stock.model, "S5-SAW-Q1-W") == "not counted"
    assert _stones_of(window.stock.model, "G1-SAW-Q1-W") == "200 (2 of 3 lots counted)"
    window.grab().save("/tmp/stock-stones.png")
