"""Help: the keyboard shortcuts (read from the window's own actions, so the list cannot drift
from what the keys do) and the About box (version, schema version, database location)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sortapp.services import about
from sortapp.ui.context import Context
from sortapp.ui.dialogs import dialogs_enabled, modal
from sortapp.ui.i18n import tr
from sortapp.ui.layouts import place_dialog


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every menu command of ``window`` that has keys."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} > {_words(action)}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((path, _words(action), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _words(top))
    return rows


def _words(action: QAction) -> str:
    """An action's text as read: without the & of its mnemonic and the dots of a dialog."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".")


def about_text(ctx: Context) -> str:
    found = about.about(ctx.db, ctx.target.where)
    if ctx.on_server:
        place = tr("Facility server: {where}").format(where=found.where)
    else:
        place = tr("Database file: {where}").format(where=found.where)
    if found.schema == found.code_schema:
        schema = tr("Schema version: {schema}").format(schema=found.schema)
    else:
        schema = tr("Schema version: {schema} (this sortapp: {code_schema})").format(
            schema=found.schema, code_schema=found.code_schema
        )
    writer = f"sortapp {found.written_by}" if found.written_by else tr("(not recorded)")
    return (
        f"sortapp {found.version}\n"
        + tr("Inventory for rough-diamond sorting facilities.")
        + "\n\n"
        + f"{schema}\n"
        + tr("Last written by: {writer}").format(writer=writer)
        + f"\n{place}"
    )


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts in a table: menu, command, keys."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        # 560 x 520, or less where the screen is smaller (1366x768 at 150 %): the list scrolls.
        place_dialog(self, parent, 560, 520)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_rows(cls, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        """Show the shortcuts (tests replace this)."""
        if dialogs_enabled():
            modal(cls(parent, rows))


class AboutBox:
    @classmethod
    def show_text(cls, parent: QWidget | None, text: str) -> None:
        """Show the About box (tests replace this)."""
        if dialogs_enabled():
            QMessageBox.about(parent, tr("About sortapp"), text)


def show_shortcuts(window: QMainWindow) -> None:
    ShortcutsDialog.show_rows(window, shortcut_rows(window))


def show_about(window: QMainWindow, ctx: Context) -> None:
    AboutBox.show_text(window, about_text(ctx))
