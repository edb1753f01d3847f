"""The site's two balance settings on the Settings form (issue 16): typed weights allowed, and a
daily check required; saved through the service like the others."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from sortapp.services import settings


def test_the_balance_settings_are_checkboxes_saved_by_the_service(qtbot, make_window, db):
    window = make_window("admin")
    window.go(6)
    page = window.settings_page
    keyed, daily = page.site_fields["keyed-weights"], page.site_fields["balance-daily-check"]
    assert isinstance(keyed.widget, QCheckBox) and isinstance(daily.widget, QCheckBox)
    assert (keyed.text(), daily.text()) == ("yes", "no")  # the defaults
    keyed.widget.setChecked(False)
    daily.widget.setChecked(True)
    qtbot.mouseClick(page.save_site, Qt.MouseButton.LeftButton)
    now = settings.settings(db)
    assert (now.keyed_weights, now.balance_daily_check) == (False, True)
