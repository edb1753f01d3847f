"""The desktop app opening a file: a file that is not sortapp's is refused with a message and left
alone; a database that cannot be written opens read-only and says so (issue 10, findings 5, 8)."""

from __future__ import annotations

import logging
import os

import pytest

from sortapp import app
from sortapp.services import backups, lots, parcels, transfers
from sortapp.storage import db as db_module
from sortapp.storage.db import opened_read_only
from sortapp.ui import dialogs, imports, mainwindow
from sortapp.ui.help import disabled_reasons
from sortapp.ui.pages import settings as settings_page_module
from sortapp.ui.widgets import disabled_why
from tests.conftest import PASSWORD, make_lot, make_sorted_lot
from tests.gui.conftest import restore_and_wait
from tests.scenarios.test_restore_damaged import backed_up_then_damaged
from tests.unit.storage.test_files import (
    damage,
    deny_writes_under,
    fingerprint,
    foreign_rollback,
)


@pytest.fixture
def shown(monkeypatch):
    """The messages the app shows (dialogs are off in tests)."""
    texts: list[str] = []
    monkeypatch.setattr(
        "sortapp.ui.errors.message", lambda parent, title, text, **kw: texts.append(text)
    )
    return texts


def _opened_as_admin(
    qtbot,
    monkeypatch,
    db_path,
    said: list[str] | None = None,
    signed_in: list[str] | None = None,
):
    """The app opened on ``db_path`` with the admin signed in (again too, after a restore over
    a damaged file), shown; what it says from then on (``said``) taken as it shows, and the
    site each sign-in was asked for (``signed_in``)."""

    def ask(cls, parent, site_name, *rest):
        if signed_in is not None:
            signed_in.append(site_name)
        return ("admin", PASSWORD)

    monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(ask))
    monkeypatch.setattr(app, "LoginDialog", dialogs.LoginDialog)
    monkeypatch.setattr(mainwindow, "LoginDialog", dialogs.LoginDialog)
    window = app.open_window(db_path)
    assert window is not None
    qtbot.addWidget(window)
    if said is not None:
        window.ctx.said.connect(said.append)
    window.show()
    return window


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


