"""The site settings as a form of pickers: a checkbox for yes/no, a list for the valuation rule,
the paper and the site's language, a searchable list of time zones, number fields for numbers,
each labelled in words.

Each field gives and takes the text ``services.site.set_setting`` parses (``yes``/``no``, the
rule's key, the zone's name, figures with '.' decimals), so saving still goes through the service,
which checks and records. A number field shows and reads its figure in the site's decimal mark.
"""

from __future__ import annotations

import contextlib
import zoneinfo
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from sortapp.core.entities import VALUATION_RULES
from sortapp.core.errors import UserError
from sortapp.core.forms import Field, Kind
from sortapp.core.i18n import LANGUAGES, N_
from sortapp.core.units import format_mct, format_percent
from sortapp.ui.choice import found_anywhere
from sortapp.ui.context import Context
from sortapp.ui.i18n import marked
from sortapp.ui.widgets import NumberField, SteadyComboBox, number_field


@dataclass(frozen=True)
class Setting:
    """One site setting on the form: its ``site set`` key, label and kind of field."""

    key: str
    label: str
    #: text, carats, percent, count, yes-no, rule, paper, language or zone.
    kind: str = "text"
    tip: str = ""
    #: What a count counts, as a refusal of it says ("days").
    unit: str = ""


SETTINGS: tuple[Setting, ...] = (
    Setting("name", N_("Facility name")),
    Setting("authority", N_("KP authority")),
    Setting(
        "authority-address",
        N_("KP authority's address"),
        tip=N_("Printed on the import-confirmation slip the importing authority sends back."),
    ),
    Setting("address", N_("Address")),
    Setting("exporter", N_("Exporter on certificates")),
    Setting(
        "tolerance-ct",
        N_("Sorting tolerance (ct)"),
        "carats",
        N_("A sorted lot may differ from its received weight by the larger of these two."),
    ),
    Setting("tolerance-pct", N_("Sorting tolerance (% of the lot)"), "percent"),
    Setting(
        "weigh-tolerance-ct",
        N_("Weighing tolerance (ct)"),
        "carats",
        N_(
            "A lot weighed on arrival may differ from its declared weight by the larger of "
            "these two."
        ),
    ),
    Setting("weigh-tolerance-pct", N_("Weighing tolerance (% of declared)"), "percent"),
    Setting("cert-validity-days", N_("KP certificates valid for (days)"), "count", unit=N_("days")),
    Setting("valuation-rule", N_("Value on the KP certificate"), "rule"),
    Setting(
        "timezone", N_("Time zone"), "zone", N_("Times are shown in this zone; type to search.")
    ),
    Setting("wdc-statement", N_("WDC warranty statement on invoices")),
    Setting(
        "paper",
        N_("Paper for printed documents"),
        "paper",
        N_("Documents are laid out on this sheet (Letter: North American sites)."),
    ),
    Setting(
        "language",
        N_("Site language (printed documents)"),
        "language",
        N_(
            "Receipts, reconciliation reports and labels are printed in it; the KP data sheet, "
            "invoice, manifest and valuation sheet stay in English."
        ),
    ),
    Setting(
        "headings-beside",
        N_("Site language beside English headings"),
        "yes-no",
        N_(
            "On: the KP data sheet, invoice, manifest and valuation sheet print the site's "
            "language beside their English headings."
        ),
    ),
    Setting("exporter-licence", N_("Exporter's licence number (invoice)")),
    Setting("tax-number", N_("Exporter's tax number (invoice)")),
    Setting("incoterms", N_("Incoterms (invoice)"), tip=N_("e.g. FCA Gaborone (Incoterms 2020)")),
    Setting("payment-terms", N_("Payment terms (invoice)")),
    Setting("port-of-export", N_("Port of export (invoice)")),
    Setting("backup-folder", N_("Backup folder"), tip=N_("Empty: backups/ beside the database.")),
    Setting("backup-keep-daily", N_("Daily backups kept"), "count", unit=N_("backups")),
    Setting("backup-keep-weekly", N_("Weekly backups kept"), "count", unit=N_("backups")),
    Setting("backup-keep-monthly", N_("Monthly backups kept"), "count", unit=N_("backups")),
    Setting(
        "decimal-comma",
        N_("Decimal comma in figures"),
        "yes-no",
        N_("Carats and money are written 12,450 rather than 12.450."),
    ),
    Setting(
        "idle-lock-minutes",
        N_("Lock after minutes without input"),
        "count",
        N_("The app locks after this many minutes without keyboard or mouse input (0: never)."),
        N_("minutes"),
    ),
    Setting(
        "keyed-weights",
        N_("Weights may be typed by hand"),
        "yes-no",
        N_("Off: every weight is captured from a registered balance (typing is refused)."),
    ),
    Setting(
        "balance-daily-check",
        N_("Daily balance check required"),
        "yes-no",
        N_("On: a balance captures only after a passing check with a reference weight that day."),
    ),
)

