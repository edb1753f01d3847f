"""Every dialog the app shows, each behind a small ``ask``/``show`` that tests replace.

With ``SORTAPP_NO_DIALOGS=1`` (tests, CLI) message boxes are only logged (qutebrowser's DummyBox).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, QFileInfo, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sortapp.core.entities import VALUER_WORDS, Category
from sortapp.core.errors import UserError
from sortapp.core.i18n import LANGUAGES, N_
from sortapp.core.roles import ROLE_NAMES
from sortapp.services.assortment import NAME_LANGUAGES
from sortapp.ui import i18n, siteday
from sortapp.ui.choice import found_anywhere, typed_choice
from sortapp.ui.i18n import english, marked, say, tr

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
        #: The note above the fields, if any.
        self.note: QLabel | None = None
        if note:
            self.note = QLabel(note)
            self.note.setObjectName("note")
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
        self.problem = _problem_label("problem")
        layout.addWidget(self.problem)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        #: Each field's label in English, as a refusal of the core names it in its English.
        self.english: dict[str, str] = {}
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
        # (the label as the core names the field: its English, whatever language shows it)
        self.english[key] = english(label)
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

    def choice(
        self,
        key: str,
        label: str,
        items: list[str],
        current: str = "",
        *,
        words: Callable[[str], str] | None = None,
    ) -> QComboBox:
        """A choice of ``items``; ``words``: how each is shown (a role's name in the user's
        language), ``values()`` giving the item itself."""
        combo = QComboBox()
        if words is None:
            combo.addItems(items)
        else:
            for item in items:
                combo.addItem(words(item), item)
        if current:
            found = combo.findData(current) if words is not None else -1
            if found >= 0:
                combo.setCurrentIndex(found)
            else:
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
                item = widget.currentData()
                out[key] = item if isinstance(item, str) else widget.currentText()
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

    def field_of(self, text: str, source: str = "") -> str:
        """The key of the field a refusal names ("" if none): the words before its colon,
        else the first field whose label's first word it mentions; ``text`` as shown, and
        ``source``, the refusal's English (the core's), matched by the fields' keys and
        English labels: the field is found whatever language its label is shown in."""
        for said, labels in ((text, self.labels), (source, self.english)):
            if not said:
                continue
            named = self._named_by(said, english=labels is self.english)
            if named:
                return named
            lowered = said.lower()
            for key, label in labels.items():
                word = re.split(r"\W+", label.lower())[0]
                if len(word) >= 4 and re.search(rf"\b{re.escape(word)}", lowered):
                    return key
        return ""

    def _named_by(self, text: str, *, english: bool = False) -> str:
        """The key of the field whose name the words before a refusal's colon are ("" if none);
        ``english``: by the fields' English labels (and keys) rather than as they are shown."""
        head = text.lower().split(":", 1)[0].strip() if ":" in text[:40] else ""
        for key, names in self.names.items():
            called = [self.english[key].lower(), *names[1:]] if english else names
            if head and (
                head == key.lower() or any(n.startswith(head) or head == n for n in called)
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
            self.say(tr("Fill in {field}.").format(field=self.labels[key].split(" (")[0]), key)
        if missing:
            return
        if self.check is not None:
            try:
                self.outcome = self.check(values)
            except Declined as exc:
                if str(exc):  # why nothing was done (the server lost, a failure)
                    self.say(say(exc.args[0]) if len(exc.args) == 1 else str(exc))
                return
            except UserError as exc:
                from sortapp.ui.errors import error_text  # noqa: PLC0415 (it imports this module)

                text = error_text(exc)
                source = str(exc)  # (the core's English: how it names the field)
                key = "" if exc.code in self.at_top else self.field_of(text, source)
                if key or exc.code in self.at_top:  # a sentence, beside the field without its
                    if (
                        key
                        and key
                        in (  # name again
                            self._named_by(text),
                            self._named_by(source, english=True) if ":" in text[:40] else "",
                        )
                    ):
                        text = text.split(":", 1)[1].strip()
                    text = text[:1].upper() + text[1:]
                # (A sentence on its own, beside a field or at the top: ``error_text`` began it
                # with a capital where its own words do.)
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


class DateEdit(QDateEdit):
    """A date field Tab leaves, as every other field (Qt's moves Tab from the year to the month
    and the day first: three Tabs to leave a valuation's date, a supervisor's day, 2026-12-07);
    the arrow keys, and a separator typed, still move from part to part."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def date_edit(value: QDate | None = None) -> QDateEdit:
    """The one date editor of the app: a calendar to pick from, dates as YYYY-MM-DD."""
    edit = DateEdit(value or siteday.today())
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
        text = tr("{summary}\n\nThis cannot be undone. Go ahead?").format(summary=summary)
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
        dialog = FormDialog(
            parent,
            tr("Sign in - {site}").format(site=site_name),
            note or tr("Sign in to sortapp."),
        )
        dialog.line("user", tr("User"), user)
        dialog.line("password", tr("Password"), password=True)
        if user:  # (asked again: the name kept, the cursor in the password, empty)
            dialog.focus("password")
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
            tr("Accept the difference"),
            tr(
                "{summary}.\n\nA supervisor who did not enter the results signs to accept it."
            ).format(summary=summary),
            check=submit,
        )
        dialog.line("user", tr("Supervisor"), required=True)
        dialog.line("password", tr("Password"), password=True, required=True)
        dialog.line("reason", tr("Reason"), required=True)
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
        signed = tr("This file is signed by {site} with the key\n\n    {found}\n\n").format(
            site=site, found=found
        )
        other = (
            tr("but the key pinned for {site} is {pinned}.\n\n").format(site=site, pinned=pinned)
            if pinned
            else ""
        )
        call = tr(
            "Call {site} (or read its printed key sheet) and type the fingerprint they give. "
            "Pin it only if it is the one above: a file signed by another key is refused."
        ).format(site=site)
        dialog = FormDialog(
            parent, tr("Pin the key of {site}").format(site=site), signed + other + call
        )
        dialog.line("fingerprint", tr("Fingerprint as {site} gives it").format(site=site))
        if pinned:
            dialog.line("reason", tr("Why the key changed"))
        return dialog.run()


#: The first run's fields: key -> (label, what else a refusal may call it).
FIRST_RUN_LABELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "language": (N_("Language"), ()),
    "code": (N_("Site code"), ()),
    "name": (N_("Facility name"), ("site name",)),
    "country": (N_("Country"), ()),
    "timezone": (N_("Time zone"), ()),
    "authority": (N_("Exporting authority"), ()),
    "admin": (N_("Admin user name"), ("user name",)),
    "password": (N_("Admin password"), ()),
    "again": (N_("Password again"), ()),
}


class FirstRunDialog:
    """The site and its first admin: the country picked from the KP participants, the site's
    time zone, the site code's rule shown before it is refused. ``submit`` creates the site on
    OK: a refusal keeps the dialog open with everything typed (passwords too)."""

    @classmethod
    def build(cls, parent: QWidget | None, path: str, submit: Check | None = None) -> FormDialog:
        from sortapp.services import site  # noqa: PLC0415 (the first run only)

        dialog = FormDialog(parent, "", " ", check=checked(submit, cls.answer))

        def label(key: str) -> str:  # (an empty one would make no label to say again)
            return marked(FIRST_RUN_LABELS[key][0])

        # The language first, each by its own name: the dialog speaks it at once, and the
        # first admin keeps it.
        names = i18n.language_names()
        languages = dialog.choice(
            "language", label("language"), list(names.values()), names[i18n.language()]
        )
        dialog.line("code", label("code"), required=True)
        _rule_under(dialog, "")
        dialog.line("name", label("name"), required=True)
        countries = dialog.choice(
            "country",
            label("country"),
            [f"{name} ({code})" for code, name in site.site_countries()],
        )
        typed_choice(countries)  # type to find
        countries.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _none_chosen(dialog, "country", "")  # a decision, not Angola
        zones = dialog.choice("timezone", label("timezone"), time_zones(), local_time_zone())
        found_anywhere(typed_choice(zones))  # (as Settings' list: 'gabo' finds Africa/Gaborone)
        zones.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        dialog.line("authority", label("authority"))
        dialog.line("admin", label("admin"), "admin", required=True)
        dialog.line("password", label("password"), password=True, required=True)
        dialog.line("again", label("again"), password=True, required=True)
        dialog.focus("code")
        cls.say_words(dialog, path)

        def chosen(index: int) -> None:
            if index >= 0:
                i18n.remember(i18n.install(list(names)[index]))
                cls.say_words(dialog, path)

        languages.currentIndexChanged.connect(chosen)
        return dialog

    @staticmethod
    def say_words(dialog: FormDialog, path: str) -> None:
        """Every word of the dialog in the language spoken now (again when it changes)."""
        from sortapp.services import site  # noqa: PLC0415 (the first run only)

        dialog.setWindowTitle(tr("Create the sortapp database"))
        assert dialog.note is not None
        dialog.note.setText(
            tr("No database at {path}. Create the site and its first admin.").format(path=path)
        )
        for key, (source, also) in FIRST_RUN_LABELS.items():
            label = marked(source)
            shown = dialog.form.labelForField(dialog.fields[key])
            if isinstance(shown, QLabel):
                shown.setText(label)
            dialog.labels[key] = label
            # A refusal names a field in the language it is said in, or the service's English.
            dialog.names[key] = [label.lower(), source.lower(), *also]
            dialog.english[key] = source
        code = dialog.fields["code"]
        assert isinstance(code, QLineEdit)
        code.setPlaceholderText(tr("e.g. KSF"))
        code.setToolTip(code.placeholderText())
        rule = dialog.findChild(QLabel, "code_rule")
        assert rule is not None
        rule.setText(
            tr("The site code: {rule} (e.g. KSF).").format(rule=marked(site.SITE_CODE_RULE))
        )
        countries = dialog.fields["country"]
        assert isinstance(countries, QComboBox)
        line = countries.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("choose the country"))

    @staticmethod
    def answer(values: dict[str, str]) -> dict[str, str]:
        """The values with the country as its code ("Botswana (BW)" is BW), and the language
        as its code ("Français" is fr)."""
        found = re.search(r"\(([A-Z]{2})\)\s*$", values["country"])
        codes = {name: code for code, name in i18n.language_names().items()}
        return {
            **values,
            "country": found.group(1) if found else values["country"].strip(),
            "language": codes.get(values.get("language", ""), i18n.language()),
        }

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
        box.setWindowTitle(tr("sortapp - which database"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons: dict[QAbstractButton | None, str] = {}
        if create:
            made = box.addButton(tr("Create a database here..."), QMessageBox.ButtonRole.AcceptRole)
            buttons[made] = "create"
        server = box.addButton(
            tr("Connect to a facility server..."), QMessageBox.ButtonRole.ActionRole
        )
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
            tr("Seal parcel {parcel}").format(parcel=parcel),
            tr(
                "Parcels sealed under one KP certificate number form one shipment. The expiry "
                "follows the issue date + {days} days unless you change it."
            ).format(days=validity_days),
            check=submit,
        )
        dialog.line("kp_cert", tr("KP certificate number"), required=True)
        dialog.line("seals", tr("Seal numbers (comma-separated)"), required=True)
        issued = dialog.date("issued", tr("Issued"))
        expires = dialog.date("expires", tr("Expires"), issued.date().addDays(validity_days))
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
            tr("Ship parcel {parcel}").format(parcel=parcel),
            tr(
                "Record that parcel {parcel} has left the site. The carrier and air waybill are "
                "printed on the commercial invoice."
            ).format(parcel=parcel),
            check=submit,
        )
        dialog.line("carrier", tr("Carrier"), required=True)
        dialog.line("awb", tr("Air waybill number"), required=True)
        return dialog


class ValuationDialog(Built):
    """Record a valuation of a draft parcel with who gave it (the valuation sheet)."""

    @classmethod
    def build(
        cls, parent: QWidget | None, parcel: str, valuers: list[str], submit: Check | None = None
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Value parcel {parcel}").format(parcel=parcel),
            tr("The valuation sheet names who valued the parcel, when and under which reference."),
            check=submit,
        )
        dialog.choice("valuer", tr("Valuer"), valuers, words=lambda v: say(VALUER_WORDS.get(v, v)))
        dialog.line("usd", tr("Value USD"), required=True)
        dialog.line("valuer_name", tr("Valuer's name"))
        dialog.line("organisation", tr("Organisation"))
        dialog.date("valued_on", tr("Date of valuation"))
        dialog.line("reference", tr("Reference"))
        return dialog


class RemovePackingDialog(Built):
    """Choose one of a draft parcel's packings to return to stock, and say why."""

    @classmethod
    def build(
        cls, parent: QWidget | None, parcel: str, packings: list[str], submit: Check | None = None
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Remove a packing from parcel {parcel}").format(parcel=parcel),
            tr(
                "The packing is reversed in the ledger (its goods go back to stock); the packing "
                "itself stays on record."
            ),
            check=submit,
        )
        dialog.choice("packing", tr("Packing"), packings)
        dialog.line("reason", tr("Reason"), required=True)
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
        dialog = FormDialog(parent, tr("New export parcel"), check=submit)
        dialog.line("number", tr("Parcel number"), required=True)
        importer = dialog.line("importer", tr("Importer"), required=True)
        offer_names(importer, list(importers))
        destination = dialog.choice("destination", tr("Destination"), countries)
        dialog.line("exporter", tr("Exporter"), exporter, required=True)
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
    edit.setToolTip(tr("Registered importers are offered as you type (Importers... to add one)"))


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
            tr("Change importer {name}").format(name=given["name"])
            if party
            else tr("Add an importer"),
            tr(
                "The commercial invoice and the KP certificate data sheet of a parcel whose "
                "importer has this name print its full address and identifiers."
            ),
            check=checked(submit, FirstRunDialog.answer),  # "Belgium (BE)" is BE
        )
        dialog.setMinimumWidth(560)  # room for an address on one line
        dialog.at_top.add("party_unchanged")  # about the form, whatever words the name has
        name = dialog.line("name", tr("Name"), given.get("name", ""), required=True)
        if party:
            name.setReadOnly(True)
            name.setStyleSheet("QLineEdit { background: palette(window); }")
            name.setToolTip(tr("The name the parcels give as importer; it is not changed here"))
        dialog.line("address", tr("Address"), given.get("address", ""), required=True)
        if party:
            dialog.focus("address")
        shown = [f"{n} ({c})" for c, n in countries]
        current = next((s for s in shown if s.endswith(f"({given.get('country')})")), "")
        if given.get("country") and not current:  # registered out of the list: kept
            current = given["country"]
            shown.append(current)
        combo = dialog.choice("country", tr("Country"), shown, current)
        typed_choice(combo)  # type to find
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if not current:
            _none_chosen(dialog, "country", tr("choose the country"))
        dialog.required.add("country")
        dialog.line(
            "tax_number", tr("Tax or VAT number"), given.get("tax_number", ""), also=("tax number",)
        )
        dialog.line("licence", tr("Import licence"), given.get("licence", ""), also=("licence",))
        dialog.line(
            "port", tr("Port of destination"), given.get("port", ""), hint=tr("port or airport")
        )
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        """As ``build`` takes them; the values (the country as its code), or None."""
        values = cls.build(*args, **kwargs).run()
        return FirstRunDialog.answer(values) if values else None


