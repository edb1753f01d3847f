"""The page around every document, read back: A4 and Letter with nothing in the margins, PDF/A,
who printed it and when, marks on every page, the document named on continuation pages, facts
and signatures laid out clear of each other."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from dataclasses import replace

import pypdf
import pytest
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from sortapp.core import clock
from sortapp.reports import documents, printing
from sortapp.reports.documents import Document, Table
from sortapp.services import assortment, lots, parcels, settings, site, sorting
from sortapp.services.verify import audit_entries
from tests.conftest import pack_parcel_for_antwerp
from tests.pdfread import embedded_fonts, page_images, pdf_pages

#: A sheet's size in points, as a PDF's media box gives it.
SIZES = {"a4": (595, 842), "letter": (612, 792)}
SHEETS = [
    ("manifest", "P1"),
    ("kp-sheet", "BW-2026-1"),
    ("invoice", "P1"),
    ("valuation", "P1"),
    ("receipt", "L1"),
    ("reconciliation", "L2"),
]


@pytest.fixture
def sealed(db, who):
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1", "S2"])
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    return db


@pytest.fixture
def at_midnight_in_gaborone():
    """The clock at 22:30 UTC on 1 December 2026: 00:30 on the 2nd in Gaborone."""
    restore = clock.use(lambda: dt.datetime(2026, 12, 1, 22, 30, 5, tzinfo=dt.UTC))
    yield "Printed by olu on 2026-12-02 00:30 Africa/Gaborone (UTC+02:00)"
    restore()


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _long(mark: str = "", rows: int = 160) -> Document:
    """A document of several pages (a table of ``rows`` rows)."""
    table = Table(
        heading="Lines",
        columns=("Lot", "Carats"),
        numeric=(False, True),
        rows=tuple((f"L{i:03d}", f"{i}.000") for i in range(rows)),
    )
    return Document(
        kind="reconciliation",
        title="Sorting reconciliation report",
        number="LONG-1",
        site="Test site",
        facts=(("Lot", "LONG-1"),),
        tables=(table,),
        fingerprint="ab" * 32,
        mark=mark,
    )


def _laid_out(doc: Document, tmp_path):
    """The document's text laid out on its page body, as ``printing`` paints it."""
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(300)
    printing.setup_page(writer, doc)
    text = printing._text_document(doc)
    text.setPageSize(printing.sheet_body(doc, writer))
    del writer
    return text


def _blocks(text):
    block = text.begin()
    while block.isValid():
        yield block
        block = block.next()


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(("kind", "number"), SHEETS)
def test_every_document_fits_a4_and_letter_with_nothing_in_the_margins(
    qapp, sealed, who, tmp_path, kind, number, paper
):
    site.set_setting(sealed, who.admin, "paper", paper)
    doc = documents.build(sealed, who.olu, kind, [number])
    assert doc.paper == paper
    path = tmp_path / f"{kind}.pdf"
    pages, _copy = printing.save_pdf(sealed, who.olu, doc, path)
    box = pypdf.PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]
    left, top, right, bottom = printing.SHEET_MARGINS[paper]
    if paper == "letter":  # North American margins: half an inch to three quarters
        assert all(12.7 <= m <= 19.05 for m in (left, top, right, bottom))
    dpi = 72
    px = [int(m / 25.4 * dpi) - 1 for m in (left, top, right, bottom)]
    images = page_images(path, dpi)
    assert len(images) == pages
    for image in images:
        w, h = image.width, image.height
        assert image.dark(0, 0, px[0], h, 250) == 0  # left margin
        assert image.dark(w - px[2], 0, px[2], h, 250) == 0  # right margin
        assert image.dark(0, 0, w, px[1], 250) == 0  # top margin
        assert image.dark(0, h - px[3], w, px[3], 250) == 0  # bottom margin
        assert image.dark(px[0], px[1], w - px[0] - px[2], h - px[1] - px[3]) > 0
    text = _squeezed("\n".join(pdf_pages(path)))
    for key, value in doc.facts:
        assert _squeezed(key) in text and _squeezed(value) in text, (key, value)
    for table in doc.tables:
        assert _squeezed(table.heading) in text
        assert all(_squeezed(cell) in text for cell in table.rows[-1]), table.rows[-1]
    assert "Printedbyolu" in text
    # Nothing laid out wider than the page's body (drawn clipped, it would be cut).
    laid = _laid_out(doc, tmp_path)
    # (Qt rounds a 100 %-wide table's columns to whole pixels: a pixel either way, 0.26 mm.)
    assert laid.documentLayout().documentSize().width() <= laid.pageSize().width() + 2


