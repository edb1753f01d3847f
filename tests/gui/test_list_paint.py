"""A list's cells painted cheaply and exactly: one call into Python per cell painted, each row
formatted once and again when it is replaced, the same pixels as a plain Qt model (issue 15)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from sortapp.ui import models
from sortapp.ui.i18n import number_text
from sortapp.ui.models import Column, LazyTableModel, ListTableModel, ct


@dataclass(frozen=True)
class Line:
    id: int
    name: str
    mct: int


COLUMNS = [
    Column("id", "Id", numeric=True),
    Column("name", "Name"),
    Column("mct", "Carats", True, ct),
]
LINES = [Line(i, f"line {i}", (-1 if i % 3 == 0 else 1) * i * 1_250) for i in range(1, 61)]


def red(line: Line) -> str | None:
    return "#b00020" if line.mct < 0 else None


def counted(calls: Counter[str]) -> ListTableModel[Line]:
    class Counted(ListTableModel[Line]):
        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            calls["data"] += 1
            return super().data(index, role)

        def multiData(self, index: Any, roleDataSpan: Any) -> None:
            calls["multiData"] += 1
            super().multiData(index, roleDataSpan)

    return Counted(COLUMNS, get=getattr)


def view_of(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.resize(500, 400)
    view.show()
    view.doItemsLayout()
    return view


def test_a_painted_cell_is_one_call_into_python_and_never_data(qtbot):
    """Qt's delegate asks a cell for seven roles; each call into Python costs microseconds, and
    a screen of the movement list is 300 cells painted on every scroll."""
    calls: Counter[str] = Counter()
    model = counted(calls)
    model.set_rows(LINES)
    model.tint = red
    view = view_of(model)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    calls.clear()
    view.viewport().grab()  # painted
    assert calls["multiData"] >= 3 * 10  # every cell on screen
    assert calls["data"] == 0


def test_each_role_of_a_cell_is_answered_as_data_answers_it(qtbot):
    model: ListTableModel[Line] = ListTableModel(COLUMNS, get=getattr)
    model.set_rows(LINES)
    model.tint = red
    roles = [*range(14), Qt.ItemDataRole.UserRole.value]
    for row in (0, 2, 59):
        for column in range(3):
            index = model.index(row, column)
            for role in roles:
                wanted = QModelRoleData(role)
                wanted.setData("stale")  # a role the model does not answer is emptied
                model.multiData(index, QModelRoleDataSpan(wanted))
                assert wanted.data() == model.data(index, role), (row, column, role)
    assert model.index(2, 2).data() == "-3.750"
    assert model.index(2, 2).data(Qt.ItemDataRole.UserRole) == -3_750
    assert model.index(2, 2).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_the_cells_are_painted_as_a_plain_model_paints_the_same_cells(qtbot):
    ours: ListTableModel[Line] = ListTableModel(COLUMNS, get=getattr)
    ours.set_rows(LINES)
    ours.tint = red
    plain = QStandardItemModel(len(LINES), len(COLUMNS))
    for r in range(len(LINES)):
        for c in range(len(COLUMNS)):
            index = ours.index(r, c)
            item = QStandardItem(index.data())
            item.setTextAlignment(index.data(Qt.ItemDataRole.TextAlignmentRole))
            if index.data(Qt.ItemDataRole.ForegroundRole) is not None:
                item.setForeground(index.data(Qt.ItemDataRole.ForegroundRole))
            plain.setItem(r, c, item)
    views = [view_of(ours), view_of(plain)]
    for view in views:
        qtbot.addWidget(view)
        qtbot.waitExposed(view)
        view.scrollTo(view.model().index(30, 0))
    a, b = (view.viewport().grab().toImage() for view in views)
    assert a == b


def test_a_row_replaced_or_recoloured_is_formatted_again(qtbot):
    model: ListTableModel[Line] = ListTableModel(COLUMNS, get=getattr)
    model.set_rows(LINES[:3])
    assert model.index(1, 1).data() == "line 2"
    model.update_rows("id", [Line(2, "line two", -2_000)])
    assert (model.index(1, 1).data(), model.index(1, 2).data()) == ("line two", "-2.000")
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    model.tint = red
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == ["line 3", "line two", "line 1"]
    model.set_rows([Line(9, "nine", 9)])
    assert (model.rowCount(), model.index(0, 1).data()) == (1, "nine")


def lazy_of(lines: dict[int, Line]) -> LazyTableModel[Line]:
    """A lazy model of ``lines`` (by id, newest first), read as they are when it asks."""
    return LazyTableModel(
        COLUMNS,
        lambda order, desc, limit, offset, after: sorted(lines, reverse=True)[
            offset : offset + limit
        ],
        lambda ids: {i: lines[i] for i in ids},
        order="id",
    )


def test_a_lazy_list_scrolled_far_holds_a_bounded_number_of_rows_formatted(qtbot):
    lines = {i: Line(i, f"line {i}", i) for i in range(1, 20_001)}
    model = lazy_of(lines)
    model.refresh()
    while model.canFetchMore():
        model.fetchMore()
    for row in range(0, 20_000, 7):
        assert model.index(row, 1).data() == f"line {20_000 - row}"
    assert len(model._shown) <= models.SHOWN


def plain_of(rows: list[Line]) -> QStandardItemModel:
    """The cells of ``rows`` as the columns show them (figures grouped), in a plain Qt model."""
    plain = QStandardItemModel(len(rows), len(COLUMNS))
    for r, line in enumerate(rows):
        for c, column in enumerate(COLUMNS):
            text = column.fmt(getattr(line, column.key))
            item = QStandardItem(number_text(text) if column.numeric else text)
            item.setTextAlignment(models.RIGHT if column.numeric else models.LEFT)
            if red(line):
                item.setForeground(models._brush("#b00020"))
            plain.setItem(r, c, item)
    return plain


def test_a_lazy_lists_screen_follows_its_rows_changed_and_gone(qtbot):
    """A row held formatted is painted from what was formatted, unchecked: every change of the
    rows must forget it (issue 15)."""
    lines = {i: Line(i, f"line {i}", -i if i % 2 else i) for i in range(1, 11)}
    model = lazy_of(lines)
    model.tint = red
    model.refresh()
    ours = view_of(model)
    qtbot.addWidget(ours)
    qtbot.waitExposed(ours)

    def same_as_plain() -> bool:
        plain = view_of(plain_of([lines[i] for i in sorted(lines, reverse=True)]))
        qtbot.addWidget(plain)
        qtbot.waitExposed(plain)
        return bool(ours.viewport().grab().toImage() == plain.viewport().grab().toImage())

    assert same_as_plain()
    lines[9] = Line(9, "line nine", 9)  # changed where it is held (and no longer red)
    model.update([9])
    assert same_as_plain()
    del lines[10]  # a row gone: the rows below move up
    model.update()
    assert same_as_plain()
