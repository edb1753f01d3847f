"""The balance register on the Settings page (issue 16): the site's balances, adding and
changing one and recording its calibrations (an admin: the services enforce it), a daily check
with a reference weight captured off this workstation's balance, and choosing this
workstation's balance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sortapp.core.changes import Changes
from sortapp.core.entities import BalanceRecord
from sortapp.core.errors import UserError
from sortapp.core.forms import Field, Kind
from sortapp.core.i18n import N_
from sortapp.core.roles import Role
from sortapp.core.units import format_mct
from sortapp.reports.barcode import code128_modules
from sortapp.services import balances
from sortapp.ui import balance
from sortapp.ui.balance import named, push_button
from sortapp.ui.context import Context
from sortapp.ui.dialogs import Check, FormDialog
from sortapp.ui.i18n import carats_text, date_text, marked, moment_text, say, tr
from sortapp.ui.models import Column, ListTableModel
from sortapp.ui.submit import Submit
from sortapp.ui.widgets import NumberField, Table, enable, writes

#: The register's list: (key, header).
COLUMNS = (
    ("code", N_("Balance")),
    ("model", N_("Model")),
    ("serial_no", N_("Serial number")),
    ("port", N_("Port")),
    ("protocol", N_("Protocol")),
    ("d", N_("d (ct)")),
    ("e", N_("e (ct)")),
    ("accuracy_class", N_("Class")),
    ("verified", N_("Verified")),
    ("state", N_("Calibration / check")),
)

#: The reference weights' list: (key, header).
REFERENCE_COLUMNS = (
    ("code", N_("Reference weight")),
    ("nominal", N_("Nominal (ct)")),
    ("weight_class", N_("Class")),
    ("certificate", N_("Certificate")),
    ("active", N_("In use")),
)

#: Why the register's buttons are disabled for everyone but an admin.
ADMINS = N_("Admins keep the balance register")
#: Why the reference weights' buttons are.
REFERENCE_ADMINS = N_("Admins keep the reference weights")


def _ct(mct: int | None) -> str:
    return "" if mct is None else format_mct(mct)


def _shown_ct(mct: int | None) -> str:
    """Carats read only (not a field's value): as the user's language writes a figure."""
    return "" if mct is None else carats_text(mct)


class BalancesTab(QWidget):
    """The register's list, and what may be done from it."""

    def __init__(self, ctx: Context, owner: QWidget) -> None:
        super().__init__()
        self.ctx = ctx
        self.owner = owner  # the page: said as its action
        layout = QVBoxLayout(self)
        self.station_note = named(QLabel(), "station_note")
        self.station_note.setWordWrap(True)
        layout.addWidget(self.station_note)
        #: The capture barcode (Code 128), to stick by the balance.
        self.capture_barcode = named(QLabel(), "capture_barcode")
        layout.addWidget(self.capture_barcode)
        self.model: ListTableModel[dict[str, Any]] = ListTableModel(
            [Column(key, marked(header), numeric=key in ("d", "e")) for key, header in COLUMNS]
        )
        self.table = Table("balance_table")
        self.table.setModel(self.model)
        self.table.fit_columns([80, 170, 110, 200, 70, 60, 60, 50, 60])
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.add_button = push_button(tr("Add balance..."), "add_balance", self.add)
        self.edit_button = push_button(tr("Change..."), "edit_balance", self.edit)
        self.calibration_button = push_button(
            tr("Record calibration..."), "record_calibration", self.calibrate
        )
        self.check_button = push_button(
            tr("Daily check..."),
            "daily_check",
            self.daily_check,
            tr(
                "Put the reference weight on this workstation's balance, capture it: the check "
                "is recorded, passed or failed"
            ),
        )
        self.station_button = push_button(
            tr("This workstation's balance..."), "choose_station_balance", self.choose_station
        )
        for button in (
            self.add_button,
            self.edit_button,
            self.calibration_button,
            self.check_button,
            self.station_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._build_references(layout)
        writes(
            ctx.read_only_why,
            self.add_button,
            self.edit_button,
            self.calibration_button,
            self.check_button,
            self.add_reference_button,
            self.edit_reference_button,
        )

    def _build_references(self, layout: QVBoxLayout) -> None:
        """The reference weights the balances are checked with (an admin keeps them)."""
        layout.addWidget(named(QLabel(tr("Reference weights (the daily check's)")), "references"))
        self.references: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column(key, marked(header), numeric=key == "nominal")
                for key, header in REFERENCE_COLUMNS
            ]
        )
        self.reference_table = Table("reference_table")
        self.reference_table.setModel(self.references)
        layout.addWidget(self.reference_table, 1)
        row = QHBoxLayout()
        self.add_reference_button = push_button(
            tr("Add reference weight..."), "add_reference", self.add_reference
        )
        self.edit_reference_button = push_button(
            tr("Change reference weight..."), "edit_reference", self.edit_reference
        )
        row.addWidget(self.add_reference_button)
        row.addWidget(self.edit_reference_button)
        row.addStretch(1)
        layout.addLayout(row)

    # -- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = []
        for b in balances.list_balances(self.ctx.db):
            state = balances.capture_state(self.ctx.db, b.code)
            rows.append(
                {
                    "code": b.code,
                    "model": " ".join(p for p in (b.vendor, b.model) if p),
                    "serial_no": b.serial_no,
                    "port": b.port,
                    "protocol": b.protocol,
                    "d": _ct(b.readability_mct),
                    "e": _ct(b.interval_mct),
                    "accuracy_class": (
                        tr("no class") if b.accuracy_class == "none" else b.accuracy_class
                    ),
                    "verified": tr("yes") if b.verified else tr("no"),
                    "state": _state_words(state) if b.active else tr("inactive"),
                    "record": b,
                }
            )
        self.model.set_rows(rows)
        # Each column as wide as what it holds (a long model or port in full); the last one
        # takes what room is left.
        self.table.resizeColumnsToContents()
        self.references.set_rows(
            [
                {
                    "code": w.code,
                    "nominal": _ct(w.nominal_mct),
                    "weight_class": w.weight_class,
                    "certificate": w.certificate,
                    "active": tr("yes") if w.active else tr("no"),
                    "record": w,
                }
                for w in balances.list_reference_weights(self.ctx.db)
            ]
        )
        self.reference_table.resizeColumnsToContents()
        here = balance.station()
        code = balance.capture_code()
        self.capture_barcode.setPixmap(barcode_pixmap(code) if here.code else QPixmap())
        self.capture_barcode.setToolTip(
            tr("The capture barcode: {code} (Code 128)").format(code=code)
        )
        self.capture_barcode.setVisible(bool(here.code))
        self.station_note.setText(
            tr(
                "This workstation reads balance {code} (chosen for this computer's user "
                "account, not in the database). Its scanners capture with the barcode "
                "{barcode} (below)."
            ).format(code=here.code, barcode=balance.capture_code())
            if here.code
            else tr(
                "No balance at this workstation: choose one from the register to capture "
                "weights here."
            )
        )

    def selected(self) -> BalanceRecord | None:
        row = self.table.selected_row()
        item = self.model.row(row) if row is not None else None
        return item["record"] if item is not None else None

    def apply_role(self) -> None:
        admin = self.ctx.can(Role.ADMIN)
        for button in (self.add_button, self.edit_button, self.calibration_button):
            enable(button, admin, marked(ADMINS))
        for button in (self.add_reference_button, self.edit_reference_button):
            enable(button, admin, marked(REFERENCE_ADMINS))
        enable(
            self.station_button,
            self.ctx.can(Role.SUPERVISOR),
            tr("A supervisor or an admin chooses this workstation's balance"),
        )

    # -- actions ---------------------------------------------------------------------------------

    def _asked(
        self,
        ask: Callable[..., dict[str, str] | None],
        action: Callable[[dict[str, str]], Changes],
        done: str | Callable[[dict[str, str]], str],
        *args: object,
    ) -> None:
        """Ask with the dialog ``ask`` (``args``), ``action`` run on its OK (a refusal keeps
        it open, said beside the field)."""
        submit: Submit[dict[str, str]] = Submit(self.ctx, self.owner, action, done)
        submit.after(ask(self, *args, submit=submit))

    def add(self) -> None:
        self._asked(
            BalanceDialog.ask,
            lambda a: balances.register_balance(self.ctx.db, self.ctx.actor, a),
            lambda a: tr("Balance {code} added to the register.").format(code=a["code"]),
            None,
        )

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            self.ctx.say(tr("Select the balance to change first."), self.owner)
            return

        do = self._change(balances.update_balance, record.code)
        done = tr("Balance {code} changed.").format(code=record.code)
        self._asked(BalanceDialog.ask, do, done, record)

    def _change(
        self, update: Callable[..., Changes], code: str
    ) -> Callable[[dict[str, str]], Changes]:
        """A change dialog's action: ``update`` of ``code`` with the fields typed (its code
        aside) and the reason given."""

        def do(answer: dict[str, str]) -> Changes:
            fields = {k: v for k, v in answer.items() if k not in ("code", "reason")}
            return update(self.ctx.db, self.ctx.actor, code, fields, answer["reason"])

        return do

    def calibrate(self) -> None:
        record = self.selected()
        if record is None:
            self.ctx.say(tr("Select the balance calibrated first."), self.owner)
            return
        self._asked(
            CalibrationDialog.ask,
            lambda a: balances.record_calibration(
                self.ctx.db,
                self.ctx.actor,
                record.code,
                calibrated_on=a["calibrated_on"],
                by=a["by"],
                certificate=a["certificate"],
                next_due=a["next_due"],
                as_found=a["as_found"],
                as_left=a["as_left"],
            ),
            lambda a: tr("Calibration of balance {code} recorded; next due {date}.").format(
                code=record.code, date=a["next_due"]
            ),
            record.code,
        )

    def daily_check(self) -> None:
        code = balance.station().code
        if not code:
            self.ctx.say(
                tr(
                    "No balance at this workstation: choose it first (This workstation's "
                    "balance...), then check it here."
                ),
                self.owner,
            )
            return

        def do(answer: dict[str, str]) -> Changes:
            # The nominal weight is the reference weight's, the tolerance the balance's e, the
            # reading the one captured: the service takes each from where it is kept.
            return balances.record_check(
                self.ctx.db,
                self.ctx.actor,
                code,
                reference=answer["reference"],
                source=balance.source_of(answer),
            )

        done = tr("Daily check of balance {code} recorded.").format(code=code)
        self._asked(CheckDialog.ask, do, done, self.ctx, code)

    def selected_reference(self) -> balances.ReferenceWeight | None:
        row = self.reference_table.selected_row()
        item = self.references.row(row) if row is not None else None
        return item["record"] if item is not None else None

    def add_reference(self) -> None:
        self._asked(
            ReferenceDialog.ask,
            lambda a: balances.register_reference_weight(self.ctx.db, self.ctx.actor, a),
            lambda a: tr("Reference weight {code} registered.").format(code=a["code"]),
            None,
        )

    def edit_reference(self) -> None:
        weight = self.selected_reference()
        if weight is None:
            self.ctx.say(tr("Select the reference weight to change first."), self.owner)
            return

        do = self._change(balances.update_reference_weight, weight.code)
        done = tr("Reference weight {code} changed.").format(code=weight.code)
        self._asked(ReferenceDialog.ask, do, done, weight)

    def choose_station(self) -> None:
        if balance.StationDialog.ask(self, self.ctx):
            self.refresh()


