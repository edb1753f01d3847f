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

from sortapp.reports.documents.render import SIGN_LINE

#: A last table of at most this many body rows goes over whole with its heading to join the
#: signatures; a longer one sends over its last ``ROWS_WITH_SIGNATURES`` rows.
WHOLE_TABLE_ROWS = 10
ROWS_WITH_SIGNATURES = 3


def keep_together(text: QTextDocument) -> None:
    """Set the page breaks that keep a table's last row with the row before it and each
    signature block with what comes before it (``text`` laid out on its page size)."""
    height = text.pageSize().height()
    if height <= 0:
        return
    tables = [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for table in tables:
        if _header_rows(table) and not _signatures(text, table):
            _keep_last_row(text, table, height)
    for table in tables:
        if _signatures(text, table):
            _keep_signatures(text, tables, table, height)


def _header_rows(table: QTextTable) -> int:
    return table.format().headerRowCount()


def _signatures(text: QTextDocument, table: QTextTable) -> bool:
    return SIGN_LINE in text.findBlock(table.cellAt(0, 0).firstPosition()).text()


def _row_top(text: QTextDocument, table: QTextTable, row: int) -> float:
    block = text.findBlock(table.cellAt(row, 0).firstPosition())
    return text.documentLayout().blockBoundingRect(block).top()


def _page(y: float, height: float) -> int:
    return int(y // height)


def _break_before(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    fmt = cursor.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)


def _break_before_row(text: QTextDocument, table: QTextTable, row: int) -> None:
    _break_before(text.findBlock(table.cellAt(row, 0).firstPosition()))


def _keep_last_row(text: QTextDocument, table: QTextTable, height: float) -> None:
    """The last row on a page of its own (under the repeated header): the row before it goes
    over with it, if that leaves rows on the page before."""
    last = table.rows() - 1
    first = _header_rows(table)
    if last - 2 < first:
        return
    page = _page(_row_top(text, table, last), height)
    if _page(_row_top(text, table, last - 1), height) == page:
        return
    if _page(_row_top(text, table, last - 2), height) == _page(
        _row_top(text, table, last - 1), height
    ):
        _break_before_row(text, table, last - 1)


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


def _keep_signatures(
    text: QTextDocument, tables: list[QTextTable], signatures: QTextTable, height: float
) -> None:
    """Signatures on a page without what they sign: what they sign goes over with them (a short
    table whole with its heading, a long one's last rows, or the paragraph before them)."""
    layout = text.documentLayout()
    # Where the names under the lines land (a signature row may break over a page).
    page = _page(layout.frameBoundingRect(signatures).bottom() - 1, height)
    signed = _before(text, tables, signatures.firstPosition())
    if signed is None:
        return
    if isinstance(signed, QTextTable):
        last = signed.rows() - 1
        if _page(_row_top(text, signed, last), height) >= page:
            return
        first = _header_rows(signed)
        heading = _heading_of(text, signed)
        if last + 1 - first <= WHOLE_TABLE_ROWS and heading is not None:
            if _page(layout.blockBoundingRect(heading).top(), height) < page:
                _break_before(heading)
            return
        # A headed table keeps a row on the page before; a box (the KP stamp) goes whole.
        row = max(first + 1 if first else 0, last + 1 - ROWS_WITH_SIGNATURES)
        if row <= last:
            _break_before_row(text, signed, row)
        return
    if _page(layout.blockBoundingRect(signed).bottom() - 1, height) < page:
        _break_before(signed)
