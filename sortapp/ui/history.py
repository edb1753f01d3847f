"""A lot's or a parcel's own history: its audit entries as sentences, the recorded details of
the one selected below them (``services.history``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sortapp.ui.context import Context
from sortapp.ui.dialogs import modal
from sortapp.ui.i18n import said_text, tr
from sortapp.ui.layouts import place_dialog
from sortapp.ui.models import Column, ListTableModel
from sortapp.ui.widgets import Table

if TYPE_CHECKING:
    from sortapp.services import history

#: What opens the history of the selected lot or parcel, beside the context menu.
SHORTCUT = "Ctrl+H"


class HistoryDialog(QDialog):
    """The entries, oldest first; the details as recorded of the one selected."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        lines: list[history.AuditLine],
        *,
        comma: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        place_dialog(self, parent, 900, 480)  # at most 80 % of a small screen, on the window
        layout = QVBoxLayout(self)
        self.comma = comma
        self.model: ListTableModel[history.AuditLine] = ListTableModel(
            [
                Column("when", tr("Time"), moment=True),
                # (a sentence the services built: said in the user's language once per row)
                # (its figures as the language writes them, unless the site's are with ',')
                Column("sentence", tr("What happened"), fmt=lambda v: said_text(v, comma=comma)),
                Column("uid", tr("Entry")),
            ],
            get=getattr,
        )
        self.model.set_rows(lines)
        self.table = Table("history_table", sortable=False)
        self.table.setModel(self.model)
        self.table.fit_columns([130, 620])
        self.details = QPlainTextEdit()
        self.details.setObjectName("history_details")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(tr("The selected entry's details, as recorded."))
        _small_details(self.details)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        self.split = split
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        if lines:
            self.table.selectRow(len(lines) - 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The sentences are the history; the details as recorded a smaller pane below them
        # (dragged open, or closed altogether).
        total = sum(self.split.sizes())
        self.split.setSizes([total - total // 5, total // 5])

    def _show_details(self) -> None:
        row = self.table.selected_row()
        item = self.model.row(row) if row is not None else None
        self.details.setPlainText(
            tr("{sentence}\n\nAs recorded: {uid} {at} {action} {object}\n{details}").format(
                sentence=said_text(item.sentence, comma=self.comma),
                uid=item.uid,
                at=item.at,
                action=item.action,
                object=item.object,
                details=_pretty(item.details),
            )
            if item
            else ""
        )

    @classmethod
    def show_lines(
        cls,
        parent: QWidget | None,
        title: str,
        lines: list[history.AuditLine],
        *,
        comma: bool = False,
    ) -> None:
        """Show the history (tests replace this); ``comma``: the site's decimal-comma."""
        modal(cls(parent, title, lines, comma=comma))


def _small_details(details: QPlainTextEdit) -> None:
    """The raw details in a smaller type than the sentences."""
    font = details.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.85)
        details.setFont(font)


def _pretty(details: str) -> str:
    """The details as recorded, one field a line (as they are, if they are not JSON)."""
    try:
        return json.dumps(json.loads(details), indent=2, ensure_ascii=False)
    except ValueError:
        return details


def show_history(parent: QWidget, ctx: Context, kind: str, number: str | None) -> None:
    """Show what was done to lot or parcel ``number`` (``kind``), or say to select one."""
    if not number:
        ctx.said.emit(
            tr("Select a parcel to see its history first.")
            if kind == "parcel"
            else tr("Select a lot to see its history first.")
            if kind == "lot"
            else f"Select a {kind} to see its history first."
        )
        return
    from sortapp.services import history  # noqa: PLC0415 (loaded on first use: a cheap start)

    lines = ctx.act(parent, lambda: history.history(ctx.db, kind, number))
    if lines is None:
        return
    if kind == "parcel":
        title = tr("History of parcel {number}").format(number=number)
    elif kind == "lot":
        title = tr("History of lot {number}").format(number=number)
    else:  # (no other kind has a history today)
        title = f"History of {kind} {number}"
    HistoryDialog.show_lines(parent, title, lines, comma=ctx.settings().decimal_comma)


def add_history_action(
    table: Table, ctx: Context, kind: str, selected: Callable[[], str | None]
) -> QAction:
    """Give a list of lots or parcels a 'History...' action: in its context menu and on
    Ctrl+H while it has the focus."""
    if kind == "parcel":
        words = tr("History of this parcel...")
    elif kind == "lot":
        words = tr("History of this lot...")
    else:  # (no other kind has a history today)
        words = f"History of this {kind}..."
    action = QAction(words, table)
    action.setObjectName(f"{kind}_history")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def triggered(*_: Any) -> None:
        show_history(table, ctx, kind, selected())

    action.triggered.connect(triggered)
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
