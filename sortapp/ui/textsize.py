"""The text size of this workstation (the floor reads from a distance): a step of the
application's font, kept in QSettings (per workstation, not in the database), applied to every
page and to the navigation list, and back at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

#: The sizes offered, in percent of the system's own text size.
STEPS = (80, 90, 100, 115, 130, 150, 175, 200)
NORMAL = 100
#: Where the size is kept (QSettings: this workstation's, whoever signs in).
KEY = "workstation/text_percent"

_base: QFont | None = None


def base_font() -> QFont:
    """The application's font as the system gave it (before any size was applied)."""
    global _base  # noqa: PLW0603 (one application, one original font)
    if _base is None:
        _base = QFont(QApplication.font())
    return QFont(_base)


def stored() -> int:
    value = str(QSettings().value(KEY, NORMAL))
    return int(value) if value.isdigit() and int(value) in STEPS else NORMAL


def apply(percent: int | None = None) -> int:
    """Apply ``percent`` (else the stored size) to the whole application; return it."""
    percent = stored() if percent is None else percent
    font = base_font()
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * percent / 100)
    else:  # a pixel-sized system font
        font.setPixelSize(max(1, round(font.pixelSize() * percent / 100)))
    if font != QApplication.font():  # (each change is sent to every widget)
        QApplication.setFont(font)
        _restyled()
    return percent


def _restyled() -> None:
    """Widgets under a style sheet of their own (a page's read-only look, a bold total) took
    their font from it as they were first polished, and the application's new font does not
    reach them: the Settings page's site form stayed at 9 pt at 130 %. Each such sheet is set
    again, which polishes the widget and those under it anew, from the new font."""
    styled = [widget for widget in QApplication.allWidgets() if widget.styleSheet()]
    for widget in styled:
        if not _under_a_sheet(widget):  # (one set again polishes those under it too)
            widget.setStyleSheet(widget.styleSheet())


def _under_a_sheet(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.styleSheet():
            return True
        parent = parent.parentWidget()
    return False


def choose(percent: int) -> int:
    """Keep ``percent`` for this workstation and apply it."""
    QSettings().setValue(KEY, percent)
    return apply(percent)


def step(direction: int) -> int:
    """One size larger (1), smaller (-1) or normal (0); kept and applied."""
    if direction == 0:
        return choose(NORMAL)
    now = stored()
    index = STEPS.index(now) + direction
    return choose(STEPS[max(0, min(len(STEPS) - 1, index))])
