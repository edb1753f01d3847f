"""First run: the site's country from a list, its time zone, the site code's rule shown, the admin
named at the first sign-in, next steps on the empty app; the backup made as the app closes counts as
verified at the next start (issue 13)."""

from __future__ import annotations

from sortapp.services import backups, site
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
