"""A capture still being read when its context goes (another lot, another user, the workstation
locked) is dropped as it comes (issue 16, round 4): it never lands in the next lot's field nor
is recorded as the next user's."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from sortapp.balances.reading import Reading
from sortapp.core.weighing import KEYED
from sortapp.services import balances, site
from sortapp.ui import balance
from tests.conftest import PASSWORD, make_lot
from tests.gui.balancefake import FakeBalance
from tests.gui.test_balance_panel import answered_by, connected, sorting_panel


class HeldBalance(FakeBalance):
    """A balance whose stable reading waits for ``release`` once ``held`` (``holding`` set)."""

    def __init__(self) -> None:
        super().__init__()
        self.held = False
        self.holding = threading.Event()
        self.release = threading.Event()

    def read_stable(self, timeout: float) -> Reading:
        if self.held:
            self.holding.set()
            if not self.release.wait(10):
                raise AssertionError("the test did not release the capture")
        return super().read_stable(timeout)

    def cancel(self) -> None:
        self.release.set()  # a stop lets the held read end
        super().cancel()


@pytest.fixture
def held(monkeypatch, db, who) -> Iterator[HeldBalance]:
    found = HeldBalance()
    answered_by(monkeypatch, db, who, found)
    try:
        yield found
    finally:
        found.release.set()
        balance.stop_all()


def asked(qtbot, panel, held: HeldBalance) -> None:
    """Capture asked for, its reading held at the balance."""
    connected(qtbot, panel)
    held.held = True
    panel.capture()
    assert held.holding.wait(5)


def answered(qtbot, panel, held: HeldBalance) -> None:
    """The held reading let go, and its answer come back to the screen."""
    held.release.set()
    qtbot.waitUntil(lambda: not panel._link._asked, timeout=5000)  # its answer taken back


def test_a_capture_read_as_another_lot_opens_is_dropped(qtbot, make_window, db, who, held):
    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    window = make_window()
    page, panel = sorting_panel(window)
    page.open_lot("L1")
    asked(qtbot, panel, held)
    page.open_lot("L2")
    answered(qtbot, panel, held)
    assert page.f_carats.text() == "" and panel.source() is KEYED
    assert "capture again" in panel.note.text()


def test_a_capture_read_as_another_user_signs_in_is_dropped(qtbot, make_window, db, held):
    window = make_window()
    page, panel = sorting_panel(window)
    asked(qtbot, panel, held)
    window.ctx.set_actor(site.login(db, "sam", PASSWORD))
    answered(qtbot, panel, held)
    assert page.f_carats.text() == "" and panel.source() is KEYED
    assert "capture again" in panel.note.text()


def test_a_capture_read_across_a_lock_is_dropped(qtbot, make_window, db, held):
    window = make_window()
    page, panel = sorting_panel(window)
    asked(qtbot, panel, held)
    window.ctx.lock()
    window.ctx.set_actor(site.login(db, "olu", PASSWORD))  # unlocked again before the answer
    answered(qtbot, panel, held)
    assert page.f_carats.text() == "" and panel.source() is KEYED


def test_a_capture_in_the_same_context_is_taken(qtbot, make_window, held):
    window = make_window()
    page, panel = sorting_panel(window)
    asked(qtbot, panel, held)
    answered(qtbot, panel, held)
    assert page.f_carats.text() == "1.234" and panel.source().captured


def test_a_register_change_reconnects_the_workstation_with_the_new_settings(
    qtbot, make_window, db, who, held
):
    """An admin moves the balance to another port: a workstation already connected does not
    keep reading on the old one (its captures would be refused as read on another port); it
    says so and connects again with the register's settings now."""
    window = make_window()
    _page, panel = sorting_panel(window)
    connected(qtbot, panel)
    old = panel._link
    assert old.settings[0] != "COM9"
    balances.update_balance(db, who.admin, "B1", {"port": "COM9"}, "moved to the other bench")
    with qtbot.waitSignal(
        panel.ctx.said, check_params_cb=lambda text: "settings changed" in text, timeout=5000
    ):
        panel.capture()
    assert "settings changed" in panel.note.text()
    connected(qtbot, panel)
    assert panel._link is not old and panel._link.settings[0] == "COM9"