def barcode_pixmap(text: str, module: int = 2, height: int = 40) -> QPixmap:
    """``text`` as a Code 128 barcode (``module`` pixels a bar, its quiet zones included) with
    the text under it, black on white."""
    try:
        modules = code128_modules(text)
    except UserError:
        return QPixmap()  # not printable ASCII: said as text only
    font = QFont()
    lines = QFontMetrics(font)
    width = max(len(modules) * module, lines.horizontalAdvance(text))
    pixmap = QPixmap(width, height + lines.height())
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    try:
        for n, bar in enumerate(modules):
            if bar:
                painter.fillRect(n * module, 0, module, height, Qt.GlobalColor.black)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(
            QRect(0, height, width, lines.height()), Qt.AlignmentFlag.AlignCenter, text
        )
    finally:
        painter.end()
    return pixmap


def _state_words(state: balances.CaptureState) -> str:
    if not state.allowed:
        return moment_text(say(state.message))
    parts = []
    if state.calibration_due:
        parts.append(tr("calibration due {date}").format(date=date_text(state.calibration_due)))
    if state.checked_today is not None:
        parts.append(tr("checked today") if state.checked_today else tr("not checked today"))
    return ", ".join(parts) or tr("ok")


class BalanceDialog:
    """Add a balance to the register, or change one (its code stays; a reason is asked): the
    register's fields as ``services.balances.FIELDS`` names them, choices where it has them."""

    @classmethod
    def build(
        cls,
        parent: QWidget | None,
        record: BalanceRecord | None,
        submit: Check | None = None,
    ) -> FormDialog:
        given = _typed(record) if record is not None else {}
        dialog = _BalanceForm(
            parent,
            tr("Change balance {code}").format(code=record.code) if record else tr("Add a balance"),
            tr(
                "One instrument of the site: its serial number must be the one the balance "
                "reports at connect (another blocks capture). Weights in carats."
            ),
            check=submit,
        )
        dialog.setMinimumWidth(520)
        choices: dict[str, tuple[object, ...]] = {
            "protocol": balances.PROTOCOLS,
            "baudrate": balances.BAUDRATES,
            "bytesize": balances.BYTESIZES,
            "parity": balances.PARITIES,
            "stopbits": balances.STOPBITS,
            "handshake": balances.HANDSHAKES,
            "terminator": ("", *balances.TERMINATORS),
            "accuracy_class": balances.CLASSES,
            "verified": ("no", "yes"),
            "active": ("yes", "no"),
        }
        for key, label, default in balances.FIELDS:
            if key == "active" and record is None:
                continue  # a new balance is in use
            said = marked(label)
            shown = said[:1].upper() + said[1:]
            value = given.get(key, default or "")
            if key in choices:
                # A blank serial-line choice is the protocol's own (``port_defaults``): said.
                items = [str(c) or marked(PROTOCOLS_OWN) for c in choices[key]]
                dialog.choice(key, shown, items, value or items[0])
            else:
                edit = dialog.line(key, shown, value, required=default is None)
                if key == "port":
                    edit.setPlaceholderText("COM4, /dev/ttyUSB0, socket://host:port")
                if key == "pattern":
                    edit.setPlaceholderText(
                        tr("a group named value: (?P<value>...); blank: default")
                    )
                if key == "code" and record is not None:
                    edit.setReadOnly(True)
                    edit.setToolTip(tr("A balance keeps its code: its weighings name it"))
        dialog.pattern_for_generic()
        if record is not None:
            dialog.line("reason", tr("Reason for the change"), required=True)
            dialog.focus("vendor")
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()


