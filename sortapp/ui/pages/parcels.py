"""Parcels: create, fill from stock (seeing what is left), keep totals in view, seal, ship, void."""

from __future__ import annotations

import functools
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sortapp.core import forms
from sortapp.core.changes import Changes
from sortapp.core.entities import VALUER_WORDS, VALUERS, Parcel, ParcelLine
from sortapp.core.i18n import N_
from sortapp.core.roles import Role
from sortapp.core.waybill import awb_warning
from sortapp.services import assortment, parcels, parties, reports, site
from sortapp.ui import mnemonics, said
from sortapp.ui.context import Context
from sortapp.ui.dialogs import (
    NewParcelDialog,
    RemovePackingDialog,
    SealDialog,
    ShipDialog,
    SummaryDialog,
    TextDialog,
    ValuationDialog,
    WarningDialog,
)
from sortapp.ui.history import add_history_action
from sortapp.ui.i18n import carats_text, date_text, say, tr, usd_text
from sortapp.ui.imports import export_transfer
from sortapp.ui.layouts import FlowLayout, WrappingPanel, labelled
from sortapp.ui.models import Column, ListTableModel, ct, usd
from sortapp.ui.pages import PARCEL_STATUSES, Page, shown
from sortapp.ui.parties import ImportersDialog
from sortapp.ui.printing import print_document
from sortapp.ui.submit import Submit
from sortapp.ui.widgets import (
    CategoryPicker,
    RefusalHold,
    Table,
    check_numbers,
    disabled_why,
    enable,
    move_on,
    number_field,
    writes,
)

#: Where a parcel line's price comes from (``ParcelLine.price_source``), as its table says it.
PRICE_SOURCES = {
    "price book": N_("price book"),
    "override": N_("override"),
    "no price": N_("no price"),
}


