"""Documents painted to PDF offscreen and read back: text, totals, fonts, pages, copies."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtPrintSupport import QPrinter

from sortapp.cli import main
from sortapp.core.units import format_mct
from sortapp.reports import documents, printing
from sortapp.services import assortment, lots, parcels, site, sorting
from sortapp.services.verify import audit_entries
from sortapp.storage.db import open_db, opened_read_only
from sortapp.ui import dialogs
from tests.conftest import PASSWORD, pack_parcel_for_antwerp
from tests.gui.conftest import status
from tests.pdfread import embedded_fonts, pdf_pages


@pytest.fixture
def sealed(db, who):
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1", "S2"])
    return db


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        (
            "manifest",
            "P1",
            [
                "Parcel manifest",
                "BW-2026-1",
                "S1, S2",
                "MIXED (BW, ZA)",
                "119.900",
                "11,990.00",
                "Packer: olu",
                "Sealer: sam",
                "Witness",
                "Subtotal HS 7102.31",
                "Page 1 of 1",
            ],
        ),
        (
            "kp-sheet",
            "BW-2026-1",
            [
                "a. Title",
                "b. Country of origin",
                "*** MIXED ***",
                "c. Certificate number",
                "d. Date of issue",
                "e. Date of expiry",
                "f. Issuing authority",
                "Diamond Hub, Gaborone",
                "g. Exporter",
                "g. Importer",
                "h. Carat weight",
                "119.900 ct",
                "i. Value",
                "11,990.00 USD",
                "j. Number of parcels",
                "k. HS codes",
                "7102.31",
                "l. Validation",
                "Kimberley Process Certification Scheme",
            ],
        ),
        (
            "invoice",
            "P1",
            [
                "Commercial invoice",
                "INV-BW-2026-1",
                "conflict free",
                "WDC SoW Guidelines",
                "11,990.00",
            ],
        ),
        ("valuation", "P1", ["Valuation sheet", "Value for the certificate", "11,990.00"]),
        ("receipt", "L1", ["Lot receipt", "L1", "100.000", "Received by"]),
        (
            "reconciliation",
            "L2",
            [
                "Sorting reconciliation report",
                "Closed by",
                "olu",
                "Difference (received - sorted - losses)",
                "100.000",
            ],
        ),
        ("label", "L1", ["LOT L1", "Origin BW"]),
    ],
)
def test_each_document_renders_to_pdf_with_its_fields(
    qapp, sealed, who, tmp_path, kind, number, expected
):
    doc = documents.build(sealed, who.olu, kind, [number])
    path = tmp_path / f"{kind}.pdf"
    pages, copy = printing.save_pdf(sealed, who.olu, doc, path)
    # (The KP sheet's import-confirmation slip is a page of its own; the invoice's amount due
    # and signature, kept together, turn the page here.)
    assert (pages, copy) == (2 if kind in ("kp-sheet", "invoice") else 1, 0)
    text = "\n".join(pdf_pages(path))
    missing = [e for e in expected if e not in " ".join(text.split())]
    assert not missing, (missing, text)
    assert {"DejaVuSans"} <= {f.split("+")[-1].lstrip("/") for f in embedded_fonts(path)}
    entry = audit_entries(sealed, action=f"print.{kind}", limit=1)[0]
    assert entry.object == doc.number and '"copy":0' in entry.details


def test_a_pdf_with_no_text_fails_the_check(qapp, tmp_path):
    """The font check above is real: a PDF without text has no embedded fonts."""
    from PySide6.QtGui import QPainter, QPdfWriter  # noqa: PLC0415

    path = tmp_path / "blank.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawRect(10, 10, 100, 100)
    painter.end()
    del writer
    assert pdf_pages(path) == [""]
    assert embedded_fonts(path) == set()


def test_reprints_are_marked_copy_n(qapp, sealed, who, tmp_path):
    doc = documents.manifest(sealed, "P1")
    printing.save_pdf(sealed, who.olu, doc, tmp_path / "a.pdf")
    assert "COPY" not in pdf_pages(tmp_path / "a.pdf")[0]
    assert printing.save_pdf(sealed, who.olu, doc, tmp_path / "b.pdf") == (1, 1)
    assert "COPY 1" in pdf_pages(tmp_path / "b.pdf")[0]
    printing.save_pdf(sealed, who.sam, doc, tmp_path / "c.pdf")
    assert "COPY 2" in pdf_pages(tmp_path / "c.pdf")[0]
    assert len(audit_entries(sealed, action="print.manifest", limit=10)) == 3


def test_a_read_only_database_prints_a_copy_and_records_nothing(
    qapp, sealed, db_path, who, tmp_path
):
    """What a read-only open prints is never the original: it is marked COPY (1 at least)."""
    from tests.unit.storage.test_files import deny_writes_under  # noqa: PLC0415

    sealed.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    read_only = open_db(db_path, access=deny_writes_under(db_path.parent))
    try:
        assert opened_read_only(read_only)
        olu = site.actor_for(read_only, "olu")
        (tmp_path / "out").mkdir()
        path = tmp_path / "out" / "m.pdf"
        doc = documents.manifest(read_only, "P1")
        assert printing.save_pdf(read_only, olu, doc, path) == (1, 1)
        assert re.findall(r"COPY\s+(\d+)", pdf_pages(path)[0]) == ["1"]
    finally:
        read_only.close()
    assert audit_entries(sealed, action="print.", limit=10) == []


def test_printer_and_pdf_paint_the_same(qapp, sealed, who, tmp_path):
    doc = documents.kp_sheet(sealed, "P1")
    printing.write_pdf(doc, tmp_path / "writer.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printing.paint_on(printer, doc)
    del printer
    assert pdf_pages(tmp_path / "printer.pdf") == pdf_pages(tmp_path / "writer.pdf")


def test_a_print_on_a_printer_paints_the_copy_number_it_records(qapp, sealed, who, tmp_path):
    doc = documents.receipt(sealed, "L1")
    for name in ("first.pdf", "second.pdf"):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / name))
        assert printing.print_on(printer, sealed, who.olu, doc) == 1
        del printer
    assert re.findall(r"COPY\s+(\d+)", pdf_pages(tmp_path / "first.pdf")[0]) == []
    assert re.findall(r"COPY\s+(\d+)", pdf_pages(tmp_path / "second.pdf")[0]) == ["1"]
    entries = audit_entries(sealed, action="print.receipt", limit=10)
    details = [json.loads(e.details) for e in entries]
    # The time printed on the page, taken in the record's transaction just before it.
    assert all(d.pop("printed_at") <= e.at for d, e in zip(details, entries, strict=True))
    assert details == [
        {"copy": c, "printer": True, "fingerprint": doc.fingerprint, "pages": 1} for c in (1, 0)
    ]


def test_a_300_line_parcel_paginates_with_the_header_on_every_page(qapp, db, who, tmp_path):
    cats = [c.code for c in assortment.list_categories(db) if not c.special][:150]
    for i in range(300):
        number = f"L{i:03d}"
        lots.receive_lot(
            db,
            who.olu,
            number=number,
            origins=[("BW" if i % 2 else "ZA", "M")],
            weighed_mct=1_000 + i,
        )
        sorting.add_entry(db, who.olu, number, cats[i % 150], 1_000 + i)
        sorting.close_sorting(db, who.olu, number)
    parcels.create_parcel(db, who.olu, "BIG", importer="Antwerp Rough NV", destination="BE")
    for i, code in enumerate(cats):
        parcels.add_goods(db, who.olu, "BIG", code, 2_000 + i + (i + 150))
    parcels.seal_parcel(db, who.sam, "BIG", kp_cert="BW-9", seals=["S9"])
    parcel = parcels.get_parcel(db, "BIG")
    assert len(parcel.lines) == 300
    path = tmp_path / "big.pdf"
    pages, _copy = printing.save_pdf(db, who.olu, documents.manifest(db, "BIG"), path)
    texts = pdf_pages(path)
    assert pages == len(texts) >= 5
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in text
        assert "BIG" in text and "fingerprint" in text
    contents = [t for t in texts if "Subtotal" in t or "S1-" in t]
    lot_pages = [t for t in texts if "L150" in t or "L299" in t or "L000" in t]
    # Every page a table runs over repeats its header row.
    for text in texts[1:]:
        assert "Category" in text and ("Carats" in text), text[:200]
    assert contents and lot_pages
    total_page = next(t for t in texts if "TOTAL" in t)
    assert format_mct(parcel.mct) in total_page  # the total equals the ledger's
    assert f"{parcel.stones}" in total_page


def test_cli_prints_to_pdf(qapp, db_path, sealed, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    base = ["--db", str(db_path), "--user", "olu"]
    assert main([*base, "manifest", "P1", "--pdf", str(tmp_path / "m.pdf")]) == 0
    assert "written to" in capsys.readouterr().out
    assert (
        main(
            [
                *base,
                "print",
                "label",
                "L1",
                "L2",
                "P1",
                "--label-printer",
                "--pdf",
                str(tmp_path / "l.pdf"),
            ]
        )
        == 0
    )
    assert len(pdf_pages(tmp_path / "l.pdf")) == 3
    assert main([*base, "print", "kp-sheet", "P1", "--pdf", str(tmp_path / "k.pdf")]) == 0
    assert main([*base, "print", "receipt", "L1", "--pdf", str(tmp_path / "no/r.pdf")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_print_from_the_parcels_page(qtbot, sealed, db_path, who, monkeypatch, tmp_path):
    from sortapp.services import site  # noqa: PLC0415
    from sortapp.ui.context import Context  # noqa: PLC0415
    from sortapp.ui.mainwindow import MainWindow  # noqa: PLC0415

    window = MainWindow(Context(sealed, db_path, site.actor_for(sealed, "olu")))
    qtbot.addWidget(window)
    window.parcels.open_parcel("P1")
    assert window.parcels.print_button.isEnabled()
    target = tmp_path / "manifest.pdf"
    monkeypatch.setattr(dialogs.PrintChoice, "ask", classmethod(lambda c, p, t: "pdf"))
    monkeypatch.setattr(
        dialogs.SaveFileDialog, "ask", classmethod(lambda c, p, t, s, f="": str(target))
    )
    window.go(3)
    window.current_page().print_current()
    assert "Parcel manifest" in pdf_pages(target)[0]
    assert f"Saved {target} (1 page)." in status(window)  # not "1 pages"
    assert audit_entries(sealed, action="print.manifest", limit=1)[0].user == "olu"


def test_the_print_choice_names_the_document_in_the_users_language(
    qtbot, make_window, sealed, monkeypatch, english_after
):
    """Asked how to print, a Russian user reads the document's name in Russian (it was the
    English title: "Parcel manifest (packing list) P1")."""
    from sortapp.ui import i18n  # noqa: PLC0415

    i18n.install("ru")
    window = make_window("olu")
    window.go(window.pages.index(window.parcels))
    window.parcels.open_parcel("P1")
    asked: list[str] = []

    def ask(_cls, _parent, title):
        asked.append(title)  # (and None: cancelled, nothing printed)

    monkeypatch.setattr(dialogs.PrintChoice, "ask", classmethod(ask))
    window.current_page().print_current()
    assert asked == [f"{i18n.marked('Parcel manifest (packing list)')} P1"]
    assert asked[0].startswith("Опись посылки")


def test_a_print_from_the_preview_is_recorded_as_the_copy_it_prints(
    qtbot, sealed, db_path, who, monkeypatch, tmp_path
):
    """The preview paints the copy the next print would be and records nothing; its print
    button allocates the number, paints it and records it in one transaction: a print made
    elsewhere right after it gets the next number, never the one on this paper."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget  # noqa: PLC0415
    from PySide6.QtWidgets import QDialog, QWidget  # noqa: PLC0415

    from sortapp.ui.context import Context  # noqa: PLC0415
    from sortapp.ui.printing import print_document  # noqa: PLC0415

    doc = documents.manifest(sealed, "P1")
    printing.save_pdf(sealed, who.olu, doc, tmp_path / "o.pdf")
    printed = tmp_path / "printed.pdf"
    previewed: list[int] = []

    def exec_(dialog: QPrintPreviewDialog) -> QDialog.DialogCode:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()  # what the dialog shows
        previewed.append(len(audit_entries(sealed, action="print.manifest", limit=10)))
        widget.print_()  # the dialog's print button, once its print dialog is accepted
        assert printing.save_pdf(sealed, who.sam, doc, tmp_path / "elsewhere.pdf")[1] == 2
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.PrintChoice, "ask", classmethod(lambda c, p, t: "preview"))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    print_document(parent, Context(sealed, db_path, who.olu), "manifest", ["P1"])
    assert previewed == [1]  # previewing recorded nothing
    assert re.findall(r"COPY\s+(\d+)", pdf_pages(printed)[0]) == ["1"]
    entries = audit_entries(sealed, action="print.manifest", limit=10)
    details = [json.loads(e.details) for e in entries]
    assert [(d["copy"], d.get("preview")) for d in details] == [(2, None), (1, True), (0, None)]


