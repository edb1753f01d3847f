"""Layouts that fit any workstation's screen: rows of buttons and fields that wrap.

From a 1280x720 screen at 100 % to a 1366x768 screen at 150 % (a logical 911x480), a row of
controls laid out side by side would force the window wider than the screen. A ``FlowLayout``
asks only for its widest item and puts the rest on as many lines as the width needs.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)


class FlowLayout(QLayout):
    """Items left to right, wrapping onto new lines where the width runs out.

    With ``uniform`` every item gets the width of the widest and the items of a line share its
    whole width (a grid whose number of columns follows the width: forms of labelled fields);
    otherwise each item keeps its own width, left aligned (rows of buttons). The minimum width
    is the widest item's: a flow never makes its window wider.
    """

    def __init__(self, parent: QWidget | None = None, *, uniform: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.uniform = uniform
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface -------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        # Its minimum height follows its width instead: layouts of height-for-width items
        # share out preferred heights, and squeeze a flow below the lines it needs.
        return False

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        needed = self._place(rect, move=True)
        if needed != self._needed:
            self._needed, self._laid_width = needed, rect.width()
            # Once this laying out is over (a request made during it is lost).
            QTimer.singleShot(0, self._ask_again)

    def _ask_again(self) -> None:
        """The minimum height changed with the width: the layouts holding this one (their
        shares are cached) and the widget's minimum are worked out again."""
        layout: QObject | None = self
        while isinstance(layout, QLayout):
            layout.invalidate()
            layout = layout.parent()
        if (widget := self.parentWidget()) is not None:
            widget.updateGeometry()

    #: The height the lines took when last laid out, and at what width (invalidate() forgets
    #: the geometry, not this).
    _needed = -1
    _laid_width = 0

    def sizeHint(self) -> QSize:
        # Preferably all on one line.
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(self._width(item) for item in shown)
        width += self._spacing(Qt.Orientation.Horizontal) * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return (QSize(width, height) + _margin_size(margins)).expandedTo(self.minimumSize())

    def minimumSize(self) -> QSize:
        # As tall as the lines at the width it has (a flow needs its height to wrap).
        shown = self._shown()
        width = max((self._width(item) for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        least = QSize(width, height) + _margin_size(self.contentsMargins())
        if self._laid_width > 0:
            least.setHeight(max(least.height(), self.heightForWidth(self._laid_width)))
        return least

    # -- placing -------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    #: A uniform flow's cell width, worked out once until the layout is invalidated (asked per
    #: item, it was quadratic in the items: 3,000 size hints to lay out the receiving form).
    _cell = -1

    def invalidate(self) -> None:
        self._cell = -1
        super().invalidate()

    def _width(self, item: QLayoutItem) -> int:
        if self.uniform:
            if self._cell < 0:
                self._cell = max((self._own_width(i) for i in self._shown()), default=0)
            return self._cell
        return self._own_width(item)

    @staticmethod
    def _own_width(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _spacing(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items of each line at ``width``."""
        gap = self._spacing(Qt.Orientation.Horizontal)
        lines: list[list[QLayoutItem]] = []
        line: list[QLayoutItem] = []
        used = 0
        for item in self._shown():
            need = self._width(item)
            if line and used + gap + need > width:
                lines.append(line)
                line, used = [], 0
            used += (gap if line else 0) + need
            line.append(item)
        if line:
            lines.append(line)
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); return the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._spacing(Qt.Orientation.Horizontal)
        line_gap = self._spacing(Qt.Orientation.Vertical)
        lines = self._lines(area.width())
        columns = max((len(line) for line in lines), default=1)
        cell = (area.width() - gap * (columns - 1)) // columns if self.uniform else 0
        y = area.y()
        for number, line in enumerate(lines):
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item in line:
                width = cell if self.uniform else self._width(item)
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + (line_gap if number < len(lines) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()


class WrappingPanel(QWidget):
    """A widget whose least height is what its layout takes at its width: wrapped lines of
    text and flows of fields included (a plain widget asks only for its layout's minimum,
    which counts one line of each; a short screen then squeezes one part over another)."""

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            margins = self.contentsMargins()
            width = self.width() - margins.left() - margins.right()
            height = layout.minimumHeightForWidth(width) + margins.top() + margins.bottom()
            least.setHeight(max(least.height(), height))
        return least

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the least height follows the width


class VerticalScroller(QScrollArea):
    """Its widget at the whole width and at least its minimum height: scrolled up and down
    only when that is more than the height there is (a form grown by messages on a short
    screen), never sideways. Its minimum width is the widget's, so the window never gets
    narrower than what it holds.

    (Not QScrollArea's own resizing: it takes a layout's height for a width, the height its
    items prefer, as the least, and would scroll where everything fits.)
    """

    #: The least height asked for: a shorter screen scrolls rather than push the window off it.
    MIN_HEIGHT = 200

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        widget.installEventFilter(self)
        if isinstance(widget, QStackedWidget):
            widget.currentChanged.connect(lambda _index: self._fit())

    def _inner(self) -> QSize:
        """The least the widget takes; of a stack, as wide as its widest page and as tall as
        the page shown (a tall page hidden makes no other scroll)."""
        widget = self.widget()
        if widget is None:
            return QSize(0, 0)
        least = widget.minimumSizeHint()
        if isinstance(widget, QStackedWidget) and (shown := widget.currentWidget()) is not None:
            least.setHeight(shown.minimumSizeHint().height())
        return least

    def minimumSizeHint(self) -> QSize:
        inner = self._inner()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar, min(inner.height(), self.MIN_HEIGHT))

    def _fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        view = self.viewport().size()
        height = max(view.height(), self._inner().height())
        if widget.size() != QSize(view.width(), height):
            widget.resize(view.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds changed: so may its minimum width
            self._fit()
        return handled


def place_dialog(dialog: QWidget, parent: QWidget | None, width: int, height: int) -> None:
    """Size ``dialog`` to ``width`` x ``height``, or at most 80 % of the screen where that is
    smaller (1366x768 at 150 %), and centre it on ``parent``'s window, within the screen."""
    anchor = parent.window() if parent is not None else None
    screen = (anchor.screen() if anchor is not None else None) or dialog.screen()
    free = screen.availableGeometry()
    size = QSize(min(width, free.width() * 8 // 10), min(height, free.height() * 8 // 10))
    dialog.resize(size)
    centre = anchor.frameGeometry().center() if anchor is not None else free.center()
    frame = QRect(QPoint(0, 0), size)
    frame.moveCenter(centre)
    x = max(free.left(), min(frame.left(), free.right() - size.width()))
    y = max(free.top(), min(frame.top(), free.bottom() - size.height()))
    dialog.move(x, y)


def _margin_size(margins: QMargins) -> QSize:
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())


def flow(widgets: Sequence[QWidget], *, uniform: bool = False) -> FlowLayout:
    """A flow of ``widgets`` (a row of buttons that wraps)."""
    layout = FlowLayout(uniform=uniform)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def labelled(fields: Sequence[tuple[str, QWidget]], *, field_width: int = 120) -> list[QWidget]:
    """Each field with its label in front, the labels of the same width (for a uniform flow:
    the fields line up in columns). ``field_width`` is the least a field gets, and a line
    edit no less than its placeholder needs (see :func:`hint_width`)."""
    labels = [QLabel(text) for text, _widget in fields]
    widgets = [widget for _text, widget in fields]
    _LabelledWidths(labels, widgets, field_width).fit()
    pairs = []
    for label, widget in zip(labels, widgets, strict=True):
        label.setBuddy(widget)
        pair = QWidget()
        pair.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(widget, 1)
        pairs.append(pair)
    return pairs


class _LabelledWidths(QObject):
    """The widths ``labelled`` gives its labels (one, the widest's) and fields (their least),
    made again as the text's size changes (``ui.textsize``): made once, in pixels, the labels
    were cut at 130 % ("Categ" for "Category") and the fields' hints with them."""

    def __init__(self, labels: list[QLabel], widgets: list[QWidget], field_width: int) -> None:
        super().__init__(labels[0] if labels else None)  # (lives as long as the labels)
        self.labels, self.widgets, self.field_width = labels, widgets, field_width
        #: The least width this set on each field last, and one a page set since (wider, for
        #: a hint of its own), which stays its floor; the rest follows the text both ways.
        self._set: list[int | None] = [None] * len(widgets)
        self._own: list[int] = [0] * len(widgets)
        if labels:
            labels[0].installEventFilter(self)

    def fit(self) -> None:
        if not all(map(shiboken6.isValid, [*self.labels, *self.widgets])):
            return  # (a label or field its page deleted alone: nothing to fit)
        label_width = max((_hint_width(label) for label in self.labels), default=0)
        for label in self.labels:
            label.setFixedWidth(label_width)
        for i, widget in enumerate(self.widgets):
            least = max(widget.minimumSizeHint().width(), self.field_width)
            if isinstance(widget, QLineEdit):  # its hint read whole (issue 18: not cut)
                least = max(least, hint_width(widget))
            now = widget.minimumWidth()
            if self._set[i] is not None and now != self._set[i]:
                self._own[i] = now  # (a page's own least, kept)
            least = max(least, self._own[i])
            widget.setMinimumWidth(least)
            self._set[i] = least

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is self.labels[0]:
            # (After the labels took the new font and dropped their old hints: a filter sees
            # the change before the label itself does, and the others later still.)
            QTimer.singleShot(0, self, self.fit)
        return False


def _hint_width(label: QLabel) -> int:
    """The width ``label``'s text needs in its font now: a label's own hint keeps the fixed
    width it was given (its cached hint grows to it), so another of the same text is asked."""
    probe = QLabel(label.text())
    probe.setFont(label.font())
    return probe.sizeHint().width()


def hint_width(field: QLineEdit, *hints: str) -> int:
    """The least width of ``field`` that shows each of ``hints`` (by default its placeholder)
    whole: ``QLineEdit`` cuts a placeholder to its text room (its frame, text margins and two
    pixels each side less)."""
    metrics = field.fontMetrics()
    texts = [text for text in (hints or (field.placeholderText(),)) if text]
    if not texts:
        return 0
    margins = field.textMargins()
    room = max(_uncut_width(metrics, text) for text in texts)
    room += margins.left() + margins.right() + 2 * 2
    # A button inside the edit (its clear button) takes its room from the text's, shown or not.
    room += sum(
        button.sizeHint().width()
        for button in field.findChildren(
            QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
    )
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    size = field.style().sizeFromContents(
        QStyle.ContentsType.CT_LineEdit, option, QSize(room, metrics.height()), field
    )
    return size.width()


def _uncut_width(metrics: QFontMetrics, text: str) -> int:
    """The least room ``QLineEdit`` draws ``text`` in uncut (as it elides a placeholder): its
    advance, or a pixel or two more where the advance was rounded down (at 130 %, a
    Portuguese hint of 316 px was cut in 316)."""
    width = metrics.horizontalAdvance(text)
    for more in range(4):
        if metrics.elidedText(text, Qt.TextElideMode.ElideRight, width + more) == text:
            return width + more
    return width + 4


class WholeHint(QObject):
    """A line edit that stands alone (no ``labelled`` form) kept wide enough to show its
    placeholder whole, made again as the text's size changes (``ui.textsize``) and when the
    hint is said anew (``fit``, after a language change): at 130 % the scan box and the
    sorting page's lot field had cut theirs ("scan or type the lot nu..."). ``least``: the
    width it never goes below; ``most``: its widest, unless its hint needs more."""

    def __init__(self, edit: QLineEdit, *, least: int = 0, most: int = 0) -> None:
        super().__init__(edit)
        self.edit, self.least, self.most = edit, least, most
        edit.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        if not shiboken6.isValid(self.edit):
            return
        needed = max(self.least, hint_width(self.edit))
        self.edit.setMinimumWidth(needed)
        if self.most:
            self.edit.setMaximumWidth(max(self.most, needed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is self.edit:
            QTimer.singleShot(0, self, self.fit)  # (once the edit took its new font)
        return False
