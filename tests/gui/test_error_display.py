"""The error-display paths in the desktop app (sortapp/ui/errors.py): a bug in an action and a
failure of the storage each show the right box and status text, write nothing, and leave the app
usable; the same for background work (sortapp/ui/ops.py).

Message boxes are real here (dialogs on) but not run modally: ``QMessageBox.exec`` records the box
as built and answers OK at once.
"""

from __future__ import annotations

import logging
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sortapp import app
from sortapp.core.errors import KnownStorageError
from sortapp.services import backups, lots
from sortapp.services.verify import audit_entries
from sortapp.ui.mainwindow import MainWindow
from sortapp.ui.pages import audit as audit_page
from tests.conftest import PASSWORD, make_lot
from tests.gui.conftest import status


class Boxes:
    """The message boxes shown, as (title, text, icon, details)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, QMessageBox.Icon, str]] = []
        monkeypatch.setenv("SORTAPP_NO_DIALOGS", "0")
        shown = self.shown

        def exec_(box: QMessageBox) -> int:
            shown.append((box.windowTitle(), box.text(), box.icon(), box.detailedText()))
            return QMessageBox.StandardButton.Ok.value

        monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def boxes(monkeypatch):
    return Boxes(monkeypatch)


@pytest.fixture
def window(make_window):
    return make_window("olu")


def fill_receiving_form(window: MainWindow, number: str) -> None:
    page = window.receiving
    page.f_number.setText(number)
    page.f_weighed.setText("12.5")
    page.f_stones.setText("40")
    page.f_origin.setCurrentText("BW")
    page.f_mine.setText("Jwaneng")


def press_receive(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.receiving.receive_button, Qt.MouseButton.LeftButton)


def counts(db) -> tuple[int, ...]:
    return tuple(
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("lots", "journal", "postings", "audit")
    )


def assert_usable_again(qtbot, window: MainWindow, db, boxes: Boxes, number: str) -> None:
    """What was typed is still there; pressed again (the cause gone), the lot is received."""
    assert window.receiving.f_number.text() == number
    assert window.workspace.isEnabled() and not window.locked
    before = len(boxes.shown)
    press_receive(qtbot, window)
    assert lots.get_lot(db, number).weighed_mct == 12_500
    assert status(window).startswith(f"Received lot {number}: 12.500 ct, 40 stones weighed in")
    assert window.receiving.model.rowCount() == 1
    assert window.receiving.f_number.text() == ""  # the form is ready for the next lot
    assert len(boxes.shown) == before  # a success shows no box


def test_a_bug_in_an_action_is_shown_with_details_and_the_app_goes_on(
    qtbot, window, db, boxes, monkeypatch, expect_log
):
    expect_log(logging.ERROR, "^unexpected error$", logger="sortapp.ui.errors")
    fill_receiving_form(window, "L1")
    before = counts(db)

    def bug(*args, **kwargs):  # fails after the lot's rows are written, before the audit entry
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(lots, "record", bug)
    press_receive(qtbot, window)
    assert len(boxes.shown) == 1
    title, text, icon, details = boxes.shown[0]
    assert title == "sortapp: unexpected error"
    assert icon == QMessageBox.Icon.Critical
    assert text == (
        "Unexpected error: ZeroDivisionError: division by zero\n\n"
        "Nothing was half-written. Copy the details for support."
    )
    assert details.startswith("Traceback (most recent call last):")
    assert "in bug" in details and details.rstrip().endswith("ZeroDivisionError: division by zero")
    assert status(window) == "Unexpected error: ZeroDivisionError: division by zero"
    assert counts(db) == before  # as the box says: nothing half-written
    monkeypatch.undo()
    assert_usable_again(qtbot, window, db, boxes, "L1")


def _disk_full(monkeypatch, db):
    """The disk fills as the audit entry is written (SQLite's own error, as the driver raises
    it): the lot's rows before it in the same transaction are rolled back."""
    record = lots.record

    def full(*args, **kwargs):
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorname = "SQLITE_FULL"
        raise exc

    monkeypatch.setattr(lots, "record", full)
    return lambda: monkeypatch.setattr(lots, "record", record)


