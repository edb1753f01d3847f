"""Stones not counted are not zero, and a category is chosen, not guessed (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sortapp.services import lots, parcels, sorting
from sortapp.ui import dialogs
from tests.conftest import PASSWORD, make_lot, make_sorted_lot
from tests.gui.conftest import status


def type_enter(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _cell(model, row: int, column: str) -> str:
    col = next(i for i, c in enumerate(model.columns) if c.key == column)
    return model.index(row, col).data()


def test_the_sorting_page_shows_not_counted_and_the_stone_difference(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1", stones=300)
    window = make_window("sam")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    for category, carats, stones in (("S5-SAW-Q1-W", "60", ""), ("G1-SAW-Q1-W", "40", "50")):
        type_enter(qtbot, page.f_category, category)
        type_enter(qtbot, page.f_carats, carats)
        type_enter(qtbot, page.f_stones, stones)
    assert _cell(page.entries, 0, "stones") == "not counted"
    assert _cell(page.entries, 1, "stones") == "50"
    assert _cell(page.summary, 0, "stones") == "not counted"
    assert page.r_received.text() == "100.000 ct, 300 stones"
    assert page.r_sorted.text() == "100.000 ct, 50 stones (1 of 2 entries counted)"
    assert page.r_stone_difference.text() == "not all counted out"  # 300 counted in
    # (250 of them written off for want of a count out: a second person's, as a difference.)
    assert page.r_state.text().startswith(
        "Within tolerance, but 250 of the 300 stones received not counted out (50 counted"
    )
    assert page.r_state.text().endswith(": closing needs a second person")
    # The blank entry corrected and its goods entered again, counted: 300 in, 430 out.
    uid = sorting.list_entries(db, "L1")[0]["uid"]
    sorting.correct_entry(db, who.sam, "L1", uid, "count them")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 380)
    page._show_lot()
    assert page.r_sorted.text() == "100.000 ct, 430 stones"
    assert page.r_stone_difference.text() == "-130 (300 received, 430 sorted)"
    assert "stone difference -130" in page.r_state.text()
    assert "needs a second person" in page.r_state.text()
    QApplication.processEvents()


def test_a_stone_difference_within_tolerance_asks_the_second_person(
    qtbot, make_window, db, who, monkeypatch
):
    make_lot(db, who.olu, "L1", stones=300)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 200)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 40_000, 50)
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    assert page.r_stone_difference.text() == "50 (300 received, 250 sorted)"
    summaries = []
    monkeypatch.setattr(
        dialogs.SecondPersonDialog,
        "ask",
        classmethod(lambda c, p, s, **_: summaries.append(s) or None),
    )
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    # The second person signs under the close summary's figures (issue 13: asked once).
    assert len(summaries) == 1 and (
        "Difference 0.000 ct (0.000 %), within tolerance (0.050 ct allowed); "
        "stone difference 50 (300 received, 250 sorted)" in summaries[0]
    )
    assert "Received 100.000 ct (300 stones)" in summaries[0]
    assert lots.get_lot(db, "L1").status == "sorting"
    monkeypatch.setattr(
        dialogs.SecondPersonDialog,
        "ask",
        classmethod(
            lambda c, p, s, **_: {"user": "sue", "password": PASSWORD, "reason": "recount"}
        ),
    )
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert lots.get_lot(db, "L1").status == "sorted", status(window)


def test_enter_on_a_prefix_of_several_categories_takes_none(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1")
    window = make_window()
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    type_enter(qtbot, page.f_category, "S5-SAW")
    assert QApplication.focusWidget() is not page.f_carats
    assert page.f_category.text() == "S5-SAW"
    assert "matches" in page.f_category.message.text()
    assert "pick one" in page.f_category.message.text()
    assert page.f_category.completer().completionCount() > 1
    # Carats and Enter on stones record nothing while the category is not one.
    page.f_carats.setText("5")
    type_enter(qtbot, page.f_stones, "")
    assert sorting.list_entries(db, "L1") == []
    # An exact code still goes with one Enter, and the message goes with the typing.
    page.f_category.clear()
    assert page.f_category.message.text() == ""
    type_enter(qtbot, page.f_category, "S5-SAW-Q1-W")
    assert QApplication.focusWidget() is page.f_carats
    assert page.f_category.code() == "S5-SAW-Q1-W"


def test_enter_on_a_prefix_in_the_parcels_pack_takes_none(qtbot, make_window, db, who):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.sam, "P1", importer="Antwerp NV", destination="BE")
    window = make_window("sam")
    window.go(3)
    page = window.parcels
    page.open_parcel("P1")
    type_enter(qtbot, page.f_category, "S5-SAW")
    assert QApplication.focusWidget() is not page.f_carats
    assert "matches" in page.f_category.message.text()
    page.f_carats.setText("5")
    type_enter(qtbot, page.f_stones, "")
    assert parcels.get_parcel(db, "P1").lines == ()
    page.f_category.clear()
    page.f_carats.clear()
    type_enter(qtbot, page.f_category, "S5-SAW-Q1-W")
    assert QApplication.focusWidget() is page.f_lot  # Category, Lot, Carats, Stones
    type_enter(qtbot, page.f_carats, "5")
    type_enter(qtbot, page.f_stones, "")
    assert parcels.get_parcel(db, "P1").mct == 5_000


def test_stock_totals_say_how_many_lines_were_counted(qtbot, make_window, db, who):
    make_sorted_lot(db, who.olu, "L1")  # S5-SAW not counted, G1-SAW 50 stones counted
    window = make_window()
    window.go(2)
    window.stock.refresh()
    assert "50 stones counted (1 of 2 lots' lines counted)" in window.stock.totals.text()


def test_a_count_no_stones_of_the_class_could_weigh_is_refused_at_the_count(
    qtbot, make_window, db, who
):
    """120 grainers of 39.9 ct (a third of a carat each, in a class of 0.66-0.99 ct): the
    count is refused, said, and kept to be put right; an uncounted entry (0 stones) under one
    stone's least goes back to its carats."""
    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    type_enter(qtbot, page.f_category, "G1-SAW-Q1-W")
    type_enter(qtbot, page.f_carats, "39.9")
    type_enter(qtbot, page.f_stones, "120")
    assert sorting.list_entries(db, "L1") == []
    assert "120 stones of 39.900 ct are about 0.332 ct each" in status(window)
    assert QApplication.focusWidget() is page.f_stones
    assert (page.f_carats.text(), page.f_stones.text()) == ("39.900", "120")
    assert "0.332 ct each" in page.hold.label.text()  # (said on the form, not in a box)
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Escape)  # (held until seen: RefusalHold)
    type_enter(qtbot, page.f_stones, "50")
    assert [(e["mct"], e["stones"]) for e in sorting.list_entries(db, "L1")] == [(39_900, 50)]
    type_enter(qtbot, page.f_category, "L1-SAW-Q1-W")
    type_enter(qtbot, page.f_carats, "1.5")
    type_enter(qtbot, page.f_stones, "0")  # (0: not counted, as blank)
    assert "1.500 ct is less than one" in status(window)
    assert QApplication.focusWidget() is page.f_carats
    assert page.hold.held
    assert len(sorting.list_entries(db, "L1")) == 1
