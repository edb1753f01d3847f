"""Small widgets the pages share: tables, number fields, the category picker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRegularExpression, QStringListModel, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QHeaderView, QLineEdit, QTableView

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

    def changeEvent(self, event: QEvent) -> None:
        # Rows grow with the text (the workstation's text size, ``ui.textsize``).
        if event.type() == QEvent.Type.FontChange:
            height = max(24, self.fontMetrics().height() + 8)
            self.verticalHeader().setDefaultSectionSize(height)
        super().changeEvent(event)

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
