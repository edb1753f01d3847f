"""Every dialog the app shows, each behind a small ``ask``/``show`` that tests replace.

With ``SORTAPP_NO_DIALOGS=1`` (tests, CLI) message boxes are only logged (qutebrowser's DummyBox).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
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

from sortapp.core.errors import UserError
from sortapp.ui import siteday

log = logging.getLogger(__name__)


def dialogs_enabled() -> bool:
    return os.environ.get("SORTAPP_NO_DIALOGS") != "1"


def modal(dialog: QDialog) -> int:
    """``dialog.exec()``, then the dialog let go. A dialog made on a window is the window's
    child and would live as long as the window: one more kept, with its fields, for every
    print, sign-in or question of a whole shift. Given back to Python, it goes with its last
    reference, as a dialog made on the stack does in C++ (what it holds is read before)."""
    try:
        return dialog.exec()
    finally:
        dialog.setParent(None)


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
    modal(box)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    if not dialogs_enabled():
        log.info("confirm %s: %s (yes)", title, text)
        return True
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class Declined(Exception):
    """Raised by a dialog's check when the person declined a summary, or the action did not
    run (its text, if any, said at the top): the form stays open."""


#: A dialog's check: run on OK with the values; a UserError keeps the dialog open.
Check = Callable[[dict[str, str]], object]


class FormDialog(QDialog):
    """A dialog of labelled fields with OK/Cancel; ``values()`` returns the texts.

    It opens with the cursor in its first field (a space typed then is a space, not OK). On OK
    a required field left blank is said beside it; then ``check`` (if any) runs with the values:
    it does the action (or validates) and raises UserError to refuse, and the dialog stays open
    with everything typed, saying what is wrong beside the field it names (else at the top).
    What ``check`` returned is in ``outcome`` (issue 13).
    """

    def __init__(
        self, parent: QWidget | None, title: str, note: str = "", *, check: Check | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.problem = _problem_label("problem")
        layout.addWidget(self.problem)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        #: What a refusal may call each field by (its label first).
        self.names: dict[str, list[str]] = {}
        self.problems: dict[str, QLabel] = {}
        self.required: set[str] = set()
        #: The codes of refusals said at the top, never beside a field (about the whole form).
        self.at_top: set[str] = set()
        self.check = check
        self.outcome: object = None
        self._focus: QWidget | None = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, key: str, label: str, widget: QWidget, required: bool = False) -> None:
        widget.setObjectName(key)
        self.form.addRow(label, widget)
        problem = _problem_label(f"{key}_problem")
        self.form.addRow("", problem)
        self.form.setRowVisible(problem, False)
        self.fields[key] = widget
        self.labels[key] = label
        self.names[key] = [label.lower()]
        self.problems[key] = problem
        if required:
            self.required.add(key)

    def line(
        self,
        key: str,
        label: str,
        value: str = "",
        *,
        password: bool = False,
        required: bool = False,
        hint: str = "",
        also: tuple[str, ...] = (),
    ) -> QLineEdit:
        edit = QLineEdit(value)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if hint:
            edit.setPlaceholderText(hint)
            edit.setToolTip(hint)
        self._add(key, label, edit, required)
        self.names[key] = [label.lower(), *also]
        return edit

    def choice(self, key: str, label: str, items: list[str], current: str = "") -> QComboBox:
        combo = QComboBox()
        combo.addItems(items)
        if current:
            combo.setCurrentText(current)
        self._add(key, label, combo)
        return combo

    def date(self, key: str, label: str, value: QDate | None = None) -> QDateEdit:
        edit = date_edit(value)
        self._add(key, label, edit)
        return edit

    def focus(self, key: str) -> None:
        """Open with the cursor in ``key`` (by default: the first field)."""
        self._focus = self.fields[key]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = self._focus or next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def say(self, text: str, key: str = "") -> None:
        """Say ``text`` beside field ``key`` (at the top for "" or an unknown key)."""
        label = self.problems.get(key, self.problem)
        label.setText(text)
        if label is self.problem:
            label.setVisible(True)
        else:
            self.form.setRowVisible(label, True)
            self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # room for the sentence, wrapped

    def said(self) -> dict[str, str]:
        """What is said now, by field key ("" for the top)."""
        out = {k: p.text() for k, p in self.problems.items() if p.text()}
        if self.problem.text():
            out[""] = self.problem.text()
        return out

    def field_of(self, text: str) -> str:
        """The key of the field a refusal names ("" if none): the words before its colon,
        else the first field whose label's first word it mentions."""
        lowered = text.lower()
        named = self._named_by(text)
        if named:
            return named
        for key, label in self.labels.items():
            word = re.split(r"\W+", label.lower())[0]
            if len(word) >= 4 and re.search(rf"\b{re.escape(word)}", lowered):
                return key
        return ""

    def _named_by(self, text: str) -> str:
        """The key of the field whose name the words before a refusal's colon are ("" if none)."""
        head = text.lower().split(":", 1)[0].strip() if ":" in text[:40] else ""
        for key, names in self.names.items():
            if head and (
                head == key.lower() or any(n.startswith(head) or head == n for n in names)
            ):
                return key
        return ""

    def _clear(self) -> None:
        self.problem.clear()
        self.problem.setVisible(False)
        for label in self.problems.values():
            label.clear()
            self.form.setRowVisible(label, False)

    def _on_ok(self) -> None:
        self._clear()
        values = self.values()
        missing = [k for k in self.fields if k in self.required and not values[k].strip()]
        for key in reversed(missing):  # the cursor ends in the first one
            self.say(f"Fill in {self.labels[key].split(' (')[0]}.", key)
        if missing:
            return
        if self.check is not None:
            try:
                self.outcome = self.check(values)
            except Declined as exc:
                if str(exc):  # why nothing was done (the server lost, a failure)
                    self.say(str(exc))
                return
            except UserError as exc:
                from sortapp.ui.errors import error_text  # noqa: PLC0415 (it imports this module)

                text = error_text(exc)
                key = "" if exc.code in self.at_top else self.field_of(text)
                if key or exc.code in self.at_top:  # a sentence, beside the field without its
                    if key and self._named_by(text) == key:  # name again
                        text = text.split(":", 1)[1].strip()
                    text = text[:1].upper() + text[1:]
                    text += "" if text.endswith((".", "?", "!")) else "."
                self.say(text, key)
                return
        self.accept()

    def run(self) -> dict[str, str] | None:
        return self.values() if modal(self) == QDialog.DialogCode.Accepted else None


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(name != "problem")  # the top one shows only when it says something
    return label


