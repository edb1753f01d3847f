"""Every dialog the app shows, each behind a small ``ask``/``show`` that tests replace.

With ``SORTAPP_NO_DIALOGS=1`` (tests, CLI) message boxes are only logged (qutebrowser's DummyBox).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def dialogs_enabled() -> bool:
    return os.environ.get("SORTAPP_NO_DIALOGS") != "1"


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    details: str = "",
) -> None:
    """Show a message box (or only log it when dialogs are off)."""
    if not dialogs_enabled():
        log.info("dialog %s: %s", title, text)
        return
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    if not dialogs_enabled():
        log.info("confirm %s: %s (yes)", title, text)
        return True
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class FormDialog(QDialog):
    """A dialog of labelled fields with OK/Cancel; ``values()`` returns the texts."""

    def __init__(self, parent: QWidget | None, title: str, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def line(self, key: str, label: str, value: str = "", *, password: bool = False) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(key)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def choice(self, key: str, label: str, items: list[str], current: str = "") -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(key)
        combo.addItems(items)
        if current:
            combo.setCurrentText(current)
        self.form.addRow(label, combo)
        self.fields[key] = combo
        return combo

    def date(self, key: str, label: str, value: QDate | None = None) -> QDateEdit:
        edit = QDateEdit(value or QDate.currentDate())
        edit.setObjectName(key)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            elif isinstance(widget, QDateEdit):
                out[key] = widget.date().toString("yyyy-MM-dd")
        return out

    def run(self) -> dict[str, str] | None:
        return self.values() if self.exec() == QDialog.DialogCode.Accepted else None


class LoginDialog:
    """Ask for a user and password; ``note`` says why the last attempt was refused."""

    @classmethod
    def build(
        cls, parent: QWidget | None, site_name: str, user: str = "", note: str = ""
    ) -> FormDialog:
        dialog = FormDialog(parent, f"Sign in - {site_name}", note or "Sign in to sortapp.")
        name = dialog.line("user", "User", user)
        dialog.line("password", "Password", password=True)
        if user:
            dialog.fields["password"].setFocus()
        else:
            name.setFocus()
        return dialog

    @classmethod
    def ask(
        cls, parent: QWidget | None, site_name: str, user: str = "", note: str = ""
    ) -> tuple[str, str] | None:
        values = cls.build(parent, site_name, user, note).run()
        return (values["user"], values["password"]) if values else None


class SecondPersonDialog:
    """The two-person rule: another supervisor signs and gives the reason."""

    @classmethod
    def ask(cls, parent: QWidget | None, summary: str) -> dict[str, str] | None:
        dialog = FormDialog(
            parent,
            "Accept the difference",
            f"{summary}.\n\nA supervisor who did not enter the results signs to accept it.",
        )
        dialog.line("user", "Supervisor")
        dialog.line("password", "Password", password=True)
        dialog.line("reason", "Reason")
        return dialog.run()


class TextDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        dialog = FormDialog(parent, title)
        dialog.line("text", label, value)
        values = dialog.run()
        return values["text"] if values else None


class PinKeyDialog:
    """Pin a partner site's key: the admin types the fingerprint the partner reads out."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, site: str, found: str, pinned: str | None
    ) -> dict[str, str] | None:
        note = (
            f"This file is signed by {site} with the key\n\n    {found}\n\n"
            + (f"but the key pinned for {site} is {pinned}.\n\n" if pinned else "")
            + f"Call {site} (or read its printed key sheet) and type the fingerprint they give. "
            "Pin it only if it is the one above: a file signed by another key is refused."
        )
        dialog = FormDialog(parent, f"Pin the key of {site}", note)
        dialog.line("fingerprint", f"Fingerprint as {site} gives it")
        if pinned:
            dialog.line("reason", "Why the key changed")
        return dialog.run()


class FirstRunDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, path: str) -> dict[str, str] | None:
        dialog = FormDialog(
            parent,
            "Create the sortapp database",
            f"No database at {path}. Create the site and its first admin.",
        )
        dialog.line("code", "Site code", "")
        dialog.line("name", "Facility name")
        dialog.line("country", "Country (ISO code)", "")
        dialog.line("authority", "Exporting authority")
        dialog.line("admin", "Admin user name", "admin")
        dialog.line("password", "Admin password", password=True)
        dialog.line("again", "Password again", password=True)
        return dialog.run()


class FirstRunChoice:
    """No database to open yet (or the configured server is not reached): create a database
    file on this workstation, or connect it to the facility server."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str, *, create: bool = True) -> str | None:
        box = QMessageBox(parent)
        box.setWindowTitle("sortapp - which database")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons: dict[QAbstractButton | None, str] = {}
        if create:
            made = box.addButton("Create a database here...", QMessageBox.ButtonRole.AcceptRole)
            buttons[made] = "create"
        server = box.addButton("Connect to a facility server...", QMessageBox.ButtonRole.ActionRole)
        buttons[server] = "connect"
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return buttons.get(box.clickedButton())


class SealDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, parcel: str, validity_days: int) -> dict[str, Any] | None:
        dialog = FormDialog(
            parent,
            f"Seal parcel {parcel}",
            "Parcels sealed under one KP certificate number form one shipment. The expiry "
            f"defaults to the issue date + {validity_days} days.",
        )
        dialog.line("kp_cert", "KP certificate number")
        dialog.line("seals", "Seal numbers (comma-separated)")
        dialog.date("issued", "Issued")
        dialog.line("expires", "Expires (YYYY-MM-DD, blank for default)")
        return dialog.run()


class RemovePackingDialog:
    """Choose one of a draft parcel's packings to return to stock, and say why."""

    @classmethod
    def ask(cls, parent: QWidget | None, parcel: str, packings: list[str]) -> dict[str, Any] | None:
        dialog = FormDialog(
            parent,
            f"Remove a packing from parcel {parcel}",
            "The packing is reversed in the ledger (its goods go back to stock); the packing "
            "itself stays on record.",
        )
        dialog.choice("packing", "Packing", packings)
        dialog.line("reason", "Reason")
        return dialog.run()


class NewParcelDialog:
    @classmethod
    def ask(
        cls, parent: QWidget | None, exporter: str, countries: list[str]
    ) -> dict[str, str] | None:
        dialog = FormDialog(parent, "New export parcel")
        dialog.line("number", "Parcel number")
        dialog.line("importer", "Importer")
        dialog.choice("destination", "Destination", countries)
        dialog.line("exporter", "Exporter", exporter)
        return dialog.run()


class NewUserDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> dict[str, str] | None:
        dialog = FormDialog(parent, "Add a user")
        dialog.line("name", "User name")
        dialog.choice("role", "Role", ["operator", "supervisor", "admin"])
        dialog.line("password", "Password", password=True)
        return dialog.run()


class SaveFileDialog:
    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, suggested: str, filters: str = "CSV (*.csv)"
    ) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None


class PrintChoice:
    """Preview, print or save a document as PDF."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        box = QMessageBox(parent)
        box.setWindowTitle("Print")
        box.setText(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons: dict[QAbstractButton | None, str] = {
            box.addButton("Preview...", QMessageBox.ButtonRole.ActionRole): "preview",
            box.addButton("Print...", QMessageBox.ButtonRole.ActionRole): "print",
            box.addButton("Save as PDF...", QMessageBox.ButtonRole.ActionRole): "pdf",
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return buttons.get(box.clickedButton())


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, filters: str = "CSV (*.csv)") -> str | None:
        path, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path or None
