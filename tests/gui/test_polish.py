"""What a QA pass at 1366x768 / 150 % found: the flow of forms, dialogs that say what they ask
about, windows that fit, sentences for every action (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from sortapp.services import parcels
from tests.conftest import make_sorted_lot


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _draft_parcel_page(qtbot, make_window, db, who, size=(911, 480)):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.sam, "P1", importer="Antwerp NV", destination="BE")
    window = make_window("sam")
    window.resize(*size)
    window.go(3)
    page = window.parcels
    page.open_parcel("P1")
    return window, page


def _sorting_page(make_window, user: str, lot: str):
    window = make_window(user)
    window.go(1)
    page = window.sorting
    page.open_lot(lot)
    return window, page


def test_enter_walks_category_lot_carats_stones_in_add_from_stock(qtbot, make_window, db, who):
    _window, page = _draft_parcel_page(qtbot, make_window, db, who)
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5-SAW-Q1-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    assert page.f_lot.hasFocus()
    qtbot.keyClicks(page.f_lot, "L1")
    qtbot.keyClick(page.f_lot, Qt.Key.Key_Return)
    assert page.f_carats.hasFocus()
    assert page.f_lot.text() == "L1" and page.f_carats.text() == ""
    qtbot.keyClicks(page.f_carats, "10")
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Return)
    assert page.f_stones.hasFocus()
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.lines.rowCount() == 1)
    # A blank lot moves on too (oldest first).
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "G1-SAW-Q1-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    qtbot.keyClick(page.f_lot, Qt.Key.Key_Return)
    assert page.f_carats.hasFocus()


def test_the_stock_line_never_covers_the_add_button(qtbot, make_window, db, who):
    window, page = _draft_parcel_page(qtbot, make_window, db, who, (911, 480))
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5-SAW-Q1-W")
    page.f_carats.setFocus()
    qtbot.keyClicks(page.f_carats, "QA-2612-001")
    page.f_stones.setFocus()  # the carats are refused beside the field
    assert page.f_carats.message.isVisible()
    assert page.available.text()

    def apart() -> bool:
        button = _global_rect(page.add_button)
        return not any(
            button.intersects(_global_rect(w))
            for w in (page.available, page.f_carats.message, page.f_carats, page.f_stones)
        )

    for width in (911, 1000, 1180, 1366, 911):
        window.resize(width, 480)
        qtbot.waitUntil(apart)
        window.grab().save(f"/tmp/polish-add-{width}.png")


def _within_and_centred(dialog, window) -> None:
    free = window.screen().availableGeometry()
    assert dialog.width() <= free.width() * 0.8 and dialog.height() <= free.height() * 0.8
    assert free.contains(dialog.frameGeometry())
    centre, on = dialog.frameGeometry().center(), window.frameGeometry().center()
    assert abs(centre.x() - on.x()) <= 2 and abs(centre.y() - on.y()) <= 2


def test_history_and_shortcuts_open_on_the_window_within_the_screen(qtbot, make_window, db, who):
    from sortapp.services import history  # noqa: PLC0415
    from sortapp.ui.help import ShortcutsDialog, shortcut_rows  # noqa: PLC0415
    from sortapp.ui.history import HistoryDialog  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    window = make_window("olu")
    free = window.screen().availableGeometry()
    window.setGeometry(free.left() + 40, free.top() + 60, free.width() // 2, free.height() // 2)
    dialog = HistoryDialog(window, "History of lot L1", history.history(db, "lot", "L1"))
    qtbot.addWidget(dialog)
    dialog.show()
    _within_and_centred(dialog, window)
    # The sentences are the main view, the details as recorded a smaller pane below.
    table, details = dialog.split.sizes()
    assert table >= 2 * details > 0
    assert dialog.details.font().pointSizeF() < dialog.table.font().pointSizeF()
    assert dialog.details.toPlainText().startswith("olu closed the sorting of lot L1")
    keys = ShortcutsDialog(window, shortcut_rows(window))
    qtbot.addWidget(keys)
    keys.show()
    _within_and_centred(keys, window)


def test_after_close_sorting_the_page_says_closed_and_import_is_off(
    qtbot, make_window, db, who, monkeypatch
):
    from sortapp.services import lots, sorting  # noqa: PLC0415
    from sortapp.ui import dialogs  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 100_000, None)
    _window, page = _sorting_page(make_window, "sam", "L1")
    assert page.r_state.text() == "Within tolerance: ready to close"
    assert page.import_button.isEnabled()
    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(lambda c, *a: True))
    page.close_sorting()
    assert lots.get_lot(db, "L1").status == "sorted"
    assert "ready to close" not in page.r_state.text()
    assert page.r_state.text() == "Lot L1 is sorted and closed"
    assert not page.import_button.isEnabled() and not page.close_button.isEnabled()
    qtbot.waitUntil(
        lambda: page.r_state.height() >= page.r_state.heightForWidth(page.r_state.width())
    )


def test_the_close_summary_and_stone_difference_say_what_is_true(qtbot, make_window, db, who):
    from sortapp.services import sorting  # noqa: PLC0415
    from sortapp.ui.pages.sorting import close_summary  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1", stones=900)
    for category, mct, stones in (
        ("S5-SAW-Q1-W", 40_000, 800),
        ("S5-SAW-Q2-W", 40_000, 50),
        ("G1-SAW-Q1-W", 20_000, None),
    ):
        sorting.add_entry(db, who.olu, "L1", category, mct, stones)
    summary = close_summary(sorting.reconciliation(db, "L1"))
    assert "))" not in summary
    assert "Sorted 100.000 ct in 3 entries: 850 stones (2 of 3 entries counted)" in summary
    # A loss, and an entry made by mistake and reversed, are not among the entries sorted into
    # (they were: "Sorted 100.000 ct in 6 entries: 850 stones (2 of 3 entries counted)").
    make_lot(db, who.olu, "L3", stones=900)
    wrong = sorting.add_entry(db, who.olu, "L3", "S5-SAW-Q1-W", 5_000, 10)
    sorting.correct_entry(db, who.olu, "L3", wrong.uid, "typed twice")
    for category, mct, stones in (
        ("S5-SAW-Q1-W", 40_000, 800),
        ("S5-SAW-Q2-W", 40_000, 50),
        ("G1-SAW-Q1-W", 19_900, None),
    ):
        sorting.add_entry(db, who.olu, "L3", category, mct, stones)
    sorting.add_loss(db, who.olu, "L3", "cleaning", 100)
    summary = close_summary(sorting.reconciliation(db, "L3"))
    assert "Sorted 99.900 ct in 3 entries: 850 stones (2 of 3 entries counted)" in summary
    make_lot(db, who.olu, "L2", stones=None)  # stones not counted in
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 100_000, 400)
    _window, page = _sorting_page(make_window, "sam", "L1")
    assert page.r_stone_difference.text() == "not all counted out"
    page.open_lot("L2")
    assert page.r_stone_difference.text() == "not counted in"


def test_the_packing_message_says_how_many_lines_were_counted(qtbot, make_window, db, who):
    from tests.gui.conftest import status  # noqa: PLC0415

    window, page = _draft_parcel_page(qtbot, make_window, db, who)
    for category, carats, stones in (("S5-SAW-Q1-W", "50", ""), ("G1-SAW-Q1-W", "30", "40")):
        page.f_category.setText(category)
        page.f_carats.setText(carats)
        page.f_stones.setText(stones)
        page.add_goods()
    assert status(window).endswith("it holds 80.000 ct, 40 stones (1 of 2 lines counted).")


def test_one_enter_on_a_prefix_opens_the_choice_for_the_arrow_keys(qtbot, make_window, db, who):
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    _window, page = _sorting_page(make_window, "olu", "L1")
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5-SAW")
    popup = page.f_category.completer().popup()
    assert popup.isVisible()  # the completions as typed, none chosen: Enter asks for the choice
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the popup has the keys while it is open
    qtbot.waitUntil(popup.isVisible)
    assert "matches" in page.f_category.message.text()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert page.f_category.code().startswith("S5-SAW-") and page.f_category.code() != "S5-SAW"
    assert QApplication.focusWidget() in (page.f_category, page.f_carats)


def test_escape_and_locking_clear_the_scan_boxs_last_error(qtbot, make_window, monkeypatch):
    window = make_window("olu")
    box = window.scan_box
    box.take_focus()
    qtbot.keyClicks(box.edit, "S-1, S-2")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert "is no lot" in box.note.text()
    qtbot.keyClick(box.edit, Qt.Key.Key_Escape)
    assert box.edit.text() == "" and box.note.text() == ""
    qtbot.keyClicks(box.edit, "S-1, S-2")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert box.note.text()
    window.lock("Locked.")
    assert box.edit.text() == "" and box.note.text() == ""


def _notes(dialog) -> str:
    from PySide6.QtWidgets import QLabel  # noqa: PLC0415

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_dialogs_say_what_they_ask_about(qtbot, make_window, db, who, monkeypatch):
    from sortapp.services import sorting  # noqa: PLC0415
    from sortapp.ui.pages import receiving  # noqa: PLC0415
    from sortapp.ui.pages import sorting as sorting_page  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=101_300, declared_stones=1234)
    make_lot(db, who.olu, "L2", declared_mct=101_300, weighed_mct=100_000, stones=None)
    window = make_window("sam")
    page = window.receiving
    weigh = receiving.WeighDialog.build(page, "L1")
    qtbot.addWidget(weigh)
    assert "On the papers: 101.300 ct, 1234 stones" in _notes(weigh)
    assert "Jwaneng" in _notes(weigh)
    weigh.show()
    asked = []
    monkeypatch.setattr(
        receiving.TextDialog, "ask", classmethod(lambda c, *a, **k: asked.append(k) or None)
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.show_item("L2")
    assert page.selected_lot() == "L2"
    page._acknowledge()
    note = asked[-1]["note"]
    assert "declared 101.300 ct, weighed 100.000 ct: a difference of -1.300 ct" in note
    assert "beyond the tolerance of" in note
    from sortapp.ui.dialogs import TextDialog  # noqa: PLC0415

    ack = TextDialog.build(window, "Acknowledge lot L2", "Reason", note=note)
    qtbot.addWidget(ack)
    ack.show()
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 12_450, 30)
    window.go(1)
    sort = window.sorting
    sort.open_lot("L2")
    sort.entries_table.selectRow(0)
    monkeypatch.setattr(
        sorting_page.TextDialog, "ask", classmethod(lambda c, *a, **k: asked.append(k) or None)
    )
    sort.correct_entry()
    note = asked[-1]["note"]
    uid = sorting.list_entries(db, "L2")[0]["uid"]
    assert f"Entry {uid} of lot L2: S5-SAW-Q1-W, 12.450 ct, stones 30, entered by olu" in note


def test_irreversible_steps_default_to_no(qtbot):
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from sortapp.ui.dialogs import SummaryDialog  # noqa: PLC0415

    box = SummaryDialog.build(None, "Close sorting of lot L1", "Close the sorting of lot L1")
    qtbot.addWidget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter is No
    assert box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.No


def test_first_run_shows_the_code_rule_whole_and_asks_for_the_country(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel  # noqa: PLC0415

    from sortapp.services.site import SITE_CODE_RULE  # noqa: PLC0415
    from sortapp.ui.dialogs import FirstRunDialog  # noqa: PLC0415

    dialog = FirstRunDialog.build(None, str(tmp_path / "new.db"))
    qtbot.addWidget(dialog)
    dialog.show()
    rule = dialog.findChild(QLabel, "code_rule")
    assert SITE_CODE_RULE in rule.text() and rule.isVisible()
    qtbot.waitUntil(lambda: rule.height() >= rule.heightForWidth(rule.width()))
    assert rule.width() <= dialog.width()
    country = dialog.fields["country"]
    assert country.currentIndex() == -1 and country.currentText() == ""
    assert country.lineEdit().placeholderText() == "choose the country"
    for key, text in (("code", "KSF"), ("name", "Kasane"), ("password", "x"), ("again", "x")):
        dialog.fields[key].setText(text)
    dialog._on_ok()
    assert dialog.said() == {"country": "Fill in Country."} and dialog.isVisible()


def test_the_next_steps_name_the_price_book_tab(qtbot, make_window):
    window = make_window("admin")
    (settings_page,) = [p for p in window.pages if p.title == "Settings"]
    tabs = settings_page.tabs
    assert "Price book" in [tabs.tabText(i) for i in range(tabs.count())]
    text = window._next_steps().text()
    assert "(Settings, Price book)" in text and "Prices)" not in text


def test_the_entry_a_correction_reverses_is_said_at_the_sites_time(qtbot):
    """The correction dialog named the entry's time as the log's UTC text, to the microsecond:
    it is the site's local time, as every list of the app says it."""
    from sortapp.ui.pages.sorting import correct_note  # noqa: PLC0415

    item = {
        "uid": "DEMO-E7",
        "category": "S5-SAW-Q1-W",
        "loss_type": None,
        "mct": 12_500,
        "stones": 40,
        "user": "olu",
        "at": "2026-12-01T22:30:06.588387Z",
    }
    note = correct_note(item, "L1", comma=True, timezone="Africa/Gaborone")
    assert note.startswith(
        "Entry DEMO-E7 of lot L1: S5-SAW-Q1-W, 12,500 ct, stones 40, entered by olu at "
        "2026-12-02 00:30.\n"
    ), note
    assert "T22:30" not in note


