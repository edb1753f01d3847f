"""What a review of issue 13 found: keys that belong to a choice, dialogs that must stay open
on a failure or a refusal, checks before a summary, and numbers in the site's mark."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from sortapp.services import parcels
from sortapp.ui import dialogs
from sortapp.ui.context import OFFLINE
from tests.conftest import make_lot
from tests.gui.test_dialogs import opened

# -- G: a choice takes its keys; the scan box takes the rest --------------------------------------


def test_a_key_typed_on_a_choice_picks_in_it_not_the_scan_box(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    page.f_loss_type.setFocus()
    assert page.f_loss_type.hasFocus()
    qtbot.keyClick(page.f_loss_type, "b")
    assert page.f_loss_type.currentText() == "breakage"
    assert window.scan_box.edit.text() == ""
    window.go(0)
    box = window.receiving.status_filter
    box.setFocus()
    qtbot.keyClick(box, "s")
    assert box.currentText() == "sorting"
    assert window.scan_box.edit.text() == ""
    assert window.current_page() is window.receiving


# -- H: an action that did not run, or failed, keeps its dialog open -----------------------------


def _new_parcel_typed(qtbot, monkeypatch, window) -> dict[str, object]:
    """Press New parcel on the parcels page, type a parcel, press OK: what the dialog showed."""
    seen: dict[str, object] = {}

    def ask(cls, parent, exporter, countries, submit=None):
        dialog = opened(qtbot, cls.build(parent, exporter, countries, submit))
        qtbot.keyClicks(dialog.fields["number"], "P7")
        qtbot.keyClicks(dialog.fields["importer"], "Antwerp NV")
        qtbot.keyClick(dialog.fields["importer"], Qt.Key.Key_Return)
        seen["open"], seen["said"], seen["kept"] = (
            dialog.isVisible(),
            dialog.said(),
            dialog.values(),
        )
        dialog.reject()

    monkeypatch.setattr(dialogs.NewParcelDialog, "ask", classmethod(ask))
    window.go(3)
    window.parcels.new_item()
    return seen


def test_a_failed_action_keeps_its_dialog_open_with_what_was_typed(
    qtbot, make_window, db, monkeypatch, expect_log
):
    expect_log(logging.ERROR, "^unexpected error$", logger="sortapp.ui.errors")
    window = make_window("olu")

    def bug(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(parcels, "create_parcel", bug)
    seen = _new_parcel_typed(qtbot, monkeypatch, window)
    assert seen["open"]
    kept = seen["kept"]
    assert isinstance(kept, dict) and kept["number"] == "P7" and kept["importer"] == "Antwerp NV"
    assert seen["said"] == {"": "Not done: the message shown says why. What you typed is kept."}


def test_offline_an_action_keeps_its_dialog_open_and_says_why(qtbot, make_window, db, monkeypatch):
    window = make_window("olu")
    window.ctx.offline = True  # the facility server lost
    seen = _new_parcel_typed(qtbot, monkeypatch, window)
    assert seen["open"]
    kept = seen["kept"]
    assert isinstance(kept, dict) and kept["number"] == "P7"
    assert seen["said"] == {"": OFFLINE + "."}
    assert parcels.list_parcels(db, window.ctx.actor) == []