def test_a_reprint_of_changed_content_is_a_new_version_not_a_copy(qapp, sealed, who, tmp_path):
    """The invoice printed at sealing leaves the carrier and air waybill blank; printed again
    after shipping it holds them: that print is the original of version 2, not COPY 1 of a
    document it does not match. Its reprint is COPY 1 of version 2."""

    def printed(name):
        doc = documents.build(sealed, who.olu, "invoice", ["P1"])
        path = tmp_path / f"{name}.pdf"
        _pages, copy = printing.save_pdf(sealed, who.olu, doc, path)
        return copy, " ".join(pdf_pages(path)[0].split()), doc.fingerprint

    copy, first, before = printed("first")
    assert copy == 0 and "ORIGINAL" in first and "VERSION" not in first
    parcels.ship_parcel(sealed, who.sam, "P1", carrier="Brinks", awb="176-12345675")
    copy, second, after = printed("second")
    assert after != before
    assert copy == 0 and "VERSION 2 · ORIGINAL" in second and "COPY" not in second
    copy, third, _fp = printed("third")
    assert copy == 1 and "VERSION 2 · COPY 1" in third
    entries = audit_entries(sealed, action="print.invoice", limit=5)
    assert [json.loads(e.details).get("version", 1) for e in reversed(entries)] == [1, 2, 2]


