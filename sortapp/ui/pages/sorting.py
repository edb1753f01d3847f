"""Sorting, the hot screen: scan a lot, then category + carats + stones and Enter, again and again;
the reconciliation stays in view; close with the two-person rule beyond tolerance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QSplitterHandle,
    QVBoxLayout,
    QWidget,
)

from sortapp.core import forms
from sortapp.core.canonical import local_text
from sortapp.core.changes import Changes
from sortapp.core.entities import LOSS_TYPES, Reconciliation
from sortapp.core.errors import UserError
from sortapp.core.i18n import N_, phrase
from sortapp.core.units import format_mct
from sortapp.services import assortment, lots, site, sorting
from sortapp.ui import said
from sortapp.ui.balance import BalancePanel
from sortapp.ui.catnames import category_names
from sortapp.ui.context import Context
from sortapp.ui.dialogs import SecondPersonDialog, SummaryDialog, TextDialog
from sortapp.ui.i18n import carats_text, marked, percent_text, say, tr
from sortapp.ui.imports import import_csv
from sortapp.ui.layouts import FlowLayout, WholeHint
from sortapp.ui.models import Column, ListTableModel, ct
from sortapp.ui.pages import LOSS_KINDS, LOT_STATUSES, Page, shown, stones_text
from sortapp.ui.printing import print_document
from sortapp.ui.submit import Submit
from sortapp.ui.widgets import (
    CategoryPicker,
    RefusalHold,
    Table,
    check_numbers,
    enable,
    move_on,
    number_field,
    own_tip,
    writes,
)

OK_COLOUR = "#1b5e20"
#: Goods of the lot not sorted yet: the normal state while sorting, not an alarm.
PENDING_COLOUR = "#7a5200"
OVER_COLOUR = "#b00020"


class Totals(QSplitter):
    """A lot's totals, one over the other: its reconciliation (a scroll area) and its goods by
    category. Until the user moves the handle between them, the reconciliation is as tall as
    its figures need, at most ``FIGURES_SHARE`` of the height, and the list takes what is left
    (on the shortest screen, 1366x768 at 150 %, the list's least height leaves the figures
    less: they scroll under the state's sentence). A double click on the handle gives the
    sizing back to the page."""

    FIGURES_SHARE = 0.7

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setObjectName("lot_totals")
        self.setChildrenCollapsible(False)
        self.moved = False
        self.splitterMoved.connect(self._moved_by_hand)

    def _moved_by_hand(self) -> None:
        self.moved = True

    def createHandle(self) -> QSplitterHandle:
        return _TotalsHandle(self)

    def unmoved(self) -> None:
        """Size the figures again as the page does (the handle double-clicked)."""
        self.moved = False
        self.share()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share()

    def share(self) -> None:
        """The reconciliation's height as above (``setSizes``: not a move by hand), unless the
        user moved the handle: on a resize, and when its figures change (a loss's lines)."""
        if self.moved or self.count() != 2:
            return
        figures, total = self.widget(0), sum(self.sizes())
        inner = figures.widget() if isinstance(figures, QScrollArea) else None
        if not isinstance(figures, QScrollArea) or inner is None or total <= 0:
            return
        width = figures.viewport().width()
        need = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        need = (need if need > 0 else inner.sizeHint().height()) + 2 * figures.frameWidth()
        top = min(need, int(total * self.FIGURES_SHARE))
        self.setSizes([top, total - top])


class _TotalsHandle(QSplitterHandle):
    """The handle between a lot's figures and its list: a double click sizes them again."""

    def __init__(self, splitter: Totals) -> None:
        super().__init__(Qt.Orientation.Vertical, splitter)
        self.totals = splitter

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.totals.unmoved()
        event.accept()


#: What the correction button does, and who may.
CORRECT_TIP = N_(
    "Reverse the selected entry (none selected: the lot's last that stands; F8), with a "
    "reason: an operator the lot's last entry if it is theirs (once), a supervisor any entry"
)


def closed_why(number: str, status: str) -> str:
    """Why a lot of ``status`` takes no entries."""
    if status == "awaiting_weight":
        return tr("Lot {lot} is not weighed yet: weigh it on Receiving first").format(lot=number)
    return tr("Lot {lot} is sorted and closed").format(lot=number)


class SortingPage(Page):
    title = N_("Sorting")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.lot: str | None = None
        #: The open lot's id: a change naming it shows the lot anew.
        self.lot_id: int | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Lot")))
        self.f_lot = QLineEdit()
        self.f_lot.setObjectName("sort_lot")
        self.f_lot.setPlaceholderText(tr("scan or type the lot number, Enter"))
        self.f_lot.returnPressed.connect(lambda: self.open_lot(self.f_lot.text()))
        WholeHint(self.f_lot)  # (its hint whole at any text size)
        top.addWidget(self.f_lot, 1)
        self.lot_info = QLabel(tr("No lot open."))
        self.lot_info.setWordWrap(True)  # a long line must not widen the window
        self.lot_info.setObjectName("lot_info")
        top.addWidget(self.lot_info, 3)
        layout.addLayout(top)

        entry = QGroupBox(tr("Record results (Enter commits; the cursor returns to the category)"))
        grid = QGridLayout(entry)
        self.f_category = CategoryPicker("sort_category")
        goods = forms.Goods.FIELDS
        self.f_carats = number_field("sort_carats", field=goods[0], ctx=ctx)
        self.f_stones = number_field(
            "sort_stones", "count", tr("optional"), field=goods[1], ctx=ctx
        )
        self.add_button = QPushButton(tr("Add entry"))
        self.add_button.setObjectName("add_entry")
        self.add_button.clicked.connect(self.add_entry)
        self.f_category.returnPressed.connect(
            lambda: self.hold.category_entered(self.f_category, self.f_carats)
        )
        self.f_carats.returnPressed.connect(
            lambda: self.hold.figure_entered(self.f_carats, self.f_stones)
        )
        self.f_stones.returnPressed.connect(self.add_entry)
        for col, (label, widget) in enumerate(
            (
                (tr("Category"), self.f_category),
                (tr("Carats"), self.f_carats),
                (tr("Stones"), self.f_stones),
            )
        ):
            grid.addWidget(QLabel(label), 0, col * 2)
            grid.addWidget(widget, 0, col * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.addWidget(self.add_button, 0, 6)
        self.f_loss_type = QComboBox()
        self.f_loss_type.setObjectName("loss_type")
        # (The kind read whole, and the category's hint, when the row is short of room: at 130 %
        # in Portuguese they were the ones cut, "limpez" and "código ...".)
        self.f_loss_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        WholeHint(self.f_category)
        WholeHint(self.f_stones)  # («необязательно» was cut at 1024 px: "необязательнс")
        for kind in LOSS_TYPES:  # the words shown; the kind recorded is the item's data
            self.f_loss_type.addItem(shown(LOSS_KINDS, kind), kind)
        self.f_loss = number_field("loss_carats", field=forms.Loss.FIELDS[0], ctx=ctx)
        self.f_loss.returnPressed.connect(self.add_loss)
        self.loss_button = QPushButton(tr("Record loss"))
        self.loss_button.setObjectName("add_loss")
        self.loss_button.clicked.connect(self.add_loss)
        grid.addWidget(QLabel(tr("Loss")), 1, 0)
        grid.addWidget(self.f_loss_type, 1, 1)
        grid.addWidget(QLabel(tr("Carats")), 1, 2)
        grid.addWidget(self.f_loss, 1, 3)
        grid.addWidget(self.loss_button, 1, 6)
        # What is refused, under the two rows: the category's, then each figure's, naming it (in
        # a figure's narrow cell a refusal wrapped over four lines on the smallest screen).
        said = QVBoxLayout()
        said.setContentsMargins(0, 0, 0, 0)
        said.setSpacing(2)
        said.addWidget(self.f_category.message)
        #: After a refusal the form takes no keys until Esc (a scanner's next entry would run
        #: into the refused one's fields): what was refused, and how to go on, said first.
        #: The results form's fields and buttons.
        self._form: tuple[QWidget, ...] = (
            self.f_category,
            self.f_carats,
            self.f_stones,
            self.add_button,
            self.f_loss_type,
            self.f_loss,
            self.loss_button,
        )
        self.hold: RefusalHold = RefusalHold(self._form, QLabel())
        said.insertWidget(0, self.hold.label)
        for figure in (self.f_carats, self.f_stones, self.f_loss):
            said.addWidget(figure.message_placed())
        grid.addLayout(said, 2, 1, 1, 6)
        self._build_balance(grid)
        # Rows a little closer than the style's: with the balance's panel under them the page
        # still fits 1366x768 at 150 % without scrolling.
        grid.setVerticalSpacing(4)
        margins = grid.contentsMargins()
        grid.setContentsMargins(margins.left(), margins.top(), margins.right(), 6)
        layout.addWidget(entry)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), entry)  # (as the receiving form's)
        clear.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear.activated.connect(self.clear_entry)

        # The entries down the whole left, the lot's totals on the right (where it stands, then
        # by category, a splitter between): at 1366x768 and 150 % the entries showed two rows
        # when both lists shared the left, and the state's sentence was cut at the foot.
        body = QSplitter()
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        self.entries: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("uid", tr("Entry")),
                Column("what", tr("Category / loss")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones", tr("Stones"), numeric=True, fmt=stones_text),
                Column("user", tr("By")),
                Column("note", tr("Correction")),
            ]
        )
        self.entries.tint = lambda row: OVER_COLOUR if row["mct"] < 0 else None
        self.entries_table = Table("entries_table")
        self.entries_table.setModel(self.entries)
        self.entries_table.fit_columns([95, 130, 90, 90, 60])
        self.summary: ListTableModel[dict[str, Any]] = ListTableModel(
            [
                Column("code", tr("Category")),
                Column("mct", tr("Carats"), numeric=True, fmt=ct),
                Column("stones", tr("Stones"), numeric=True),
                Column("name", tr("Name")),  # last, taking what is left: the figures stay in view
            ]
        )
        self.summary_table = Table("summary_table")
        self.summary_table.setModel(self.summary)
        self.summary_table.fit_columns([100, 80, 60])
        tables_layout.addWidget(QLabel(tr("Entries")))
        tables_layout.addWidget(self.entries_table, 1)
        body.addWidget(tables)
        totals = self.totals = Totals()
        totals.addWidget(self._build_reconciliation())
        by_category = QWidget()
        by_category_layout = QVBoxLayout(by_category)
        by_category_layout.setContentsMargins(0, 0, 0, 0)
        by_category_layout.addWidget(QLabel(tr("By category")))
        by_category_layout.addWidget(self.summary_table, 1)
        totals.addWidget(by_category)
        body.addWidget(totals)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)
        layout.addWidget(body, 1)

        buttons = FlowLayout()  # wraps on a narrow screen
        self.correct_button = QPushButton(tr("Correct selected entry..."))
        self.correct_button.clicked.connect(self.correct_entry)
        self.close_button = QPushButton(tr("Close sorting"))
        self.close_button.setObjectName("close_sorting")
        self.close_button.clicked.connect(self.close_sorting)
        self.report_button = QPushButton(tr("Reconciliation report..."))
        self.report_button.clicked.connect(self.print_current)
        self.import_button = QPushButton(tr("Import results (CSV)..."))
        self.import_button.clicked.connect(
            lambda: import_csv(
                self, self.ctx, "sorting", tr("Import sorting results"), self.lot or ""
            )
        )
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        #: What records a lot's results: open while its sorting is (``_show_lot``), and never
        #: where the file is read-only.
        self._recording: tuple[QWidget, ...] = (
            *self._form,
            self.close_button,
            self.correct_button,
            self.import_button,
        )
        self.request_refresh()
        self.apply_role()
        writes(ctx.read_only_why, *self._recording)

    def _build_reconciliation(self) -> QWidget:
        box = QGroupBox(tr("Reconciliation"))
        form = QFormLayout(box)
        self.r_received = QLabel()
        self.r_received.setWordWrap(True)  # a long line must not widen the window
        self.r_sorted = QLabel()
        self.r_sorted.setWordWrap(True)  # a long line must not widen the window
        self.r_losses = QLabel()
        self.r_losses.setWordWrap(True)  # a long line must not widen the window
        self.r_difference = QLabel()
        self.r_difference.setWordWrap(True)  # a long line must not widen the window
        self.r_stone_difference = QLabel()
        self.r_tolerance = QLabel()
        self.r_tolerance.setWordWrap(True)  # a long line must not widen the window
        self.r_state = QLabel()
        self.r_state.setObjectName("reconciliation_state")
        self.r_state.setWordWrap(True)
        # Stones read "120 stones (1 of 2 entries counted)": wrapped, not cut.
        for wrapped in (self.r_received, self.r_sorted, self.r_stone_difference):
            wrapped.setWordWrap(True)
        # Where the lot stands first, across the box: the sentence a sorter looks for, in view
        # on the shortest screen (it was the last row, cut there), on fewer lines.
        form.addRow(self.r_state)
        self.r_state.setAccessibleDescription(tr("State"))  # (its sentence stays its name)
        for name, label, widget in (
            ("r_received", tr("Received"), self.r_received),
            ("r_sorted", tr("Sorted"), self.r_sorted),
            ("r_losses", tr("Losses"), self.r_losses),
            ("r_difference", tr("Difference"), self.r_difference),
            ("r_stone_difference", tr("Stone difference"), self.r_stone_difference),
            ("r_tolerance", tr("Tolerance"), self.r_tolerance),
        ):
            if name:
                widget.setObjectName(name)
            form.addRow(label, widget)
        box.setMinimumWidth(280)
        # On a short screen the wrapped lines (State's sentence above all) scroll, never cut.
        scroller = QScrollArea()
        scroller.setObjectName("reconciliation_scroller")
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidgetResizable(True)
        scroller.setWidget(box)
        scroller.setMinimumWidth(
            box.minimumWidth() + scroller.verticalScrollBar().sizeHint().width()
        )
        return scroller

    def _build_balance(self, grid: QGridLayout) -> None:
        """The balance under the entry row: Capture (F9) fills the entry's carats, then on to
        stones; or the loss's carats, when they have (or last had) the cursor."""
        self.balance_panel = BalancePanel(
            self.ctx, self.f_carats, name="sort_balance", field_label=tr("Entry carats")
        )
        self.balance_panel.add_field(self.f_loss, tr("Loss carats"))
        self.balance_panel.weighed.connect(self._weighed)
        grid.addWidget(self.balance_panel, 3, 0, 1, 7)

    def _weighed(self) -> None:
        """A weight captured: from the entry's carats on to its stones; a loss's is recorded
        with Enter (or Record loss)."""
        self.hold.release()  # (a capture is a deliberate act)
        if self.balance_panel.field is self.f_carats:
            move_on(self.f_stones)

    # -- actions -------------------------------------------------------------------------------

    def open_lot(self, number: str) -> None:
        number = number.strip()
        found = self.ctx.act(self, lambda: lots.get_lot(self.ctx.db, number))
        if found is None:  # (the number selected: the next scan replaces it, not adds to it)
            self.f_lot.setFocus()
            self.f_lot.selectAll()
            return
        if found.number != self.lot:  # a weight captured for the last lot is not this one's
            self.balance_panel.forget(tr("lot {lot} opened").format(lot=found.number))
            # Nor what was typed for it: an entry half-typed for the last lot must not go into
            # this one (a lot is now opened by a scan from anywhere on this page).
            self._empty_form()
        self.lot = found.number
        self.f_lot.setText(found.number)
        self.refresh()
        self.f_category.setFocus()

    def kept(self) -> str:
        return self.lot or ""

    def take_up(self, kept: str) -> None:
        self.open_lot(kept)

    def show_item(self, key: str, detail: str = "") -> None:
        """Open lot ``key``; ``detail``, an entry's uid, selected (the scan box)."""
        self.open_lot(key)
        for n, entry in enumerate(self.entries.rows()):
            if detail and entry["uid"] == detail:
                self.entries_table.selectRow(n)
                self.entries_table.scrollTo(self.entries.index(n, 0))

    def add_entry(self) -> None:
        self.hold.release()
        lot = self._need_lot()
        if lot is None:
            return
        if not self.f_category.choose():
            if self.f_category.unmatched:
                self.hold.hold(self.f_category)
            else:
                self.f_category.setFocus()
            return
        fields = (self.f_carats, self.f_stones)
        if not check_numbers(*fields):
            self.hold.hold(next(f for f in fields if f.refused))
            return
        typed = {"carats": self.f_carats.text(), "stones": self.f_stones.text()}
        comma = self.f_carats.decimal_comma
        code = self.f_category.code()
        source = self.balance_panel.source()

        def do() -> Changes:
            goods = forms.parse(forms.Goods, typed, decimal_comma=comma)
            return sorting.add_entry(
                self.ctx.db, self.ctx.actor, lot, code, goods.carats, goods.stones, source=source
            )

        changes, refusal = self.ctx.act_said(
            self, do, tr("Entry into {category} of lot {lot}.").format(category=code, lot=lot)
        )
        if changes is not None:
            goods = forms.parse(forms.Goods, typed, decimal_comma=comma)
            category = assortment.get_category(self.ctx.db, code).code
            self.ctx.say(
                said.entry(changes.uid, goods.carats, goods.stones, category, lot, comma=comma),
                self,
            )
            self.f_category.clear()
            self.f_carats.clear()
            self.f_stones.clear()
            self.f_category.setFocus()
        else:  # (a refusal of no field: where what it asks is typed; else the carats)
            asked = {
                "special_one_stone": self.f_stones,  # ("... its own entry (stones 1)")
                "special_too_small": self.f_category,  # ("... belongs in a smaller size class")
                "special_not_in_specials": self.f_category,  # ("... in a specials category")
                "category_unknown": self.f_category,
                # ("... check the count, the carats or the category": the count when one was
                # typed, else the carats: less than one stone of the class; 0 is no count)
                "stones_out_of_band": (
                    self.f_stones if typed["stones"].strip() not in ("", "0") else self.f_carats
                ),
            }
            at = next((f for f in fields if f.refused), asked.get(self.ctx.refused))
            self.hold.hold(at or self.f_carats, refusal)

    def add_loss(self) -> None:
        self.hold.release()
        lot = self._need_lot()
        if lot is None:
            return
        if not check_numbers(self.f_loss):
            self.hold.hold(self.f_loss)
            return
        typed = {"carats": self.f_loss.text()}
        comma = self.f_loss.decimal_comma
        source = self.balance_panel.source(self.f_loss)
        changes, refusal = self.ctx.act_said(
            self,
            lambda: sorting.add_loss(
                self.ctx.db,
                self.ctx.actor,
                lot,
                self.f_loss_type.currentData(),
                forms.parse(forms.Loss, typed, decimal_comma=comma).carats,
                source=source,
            ),
        )
        if changes is not None:
            kind = self.f_loss_type.currentText()
            self.ctx.say(
                said.loss(
                    changes.uid,
                    forms.parse(forms.Loss, typed, decimal_comma=comma).carats,
                    kind,
                    lot,
                    comma=comma,
                ),
                self,
            )
            self.f_loss.clear()
            self.f_category.setFocus()
            self.balance_panel.aim(self.f_carats)  # the next capture is the next entry's
        else:
            self.hold.hold(self.f_loss, refusal)

    def unrecorded(self) -> str:
        """A sorting entry, when its carats or stones (or a loss's carats) are typed and not
        added."""
        typed = any(f.text().strip() for f in (self.f_carats, self.f_stones, self.f_loss))
        return tr("a sorting entry") if typed else ""

    def clear_entry(self) -> None:
        """Escape in the results form: empty it, nothing recorded, and say so; after a
        refusal, first only let the form go (``hold``), what was typed kept to correct."""
        popup = self.f_category.completer().popup()
        if popup is not None:
            popup.hide()
        if self.hold.release():
            self.ctx.say(tr("Correct the entry, then Enter."), self)
            return
        self._empty_form()
        (self.f_category if self.lot else self.f_lot).setFocus()
        self.ctx.say(tr("Entry cleared; nothing was recorded."), self)

    def _empty_form(self) -> None:
        self.hold.release()
        for edit in (self.f_category, self.f_carats, self.f_stones, self.f_loss):
            edit.clear()

    def correct_entry(self) -> None:
        """Reverse the entry selected in the list; none selected, the lot's last that stands
        (F8 from the form: an operator's mistyped entry undone without the mouse)."""
        self.hold.release()  # (a deliberate act: what the form held is not what it is about)
        if self._need_lot() is None:
            return
        row = self.entries_table.selected_row()
        if row is None:
            row = self._last_standing()
            if row is not None:
                self.entries_table.selectRow(row)
                self.entries_table.scrollTo(self.entries.index(row, 0))
        item = self.entries.row(row) if row is not None else None
        if not self.lot or item is None:
            self.ctx.said.emit(tr("Select the entry to correct first."))
            return
        lot = self.lot
        checked = self.ctx.act(
            self,
            lambda: sorting.check_correction(self.ctx.db, self.ctx.actor, lot, item["uid"]),
        )
        if checked is None:
            return  # (said: before a reason is typed for nothing)
        submit: Submit[str] = Submit(
            self.ctx,
            self,
            lambda reason: sorting.correct_entry(
                self.ctx.db, self.ctx.actor, lot, item["uid"], reason
            ),
            tr("Entry {entry} reversed.").format(entry=item["uid"]),
        )
        changes = submit.after(
            TextDialog.ask(
                self,
                tr("Correct entry {entry}").format(entry=item["uid"]),
                tr("Reason"),
                submit=submit,
                note=correct_note(
                    item,
                    lot,
                    comma=self.f_carats.decimal_comma,
                    timezone=self.ctx.settings().timezone,
                ),
            )
        )
        if changes is not None:
            self.ctx.say(
                said.reversed_entry(
                    item["uid"],
                    item["mct"],
                    item["what"],
                    changes.uid,
                    comma=self.f_carats.decimal_comma,
                ),
                self,
            )
            # The next entry, as the form's heading says (left on the button, a category
            # scanned next went to the scan box as a lot number).
            self.f_category.setFocus()

    def _last_standing(self) -> int | None:
        """The row of the lot's last entry neither reversed nor a reversal, if any."""
        rows = self.entries.rows()
        reversed_ = {e["reverses"] for e in rows if e["reverses"]}
        return next(
            (
                n
                for n in range(len(rows) - 1, -1, -1)
                if not rows[n]["reverses"] and rows[n]["uid"] not in reversed_
            ),
            None,
        )

    def correct_current(self) -> None:
        self.correct_entry()

    def close_sorting(self) -> None:
        """Close the open lot's sorting, asked first; the cursor then back in the form, however
        it ended (Esc on the second person's form left it nowhere on the page, and the next
        entry typed at a scanner's pace went to the scan box: a supervisor's day, 2026-12-07)."""
        try:
            self._close_sorting()
        finally:
            field = self.entry_field()
            if field is not None and self.isVisible():
                field.setFocus()

    def _close_sorting(self) -> None:
        self.hold.release()
        lot = self._need_lot()
        if lot is None:
            return
        # Checked first (a refusal comes before any summary), then asked once: where no
        # difference needs accepting the summary's Yes closes; else the second person signs
        # under the same figures (a carat difference beyond tolerance, or a stone difference).
        rec = self.ctx.act(self, lambda: sorting.check_close(self.ctx.db, self.ctx.actor, lot))
        if rec is None:
            return
        if not rec.needs_acceptance:
            if SummaryDialog.ask(
                self, tr("Close sorting of lot {lot}").format(lot=lot), close_summary(rec)
            ):
                self.ctx.act(
                    self,
                    lambda: sorting.close_sorting(self.ctx.db, self.ctx.actor, lot, shown=rec),
                    tr("Lot {lot} closed: its goods are in stock by category").format(lot=lot),
                )
            else:  # (No, the default: said, as a Yes is)
                self.ctx.say(tr("Lot {lot} not closed; its sorting goes on.").format(lot=lot), self)
            return

        def do(answer: dict[str, str]) -> Changes:
            # On a server the second person acts on their own sign-in to it.
            there, second = site.second_person(self.ctx.db, answer["user"], answer["password"])
            try:
                if sorting.check_close(there, second, lot) != rec:
                    # (Said so, not "close it again": this dialog shows the figures it had.)
                    raise UserError(
                        phrase(
                            "lot {lot}: its figures changed after this summary was made; nothing "
                            "was closed; cancel, and close its sorting again to see them now",
                            lot=lot,
                        )
                    )
                return sorting.close_sorting(
                    there,
                    second,
                    lot,
                    accept_difference=True,
                    reason=answer["reason"],
                    shown=rec,  # (the figures the second person signs under)
                )
            finally:
                if there is not self.ctx.db:
                    there.close()

        submit: Submit[dict[str, str]] = Submit(
            self.ctx,
            self,
            do,
            lambda answer: tr("Lot {lot} closed, the difference accepted by {user}").format(
                lot=lot, user=answer["user"]
            ),
        )
        submit.after(SecondPersonDialog.ask(self, close_summary(rec), submit=submit))

    def print_current(self) -> None:
        lot = self._need_lot()
        if lot is not None:
            print_document(self, self.ctx, "reconciliation", [lot])

    def _need_lot(self) -> str | None:
        """The open lot's number; None, said, when no lot is open."""
        if self.lot is None:
            self.ctx.said.emit(tr("Open a lot first: scan or type its number."))
            self.f_lot.setFocus()
            return None
        return self.lot

    # -- refresh -------------------------------------------------------------------------------

    def refresh(self) -> None:
        categories = assortment.list_categories(self.ctx.db)
        self.f_category.set_categories(categories)
        self._show_lot()

    def _show_lot(self) -> None:
        """Show the open lot: its state, entries and reconciliation."""
        if self.lot is None:
            self.lot_id = None
            self.entries.set_rows([])
            self.summary.set_rows([])
            self._show(None)
            return
        lot = lots.get_lot(self.ctx.db, self.lot)
        self.lot_id = lot.id
        self.lot_info.setText(
            tr("{lot}: {status}, origin {origin} ({source}), received {ct} ct{flag}").format(
                lot=lot.number,
                status=shown(LOT_STATUSES, lot.status),
                origin=lot.origin,
                source=", ".join(lot.mines) or lot.supplier,
                ct=carats_text(lot.weighed_mct or 0),
                flag=(
                    tr(", WEIGHT DIFFERENCE NOT ACKNOWLEDGED")
                    if lot.weight_flag and not lot.weight_acknowledged
                    else ""
                ),
            )
        )
        open_for_entries = lot.status in ("received", "sorting")
        for w in self._recording:
            enable(w, open_for_entries, closed_why(lot.number, lot.status))
        listed = sorting.list_entries(self.ctx.db, self.lot)
        # Each entry corrected says by which (a trial: the entry reversed read as if it stood).
        reversed_by = {e["reverses"]: e["uid"] for e in listed if e["reverses"]}
        self.entries.set_rows(
            [
                {
                    **e,
                    "what": e["category"]
                    or tr("loss: {kind}").format(kind=shown(LOSS_KINDS, e["loss_type"])),
                    "note": (
                        tr("reverses {entry}: {reason}").format(
                            entry=e["reverses"], reason=e["reason"]
                        )
                        if e["reverses"]
                        else tr("reversed by {entry}").format(entry=reversed_by[e["uid"]])
                        if e["uid"] in reversed_by
                        else ""
                    ),
                }
                for e in listed
            ]
        )
        self.entries_table.scrollToBottom()
        rec = sorting.reconciliation(self.ctx.db, self.lot)
        names = category_names(self.ctx.db)
        self.summary.set_rows(
            [
                {
                    "code": c,
                    "name": names.get(c, n),
                    "mct": m,
                    "stones": say(sorting.category_stones_text(rec, c, s)),
                }
                for c, n, m, s in rec.by_category
            ]
        )
        # (Closed, or not weighed: why it takes no entries, not "ready to close".)
        self._show(rec, "" if open_for_entries else closed_why(lot.number, lot.status))

    def _show(self, rec: Reconciliation | None, closed: str = "") -> None:
        """The reconciliation of ``rec`` (None: no lot open); ``closed``, why the lot takes no
        entries, in the state's place. The figures are then as tall as they now need."""
        if rec is None:
            for w in (
                self.r_received,
                self.r_sorted,
                self.r_losses,
                self.r_difference,
                self.r_stone_difference,
                self.r_tolerance,
                self.r_state,
            ):
                w.setText("")
            self.lot_info.setText(tr("No lot open."))
            self.totals.share()
            return
        self.r_received.setText(
            tr("{ct} ct, {stones}").format(
                ct=carats_text(rec.received_mct), stones=say(sorting.received_stones_text(rec))
            )
        )
        self.r_sorted.setText(
            tr("{ct} ct, {stones}").format(
                ct=carats_text(rec.sorted_mct), stones=say(sorting.sorted_stones_text(rec))
            )
        )
        self.r_stone_difference.setText(_stone_difference(rec))
        self.r_losses.setText(
            tr("{ct} ct").format(ct=carats_text(rec.loss_mct))
            + "".join(
                f"\n  {shown(LOSS_KINDS, k)}: {carats_text(v)}"
                for k, v in sorted(rec.losses_mct.items())
            )
        )
        self.r_difference.setText(
            tr("{ct} ct ({percent} %)").format(
                ct=carats_text(rec.difference_mct),
                percent=percent_text(rec.difference_mct, rec.received_mct),
            )
        )
        self.r_tolerance.setText(tr("{ct} ct").format(ct=carats_text(rec.tolerance_mct)))
        if rec.within_tolerance and rec.stones_not_counted_out:
            words, colour = (
                tr("Within tolerance, but {stones}: closing needs a second person").format(
                    stones=say(sorting.stone_difference_sentence(rec))
                ),
                PENDING_COLOUR,
            )
        elif rec.within_tolerance and rec.stone_difference:
            words, colour = (
                tr("Within tolerance, but a {difference}: closing needs a second person").format(
                    difference=say(sorting.stone_difference_sentence(rec))
                ),
                PENDING_COLOUR,
            )
        elif rec.within_tolerance:
            words, colour = tr("Within tolerance: ready to close"), OK_COLOUR
        elif rec.difference_mct > 0:
            words, colour = (
                tr("Still to sort: {ct} ct not yet accounted for (beyond the tolerance)").format(
                    ct=carats_text(rec.difference_mct)
                ),
                PENDING_COLOUR,
            )
        else:
            words, colour = (
                tr("Over tolerance: {ct} ct more sorted than received").format(
                    ct=carats_text(-rec.difference_mct)
                ),
                OVER_COLOUR,
            )
        self.r_state.setText(closed or words)
        self.r_state.setStyleSheet(
            "font-weight: bold;" if closed else f"color: {colour}; font-weight: bold;"
        )
        self.totals.share()

    def on_changes(self, changes: Changes) -> None:
        if changes.assortment:
            self.request_refresh()
        elif self.lot_id is not None and self.lot_id in changes.lots:
            self._show_lot()  # another page or workstation changed the open lot

    def after_own(self, changes: Changes) -> None:
        # An entry, a loss, a correction or a close of the open lot: the categories stay.
        self._show_lot()

    def apply_role(self) -> None:
        # An operator reverses their own last entry, a supervisor any (the service decides).
        own_tip(self.correct_button, marked(CORRECT_TIP))

    def entry_field(self) -> QWidget | None:
        return self.f_category if self.lot else self.f_lot  # (a lot's results, or a lot)

    def focus_search(self) -> None:
        self.f_lot.setFocus()
        self.f_lot.selectAll()

    def new_item(self) -> None:
        self.f_category.setFocus()


