"""Receiving lots and sorting them to a reconciled close."""

from __future__ import annotations

import gc
import json
import re
import sqlite3

import pytest

from sortapp.core.entities import Reconciliation
from sortapp.core.errors import NotFound, PermissionDenied, UserError
from sortapp.core.units import parse_carats
from sortapp.reports import documents
from sortapp.services import history, imports, lots, sorting
from sortapp.services.reports import stock
from sortapp.services.verify import audit_entries, verify
from sortapp.storage import ledger
from sortapp.storage import lots as lots_sql
from tests.conftest import make_lot, make_sorted_lot
from tests.forger import raw_edit, tamper


def test_receive_posts_to_the_ledger_with_provenance(db, who):
    make_lot(db, who.olu, "L1", seals=["S-1", "S-2"], supplier="", declared_mct=100_005)
    lot = lots.get_lot(db, "l1")
    assert (lot.status, lot.weighed_mct, lot.weighed_stones) == ("received", 100_000, 500)
    assert (lot.origin, lot.origin_countries, lot.mines) == ("BW", ["BW"], ["Jwaneng"])
    assert lot.seals == ("S-1", "S-2")
    assert not lot.weight_flag
    assert ledger.balance(db, "received", lot.id) == (100_000, 500)
    assert audit_entries(db, action="lot.receive", limit=1)[0].object == "L1"


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"origins": [("QQ", "x")]}, "not a known ISO"),
        ({"origins": [("BW", "")]}, "give the mine or the supplier"),
        ({"origins": []}, "country of origin"),
        ({"weighed_mct": None}, "give the weighed carats"),
        ({"seals": ["A", "A"]}, "same seal number"),
        ({"seals": ["bad seal!"]}, "not a valid number"),
        # (5,000 characters made the receipt three pages, the first blank, and ran off the label)
        ({"origins": [("BW", "M" * 201)]}, r"^mine: the text is too long \(200 characters"),
        ({"supplier": "S" * 201}, r"^supplier: the text is too long \(200 characters"),
    ],
)
def test_receive_refuses_bad_input(db, who, overrides, fragment):
    with pytest.raises(UserError, match=fragment):
        make_lot(db, who.olu, "L1", **overrides)
    assert db.execute("SELECT count(*) FROM lots").fetchone()[0] == 0


def test_a_mine_or_supplier_of_200_characters_is_kept_whole(db, who):
    make_lot(db, who.olu, "L1", origins=[("BW", " " + "M" * 200 + " ")], supplier="S" * 200)
    lot = lots.get_lot(db, "L1")
    assert (lot.mines, lot.supplier) == (["M" * 200], "S" * 200)


def test_a_lot_from_a_partners_signed_file_keeps_its_long_texts(db, who):
    """The 200 characters hold what a person types; a transfer file's supplier (the sender's
    name, which may be longer) is taken as signed: its receiver could not shorten it."""
    long = "Kimberley Rough Diamond Hub of the Northern Cape " * 5
    make_lot(db, who.olu, "L1", supplier=long, lot_source="transfer:ZAK:P-1")
    assert lots.get_lot(db, "L1").supplier == long.strip()


def test_lot_numbers_are_unique(db, who):
    make_lot(db, who.olu, "L1")
    with pytest.raises(UserError, match="already exists"):
        make_lot(db, who.olu, "l1")


def test_weight_difference_needs_a_supervisor(db, who):
    # 0.05 % of 200 ct is 0.100 ct: 0.101 ct off is beyond tolerance.
    make_lot(db, who.olu, "L1", weighed_mct=199_899, declared_mct=200_000, stones=None)
    lot = lots.get_lot(db, "L1")
    assert lot.weight_flag and not lot.weight_acknowledged
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 199_899)
    with pytest.raises(UserError, match="acknowledged by a supervisor"):
        sorting.close_sorting(db, who.olu, "L1")
    with pytest.raises(PermissionDenied):
        lots.acknowledge_weight(db, who.olu, "L1", "scale checked")
    lots.acknowledge_weight(db, who.sam, "L1", "scale checked")
    sorting.close_sorting(db, who.olu, "L1")
    assert lots.get_lot(db, "L1").status == "sorted"


def test_declared_only_lot_is_weighed_later(db, who):
    make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=50_000, stones=None)
    lot = lots.get_lot(db, "L1")
    assert lot.status == "awaiting_weight"
    assert ledger.balance(db, "received", lot.id) == (0, 0)
    with pytest.raises(UserError, match="not weighed yet"):
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)
    lots.weigh_lot(db, who.olu, "L1", 50_010, 40)
    assert ledger.balance(db, "received", lot.id) == (50_010, 40)
    with pytest.raises(UserError, match="already weighed"):
        lots.weigh_lot(db, who.olu, "L1", 50_010)


def test_a_receipt_is_judged_by_the_tolerance_in_force_as_it_is_written(db, who, monkeypatch):
    """An attack round's race (2026-12-07): the weighing tolerance tightened by an admin while
    a lot was received left it unflagged (judged before the write began), no acknowledgement
    asked, and verify then named the lot as changed outside sortapp."""
    from sortapp.services import site  # noqa: PLC0415

    site.set_setting(db, who.admin, "weigh-tolerance-ct", "0.200")
    checked = lots._check_new_number

    def tightened_meanwhile(db, number):  # (the admin's change, committed as this one waits)
        checked(db, number)
        site.set_setting(db, who.admin, "weigh-tolerance-ct", "0.010")

    monkeypatch.setattr(lots, "_check_new_number", tightened_meanwhile)
    make_lot(db, who.olu, "L1", weighed_mct=99_900, declared_mct=100_000, stones=None)
    assert lots.get_lot(db, "L1").weight_flag
    monkeypatch.undo()
    assert verify(db).ok, verify(db).problems


