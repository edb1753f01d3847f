"""Labels painted to PDF and read back as a scanner and a reader would: one code per
label-printer page, long numbers fitted or refused, COPY per label and clear of the bars, the
sheet laid out on its label stock, and a footer that says what the sheet holds."""

from __future__ import annotations

import math

import pytest
import zxingcpp
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter

from sortapp.core.errors import UserError
from sortapp.reports import copies, documents, labelpaint, printing
from sortapp.reports.documents import Label
from sortapp.services import audit, parcels, site
from sortapp.services.verify import audit_entries
from tests.conftest import make_lot, pack_parcel_for_antwerp
from tests.pdfread import page_images, pdf_pages, scan_pages

#: A parcel number of 28 characters (a long one a site may use).
LONG = "PX-2026-ANTWERP-0000012345AB"
LONG_LOT = "LOT-2026-KASANE-000123"
SEALS = [f"SEAL-2026-{i:06d}" for i in range(8)]


@pytest.fixture
def stock(db, who):
    """Lots L1, L2 and LOT-2026-KASANE-000123; parcel P1 (sealed) and a long-numbered parcel
    sealed with eight seals."""
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1", "S2"])
    parcels.create_parcel(db, who.olu, LONG, importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, LONG, "S5-SAW-Q1-W", 1_000)
    parcels.seal_parcel(db, who.sam, LONG, kp_cert="BW-2026-000000000123", seals=SEALS)
    make_lot(db, who.olu, LONG_LOT)
    return db


def save(db, who, numbers, path, *, label_printer=True):
    doc = documents.build(db, who.olu, "label", numbers, label_printer=label_printer)
    return printing.save_pdf(db, who.olu, doc, path)


@pytest.mark.parametrize(
    "numbers",
    [
        ["L1", "L2"],
        ["L1", "P1"],
        ["P1", "L1", LONG],
        [LONG_LOT, "L1", "P1", "L2"],
        ["L2", LONG, "P1", LONG_LOT, "L1"],
    ],
)
def test_label_printer_one_code_per_page(qapp, stock, who, tmp_path, numbers):
    """Each label-printer page scans as exactly its own label's code, at 150 and 300 dpi
    (the labels were laid out as one flowing text: page 1 scanned as two codes, page 2 none)."""
    path = tmp_path / "labels.pdf"
    pages, _copy = save(stock, who, numbers, path)
    assert pages == len(numbers)
    for dpi in (150, 300):
        assert scan_pages(path, dpi) == [[n] for n in numbers], dpi
    for image in page_images(path, 150):  # every page is a 100 x 62 mm label
        assert abs(image.width - 100 / 25.4 * 150) < 2 and abs(image.height - 62 / 25.4 * 150) < 2


def test_a_long_number_fits_the_label_and_its_seal_line_is_whole(qapp, stock, who, tmp_path):
    path = tmp_path / "long.pdf"
    save(stock, who, [LONG], path)
    assert scan_pages(path, 150) == [[LONG]] and scan_pages(path, 300) == [[LONG]]
    text = " ".join(pdf_pages(path)[0].split())
    assert LONG in text
    for seal in SEALS:  # the seal line wraps; not one seal is cut off
        assert seal in text, (seal, text)
    # Nothing runs off the label: no ink within 1 mm of any edge.
    image = page_images(path, 150)[0]
    edge = round(150 / 25.4)
    assert image.dark(0, 0, image.width, edge) == 0
    assert image.dark(0, image.height - edge, image.width, edge) == 0
    assert image.dark(0, 0, edge, image.height) == 0
    assert image.dark(image.width - edge, 0, edge, image.height) == 0


def test_modules_are_whole_dots_no_narrower_than_a_scanner_reads(qapp):
    # 300 dpi: 0.19 mm is 2.2 dots, so 3 dots (0.254 mm) at the least.
    assert labelpaint.module_dots(LONG, 94 / 25.4 * 300, 300) == 3
    assert labelpaint.module_dots("L1", 94 / 25.4 * 300, 300) == 5  # 0.5 mm at the most
    # A 203 dpi label printer: 2 dots (0.25 mm).
    assert labelpaint.module_dots(LONG, 94 / 25.4 * 203, 203) == 2


