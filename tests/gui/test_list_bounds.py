"""A cell's display text cut to what its column can show, the whole text kept: Qt lays out a
cell's whole text to elide it on every paint, and the audit log's details are 140-290
characters in a column showing about 40 (issue 15)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView

from sortapp.services.validation import printed
from sortapp.ui.models import FULL_TEXT, Column, ListTableModel
from sortapp.ui.widgets import Table


@dataclass(frozen=True)
class Entry:
    id: int
    said: str
    details: str


COLUMNS = [Column("id", "Id", numeric=True), Column("said", "Said"), Column("details", "Details")]
LONG = '{"category":"S9-SAW-Q2-BR","journal":"HIST-J23012","lots":[["L001185",153796]],"mct":1}'
ENTRIES = [
    Entry(1, "short", LONG),
    Entry(2, "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii", LONG * 3),
    Entry(3, "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "a b " * 60),
    Entry(4, "Zürich, Genève, Nyón: " * 8, "line one\nline two " * 10),
]
WIDTHS = [40, 160, 110]


def table_of(model: object, qtbot: object) -> Table:
    table = Table("bounds_table", sortable=False)
    table.setModel(model)  # type: ignore[arg-type]
    table.fit_columns(WIDTHS)
    table.horizontalHeader().setStretchLastSection(False)
    table.setColumnWidth(2, WIDTHS[2])
    table.resize(420, 200)
    qtbot.addWidget(table)  # type: ignore[attr-defined]
    table.show()
    qtbot.waitExposed(table)  # type: ignore[attr-defined]
    return table


def ours() -> ListTableModel[Entry]:
    model: ListTableModel[Entry] = ListTableModel(COLUMNS, get=getattr)
    model.set_rows(ENTRIES)
    return model


def plain() -> QStandardItemModel:
    """The same cells whole, in a plain Qt model (a line break a space, as sortapp shows it)."""
    model = QStandardItemModel(len(ENTRIES), len(COLUMNS))
    for r, entry in enumerate(ENTRIES):
        for c, column in enumerate(COLUMNS):
            item = QStandardItem(printed(column.fmt(getattr(entry, column.key))))
            item.setTextAlignment(
                (Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
            model.setItem(r, c, item)
    return model


def test_a_long_text_is_cut_to_its_column_and_painted_as_the_whole_text_is(qtbot):
    model = ours()
    table, whole = table_of(model, qtbot), table_of(plain(), qtbot)
    details = model.index(0, 2).data()
    assert LONG.startswith(details) and len(details) < len(LONG) // 2  # cut, to a prefix
    assert model.index(0, 1).data() == "short"  # a text that fits: whole
    assert table.viewport().grab().toImage() == whole.viewport().grab().toImage()
    # Widened, the column shows more: cut further on, painted as the whole text still.
    for view in (table, whole):
        view.setColumnWidth(2, 300)
    wider = model.index(0, 2).data()
    assert len(wider) > len(details) and LONG.startswith(wider)
    assert table.viewport().grab().toImage() == whole.viewport().grab().toImage()


def test_narrow_and_wide_characters_are_cut_where_they_surely_overflow(qtbot):
    model = ours()
    table = table_of(model, qtbot)
    metrics = table.fontMetrics()
    for row in (1, 2):
        shown = model.index(row, 1).data()
        assert ENTRIES[row].said.startswith(shown)
        assert metrics.horizontalAdvance(shown) > WIDTHS[1]  # still elided by Qt
    assert len(model.index(2, 1).data()) < len(model.index(1, 1).data())  # W is wider than i


def test_text_not_plain_ascii_is_shown_whole(qtbot):
    model = ours()
    table_of(model, qtbot)
    assert model.index(3, 1).data() == ENTRIES[3].said  # accents: their advances not known
    # Line breaks: on the row's one line (a space each, as a document prints them), then
    # plain ASCII, cut as such a text is.
    assert ENTRIES[3].details.replace("\n", " ").startswith(model.index(3, 2).data())
    assert model.index(3, 2).data(FULL_TEXT) == ENTRIES[3].details  # (copied as it is)


def test_a_direction_override_or_a_control_is_shown_as_a_document_prints_it(qtbot):
    """A partner's mine, or a text typed into psql on the facility server, holding U+202E (it
    shows "5.1" as "1.5") or an escape: shown U+FFFD in a list, as on paper."""
    model: ListTableModel[Entry] = ListTableModel(COLUMNS, get=getattr)
    model.set_rows([Entry(1, "Jwaneng \u202e5.1", "a\x1b[8mb")])
    table_of(model, qtbot)
    assert model.index(0, 1).data() == "Jwaneng \ufffd5.1"
    assert model.index(0, 2).data() == "a\ufffd[8mb"


def test_the_whole_text_is_the_tooltip_what_is_copied_and_full_text(qtbot):
    model = ours()
    table = table_of(model, qtbot)
    index = model.index(1, 2)
    assert index.data() != LONG * 3
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG * 3
    assert index.data(FULL_TEXT) == LONG * 3
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # shown whole: none
    assert model.index(0, 1).data(FULL_TEXT) == "short"
    table.setCurrentIndex(index)
    table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == LONG * 3


def test_a_tables_rows_are_one_fixed_height_and_never_wrapped(qtbot):
    table = table_of(ours(), qtbot)
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert not table.wordWrap()
    heights = {table.rowHeight(r) for r in range(len(ENTRIES))}
    assert heights == {table.verticalHeader().defaultSectionSize()}


def test_a_column_fitted_to_its_contents_fits_its_texts_whole(qtbot):
    table, whole = table_of(ours(), qtbot), table_of(plain(), qtbot)
    for view in (table, whole):
        view.resizeColumnToContents(2)
    assert table.columnWidth(2) == whole.columnWidth(2) > 3 * WIDTHS[2]
    assert table.model().index(0, 2).data() == LONG  # wide enough now: shown whole