def test_a_lot_weighed_wrongly_is_weighed_again_before_sorting(db, who):
    make_lot(db, who.olu, "L1", weighed_mct=1_000_000, declared_mct=100_000, stones=500)
    lot = lots.get_lot(db, "L1")
    assert lot.weight_flag  # 1000 ct typed for 100 ct
    with pytest.raises(PermissionDenied):
        lots.reweigh_lot(db, who.olu, "L1", 100_000, 500, reason="typed a zero too many")
    with pytest.raises(UserError, match="say why"):
        lots.reweigh_lot(db, who.sam, "L1", 100_000, 500, reason="")
    with pytest.raises(UserError, match="already weighs"):
        lots.reweigh_lot(db, who.sam, "L1", 1_000_000, 500, reason="same again")
    lots.reweigh_lot(db, who.sam, "L1", 100_000, 500, reason="typed a zero too many")
    lot = lots.get_lot(db, "L1")
    assert (lot.weighed_mct, lot.weighed_stones) == (100_000, 500)
    assert not lot.weight_flag  # judged anew: the declared 100 ct, within tolerance
    assert ledger.balance(db, "received", lot.id) == (100_000, 500)
    assert [e.action for e in audit_entries(db, obj="L1", limit=3)][:2] == [
        "lot.weigh",
        "lot.reweigh",
    ]
    assert verify(db).ok
    # The old weight cannot come back by hand, nor any other.
    with pytest.raises(Exception, match="cannot be changed"):
        db.execute("UPDATE lots SET weighed_mct = 1000000 WHERE id = ?", (lot.id,))
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000)
    with pytest.raises(UserError, match="correct its sorting entries instead"):
        lots.reweigh_lot(db, who.sam, "L1", 90_000, 500, reason="once more")
    assert verify(db).ok


def test_a_reversed_receipt_without_the_new_weight_fails_verify(db, db_path, who):
    make_lot(db, who.olu, "L1")
    lots.reweigh_lot(db, who.sam, "L1", 90_000, 500, reason="scale was off")
    raw_edit(db_path, "UPDATE lots SET weighed_mct = 100000 WHERE number = 'L1'", table="lots")
    assert any("weighed carats differ" in p for p in verify(db).problems)


def test_running_reconciliation(db, who):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 30_000)
    sorting.add_entry(db, who.ola, "L1", "G1-SAW-Q1-W", 20_000, 30)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000)
    sorting.add_loss(db, who.olu, "L1", "breakage", 250)
    rec = sorting.reconciliation(db, "L1")
    assert (rec.received_mct, rec.sorted_mct, rec.loss_mct) == (100_000, 60_000, 250)
    assert rec.difference_mct == 39_750
    assert not rec.within_tolerance
    assert [(c[0], c[2], c[3]) for c in rec.by_category] == [
        ("S5-SAW-Q1-W", 40_000, 0),
        ("G1-SAW-Q1-W", 20_000, 30),
    ]
    assert lots.get_lot(db, "L1").status == "sorting"


def test_the_difference_is_worded_once_from_the_facts():
    rec = Reconciliation("L1", 100_000, 500, 99_000, 490, {"cleaning": 500}, 100)
    assert sorting.difference_sentence(rec) == (
        "difference 0.500 ct (0.500 %), beyond tolerance (0.100 ct allowed)"
    )
    rec = Reconciliation("L1", 100_000, 500, 99_950, 490, {"cleaning": 50}, 100)
    assert sorting.difference_sentence(rec) == (
        "difference 0.000 ct (0.000 %), within tolerance (0.100 ct allowed)"
    )


def test_entries_cannot_exceed_received_plus_tolerance(db, who):
    make_lot(db, who.olu, "L1")  # 100 ct: tolerance 0.050 ct
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000)
    # Said with what may still be entered: 100.050 - 60.000 ct.
    with pytest.raises(UserError, match=r"above the 100\.000 ct received plus 0\.050 ct") as told:
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 40_051)
    assert str(told.value).endswith("(at most 40.050 ct more fits)")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 40_050)
    with pytest.raises(UserError, match=r"at most 0\.000 ct more fits"):
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1)
    with pytest.raises(UserError, match="above"):
        sorting.add_loss(db, who.olu, "L1", "other", 1)


def test_specials_are_recorded_stone_by_stone(db, who):
    make_lot(db, who.olu, "L1")
    with pytest.raises(UserError, match="its own entry"):
        sorting.add_entry(db, who.olu, "L1", "SP-SAW-Q1-W", 25_000, 2)
    with pytest.raises(UserError, match="smaller size class"):
        sorting.add_entry(db, who.olu, "L1", "SP-SAW-Q1-W", 10_799)
    with pytest.raises(UserError, match=r"is a special .*, or check the count$"):
        sorting.add_entry(db, who.olu, "L1", "L4-SAW-Q1-W", 10_800, 1)
    sorting.add_entry(db, who.olu, "L1", "SP-SAW-Q1-W", 10_800)
    entries = sorting.list_entries(db, "L1")
    assert (entries[0]["category"], entries[0]["stones"]) == ("SP-SAW-Q1-W", 1)


@pytest.mark.parametrize(
    ("category", "mct", "stones", "said"),
    [
        # the outside tester's entry: 132 stones of 4.12 ct into 5.00-7.99 ct
        (
            "L3-SAW-Q1-W",
            543_840,
            132,
            "L3-SAW-Q1-W holds stones of 5.000-7.999 ct each; 132 stones of 543.840 ct are "
            "about 4.120 ct each: check the count, the carats or the category",
        ),
        # a count keyed with a digit too many: 120 grainers of a third of a carat
        ("G1-SAW-Q1-W", 39_900, 120, "about 0.332 ct each"),
        # the bounds are the stones', each read to the thousandth: two stones of 0.66-0.99 ct
        # weigh 1.319-1.999 ct; what each weighs is said rounded away from the bounds
        ("G1-SAW-Q1-W", 1_318, 2, "2 stones of 1.318 ct are about 0.659 ct each"),
        ("G1-SAW-Q1-W", 2_000, 2, "2 stones of 2.000 ct are about 1.000 ct each"),
        ("G1-SAW-Q1-W", 9_996, 10, "10 stones of 9.996 ct are about 1.000 ct each"),
        # one stone, said as one (not "1 stones ... each")
        (
            "G1-SAW-Q1-W",
            1_000,
            1,
            "G1-SAW-Q1-W holds stones of 0.660-0.999 ct each, not one of 1.000 ct: check the "
            "count, the carats or the category",
        ),
        # the last sieve class is bounded above only
        ("S13-SAW-Q1-W", 6_510, 10, "S13-SAW-Q1-W holds stones of up to 0.650 ct each"),
        # not counted: at least one stone of the class
        (
            "L1-SAW-Q1-W",
            1_799,
            None,
            "L1-SAW-Q1-W holds stones of 1.800-2.999 ct each; 1.799 ct is less than one: "
            "check the carats or the category",
        ),
    ],
)
def test_goods_no_stones_of_their_size_class_could_weigh_are_refused(
    db, who, category, mct, stones, said
):
    make_lot(db, who.olu, "L1", weighed_mct=1_000_000)
    with pytest.raises(UserError, match=re.escape(said)) as refused:
        sorting.add_entry(db, who.olu, "L1", category, mct, stones)
    assert refused.value.code == "stones_out_of_band"
    assert sorting.list_entries(db, "L1") == []
    assert audit_entries(db, action="sort.") == []