#: How the register's form shows a blank serial-line choice: the protocol's own setting.
PROTOCOLS_OWN = N_("protocol's own")


class _BalanceForm(FormDialog):
    """The register's form: a serial-line choice left at "protocol's own" is blank in its
    values (the service takes the protocol's); the pattern shows, and counts, for generic only."""

    def pattern_for_generic(self) -> None:
        protocol = self.fields["protocol"]
        assert isinstance(protocol, QComboBox)
        protocol.currentTextChanged.connect(self._show_pattern)
        self._show_pattern(protocol.currentText())

    def _show_pattern(self, protocol: str) -> None:
        self.form.setRowVisible(self.fields["pattern"], protocol == "generic")

    def values(self) -> dict[str, str]:
        out = super().values()
        for key in balances.LINE_FIELDS:
            if out.get(key) in (PROTOCOLS_OWN, marked(PROTOCOLS_OWN)):
                out[key] = ""
        if out.get("protocol") != "generic":
            out["pattern"] = ""
        return out


def _typed(record: BalanceRecord) -> dict[str, str]:
    """``record``'s fields as the register's form shows them (weights in carats)."""
    out: dict[str, str] = {}
    for key, _label, _default in balances.FIELDS:
        value = getattr(record, key)
        if isinstance(value, bool):
            out[key] = "yes" if value else "no"
        elif key.endswith("_mct"):
            out[key] = _ct(value)
        else:
            out[key] = str(value)
    return out


