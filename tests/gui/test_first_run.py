"""First run: the site's country from a list, its time zone, the site code's rule shown, the admin
named at the first sign-in, next steps on the empty app; the backup made as the app closes counts as
verified at the next start (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sortapp import app
from sortapp.services import backups, settings, site
from sortapp.storage.db import open_db
from sortapp.ui import dialogs
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow
from tests.conftest import PASSWORD
from tests.gui.conftest import shown, status


def test_the_backup_made_at_close_counts_as_verified_at_the_next_start(qtbot, db, db_path):
    window = shown(qtbot, MainWindow(Context(db, db_path, site.login(db, "sam", PASSWORD))))
    window.close()
    made = backups.list_backups(backups.folder(db, db_path))
    assert len(made) == 1  # the backup taken as the window closed
    again = shown(qtbot, MainWindow(Context(db, db_path, site.login(db, "sam", PASSWORD))))
    assert "no verified backup" not in status(again)
    again.close()


def test_first_run_keeps_what_was_typed_and_asks_country_and_time_zone(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "new.db"
    seen: dict[str, object] = {}

    def ask(cls, parent, where, submit=None):
        dialog = cls.build(parent, where, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        code = dialog.fields["code"]
        assert dialog.focusWidget() is code or not dialog.isActiveWindow()
        seen["hint"] = code.placeholderText() + dialog.findChild(QLabel, "code_rule").text()
        countries = dialog.fields["country"]
        seen["countries"] = [countries.itemText(i) for i in range(countries.count())]
        countries.setCurrentText("Botswana (BW)")
        dialog.fields["timezone"].setCurrentText("Africa/Gaborone")
        for key, text in (("code", "KSF"), ("name", "Kasane"), ("admin", "boss")):
            dialog.fields[key].setText(text)
        dialog.fields["password"].setText("a long enough secret")
        dialog.fields["again"].setText("a long enough secrat")
        qtbot.keyClick(dialog.fields["again"], Qt.Key.Key_Return)
        seen["open"], seen["said"] = dialog.isVisible(), dialog.said()
        seen["kept"] = dialog.values()["password"]
        dialog.fields["again"].setText("a long enough secret")
        qtbot.keyClick(dialog.fields["again"], Qt.Key.Key_Return)
        return cls.answer(dialog.values()) if not dialog.isVisible() else None

    monkeypatch.setattr(dialogs.FirstRunDialog, "ask", classmethod(ask))
    monkeypatch.setattr(app, "FirstRunDialog", dialogs.FirstRunDialog)
    assert app.create_database(path)
    assert seen["open"] and seen["kept"] == "a long enough secret"
    said = seen["said"]
    assert isinstance(said, dict) and said == {"again": "The two passwords differ."}
    assert "2-12 capital letters or digits" in str(seen["hint"])
    countries = seen["countries"]
    assert isinstance(countries, list) and "Botswana (BW)" in countries
    db = open_db(path)
    assert settings.settings(db).timezone == "Africa/Gaborone"
    assert settings.site(db).country == "BW"
    db.close()
    # The first sign-in offers the admin just made; the empty app says what comes next.
    offered: list[str] = []

    def login(cls, parent, site_name, user="", note="", **_):
        offered.append(user)
        return ("boss", "a long enough secret")

    monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(login))
    monkeypatch.setattr(app, "LoginDialog", dialogs.LoginDialog)
    window = app.open_window(path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert offered == ["boss"]
    assert window.next_steps.isVisible() and "receive the first lot" in window.next_steps.text()
    window.next_steps.linkActivated.emit("dismiss")
    assert not window.next_steps.isVisible()
    window.close()
    window.ctx.db.close()


def test_the_time_zone_is_found_by_any_part_of_its_name_as_in_settings(qtbot, tmp_path):
    """The first run's list of time zones finds 'gabo' in Africa/Gaborone, as Settings' does
    (it found only a zone's beginning: the region one had to guess first)."""
    dialog = dialogs.FirstRunDialog.build(None, tmp_path / "new.db", None)
    qtbot.addWidget(dialog)
    dialog.show()
    zones = dialog.fields["timezone"]
    zones.setFocus()
    zones.lineEdit().clear()
    qtbot.keyClicks(zones.lineEdit(), "gabo")
    completer = zones.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Africa/Gaborone"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert zones.currentText() == "Africa/Gaborone"
