"""The sorting form held after a refusal until it is seen (``RefusalHold``): a usability test of
a shift (2026-12-07) typed at a scanner's pace, and the keys that followed a refused entry ran
into its fields: the next entry's code went into the refusal's box, its Enter closed the box,
and its carats and stones were recorded under the refused entry's category."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from sortapp.services import parcels, sorting
from tests.conftest import make_lot, make_sorted_lot
from tests.gui.conftest import status


def _sorting(make_window, db, who):
    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    page.f_category.setFocus()
    return window, page


def _scan(qtbot, page, *texts: str) -> None:
    """Type ``texts`` as a scanner does, each and an Enter, into whatever has the cursor (the
    form moves it on by itself)."""
    for text in texts:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _recorded(db) -> list[tuple[str, int, int | None]]:
    return [(e["category"], e["mct"], e["stones"]) for e in sorting.list_entries(db, "L1")]


def test_an_entry_typed_ahead_of_a_refusal_is_not_recorded_under_the_refused_category(
    qtbot, make_window, db, who
):
    """120 stones of 39.9 ct into G1 (0.66-0.99 ct a stone) refused, and the next entry,
    G2-SAW-Q1-W 30 ct of 25 stones, typed straight after: none of it is taken, the refused
    entry is kept as it was with the refusal said on the form; Esc, the count put right, and
    the next entry typed again are each recorded as typed."""
    window, page = _sorting(make_window, db, who)
    _scan(qtbot, page, "G1-SAW-Q1-W", "39.9", "120")
    assert _recorded(db) == []
    assert page.hold.held and page.hold.label.isVisible()
    assert "120 stones of 39.900 ct are about 0.332 ct each" in page.hold.label.text()
    assert "Press Esc" in page.hold.label.text()
    _scan(qtbot, page, "G2-SAW-Q1-W", "30", "25")  # (typed ahead: before it: TLB 8 ct 10 st)
    assert _recorded(db) == []
    assert (page.f_category.code(), page.f_carats.text(), page.f_stones.text()) == (
        "G1-SAW-Q1-W",
        "39.900",
        "120",
    )
    assert page.f_stones.hasFocus() and page.f_stones.selectedText() == "120"
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Escape)
    assert not page.hold.held and not page.hold.label.isVisible()
    assert "Correct the entry" in status(window)
    assert page.f_stones.hasFocus() and page.f_stones.selectedText() == "120"  # (not cleared)
    _scan(qtbot, page, "50", "G2-SAW-Q1-W", "30", "25")
    assert _recorded(db) == [("G1-SAW-Q1-W", 39_900, 50), ("G2-SAW-Q1-W", 30_000, 25)]


def test_enter_on_carats_it_cannot_read_holds_there(qtbot, make_window, db, who):
    """'10,0' on a site writing '.', Enter: the cursor stays on the carats, refused beside
    them (it went on to the stones, and the figure typed to put it right landed there); the
    stones typed ahead are not taken; Esc, the figure typed over, and on."""
    _window, page = _sorting(make_window, db, who)
    _scan(qtbot, page, "S5-SAW-Q1-W", "10,0")
    assert page.f_carats.hasFocus() and page.f_carats.refused and page.hold.held
    assert page.f_carats.selectedText() == "10,0"
    _scan(qtbot, page, "12")
    assert page.f_carats.text() == "10,0" and page.f_stones.text() == ""
    assert _recorded(db) == []
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Escape)
    _scan(qtbot, page, "10.0", "12")
    assert _recorded(db) == [("S5-SAW-Q1-W", 10_000, 12)]
    assert page.f_category.hasFocus() and not page.hold.held


def test_a_click_into_the_form_lets_it_go_and_a_loss_refused_is_held(qtbot, make_window, db, who):
    _window, page = _sorting(make_window, db, who)
    page.f_loss.setFocus()
    _scan(qtbot, page, "500")  # (more than the lot holds)
    assert page.hold.held and page.f_loss.hasFocus()
    assert "500.000" in page.hold.label.text() or "500" in page.hold.label.text()
    _scan(qtbot, page, "1")
    assert page.f_loss.text() == "500.000"
    qtbot.mouseClick(page.f_loss, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not page.hold.held
    page.f_loss.selectAll()
    _scan(qtbot, page, "0.5")
    assert [(e["loss_type"], e["mct"]) for e in sorting.list_entries(db, "L1")] == [
        ("cleaning", 500)
    ]


def test_the_pages_other_actions_let_the_form_go(qtbot, make_window, db, who, monkeypatch):
    """Held, then Close sorting (or a correction): the hold's words do not stay over a form
    the action has moved on from."""
    from sortapp.ui import dialogs  # noqa: PLC0415

    _window, page = _sorting(make_window, db, who)
    _scan(qtbot, page, "S5-SAW-Q1-W", "10,0")
    assert page.hold.held
    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(lambda c, *a: False))
    page.close_sorting()
    assert not page.hold.held and not page.hold.label.isVisible()


def test_esc_with_nothing_refused_still_clears_the_entry(qtbot, make_window, db, who):
    window, page = _sorting(make_window, db, who)
    qtbot.keyClicks(page.f_category, "S5-SAW-Q1-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    qtbot.keyClicks(page.f_carats, "4")
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Escape)
    assert (page.f_category.text(), page.f_carats.text()) == ("", "")
    assert "Entry cleared" in status(window)


def test_esc_closes_the_choice_of_categories(qtbot, make_window, db, who):
    """A part of a code matching several opens their choice; Esc closes it (it stayed over
    the entries, even after a second Esc)."""
    _window, page = _sorting(make_window, db, who)
    qtbot.keyClicks(page.f_category, "S5-SAW")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    popup = page.f_category.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert not page.hold.held  # (a choice, not a refusal)
    qtbot.keyClick(page.f_category, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_receiving_enter_on_a_figure_it_cannot_read_stays_there(qtbot, make_window, db):
    window = make_window()
    page = window.receiving
    page.f_number.setFocus()
    qtbot.keyClicks(page.f_number, "JW-78")
    qtbot.keyClick(page.f_number, Qt.Key.Key_Return)
    qtbot.keyClicks(page.f_weighed, "512,340")
    qtbot.keyClick(page.f_weighed, Qt.Key.Key_Return)
    assert page.f_weighed.hasFocus() and page.f_weighed.refused
    assert page.f_weighed.selectedText() == "512,340"
    qtbot.keyClicks(page.f_weighed, "512.340")
    qtbot.keyClick(page.f_weighed, Qt.Key.Key_Return)
    assert page.f_weighed.text() == "512.340" and not page.f_weighed.refused
    assert page.f_stones.hasFocus() and page.f_stones.text() == ""


def _refused_packing(qtbot, make_window, db, who, *numbers: str):
    """The parcels page at draft parcel ``numbers[0]`` (of ``numbers``), L1 sorted and closed
    (S5-SAW-Q1-W 60 ct not counted, G1-SAW-Q1-W 39.9 ct of 50 stones), and 70 ct of S5-SAW-Q1-W
    scanned into its packing form: refused (60 in stock)."""
    make_sorted_lot(db, who.olu, "L1")
    for number in numbers:
        parcels.create_parcel(db, who.olu, number, importer="Antwerp Rough NV", destination="BE")
    window = make_window("olu")
    window.go(3)
    page = window.parcels
    page.open_parcel(numbers[0])
    page.f_category.setFocus()
    _scan(qtbot, page, "S5-SAW-Q1-W", "", "70", "")
    return page


def test_goods_typed_ahead_of_a_packing_refused_are_not_packed(qtbot, make_window, db, who):
    """The parcels page's packing form is held as the sorting form: 70 ct of S5-SAW-Q1-W
    refused (60 in stock), and the next goods typed straight after are not packed into the
    refused ones' fields; Esc, the carats put right, and the next goods typed again are each
    packed as typed."""
    page = _refused_packing(qtbot, make_window, db, who, "P1")
    _scan(qtbot, page, "G1-SAW-Q1-W", "", "39.9", "50")  # (typed ahead)
    assert not parcels.get_parcel(db, "P1").lines
    assert (page.f_category.code(), page.f_carats.text(), page.f_stones.text()) == (
        "S5-SAW-Q1-W",
        "70.000",
        "",
    )
    assert page.hold.held and "60.000 ct" in page.hold.label.text()
    assert page.f_carats.hasFocus() and page.f_carats.selectedText() == "70.000"
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Escape)
    assert not page.hold.held and not page.hold.label.isVisible()
    _scan(qtbot, page, "10", "", "G1-SAW-Q1-W", "", "39.9", "50")
    packed = [(ln.category, ln.mct, ln.stones) for ln in parcels.get_parcel(db, "P1").lines]
    assert sorted(packed) == [("G1-SAW-Q1-W", 39_900, 50), ("S5-SAW-Q1-W", 10_000, 0)]
    # A code no category has, Enter: held on it (it went on to the lot as if chosen).
    _scan(qtbot, page, "S5-SAW-Q9")
    assert page.hold.held and page.f_category.hasFocus()
    _scan(qtbot, page, "S5-SAW-Q1-W", "", "5", "")
    assert len(parcels.get_parcel(db, "P1").lines) == 2


def test_another_parcel_chosen_lets_the_packing_go_and_the_cursor_stays_in_the_list(
    qtbot, make_window, db, who
):
    """A review: choosing another parcel let the held form go and put the cursor back in its
    refused field, out of the list the arrows were moving through."""
    page = _refused_packing(qtbot, make_window, db, who, "P1", "P2")
    assert page.hold.held
    table = page.list_table
    row = next(
        n for n in range(page.list_model.rowCount()) if page.list_model.row(n)["number"] == "P2"
    )
    table.setFocus()
    where = table.visualRect(page.list_model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.current == "P2" and not page.hold.held
    assert table.hasFocus()
