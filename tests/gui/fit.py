"""Does every control fit the window? Shared by the screen tests and their scaled subprocess.

The workstations (issue 13): a 1280x720 screen at 100 % up to a 1366x768 screen at 150 %; each
as the logical size a window can take (the screen in device-independent pixels, less a task bar).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTableView,
    QWidget,
)

from sortapp.ui.models import FULL_TEXT

#: A task bar along the bottom, in logical pixels (it scales with the screen, as Windows').
TASK_BAR = 40

#: name: (screen width, height in device pixels, scale).
SCREENS = {
    "1280x720@100": (1280, 720, 1.0),
    "1366x768@125": (1366, 768, 1.25),
    "1366x768@150": (1366, 768, 1.5),
}

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
)

#: The least of a table (or list) that must be in view to count as usable: it scrolls.
VIEW_MIN = (80, 48)


def available(name: str) -> tuple[int, int]:
    """The logical size a window can take on the screen ``name``."""
    width, height, scale = SCREENS[name]
    return int(width / scale), int(height / scale) - TASK_BAR


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _is_part(widget: QWidget, window: QWidget) -> bool:
    """A piece of another control (a table's header, a spin box's line edit...)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractItemView, QAbstractSpinBox, QComboBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def visible_part(widget: QWidget, window: QWidget, screen: QRect) -> QRect:
    """What of ``widget`` shows in ``window``: its rectangle cut by every ancestor's. In a
    scroll area it counts as shown if it can be scrolled into view whole (it fits the area's
    view), and the area itself must show."""
    shown = _rect_in(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(_rect_in(parent, window))
        viewport = parent.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea) and area.widget() is parent:
            view = _rect_in(area.viewport(), window)
            if shown.width() <= view.width() and shown.height() <= view.height():
                shown = QRect(view.topLeft(), shown.size())  # scrolled to
            else:
                shown = shown.intersected(view)
            parent = area
            continue
        parent = viewport
    return shown.intersected(window.rect()).intersected(screen)


def misfits(window: QWidget, screen: QSize | None = None) -> list[str]:
    """Every visible control of ``window`` not wholly in view (in the window and, if given, a
    ``screen`` of that size the window's frame starts at the top left of), said as
    'object name (class): shown part of whole' (empty when all fit). Disabled ones too: they
    are enabled when there is something to act on."""
    inside = window.rect()
    if screen is not None:
        corner = window.geometry().topLeft() - window.frameGeometry().topLeft()
        inside = QRect(-corner, screen)
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if _is_part(widget, window) or widget.window() is not window:
            continue
        whole = _rect_in(widget, window)
        shown = visible_part(widget, window, inside)
        if isinstance(widget, QAbstractItemView):
            fits = shown.width() >= min(VIEW_MIN[0], whole.width()) and shown.height() >= min(
                VIEW_MIN[1], whole.height()
            )
            fits = fits and shown.width() >= whole.width() - 1  # no column hidden for good
        else:
            fits = shown.width() >= whole.width() - 1 and shown.height() >= whole.height() - 1
        if not fits or whole.isEmpty():
            name = widget.objectName() or _text(widget)
            found.append(f"{name} ({type(widget).__name__}): {_box(shown)} of {_box(whole)}")
    return found


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return str(text()) if callable(text) else ""


def _owner(header: QWidget) -> str:
    """The name of the table ``header`` heads."""
    table = header.parentWidget()
    return (table.objectName() if table is not None else "") or "a table"