def test_a_read_only_file_disables_what_writes_and_says_why(
    qtbot, db, db_path, who, shown, monkeypatch
):
    """Where the file is open read-only, every control that writes is disabled, saying why (its
    tool tip; Help, Why is it disabled), whatever the role or the selection would enable; what
    only reads (prints, reports, Verify now, Restore) stays enabled. Before, each was enabled
    and refused only when used."""
    make_sorted_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")  # received: open for sorting entries
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(lambda *a: ("admin", PASSWORD)))
    monkeypatch.setattr(app, "LoginDialog", dialogs.LoginDialog)
    monkeypatch.setattr(os, "access", deny_writes_under(db_path.parent))
    window = app.open_window(db_path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    why = "The database is open read-only: nothing can be written to it"

    def refused(*widgets):
        for widget in widgets:
            assert not widget.isEnabled(), widget
            assert disabled_why(widget) == why
            assert widget.toolTip().startswith(why)

    receiving, sorting, parcels_page, settings_page = (window.page(i) for i in (0, 1, 3, 6))
    refused(
        receiving.receive_button,
        receiving.weigh_button,
        receiving.reweigh_button,
        receiving.ack_button,
        receiving.import_csv_button,
        receiving.transfer_button,
    )
    refused(receiving.f_number, receiving.f_weighed, receiving.f_origin, receiving.f_value)
    receiving.apply_role()  # the admin's rights applied again: still disabled
    refused(receiving.reweigh_button, receiving.ack_button)
    assert receiving.receipt_button.isEnabled() and receiving.label_button.isEnabled()
    assert any(reason.endswith(f": {why}.") for reason in disabled_reasons(receiving))
    sorting.open_lot("L2")  # open for entries: the page enables them, the file does not
    refused(
        sorting.f_category,
        sorting.f_carats,
        sorting.add_button,
        sorting.loss_button,
        sorting.close_button,
        sorting.correct_button,
        sorting.import_button,
    )
    assert sorting.report_button.isEnabled()
    sorting.apply_role()  # (its own tool tip set again: the reason kept before it)
    refused(sorting.correct_button)
    assert sorting.correct_button.toolTip() != why
    parcels_page.open_parcel("P1")  # a draft an admin may pack and seal
    refused(
        parcels_page.new_button,
        parcels_page.add_box,
        parcels_page.seal_button,
        parcels_page.value_button,
        parcels_page.void_button,
        parcels_page.transfer_button,
    )
    assert parcels_page.importers_button.isEnabled()
    asked = []
    for form in (dialogs.NewParcelDialog, settings_page_module.CategoryNamesDialog):
        monkeypatch.setattr(form, "ask", classmethod(lambda cls, *a, **k: asked.append(cls)))
    said = []
    window.ctx.said.connect(said.append)
    parcels_page.new_item()  # Edit, New (Ctrl+N): as its button, no form to fill in for nothing
    assert asked == [] and said == [why]
    # (A draft's documents wait for its seal: that reason, not the file's.)
    assert disabled_why(parcels_page.print_button) not in ("", why)
    refused(settings_page.save_site, settings_page.add_user_button, settings_page.price_button)
    assert all(field.read_only() for field in settings_page.site_fields.values())
    assert settings_page.site_note.text() == (
        "The database is open read-only, so the site's settings are shown read-only."
    )
    refused(settings_page.balances_tab.add_button, settings_page.balances_tab.check_button)
    window.go(6)  # (its lists read as it is shown)
    settings_page.category_table.selectRow(0)
    assert settings_page.category_table.selected_row() is not None
    settings_page.edit_names()  # a category double-clicked: no names form either
    assert asked == []
    assert not window.backup_action.isEnabled() and not window.password_action.isEnabled()
    assert not window.restore_action.isEnabled()  # (the service refuses it there too)
    assert window.page(5).verify_button.isEnabled()
    boxes = []
    monkeypatch.setattr(imports, "message", lambda parent, title, text, **kw: boxes.append(text))
    monkeypatch.setattr(transfers, "read_bundle", lambda *a: pytest.fail("a file was read"))
    imports.import_transfer(window, window.ctx, "/elsewhere/P7.sortapp-transfer")  # (at start)
    assert boxes == [f"{why}: /elsewhere/P7.sortapp-transfer was not imported."]
    window.close()
    window.ctx.db.close()
    assert shown == []


@pytest.mark.parametrize("large", [False, True])
def test_a_damaged_file_whose_tables_cannot_all_be_read_opens_and_is_restored(
    qtbot, db, db_path, who, shown, monkeypatch, expect_log, large
):
    """A table's page damaged: SQLite's check cannot finish, and the file was refused whole,
    so not even the window's restore could reach it. It opens read-only, found damaged; a list
    whose rows cannot be read shows them blank and says why once in the status bar (not a box
    or an exception at each paint), other workstations' changes are not followed on it, and
    the restore over it leaves the window working on the restored file, followed again. A file
    too ``large`` to be checked as it opens (writable, its damage not known) had stopped the
    window as it was made; it goes the same way, and its restore keeps it as damaged."""
    taken = backed_up_then_damaged(db, db_path, who, "lots")
    if large:
        monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 0)
    expect_log(logging.WARNING, "^other workstations' changes are not followed on a damaged")
    expect_log(logging.WARNING, "^a part of the damaged file cannot be read: ")
    said: list[str] = []
    window = _opened_as_admin(qtbot, monkeypatch, db_path, said)
    assert window.windowTitle().endswith("[read-only]") != large
    assert window.others.watcher is None and not window.others.look()
    receiving = window.page(0)
    window.go(0)
    assert receiving.model.rowCount() == 2  # (their ids, from an index: the rows themselves not)
    receiving.grab()  # painted: the rows are asked for
    receiving.request_refresh()
    receiving.grab()
    unreadable = (
        "SQLite cannot read a part of this damaged database: what is in it is not shown. An "
        "admin restores the last good backup over it: File, Restore a backup..."
    )
    assert said == [unreadable]
    assert window.restore_action.isEnabled()
    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(lambda *a: True))
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(taken.path)))
    restore_and_wait(qtbot, window)
    assert opened_read_only(window.ctx.db) is None and not window.locked
    assert len(list((db_path.parent / "backups").glob("*-damaged.sortapp-backup"))) == 1
    assert window.others.watcher is not None
    assert [lot.number for lot in lots.list_lots(window.ctx.db, window.ctx.actor)] == ["L1"]
    window.go(0)
    window.page(0).grab()
    assert window.page(0).model.row(0) is not None
    assert said[0] == unreadable and said.count(unreadable) == 1
    window.close()
    window.ctx.db.close()
    assert shown == []


def test_a_large_file_whose_log_is_damaged_opens_and_is_restored(
    qtbot, db, db_path, who, shown, monkeypatch, expect_log
):
    """A file too large to be checked as it opens, its log's page damaged: the sign-in that
    records itself and the backups' check as the window was made read the log, and stopped
    the app with "The database file is damaged" before any window. The admin signs in
    (unrecorded), the window opens, and File, Restore a backup... restores over it."""
    taken = backed_up_then_damaged(db, db_path, who, "audit")
    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 0)
    for pattern in (
        "^sign-in of admin not recorded: the file is damaged",
        "^other workstations' changes are not followed on a damaged",
        "^a part of the damaged file cannot be read: ",
        "^restore: the damaged database's last audit entry cannot be read",
    ):
        expect_log(logging.WARNING, pattern)
    window = _opened_as_admin(qtbot, monkeypatch, db_path)
    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(lambda *a: True))
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(taken.path)))
    restore_and_wait(qtbot, window)
    assert [lot.number for lot in lots.list_lots(window.ctx.db, window.ctx.actor)] == ["L1"]
    assert len(list((db_path.parent / "backups").glob("*-damaged.sortapp-backup"))) == 1
    assert window.others.watcher is not None
    window.close()
    window.ctx.db.close()
    assert shown == []


