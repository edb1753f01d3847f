"""Help: the keyboard shortcuts (read from the window's own actions, so the list cannot drift
from what the keys do) and the About box (version, schema version, database location)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sortapp.services import about
from sortapp.ui.context import Context
from sortapp.ui.dialogs import dialogs_enabled, message, modal
from sortapp.ui.i18n import tr
from sortapp.ui.layouts import place_dialog
from sortapp.ui.widgets import disabled_why


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


def _words(action: QAction | QAbstractButton) -> str:
    """An action's or a button's text as read: without the & of its mnemonic and the dots of a
    dialog."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".")


def disabled_reasons(page: QWidget) -> list[str]:
    """Why what ``page`` shows now is disabled (its tabs, buttons and fields; not another
    tab's): a sentence a reason, naming the buttons and tabs it disables."""
    named: dict[str, list[str]] = {}
    for tabs in page.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                why = tabs.tabToolTip(index)
                if why and not tabs.isTabEnabled(index):
                    named.setdefault(why, []).append(tabs.tabText(index).replace("&", ""))
    for widget in page.findChildren(QWidget):
        why = disabled_why(widget) if widget.isVisible() else ""
        if why:
            names = named.setdefault(why, [])
            if isinstance(widget, QAbstractButton) and widget.text():
                names.append(_words(widget))
    said = []
    for why, names in named.items():
        reason = why.rstrip(".")
        said.append(
            tr("{names}: {why}.").format(names=", ".join(names), why=reason)
            if names
            else f"{reason}."
        )
    return said


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


class DisabledBox:
    @classmethod
    def show_text(cls, parent: QWidget | None, text: str) -> None:
        """Show why things are disabled (tests replace this)."""
        if not dialogs_enabled():
            message(parent, tr("Why is it disabled"), text)
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Why is it disabled"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        label = box.findChild(QLabel, "qt_msgbox_label")  # (Qt's name for the box's text)
        if label is not None:
            label.setMinimumWidth(520)  # a reason a line, most of them, not wrapped narrow
        modal(box)


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
