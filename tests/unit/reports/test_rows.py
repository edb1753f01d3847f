"""The rows and figures of the content tables (issue 14): every line row multiplies out as
printed, stones not counted say so, specials have a row per stone, the annex adds up to 100.000
and the manifest's provenance ties to it."""

from __future__ import annotations

import pytest

from sortapp.core.entities import ParcelLine
from sortapp.core.errors import UserError
from sortapp.core.units import parse_carats, parse_usd, value_cents
from sortapp.reports import documents
from sortapp.reports.documents import render_html
from sortapp.reports.documents.common import Figures, category_rows
from sortapp.services import assortment, parcels
from sortapp.services.verify import verify
from tests.conftest import make_lot, make_sorted_lot

SPECIAL = "SP-SAW-Q1-W"
S5 = "S5-SAW-Q1-W"


def multiplied(row) -> tuple[int, int]:
    """A printed line row's carats x USD/ct rounded to the cent, and its printed value."""
    _name, _hs, _stones, carats, price, value = row[-6:]
    mct = parse_carats(carats.replace(",", ""))
    return value_cents(mct, parse_usd(price.replace(",", ""))), parse_usd(value.replace(",", ""))


def line_rows(table):
    return [r for r, k in zip(table.rows, table.kinds, strict=True) if k == "line"]


def test_a_row_merging_lots_multiplies_out_and_the_total_stays_exact(db, who):
    # 10.005 ct and 20.005 ct at 123.47 USD/ct: valued per lot, 1,235.32 + 2,470.02 = 3,705.34;
    # the row's 30.010 ct x 123.47 = 3,705.33. Valued per category: 3,705.33, apportioned.
    for number in ("L1", "L2"):
        make_sorted_lot(db, who.olu, number, entries=((S5, 60_000, 0), ("G1-SAW-Q1-W", 39_900, 50)))
    assortment.set_price(db, who.sam, S5, 12_347, "2020-01-01")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", S5, 10_005, lot="L1")
    parcels.add_goods(db, who.olu, "P1", S5, 20_005, lot="L2")
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    parcel = parcels.get_parcel(db, "P1")
    assert sum(ln.value_cents for ln in parcel.lines) == 370_533 == parcel.book_value_cents
    assert sorted(ln.value_cents for ln in parcel.lines) == [123_532, 247_001]
    for doc in (documents.manifest(db, "P1"), documents.valuation(db, "P1")):
        contents = doc.tables[0]
        rows = line_rows(contents)
        assert [r[:4] for r in rows] == [(S5, "7102.31", "n/c", "30.010")]
        assert rows[0][4:] == ("123.47", "3,705.33")
        for row in rows:
            assert multiplied(row)[0] == multiplied(row)[1], row
        total = contents.rows[contents.kinds.index("total")]
        assert total[3:] == ("30.010", "", "3,705.33")  # no average USD/ct on a total
    invoice = documents.invoice(db, "P1").tables[0]
    for row in line_rows(invoice):
        assert multiplied(row)[0] == multiplied(row)[1], row
    assert verify(db).ok


def test_lots_valued_one_by_one_print_as_their_own_rows():
    # A parcel sealed before values were made per category: its lines' values add up to a cent
    # more than the category's carats x price; each lot gets its own row, which multiplies out.
    lines = [
        ParcelLine(S5, "7102.31", "L1", "BW", 10_005, 0, 12_347, 123_532, "price book"),
        ParcelLine(S5, "7102.31", "L2", "ZA", 20_005, 3, 12_347, 247_002, "price book"),
        ParcelLine("G1-SAW-Q1-W", "7102.31", "L1", "BW", 1_000, 2, 10_000, 10_000, "price book"),
    ]
    parcel = type("P", (), {"lines": tuple(lines)})()
    rows = category_rows([parcel], Figures())  # type: ignore[list-item]
    names = [(r[0], k) for r, k in rows]
    assert names == [
        (f"{S5}, lot L1", "line"),
        (f"{S5}, lot L2", "line"),
        ("G1-SAW-Q1-W", "line"),
        ("Subtotal HS 7102.31, gem (non-industrial)", "subtotal"),
        ("TOTAL", "total"),
    ]
    for row, kind in rows:
        if kind == "line":
            assert multiplied(row)[0] == multiplied(row)[1], row
    assert rows[-1][0][2:] == ["5 (2 of 3 lines counted)", "31.010", "", "3,805.34"]