def _read_only(monkeypatch, db):
    """The medium refuses writes: a real SQLITE_READONLY from SQLite."""
    db.execute("PRAGMA query_only = ON")
    return lambda: db.execute("PRAGMA query_only = OFF")


@pytest.mark.parametrize(
    ("make_fail", "expected"),
    [
        (_disk_full, "The disk is full (SQLITE_FULL). Free some space; nothing was written."),
        (
            _read_only,
            "The database file is read-only (SQLITE_READONLY). Check the file's permissions or "
            "the medium's write protection.",
        ),
    ],
    ids=["disk-full", "read-only"],
)
def test_a_storage_failure_is_shown_as_known_and_the_app_goes_on(
    qtbot, window, db, boxes, monkeypatch, make_fail, expected
):
    fill_receiving_form(window, "L1")
    before = counts(db)
    mend = make_fail(monkeypatch, db)
    press_receive(qtbot, window)
    # Critical, in a sentence with what to do; no traceback, and nothing logged as a bug (a
    # WARNING or worse would fail this test: tests/conftest.py).
    assert boxes.shown == [("sortapp", expected, QMessageBox.Icon.Critical, "")]
    assert status(window) == expected
    assert counts(db) == before
    mend()
    assert_usable_again(qtbot, window, db, boxes, "L1")


def _bug_in_worker(*args, **kwargs):
    raise KeyError("checked")


def _read_error_in_worker(*args, **kwargs):
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorname = "SQLITE_IOERR_READ"
    raise exc


@pytest.mark.parametrize(
    ("fails", "title", "expected"),
    [
        (_bug_in_worker, "sortapp: unexpected error", "Unexpected error: KeyError: 'checked'"),
        (
            _read_error_in_worker,
            "sortapp",
            "The disk could not be read or written (SQLITE_IOERR_READ). Check the disk and free "
            "space.",
        ),
    ],
    ids=["bug", "read-error"],
)
def test_a_failure_in_background_work_is_shown_and_the_page_goes_on(
    qtbot, window, db, who, boxes, monkeypatch, expect_log, fails, title, expected
):
    if fails is _bug_in_worker:
        expect_log(logging.ERROR, "^unexpected error$", logger="sortapp.ui.errors")
    make_lot(db, who.olu, "L1")
    window.go(5)
    page = window.audit
    verify = audit_page.verify.verify
    monkeypatch.setattr(audit_page.verify, "verify", fails)  # runs in the worker thread
    with qtbot.waitSignal(window.ctx.said, timeout=10_000) as said:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert said.args == [status(window)]
    assert status(window).startswith(expected)
    assert page.result.text() == "Verify could not run."
    assert page.verify_button.isEnabled()
    assert len(boxes.shown) == 1
    shown_title, text, icon, details = boxes.shown[0]
    assert (shown_title, icon) == (title, QMessageBox.Icon.Critical)
    assert text.startswith(expected)
    assert ("Traceback" in details) == (fails is _bug_in_worker)
    monkeypatch.setattr(audit_page.verify, "verify", verify)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("Verified: OK"), timeout=10_000)
    assert boxes.shown[-1][:3] == ("Verify", page.result.text(), QMessageBox.Icon.Information)
    assert len(audit_entries(db, action="lot.receive", limit=10)) == 1


def reported(qtbot, op) -> None:
    """Wait until background work ``op`` has reported back, done or failed (through the event
    loop: connected after it started, its report is not missed)."""
    assert op is not None
    ended: list[object] = []
    op.done.connect(ended.append)
    op.error.connect(ended.append)
    qtbot.waitUntil(lambda: ended != [], timeout=30_000)


def an_hour_later(qtbot, window: MainWindow) -> None:
    """The hourly timer: the day's backup tried (due) and reported back."""
    window._timer.timeout.emit()
    reported(qtbot, window._backup_op)


