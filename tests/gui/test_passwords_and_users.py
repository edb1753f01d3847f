"""Passwords and users in the desktop app: File, Change my password for every role (the
current one first; refusals beside their field; the site key's note said), and an admin's
Users tab: set a forgotten password, change a role, deactivate only once confirmed, and say
what to select when nothing is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from sortapp.core.errors import PermissionDenied
from sortapp.services import site
from sortapp.services.verify import audit_entries
from sortapp.storage import records
from sortapp.ui import dialogs
from tests.conftest import PASSWORD
from tests.gui.conftest import status
from tests.gui.test_dialogs import opened

NEW = "a brand new passphrase"


def _typed(qtbot, monkeypatch, cls, steps) -> list[dict[str, object]]:
    """Replace ``cls.ask`` by the real dialog: each step types its texts into it (the fields
    by key, emptied first) and presses Enter in the last; what the dialog showed after each:
    open, said (by field), the field the cursor is in. Stops once the dialog closed."""
    seen: list[dict[str, object]] = []

    def ask(klass, parent, *args, submit=None):
        dialog = opened(qtbot, klass.build(parent, *args, submit=submit))
        for texts in steps:
            last: QWidget = dialog.focusWidget() or dialog
            for key, text in texts.items():
                last = dialog.fields[key]
                last.clear()
                qtbot.keyClicks(last, text)
            qtbot.keyClick(last, Qt.Key.Key_Return)
            focus = dialog.focusWidget()
            seen.append(
                {
                    "open": dialog.isVisible(),
                    "said": dialog.said(),
                    "cursor": focus.objectName() if focus and dialog.isVisible() else "",
                }
            )
            if not dialog.isVisible():
                break
        if dialog.isVisible():
            dialog.reject()
        return dialog.values() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return seen


def _menu_action(window, text: str) -> QAction:
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else ():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def _audit_count(db) -> int:
    return db.execute("SELECT count(*) FROM audit").fetchone()[0]


# -- File, Change my password ---------------------------------------------------------------


@pytest.mark.parametrize("user", ["olu", "sam", "admin"])
def test_every_role_changes_their_own_password_from_the_file_menu(
    qtbot, make_window, db, monkeypatch, user
):
    window = make_window(user)
    action = _menu_action(window, "&Change my password...")
    assert action.isEnabled()
    seen = _typed(
        qtbot,
        monkeypatch,
        dialogs.ChangePasswordDialog,
        [{"current": PASSWORD, "password": NEW, "again": NEW}],
    )
    action.trigger()
    assert seen == [{"open": False, "said": {}, "cursor": ""}]
    assert status(window) == "Your password is changed."
    entry = audit_entries(db, limit=1)[0]
    assert (entry.user, entry.action, entry.object) == (user, "user.password", user)
    with pytest.raises(PermissionDenied):
        site.login(db, user, PASSWORD)
    assert site.login(db, user, NEW).name == user


def test_a_refused_password_keeps_the_dialog_open_and_the_cursor_on_the_field(
    qtbot, make_window, db, monkeypatch
):
    window = make_window("olu")
    seen = _typed(
        qtbot,
        monkeypatch,
        dialogs.ChangePasswordDialog,
        [
            {"current": "not the password", "password": NEW, "again": NEW},
            {"current": PASSWORD, "password": "short", "again": "short"},
            {"password": NEW, "again": NEW + "!"},
            {"password": "olu-2026", "again": "olu-2026"},
            {"password": PASSWORD, "again": PASSWORD},
            {"password": NEW, "again": NEW},
        ],
    )
    window.change_password()
    assert seen == [
        {
            "open": True,
            "said": {"current": "Wrong password; nothing was changed."},
            "cursor": "current",
        },
        {"open": True, "said": {"password": "Use at least 8 characters."}, "cursor": "password"},
        {"open": True, "said": {"again": "The two passwords differ."}, "cursor": "again"},
        {
            "open": True,
            "said": {"password": "Do not use the user name as the password."},
            "cursor": "password",
        },
        {
            "open": True,
            "said": {
                "password": "It is your current password; choose another; nothing was changed."
            },
            "cursor": "password",
        },
        {"open": False, "said": {}, "cursor": ""},
    ]
    assert site.login(db, "olu", NEW).name == "olu"


def test_three_wrong_current_passwords_lock_the_workstation(qtbot, make_window, db, monkeypatch):
    """Each wrong one is a failed attempt, recorded and counted towards the user's lockout as
    a sign-in's is (the service's rule); the third also locks the workstation, before the
    user's own lock: a session left signed in is not a place to try passwords."""
    window = make_window("olu")
    before = _audit_count(db)
    wrong = {"current": "not the password", "password": NEW, "again": NEW}
    seen = _typed(qtbot, monkeypatch, dialogs.ChangePasswordDialog, [wrong, wrong])
    window.change_password()
    assert [s["open"] for s in seen] == [True, True]
    assert seen[0]["said"] == {"current": "Wrong password; nothing was changed."}
    assert seen[1]["said"] == {  # said before it happens
        "current": "Wrong password; one more wrong one locks this workstation; nothing was changed."
    }
    assert not window.locked
    seen = _typed(qtbot, monkeypatch, dialogs.ChangePasswordDialog, [wrong])  # opened again
    window.change_password()
    qtbot.waitUntil(lambda: window.locked)
    assert window.lock_screen is not None
    assert window.lock_screen.note.text() == (
        "The current password was typed wrong 3 times. Sign in again."
    )
    assert _audit_count(db) == before + 3  # three failed attempts, recorded
    assert records.get_user_lock(db, "olu")[0] == 3
    assert site.login(db, "olu", PASSWORD).name == "olu"  # (under the user's lock: it clears)