def test_stones_not_counted_print_n_c_with_a_legend_and_totals_say_what_was_counted(db, who):
    # (A count in the thousands: S7, -9+7, as 39.900 ct of 0.66-0.99 ct grainers are 40-60 stones)
    make_sorted_lot(db, who.olu, "L1", entries=((S5, 60_000, 0), ("S7-SAW-Q1-W", 39_900, 1_234)))
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", S5, 60_000)
    parcels.add_goods(db, who.olu, "P1", "S7-SAW-Q1-W", 39_900)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    doc = documents.manifest(db, "P1")
    contents, lots = doc.tables[0], doc.tables[1]
    assert {r[0]: r[2] for r in contents.rows}[S5] == "n/c"
    assert {r[0]: r[2] for r in contents.rows}["S7-SAW-Q1-W"] == "1,234"  # grouped
    assert contents.rows[-1][2] == "1,234 (1 of 2 lines counted)"
    partly = "1,234 (1 of 2 lines counted)"
    assert [r[3] for r in lots.rows] == ["n/c", "1,234", partly, partly]
    assert contents.note == lots.note == "n/c: not counted"
    html = render_html(doc)
    assert html.count("n/c: not counted") == 2
    assert "not counted</td>" not in html


def _sort_specials(db, who, number, country, weights):
    make_lot(db, who.olu, number, origins=[(country, "Mine")], stones=None)
    from sortapp.services import sorting  # noqa: PLC0415

    for mct in weights:
        sorting.add_entry(db, who.olu, number, SPECIAL, mct)
    sorting.add_entry(db, who.olu, number, S5, 100_000 - sum(weights))
    sorting.close_sorting(db, who.olu, number)


@pytest.fixture
def specials(db, who):
    """Two special stones from L1 (BW: 12.345 and 10.801 ct), one from L2 (ZA: 11.111 ct),
    packed one by one at 123.47 USD/ct."""
    _sort_specials(db, who, "L1", "BW", (12_345, 10_801))
    _sort_specials(db, who, "L2", "ZA", (11_111,))
    assortment.set_price(db, who.sam, SPECIAL, 12_347, "2020-01-01")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", SPECIAL, 12_345, lot="L1")
    parcels.add_goods(db, who.olu, "P1", SPECIAL, 11_111, lot="L2")
    parcels.add_goods(db, who.olu, "P1", SPECIAL, 10_801, lot="L1")
    return db


def test_specials_are_packed_one_stone_at_a_time_from_one_lot(db, who):
    _sort_specials(db, who, "L1", "BW", (12_345, 10_801))
    _sort_specials(db, who, "L2", "ZA", (11_111,))
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    with pytest.raises(UserError, match="pack each special stone on its own"):
        parcels.add_goods(db, who.olu, "P1", SPECIAL, 23_146, stones=2, lot="L1")
    with pytest.raises(UserError, match="not a special stone"):
        parcels.add_goods(db, who.olu, "P1", SPECIAL, 10_000, lot="L1")
    with pytest.raises(UserError, match=r"no special stone of 23\.146 ct"):  # both of L1's
        parcels.add_goods(db, who.olu, "P1", SPECIAL, 23_146, lot="L1")
    with pytest.raises(UserError, match="2 lots hold special stones; name the lot"):
        parcels.add_goods(db, who.olu, "P1", SPECIAL, 11_111)  # which lot's stone?
    assert parcels.list_packings(db, "P1") == []
    parcels.add_goods(db, who.olu, "P1", SPECIAL, 11_111, lot="L2")
    packed = parcels.list_packings(db, "P1")
    assert [(p["lots"], p["mct"], p["stones"]) for p in packed] == [(["L2"], 11_111, 1)]