def test_the_daily_backup_failing_every_hour_shows_its_box_once_until_one_is_made(
    qtbot, window, db, boxes, monkeypatch, expect_log
):
    """A workstation left open with its backups' disk full: the first hour's failure is shown;
    the next hours' same failure only in the status bar (a box every hour, each over the last,
    gathered over a weekend). Shown again after a backup was made, or when it fails otherwise;
    the backups' check runs again after each try, as before."""
    expect_log(logging.WARNING, "^daily backup failed again: ", logger="sortapp.ui.mainwindow")
    full = KnownStorageError("The disk is full", "Free some space")
    other = KnownStorageError("The backups' folder cannot be written", "Check its permissions")
    failing: list[Exception | None] = [full, full, full, None, full, other]
    real = backups.make_backup

    def make_backup(*args, **kwargs):
        fails = failing.pop(0) if failing else None  # (then the one as the window closes)
        if fails is not None:
            raise fails
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup", make_backup)
    monkeypatch.setattr(backups, "due", lambda *args: True)  # (one made today: due all the same)
    checked = []
    monkeypatch.setattr(window, "check_backups", lambda: checked.append(len(boxes.shown)))

    an_hour_later(qtbot, window)
    expected = "The disk is full. Free some space"
    assert boxes.shown == [("sortapp", expected, QMessageBox.Icon.Critical, "")]
    assert status(window) == expected
    for _ in range(2):
        an_hour_later(qtbot, window)
        assert len(boxes.shown) == 1
        assert status(window) == f"The daily backup failed again: {expected}"
    an_hour_later(qtbot, window)  # the disk freed: made
    assert status(window).startswith("Automatic backup ")
    an_hour_later(qtbot, window)  # full again: shown again
    assert boxes.shown[1] == boxes.shown[0]
    an_hour_later(qtbot, window)  # and a failure of another kind is shown too
    assert len(boxes.shown) == 3
    assert boxes.shown[2][1] == "The backups' folder cannot be written. Check its permissions"
    assert failing == []
    assert checked == [1, 1, 1, 1, 2, 3]  # the check after each try, each box shown first


def backups_always_fail(monkeypatch, window: MainWindow) -> None:
    """Every daily backup fails with "The disk is full" (due every hour; no check after it)."""

    def make_backup(*args, **kwargs):
        raise KnownStorageError("The disk is full", "Free some space")

    monkeypatch.setattr(backups, "make_backup", make_backup)
    monkeypatch.setattr(backups, "due", lambda *args: True)
    monkeypatch.setattr(window, "check_backups", lambda: None)


def test_the_daily_backup_failing_over_the_lock_screen_says_nothing_there(
    qtbot, window, db, boxes, monkeypatch, expect_log
):
    """The lock screen shows no failure (logged only); the same user back is not shown it again,
    another user signing in is, once."""
    expect_log(logging.WARNING, "^daily backup failed again: ", logger="sortapp.ui.mainwindow")
    backups_always_fail(monkeypatch, window)
    expected = "The disk is full. Free some space"

    def signed_in(name: str) -> None:
        window._unlock(window.ctx.sign_in(name, PASSWORD))
        assert not window.locked and window.ctx.actor.name == name

    window.lock()
    an_hour_later(qtbot, window)  # first met over the lock screen: nothing shown, nothing said
    assert boxes.shown == [] and expected not in status(window)  # (the try's start is said)
    signed_in("olu")
    an_hour_later(qtbot, window)  # shown by the next try
    assert [text for _title, text, _icon, _details in boxes.shown] == [expected]
    window.lock()
    an_hour_later(qtbot, window)  # again, over the lock screen: still nothing there
    assert len(boxes.shown) == 1 and expected not in status(window)
    signed_in("olu")  # the same user back: said, not shown again
    an_hour_later(qtbot, window)
    assert len(boxes.shown) == 1
    assert status(window) == f"The daily backup failed again: {expected}"
    window.lock()
    signed_in("sam")  # another user: shown to them, once
    an_hour_later(qtbot, window)
    an_hour_later(qtbot, window)
    assert len(boxes.shown) == 2


