"""The balance on screen (issue 16), against a balance in memory: the live reading, Capture
into the carats field with its source, refusals, Zero/Tare, a lost balance reconnected while
the screen keeps working, F9 and the capture barcode, and no balance at this workstation."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sortapp.balances.reading import Status
from sortapp.core.weighing import KEYED
from sortapp.services import balances, site
from sortapp.ui import balance
from tests.conftest import make_sorted_lot
from tests.gui.balancefake import FakeBalance
from tests.gui.conftest import status


def register(db, who, code: str = "B1", serial_no: str = "B123456789") -> None:
    """Balance ``code`` in the register, calibrated a month ago and due in ten."""
    balances.register_balance(
        db, who.admin, {"code": code, "serial_no": serial_no, "max_mct": "1100"}
    )
    today = dt.date.today()
    balances.record_calibration(
        db,
        who.admin,
        code,
        calibrated_on=(today - dt.timedelta(days=30)).isoformat(),
        by="Scales Lab",
        certificate="CAL-1",
        next_due=(today + dt.timedelta(days=300)).isoformat(),
    )


def answered_by(monkeypatch, db, who, found: FakeBalance) -> None:
    """Balance B1 in the register, this workstation's, answered by ``found`` (polled fast,
    reconnected at once); the test stops it (``balance.stop_all``)."""
    register(db, who)
    monkeypatch.setattr(balance, "opener_for", lambda record: found.opener)
    monkeypatch.setattr(balance, "POLL_MS", 20)
    monkeypatch.setattr(balance, "BACKOFF_S", (0.05,))
    balance.set_station("B1")


@pytest.fixture
def fake(monkeypatch, db, who) -> Iterator[FakeBalance]:
    """Balance B1 in the register, this workstation's, answered by a FakeBalance."""
    found = FakeBalance()
    answered_by(monkeypatch, db, who, found)
    try:
        yield found
    finally:
        balance.stop_all()


def sorting_panel(window):
    window.go(1)
    page = window.sorting
    return page, page.balance_panel


def connected(qtbot, panel) -> None:
    qtbot.waitUntil(
        lambda: panel.value.text().endswith(" ct") and panel._link.connected, timeout=5000
    )


def test_panel_shows_the_live_reading_and_its_stability(qtbot, make_window, fake):
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    assert panel.value.text() == "1.234 ct"
    assert panel.mark.text() == balance.STABLE_MARK
    assert "B1" in panel.device.text() and "B123456789" in panel.device.text()
    fake.set(stable=False, weight="2.5")
    qtbot.waitUntil(lambda: panel.mark.text() == balance.MOVING_MARK)
    assert panel.value.text() == "2.5 ct"
    fake.set(status=Status.OVERLOAD)
    qtbot.waitUntil(lambda: "OVERLOAD" in panel.status.text())
    assert panel.value.text() == "OVERLOAD" and panel.mark.text() == ""


def test_capture_fills_the_carats_and_editing_makes_it_keyed(qtbot, make_window, fake):
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    panel.capture_button.click()
    qtbot.waitUntil(lambda: page.f_carats.text() == "1.234")
    source = panel.source()
    assert source.captured and source.balance == "B1" and source.serial_no == "B123456789"
    assert source.reading == "1.234 ct" and source.raw == "S S 1.234 ct\\r\\n"
    assert "Captured 1.234 ct from balance B1" in status(window)
    assert page.f_stones.hasFocus()  # on to the stones, as Enter on the carats does
    page.f_carats.setFocus()
    qtbot.keyClick(page.f_carats, Qt.Key.Key_Backspace)
    assert panel.source() is KEYED


@pytest.mark.parametrize(
    ("state", "said"),
    [
        ({"stable": False}, "did not become stable"),
        ({"status": Status.OVERLOAD}, "overloaded"),
        ({"unit": "g"}, "not ct: switch the balance to carats"),
    ],
)
def test_capture_refuses_what_is_not_a_stable_carat_weight(qtbot, make_window, fake, state, said):
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    fake.set(**state)
    panel.capture()
    qtbot.waitUntil(panel.note.isVisible)
    assert said in panel.note.text() and panel.note.text().startswith("Not captured:")
    assert said in status(window)
    assert page.f_carats.text() == ""
    assert panel.source() is KEYED


def test_zero_and_tare_only_when_asked(qtbot, make_window, fake):
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    assert (fake.zeroed, fake.tared) == (0, 0)
    panel.zero_button.click()
    qtbot.waitUntil(lambda: "Balance B1 zeroed." in status(window))
    panel.tare_button.click()
    qtbot.waitUntil(lambda: "Balance B1 tared." in status(window))
    assert (fake.zeroed, fake.tared) == (1, 1)


def test_a_lost_balance_is_said_and_reconnected_while_the_screen_works(qtbot, make_window, fake):
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    fake.set(lost=True)
    qtbot.waitUntil(lambda: "reconnecting in 0.05 s" in panel.status.text())
    assert not panel.capture_button.isEnabled()
    # The GUI thread keeps working while the balance is away: typing goes on.
    page.f_carats.setFocus()
    qtbot.keyClicks(page.f_carats, "2.5")
    assert page.f_carats.text() == "2.5"
    panel.capture()
    assert "not connected" in panel.note.text()
    # Back with the pan empty (no reading to capture yet): "not connected" goes all the same
    # (an end-to-end day, 2026-12-07, found it beside a live, stable 0.000 ct).
    fake.set(lost=False, weight="0.000")
    connected(qtbot, panel)
    assert fake.opened >= 2 and fake.closed >= 1
    assert panel.capture_button.isEnabled()
    assert panel.value.text().startswith("0.000") and panel.note.text() == ""