def _sorting_page_of_a_lot(make_window, db, who):
    """The sorting page with lot L1 (100.000 ct, a tolerance of 0.050 ct) open."""
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    return _sorting_page(make_window, "olu", "L1")[1]


def _filled(page, category: str, carats: str, stones: str):
    """``page``'s entry form with those texts in it (none sent)."""
    page.f_category.setText(category)
    page.f_carats.setText(carats)
    page.f_stones.setText(stones)
    return page


def _entry_sent_from_the_stones(qtbot, make_window, db, who, carats, stones):
    """Lot L1 (100.000 ct, a tolerance of 0.050 ct) open on the sorting page, an entry of
    S5-SAW-Q1-W typed, Enter after each field, the last on the stones."""
    page = _sorting_page_of_a_lot(make_window, db, who)
    window = page.window()
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5-SAW-Q1-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    qtbot.keyClicks(page.f_carats, carats)
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Return)
    assert page.f_stones.hasFocus()
    qtbot.keyClicks(page.f_stones, stones)
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    return window, page


def test_after_a_refused_entry_the_cursor_is_back_in_the_field_refused(qtbot, make_window, db, who):
    """Carats the field cannot read, Enter on the stones: the refusal is said, and the cursor is
    in the carats again, their text selected to type over (it stayed in the stones)."""
    page = _filled(_sorting_page_of_a_lot(make_window, db, who), "S5-SAW-Q1-W", "12..5", "40")
    page.f_stones.setFocus()  # (Enter on the carats holds there: test_refusal_hold.py)
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    assert page.entries.rowCount() == 0  # (refused: nothing recorded)
    assert page.f_carats.message.isVisible()
    assert page.f_carats.hasFocus() and page.f_carats.selectedText() == "12..5"
    assert page.f_stones.text() == "40"  # (kept)
    assert page.hold.held  # (what is typed next is not taken until Esc)
    page.f_loss.setText("-1")
    page.add_loss()
    assert page.f_loss.hasFocus() and page.f_loss.selectedText() == "-1"