class ReferenceDialog:
    """Add a reference weight, or change one (its code stays; a reason is asked): the fields
    as ``services.balances.REFERENCE_FIELDS`` names them."""

    @classmethod
    def build(
        cls,
        parent: QWidget | None,
        weight: balances.ReferenceWeight | None,
        submit: Check | None = None,
    ) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Change reference weight {code}").format(code=weight.code)
            if weight
            else tr("Add a reference weight"),
            tr(
                "A calibrated weight the balances are checked with each day: its nominal weight "
                "in carats and its certificate. A check passes within the balance's e of it."
            ),
            check=submit,
        )
        given = (
            {
                "code": weight.code,
                "nominal_mct": _ct(weight.nominal_mct),
                "weight_class": weight.weight_class,
                "certificate": weight.certificate,
                "active": "yes" if weight.active else "no",
            }
            if weight is not None
            else {}
        )
        for key, label, default in balances.REFERENCE_FIELDS:
            if key == "active" and weight is None:
                continue  # a new weight is in use
            said = marked(label)
            shown = said[:1].upper() + said[1:]
            value = given.get(key, default or "")
            if key == "active":
                dialog.choice(key, shown, ["yes", "no"], value)
                continue
            edit = dialog.line(key, shown, value, required=default is None)
            if key == "weight_class":
                edit.setPlaceholderText("E2, F1 ... (OIML R 111)")
            if key == "code" and weight is not None:
                edit.setReadOnly(True)
                edit.setToolTip(tr("A reference weight keeps its code: its checks name it"))
        if weight is not None:
            dialog.line("reason", tr("Reason for the change"), required=True)
            dialog.focus("nominal_mct")
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()