def test_the_count_of_wrong_current_passwords_starts_again_at_each_sign_in(
    qtbot, make_window, db, monkeypatch
):
    window = make_window("olu")
    wrong = {"current": "not the password", "password": NEW, "again": NEW}
    _typed(qtbot, monkeypatch, dialogs.ChangePasswordDialog, [wrong, wrong])
    window.change_password()
    window.ctx.set_actor(site.login(db, "olu", PASSWORD))  # signed in again
    _typed(qtbot, monkeypatch, dialogs.ChangePasswordDialog, [wrong])
    window.change_password()
    assert window.ctx.wrong_passwords == 1
    assert not window.locked


def test_the_right_current_password_starts_the_count_again(qtbot, make_window, db, monkeypatch):
    """Two wrong, then the right one with a new password refused, then one more wrong one:
    that locked the workstation as "typed wrong 3 times" (in a row, it was not)."""
    window = make_window("olu")
    wrong = {"current": "not the password", "password": NEW, "again": NEW}
    right = {"current": PASSWORD, "password": "short", "again": "short"}
    seen = _typed(qtbot, monkeypatch, dialogs.ChangePasswordDialog, [wrong, wrong, right, wrong])
    window.change_password()
    assert [s["open"] for s in seen] == [True] * 4
    assert seen[3]["said"] == {"current": "Wrong password; nothing was changed."}
    assert window.ctx.wrong_passwords == 1
    assert not window.locked
    assert records.get_user_lock(db, "olu")[0] == 1  # (the service's count: the same)


def test_the_site_keys_note_is_said_after_the_change(qtbot, make_window, db, monkeypatch):
    """A supervisor who does not hold the site key is told so (``Changes.note``)."""
    admin = site.login(db, "admin", PASSWORD)
    site.add_user(db, admin, "kim", "operator", PASSWORD)
    site.set_user(db, admin, "kim", role="supervisor")  # not given the key yet
    window = make_window("kim")
    _typed(
        qtbot,
        monkeypatch,
        dialogs.ChangePasswordDialog,
        [{"current": PASSWORD, "password": NEW, "again": NEW}],
    )
    window.change_password()
    assert status(window) == (
        "Your password is changed. kim does not hold the site signing key yet: a supervisor or "
        "admin who holds it gives it to them (kim types their password)."
    )