def test_after_a_refusal_the_fields_enter_reaches_are_typed_over(qtbot, make_window, db, who):
    """A trial on a 1366x768 screen: 0.870 ct into a specials category, refused (the cursor in
    the category, as the refusal asks); Esc, the next category typed, Enter, then the next
    carats and stones: they ran on after the figures kept ("0.8704.120"). Enter's move selects
    the field's text as Tab's does, so what is typed replaces it."""
    page = _sorting_page_of_a_lot(make_window, db, who)
    page.f_category.setFocus()
    for key, text in (("category", "SP-SAW-Q1-W"), ("carats", "0.870"), ("stones", "1")):
        field = getattr(page, f"f_{key}")
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.entries.rowCount() == 0  # (refused: a special is 10.800 ct or more)
    assert page.f_category.hasFocus() and page.f_category.text().startswith("SP-SAW-Q1-W")
    assert page.f_category.selectedText() == page.f_category.text()
    qtbot.keyClick(page.f_category, Qt.Key.Key_Escape)
    assert page.f_category.selectedText() == page.f_category.text()  # (kept, selected)
    for key, text in (("category", "S5-SAW-Q1-W"), ("carats", "4.120"), ("stones", "2")):
        field = getattr(page, f"f_{key}")
        assert field.hasFocus(), key
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.entries.rowCount() == 1
    entry = page.entries.rows()[0]
    assert (entry["what"], entry["mct"], entry["stones"]) == ("S5-SAW-Q1-W", 4_120, 2)