@pytest.mark.parametrize(
    ("category", "mct", "stones"),
    [
        ("G1-SAW-Q1-W", 1_320, 2),  # each at the class's least
        ("G1-SAW-Q1-W", 1_998, 2),  # each at its most
        # each read 0.660 or 0.999 ct, weighing up to half a thousandth less or more
        ("G1-SAW-Q1-W", 1_319, 2),
        ("G1-SAW-Q1-W", 9_995, 10),
        ("G1-SAW-Q1-W", 660, None),  # one stone's least, not counted
        ("L3-SAW-Q1-W", 543_840, 80),  # 6.80 ct each
        ("S13-SAW-Q1-W", 6_500, 10),
        ("S5-SAW-Q1-W", 30_000, 3),  # a sieve class with no bounds of weight
    ],
)
def test_goods_stones_of_their_size_class_could_weigh_are_taken(db, who, category, mct, stones):
    make_lot(db, who.olu, "L1", weighed_mct=1_000_000)
    sorting.add_entry(db, who.olu, "L1", category, mct, stones)
    (entry,) = sorting.list_entries(db, "L1")
    assert (entry["category"], entry["mct"], entry["stones"]) == (category, mct, stones)


def test_a_sorting_import_names_the_row_no_stones_could_weigh(db, who):
    make_lot(db, who.olu, "L1")
    text = (
        "lot,category,carats,stones\n"
        "L1,G1-SAW-Q1-W,10.000,12\n"
        "L1,G1-SAW-Q1-W,1.000,40\n"  # (a count of stones too many)
        "L1,L1-SAW-Q1-W,1.000,\n"  # (not counted, under one stone of 1.80-2.99 ct)
        "L1,L1-SAW-Q1-W,1.800,\n"
    )
    result = imports.import_sorting(db, who.olu, text)
    assert not result.ok
    assert [str(e) for e in result.errors] == [
        "line 3: G1-SAW-Q1-W holds stones of 0.660-0.999 ct each; 40 stones of 1.000 ct are "
        "about 0.025 ct each: check the count, the carats or the category",
        "line 4: L1-SAW-Q1-W holds stones of 1.800-2.999 ct each; 1.000 ct is less than one: "
        "check the carats or the category",
    ]
    assert sorting.list_entries(db, "L1") == []


def test_bad_category_and_loss_type(db, who):
    make_lot(db, who.olu, "L1")
    with pytest.raises(NotFound, match="not in the assortment"):
        sorting.add_entry(db, who.olu, "L1", "NOPE", 1_000)
    with pytest.raises(UserError, match="loss type"):
        sorting.add_loss(db, who.olu, "L1", "theft", 1_000)
    with pytest.raises(NotFound, match="does not exist"):
        sorting.add_entry(db, who.olu, "L9", "S5-SAW-Q1-W", 1_000)


def test_close_within_tolerance_posts_stock_losses_and_difference(db, who):
    make_lot(db, who.olu, "L1")  # (500 stones, all counted out)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 450)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_860, 50)
    sorting.add_loss(db, who.olu, "L1", "cleaning", 100)
    changes = sorting.close_sorting(db, who.olu, "L1")  # 0.040 ct short, tolerance 0.050
    assert changes.stock and changes.ledger
    lot = lots.get_lot(db, "L1")
    assert lot.status == "sorted"
    cat = {
        c: db.execute("SELECT id FROM categories WHERE code = ?", (c,)).fetchone()[0]
        for c in ("S5-SAW-Q1-W", "G1-SAW-Q1-W")
    }
    assert ledger.balance(db, "received", lot.id) == (0, 0)
    assert ledger.balance(db, "stock", lot.id, category_id=cat["S5-SAW-Q1-W"]) == (60_000, 450)
    assert ledger.balance(db, "stock", lot.id, category_id=cat["G1-SAW-Q1-W"]) == (39_860, 50)
    assert ledger.balance(db, "loss", lot.id, loss_type="cleaning") == (100, 0)
    assert ledger.balance(db, "adjust", lot.id) == (40, 0)
    with pytest.raises(UserError, match="already sorted"):
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1)
    with pytest.raises(UserError, match="already sorted"):
        sorting.close_sorting(db, who.olu, "L1")
    assert verify(db).ok


def test_close_beyond_tolerance_needs_a_second_supervisor(db, who):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.sam, "L1", "S5-SAW-Q1-W", 99_000)  # 1 ct short
    with pytest.raises(UserError, match="accept the difference with a reason"):
        sorting.close_sorting(db, who.olu, "L1")
    with pytest.raises(PermissionDenied, match="needs a supervisor"):
        sorting.close_sorting(db, who.olu, "L1", accept_difference=True, reason="moisture")
    with pytest.raises(PermissionDenied, match="two-person rule"):
        sorting.close_sorting(db, who.sam, "L1", accept_difference=True, reason="moisture")
    with pytest.raises(UserError, match="say why"):
        sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="")
    assert lots.get_lot(db, "L1").status == "sorting"
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="moisture loss")
    close = audit_entries(db, action="sort.close", limit=1)[0]
    assert close.user == "sue"
    assert '"override":true' in close.details
    assert '"reason":"moisture loss"' in close.details


