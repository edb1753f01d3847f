"""Why a button is disabled, for the keyboard: its tool tip says it only to the mouse (a
disabled button takes no focus). Help, Why is it disabled (Shift+F1) says it for what the
page shows now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from sortapp.services import parcels
from sortapp.ui import help as ui_help
from sortapp.ui.widgets import disabled_why, enable
from tests.conftest import make_sorted_lot
from tests.gui.conftest import status


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """What the box said, each time it was shown."""
    shown: list[str] = []
    monkeypatch.setattr(
        ui_help.DisabledBox, "show_text", classmethod(lambda c, parent, text: shown.append(text))
    )
    return shown


def test_shift_f1_says_why_the_parcels_buttons_are_disabled_for_an_operator(
    qtbot, make_window, db, who, said
):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp NV", destination="BE")
    window = make_window("olu")
    window.go(3)
    window.parcels.open_parcel("P1")
    assert not window.parcels.seal_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    (text,) = said
    lines = text.split("\n")
    assert lines[0] == "On Parcels:"
    assert "- Seal: Supervisors seal parcels." in lines
    assert any(line.startswith("- Ship: Parcel P1 is draft: ") for line in lines)


def test_only_what_the_page_shows_now_is_said(qtbot, make_window, said):
    window = make_window("olu")
    window.go(6)
    page = window.settings_page
    page.tabs.setCurrentIndex(0)  # the site's settings
    window._show_disabled()
    assert said[-1].split("\n")[2:] == [
        "- Users: Admins manage users.",
        "- Save changed settings: Admins change the site, its users and its data.",
    ]
    page.tabs.setCurrentIndex(2)  # the assortment
    window._show_disabled()
    assert said[-1].split("\n")[2:] == [
        "- Users: Admins manage users.",
        "- Import categories from CSV: Admins change the site, its users and its data.",
        "- Names in other languages, Import names from CSV: Supervisors name the assortment in "
        "other languages.",
    ]


def test_a_page_with_nothing_disabled_says_so_in_the_status_bar(qtbot, make_window, said):
    window = make_window("olu")
    window.go(2)
    window._show_disabled()
    assert said == []
    assert status(window) == "Nothing is disabled on Stock."


def test_a_reason_is_kept_only_while_enable_keeps_the_widget_disabled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton("Seal", parent)
    enable(button, False, "Supervisors seal parcels")
    assert disabled_why(button) == "Supervisors seal parcels"
    enable(button, True, "Supervisors seal parcels")
    assert disabled_why(button) == ""
    parent.setEnabled(False)  # disabled by its parent (a tab): its own reason is none
    assert not button.isEnabled() and disabled_why(button) == ""