def test_a_refused_packing_sends_the_cursor_back_to_the_figure_refused(qtbot, make_window, db, who):
    """Add from stock, the carats not readable: nothing packed, the cursor held in the carats
    with their text selected (it went on to the stones, and the category scanned next was
    added to the stones; now what is typed meanwhile is not taken, ``RefusalHold``); a refusal
    of the goods (more than the stock holds) sends it to the carats as well."""
    _window, page = _draft_parcel_page(qtbot, make_window, db, who)
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5-SAW-Q1-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    qtbot.keyClick(page.f_lot, Qt.Key.Key_Return)
    qtbot.keyClicks(page.f_carats, "1..5")
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Return)
    assert page.hold.held
    qtbot.keyClicks(page.f_stones, "3")
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    assert page.lines.rowCount() == 0
    assert page.f_carats.hasFocus() and page.f_carats.selectedText() == "1..5"
    assert page.f_stones.text() == ""
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Escape)
    page.f_carats.setText("5000")
    page.f_stones.setFocus()
    page.add_goods()
    assert page.lines.rowCount() == 0 and not page.f_carats.refused and page.hold.held
    assert page.f_carats.hasFocus() and page.f_carats.selectedText() == "5000.000"


def test_a_refused_receipt_sends_the_cursor_back_to_the_figure_refused(qtbot, make_window):
    """A receipt whose declared carats are not readable, sent from the last field: nothing
    received, the cursor in the declared carats with their text selected."""
    window = make_window("olu")
    window.go(0)
    page = window.receiving
    page.f_number.setText("L-REFUSED")
    page.f_weighed.setText("12.500")
    page.f_declared.setText("12,,5")
    page.f_value.setFocus()
    page.receive()
    assert page.f_declared.hasFocus() and page.f_declared.selectedText() == "12,,5"
    assert page.f_number.text() == "L-REFUSED"  # (kept: nothing was received)


