"""The floor's pace: one scan box for everything, an operator's own undo, disabled buttons
that say why, status messages that belong to their page, and a receiving form for the scanner."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QPushButton, QWidget

from sortapp.core.changes import Changes
from sortapp.services import lots, parcels, sorting
from sortapp.ui import mainwindow, mnemonics
from sortapp.ui.dialogs import TextDialog
from sortapp.ui.pages import receiving
from tests.conftest import PASSWORD, make_lot
from tests.gui.conftest import status

# -- one scan box for everything ------------------------------------------------------------------


@pytest.fixture
def stocked(sealed, who):
    """Sealed parcel P1 (KP certificate BW-2026-1) from sorted lot L1; lot L2 being sorted,
    with lots L3..L12 received before it."""
    for n in range(3, 13):
        make_lot(sealed, who.olu, f"L{n}")
    make_lot(sealed, who.olu, "L2")
    sorting.add_entry(sealed, who.olu, "L2", "S5-SAW-Q1-W", 1_000)
    return sealed


def scanner(qtbot, text: str) -> None:
    """A barcode scanner: each key to whatever has the focus as it comes, then Enter."""
    for key in text:
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def scan(qtbot, window, text: str) -> None:
    """Ctrl+F, the number typed, Enter: as a person (or a scanner after Ctrl+F) does."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.scan_box.edit.hasFocus()
    qtbot.keyClicks(window.scan_box.edit, text)
    qtbot.keyClick(window.scan_box.edit, Qt.Key.Key_Return)


def test_scanning_a_lot_number_from_settings_shows_its_row_on_receiving(
    qtbot, make_window, stocked
):
    window = make_window("olu")
    window.go(6)  # Settings
    scan(qtbot, window, "l7")
    assert window.current_page() is window.receiving
    assert window.receiving.selected_lot() == "L7"
    assert status(window) == "Lot L7."
    assert window.scan_box.edit.text() == ""


def test_scanning_a_parcel_or_its_certificate_shows_the_parcel(qtbot, make_window, stocked):
    window = make_window("olu")
    window.go(6)
    window.parcels.status_filter.setCurrentText("draft")  # P1 is sealed: filtered out
    scan(qtbot, window, "P1")
    page = window.parcels
    assert window.current_page() is page
    assert page.current == "P1"
    assert page.list_model.row(page.list_table.selected_row())["number"] == "P1"
    window.go(0)
    scan(qtbot, window, "bw-2026-1")
    assert window.current_page() is page
    assert page.current == "P1"
    assert status(window) == "KP certificate BW-2026-1: parcel P1."


def test_scanning_an_entry_uid_opens_its_lot_on_sorting(qtbot, make_window, stocked):
    window = make_window("olu")
    uid = sorting.list_entries(stocked, "L2")[-1]["uid"]
    scan(qtbot, window, uid)
    page = window.sorting
    assert window.current_page() is page
    assert page.lot == "L2"
    assert page.entries.row(page.entries_table.selected_row())["uid"] == uid


def test_an_unknown_number_is_said_beside_the_box_and_kept(qtbot, make_window, stocked):
    window = make_window("olu")
    window.go(6)
    scan(qtbot, window, "NOPE-9")
    assert window.current_page() is window.settings_page
    note = window.scan_box.note.text()
    assert "'NOPE-9' is no lot, parcel, KP certificate or label number" in note
    assert note in status(window)
    assert window.scan_box.edit.text() == "NOPE-9"
    assert window.scan_box.edit.hasFocus()


