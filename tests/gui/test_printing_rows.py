"""The content tables read back from the PDF (issue 14): on a 1,000-line parcel every line row
multiplies out to the cent as printed, the totals are the ledger's, stones not counted print
"n/c" under a legend, and the KP annex adds up to 100.000."""

from __future__ import annotations

import re

import pytest

from sortapp.core.units import parse_carats, parse_usd, value_cents
from sortapp.reports import documents, printing
from sortapp.services import assortment, lots, parcels, sorting
from tests.pdfread import pdf_pages

CT = re.compile(r"[\d,]+\.\d{3}")
USD = re.compile(r"[\d,]+\.\d{2}")


def cells(texts: list[str]) -> list[str]:
    """The PDF's text as pypdf reads a table: one cell a line."""
    return [line for t in texts for line in t.splitlines()]


def content_rows(texts: list[str]) -> list[tuple[str, ...]]:
    """The line rows of the contents table read back: (category, HS code, stones, carats,
    USD/ct, value)."""
    found = cells(texts)
    return [
        tuple(found[i - 1 : i + 5])
        for i in range(1, len(found) - 4)
        if re.fullmatch(r"7102\.\d\d", found[i])
        and CT.fullmatch(found[i + 2])
        and USD.fullmatch(found[i + 3])
        and USD.fullmatch(found[i + 4])
    ]


def after(found: list[str], first: str, skip: int) -> list[list[str]]:
    """For each cell ``first``: the ``skip`` cells after it, the stones cell (joined where it
    wraps: the text up to the carats), the carats and the cell after them."""
    out = []
    for i, cell in enumerate(found):
        if cell == first:
            at = next(j for j in range(i + 1 + skip, len(found)) if CT.fullmatch(found[j]))
            stones = " ".join(found[i + 1 + skip : at])
            out.append([*found[i + 1 : i + 1 + skip], stones, *found[at : at + 2]])
    return out


def _number(text: str) -> str:
    return text.replace(",", "")


@pytest.fixture
def thousand_lines(db, who):
    """Parcel BIG of 1,000 lines: 500 lots (BW, ZA, NA in turn) each sorted into two of 200
    categories priced at odd cents per carat, every category packed from its 5 lots at once;
    the stones of one lot in three are not counted."""
    cats = [c.code for c in assortment.list_categories(db) if not c.special][:200]
    assortment.import_prices(
        db, who.sam, {code: 10_007 + 1_313 * k for k, code in enumerate(cats)}, "2020-01-01"
    )
    for i in range(500):
        number = f"L{i:03d}"
        weights = (1_003 + 7 * i, 2_001 + 11 * i)
        lots.receive_lot(
            db,
            who.olu,
            number=number,
            origins=[(("BW", "ZA", "NA")[i % 3], "M")],
            weighed_mct=sum(weights),
        )
        for k, mct in enumerate(weights):
            # (12 or 13 stones: an S13 stone weighs up to 0.650 ct, and an entry up to 7.490 ct)
            stones = None if i % 3 == 2 else 12 + k
            sorting.add_entry(db, who.olu, number, cats[(2 * i + k) % 200], mct, stones)
        sorting.close_sorting(db, who.olu, number)
    parcels.create_parcel(db, who.olu, "BIG", importer="Antwerp Rough NV", destination="BE")
    for code in cats:
        stock = sum(
            (1_003 + 7 * i, 2_001 + 11 * i)[k]
            for i in range(500)
            for k in range(2)
            if cats[(2 * i + k) % 200] == code
        )
        parcels.add_goods(db, who.olu, "BIG", code, stock)
    parcels.seal_parcel(db, who.sam, "BIG", kp_cert="BW-9", seals=["S9"])
    return db


def test_every_row_of_a_1000_line_manifest_multiplies_out_as_read_back(
    qapp, thousand_lines, who, tmp_path
):
    db = thousand_lines
    parcel = parcels.get_parcel(db, "BIG")
    assert len(parcel.lines) == 1_000
    path = tmp_path / "big.pdf"
    printing.save_pdf(db, who.olu, documents.manifest(db, "BIG"), path)
    texts = pdf_pages(path)
    rows = content_rows(texts)
    assert len(rows) == 200  # one row per category: each merges 5 lots
    for _name, _hs, _stones, ct, price, usd in rows:
        mct, printed = parse_carats(_number(ct)), parse_usd(_number(usd))
        assert value_cents(mct, parse_usd(_number(price))) == printed, (ct, price, usd)
    assert sum(parse_usd(_number(r[5])) for r in rows) == parcel.book_value_cents
    found = cells(texts)
    f = documents.common.figures(db)
    counted = sum(1 for ln in parcel.lines if ln.stones_counted)
    assert 0 < counted < 1_000
    stones = f"{f.count(parcel.stones)} ({f.count(counted)} of 1,000 lines counted)"
    # The contents' total (no average USD/ct), then the provenance table's (100.000 %).
    assert after(found, "TOTAL", 0) == [
        [stones, f.ct(parcel.mct), f.usd(parcel.book_value_cents)],
        [stones, f.ct(parcel.mct), "100.000"],
    ]
    # Every category has some lots counted: no "n/c" among the contents, some among the lots.
    assert found.count("n/c: not counted") == 1
    assert "n/c" in found[found.index("Provenance: source lots") :]
    assert "n/c" not in found[: found.index("Provenance: source lots")]
    # The provenance table: a subtotal per origin, as the KP sheet's annex has it.
    annex = documents.kp_sheet(db, "BW-9").tables[1]
    assert [[s[0], s[2], s[3]] for s in after(found, "Subtotal", 1)] == [
        list(r) for r in annex.rows[:-1]
    ]


def test_the_kp_annex_adds_up_to_100_as_printed(qapp, db, who, tmp_path):
    for i, country in enumerate(("BW", "ZA", "NA")):
        number = f"L{i}"
        lots.receive_lot(db, who.olu, number=number, origins=[(country, "M")], weighed_mct=60_000)
        sorting.add_entry(db, who.olu, number, "S5-SAW-Q1-W", 60_000)
        sorting.close_sorting(db, who.olu, number)
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 180_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    path = tmp_path / "kp.pdf"
    printing.save_pdf(db, who.olu, documents.kp_sheet(db, "BW-1"), path)
    found = cells(pdf_pages(path))
    annex = found[found.index("% of carats") + 1 :]
    assert annex[:12] == [
        *("BW", "60.000", "33.334"),
        *("NA", "60.000", "33.333"),
        *("ZA", "60.000", "33.333"),
        *("TOTAL", "180.000", "100.000"),
    ]
    manifest = tmp_path / "manifest.pdf"
    printing.save_pdf(db, who.olu, documents.manifest(db, "P1"), manifest)
    found = cells(pdf_pages(manifest))
    assert after(found, "Subtotal", 1) == [
        ["BW", "n/c", "60.000", "33.334"],
        ["NA", "n/c", "60.000", "33.333"],
        ["ZA", "n/c", "60.000", "33.333"],
    ]
    assert after(found, "TOTAL", 0)[-1] == ["n/c", "180.000", "100.000"]