def test_a_page_chosen_from_the_keyboard_takes_the_cursor_and_a_lot_scanned_on_sorting_opens_there(
    qtbot, make_window, db, who
):
    """Ctrl+2 left the cursor on the navigation: the lot scanned next went to the scan box,
    which opened it on the receiving page, and the operator lost the sorting screen. The page
    chosen from the keyboard puts the cursor in its entry field; a lot the scan box finds while
    the sorting page is up opens there."""
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    window = make_window("olu")
    window.nav.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.sorting
    assert window.current_page() is page and page.f_lot.hasFocus()
    qtbot.keyClicks(page.f_lot, "L1")
    qtbot.keyClick(page.f_lot, Qt.Key.Key_Return)
    assert page.lot == "L1" and page.f_category.hasFocus()
    # The cursor on a button (a correction made): the next lot scanned opens on sorting too.
    page.add_button.setFocus()
    qtbot.keyClicks(window.scan_box.edit, "L2")
    qtbot.keyClick(window.scan_box.edit, Qt.Key.Key_Return)
    assert window.current_page() is page and page.lot == "L2"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.receiving and window.receiving.f_number.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.f_category.hasFocus()  # (a lot open: its results next)
    # From another page, a scanned lot is shown where it always was: in the lot list.
    window.go(window.pages.index(window.stock))
    qtbot.keyClicks(window.scan_box.edit, "L1")
    qtbot.keyClick(window.scan_box.edit, Qt.Key.Key_Return)
    assert window.current_page() is window.receiving


def test_after_a_correction_the_cursor_is_in_the_category(qtbot, make_window, db, who, monkeypatch):
    """The correction made, the cursor stayed on its button: the category scanned next went to
    the scan box ("... is no lot, parcel ..."), and the carats after it were lost the same way.
    It returns to the category, as the form's heading promises."""
    from sortapp.services import sorting  # noqa: PLC0415
    from sortapp.ui import dialogs  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415
    from tests.gui.test_dialogs import opened  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 12_500, 40)

    def ask(cls, *args, **kwargs):
        dialog = opened(qtbot, cls.build(*args, **kwargs))
        qtbot.keyClicks(dialog.fields["text"], "wrong category")
        qtbot.keyClick(dialog.fields["text"], Qt.Key.Key_Return)
        return dialog.values()["text"] if dialog.result() else None

    monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(ask))
    _window, page = _sorting_page(make_window, "olu", "L1")
    page.entries_table.selectRow(0)
    page.correct_button.setFocus()
    page.correct_entry()
    assert page.entries.rowCount() == 2  # (the entry and its reversal)
    assert page.f_category.hasFocus()


def test_tab_leaves_a_list_and_keeps_its_selection(qtbot, make_window, db, who):
    """Tab and Shift+Tab went from cell to cell inside a list, selecting rows on the way: the
    entry chosen with Ctrl+End changed as the user tabbed toward "Correct selected entry"."""
    from sortapp.services import sorting  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    for mct in (10_000, 20_000, 30_000):
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", mct, 4)
    _window, page = _sorting_page(make_window, "olu", "L1")
    table = page.entries_table
    table.setFocus()
    table.selectRow(2)
    chosen = table.selected_row()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus() and table.selected_row() == chosen
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus() and table.selected_row() == chosen


def test_a_lot_number_not_found_is_selected_for_the_next_scan(qtbot, make_window, db, who):
    """ "lot 'X' does not exist", and the number stayed unselected: the next scan was added to
    it ("SORT-9ZA-KIM-0417"). It is selected, as the receiving form's lot number is."""
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.sorting
    qtbot.keyClicks(page.f_lot, "SORT-9")
    qtbot.keyClick(page.f_lot, Qt.Key.Key_Return)
    assert page.lot is None and page.f_lot.hasFocus()
    assert page.f_lot.selectedText() == "SORT-9"
    qtbot.keyClicks(page.f_lot, "L1")
    qtbot.keyClick(page.f_lot, Qt.Key.Key_Return)
    assert page.lot == "L1"


def test_print_or_add_with_no_parcel_chosen_says_what_to_do(qtbot, make_window):
    """Ctrl+P on the parcels page with no parcel chosen did nothing and said nothing (other
    pages say "Select a lot to print for first."); so did Add."""
    from tests.gui.conftest import status  # noqa: PLC0415

    window = make_window("sam")
    window.go(window.pages.index(window.parcels))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert status(window) == "Select a parcel to print for first."
    window.parcels.add_goods()
    assert status(window) == "Select the draft parcel to pack into first."


