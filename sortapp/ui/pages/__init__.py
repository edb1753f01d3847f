"""The areas of work, one page each."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from sortapp.core.changes import Changes
from sortapp.core.entities import LOSS_WORDS
from sortapp.core.i18n import N_
from sortapp.ui.context import Context
from sortapp.ui.i18n import marked, tr


class Page(QWidget):
    """Base of every area: refreshes itself from change summaries and the signed-in role."""

    title = ""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.changed.connect(self._on_ctx_changed)
        # Bound methods, not lambdas: the connections end with the page (pages are made anew
        # when another user signs in).
        ctx.actor_changed.connect(self._on_ctx_actor_changed)

    def _on_ctx_actor_changed(self, _actor: object) -> None:
        self.apply_role()

    def unrecorded(self) -> str:
        """What the page holds typed and not yet recorded, as Quit names it ("" for nothing:
        a page of lists holds nothing a person would lose)."""
        return ""

    #: Nothing shown is current: everything is read when the page is next shown.
    _stale = True
    #: What changed while the page was hidden, brought in when it is next shown.
    _pending: Changes | None = None

    def refresh(self) -> None:
        """Reload everything shown (F5)."""

    def request_refresh(self) -> None:
        """Reload now if this page is on screen, else when it is next shown (a cheap start)."""
        if self.isVisible():
            self._stale = False
            self._read(self.refresh)
        else:
            self._stale = True

    def _read(self, read: Callable[..., object], *args: object) -> None:
        """Run a reload; if the facility server is lost meanwhile, what is shown stays as it
        was (the session goes offline and reads it all again once reconnected); so too where
        SQLite cannot read a part of a damaged file (``Context.read_failed``)."""
        try:
            read(*args)
        except Exception as exc:
            if not self.ctx.read_failed(exc):
                raise
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._pending = self._pending, None
        if self._stale:
            self._stale = False
            self._read(self.refresh)
        elif pending is not None:
            self._read(self.on_changes, pending)

    def _on_ctx_changed(self, changes: Changes, initiator: object) -> None:
        if isinstance(initiator, QWidget) and (initiator is self or self.isAncestorOf(initiator)):
            self._read(self.after_own, changes)
        elif self._stale:
            pass  # read whole when next shown
        elif self.isVisible():
            self._read(self.on_changes, changes)
        else:  # off screen: kept, and brought in when shown (a cheap start, no wasted reads)
            self._pending = changes if self._pending is None else self._pending | changes

    def on_changes(self, changes: Changes) -> None:
        """Bring up to date what ``changes`` touched (another page's action, or another
        workstation's), on screen; the default reloads everything."""
        self.request_refresh()

    def after_own(self, changes: Changes) -> None:
        """This page's own action succeeded: update what it touched. The default treats it as
        any change; a page that knows what its action changed updates just that."""
        self.on_changes(changes)

    def apply_role(self) -> None:
        """Enable what the signed-in user's role may do (the core refuses the rest anyway)."""

    def new_item(self) -> None:
        """Ctrl+N on this page."""

    def focus_search(self) -> None:
        """Ctrl+Shift+F on this page (Ctrl+F is the scan box)."""

    def entry_field(self) -> QWidget | None:
        """Where the cursor goes when the page is chosen from the keyboard (Ctrl+1...): the
        field a scan or the typing starts in; None: it stays where it is (a scanner's keys
        then go to the scan box)."""
        return None

    def kept(self) -> str:
        """What the page has open (a lot, a parcel), kept where it is made again in another
        language (``take_up``); "" for nothing."""
        return ""

    def take_up(self, kept: str) -> None:
        """Open again what ``kept`` said the page had open, made again in another language."""

    def show_item(self, key: str, detail: str = "") -> None:
        """Show ``key`` (a lot's or parcel's number; ``detail``: a row within it) selected
        on this page: what the scan box found."""

    def print_current(self) -> None:
        """Ctrl+P on this page: print its main document."""
        self.ctx.said.emit(tr("Nothing to print on {page}.").format(page=marked(self.title)))

    def correct_current(self) -> None:
        """F8 on this page: correct the entry it shows selected (the sorting page's)."""
        self.ctx.said.emit(tr("Nothing to correct on {page}.").format(page=marked(self.title)))


# -- the words the pages show for the data's codes (the code is what is stored and filtered on)

#: A lot's status, as its list and the sorting page say it.
LOT_STATUSES = {
    "awaiting_weight": N_("awaiting weight"),
    "received": N_("received"),
    "sorting": N_("sorting"),
    "sorted": N_("sorted"),
}
#: A parcel's status, as its list, its filter and its header say it.
PARCEL_STATUSES = {
    "draft": N_("draft"),
    "sealed": N_("sealed"),
    "shipped": N_("shipped"),
    "void": N_("void"),
}
#: A sorting loss's kind (``entities.LOSS_TYPES``), as the loss box and the entries say it.
LOSS_KINDS = LOSS_WORDS

#: A ledger entry's kind (``journal.kind``), as the movements say it.
ENTRY_KINDS = {
    "receive": N_("receipt"),
    "sort": N_("sorting closed"),
    "pack": N_("packing"),
    "ship": N_("shipment"),
    "void": N_("voiding"),
    "reversal": N_("reversal"),
}
#: Where a movement puts goods or takes them from (``balance.place``), as the movements and
#: a lot's lineage say it.
PLACES = {
    "world": N_("outside"),
    "received": N_("awaiting sorting"),
    "stock": N_("in stock"),
    "parcel": N_("in a parcel"),
    "shipped": N_("shipped out"),
    "loss": N_("lost"),
    "adjust": N_("sorting difference"),
}


class PartCount(int):
    """Stones of lines of which only some were counted: the counted ones' stones (a figure
    that sorts as one, said with its words by ``stones_text``)."""


def stones_text(value: int | None) -> str:
    """Stones as a table shows them: the count, or "not counted" (None; never 0): a sorting
    entry's, a ledger line's, as a parcel's lines say them; of lines only some of which were
    counted (``PartCount``), their count so said."""
    if value is None:
        return tr("not counted")
    if isinstance(value, PartCount):
        return tr("{stones}, not all counted").format(stones=int(value))
    return str(value)


def counted_stones(stones: int, counted: str) -> int | None:
    """A report row's stones as ``stones_text`` says them, from its ``counted`` ("all", "some"
    or "none": ``services.views.counted``)."""
    if counted == "none":
        return None
    return PartCount(stones) if counted == "some" else stones


def shown(words: Mapping[str, str], code: object) -> str:
    """The word for ``code`` in the user's language (a code not in ``words`` as it is, its
    underscores as spaces)."""
    text = "" if code is None else str(code)
    return marked(words[text]) if text in words else text.replace("_", " ")


# -- the registry: each page made by a small factory that imports its module when first called,
# so a cold start imports no page while the import graph and the type checker still see them.


@dataclass(frozen=True)
class PageSpec:
    """One area of work: its key (stored per user), title (marked: ``marked(spec.title)``
    shows it), Go-menu shortcut and factory."""

    key: str
    title: str
    shortcut: str
    factory: Callable[[Context], Page]


def _receiving(ctx: Context) -> Page:
    from sortapp.ui.pages.receiving import ReceivingPage  # noqa: PLC0415 (lazy)

    return ReceivingPage(ctx)


def _sorting(ctx: Context) -> Page:
    from sortapp.ui.pages.sorting import SortingPage  # noqa: PLC0415 (lazy)

    return SortingPage(ctx)


def _stock(ctx: Context) -> Page:
    from sortapp.ui.pages.stock import StockPage  # noqa: PLC0415 (lazy)

    return StockPage(ctx)


def _parcels(ctx: Context) -> Page:
    from sortapp.ui.pages.parcels import ParcelsPage  # noqa: PLC0415 (lazy)

    return ParcelsPage(ctx)


def _reports(ctx: Context) -> Page:
    from sortapp.ui.pages.reports import ReportsPage  # noqa: PLC0415 (lazy)

    return ReportsPage(ctx)


def _audit(ctx: Context) -> Page:
    from sortapp.ui.pages.audit import AuditPage  # noqa: PLC0415 (lazy)

    return AuditPage(ctx)


def _settings(ctx: Context) -> Page:
    from sortapp.ui.pages.settings import SettingsPage  # noqa: PLC0415 (lazy)

    return SettingsPage(ctx)


#: The areas of work, in Go-menu order (the index is what the window stores per user).
PAGES: tuple[PageSpec, ...] = (
    PageSpec("receiving", N_("Receiving"), "Ctrl+1", _receiving),
    PageSpec("sorting", N_("Sorting"), "Ctrl+2", _sorting),
    PageSpec("stock", N_("Stock"), "Ctrl+3", _stock),
    PageSpec("parcels", N_("Parcels"), "Ctrl+4", _parcels),
    PageSpec("reports", N_("Reports"), "Ctrl+5", _reports),
    PageSpec("audit", N_("Audit log"), "Ctrl+6", _audit),
    PageSpec("settings", N_("Settings"), "Ctrl+7", _settings),
)