def test_an_uncaught_exception_met_again_under_its_box_opens_no_box_over_it(
    qtbot, window, boxes, monkeypatch, caplog, expect_log
):
    """A bug met by work on a timer, every second: met again while its box is on screen (whose
    event loop runs the timers), it opens no box over the first, and is logged once however
    often it comes, then counted; once that box is closed, the next is shown."""
    expect_log(logging.ERROR, "^uncaught exception$", logger="sortapp.app")
    expect_log(logging.ERROR, "^unexpected error$", logger="sortapp.ui.errors")
    caplog.set_level(logging.INFO, logger="sortapp.app")
    shown: list[str] = []

    def met(text: str) -> None:
        try:
            raise RuntimeError(text)
        except RuntimeError as exc:
            app._excepthook(RuntimeError, exc, exc.__traceback__)

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        if len(shown) == 1:
            for _ in range(3):
                met("again, under the box")  # the timer, run by the box's event loop
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    met("first")
    assert [text.split("\n")[0] for text in shown] == ["Unexpected error: RuntimeError: first"]
    met("once the box is closed")
    assert len(shown) == 2 and "RuntimeError: once the box is closed" in shown[1]
    logged = [r.getMessage() for r in caplog.records if r.name == "sortapp.app"]
    assert logged == [
        "uncaught exception",  # the first, shown
        "uncaught exception",  # the one under its box, once ...
        "uncaught exception met 3 time(s) while its box was open "
        "(RuntimeError: again, under the box)",  # ... and how often, as the box closed
        "uncaught exception",  # the one after, shown
    ]


def test_a_failing_daily_backups_cause_stays_said_over_the_backups_warning(
    qtbot, window, boxes, monkeypatch, expect_log
):
    """The backups' check after each failed try finds them old: its warning ("make one") does
    not replace the failure said again, whose cause says what to fix; once a backup is made,
    the check's warning is said as before."""
    expect_log(logging.WARNING, "^daily backup failed again: ", logger="sortapp.ui.mainwindow")
    warning = "There is no verified backup of this database yet: make one (File > Backup now)."
    monkeypatch.setattr(backups, "backup_warning", lambda *args, **kwargs: warning)
    monkeypatch.setattr(backups, "due", lambda *args: True)
    real = backups.make_backup

    def make_backup(*args, **kwargs):
        if failing:
            raise KnownStorageError("The disk is full", "Free some space")
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup", make_backup)
    failing = True
    for _hour in range(2):
        an_hour_later(qtbot, window)
        assert window._check_op is not None
        reported(qtbot, window._check_op)  # (run after each try)
    assert len(boxes.shown) == 1
    assert status(window) == "The daily backup failed again: The disk is full. Free some space"
    failing = False
    an_hour_later(qtbot, window)
    reported(qtbot, window._check_op)
    assert status(window) == warning


def test_the_daily_backup_over_the_lock_screen_leaves_the_locks_sentence(
    qtbot, window, monkeypatch
):
    """Made over the lock screen, the day's backup says nothing there (its start, its end,
    how the backups stand once checked): the lock's sentence stays. How they stand is said as
    someone signs in."""
    warning = "There is no verified backup of this database yet: make one (File > Backup now)."
    monkeypatch.setattr(backups, "due", lambda *args: True)
    monkeypatch.setattr(backups, "backup_warning", lambda *args, **kwargs: warning)
    window.lock()
    an_hour_later(qtbot, window)  # made ...
    assert window._check_op is not None
    reported(qtbot, window._check_op)  # ... and checked
    assert status(window) == "Locked. Sign in to continue."
    window._unlock(window.ctx.sign_in("olu", PASSWORD))
    assert status(window) == warning


