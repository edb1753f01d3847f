"""The audit log: filterable, read-only, with 'Verify now' run in the background."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from sortapp.core.changes import Changes
from sortapp.services import browse, history, verify
from sortapp.storage.dbapi import Database
from sortapp.ui.context import Context
from sortapp.ui.dialogs import message
from sortapp.ui.models import Column, LazyTableModel, page_args
from sortapp.ui.ops import Operation, run_op
from sortapp.ui.pages import Page
from sortapp.ui.widgets import Table, enable


class AuditPage(Page):
    title = "Audit log"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.op: Operation | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("audit_search")
        self.search.setPlaceholderText("Search object or details (Ctrl+Shift+F)")
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.user = QLineEdit()
        self.user.setObjectName("audit_user")
        self.user.setPlaceholderText("user")
        self.user.textChanged.connect(lambda _t: self.model.refresh())
        self.verify_button = QPushButton("Verify now")
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify_now)
        for w in (self.search, self.action, self.user, self.verify_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.result = QLabel("The chain has not been verified in this session.")
        self.result.setObjectName("verify_result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        tz = ctx.settings().timezone
        # Each entry as a sentence in the site's units and zone; its raw details beside it.
        self.model: LazyTableModel[history.ShownLine] = LazyTableModel(
            [
                Column("uid", "Entry", sort_key="id"),
                Column("when", f"Time ({tz})", sort_key="at"),
                Column("user", "User", sort_key="user"),
                Column("sentence", "What happened"),
                Column("action", "Action", sort_key="action"),
                Column("object", "Object", sort_key="object"),
                Column("details", "Details (as recorded)"),
            ],
            lambda *page: self._ids(*page)(ctx.db),
            lambda ids: history.audit_lines(ctx.db, ids),
            order="id",
        )
        self.model.failed = ctx.lost  # the server lost: the rows held stay
        self.model.ahead = lambda *page: ctx.read_ahead(self._ids(*page))
        self.model.read_idle = not ctx.on_server  # a file: its next page read when idle
        self.table = Table("audit_table")
        self.table.setModel(self.model)
        self.table.fit_columns([100, 165, 70, 480, 110, 110])
        layout.addWidget(self.table, 1)
        self.request_refresh()

    def _ids(
        self, order: str, descending: bool, limit: int, offset: int, after: int | None
    ) -> Callable[[Database], list[int]]:
        """A page of the entries the filters show, to read (on any connection)."""
        action = self.action.currentText()
        return partial(
            browse.audit_ids,
            search=self.search.text().strip(),
            action="" if action == "all actions" else action,
            user=self.user.text().strip(),
            **page_args(order, descending, limit, offset, after),
        )

    def refresh(self) -> None:
        current = self.action.currentText()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItems(["all actions", *browse.audit_actions(self.ctx.db)])
        self.action.setCurrentText(current or "all actions")
        self.action.blockSignals(False)
        self.model.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.audit:
            self.model.update()  # the new entries come in; the list keeps its place

    def focus_search(self) -> None:
        self.search.setFocus()

    def verify_now(self) -> None:
        actor = self.ctx.actor
        enable(self.verify_button, False, "Verifying now: the result comes below")
        self.result.setText("Verifying the audit chain, the ledger and the file...")
        self.op = run_op(
            self,
            "Verifying...",
            self.ctx.target,
            lambda db: verify.verify(db, actor, seal=True),
            self._verified,
            self._failed,
        )

    def _verified(self, report: verify.Report) -> None:
        enable(self.verify_button, True, "")
        counts = ", ".join(f"{v} {k}" for k, v in report.checked.items())
        if report.ok:
            text = f"Verified: OK ({counts})."
            self.result.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            text = f"Verify FAILED: {len(report.problems)} problems. " + "; ".join(
                report.problems[:5]
            )
            self.result.setStyleSheet("color: #b00020; font-weight: bold;")
        if report.notes:  # said even when all is well (a restore set checkpoints aside)
            text += " Note: " + "; ".join(report.notes) + "."
        self.result.setText(text)
        self.ctx.say(text, self)
        if not self.ctx.locked:  # no box over the lock screen
            message(self, "Verify", text)

    def _failed(self, exc: Exception) -> None:
        enable(self.verify_button, True, "")
        self.result.setText("Verify could not run.")
        self.ctx.fail(self, exc)