def test_a_menu_open_takes_its_letters_and_the_scan_box_none(qtbot, make_window):
    """Alt+F, then B: the File menu's "Backup now" for a supervisor; for an operator, for whom
    it is greyed, nothing (the "b" went to the scan box behind the menu: a supervisor's day,
    2026-12-07)."""
    for name, backs_up in (("olu", False), ("sam", True)):
        window = make_window(name)
        window.show()
        qtbot.waitExposed(window)
        backed: list[bool] = []
        window.backup_action.triggered.connect(partial(backed.append, True))
        window.nav.setFocus()
        qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        menu = QApplication.activePopupWidget()
        assert menu is not None
        qtbot.keyClick(menu, Qt.Key.Key_B)
        assert window.scan_box.edit.text() == ""
        assert backed == [True] * backs_up
        if not backs_up:  # (still open: Escape closes it)
            assert QApplication.activePopupWidget() is menu
            menu.close()
        window.close()


def _letters(menu) -> list[str]:
    """The letter each item of ``menu`` marks ('' for none)."""
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        at = mnemonics.marked_letter(action.text())
        out.append(action.text()[at].casefold() if at is not None else "")
    return out


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_menu_item_has_a_letter_of_its_own(qtbot, make_window, language):
    """The Go menu's pages and the parcels' Print menu had none, View's Language shared its L
    (a receiving clerk's day, 2026-12-07): Alt+G, then R, went nowhere."""
    window = make_window("sam")
    if language != "en":
        window.choose_language(language)
    menus = [top.menu() for top in window.menuBar().actions()]
    menus += [a.menu() for m in menus for a in m.actions() if a.menu() is not None]
    window.go(window.pages.index(window.parcels))
    menus.append(window.parcels.print_button.menu())
    for menu in menus:
        letters = _letters(menu)
        assert "" not in letters and len(set(letters)) == len(letters), (menu.title(), letters)
    if language == "en":
        window.show()
        qtbot.waitExposed(window)
        window.nav.setFocus()
        qtbot.keyClick(window.nav, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_R)
        assert window.current_page() is window.receiving


def test_a_date_field_is_left_by_one_tab(qtbot, make_window):
    """Tab leaves a date as any field (it moved through the year, the month and the day
    first: three Tabs to leave a valuation's date, the same day)."""
    window = make_window("olu")
    page = window.reports
    window.go(window.pages.index(page))
    window.show()
    qtbot.waitExposed(window)
    page.kp_from.setFocus()
    assert page.kp_from.hasFocus()
    qtbot.keyClick(page.kp_from, Qt.Key.Key_Tab)
    assert page.kp_to.hasFocus()
    qtbot.keyClick(page.kp_to, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.kp_from.hasFocus()


def test_a_number_refused_is_cleared_from_the_box_once_work_goes_on(qtbot, make_window, stocked):
    """A number the box refused, and why, stayed beside it through the work done next (a lot
    received, entries made), as if still the news; done with the box in use, they stay."""
    window = make_window("olu")
    scan(qtbot, window, "NOPE-9")
    assert window.scan_box.note.text()
    window.go(1)
    window.sorting.open_lot("L2")
    window.sorting.f_carats.setFocus()
    assert window.scan_box.note.text()  # (nothing done yet)
    entries = window.sorting.entries.rowCount()
    window.sorting.f_category.setText("S5-SAW-Q1-W")
    window.sorting.f_carats.setText("1")
    window.sorting.add_entry()
    assert window.sorting.entries.rowCount() == entries + 1
    assert window.scan_box.note.text() == "" and window.scan_box.edit.text() == ""
    # Another workstation's work, or a backup made, is no work of this one's: the note stays.
    scan(qtbot, window, "NOPE-9")
    window.sorting.f_carats.setFocus()
    window.ctx.announce(Changes(lots=frozenset({1}), ledger=True))  # (as the watch tells it)
    window.ctx.announce(Changes(), window)  # (as a backup made tells it)
    assert "'NOPE-9' is no lot" in window.scan_box.note.text()


def test_a_scanner_typing_anywhere_no_field_takes_text_goes_to_the_scan_box(
    qtbot, make_window, stocked
):
    window = make_window("olu")
    window.go(6)
    window.nav.setFocus()
    scanner(qtbot, "P1")
    assert window.current_page() is window.parcels
    assert window.parcels.current == "P1"
    # A field that takes text keeps what is typed into it.
    window.go(1)
    window.sorting.f_lot.setFocus()
    qtbot.keyClicks(window.sorting.f_lot, "L2")
    assert window.sorting.f_lot.text() == "L2"
    assert window.scan_box.edit.text() == ""


# -- an operator's own last entry; disabled buttons say why ---------------------------------------


def test_an_operator_reverses_their_own_last_entry_from_the_sorting_page(
    qtbot, make_window, db, who, monkeypatch
):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.ola, "L1", "S5-SAW-Q1-W", 2_000)
    mine = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000).uid
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    assert page.correct_button.isEnabled()
    reasons = iter(["typed it twice"])
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda *_a, **_k: next(reasons)))
    page.entries_table.selectRow(0)  # ola's: refused, saying why, before a reason is asked
    page.correct_button.click()
    assert f"is not the last entry of lot L1 ({mine} is)" in status(window)
    assert "only the lot's last entry, and only if it is yours; ask a supervisor" in status(window)
    page.entries_table.selectRow(1)
    page.correct_button.click()
    reversal = sorting.list_entries(db, "L1")[-1]["uid"]
    assert status(window) == (
        f"Entry {mine} reversed: 1.000 ct of S5-SAW-Q1-W taken out by entry {reversal}."
    )
    assert sorting.reconciliation(db, "L1").sorted_mct == 2_000
    assert page.entries.row(2)["note"] == f"reverses {mine}: typed it twice"
    # The entry reversed says by which (it read as if it stood), the others nothing.
    assert page.entries.row(1)["note"] == f"reversed by {reversal}"
    assert page.entries.row(0)["note"] == ""