def close_summary(rec: Reconciliation) -> str:
    """What closing a lot's sorting settles, in figures (stones as counted, or not)."""
    settled = say(sorting.closing_summary(rec))
    return tr(
        "Close the sorting of lot {lot}: no entry can be added or corrected after.\n"
        "Received {received} ct ({received_stones})\n"
        "Sorted {sorted} ct in {entries}: {sorted_stones}\n"
        "{losses}{settled}"
    ).format(
        lot=rec.lot,
        received=carats_text(rec.received_mct),
        received_stones=say(sorting.received_stones_text(rec)),
        sorted=carats_text(rec.sorted_mct),
        # (The entries standing that hold goods, as the stones' count counts them: not the
        # losses, nor an entry reversed and its reversal: "8 entries ... 3 of 5 counted".)
        entries=tr("%n entries", "", rec.goods_entries),
        sorted_stones=say(sorting.sorted_stones_text(rec)),
        losses=(
            tr("Losses {ct} ct\n").format(ct=carats_text(rec.loss_mct)) if rec.loss_mct else ""
        ),
        settled=f"{settled[:1].upper()}{settled[1:]}",
    )


def correct_note(
    item: dict[str, Any], lot: str, *, comma: bool = False, timezone: str = "UTC"
) -> str:
    """The entry a correction reverses, named: its number, what, carats, stones, who and when
    (in the site's ``timezone``, as the app's lists say a time: not the log's UTC text)."""
    what = item["category"] or tr("loss: {kind}").format(kind=shown(LOSS_KINDS, item["loss_type"]))
    stones = (
        ""
        if item["loss_type"]
        else tr(", stones {stones}").format(stones=stones_text(item["stones"]))
    )
    at = tr(" at {at}").format(at=local_text(item["at"], timezone)) if item.get("at") else ""
    return tr(
        "Entry {entry} of lot {lot}: {what}, {ct} ct{stones}, entered by {user}{at}.\n"
        "It is reversed by a new entry with the reason; both stay on record."
    ).format(
        entry=item["uid"],
        lot=lot,
        what=what,
        ct=format_mct(item["mct"], decimal_comma=comma),
        stones=stones,
        user=item["user"],
        at=at,
    )


def _stone_difference(rec: Reconciliation) -> str:
    if rec.stone_difference is None:
        return _not_counted(rec)
    if rec.stone_difference == 0:
        return "0"
    return tr("{difference} ({received} received, {sorted} sorted)").format(
        difference=rec.stone_difference, received=rec.received_stones, sorted=rec.sorted_stones
    )


def _not_counted(rec: Reconciliation) -> str:
    """Why there is no stone difference: the side (or sides) whose stones were not counted."""
    sides = []
    if rec.received_stones is None:
        sides.append(tr("not counted in"))
    if not rec.stones_counted_out:
        counted = rec.counted_entries > 0
        sides.append(tr("not all counted out") if counted else tr("not counted out"))
    if len(sides) == 2:
        return tr("{first} and {second}").format(first=sides[0], second=sides[1])
    return "".join(sides)
