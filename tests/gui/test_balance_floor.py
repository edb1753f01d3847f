"""The balance on screen, round two (issue 16): a loss captured on Sorting, a balance that does
not say its serial number, the daily check's words from the setting, the refusal note cleared,
zero and tare recorded, closing while a read hangs, the workstation's balance kept per user
account, and the capture barcode as a Code 39 scanner sends it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from sortapp.reports.barcode import code128_modules
from sortapp.services import site
from sortapp.services.verify import audit_entries
from sortapp.ui import balance, balanceregister
from sortapp.ui.dialogs import FormDialog
from sortapp.ui.layouts import VerticalScroller
from tests.conftest import make_lot
from tests.gui import test_balance_capture, test_balance_panel
from tests.gui.conftest import status
from tests.gui.fit import available, misfits
from tests.gui.test_balance_capture import connected as sim_connected
from tests.gui.test_balance_capture import latest
from tests.gui.test_balance_capture import sorting as sim_sorting
from tests.gui.test_balance_panel import connected, sorting_panel
from tests.gui.test_screens import fit_to

#: The balance simulated over loopback TCP, and the balance in memory (their fixtures).
sim = test_balance_capture.sim
fake = test_balance_panel.fake


def test_f9_captures_into_the_loss_carats_and_the_loss_is_recorded_as_captured(
    qtbot, make_window, db, who, sim
):
    make_lot(db, who.olu, "L1")
    site.set_setting(db, who.admin, "keyed-weights", "no")
    window = make_window()
    page, panel = sim_sorting(window)
    sim_connected(qtbot, panel)
    assert panel.target.isVisible() and panel.target.text() == "F9 \u2192 Entry carats"
    page.f_loss.setFocus()
    assert panel.target.text() == "F9 \u2192 Loss carats"
    page.f_loss_type.setFocus()  # the loss carats had the cursor last: still theirs
    assert panel.target.text() == "F9 \u2192 Loss carats"
    qtbot.keyClick(page.f_loss_type, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: page.f_loss.text() == "12.345", timeout=5000)
    assert page.f_carats.text() == ""
    assert panel.source() is not panel.source(page.f_loss)  # the entry's stays keyed
    page.add_loss()
    assert "Not" not in status(window)
    details = latest(db, "L1")
    assert details["weight_source"] == "balance"
    assert (details["balance"], details["reading"]) == ("B1", "12.345 ct")
    assert page.f_loss.text() == ""
    assert panel.target.text() == "F9 \u2192 Entry carats"  # the next capture, the next entry's


def test_a_balance_that_does_not_say_its_serial_connects_and_blocks_capture(
    qtbot, make_window, fake
):
    fake.set(anonymous=True)
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    assert panel.value.text() == "1.234 ct"  # its live reading
    assert "serial (none)" not in panel.blocked.text()
    assert "did not report its serial number" in panel.blocked.text()
    assert panel.badge.text() == "Capture blocked"
    assert "no serial number" in panel.device.text()
    panel.capture()
    assert "did not report its serial number: capture is blocked" in panel.note.text()
    assert page.f_carats.text() == ""
    assert fake.opened == 1  # connected once, not retrying


@pytest.mark.parametrize(("daily", "blocks"), [("no", False), ("yes", True)])
def test_the_daily_check_says_whether_a_failed_check_blocks_capture(
    qtbot, make_window, db, who, fake, daily, blocks
):
    site.set_setting(db, who.admin, "balance-daily-check", daily)
    window = make_window("sam")
    dialog: FormDialog = balanceregister.CheckDialog.build(window, window.ctx, "B1")
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert ("a failed check blocks capture" in words) is blocks
    assert ("does not block capture" in words) is not blocks


def test_the_not_captured_note_goes_once_the_reading_may_be_captured(qtbot, make_window, fake):
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    fake.set(stable=False)
    qtbot.waitUntil(lambda: panel.mark.text() == balance.MOVING_MARK)
    panel.capture()
    qtbot.waitUntil(panel.note.isVisible)
    assert "not stable" in panel.note.text() or "stable" in panel.note.text()
    fake.set(stable=True)
    qtbot.waitUntil(lambda: not panel.note.isVisible())
    assert page.f_carats.text() == ""  # cleared, nothing captured


def test_the_not_captured_note_goes_on_a_capture(qtbot, make_window, fake):
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    panel.refuse("a cause that readings do not clear")
    qtbot.waitUntil(lambda: panel._link.last is not None)
    assert panel.note.isVisible()
    panel.capture()
    qtbot.waitUntil(lambda: page.f_carats.text() == "1.234")
    assert not panel.note.isVisible()


def test_zero_and_tare_are_recorded_in_the_audit_log(qtbot, make_window, db, fake):
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    panel.zero_button.click()
    qtbot.waitUntil(lambda: "Balance B1 zeroed." in status(window))
    panel.tare_button.click()
    qtbot.waitUntil(lambda: "Balance B1 tared." in status(window))
    (zero,) = audit_entries(db, action="balance.zero", obj="B1")
    (tare,) = audit_entries(db, action="balance.tare", obj="B1")
    assert zero.user == tare.user == window.ctx.actor.name
    assert json.loads(zero.details)["serial_no"] == "B123456789"


def test_closing_while_a_read_hangs_cancels_it(qtbot, make_window, fake, monkeypatch):
    monkeypatch.setattr(balance, "STOP_WAIT_MS", 3000)
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    link = balance.running_link(window.ctx)
    fake.set(hang=True)
    assert fake.hanging.wait(5)
    window.close()
    assert not link.running  # ended by the cancel, not by waiting out the read
    assert fake.closed >= 1
    QApplication.processEvents()


def test_the_station_dialog_says_it_keeps_the_balance_per_user_account(qtbot, make_window):
    window = make_window("sam")
    dialog = balance.StationDialog.build(window, window.ctx)
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Kept on this workstation" not in words
    assert "user account" in words


@pytest.mark.parametrize("scanned", ["CAPTURE", "*CAPTURE*"])
def test_the_capture_barcode_with_or_without_its_asterisks(qtbot, make_window, fake, scanned):
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5")
    qtbot.keyClicks(page.f_category, scanned)
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)  # the scanner's Enter: dropped
    qtbot.waitUntil(lambda: page.f_carats.text() == "1.234")
    assert page.f_category.text() == "S5"
    assert page.f_category.message.text() == ""


def test_the_capture_barcode_from_a_scanner_pressing_shift_for_its_asterisks(
    qtbot, make_window, fake
):
    # A scanner on a US layout sends Shift before '*' and each capital: the Shift alone took
    # the place of the stop asterisk, which then went into the field, with the Enter after it
    # (an end-to-end day at the app, 2026-12-07: "stones: '*' is not a whole number").
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5")
    for char in "*CAPTURE*":
        qtbot.keyPress(page.f_category, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(page.f_category, char, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)  # the scanner's Enter: dropped
    qtbot.waitUntil(lambda: page.f_carats.text() == "1.234")
    assert page.f_category.text() == "S5"
    assert page.f_category.message.text() == ""


@pytest.mark.parametrize("state", ["", "not captured", "no serial"])
@pytest.mark.parametrize("screen", ["1366x768@150", "1280x720@100"])
def test_sorting_with_a_balance_fits_the_smallest_screens(
    qtbot, make_window, sealed, fake, screen, state
):
    """With the balance's panel (connected, two carat fields to fill: the line saying which)
    Sorting fits 1366x768 at 150 % (and 1280x720) without scrolling, every control in view;
    also while it says why nothing was captured, or that the balance gave no serial number
    (each sentence on a line it shares, in full in its tool tip)."""
    width, height = available(screen)
    fake.set(anonymous=state == "no serial")
    window = make_window("admin")
    window.sorting.open_lot("L1")
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    fit_to(window, width, height)
    if state:
        panel.capture()  # L1 is sorted and closed; or the balance said no serial number
        assert panel.note.isVisible() and panel.note.toolTip() == panel.note.text()
    if state == "no serial":
        assert panel.blocked.isVisible() and "serial number" in panel.blocked.toolTip()
    for _ in range(5):
        QApplication.processEvents()
    scroller = window.findChild(VerticalScroller)
    assert scroller.verticalScrollBar().maximum() == 0
    assert misfits(window, QSize(width, height)) == []


def test_the_balances_tab_shows_the_capture_barcode_to_stick_by_the_balance(
    qtbot, make_window, fake
):
    window = make_window("admin")
    window.go(6)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.balances_tab)
    tab = page.balances_tab
    tab.refresh()
    assert "user account" in tab.station_note.text()
    assert "*CAPTURE*" in tab.station_note.text()
    shown = tab.capture_barcode.pixmap()
    assert tab.capture_barcode.isVisible() and not shown.isNull()
    assert shown.width() == len(code128_modules("*CAPTURE*")) * 2  # two pixels a module
    assert "*CAPTURE*" in tab.capture_barcode.toolTip()


def test_no_balance_says_so_in_full_beside_set_up(qtbot, make_window):
    window = make_window("sam")
    _page, panel = sorting_panel(window)
    fit_to(window, *available("1366x768@150"))
    status_line = panel.status
    wanted = status_line.fontMetrics().horizontalAdvance(status_line.text())
    assert status_line.width() >= wanted


def test_closing_while_a_silent_balance_is_read_cancels_the_read(
    qtbot, make_window, db, who, sim, monkeypatch
):
    """Against the simulator gone silent, each read waiting a minute for its answer: closing
    the window cancels the read under way (``Balance.cancel``) and the thread has ended when
    the close returns, instead of the close waiting for the read's timeout."""
    opener_for = balance.opener_for

    def patient(record):
        opens = opener_for(record)

        def opened():
            found = opens()
            found.timeout = 60.0
            return found

        return opened

    monkeypatch.setattr(balance, "opener_for", patient)
    make_lot(db, who.olu, "L1")
    window = make_window()
    _page, panel = sim_sorting(window)
    sim_connected(qtbot, panel)
    link = balance.running_link(window.ctx)
    asked = len(sim.received)
    sim.set(fault="silent")
    assert sim.wait_received(asked + 1)  # a read asked, its answer never coming
    window.close()
    assert not link.running
    QApplication.processEvents()
