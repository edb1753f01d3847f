"""Locking the workstation: the lock screen, and the watch that locks after a time without input."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sortapp.ui.i18n import tr

#: What counts as someone at the keyboard: any key, click, wheel, touch or mouse movement.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class IdleWatch(QObject):
    """Emit ``idle`` once after a time without keyboard or mouse input anywhere in the app.

    ``eventFilter``, given every input event of the application (the window's ``AppEvents``
    calls it with each of ``INPUT_EVENTS``), notes its time, so typing in a dialog counts as
    much as typing in the main window. It only notes the time (no timer call per mouse move);
    a single-shot timer then looks at how long ago the last input was and either emits
    ``idle`` or waits the rest of the interval.
    """

    idle = Signal()

    def __init__(self, parent: QObject, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        #: Seconds, monotonic; tests put a clock of their own here.
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.interval_ms = 0
        self._watching = False
        self._last_input = clock()

    def set_interval_ms(self, interval_ms: int) -> None:
        """How long without input before ``idle``; 0 never."""
        self.interval_ms = max(0, interval_ms)
        self._arm(self.interval_ms)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        """Watch from now on (after a sign-in)."""
        self._watching = True
        self._last_input = self.clock()
        self._arm(self.interval_ms)

    def stop(self) -> None:
        self._watching = False
        self.timer.stop()

    def _arm(self, wait_ms: int) -> None:
        if self._watching and self.interval_ms > 0:
            self.timer.start(max(1, wait_ms))
        else:
            self.timer.stop()

    def _on_timer_timeout(self) -> None:
        if not self._watching or self.interval_ms <= 0:
            return
        idle_ms = int((self.clock() - self._last_input) * 1000)
        if idle_ms >= self.interval_ms:
            self.stop()
            self.idle.emit()
        else:
            self._arm(self.interval_ms - idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self.clock()
        return False


class Padlock(QWidget):
    """A drawn padlock (no icon font or image file needed)."""

    def __init__(self, colour: str = "#37474f") -> None:
        super().__init__()
        self._colour = QColor(colour)
        self.setFixedSize(QSize(64, 76))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        pen = QPen(self._colour, 7)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        # The shackle: a half ring on two short legs.
        shackle = QPainterPath()
        left, right, top, legs = 15.5, w - 15.5, 5.5, 34.0
        shackle.moveTo(left, legs)
        shackle.lineTo(left, top + (right - left) / 2)
        shackle.arcTo(QRectF(left, top, right - left, right - left), 180, -180)
        shackle.lineTo(right, legs)
        painter.drawPath(shackle)
        # The body and its keyhole.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(QRectF(4, 32, w - 8, h - 34), 7, 7)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(w / 2 - 6, 44, 12, 12))
        painter.drawRect(QRectF(w / 2 - 2.5, 52, 5, 12))
        painter.end()


_STYLE = """
#lock_screen {
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #34495e, stop:1 #1f2d3a);
}
#lock_card { background: #ffffff; border-radius: 12px; }
#lock_title { font-size: 20pt; font-weight: bold; color: #263238; }
#lock_site { font-size: 11pt; color: #455a64; }
#lock_note { color: #607d8b; }
#lock_refusal { color: #b00020; }
#sign_in { font-size: 12pt; padding: 8px 28px; border-radius: 6px; color: #ffffff;
           background: #1565c0; border: 1px solid #0d47a1; }
#sign_in:hover { background: #1976d2; }
#sign_in:focus { border: 2px solid #90caf9; }
"""


_CARD_WIDTH = 420
_CARD_MARGIN = 36


class LockScreen(QWidget):
    """What the window shows while locked: no data, only who may continue and a Sign in button."""

    sign_in_requested = Signal()

    def __init__(self, site_label: str) -> None:
        super().__init__()
        self.setObjectName("lock_screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.card = card = QFrame()
        card.setObjectName("lock_card")
        card.setFixedWidth(_CARD_WIDTH)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self._inside = inside = QVBoxLayout(card)
        inside.setContentsMargins(_CARD_MARGIN, 32, _CARD_MARGIN, 32)
        inside.setSpacing(10)
        inside.addWidget(Padlock(), 0, Qt.AlignmentFlag.AlignHCenter)
        inside.addSpacing(4)
        self.title = self._label("lock_title", tr("Locked"))
        self.site = self._label("lock_site", site_label)
        self.note = self._label("lock_note", "")
        self.refusal = self._label("lock_refusal", "")
        self.refusal.hide()
        for label in (self.title, self.site, self.note, self.refusal):
            inside.addWidget(label)
        inside.addSpacing(8)
        self.button = QPushButton(tr("Sign in"))
        self.button.setObjectName("sign_in")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.sign_in_requested)
        inside.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        hint = self._label(
            "lock_hint",
            tr(
                "Any user of this site may sign in. When another user signs in, the previous "
                "user's open forms and dialogs are closed."
            ),
        )
        hint.setStyleSheet("color: #90a4ae; font-size: 8pt;")
        inside.addWidget(hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    @staticmethod
    def _label(name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setWordWrap(True)
        # A fixed width: a wrapped label then asks for the height its lines take at that width.
        label.setFixedWidth(_CARD_WIDTH - 2 * _CARD_MARGIN)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_locked(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.show_refusal("")
        self.button.setFocus()

    def show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        # WORKAROUND: wrapped labels make the card height-for-width, and the outer layout then
        # gives it less than its size hint (the padlock overlapped the title): ask for it all.
        self._inside.activate()
        self.card.setMinimumHeight(self._inside.totalSizeHint().height())