def test_a_filter_a_damaged_file_cannot_answer_shows_no_lots(
    qtbot, db, db_path, who, shown, monkeypatch, expect_log
):
    """On a damaged file a search or filter whose ids SQLite cannot read (the status index
    gone) left the list as it was, every lot shown under "sorted" as if it were the answer: it
    shows none now, its count says so, and why is said once."""
    make_sorted_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    db.close()
    damage(db_path, "lots_by_status")
    expect_log(logging.WARNING, "^a part of the damaged file cannot be read: ")
    said: list[str] = []
    window = _opened_as_admin(qtbot, monkeypatch, db_path, said)
    assert backups.damaged(window.ctx.db)
    window.go(0)
    receiving = window.page(0)
    assert receiving.model.rowCount() == 2 and receiving.count_label.text() == "2 lots"
    receiving.status_filter.setCurrentIndex(receiving.status_filter.findData("sorted"))
    assert receiving.model.rowCount() == 0 and receiving.count_label.text() == "0 lots"
    assert len(said) == 1 and said[0].startswith("SQLite cannot read a part of this damaged")
    window.close()
    window.ctx.db.close()
    assert shown == []


def test_a_damaged_file_whose_settings_cannot_be_read_is_said_damaged(
    qtbot, db_path, shown, signs_in_as_olu
):
    """The site's settings are read before anyone signs in: where SQLite cannot read them, the
    app says the file is damaged and what to do, and leaves it as it was (it had stopped on
    the error)."""
    damage(db_path, "settings")
    before = fingerprint(db_path.parent)
    assert app.open_window(db_path) is None
    assert shown == [
        "The database file is damaged (SQLITE_CORRUPT). Restore the last good backup and "
        "verify it. Then use Verify now on the Audit log page."
    ]
    assert signs_in_as_olu == []
    assert fingerprint(db_path.parent) == before


def test_a_writable_file_enables_what_writes(qtbot, db, db_path, who, monkeypatch):
    """The same controls, on a file that can be written: enabled (``writes`` changes nothing)."""
    make_lot(db, who.olu, "L2")
    window = _opened_as_admin(qtbot, monkeypatch, db_path)
    receiving, sorting = window.page(0), window.page(1)
    sorting.open_lot("L2")
    for widget in (
        receiving.receive_button,
        receiving.reweigh_button,
        receiving.import_csv_button,
        sorting.add_button,
        sorting.close_button,
        window.page(6).save_site,
    ):
        assert widget.isEnabled(), widget
    assert window.backup_action.isEnabled() and window.password_action.isEnabled()
    window.close()
    window.ctx.db.close()


def test_a_damaged_file_is_restored_from_the_window_and_worked_on_at_once(
    qtbot, db, db_path, who, shown, monkeypatch
):
    """A file SQLite finds damaged opens read-only, saying "restore the last good backup before
    writing to it": File, Restore a backup... was then disabled as a write, and the service
    refused it as one. It restores over the file; the window works on the restored database,
    open for writing, once someone signs in to it."""
    taken = backed_up_then_damaged(db, db_path, who)
    signed_in: list[str] = []
    window = _opened_as_admin(qtbot, monkeypatch, db_path, signed_in=signed_in)
    assert window.windowTitle().endswith("[read-only]")
    label = window.statusBar().findChild(type(window.user_label), "read_only")
    assert label.toolTip().endswith(
        "An admin restores the last good backup over it: File, Restore a backup..."
    )
    assert not window.page(0).receive_button.isEnabled()
    assert window.restore_action.isEnabled() and not window.backup_action.isEnabled()
    summaries: list[str] = []
    monkeypatch.setattr(
        dialogs.SummaryDialog, "ask", classmethod(lambda c, p, t, s: summaries.append(s) or True)
    )
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(taken.path)))
    window.restore()
    (summary,) = summaries
    assert "which SQLite reports damaged" in summary
    assert "The damaged file is kept in the backup folder as it is" in summary
    (kept,) = (db_path.parent / "backups").glob("*-damaged.sortapp-backup")
    # Signed in again, to the restored database: the window is writable, its pages made anew.
    assert signed_in == ["Kasane Sorting (KSF)"] * 2
    assert not window.locked
    assert window.lock_screen is not None and kept.name in window.lock_screen.note.text()
    assert opened_read_only(window.ctx.db) is None and window.ctx.read_only_why == ""
    assert window.windowTitle() == "sortapp - Kasane Sorting (KSF)"
    assert window.statusBar().findChild(type(window.user_label), "read_only") is None
    assert window.backup_action.isEnabled()
    receiving = window.page(0)
    assert receiving.receive_button.isEnabled()
    assert [lot.number for lot in lots.list_lots(window.ctx.db, window.ctx.actor)] == ["L1"]
    make_lot(window.ctx.db, window.ctx.actor, "L3")
    window.close()
    window.ctx.db.close()
    assert shown == []