@pytest.mark.parametrize(
    ("build", "args"),
    [(dialogs.ChangePasswordDialog.build, ("olu",)), (dialogs.SetPasswordDialog.build, ("sam",))],
)
def test_what_a_new_password_must_be_is_said_before_one_is_refused(qtbot, build, args):
    dialog = opened(qtbot, build(None, *args))
    rule = dialog.findChild(QLabel, "password_rule")
    assert rule is not None and rule.isVisible()
    assert rule.text() == (
        "At least 8 characters; not the user name, nor one of the most common passwords. "
        "A few unrelated words make a good one."
    )


# -- Settings, Users (an admin) -------------------------------------------------------------


def _users_tab(make_window, user: str = "admin"):
    window = make_window(user)
    window.go(window.pages.index(window.settings_page))
    page = window.settings_page
    page.tabs.setCurrentIndex(1)
    return window, page


def _select(page, name: str) -> None:
    rows = [page.users.row(i)["name"] for i in range(page.users.rowCount())]
    page.user_table.selectRow(rows.index(name))


def test_an_admin_sets_the_password_of_a_user_who_forgot_it(qtbot, make_window, db, monkeypatch):
    window, page = _users_tab(make_window)
    _select(page, "sam")
    seen = _typed(
        qtbot,
        monkeypatch,
        dialogs.SetPasswordDialog,
        [{"password": "sam", "again": "sam"}, {"password": NEW, "again": NEW}],
    )
    page.password_button.click()
    assert seen == [
        {"open": True, "said": {"password": "Use at least 8 characters."}, "cursor": "password"},
        {"open": False, "said": {}, "cursor": ""},
    ]
    assert status(window) == "The password of sam is set; give it to them in person."
    assert site.login(db, "sam", NEW).signer is not None  # the admin gave sam the key with it


def test_an_admins_own_row_asks_their_current_password(qtbot, make_window, db, monkeypatch):
    _window, page = _users_tab(make_window)
    _select(page, "admin")
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ChangePasswordDialog, "ask", classmethod(lambda c, p, name, **_: asked.append(name))
    )
    monkeypatch.setattr(
        dialogs.SetPasswordDialog, "ask", classmethod(lambda c, *a, **_: pytest.fail("asked"))
    )
    page.set_password()
    assert asked == ["admin"]


def test_an_admin_changes_a_role_and_the_site_keys_note_is_said(
    qtbot, make_window, db, monkeypatch
):
    window, page = _users_tab(make_window)
    _select(page, "olu")
    seen = _typed(qtbot, monkeypatch, dialogs.RoleDialog, [{}])
    roles: list[str] = []

    def build(cls, parent, name, role, submit=None, _built=dialogs.RoleDialog.build.__func__):
        dialog = _built(cls, parent, name, role, submit)
        roles.append(dialog.fields["role"].currentData())
        dialog.fields["role"].setCurrentIndex(dialog.fields["role"].findData("supervisor"))
        return dialog

    monkeypatch.setattr(dialogs.RoleDialog, "build", classmethod(build))
    page.role_button.click()
    assert roles == ["operator"]  # the dialog opens on the user's role
    assert seen[0]["open"] is False
    assert records.get_user(db, "olu")["role"] == "supervisor"
    assert status(window) == (
        "User olu is now supervisor. olu gets the site signing key when a holder gives it to "
        "them (olu types their password) or an admin who holds it sets their password."
    )


def test_demoting_oneself_is_refused_in_the_dialog(qtbot, make_window, db, monkeypatch):
    _window, page = _users_tab(make_window)
    _select(page, "admin")

    roles: list[str] = []

    def build(cls, parent, name, role, submit=None, _built=dialogs.RoleDialog.build.__func__):
        dialog = _built(cls, parent, name, role, submit)
        roles.append(dialog.fields["role"].currentData())
        dialog.fields["role"].setCurrentIndex(dialog.fields["role"].findData("operator"))
        return dialog

    monkeypatch.setattr(dialogs.RoleDialog, "build", classmethod(build))
    seen = _typed(qtbot, monkeypatch, dialogs.RoleDialog, [{}])
    page.change_role()
    assert roles == ["admin"]  # the dialog opens on the user's role
    assert seen == [
        {
            "open": True,
            "said": {"": "You cannot demote or deactivate yourself; ask another admin."},
            "cursor": "role",
        }
    ]
    assert records.get_user(db, "admin")["role"] == "admin"


