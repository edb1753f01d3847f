"""The register's form and list (issue 16, round 3): a blank serial-line choice is labelled the
protocol's own; the terminator is a choice of the service's; the pattern shows for a generic
balance only; the list's columns are as wide as what they hold at 1366x768."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from sortapp.services import balances
from sortapp.ui import balanceregister
from tests.gui.test_balance_register import NEW, settings_tab
from tests.gui.test_screens import fit_to


def test_blank_serial_choices_say_the_protocol_s_own(qtbot):
    dialog = balanceregister.BalanceDialog.build(None, None)
    qtbot.addWidget(dialog)
    for key in ("baudrate", "bytesize", "parity", "stopbits", "handshake", "terminator"):
        combo = dialog.fields[key]
        assert isinstance(combo, QComboBox), key
        assert combo.itemText(0) == "protocol's own" and combo.currentIndex() == 0, key
        assert dialog.values()[key] == "", key  # the service takes the protocol's
    terminator = dialog.fields["terminator"]
    assert [terminator.itemText(i) for i in range(1, terminator.count())] == list(
        balances.TERMINATORS
    )
    terminator.setCurrentText("cr")
    assert dialog.values()["terminator"] == "cr"


def test_the_pattern_shows_for_a_generic_balance_only(qtbot):
    dialog = balanceregister.BalanceDialog.build(None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    pattern = dialog.fields["pattern"]
    assert not dialog.form.isRowVisible(pattern)
    dialog.fields["protocol"].setCurrentText("generic")
    assert dialog.form.isRowVisible(pattern) and pattern.isVisible()
    pattern.setText(r"(?P<value>[0-9.]+)")
    assert dialog.values()["pattern"] == r"(?P<value>[0-9.]+)"
    dialog.fields["protocol"].setCurrentText("sbi")
    assert not dialog.form.isRowVisible(pattern)
    assert dialog.values()["pattern"] == ""  # not sent: only a generic balance has one


def test_the_register_s_columns_hold_their_text_at_1366x768(qtbot, make_window, db, who):
    balances.register_balance(
        db,
        who.admin,
        {
            **NEW,
            "model": "Excellence XPR206DR Dual Range",
            "port": "socket://balance-room-2.site.local:4001",
        },
    )
    window = make_window("admin")
    fit_to(window, 1366, 728)
    tab = settings_tab(window)
    tab.refresh()
    table = tab.table
    for column in (1, 3):  # Model, Port
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