def test_a_backup_warning_standing_as_the_workstation_locks_is_said_again_after(
    window, monkeypatch
):
    """The lock's sentence takes the place of the backups' warning; as someone signs in, the
    warning is said again (not lost behind "Signed in as"), if the backups still warrant it."""
    warning = "There is no verified backup of this database yet: make one (File > Backup now)."
    monkeypatch.setattr(backups, "backup_warning", lambda *args, **kwargs: warning)
    window.warn_about_backups()
    assert status(window) == warning
    window.lock()
    assert status(window) == "Locked. Sign in to continue."
    window._unlock(window.ctx.sign_in("olu", PASSWORD))
    assert status(window) == warning
    window.lock()  # standing again, and the backups found fine by the time one is back:
    monkeypatch.setattr(backups, "backup_warning", lambda *args, **kwargs: "")
    window._unlock(window.ctx.sign_in("olu", PASSWORD))
    assert status(window) == "Signed in as olu."


def test_an_uncaught_exception_over_the_lock_screen_is_logged_not_shown(
    qtbot, window, boxes, monkeypatch, caplog, expect_log
):
    """Nothing is shown over the lock screen (the last user's work in its text and details,
    and anyone at the keyboard): an exception nothing caught is logged once however often it
    comes, then counted as someone signs in; once signed in, the next is shown."""
    expect_log(logging.ERROR, "^uncaught exception( while locked)?$", logger="sortapp.app")
    expect_log(logging.ERROR, "^unexpected error$", logger="sortapp.ui.errors")
    caplog.set_level(logging.INFO, logger="sortapp.app")
    window.ctx.lock_changed.connect(app._lock_changed)  # (as ``app.main`` wires it)

    def met(text: str) -> None:
        try:
            raise RuntimeError(text)
        except RuntimeError as exc:
            app._excepthook(RuntimeError, exc, exc.__traceback__)

    window.lock()
    for _ in range(3):
        met("on a timer, lot L7")
    assert boxes.shown == []
    window._unlock(window.ctx.sign_in("olu", PASSWORD))
    met("signed in")
    assert [text.split("\n")[0] for _title, text, _icon, _details in boxes.shown] == [
        "Unexpected error: RuntimeError: signed in"
    ]
    logged = [r.getMessage() for r in caplog.records if r.name == "sortapp.app"]
    assert logged == [
        "uncaught exception while locked",  # once, with its traceback ...
        "uncaught exception met 3 time(s) while the workstation was locked "
        "(RuntimeError: on a timer, lot L7)",  # ... and how often, as someone signed in
        "uncaught exception",  # the one after, shown
    ]


def test_exceptions_still_counted_over_the_lock_screen_are_logged_as_the_app_quits(
    qtbot, window, boxes, caplog, expect_log
):
    """The app closed (or shut down with the workstation) while still locked: how often the
    exception came over the lock screen is logged as its event loop ends, not lost."""
    expect_log(logging.ERROR, "^uncaught exception while locked$", logger="sortapp.app")
    caplog.set_level(logging.INFO, logger="sortapp.app")
    window.lock()
    for _ in range(4):
        try:
            raise RuntimeError("on a timer")
        except RuntimeError as exc:
            app._excepthook(RuntimeError, exc, exc.__traceback__)
    app._quitting()
    app._quitting()
    assert boxes.shown == []
    assert [r.getMessage() for r in caplog.records if r.name == "sortapp.app"] == [
        "uncaught exception while locked",
        "uncaught exception met 4 time(s) while the workstation was locked "
        "(RuntimeError: on a timer)",
    ]


def test_a_failing_daily_backups_box_closed_by_the_lock_is_shown_again(
    qtbot, window, boxes, monkeypatch
):
    """The idle lock closes the box of a failing daily backup as it stands unanswered: unread,
    it is shown again at the first try after the user is back, not only said."""
    backups_always_fail(monkeypatch, window)
    shown = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        if len(shown) == 1:
            window.lock()  # (as the idle lock does: every dialog closed)
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    an_hour_later(qtbot, window)
    assert shown == ["The disk is full. Free some space"] and window.locked
    window._unlock(window.ctx.sign_in("olu", PASSWORD))  # the same user back
    an_hour_later(qtbot, window)
    assert len(shown) == 2  # shown again, not taken as read