def test_correction_reverses_an_entry_with_a_reason(db, who):
    make_lot(db, who.olu, "L1")
    uid = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 50_000).uid
    with pytest.raises(PermissionDenied):
        sorting.correct_entry(db, who.ola, "L1", uid, "typo")  # another operator's entry
    sorting.correct_entry(db, who.sam, "L1", uid, "typed 50 for 5")
    assert sorting.reconciliation(db, "L1").sorted_mct == 0
    with pytest.raises(UserError, match="already corrected"):
        sorting.correct_entry(db, who.sam, "L1", uid, "again")
    reversal = sorting.list_entries(db, "L1")[-1]
    assert (reversal["mct"], reversal["reverses"], reversal["reason"]) == (
        -50_000,
        uid,
        "typed 50 for 5",
    )
    with pytest.raises(UserError, match="itself a correction"):
        sorting.correct_entry(db, who.sam, "L1", reversal["uid"], "undo")


def test_an_operator_reverses_their_own_last_entry_with_a_reason(db, who):
    make_lot(db, who.olu, "L1")
    first = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000).uid
    last = sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 5_000).uid
    with pytest.raises(PermissionDenied, match=f"not the last entry of lot L1 \\({last} is\\)"):
        sorting.correct_entry(db, who.olu, "L1", first, "typo")
    with pytest.raises(UserError, match="reason"):
        sorting.correct_entry(db, who.olu, "L1", last, "  ")
    undo = sorting.correct_entry(db, who.olu, "L1", last, "typed 5 for 0.5").uid
    assert sorting.reconciliation(db, "L1").sorted_mct == 10_000
    entry = audit_entries(db, action="sort.undo", limit=1)[0]
    assert entry.user == "olu"
    assert f'"reverses":"{last}"' in entry.details
    assert '"reason":"typed 5 for 0.5"' in entry.details
    # Once: the lot's last entry is now the reversal, so their entry before it is a supervisor's.
    with pytest.raises(PermissionDenied) as refused:
        sorting.correct_entry(db, who.olu, "L1", first, "wrong lot")
    assert f"not the last entry of lot L1 ({undo} is, a reversal)" in str(refused.value)
    assert "only the lot's last entry, and only if it is yours; ask a supervisor" in str(
        refused.value
    )
    sorting.correct_entry(db, who.sam, "L1", first, "wrong lot")
    assert sorting.reconciliation(db, "L1").sorted_mct == 0
    assert verify(db).ok


def test_an_operator_may_not_reverse_anothers_entry_nor_on_a_closed_lot(db, who):
    make_lot(db, who.olu, "L1")
    mine = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000).uid
    theirs = sorting.add_entry(db, who.ola, "L1", "S5-SAW-Q1-W", 1_000).uid
    with pytest.raises(PermissionDenied) as refused:
        sorting.correct_entry(db, who.olu, "L1", theirs, "typo")
    assert f"entry {theirs} was made by someone else" in str(refused.value)
    assert "only the lot's last entry, and only if it is yours; ask a supervisor" in str(
        refused.value
    )
    with pytest.raises(PermissionDenied, match="ask a supervisor"):
        sorting.correct_entry(db, who.olu, "L1", mine, "typo")  # no longer the last
    sorting.correct_entry(db, who.sam, "L1", mine, "wrong category")  # a supervisor: any entry
    make_sorted_lot(db, who.olu, "L2")
    closed = sorting.list_entries(db, "L2")[-1]["uid"]
    with pytest.raises(UserError, match="already sorted and closed"):
        sorting.correct_entry(db, who.olu, "L2", closed, "typo")
    assert len(audit_entries(db, action="sort.correct", limit=10)) == 1
    assert not audit_entries(db, action="sort.undo", limit=10)


def test_no_entry_takes_carats_off_but_a_reversal(db, who):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000)
    with pytest.raises(UserError, match="above zero"):
        sorting.add_entry(db, who.sam, "L1", "S5-SAW-Q1-W", -1_000)
    with pytest.raises(UserError, match="above zero"):
        sorting.add_loss(db, who.sam, "L1", "cleaning", -5)
    planned, errors = sorting.plan_entries(db, [(2, "L1", "S5-SAW-Q1-W", -1_000, None)])
    assert not planned and "above zero" in errors[0][1]
    assert sorting.reconciliation(db, "L1").sorted_mct == 10_000


def _forged(monkeypatch, name: str, who) -> None:
    """What a tampered client does, through sortapp's own storage but past its rules."""
    if name == "as_add":  # a reversal recorded as an added entry
        monkeypatch.setattr(sorting, "_action", lambda *_a: "sort.add")
    elif name == "on_plain":  # an added entry recorded as an undo
        monkeypatch.setattr(sorting, "_action", lambda *_a: "sort.undo")
    elif name == "blank_reason":
        monkeypatch.setattr(sorting, "check_reason", lambda reason: reason)
    elif name == "not_exact":
        append = sorting._append
        monkeypatch.setattr(
            sorting, "_append", lambda *a, **k: append(*a, **{**k, "mct": k["mct"] - 1_000})
        )
    elif name == "other_author":  # the reversal entered in another's name
        insert = lots_sql.insert_next_entry
        monkeypatch.setattr(
            lots_sql,
            "insert_next_entry",
            lambda db, site, row: insert(db, site, {**row, "entered_by": who.ola.user_id}),
        )
    elif name == "negative":
        monkeypatch.setattr(sorting, "_check_adds", lambda _mct: None)
    if name in ("not_latest", "not_theirs"):
        monkeypatch.setattr(sorting, "_check_own_last", lambda *_a: None)


FORGED = [
    ("as_add", "sam", -1, "is recorded as sort.add"),
    ("on_plain", "olu", None, "recorded as sort.undo but reverses no entry"),
    ("blank_reason", "olu", -1, "recorded as sort.undo without a reason"),
    ("not_exact", "olu", -1, "does not exactly reverse entry"),
    ("other_author", "olu", -1, "recorded as sort.undo by olu, but entered by ola"),
    ("not_theirs", "olu", -2, "recorded as sort.undo by olu, but entry"),
    ("not_latest", "olu", -3, "which was not the last entry of lot L1 then"),
    ("negative", "sam", None, "takes 1.000 ct off but reverses no entry"),
]