@pytest.mark.parametrize("yes", [False, True])
def test_deactivating_a_user_asks_first(qtbot, make_window, db, monkeypatch, yes):
    window, page = _users_tab(make_window)
    _select(page, "sam")
    asked: list[tuple[str, str]] = []

    def ask(cls, parent, title, question):
        asked.append((title, question))
        return yes

    monkeypatch.setattr(dialogs.QuestionDialog, "ask", classmethod(ask))
    page.toggle_user_button.click()
    assert asked == [("Deactivate sam", "Deactivate sam? They can no longer sign in.")]
    user = records.get_user(db, "sam")
    if yes:
        assert not user["active"]
        assert status(window) == (
            "User sam is now inactive. sam no longer holds the site signing key."
        )
        # Reactivating asks nothing.
        _select(page, "sam")
        page.toggle_user_button.click()
        assert len(asked) == 1 and records.get_user(db, "sam")["active"]
        assert status(window).startswith("User sam is now active. sam gets the site signing key")
    else:
        assert user["active"]
        assert status(window) == "Nothing changed: sam is still active."


def test_the_user_acted_on_stays_selected(qtbot, make_window, db, monkeypatch):
    """Deactivated, sam is still the selected user: Unlock or Reactivate next need no
    choosing again (the list, shown anew, lost the selection)."""
    _window, page = _users_tab(make_window)
    _select(page, "sam")
    monkeypatch.setattr(dialogs.QuestionDialog, "ask", classmethod(lambda *a: True))
    page.toggle_user_button.click()
    assert not records.get_user(db, "sam")["active"]
    at = page.user_table.selected_row()
    assert at is not None and page.users.row(at)["name"] == "sam"
    page.toggle_user_button.click()  # reactivated, without choosing sam again
    assert records.get_user(db, "sam")["active"]


def test_deactivating_oneself_is_refused_without_a_question(qtbot, make_window, db, monkeypatch):
    """The service refuses it: asked first, the admin said Yes and was then refused."""
    window, page = _users_tab(make_window)
    _select(page, "admin")
    monkeypatch.setattr(
        dialogs.QuestionDialog, "ask", classmethod(lambda *a: pytest.fail("asked first"))
    )
    page.toggle_user_button.click()
    assert "You cannot demote or deactivate yourself" in status(window)
    assert records.get_user(db, "admin")["active"]


@pytest.mark.parametrize(
    ("button", "said"),
    [
        ("password_button", "Select the user whose password to set first."),
        ("role_button", "Select the user whose role to change first."),
        ("toggle_user_button", "Select the user to deactivate or reactivate first."),
        ("unlock_user_button", "Select the user to unlock first."),
    ],
)
def test_with_no_user_selected_each_button_says_what_to_do(
    qtbot, make_window, monkeypatch, button, said
):
    window, page = _users_tab(make_window)
    page.user_table.clearSelection()
    for cls in (dialogs.SetPasswordDialog, dialogs.RoleDialog):
        monkeypatch.setattr(cls, "ask", classmethod(lambda c, *a, **_: pytest.fail("asked")))
    monkeypatch.setattr(
        dialogs.QuestionDialog, "ask", classmethod(lambda c, *a: pytest.fail("asked"))
    )
    getattr(page, button).click()
    assert status(window) == said


def test_the_users_buttons_are_reached_with_tab_in_order(qtbot, make_window):
    window, page = _users_tab(make_window)
    page.user_table.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    assert order == [
        page.add_user_button,
        page.password_button,
        page.role_button,
        page.toggle_user_button,
        page.unlock_user_button,
    ]


def test_a_supervisor_is_offered_no_users_buttons(qtbot, make_window):
    window, page = _users_tab(make_window, "sam")
    assert not page.tabs.isTabEnabled(1)
    for button in (
        page.add_user_button,
        page.password_button,
        page.role_button,
        page.toggle_user_button,
        page.unlock_user_button,
    ):  # (each disabled itself, saying why, not only by its tab)
        assert button.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        assert button.toolTip().startswith("Admins change the site, its users and its data")
    # Their own password is theirs to change, from the File menu.
    assert _menu_action(window, "&Change my password...").isEnabled()
