"""Sign-in in the desktop app: the lockout said in the dialog, weak passwords, unlock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from sortapp import app
from sortapp.core.errors import PermissionDenied
from sortapp.services import site
from sortapp.services.verify import audit_entries
from sortapp.storage import records
from sortapp.ui import dialogs
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow
from tests.conftest import PASSWORD
from tests.forger import raw_edit

T0 = dt.datetime(2026, 3, 2, 10, 0, 0, tzinfo=dt.UTC)


def test_the_sign_in_dialog_says_until_when_a_user_is_locked(qtbot, db, monkeypatch):
    monkeypatch.setattr(site, "clock", lambda: T0)
    answers = iter([("olu", "wrong password")] * 5 + [("olu", PASSWORD)])
    notes: list[str] = []

    def ask(cls, parent, site_name, user="", note=""):
        notes.append(note)
        return next(answers, None)

    monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(ask))
    monkeypatch.setattr(app, "LoginDialog", dialogs.LoginDialog)
    assert app.sign_in(db, "Kasane") is None  # locked: the right password too; then cancelled
    assert notes[0] == ""
    assert "wrong password" in notes[1]
    assert "locked until 2026-03-02 10:01:00 UTC" in notes[5]
    assert "'olu' is locked after 5 failed attempts until 2026-03-02 10:01:00 UTC" in notes[6]
    # The dialog shows the note it is given.
    dialog = dialogs.LoginDialog.build(None, "Kasane", "olu", notes[6])
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert notes[6] in shown


def test_signing_in_to_the_app_is_recorded(qtbot, db, monkeypatch):
    monkeypatch.setattr(
        dialogs.LoginDialog, "ask", classmethod(lambda c, p, s, u="", n="": ("sam", PASSWORD))
    )
    monkeypatch.setattr(app, "LoginDialog", dialogs.LoginDialog)
    assert app.sign_in(db, "Kasane").name == "sam"
    entry = audit_entries(db, limit=1)[0]
    assert (entry.user, entry.action) == ("sam", "login")


def test_first_run_refuses_a_common_password(qtbot, tmp_path, monkeypatch):
    answer = {
        "code": "MINE",
        "name": "Remote",
        "country": "SL",
        "authority": "NMA",
        "admin": "boss",
        "password": "Password123",
        "again": "Password123",
    }
    answers = iter([answer, None])
    monkeypatch.setattr(
        dialogs.FirstRunDialog, "ask", classmethod(lambda c, p, s, **_: next(answers))
    )
    monkeypatch.setattr(app, "FirstRunDialog", dialogs.FirstRunDialog)
    shown: list[str] = []
    monkeypatch.setattr(app, "show_error", lambda parent, exc: shown.append(str(exc)))
    assert not app.create_database(tmp_path / "new.db")
    assert len(shown) == 1 and "most common" in shown[0]
    assert not (tmp_path / "new.db").exists()


@pytest.fixture
def settings_page(qtbot, db, db_path):
    window = MainWindow(Context(db, db_path, site.login(db, "admin", PASSWORD)))
    qtbot.addWidget(window)
    window.show()
    return window.settings_page


def _select(page, name: str) -> None:
    rows = [page.users.row(i)["name"] for i in range(page.users.rowCount())]
    page.user_table.selectRow(rows.index(name))


def test_settings_add_user_refuses_a_common_password(qtbot, settings_page, db, monkeypatch):
    monkeypatch.setattr(
        dialogs.NewUserDialog,
        "ask",
        classmethod(
            lambda c, p, **_: {"name": "newbie", "role": "operator", "password": "iloveyou"}
        ),
    )
    settings_page.add_user()
    assert records.get_user(db, "newbie") is None


def test_settings_shows_a_lock_and_unlocks(qtbot, settings_page, db):
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            site.login(db, "olu", "wrong password")
    settings_page.refresh()
    _select(settings_page, "olu")
    row = settings_page.users.row(settings_page.user_table.selected_row())
    assert row["sign_in"].startswith("locked until")
    assert settings_page.unlock_user_button.isEnabled()
    settings_page.unlock_user()
    assert records.get_user_lock(db, "olu") == (0, None)
    assert audit_entries(db, limit=1)[0].action == "user.unlock"
    assert site.login(db, "olu", PASSWORD).name == "olu"


def test_a_site_key_row_not_utf8_is_said_as_a_damaged_file_at_sign_in(
    qtbot, db, db_path, monkeypatch
):
    """A supervisor's sign-in reads the site key's row: a text there that sqlite3 cannot read
    (forged in the file) is a damaged file, said to the person signing in, not a crash; at
    start and on the lock screen alike."""
    window = MainWindow(Context(db, db_path, site.login(db, "olu", PASSWORD)))
    qtbot.addWidget(window)
    raw_edit(db_path, "UPDATE site_signing_key SET site = CAST(x'80ff' AS TEXT)")
    answers = iter([("sam", PASSWORD), None, ("sam", PASSWORD), None])
    monkeypatch.setattr(
        dialogs.LoginDialog, "ask", classmethod(lambda c, p, s, u="", n="": next(answers))
    )
    monkeypatch.setattr(app, "LoginDialog", dialogs.LoginDialog)
    shown: list[str] = []
    monkeypatch.setattr(app, "show_error", lambda parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(
        "sortapp.ui.mainwindow.show_error", lambda parent, exc: shown.append(str(exc)) or ""
    )

    assert app.sign_in(db, "Kasane") is None  # said, asked again, then cancelled
    window.lock()
    assert window.sign_in() is False
    assert window.ctx.locked
    damaged = "The database file is damaged (SQLITE_CORRUPT: a text that is not UTF-8)"
    assert [text.startswith(damaged) for text in shown] == [True, True], shown
