"""The invoice, KP sheet (with its import slip) and valuation sheet a customs broker and a KP
officer accept (issue 14), made through the command line and read back from the PDF."""

from __future__ import annotations

import json

import pytest

from sortapp.cli import main
from sortapp.reports import printing
from sortapp.reports.documents import Document
from sortapp.services import parcels
from tests.conftest import PASSWORD, pack_parcel_for_antwerp
from tests.pdfread import pdf_pages
from tests.unit.reports.test_customs_documents import CUSTOMS_SETTINGS

CERT = "BW-2026-1"


@pytest.fixture(autouse=True)
def _application_first(qapp):
    """The widgets' QApplication made before a print command makes the bare QGuiApplication
    the command line paints with: this file run alone then serves its tests that need
    ``qapp`` too (they failed to start after the first print)."""
    return qapp


@pytest.fixture
def cli(db_path, monkeypatch, capsys):
    def run(user, *args):
        monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
        code = main(["--db", str(db_path), "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def valued(db, who, cli):
    """P1 packed for Antwerp Rough NV, registered; the site's customs settings; P1 valued by
    the government valuer with who gave it, sealed under BW-2026-1 (through the CLI)."""
    for key, value in CUSTOMS_SETTINGS:
        assert cli("admin", "site", "set", key, value)[0] == 0
    pack_parcel_for_antwerp(db, who)
    party = [
        *("party", "set", "Antwerp Rough NV", "--address", "Hoveniersstraat 2, 2018 Antwerpen"),
        *("--country", "BE", "--tax-number", "BE 0456.789.123", "--licence", "FPS-EA-2211"),
    ]
    code, _out, err = cli("olu", *party)
    assert code == 1 and "needs a supervisor" in err
    assert cli("sam", *party) == (0, "party Antwerp Rough NV set\n", "")
    code, out, _err = cli("olu", "party", "list", "--json")
    assert json.loads(out) == [
        {
            "name": "Antwerp Rough NV",
            "address": "Hoveniersstraat 2, 2018 Antwerpen",
            "country": "BE",
            "tax_number": "BE 0456.789.123",
            "licence": "FPS-EA-2211",
            "port": "",
        }
    ]
    value = [
        *("parcel", "value", "P1", "government", "25000", "--name", "Kagiso Molefe"),
        *("--organisation", "Government Diamond Valuator", "--date", "2026-03-01"),
        *("--reference", "GDV/2026/114"),
    ]
    assert cli("sam", *value)[0] == 0
    assert cli("sam", "parcel", "value", "P1", "independent", "1x", "--date", "x")[0] == 1
    seal = ["parcel", "seal", "P1", "--kp-cert", CERT, "--seal", "S1", "--seal", "S2"]
    assert cli("sam", *seal)[0] == 0
    return db


def _pdf(cli, tmp_path, kind):
    path = tmp_path / f"{kind}.pdf"
    code, _out, err = cli("olu", "print", kind, CERT, "--pdf", str(path))
    assert code == 0, err
    return [" ".join(page.split()) for page in pdf_pages(path)]


def test_the_invoice_for_customs_reads_back(valued, cli, tmp_path):
    page = " ".join(_pdf(cli, tmp_path, "invoice"))  # (the signature may turn the page)
    for text in (
        "Amount in words Eleven thousand nine hundred ninety US dollars and 00/100",
        "Incoterms FCA Gaborone (Incoterms 2020)",
        "Payment terms 30 days net",
        "Exporter's licence BW-DEL-0457",
        "Exporter's tax number C01234567",
        "Antwerp Rough NV, Hoveniersstraat 2, 2018 Antwerpen, Belgium (BE)",
        "tax/VAT number BE 0456.789.123; licence FPS-EA-2211",
        "Number of packages 1 sealed parcel",
        "Total carats 119.900 ct",
        "Net weight 23.9800 g (1 ct = 0.2 g)",
        "Port of export Gaborone (GBE)",
        "Carrier ______________________ (entered at shipping)",
        "Air waybill ______________________ (entered at shipping)",
        "Goods by HS code",
        "7102.31 Rough diamonds, gem (non-industrial) 119.900 23.9800 11,990.00",
        "the invoice amount (11,990.00 USD) is the exporter's price-book value",
        "(25,000.00 USD) is the value for the certificate",
    ):
        assert text in page, text
    code, _out, err = cli("sam", "parcel", "ship", "P1", "--carrier", "Brinks", "--awb", "176-12")
    assert code == 0, err
    page = " ".join(_pdf(cli, tmp_path, "invoice"))  # (the signature may turn the page)
    assert "Carrier Brinks" in page and "Air waybill 176-12" in page


def test_the_kp_sheet_and_its_import_slip_read_back(valued, who, cli, tmp_path):
    parcels.create_parcel(valued, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(valued, who.olu, "P2", "S5-SAW-Q1-W", 40_000)
    assert cli("sam", "parcel", "seal", "P2", "--kp-cert", CERT, "--seal", "S3")[0] == 0
    *sheets, slip = _pdf(cli, tmp_path, "kp-sheet")  # (the sheet, then the slip's own page)
    sheet, pages = " ".join(sheets), len(sheets) + 1
    for text in (
        "Country of export Botswana (BW)",
        # L2's goods, of South African origin, bought in the country: said so in the annex.
        "none: bought within Botswana (BW) L2 Botswana (BW)",
        "Country of destination Belgium (BE)",
        "g. Importer Antwerp Rough NV, Hoveniersstraat 2, 2018 Antwerpen, Belgium (BE)",
        "Parcels and seals",
        "P1 S1, S2 119.900 25,000.00",
        "P2 S3 40.000 4,000.00",
        "TOTAL 3 seals 159.900 29,000.00",
        "pro rata to their price-book values",
    ):
        assert text in sheet, text
    assert "Import confirmation" not in sheet
    assert "P1: S1, S2" not in sheet  # the seals once, in the table
    assert "j. Number of parcels 2 (each with its seals, carats and value below)" in sheet
    # The slip's page names the slip in its header, not the data sheet "(continued)".
    assert "Kimberley Process certificate data sheet" not in slip.split("Page ")[0]
    assert "(continued)" not in slip
    assert slip.index(f"Import confirmation - KP certificate {CERT}") < slip.index("Return to")
    for text in (
        f"Import confirmation - KP certificate {CERT}",
        f"KP certificate number {CERT}",
        "Number of parcels 2",
        "Carat weight 159.900 ct",
        "Importer Antwerp Rough NV, Hoveniersstraat 2",
        "Return to (exporting authority) Diamond Hub, Gaborone, Botswana (BW)",
        "Number of parcels received: ______________________",
        "Carats received: ______________________ ct",
        "Date of receipt:",
        "For the importing authority",
        f"Page {pages} of {pages}",
    ):
        assert text in slip, text


def test_the_valuation_sheet_reads_back(valued, cli, tmp_path):
    (page,) = _pdf(cli, tmp_path, "valuation")
    for text in (
        "Name, organisation",
        "Kagiso Molefe, Government Diamond Valuator",
        "2026-03-01",
        "GDV/2026/114",
        # (25,000.00 - 11,990.00) / 11,990.00 = 108.5070892...%
        "25,000.00 vs 11,990.00",
        "108.507 %",
    ):
        assert text in page, text


def test_the_certificate_value_is_named_on_one_line(valued, cli, tmp_path):
    """The valuations' last row names itself across the empty cells beside it, on one line:
    "Value for the certificate (rule: highest)" took three lines of the valuer's narrow column
    (as the spread did, where only one value was recorded)."""
    path = tmp_path / "valuation.pdf"
    code, _out, err = cli("olu", "print", "valuation", CERT, "--pdf", str(path))
    assert code == 0, err
    lines = pdf_pages(path)[0].splitlines()
    assert "Value for the certificate (rule: highest)" in lines
    assert lines[lines.index("Value for the certificate (rule: highest)") + 1] == "25,000.00"


def test_the_slip_header_starts_on_the_slips_own_page_whatever_breaks_come_before():
    """A page break set earlier to keep a block with what it signs (pagebreaks.keep_together)
    is no start of the slip: its page is found by the slip's own title."""
    from PySide6.QtCore import QSizeF  # noqa: PLC0415 (GUI tests only)
    from PySide6.QtGui import QTextDocument  # noqa: PLC0415

    printing.ensure_gui()  # as the print commands above do (a QApplication may not follow)
    slip = Document(kind="import-slip", title="Import confirmation", number="C1", site="S")
    doc = Document(kind="kp-sheet", title="KP data sheet", number="C1", site="S", appended=(slip,))
    text = QTextDocument()
    text.setHtml(
        "<p>the sheet</p>"
        '<p style="page-break-before: always;">l. Validation, kept with its signatures</p>'
        '<p style="page-break-before: always;"></p><h1>Import confirmation</h1><p>slip</p>'
    )
    text.setPageSize(QSizeF(400, 300))
    pages = text.pageCount()
    assert pages == 3
    assert printing.page_headers(doc, text, 300, pages) == [
        "",
        "KP data sheet C1 (continued)",
        "Import confirmation C1",
    ]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_signed_pages_carry_the_figures_they_sign_for(paper, tmp_path, qapp):
    """The demo's two-parcel shipment: on Letter, the KP sheet's validation box and signatures
    and the invoice's warranty and signature each land alone on page 2. Whatever page they land
    on names the certificate, carats and value (the KP officer stamps it) and the invoice's
    amount due (the seller signs it); the invoice gives the goods by origin."""
    from sortapp.reports import documents  # noqa: PLC0415
    from sortapp.services import demo, site  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415

    demo.build(tmp_path / "demo.db")
    db = open_db(tmp_path / "demo.db")
    try:
        site.set_setting(db, site.login(db, "ada", "demo-ada-2026"), "paper", paper)
        sam = site.actor_for(db, "sam")
        pages = {}
        for kind in ("kp-sheet", "invoice"):
            doc = documents.build(db, sam, kind, ["BW-2026-004118"])
            printing.save_pdf(db, sam, doc, tmp_path / f"{kind}.pdf")
            pages[kind] = [" ".join(p.split()) for p in pdf_pages(tmp_path / f"{kind}.pdf")]
    finally:
        db.close()
    (stamped,) = [p for p in pages["kp-sheet"] if "l. Validation" in p]
    assert (
        "l. Validation by the exporting authority of certificate BW-2026-004118, 586.410 ct, "
        "406,332.00 USD (signature and stamp):" in stamped
    )
    assert "Exporting authority" in stamped.split("l. Validation")[1]
    # (A line may break after a hyphen: "thirty- two".)
    (signed,) = [p.replace("- ", "-") for p in pages["invoice"] if "For the seller" in p]
    due = (
        "Amount due on invoice INV-BW-2026-004118: 406,332.00 USD (Four hundred six thousand "
        "three hundred thirty-two US dollars and 00/100)."
    )
    assert signed.index(due) < signed.index("For the seller")
    invoice = " ".join(pages["invoice"])
    # Each line of text stands once: a paragraph split over two pages wrote its page-1 line
    # into page 2's text too (drawn there clipped away), where a copy or search met it.
    assert invoice.count("The diamonds herein invoiced have been purchased") == 1
    for row in (
        "Goods by origin Origin Carats Net weight g Value USD",
        "BW 275.460 55.0920 106,252.00",
        "ZA 310.950 62.1900 300,080.00",
        "TOTAL 586.410 117.2820 406,332.00",
    ):
        assert row in invoice, row


def test_a_paragraph_split_over_two_pages_goes_over_whole(qapp):
    """A paragraph Qt laid out over a page's end goes to the next page whole (a document sets a
    paragraph together, and Qt would write its page-1 line into page 2's text)."""
    from PySide6.QtCore import QSizeF  # noqa: PLC0415 (GUI tests only)
    from PySide6.QtGui import QTextDocument  # noqa: PLC0415

    from sortapp.reports import pagebreaks  # noqa: PLC0415

    long = "<p>" + "warranty " * 60 + "</p>"
    for lead in range(1, 40):  # (as many short paragraphs as put the long one over the end)
        text = QTextDocument()
        text.setHtml("<p>line</p>" * lead + long + "<p>after</p>")
        text.setPageSize(QSizeF(400, 300))
        if pagebreaks._split_paragraph(text, 300) is not None:
            break
    else:
        raise AssertionError("no lead put the paragraph over a page's end")
    pages = text.pageCount()
    pagebreaks.keep_together(text)
    assert pagebreaks._split_paragraph(text, 300) is None
    assert text.pageCount() == pages  # (it went over to the page it ended on)
    block = text.findBlock(text.toPlainText().index("warranty"))
    top = text.documentLayout().blockBoundingRect(block).top() + block.layout().lineAt(0).y()
    above = text.documentMargin() + block.blockFormat().topMargin()
    assert top == 300 + above  # the first line of page 2