def test_a_balance_refusing_every_poll_is_logged_once_not_at_every_poll(
    qtbot, make_window, fake, caplog
):
    """A balance that refuses every reading (set to a protocol it does not speak): the refusal
    is logged once and its end once, with the polls it met, not a line at each poll (five a
    second: a rotated log's 12 MB in hours)."""
    caplog.set_level(logging.INFO, logger="sortapp.ui.balance")
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)

    def said() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "sortapp.ui.balance"]

    fake.set(refusing="the balance refused the command: ES")
    qtbot.waitUntil(lambda: fake.refused >= 10, timeout=10_000)
    fake.set(refusing="")
    qtbot.waitUntil(lambda: any("refusal ended" in line for line in said()), timeout=10_000)
    refused = [line for line in said() if "refus" in line]
    assert refused[0] == "the balance refused a reading: the balance refused the command: ES"
    ended = re.fullmatch(
        r"the balance's refusal ended after (\d+) poll\(s\) in a row "
        r"\(the balance refused the command: ES\)",
        refused[1],
    )
    assert len(refused) == 2 and ended is not None
    assert int(ended[1]) >= 10 and int(ended[1]) == fake.refused  # every refused poll counted


def test_a_balance_lost_for_long_is_logged_once_per_cause_not_at_every_try(
    qtbot, make_window, fake, caplog
):
    """A balance unplugged over a weekend, tried again every 10 s: each cause of its loss is
    logged once as it starts and once as it ends, with the tries it met, not a line a try."""
    caplog.set_level(logging.INFO, logger="sortapp.ui.balance")
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    fake.set(lost=True)  # (the poll meets it gone, then every try to open it fails)
    qtbot.waitUntil(lambda: fake.unopened >= 10, timeout=10_000)
    fake.set(lost=False)
    connected(qtbot, panel)
    lost = [
        r.getMessage()
        for r in caplog.records
        if r.name == "sortapp.ui.balance" and r.getMessage().startswith("balance lost")
    ]
    refused = "cannot open the balance's port: connection refused"
    assert lost == [
        "balance lost (the balance was disconnected); reconnecting in 0.05 s",
        "balance lost 1 time(s) in a row (the balance was disconnected)",
        f"balance lost ({refused}); reconnecting in 0.05 s",
        f"balance lost {fake.unopened} time(s) in a row ({refused})",  # every try counted
    ]


def test_f9_and_the_capture_barcode_capture_on_the_sorting_page(qtbot, make_window, fake):
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    page.f_category.setFocus()
    qtbot.keyClick(page.f_category, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: page.f_carats.text() == "1.234")
    page.f_carats.clear()
    fake.set(weight="0.875")
    page.f_category.setFocus()
    qtbot.keyClicks(page.f_category, "S5")
    qtbot.keyClicks(page.f_category, "*CAPTURE*")
    qtbot.keyClick(page.f_category, Qt.Key.Key_Return)  # the scanner's Enter: dropped
    qtbot.waitUntil(lambda: page.f_carats.text() == "0.875")
    assert page.f_category.text() == "S5"  # the barcode's characters taken back out
    assert page.f_category.message.text() == ""  # its Enter did not pick a category
    assert panel.source().captured


def test_no_balance_at_this_workstation_keeps_typing(qtbot, make_window):
    window = make_window("sam")
    page, panel = sorting_panel(window)
    assert balance.NO_BALANCE in panel.status.text()
    assert panel.setup_button.isVisible() and panel.setup_button.isEnabled()
    assert not panel.capture_button.isVisible()
    assert balance.running_link(window.ctx) is None  # no thread without a balance
    qtbot.keyClick(page.f_category, Qt.Key.Key_F9)
    assert "no balance at this workstation" in panel.note.text()
    page.f_carats.setFocus()
    qtbot.keyClicks(page.f_carats, "1.5")
    assert page.f_carats.text() == "1.5" and panel.source() is KEYED


def test_an_operator_cannot_set_up_the_balance(qtbot, make_window):
    window = make_window("olu")
    _page, panel = sorting_panel(window)
    assert not panel.setup_button.isEnabled()
    assert "supervisor" in panel.setup_button.toolTip()


def test_closing_the_window_ends_the_balance_thread(qtbot, make_window, fake):
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    link = balance.running_link(window.ctx)
    assert link is not None and link.running
    window.close()
    assert not link.running
    assert fake.closed >= 1
    assert balance.running_link(window.ctx) is None
    QApplication.processEvents()


def test_a_decimal_comma_site_gets_the_weight_with_a_comma(qtbot, make_window, db, who, fake):
    site.set_setting(db, who.admin, "decimal-comma", "yes")
    window = make_window()
    page, panel = sorting_panel(window)
    connected(qtbot, panel)
    assert panel.value.text() == "1,234 ct"
    panel.capture()
    qtbot.waitUntil(lambda: page.f_carats.text() == "1,234")
    assert page.f_carats.value() == 1_234  # read back as the site reads it
    assert panel.source().reading == "1.234 ct"  # the balance's own words, as it said them


def test_a_closed_lot_takes_no_captured_weight(qtbot, make_window, db, who, fake):
    make_sorted_lot(db, who.olu, "L1")
    window = make_window()
    page, panel = sorting_panel(window)
    page.open_lot("L1")
    connected(qtbot, panel)
    panel.capture()
    assert panel.note.text() == "Not captured: lot L1 is sorted and closed."
    assert page.f_carats.text() == ""
