"""Long work off the GUI thread (``ui.ops``): a box says it is running once it has taken a
moment, and goes when it is done; the app's own background work shows none."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from sortapp.ui import ops


def _held(let_go: threading.Event):
    def work(_db) -> int:
        assert let_go.wait(30)
        return 7

    return work


def test_a_long_operation_shows_its_box_until_it_is_done(qtbot, db_path, monkeypatch):
    monkeypatch.setenv("SORTAPP_NO_DIALOGS", "0")  # (the tests' default: no dialogs)
    parent = QWidget()
    qtbot.addWidget(parent)
    let_go = threading.Event()
    results: list[int] = []
    op = ops.run_op(parent, "Working...", db_path, _held(let_go), results.append, print)
    box = op._progress
    assert box is not None and not box.isVisible()  # (not for work done in a moment)
    # Shown while it runs, after the 300 ms asked for (well within 3 s): not only at the 4 s
    # Qt waits when no value was ever set (every long operation's box came that late).
    qtbot.waitUntil(box.isVisible, timeout=3_000)
    assert box.labelText() == "Working..."
    with qtbot.waitSignal(op.done, timeout=30_000):
        let_go.set()
    assert results == [7] and not box.isVisible()


def test_the_apps_own_background_work_shows_no_box(qtbot, db_path, monkeypatch):
    monkeypatch.setenv("SORTAPP_NO_DIALOGS", "0")
    parent = QWidget()
    qtbot.addWidget(parent)
    let_go = threading.Event()
    op = ops.run_op(parent, "Checking...", db_path, _held(let_go), print, print, quiet=True)
    assert op._progress is None and op.running()
    with qtbot.waitSignal(op.done, timeout=30_000):
        let_go.set()
    assert not op.running()