def test_pdfs_are_pdf_a_1b_with_their_title_and_fonts_embedded(qapp, sealed, who, tmp_path):
    doc = documents.build(sealed, who.olu, "manifest", ["P1"])
    path = tmp_path / "m.pdf"
    printing.save_pdf(sealed, who.olu, doc, path)
    reader = pypdf.PdfReader(str(path))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part(>|=\")1", xmp), xmp
    assert re.search(r"pdfaid:conformance(>|=\")B", xmp), xmp
    named = f"{doc.title} {doc.number}"
    assert f'<rdf:li xml:lang="x-default">{named}</rdf:li>' in xmp  # dc:title
    assert reader.metadata.title == named
    assert doc.site in xmp  # dc:creator
    assert "/OutputIntents" in reader.trailer["/Root"]
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= {
        f.split("+")[-1].lstrip("/") for f in embedded_fonts(path)
    }


def test_every_page_says_who_printed_it_and_when_in_the_sites_zone(
    qapp, sealed, who, tmp_path, at_midnight_in_gaborone
):
    doc = _long()
    path = tmp_path / "long.pdf"
    pages, copy = printing.save_pdf(sealed, who.olu, doc, path)
    assert pages >= 3 and copy == 0
    for text in pdf_pages(path):
        assert at_midnight_in_gaborone in text
    # A printer's pages too; the audit record holds the time printed.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    assert printing.print_on(printer, sealed, who.olu, doc) == pages
    del printer
    for text in pdf_pages(tmp_path / "printer.pdf"):
        assert at_midnight_in_gaborone in text and "COPY 1" in text
    entries = audit_entries(sealed, action="print.reconciliation", limit=10)
    assert len(entries) == 2
    for entry in entries:
        assert entry.at == "2026-12-01T22:30:05.000000Z"
        assert json.loads(entry.details)["printed_at"] == entry.at


