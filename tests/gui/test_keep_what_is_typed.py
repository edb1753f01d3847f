"""What a review of issue 13 found: keys that belong to a choice, dialogs that must stay open
on a failure or a refusal, checks before a summary, and numbers in the site's mark."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import make_lot

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
