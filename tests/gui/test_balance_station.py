"""This workstation reads its balance only as the register says (issue 16, round 3): the
register's port, serial line, terminator and a generic balance's pattern; a port an earlier
version kept for the workstation is ignored (and said so once); a captured weight says the port
it was read through and when it was captured."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from sortapp.balances import device, protocols
from sortapp.core.canonical import parse_iso_utc
from sortapp.services import balances
from sortapp.ui import balance
from tests.gui import test_balance_capture

#: The balance simulated over loopback TCP (its fixtures).
sim = test_balance_capture.sim
floor = test_balance_capture.floor


def test_the_register_s_port_and_serial_line_are_opened(db, who, monkeypatch):
    balances.register_balance(
        db,
        who.admin,
        {
            "code": "G1",
            "serial_no": "G-1",
            "port": "socket://127.0.0.1:4001",
            "protocol": "generic",
            "baudrate": "2400",
            "terminator": "cr",
            "pattern": r"^W(?P<value>[0-9.]+)ct$",
            "max_mct": "1100",
        },
    )
    opened: list[tuple[str, object, object]] = []
    monkeypatch.setattr(
        device, "Balance", lambda url, protocol, settings: opened.append((url, protocol, settings))
    )
    record = balances.get_balance(db, "G1")
    balance.opener_for(record)()
    ((url, protocol, settings),) = opened
    assert url == "socket://127.0.0.1:4001"
    assert settings == balances.port_settings(record)
    assert (settings.baudrate, settings.terminator) == (2400, b"\r")
    assert isinstance(protocol, protocols.GenericProfile)
    assert protocol.pattern == r"^W(?P<value>[0-9.]+)ct$"


def test_a_port_kept_by_an_earlier_version_is_ignored_and_said(qtbot, make_window, db, who):
    balances.register_balance(
        db,
        who.admin,
        {"code": "B1", "serial_no": "S1", "port": "socket://127.0.0.1:4002", "max_mct": "1100"},
    )
    prefs = QSettings()
    prefs.setValue(balance.CODE_KEY, "B1")
    prefs.setValue(balance.PORT_KEY, "socket://127.0.0.1:9999")  # a simulator's
    window = make_window("sam")
    try:
        link = balance.link_for(window.ctx)
        assert link is not None and link.port == "socket://127.0.0.1:4002"
    finally:
        balance.stop_all()
    dialog = balance.StationDialog.build(window, window.ctx)
    qtbot.addWidget(dialog)
    assert "port" not in dialog.fields  # nothing to type a port into
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "socket://127.0.0.1:9999" in words and "ignored" in words
    balance.set_station("B1")
    assert balance.stale_port() == ""  # said once: gone once the choice is kept


def test_a_captured_weight_says_its_port_and_when(qtbot, db, floor, sim):
    _window, page, panel = floor
    record = balances.get_balance(db, "B1")
    page.f_category.setText("S5-SAW-Q1-W")
    qtbot.keyClick(page.f_category, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: page.f_carats.text() == "12.345", timeout=5000)
    source = panel.source()
    assert source.captured and source.port == record.port
    at = parse_iso_utc(source.captured_at)
    assert abs(dt.datetime.now(dt.UTC) - at) < dt.timedelta(minutes=1)
    assert balance.source_of({balance.SOURCE_KEY: balance.source_text(source)}) == source