class CalibrationDialog:
    """A calibration of a balance: when, by whom, its certificate and when it is due again."""

    @classmethod
    def build(cls, parent: QWidget | None, code: str, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(
            parent,
            tr("Calibration of balance {code}").format(code=code),
            tr(
                "Once the next due date has passed, the balance captures nothing until a new "
                "calibration is recorded."
            ),
            check=submit,
        )
        done = dialog.date("calibrated_on", tr("Calibrated on"))
        dialog.line("by", tr("By (lab or person)"), required=True)
        dialog.line("certificate", tr("Certificate number"), required=True)
        dialog.date("next_due", tr("Next due"), done.date().addYears(1))
        dialog.line("as_found", tr("As found"), hint=tr("optional"))
        dialog.line("as_left", tr("As left"), hint=tr("optional"))
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()


class _CheckForm(FormDialog):
    """The daily check's form: the reference weight chosen, the reading captured off the
    balance beside it (never typed), and whether it passes said before OK."""

    panel: balance.BalancePanel | None = None
    #: The reference weights to choose from, by code; the balance's e (its tolerance).
    weights: dict[str, balances.ReferenceWeight]
    tolerance_mct: int = 0
    verdict: QLabel
    about: QLabel

    def values(self) -> dict[str, str]:
        out = super().values()
        if self.panel is not None:
            out[balance.SOURCE_KEY] = balance.source_text(self.panel.source())
        return out

    def show_verdict(self) -> None:
        """The chosen reference weight, and whether the reading captured is within e of it."""
        weight = self.weights.get(self.values()["reference"])
        read = self.fields["read"]
        assert isinstance(read, NumberField)
        tolerance = _shown_ct(self.tolerance_mct)
        if weight is None:
            self.about.setText(
                tr(
                    "No reference weight in the register: an admin adds one (Settings, "
                    "Balances, Add reference weight...)."
                )
            )
            self.verdict.setText("")
            return
        if weight.weight_class:
            about = tr(
                "Nominal {nominal} ct, class {weight_class}, certificate {certificate}; "
                "tolerance \u00b1{tolerance} ct (the balance's e)."
            )
        else:
            about = tr(
                "Nominal {nominal} ct, certificate {certificate}; tolerance \u00b1{tolerance} ct "
                "(the balance's e)."
            )
        self.about.setText(
            about.format(
                nominal=_shown_ct(weight.nominal_mct),
                weight_class=weight.weight_class,
                certificate=weight.certificate,
                tolerance=tolerance,
            )
        )
        captured = self.panel is not None and self.panel.source().captured
        mct = read.value() if captured else None
        if mct is None:
            self.verdict.setText(tr("Put the reference weight on and capture it (F9)."))
            self.verdict.setStyleSheet("")
            return
        off = abs(mct - weight.nominal_mct)
        passes = off <= self.tolerance_mct
        verdict = (
            tr("{ct} ct: off by {off} ct, within the tolerance: passes.")
            if passes
            else tr("{ct} ct: off by {off} ct, outside the tolerance: FAILS.")
        )
        self.verdict.setText(verdict.format(ct=_shown_ct(mct), off=_shown_ct(off)))
        self.verdict.setStyleSheet(
            f"color: {balance.STABLE_COLOUR if passes else balance.REFUSED_COLOUR}; "
            "font-weight: bold;"
        )


def check_note(blocks: bool) -> str:
    """What the daily check asks, and what a failed check does where ``blocks`` (the site's
    ``balance-daily-check``) says whether a failed or missing check blocks capture."""
    if blocks:
        return tr(
            "Zero the empty balance, put the reference weight on, and capture it (F9). The "
            "check is recorded whether it passes or fails; a failed check blocks capture until "
            "a check passes."
        )
    return tr(
        "Zero the empty balance, put the reference weight on, and capture it (F9). The check "
        "is recorded whether it passes or fails; this site does not block capture on the daily "
        "check."
    )


class CheckDialog:
    """The daily check of this workstation's balance: the reference weight put on, captured;
    the service records whether it is within the tolerance."""

    @classmethod
    def build(
        cls, parent: QWidget | None, ctx: Context, code: str, submit: Check | None = None
    ) -> FormDialog:
        from sortapp.services.settings import settings  # noqa: PLC0415 (beside its users)
        from sortapp.ui.widgets import number_field  # noqa: PLC0415 (beside its users)

        blocks = settings(ctx.db).balance_daily_check
        dialog = _CheckForm(
            parent,
            tr("Daily check of balance {code}").format(code=code),
            check_note(blocks),
            check=submit,
        )
        dialog.weights = {w.code: w for w in balances.list_reference_weights(ctx.db) if w.active}
        record = balance.balance_record(ctx, code)
        dialog.tolerance_mct = record.interval_mct if record is not None else 0
        choice = dialog.choice("reference", tr("Reference weight"), list(dialog.weights))
        dialog.required.add("reference")
        dialog.about = named(QLabel(), "check_reference")
        dialog.about.setWordWrap(True)
        dialog.form.addRow(dialog.about)
        read = number_field("read", field=Field("read", N_("reading"), Kind.CARATS), ctx=ctx)
        read.setReadOnly(True)  # captured off the balance, never typed
        read.setPlaceholderText(tr("capture it (F9)"))
        dialog._add("read", tr("Read (ct)"), read, required=True)
        dialog.verdict = named(QLabel(), "check_verdict")
        dialog.verdict.setWordWrap(True)
        dialog.form.addRow(dialog.verdict)
        dialog.panel = balance.BalancePanel(
            ctx, read, shortcut=True, name="check_balance", gated=False, stacked=True
        )
        dialog.form.addRow(dialog.panel)
        read.setToolTip(tr("Captured off the balance (F9): a check's reading is never typed"))
        choice.currentTextChanged.connect(dialog.show_verdict)
        dialog.panel.weighed.connect(dialog.show_verdict)
        read.textChanged.connect(dialog.show_verdict)
        dialog.show_verdict()
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()
