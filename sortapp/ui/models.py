"""Table models: a lazy one for big lists (ids + rows fetched by id) and one for small lists.

Columns are declared once (anki's ``Column``); ``DisplayRole`` gives the formatted text,
``UserRole`` the raw value (an int of mct or cents, never a float). A lazy model's rows are frozen
dataclasses (``services.browse.LotRow``...): a column's key is an attribute; a small list's rows are
dicts (a column's key is a key) or, read with ``getattr``, dataclasses and named tuples.
"""

from __future__ import annotations

import logging
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from itertools import accumulate, islice
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sortapp.core.i18n import SOURCE_LANGUAGE
from sortapp.core.units import format_cents, format_mct
from sortapp.services.validation import printed
from sortapp.ui.i18n import language, marked, moment_text, number_text

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Rows read at once when a row not held is painted: a screen's (24-pixel rows, up to 900 pixels
#: below it; a taller screen reads the rest in a second read) and a dozen above. A jump reads
#: the rows it shows in the frame that shows them, and not many more (issue 15).
BATCH = 50

#: A row of a model: a frozen dataclass for the lazy models, a dict for the small lists.
Row = TypeVar("Row")


def ct(value: Any) -> str:
    return "" if value is None else format_mct(value)


def usd(value: Any) -> str:
    return "" if value is None else format_cents(value)


