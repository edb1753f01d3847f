"""The GUI parses its forms through sortapp.core.forms: the CLI's words, nothing written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sortapp.core import forms
from sortapp.core.errors import UserError
from sortapp.services import lots, site
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow
from tests.conftest import PASSWORD


def test_a_bad_receipt_is_worded_as_the_form_words_it(qtbot, db, db_path):
    window = MainWindow(Context(db, db_path, site.login(db, "olu", PASSWORD)))
    qtbot.addWidget(window)
    window.show()
    page = window.receiving
    page.f_number.setText("L1")
    page.f_weighed.setText("1.2345")
    page.f_stones.setText("many")
    page.f_mine.setText("Jwaneng")
    with pytest.raises(UserError) as expected:
        forms.parse(forms.Receipt, {"carats": "1.2345", "stones": "many"})
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    shown = window.statusBar().currentMessage()
    said = str(expected.value)  # (a sentence on its own: its first letter a capital)
    assert said.startswith("weighed carats:") and said[:1].upper() + said[1:] in shown
    assert shown.startswith("Weighed carats:") and "; stones:" in shown
    assert lots.list_lots(db, window.ctx.actor) == []
