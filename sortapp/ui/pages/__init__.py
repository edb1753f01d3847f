"""The areas of work, one page each."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from sortapp.core.changes import Changes
from sortapp.ui.context import Context


class Page(QWidget):
    """Base of every area: refreshes itself from change summaries and the signed-in role."""

    title = ""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.changed.connect(self.on_changes)
        # Bound methods, not lambdas: the connections end with the page (pages are made anew
        # when another user signs in).
        ctx.actor_changed.connect(self._on_ctx_actor_changed)

    def _on_ctx_actor_changed(self, _actor: object) -> None:
        self.apply_role()

    _stale = True

    def refresh(self) -> None:
        """Reload everything shown (F5)."""

    def request_refresh(self) -> None:
        """Reload now if this page is on screen, else when it is next shown (a cheap start)."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Reload what ``changes`` touched; the default reloads everything."""
        self.request_refresh()

    def apply_role(self) -> None:
        """Enable what the signed-in user's role may do (the core refuses the rest anyway)."""

    def new_item(self) -> None:
        """Ctrl+N on this page."""

    def focus_search(self) -> None:
        """Ctrl+F on this page."""

    def print_current(self) -> None:
        """Ctrl+P on this page: print its main document."""
        self.ctx.said.emit(f"Nothing to print on {self.title}.")
