"""The balance register on the Settings page (issue 16): the site's balances, adding and
changing one and recording its calibrations (an admin: the services enforce it), a daily check
with a reference weight captured off this workstation's balance, and choosing this
workstation's balance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sortapp.core.changes import Changes
from sortapp.core.entities import BalanceRecord
from sortapp.core.errors import UserError
from sortapp.core.forms import Field, Kind
from sortapp.core.roles import Role
from sortapp.core.units import format_mct
from sortapp.reports.barcode import code128_modules
from sortapp.services import balances
from sortapp.ui import balance
from sortapp.ui.balance import named, push_button
from sortapp.ui.context import Context
from sortapp.ui.dialogs import Check, FormDialog
from sortapp.ui.models import Column, ListTableModel
from sortapp.ui.submit import Submit
from sortapp.ui.widgets import NumberField, SiteNumbers, Table, check_numbers, enable

#: The register's list: (key, header).
COLUMNS = (
    ("code", "Balance"),
    ("model", "Model"),
    ("serial_no", "Serial number"),
    ("port", "Port"),
    ("protocol", "Protocol"),
    ("d", "d (ct)"),
    ("e", "e (ct)"),
    ("accuracy_class", "Class"),
    ("verified", "Verified"),
    ("state", "Calibration / check"),
)

#: Why the register's buttons are disabled for everyone but an admin.
ADMINS = "Admins keep the balance register"


def _ct(mct: int | None) -> str:
    return "" if mct is None else format_mct(mct)


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
            [Column(key, header, numeric=key in ("d", "e")) for key, header in COLUMNS]
        )
        self.table = Table("balance_table")
        self.table.setModel(self.model)
        self.table.fit_columns([80, 170, 110, 200, 70, 60, 60, 50, 60])
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = push_button("Add balance...", "add_balance", self.add)
        self.edit_button = push_button("Change...", "edit_balance", self.edit)
        self.calibration_button = push_button(
            "Record calibration...", "record_calibration", self.calibrate
        )
        self.check_button = push_button(
            "Daily check...",
            "daily_check",
            self.daily_check,
            "Put the reference weight on this workstation's balance, capture it: the check is "
            "recorded, passed or failed",
        )
        self.station_button = push_button(
            "This workstation's balance...", "choose_station_balance", self.choose_station
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
                    "accuracy_class": b.accuracy_class,
                    "verified": "yes" if b.verified else "no",
                    "state": _state_words(state) if b.active else "inactive",
                    "record": b,
                }
            )
        self.model.set_rows(rows)
        here = balance.station()
        code = balance.capture_code()
        self.capture_barcode.setPixmap(barcode_pixmap(code) if here.code else QPixmap())
        self.capture_barcode.setToolTip(f"The capture barcode: {code} (Code 128)")
        self.capture_barcode.setVisible(bool(here.code))
        self.station_note.setText(
            f"This workstation reads balance {here.code}"
            + (f" through {here.port}" if here.port else "")
            + " (chosen for this computer's user account, not in the database). Its scanners "
            f"capture with the barcode {balance.capture_code()} (below)."
            if here.code
            else "No balance at this workstation: choose one from the register to capture "
            "weights here."
        )

    def selected(self) -> BalanceRecord | None:
        row = self.table.selected_row()
        item = self.model.row(row) if row is not None else None
        return item["record"] if item is not None else None

    def apply_role(self) -> None:
        admin = self.ctx.can(Role.ADMIN)
        for button in (self.add_button, self.edit_button, self.calibration_button):
            enable(button, admin, ADMINS)
        enable(
            self.station_button,
            self.ctx.can(Role.SUPERVISOR),
            "A supervisor or an admin chooses this workstation's balance",
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
            lambda a: f"Balance {a['code']} added to the register.",
            None,
        )

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            self.ctx.say("Select the balance to change first.", self.owner)
            return

        def do(answer: dict[str, str]) -> Changes:
            fields = {k: v for k, v in answer.items() if k not in ("code", "reason")}
            return balances.update_balance(
                self.ctx.db, self.ctx.actor, record.code, fields, answer["reason"]
            )

        self._asked(BalanceDialog.ask, do, f"Balance {record.code} changed.", record)

    def calibrate(self) -> None:
        record = self.selected()
        if record is None:
            self.ctx.say("Select the balance calibrated first.", self.owner)
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
            lambda a: f"Calibration of balance {record.code} recorded; next due {a['next_due']}.",
            record.code,
        )

    def daily_check(self) -> None:
        code = balance.station().code
        if not code:
            self.ctx.say(
                "No balance at this workstation: choose it first (This workstation's "
                "balance...), then check it here.",
                self.owner,
            )
            return
        comma = SiteNumbers.of(self.ctx).decimal_comma

        def do(answer: dict[str, str]) -> Changes:
            nominal = _CT.read(answer["nominal"], decimal_comma=comma)
            tolerance = _CT.read(answer["tolerance"], decimal_comma=comma)
            read = _CT.read(answer["read"], decimal_comma=comma)
            assert nominal is not None and tolerance is not None and read is not None
            return balances.record_check(
                self.ctx.db,
                self.ctx.actor,
                code,
                reference=answer["reference"],
                nominal_mct=nominal,
                tolerance_mct=tolerance,
                source=balance.source_of(answer),
                read_mct=read,
            )

        self._asked(CheckDialog.ask, do, f"Daily check of balance {code} recorded.", self.ctx, code)

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
        return state.message
    parts = [f"calibration due {state.calibration_due}"] if state.calibration_due else []
    if state.checked_today is not None:
        parts.append("checked today" if state.checked_today else "not checked today")
    return ", ".join(parts) or "ok"


#: A weight in carats a dialog reads (the check's figures).
_CT = Field("carats", "carats", Kind.CARATS)


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
        dialog = FormDialog(
            parent,
            f"Change balance {record.code}" if record else "Add a balance",
            "One instrument of the site: its serial number must be the one the balance reports "
            "at connect (another blocks capture). Weights in carats.",
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
            "accuracy_class": balances.CLASSES,
            "verified": ("no", "yes"),
            "active": ("yes", "no"),
        }
        for key, label, default in balances.FIELDS:
            if key == "active" and record is None:
                continue  # a new balance is in use
            shown = label[:1].upper() + label[1:]
            value = given.get(key, default or "")
            if key in choices:
                dialog.choice(key, shown, [str(c) for c in choices[key]], value)
            else:
                edit = dialog.line(key, shown, value, required=default is None)
                if key == "port":
                    edit.setPlaceholderText("COM4, /dev/ttyUSB0, socket://host:port")
                if key == "code" and record is not None:
                    edit.setReadOnly(True)
                    edit.setToolTip("A balance keeps its code: its weighings name it")
        if record is not None:
            dialog.line("reason", "Reason for the change", required=True)
            dialog.focus("vendor")
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()


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


class CalibrationDialog:
    """A calibration of a balance: when, by whom, its certificate and when it is due again."""

    @classmethod
    def build(cls, parent: QWidget | None, code: str, submit: Check | None = None) -> FormDialog:
        dialog = FormDialog(
            parent,
            f"Calibration of balance {code}",
            "Once the next due date has passed, the balance captures nothing until a new "
            "calibration is recorded.",
            check=submit,
        )
        done = dialog.date("calibrated_on", "Calibrated on")
        dialog.line("by", "By (lab or person)", required=True)
        dialog.line("certificate", "Certificate number", required=True)
        dialog.date("next_due", "Next due", done.date().addYears(1))
        dialog.line("as_found", "As found", hint="optional")
        dialog.line("as_left", "As left", hint="optional")
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()


class _CheckForm(FormDialog):
    """The daily check's form: the weight read captured off the balance beside it."""

    panel: balance.BalancePanel | None = None

    def _on_ok(self) -> None:
        if check_numbers(*[w for w in self.fields.values() if isinstance(w, NumberField)]):
            super()._on_ok()

    def values(self) -> dict[str, str]:
        out = super().values()
        if self.panel is not None:
            out[balance.SOURCE_KEY] = balance.source_text(self.panel.source())
        return out


