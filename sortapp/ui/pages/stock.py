"""Stock: on hand by category with stones, carats and value, its origins; and the ledger lines."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sortapp.core.canonical import local_text
from sortapp.core.changes import Changes
from sortapp.core.i18n import N_
from sortapp.services import browse, reports
from sortapp.storage.dbapi import Database
from sortapp.ui.catnames import category_names
from sortapp.ui.context import Context
from sortapp.ui.i18n import carats_text, say, tr, usd_text
from sortapp.ui.models import Column, LazyTableModel, ListTableModel, ct, page_args, usd
from sortapp.ui.pages import ENTRY_KINDS, LOSS_KINDS, PLACES, Page, shown, stones_text
from sortapp.ui.widgets import Table


class StockPage(Page):
    title = N_("Stock")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        tabs.addTab(self._build_on_hand(), tr("On hand"))
        tabs.addTab(self._build_movements(), tr("Movements (ledger)"))
        layout.addWidget(tabs)
        self.request_refresh()

    def _build_on_hand(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.totals = QLabel()
        self.totals.setWordWrap(True)  # a long line must not widen the window
        self.totals.setObjectName("stock_totals")
        layout.addWidget(self.totals)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model: ListTableModel[reports.StockRow] = ListTableModel(
            [
                Column("category", tr("Category")),
                Column("name", tr("Name")),
                Column("hs_code", tr("HS code")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones_text", tr("Stones"), numeric=True, fmt=say),
                Column("value_cents", tr("Value USD"), numeric=True, fmt=usd),
            ],
            get=getattr,
        )
        self.table = Table("stock_table")
        self.table.setModel(self.model)
        self.table.fit_columns([140, 260, 70, 90, 140, 110])  # (all in view at 1024 px)
        self.table.give_way((1, 120))  # (the name, where a language's headings are longer)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_origins())
        self.origins: ListTableModel[reports.StockRow] = ListTableModel(
            [
                Column("origin", tr("Origin")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones", tr("Stones"), numeric=True),
                Column("value_cents", tr("Value USD"), numeric=True, fmt=usd),
            ],
            get=getattr,
        )
        self.origin_table = Table("origin_table")
        self.origin_table.setModel(self.origins)
        self.origin_table.fit_columns([120, 110, 80, 120])
        split.addWidget(self.table)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.origin_label = QLabel(tr("Origins of the selected category"))
        box_layout.addWidget(self.origin_label)
        box_layout.addWidget(self.origin_table)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        return page

    def _build_movements(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.move_search = QLineEdit()
        self.move_search.setObjectName("movement_search")
        self.move_search.setPlaceholderText(tr("Filter by lot, parcel or ledger number"))
        # (Whole, where the row cuts it.)
        self.move_search.setToolTip(self.move_search.placeholderText())
        self.move_search.textChanged.connect(lambda _t: self.moves.refresh())
        row.addWidget(self.move_search)
        layout.addLayout(row)
        tz = self.ctx.settings().timezone
        self.moves: LazyTableModel[browse.MovementRow] = LazyTableModel(
            [
                Column("journal", tr("Entry"), sort_key="journal"),
                Column(
                    "at",
                    tr("Posted ({tz})").format(tz=tz),
                    sort_key="at",
                    fmt=lambda v: local_text(v, tz) if v else "",
                    moment=True,
                ),
                Column(
                    "kind",
                    tr("Kind"),
                    sort_key="kind",
                    fmt=partial(shown, ENTRY_KINDS),
                    words=tuple(ENTRY_KINDS.values()),
                ),
                Column("user", tr("By")),
                Column(
                    "place",
                    tr("Place"),
                    sort_key="place",
                    fmt=partial(shown, PLACES),
                    words=tuple(PLACES.values()),
                ),
                Column("lot", tr("Lot"), sort_key="lot"),
                Column("category", tr("Category")),
                Column("parcel", tr("Parcel")),
                Column(
                    "loss_type",
                    tr("Loss"),
                    fmt=partial(shown, LOSS_KINDS),
                    words=tuple(LOSS_KINDS.values()),
                ),
                Column("mct", tr("Carats"), numeric=True, fmt=ct, sort_key="mct"),
                # (None where not counted: said so, never 0; its value is None, not 0.)
                Column("counted_stones", tr("Stones"), numeric=True, fmt=stones_text),
            ],
            lambda *page: self._movement_ids(*page)(self.ctx.db),
            lambda ids: browse.movement_rows(self.ctx.db, ids),
            order="id",
        )
        # The server lost: the rows held stay; a damaged file's part unreadable: said once.
        self.moves.failed, self.moves.unreadable = self.ctx.read_failed, self.ctx.unreadable
        self.moves.ahead = lambda *page: self.ctx.read_ahead(self._movement_ids(*page))
        self.moves.read_idle = not self.ctx.on_server  # a file: the next page read when idle
        self.moves.tint = lambda row: "#b00020" if row.mct < 0 else None
        self.move_table = Table("movement_table")
        self.move_table.setModel(self.moves)
        self.move_table.fit_columns([90, 190, 70, 60, 70, 100, 115, 95, 70, 90])
        layout.addWidget(self.move_table, 1)
        return page

    def _movement_ids(
        self, order: str, descending: bool, limit: int, offset: int, after: int | None
    ) -> Callable[[Database], list[int]]:
        """A page of the movements the search shows, to read (on any connection)."""
        return partial(
            browse.movement_ids,
            search=self.move_search.text().strip(),
            **page_args(order, descending, limit, offset, after),
        )

    def refresh(self) -> None:
        self._show_stock()
        self.moves.refresh()

    def _show_stock(self) -> None:
        at = self.table.selected_row()
        selected = self.model.row(at) if at is not None else None
        rows = reports.stock(self.ctx.db, self.ctx.actor)
        self._by_origin = reports.stock(self.ctx.db, self.ctx.actor, by_origin=True)
        names = category_names(self.ctx.db)  # (none in English: the rows' own)
        if names:
            rows = [r._replace(name=names.get(r.category, r.name)) for r in rows]
            self._by_origin = [
                r._replace(name=names.get(r.category, r.name)) for r in self._by_origin
            ]
        self.model.set_rows(rows)
        # The lots' lines of the rows themselves (read with them, not asked again).
        lines, counted = sum(r.lines for r in rows), sum(r.counted_lines for r in rows)
        of_them = (
            tr(" ({counted} of {lines} lots' lines counted)").format(counted=counted, lines=lines)
            if counted < lines
            else ""
        )
        # ("Sorted stock", as the year-end tab says it: its "On hand, all" adds the lots awaiting
        # sorting and the parcels not shipped.)
        self.totals.setText(
            tr(
                "Sorted stock on hand: {ct} ct, {stones}{of_them}, {usd} USD at today's price "
                "book, {categories}"
            ).format(
                ct=carats_text(sum(r.mct for r in rows)),
                stones=tr("%n stones counted", "", sum(r.stones for r in rows)),
                of_them=of_them,
                usd=usd_text(sum(r.value_cents for r in rows)),
                categories=tr("in %n categories", "", len(rows)),
            )
        )
        if selected is not None:  # the same category stays selected
            found = next((n for n, r in enumerate(rows) if r.category == selected.category), None)
            if found is not None:
                self.table.selectRow(found)
        self._show_origins()

    def _show_origins(self) -> None:
        row = self.table.selected_row()
        item = self.model.row(row) if row is not None else None
        if item is None:
            self.origins.set_rows([])
            self.origin_label.setText(tr("Select a category to see its origins"))
            return
        self.origin_label.setText(tr("Origins of {category}").format(category=item.category))
        self.origins.set_rows([r for r in self._by_origin if r.category == item.category])

    def on_changes(self, changes: Changes) -> None:
        if changes.stock or changes.ledger or changes.prices:
            # The stock by category is a few hundred rows from a summary: read again whole;
            # the movement list keeps its place and gains the new lines.
            self._show_stock()
            self.moves.update()

    def focus_search(self) -> None:
        self.move_search.setFocus()