def date_edit(value: QDate | None = None) -> QDateEdit:
    """The one date editor of the app: a calendar to pick from, dates as YYYY-MM-DD."""
    edit = QDateEdit(value or siteday.today())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def checked(
    check: Callable[[Any], object] | None, shape: Callable[[dict[str, str]], Any]
) -> Check | None:
    """A dialog's check that hands ``check`` the answer as its ``ask`` returns it."""
    return None if check is None else (lambda values: check(shape(values)))


class Built:
    """A form dialog made by ``build``; ``ask`` shows it and returns what was typed (None:
    cancelled). Tests replace ``ask``, or call ``build`` to type into the dialog."""

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> FormDialog:
        raise NotImplementedError

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()


class SummaryDialog:
    """Before an irreversible step: what it will do, in figures, and Yes or No (No the
    default: Enter does not do what cannot be undone)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, summary: str) -> bool:
        text = f"{summary}\n\nThis cannot be undone. Go ahead?"
        if not dialogs_enabled():
            return confirm(parent, title, text)
        box = cls.build(parent, title, text)
        modal(box)
        return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes

    @classmethod
    def build(cls, parent: QWidget | None, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box


class WarningDialog:
    """A warning the person must confirm to go on (Yes), or not (No, the default: the form
    stays open to correct it). Not a refusal: the person may know better."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, warning: str, question: str) -> bool:
        text = f"{warning}.\n\n{question}"
        if not dialogs_enabled():
            return confirm(parent, title, text)
        box = SummaryDialog.build(parent, title, text)
        box.setIcon(QMessageBox.Icon.Warning)
        modal(box)
        return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes


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


