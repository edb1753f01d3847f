"""Receiving: a keyboard/scanner form for arriving lots, and the lot list with filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sortapp.core import forms
from sortapp.core.canonical import local_text
from sortapp.core.changes import Changes
from sortapp.core.entities import Lot
from sortapp.core.errors import UserError
from sortapp.core.i18n import N_
from sortapp.core.roles import Role
from sortapp.core.units import format_mct, percent_of
from sortapp.services import browse, lots, site
from sortapp.services.settings import Settings
from sortapp.services.validation import received_time
from sortapp.storage.dbapi import Database
from sortapp.ui import said, siteday
from sortapp.ui.balance import SOURCE_KEY, BalancePanel, source_of, source_text
from sortapp.ui.choice import typed_choice
from sortapp.ui.context import Context
from sortapp.ui.dialogs import Check, FormDialog, TextDialog, date_edit
from sortapp.ui.errors import error_text, sentence
from sortapp.ui.history import add_history_action
from sortapp.ui.i18n import tr
from sortapp.ui.imports import import_csv, import_transfer
from sortapp.ui.layouts import FlowLayout, hint_width, labelled
from sortapp.ui.models import Column, LazyTableModel, ct, page_args
from sortapp.ui.pages import LOT_STATUSES, Page, shown
from sortapp.ui.printing import print_document
from sortapp.ui.submit import Submit
from sortapp.ui.widgets import (
    NumberField,
    SiteNumbers,
    Table,
    back_to_refused,
    check_numbers,
    enable,
    move_on,
    number_field,
    readable,
    writes,
)

STATUSES = ["", "awaiting_weight", "received", "sorting", "sorted"]


class ReceivingPage(Page):
    title = N_("Receiving")
    #: A lot number to open on the sorting page.
    sort_requested = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_form())
        layout.addLayout(self._build_filters())
        tz = ctx.settings().timezone
        self.model: LazyTableModel[browse.LotRow] = LazyTableModel(
            [
                Column("number", tr("Lot"), sort_key="number"),
                Column(
                    "status",
                    tr("Status"),
                    sort_key="status",
                    fmt=lambda v: shown(LOT_STATUSES, v),
                    words=tuple(LOT_STATUSES.values()),
                ),
                Column("origin", tr("Origin"), sort_key="origin"),
                Column(
                    "received_at",
                    tr("Received ({tz})").format(tz=tz),
                    sort_key="received_at",
                    fmt=lambda v: local_text(v, tz) if v else "",
                    moment=True,
                ),
                Column(
                    "weighed_mct", tr("Weighed ct"), numeric=True, fmt=ct, sort_key="weighed_mct"
                ),
                Column(
                    "declared_mct",
                    tr("Declared ct"),
                    numeric=True,
                    fmt=ct,
                    sort_key="declared_mct",
                ),
                Column("stones", tr("Stones"), numeric=True, sort_key="stones"),
                Column("source", tr("Mine / supplier")),
            ],
            lambda *page: self._lot_ids(*page)(ctx.db),
            lambda ids: browse.lot_rows(ctx.db, ids),
            order="received_at",
        )
        # The server lost: the rows held stay; a damaged file's part unreadable: said once.
        self.model.failed, self.model.unreadable = ctx.read_failed, ctx.unreadable
        self.model.ahead = lambda *page: ctx.read_ahead(self._lot_ids(*page))
        self.model.tint = lambda row: "#b00020" if row.weight_flag else None
        self.table = Table("lot_table")
        self.table.setModel(self.model)
        self.table.fit_columns([130, 160, 60, 190, 100, 100, 70])
        # Where the columns do not fit (a language's longer headings), the time received (its
        # heading names the time zone) and the origin (its codes are short) give way to the
        # weights and stones, their texts whole (the headings in their tool tips).
        self.table.give_way((3, 0), (2, 0))
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._sort_selected)
        self.history_action = add_history_action(self.table, ctx, "lot", self.selected_lot)
        layout.addWidget(self.table, 1)
        buttons = FlowLayout()  # wraps on a narrow screen
        self.weigh_button = QPushButton(tr("Weigh lot..."))
        self.weigh_button.clicked.connect(self._weigh)
        self.reweigh_button = QPushButton(tr("Weigh again..."))
        self.reweigh_button.setToolTip(
            tr("Correct the weight of a lot weighed wrongly, before sorting starts (supervisor)")
        )
        self.reweigh_button.clicked.connect(self._reweigh)
        self.ack_button = QPushButton(tr("Acknowledge weight difference..."))
        self.ack_button.clicked.connect(self._acknowledge)
        self.sort_button = QPushButton(tr("Sort this lot"))
        self.sort_button.clicked.connect(self._sort_selected)
        self.count_label = QLabel()
        # As many lots as the list holds, whatever changed it: a search or filter (it had kept
        # "5 lots" over the one lot a search found), more read as it scrolls, a lot received.
        self.model.held.connect(self._count)
        self.receipt_button = QPushButton(tr("Print receipt..."))
        self.receipt_button.clicked.connect(self.print_current)
        self.label_button = QPushButton(tr("Print label..."))
        self.label_button.clicked.connect(lambda: self._print("label"))
        self.import_csv_button = QPushButton(tr("Import lots (CSV)..."))
        self.import_csv_button.clicked.connect(
            lambda: import_csv(self, self.ctx, "lots", tr("Import lots"))
        )
        self.transfer_button = QPushButton(tr("Import transfer file..."))
        self.transfer_button.clicked.connect(lambda: import_transfer(self, self.ctx))
        for w in (
            self.weigh_button,
            self.reweigh_button,
            self.ack_button,
            self.sort_button,
            self.receipt_button,
            self.label_button,
            self.import_csv_button,
            self.transfer_button,
        ):
            buttons.addWidget(w)
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.request_refresh()
        self.apply_role()
        writes(
            ctx.read_only_why,
            *self._order,
            self.receive_button,
            self.weigh_button,
            self.reweigh_button,
            self.ack_button,
            self.import_csv_button,
            self.transfer_button,
        )

    # -- the form ------------------------------------------------------------------------------

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(
            tr("Receive a lot (scan or type; Enter moves on, Enter on the last field receives)")
        )
        column = QVBoxLayout(box)
        grid = FlowLayout(uniform=True)  # as many columns as the width takes
        column.addLayout(grid)
        self.f_number = QLineEdit()
        self.f_number.setObjectName("lot_number")
        self.f_number.setPlaceholderText(tr("scan the lot label"))
        receipt = partial(forms.field_of, forms.Receipt)
        self.f_weighed = number_field("weighed_carats", field=receipt("carats"), ctx=self.ctx)
        self.f_stones = number_field(
            "stones", "count", tr("optional"), field=receipt("stones"), ctx=self.ctx
        )
        self.f_declared = number_field(
            "declared_carats",
            placeholder=tr("from the papers"),
            field=receipt("declared_carats"),
            ctx=self.ctx,
        )
        self.f_origin = QComboBox()
        self.f_origin.setObjectName("origin")
        typed_choice(self.f_origin)
        self.f_mine = QLineEdit()
        self.f_mine.setObjectName("mine")
        self.f_supplier = QLineEdit()
        self.f_supplier.setObjectName("supplier")
        self.f_seals = QLineEdit()
        self.f_seals.setObjectName("seals")
        self.f_seals.setPlaceholderText(tr("comma-separated"))
        # Where the lot was shipped from: another country's goods cross a border under a KP
        # certificate; goods of foreign origin bought in the country do not (the form took
        # a lot's origin for its provenance, and a foreign lot without its certificate was
        # left out of the KP statistics: a supervisor's day, 2026-12-07).
        self.f_from = QComboBox()
        self.f_from.setObjectName("shipped_from")
        typed_choice(self.f_from)
        self.f_kp = QLineEdit()
        self.f_kp.setObjectName("kp_cert")
        self.f_kp.setPlaceholderText(tr("imports only"))
        self.f_value = number_field(
            "declared_value", "usd", tr("imports only"), field=receipt("value"), ctx=self.ctx
        )
        # When the lot arrived, for one received earlier than it is typed in (a night's
        # delivery keyed in the morning: the KP statistics count an import on the day it
        # arrived); blank: now. Enter does not stop in it; Tab or a click does.
        self.f_received = QLineEdit()
        self.f_received.setObjectName("received_at")
        self.f_received.setPlaceholderText(tr("now"))
        self.f_received.setToolTip(
            tr("When the lot arrived, in the site's time: YYYY-MM-DD HH:MM (blank: now)")
        )
        self.receive_button = QPushButton(tr("Receive"))
        self.receive_button.setObjectName("receive")
        self.receive_button.clicked.connect(self.receive)
        fields: list[tuple[str, QLineEdit | QComboBox]] = [
            (tr("Lot number"), self.f_number),
            (tr("Weighed ct"), self.f_weighed),
            (tr("Stones"), self.f_stones),
            (tr("Declared ct"), self.f_declared),
            (tr("Origin"), self.f_origin),
            (tr("Mine"), self.f_mine),
            (tr("Supplier"), self.f_supplier),
            (tr("Seals"), self.f_seals),
            (tr("Shipped from"), self.f_from),
            (tr("Incoming KP cert"), self.f_kp),
            (tr("Value USD"), self.f_value),
            (tr("Received"), self.f_received),
        ]
        for pair in labelled(fields):
            grid.addWidget(pair)
        self.weigh_panel = BalancePanel(self.ctx, self.f_weighed, name="receive_balance")
        # The receive button at the end of the balance's line, under the fields (a cell of
        # its own among them took a line more with the field for when the lot arrived, and
        # the page scrolled on a laptop's screen at 150 %).
        last = QHBoxLayout()
        last.addWidget(self.weigh_panel, 1)
        last.addWidget(self.receive_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(last)
        self._order = [w for _l, w in fields]
        for i, widget in enumerate(self._order):
            edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            assert edit is not None  # the origin box is editable: it has a line edit
            edit.returnPressed.connect(partial(self._enter, i))
        self._build_pace(box, column)
        return box

    # -- the form at the floor's pace: Enter skips what a domestic lot does not need, a lot
    # number taken is refused as it is scanned, Escape clears the form.

    def _build_pace(self, box: QGroupBox, column: QVBoxLayout) -> None:
        self.number_note = QLabel()
        self.number_note.setObjectName("lot_number_note")
        self.number_note.setStyleSheet("color: #b00020;")
        self.number_note.setWordWrap(True)
        # As wide as the form leaves it, wrapped there: a refusal never widens the window.
        self.number_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.number_note.hide()  # shown only while it says something: no empty row
        column.addWidget(self.number_note)
        self._checked_number = ""
        #: The refused field (and its text) the last Esc went back to: Esc again empties.
        self._escaped: tuple[QLineEdit, str] | None = None
        #: The site's country: a lot of this origin is domestic.
        self._home = ""
        self.f_number.editingFinished.connect(self._number_left)
        self.f_number.textChanged.connect(self._number_changed)
        #: The origin the shipped-from country last followed ("": set by hand since).
        self._followed = ""
        self.f_origin.currentTextChanged.connect(self._origin_changed)
        self.f_from.currentTextChanged.connect(lambda _t: self._show_domestic())
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), box)
        clear.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear.activated.connect(self.clear_form)
        #: The import-only fields: a domestic lot needs none, and Enter skips them.
        self._imports_only = (self.f_kp, self.f_value)
        self._own_placeholders = {w: w.placeholderText() for w in self._imports_only}
        for w in self._imports_only:  # either hint read whole
            least = hint_width(w, w.placeholderText(), tr("not for a domestic lot"))
            w.setMinimumWidth(max(w.minimumWidth(), least))

    def _number_changed(self, _text: str) -> None:
        self._checked_number = ""
        self._note("")

    def _note(self, text: str) -> None:
        """Say ``text`` under the form (nothing: the line goes)."""
        self.number_note.setText(text)
        self.number_note.setVisible(bool(text))

    def _domestic(self) -> bool:
        """Whether the lot is domestic: shipped from within the site's own country, it crosses
        no border and needs no KP certificate or declared value."""
        return self._shipped_from().upper() == self._home

    def _origin_changed(self, origin: str) -> None:
        """The shipped-from country follows the origin until it is set by hand: a lot from
        abroad is asked for its certificate unless it is said to be bought in the country."""
        shipped = self.f_from.currentText().strip().upper()
        if shipped == self._followed or not shipped:
            self._follow_origin()
        # (Another origin's mine is not this lot's: "Jwaneng" stayed for a lot from South
        # Africa, a receiving clerk's day, 2026-12-07; the mine is typed after the origin.)
        self.f_mine.clear()
        self._show_domestic()

    def _refused_field(self, code: str) -> QLineEdit | None:
        """The field a refusal of the receipt is about, by its code (None: a figure's, or
        none here)."""
        return {
            "origin_missing": self.f_mine,
            "import_without_certificate": self.f_kp,
            "certificate_from_home": self.f_kp,
            "certificate_not_of_country": self.f_kp,
            "import_without_value": self.f_value,
            "import_not_participant": self.f_from.lineEdit(),
            "received_time": self.f_received,
        }.get(code)

    def _follow_origin(self) -> None:
        """Shipped from set to the origin, following it again."""
        origin = self.f_origin.currentText()
        self.f_from.setCurrentText(origin)
        self._followed = origin.strip().upper()

    def _shipped_from(self) -> str:
        """The country shipped from, given to the service as it is (the site's own too: a
        blank with a certificate typed would be read as the origin's, an import the clerk said
        did not happen, a review of 2026-12-07); left blank, the origin's (a box emptied by
        hand took a foreign lot for one bought in the country, no certificate asked: an attack
        round of the same day)."""
        return self.f_from.currentText().strip() or self.f_origin.currentText().strip()

    def _show_domestic(self) -> None:
        domestic = self._domestic()
        for w in self._imports_only:
            w.setPlaceholderText(
                tr("not for a domestic lot") if domestic else self._own_placeholders[w]
            )

    def _enter(self, index: int) -> None:
        """Enter on field ``index``: on to the next field the lot needs; on the last, receive.
        On the lot number, a number taken already keeps the cursor there."""
        if index == 0 and not self._number_free():
            return
        here = self._order[index]
        if isinstance(here, NumberField) and not readable(here):
            return  # (the refusal beside it; the figure selected to type over)
        domestic = self._domestic()
        # (Shipped from is asked of a lot of foreign origin; a home lot's is the site's.)
        home_origin = self.f_origin.currentText().strip().upper() == self._home
        for nxt in self._order[index + 1 :]:
            if (
                (domestic and nxt in self._imports_only)
                or (nxt is self.f_from and home_origin)
                or nxt is self.f_received
            ):
                continue
            move_on(nxt)
            return
        self.receive()

    def _number_left(self) -> None:
        """The lot number was left (Enter, Tab or a click): refused beside it if taken, the
        cursor kept in it while it is on this form."""
        if self.f_number.text().strip() and not self._number_free():
            QTimer.singleShot(0, self, self._back_to_number)  # (not after the page is gone)

    def _back_to_number(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self.f_number and self.isAncestorOf(focus):
            self.f_number.setFocus()
            self.f_number.selectAll()

    def _number_free(self) -> bool:
        """Whether the lot number typed is a valid one no lot has; else said beside it."""
        number = self.f_number.text().strip()
        if not number or self.ctx.locked:
            self._note("")
            return bool(number)
        if number == self._checked_number:
            return not self.number_note.text()
        self._checked_number = number
        try:
            lots.check_new_number(self.ctx.db, number)
        except UserError as exc:
            self._note(error_text(exc))
            self.f_number.selectAll()
            return False
        except Exception as exc:
            if self.ctx.lost(exc):
                return True  # (receiving says it)
            raise
        self._note("")
        return True

    def unrecorded(self) -> str:
        """The receiving form, when a field of a lot's own holds what was typed (the mine and
        the supplier, kept for the next lot after a receipt, are not: Quit asked of a form
        just received, a clerk's day, 2026-12-07)."""
        typed = any(edit.text().strip() for edit in self._lot_fields())
        return tr("the receiving form") if typed else ""

    def _lot_fields(self) -> tuple[QLineEdit, ...]:
        """The fields of a lot's own, emptied after its receipt."""
        return (
            self.f_number,
            self.f_weighed,
            self.f_stones,
            self.f_declared,
            self.f_seals,
            self.f_kp,
            self.f_value,
            self.f_received,
        )

    def _typed_fields(self) -> tuple[QLineEdit, ...]:
        """Every field typed in, emptied by Escape."""
        return (*self._lot_fields(), self.f_mine, self.f_supplier)

    def clear_form(self) -> None:
        """Escape: empty the form, nothing received, and say so; after a refusal (a figure
        refused beside its field, the lot number taken) the first only goes back to what was
        refused, its text selected to type over, as on the sorting floor (it emptied all ten
        fields: a supervisor's day, 2026-12-07)."""
        refused = next(
            (f for f in self._order if isinstance(f, NumberField) and f.refused),
            self.f_number if self.number_note.isVisible() else None,
        )
        seen = (refused, refused.text()) if refused is not None else None
        if refused is not None and refused.isEnabled() and seen != self._escaped:
            self._escaped = seen  # (the next Esc on the same refusal empties the form)
            refused.setFocus()
            refused.selectAll()
            self.ctx.say(tr("Correct the entry, then Enter."), self)
            return
        self._escaped = None
        for edit in self._typed_fields():
            edit.clear()
        self.f_origin.setCurrentText(self._home)
        self.f_from.setCurrentText(self._home)
        self._followed = self._home
        self.f_number.setFocus()
        self.ctx.say(tr("Receiving form cleared; nothing was received."), self)

    def _fill_origins(self) -> None:
        self._home = site.show_settings(self.ctx.db)["country"]
        current = self.f_origin.currentText() or self._home
        shipped = self.f_from.currentText() or current
        codes = [code for code, _name, _kp in site.countries(self.ctx.db)]
        for box, text in ((self.f_origin, current), (self.f_from, shipped)):
            box.blockSignals(True)  # (filled again and set back as they were)
            box.clear()
            box.addItems(codes)
            box.setCurrentText(text)
            box.blockSignals(False)
        self._followed = current.strip().upper() if shipped == current else ""
        self._show_domestic()

    def receive(self) -> None:
        number = self.f_number.text().strip()
        check_numbers(self.f_weighed, self.f_declared, self.f_stones, self.f_value)
        source = self.weigh_panel.source()

        def do() -> Changes:
            receipt = forms.parse(
                forms.Receipt,
                {
                    "carats": self.f_weighed.text(),
                    "declared_carats": self.f_declared.text(),
                    "stones": self.f_stones.text(),
                    "value": self.f_value.text(),
                },
                decimal_comma=self.f_weighed.decimal_comma,
            )
            return lots.receive_lot(
                self.ctx.db,
                self.ctx.actor,
                number=number,
                origins=[(self.f_origin.currentText(), self.f_mine.text())],
                supplier=self.f_supplier.text(),
                weighed_mct=receipt.carats,
                declared_mct=receipt.declared_carats,
                stones=receipt.stones,
                declared_value_cents=receipt.value,
                seals=[s.strip() for s in self.f_seals.text().split(",") if s.strip()],
                kp_cert=self.f_kp.text(),
                from_country=self._shipped_from(),
                received_at=received_time(self.f_received.text(), self.ctx.settings().timezone),
                source=source,
            )

        # (The short words name the action should the server be lost as it is recorded.)
        changes = self.ctx.act(self, do, tr("Received lot {lot}.").format(lot=number))
        if changes is not None:
            # (What was received, and then its warning: a weight beyond tolerance, said by the
            # action, was said over at once.)
            received = _received(
                lots.get_lot(self.ctx.db, number),
                self.f_weighed.decimal_comma,
                self.ctx.settings().timezone if self.f_received.text().strip() else "",
            )
            warning = sentence(changes.warning) if changes.warning else ""
            self.ctx.say(f"{received} {warning}." if warning else received, self)
            for edit in self._lot_fields():
                edit.clear()
            # Each lot's shipped-from country is its own: one set by hand for the lot before
            # (bought in the country) took the next lot from abroad for one bought here, no
            # certificate asked (a receiving clerk's day, 2026-12-07).
            self._follow_origin()
            self._show_domestic()
            self.f_number.setFocus()
        else:
            # The cursor where the refusal is about (it stayed in the last field, and the
            # next key typed went there: the same day).
            back_to_refused(
                (self.f_weighed, self.f_declared, self.f_stones, self.f_value),
                otherwise=self._refused_field(self.ctx.refused),
            )

    # -- the list ------------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("lot_search")
        self.search.setPlaceholderText(tr("Search lot, supplier, mine, certificate (Ctrl+Shift+F)"))
        self.search.setToolTip(self.search.placeholderText())  # (whole, where the row cuts it)
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        # Each status in the user's words, as the list says it (it showed "awaiting_weight");
        # the item's data is the status filtered on (all: None).
        self.status_filter.addItem(tr("all statuses"), None)
        for status in STATUSES[1:]:
            self.status_filter.addItem(shown(LOT_STATUSES, status), status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.origin_filter = QComboBox()
        self.origin_filter.setObjectName("origin_filter")
        self.origin_filter.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.dates = QCheckBox(tr("Received from"))
        self.date_from = date_edit(siteday.today().addMonths(-1))
        self.date_to = date_edit()
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda _d: self.model.refresh())
        self.dates.toggled.connect(lambda _c: self.model.refresh())
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter)
        row.addWidget(self.origin_filter)
        row.addWidget(self.dates)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.date_to)
        return row

    def _lot_ids(
        self, order: str, descending: bool, limit: int, offset: int, after: int | None
    ) -> Callable[[Database], list[int]]:
        """A page of the lots the filters show, to read (on any connection)."""
        status = self.status_filter.currentData()
        origin = self.origin_filter.currentText() if self.origin_filter.currentIndex() > 0 else ""
        day_from = day_to = None
        if self.dates.isChecked():
            day_from = self.date_from.date().toString("yyyy-MM-dd")
            day_to = (
                dt.date.fromisoformat(self.date_to.date().toString("yyyy-MM-dd"))
                + dt.timedelta(days=1)
            ).isoformat()
        return partial(
            browse.lot_ids,
            search=self.search.text().strip(),
            status=status if status in STATUSES[1:] else None,
            origin=origin if len(origin) == 2 else None,
            day_from=day_from,
            day_to=day_to,
            **page_args(order, descending, limit, offset, after),
        )

    def refresh(self) -> None:
        self._fill_origins()
        self._fill_origin_filter()
        self.model.refresh()
        self._count()

    def _fill_origin_filter(self) -> None:
        current = self.origin_filter.currentText()
        self.origin_filter.blockSignals(True)
        self.origin_filter.clear()
        self.origin_filter.addItems([tr("all origins"), *browse.lot_origin_codes(self.ctx.db)])
        self.origin_filter.setCurrentText(current)
        self.origin_filter.blockSignals(False)

    def _count(self) -> None:
        more = "+" if self.model.canFetchMore() else ""
        rows = self.model.rowCount()
        self.count_label.setText(
            tr("{count}{more} lots", "", rows).format(count=f"{rows:,}", more=more)
        )

    def on_changes(self, changes: Changes) -> None:
        if changes.site:
            self.request_refresh()
        elif changes.lots:
            # Only the lots named are read again; the list keeps its place and selection.
            if changes.created_id is not None:
                self._fill_origin_filter()
            self.model.update(changes.lots)
            self._count()

    def apply_role(self) -> None:
        supervisor = self.ctx.can(Role.SUPERVISOR)
        enable(self.ack_button, supervisor, tr("Supervisors acknowledge weight differences"))
        enable(self.reweigh_button, supervisor, tr("Supervisors weigh a lot again"))
        enable(self.transfer_button, supervisor, tr("Supervisors import transfer files"))

    def new_item(self) -> None:
        self.f_number.setFocus()
        self.f_number.selectAll()

    def entry_field(self) -> QWidget | None:
        return self.f_number  # (the lot label scanned first)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_item(self, key: str, detail: str = "") -> None:
        """Show lot ``key`` selected in the list: the filters cleared, searched for by its
        number (the scan box)."""
        for box in (self.status_filter, self.origin_filter, self.dates, self.search):
            box.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.origin_filter.setCurrentIndex(0)
        self.dates.setChecked(False)
        self.search.setText(key)
        for box in (self.status_filter, self.origin_filter, self.dates, self.search):
            box.blockSignals(False)
        self.model.refresh()
        self._count()
        for n in range(self.model.rowCount()):
            row = self.model.row(n)
            if row is not None and row.number.upper() == key.upper():
                self.table.selectRow(n)
                self.table.scrollTo(self.model.index(n, 0))
                self.table.setFocus()
                return

    def selected_lot(self) -> str | None:
        row = self.table.selected_row()
        item = self.model.row(row) if row is not None else None
        return item.number if item else None

    def _sort_selected(self) -> None:
        number = self.selected_lot()
        if number:
            self.sort_requested.emit(number)

    def _print(self, kind: str) -> None:
        number = self.selected_lot()
        if not number:
            self.ctx.said.emit(tr("Select a lot to print for first."))
            return
        print_document(self, self.ctx, kind, [number])

    def print_current(self) -> None:
        self._print("receipt")

    def _weigh(self) -> None:
        number = self.selected_lot()
        if not number:
            self.ctx.said.emit(tr("Select a lot awaiting weight first."))
            return
        if self.ctx.act(self, lambda: lots.check_weighing(self.ctx.db, number, "weigh")) is None:
            return  # (said: before a weight is typed for nothing)

        def do(answer: dict[str, str]) -> Changes:
            form = forms.parse(forms.Weighing, answer, decimal_comma=self._decimal_comma())
            return lots.weigh_lot(
                self.ctx.db,
                self.ctx.actor,
                number,
                form.carats,
                form.stones,
                source=source_of(answer),
            )

        # On OK: a refusal (another stone count) keeps the dialog open with the weight typed.
        submit: Submit[dict[str, str]] = Submit(
            self.ctx, self, do, tr("Weighed lot {lot}.").format(lot=number)
        )
        submit.after(WeighDialog.ask(self, number, submit=submit))

    def _reweigh(self) -> None:
        number = self.selected_lot()
        if not number:
            self.ctx.said.emit(tr("Select a weighed lot not yet sorted first."))
            return
        if self.ctx.act(self, lambda: lots.check_weighing(self.ctx.db, number, "reweigh")) is None:
            return

        def do(answer: dict[str, str]) -> Changes:
            form = forms.parse(forms.Weighing, answer, decimal_comma=self._decimal_comma())
            return lots.reweigh_lot(
                self.ctx.db,
                self.ctx.actor,
                number,
                form.carats,
                form.stones,
                reason=answer.get("reason", ""),
                source=source_of(answer),
            )

        submit: Submit[dict[str, str]] = Submit(
            self.ctx, self, do, tr("Lot {lot} weighed again.").format(lot=number)
        )
        submit.after(WeighDialog.ask(self, number, again=True, submit=submit))

    def _decimal_comma(self) -> bool:
        """The decimal mark the number fields of this session read (the Weigh dialog's too)."""
        return SiteNumbers.of(self.ctx).decimal_comma

    def _acknowledge(self) -> None:
        number = self.selected_lot()
        if not number:
            self.ctx.said.emit(tr("Select a flagged lot first."))
            return
        lot = self.ctx.act(self, lambda: lots.check_weighing(self.ctx.db, number, "acknowledge"))
        if lot is None:
            return
        submit: Submit[str] = Submit(
            self.ctx,
            self,
            lambda reason: lots.acknowledge_weight(
                self.ctx.db,
                self.ctx.actor,
                number,
                reason,
                shown_mct=lot.weighed_mct,  # (the figures the note shows are those accepted)
            ),
            tr("Weight difference of lot {lot} acknowledged.").format(lot=number),
        )
        note = acknowledge_note(lot, self.ctx.settings(), comma=self._decimal_comma())
        submit.after(
            TextDialog.ask(
                self,
                tr("Acknowledge lot {lot}").format(lot=number),
                tr("Reason"),
                submit=submit,
                note=note,
            )
        )


