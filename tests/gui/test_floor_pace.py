"""Issue 13, the floor's pace: settings as pickers, draft parcels' totals, a readable print
preview, the audit log in sentences with each lot's and parcel's history, help, text size."""

from __future__ import annotations

from PySide6.QtGui import QAction
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
    assert shown["Value USD"] == "1,245.00" and format_cents(held.value_cents) == "1245.00"


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


# -- settings: pickers, labels in words, read-only for those who may not change them ---------


def _site_form(window):
    from PySide6.QtWidgets import QFormLayout  # noqa: PLC0415

    window.go(6)
    page = window.settings_page
    form = page.site_fields["name"].widget.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    return page, form


def test_settings_are_labelled_in_words_with_pickers(make_window):
    from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout  # noqa: PLC0415

    from sortapp.services.settings import SETTING_KEYS  # noqa: PLC0415

    window = make_window("admin")
    page, form = _site_form(window)
    labels = []
    for field in page.site_fields.values():
        label = form.labelForField(field.widget)
        labels.append(label.text())
    keys = {*SETTING_KEYS, "name"} - {"checkpoint-folder"}
    assert set(page.site_fields) == keys
    for text in labels:
        assert "-" not in text, text
        assert not any(text == k or k in text for k in keys if "-" in k), text
    assert form.labelForField(page.site_fields["decimal-comma"].widget).text() == (
        "Decimal comma in figures"
    )
    assert isinstance(page.site_fields["decimal-comma"].widget, QCheckBox)
    rule = page.site_fields["valuation-rule"].widget
    assert isinstance(rule, QComboBox) and rule.count() == 4 and rule.currentData() == "highest"
    zone = page.site_fields["timezone"].widget
    assert isinstance(zone, QComboBox) and zone.isEditable()
    assert zone.findText("Africa/Gaborone") >= 0 and zone.currentText() == "UTC"
    assert isinstance(form, QFormLayout)


def test_an_operator_sees_the_settings_read_only_and_cannot_save(make_window, db):
    from PySide6.QtWidgets import QLineEdit  # noqa: PLC0415

    from sortapp.services import settings  # noqa: PLC0415

    window = make_window("olu")
    page, _form = _site_form(window)
    assert all(field.read_only() for field in page.site_fields.values())
    assert page.site_fields["decimal-comma"].widget.isEnabled() is False
    name = page.site_fields["name"].widget
    assert isinstance(name, QLineEdit) and name.isReadOnly()
    assert page.site_note.isVisible() and "Only an admin" in page.site_note.text()
    assert not page.save_site.isEnabled()
    page.site_fields["decimal-comma"].widget.setChecked(True)  # as if it could be ticked
    page.save_settings()  # as if the button were enabled: the service refuses
    assert settings.settings(db).decimal_comma is False
    # The admin's look differs: editable, and no note.
    admin = make_window("admin")
    admin_page, _ = _site_form(admin)
    assert not any(field.read_only() for field in admin_page.site_fields.values())
    assert not admin_page.site_note.isVisible()


def test_an_admin_ticks_decimal_comma_and_saves_it(qtbot, make_window, db):
    from PySide6.QtCore import Qt  # noqa: PLC0415

    from sortapp.services import settings  # noqa: PLC0415

    window = make_window("admin")
    page, _form = _site_form(window)
    box = page.site_fields["decimal-comma"].widget
    assert not box.isChecked()
    box.setChecked(True)
    page.site_fields["valuation-rule"].set_text("government")
    page.site_fields["timezone"].widget.setCurrentText("Africa/Johannesburg")
    qtbot.mouseClick(page.save_site, Qt.MouseButton.LeftButton)
    now = settings.settings(db)
    assert now.decimal_comma is True
    assert now.valuation_rule == "government" and now.timezone == "Africa/Johannesburg"
    assert "Decimal comma in figures" in window.statusBar().currentMessage()


# -- the audit log in sentences; a lot's and a parcel's own history ---------------------------


