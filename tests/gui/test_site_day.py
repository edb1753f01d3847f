"""Dates and times on screen are the site's: a site two hours east of UTC is on the next day
from 22:00 UTC, and its people pick and read that day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from sortapp.core import clock
from sortapp.services import site
from sortapp.ui import mainwindow, siteday
from tests.conftest import make_lot

#: 23:30 UTC on 1 December: 01:30 on 2 December in Gaborone.
LATE = dt.datetime(2026, 12, 1, 23, 30, tzinfo=dt.UTC)


@pytest.fixture
def gaborone_at_night(db, who):
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    restore = clock.use(lambda: LATE)
    yield
    restore()
    siteday.zone = ""


def test_date_fields_start_on_the_sites_today(qtbot, make_window, gaborone_at_night):
    window = make_window("olu")
    assert window.receiving.date_to.date() == QDate(2026, 12, 2)
    assert window.reports.kp_to.date() == QDate(2026, 12, 2)


def test_the_lot_filter_takes_the_sites_days(qtbot, make_window, db, who, gaborone_at_night):
    make_lot(db, who.olu, "L1")  # received 2026-12-02 01:30 at the site (23:30 UTC the day before)
    window = make_window("olu")
    page = window.receiving
    page.dates.setChecked(True)
    page.date_from.setDate(QDate(2026, 12, 2))
    page.date_to.setDate(QDate(2026, 12, 2))
    page.refresh()
    assert page.model.rowCount() == 1
    page.date_from.setDate(QDate(2026, 11, 1))
    page.date_to.setDate(QDate(2026, 12, 1))
    page.refresh()
    assert page.model.rowCount() == 0  # shown as received on the 2nd: not in a filter to the 1st


def test_the_lock_screen_says_the_sites_time(qtbot, make_window, monkeypatch, gaborone_at_night):
    window = make_window("olu")
    monkeypatch.setattr(mainwindow.LoginDialog, "ask", classmethod(lambda *_a, **_k: None))
    window.switch_user()  # Ctrl+L, and no one signs in
    assert window.lock_screen is not None
    assert window.lock_screen.note.text() == "Locked at 01:30."
