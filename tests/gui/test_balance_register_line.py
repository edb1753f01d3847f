"""The register's form leaves a new balance's serial line to its protocol (issue 16, round 2):
its choices start blank, and a blank one is the protocol's factory setting."""

from __future__ import annotations

from sortapp.services import balances, site
from sortapp.ui import balanceregister
from tests.conftest import PASSWORD
from tests.gui.test_balance_register import NEW, answered


def test_a_new_balance_s_serial_line_is_its_protocol_s_unless_chosen(qtbot, db):
    admin = site.login(db, "admin", PASSWORD)
    ask, _said = answered(balanceregister.BalanceDialog.build, {**NEW, "protocol": "sbi"})
    values = ask(None, None)
    assert values is not None
    assert {key: values[key] for key in ("baudrate", "bytesize", "parity", "stopbits")} == (
        dict.fromkeys(("baudrate", "bytesize", "parity", "stopbits"), "")
    )
    balances.register_balance(db, admin, values)
    b = balances.get_balance(db, "B1")
    assert (b.baudrate, b.bytesize, b.parity, b.stopbits, b.handshake) == (
        1200,
        7,
        "O",
        1,
        "rtscts",
    )
    # one chosen is kept, the others still the protocol's
    ask, _said = answered(
        balanceregister.BalanceDialog.build, {**NEW, "code": "B2", "baudrate": "9600"}
    )
    balances.register_balance(db, admin, ask(None, None))
    b = balances.get_balance(db, "B2")
    assert (b.protocol, b.baudrate, b.handshake) == ("mt-sics", 9600, "xonxoff")
