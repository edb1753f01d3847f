"""Layout a reader of the printed documents found wanting, read back: labels that say who printed
them and when and word a lot's origin plainly, a label line broken between phrases, numbers in
columns side by side that stand apart, headings and statements clear of what is above them,
the "n/c" legend where n/c is first met, the valuers' columns with room for their headings,
"non-industrial" never broken, a signature block and a TOTAL row never alone on a page."""

from __future__ import annotations

import itertools
import subprocess
import tempfile
from dataclasses import replace

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument, QTextTable

from sortapp.reports import documents, printing
from sortapp.reports.documents import Document, Label, Table
from sortapp.reports.documents.common import CONTENT_COLUMNS
from sortapp.services import lots, parcels, site
from tests.conftest import make_lot, pack_parcel_for_antwerp
from tests.pdfread import page_images, pdf_pages

#: The page body a sheet's text is laid out on (A4 at ``printing.DOC_DPI``, bands off).
BODY = QSizeF(680, 1000)


def _text(doc: Document) -> QTextDocument:
    text = printing._text_document(doc)
    text.setPageSize(BODY)
    text.pageCount()
    return text


def _tables(text: QTextDocument) -> list[QTextTable]:
    return [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _cell_text(text: QTextDocument, table: QTextTable, row: int, col: int):
    """A cell's first block and the left and right of its first line's text (px)."""
    block = text.findBlock(table.cellAt(row, col).firstPosition())
    rect = text.documentLayout().blockBoundingRect(block)
    line = block.layout().lineAt(0).naturalTextRect()
    return block, rect.left() + line.left(), rect.left() + line.right()


#: A sheet's identity (what the tables, statements and signatures are laid out under).
SHEET = {"kind": "valuation", "title": "Layout", "number": "LAYOUT-1", "site": "Test site"}
#: Its facts: a table before the document's own (as every sheet has).
FACTS = (("Sheet", "LAYOUT-1"),)


def _sheet(tables=(), statements=(), signatures=()) -> Document:
    parts = {"tables": tuple(tables), "statements": tuple(statements)}
    parts["signatures"] = tuple(signatures)
    return Document(**SHEET, facts=FACTS, **parts, fingerprint="ab" * 32)


#: Rows as the valuation sheet of a government-valued parcel printed them (the stones cell of
#: the subtotal wide, the category column narrow).
CONTENTS = Table(
    heading="Parcel P1: exporter's values by category",
    columns=tuple(c for c, _n in CONTENT_COLUMNS),
    numeric=tuple(n for _c, n in CONTENT_COLUMNS),
    rows=(
        ("S5-SAW-Q2-BR", "7102.31", "n/c", "182.410", "70.00", "12,768.70"),
        ("L1-SAW-Q1-W", "7102.31", "27", "64.380", "1,100.00", "70,818.00"),
        ("SP-SAW-Q1-W, lot JW-2611-001 (BW)", "7102.31", "1", "12.460", "4,000.00", "49,840.00"),
        (
            "Subtotal HS 7102.31, gem (non-industrial)",
            "",
            "111 (2 of 4 lines counted)",
            "382.990",
            "",
            "118,262.70",
        ),
        ("TOTAL", "", "111 (2 of 4 lines counted)", "382.990", "", "118,262.70"),
    ),
    kinds=("line", "line", "line", "subtotal", "total"),
    note="n/c: not counted",
)


# 1. Labels say who printed them and when.


@pytest.fixture
def labelled(db, who):
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1", "S2"])
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    lots.receive_lot(
        db,
        who.olu,
        number="ZA-1",
        origins=[("ZA", "")],
        supplier="Kimberley Rough Traders (Pty) Ltd",
        weighed_mct=10_000,
    )
    return db


@pytest.mark.parametrize("paper", ["a4", "letter", "label"])
def test_labels_say_who_printed_them_and_when(qapp, labelled, who, tmp_path, paper):
    """A sheet of labels said so nowhere, nor did a label-printer label: now the sheet's footer
    and each label's last line do, as the audit log records the print."""
    if paper != "label":
        site.set_setting(labelled, who.admin, "paper", paper)
    doc = documents.build(labelled, who.olu, "label", ["L1", "P1"], label_printer=paper == "label")
    path = tmp_path / "labels.pdf"
    pages, _copy = printing.save_pdf(labelled, who.olu, doc, path)
    texts = pdf_pages(path)
    assert len(texts) == pages == (2 if paper == "label" else 1)
    for text in texts:
        lines = [ln for ln in text.splitlines() if ln.startswith("Printed by olu on ")]
        assert len(lines) == 1, text
        assert lines[0].endswith("Africa/Gaborone (UTC+02:00)"), lines


# 2. A lot's origin: a mine told from a supplier; a label line broken between phrases.


def test_a_lot_label_tells_a_mine_from_a_supplier(labelled, who):
    make_lot(labelled, who.olu, "MX-1", origins=[("BW", "Jwaneng"), ("ZA", "Venetia")])
    doc = documents.labels(labelled, ["L1", "ZA-1", "MX-1"])
    assert [lb.lines[1] for lb in doc.labels] == [
        "Origin BW, mine Mine",
        "Origin ZA, from Kimberley Rough Traders (Pty) Ltd",
        "Origin MIXED (BW, ZA), mines Jwaneng, Venetia",
    ]


def test_a_label_line_breaks_between_phrases(qapp, tmp_path):
    """ "origin / MIXED": the line wrapped at its last word; now it breaks between phrases."""
    doc = Document(
        kind="label",
        title="Labels",
        number="EXP-26-0002",
        site="Test site",
        paper="label",
        labels=(
            Label(
                "EXP-26-0002",
                (
                    "PARCEL EXP-26-0002",
                    "To IN, KP BW-2026-004118",
                    "476.730 ct, 151 stones (3 of 4 lines counted), origin MIXED",
                    "Seals BWS-100232, BWS-100233",
                ),
            ),
        ),
        fingerprint="ab" * 32,
    )
    path = tmp_path / "label.pdf"
    printing.write_pdf(doc, path)
    lines = pdf_pages(path)[0].splitlines()
    assert "origin MIXED" in lines, lines
    assert "476.730 ct, 151 stones (3 of 4 lines counted)," in lines, lines


# 3. Columns, headings and statements with room between them.


def test_numbers_in_columns_side_by_side_stand_apart(qapp):
    """ "64.380 1,100.00": 6 px (1.6 mm) between a column's numbers and the next's; now 10 px
    or more between any two cells' text, rows no taller."""
    text = _text(_sheet([CONTENTS]))
    table = _tables(text)[1]
    for row in range(table.rows()):
        for col in range(table.columns() - 1):
            left, _l, end = _cell_text(text, table, row, col)
            right, start, _r = _cell_text(text, table, row, col + 1)
            if left.text() and right.text() and left.layout().lineCount() == 1:
                assert start - end >= 10, (left.text(), right.text(), start - end)


def test_a_heading_stands_clear_of_the_table_before_it(qapp):
    plain = replace(CONTENTS, note="")  # the heading right under the table before it
    text = _text(_sheet([plain, plain]))
    first = _tables(text)[1]
    bottom = text.documentLayout().frameBoundingRect(first).bottom()
    block = text.findBlock(first.lastPosition()).next()
    while block.isValid() and block.text() != CONTENTS.heading:
        block = block.next()
    assert block.isValid()
    gap = text.documentLayout().blockBoundingRect(block).top() - bottom
    assert gap >= 8, gap  # it was -5: flush against the table


def test_statements_stand_apart(qapp):
    text = _text(_sheet([CONTENTS], statements=("Values: one thing.", "The WDC statement.")))
    layout = text.documentLayout()
    block = text.begin()
    tops = {}
    while block.isValid():
        tops[block.text()] = layout.blockBoundingRect(block)
        block = block.next()
    gap = tops["The WDC statement."].top() - tops["Values: one thing."].bottom()
    assert gap >= 8, gap  # 0: the value note ran straight into the WDC statement


# 4. The legend where n/c is met first.


def test_the_not_counted_legend_stands_before_the_first_n_c(qapp, tmp_path):
    rows = tuple((f"L{i:03d}", "7102.31", "n/c", "1.000", "1.00", "1.00") for i in range(300))
    long = Table(
        heading="Contents by category",
        columns=CONTENTS.columns,
        numeric=CONTENTS.numeric,
        rows=rows,
        note="n/c: not counted",
    )
    path = tmp_path / "long.pdf"
    assert printing.write_pdf(_sheet([long]), path) > 3
    first = pdf_pages(path)[0].splitlines()
    assert "n/c: not counted" in first
    assert first.index("n/c: not counted") < first.index("n/c")


# 5. The valuers' columns with room for their headings.


def test_the_valuers_columns_have_room_for_their_headings(qapp, labelled):
    doc = documents.valuation(labelled, "P1")
    text = _text(doc)
    valuers = _tables(text)[2]
    heads = [_cell_text(text, valuers, 0, c) for c in range(valuers.columns())]
    assert [b.text() for b, _l, _r in heads][2:5] == ["Name, organisation", "Date", "Reference"]
    for (_b, _l, end), (_n, start, _r) in itertools.pairwise(heads):
        assert start - end >= 18, (start, end)  # 6 px: "Name, organisation Date Reference"
    for block, _l, _r in heads:
        assert block.layout().lineCount() == 1, block.text()


# 7. "non-industrial" kept whole.


def test_non_industrial_is_never_broken_and_reads_whole(qapp, tmp_path):
    """ "gem (non-/industrial)": broken at its hyphen in a narrow category cell."""
    path = tmp_path / "contents.pdf"
    printing.write_pdf(_sheet([CONTENTS]), path)
    lines = pdf_pages(path)[0].splitlines()
    assert not [ln for ln in lines if ln.endswith("(non-")], lines
    # As a PDF viewer (poppler) finds it.
    found = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    assert "(non-industrial)" in found.stdout


# 6. A signature block and a TOTAL row never alone on a page.


def _rows_table(n: int) -> Table:
    rows = [(f"L{i:03d}", f"{i}.000") for i in range(n)]
    return Table(
        heading="Lines",
        columns=("Lot", "Carats"),
        numeric=(False, True),
        rows=(*rows, ("TOTAL", "9.000")),
        kinds=(*("line",) * n, "total"),
    )


@pytest.mark.parametrize(
    ("statements", "signatures"),
    [((), ()), ((), ("Packer", "Sealer")), (("Signed as above.",), ("Packer", "Sealer"))],
)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_total_row_and_the_signatures_never_stand_alone(
    qapp, tmp_path, paper, statements, signatures
):
    """Over the page break (n rows each side of it): the page with the TOTAL row has a line row
    too, and the page with the signatures has the table's rows or the statement they sign."""
    lone = []
    for n in range(36, 62):
        doc = _sheet([_rows_table(n)], statements=statements, signatures=signatures)
        path = tmp_path / f"rows-{n}.pdf"
        printing.write_pdf(replace(doc, paper=paper), path)
        for page in pdf_pages(path):
            lines = page.splitlines()
            rows = [ln for ln in lines if ln.startswith("L0")]
            if "TOTAL" in lines and not rows:
                lone.append((n, "TOTAL"))
            if "Name, date" in page and not rows and not set(statements) & set(lines):
                lone.append((n, "signatures"))
    assert not lone


# 8. Page images beside the PDF.


def test_page_images_are_made_beside_the_pdf(qapp, tmp_path, monkeypatch):
    path = tmp_path / "one.pdf"
    printing.write_pdf(_sheet([CONTENTS]), path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-folder"))
    assert len(page_images(path, 50)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.pdf"]


# A final reading: figures broken mid-figure, a statement flush under a table, five signature
# lines run into one.

#: The valuers' table as the Letter sample printed it: "121,750.0" / "0", "2026-12-0" / "1".
VALUERS = Table(
    heading="Parcel P1: valuations",
    columns=("Valuer", "Source", "Name, organisation", "Date", "Reference", "Value USD"),
    numeric=(False, False, False, False, False, True),
    rows=(
        ("Exporter's declared value", "price book", "", "", "", "118,262.70"),
        (
            "Government valuer",
            "recorded",
            "K. Mogapi, Government Diamond Valuator, Gaborone",
            "2026-12-01",
            "GDV-2026-1187",
            "121,750.00",
        ),
        ("Independent valuer", "not recorded", "", "", "", ""),
        (
            "Spread (highest vs lowest, % of lowest)",
            "121,750.00 vs 118,262.70",
            "",
            "",
            "",
            "2.949 %",
        ),
        ("Value for the certificate (rule: highest)", "", "", "", "", "121,750.00"),
    ),
    kinds=("line", "line", "line", "subtotal", "total"),
    widths=(18, 0, 0, 0, 0, 0),
)


@pytest.mark.parametrize("width", [600, 680, 695.68])
def test_a_figure_or_a_date_is_never_broken_across_lines(qapp, width):
    text = printing._text_document(_sheet([VALUERS]))
    text.setPageSize(QSizeF(width, 1000))
    text.pageCount()
    table = _tables(text)[1]
    seen = set()
    for row in range(table.rows()):
        for col in range(table.columns()):
            block = text.findBlock(table.cellAt(row, col).firstPosition())
            if block.text() in {"121,750.00", "118,262.70", "2026-12-01"}:
                assert block.layout().lineCount() == 1, (block.text(), width)
                seen.add(block.text())
    assert seen == {"121,750.00", "118,262.70", "2026-12-01"}


def test_a_statement_stands_clear_of_the_table_above_it(qapp):
    text = _text(_sheet([replace(CONTENTS, note="")], statements=("Values: one thing.",)))
    table = _tables(text)[1]
    bottom = text.documentLayout().frameBoundingRect(table).bottom()
    block = text.findBlock(table.lastPosition()).next()
    while block.isValid() and block.text() != "Values: one thing.":
        block = block.next()
    assert block.isValid()
    gap = text.documentLayout().blockBoundingRect(block).top() - bottom
    assert gap >= 8, gap  # 0: "Values: ..." sat on the table's last row


def test_five_signature_lines_stand_apart(qapp, tmp_path):
    """The receipt signs five times side by side: the lines ran into one rule."""
    signers = ("Received by: olu", "Weighed by: olu", "Acknowledged: sam", "Witness", "Carrier")
    path = tmp_path / "signed.pdf"
    printing.write_pdf(_sheet(signatures=signers), path)
    (image,) = page_images(path, 72)
    rows = [image.crop(0, y, image.width, 1).pixels for y in range(image.height)]
    line = next(r for r in rows if b"\x01" * 60 in bytes(b < 160 for b in r))
    dark = "".join("#" if b < 160 else " " for b in line).strip()
    runs = [run for run in dark.split(" ") if run]
    gaps = [gap for gap in dark.split("#") if gap]
    assert len(runs) == 5, dark  # five lines
    assert min(len(gap) for gap in gaps) >= 8, gaps  # each 3 mm or more apart (was 2 pt)