@pytest.mark.parametrize(("forged", "by", "target", "expected"), FORGED)
def test_verify_names_a_reversal_recorded_past_the_rules(
    db, who, monkeypatch, forged, by, target, expected
):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000)
    sorting.add_entry(db, who.ola, "L1", "G1-SAW-Q1-W", 2_000, 3)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 5_000, 6)
    assert verify(db).ok
    entries = [e["uid"] for e in sorting.list_entries(db, "L1")]
    _forged(monkeypatch, forged, who)
    actor = getattr(who, by)
    if forged == "negative":
        sorting.add_entry(db, actor, "L1", "S5-SAW-Q1-W", -1_000)
    elif target is None:
        sorting.add_entry(db, actor, "L1", "S5-SAW-Q1-W", 1_000)
    else:
        reason = "  " if forged == "blank_reason" else "forged"
        sorting.correct_entry(db, actor, "L1", entries[target], reason)
    monkeypatch.undo()
    problems = verify(db).problems
    assert any(expected in p for p in problems), problems


def test_verify_passes_an_undo_and_a_supervisors_correction(db, who):
    make_lot(db, who.olu, "L1")
    first = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 10_000).uid
    sorting.add_loss(db, who.ola, "L1", "cleaning", 100)
    last = sorting.add_entry(db, who.olu, "L1", "S13-SAW-Q1-W", 5_000).uid
    sorting.correct_entry(db, who.olu, "L1", last, "typed 5 for 0.5")
    sorting.correct_entry(db, who.sam, "L1", first, "wrong lot")
    sorting.add_entry(db, who.olu, "L1", "S13-SAW-Q1-W", 500)
    assert verify(db).ok


def test_sorted_lot_is_stock_by_category_with_provenance(db, who):
    make_sorted_lot(db, who.olu, "L1", country="BW")
    make_sorted_lot(db, who.olu, "L2", country="ZA")
    by_origin = {(r.category, r.origin): r.mct for r in stock(db, who.olu, by_origin=True)}
    assert by_origin == {
        ("S5-SAW-Q1-W", "BW"): 60_000,
        ("S5-SAW-Q1-W", "ZA"): 60_000,
        ("G1-SAW-Q1-W", "BW"): 39_900,
        ("G1-SAW-Q1-W", "ZA"): 39_900,
    }
    rows = stock(db, who.olu)
    assert [(r.category, r.mct, r.stones, r.value_cents) for r in rows] == [
        ("S5-SAW-Q1-W", 120_000, 0, 1_200_000),
        ("G1-SAW-Q1-W", 79_800, 100, 798_000),
    ]


def test_a_csv_import_numbers_its_entries_in_order_on_either_backend(db, who):
    # On the server the batch goes by COPY with each row's place (PostgreSQL has no rowid):
    # the same ids and uids, in the file's order, as on a file.
    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    before = db.execute("SELECT coalesce(max(id), 0) FROM sort_entries").fetchone()[0]
    text = "lot,category,carats,stones\n" + "".join(
        f"{lot},S5-SAW-Q1-W,{ct},\n"
        for lot, ct in (("L2", "1.000"), ("L1", "2.000"), ("L2", "3.000"))
    )
    assert imports.import_sorting(db, who.olu, text).ok
    rows = db.execute(
        "SELECT e.id, e.uid, l.number, e.mct FROM sort_entries e JOIN lots l ON l.id = e.lot_id "
        "WHERE e.id > ? ORDER BY e.id",
        (before,),
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        (before + 1, f"KSF-E{before + 1}", "L2", 1_000),
        (before + 2, f"KSF-E{before + 2}", "L1", 2_000),
        (before + 3, f"KSF-E{before + 3}", "L2", 3_000),
    ]
    assert sorting.reconciliation(db, "L2").sorted_mct == 4_000


def test_a_csv_import_leaves_the_collector_as_it_found_it(db, who, monkeypatch):
    # The import holds Python's cyclic collector off while it reads, plans and writes (a big
    # file's million objects hold no cycles), and gives it back as it was: on, or off, and
    # whether the import succeeds, is refused for its lines, or fails in its write.
    make_lot(db, who.olu, "L1")
    seen: list[bool] = []
    plan = sorting.plan_entries

    def planning(*args, **kwargs):
        seen.append(gc.isenabled())
        return plan(*args, **kwargs)

    monkeypatch.setattr(sorting, "plan_entries", planning)
    good, bad = "lot,category,carats\nL1,S5-SAW-Q1-W,1.000\n", "lot,category,carats\nL1,NOPE,1\n"
    assert gc.isenabled()
    assert imports.import_sorting(db, who.olu, good).ok
    assert not imports.import_sorting(db, who.olu, bad).ok
    assert gc.isenabled() and seen == [False, False]

    def failing(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sorting, "post_entries", failing)
    with pytest.raises(sqlite3.OperationalError):
        imports.import_sorting(db, who.olu, good)
    assert gc.isenabled() and seen == [False, False, False]
    gc.disable()
    try:
        assert not imports.import_sorting(db, who.olu, bad).ok
        assert not gc.isenabled()
    finally:
        gc.enable()


def _written(db) -> tuple[int, int, list[tuple[int, int]]]:
    """Entries, audit entries and the kept sorting totals, to see that nothing was written."""
    return (
        db.execute("SELECT count(*) FROM sort_entries").fetchone()[0],
        db.execute("SELECT count(*) FROM audit").fetchone()[0],
        [tuple(r) for r in db.execute("SELECT lot_id, mct FROM lot_sorting_totals ORDER BY 1")],
    )


def test_a_csv_import_that_slips_past_the_checks_is_refused_by_the_schema(db, who, monkeypatch):
    # The import's rows planned while their lots were open and within their limits; then, before
    # the write, one lot is filled and another closed, and the services' check inside the write
    # slips (a bug). The schema refuses the batch, with its rule's message, and nothing is
    # written (on the server its guard runs once per statement over the rows, in their order).
    make_lot(db, who.olu, "L1", weighed_mct=10_000, stones=None)
    make_lot(db, who.olu, "L2", weighed_mct=1_000, stones=None)
    rows = [(2, "L1", "S5-SAW-Q1-W", 6_000, None), (3, "L2", "S5-SAW-Q1-W", 500, None)]
    planned, problems = sorting.plan_entries(db, [*rows, (4, "L1", "S5-SAW-Q1-W", 4_000, None)])
    assert not problems
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000)  # 11.000 ct with the file's
    monkeypatch.setattr(sorting, "_check_planned", lambda db, planned: None)
    before = _written(db)
    with pytest.raises(UserError, match="above the carats received plus the tolerance"):
        sorting.post_entries(db, who.olu, planned, "csv")
    assert _written(db) == before

    planned, problems = sorting.plan_entries(db, rows)
    assert not problems
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 1_000)
    sorting.close_sorting(db, who.olu, "L2")
    before = _written(db)
    with pytest.raises(UserError, match="the lot is not open for sorting"):
        sorting.post_entries(db, who.olu, planned, "csv")
    assert _written(db) == before

    # The services' checks in place again: the file's rows refused by line, nothing written.
    monkeypatch.undo()
    text = "lot,category,carats\nL1,S5-SAW-Q1-W,9.011\nL2,S5-SAW-Q1-W,0.001\n"  # 1 + 9.011 ct
    result = imports.import_sorting(db, who.olu, text)
    assert [e.line for e in result.errors] == [2, 3]
    assert "above" in result.errors[0].message and "closed" in result.errors[1].message
    assert _written(db) == before