def test_the_weigh_dialog_says_the_stones_counted_at_receipt(qtbot, make_window, db, who):
    """Received with 412 stones counted and no declared count, the Weigh dialog said "stones
    not declared", then refused 411 because the lot "was received with 412 stones counted"."""
    from sortapp.ui.pages import receiving  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=845_120, stones=412)
    window = make_window("olu")
    weigh = receiving.WeighDialog.build(window.receiving, "L1")
    qtbot.addWidget(weigh)
    notes = _notes(weigh)
    assert "412 stones counted at receipt: leave Stones blank to keep that count." in notes


def test_a_refusal_in_a_dialog_is_shown_whole(qtbot, make_window, db, who):
    """A figure refused in the Weigh dialog: the dialog kept its height, so the two wrapped
    lines under the field were squeezed over it (at 130 %, one line's start showed)."""
    from sortapp.ui.pages import receiving  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=845_120)
    window = make_window("olu")
    weigh = receiving.WeighDialog.build(window.receiving, "L1")
    qtbot.addWidget(weigh)
    weigh.show()
    qtbot.waitExposed(weigh)
    carats = weigh.fields["carats"]
    carats.setFocus()
    qtbot.keyClicks(carats, "845.1234")
    qtbot.keyClick(carats, Qt.Key.Key_Return)
    message = carats.message
    assert weigh.isVisible() and message.isVisible() and "more than 3 decimals" in message.text()
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    below = weigh.fields["stones"].mapTo(weigh, weigh.fields["stones"].rect().topLeft()).y()
    assert message.mapTo(weigh, message.rect().bottomLeft()).y() < below  # (nothing overlaps)


def test_escape_empties_the_sorting_form_as_it_does_the_receiving_form(qtbot, make_window, db, who):
    page = _filled(_sorting_page_of_a_lot(make_window, db, who), "S5-SAW-Q1-W", "12.5", "40")
    page.f_carats.setFocus()
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Escape)
    assert (page.f_category.text(), page.f_carats.text(), page.f_stones.text()) == ("", "", "")
    assert page.f_category.hasFocus() and page.entries.rowCount() == 0


def test_declining_to_close_a_lots_sorting_is_said(qtbot, make_window, db, who, monkeypatch):
    """No (the default) to the close summary left the status bar empty: was it closed?"""
    from sortapp.services import sorting  # noqa: PLC0415
    from sortapp.ui.pages import sorting as sorting_page  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415
    from tests.gui.conftest import status  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 100_000, 500)
    monkeypatch.setattr(sorting_page.SummaryDialog, "ask", classmethod(lambda c, *a: False))
    window, page = _sorting_page(make_window, "sam", "L1")
    page.close_sorting()
    assert status(window) == "Lot L1 not closed; its sorting goes on."


def test_a_users_name_is_said_as_it_is_written(qtbot, make_window, db, who):
    """The sentence's capital made "olu" "Olu" ("Olu is unlocked; ..."): names are said as
    they are written."""
    import pytest  # noqa: PLC0415

    from sortapp.core.errors import PermissionDenied  # noqa: PLC0415
    from sortapp.services import site  # noqa: PLC0415
    from tests.gui.conftest import status  # noqa: PLC0415

    with pytest.raises(PermissionDenied):
        site.login(db, "olu", "not the password")  # (a failed sign-in to clear)
    window = make_window("admin")
    window.go(window.pages.index(window.settings_page))
    page = window.settings_page
    row = next(i for i, user in enumerate(page.users.rows()) if user["name"] == "olu")
    page.user_table.selectRow(row)
    page.unlock_user()
    assert status(window) == "User olu is unlocked; their failed sign-ins are cleared."
    page.user_table.selectRow(row)
    page.toggle_user()
    assert status(window) == "User olu is now inactive."


def test_a_note_that_begins_with_a_users_name_keeps_it_as_written(qtbot, make_window, db):
    """A service's note after an action ("sam no longer holds the site signing key") was said
    with the name capitalised ("Sam no longer ..."); a note that begins with a word still
    begins with a capital."""
    from sortapp.services import site  # noqa: PLC0415
    from tests.gui.conftest import status  # noqa: PLC0415

    window = make_window("admin")
    window.go(window.pages.index(window.settings_page))
    page, ctx = window.settings_page, window.ctx
    ctx.act(page, lambda: site.set_user(db, ctx.actor, "sam", active=False), "Done")
    assert status(window) == "Done. sam no longer holds the site signing key."
    ctx.act(page, lambda: site.set_user(db, ctx.actor, "olu", role="supervisor"), "Done")
    assert status(window).startswith("Done. olu gets the site signing key when a holder gives")


