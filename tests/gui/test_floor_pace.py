"""Issue 13, the floor's pace: settings as pickers, draft parcels' totals, a readable print
preview, the audit log in sentences with each lot's and parcel's history, help, text size."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sortapp.core.units import format_cents, format_mct
from sortapp.services import parcels
from sortapp.ui import dialogs
from sortapp.ui.context import Context
from tests.conftest import make_sorted_lot


def test_a_draft_parcel_shows_its_carats_and_value_in_the_list(make_window, db, who):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 12_450)
    window = make_window("olu")
    window.go(3)
    page = window.parcels
    model = page.list_model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    row = next(i for i in range(model.rowCount()) if model.row(i)["number"] == "P1")
    shown = {h: model.index(row, c).data() for c, h in enumerate(headers)}
    held = parcels.get_parcel(db, "P1")
    assert held.status == "draft" and held.mct == 12_450
    assert shown["Carats"] == format_mct(12_450) == "12.450"
    assert shown["Value USD"] == format_cents(held.value_cents) == "1245.00"


def _horizontal():
    from PySide6.QtCore import Qt  # noqa: PLC0415

    return Qt.Orientation.Horizontal


def test_the_print_preview_opens_on_most_of_the_screen_fitted_to_the_width(
    qtbot, sealed, db_path, who, monkeypatch
):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget  # noqa: PLC0415

    from sortapp.ui.printing import print_document  # noqa: PLC0415

    seen = {}

    def exec_(dialog: QPrintPreviewDialog) -> QDialog.DialogCode:
        seen["size"] = dialog.size()
        seen["screen"] = dialog.screen().availableGeometry().size()
        seen["zoom"] = dialog.findChild(QPrintPreviewWidget).zoomMode()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs.PrintChoice, "ask", classmethod(lambda c, p, t: "preview"))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    print_document(parent, Context(sealed, db_path, who.olu), "manifest", ["P1"])
    size, screen = seen["size"], seen["screen"]
    assert size.width() >= 0.75 * screen.width() and size.height() >= 0.75 * screen.height()
    assert size.width() <= screen.width() and size.height() <= screen.height()
    assert seen["zoom"] == QPrintPreviewWidget.ZoomMode.FitToWidth