def _box(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def elided(window: QWidget) -> list[str]:
    """Every visible text of ``window`` that does not show whole (issue 18: Russian words are
    long): a label that does not wrap, a button, a check box, a group's title, a tab, a menu
    of the menu bar, an item of a list that is not a table (the navigation), a table's column
    heading: said as 'text (class): needs N px, has M px'. Empty when every text reads whole.

    An empty field's placeholder (its hint: Qt cuts it to the field's text room).

    The cells of a table's column of a few words (a status, a role: ``Column.words``) need what
    Qt's table asks to fit the column to its contents, for the rows it reads (those in view and
    about them), in the column's width: such a word is never to be cut.

    A heading needs what Qt's header asks for it (its text, the margins and the sort arrow's
    room: any column may be the one sorted by) in its column as the table sets it; a column
    scrolled out of the table's view is read by scrolling, so only its width counts."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import (  # noqa: PLC0415
        QGroupBox,
        QHeaderView,
        QLabel,
        QListWidget,
        QMenuBar,
    )

    found = []

    def short(need: int, have: int, text: str, kind: str) -> None:
        if need > have + 1:
            found.append(f"{text!r} ({kind}): needs {need} px, has {have} px")

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            if widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
                short(widget.sizeHint().width(), widget.width(), widget.text(), kind)
        elif isinstance(widget, QAbstractButton) and not _is_part(widget, window):
            if widget.text():
                short(widget.sizeHint().width(), widget.width(), widget.text(), kind)
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title().replace("&", "")) + 16
            short(need, widget.width(), widget.title(), kind)
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if widget.orientation() != Qt.Orientation.Horizontal or model is None:
                continue
            for i in range(widget.count()):
                text = model.headerData(i, Qt.Orientation.Horizontal)
                if widget.isSectionHidden(i) or not text:
                    continue
                need = widget.sectionSizeFromContents(i).width()
                short(need, widget.sectionSize(i), str(text), f"{kind} of {_owner(widget)}")
        elif isinstance(widget, QLineEdit):
            hint = widget.placeholderText()
            if hint and not widget.text():
                need = widget.fontMetrics().horizontalAdvance(hint)
                short(need, _line_room(widget), hint, f"placeholder of {kind}")
        elif isinstance(widget, QTableView):
            _cells_cut(widget, found)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                text, shown = widget.tabText(i), widget.tabRect(i)
                short(widget.tabSizeHint(i).width(), shown.width(), text, kind)
                if shown.left() < 0 or shown.right() > widget.width():
                    found.append(f"{text!r} ({kind}): the tab is not in view")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                shown = widget.actionGeometry(action)
                if action.isVisible() and (shown.isEmpty() or shown.right() > widget.width()):
                    found.append(f"{action.text()!r} (menu): not in the menu bar")
        elif isinstance(widget, QListWidget):
            metrics = widget.fontMetrics()
            room = widget.viewport().width()
            for i in range(widget.count()):
                text = widget.item(i).text()
                short(metrics.horizontalAdvance(text) + 4, room, text, kind)
    return found


def _cells_cut(table: QTableView, found: list[str]) -> None:
    """Add to ``found`` each column of ``table`` of a few words whose cells do not show whole."""
    from PySide6.QtCore import Qt  # noqa: PLC0415

    model = table.model()
    header = table.horizontalHeader()
    for i, column in enumerate(getattr(model, "columns", ())):
        if not column.words or header.isSectionHidden(i) or model.rowCount() == 0:
            continue
        need, have = table.sizeHintForColumn(i), header.sectionSize(i)
        if need > have + 1:
            rows = range(min(model.rowCount(), 100))
            texts = sorted({str(model.index(r, i).data(FULL_TEXT)) for r in rows})
            heading = model.headerData(i, Qt.Orientation.Horizontal)
            found.append(
                f"{', '.join(texts)!r} (cells of {heading!r} in {table.objectName() or 'a table'})"
                f": needs {need} px, has {have} px"
            )


def _line_room(field: QLineEdit) -> int:
    """The width ``field`` lays its text (and placeholder) out in, as ``QLineEdit`` paints it:
    its style's contents rectangle less its text margins and two pixels each side."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame  # noqa: PLC0415

    option = QStyleOptionFrame()
    field.initStyleOption(option)
    rect = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return rect.width() - margins.left() - margins.right() - 2 * 2
