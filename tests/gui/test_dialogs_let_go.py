"""A dialog shown on the window goes once answered: made as the window's child it was kept, with
its fields, for as long as the window lived: one more for every print (the print choice), every
sign-in and every question of a whole shift (issue 15, "a shift without a crash")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from benchmarks.soak import answered
from tests.conftest import PASSWORD


def test_prints_and_sign_ins_leave_no_dialog_behind(make_window, sealed, tmp_path):
    window = make_window("olu")
    window.go(3)
    page = window.parcels
    row = next(
        i for i in range(page.list_model.rowCount()) if page.list_model.row(i)["number"] == "P1"
    )
    page.list_table.selectRow(row)
    with answered(tmp_path, PASSWORD) as answers:
        answers.user = "olu"
        page.print_current()  # once first: what the first print makes stays (Qt's print support)
        QApplication.processEvents()
        # (What earlier tests left may be collected meanwhile: only new ones count.)
        top_level = QApplication.topLevelWidgets()
        for _ in range(3):
            page.print_current()  # the print choice (Save as PDF) and the save dialog
        for _ in range(2):
            window.switch_user()  # locked, and olu signs in again
        QApplication.processEvents()
    assert (answers.boxes, answers.forms) == (4, 2)  # every dialog was built and answered
    assert answers.pdf.exists() and not window.locked
    assert window.findChildren(QMessageBox) == []
    assert window.findChildren(QDialog) == []
    assert [w for w in QApplication.topLevelWidgets() if w not in top_level] == []
