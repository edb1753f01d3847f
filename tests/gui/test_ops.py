"""Long work off the GUI thread (``ui.ops``): a box says it is running once it has taken a
moment, and goes when it is done; the app's own background work shows none."""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

from sortapp.ui import ops


def _held(let_go: threading.Event):
    def work(_db) -> int:
        assert let_go.wait(30)
        return 7

    return work


def test_a_long_operation_shows_its_box_until_it_is_done(qtbot, db_path, monkeypatch, let_go):
    monkeypatch.setenv("SORTAPP_NO_DIALOGS", "0")  # (the tests' default: no dialogs)
    parent = QWidget()
    qtbot.addWidget(parent)
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
    assert results == [7]
    assert not (shiboken6.isValid(box) and box.isVisible())  # (closed, then let go)


def test_the_apps_own_background_work_shows_no_box(qtbot, db_path, monkeypatch, let_go):
    monkeypatch.setenv("SORTAPP_NO_DIALOGS", "0")
    parent = QWidget()
    qtbot.addWidget(parent)
    op = ops.run_op(parent, "Checking...", db_path, _held(let_go), print, print, quiet=True)
    assert op._progress is None and op.running()
    with qtbot.waitSignal(op.done, timeout=30_000):
        let_go.set()
    assert not op.running()


def test_work_left_running_as_its_window_closes_is_waited_for_its_failure_logged(
    qtbot, db_path, expect_log, let_go
):
    """``finish_under_way``: the window's work is finished before it goes and what it reports
    is let go (a failure logged, not said); another window's is left running."""
    expect_log(
        logging.ERROR, "^work finished as the window closed failed$", logger="sortapp.ui.ops"
    )
    window, other = QWidget(), QWidget()
    qtbot.addWidget(window)
    qtbot.addWidget(other)
    child = QWidget(window)  # (a page of the window)

    def fails(_db) -> None:
        assert let_go.wait(30)
        raise ValueError("the disk went away")

    said: list[object] = []
    op = ops.run_op(child, "", db_path, fails, said.append, said.append, quiet=True)
    theirs = ops.run_op(other, "", db_path, _held(let_go), said.append, said.append, quiet=True)
    assert ops.under_way(window) == [op] and ops.under_way(other) == [theirs]
    real_wait = op.wait

    def waited() -> None:
        let_go.set()
        real_wait()

    op.wait = waited  # type: ignore[method-assign]
    assert ops.finish_under_way(window) == 1
    assert not op.running()
    with qtbot.waitSignal(theirs.done, timeout=30_000):
        pass  # (the other window's, reported as ever)
    assert said == [7]  # only theirs: the closed window's failure is not said
    assert ops.under_way(window) == []


def test_an_operation_reported_back_is_let_go(qtbot, db_path, monkeypatch, let_go):
    """Done or failed, an operation's Qt objects go (itself, its thread, its box under the
    window): a shift's backups, checks and verifies no longer pile up under the window. It
    still says it is not running."""
    monkeypatch.setenv("SORTAPP_NO_DIALOGS", "0")
    parent = QWidget()
    qtbot.addWidget(parent)

    def fails(_db):
        raise ValueError("no")

    for work, signal in ((_held(let_go), "done"), (fails, "error")):
        op = ops.run_op(parent, "Working...", db_path, work, print, print)
        assert len(parent.findChildren(QProgressDialog)) == 1
        with qtbot.waitSignal(getattr(op, signal), timeout=30_000):
            let_go.set()
        qtbot.waitUntil(lambda op=op: not shiboken6.isValid(op), timeout=5_000)
        assert not op.running()
        op.wait()  # (nothing to wait for: no error either)
        assert parent.findChildren(QProgressDialog) == []
        assert parent.findChildren(ops.Operation) == [] and parent.findChildren(QThread) == []