def test_the_backups_check_failing_after_every_hour_shows_its_box_once_until_it_passes(
    qtbot, window, boxes, monkeypatch, expect_log
):
    """The backups' check runs after every hour's backup: its same failure (their folder made
    read-only, the notes not written) is shown once, then said in the status bar, until a
    check goes through."""
    expect_log(logging.WARNING, "^backups' check failed again: ", logger="sortapp.ui.mainwindow")
    stuck = KnownStorageError("The backups' notes cannot be written", "Check the folder")
    outcomes: list[Exception | None] = [stuck, stuck, None, stuck]

    def check_pending_apart(*args):
        fails = outcomes.pop(0) if outcomes else None
        if fails is not None:
            raise fails
        return 0

    monkeypatch.setattr(backups, "check_pending_apart", check_pending_apart)

    def checked() -> None:
        window.check_backups()
        reported(qtbot, window._check_op)

    expected = "The backups' notes cannot be written. Check the folder"
    checked()
    assert boxes.shown == [("sortapp", expected, QMessageBox.Icon.Critical, "")]
    checked()
    assert len(boxes.shown) == 1
    assert status(window) == f"The backups' check failed again: {expected}"
    checked()  # through
    checked()  # and failing again: shown again
    assert len(boxes.shown) == 2 and outcomes == []


def test_a_long_scan_refused_as_a_lot_number_does_not_widen_the_window(qtbot, window, boxes):
    """200 characters scanned into the lot number: the refusal beside the field, in the box and
    in the status bar quoted them whole, a line no label could wrap, and the window's least
    width grew from 742 to 1812 pixels (it grew past a 1024 screen and stayed so)."""
    window.resize(1024, 700)
    least = window.minimumSizeHint().width()
    fill_receiving_form(window, "B" * 200)
    assert not window.receiving._number_free()  # (left: said beside the field)
    note = window.receiving.number_note.text()
    assert note.startswith("lot: '" + "B" * 40 + "…' is not a valid number"), note
    press_receive(qtbot, window)
    assert boxes.shown[-1][1].startswith("lot: '" + "B" * 40 + "…' is not a valid number")
    assert status(window).startswith("lot: '" + "B" * 40 + "…'")
    assert window.minimumSizeHint().width() == least < 1024
    assert window.width() == 1024


def test_the_backups_warning_does_not_replace_what_an_action_just_said(window, monkeypatch):
    """The start's check of the backups said its warning over the fourth entry's "Entry ...
    recorded": a scanner's operator never saw it. The warning waits for that sentence to go
    (its time up), then is said."""
    warning = "There is no verified backup of this database yet: make one (File > Backup now)."
    monkeypatch.setattr(backups, "backup_warning", lambda *args, **kwargs: warning)
    window.go(window.pages.index(window.sorting))
    window.ctx.say("Entry KSF-E36: 12.500 ct into S5-SAW-Q1-W of lot L1.", window.sorting)
    window.warn_about_backups()
    assert status(window) == "Entry KSF-E36: 12.500 ct into S5-SAW-Q1-W of lot L1."
    window.statusBar().clearMessage()  # (as its time runs out)
    assert status(window) == warning


def test_a_supervisor_is_told_to_make_a_backup_an_operator_who_makes_them(make_window, monkeypatch):
    """ "make one (File > Backup now)" was said to an operator, whose menu item is off; then,
    beside it, that a supervisor makes one with it (a clerk's day, 2026-12-07): the operator is
    told what is missing, and who makes it."""
    warning = "There is no verified backup of this database yet: make one (File > Backup now)."
    missing = (
        "There is no verified backup of this database yet: tell a supervisor (they make one "
        "with File > Backup now)."
    )

    def backup_warning(*_args, maker=True, **_kwargs):
        return warning if maker else missing

    monkeypatch.setattr(backups, "backup_warning", backup_warning)
    supervisor = make_window("sam")
    supervisor.warn_about_backups()
    assert status(supervisor) == warning and supervisor.backup_action.isEnabled()
    operator = make_window("olu")
    operator.warn_about_backups()
    assert status(operator) == missing
    assert not operator.backup_action.isEnabled()
