"""The app's lock locks: while locked nothing of the facility's data is visible or reachable.

Issue 10, finding 9: after Ctrl+L and Cancel, Ctrl+1..7 still showed every page, File > Print
still printed, and a manifest saved as PDF while locked was audited under the user who had
locked the screen. There was no idle lock.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from sortapp.cli import main
from sortapp.core.errors import UserError
from sortapp.core.roles import Role
from sortapp.services import settings, site
from sortapp.services.browse import AuditRow
from sortapp.services.verify import audit_entries
from sortapp.storage.db import open_db
from sortapp.ui import dialogs
from sortapp.ui.context import Locked
from sortapp.ui.mainwindow import AREAS, MainWindow
from sortapp.ui.pages import receiving
from tests.conftest import PASSWORD


class DialogSpy:
    """Every dialog of the app replaced by a recorder that answers so as to go ahead."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, pdf: Path) -> None:
        self.calls: list[str] = []
        self.logins: list[str] = []
        self.notes: list[str] = []
        #: What the sign-in dialog answers, in turn; then Cancel (None).
        self.login_answers: list[tuple[str, str]] = []
        goes_ahead = {"PrintChoice": "pdf", "SaveFileDialog": str(pdf), "TextDialog": "why"}
        for module in (dialogs, receiving):
            for name, cls in vars(module).items():
                if isinstance(cls, type) and "ask" in vars(cls) and name != "LoginDialog":
                    monkeypatch.setattr(
                        cls, "ask", classmethod(self._recorder(name, goes_ahead.get(name)))
                    )
        monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(self._login))

    def _recorder(self, name, answer):  # type: ignore[no-untyped-def]
        def ask(_cls, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            self.calls.append(name)
            return answer

        return ask

    def _login(self, _cls, _parent, _site, user="", note=""):  # type: ignore[no-untyped-def]
        self.logins.append(user)
        self.notes.append(note)
        return self.login_answers.pop(0) if self.login_answers else None


@pytest.fixture
def spy(monkeypatch, tmp_path) -> DialogSpy:
    return DialogSpy(monkeypatch, tmp_path / "out.pdf")


def newest_audit(db) -> AuditRow:  # type: ignore[no-untyped-def]
    return audit_entries(db, limit=1)[0]


def menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    for top in window.menuBar().actions():
        found.append(top)
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found.extend(a for a in menu.actions() if not a.isSeparator())
    return found


def every_shortcut(window: MainWindow) -> list[QKeySequence]:
    """Every key sequence of every action and shortcut of the window, its menus and pages."""
    texts = {f"Ctrl+{i}" for i in range(1, 10)}
    # Keys a person might try besides: menu mnemonics, the menu bar key, common commands.
    texts.update(["Alt+F", "Alt+E", "Alt+G", "Alt+V", "F10", "Ctrl+Q", "Ctrl+S", "Ctrl+E"])
    for action in window.findChildren(QAction):
        texts.update(s.toString() for s in action.shortcuts() if not s.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        texts.update(s.toString() for s in shortcut.keys() if not s.isEmpty())  # noqa: SIM118
    return [QKeySequence(t) for t in sorted(texts)]


def press(qtbot, window: MainWindow, sequence: QKeySequence) -> None:
    combo = sequence[0]  # type: ignore[index]  # the stubs lack QKeySequence.__getitem__
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def assert_locked_and_dark(window: MainWindow, spy: DialogSpy, audit_before: AuditRow, pdf: Path):
    """Nothing of the data shows and nothing happened: only the lock screen is up."""
    assert window.locked and window.ctx.locked
    assert window.lock_screen is not None
    assert window.screens.currentWidget() is window.lock_screen
    assert window.lock_screen.isVisible()
    assert not window.workspace.isVisible()
    assert not any(page.isVisible() for page in window._made.values())
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert spy.calls == []
    assert newest_audit(window.ctx.db) == audit_before
    assert not pdf.exists()
    assert window.user_label.text() == "Locked"


def test_printing_is_detected_while_signed_in(qtbot, make_window, sealed, spy, tmp_path):
    """The harness below can see a print: unlocked, Ctrl+P saves and audits the manifest."""
    window = make_window("olu")
    window.go(3)
    window.parcels.open_parcel("P1")
    press(qtbot, window, QKeySequence(QKeySequence.StandardKey.Print))
    assert spy.calls == ["PrintChoice", "SaveFileDialog"]
    assert (tmp_path / "out.pdf").exists()
    assert newest_audit(sealed).action == "print.manifest"


def test_after_ctrl_l_and_cancel_no_shortcut_or_menu_reaches_the_data(
    qtbot, make_window, sealed, spy, tmp_path
):
    window = make_window("olu")
    for i in range(len(AREAS)):  # every page made, with something to show and print
        window.go(i)
    window.go(3)
    window.parcels.open_parcel("P1")
    shortcuts = every_shortcut(window)
    assert len(shortcuts) >= 20
    press(qtbot, window, QKeySequence("Ctrl+L"))  # lock; the sign-in is cancelled
    assert spy.logins == [""]
    before = newest_audit(sealed)
    pdf = tmp_path / "out.pdf"
    assert_locked_and_dark(window, spy, before, pdf)
    # The actor is gone: no service call can run as olu.
    with pytest.raises(Locked):
        _ = window.ctx.actor
    assert not window.ctx.can(Role.OPERATOR)
    for sequence in shortcuts:
        press(qtbot, window, sequence)
        assert_locked_and_dark(window, spy, before, pdf), sequence.toString()
    # Every menu and menu action is disabled, and even if triggered nothing runs.
    actions = menu_actions(window)
    assert len(actions) >= 16
    for action in actions:
        assert not action.isEnabled(), action.text()
        action.trigger()
        action.setEnabled(True)
        action.trigger()
        action.setEnabled(False)
        assert_locked_and_dark(window, spy, before, pdf), action.text()
    # The pages themselves refuse to act: a direct call finds no one signed in.
    window.parcels.print_current()
    window.receiving.print_current()
    assert_locked_and_dark(window, spy, before, pdf)
    assert window.isVisible()  # Ctrl+Q did not quit either


def test_a_save_as_pdf_finished_after_the_lock_is_neither_written_nor_audited(
    qtbot, make_window, sealed, spy, tmp_path, monkeypatch
):
    window = make_window("olu")
    window.go(3)
    window.parcels.open_parcel("P1")
    target = tmp_path / "late.pdf"

    def save_ask(_cls, *_args):  # Ctrl+L and Cancel while the file dialog is open
        window.switch_user()
        return str(target)

    monkeypatch.setattr(dialogs.SaveFileDialog, "ask", classmethod(save_ask))
    press(qtbot, window, QKeySequence(QKeySequence.StandardKey.Print))
    assert window.locked
    assert not target.exists()
    assert audit_entries(sealed, action="print.manifest") == []


def test_cancel_keeps_it_locked_and_the_sign_in_button_asks_again(qtbot, make_window, spy):
    window = make_window("olu")
    window.lock("Locked at 12:00.")
    assert spy.logins == []  # a lock by itself does not ask; the lock screen offers to
    assert window.lock_screen.note.text() == "Locked at 12:00."
    assert QApplication.focusWidget() is window.lock_screen.button
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert spy.logins == [""] and window.locked
    # A wrong password: the service's refusal is shown as it said it (a sentence: its first
    # letter a capital), and the dialog asks again with the name kept; Cancel then leaves the
    # workstation locked.
    spy.login_answers = [("sam", "wrong password")]
    qtbot.keyClick(window.lock_screen.button, Qt.Key.Key_Space)
    assert spy.logins == ["", "", "sam"]
    assert window.locked
    with pytest.raises(UserError) as refused:
        site.login(window.ctx.db, "sam", "wrong password")
    shown = "Sign-in refused: unknown user or wrong password"  # (its first letter a capital)
    assert str(refused.value) == "s" + shown[1:]
    assert spy.notes == ["", "", shown]
    assert window.lock_screen.refusal.isVisible()
    assert window.lock_screen.refusal.text() == shown


def test_another_user_signs_in_and_acts_as_themselves(qtbot, make_window, sealed, spy, tmp_path):
    window = make_window("olu")
    old_receiving = window.receiving
    old_receiving.f_number.setText("UNSAVED-1")  # olu's half-typed form
    window.lock()
    spy.login_answers = [("sam", PASSWORD)]
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert not window.locked
    assert window.ctx.actor.name == "sam"
    assert window.user_label.text() == "Signed in: sam (supervisor)"
    assert window.workspace.isVisible() and window.current_page().isVisible()
    assert all(a.isEnabled() for a in menu_actions(window) if a is not window.restore_action)
    assert not window.restore_action.isEnabled()  # sam is no admin
    # olu's pages (and the half-typed lot) went; sam's are made anew.
    assert window.receiving is not old_receiving
    assert window.receiving.f_number.text() == ""
    # What sam does is sam's.
    window.go(3)
    window.parcels.open_parcel("P1")
    press(qtbot, window, QKeySequence(QKeySequence.StandardKey.Print))
    assert (tmp_path / "out.pdf").exists()
    entry = audit_entries(sealed, action="print.manifest", limit=1)[0]
    assert entry.user == "sam"
    assert audit_entries(sealed, action="login", user="sam", limit=1)  # the sign-in itself


def test_the_same_user_back_finds_their_work(qtbot, make_window, spy):
    window = make_window("olu")
    window.go(0)
    page = window.receiving
    page.f_number.setText("UNSAVED-1")
    window.lock()
    spy.login_answers = [("olu", PASSWORD)]
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert window.ctx.actor.name == "olu"
    assert window.receiving is page and page.f_number.text() == "UNSAVED-1"
    assert page.isVisible()


def test_the_idle_lock_fires(qtbot, make_window):
    window = make_window("olu")
    window.idle.set_interval_ms(30)
    with qtbot.waitSignal(window.ctx.lock_changed, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]
    assert window.locked
    assert window.screens.currentWidget() is window.lock_screen
    assert "without input" in window.lock_screen.note.text()
    assert not window.idle.active  # no second lock while locked


def test_input_postpones_the_idle_lock(qtbot, make_window):
    window = make_window("olu")
    now = [1000.0]  # seconds on a clock the test moves
    window.idle.clock = lambda: now[0]
    window.idle.set_minutes(1)
    window.idle.start()  # as at a sign-in: the minute counts from now
    now[0] += 59
    qtbot.keyClick(window.receiving.f_number, "x")  # someone types at second 59
    now[0] += 2
    window.idle.timer.timeout.emit()  # the timer comes due a minute after the start
    assert not window.locked
    assert window.idle.active  # waits the rest of the minute since the key
    now[0] += 60
    window.idle.timer.timeout.emit()
    assert window.locked


def test_without_input_the_idle_lock_comes_on_time(qtbot, make_window):
    window = make_window("olu")
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    window.idle.set_minutes(1)
    window.idle.start()
    now[0] += 59.9
    window.idle.timer.timeout.emit()
    assert not window.locked
    now[0] += 0.1
    window.idle.timer.timeout.emit()
    assert window.locked


def test_the_idle_lock_closes_an_open_dialog(qtbot, make_window):
    window = make_window("olu")
    rescued: list[str] = []

    def rescue() -> None:  # if the lock left the dialog open, end the test instead of hanging
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                rescued.append(widget.windowTitle())
                widget.reject()

    guard = QTimer(window)
    guard.setSingleShot(True)
    guard.timeout.connect(rescue)
    guard.start(10_000)
    window.idle.set_interval_ms(30)
    answer = dialogs.TextDialog.ask(window, "Void parcel P1", "Reason", "typed by olu")
    guard.stop()
    assert rescued == []
    assert answer is None
    assert window.locked


def test_a_late_background_result_of_the_previous_session_is_dropped(make_window, qtbot, who):
    window = make_window("olu")
    ctx = window.ctx
    seen: list[int] = []
    late = ctx.while_signed_in(seen.append)
    ctx.lock()
    late(1)
    ctx.set_actor(who.sam)
    late(2)
    ctx.while_signed_in(seen.append)(3)
    assert seen == [3]


def test_nothing_runs_through_act_while_locked(make_window, qtbot, caplog):
    window = make_window("olu")
    ran: list[int] = []
    window.lock()
    with caplog.at_level(logging.INFO):
        assert window.ctx.act(window, lambda: ran.append(1)) is None
    assert ran == []


def test_idle_minutes_is_a_site_setting_shown_and_edited_on_the_settings_page(
    qtbot, make_window, db
):
    assert settings.settings(db).idle_lock_minutes == 10
    window = make_window("admin")
    assert window.idle.interval_ms == 10 * 60_000 and window.idle.active
    window.go(6)
    field = window.settings_page.site_fields["idle-lock-minutes"]
    assert field.text() == "10"
    field.set_text("3")
    qtbot.mouseClick(window.settings_page.save_site, Qt.MouseButton.LeftButton)
    assert settings.settings(db).idle_lock_minutes == 3
    assert window.idle.interval_ms == 3 * 60_000 and window.idle.active
    field.set_text("0")
    qtbot.mouseClick(window.settings_page.save_site, Qt.MouseButton.LeftButton)
    assert settings.settings(db).idle_lock_minutes == 0
    assert not window.idle.active  # 0: never


@pytest.mark.parametrize("bad", ["-1", "1441", "ten", "²", "1.5"])
def test_idle_minutes_refuses_what_is_not_a_number_of_minutes(db, who, bad):
    with pytest.raises(UserError, match="idle-lock-minutes"):
        site.set_setting(db, who.admin, "idle-lock-minutes", bad)
    assert settings.settings(db).idle_lock_minutes == 10


def test_site_set_idle_lock_minutes(db_path, monkeypatch, capsys):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    args = ["--db", str(db_path), "--user"]
    assert main([*args, "admin", "site", "set", "idle-lock-minutes", "15"]) == 0
    assert settings.settings(open_db(db_path)).idle_lock_minutes == 15
    assert main([*args, "olu", "site", "set", "idle-lock-minutes", "0"]) == 1
    assert "changing site settings needs an admin" in capsys.readouterr().err
    assert main([*args, "admin", "site", "set", "idle-lock-minutes", "a while"]) == 1
    assert "idle-lock-minutes" in capsys.readouterr().err
    assert settings.settings(open_db(db_path)).idle_lock_minutes == 15


def test_an_import_checked_in_the_background_goes_no_further_once_locked(
    qtbot, make_window, db, who, monkeypatch, tmp_path
):
    """The dry run's result arrives after the lock: nothing is asked, nothing is imported."""
    from sortapp.services import lots  # noqa: PLC0415
    from sortapp.ui import imports, ops  # noqa: PLC0415

    window = make_window("olu")
    good = tmp_path / "good.csv"
    good.write_text("lot,carats,origin,mine\nA1,5,BW,M\nA2,6,BW,M\n")
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, p, t, f="": str(good)))
    asked: list[str] = []
    monkeypatch.setattr(imports, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(imports, "message", lambda *a, **k: asked.append(a[2]))
    window.receiving.import_csv_button.click()
    assert ops.under_way(window)  # the dry run is under way in the background
    window.lock()  # before its result can come back to the GUI thread
    qtbot.waitUntil(lambda: not ops.under_way(window), timeout=10_000)
    assert asked == []
    assert lots.list_lots(db, who.olu) == []
    assert window.locked


def test_a_supervisor_demoted_while_their_window_is_open_is_refused_and_locked_out(
    qtbot, make_window, db, who
):
    """An attack round's race (2026-12-07): a supervisor demoted and made inactive went on
    acting from the window they had open. The action is refused, said, and the workstation
    locks: whoever signs in next gets the buttons of their own role."""
    from sortapp.services import assortment  # noqa: PLC0415

    window = make_window("sam")
    site.set_user(db, who.admin, "sam", role="operator")
    done = window.ctx.act(
        window, lambda: assortment.set_price(db, window.ctx.actor, "S5-SAW-Q1-W", 1)
    )
    assert done is None and window.ctx.refused == "signed_in_lapsed"
    qtbot.waitUntil(lambda: window.ctx.locked)
    assert window.lock_screen.note.text() == (
        "sam is operator now (an admin changed it since they signed in); nothing was "
        "written: sign in again."
    )