def test_a_csv_import_of_many_lots_keeps_each_lots_total(db, who):
    make_lot(db, who.olu, "L1", weighed_mct=10_000, stones=None)
    make_lot(db, who.olu, "L2", weighed_mct=10_000, stones=None)
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 2_000)
    text = "lot,category,carats\n" + "".join(
        f"{lot},S5-SAW-Q1-W,{ct}\n"
        for lot, ct in (("L1", "4.000"), ("L2", "3.000"), ("L1", "6.010"), ("L2", "5.000"))
    )
    assert imports.import_sorting(db, who.olu, text).ok  # L1 at its limit: 10.000 + 0.010
    assert dict(db.execute("SELECT lot_id, mct FROM lot_sorting_totals").fetchall()) == dict(
        db.execute("SELECT lot_id, sum(mct) FROM sort_entries GROUP BY lot_id").fetchall()
    )
    assert sorting.reconciliation(db, "L1").sorted_mct == 10_010
    assert sorting.reconciliation(db, "L2").sorted_mct == 10_000


def test_a_close_is_checked_without_writing(db, who):
    """The app checks before its summary: the same refusals as closing, nothing written."""
    make_lot(db, who.olu, "L1")
    with pytest.raises(UserError, match="no sorting results to close"):
        sorting.check_close(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000)
    before = len(audit_entries(db, limit=1000))
    rec = sorting.check_close(db, who.olu, "L1")
    assert (rec.sorted_mct, rec.difference_mct, rec.within_tolerance) == (60_000, 40_000, False)
    assert len(audit_entries(db, limit=1000)) == before
    assert lots.get_lot(db, "L1").status != "sorted"
    make_sorted_lot(db, who.olu, "L2")
    with pytest.raises(UserError, match="already sorted and closed"):
        sorting.check_close(db, who.olu, "L2")


# -- stones not counted are not zero (issue 13) --------------------------------------------------


def test_a_blank_stone_count_is_not_counted_not_zero(db, who):
    make_lot(db, who.olu, "L1", stones=None)
    uid = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000).uid
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_900, 50)
    entries = sorting.list_entries(db, "L1")
    assert (entries[0]["uid"], entries[0]["stones"]) == (uid, None)
    assert entries[1]["stones"] == 50
    flag = db.execute("SELECT stones_counted FROM sort_entries WHERE uid = ?", (uid,)).fetchone()
    assert flag[0] == 0
    rec = sorting.reconciliation(db, "L1")
    assert rec.received_stones is None and rec.stone_difference is None
    assert (rec.goods_entries, rec.counted_entries) == (2, 1)
    assert sorting.received_stones_text(rec) == "stones not counted"
    assert sorting.sorted_stones_text(rec) == "50 stones (1 of 2 entries counted)"
    assert sorting.category_stones_text(rec, "S5-SAW-Q1-W", 0) == "not counted"
    # A correction of an entry not counted is not counted either; verify reads both as recorded.
    sorting.correct_entry(db, who.sam, "L1", uid, "wrong category")
    assert sorting.list_entries(db, "L1")[-1]["stones"] is None
    assert sorting.sorted_stones_text(sorting.reconciliation(db, "L1")) == "50 stones"
    assert verify(db).ok


def test_an_entry_from_before_stones_counted_with_0_stones_reads_not_counted(db, who):
    """Before migration 0014 a blank count was stored as 0 stones, and those rows read as
    counted: 0 stones of some carats is a blank count, not a stone difference."""
    make_lot(db, who.olu, "L1", stones=300)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 120)
    old = sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 40_000).uid
    # The row as 0013 left it: stones 0, and (the column's default) counted.
    tamper(db, f"UPDATE sort_entries SET stones_counted = 1 WHERE uid = '{old}'")
    assert sorting.list_entries(db, "L1")[1]["stones"] is None
    rec = sorting.reconciliation(db, "L1")
    assert (rec.goods_entries, rec.counted_entries) == (2, 1)
    assert rec.stone_difference is None and rec.stones_not_counted_out == 180
    assert sorting.sorted_stones_text(rec) == "120 stones (1 of 2 entries counted)"
    # Not a stone difference; its 180 stones counted in and not out take a second person
    # (as any lot counted in and not all counted out), and its stock reads "not counted" too.
    assert rec.needs_acceptance
    sorting.close_sorting(db, who.sam, "L1", accept_difference=True, reason="smalls by weight")
    shown = {row.category: row.stones_text for row in stock(db, who.olu)}
    assert shown["G1-SAW-Q1-W"] == "not counted" and shown["S5-SAW-Q1-W"] == "120"


def test_a_stone_difference_counted_in_and_out_needs_acceptance_to_close(db, who):
    make_lot(db, who.olu, "L1", stones=300)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 200)
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 40_000, 50)
    rec = sorting.reconciliation(db, "L1")
    assert rec.within_tolerance and rec.stones_counted_out
    assert rec.stone_difference == 50 and rec.needs_acceptance
    assert (
        sorting.stone_difference_sentence(rec) == "stone difference 50 (300 received, 250 sorted)"
    )
    with pytest.raises(UserError, match=r"stone difference 50 .*accept the difference"):
        sorting.close_sorting(db, who.olu, "L1")
    with pytest.raises(PermissionDenied, match="needs a supervisor"):
        sorting.close_sorting(db, who.olu, "L1", accept_difference=True, reason="recount")
    assert lots.get_lot(db, "L1").status == "sorting"
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="two chips broke")
    close = audit_entries(db, action="sort.close", limit=1)[0]
    assert '"stone_difference":50' in close.details and '"override":true' in close.details
    assert lots.get_lot(db, "L1").status == "sorted"
    assert verify(db).ok


