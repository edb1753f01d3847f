"""Figures, dates and times shown as the user's language writes them, entry by the site's rule
(issue 18): a list's carats in French are ``1 234,567``, a Russian date ``02.12.2026``; what is
typed is read as the site reads it, whatever the language; a list sorts by value, and English
is shown byte for byte as before."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from sortapp.balances.reading import Reading, Status
from sortapp.core import units
from sortapp.core.canonical import local_text
from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.services import history, parcels, verify
from sortapp.services.balances import CaptureState
from sortapp.services.csvfile import RowError
from sortapp.ui import balance, balanceregister, dialogs, i18n
from sortapp.ui.history import HistoryDialog
from sortapp.ui.models import Column, ListTableModel, ct
from sortapp.ui.pages import audit as audit_page
from tests.conftest import make_lot, make_sorted_lot
from tests.forger import tamper
from tests.gui.test_number_fields import comma, leave

FR_GROUP = "\u202f"  # (Qt's French: a narrow no-break space between thousands)
RU_GROUP = "\xa0"


pytestmark = pytest.mark.usefixtures("english_after")


def _lots(db, who) -> None:
    make_lot(db, who.olu, "L1", weighed_mct=1_234_567, declared_mct=1_234_000, stones=12_345)
    make_lot(db, who.olu, "L2", weighed_mct=999_500, stones=7)
    make_lot(db, who.olu, "L3", weighed_mct=10_000_000, stones=1)


def _column(model, title: str) -> int:
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return heads.index(title)


def _cells(model, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_a_list_of_lots_in_french_shows_french_figures_and_sorts_by_value(make_window, db, who):
    _lots(db, who)
    i18n.install("fr")
    window = make_window()
    page = window.receiving
    page.refresh()
    model = page.model
    weighed = _column(model, i18n.tr("Weighed ct"))
    page.table.sortByColumn(weighed, Qt.SortOrder.AscendingOrder)
    assert _cells(model, weighed) == ["999,500", f"1{FR_GROUP}234,567", f"10{FR_GROUP}000,000"]
    # The value and the order are the figures' (not the text's: "999" would sort after "10").
    assert _cells(model, weighed, Qt.ItemDataRole.UserRole) == [999_500, 1_234_567, 10_000_000]
    stones = _column(model, i18n.tr("Stones"))
    assert _cells(model, stones) == ["7", f"12{FR_GROUP}345", "1"]
    # The dates as French writes them, the lot numbers as they are.
    received = _column(model, i18n.tr("Received ({tz})").format(tz=window.ctx.settings().timezone))
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", day) for day in _cells(model, received))
    assert _cells(model, 0) == ["L2", "L1", "L3"]


def test_english_lists_group_thousands_as_the_documents_do(make_window, db, who):
    _lots(db, who)
    window = make_window()
    page = window.receiving
    page.refresh()
    model = page.model
    weighed = _column(model, "Weighed ct")
    page.table.sortByColumn(weighed, Qt.SortOrder.DescendingOrder)
    assert _cells(model, weighed) == ["10,000.000", "1,234.567", "999.500"]
    # Sorted by the figures, and what an export writes is the exact figure, never grouped.
    assert _cells(model, weighed, Qt.ItemDataRole.UserRole) == [10_000_000, 1_234_567, 999_500]
    assert [model.columns[weighed].fmt(v) for v in (10_000_000, 999_500)] == [
        "10000.000",
        "999.500",
    ]
    stones = _column(model, "Stones")
    assert _cells(model, stones) == ["1", "12,345", "7"]
    # Copied (Ctrl+C), a figure is the exact one a figure field reads back, in any language.
    table = page.table
    for code, copied in (("en", "1234.567"), ("ru", "1234.567")):
        i18n.install(code)
        page.refresh()
        table.setCurrentIndex(model.index(1, weighed))
        table.setFocus()
        QGuiApplication.clipboard().clear()
        QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == copied, code
    assert units.parse_carats(copied) == 1_234_567
    i18n.install("en")
    received = _column(model, f"Received ({window.ctx.settings().timezone})")
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", day) for day in _cells(model, received))


def test_a_small_list_sorts_by_value_and_exports_the_exact_figure(qapp):
    i18n.install("ru")
    model: ListTableModel[dict[str, int]] = ListTableModel(
        [Column("mct", "Carats", numeric=True, fmt=ct)]
    )
    model.set_rows([{"mct": 1_234_567}, {"mct": 99_999_999_999_999_999}, {"mct": 5}])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _cells(model, 0) == [
        "0,005",
        f"1{RU_GROUP}234,567",
        # By the characters: a figure no float holds exactly keeps every digit.
        f"99{RU_GROUP}999{RU_GROUP}999{RU_GROUP}999{RU_GROUP}999,999",
    ]
    # What an export writes (the column's own format) stays the exact English figure.
    assert [model.columns[0].fmt(r["mct"]) for r in model.rows()] == [
        "0.005",
        "1234.567",
        "99999999999999.999",
    ]


def test_a_date_in_russian_reads_as_russian_writes_it(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1", weighed_mct=1_500)
    zone = make_window().ctx.settings().timezone
    i18n.install("ru")
    assert i18n.moment_text("2026-12-02 14:05") == "02.12.2026 14:05"
    assert i18n.moment_text("lot 2026-12-02-7") == "lot 2026-12-02-7"  # (no date: data)
    lines = history.history(db, "lot", "L1")
    dialog = HistoryDialog(None, "L1", lines)
    qtbot.addWidget(dialog)
    day, clock = local_text(lines[0].at, zone).split(" ")
    y, m, d = day.split("-")
    assert dialog.model.index(0, 0).data() == f"{d}.{m}.{y} {clock}"
    # The sentence in Russian, its carats with Russian's decimal mark (a site writing '.').
    sentence = dialog.model.index(0, 1).data()
    assert sentence == i18n.figures(i18n.say(lines[0].sentence)) != lines[0].sentence
    assert "1,500" in sentence and "1.500" not in sentence


def test_a_decimal_comma_sites_figures_are_not_read_again(qtbot, db, who):
    """A site writing ',' has its sentences' figures written so already: 1,500 ct stays
    1,500 ct (never taken for one thousand five hundred)."""
    comma(db, who)
    make_lot(db, who.olu, "L1", weighed_mct=1_500)
    i18n.install("fr")
    lines = history.history(db, "lot", "L1")
    dialog = HistoryDialog(None, "L1", lines, comma=True)
    qtbot.addWidget(dialog)
    sentence = dialog.model.index(0, 1).data()
    assert sentence == i18n.say(lines[0].sentence) and "1,500" in sentence


@pytest.mark.parametrize("code", ["en", "ru", "fr", "pt"])
@pytest.mark.parametrize("site_comma", [False, True])
def test_entry_follows_the_sites_rule_whatever_the_language(
    qtbot, make_window, db, who, code, site_comma
):
    comma(db, who, site_comma)
    i18n.install(code)
    field = make_window().receiving.f_weighed
    leave(qtbot, field, "1.5")
    assert field.value() == 1_500 and not field.message.isVisible()
    assert field.text() == ("1,500" if site_comma else "1.500")  # the site's echo, not the UI's
    leave(qtbot, field, "1,5")
    if site_comma:
        assert field.value() == 1_500 and not field.message.isVisible()
    else:
        assert field.message.isVisible() and field.text() == "1,5"
        with pytest.raises(UserError):
            field.value()


def test_a_refusal_finds_its_field_in_russian(qtbot, make_window, db, who, monkeypatch):
    """A form says a refusal beside the field it names although the label is Russian: the
    field is found by its English label (the core's words), not by the text shown."""
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 50_000)
    i18n.install("ru")
    window = make_window("sam")
    window.go(3)
    page = window.parcels
    page.open_parcel("P1")
    seen: dict[str, object] = {}
    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(lambda c, p, t, s: True))

    def ask(cls, parent, number, days, submit=None):  # type: ignore[no-untyped-def]
        dialog = cls.build(parent, number, days, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["label"] = dialog.form.labelForField(dialog.fields["kp_cert"]).text()
        dialog.fields["kp_cert"].setText("ZA-2026-7")
        dialog.fields["seals"].setText("S1")
        qtbot.keyClick(dialog.fields["seals"], Qt.Key.Key_Return)
        seen["said"] = dialog.said()
        dialog.reject()

    monkeypatch.setattr(dialogs.SealDialog, "ask", classmethod(ask))
    page.seal_button.click()
    assert seen["label"] == "Номер сертификата КП"
    said = seen["said"]
    assert isinstance(said, dict) and list(said) == ["kp_cert"]
    assert "«ZA-2026-7»" in said["kp_cert"]
    assert parcels.get_parcel(db, "P1").status != "sealed"


def test_page_totals_and_the_balance_readout_in_french(make_window, db, who):
    make_sorted_lot(db, who.olu, "L1")  # 99.900 ct in stock
    i18n.install("fr")
    window = make_window()
    window.go(2)
    totals = window.stock.totals.text()
    assert "99,900 ct" in totals and "99.900" not in totals
    assert totals.startswith("Stock trié : 99,900 ct")  # (sorted stock, as the year end says)
    reading = Reading(Decimal("1234.567"), "ct", True, Status.OK, b"")
    assert balance._shown(reading, False) == f"1{FR_GROUP}234,567 ct"
    assert balance._shown(reading, True) == "1234,567 ct"  # the site's own mark, as entered
    i18n.install("en")
    assert balance._shown(reading, False) == "1,234.567 ct"
    assert balance._shown(reading, True) == "1234,567 ct"


def test_a_users_language_and_role_read_as_sentences_in_russian(qapp):
    chose = history.sentence("user.language", "olu", "olu", '{"language": "fr"}')
    assert chose == "olu chose the language Français"
    added = history.sentence("user.add", "admin", "sam", '{"role": "supervisor"}')
    assert added == "admin added supervisor sam"
    i18n.install("ru")
    assert i18n.say(chose) == "olu: выбран язык работы — Français"
    supervisor = i18n.marked("supervisor")
    assert supervisor != "supervisor"
    assert i18n.say(added) == f"admin: добавлен пользователь sam ({supervisor})"


def test_the_scan_box_follows_a_change_of_language(make_window, db):
    window = make_window()
    box = window.scan_box
    assert box.label.text() == "Scan"
    box.edit.setText("L1")
    window.language_actions["fr"].trigger()
    assert i18n.language() == "fr"
    assert box.label.text() == i18n.tr("Scan") != "Scan"
    assert box.edit.placeholderText() == i18n.tr(
        "lot, parcel, certificate or label number (Ctrl+F), Enter"
    )
    assert not box.edit.placeholderText().startswith("lot, parcel")
    assert box.edit.text() == "L1"  # what was typed stays


def test_an_imports_row_error_is_said_in_the_users_language(qapp):
    error = RowError(3, phrase("the file is empty"))
    assert i18n.say(error) == "line 3: the file is empty"
    i18n.install("fr")
    said = i18n.say(error)
    assert said != "line 3: the file is empty"
    assert i18n.say(phrase("the file is empty")) in said and "3" in said


def test_the_role_chooser_shows_the_roles_in_russian_and_gives_their_codes(qtbot):
    i18n.install("ru")
    dialog = dialogs.NewUserDialog.build(None)
    qtbot.addWidget(dialog)
    combo = dialog.fields["role"]
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown == [i18n.marked(r) for r in ("operator", "supervisor", "admin")]
    assert "supervisor" not in shown and "operator" not in shown
    combo.setCurrentIndex(1)
    assert dialog.values()["role"] == "supervisor"
    dialog.reject()


@pytest.mark.parametrize("comma_site", [False, True])
def test_a_history_sentences_dates_read_as_the_language_writes_them(qapp, comma_site):
    """The dates inside a sentence (a calibration's day and next due date) as the tables show
    dates, whatever the site's decimal mark; in English as recorded."""
    sentence = history.sentence(
        "balance.calibrate",
        "sam",
        "B-01",
        '{"calibrated_on": "2026-01-05", "calibrated_by": "Scales Ltd", "next_due": "2027-01-31"}',
    )
    english = i18n.said_text(sentence, comma=comma_site)
    assert "2026-01-05" in english and "2027-01-31" in english
    i18n.install("ru")
    said = i18n.said_text(sentence, comma=comma_site)
    assert "05.01.2026" in said and "31.01.2027" in said and "2026-01-05" not in said
    assert "B-01" in said and "Scales Ltd" in said
    i18n.install("fr")
    assert "05/01/2026" in i18n.said_text(sentence, comma=comma_site)


def test_a_balances_calibration_date_in_russian(qapp):
    state = CaptureState(True, "", "2027-01-31", None)
    assert balanceregister._state_words(state) == "calibration due 2027-01-31"
    i18n.install("ru")
    assert balanceregister._state_words(state) == i18n.tr("calibration due {date}").format(
        date="31.01.2027"
    )


def test_what_verify_checked_is_counted_in_the_users_language(qapp):
    assert audit_page._checked("audit entries", 924_729) == "924,729 audit entries"
    assert audit_page._checked("new things", 3) == "3 new things"  # (a kind not known here)
    i18n.install("ru")
    assert audit_page._checked("audit entries", 924_729) == f"924{RU_GROUP}729 записей аудита"
    assert audit_page._checked("audit entries", 1) == "1 запись аудита"


def test_a_verify_finding_is_said_in_russian(qapp, db, who):
    make_lot(db, who.olu, "L1")
    tamper(db, "UPDATE lots SET supplier = 'forged' WHERE number = 'L1'")
    report = verify.verify(db)
    found = [p for p in report.problems if p.startswith("lots row [1] (lot L1): changed outside")]
    assert found, report.problems
    i18n.install("ru")
    said = i18n.say(found[0])
    assert said.startswith("строка [1] таблицы lots (партия L1): изменен"), said


def test_a_parcels_valuations_are_said_in_the_users_language(make_window, db, who):
    """The parcel's totals name each valuation's valuer in the user's language ("оценки:
    independent 91 500,00" was the code itself), its figure grouped."""
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.sam, "P1", importer="Antwerp NV", destination="BE")
    parcels.add_goods(db, who.sam, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.add_valuation(db, who.sam, "P1", "independent", 9_150_000)
    i18n.install("ru")
    window = make_window("sam")
    window.go(window.pages.index(window.parcels))
    window.parcels.open_parcel("P1")
    totals = window.parcels.totals.text()
    assert f"(оценки: независимая 91{RU_GROUP}500,00)" in totals, totals
    assert "independent" not in totals