class ParcelsPage(Page):
    title = N_("Parcels")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.current: str | None = None
        #: The id of the parcel shown (its changes are shown at once).
        self.current_id: int | None = None
        layout = QHBoxLayout(self)
        split = QSplitter()
        layout.addWidget(split)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = FlowLayout()  # the buttons go under the filter on a narrow list
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("parcel_status")
        # Words in the user's language; each item's data is the status filtered on (all: None).
        self.status_filter.addItem(tr("all"), None)
        for status in PARCEL_STATUSES:
            self.status_filter.addItem(shown(PARCEL_STATUSES, status), status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(tr("New parcel..."))
        self.new_button.setObjectName("new_parcel")
        self.new_button.clicked.connect(self.new_item)
        self.importers_button = QPushButton(tr("Importers..."))
        self.importers_button.setObjectName("importers")
        self.importers_button.setToolTip(
            tr(
                "The register of importers: the address and identifiers the invoice and KP sheet "
                "print (supervisors and admins add and change them)"
            )
        )
        self.importers_button.clicked.connect(self.importers)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.new_button)
        filters.addWidget(self.importers_button)
        left_layout.addLayout(filters)
        self.list_model: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("number", tr("Parcel")),
                Column(
                    "status",
                    tr("Status"),
                    fmt=lambda v: shown(PARCEL_STATUSES, v),
                    words=tuple(PARCEL_STATUSES.values()),
                ),
                Column("destination", tr("To")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("value_cents", tr("Value USD"), numeric=True, fmt=usd),
            ]
        )
        self.list_table = Table("parcel_list")
        self.list_table.setModel(self.list_model)
        self.list_table.fit_columns([100, 70, 40, 90, 110])
        self.list_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list_table.selectionModel().selectionChanged.connect(lambda *_: self._select())
        self.history_action = add_history_action(
            self.list_table, ctx, "parcel", lambda: self.current
        )
        left_layout.addWidget(self.list_table)
        left.setMinimumWidth(200)  # the list scrolls; the parcel gets the room
        split.addWidget(left)

        right = WrappingPanel()  # never squeezes the add form over the buttons
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(tr("Select or create a parcel."))
        self.header.setObjectName("parcel_header")
        self.header.setWordWrap(True)
        right_layout.addWidget(self.header)
        self.lines: ListTableModel[ParcelLine] = ListTableModel(
            [
                Column("category", tr("Category")),
                Column("hs_code", tr("HS code")),
                Column("lot", tr("Lot")),
                Column("origin", tr("Origin")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones_text", tr("Stones"), numeric=True, fmt=say),
                Column("cents_per_ct", tr("USD/ct"), numeric=True, fmt=usd),
                Column("value_cents", tr("Value USD"), numeric=True, fmt=usd),
                Column(
                    "price_source",
                    tr("Price"),
                    fmt=functools.partial(shown, PRICE_SOURCES),
                    words=tuple(PRICE_SOURCES.values()),
                ),
            ],
            get=getattr,
        )
        self.lines_table = Table("parcel_lines")
        self.lines_table.setModel(self.lines)
        self.lines_table.fit_columns([105, 70, 90, 55, 75, 90, 65, 95])  # (in view at 1024 px)
        # Where a language's headings are longer, columns give up the room their texts do not
        # need, then the lot's (its numbers cut already), the HS code's, the origin's, the
        # stones', the category's and the value's heading (the last four to what their cells
        # say: a category's code is never cut): the figures stay in view, whole (the headings
        # in their tool tips).
        self.lines_table.give_way((2, 60), (1, 65), (3, 45), (5, 0), (0, 0), (7, 0))
        right_layout.addWidget(self.lines_table, 1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)  # a long line must not widen the window
        self.totals.setObjectName("parcel_totals")
        self.totals.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(self.totals)
        right_layout.addWidget(self._build_add())
        buttons = FlowLayout()  # wraps on a narrow screen
        self.seal_button = QPushButton(tr("Seal..."))
        self.seal_button.setObjectName("seal")
        self.seal_button.clicked.connect(self.seal)
        self.ship_button = QPushButton(tr("Ship..."))
        self.ship_button.setObjectName("ship")
        self.ship_button.clicked.connect(self.ship)
        self.value_button = QPushButton(tr("Value..."))
        self.value_button.setObjectName("value_parcel")
        self.value_button.setToolTip(tr("Record a valuation and who gave it (supervisor)"))
        self.value_button.clicked.connect(self.value)
        self.void_button = QPushButton(tr("Void..."))
        self.void_button.setObjectName("void")
        self.void_button.clicked.connect(self.void)
        self.remove_button = QPushButton(tr("Remove packing..."))
        self.remove_button.setObjectName("remove_packing")
        self.remove_button.setToolTip(tr("Return one packing's goods to stock (supervisor)"))
        self.remove_button.clicked.connect(self.remove_packing)
        self.print_button = QPushButton(tr("Print..."))
        self.print_button.setObjectName("print_parcel")
        menu = QMenu(self.print_button)
        for kind, text in (
            ("manifest", tr("Parcel manifest")),
            ("kp-sheet", tr("KP certificate data sheet")),
            ("invoice", tr("Commercial invoice")),
            ("valuation", tr("Valuation sheet")),
            ("label", tr("Parcel label")),
        ):
            menu.addAction(text, functools.partial(self.print_kind, kind))
        mnemonics.give_letters(menu)
        self.print_button.setMenu(menu)
        self.transfer_button = QPushButton(tr("Export transfer file..."))
        self.transfer_button.clicked.connect(
            lambda: export_transfer(self, self.ctx, self.current or "")
        )
        for b in (
            self.remove_button,
            self.value_button,
            self.seal_button,
            self.ship_button,
            self.void_button,
            self.print_button,
            self.transfer_button,
        ):
            buttons.addWidget(b)
        right_layout.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([290, 1070])  # in proportion on a smaller screen
        self.request_refresh()
        writes(
            ctx.read_only_why,
            self.new_button,
            self.add_box,
            self.remove_button,
            self.value_button,
            self.seal_button,
            self.ship_button,
            self.void_button,
            self.transfer_button,
        )

    def _build_add(self) -> QGroupBox:
        self.add_box = QGroupBox(tr("Add from stock (whole balances of a lot need no stones)"))
        box_layout = QVBoxLayout(self.add_box)
        grid = FlowLayout(uniform=True)  # as many columns as the width takes
        box_layout.addLayout(grid)
        self.f_category = CategoryPicker("pack_category")
        self.f_category.textChanged.connect(lambda _t: self._show_available())
        self.f_lot = QLineEdit()
        self.f_lot.setObjectName("pack_lot")
        self.f_lot.setPlaceholderText(tr("optional: oldest first"))
        goods = forms.Goods.FIELDS
        self.f_carats = number_field("pack_carats", field=goods[0], ctx=self.ctx)
        self.f_stones = number_field(
            "pack_stones", "count", tr("if counted"), field=goods[1], ctx=self.ctx
        )
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setObjectName("pack_add")
        self.add_button.clicked.connect(self.add_goods)
        self.f_category.returnPressed.connect(
            lambda: self.hold.category_entered(self.f_category, self.f_lot)
        )
        on = functools.partial
        self.f_lot.returnPressed.connect(on(move_on, self.f_carats))  # blank: oldest first
        self.f_carats.returnPressed.connect(
            lambda: self.hold.figure_entered(self.f_carats, self.f_stones)
        )
        self.f_stones.returnPressed.connect(self.add_goods)
        for pair in labelled(
            (
                (tr("Category"), self.f_category),
                (tr("Lot"), self.f_lot),
                (tr("Carats"), self.f_carats),
                (tr("Stones"), self.f_stones),
            )
        ):
            grid.addWidget(pair)
        grid.addWidget(self.add_button)
        self.available = QLabel()
        self.available.setObjectName("available")
        self.available.setWordWrap(True)
        box_layout.addWidget(self.available)
        #: After a refusal the form takes no keys until Esc, as the sorting form (the next
        #: goods typed ahead would run into the refused ones' fields): said first.
        self.hold: RefusalHold = RefusalHold(
            (self.f_category, self.f_lot, self.f_carats, self.f_stones, self.add_button), QLabel()
        )
        box_layout.addWidget(self.hold.label)
        box_layout.addWidget(self.f_category.message)
        return self.add_box

    # -- selection and display -----------------------------------------------------------------

    def refresh(self) -> None:
        self.f_category.set_categories(assortment.list_categories(self.ctx.db))
        self._fill_list()
        self._stock = {r.category: r for r in reports.stock(self.ctx.db, self.ctx.actor)}
        self.show_parcel()

    def _fill_list(self) -> None:
        status = self.status_filter.currentData()
        rows = parcels.list_parcels(self.ctx.db, self.ctx.actor, status=status)
        self.list_model.set_rows(rows)
        if self.current:
            for i, row in enumerate(rows):
                if row["number"] == self.current:
                    self.list_table.selectRow(i)

    def _select(self) -> None:
        row = self.list_table.selected_row()
        item = self.list_model.row(row) if row is not None else None
        if item is not None and item["number"] != self.current:
            # (Another parcel chosen: what the form held was for the last; the cursor stays in
            # the list.)
            self.hold.release(refocus=False)
            self.current = item["number"]
            self.show_parcel()

    def open_parcel(self, number: str) -> None:
        self.current = number
        self.refresh()

    def kept(self) -> str:
        return self.current or ""

    def take_up(self, kept: str) -> None:
        self.open_parcel(kept)

    def show_item(self, key: str, detail: str = "") -> None:
        """Show parcel ``key`` selected in the list, whatever its status (the scan box)."""
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.open_parcel(key)
        self.list_table.setFocus()

    def show_parcel(self) -> None:
        parcel: Parcel | None = None
        number = self.current
        if number:
            parcel = self.ctx.act(self, lambda: parcels.get_parcel(self.ctx.db, number))
        self.current_id = parcel.id if parcel is not None else None
        if parcel is None:
            self.header.setText(tr("Select or create a parcel."))
            self.lines.set_rows([])
            self.totals.setText("")
            self._enable(None)
            return
        cert = (
            tr("KP certificate {cert}, issued {issued}, expires {expires}; seals {seals}").format(
                cert=parcel.kp_cert,
                issued=date_text(parcel.issued or ""),
                expires=date_text(parcel.expires or ""),
                seals=", ".join(parcel.seals),
            )
            if parcel.kp_cert
            else tr("Not sealed")
        )
        voided = (
            tr(" Voided: {reason}").format(reason=parcel.void_reason) if parcel.void_reason else ""
        )
        self.header.setText(
            tr(
                "<b>Parcel {parcel}</b> ({status}) from {exporter} to {importer}, {destination}. "
                "Origin: {origin}. {cert}.{voided}{shipped}"
            ).format(
                parcel=parcel.number,
                status=shown(PARCEL_STATUSES, parcel.status),
                exporter=parcel.exporter,
                importer=parcel.importer,
                destination=parcel.destination,
                origin=origin_text(parcel),
                cert=cert,
                voided=voided,
                shipped=self._shipped(parcel),
            )
        )
        self.lines.set_rows(list(parcel.lines))
        # A line only some of whose stones were counted says so in words ("60, not all
        # counted"): its column as wide as they need, never narrower than it is. (Only such
        # lines are measured: a counted line's digits fit the column as it is.)
        stones = next(i for i, c in enumerate(self.lines.columns) if c.key == "stones_text")
        need = max(
            (
                self.lines_table.cell_width(say(line.stones_text))
                for line in parcel.lines
                if not line.stones_counted
            ),
            default=0,
        )
        if self.lines_table.columnWidth(stones) < need:
            self.lines_table.setColumnWidth(stones, need)
        valuations = ", ".join(
            f"{say(VALUER_WORDS.get(k, k))} {usd_text(v)}" for k, v in parcel.valuations.items()
        )
        self.totals.setText(
            tr(
                "Total: {ct} ct, {stones}, {book} USD at the price book; certificate value "
                "{value} USD{valuations}"
            ).format(
                ct=carats_text(parcel.mct),
                stones=say(parcels.stones_text(parcel.lines)),
                book=usd_text(parcel.book_value_cents),
                value=usd_text(parcel.value_cents),
                valuations=(
                    tr(" (valuations: {valuations})").format(valuations=valuations)
                    if valuations
                    else ""
                ),
            )
        )
        self._enable(parcel)

    def _shipped(self, parcel: Parcel) -> str:
        """ " Shipped by CARRIER, air waybill AWB." for a shipped parcel ("" else)."""
        if parcel.status != "shipped":
            return ""
        found = self.ctx.act(self, lambda: parcels.shipping(self.ctx.db, parcel.number)) or {}
        carrier = html.escape(found.get("carrier") or tr("carrier not recorded"))
        awb = html.escape(found.get("awb") or tr("not recorded"))
        return tr(" Shipped by {carrier}, air waybill {awb}.").format(carrier=carrier, awb=awb)

    def _enable(self, parcel: Parcel | None) -> None:
        supervisor = self.ctx.can(Role.SUPERVISOR)

        def when(widget: QWidget, states: tuple[str, ...], what: str, role: str = "") -> None:
            """Enabled for a parcel in one of ``states`` (and a supervisor, if ``role`` says
            what supervisors do); else saying why."""
            if parcel is None:
                enable(widget, False, tr("Select a parcel first"))
            elif parcel.status not in states:
                enable(
                    widget,
                    False,
                    tr("Parcel {parcel} is {status}: {why}").format(
                        parcel=parcel.number,
                        status=shown(PARCEL_STATUSES, parcel.status),
                        why=what,
                    ),
                )
            else:
                enable(widget, supervisor or not role, role)

        when(self.add_box, ("draft",), tr("only a draft parcel takes goods"))
        # (Of a parcel sealed, shipped or void the form only took room from its contents: on a
        # small screen, two and a half lines of them were shown.)
        self.add_box.setVisible(parcel is None or parcel.status == "draft")
        when(
            self.remove_button,
            ("draft",),
            tr("only a draft's packings come out"),
            tr("Supervisors remove packings"),
        )
        if parcel is not None and parcel.status == "draft" and supervisor and not parcel.lines:
            enable(
                self.remove_button,
                False,
                tr("Parcel {parcel} holds no goods yet").format(parcel=parcel.number),
            )
        when(
            self.seal_button,
            ("draft",),
            tr("only a draft is sealed"),
            tr("Supervisors seal parcels"),
        )
        when(
            self.value_button,
            ("draft",),
            tr("only a draft is valued"),
            tr("Supervisors value parcels"),
        )
        when(
            self.ship_button,
            ("sealed",),
            tr("only a sealed parcel ships"),
            tr("Supervisors ship parcels"),
        )
        when(self.print_button, ("sealed", "shipped"), tr("its documents come once it is sealed"))
        when(
            self.transfer_button,
            ("sealed", "shipped"),
            tr("a transfer file is made once it is sealed"),
            tr("Supervisors export transfer files"),
        )
        when(
            self.void_button,
            ("draft", "sealed"),
            tr("only a draft or sealed parcel is voided"),
            tr("Supervisors void parcels"),
        )

    def _show_available(self) -> None:
        code = self.f_category.code().upper()
        row = next((r for c, r in self._stock.items() if c.upper() == code), None)
        self.available.setText(
            tr("In stock: {ct} ct, stones {stones}").format(
                ct=carats_text(row.mct), stones=say(row.stones_text)
            )
            if row
            else (tr("Not in stock.") if code else "")
        )

    # -- actions -------------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self.new_button.isEnabled():  # (Edit, New: as the button, disabled with its why)
            self.ctx.said.emit(disabled_why(self.new_button))
            return

        def create(answer: dict[str, str]) -> Changes:
            return parcels.create_parcel(
                self.ctx.db,
                self.ctx.actor,
                answer["number"],
                importer=answer["importer"],
                destination=answer["destination"],
                exporter=answer["exporter"],
            )

        def sure(answer: dict[str, str]) -> bool:
            # A registered importer in another country than the destination: confirmed first.
            warning = self.ctx.act(
                self,
                lambda: parties.destination_warning(
                    self.ctx.db, answer["importer"], answer["destination"]
                ),
                raises=True,
            )
            return not warning or WarningDialog.ask(
                self,
                tr("Importer's country"),
                say(warning),
                tr("Create the parcel to this destination?"),
            )

        submit: Submit[dict[str, str]] = Submit(
            self.ctx,
            self,
            create,
            lambda a: tr("Created draft parcel {parcel}.").format(parcel=a["number"]),
            sure,
        )
        names = self.ctx.act(
            self,
            lambda: {p.name: p.country for p in parties.list_parties(self.ctx.db, self.ctx.actor)},
        )
        answer = NewParcelDialog.ask(
            self,
            self.ctx.settings().exporter,
            site.kp_destinations(self.ctx.db),
            submit=submit,
            importers=names or {},
        )
        changes = submit.after(answer)
        if answer is not None and changes is not None:
            self.open_parcel(answer["number"].strip())
            self.f_category.setFocus()

    def entry_field(self) -> QWidget | None:
        # A draft parcel open: its goods; else the list, to pick one with the arrows.
        return self.f_category if self.add_box.isEnabled() else self.list_table

    def importers(self) -> None:
        """The register of importers (seen by all, kept by supervisors and admins)."""
        ImportersDialog.ask(self, self.ctx)

    def unrecorded(self) -> str:
        """Goods to pack, when their carats or stones are typed and not added (Quit asked
        nothing of them: a clerk's day, 2026-12-07)."""
        typed = self.f_carats.text().strip() or self.f_stones.text().strip()
        return tr("goods to pack") if typed else ""

    def add_goods(self) -> None:
        self.hold.release()
        if not self.current:
            self.ctx.said.emit(tr("Select the draft parcel to pack into first."))
            return
        if not self.f_category.choose():
            if self.f_category.unmatched:
                self.hold.hold(self.f_category)
            else:
                self.f_category.setFocus()
            return
        number = self.current
        fields = (self.f_carats, self.f_stones)
        if not check_numbers(*fields):
            self.hold.hold(next(f for f in fields if f.refused))
            return
        typed = {"carats": self.f_carats.text(), "stones": self.f_stones.text()}
        comma = self.f_carats.decimal_comma

        def do() -> Changes:
            goods = forms.parse(forms.Goods, typed, decimal_comma=comma)
            return parcels.add_goods(
                self.ctx.db,
                self.ctx.actor,
                number,
                self.f_category.code(),
                goods.carats,
                stones=goods.stones,
                lot=self.f_lot.text().strip() or None,
            )

        changes, refusal = self.ctx.act_said(
            self, do, tr("Added to parcel {parcel}.").format(parcel=number)
        )
        if changes is not None:
            goods = forms.parse(forms.Goods, typed, decimal_comma=comma)
            parcel = parcels.get_parcel(self.ctx.db, number)
            self.ctx.say(
                tr("Packed {goods} of {category} into parcel {parcel}; it holds {held}.").format(
                    goods=said.goods(goods.carats, goods.stones, comma=comma),
                    category=assortment.get_category(self.ctx.db, self.f_category.code()).code,
                    parcel=number,
                    held=said.held(parcel.mct, parcels.stones_text(parcel.lines), comma=comma),
                ),
                self,
            )
            for w in (self.f_category, self.f_lot, self.f_carats, self.f_stones):
                w.clear()
            self.f_category.setFocus()
        else:  # (the goods were refused: "only 12.000 ct in stock", say; the form held)
            # (Told to give the stones or the lot: the cursor there, not in the carats, which
            # the stones typed as told would replace.)
            asked = {
                "stones_needed": self.f_stones,
                "stones_out_of_band": self.f_stones,  # ("... check the count")
                "stones_part": self.f_stones,  # ("... does not add up", "only 30 stones ...")
                "lot_needed": self.f_lot,
            }
            self.hold.hold(asked.get(self.ctx.refused, self.f_carats), refusal)

    def seal(self) -> None:
        if not self.current:
            return
        number = self.current
        said_yes_to: list[Parcel] = []  # (the parcel as the summary said yes to showed it)

        def seal(answer: dict[str, str]) -> Changes:
            return parcels.seal_parcel(
                self.ctx.db, self.ctx.actor, number, **_seal_args(answer), shown=said_yes_to[-1]
            )

        def sure(answer: dict[str, str]) -> bool:
            # The service checks first: a seal it would refuse is said beside its field, and
            # the summary shows what sealing then freezes (issue 13).
            checked = self.ctx.act(
                self,
                lambda: parcels.check_seal(
                    self.ctx.db, self.ctx.actor, number, **_seal_args(answer)
                ),
                raises=True,
            )
            if checked is None or not SummaryDialog.ask(
                self, tr("Seal parcel {parcel}").format(parcel=number), seal_summary(checked)
            ):
                return False
            said_yes_to.append(checked)
            return True

        def done(answer: dict[str, str]) -> str:
            return tr("Sealed parcel {parcel} under KP certificate {cert}, seals {seals}").format(
                parcel=number, cert=answer["kp_cert"].strip(), seals=answer["seals"].strip()
            )

        submit = Submit(self.ctx, self, seal, done, sure)
        submit.after(
            SealDialog.ask(self, number, self.ctx.settings().cert_validity_days, submit=submit)
        )

    def ship(self) -> None:
        number = self.current
        if not number:
            return

        def ship(answer: dict[str, str]) -> Changes:
            return parcels.ship_parcel(
                self.ctx.db, self.ctx.actor, number, carrier=answer["carrier"], awb=answer["awb"]
            )

        def done(answer: dict[str, str]) -> str:
            return tr(
                "Parcel {parcel} shipped by {carrier} (air waybill {awb}): it has left the site "
                "for {destination}"
            ).format(
                parcel=number,
                carrier=answer["carrier"].strip(),
                awb=answer["awb"].strip(),
                destination=self._destination(),
            )

        def sure(answer: dict[str, str]) -> bool:
            # A mistyped IATA air waybill is warned of (carriers' own numbers are not checked);
            # then what shipping does, which cannot be undone (as at Seal).
            warning = say(awb_warning(answer["awb"]) or "")
            if warning and not WarningDialog.ask(
                self,
                tr("Ship parcel {parcel}").format(parcel=number),
                warning[:1].upper() + warning[1:],
                tr("Ship with this air waybill number?"),
            ):
                return False
            parcel = self.ctx.act(self, lambda: parcels.get_parcel(self.ctx.db, number))
            return parcel is not None and SummaryDialog.ask(
                self,
                tr("Ship parcel {parcel}").format(parcel=number),
                ship_summary(parcel, answer),
            )

        submit = Submit(self.ctx, self, ship, done, sure)
        submit.after(ShipDialog.ask(self, number, submit=submit))

    def value(self) -> None:
        number = self.current
        if not number:
            return
        comma = self.ctx.settings().decimal_comma

        def value(answer: dict[str, str]) -> Changes:
            usd = forms.parse(forms.Valuation, {"usd": answer["usd"]}, decimal_comma=comma).usd
            return parcels.add_valuation(
                self.ctx.db,
                self.ctx.actor,
                number,
                answer["valuer"],
                usd,
                valuer_name=answer["valuer_name"],
                organisation=answer["organisation"],
                valued_on=answer["valued_on"],
                reference=answer["reference"],
            )

        def done(answer: dict[str, str]) -> str:
            return tr("Recorded the {valuer} valuation of parcel {parcel}.").format(
                valuer=say(VALUER_WORDS.get(answer["valuer"], answer["valuer"])), parcel=number
            )

        submit = Submit(self.ctx, self, value, done)
        submit.after(ValuationDialog.ask(self, number, list(VALUERS), submit=submit))

    def _destination(self) -> str:
        parcel = parcels.get_parcel(self.ctx.db, self.current or "")
        return f"{parcel.importer}, {parcel.destination}"

    def void(self) -> None:
        number = self.current
        if not number:
            return
        said_yes_to: list[Parcel] = []  # (the parcel as the summary said yes to showed it)

        def sure(reason: str) -> bool:
            # Checked first (a blank reason, a parcel that cannot be voided): a refusal is
            # said before any summary (issue 13).
            parcel = self.ctx.act(
                self,
                lambda: parcels.check_void(self.ctx.db, self.ctx.actor, number, reason),
                raises=True,
            )
            if parcel is None:
                return False
            said_yes_to.append(parcel)
            return SummaryDialog.ask(
                self,
                tr("Void parcel {parcel}").format(parcel=number),
                tr(
                    "Void parcel {parcel} ({status}) to {importer}: {ct} ct, {stones} {lines} "
                    "return to stock."
                ).format(
                    parcel=number,
                    status=shown(PARCEL_STATUSES, parcel.status),
                    importer=parcel.importer,
                    ct=carats_text(parcel.mct),
                    stones=say(parcels.stones_text(parcel.lines)),
                    lines=tr("in %n lines", "", len(parcel.lines)),
                ),
            )

        submit = Submit(
            self.ctx,
            self,
            lambda reason: parcels.void_parcel(
                self.ctx.db, self.ctx.actor, number, reason, shown=said_yes_to[-1]
            ),
            tr("Parcel {parcel} voided; its goods are back in stock.").format(parcel=number),
            sure,
        )
        submit.after(
            TextDialog.ask(
                self, tr("Void parcel {parcel}").format(parcel=number), tr("Reason"), submit=submit
            )
        )

    def remove_packing(self) -> None:
        number = self.current
        if not number:
            return
        packings = self.ctx.act(self, lambda: parcels.list_packings(self.ctx.db, number))
        if not packings:
            return
        labels = {
            tr("{packing}: {category} {ct} ct from {lots} ({user})").format(
                packing=p["packing"],
                category=p["category"],
                ct=carats_text(p["mct"]),
                lots=", ".join(p["lots"]),
                user=p["user"],
            ): p["packing"]
            for p in packings
        }

        def remove(answer: dict[str, str]) -> Changes:
            return parcels.remove_goods(
                self.ctx.db, self.ctx.actor, number, labels[answer["packing"]], answer["reason"]
            )

        submit: Submit[dict[str, str]] = Submit(
            self.ctx,
            self,
            remove,
            lambda a: tr(
                "Packing {packing} removed from parcel {parcel}; its goods are back in stock."
            ).format(packing=labels[a["packing"]], parcel=number),
        )
        submit.after(RemovePackingDialog.ask(self, number, list(labels), submit=submit))

    def print_kind(self, kind: str) -> None:
        if not self.current:  # (Ctrl+P with no parcel chosen had done nothing, unsaid)
            self.ctx.said.emit(tr("Select a parcel to print for first."))
            return
        print_document(self, self.ctx, kind, [self.current])

    def print_current(self) -> None:
        self.print_kind("manifest")

    def on_changes(self, changes: Changes) -> None:
        made = changes.created_id is not None and bool(changes.parcels)
        if changes.assortment or made:
            self.request_refresh()
            return
        if changes.parcels:
            if self.status_filter.currentIndex() == 0:  # all
                # Only the parcels named are read again; the list keeps its place.
                named = parcels.list_parcels(self.ctx.db, self.ctx.actor, ids=changes.parcels)
                self.list_model.update_rows("id", named)
            else:  # a parcel may have entered or left the filtered list
                self._fill_list()
        if changes.stock or changes.prices:
            self._stock = {r.category: r for r in reports.stock(self.ctx.db, self.ctx.actor)}
            self._show_available()
        if changes.prices or (self.current_id is not None and self.current_id in changes.parcels):
            self.show_parcel()

    def apply_role(self) -> None:
        self.show_parcel()


def _seal_args(answer: dict[str, str]) -> parcels.SealAsked:
    """The seal dialog's answer as ``check_seal``/``seal_parcel`` take it."""
    return {
        "kp_cert": answer["kp_cert"],
        "seals": [s.strip() for s in answer["seals"].split(",") if s.strip()],
        "issued": answer["issued"] or None,
        "expires": answer["expires"].strip() or None,
    }


def origin_text(parcel: Parcel) -> str:
    """The parcel's origin as the summary line says it: "no goods packed yet" for an empty one
    (not "MIXED ()"), a mixed origin with its countries."""
    if not parcel.lines:
        return tr("no goods packed yet")
    if parcel.origin == "MIXED":
        return f"MIXED ({', '.join(parcel.origin_countries)})"
    return parcel.origin


def ship_summary(parcel: Parcel, answer: dict[str, str]) -> str:
    """What shipping records: the parcel leaves the site with this carrier and waybill."""
    carrier, awb = (" ".join(answer[k].split()) for k in ("carrier", "awb"))
    return tr(
        "Ship parcel {parcel} (KP certificate {cert}) to {importer}, {destination}:\n"
        "Carrier {carrier}, air waybill {awb}\n"
        "{ct} ct, {stones}\n\n"
        "Its goods leave the stock as shipped; it can no longer be voided."
    ).format(
        parcel=parcel.number,
        cert=parcel.kp_cert,
        importer=parcel.importer,
        destination=parcel.destination,
        carrier=carrier or "-",
        awb=awb or "-",
        ct=carats_text(parcel.mct),
        stones=say(parcels.stones_text(parcel.lines)),
    )


def seal_summary(parcel: Parcel) -> str:
    """What sealing freezes, as checked: the certificate, seals, carats, value and origin."""
    countries = f" ({', '.join(parcel.origin_countries)})" if parcel.origin == "MIXED" else ""
    return tr(
        "Seal parcel {parcel} to {importer}, {destination}:\n"
        "KP certificate {cert}, issued {issued}, expires {expires}\n"
        "Seals {seals}\n"
        "{ct} ct, {stones}, value {value} USD\n"
        "Origin {origin}{countries}\n\n"
        "Its contents, prices, value and origin are frozen."
    ).format(
        parcel=parcel.number,
        importer=parcel.importer,
        destination=parcel.destination,
        cert=parcel.kp_cert,
        issued=date_text(parcel.issued or ""),
        expires=date_text(parcel.expires or ""),
        seals=", ".join(parcel.seals),
        ct=carats_text(parcel.mct),
        stones=say(parcels.stones_text(parcel.lines)),
        value=usd_text(parcel.value_cents),
        origin=parcel.origin,
        countries=countries,
    )
