"""Reports: KP statistics for a period, a lot's reconciliation, lineage, the stock at a year's
end; each to CSV."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sortapp.core.csvtext import to_csv
from sortapp.core.i18n import N_
from sortapp.services import assortment, reported, reports, sorting
from sortapp.ui import siteday
from sortapp.ui.catnames import category_names
from sortapp.ui.context import Context
from sortapp.ui.dialogs import SaveFileDialog, date_edit
from sortapp.ui.errors import sentence
from sortapp.ui.i18n import carats_text, date_text, language, marked, say, tr, usd_text
from sortapp.ui.models import Column, ListTableModel, ct, usd
from sortapp.ui.pages import (
    LOSS_KINDS,
    PARCEL_STATUSES,
    PLACES,
    Page,
    counted_stones,
    shown,
    stones_text,
)
from sortapp.ui.widgets import Table

#: The KP statistics' columns (headings marked: shown through ``marked``).
KP_COLUMNS = [
    Column("direction", N_("Direction")),
    Column("hs_code", N_("HS code")),
    Column("country", N_("Country")),
    Column("mct", N_("Carats"), numeric=True, fmt=ct),
    Column("value_cents", N_("Value USD"), numeric=True, fmt=usd),
    Column("parcels", N_("Parcels"), numeric=True),
    Column("certificates", N_("Certificates"), numeric=True),
]

#: The KP statistics' directions, as a row and the totals name them.
DIRECTIONS = {"exports": N_("exports"), "imports": N_("imports")}


class ReportsPage(Page):
    title = N_("Reports")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_kp(), tr("KP statistics"))
        self.tabs.addTab(self._build_reconciliation(), tr("Lot reconciliation"))
        self.tabs.addTab(self._build_lineage(), tr("Lineage"))
        self.tabs.addTab(self._build_year_end(), tr("Year end"))
        layout.addWidget(self.tabs)

    # -- KP statistics -------------------------------------------------------------------------

    def _build_kp(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        today = siteday.today()
        self.kp_from = date_edit(QDate(today.year(), 1, 1))
        self.kp_to = date_edit(today)
        run = QPushButton(tr("Run"))
        run.setObjectName("kp_run")
        run.clicked.connect(self.run_kp)
        export = QPushButton(tr("Export CSV..."))
        export.clicked.connect(lambda: self.export("kp-stats", self.kp_model, self._kp_file()))
        for w in (QLabel(tr("From")), self.kp_from, QLabel(tr("to")), self.kp_to, run, export):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.kp_model: ListTableModel[dict[str, Any]] = ListTableModel(
            [replace(c, header=marked(c.header)) for c in KP_COLUMNS]
        )
        self.kp_table = Table("kp_table")
        self.kp_table.setModel(self.kp_model)
        self.kp_table.fit_columns([90, 80, 80, 120, 130, 80])
        layout.addWidget(self.kp_table, 1)
        self.kp_totals = QLabel()
        self.kp_totals.setWordWrap(True)  # a long line must not widen the window
        self.kp_totals.setObjectName("kp_totals")
        self.kp_stats: dict[str, Any] | None = None
        layout.addWidget(self.kp_totals)
        return page

    def _kp_file(self) -> str:
        """The name an export of the statistics run is offered under: their period's (every
        quarter's file was "kp-statistics.csv", and the file says no period)."""
        if self.kp_stats is None:
            return "kp-statistics.csv"
        return f"kp-statistics-{self.kp_stats['from']}-to-{self.kp_stats['to']}.csv"

    def run_kp(self) -> None:
        first = self.kp_from.date().toString("yyyy-MM-dd")
        last = self.kp_to.date().toString("yyyy-MM-dd")
        stats = self.ctx.act(
            self, lambda: reports.kp_statistics(self.ctx.db, self.ctx.actor, first, last)
        )
        if stats is None:
            return
        rows = [
            {**r, "direction": marked(DIRECTIONS[direction])}
            for direction in ("exports", "imports")
            for r in stats[direction]["rows"]
        ]
        self.kp_model.set_rows(rows)
        parts = []
        for direction in ("exports", "imports"):
            t = stats[direction]["totals"]
            parts.append(
                tr("{direction}: {ct} ct, {usd} USD, {parcels}, {certificates}").format(
                    direction=marked(DIRECTIONS[direction]),
                    ct=carats_text(t["mct"]),
                    usd=usd_text(t["value_cents"]),
                    parcels=tr("%n parcels", "", t["parcels"]),
                    certificates=tr("%n certificates", "", t["certificates"]),
                )
            )
        totals = tr("Totals {parts}").format(parts="; ".join(parts))
        if stats["uncertified"]:
            totals += "\n" + sentence(reports.uncertified_text(stats["uncertified"])) + "."
        if stats["unvalued"]:
            totals += "\n" + sentence(reports.unvalued_text(stats["unvalued"])) + "."
        if changed := reported.changed_text(stats["reported"]):
            totals += "\n" + sentence(changed) + "."
        self.kp_totals.setText(totals)
        self.kp_stats = stats  # (what an export of them records: the figures as run)

    # -- reconciliation ------------------------------------------------------------------------

    def _build_reconciliation(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.rec_lot = QLineEdit()
        self.rec_lot.setObjectName("rec_lot")
        self.rec_lot.setPlaceholderText(tr("lot number, Enter"))
        self.rec_lot.returnPressed.connect(self.run_reconciliation)
        export = QPushButton(tr("Export CSV..."))
        export.clicked.connect(
            lambda: self.export(
                "reconciliation", self.rec_model, f"reconciliation-{self.rec_lot.text()}.csv"
            )
        )
        row.addWidget(QLabel(tr("Lot")))
        row.addWidget(self.rec_lot)
        row.addWidget(export)
        row.addStretch(1)
        layout.addLayout(row)
        self.rec_model: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("line", tr("Line")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones", tr("Stones"), numeric=True),
            ]
        )
        table = Table("rec_table", sortable=False)
        table.setModel(self.rec_model)
        table.fit_columns([420, 120, 80])  # a category's code and name
        layout.addWidget(table, 1)
        return page

    def run_reconciliation(self) -> None:
        number = self.rec_lot.text().strip()
        rec = self.ctx.act(self, lambda: sorting.reconciliation(self.ctx.db, number))
        if rec is None:
            return
        names = category_names(self.ctx.db)
        rows: list[dict[str, Any]] = [
            {
                "line": f"{code} {names.get(code, name)}",
                "mct": mct,
                "stones": say(sorting.category_stones_text(rec, code, stones)),
            }
            for code, name, mct, stones in rec.by_category
        ]
        sorted_stones = say(
            sorting.stones_words(
                rec.sorted_stones, rec.counted_entries, rec.goods_entries, unit=False
            )
        )
        rows.append({"line": tr("Sorted"), "mct": rec.sorted_mct, "stones": sorted_stones})
        rows += [
            {"line": tr("Loss: {kind}").format(kind=shown(LOSS_KINDS, k)), "mct": v, "stones": None}
            for k, v in rec.losses_mct.items()
        ]
        received = tr("not counted") if rec.received_stones is None else rec.received_stones
        if not rec.weighed:  # (no figure received, no difference: not 0.000 ct within tolerance)
            rows.append({"line": tr("Received"), "mct": None, "stones": tr("not yet weighed")})
            rows.append({"line": tr("Difference"), "mct": None, "stones": None})
            rows.append({"line": tr("Tolerance"), "mct": None, "stones": None})
            self.rec_model.set_rows(rows)
            return
        rows.append({"line": tr("Received"), "mct": rec.received_mct, "stones": received})
        rows.append(
            {"line": tr("Difference"), "mct": rec.difference_mct, "stones": rec.stone_difference}
        )
        rows.append({"line": tr("Tolerance"), "mct": rec.tolerance_mct, "stones": None})
        self.rec_model.set_rows(rows)

    # -- lineage -------------------------------------------------------------------------------

    def _build_lineage(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.lin_lot = QLineEdit()
        self.lin_lot.setObjectName("lineage_lot")
        self.lin_lot.setPlaceholderText(tr("lot number: where did it go?"))
        self.lin_lot.returnPressed.connect(lambda: self.run_lineage(lot=self.lin_lot.text()))
        self.lin_parcel = QLineEdit()
        self.lin_parcel.setObjectName("lineage_parcel")
        self.lin_parcel.setPlaceholderText(tr("parcel number: where did it come from?"))
        self.lin_parcel.returnPressed.connect(
            lambda: self.run_lineage(parcel=self.lin_parcel.text())
        )
        export = QPushButton(tr("Export CSV..."))
        export.clicked.connect(lambda: self.export("lineage", self.lin_model, "lineage.csv"))
        lot_label, or_parcel = QLabel(tr("Lot")), QLabel(tr("or parcel"))
        for w in (lot_label, self.lin_lot, or_parcel, self.lin_parcel, export):
            row.addWidget(w)
        layout.addLayout(row)
        self.lin_title = QLabel()
        self.lin_title.setWordWrap(True)  # a long line must not widen the window
        layout.addWidget(self.lin_title)
        self.lin_model: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("what", tr("Lot / parcel / place")),
                Column("origin", tr("Origin / status")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones", tr("Stones"), numeric=True, fmt=stones_text),
            ]
        )
        table = Table("lineage_table")
        table.setModel(self.lin_model)
        table.fit_columns([220, 140, 120, 170])
        layout.addWidget(table, 1)
        return page

    def run_lineage(self, *, lot: str = "", parcel: str = "") -> None:
        if lot.strip():
            data = self.ctx.act(self, lambda: reports.lot_lineage(self.ctx.db, self.ctx.actor, lot))
            if data is None:
                return
            self.lin_title.setText(
                tr("Lot {lot} (origin {origin}): where its carats are").format(
                    lot=data["lot"], origin=data["origin"]
                )
            )
            rows = [
                {
                    "what": tr("parcel {parcel}").format(parcel=p["parcel"]),
                    "origin": shown(PARCEL_STATUSES, p["status"]),
                    "mct": p["mct"],
                    "stones": counted_stones(p["stones"], p["counted"]),
                }
                for p in data["parcels"]
            ]
            rows += [
                {
                    "what": tr("Loss: {kind}").format(kind=shown(LOSS_KINDS, p["loss_type"]))
                    if p["loss_type"]
                    else shown(PLACES, p["place"]),
                    "origin": "",
                    "mct": p["mct"],
                    "stones": counted_stones(p["stones"], p["counted"]),
                }
                for p in data["places"]
                if p["mct"] or p["stones"]
            ]
        else:
            data = self.ctx.act(
                self, lambda: reports.parcel_lineage(self.ctx.db, self.ctx.actor, parcel)
            )
            if data is None:
                return
            self.lin_title.setText(
                tr("Parcel {parcel} (origin {origin}): its lots").format(
                    parcel=data["parcel"], origin=data["origin"]
                )
            )
            rows = [
                {
                    "what": tr("lot {lot}").format(lot=r["lot"]),
                    "origin": r["origin"],
                    "mct": r["mct"],
                    "stones": counted_stones(r["stones"], r["counted"]),
                }
                for r in data["lots"]
            ]
        self.lin_model.set_rows(rows)

    # -- year end ------------------------------------------------------------------------------

    def _build_year_end(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.ye_year = QSpinBox()
        self.ye_year.setObjectName("ye_year")
        self.ye_year.setRange(reports.FIRST_YEAR, reports.LAST_YEAR)
        self.ye_year.setValue(siteday.today().year() - 1)  # (the year a stock-take closes)
        run = QPushButton(tr("Run"))
        run.setObjectName("ye_run")
        run.clicked.connect(self.run_year_end)
        export = QPushButton(tr("Export CSV..."))
        export.clicked.connect(
            lambda: self.export("year-end", self.ye_model, f"year-end-{self.ye_year.value()}.csv")
        )
        for w in (QLabel(tr("Year")), self.ye_year, run, export):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.ye_model: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("line", tr("Held")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones", tr("Stones"), numeric=True, fmt=stones_text),
                Column("value_cents", tr("Value USD"), numeric=True, fmt=usd),
            ]
        )
        table = Table("ye_table", sortable=False)
        table.setModel(self.ye_model)
        table.fit_columns([420, 120, 120])  # a category's code and name
        layout.addWidget(table, 1)
        self.ye_note = QLabel()
        self.ye_note.setWordWrap(True)
        self.ye_note.setObjectName("ye_note")
        layout.addWidget(self.ye_note)
        return page

    def run_year_end(self) -> None:
        year = self.ye_year.value()
        data = self.ctx.act(self, lambda: reports.year_end_stock(self.ctx.db, self.ctx.actor, year))
        if data is None:
            return
        # (Its lines hold the codes alone: the names in every language, English too.)
        names = assortment.names_in(self.ctx.db, language())
        rows: list[dict[str, Any]] = [
            {
                "line": f"{ln['category']} {names.get(ln['category'], '')}".strip(),
                "mct": ln["mct"],
                "stones": counted_stones(ln["stones"], ln["counted"]),
                "value_cents": ln["value_cents"],
            }
            for ln in data["lines"]
        ]
        held: list[dict[str, Any]] = [
            {
                "line": tr("Sorted stock, all"),
                "mct": data["mct"],
                "value_cents": data["value_cents"],
            },
            {"line": tr("Awaiting sorting (not valued)"), "mct": data["awaiting_sorting_mct"]},
            {
                "line": tr("In parcels, not shipped"),
                "mct": data["in_parcels_mct"],
                "value_cents": data["in_parcels_value_cents"],
            },
            {"line": tr("On hand, all"), "mct": data["on_hand_mct"]},
        ]
        rows += [{"stones": "", **row} for row in held]  # (no count of stones: left blank)
        self.ye_model.set_rows(rows)
        day = date_text(f"{year}-12-31")
        said = (
            tr("At the end of {year}, valued at the price book of {day}.")
            if data["ended"]
            else tr(
                "{year} has not ended: the stock recorded so far, valued at the price book of "
                "{day}."
            )
        ).format(year=year, day=day)
        # What changed its figures after it ended (a clock set back; a price set since).
        late, repriced = data["recorded_late"], data["prices_set_late"]
        if late:
            said += " " + tr(
                "%n movements dated in {year} were recorded after it ended (see the audit log).",
                "",
                late,
            ).format(year=year)
        if repriced:
            said += " " + tr(
                "%n categories are valued at a price set after {year} ended (see the price book).",
                "",
                repriced,
            ).format(year=year)
        self.ye_note.setText(said)

    # -- export --------------------------------------------------------------------------------

    def export(self, what: str, model: ListTableModel[dict[str, Any]], suggested: str) -> None:
        rows = model.rows()
        if not rows:
            self.ctx.said.emit(tr("Run the report first; there is nothing to export."))
            return
        path = SaveFileDialog.ask(self, tr("Export CSV"), suggested)
        if not path:
            return
        columns: Sequence[Column] = model.columns
        text = to_csv(
            [c.header for c in columns], [[c.fmt(r.get(c.key)) for c in columns] for r in rows]
        )

        def write() -> None:
            reports.write_export(path, text)

        def do() -> None:
            if what == "kp-stats" and self.kp_stats is not None:
                # (Recorded on its period, the file written inside the same transaction: a
                # file out is an export recorded.)
                name = Path(path).name
                stats = self.kp_stats
                db, actor = self.ctx.db, self.ctx.actor
                reports.record_kp_export(db, actor, stats, "csv", len(rows), name, then=write)
                return
            write()
            reports.record_export(
                self.ctx.db,
                self.ctx.actor,
                what,
                Path(path).name,
                {"rows": len(rows), "format": "csv"},
            )

        self.ctx.act(self, do, tr("Exported %n rows to {path}.", "", len(rows)).format(path=path))