def test_a_new_time_zone_is_what_every_list_then_says(qtbot, make_window, db):
    """The time zone changed in the settings, the audit log kept its heading's old zone and
    wrote its new rows in the new one (a false hour's jump between two entries a minute apart)
    until the app was started again."""
    from sortapp.services import site  # noqa: PLC0415

    window = make_window("admin")
    window.go(window.pages.index(window.audit))
    model = window.audit.model
    heading = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert heading == "Time (UTC)"
    window.go(window.pages.index(window.settings_page))
    settings_page = window.settings_page
    window.ctx.act(
        settings_page,
        lambda: site.set_setting(db, window.ctx.actor, "timezone", "Europe/Moscow"),
    )
    assert window.settings_page is settings_page  # (the page that changed it stays)
    window.go(window.pages.index(window.audit))
    model = window.audit.model
    heading = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert heading == "Time (Europe/Moscow)"


def test_a_new_time_zone_from_elsewhere_leaves_the_page_being_worked_on(
    qtbot, make_window, db, who
):
    """A change of the site's units made at another workstation (or the command line) threw
    away the page on screen: the lot open and the carats typed were gone. That page is made
    anew only once it is left and shown again."""
    from sortapp.core.changes import Changes  # noqa: PLC0415
    from sortapp.services import site  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    window, page = _sorting_page(make_window, "olu", "L1")
    page.f_carats.setText("12.5")
    site.set_setting(db, who.admin, "timezone", "Europe/Moscow")  # (elsewhere)
    window.ctx.changed.emit(Changes(site=True), None)  # (as the workstation watch says it)
    assert window.sorting is page and page.lot == "L1" and page.f_carats.text() == "12.5"
    window.go(window.pages.index(window.stock))
    window.go(window.pages.index(window.sorting))
    assert window.sorting is not page  # (made anew, in the new zone)


def test_a_scanned_lot_to_weigh_opens_on_receiving_and_typed_figures_stay_with_their_lot(
    qtbot, make_window, db, who
):
    """On the sorting page a scanned lot opens there, but one still to be weighed opens on
    receiving, where Weigh is; and opening another lot empties what was typed for the last
    one (an entry half-typed for it must not go into the new lot)."""
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    make_lot(db, who.olu, "W1", weighed_mct=None, declared_mct=10_000)
    window, page = _sorting_page(make_window, "olu", "L1")
    page.f_category.setText("S5-SAW-Q1-W")
    page.f_carats.setText("12.5")
    page.add_button.setFocus()
    qtbot.keyClicks(window.scan_box.edit, "L2")
    qtbot.keyClick(window.scan_box.edit, Qt.Key.Key_Return)
    assert page.lot == "L2" and (page.f_category.text(), page.f_carats.text()) == ("", "")
    page.add_button.setFocus()
    qtbot.keyClicks(window.scan_box.edit, "W1")
    qtbot.keyClick(window.scan_box.edit, Qt.Key.Key_Return)
    assert window.current_page() is window.receiving and page.lot == "L2"


def test_an_entry_above_the_lot_sends_the_cursor_to_its_carats(qtbot, make_window, db, who):
    """An entry the lot cannot hold (above the carats received and the tolerance), sent by
    Enter on the stones: refused, with what still fits, and the cursor in the carats, their
    text selected to type over (it stayed in the stones, marking nothing)."""
    window, page = _entry_sent_from_the_stones(qtbot, make_window, db, who, "500", "")
    assert page.entries.rowCount() == 0
    assert "at most 100.050 ct more fits" in window.statusBar().currentMessage()
    assert page.f_carats.hasFocus() and page.f_carats.selectedText() == "500.000"


def test_a_packing_told_to_give_the_stones_sends_the_cursor_to_them(qtbot, make_window, db, who):
    """Part of a balance whose stones are counted, packed with no stones, then with a count its
    carats cannot be: refused, told to give them or what a stone would weigh, and the cursor
    in the stones (it went to the carats, and the count typed as told replaced the carats)."""
    _window, page = _draft_parcel_page(qtbot, make_window, db, who)
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "G1-SAW-Q1-W")  # (39.900 ct, 50 stones counted)
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    qtbot.keyClick(page.f_lot, Qt.Key.Key_Return)
    qtbot.keyClicks(page.f_carats, "10")
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Return)
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    assert page.lines.rowCount() == 0
    assert page.f_stones.hasFocus() and page.hold.held
    # A count no grainers (0.66-0.99 ct) could be, or none of the part: refused, the count
    # selected to type over (0 went back to the carats, and the count typed replaced them),
    # once Esc has let the form go (``RefusalHold``).
    for count in ("40", "0"):
        qtbot.keyClick(page.f_stones, Qt.Key.Key_Escape)
        qtbot.keyClicks(page.f_stones, count)
        qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
        assert page.lines.rowCount() == 0
        assert page.f_stones.hasFocus() and page.f_stones.selectedText() == count
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Escape)
    qtbot.keyClicks(page.f_stones, "12")
    qtbot.keyClick(page.f_stones, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.lines.rowCount() == 1)
    line = page.lines.rows()[0]
    assert (line.mct, line.stones_text) == (10_000, "12")