def test_the_audit_log_reads_as_sentences_with_the_details_kept(qtbot, make_window, db, who):
    from sortapp.services import site  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    window = make_window("sam")
    window.go(5)
    model = window.audit.model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert "What happened" in headers and "Details (as recorded)" in headers
    assert "Time (Africa/Gaborone)" in headers
    said = headers.index("What happened")
    sentences = [model.index(r, said).data() for r in range(model.rowCount())]
    assert "olu recorded entry KSF-E1: 60.000 ct of lot L1 into S5-SAW-Q1-W" in sentences
    details = model.index(0, headers.index("Details (as recorded)")).data()
    assert details.startswith("{")


def test_a_lots_history_opens_from_receiving_with_only_its_actions(
    qtbot, make_window, db, who, monkeypatch
):
    from sortapp.ui.history import HistoryDialog  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    make_sorted_lot(db, who.olu, "L2")
    shown = []
    monkeypatch.setattr(
        HistoryDialog,
        "show_lines",
        classmethod(lambda c, p, t, lines, **_: shown.append((t, lines))),
    )
    window = make_window("olu")
    window.go(0)
    page = window.receiving
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).number == "L2")
    page.table.selectRow(row)
    page.history_action.trigger()
    ((title, lines),) = shown
    assert title == "History of lot L2"
    assert {line.object for line in lines} == {"L2"}
    assert lines[0].action == "lot.receive"
    assert "olu closed the sorting of lot L2" in lines[-1].sentence
    # The parcels page has the same for a parcel.
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    window.go(3)
    window.parcels.open_parcel("P1")
    window.parcels.history_action.trigger()
    assert shown[-1][0] == "History of parcel P1"
    assert [line.sentence for line in shown[-1][1]] == [
        "olu created draft parcel P1 for Antwerp Rough NV (BE)"
    ]