class _WeighForm(FormDialog):
    """The Weigh dialog's form: OK with a figure it cannot read leaves it open, the reason
    beside the field (before the action runs: ``check``)."""

    def number(self, key: str, label: str, edit: NumberField) -> None:
        """Add the number field ``edit``: a refusal naming ``key`` is said beside it."""
        self._add(key, label, edit)

    def _on_ok(self) -> None:
        if check_numbers(*self._numbers()):
            super()._on_ok()

    def accept(self) -> None:
        if check_numbers(*self._numbers()):
            super().accept()

    def _numbers(self) -> list[NumberField]:
        return [w for w in self.fields.values() if isinstance(w, NumberField)]

    #: The balance beside the carats (a session's dialog only).
    balance_panel: BalancePanel | None = None

    def weigh_on_balance(self, ctx: Context) -> None:
        """The balance above OK, capturing into the carats (F9 in the dialog too)."""
        carats = self.fields["carats"]
        assert isinstance(carats, NumberField)
        self.balance_panel = BalancePanel(
            ctx, carats, shortcut=True, name="weigh_balance", stacked=True
        )
        self.balance_panel.weighed.connect(partial(move_on, self.fields["stones"]))
        self.form.addRow(self.balance_panel)

    def values(self) -> dict[str, str]:
        """The texts, and where the carats came from (``balance.SOURCE_KEY``)."""
        out = super().values()
        if self.balance_panel is not None:
            out[SOURCE_KEY] = source_text(self.balance_panel.source())
        return out