def test_a_mark_stands_on_every_page_and_a_first_print_says_original(qapp, db, who, tmp_path):
    marked, plain = tmp_path / "marked.pdf", tmp_path / "plain.pdf"
    pages, _copy = printing.save_pdf(db, who.olu, _long("PROVISIONAL"), marked)
    printing.save_pdf(db, who.olu, replace(_long(), number="LONG-2"), plain)
    assert pages >= 3
    for text in pdf_pages(marked):
        assert "PROVISIONAL" in text and "ORIGINAL" in text
    assert printing.save_pdf(db, who.olu, _long("PROVISIONAL"), tmp_path / "again.pdf")[1] == 1
    for text in pdf_pages(tmp_path / "again.pdf"):
        assert "PROVISIONAL" in text and "COPY 1" in text and "ORIGINAL" not in text
    dpi = 50
    for image, bare in zip(page_images(marked, dpi), page_images(plain, dpi), strict=True):
        w, h = image.width, image.height
        band = int(printing.BAND_INCHES * dpi)
        top, side = int(12 / 25.4 * dpi), int(15 / 25.4 * dpi)
        # The word in bold red in the header, left of ORIGINAL, where the plain page has none.
        stamp = (w // 2, top, w // 2 - side - int(dpi * 1.2), band)
        assert image.dark(*stamp) > 100 and bare.dark(*stamp) == 0
        # Large and light across the page, under the text: light ink the plain page lacks.
        body = (0, top + band, w, h - 2 * (top + band))
        light = image.dark(*body, level=245) - image.dark(*body, level=160)
        bare_light = bare.dark(*body, level=245) - bare.dark(*body, level=160)
        assert light > bare_light + 2_000, (light, bare_light)


def _long_parcel(db, who, lines: int) -> None:
    cats = [c.code for c in assortment.list_categories(db) if not c.special][:lines]
    for i, code in enumerate(cats):
        number = f"L{i:03d}"
        lots.receive_lot(db, who.olu, number=number, origins=[("BW", "M")], weighed_mct=1_000 + i)
        sorting.add_entry(db, who.olu, number, code, 1_000 + i)
        sorting.close_sorting(db, who.olu, number)
    parcels.create_parcel(db, who.olu, "BIG", importer="Antwerp Rough NV", destination="BE")
    for i, code in enumerate(cats):
        parcels.add_goods(db, who.olu, "BIG", code, 1_000 + i)
    parcels.seal_parcel(db, who.sam, "BIG", kp_cert="BW-9", seals=["S9"])


def test_a_continuation_page_names_the_document_in_its_header(qapp, db, who, tmp_path):
    _long_parcel(db, who, 100)
    path = tmp_path / "big.pdf"
    doc = documents.build(db, who.olu, "manifest", ["BIG"])
    pages, _copy = printing.save_pdf(db, who.olu, doc, path)
    texts = pdf_pages(path)
    assert pages == len(texts) >= 2
    named = f"{doc.title} BIG (continued)"
    assert named not in texts[0]
    for text in texts[1:]:
        # In the header: before the page's body (the table's repeated column names).
        assert named in text and text.index(named) < text.index("Category"), text[:300]
    dpi = 72
    top, band = int(12 / 25.4 * dpi), int(printing.BAND_INCHES * dpi)
    second_line = (int(15 / 25.4 * dpi), top + band // 2, 200, band // 2)
    images = page_images(path, dpi)
    assert images[0].dark(*second_line) == 0
    assert all(image.dark(*second_line) > 50 for image in images[1:])


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_fact_keys_end_before_their_values_start(qapp, sealed, who, tmp_path, paper):
    site.set_setting(sealed, who.admin, "paper", paper)
    every: set[str] = set()
    for kind, number in SHEETS:
        doc = documents.build(sealed, who.olu, kind, [number])
        text = _laid_out(doc, tmp_path)
        layout = text.documentLayout()
        blocks = list(_blocks(text))
        keys = {key for key, _v in doc.facts}
        checked: set[str] = set()
        for block, after in itertools.pairwise(blocks):
            said = block.text().replace("\xa0", " ")  # (a no-wrap cell's spaces are no-break)
            if said not in keys - checked:  # the facts come first: a key's first block
                continue
            key_box, value_box = layout.blockBoundingRect(block), layout.blockBoundingRect(after)
            lines = block.layout()
            ink_ends = max(
                key_box.x() + lines.lineAt(i).x() + lines.lineAt(i).naturalTextWidth()
                for i in range(lines.lineCount())
            )
            assert ink_ends + 4 <= value_box.x(), (kind, said, ink_ends, value_box.x())
            checked.add(said)
        assert checked == keys, kind
        every |= checked
    assert "Country of destination" in every  # the KP sheet's keys were checked


def test_signatures_stand_clear_of_the_last_table(qapp, sealed, who, tmp_path):
    doc = documents.build(sealed, who.olu, "reconciliation", ["L2"])
    printing.write_pdf(doc, tmp_path / "r.pdf")
    (image,) = page_images(tmp_path / "r.pdf", 72)  # a pixel a point
    rows = [image.crop(0, y, image.width, 1).pixels for y in range(image.height)]
    # The signature line: the first row with a long run of ink (the underscores).
    line = next(y for y, row in enumerate(rows) if b"\x01" * 60 in bytes(b < 160 for b in row))
    table_ink = max(y for y in range(line - 2) if any(b < 160 for b in rows[y]))
    assert line - table_ink >= 40, (line, table_ink)  # room to sign above the line (main: 14)


def test_the_paper_is_chosen_on_the_settings_form(qtbot, make_window, db):
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import QComboBox  # noqa: PLC0415

    window = make_window("admin")
    window.go(6)
    page = window.settings_page
    field = page.site_fields["paper"]
    combo = field.widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["A4", "Letter"]
    assert combo.currentText() == "A4" and field.text() == "a4"
    combo.setCurrentIndex(combo.findText("Letter"))
    qtbot.mouseClick(page.save_site, Qt.MouseButton.LeftButton)
    assert settings.settings(db).paper == "letter"
    field.set_text("a4")
    assert combo.currentText() == "A4"
    field.set_text("letter")
    assert combo.currentText() == "Letter"