def test_a_number_too_long_for_any_label_is_refused(qapp, db, who, tmp_path):
    longest = "L" * 40  # the longest number a lot may have
    make_lot(db, who.olu, longest)
    for label_printer in (True, False):
        path = tmp_path / f"refused-{label_printer}.pdf"
        with pytest.raises(UserError, match="narrowest module a scanner reads"):
            save(db, who, [longest], path, label_printer=label_printer)
        assert not path.exists()
    assert audit_entries(db, action="print.label", limit=5) == []


def layout_on_page(paper: str, label: Label):
    """The label's layout as ``paint_labels`` lays it out on the first cell of ``paper``."""
    writer = QPdfWriter("/dev/null")
    writer.setResolution(300)
    printing.setup_page(
        writer, documents.Document(kind="label", title="", number="", site="", paper=paper)
    )
    painter = QPainter(writer)
    try:
        if paper == "label":
            cell = QRectF(0, 0, 100 / 25.4 * 300, 62 / 25.4 * 300)
            return labelpaint.layout(painter, label, cell, 300, "label")
        left, top, width, height = labelpaint.STOCKS[paper].cell(0)
        cell = QRectF(*(labelpaint.dots(v, 300) for v in (left, top, width, height)))
        return labelpaint.layout(painter, label, cell, 300, "sheet")
    finally:
        painter.end()


@pytest.mark.parametrize("paper", ["label", "a4", "letter"])
def test_the_copy_mark_is_clear_of_the_bars_and_their_quiet_zones(
    qapp, stock, who, tmp_path, paper
):
    at = layout_on_page(paper, Label(LONG, ("PARCEL",), copy=3))
    assert not at.copy.isEmpty()
    assert not at.copy.intersects(at.symbol), (at.copy, at.symbol)
    assert at.symbol.contains(at.bars)
    # Printed and reprinted: the reprint is marked COPY and still scans, and the mark adds not
    # one dark dot to the bars' rectangle (quiet zones included).
    if paper != "label":
        site.set_setting(stock, who.admin, "paper", paper)
    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    save(stock, who, [LONG], first, label_printer=paper == "label")
    assert save(stock, who, [LONG], again, label_printer=paper == "label")[1] == 1
    assert "COPY 1" in pdf_pages(again)[0] and "COPY" not in pdf_pages(first)[0]
    assert scan_pages(again, 150)[0] == [LONG] and scan_pages(again, 300)[0] == [LONG]
    scale = 150 / 300
    box = [round(v * scale) for v in (at.symbol.x(), at.symbol.y())] + [
        round(v * scale) for v in (at.symbol.width(), at.symbol.height())
    ]
    one, two = page_images(first, 150)[0], page_images(again, 150)[0]
    assert one.dark(*box) == two.dark(*box) > 0
    copy = [round(v * scale) for v in (at.copy.x(), at.copy.y(), at.copy.width(), at.copy.height())]
    assert two.dark(*copy) > 0


def test_copies_are_counted_per_label(qapp, stock, who, tmp_path):
    """A label printed alone after it was printed in a set is a copy; on a sheet only the
    reprinted labels are marked."""
    save(stock, who, ["L1", "L2"], tmp_path / "set.pdf")
    assert "COPY" not in "".join(pdf_pages(tmp_path / "set.pdf"))
    assert save(stock, who, ["L1"], tmp_path / "alone.pdf")[1] == 1
    assert "COPY 1" in pdf_pages(tmp_path / "alone.pdf")[0]
    entries = audit_entries(stock, action="print.label", limit=10)
    assert sorted(e.object for e in entries) == ["L1", "L1", "L2"]
    # A sheet of P1 and L1: only L1 is marked, COPY 2.
    site.set_setting(stock, who.admin, "paper", "a4")
    path = tmp_path / "sheet.pdf"
    save(stock, who, ["P1", "L1"], path, label_printer=False)
    text = pdf_pages(path)[0]
    assert text.count("COPY") == 1 and "COPY 2" in text
    # The label-printer set as the app's preview would show the next print.
    doc = copies.next_print(stock, documents.build(stock, who.olu, "label", ["L2", "P1"]))
    assert [lb.copy for lb in doc.labels] == [1, 1]


