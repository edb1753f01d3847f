"""Small widgets the pages share: tables, number fields, the category picker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, QStringListModel, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from sortapp.core.entities import Category

CARATS_RE = QRegularExpression(r"[0-9]{0,8}(\.[0-9]{0,3})?")
USD_RE = QRegularExpression(r"[0-9]{0,12}(\.[0-9]{0,2})?")
COUNT_RE = QRegularExpression(r"[0-9]{0,8}")


class Table(QTableView):
    """A read-only, row-selecting, sortable table with uniform rows (fast for big lists)."""

    def __init__(self, name: str, *, sortable: bool = True) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(sortable)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionsMovable(True)
        self.setWordWrap(False)

    def fit_columns(self, widths: Sequence[int]) -> None:
        for i, width in enumerate(widths):
            self.setColumnWidth(i, width)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else None


def number_field(name: str, kind: str = "carats", placeholder: str = "") -> QLineEdit:
    """A line edit that only takes exact numbers (never a float spin box)."""
    edit = QLineEdit()
    edit.setObjectName(name)
    pattern = {"carats": CARATS_RE, "usd": USD_RE, "count": COUNT_RE}[kind]
    edit.setValidator(QRegularExpressionValidator(pattern, edit))
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setPlaceholderText(placeholder or {"carats": "0.000", "usd": "0.00", "count": "0"}[kind])
    return edit


class CategoryPicker(QLineEdit):
    """Type-ahead on a category's code or name; ``code()`` returns the code typed or picked."""

    SEPARATOR = "  -  "

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setPlaceholderText("code or name, e.g. S5-SAW or 'macles'")
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(15)
        self.setCompleter(completer)

    def set_categories(self, categories: Sequence[Category]) -> None:
        self._model.setStringList(
            [f"{c.code}{self.SEPARATOR}{c.name}" for c in categories if c.active]
        )

    def code(self) -> str:
        return self.text().split(self.SEPARATOR)[0].strip()


#: The property that keeps a widget's own tool tip while ``enable`` shows why it is disabled.
_OWN_TIP = "sortapp_own_tooltip"


def enable(widget: QWidget, ok: bool, why: str) -> None:
    """Enable ``widget`` if ``ok``; else disable it, its tool tip saying ``why`` (its own tool
    tip, what it does, comes back once it is enabled again)."""
    own = widget.property(_OWN_TIP)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(_OWN_TIP, own)
    widget.setEnabled(ok)
    if ok:
        widget.setToolTip(str(own))
    else:
        widget.setToolTip(f"{why}. {own}" if own else why)
