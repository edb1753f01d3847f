"""The audit log: filterable, read-only, with 'Verify now' run in the background."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from sortapp.core.changes import Changes
from sortapp.core.i18n import N_
from sortapp.services import browse, history, verify
from sortapp.storage.dbapi import Database
from sortapp.ui.context import Context
from sortapp.ui.dialogs import message
from sortapp.ui.i18n import number_text, said_text, say, tr
from sortapp.ui.models import Column, LazyTableModel, page_args
from sortapp.ui.ops import Operation, run_op
from sortapp.ui.pages import Page
from sortapp.ui.widgets import Table, enable


class AuditPage(Page):
    title = N_("Audit log")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.op: Operation | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("audit_search")
        self.search.setPlaceholderText(tr("Search object or details (Ctrl+Shift+F)"))
        self.search.setToolTip(self.search.placeholderText())  # (whole, where the row cuts it)
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.user = QLineEdit()
        self.user.setObjectName("audit_user")
        self.user.setPlaceholderText(tr("user"))
        self.user.textChanged.connect(lambda _t: self.model.refresh())
        self.verify_button = QPushButton(tr("Verify now"))
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify_now)
        # What a failed backup's warning asks for (``backups.backup_warning``): every row
        # again, whatever a seal proved, and SQLite's check of each index against its table.
        self.full = QCheckBox(tr("In full (each index against its table)"))
        self.full.setObjectName("verify_full")
        self.full.setToolTip(
            tr(
                "Check every row again, not only those since the last verified run, and compare "
                "each index with its table: several times slower on a long history."
            )
        )
        for w in (self.search, self.action, self.user, self.verify_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.result = QLabel(tr("The chain has not been verified in this session."))
        self.result.setObjectName("verify_result")
        self.result.setWordWrap(True)
        said = QHBoxLayout()  # (the result, and under the button the choice of how far)
        said.addWidget(self.result, 1)
        said.addWidget(self.full)
        layout.addLayout(said)
        tz = ctx.settings().timezone
        comma = ctx.settings().decimal_comma
        # Each entry as a sentence in the site's units and zone; its raw details beside it.
        self.model: LazyTableModel[history.ShownLine] = LazyTableModel(
            [
                Column("uid", tr("Entry"), sort_key="id"),
                Column("when", tr("Time ({tz})").format(tz=tz), sort_key="at", moment=True),
                Column("user", tr("User"), sort_key="user"),
                # (a sentence the services built: said in the user's language, its figures as
                # the language writes them unless the site's are with ',')
                Column("sentence", tr("What happened"), fmt=lambda v: said_text(v, comma=comma)),
                Column("action", tr("Action"), sort_key="action"),
                Column("object", tr("Object"), sort_key="object"),
                Column("details", tr("Details (as recorded)")),
            ],
            lambda *page: self._ids(*page)(ctx.db),
            lambda ids: history.audit_lines(ctx.db, ids),
            order="id",
        )
        # The server lost: the rows held stay; a damaged file's part unreadable: said once.
        self.model.failed, self.model.unreadable = ctx.read_failed, ctx.unreadable
        self.model.ahead = lambda *page: ctx.read_ahead(self._ids(*page))
        self.model.read_idle = not ctx.on_server  # a file: its next page read when idle
        self.table = Table("audit_table")
        self.table.setModel(self.model)
        self.table.fit_columns([100, 165, 70, 320, 110, 110])
        layout.addWidget(self.table, 1)
        self.request_refresh()

    def _ids(
        self, order: str, descending: bool, limit: int, offset: int, after: int | None
    ) -> Callable[[Database], list[int]]:
        """A page of the entries the filters show, to read (on any connection)."""
        # (the first item is "all actions", in the user's language)
        action = self.action.currentText() if self.action.currentIndex() > 0 else ""
        return partial(
            browse.audit_ids,
            search=self.search.text().strip(),
            action=action,
            user=self.user.text().strip(),
            **page_args(order, descending, limit, offset, after),
        )

    def refresh(self) -> None:
        current = self.action.currentText()
        everything = tr("all actions")
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItems([everything, *browse.audit_actions(self.ctx.db)])
        self.action.setCurrentText(current or everything)
        self.action.blockSignals(False)
        self.model.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.audit:
            self.model.update()  # the new entries come in; the list keeps its place

    def focus_search(self) -> None:
        self.search.setFocus()

    def verify_now(self) -> None:
        actor, full = self.ctx.actor, self.full.isChecked()
        enable(self.verify_button, False, tr("Verifying now: the result comes below"))
        self.full.setEnabled(False)
        self.result.setText(
            tr("Verifying everything in full, each index against its table...")
            if full
            else tr("Verifying the audit chain, the ledger and the file...")
        )
        stop = verify.Stop()

        def run(db: Database) -> verify.Report | None:
            try:
                return verify.verify(db, actor, full=full, seal=True, stop=stop)
            except verify.Stopped:  # (the window closing: nothing is said)
                return None

        self.op = run_op(
            self,
            tr("Verifying..."),
            self.ctx.target,
            run,
            self._verified,
            self._failed,
            stop=stop.stop,  # (asked as the window closes: it ends early, not run to its end)
        )

    def _verified(self, report: verify.Report | None) -> None:
        enable(self.verify_button, True, "")
        self.full.setEnabled(True)
        if report is None:  # (stopped: the window closing)
            return
        # The seal the run recorded (on a connection of its own) is listed now, not at the
        # watch's next look.
        self._read(self.model.update)
        counts = ", ".join(_checked(k, v) for k, v in report.checked.items())
        problems = [say(problem) for problem in report.problems]
        # The status bar says it in a line, the box's details hold every problem (a failing
        # file's 32 problems, five of them said three times over, had grown the status bar to
        # a third of the window, and the other 27 were nowhere to be read).
        if report.ok:
            text = said = tr("Verified: OK ({counts}).").format(counts=counts)
            self.result.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            text = tr("Verify FAILED: %n problems. {problems}", "", len(problems)).format(
                problems="; ".join(problems[:5])
            )
            if len(problems) > 5:
                text += " " + tr(
                    "(%n more: the box's Show Details, and this line's tool tip, list every one.)",
                    "",
                    len(problems) - 5,
                )
            said = tr("Verify FAILED: %n problems; the first: {problem}", "", len(problems)).format(
                problem=problems[0]
            )
            self.result.setStyleSheet("color: #b00020; font-weight: bold;")
        if report.notes:  # said even when all is well (a restore set checkpoints aside)
            notes = "; ".join(say(note) for note in report.notes)
            text = tr("{said} Note: {notes}.").format(said=text, notes=notes)
            said = tr("{said} Note: {notes}.").format(said=said, notes=notes)
        self.result.setText(text)
        self.result.setToolTip("\n\n".join(problems))  # (every problem, after the box)
        self.ctx.say(said, self)
        if not self.ctx.locked:  # no box over the lock screen
            icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning
            message(self, tr("Verify"), text, icon=icon, details="\n\n".join(problems))

    def _failed(self, exc: Exception) -> None:
        enable(self.verify_button, True, "")
        self.full.setEnabled(True)
        self.result.setText(tr("Verify could not run."))
        self.ctx.fail(self, exc)


def _checked(kind: str, count: int) -> str:
    """What verify checked of a kind (``Report.checked``), in the user's language and its
    figures (English as verify says it: ``924729 audit entries``)."""
    words: dict[str, Callable[[], str]] = {
        "protected rows": lambda: tr("%n protected rows", "", count),
        "signed entries": lambda: tr("%n signed entries", "", count),
        "audit entries": lambda: tr("%n audit entries", "", count),
        "ledger entries": lambda: tr("%n ledger entries", "", count),
        "sorting entries": lambda: tr("%n sorting entries", "", count),
        "ledger lines": lambda: tr("%n ledger lines", "", count),
        "sealed parcels": lambda: tr("%n sealed parcels", "", count),
        "checkpoints": lambda: tr("%n checkpoints", "", count),
    }
    said = words.get(kind)
    return number_text(said()) if said is not None else f"{count} {kind}"
