"""What the GUI tests share: a main window signed in as a test user, shown and active."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sortapp.services import parcels, site
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow
from tests.conftest import PASSWORD, make_sorted_lot


@pytest.fixture
def make_window(qtbot, db, db_path) -> Callable[..., MainWindow]:
    """Open the main window for ``user`` (signed in with the test password), shown and active."""

    def _make(user: str = "olu") -> MainWindow:
        return shown(qtbot, MainWindow(Context(db, db_path, site.login(db, user, PASSWORD))))

    return _make


def shown(qtbot, window: MainWindow) -> MainWindow:
    """``window`` shown and active (closed with the test)."""
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def status(window: MainWindow) -> str:
    """The status bar's sentence."""
    return window.statusBar().currentMessage()


@pytest.fixture
def sealed(db, who):
    """A sealed parcel P1 (a manifest to print) and lot L1 (a receipt to print)."""
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    return db