class NewUserDialog(Built):
    @classmethod
    def build(cls, parent: QWidget | None, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(parent, tr("Add a user"), check=submit)
        dialog.line("name", tr("User name"), required=True)
        dialog.choice("role", tr("Role"), list(ROLE_NAMES), words=lambda r: marked(ROLE_NAMES[r]))
        dialog.line("password", tr("Password"), password=True, required=True)
        return dialog


def password_rule() -> str:
    """What a new password must be, said before one is refused."""
    from sortapp.services import site  # noqa: PLC0415 (the rules' own module, on use)

    return tr(
        "At least {count} characters; not the user name, nor one of the most common passwords. "
        "A few unrelated words make a good one."
    ).format(count=site.MIN_PASSWORD)


def _new_password_twice(dialog: FormDialog) -> None:
    """The new password and the same again (a refusal of either is said beside it), and what
    a new password must be under them."""
    dialog.line("password", tr("New password"), password=True, required=True)
    dialog.line(
        "again", tr("New password again"), password=True, required=True, also=("password again",)
    )
    _rule_under(dialog, password_rule()).setObjectName("password_rule")
    dialog.setMinimumWidth(480)  # the rule and a refusal in a few lines, in Russian too


class ChangePasswordDialog(Built):
    """The signed-in user's own password: the current one first (a workstation left signed in
    is not its user's say-so), then the new one twice."""

    @classmethod
    def build(cls, parent: QWidget | None, name: str, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Change your password"),
            tr("Signed in as {name}: type your current password, then the new one twice.").format(
                name=name
            ),
            check=submit,
        )
        dialog.line("current", tr("Current password"), password=True, required=True)
        _new_password_twice(dialog)
        return dialog


class SetPasswordDialog(Built):
    """An admin sets another user's password (one they forgot): no old one to type."""

    @classmethod
    def build(cls, parent: QWidget | None, name: str, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Set the password of {name}").format(name=name),
            tr(
                "For a user who forgot theirs: give {name} the new password in person; they can "
                "then change it with File, Change my password."
            ).format(name=name),
            check=submit,
        )
        _new_password_twice(dialog)
        return dialog


class RoleDialog(Built):
    """An admin changes a user's role: operator, supervisor or admin, the current one chosen."""

    @classmethod
    def build(
        cls, parent: QWidget | None, name: str, role: str, submit: Check | None = None
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Change the role of {name}").format(name=name),
            tr("{name} is {role} now.").format(name=name, role=marked(ROLE_NAMES[role])),
            check=submit,
        )
        dialog.choice(
            "role", tr("Role"), list(ROLE_NAMES), role, words=lambda r: marked(ROLE_NAMES[r])
        )
        return dialog


class QuestionDialog:
    """A question before a step that can be undone (deactivating a user): Yes or No, No the
    default (Enter does not do it by accident)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> bool:
        if not dialogs_enabled():
            return confirm(parent, title, question)
        box = SummaryDialog.build(parent, title, question)
        modal(box)
        return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes


class CategoryNamesDialog(Built):
    """A category's names in the other languages (issue 18): each as set, blank for none (then
    shown as its size, model, quality and colour compose it, or in English); the name shown now
    is the field's hint."""

    @classmethod
    def build(
        cls,
        parent: QWidget | None,
        category: Category,
        own: Mapping[str, str],
        submit: Check | None = None,
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Names of {code}").format(code=category.code),
            tr(
                "In English: {name}. A name left blank is shown as its size, model, quality "
                "and colour are named in that language, else in English."
            ).format(name=category.name),
            check=submit,
        )
        for language in NAME_LANGUAGES:
            dialog.line(
                language,
                LANGUAGES[language],
                own.get(language, ""),
                hint=category.name_in(language),
                also=(language,),
            )
        return dialog


