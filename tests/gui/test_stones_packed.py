"""Stones not counted in stock by category and in parcels (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sortapp.services import parcels, sorting
from sortapp.ui.pages.parcels import seal_summary
from tests.conftest import make_lot, make_sorted_lot


def _cell(model, row: int, column: str) -> str:
    col = next(i for i, c in enumerate(model.columns) if c.key == column)
    return model.index(row, col).data()


def _stones_of(model, category: str, column: str = "stones_text") -> str:
    row = next(n for n in range(model.rowCount()) if _cell(model, n, "category") == category)
    return _cell(model, row, column)


def test_the_stock_table_says_not_counted_and_how_many_lots_were_counted(
    qtbot, make_window, db, who
):
    make_sorted_lot(db, who.olu, "L1")  # S5-SAW not counted, G1-SAW 50 stones counted
    make_sorted_lot(
        db, who.olu, "L2", entries=(("S5-SAW-Q1-W", 60_000, 0), ("G1-SAW-Q1-W", 39_900, 0))
    )
    make_sorted_lot(
        db, who.olu, "L3", entries=(("S5-SAW-Q1-W", 60_000, 0), ("G1-SAW-Q1-W", 39_900, 60))
    )
    window = make_window()
    window.go(2)
    window.stock.refresh()
    assert _stones_of(window.stock.model, "S5-SAW-Q1-W") == "not counted"
    assert _stones_of(window.stock.model, "G1-SAW-Q1-W") == "110 (2 of 3 lots counted)"


def test_the_parcel_page_says_not_counted_for_goods_packed_without_stones(
    qtbot, make_window, db, who
):
    make_sorted_lot(db, who.olu, "L1")  # S5-SAW not counted, G1-SAW 50 stones counted
    parcels.create_parcel(db, who.sam, "P1", importer="Antwerp NV", destination="BE")
    window = make_window("sam")
    window.go(3)
    page = window.parcels
    page.open_parcel("P1")
    for category, carats in (("S5-SAW-Q1-W", "50"), ("G1-SAW-Q1-W", "39,9")):
        page.f_category.setFocus()
        qtbot.keyClicks(page.f_category, category)
        assert page.available.text().endswith(
            "stones not counted" if category.startswith("S5") else "stones 50"
        )
        qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
        page.f_carats.setText(carats.replace(",", "."))
        page.f_stones.setFocus()
        qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    assert page.lines.rowCount() == 2
    by_code = {_cell(page.lines, n, "category"): n for n in range(2)}
    assert _cell(page.lines, by_code["S5-SAW-Q1-W"], "stones_text") == "not counted"
    assert _cell(page.lines, by_code["G1-SAW-Q1-W"], "stones_text") == "50"
    assert "89.900 ct, 50 stones (1 of 2 lines counted)," in page.totals.text()
    summary = seal_summary(parcels.get_parcel(db, "P1"))
    assert "89.900 ct, 50 stones (1 of 2 lines counted), value" in summary


def test_the_movement_list_says_not_counted_as_the_parcel_page_does(qtbot, make_window, db, who):
    """A ledger line of carats whose stones were not counted holds 0 stones: the movements say
    "not counted" (the parcel page's words), and its value is None, not 0; counted lines, and
    a sorting difference's stones (a difference), are said as they are."""
    # 500 received; S5-SAW not counted, G1-SAW 50 counted: 450 written off, by a second person.
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_900, 50)
    sorting.add_loss(db, who.olu, "L1", "cleaning", 100)
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="smalls by weight")
    window = make_window()
    window.go(2)
    window.stock.refresh()
    moves = window.stock.moves
    qtbot.waitUntil(lambda: moves.rowCount() >= 7, timeout=10_000)
    column = next(i for i, c in enumerate(moves.columns) if c.header == "Stones")

    def stones_of(place: str, category: str | None = None) -> tuple[str, object]:
        n = next(
            n
            for n in range(moves.rowCount())
            if moves.row(n).place == place and moves.row(n).category == category
            and moves.row(n).kind == "sort"
        )  # fmt: skip
        index = moves.index(n, column)
        return index.data(), index.data(Qt.ItemDataRole.UserRole)

    assert stones_of("stock", "S5-SAW-Q1-W") == ("not counted", None)
    assert stones_of("loss") == ("not counted", None)  # (a loss's stones are never counted)
    assert stones_of("stock", "G1-SAW-Q1-W") == ("50", 50)
    assert stones_of("received") == ("-500", -500)
    assert stones_of("adjust") == ("450", 450)  # 500 received, 50 counted out


def test_the_lineage_says_which_stones_were_counted_and_exports_the_same(
    qtbot, make_window, db, who, tmp_path, monkeypatch
):
    """A lineage row's stones: the count where every line's stones were counted, "not counted"
    where none were, and the count of those counted so said where only some were; never 0 for
    stones not counted, on the screen or in its CSV."""
    from sortapp.ui import dialogs  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")  # S5-SAW not counted, G1-SAW 50 stones counted
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 50_000, lot="L1")
    parcels.add_goods(db, who.olu, "P1", "G1-SAW-Q1-W", 39_900, lot="L1")
    window = make_window()
    window.show()
    reports_page = window.reports
    window.go(window.pages.index(reports_page))
    reports_page.tabs.setCurrentIndex(2)  # (Lineage)
    reports_page.run_lineage(lot="L1")
    model = reports_page.lin_model
    assert reports_page.tabs.tabText(reports_page.tabs.currentIndex()) == "Lineage"
    said = {_cell(model, n, "what"): _cell(model, n, "stones") for n in range(model.rowCount())}
    assert said["parcel P1"] == "50, not all counted"
    assert said["in stock"] == "not counted"  # what is left of S5
    assert said["Loss: cleaning"] == "not counted"
    assert said["sorting difference"] == "not counted"  # 500 received less 50: no count
    target = tmp_path / "lineage.csv"
    monkeypatch.setattr(dialogs.SaveFileDialog, "ask", staticmethod(lambda *a, **k: str(target)))
    reports_page.export("lineage", model, "lineage.csv")
    text = target.read_text(encoding="utf-8")
    assert "50, not all counted" in text and ",0\n" not in text, text


def test_a_parcel_line_only_some_of_whose_stones_were_counted_is_said_whole(
    qtbot, make_window, db, who
):
    """The parcel page's stones column widens to say "30, not all counted" whole, not cut."""
    make_sorted_lot(
        db,
        who.olu,
        "L1",
        entries=(
            ("S5-SAW-Q1-W", 60_000, 300),
            ("G1-SAW-Q1-W", 20_000, 30),
            ("G1-SAW-Q1-W", 19_900, 0),
        ),
    )
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "G1-SAW-Q1-W", 39_900)
    window = make_window()
    window.show()
    window.go(window.pages.index(window.parcels))
    window.parcels.open_parcel("P1")
    model, table = window.parcels.lines, window.parcels.lines_table
    assert _cell(model, 0, "stones_text") == "30, not all counted"
    column = next(i for i, c in enumerate(model.columns) if c.key == "stones_text")
    assert table.columnWidth(column) >= table.cell_width("30, not all counted")
