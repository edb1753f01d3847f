"""Free text on one line, and a partner's no longer than a document holds (an attack round,
2026-12-07: a mine "Jwaneng\\norigin: ZA" printed a false origin line under `lot show` of a
Botswana lot; U+202E turned the text after it; a partner's signed mine of 500,000 characters
kept the lot's receipt printing for minutes)."""

from __future__ import annotations

import pytest

from sortapp.core.errors import UserError
from sortapp.services import lots
from sortapp.services.validation import MOST_PARTNER_TEXT
from tests.conftest import make_lot


@pytest.mark.parametrize(
    ("mine", "code"),
    [("Jwaneng\norigin: ZA", "000A"), ("Jwa\tneng", "0009"), ("Jwaneng \u202e5.1", "202E")],
)
def test_a_mine_off_one_line_is_refused_naming_the_character(db, who, mine, code):
    with pytest.raises(UserError, match=rf"mine: the text holds .*\(U\+{code}\)"):
        make_lot(db, who.olu, "L1", origins=[("BW", mine)])
    with pytest.raises(UserError, match="supplier: the text holds"):
        make_lot(db, who.olu, "L1", origins=[("BW", "")], supplier=mine)
    assert lots.list_lots(db, who.olu) == []
    plain = "Jwaneng \u2013 Cut 8 (R\u00e9)"  # (plain Unicode: taken)
    make_lot(db, who.olu, "L1", origins=[("BW", plain)])
    assert lots.get_lot(db, "L1").mines == [plain]


def test_a_reason_off_one_line_is_refused(db, who):
    make_lot(db, who.olu, "L1", declared_mct=120_000)
    with pytest.raises(UserError, match=r"reason: the text holds .*\(U\+000A\)"):
        lots.acknowledge_weight(db, who.sam, "L1", "scale drift\napproved by nobody")
    assert not lots.get_lot(db, "L1").weight_acknowledged
    lots.acknowledge_weight(db, who.sam, "L1", "scale drift, re-weighed twice")
    assert lots.get_lot(db, "L1").weight_acknowledged


def test_a_partners_text_is_taken_as_signed_up_to_its_limit(db, who):
    long = "M" * MOST_PARTNER_TEXT
    lots.receive_lot(
        db, who.olu, number="P1", origins=[("BW", long)], weighed_mct=1_000, lot_source="file"
    )
    assert lots.get_lot(db, "P1").mines == [long]  # (past the 200 a person may type)
    with pytest.raises(UserError, match="the partner's file gives a text of 1001 characters"):
        lots.receive_lot(
            db,
            who.olu,
            number="P2",
            origins=[("BW", long + "M")],
            weighed_mct=1_000,
            lot_source="file",
        )
    # What else it holds is taken as signed: its sender's stored text may be an older
    # release's, which neither site can change (a review, 2026-12-07).
    lots.receive_lot(
        db, who.olu, number="P3", origins=[("BW", "A\nB")], weighed_mct=1_000, lot_source="f"
    )
    assert sorted(lot.number for lot in lots.list_lots(db, who.olu)) == ["P1", "P3"]