def test_a_row_per_special_stone_with_its_lot_origin_and_value(specials, who):
    parcels.seal_parcel(specials, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    parcels.ship_parcel(specials, who.sam, "P1")
    parcel = parcels.get_parcel(specials, "P1")
    stone_values = [value_cents(m, 12_347) for m in (12_345, 11_111, 10_801)]
    assert stone_values == [152_424, 137_188, 133_360]
    # Each lot's line is the sum of its stones' values (L1: two stones).
    assert {ln.lot: ln.value_cents for ln in parcel.lines} == {"L1": 285_784, "L2": 137_188}
    contents = documents.manifest(specials, "P1").tables[0]
    rows = [list(r) for r in contents.rows]
    assert rows[:4] == [
        [f"{SPECIAL}, lot L1 (BW)", "7102.31", "1", "12.345", "123.47", "1,524.24"],
        [f"{SPECIAL}, lot L1 (BW)", "7102.31", "1", "10.801", "123.47", "1,333.60"],
        [f"{SPECIAL}, lot L2 (ZA)", "7102.31", "1", "11.111", "123.47", "1,371.88"],
        [f"Subtotal {SPECIAL}, special stones", "", "3", "34.257", "", "4,229.72"],
    ]
    assert contents.kinds[:4] == ("line", "line", "line", "subtotal")
    assert rows[-1][5] == "4,229.72"
    # The invoice has the same rows per stone (its subtotals are its own).
    invoice = documents.invoice(specials, "P1").tables[0]
    assert [r[1] for r in line_rows(invoice)] == [r[0] for r in rows[:3]]
    assert verify(specials).ok


def test_a_single_special_stone_has_no_subtotal_of_its_own(db, who):
    """A category of one special stone printed "Subtotal SP-SAW-Q1-W" under its row (the row
    again); the HS subtotal and the total follow it, as under any other category."""
    _sort_specials(db, who, "L1", "BW", (12_345,))
    assortment.set_price(db, who.sam, SPECIAL, 12_347, "2020-01-01")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", SPECIAL, 12_345, lot="L1")
    parcels.add_goods(db, who.olu, "P1", S5, 50_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    for doc in (documents.manifest(db, "P1"), documents.valuation(db, "P1")):
        contents = doc.tables[0]
        names = [r[0] for r in contents.rows]
        gem = "Subtotal HS 7102.31, gem (non-industrial)"
        assert names == [S5, f"{SPECIAL}, lot L1 (BW)", gem, "TOTAL"], doc.kind
        assert contents.kinds == ("line", "line", "subtotal", "total")


def test_annex_shares_add_up_to_100_and_the_provenance_table_ties_to_them(db, who):
    for number, country in (("L1", "BW"), ("L2", "ZA"), ("L3", "NA")):
        make_sorted_lot(db, who.olu, number, country=country)
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", S5, 180_000)  # 60 ct of each: thirds
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    annex = documents.kp_sheet(db, "P1").tables[1]
    assert [list(r) for r in annex.rows] == [
        ["BW", "60.000", "33.334"],
        ["NA", "60.000", "33.333"],
        ["ZA", "60.000", "33.333"],
        ["TOTAL", "180.000", "100.000"],
    ]
    provenance = documents.manifest(db, "P1").tables[1]
    assert provenance.columns[-1] == "% of carats"
    sums = [
        [r[1] or r[0], r[4], r[5]]
        for r, k in zip(provenance.rows, provenance.kinds, strict=True)
        if k != "line"
    ]
    assert sums == [list(r) for r in annex.rows]
    assert [r[0] for r in line_rows(provenance)] == ["L1", "L3", "L2"]  # grouped by origin
