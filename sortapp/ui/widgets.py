"""Small widgets the pages share: tables, number fields, the category picker."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sortapp.core.changes import Changes
from sortapp.core.entities import Category
from sortapp.core.errors import UserError
from sortapp.core.forms import Field, Kind
from sortapp.core.units import format_cents, format_mct, format_percent
from sortapp.ui import textsize
from sortapp.ui.context import Context
from sortapp.ui.i18n import language, marked, say, tr
from sortapp.ui.models import COPIED, Bound


def _font_size(font: QFont) -> float:
    """A font's size: in points, or in pixels for a pixel-sized one (only ratios are used)."""
    points = font.pointSizeF()
    return points if points > 0 else float(font.pixelSize())


#: The most rows held whose texts a column that gives way no further than its texts measures.
TEXTS_MEASURED = 200


class Table(QTableView):
    """A read-only, row-selecting, sortable table with uniform rows (fast for big lists)."""

    def __init__(self, name: str, *, sortable: bool = True) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the next field or button (it went from cell to cell, rows
        # selected on the way: Shift+Tab toward "Correct selected entry" changed the entry).
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(sortable)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionsMovable(True)
        self.setWordWrap(False)
        # A column's display text cut to what it can show (``models.Bound``), as it is resized.
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        #: The size of the font the columns' widths were made for (they grow with the text).
        self._sized_for = _font_size(self.font())
        #: The columns that give up their width where they do not all fit (``give_way``), in
        #: that order: {column: [its least width at this text size, the width it returns to]}.
        self._giving: dict[int, list[int]] = {}
        self._giving_way = False
        self._relaying = False
        #: Whether a mouse button is down on the headings (a column dragged or fitted by the
        #: user), told by the headings' own events.
        self._on_headings = False
        self.horizontalHeader().viewport().installEventFilter(self)
        #: The widths ``_texts_width`` measured, by column, until the rows or the font change.
        self._measured: dict[int, int] = {}

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._measured.clear()
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
            ):
                signal.connect(self._rows_changed)
        self._bound_columns()
        self._widen_to_headings()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (Only the headings' viewport is watched: a button down there, a column's edge dragged
        # or double-clicked; not a click elsewhere whose work resizes a column.)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._on_headings = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._on_headings = False
        return super().eventFilter(watched, event)

    def _rows_changed(self, *_args: object) -> None:
        """The rows changed: their texts measured again, and the columns that give way laid
        out for them (once, after the change: a long text come in keeps its room)."""
        self._measured.clear()
        if self._giving and not self._relaying:
            self._relaying = True
            QTimer.singleShot(0, self, self._relay)

    def _relay(self) -> None:
        self._relaying = False
        self._give_way()

    def changeEvent(self, event: QEvent) -> None:
        # Rows grow with the text (the workstation's text size, ``ui.textsize``).
        if event.type() == QEvent.Type.FontChange:
            self._measured.clear()
            height = max(24, self.fontMetrics().height() + 8)
            self.verticalHeader().setDefaultSectionSize(height)
            # (The widths made here are not the user's: those that give way keep theirs, scaled
            # once with the text.)
            self._giving_way = True
            try:
                self._scale_columns()
                self._bound_columns()
                self._widen_to_headings()
            finally:
                self._giving_way = False
            self._give_way()
        super().changeEvent(event)

    def _scale_columns(self) -> None:
        """Each column's width grown (or shrunk) with the text, as its cells' texts are (lot
        numbers, category codes: at 130 % a fixed width cut "EXP-26-0001" to "EXP-26-0…",
        every parcel alike); the user's widths keep their proportions."""
        size = _font_size(self.font())
        if size <= 0 or self._sized_for <= 0 or size == self._sized_for:
            return
        ratio, self._sized_for = size / self._sized_for, size
        header = self.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)  # (the one shown last: moved or not)
        for column in range(header.count()):
            if (column == last and header.stretchLastSection()) or header.isSectionHidden(column):
                continue  # (it takes the room left; a hidden one keeps the width it comes back at)
            self.setColumnWidth(column, round(header.sectionSize(column) * ratio))
        for widths in self._giving.values():
            widths[:] = [round(width * ratio) for width in widths]

    def _bound_columns(self) -> None:
        header = self.horizontalHeader()
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            self._bind(column, header.sectionSize(column))

    def _bind(self, column: int, width: int) -> None:
        """Tell the model what ``column`` can show at ``width`` pixels of this view's font."""
        model = self.model()
        if model is not None and hasattr(model, "show_within"):
            model.show_within(column, Bound(width, _advances(self.font())))

    def sizeHintForColumn(self, column: int) -> int:
        # A column fitted to its contents (resizeColumnsToContents, a double click on its
        # header's edge) is fitted to its texts whole, not to the part its width shows now.
        model: Any = self.model()
        bound = model.bound_of(column) if hasattr(model, "bound_of") else None
        if bound is None:
            return super().sizeHintForColumn(column)
        model.show_within(column, None)
        try:
            return super().sizeHintForColumn(column)
        finally:
            model.show_within(column, bound)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        self._bind(column, new)
        if self._giving_way:
            return
        if column in self._giving and self._on_headings:
            # Dragged (or fitted) by the user: theirs now, given way no more (the table scrolls,
            # as any other); the others still give way. (Any other width is Qt's or this
            # table's own: a column that gives way returns to the width it was given.)
            del self._giving[column]
        self._give_way()

    def give_way(self, *columns: tuple[int, int]) -> None:
        """Let ``columns`` ((column, least width in pixels of the normal text size), in the
        order they give way) give up their width where the columns would not all fit the
        table (a language's longer headings, a narrow window), each down to its least: the
        figures after them stay in view rather than scroll out of it. Each has its width back
        as room returns (the one it was given); one the user drags keeps the user's width and
        gives way no more. A least of 0: no less than the column's texts need (of the rows
        held), its heading aside ("62" under "Камни", where "60, not all counted" keeps its
        width)."""
        header = self.horizontalHeader()
        ratio = self._sized_for / _font_size(textsize.base_font()) if self._sized_for else 1.0
        self._giving = {
            column: [round(least * ratio), header.sectionSize(column)] for column, least in columns
        }
        self._give_way()

    def _give_way(self) -> None:
        header = self.horizontalHeader()
        if not self._giving or not self.isVisible():
            return
        last = header.logicalIndex(header.count() - 1)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        # The room the columns that do not give way need: their widths, and the last its
        # heading's, and its figures' if it holds them (it stretches over what is left, and a
        # text there is cut as its column narrows).
        columns = getattr(self.model(), "columns", ())
        figures = last < len(columns) and columns[last].numeric
        fixed = sum(
            max(header.sectionSizeHint(c), self._texts_width(c) if figures else 0)
            if c == last
            else header.sectionSize(c)
            for c in shown
            if c not in self._giving or c == last
        )
        # (One moved to the last place stretches over what is left, as the last does. One that
        # gives way to its texts is as wide as they need where there is room.)
        wanted = {
            c: max(width, self._texts_width(c)) if least == 0 else width
            for c, (least, width) in self._giving.items()
            if c in shown and c != last
        }
        over = sum(wanted.values()) - (self.viewport().width() - fixed)
        given = dict(wanted)
        if over > 0:
            # First the room no text needs (beyond its heading's and its texts' widths), then,
            # in order, each column down to its least: a text is cut only where it must be.
            for column, width in wanted.items():
                need = max(header.sectionSizeHint(column), self._texts_width(column))
                spare = min(max(width - need, 0), over)
                given[column], over = width - spare, over - spare
            for column in wanted:
                least = self._giving[column][0] or self._texts_width(column)
                spare = min(max(given[column] - least, 0), over)
                given[column], over = given[column] - spare, over - spare
        self._giving_way = True
        try:
            for column, width in given.items():
                if header.sectionSize(column) != width:
                    self.setColumnWidth(column, width)
        finally:
            self._giving_way = False

    def _texts_width(self, column: int) -> int:
        """The width ``column``'s whole texts need, of the rows its model holds (at most
        ``TEXTS_MEASURED``), and at least a short figure's (a list with no rows yet keeps its
        column)."""
        found = self._measured.get(column)
        if found is None:
            model: Any = self.model()
            texts = {"00000"}
            if hasattr(model, "texts_held"):
                texts.update(model.texts_held(column, TEXTS_MEASURED))
            found = self._measured[column] = max(self.cell_width(t) for t in texts)
        return found

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._give_way()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._give_way()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Copy the current cell: its whole text, not the part of it its column shows; a figure
        # exact, as an export writes it (a figure field reads it back: not "1,234.567").
        if event.matches(QKeySequence.StandardKey.Copy):
            index = self.currentIndex()
            whole = index.data(COPIED) if index.isValid() else None
            if isinstance(whole, str):
                QGuiApplication.clipboard().setText(whole)
                event.accept()
                return
        super().keyPressEvent(event)

    def fit_columns(self, widths: Sequence[int]) -> None:
        """Set the columns' widths, given in pixels of the normal text size (grown as the
        workstation's text is, ``ui.textsize``), each at least its heading's (see
        :meth:`_widen_to_headings`)."""
        normal = _font_size(textsize.base_font())
        size = self._sized_for = _font_size(self.font())
        ratio = size / normal if size > 0 and normal > 0 else 1.0
        for i, width in enumerate(widths):
            self.setColumnWidth(i, round(width * ratio))
        self._widen_to_headings()

    def _widen_to_headings(self) -> None:
        """Widen each column its heading does not fit: its text, margins and the sort arrow's
        room (issue 18: a Russian or French heading is longer than the English width allows;
        a table too narrow for them all scrolls, where a cut heading could not be read). Never
        narrows one: the user's widths stay (this is done again when the text size changes)."""
        header = self.horizontalHeader()
        model = self.model()
        count = model.columnCount() if model is not None else 0
        columns = getattr(model, "columns", ())
        for i in range(count):
            need = header.sectionSizeHint(i)
            if i < len(columns) and columns[i].words:
                # A status, a role: as wide as its longest word too (never cut: one of a few).
                need = max(need, *(self.cell_width(marked(w)) for w in columns[i].words))
            if header.sectionSize(i) < need:
                self.setColumnWidth(i, need)
            elif i == count - 1 and header.stretchLastSection() and not self.isVisible():
                # The last column takes the room left, but no less than its width: its
                # heading's, not Qt's default, lest the table scroll for an empty stretch.
                self.setColumnWidth(i, need)

    def cell_width(self, text: str) -> int:
        """The width a column needs to show ``text`` whole in a cell, as Qt's delegate lays it
        out (its margins and the grid line: what fitting a column to its contents gives)."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        option.fontMetrics = self.fontMetrics()
        option.text = text
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
        )
        return size.width() + (1 if self.showGrid() else 0)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else None


_ADVANCES: dict[str, tuple[float, ...]] = {}


def _advances(font: QFont) -> tuple[float, ...]:
    """The advance of each ASCII character in ``font``, by code (pixels)."""
    found = _ADVANCES.get(font.key())
    if found is None:
        metrics = QFontMetricsF(font)
        found = _ADVANCES[font.key()] = tuple(
            metrics.horizontalAdvance(chr(code)) if code >= 32 else 0.0 for code in range(128)
        )
    return found


def number_field(
    name: str,
    kind: str = "carats",
    placeholder: str = "",
    *,
    field: Field | None = None,
    ctx: Context | None = None,
) -> NumberField:
    """A field for carats, money (USD) or a count of stones: a :class:`NumberField`.

    ``kind``: "carats", "usd" or "count" (ignored when ``field`` says how it is read);
    ``field``: the form's field it fills (its words name it in a refusal; blank is None where
    it is optional); ``ctx``: the session, whose site's decimal mark the field reads and shows.
    """
    if field is None:
        read = {"carats": Kind.CARATS, "usd": Kind.USD, "count": Kind.STONES}[kind]
        label = {Kind.CARATS: tr("carats"), Kind.USD: tr("USD"), Kind.STONES: tr("stones")}[read]
        field = Field(name, label, read, required=False, allow_zero=read is not Kind.CARATS)
    return NumberField(name, field, placeholder, SiteNumbers.of(ctx) if ctx else None)


def check_numbers(*fields: NumberField) -> bool:
    """Check every field (each refused beside itself); True if all of them can be read."""
    return all([field.check() for field in fields])


def move_on(nxt: QWidget) -> None:
    """Enter's move to the next field, as Tab's: the text there selected, so what is typed
    replaces it (after a refusal a form keeps its figures: typed on, carats of "0.870" and
    "4.120" ran into one). From a figure refused, too: the refusal stays beside it."""
    nxt.setFocus(Qt.FocusReason.TabFocusReason)
    edit = nxt.lineEdit() if isinstance(nxt, QComboBox) else nxt
    if isinstance(edit, QLineEdit):
        edit.selectAll()


def readable(field: NumberField) -> bool:
    """Enter on a figure: True when it can be read (or is blank), to move on; else the refusal
    is said beside it and the cursor stays, its text selected to type over (the corrected
    figure typed on had gone into the next field: '512.340' into a lot's stones)."""
    if not field.text().strip() or field.check():
        return True
    field.setFocus()
    field.selectAll()
    return False


class RefusalHold(QObject):
    """A form held after a refusal until the person has seen it (the sorting floor's scanner).

    A scanner or a fast typist sends the next entry before the refusal of the last is read:
    the keys that followed one refused ran into the refused entry's fields, and a code, then
    its carats and stones, recorded another category's goods under the refused one's (a
    usability test, 2026-12-07). While held, keys typed into the form's fields are not taken
    (Enter rings the bell); Esc, a click into the form, or a weight captured (F9, the Capture
    button; not the capture barcode, whose keys are held as any) lets it go, the cursor on what
    was refused with its text selected to type over. Shortcuts still work.
    """

    def __init__(self, widgets: Sequence[QWidget], label: QLabel) -> None:
        super().__init__(label)
        self._widgets = tuple(widgets)
        #: What is said while held: the refusal (when no field says it) and how to go on.
        self.label = label
        label.setObjectName("refusal_hold")
        label.setStyleSheet("color: #b00020;")
        bold = label.font()  # (not by the style sheet: its lines were measured in the plain
        bold.setBold(True)  # font, and at 150 % the last was cut)
        label.setFont(bold)
        label.setWordWrap(True)
        label.hide()
        self._at: QWidget | None = None
        for widget in self._widgets:
            widget.installEventFilter(self)
        label.installEventFilter(self)  # (its height follows its width: ``_fit``)

    @property
    def held(self) -> bool:
        return self._at is not None

    def hold(self, at: QWidget | None, said: str = "") -> None:
        """Hold the form, the cursor at ``at`` (the field refused), saying ``said`` first."""
        self._at = at or self._widgets[0]
        note = tr(
            "Nothing was recorded. Press Esc to correct it: what is typed until then is not taken."
        )
        self.label.setText(f"{said}\n{note}" if said else note)
        self.label.show()
        self._fit()
        self._at.setFocus()
        if isinstance(self._at, QLineEdit):
            self._at.selectAll()
        QApplication.beep()

    def category_entered(self, picker: CategoryPicker, then: QWidget) -> None:
        """Enter on a form's category: an exact code or the only match moves on to ``then``; a
        prefix of several opens the choice (never the first of them); a code no category has
        holds the form on it."""
        if picker.choose():
            move_on(then)
        elif picker.unmatched:
            self.hold(picker)

    def figure_entered(self, field: NumberField, then: QWidget) -> None:
        """Enter on a form's figure: on to ``then``, or held on a figure that cannot be read
        (``readable``)."""
        if readable(field):
            move_on(then)
        else:
            self.hold(field)

    def release(self, *, refocus: bool = True) -> bool:
        """Let the form go (True if it was held): the cursor stays on what was refused (unless
        not ``refocus``: the person went elsewhere, a list, and stays there)."""
        at, self._at = self._at, None
        if at is None:
            return False
        self.label.hide()
        self.label.clear()
        self.label.setMinimumHeight(0)
        if refocus and shiboken6.isValid(at) and at.isVisible():
            at.setFocus()
            if isinstance(at, QLineEdit):
                at.selectAll()
        return True

    def _fit(self) -> None:
        """As tall as its lines wrapped at its width (a page in a scroll area gave a refusal's
        three lines the height of two at 150 %, the last one cut)."""
        need = self.label.heightForWidth(self.label.width())
        if need > 0 and need != self.label.minimumHeight():
            self.label.setMinimumHeight(need)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._at is None:
            return False
        kind = event.type()
        if watched is self.label:
            if kind == QEvent.Type.Resize:
                self._fit()
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self.release()  # (a click is seen: it goes on to where it was made)
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.release()
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QApplication.beep()
            return True
        return False


def back_to_refused(fields: Sequence[NumberField], *, otherwise: QLineEdit | None = None) -> None:
    """After a refusal, the cursor in the first field refused, its text selected to type over
    (Enter on the last field of a form had left it there, past the figure the refusal was
    about). A refusal of no field here (a lot, a category) sends it to ``otherwise``, if
    given, else leaves it where it is."""
    refused = next((field for field in fields if field.refused), otherwise)
    if refused is not None:
        refused.setFocus()
        refused.selectAll()


class SiteNumbers(QObject):
    """The site's decimal mark for a session's number fields: read once, and again when an
    action of this session changes the site's settings (``changed`` with the new mark)."""

    #: True when the site writes decimals with a comma.
    changed = Signal(bool)
    _sessions: ClassVar[weakref.WeakKeyDictionary[QObject, SiteNumbers]] = (
        weakref.WeakKeyDictionary()
    )

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self.decimal_comma = ctx.settings().decimal_comma
        ctx.changed.connect(self._on_changed)

    @classmethod
    def of(cls, ctx: Context) -> SiteNumbers:
        found = cls._sessions.get(ctx)
        if found is None:
            found = cls._sessions[ctx] = cls(ctx)
        return found

    def _on_changed(self, changes: object, _initiator: object) -> None:
        if not (isinstance(changes, Changes) and changes.site):
            return
        comma = self._ctx.settings().decimal_comma
        if comma != self.decimal_comma:
            self.decimal_comma = comma
            self.changed.emit(comma)


class NumberField(QLineEdit):
    """A carat, money or stone-count field that records exactly what it shows.

    Nothing typed is dropped, cut or shifted (no validator): the text is read only by
    sortapp.core.units through ``field``, with the site's decimal mark. On leaving the field
    (or ``check()`` when a form is sent) a figure it cannot read is refused with the reason in
    red beside the field (``message``); one it can read is shown back as it will be recorded,
    in the site's format (``12,5`` -> ``12,500`` on a decimal-comma site).
    """

    REFUSED_STYLE = "QLineEdit { border: 2px solid #b00020; }"

    def __init__(
        self, name: str, field: Field, placeholder: str = "", numbers: SiteNumbers | None = None
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.field = field
        self.decimal_comma = numbers.decimal_comma if numbers is not None else False
        self._placeholder = placeholder
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        #: The reason the figure is refused, shown under the field (hidden while it is fine).
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        # As wide as the field's cell and wrapped in it: a refusal never widens the form's
        # columns (the fields beside it would jump).
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.hide()
        self._box: QWidget | None = None
        #: Whether the form lays the message out itself (``message_placed``).
        self._placed = False
        #: Whether the text shown is refused (the message is up).
        self.refused = False
        self._show_placeholder()
        self.editingFinished.connect(self._left)
        # Any new text (typed, set or cleared) is not what was refused.
        self.textChanged.connect(lambda _t: self._refuse(""))
        if numbers is not None:
            numbers.changed.connect(self.set_decimal_comma)

    def value(self) -> int | None:
        """The integer the text means (mct, cents or stones); None for a blank optional field.

        Raises:
            UserError: naming the field, for anything it cannot read exactly.
        """
        return self.field.read(self.text(), decimal_comma=self.decimal_comma)

    def shown(self, value: int) -> str:
        """``value`` as this field writes it, in the site's format."""
        if self.field.kind is Kind.CARATS:
            return format_mct(value, decimal_comma=self.decimal_comma)
        if self.field.kind is Kind.USD:
            return format_cents(value, decimal_comma=self.decimal_comma)
        if self.field.kind is Kind.PERCENT:
            return format_percent(value, decimal_comma=self.decimal_comma)
        return str(value)

    def check(self) -> bool:
        """Read the text: refuse it beside the field, or show it back as it will be recorded."""
        try:
            value = self.value()
        except UserError as err:
            self._refuse(say(err.message))
            return False
        self._refuse("")
        if value is not None and self.text() != self.shown(value):
            self.setText(self.shown(value))
        return True

    def set_decimal_comma(self, comma: bool) -> None:
        """The site's decimal mark changed: a figure shown is shown in the new one."""
        if comma == self.decimal_comma:
            return
        try:
            value = self.value() if self.text().strip() else None
        except UserError:
            value = None
        self.decimal_comma = comma
        self._show_placeholder()
        if value is not None:
            self.setText(self.shown(value))

    def _left(self) -> None:
        if self.text().strip():
            self.check()
        else:
            self._refuse("")

    def _show_placeholder(self) -> None:
        zero = "0" if self.field.kind is Kind.STONES else self.shown(0)
        self.setPlaceholderText(self._placeholder or zero)

    def _refuse(self, reason: str) -> None:
        if not reason:
            if self.refused:
                self.refused = False
                self.message.hide()
                self.message.clear()
                self.setToolTip("")
                self.setStyleSheet("")
            return
        self.refused = True
        prefix = f"{self.field.label}: "
        # (Beside the field its name goes without saying; under a row of fields it does not.)
        self.message.setText(reason if self._placed else reason.removeprefix(prefix))
        self.setToolTip(reason)
        self.setStyleSheet(self.REFUSED_STYLE)
        if self._beside():
            self.message.show()
            window = self.window()
            if isinstance(window, QDialog) and window.isVisible():
                QTimer.singleShot(0, window, lambda: _room_for_all(window))

    def message_placed(self) -> QLabel:
        """The message, for the form to lay out itself (under a whole row of narrow fields,
        where a refusal reads on one line: under the sorting page's carats, at 1366x768 and
        150 %, it wrapped over four lines and was cut), its text naming the field."""
        self._placed = True
        return self.message

    def _beside(self) -> bool:
        """Put the message under the field, in its layout cell (once; False if not in one)."""
        if self._box is not None or self._placed:
            return True
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if parent is None or layout is None:
            return False
        box = QWidget(parent)
        box.setObjectName(f"{self.objectName()}_box")
        if layout.replaceWidget(self, box) is None:
            box.deleteLater()
            return False
        focused = self.hasFocus()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self)
        column.addWidget(self.message)
        self._box = box
        box.show()
        self.show()
        if focused:
            self.setFocus()
        return True


def _room_for_all(dialog: QDialog) -> None:
    """Make ``dialog`` tall enough for what it holds now at its width (a refusal under a field,
    wrapped: the Weigh dialog squeezed its two lines over the field, and at 130 % showed one
    line's start); never smaller than the user made it."""
    if not shiboken6.isValid(dialog):
        return
    layout = dialog.layout()
    if layout is None:
        return
    needed = (
        layout.totalHeightForWidth(dialog.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class CategoryPicker(QLineEdit):
    """Type-ahead on a category's code or name; ``code()`` returns the code typed or picked."""

    SEPARATOR = "  -  "

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        # A hint short enough to read whole in a narrow form (issue 18); the example in the tip.
        self.setPlaceholderText(tr("code or name"))
        self.setToolTip(tr("A category's code or name, or a part of it: e.g. S5-SAW or 'macles'"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(15)
        self.setCompleter(completer)
        #: Said beside the field (the page places it): why Enter did not take what was typed.
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()  # shown only while it says something: no empty row in the form
        self.unmatched = False
        self.textChanged.connect(self._unsay)

    def set_categories(self, categories: Sequence[Category]) -> None:
        self._model.setStringList(
            [f"{c.code}{self.SEPARATOR}{c.name_in(language())}" for c in categories if c.active]
        )

    def code(self) -> str:
        return self.text().split(self.SEPARATOR)[0].strip()

    def choose(self) -> bool:
        """Take what was typed as one category: a code typed exactly (or a completion picked),
        or else the only category it matches. Where it matches several (``S5-SAW``) or none,
        take nothing: open the choice, say why beside the field, and return False. Enter never
        takes the first of several matches."""
        typed = self.text().strip()
        items = self._model.stringList()
        exact = [i for i in items if i.split(self.SEPARATOR)[0].upper() == self.code().upper()]
        found = exact or ([i for i in items if typed.lower() in i.lower()] if typed else [])
        #: Whether what was typed matches no category (a refusal; several is a choice).
        self.unmatched = bool(typed) and not found
        if len(found) == 1:
            self.setText(found[0])
            self.setCursorPosition(0)  # the code shows, not the end of the name
            return True
        if not typed:
            self.message.setText(tr("Type a category's code or name."))
        elif not found:
            self.message.setText(tr("No category matches '{typed}'.").format(typed=typed))
            self.selectAll()  # (the next code typed or scanned replaces it, not adds to it)
        else:
            self.message.setText(
                tr(
                    "'{typed}' matches %n categories: pick one (arrow keys, Enter) "
                    "or type the whole code.",
                    "",
                    len(found),
                ).format(typed=typed)
            )
            self.completer().setCompletionPrefix(typed)
            self.completer().complete()
            # Once the Enter is over: the completer closes its list on the Enter that asked.
            QTimer.singleShot(0, self, lambda: self._open_choice(typed))
        self.message.show()
        return False

    def _open_choice(self, typed: str) -> None:
        """Open the choice of the categories ``typed`` matches (if it is still what is typed)."""
        completer = self.completer()
        popup = completer.popup()
        if self.text().strip() == typed and popup is not None and not popup.isVisible():
            completer.setCompletionPrefix(typed)
            completer.complete()

    def _unsay(self, _text: str) -> None:
        self.message.clear()
        self.message.hide()


#: The property that keeps a widget's own tool tip while ``enable`` shows why it is disabled.
_OWN_TIP = "sortapp_own_tooltip"
#: The property that keeps why ``enable`` disabled a widget ("" while it is enabled).
_WHY = "sortapp_disabled_why"
#: The property that keeps a widget disabled whatever ``enable`` is asked (``writes``): why.
_NEVER = "sortapp_never_why"


def enable(widget: QWidget, ok: bool, why: str) -> None:
    """Enable ``widget`` if ``ok``; else disable it, its tool tip saying ``why`` (its own tool
    tip, what it does, comes back once it is enabled again). ``why`` is kept for Help, Why is
    it disabled (``disabled_why``): a tool tip is the mouse's, out of a keyboard's reach. A
    widget ``writes`` disabled stays so, saying its own why."""
    never = widget.property(_NEVER)
    if never:
        ok, why = False, str(never)
    own = widget.property(_OWN_TIP)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(_OWN_TIP, own)
    widget.setEnabled(ok)
    widget.setProperty(_WHY, "" if ok else why)
    if ok:
        widget.setToolTip(str(own))
    else:
        widget.setToolTip(f"{why}. {own}" if own else why)


def own_tip(widget: QWidget, tip: str) -> None:
    """Give ``widget`` its own tool tip (what it does), kept beside why ``enable`` disabled it,
    if it is."""
    widget.setProperty(_OWN_TIP, tip)
    why = disabled_why(widget)
    widget.setToolTip(f"{why}. {tip}" if why else tip)


def writes(read_only_why: str, *widgets: QWidget) -> None:
    """Mark ``widgets`` as what writes to the database (``Context.read_only_why``): where it is
    open read-only, each is disabled for good, saying why, whatever a page's role or selection
    would enable (``enable`` keeps it so); where it is writable, nothing changes."""
    if not read_only_why:
        return
    for widget in widgets:
        widget.setProperty(_NEVER, read_only_why)
        enable(widget, False, read_only_why)


def disabled_why(widget: QWidget) -> str:
    """Why ``enable`` disabled ``widget`` ("" if it is enabled, or was disabled otherwise)."""
    if widget.isEnabled():
        return ""
    return str(widget.property(_WHY) or "")


class SteadyComboBox(QComboBox):
    """A choice the mouse wheel does not change unless the user is in it: scrolling a form of
    settings over it scrolls the form (a plain combo box took the wheel and silently changed the
    valuation rule under the pointer)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the scroll area around it