def test_verify_finds_a_forged_stones_counted_flag(db, who):
    make_lot(db, who.olu, "L1")
    counted = sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_900, 50).uid
    blank = sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000).uid
    assert verify(db).ok
    tamper(db, f"UPDATE sort_entries SET stones_counted = 1 WHERE uid = '{blank}'")
    assert f"sorting entry {blank}: does not match the audit log" in verify(db).problems
    tamper(db, f"UPDATE sort_entries SET stones_counted = 0 WHERE uid = '{blank}'")
    assert verify(db).ok
    tamper(db, f"UPDATE sort_entries SET stones_counted = 0, stones = 0 WHERE uid = '{counted}'")
    assert f"sorting entry {counted}: does not match the audit log" in verify(db).problems


def test_a_csv_import_keeps_blank_stones_not_counted(db, who):
    make_lot(db, who.olu, "L1")
    text = "lot,category,carats,stones\nL1,S5-SAW-Q1-W,1.000,\nL1,G1-SAW-Q1-W,2.000,3\n"
    assert imports.import_sorting(db, who.olu, text).ok
    assert [e["stones"] for e in sorting.list_entries(db, "L1")] == [None, 3]
    assert verify(db).ok


def test_stock_says_how_many_of_its_lines_were_counted(db, who):
    from sortapp.services import reports  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")  # S5-SAW-Q1-W not counted, G1-SAW-Q1-W 50 stones
    assert reports.stock_stone_counts(db, who.olu) == (2, 1)


def test_a_lot_received_with_stones_but_no_weight_is_weighed_with_its_count(db, who):
    make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=50_000, stones=40)
    make_lot(db, who.olu, "L2", weighed_mct=None, declared_mct=50_000, stones=40)
    lots.weigh_lot(db, who.olu, "L1", 50_010)  # blank: the count recorded at receipt stands
    lot = lots.get_lot(db, "L1")
    assert (lot.status, lot.weighed_stones) == ("received", 40)
    assert ledger.balance(db, "received", lot.id) == (50_010, 40)
    lots.weigh_lot(db, who.olu, "L2", 50_010, 40)  # the same count typed again
    make_lot(db, who.olu, "L3", weighed_mct=None, declared_mct=50_000, stones=40)
    with pytest.raises(UserError, match="received with 40 stones counted; leave stones blank"):
        lots.weigh_lot(db, who.olu, "L3", 50_010, 39)
    assert lots.get_lot(db, "L3").status == "awaiting_weight"
    assert verify(db).ok


#: Carats as a file may hold them: read by the import exactly as ``parse_carats`` reads a typed
#: figure (the import reads plain figures itself, without the call per row).
FIGURES = [
    "1", "1.5", " 2.25 ", "0.001", "0000003.000", "9999999.999", "10000000", "0", "0.000",
    "00.0", "1.2345", "1,5", "-1", "+1", ".5", "1.", "1e3", "\u0661.\u0665", "1.\u0665", "",
    " ", "1 000", "12345678", "0.0001",
]  # fmt: skip


@pytest.mark.parametrize("figure", FIGURES)
def test_the_import_reads_a_figure_as_a_typed_entry_does(db, who, figure):
    make_lot(db, who.olu, "L1", weighed_mct=20_000_000_000, stones=None)
    text = f'lot,category,carats\nL1,S5-SAW-Q1-W,"{figure}"\n'
    result = imports.import_sorting(db, who.olu, text, dry_run=True)
    try:
        mct = parse_carats(figure.strip(), "carats")
    except UserError as exc:
        assert [(e.line, e.message) for e in result.errors] == [(2, str(exc))]
        return
    assert result.ok
    assert imports.import_sorting(db, who.olu, text).ok
    assert sorting.reconciliation(db, "L1").sorted_mct == mct