def test_the_preview_shows_the_copy_and_who_prints_it_and_no_page_setup(
    qtbot, sealed, db_path, who, monkeypatch, tmp_path
):
    """The preview is the document as the next print will be: ORIGINAL on a first print,
    COPY n after, and "Printed by <user> on <now> <zone>"; its page-setup button (which does
    nothing on Qt's non-native printers) is not offered."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtGui import QAction  # noqa: PLC0415
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget  # noqa: PLC0415
    from PySide6.QtWidgets import QDialog, QWidget  # noqa: PLC0415

    from sortapp.services import settings  # noqa: PLC0415
    from sortapp.ui.context import Context  # noqa: PLC0415
    from sortapp.ui.printing import print_document  # noqa: PLC0415

    shown: list[object] = []
    setup: list[tuple[bool, bool]] = []
    painted = printing.paint_on

    def spy(device, doc):
        shown.append(doc)
        return painted(device, doc)

    def exec_(dialog: QPrintPreviewDialog) -> QDialog.DialogCode:
        words = QCoreApplication.translate("QPrintPreviewDialog", "Page setup")
        setup.extend(
            (a.isVisible(), a.isEnabled())
            for a in dialog.findChildren(QAction)
            if a.text() == words
        )
        dialog.findChild(QPrintPreviewWidget).updatePreview()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(printing, "paint_on", spy)
    monkeypatch.setattr(dialogs.PrintChoice, "ask", classmethod(lambda c, p, t: "preview"))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = Context(sealed, db_path, who.olu)
    print_document(parent, ctx, "manifest", ["P1"])
    first = shown[-1]
    zone = settings.settings(sealed).timezone
    assert first.copy == 0 and first.printed.startswith("Printed by olu on ")  # ORIGINAL
    assert zone in first.printed
    assert setup == [(False, False)]
    assert audit_entries(sealed, action="print.manifest", limit=10) == []  # a preview records none
    printing.save_pdf(sealed, who.sam, documents.manifest(sealed, "P1"), tmp_path / "o.pdf")
    print_document(parent, ctx, "manifest", ["P1"])
    assert shown[-1].copy == 1 and shown[-1].printed.startswith("Printed by olu on ")
