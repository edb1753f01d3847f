"""What the GUI tests share: a main window signed in as a test user, shown and active."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator

import pytest
import shiboken6

from sortapp.services import parcels, site
from sortapp.ui import i18n, ops
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow
from tests.conftest import PASSWORD, make_sorted_lot

USERS = ("admin", "sam", "sue", "olu", "ola")


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


def restore_and_wait(qtbot, window: MainWindow) -> None:
    """File, Restore a backup..., its work (on a thread of its own) waited for: done, refused
    or failed. (One refused before it starts starts none.)"""
    window.restore()
    qtbot.waitUntil(lambda: not window.ctx.replacing, timeout=60_000)


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


@pytest.fixture
def let_go(qtbot) -> Iterator[threading.Event]:
    """An event a test's held worker waits on, set at the latest as the test ends, before its
    windows close (after ``qtbot``'s set-up, so torn down before it): a test that fails while
    a worker is held does not leave its thread running under a window being destroyed (Qt
    would abort the whole run)."""
    event = threading.Event()
    yield event
    event.set()
    for op in list(ops._UNDER_WAY):  # (the workers it held, ended before their widgets go)
        if shiboken6.isValid(op) and op.running():
            op.wait()


@pytest.fixture
def english_after() -> Iterator[None]:
    """The process speaks English before and again after the test (the translators are the
    app's, one for the whole process): for the tests that make it speak another language."""
    i18n.install("en")
    yield
    i18n.install("en")


#: How long a dialog sortapp opens modally (``dialogs.modal``, what ``FormDialog.run`` and the
#: message boxes use) may wait for an answer in a test before it is closed and the test failed.
MODAL_LIMIT_MS = 20_000


@pytest.fixture(autouse=True)
def _no_modal_left_waiting(monkeypatch) -> Iterator[None]:
    """A watchdog, not a wait: a dialog no test answers (a second person's, asked where a test
    did not expect it) would wait for a click for ever and the whole run with it. Closed after
    ``MODAL_LIMIT_MS`` and said: the test fails, the run goes on. (Dialogs run by
    ``dialogs.modal`` as the dialogs module calls it: the forms, the second person's, the
    summaries; not those other modules run by their own name for it.)"""
    from PySide6.QtCore import QTimer  # noqa: PLC0415 (GUI tests only)

    from sortapp.ui import dialogs  # noqa: PLC0415

    left: list[str] = []
    modal = dialogs.modal

    def watched(dialog):
        # (The timer neither the dialog's child nor holding it: a dialog let go is gone, as
        # test_dialogs_let_go counts.)
        seen = weakref.ref(dialog)
        timer = QTimer()
        timer.setSingleShot(True)

        def give_up() -> None:
            waiting = seen()
            if waiting is not None and shiboken6.isValid(waiting):
                left.append(f"{type(waiting).__name__} {waiting.windowTitle()!r}")
                waiting.reject()

        timer.timeout.connect(give_up)
        timer.start(MODAL_LIMIT_MS)
        try:
            return modal(dialog)
        finally:
            timer.stop()

    monkeypatch.setattr(dialogs, "modal", watched)
    yield
    assert not left, (
        f"a dialog waited {MODAL_LIMIT_MS // 1000} s for an answer no test gave: {left}"
    )