def test_a_close_goes_ahead_under_the_figures_shown_and_not_under_others(db, who):
    """What the person said yes to (``check_close``'s reconciliation) is what is closed: the
    same figures close; figures changed meanwhile (an entry at another workstation) do not."""
    make_lot(db, who.olu, "L1", stones=None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 99_990, None)
    shown = sorting.check_close(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q2-W", 10, None)
    with pytest.raises(UserError, match="its figures changed after its summary was shown"):
        sorting.close_sorting(db, who.olu, "L1", shown=shown)
    assert lots.get_lot(db, "L1").status == "sorting"
    sorting.close_sorting(db, who.olu, "L1", shown=sorting.check_close(db, who.olu, "L1"))
    assert lots.get_lot(db, "L1").status == "sorted"


def test_a_weight_difference_is_acknowledged_under_the_figures_shown_and_recorded(db, who):
    """A lot weighed again (at another workstation) while its difference was on screen is not
    acknowledged under figures no one saw; the acknowledgement records the figures it
    accepted (it recorded its reason alone)."""
    from sortapp.services import history  # noqa: PLC0415

    make_lot(db, who.olu, "L1", declared_mct=101_300, weighed_mct=100_000)
    shown = lots.get_lot(db, "L1").weighed_mct
    lots.reweigh_lot(db, who.sam, "L1", 90_000, reason="scale re-zeroed")
    with pytest.raises(UserError, match=r"was weighed again after its difference was shown"):
        lots.acknowledge_weight(db, who.sue, "L1", "papers wrong", shown_mct=shown)
    assert not lots.get_lot(db, "L1").weight_acknowledged
    lots.acknowledge_weight(db, who.sue, "L1", "papers wrong", shown_mct=90_000)
    entry = audit_entries(db, action="lot.acknowledge", limit=1)[0]
    assert history.sentence(entry.action, entry.user, entry.object, entry.details) == (
        "sue acknowledged the weight difference of lot L1 (declared 101.300 ct, weighed 90.000 "
        "ct): "
        "papers wrong"
    )


def test_a_reweigh_judges_the_difference_anew_and_an_old_acknowledgement_no_longer_stands(db, who):
    """An acknowledgement accepts the figures shown: the lot weighed again still beyond
    tolerance is acknowledged again, under its new figures (it stood for figures no one
    accepted: 95.000 acknowledged, 96.500 closed); one weighed again within tolerance no longer
    asks for one (a difference of 0.000 ct 'beyond tolerance')."""
    make_lot(db, who.olu, "L1", weighed_mct=95_000, declared_mct=100_000, stones=500)
    lots.acknowledge_weight(db, who.sam, "L1", "supplier's scale", shown_mct=95_000)
    assert lots.get_lot(db, "L1").weight_acknowledged
    changes = lots.reweigh_lot(db, who.sam, "L1", 96_500, 500, reason="scale re-zeroed")
    lot = lots.get_lot(db, "L1")
    assert lot.weight_flag and not lot.weight_acknowledged
    assert "beyond tolerance; a supervisor must acknowledge it" in changes.warning
    entry = audit_entries(db, action="lot.reweigh", limit=1)[0]
    assert json.loads(entry.details)["acknowledgement_cleared"] is True
    assert history.sentence(entry.action, entry.user, entry.object, entry.details).endswith(
        "; the acknowledgement of its earlier weight difference no longer stands"
    )
    receipt = documents.build(db, who.sam, "receipt", ["L1"])
    assert "Acknowledged by" not in dict(receipt.facts)
    assert dict(receipt.facts)["Difference"].endswith("BEYOND TOLERANCE, to be acknowledged")
    assert "Acknowledged" in receipt.signatures  # (a blank line: it printed sam, of the old)
    reconciliation = dict(documents.build(db, who.sam, "reconciliation", ["L1"]).facts)
    assert "Weight difference" not in reconciliation  # (it said acknowledged by sam)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 96_500, 500)
    with pytest.raises(UserError, match="acknowledge"):
        sorting.close_sorting(db, who.sue, "L1")
    with pytest.raises(UserError, match="cancel, and look at it again"):
        lots.acknowledge_weight(db, who.sue, "L1", "checked", shown_mct=95_000)  # the old figures
    lots.acknowledge_weight(db, who.sue, "L1", "checked at 96.500", shown_mct=96_500)
    receipt = dict(documents.build(db, who.sam, "receipt", ["L1"]).facts)
    assert receipt["Acknowledged by"].startswith("sue, ")
    sorting.close_sorting(db, who.sue, "L1")
    # Weighed again within tolerance: no acknowledgement asked for.
    make_lot(db, who.olu, "L2", weighed_mct=1_000_000, declared_mct=100_000, stones=500)
    lots.acknowledge_weight(db, who.sam, "L2", "to be weighed again", shown_mct=1_000_000)
    changes = lots.reweigh_lot(db, who.sam, "L2", 100_000, 500, reason="typed a zero too many")
    lot = lots.get_lot(db, "L2")
    assert not lot.weight_flag and not lot.weight_acknowledged and changes.warning == ""
    # The count alone corrected: the carats acknowledged stand, and so does the acknowledgement;
    # a blank count keeps the count (as at weighing): never a count undone.
    make_lot(db, who.olu, "L3", weighed_mct=95_000, declared_mct=100_000, stones=None)
    lots.acknowledge_weight(db, who.sam, "L3", "supplier's scale", shown_mct=95_000)
    lots.reweigh_lot(db, who.sam, "L3", 95_000, 480, reason="counted again")
    lot = lots.get_lot(db, "L3")
    assert lot.weight_flag and lot.weight_acknowledged and lot.weighed_stones == 480
    with pytest.raises(UserError, match="already weighs"):
        lots.reweigh_lot(db, who.sam, "L3", 95_000, reason="the count left blank")
    lots.reweigh_lot(db, who.sam, "L3", 94_000, reason="scale re-zeroed")
    assert lots.get_lot(db, "L3").weighed_stones == 480
    assert verify(db).ok, verify(db).problems


def test_stones_counted_in_and_written_off_for_want_of_a_count_out_need_a_second_person(db, who):
    """An attack round (2026-12-07): a lot counted in at 500 stones, 50 counted out, and one
    uncounted speck of 0.001 ct made it "not counted out": its operator closed it alone and
    450 counted stones went to the difference. Now that takes a supervisor who entered none of
    the results, with a reason, as a stone difference does; so does a count out above the
    count in with some entries uncounted."""
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "G1-SAW-Q1-W", 39_999, 50)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 400)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q2-BR", 1)  # (the speck, not counted)
    rec = sorting.reconciliation(db, "L1")
    assert rec.within_tolerance and rec.stone_difference is None
    assert rec.stones_not_counted_out == 50 and rec.needs_acceptance
    said = "50 of the 500 stones received not counted out (450 counted; some entries' stones"
    assert sorting.stone_difference_sentence(rec).startswith(said)
    with pytest.raises(UserError, match=r"50 of the 500 stones .*accept the difference"):
        sorting.close_sorting(db, who.olu, "L1")
    with pytest.raises(PermissionDenied, match="needs a supervisor"):
        sorting.close_sorting(db, who.olu, "L1", accept_difference=True, reason="smalls")
    assert lots.get_lot(db, "L1").status == "sorting"
    sorting.close_sorting(db, who.sue, "L1", accept_difference=True, reason="speck not counted")
    lot = lots.get_lot(db, "L1")
    assert lot.status == "sorted" and ledger.balance(db, "adjust", lot.id) == (0, 50)
    # More counted out than in, some entries not counted: a second person too.
    make_lot(db, who.olu, "L2", stones=100)
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 99_999, 120)
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q2-BR", 1)
    rec = sorting.reconciliation(db, "L2")
    assert rec.stones_not_counted_out == -20 and rec.needs_acceptance
    assert "120 stones counted out, more than the 100 received" in (
        sorting.stone_difference_sentence(rec)
    )
    # Not counted in: its operator closes it, as before.
    make_lot(db, who.olu, "L3", stones=None)
    sorting.add_entry(db, who.olu, "L3", "G1-SAW-Q1-W", 39_899, 50)
    sorting.add_entry(db, who.olu, "L3", "S5-SAW-Q1-W", 60_101)
    assert not sorting.reconciliation(db, "L3").needs_acceptance
    sorting.close_sorting(db, who.olu, "L3")
    assert lots.get_lot(db, "L3").status == "sorted"