class SecondPersonDialog(Built):
    """The two-person rule: another supervisor signs and gives the reason."""

    @classmethod
    def build(cls, parent: QWidget | None, summary: str, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(
            parent,
            "Accept the difference",
            f"{summary}.\n\nA supervisor who did not enter the results signs to accept it.",
            check=submit,
        )
        dialog.line("user", "Supervisor", required=True)
        dialog.line("password", "Password", password=True, required=True)
        dialog.line("reason", "Reason", required=True)
        return dialog


class TextDialog:
    """One line to type (a reason); ``submit`` runs with the text on OK (a refusal keeps it)."""

    @classmethod
    def build(
        cls,
        parent: QWidget | None,
        title: str,
        label: str,
        value: str = "",
        submit: Callable[[str], object] | None = None,
        note: str = "",
    ) -> FormDialog:
        """``note``: what the text is about, above the field (the entry corrected, the figures
        accepted)."""
        dialog = FormDialog(parent, title, note, check=checked(submit, lambda v: v["text"]))
        dialog.line("text", label, value, required=True)
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> str | None:
        """As ``build`` takes them; the text typed, or None if cancelled."""
        values = cls.build(*args, **kwargs).run()
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
    """The site and its first admin: the country picked from the KP participants, the site's
    time zone, the site code's rule shown before it is refused. ``submit`` creates the site on
    OK: a refusal keeps the dialog open with everything typed (passwords too)."""

    @classmethod
    def build(cls, parent: QWidget | None, path: str, submit: Check | None = None) -> FormDialog:
        from sortapp.services import site  # noqa: PLC0415 (the first run only)

        dialog = FormDialog(
            parent,
            "Create the sortapp database",
            f"No database at {path}. Create the site and its first admin.",
            check=checked(submit, cls.answer),
        )
        dialog.line("code", "Site code", required=True, hint="e.g. KSF")
        _rule_under(dialog, f"The site code: {site.SITE_CODE_RULE} (e.g. KSF).")
        dialog.line("name", "Facility name", required=True, also=("site name",))
        countries = dialog.choice(
            "country", "Country", [f"{name} ({code})" for code, name in site.site_countries()]
        )
        countries.setEditable(True)  # type to find
        countries.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _none_chosen(dialog, "country", "choose the country")  # a decision, not Angola
        zones = dialog.choice("timezone", "Time zone", time_zones(), local_time_zone())
        zones.setEditable(True)
        zones.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        dialog.line("authority", "Exporting authority")
        dialog.line("admin", "Admin user name", "admin", required=True, also=("user name",))
        dialog.line("password", "Admin password", password=True, required=True)
        dialog.line("again", "Password again", password=True, required=True)
        return dialog

    @staticmethod
    def answer(values: dict[str, str]) -> dict[str, str]:
        """The values with the country as its code ("Botswana (BW)" is BW)."""
        found = re.search(r"\(([A-Z]{2})\)\s*$", values["country"])
        return {**values, "country": found.group(1) if found else values["country"].strip()}

    @classmethod
    def ask(
        cls, parent: QWidget | None, path: str, submit: Check | None = None
    ) -> dict[str, str] | None:
        values = cls.build(parent, path, submit).run()
        return cls.answer(values) if values else None


def _rule_under(dialog: FormDialog, rule: str) -> QLabel:
    """``rule`` under the last field, in full (wrapped; a placeholder would cut it)."""
    label = QLabel(rule)
    label.setObjectName("code_rule")
    label.setWordWrap(True)
    dialog.form.addRow("", label)
    return label


def _none_chosen(dialog: FormDialog, key: str, ask: str) -> None:
    """The (editable) choice ``key`` opens with nothing chosen, saying ``ask``; it must be
    chosen."""
    combo = dialog.fields[key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(-1)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(ask)
    dialog.required.add(key)


def time_zones() -> list[str]:
    """The time zones a site may be in (IANA names), sorted."""
    import zoneinfo  # noqa: PLC0415 (the first run only)

    return sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")


def local_time_zone() -> str:
    """This workstation's time zone, if it has an IANA name; else UTC."""
    from PySide6.QtCore import QTimeZone  # noqa: PLC0415

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in time_zones() else "UTC"


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
        modal(box)
        return buttons.get(box.clickedButton())


class SealDialog(Built):
    """Seal a parcel: certificate, seals and the two dates, both picked the same way; the
    expiry follows the issue date (+ the validity) until it is changed by hand."""

    @classmethod
    def build(
        cls, parent: QWidget | None, parcel: str, validity_days: int, submit: Check | None = None
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            f"Seal parcel {parcel}",
            "Parcels sealed under one KP certificate number form one shipment. The expiry "
            f"follows the issue date + {validity_days} days unless you change it.",
            check=submit,
        )
        dialog.line("kp_cert", "KP certificate number", required=True)
        dialog.line("seals", "Seal numbers (comma-separated)", required=True)
        issued = dialog.date("issued", "Issued")
        expires = dialog.date("expires", "Expires", issued.date().addDays(validity_days))
        following = [True]

        def issued_changed(day: QDate) -> None:
            if following[0]:
                expires.blockSignals(True)
                expires.setDate(day.addDays(validity_days))
                expires.blockSignals(False)

        def expires_changed(_day: QDate) -> None:
            following[0] = False

        issued.dateChanged.connect(issued_changed)
        expires.dateChanged.connect(expires_changed)
        return dialog


class ShipDialog(Built):
    """Ship a sealed parcel: the carrier and air waybill it leaves with (on the invoice)."""

    @classmethod
    def build(cls, parent: QWidget | None, parcel: str, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(
            parent,
            f"Ship parcel {parcel}",
            f"Record that parcel {parcel} has left the site. The carrier and air waybill are "
            "printed on the commercial invoice.",
            check=submit,
        )
        dialog.line("carrier", "Carrier", required=True)
        dialog.line("awb", "Air waybill number", required=True)
        return dialog


class ValuationDialog(Built):
    """Record a valuation of a draft parcel with who gave it (the valuation sheet)."""

    @classmethod
    def build(
        cls, parent: QWidget | None, parcel: str, valuers: list[str], submit: Check | None = None
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            f"Value parcel {parcel}",
            "The valuation sheet names who valued the parcel, when and under which reference.",
            check=submit,
        )
        dialog.choice("valuer", "Valuer", valuers)
        dialog.line("usd", "Value USD", required=True)
        dialog.line("valuer_name", "Valuer's name")
        dialog.line("organisation", "Organisation")
        dialog.date("valued_on", "Date of valuation")
        dialog.line("reference", "Reference")
        return dialog


class RemovePackingDialog(Built):
    """Choose one of a draft parcel's packings to return to stock, and say why."""

    @classmethod
    def build(
        cls, parent: QWidget | None, parcel: str, packings: list[str], submit: Check | None = None
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            f"Remove a packing from parcel {parcel}",
            "The packing is reversed in the ledger (its goods go back to stock); the packing "
            "itself stays on record.",
            check=submit,
        )
        dialog.choice("packing", "Packing", packings)
        dialog.line("reason", "Reason", required=True)
        dialog.focus("reason")
        return dialog


class NewParcelDialog(Built):
    @classmethod
    def build(
        cls,
        parent: QWidget | None,
        exporter: str,
        countries: list[str],
        submit: Check | None = None,
        *,
        importers: Sequence[str] | Mapping[str, str] = (),
    ) -> FormDialog:
        """``importers``: the register's names (or name: country code), offered as the importer
        is typed (the printed documents find a registered party by its name); another name may
        still be typed. A registered importer chosen sets the destination to its country."""
        dialog = FormDialog(parent, "New export parcel", check=submit)
        dialog.line("number", "Parcel number", required=True)
        importer = dialog.line("importer", "Importer", required=True)
        offer_names(importer, list(importers))
        destination = dialog.choice("destination", "Destination", countries)
        dialog.line("exporter", "Exporter", exporter, required=True)
        where = (
            {n.casefold(): c for n, c in importers.items()}
            if isinstance(importers, Mapping)
            else {}
        )

        def registered(text: str) -> None:
            code = where.get(text.strip().casefold())
            if code and destination.findText(code) >= 0:
                destination.setCurrentText(code)

        importer.textChanged.connect(registered)
        return dialog


def offer_names(edit: QLineEdit, names: Sequence[str]) -> None:
    """Offer ``names`` as ``edit`` is typed in (any part of a name, without case); what is
    typed is kept as typed when it is none of them."""
    if not names:
        return
    completer = QCompleter(list(names), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    edit.setToolTip("Registered importers are offered as you type (Importers... to add one)")


class PartyDialog(Built):
    """Add an importer to the register of parties, or change one (its name stays): the fields
    of ``sortapp party set``, the country chosen from the KP participants."""

    @classmethod
    def build(
        cls,
        parent: QWidget | None,
        countries: list[tuple[str, str]],
        party: dict[str, str] | None = None,
        submit: Check | None = None,
    ) -> FormDialog:
        """``countries``: (code, name) to choose from; ``party``: the one to change (its
        fields by key), None for a new one."""
        given = party or {}
        dialog = FormDialog(
            parent,
            f"Change importer {given['name']}" if party else "Add an importer",
            "The commercial invoice and the KP certificate data sheet of a parcel whose importer "
            "has this name print its full address and identifiers.",
            check=checked(submit, FirstRunDialog.answer),  # "Belgium (BE)" is BE
        )
        dialog.setMinimumWidth(560)  # room for an address on one line
        dialog.at_top.add("party_unchanged")  # about the form, whatever words the name has
        name = dialog.line("name", "Name", given.get("name", ""), required=True)
        if party:
            name.setReadOnly(True)
            name.setStyleSheet("QLineEdit { background: palette(window); }")
            name.setToolTip("The name the parcels give as importer; it is not changed here")
        dialog.line("address", "Address", given.get("address", ""), required=True)
        if party:
            dialog.focus("address")
        shown = [f"{n} ({c})" for c, n in countries]
        current = next((s for s in shown if s.endswith(f"({given.get('country')})")), "")
        if given.get("country") and not current:  # registered out of the list: kept
            current = given["country"]
            shown.append(current)
        combo = dialog.choice("country", "Country", shown, current)
        combo.setEditable(True)  # type to find
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if not current:
            _none_chosen(dialog, "country", "choose the country")
        dialog.required.add("country")
        dialog.line(
            "tax_number", "Tax or VAT number", given.get("tax_number", ""), also=("tax number",)
        )
        dialog.line("licence", "Import licence", given.get("licence", ""), also=("licence",))
        dialog.line("port", "Port of destination", given.get("port", ""), hint="port or airport")
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        """As ``build`` takes them; the values (the country as its code), or None."""
        values = cls.build(*args, **kwargs).run()
        return FirstRunDialog.answer(values) if values else None


class NewUserDialog(Built):
    @classmethod
    def build(cls, parent: QWidget | None, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(parent, "Add a user", check=submit)
        dialog.line("name", "User name", required=True)
        dialog.choice("role", "Role", ["operator", "supervisor", "admin"])
        dialog.line("password", "Password", password=True, required=True)
        return dialog


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
        modal(box)
        return buttons.get(box.clickedButton())


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, filters: str = "CSV (*.csv)") -> str | None:
        path, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path or None