#: The valuation rules in words (the stored key is the item's data).
RULE_WORDS = {
    "highest": N_("The highest of the valuations"),
    "declared": N_("The declared value (price book)"),
    "government": N_("The government valuator's value"),
    "independent": N_("The independent valuator's value"),
}
#: The sheets documents are laid out on, in words (the stored key is the item's data).
PAPER_WORDS = {"a4": "A4", "letter": N_("Letter")}
#: The settings chosen from a list of words whose stored key is the item's data.
CHOICE_KINDS = ("rule", "paper", "language")
#: How a read-only field looks (greyed, flat): plainly not a place to type.
READ_ONLY_STYLE = (
    'QLineEdit[readOnly="true"] { background: palette(window); color: palette(dark); '
    "border: 1px dotted palette(mid); }"
)


class SettingField:
    """A setting's widget: ``text()`` the value as ``site set`` takes it, ``set_text`` shows one.

    ``ctx``: the session, whose site's decimal mark the number fields show and read."""

    def __init__(self, setting: Setting, ctx: Context | None = None) -> None:
        self.setting = setting
        self.ctx = ctx
        self.widget: QWidget = self._make()
        self.widget.setObjectName(f"setting_{setting.key}")
        # (the CLI's command, as typed: not translated)
        tip = f"{marked(setting.tip) if setting.tip else ''} (sortapp site set {setting.key})"
        tip = tip.lstrip()
        self.widget.setToolTip(tip)

    def _make(self) -> QWidget:
        kind = self.setting.kind
        if kind == "yes-no":
            return QCheckBox()
        if kind == "rule":
            combo = SteadyComboBox()
            for rule in VALUATION_RULES:
                combo.addItem(marked(RULE_WORDS.get(rule, rule)), rule)
            return combo
        if kind == "paper":
            combo = SteadyComboBox()
            for paper, words in PAPER_WORDS.items():
                combo.addItem(marked(words), paper)
            return combo
        if kind == "language":  # each by its own name: a reader finds theirs whatever the screen
            combo = SteadyComboBox()
            for code, name in LANGUAGES.items():
                combo.addItem(name, code)
            return combo
        if kind == "zone":
            return zone_picker()
        if kind in ("carats", "percent"):
            # As the service reads it: zero allowed, its decimals (services.settings).
            read = Kind.CARATS if kind == "carats" else Kind.PERCENT
            field = Field(self.setting.key, self.setting.key, read, allow_zero=True)
            return number_field(self.setting.key, field=field, ctx=self.ctx)
        if kind == "count":  # refused in its own words (days, backups), not as stones
            field = Field(
                self.setting.key,
                marked(self.setting.label),
                Kind.COUNT,
                required=False,
                allow_zero=True,
                unit=marked(self.setting.unit) if self.setting.unit else "",
            )
            return number_field(self.setting.key, field=field)
        return QLineEdit()

    def text(self) -> str:
        w = self.widget
        if isinstance(w, QCheckBox):
            return "yes" if w.isChecked() else "no"
        if isinstance(w, QComboBox) and self.setting.kind in CHOICE_KINDS:
            return str(w.currentData())
        if isinstance(w, QComboBox):
            return w.currentText().strip()
        if isinstance(w, NumberField):
            return service_text(w)
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_text(self, value: str) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(value == "yes")
        elif isinstance(w, QComboBox) and self.setting.kind in CHOICE_KINDS:
            w.setCurrentIndex(max(w.findData(value), 0))
        elif isinstance(w, QComboBox):
            w.setCurrentText(value)
        else:
            assert isinstance(w, QLineEdit)
            if isinstance(w, NumberField):  # the service's '.' figure, in the site's mark
                with contextlib.suppress(UserError):
                    read = w.field.read(value)
                    value = value if read is None else w.shown(read)
            w.setText(value)
            w.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only for those who may not change it, and looking it."""
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setReadOnly(read_only)
            w.setFocusPolicy(Qt.FocusPolicy.ClickFocus if read_only else Qt.FocusPolicy.StrongFocus)
            w.style().unpolish(w)  # the style sheet reads readOnly when polished
            w.style().polish(w)
        else:  # a checkbox or list has no read-only state: disabled, it is greyed
            w.setEnabled(not read_only)

    def read_only(self) -> bool:
        w = self.widget
        return w.isReadOnly() if isinstance(w, QLineEdit) else not w.isEnabled()


def service_text(field: NumberField) -> str:
    """The figure of ``field`` as services.settings reads it ('.' decimals), through
    core.units; the text as typed if it cannot be read (the form refuses it, beside it)."""
    try:
        value = field.value()
    except UserError:
        return field.text()
    if value is None:
        return ""
    if field.field.kind is Kind.CARATS:
        return format_mct(value)
    if field.field.kind is Kind.PERCENT:
        return format_percent(value)
    return str(value)


def zone_picker() -> QComboBox:
    """The IANA time zones, typed into with completion on any part ('gabo' finds
    Africa/Gaborone)."""
    combo = SteadyComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(sorted(zoneinfo.available_timezones()))
    # Sized to a zone's name, not measured over every zone in the list.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    return found_anywhere(combo)