def text(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    numeric: bool = False
    fmt: Callable[[Any], str] = text
    #: The key the core sorts by (lazy models); None: not sortable.
    sort_key: str | None = None
    #: Its text holds dates and times as the app writes them (``2026-12-02 14:05``): shown as
    #: the user's language writes them. A numeric column's figures are, always.
    moment: bool = False
    #: The few words it shows, where they are a closed set (a status, a role: the words ``fmt``
    #: gives for the data's codes, marked ``N_``): its table keeps it as wide as the longest in
    #: the user's language (``widgets.Table``), and none is ever cut (issue 18).
    words: tuple[str, ...] = ()


def localizers(columns: Sequence[Column]) -> tuple[tuple[int, Callable[[str], str]], ...]:
    """How each column's text is shown in the user's language, where it differs from the
    English ``fmt`` gives (what an export writes): the figures of a numeric column, grouped by
    thousands in every language (``540,082.00``), and the dates and times of a ``moment`` one,
    which English shows as they are."""
    english = language() == SOURCE_LANGUAGE
    found: list[tuple[int, Callable[[str], str]]] = []
    for n, column in enumerate(columns):
        if column.numeric:
            found.append((n, number_text))
        elif column.moment and not english:
            found.append((n, moment_text))
    return tuple(found)


# The roles a cell answers, as the plain ints Qt hands to ``multiData`` (no enum per cell).
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_USER = Qt.ItemDataRole.UserRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
#: A cell's whole text, where its display text is cut to what its column can show (``Bound``).
FULL_TEXT = Qt.ItemDataRole.UserRole.value + 1
#: What copying a cell takes (Ctrl+C): a figure exact, as an export writes it (``1234.567``,
#: which any figure field reads back), any other text whole as it is shown.
COPIED = Qt.ItemDataRole.UserRole.value + 2
#: Qt's delegate (QStyledItemDelegate, Qt 6) asks seven roles of a cell, always in one span in
#: this order: font, alignment, foreground, check state, decoration, display, background.
_DELEGATE_ROLES = 7
_DELEGATE_ALIGN, _DELEGATE_FOREGROUND, _DELEGATE_DISPLAY = 1, 2, 5
#: At most this many rows are held formatted (``_Base.shown``); beyond, they are formatted again.
SHOWN = 1000
_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    found = _BRUSHES.get(colour)
    if found is None:
        found = _BRUSHES[colour] = QBrush(QColor(colour))
    return found


#: A row as painted: the row itself, its cells' text and its colour (None: the view's).
Shown = tuple[Any, tuple[str, ...], QBrush | None]


@dataclass(frozen=True)
class Bound:
    """How much of a column's text can show: ``width`` pixels of a font whose characters
    advance by ``advances`` pixels (by ASCII code, kerning aside).

    Qt lays out a cell's whole text to elide it, however little of it shows: an audit entry's
    details are 140-290 characters in a column showing about 40, laid out on every paint. A
    text that surely overflows its column is cut where the sum of its characters' advances
    passes ``limit`` (the width, a fifth more and two of the widest characters: kerning never
    takes back that much), so Qt still elides it, at the same place, from a far shorter text.
    Only printable ASCII text is cut (its advances are known); any other is shown whole.
    """

    width: int
    advances: tuple[float, ...]
    limit: float = field(init=False, compare=False)
    #: A text of at most this many characters is never cut (within the limit even if each
    #: character is the widest).
    fits: int = field(init=False, compare=False)
    #: The most characters a cut text keeps (the limit in the narrowest characters).
    most: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        printable = self.advances[32:127]
        limit = max(0, self.width) * 1.2 + 2 * max(printable)
        object.__setattr__(self, "limit", limit)
        object.__setattr__(self, "fits", int(limit // max(printable)))
        object.__setattr__(self, "most", int(limit // max(min(printable), 0.5)) + 1)

    def cut(self, text: str) -> str:
        """``text`` as its column shows it: cut where it surely overflows, else whole."""
        if len(text) <= self.fits or not (text.isascii() and text.isprintable()):
            return text
        head = text[: self.most]
        widths = list(accumulate(map(self.advances.__getitem__, head.encode("ascii"))))
        at = bisect_right(widths, self.limit)  # the first character past the limit
        return text if at >= len(text) else text[: at + 1]


class _Base(QAbstractTableModel, Generic[Row]):
    """A table of rows and declared columns. A row is formatted once, when first painted, and
    its cells answered from that (``shown``): a view paints every cell visible, asking it for
    several roles, on every scroll and repaint."""

    def __init__(
        self, columns: Sequence[Column], get: Callable[[Row, str], Any], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        # The headings in the user's language, looked up once per model (a column's ``header``
        # is marked ``N_`` where it is declared; one already translated is found as it is).
        self._headers = tuple(marked(c.header) for c in self.columns)
        # The columns whose text the user's language writes otherwise (none in English): the
        # display only; the value (``UserRole``), the sort and an export keep the exact figure.
        self._local = localizers(self.columns)
        # How a cell's value is read from its row by the column's key (getattr, dict.get): a
        # builtin.
        self._get = get
        self._tint: Callable[[Row], str | None] | None = None
        self._aligns = tuple(RIGHT if c.numeric else LEFT for c in self.columns)
        self._align_values = tuple(a.value for a in self._aligns)
        self._column_count = len(self.columns)
        #: The rows formatted, by row number; each checked against the row held there now.
        self._shown: dict[int, Shown] = {}
        #: What each column can show (``show_within``); None: its text shown whole.
        self._bounds: list[Bound | None] = [None] * len(self.columns)
        self._cuts: list[tuple[int, Bound]] = []  # (the columns bound)

    @property
    def tint(self) -> Callable[[Row], str | None] | None:
        """The colour of a row's text (None: the view's), from the row."""
        return self._tint

    @tint.setter
    def tint(self, tint: Callable[[Row], str | None] | None) -> None:
        self._tint = tint
        self._shown = {}

    def show_within(self, column: int, bound: Bound | None) -> None:
        """Cut the display text of ``column`` to what it can show (its view's width and font:
        ``widgets.Table`` tells it); None: shown whole. The whole text stays the cell's tooltip,
        its ``FULL_TEXT`` and what is copied."""
        if 0 <= column < len(self._bounds) and self._bounds[column] != bound:
            self._bounds[column] = bound
            self._cuts = [(n, b) for n, b in enumerate(self._bounds) if b is not None]
            self._shown = {}

    def bound_of(self, column: int) -> Bound | None:
        """What ``column`` can show (``show_within``); None: its text shown whole."""
        return self._bounds[column] if 0 <= column < len(self._bounds) else None

    def full_text(self, row: int, column: int) -> str | None:
        """The whole text of a cell, however much of it shows."""
        item = self.row(row)
        if item is None or not 0 <= column < len(self.columns):
            return None
        return self._whole(item, column)

    def _exact(self, item: Row, column: int) -> str:
        """A cell's text as its column's ``fmt`` writes it (what an export writes)."""
        col = self.columns[column]
        return col.fmt(self._get(item, col.key))

    def _whole(self, item: Row, column: int) -> str:
        whole = self._exact(item, column)
        for n, local in self._local:
            if n == column:
                return local(whole)
        return whole

    def texts_held(self, column: int, most: int) -> list[str]:
        """The whole texts of ``column`` in up to ``most`` of the rows held (never a row read
        for it: a view measuring its columns must not read a lazy list's rows)."""
        if not 0 <= column < len(self.columns):
            return []
        held = (self.row(n) for n in range(min(self.rowCount(), most)))
        return [self._whole(item, column) for item in held if item is not None]

    def shown(self, row: int) -> Shown | None:
        """Row ``row`` as painted (None: no such row, or not readable now), formatted once: a
        row replaced by another (a refresh, an update, a sort) is formatted again."""
        item = self.row(row)
        if item is None:
            return None
        found = self._shown.get(row)
        if found is not None and found[0] is item:
            return found
        if len(self._shown) >= SHOWN:
            self._shown = {}
        get = self._get
        colour = self._tint(item) if self._tint is not None else None
        cells = [c.fmt(get(item, c.key)) for c in self.columns]
        for n, cell in enumerate(cells):
            if not (cell.isascii() and cell.isprintable()):
                cells[n] = printed(cell)  # (a partner's text, psql's: as a document prints it)
        for n, local in self._local:
            cells[n] = local(cells[n])
        for n, bound in self._cuts:
            if len(cells[n]) > bound.fits:
                cells[n] = bound.cut(cells[n])
        found = (item, tuple(cells), _brush(colour) if colour else None)
        self._shown[row] = found
        return found

    def _forget_shown(self) -> None:
        self._shown = {}

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._headers[section]  # (whole in its tip, where a column gave way)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if self.columns[section].numeric else LEFT
        return None

    def row(self, row: int) -> Row | None:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = self.shown(index.row()) if index.isValid() else None
        if shown is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return shown[1][column]
        if role == _USER:
            return self._get(shown[0], self.columns[column].key)
        if role == _ALIGN:
            return self._aligns[column]
        if role == _FOREGROUND:
            return shown[2]
        if role in (FULL_TEXT, _TOOLTIP):
            whole = self.full_text(index.row(), column)
            # (a tooltip only where the text is cut: the cell shows the rest whole)
            return whole if role == FULL_TEXT or whole != shown[1][column] else None
        if role == COPIED:
            item = shown[0]
            numeric = self.columns[column].numeric
            return self._exact(item, column) if numeric else self._whole(item, column)
        return None

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """Every role a view asks of a cell in one call, answered as ``data`` does: a cell
        painted is one call into Python, not seven (Qt's delegate asks its font, alignment,
        colour, check state, icon, text and background at once).

        A row already formatted is answered from ``_shown`` by its number alone (every change
        of rows forgets what it changed), and Qt's delegate's span by the places of its roles:
        each role reached through the span is a call into Qt, and the cells of a screen are
        hundreds on every scroll."""
        found = self._shown.get(index.row())  # (an invalid index: row -1, never held)
        if found is None:
            found = self.shown(index.row()) if index.isValid() else None
            if found is None:
                for wanted in roleDataSpan:
                    wanted.clearData()
                return
        column = index.column()
        if len(roleDataSpan) == _DELEGATE_ROLES:
            display = roleDataSpan[_DELEGATE_DISPLAY]
            align = roleDataSpan[_DELEGATE_ALIGN]
            fore = roleDataSpan[_DELEGATE_FOREGROUND]
            if display.role() == _DISPLAY and align.role() == _ALIGN and fore.role() == _FOREGROUND:
                # Its font, check state, icon and background this model never answers: the
                # delegate's span holds them empty from its start (it is the delegate's own,
                # handed again cell after cell, and no model of this app ever fills them).
                display.setData(found[1][column])
                align.setData(self._align_values[column])
                if found[2] is None:
                    fore.clearData()
                else:
                    fore.setData(found[2])
                return
        # Every role set or emptied: Qt hands the same span again, cell after cell.
        for wanted in roleDataSpan:
            role = wanted.role()
            if role == _DISPLAY:
                wanted.setData(found[1][column])
            elif role == _ALIGN:
                wanted.setData(self._align_values[column])
            elif role == _FOREGROUND and found[2] is not None:
                wanted.setData(found[2])
            elif role == _USER:
                wanted.setData(self._get(found[0], self.columns[column].key))
            elif role in (FULL_TEXT, _TOOLTIP):
                whole = self.data(index, role)
                if whole is None:
                    wanted.clearData()
                else:
                    wanted.setData(whole)
            else:
                wanted.clearData()

    # (flags: QAbstractTableModel's own, enabled and selectable, answered without Python.)


#: Ids are fetched a page at a time (Qt asks for more as the view scrolls down).
PAGE = 2000
#: At most this many rows are held; beyond, the held rows are dropped and fetched again.
CACHED = 4000
#: Pages of ids read ahead when idle (``LazyTableModel.read_idle``), one an idle turn.
IDLE_PAGES = 2
#: Which page of ids: order, descending, limit, offset, the last id held (``fetch_ids``'s).
Page = tuple[str, bool, int, int, int | None]


def page_args(
    order: str, descending: bool, limit: int, offset: int, after: int | None
) -> dict[str, Any]:
    """A page of ids (``fetch_ids``'s arguments) as the services' id queries are given it."""
    return {
        "order": order,
        "descending": descending,
        "limit": limit,
        "offset": offset,
        "after": after,
    }


#: The most ids one array of ``Ids`` holds (256 KB of them).
ID_CHUNK = 1 << 15


class Ids:
    """The ids a big list holds, in order, in arrays of at most ``ID_CHUNK`` ids each (arrays,
    not lists: the garbage collector walks every item of a list on each full collection, a
    million ids a 10 ms pause while scrolling; an array it does not). Not one array: grown a
    page at a time it is now and then copied whole to new memory, whose pages the system then
    hands out one by one (the audit log's 528,000 ids: 4 MB, a thousand page faults, 15-25 ms
    within one scrolled frame). A full chunk never moves; a chunk growing copies at most its
    own 256 KB (issue 15)."""

    __slots__ = ("_chunks", "_len")

    def __init__(self, ids: Sequence[int] = ()) -> None:
        self._chunks: list[array[int]] = []
        self._len = 0
        self.extend(ids)

    def extend(self, ids: Sequence[int]) -> None:
        at, count = 0, len(ids)
        while at < count:
            if not self._chunks or len(self._chunks[-1]) >= ID_CHUNK:
                self._chunks.append(array("q"))
            last = self._chunks[-1]
            took = ids[at : at + ID_CHUNK - len(last)]
            last.extend(took)
            at += len(took)
        self._len += count

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, n: int) -> int:
        if n < 0:
            n += self._len
        if not 0 <= n < self._len:
            raise IndexError(n)
        return self._chunks[n // ID_CHUNK][n % ID_CHUNK]

    def span(self, start: int, stop: int) -> list[int]:
        """The ids from row ``start`` up to (not including) row ``stop``, as far as they are
        held (rows, not a slice's negative indexes: from row 0 at least)."""
        start, stop = max(0, start), min(stop, self._len)
        out: list[int] = []
        while start < stop:
            chunk, at = divmod(start, ID_CHUNK)
            took = self._chunks[chunk][at : at + stop - start]
            out.extend(took)
            start += len(took)  # (never 0: row ``start`` is held)
        return out

    def __iter__(self) -> Iterator[int]:
        for chunk in self._chunks:
            yield from chunk

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ids):
            return NotImplemented
        # (Every chunk but the last is full: the same ids, the same chunks.)
        return self._chunks == other._chunks

    __hash__ = None  # type: ignore[assignment]


#: Starts reading a page of ids elsewhere: its future, or None when it cannot.
Ahead = Callable[[str, bool, int, int, int | None], "Future[list[int]] | None"]


class LazyTableModel(_Base[Row]):
    """Holds the ids of a big list, a page at a time; fetches rows by id in batches and caches
    them. ``fetch_ids(order, descending, limit, offset, after_id)`` pages by id (keyset) when
    sorted by id, else by offset; ``fetch_rows(ids)`` returns frozen dataclasses by id, each
    column's key one of their fields.

    ``ahead``, when set (on the facility server), starts reading a page of ids elsewhere (a
    worker's connection: ``Context.read_ahead``) and gives its future, or None when it cannot:
    the page after the last one held is asked for as soon as that one is in, so that the view
    reaching the end finds it ready (one not yet in is read as before). A page read ahead is
    used only for the ids it was asked after: a refresh, an update or a sort in between
    forgets it.

    ``read_idle``, when set (on a file, read fast enough on the GUI thread), reads that next page
    here once the event loop is idle after a paint (a zero timer started while painting, so it
    never delays the frame that shows the rows), on the list's own connection, and the one after
    it in the next idle turn (``IDLE_PAGES``): a view that jumps far down (its scroll bar
    dragged, a page key held) finds the pages it needs in (issue 15).
    """

    #: The ids held changed, or whether more may come: how many a page says follows it.
    held = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_ids: Callable[[str, bool, int, int, int | None], list[int]],
        fetch_rows: Callable[[Sequence[int]], dict[int, Row]],
        *,
        order: str,
        descending: bool = True,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, getattr, parent)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self.order = order
        self.descending = descending
        self._ids = Ids()
        self._rows: dict[int, Row] = {}
        self._more = False
        #: Told of a fetch that failed (``Context.read_failed``): True when it was the facility
        #: server lost, or a part of a damaged file SQLite cannot read, and the rows held stay
        #: as they are (rows not read are painted blank); else the error is raised.
        self.failed: Callable[[BaseException], bool] | None = None
        #: Told whether such a fetch met a part of a damaged file SQLite cannot read
        #: (``Context.unreadable``): the ids it asked for (a filter, a search) are then not
        #: known, and the list shows none rather than those it held.
        self.unreadable: Callable[[BaseException], bool] | None = None
        self.ahead: Ahead | None = None
        #: The next page being read ahead: which one, and its future.
        self._next: tuple[Page, Future[list[int]]] | None = None
        #: The pages read when idle, in order after the ids held: each page and its ids.
        self._idle_pages: list[tuple[Page, list[int]]] = []
        self.read_idle = False
        #: The next page is to be read when idle, once the rows have been painted.
        self._idle_due = False
        self._idle: QTimer | None = None

    def _next_page(self) -> Page:
        return (
            self.order,
            self.descending,
            PAGE,
            len(self._ids),
            self._ids[-1] if self._ids else None,
        )

    def _read_ahead(self, *, keep_idle: bool = False) -> None:
        """Forget the page read ahead, if any; start reading the next one, if there is one.
        ``keep_idle``: the pages read when idle still follow the ids held (a page taken from
        them was added), and are kept."""
        idle_pages = self._idle_pages if keep_idle else []
        self._forget_ahead()
        self._idle_pages = idle_pages
        if not self._more:
            return
        if self.ahead is not None:
            page = self._next_page()
            try:
                future = self.ahead(*page)
            except Exception:  # never fatal: the page is read when the view asks for it
                log.warning("could not start reading a page ahead", exc_info=True)
                return
            if future is not None:
                self._next = (page, future)
                return
        self._idle_due = self.read_idle

    def _when_idle(self) -> None:
        """Start the zero timer that reads the next page (``read_idle``): called while painting
        a row, so the page is read after the paint, in the event loop's next turn."""
        self._idle_due = False
        if self._idle is None:
            self._idle = QTimer(self)
            self._idle.setSingleShot(True)
            self._idle.setInterval(0)
            self._idle.timeout.connect(self._read_idle)
        self._idle.start()

    def _read_idle(self) -> None:
        """Read the next page not yet read now, unless one is being read ahead already, or
        there is none; and another in the next idle turn, up to ``IDLE_PAGES``. Their ids are
        used as pages read ahead (for the ids held now, forgotten on a change)."""
        if self._next is not None or not self._more or len(self._idle_pages) >= IDLE_PAGES:
            return
        if self._idle_pages:
            last, last_ids = self._idle_pages[-1]
            if len(last_ids) < PAGE or not last_ids:
                return  # (the list ends there)
            order, descending, limit, offset, _after = last
            page: Page = (order, descending, limit, offset + len(last_ids), last_ids[-1])
        else:
            page = self._next_page()
        try:
            ids = self._fetch_ids(*page)
        except Exception as exc:  # (read again when the view asks for it)
            log.info("a page read when idle failed; read when asked: %r", exc)
            return
        self._idle_pages.append((page, ids))
        if len(ids) == PAGE and len(self._idle_pages) < IDLE_PAGES and self._idle is not None:
            self._idle.start()  # the next one in the next idle turn

    def _forget_ahead(self) -> None:
        self._idle_due = False
        self._idle_pages = []
        if self._idle is not None:
            self._idle.stop()
        if self._next is not None:
            self._next[1].cancel()  # (a read under way runs on; its ids are not used)
            self._next = None

    def _ready(self, page: Page) -> list[int] | None:
        """The ids of ``page`` if they were read ahead and are in; None: read them now.

        A page still coming is not waited for: the reader may be opening its connection (tens
        of round trips) or be held up, while reading the page here costs one or two.
        """
        if self._idle_pages:
            page_idle, ids = self._idle_pages.pop(0)
            if page_idle == page:
                return ids
            self._idle_pages = []  # (never: they follow the ids held)
        pending, self._next = self._next, None
        if pending is None:
            return None
        page_ahead, future = pending
        if page_ahead != page or not future.done():
            future.cancel()
            return None
        try:
            return future.result()
        except Exception as exc:  # failed: read here, which tells if the server was lost
            log.info("a page read ahead failed; read again: %r", exc)
            return None

    def _lost(self, exc: BaseException) -> bool:
        return self.failed is not None and self.failed(exc)

    def _ids_or_none(self, limit: int) -> Ids | None:
        """The first ``limit`` ids as now sorted, or None when the server was lost (the rows
        held stay as they are); none where a damaged file cannot be read (``unreadable``)."""
        try:
            return Ids(self._fetch_ids(self.order, self.descending, limit, 0, None))
        except Exception as exc:
            if not self._lost(exc):
                raise
            return Ids() if self.unreadable is not None and self.unreadable(exc) else None

    def refresh(self) -> None:
        """Fetch the first page of ids again (filters or data changed); drop the cached rows."""
        self._forget_ahead()
        fresh = self._ids_or_none(PAGE)
        if fresh is None:
            return
        self.beginResetModel()
        try:
            self._ids = fresh
            self._more = len(self._ids) == PAGE
            self._rows = {}
            self._forget_shown()
        finally:
            self.endResetModel()
        self.held.emit()
        self._read_ahead()

    def update(self, changed: Iterable[int] = ()) -> None:
        """Bring the list up to date after an action, keeping what did not change.

        The rows named by ``changed`` (ids) are fetched again when next painted; the others stay
        cached. The ids are fetched again as far as they were held: if they are the same, only
        the named rows are repainted; if rows came, went or moved (a lot received, one that
        left the filter, a sort key changed), the layout changes and the selection follows its
        rows. Either way the view keeps its scroll position and selection, unlike ``refresh``.
        """
        changed = set(changed)
        held = max(len(self._ids), PAGE)
        # A page read ahead before the change may not follow the ids as they are now.
        self._forget_ahead()
        fresh = self._ids_or_none(held)
        if fresh is None:
            return
        for row_id in changed:
            self._rows.pop(row_id, None)
        if changed:
            self._forget_shown()  # (``multiData`` answers a row held formatted unchecked)
        if fresh == self._ids:
            if changed:
                last = len(self.columns) - 1
                for n, row_id in enumerate(self._ids):
                    if row_id in changed:
                        self.dataChanged.emit(self.index(n, 0), self.index(n, last))
            more = len(fresh) == held
            if more != self._more:  # (a row after those held: read as the list scrolls on)
                self._more = more
                self.held.emit()
            self._read_ahead()
            return
        self.layoutAboutToBeChanged.emit()
        try:
            before = self._ids
            where = {row_id: n for n, row_id in enumerate(fresh)}
            self._ids = fresh
            self._more = len(fresh) == held
            gone = set(before) - set(where)
            for row_id in gone:
                self._rows.pop(row_id, None)
            self._forget_shown()
            old = self.persistentIndexList()
            new = []
            for index in old:
                at = where.get(before[index.row()], -1) if 0 <= index.row() < len(before) else -1
                new.append(QModelIndex() if at < 0 else self.index(at, index.column()))
            self.changePersistentIndexList(old, new)
        finally:
            self.layoutChanged.emit()
        self.held.emit()
        self._read_ahead()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._next_page()
        more = self._ready(page)
        if more is None:
            try:
                more = self._fetch_ids(*page)
            except Exception as exc:  # (Qt asks again as the view scrolls)
                if not self._lost(exc):
                    raise
                return
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(more) - 1)
            try:
                self._ids.extend(more)
            finally:
                self.endInsertRows()
        self.held.emit()
        self._read_ahead(keep_idle=True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def row(self, row: int) -> Row | None:
        if not 0 <= row < len(self._ids):
            return None
        if self._idle_due:  # (a row read: being painted, as a rule)
            self._when_idle()
        row_id = self._ids[row]
        if row_id not in self._rows:
            start = max(0, row - BATCH // 4)
            wanted = [i for i in self._ids.span(start, start + BATCH) if i not in self._rows]
            far = len(self._rows) + len(wanted) > CACHED
            if far:
                wanted = self._ids.span(start, start + BATCH)
            try:
                fetched = self._fetch_rows(wanted)
            except Exception as exc:  # painted blank until it can be read
                if not self._lost(exc):
                    raise
                return None
            if far:
                # Scrolled far: forget the rows held (the new batch holds the ones in view), so
                # a list scrolled end to end holds a few thousand rows, not a million.
                self._rows = {}
                self._forget_shown()
            self._rows.update(fetched)
        return self._rows.get(row_id)

    def texts_held(self, column: int, most: int) -> list[str]:
        # (The rows read already, whichever they are: reading the first ones again would
        # forget the ones in view, scrolled far. None yet: the first, as its first screen.)
        if not 0 <= column < len(self.columns):
            return []
        if not self._rows and self._ids:
            self.row(0)
        return [self._whole(item, column) for item in islice(self._rows.values(), most)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return
        self.order = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


class ListTableModel(_Base[Row]):
    """A small list held whole (entries of a lot, stock by category, a parcel's lines).

    Rows are dicts (a column's key is a key) or, with ``get=getattr``, frozen dataclasses or
    named tuples (a column's key is a field).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        get: Callable[[Any, str], Any] = dict.get,
    ) -> None:
        super().__init__(columns, get, parent)
        self._items: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        try:
            self._items = list(rows)
            self._forget_shown()
        finally:
            self.endResetModel()

    def update_rows(self, key: str, rows: Sequence[Row]) -> None:
        """Replace the held rows whose ``key`` matches one of ``rows`` and repaint just those;
        rows not held are left for the next ``set_rows`` (they may not pass the list's filter)."""
        fresh = {self._get(r, key): r for r in rows}
        last = len(self.columns) - 1
        for n, item in enumerate(self._items):
            found = fresh.get(self._get(item, key))
            if found is not None:
                self._items[n] = found
                self._shown.pop(n, None)
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def rows(self) -> list[Row]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def row(self, row: int) -> Row | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        get = self._get

        def sort_key(r: Row) -> tuple[bool, Any]:
            value = get(r, key)
            return (value is None, value if value is not None else 0)

        self.beginResetModel()
        try:
            self._items.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
            self._forget_shown()
        finally:
            self.endResetModel()