def disabled_without_reason(page) -> list[str]:
    """The disabled buttons (and boxes) of ``page`` whose tool tip does not say why."""
    silent = []
    for widget in page.findChildren(QWidget):
        wanted = isinstance(widget, (QPushButton, QGroupBox)) and widget.isVisibleTo(page)
        if not wanted or widget.isEnabled():
            continue
        holder = widget  # disabled itself, or within a box that is
        while not holder.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled):
            holder = holder.parentWidget()
        if not holder.toolTip().strip():
            silent.append(f"{type(page).__name__}: {widget.objectName() or widget.text()}")
    return silent


def test_as_an_operator_every_disabled_button_says_why(qtbot, make_window, stocked, who):
    parcels.create_parcel(stocked, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    window = make_window("olu")
    window.go(1)
    window.sorting.open_lot("L1")  # sorted and closed
    window.go(3)
    window.parcels.open_parcel("P2")  # a draft: an operator may not seal, void ...
    silent, disabled = [], 0
    for i, page in enumerate(window.pages):
        window.go(i)
        silent += disabled_without_reason(page)
        disabled += sum(
            not b.isEnabled() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)
        )
    assert silent == [], "\n".join(silent)
    assert disabled > 10
    parcels_page = window.parcels
    assert parcels_page.seal_button.toolTip() == "Supervisors seal parcels"
    assert parcels_page.print_button.toolTip().startswith("Parcel P2 is draft")
    assert window.sorting.add_button.toolTip() == "Lot L1 is sorted and closed"
    assert window.receiving.reweigh_button.toolTip().startswith("Supervisors weigh a lot again.")


def test_a_button_enabled_again_has_its_own_tooltip_back(qtbot, make_window, stocked):
    window = make_window("sam")
    window.go(3)
    page = window.parcels
    assert page.seal_button.toolTip() == "Select a parcel first"
    page.open_parcel("P1")  # sealed: ships
    assert page.ship_button.isEnabled() and page.ship_button.toolTip() == ""
    assert page.remove_button.toolTip().startswith("Parcel P1 is sealed")


# -- status-bar messages belong to their page and say what happened -----------------------------