def _received(lot: Lot, comma: bool = False, timezone: str = "") -> str:
    """What receiving ``lot`` did, in words (figures in the site's decimal mark); with
    ``timezone``, when it arrived too, in that zone (a lot received earlier than typed)."""
    if lot.weighed_mct is not None:
        weight = tr("{goods} weighed in").format(
            goods=said.goods(lot.weighed_mct, lot.weighed_stones, comma=comma)
        )
    else:
        weight = tr("{goods} declared, awaiting weighing").format(
            goods=said.goods(lot.declared_mct or 0, comma=comma)
        )
    source = ", ".join(lot.mines) or lot.supplier
    said_text = tr("Received lot {lot}: {weight}, origin {origin} ({source}).").format(
        lot=lot.number, weight=weight, origin=lot.origin, source=source
    )
    if not timezone:
        return said_text
    arrived = tr("It arrived {when} (site time).").format(
        when=local_text(lot.received_at, timezone)
    )
    return f"{said_text} {arrived}"


class WeighDialog:
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        number: str,
        *,
        again: bool = False,
        submit: Check | None = None,
    ) -> dict[str, str] | None:
        return cls.build(parent, number, again=again, submit=submit).run()

    @classmethod
    def build(
        cls,
        parent: QWidget | None,
        number: str,
        *,
        again: bool = False,
        submit: Check | None = None,
    ) -> FormDialog:
        """The dialog; its number fields read the site's decimal mark from the page's session.
        ``submit`` weighs on OK: a refusal keeps the dialog open, said beside its field."""
        ctx = parent.ctx if isinstance(parent, Page) else None
        papers = weigh_note(ctx, number)
        dialog = _WeighForm(
            parent,
            (tr("Weigh lot {lot} again") if again else tr("Weigh lot {lot}")).format(lot=number),
            papers
            + (
                tr(
                    "\nIts receipt is reversed in the ledger and a new one posted; the first "
                    "weight stays on record."
                )
                if again
                else ""
            ),
            check=submit,
        )
        for key, label in (("carats", tr("Weighed ct")), ("stones", tr("Stones (optional)"))):
            edit = number_field(key, field=forms.field_of(forms.Weighing, key), ctx=ctx)
            dialog.number(key, label, edit)
        if ctx is not None:
            dialog.weigh_on_balance(ctx)
        if again:
            dialog.line("reason", tr("Reason"), required=True)
        return dialog


