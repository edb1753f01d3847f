"""Which database a workstation uses, and an admin connecting it to the facility server, in
the app: the settings' Workstation tab, the connect dialog, the first run (issue 12).

The dialog's test and save run on a thread of their own: each test waits for its ``answered``
signal. The server is the test server, its site a copy of the test site."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from sortapp import app, paths
from sortapp.services import workstation
from sortapp.services.workstation import Saved
from sortapp.ui import dialogs
from sortapp.ui.connect import ConnectDialog
from tests.conftest import PASSWORD


@pytest.fixture
def site_server(pg_server, pg_signed_site_url) -> workstation.Server:
    return workstation.Server.of("127.0.0.1", pg_server.port, pg_signed_site_url.rsplit("/", 1)[1])


def _fill(dialog: ConnectDialog, server: workstation.Server, user: str, password: str) -> None:
    dialog.host.setText(server.host)
    dialog.port.setText(str(server.port))
    dialog.database.setText(server.database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def _press(qtbot, button) -> bool:
    """Click a dialog's button and wait for its answer (from its thread)."""
    dialog = button.window()
    with qtbot.waitSignal(dialog.answered, timeout=15_000) as answered:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return bool(answered.args[0])


def test_settings_show_the_database_file_and_only_an_admin_may_connect(
    qtbot, make_window, db_path, machine_config
):
    window = make_window("admin")
    window.go(6)
    page = window.settings_page
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert page.database_field.text() == str(db_path)
    assert str(machine_config) in page.workstation_note.text()
    assert page.connect_button.isEnabled()
    operator = make_window("olu")
    operator.go(6)
    assert not operator.settings_page.connect_button.isEnabled()


def test_an_admin_tests_and_saves_the_server_and_the_next_start_opens_it(
    qtbot, make_window, db_path, machine_config, site_server
):
    window = make_window("admin")
    dialog = ConnectDialog(window, workstation.source(str(db_path)), window.ctx.actor)
    qtbot.addWidget(dialog)
    assert dialog.current.text().startswith(f"This workstation uses the database file {db_path}")
    assert dialog.user.text() == "admin"
    _fill(dialog, site_server, "admin", "wrong")
    assert not _press(qtbot, dialog.test_button)
    assert "The server refused the sign-in: unknown user, wrong password" in dialog.outcome.text()
    dialog.password.setText(PASSWORD)
    assert _press(qtbot, dialog.test_button)
    assert dialog.outcome.text().startswith(
        f"Connected to {site_server.where}: signed in as admin (admin)."
    )
    assert not machine_config.exists()  # a test writes nothing
    # The test server has no TLS: a workstation asking for it is refused, and nothing saved.
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
    assert not _press(qtbot, dialog.save_button)
    assert dialog.outcome.text() == (
        f"{site_server.where} cannot be reached from this workstation: server does not support "
        "SSL, but SSL was required"
    )
    assert not machine_config.exists()
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    assert _press(qtbot, dialog.save_button)
    url = site_server.url + "?sslmode=disable"
    assert machine_config.read_text() == f'database = "{url}"\n'
    assert PASSWORD not in machine_config.read_text()
    assert paths.default_database() == url
    assert dialog.outcome.text() == (
        f"Saved in {machine_config}: sortapp opens {site_server.where} at its next start on this "
        "workstation."
    )
    assert dialog.saved is not None and dialog.saved.url == url


def test_an_operator_is_refused_by_the_service_not_only_the_button(
    qtbot, make_window, db_path, machine_config, site_server
):
    window = make_window("olu")
    dialog = ConnectDialog(window, workstation.source(str(db_path)), window.ctx.actor)
    qtbot.addWidget(dialog)
    _fill(dialog, site_server, "admin", PASSWORD)  # an admin's sign-in on the server, even
    assert not _press(qtbot, dialog.save_button)
    assert "olu is operator" in dialog.outcome.text()
    assert not machine_config.exists()