def test_a_category_no_code_matches_is_typed_over_by_the_next_scan(qtbot, make_window, db, who):
    """A code matching no category, Enter: said, and its text selected, so the code scanned
    next, once Esc has let the form go, replaces it (it was added after it:
    'L3-SAW-Q9-W5.5'); a scan before Esc is not taken."""
    from tests.conftest import make_lot  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    _window, page = _sorting_page(make_window, "olu", "L1")
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5-SAW-Q9-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    assert page.f_category.message.text() == "No category matches 'S5-SAW-Q9-W'."
    assert page.f_category.hasFocus() and page.f_category.selectedText() == "S5-SAW-Q9-W"
    qtbot.keyClicks(page.f_category, "5.5")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    assert page.f_category.text() == "S5-SAW-Q9-W" and page.f_category.hasFocus()
    qtbot.keyClick(page.f_category, Qt.Key.Key_Escape)
    assert page.f_category.selectedText() == "S5-SAW-Q9-W"
    qtbot.keyClicks(page.f_category, "S5-SAW-Q1-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)
    assert page.f_category.code() == "S5-SAW-Q1-W" and page.f_carats.hasFocus()


def test_a_specials_refusal_sends_the_cursor_where_it_asks(qtbot, make_window, db, who):
    """A specials category given two stones is told "stones 1": the cursor in the stones, not
    the carats the "1" typed as told would replace; a single stone of 12 ct in a size class
    is told to go in a specials category: the cursor in the category."""
    page = _filled(_sorting_page_of_a_lot(make_window, db, who), "SP-SAW-Q1-W", "25", "2")
    page.f_stones.setFocus()
    page.add_entry()
    assert page.entries.rowCount() == 0
    assert page.f_stones.hasFocus() and page.f_stones.selectedText() == "2"
    _filled(page, "S5-SAW-Q1-W", "12", "1").f_stones.setFocus()
    page.add_entry()
    assert page.entries.rowCount() == 0
    assert page.f_category.hasFocus()


def test_f8_corrects_the_lots_last_standing_entry_without_the_mouse(
    qtbot, make_window, db, who, monkeypatch
):
    """Correcting an entry needed the mouse to select it (a small-screen trial): F8, from the
    form, takes the entry selected, else the lot's last that stands; the reason typed, the
    cursor is back in the category."""
    from sortapp.services import sorting  # noqa: PLC0415
    from sortapp.ui import dialogs  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415
    from tests.gui.test_dialogs import opened  # noqa: PLC0415

    make_lot(db, who.olu, "L1")
    first = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 12_500, 40).uid
    last = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_250, 4).uid
    asked = []

    def ask(cls, *args, **kwargs):
        dialog = opened(qtbot, cls.build(*args, **kwargs))
        asked.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.fields["text"], "typed 12.5 for 1.25")
        qtbot.keyClick(dialog.fields["text"], Qt.Key.Key_Return)
        return dialog.values()["text"] if dialog.result() else None

    monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(ask))
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    qtbot.keyClick(page.f_lot, Qt.Key.Key_F8)  # (no lot open: said so, the cursor in the lot)
    assert window.statusBar().currentMessage() == "Open a lot first: scan or type its number."
    assert page.f_lot.hasFocus() and asked == []
    page.open_lot("L1")
    assert page.entries_table.selected_row() is None  # (a lot opened selects no entry)
    page.f_category.setFocus()
    qtbot.keyClick(page.f_category, Qt.Key.Key_F8)
    assert asked == [f"Correct entry {last}"]
    assert [e["reverses"] for e in sorting.list_entries(db, "L1")] == [None, None, last]
    assert page.f_category.hasFocus()
    # Again: the last that stands is the first entry, not the operator's to reverse now.
    assert page.entries_table.selected_row() is None  # (the list made again after the action)
    qtbot.keyClick(page.f_category, Qt.Key.Key_F8)
    assert len(asked) == 1 and len(sorting.list_entries(db, "L1")) == 3
    assert page.entries_table.selected_row() == 0
    assert first in window.statusBar().currentMessage()
