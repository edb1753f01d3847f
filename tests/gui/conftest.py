"""What the GUI tests share: a main window signed in as a test user, shown and active."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sortapp.services import site
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow
from tests.conftest import PASSWORD


@pytest.fixture
def make_window(qtbot, db, db_path) -> Callable[..., MainWindow]:
    """Open the main window for ``user`` (signed in with the test password), shown and active."""

    def _make(user: str = "olu") -> MainWindow:
        window = MainWindow(Context(db, db_path, site.login(db, user, PASSWORD)))
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return _make


def status(window: MainWindow) -> str:
    """The status bar's sentence."""
    return window.statusBar().currentMessage()
