"""The desktop app opening a file: a file that is not sortapp's is refused with a message and left
alone; a database that cannot be written opens read-only and says so (issue 10, findings 5, 8)."""

from __future__ import annotations

import os

import pytest

from sortapp import app
from sortapp.ui import dialogs
from tests.conftest import PASSWORD
from tests.unit.storage.test_files import deny_writes_under, fingerprint, foreign_rollback


@pytest.fixture
def shown(monkeypatch):
    """The messages the app shows (dialogs are off in tests)."""
    texts: list[str] = []
    monkeypatch.setattr(
        "sortapp.ui.errors.message", lambda parent, title, text, **kw: texts.append(text)
    )
    return texts


@pytest.fixture
def signs_in_as_olu(monkeypatch):
    asked: list[str] = []

    def ask(cls, parent, site_name, *rest):
        asked.append(site_name)
        return ("olu", PASSWORD)

    monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(ask))
    monkeypatch.setattr(app, "LoginDialog", dialogs.LoginDialog)
    return asked


def test_the_app_refuses_another_programs_file_and_leaves_it_alone(
    qtbot, tmp_path, shown, signs_in_as_olu
):
    path = tmp_path / "contacts.db"
    foreign_rollback(path)
    before = fingerprint(tmp_path)
    assert app.open_window(path) is None
    assert len(shown) == 1 and "another program's SQLite database" in shown[0]
    assert "left as it was" in shown[0]
    assert signs_in_as_olu == []  # refused before anyone is asked to sign in
    assert fingerprint(tmp_path) == before


def test_the_app_opens_a_file_it_cannot_write_read_only_and_says_so(
    qtbot, db_path, shown, signs_in_as_olu, monkeypatch
):
    folder = db_path.parent
    before = fingerprint(folder)
    monkeypatch.setattr(os, "access", deny_writes_under(folder))
    window = app.open_window(db_path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert signs_in_as_olu == ["Kasane Sorting (KSF)"]
    assert window.windowTitle() == "sortapp - Kasane Sorting (KSF) [read-only]"
    label = window.statusBar().findChild(type(window.user_label), "read_only")
    assert label is not None and label.isVisible()
    assert label.text() == f"Read-only: no permission to write {db_path}"
    window.statusBar().showMessage("something else")  # a passing message leaves it in place
    assert label.isVisible()
    window.close()  # no backup at close: it would be recorded in the database
    window.ctx.db.close()
    assert shown == []
    # (the tests keep the window's preferences in a qsettings folder here: not the database's)
    after = {k: v for k, v in fingerprint(folder).items() if not k.startswith("qsettings/")}
    assert after == before
    assert sorted(p.name for p in folder.iterdir() if p.name != "qsettings") == [db_path.name]