def test_the_history_dialog_shows_sentences_and_the_selected_details(qtbot, db, who):
    from sortapp.services import history  # noqa: PLC0415
    from sortapp.ui.history import HistoryDialog  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    dialog = HistoryDialog(None, "History of lot L1", history.history(db, "lot", "L1"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 5
    assert '"received_mct": 100000' in dialog.details.toPlainText()  # the last (close) selected


# -- help: the shortcuts read from the window's actions, the About box -------------------------


def test_f1_shows_the_keyboard_shortcuts_read_from_the_windows_actions(
    qtbot, make_window, monkeypatch
):
    from PySide6.QtCore import Qt  # noqa: PLC0415

    from sortapp.ui.help import ShortcutsDialog  # noqa: PLC0415

    shown = []
    monkeypatch.setattr(
        ShortcutsDialog, "show_rows", classmethod(lambda c, parent, rows: shown.append(rows))
    )
    window = make_window("olu")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (rows,) = shown
    keys = {command: key for _menu, command, key in rows}
    assert keys["Lock / switch user"] == "Ctrl+L"
    assert keys["Receiving"] == "Ctrl+1" and keys["Keyboard shortcuts"] == "F1"
    assert keys["Larger text"].startswith("Ctrl+")
    # Every menu command with keys is listed, none made up.
    with_keys = {
        a.text() for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and a.menu()
    }
    assert len(rows) >= len(with_keys)
    dialog = ShortcutsDialog(window, rows)
    qtbot.addWidget(dialog)
    dialog.show()


def test_the_about_box_says_version_schema_and_database(make_window, db_path, monkeypatch):
    import sortapp  # noqa: PLC0415
    from sortapp.storage import migrations  # noqa: PLC0415
    from sortapp.ui.help import AboutBox  # noqa: PLC0415

    shown = []
    monkeypatch.setattr(AboutBox, "show_text", classmethod(lambda c, p, text: shown.append(text)))
    window = make_window("olu")
    about = next(a for a in window.findChildren(QAction) if a.text() == "&About sortapp...")
    about.trigger()
    (text,) = shown
    assert f"sortapp {sortapp.__version__}" in text
    assert f"Schema version: {migrations.SCHEMA_VERSION}" in text
    assert f"Last written by: sortapp {sortapp.__version__}" in text
    assert f"Database file: {db_path}" in text


# -- the text size of this workstation ----------------------------------------------------------


def test_larger_text_grows_every_page_and_the_navigation_and_is_kept(
    qtbot, make_window, db, db_path
):
    from PySide6.QtCore import QSettings  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from sortapp.services import site  # noqa: PLC0415
    from sortapp.ui import textsize  # noqa: PLC0415
    from sortapp.ui.mainwindow import MainWindow  # noqa: PLC0415
    from tests.conftest import PASSWORD  # noqa: PLC0415
    from tests.gui.conftest import shown  # noqa: PLC0415

    try:
        window = make_window("olu")
        normal = QApplication.font().pointSizeF()
        page_before = window.receiving.font().pointSizeF()
        nav_before = window.nav.font().pointSizeF()
        larger = next(a for a in window.findChildren(QAction) if a.text() == "&Larger text")
        larger.trigger()
        larger.trigger()
        assert QApplication.font().pointSizeF() > normal
        # Every widget is told (Qt posts the change): pages made before and after.
        qtbot.waitUntil(lambda: window.receiving.font().pointSizeF() > page_before)
        assert window.parcels.list_table.font().pointSizeF() > page_before
        assert window.nav.font().pointSizeF() > nav_before
        assert QSettings().value(textsize.KEY) is not None
        window.close()
        QApplication.setFont(textsize.base_font())  # as a new start would find it
        again = shown(qtbot, MainWindow(Context(db, db_path, site.login(db, "sam", PASSWORD))))
        assert QApplication.font().pointSizeF() == normal * 130 / 100
        qtbot.waitUntil(lambda: again.settings_page.font().pointSizeF() == normal * 130 / 100)
        next(a for a in again.findChildren(QAction) if a.text() == "&Normal text size").trigger()
        assert QApplication.font().pointSizeF() == normal
    finally:
        QApplication.setFont(textsize.base_font())


def test_larger_text_reaches_what_a_style_sheet_styles_on_pages_already_shown(qtbot, make_window):
    """What is under a style sheet of its own (the site form, for its read-only look; the
    parcel's bold totals) took its font from it as it was first shown: at 130 % its labels,
    fields and button stayed at the size they had."""
    from PySide6.QtGui import QAction  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit  # noqa: PLC0415

    from sortapp.ui import textsize  # noqa: PLC0415

    try:
        window = make_window("sam")
        page, _form = _site_form(window)
        window.go(window.pages.index(window.parcels))
        site = page.site_fields["name"].widget.parentWidget()
        assert site.styleSheet() and window.parcels.totals.styleSheet()
        styled = [
            *site.findChildren(QLabel),
            page.site_fields["name"].widget,
            window.parcels.totals,
        ]
        assert all(isinstance(w, QLabel | QLineEdit) for w in styled)
        larger = next(a for a in window.findChildren(QAction) if a.text() == "&Larger text")
        larger.trigger()
        larger.trigger()
        size = QApplication.font().pointSizeF()
        assert size == textsize.base_font().pointSizeF() * 130 / 100
        qtbot.waitUntil(lambda: all(w.font().pointSizeF() == size for w in styled))
    finally:
        QApplication.setFont(textsize.base_font())


def test_larger_text_widens_the_columns_and_the_labels_of_a_form(qtbot, make_window):
    """Columns and a form's labels were given their widths in pixels once: at 130 % a parcel
    list cut "EXP-26-0001" to "EXP-26-0…" (every parcel alike) and "Category" to "Categ". They
    grow with the text, from a page made before (a change) as from one made after (its
    making), and the user's widths keep their proportions."""
    from PySide6.QtGui import QAction  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QLabel  # noqa: PLC0415

    from sortapp.ui import textsize  # noqa: PLC0415

    try:
        window = make_window("olu")
        window.go(window.pages.index(window.parcels))
        table = window.parcels.list_table
        label = next(
            w for w in window.parcels.add_box.findChildren(QLabel) if w.text() == "Category"
        )
        table.setColumnWidth(1, 90)  # (the user's own width)
        widths = [table.columnWidth(i) for i in range(2)]
        field = window.parcels.f_lot
        least, label_width = field.minimumWidth(), label.width()
        larger = next(a for a in window.findChildren(QAction) if a.text() == "&Larger text")
        larger.trigger()
        larger.trigger()
        size = QApplication.font().pointSizeF()
        assert size == textsize.base_font().pointSizeF() * 130 / 100
        qtbot.waitUntil(
            lambda: label.font().pointSizeF() == size and label.width() >= label.sizeHint().width()
        )
        grown = [table.columnWidth(i) for i in range(2)]
        assert grown == [round(w * 1.3) for w in widths], (widths, grown)
        assert field.minimumWidth() > least
        normal = next(a for a in window.findChildren(QAction) if a.text() == "&Normal text size")
        normal.trigger()  # (and back: a form no wider than it was)
        qtbot.waitUntil(lambda: field.minimumWidth() == least and label.width() == label_width)
        assert [table.columnWidth(i) for i in range(2)] == widths
        larger.trigger()
        larger.trigger()
        window.close()
        again = make_window("olu")  # (made at 130 %: its widths are 130 % of the normal ones)
        assert again.parcels.list_table.columnWidth(0) == grown[0]
    finally:
        QApplication.setFont(textsize.base_font())


def test_the_scan_box_and_the_lot_field_show_their_hints_whole_at_any_text_size(qtbot, make_window):
    """The scan box (fixed at 260-420 px, its clear button taking room from the text) and the
    sorting page's lot field (given what the row left it) cut their hints: "... (Ctrl+F),
    En..." at normal size, "scan or type the lot nu..." at 130 %. Each is now as wide as its
    whole hint needs, growing with the text and back."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QAction  # noqa: PLC0415
    from PySide6.QtWidgets import (  # noqa: PLC0415
        QApplication,
        QStyle,
        QStyleOptionFrame,
        QToolButton,
    )

    from sortapp.ui import i18n, textsize  # noqa: PLC0415

    def whole(edit) -> bool:
        # As QLineEdit draws its placeholder: in its contents, less its buttons and two pixels
        # each side, elided to that room.
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        inside = sum(b.width() for b in edit.findChildren(QToolButton))
        room = contents.width() - inside - 2 * 2
        hint = edit.placeholderText()
        return edit.fontMetrics().elidedText(hint, Qt.TextElideMode.ElideRight, room) == hint

    try:
        window = make_window("olu")
        window.resize(1024, 768)
        window.go(window.pages.index(window.sorting))
        edits = (window.scan_box.edit, window.sorting.f_lot)
        qtbot.waitUntil(lambda: all(map(whole, edits)))
        normal = [edit.minimumWidth() for edit in edits]
        larger = next(a for a in window.findChildren(QAction) if a.text() == "&Larger text")
        larger.trigger()
        larger.trigger()
        assert QApplication.font().pointSizeF() == textsize.base_font().pointSizeF() * 130 / 100
        qtbot.waitUntil(
            lambda: all(e.minimumWidth() > least for e, least in zip(edits, normal, strict=True))
        )
        qtbot.waitUntil(lambda: all(map(whole, edits)))
        # In Portuguese the lot field's hint (316 px at 130 %) was cut in 316 px of room.
        i18n.install("pt")
        window.retranslate()
        window.go(window.pages.index(window.sorting))
        edits = (window.scan_box.edit, window.sorting.f_lot)
        assert window.sorting.f_lot.placeholderText().startswith("leia")
        kind = window.sorting.f_loss_type  # (and the category's hint, the loss's kind: "limpez")
        window.resize(window.minimumSizeHint().width(), 768)  # (every field at its least)
        qtbot.waitUntil(
            lambda: (
                all(map(whole, (*edits, window.sorting.f_category)))
                and kind.width() >= kind.sizeHint().width()
            )
        )
        i18n.install("en")
        window.retranslate()
        window.go(window.pages.index(window.sorting))
        edits = (window.scan_box.edit, window.sorting.f_lot)
        next(a for a in window.findChildren(QAction) if a.text() == "&Normal text size").trigger()
        qtbot.waitUntil(lambda: [edit.minimumWidth() for edit in edits] == normal)
    finally:
        i18n.install("en")
        QApplication.setFont(textsize.base_font())


def test_the_wheel_over_a_settings_choice_scrolls_and_changes_nothing(qtbot, make_window, db):
    from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QWheelEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    window = make_window("admin")
    page, _form = _site_form(window)
    for key in ("valuation-rule", "timezone"):
        combo = page.site_fields[key].widget
        before = combo.currentText()
        window.nav.setFocus()  # the user is not in the choice, only scrolling over it
        middle = QPointF(combo.rect().center())
        wheel = QWheelEvent(
            middle,
            QPointF(combo.mapToGlobal(middle.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(combo, wheel)
        assert combo.currentText() == before, key
        assert not combo.hasFocus()