def test_a_pages_message_stays_with_its_page(qtbot, make_window, db):
    window = make_window("olu")
    window.go(0)
    window.receiving.receipt_button.click()  # nothing selected: said on Receiving
    assert status(window) == "Select a lot to print for first."
    window.go(1)
    assert status(window) == ""  # not Receiving's
    window.sorting.add_button.click()  # no lot open: said on Sorting
    assert status(window) == "Open a lot first: scan or type its number."
    window.go(6)
    assert status(window) == ""
    window.go(0)
    assert status(window) == "Select a lot to print for first."
    # A late outcome of a page's work (a background import) waits for its page.
    window.ctx.say("Imported 3 rows from lots.csv.", window.sorting)
    assert status(window) == "Select a lot to print for first."
    window.go(1)
    assert status(window) == "Imported 3 rows from lots.csv."


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_after_an_action_the_status_bar_says_what_happened(qtbot, make_window, db, who, sealed):
    make_lot(db, who.olu, "L2")
    window = make_window("sam")
    window.go(1)
    page = window.sorting
    page.open_lot("L2")
    type_into(qtbot, page.f_category, "S5-SAW-Q1-W")
    type_into(qtbot, page.f_carats, "12.450")
    type_into(qtbot, page.f_stones, "20")
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    uid = sorting.list_entries(db, "L2")[-1]["uid"]
    assert status(window) == f"Entry {uid}: 12.450 ct, 20 stones into S5-SAW-Q1-W (lot L2)."
    page.f_loss.setText("0.100")
    page.loss_button.click()
    loss = sorting.list_entries(db, "L2")[-1]["uid"]
    assert status(window) == f"Entry {loss}: 0.100 ct lost to cleaning (lot L2)."
    window.go(3)
    parcels.create_parcel(db, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    window.parcels.open_parcel("P2")
    window.parcels.f_category.setText("G1-SAW-Q1-W")
    window.parcels.f_carats.setText("39.9")  # the whole balance: its stones go with it
    window.parcels.add_button.click()
    assert status(window) == (
        "Packed 39.900 ct of G1-SAW-Q1-W into parcel P2; it holds 39.900 ct, 50 stones."
    )
    window.go(0)
    recv = window.receiving
    recv.f_number.setText("L9")
    recv.f_weighed.setText("5")
    recv.f_stones.setText("40")
    recv.f_mine.setText("Orapa")
    recv.receive()
    assert status(window) == "Received lot L9: 5.000 ct, 40 stones weighed in, origin BW (Orapa)."


# -- receiving at the scanner's pace ------------------------------------------------------------


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_enter_skips_what_a_domestic_lot_does_not_need(qtbot, make_window, db):
    window = make_window("olu")
    page = window.receiving
    assert page.f_origin.currentText() == "BW"  # the site's own country: a domestic lot
    page.f_number.setFocus()
    qtbot.keyClicks(page.f_number, "L1")
    enter(qtbot, page.f_number)
    for edit, text in (
        (page.f_weighed, "10"),
        (page.f_stones, "50"),
        (page.f_declared, ""),
        (page.f_origin.lineEdit(), ""),
        (page.f_mine, "Jwaneng"),
        (page.f_supplier, ""),
    ):
        assert edit.hasFocus()
        qtbot.keyClicks(edit, text)
        enter(qtbot, edit)
    assert page.f_seals.hasFocus()
    assert page.f_kp.placeholderText() == "not for a domestic lot"
    enter(qtbot, page.f_seals)  # no KP certificate, no declared value: received
    assert lots.get_lot(db, "L1").weighed_mct == 10_000
    assert page.f_number.hasFocus()
    # An import: Enter goes on to where it was shipped from (its origin, until set), the KP
    # certificate and the declared value.
    page.f_origin.setCurrentText("ZA")
    page.f_seals.setFocus()
    enter(qtbot, page.f_seals)
    assert page.f_from.hasFocus()
    assert page.f_from.currentText() == "ZA"
    enter(qtbot, page.f_from)
    assert page.f_kp.hasFocus()
    assert page.f_kp.placeholderText() == "imports only"
    enter(qtbot, page.f_kp)
    assert page.f_value.hasFocus()


def test_a_lot_from_abroad_is_received_under_its_certificate_or_as_bought_here(
    qtbot, make_window, db
):
    """A lot of foreign origin shipped in needs its KP certificate (the KP statistics count
    it by it); one bought in the country is said so by its shipped-from country."""
    window = make_window("olu")
    page = window.receiving
    page.f_number.setText("L1")
    page.f_weighed.setText("10")
    page.f_origin.setCurrentText("ZA")
    page.f_supplier.setText("Kimberley Traders")
    assert page.f_from.currentText() == "ZA"  # (it follows the origin)
    page.f_from.setCurrentText("")  # emptied: the origin's, not "bought in the country"
    for _try in range(2):
        page.f_value.setFocus()
        page.receive()
        assert "shipped from South Africa (ZA) crosses the border under a KP certificate" in (
            status(window)
        )
        assert lots.list_lots(db, window.ctx.actor) == []
        assert page.f_kp.hasFocus()  # (where the refusal is about)
        page.f_from.setCurrentText("ZA")
    page.f_mine.setText("Venetia")
    page.f_from.setCurrentText("BW")  # bought in the country
    page.f_origin.setCurrentText("NA")  # (set by hand: it no longer follows)
    assert page.f_from.currentText() == "BW"
    assert page.f_mine.text() == ""  # (another origin's mine is not this lot's)
    assert page.f_kp.placeholderText() == "not for a domestic lot"
    page.receive()
    bought = lots.get_lot(db, "L1")
    assert (bought.from_country, bought.kp_cert_in) == ("", "")
    # The next lot's own: following its origin again, a certificate asked.
    assert page.f_from.currentText() == "NA"
    assert page.f_kp.placeholderText() == "imports only"
    page.f_number.setText("L2")
    page.f_weighed.setText("12")
    page.f_from.setCurrentText("NA")
    page.f_kp.setText("NA-2026-77")
    page.f_value.setText("5000")
    page.receive()
    imported = lots.get_lot(db, "L2")
    assert (imported.from_country, imported.kp_cert_in) == ("NA", "NA-2026-77")
    # Bought in the country, a certificate typed: refused, not taken as the origin's import.
    page.f_number.setText("L3")
    page.f_weighed.setText("5")
    page.f_origin.setCurrentText("ZA")
    page.f_supplier.setText("Gaborone Dealers")
    page.f_from.setCurrentText("BW")
    page.f_kp.setText("ZA-1")
    page.f_value.setFocus()
    page.receive()
    assert "goods shipped from within BW cross no border" in status(window)
    assert page.f_kp.hasFocus()
    assert [lot.number for lot in lots.list_lots(db, window.ctx.actor)] == ["L2", "L1"]
    page.f_mine.setFocus()
    qtbot.keyClick(page.f_mine, Qt.Key.Key_Escape)
    qtbot.keyClick(page.f_mine, Qt.Key.Key_Escape)
    assert (page.f_origin.currentText(), page.f_from.currentText()) == ("BW", "BW")
    page.f_origin.setCurrentText("ZA")  # following again after the form was cleared
    assert page.f_from.currentText() == "ZA"


def test_the_kp_statistics_name_a_lot_shipped_in_without_a_certificate(
    make_window, db, who, monkeypatch
):
    monkeypatch.setattr(lots, "_check_import", lambda *_args, **_kw: None)  # (as releases before)
    lots.receive_lot(
        db, who.olu, number="OLD-1", origins=[("ZA", "")], supplier="S", weighed_mct=10_000,
        from_country="ZA", declared_value_cents=50_000,
    )  # fmt: skip
    page = make_window("olu").reports
    page.kp_from.setDate(page.kp_from.date().addYears(-1))
    page.run_kp()
    assert page.kp_model.rowCount() == 0
    assert page.kp_totals.text().endswith(
        "\nNot counted as imports: OLD-1 (shipped in from abroad with no incoming KP "
        "certificate recorded)."
    )


def test_a_lot_number_taken_is_refused_as_it_is_scanned(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    page = window.receiving
    page.f_number.setFocus()
    qtbot.keyClicks(page.f_number, "l1")
    enter(qtbot, page.f_number)
    assert page.f_number.hasFocus()  # the cursor stays for the next scan
    assert "Lot l1 already exists" in page.number_note.text()
    assert page.f_number.selectedText() == "l1"
    qtbot.keyClick(page.f_number, Qt.Key.Key_Tab)  # leaving it: back to it
    qtbot.waitUntil(page.f_number.hasFocus)
    qtbot.keyClicks(page.f_number, "L2")  # (replaces the selection)
    assert page.number_note.text() == ""
    enter(qtbot, page.f_number)
    assert page.f_weighed.hasFocus()
    page.f_number.clear()  # left empty: Tab goes on
    page.f_number.setFocus()
    qtbot.keyClick(page.f_number, Qt.Key.Key_Tab)
    QApplication.processEvents()  # (the cursor is sent back, if at all, by a zero timer)
    assert not page.f_number.hasFocus()


def test_escape_clears_the_receiving_form_and_says_so(qtbot, make_window, db):
    window = make_window("olu")
    page = window.receiving
    page.f_number.setText("L1")
    page.f_weighed.setText("10")
    page.f_mine.setText("Jwaneng")
    page.f_origin.setCurrentText("ZA")
    page.f_mine.setFocus()
    qtbot.keyClick(page.f_mine, Qt.Key.Key_Escape)
    assert (page.f_number.text(), page.f_weighed.text(), page.f_mine.text()) == ("", "", "")
    assert page.f_origin.currentText() == "BW"
    assert page.f_number.hasFocus()
    assert status(window) == "Receiving form cleared; nothing was received."
    assert lots.list_lots(db, window.ctx.actor) == []


def test_a_lot_received_beyond_tolerance_says_so_after_what_was_received(make_window, db):
    """The warning that a supervisor must acknowledge the difference is read after what was
    received: it was said by the action and said over at once by the lot's summary."""
    window = make_window("olu")
    page = window.receiving
    page.f_number.setText("L7")
    page.f_weighed.setText("95")
    page.f_declared.setText("100")
    page.f_mine.setText("Jwaneng")
    page.receive()
    assert lots.get_lot(db, "L7").weight_flag
    assert status(window).startswith("Received lot L7: 95.000 ct weighed in")
    assert status(window).endswith(
        "Lot L7: weighed 95.000 ct differs from declared 100.000 ct beyond tolerance; "
        "a supervisor must acknowledge it."
    )


def test_weighing_and_acknowledging_are_refused_before_their_dialog_opens(
    make_window, db, who, monkeypatch
):
    """Weigh lot... on a lot weighed already, Weigh again... on one being sorted, Acknowledge...
    on one within tolerance: refused as the button is used, not after a weight or a reason was
    typed into a dialog for nothing."""
    make_lot(db, who.olu, "L1")  # weighed, within tolerance
    make_lot(db, who.olu, "L2")
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 10_000, 10)
    window = make_window("sam")
    page = window.receiving
    asked: list[str] = []
    monkeypatch.setattr(receiving.WeighDialog, "ask", classmethod(lambda *a, **k: asked.append(1)))
    monkeypatch.setattr(receiving.TextDialog, "ask", classmethod(lambda *a, **k: asked.append(2)))
    shown: list[str] = []
    monkeypatch.setattr("sortapp.ui.errors.message", lambda p, t, text, **k: shown.append(text))
    page.show_item("L1")
    page._weigh()
    page._acknowledge()
    page.show_item("L2")
    page._reweigh()
    assert asked == []
    assert shown[:2] == [
        "Lot L1 is already weighed (100.000 ct)",
        "Lot L1 has no weight difference to acknowledge",
    ]
    assert shown[2].startswith("Lot L2 is sorting: only a weighed lot not yet sorted")
    page.show_item("L1")
    page._reweigh()  # (a lot it may be asked of: the dialog opens)
    assert asked == [1]


def test_a_new_lots_number_typed_as_the_window_opens_goes_into_its_field(
    qtbot, make_window, monkeypatch
):
    """Signed in, the operator types the new lot's number at once, and again after the lock:
    it goes into the lot number on Receiving (the cursor was on the navigation, and the
    number typed went to the scan box: "'L-NEW-1' is no lot ...")."""
    window = make_window("olu")
    page = window.receiving
    assert window.current_page() is page
    scanner(qtbot, "L-NEW-1")
    assert page.f_number.text() == "L-NEW-1" and window.scan_box.edit.text() == ""
    window.lock("Locked.")
    ask = classmethod(lambda cls, *a: ("olu", PASSWORD))
    monkeypatch.setattr(mainwindow.LoginDialog, "ask", ask)
    assert window.sign_in()
    assert page.f_number.hasFocus() and page.f_number.selectedText() == "L-NEW-1"


def test_enter_on_the_origin_reached_by_tab_or_enter_keeps_it(qtbot, make_window, db):
    """A trial: Tab into the Origin box (its text selected, as Tab leaves it), Enter: the lot's
    origin became AE, the list's first country (Qt's completion kept the prefix the list was
    filled under). The choice is kept; a code typed is completed in place as before."""
    window = make_window("olu")
    page = window.receiving
    edit = page.f_origin.lineEdit()
    assert page.f_origin.currentText() == "BW"
    page.f_declared.setFocus()
    qtbot.keyClick(page.f_declared, Qt.Key.Key_Tab)
    assert edit.hasFocus() and edit.selectedText() == "BW"
    enter(qtbot, QApplication.focusWidget())
    assert page.f_origin.currentText() == "BW" and page.f_mine.hasFocus()
    page.f_declared.setFocus()
    enter(qtbot, page.f_declared)  # (Enter's move selects it too)
    assert edit.hasFocus() and edit.selectedText() == "BW"
    enter(qtbot, QApplication.focusWidget())
    assert page.f_origin.currentText() == "BW" and page.f_mine.hasFocus()
    page.f_declared.setFocus()
    qtbot.keyClick(page.f_declared, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Z")  # (completed in place, as before)
    assert edit.text() == "ZA"
    enter(qtbot, QApplication.focusWidget())
    assert page.f_origin.currentText() == "ZA" and page.f_mine.hasFocus()


def test_every_choice_typed_into_keeps_its_choice_on_enter(qtbot, make_window):
    """The same guard on a party's country (a new importer) and Origin; and on a choice set by
    the program after its list was filled, Enter on its selected text keeps it."""
    from PySide6.QtWidgets import QComboBox  # noqa: PLC0415

    from sortapp.ui import dialogs  # noqa: PLC0415
    from sortapp.ui.choice import KeepsChoice, typed_choice  # noqa: PLC0415
    from sortapp.ui.parties import ImportersDialog  # noqa: PLC0415

    window = make_window("sam")
    register = ImportersDialog(window, window.ctx)
    qtbot.addWidget(register)
    form = dialogs.PartyDialog.build(register, register.countries, None)
    qtbot.addWidget(form)
    combos = [c for c in form.findChildren(QComboBox) if c.isEditable()]
    combos += [c for c in window.findChildren(QComboBox) if c.isEditable()]
    assert len(combos) >= 2
    assert all(c.findChild(KeepsChoice) is not None for c in combos)
    choice = typed_choice(QComboBox())
    qtbot.addWidget(choice)
    # (A party's country kept out of the list, after it: the first item beginning with its
    # text, Cambodia, is not it.)
    choice.addItems(["Angola (AO)", "Botswana (BW)", "Cambodia (KH)", "Zambia (ZM)", "CA"])
    choice.show()
    for kept in ("Botswana (BW)", "CA"):
        choice.setCurrentText(kept)
        choice.setFocus(Qt.FocusReason.TabFocusReason)
        choice.lineEdit().selectAll()
        enter(qtbot, choice)
        assert choice.currentText() == kept


def test_escape_after_a_refused_figure_goes_back_to_it_and_keeps_the_form(qtbot, make_window, db):
    """A supervisor's day (2026-12-07): 48,500.00 in Value USD was refused beside it, and Esc
    emptied all ten fields. The first Esc after a refusal goes back to what was refused, the
    form kept; the next empties it, as with nothing refused."""
    window = make_window("olu")
    window.go(0)
    page = window.receiving
    page.f_number.setText("IMP-1")
    page.f_weighed.setText("512.34")
    page.f_origin.setCurrentText("AO")
    page.f_mine.setText("Catoca")
    page.f_value.setText("48,500.00")
    page.f_value.setFocus()
    enter(qtbot, page.f_value)
    assert page.f_value.refused
    page.f_mine.setFocus()
    qtbot.keyClick(page.f_mine, Qt.Key.Key_Escape)
    assert (page.f_number.text(), page.f_weighed.text(), page.f_mine.text()) == (
        "IMP-1",
        "512.34",
        "Catoca",
    )
    assert page.f_value.hasFocus() and page.f_value.selectedText() == "48,500.00"
    assert status(window) == "Correct the entry, then Enter."
    qtbot.keyClick(page.f_value, Qt.Key.Key_Escape)  # Esc again: the form emptied (a review)
    assert (page.f_number.text(), page.f_value.text()) == ("", "")
    assert status(window) == "Receiving form cleared; nothing was received."
    # Corrected, then Esc: nothing refused, the form emptied at once.
    page.f_number.setText("IMP-2")
    page.f_value.setText("48,500.00")
    page.f_value.setFocus()
    enter(qtbot, page.f_value)
    qtbot.keyClick(page.f_value, Qt.Key.Key_Escape)
    assert page.f_number.text() == "IMP-2"
    qtbot.keyClicks(page.f_value, "48500")  # (typed over)
    assert not page.f_value.refused
    qtbot.keyClick(page.f_value, Qt.Key.Key_Escape)
    assert (page.f_number.text(), page.f_value.text()) == ("", "")
    assert lots.list_lots(db, window.ctx.actor) == []


def test_a_lot_that_arrived_earlier_is_received_on_the_day_it_arrived(qtbot, make_window, db, who):
    """A night's delivery keyed in the morning: the form's Received field (blank: now) takes
    when it arrived, in the site's time; the KP statistics count an import on that day."""
    from sortapp.services import site  # noqa: PLC0415

    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    window = make_window("olu")
    page = window.receiving
    assert page.f_received.placeholderText() == "now"
    page.f_number.setText("L8")
    page.f_weighed.setText("10")
    page.f_mine.setText("Jwaneng")
    page.f_received.setText("30/11/2026")
    page.receive()
    assert lots.list_lots(db, window.ctx.actor) == []
    assert "'30/11/2026' is not a date (YYYY-MM-DD [HH:MM], site time)" in status(window)
    assert page.f_received.hasFocus() and page.f_received.text() == "30/11/2026"
    page.f_received.setText("2026-11-30 17:45")
    qtbot.keyClick(page.f_received, Qt.Key.Key_Return)  # (the last field: Enter receives)
    assert lots.get_lot(db, "L8").received_at == "2026-11-30T15:45:00.000000Z"
    assert status(window).startswith("Received lot L8: 10.000 ct weighed in")
    assert status(window).endswith("It arrived 2026-11-30 17:45 (site time).")
    # Each lot's own: the next is received now, unless told otherwise.
    assert page.f_received.text() == "" and page.f_number.hasFocus()
    page.f_number.setText("L9")
    page.f_weighed.setText("10")
    page.receive()
    assert "arrived" not in status(window)
    assert lots.get_lot(db, "L9").received_at > "2026-12-01"