class _NamesOnly(QFileIconProvider):
    """A file's icon and type from what it is (a folder, a file), never from its bytes: Qt's
    look at a file's first bytes for its type (the database, its ``-wal`` and ``-shm`` beside
    it: no extension it knows) opens and closes the file, and on POSIX closing any descriptor of
    a file drops every lock this process holds on it, SQLite's included (``storage.files``).
    Another sortapp then took the database for unused and deleted its ``-wal`` under the app:
    what the app wrote after was lost (a supervisor's day, 2026-12-07: Save as PDF, then a
    command run beside the app)."""

    def icon(self, what: Any) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        return tr("Folder") if info.isDir() else tr("File")


@functools.cache
def _names_only() -> _NamesOnly:
    """The one ``_NamesOnly`` (a dialog does not own its provider: this one outlives them)."""
    return _NamesOnly()


def file_dialog(
    parent: QWidget | None, title: str, suggested: str, filters: str, *, save: bool
) -> QFileDialog:
    """The dialog that chooses a file to write (``save``) or read. Qt's own, with ``_NamesOnly``
    icons, except on Windows (whose locks are the file's, not the process's): a platform's
    dialog in this process (GTK's) reads files' bytes for their types as Qt's does."""
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(_names_only())
    if suggested:
        dialog.selectFile(suggested)
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    if modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