def weigh_note(ctx: Context | None, number: str) -> str:
    """What the papers say of lot ``number`` (and a weight already taken), for the Weigh
    dialog; '' without a session or such a lot."""
    if ctx is None:
        return ""
    try:
        lot = lots.get_lot(ctx.db, number)
    except UserError:
        return ""
    comma = SiteNumbers.of(ctx).decimal_comma
    source = ", ".join(lot.mines) or lot.supplier
    papers = tr("Lot {lot}, origin {origin} ({source}). On the papers: {declared}{stones}.").format(
        lot=lot.number,
        origin=lot.origin,
        source=source,
        declared=(
            said.goods(lot.declared_mct, lot.declared_stones, comma=comma)
            if lot.declared_mct is not None
            else tr("no carats declared")
        ),
        stones="" if lot.declared_stones else tr(", stones not declared"),
    )
    if lot.weighed_mct is not None:
        before = said.goods(lot.weighed_mct, lot.weighed_stones, comma=comma)
        papers += tr(" Weighed before: {goods}.").format(goods=before)
    elif lot.weighed_stones is not None:  # (counted at receipt: a weighing keeps that count)
        papers += tr(
            " {count} stones counted at receipt: leave Stones blank to keep that count."
        ).format(count=lot.weighed_stones)
    return papers


def acknowledge_note(lot: Lot, site_settings: Settings, *, comma: bool = False) -> str:
    """The figures a supervisor accepts: declared against weighed, the difference and the
    tolerance it is beyond."""

    def carats(mct: int) -> str:
        return tr("{ct} ct").format(ct=format_mct(mct, decimal_comma=comma))

    declared, weighed = lot.declared_mct or 0, lot.weighed_mct or 0
    difference = weighed - declared
    return tr(
        "Lot {lot}: declared {declared}, weighed {weighed}: a difference of {difference} "
        "({percent} %), beyond the tolerance of {tolerance}.\n"
        "You accept these figures as they are; say why."
    ).format(
        lot=lot.number,
        declared=carats(declared),
        weighed=carats(weighed),
        difference=f"{'+' if difference > 0 else ''}{carats(difference)}",
        percent=percent_of(difference, declared),
        tolerance=carats(site_settings.weigh_tolerance(declared)),
    )
