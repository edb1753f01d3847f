"""A captured weight belongs to the moment and the context it was captured in (issue 16, round
3): it is cleared, to be captured again, when Sorting opens another lot, when the workstation
locks or another user signs in, when its dialog closes, and once it is too old for the services
to record (10 minutes)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QApplication

from sortapp.balances.reading import Reading, Status
from sortapp.core import clock
from sortapp.core.weighing import KEYED
from sortapp.services import lots, site
from sortapp.ui import balance
from sortapp.ui.pages import receiving
from tests.conftest import PASSWORD, make_lot
from tests.gui import test_balance_panel
from tests.gui.test_balance_panel import connected, sorting_panel

#: The balance in memory (its fixture).
fake = test_balance_panel.fake


def captured(qtbot, page, panel) -> None:
    connected(qtbot, panel)
    panel.capture()
    qtbot.waitUntil(lambda: page.f_carats.text() == "1.234")
    assert panel.source().captured


def test_opening_another_lot_clears_the_capture(qtbot, make_window, db, who, fake):
    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    window = make_window()
    page, panel = sorting_panel(window)
    page.open_lot("L1")
    captured(qtbot, page, panel)
    page.open_lot("L1")  # the same lot again: the capture stays
    assert panel.source().captured
    page.open_lot("L2")
    assert page.f_carats.text() == "" and panel.source() is KEYED
    assert panel.note.text() == "Captured weight cleared: lot L2 opened; capture again."


def test_locking_or_another_user_clears_the_capture(qtbot, make_window, db, fake):
    window = make_window()
    page, panel = sorting_panel(window)
    captured(qtbot, page, panel)
    window.ctx.lock()
    assert page.f_carats.text() == "" and panel.source() is KEYED
    window.ctx.set_actor(site.login(db, "olu", PASSWORD))
    captured(qtbot, page, panel)
    window.ctx.set_actor(site.login(db, "sam", PASSWORD))  # (no lock between)
    assert page.f_carats.text() == "" and panel.source() is KEYED
    assert "another user signed in" in panel.note.text()


def test_a_capture_nearly_ten_minutes_old_is_cleared(qtbot, make_window, fake, monkeypatch):
    # The clock the services measure a capture's age by (``sortapp.core.clock``).
    now = [dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)]
    restore = clock.use(lambda: now[0])
    try:
        monkeypatch.setattr(balance, "AGE_CHECK_MS", 20)
        window = make_window()
        page, panel = sorting_panel(window)
        captured(qtbot, page, panel)
        now[0] += dt.timedelta(seconds=balance.CAPTURE_EXPIRE_S - 1)
        panel.expire()
        assert panel.source().captured  # not yet
        now[0] += dt.timedelta(seconds=1)  # 9 min 30 s: before the services refuse it
        qtbot.waitUntil(lambda: page.f_carats.text() == "")  # the panel's own timer
        assert panel.source() is KEYED
        assert panel.note.text() == (
            "Captured weight cleared: the capture is nearly 10 minutes old, the most recorded; "
            "capture again."
        )
    finally:
        restore()


def test_a_dialog_s_capture_goes_with_the_dialog(qtbot, make_window, db, who, fake):
    lots.receive_lot(db, who.sam, number="L8", origins=[("BW", "Jwaneng")], declared_mct=1_000)
    window = make_window("sam")
    window.go(0)
    dialog = receiving.WeighDialog.build(window.receiving, "L8")
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.balance_panel
    assert panel is not None
    connected(qtbot, panel)
    panel.capture()
    qtbot.waitUntil(lambda: dialog.fields["carats"].text() == "1.234")
    assert balance.source_of(dialog.values()).captured  # read as it closes
    dialog.reject()
    qtbot.waitUntil(lambda: panel.source() is KEYED)
    assert dialog.fields["carats"].text() == ""
    # A capture answered after its dialog closed goes nowhere.
    late = Reading(Decimal("2.5"), "ct", True, Status.OK, b"S S 2.5 ct\r\n")
    panel.take(late)
    QApplication.processEvents()
    assert dialog.fields["carats"].text() == "" and panel.source() is KEYED