def test_a_file_that_cannot_be_written_is_said_with_the_path_and_content(
    qtbot, make_window, db_path, machine_config, site_server, monkeypatch
):
    window = make_window("admin")
    dialog = ConnectDialog(window, workstation.source(str(db_path)), window.ctx.actor)
    qtbot.addWidget(dialog)
    _fill(dialog, site_server, "admin", PASSWORD)

    def refused(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    assert not _press(qtbot, dialog.save_button)
    text = dialog.outcome.text()
    assert text == (
        f"This workstation cannot write {machine_config}; nothing was changed. Ask IT to deploy "
        f'that file with this content:\n\ndatabase = "{site_server.url}"\n'
    )
    assert not machine_config.exists()


def test_a_bad_field_is_said_before_anything_is_tried(qtbot, make_window, db_path, machine_config):
    window = make_window("admin")
    dialog = ConnectDialog(window, workstation.source(str(db_path)), window.ctx.actor)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.plant.local")
    dialog.port.setText("99999")
    dialog.test_button.click()
    assert dialog.call is None
    assert "The port '99999' is not a number from 1 to 65535" in dialog.outcome.text()


def test_the_first_run_connects_the_workstation_to_the_server(
    qtbot, machine_config, site_server, tmp_path, monkeypatch
):
    """No database yet: an admin chooses the facility server, tests, saves; the app opens it."""
    asked = []

    def choose(cls, parent, text, create=True):
        asked.append((text, create))
        return "connect"

    def run(dialog):  # the admin fills the dialog in, saves, closes it
        qtbot.addWidget(dialog)
        assert dialog.by is None  # no database open: the server's admin sign-in decides
        _fill(dialog, site_server, "admin", PASSWORD)
        assert _press(qtbot, dialog.save_button)
        return 0

    monkeypatch.setattr(dialogs.FirstRunChoice, "ask", classmethod(choose))
    monkeypatch.setattr(ConnectDialog, "exec", run)
    target = app.first_run(tmp_path / "new.db")
    assert target is not None and target.url == site_server.url
    assert not (tmp_path / "new.db").exists()
    [(text, create)] = asked
    assert create and f"There is no database at {tmp_path / 'new.db'} yet" in text
    assert machine_config.read_text() == f'database = "{site_server.url}"\n'
    monkeypatch.setattr(
        dialogs.LoginDialog, "ask", classmethod(lambda c, p, s, u="", n="": ("olu", PASSWORD))
    )
    window = app.open_window(target)
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.target.where == site_server.where
    window.go(6)
    assert window.settings_page.database_field.text() == site_server.where


def test_a_configured_server_not_reached_at_start_offers_to_connect_another(
    qtbot, machine_config, site_server, monkeypatch
):
    """The machine configuration names a server that is not reached: the sign-in says so;
    cancelled, the app offers to connect the workstation to another (no file is made)."""
    machine_config.parent.mkdir()
    machine_config.write_text('database = "postgresql://127.0.0.1:1/ksf"\n')
    answers = iter([("olu", PASSWORD), None, ("olu", PASSWORD)])
    notes = []

    def ask(cls, parent, site_name, user="", note=""):
        notes.append((site_name, note))
        return next(answers)

    offered = []

    def choose(cls, parent, text, create=True):
        offered.append((text, create))
        return "connect"

    opened = []
    real_open_window = app.open_window

    def open_window(target):
        window = real_open_window(target)
        opened.append(window)
        return window

    class NoLoop:
        def exec(self) -> int:
            return 0

    monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(ask))
    monkeypatch.setattr(dialogs.FirstRunChoice, "ask", classmethod(choose))
    monkeypatch.setattr(
        ConnectDialog,
        "ask",
        classmethod(lambda c, p, s, by=None: Saved(machine_config, "", site_server.url)),
    )
    monkeypatch.setattr(app, "open_window", open_window)
    monkeypatch.setattr(app, "make_application", NoLoop)
    monkeypatch.setattr(app.gc, "freeze", lambda: None)
    monkeypatch.setattr(app.sys, "excepthook", app.sys.excepthook)
    assert app.main(paths.default_database()) == 0
    assert notes[0] == ("facility server 127.0.0.1:1/ksf", "")
    assert "cannot be reached" in notes[1][1]
    [(text, create)] = offered
    assert not create
    assert text.startswith("The facility server 127.0.0.1:1/ksf was not reached:")
    assert "named by the machine configuration file" in text
    assert opened[0] is None and opened[1] is not None
    qtbot.addWidget(opened[1])
    assert opened[1].ctx.target.where == site_server.where