def test_older_prints_of_joined_numbers_count_where_they_name_the_label(qapp, stock, who):
    """Before each label was recorded on its own, a print was one entry on the joined
    numbers, cut at 60 characters: each number it names counts, the last one too where it is
    the label's whole number (it may have been cut from a longer one: when in doubt, COPY)."""
    with_cut = ",".join(["L2", LONG, LONG, "P1"])[:60]
    assert with_cut == f"L2,{LONG},{LONG}"  # LONG twice: the set held two of its labels
    from sortapp.storage.db import transaction  # noqa: PLC0415

    with transaction(stock):
        audit.record(stock, who.olu, "print.label", "L1,P1", {"copy": 0})
        audit.record(stock, who.olu, "print.label", with_cut, {"copy": 0})
    doc = documents.build(stock, who.olu, "label", ["L1", "P1", "L2", LONG, LONG_LOT])
    assert [lb.copy for lb in copies.next_print(stock, doc).labels] == [1, 1, 1, 2, 0]


def test_the_sheet_footer_says_what_it_holds_whole(qapp, stock, who, tmp_path):
    """The footer named the joined numbers cut at 60 characters, mid-number."""
    for i in range(10):
        make_lot(stock, who.olu, f"LOT-2026-KASANE-{i:06d}")
    numbers = [LONG] + [f"LOT-2026-KASANE-{i:06d}" for i in range(10)] + ["P1"]
    site.set_setting(stock, who.admin, "paper", "a4")
    path = tmp_path / "sheet.pdf"
    save(stock, who, numbers, path, label_printer=False)
    text = " ".join(pdf_pages(path)[0].split())
    assert f"Labels: 12 labels, first {LONG}, last P1 - fingerprint" in text, text[-300:]
    assert "Page 1 of 1" in text


@pytest.mark.parametrize(("paper", "count", "pages"), [("a4", 16, 2), ("letter", 12, 2)])
def test_sheet_labels_fall_in_the_stocks_cells(qapp, stock, who, tmp_path, paper, count, pages):
    """Every barcode lies inside its own cell of the named label stock (Avery L7163 on A4,
    Avery 5163 on Letter), row by row; more labels flow onto more sheets."""
    for i in range(count - 3):
        make_lot(stock, who.olu, f"LOT-{i:03d}")
    numbers = ["L1", LONG, "P1"] + [f"LOT-{i:03d}" for i in range(count - 3)]
    site.set_setting(stock, who.admin, "paper", paper)
    path = tmp_path / "sheet.pdf"
    assert save(stock, who, numbers, path, label_printer=False)[0] == pages
    layout = labelpaint.STOCKS[paper]
    assert layout.name in " ".join(pdf_pages(path)[0].split())
    dpi = 150
    per = layout.per_sheet
    for page, image in enumerate(page_images(path, dpi)):
        found = {}
        for result in zxingcpp.read_barcodes(image.view()):
            p = result.position
            xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
            found[result.text] = (min(xs), min(ys), max(xs), max(ys))
        on_page = numbers[page * per : (page + 1) * per]
        assert sorted(found) == sorted(on_page)
        for i, number in enumerate(on_page):
            left, top, width, height = (v / 25.4 * dpi for v in layout.cell(i))
            x0, y0, x1, y1 = found[number]
            assert left < x0 and x1 < left + width, (number, i, found[number])
            assert top < y0 and y1 < top + height, (number, i, found[number])
    assert math.ceil(count / per) == pages


def test_a_partners_mine_off_one_line_prints_on_its_line_unturned(qapp, db, who, tmp_path):
    """A lot received from a partner's signed file keeps its mine as signed (an older release
    let a line break and U+202E through): its label prints it on the label's line, the break
    a space, the override U+FFFD (it turned "5.1" into "1.5" and started a line of its own)."""
    from sortapp.services import lots  # noqa: PLC0415

    mine = "Jwaneng\nCut \u202e5.1"
    lots.receive_lot(
        db, who.olu, number="P-L1", origins=[("BW", mine)], weighed_mct=1_000, lot_source="f"
    )
    path = tmp_path / "label.pdf"
    save(db, who, ["P-L1"], path)
    text = pdf_pages(path)[0]
    assert "mine Jwaneng Cut \ufffd5.1" in " ".join(text.split("\n"))
    assert "\u202e" not in text
    html = documents.render_html(documents.build(db, who.olu, "receipt", ["P-L1"]))
    assert "Jwaneng Cut \ufffd5.1" in html
    assert "\u202e" not in html and "Jwaneng\n" not in html