#: What the daily check asks of the person checking.
CHECK_NOTE = (
    "Zero the empty balance, put the reference weight on, and capture it (F9). The check is "
    "recorded whether it passes or fails"
)


def check_note(blocks: bool) -> str:
    """What the daily check asks, and what a failed check does where ``blocks`` (the site's
    ``balance-daily-check``) says whether a failed or missing check blocks capture."""
    if blocks:
        return f"{CHECK_NOTE}; a failed check blocks capture until a check passes."
    return f"{CHECK_NOTE}; this site does not block capture on the daily check."


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
            parent, f"Daily check of balance {code}", check_note(blocks), check=submit
        )
        dialog.line("reference", "Reference weight", required=True, hint="its id, e.g. E2-5ct")
        for key, label in (
            ("nominal", "Nominal (ct)"),
            ("tolerance", "Tolerance (ct)"),
            ("read", "Read (ct)"),
        ):
            edit = number_field(key, field=Field(key, label.lower(), Kind.CARATS), ctx=ctx)
            dialog._add(key, label, edit, required=True)
        read = dialog.fields["read"]
        assert isinstance(read, NumberField)
        dialog.panel = balance.BalancePanel(
            ctx, read, shortcut=True, name="check_balance", gated=False, stacked=True
        )
        dialog.form.addRow(dialog.panel)
        return dialog

    @classmethod
    def ask(cls, *args: Any, **kwargs: Any) -> dict[str, str] | None:
        return cls.build(*args, **kwargs).run()