class SaveFileDialog:
    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, suggested: str, filters: str = "CSV (*.csv)"
    ) -> str | None:
        """``suggested``: a file's name, offered in the folder the dialog opens on: never a
        path (a lot number may hold '/' and '.', and a partner's transfer file names its lot:
        "receipt-KSF-A/../../../tmp/x.pdf" was offered, an attack round, 2026-12-07)."""
        name = suggested.replace("/", "-").replace("\\", "-")
        return _chosen(file_dialog(parent, title, name, filters, save=True))


class PrintChoice:
    """Preview, print or save a document as PDF."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        box = QMessageBox(parent)
        box.setWindowTitle(tr("Print"))
        box.setText(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons: dict[QAbstractButton | None, str] = {
            box.addButton(tr("Preview..."), QMessageBox.ButtonRole.ActionRole): "preview",
            box.addButton(tr("Print..."), QMessageBox.ButtonRole.ActionRole): "print",
            box.addButton(tr("Save as PDF..."), QMessageBox.ButtonRole.ActionRole): "pdf",
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        modal(box)
        return buttons.get(box.clickedButton())


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, filters: str = "CSV (*.csv)") -> str | None:
        return _chosen(cls.build(parent, title, filters))

    @classmethod
    def build(cls, parent: QWidget | None, title: str, filters: str) -> QFileDialog:
        """The dialog, its files of the kind asked shown first and every file a choice after
        (a transfer file saved from mail as "P1.sortapp-transfer.txt" could not be picked: a
        clerk's day, 2026-12-07); what it is is read from the file, not its name."""
        return file_dialog(parent, title, "", f"{filters};;{tr('All files (*)')}", save=False)
