"""Page breaks a reader expects and Qt's rich text does not make by itself: a table's last row
(its TOTAL) never alone under a repeated header, and a signature block never alone on a page,
away from what it signs.

Qt paginates a laid-out ``QTextDocument`` and knows no "keep with next"; but it honours a page
break before a block, also a table cell's first block (the whole row then starts the next
page). So the document is laid out on its pages, measured, and a break set before the rows (or
the heading and table, or the paragraph) that should go over with the lone part; Qt lays the
rest out again.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

from sortapp.reports.documents.render import SIGN_MARK

#: A last table of at most this many body rows goes over whole with its heading to join the
#: signatures; a longer one sends over its last ``ROWS_WITH_SIGNATURES`` rows.
WHOLE_TABLE_ROWS = 10
ROWS_WITH_SIGNATURES = 3


def keep_together(text: QTextDocument) -> None:
    """Set the page breaks that keep a table's last row with the row before it, each
    signature block with what comes before it, and each paragraph's lines on one page
    (``text`` laid out on its page size)."""
    height = text.pageSize().height()
    if height <= 0:
        return
    tables = [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]
    # One break at a time, the first in the text, then laid out again: a break pushes only
    # what follows it, so a break set later never makes an earlier one wrong (a row kept with
    # its TOTAL, then the whole table sent over to its signatures, would split the table).
    # (Each break moves something to a later page: a paragraph goes over at most once a page.)
    for _ in range(2 * len(tables) + text.pageCount() + 1):
        breaks = [
            *(_last_row_break(text, t, height) for t in tables if _header_rows(t)),
            *(_signatures_break(text, tables, t, height) for t in tables if _signatures(text, t)),
            _split_paragraph(text, height),
        ]
        found = [b for b in breaks if b is not None]
        if not found:
            return
        _break_before(min(found, key=QTextBlock.position))


def _split_paragraph(text: QTextDocument, height: float) -> QTextBlock | None:
    """The first paragraph outside the tables whose lines Qt split over two pages, if it is
    under half a page (a longer one stays split, rather than leave half a page empty): it goes
    over whole, as a document sets a paragraph. Besides, Qt draws a page's
    text from the last line above it (clipped away, yet written into the PDF): page 1's last
    line of a split paragraph stood in page 2's text, where a copy or a search of the PDF met
    it among the header's words."""
    layout = text.documentLayout()
    it = text.rootFrame().begin()
    while not it.atEnd():
        block = it.currentBlock()
        lines = block.layout() if block.isValid() else None
        if lines is not None and lines.lineCount() > 1:
            top = layout.blockBoundingRect(block).top()
            first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
            start, end = top + first.y(), top + last.y() + last.height()
            if _page(start, height) != _page(end - 1, height) and end - start < height / 2:
                return block
        it += 1
    return None


def _header_rows(table: QTextTable) -> int:
    return table.format().headerRowCount()


def _signatures(text: QTextDocument, table: QTextTable) -> bool:
    return SIGN_MARK in text.findBlock(table.cellAt(0, 0).firstPosition()).text()


def _row_top(text: QTextDocument, table: QTextTable, row: int) -> float:
    return text.documentLayout().blockBoundingRect(_row_block(text, table, row)).top()


def _page(y: float, height: float) -> int:
    return int(y // height)


def _break_before(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    fmt = cursor.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)


def _row_block(text: QTextDocument, table: QTextTable, row: int) -> QTextBlock:
    return text.findBlock(table.cellAt(row, 0).firstPosition())


def _last_row_break(text: QTextDocument, table: QTextTable, height: float) -> QTextBlock | None:
    """The last row on a page of its own (under the repeated header): the row before it goes
    over with it, if that leaves rows on the page before."""
    last = table.rows() - 1
    first = _header_rows(table)
    if _signatures(text, table) or last - 2 < first:
        return None
    tops = [_page(_row_top(text, table, row), height) for row in (last - 2, last - 1, last)]
    if tops[1] == tops[2] or tops[0] != tops[1]:
        return None
    return _row_block(text, table, last - 1)


def _before(
    text: QTextDocument, tables: list[QTextTable], at: int
) -> QTextBlock | QTextTable | None:
    """What is printed last before position ``at``: a table, or a paragraph with text."""
    found: QTextBlock | QTextTable | None = None
    end = -1
    for table in tables:
        if table.lastPosition() < at and table.lastPosition() > end:
            found, end = table, table.lastPosition()
    block = text.findBlock(at).previous()
    while block.isValid() and block.position() > end:
        if block.text().strip() and QTextCursor(block).currentTable() is None:
            return block
        block = block.previous()
    return found


def _heading_of(text: QTextDocument, table: QTextTable) -> QTextBlock | None:
    """The heading printed above a table (its legend may stand between them)."""
    block = text.findBlock(table.firstPosition()).previous()
    for _ in range(3):
        if not block.isValid() or QTextCursor(block).currentTable() is not None:
            return None
        if block.blockFormat().headingLevel():
            return block
        block = block.previous()
    return None


def _signatures_break(
    text: QTextDocument, tables: list[QTextTable], signatures: QTextTable, height: float
) -> QTextBlock | None:
    """Signatures on a page without what they sign: what they sign goes over with them (a short
    table whole with its heading, a long one's last rows, or the paragraph before them)."""
    layout = text.documentLayout()
    # Where the names under the lines land (a signature row may break over a page).
    page = _page(layout.frameBoundingRect(signatures).bottom() - 1, height)
    signed = _before(text, tables, signatures.firstPosition())
    if signed is None:
        return None
    if isinstance(signed, QTextTable):
        last = signed.rows() - 1
        first = _header_rows(signed)
        heading = _heading_of(text, signed)
        if last + 1 - first <= WHOLE_TABLE_ROWS and heading is not None:
            # A short table goes whole: Qt breaks a row of several lines line by line, and
            # would leave a row's figures on one page and its name on the next.
            if _page(layout.blockBoundingRect(heading).top(), height) < page:
                return heading
            return None
        if not first:  # a box (the KP stamp) goes whole, with its caption
            caption = _before(text, tables, signed.firstPosition())
            if (
                isinstance(caption, QTextBlock)
                and _page(layout.blockBoundingRect(caption).bottom() - 1, height) < page
            ):
                return caption
        # A headed table keeps a row on the page before.
        row = max(first + 1 if first else 0, last + 1 - ROWS_WITH_SIGNATURES)
        if row <= last and _page(_row_top(text, signed, row), height) < page:
            return _row_block(text, signed, row)
        return None
    if _page(layout.blockBoundingRect(signed).bottom() - 1, height) < page:
        return signed
    return None
