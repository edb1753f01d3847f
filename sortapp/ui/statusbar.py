"""The main window's status bar: what an action did, in full, however narrow the window.

QStatusBar draws a message on one line and cuts it at the permanent widgets: on a small screen
"lot L3: weighed 12.000 ct differs from declared ... beyond tolerance; a s" was all an operator
saw of "a supervisor must acknowledge it". Here the message is a label that wraps onto a
second line (and more) instead, with the same ``showMessage``/``currentMessage``/``clearMessage``
as QStatusBar's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

#: Qt's largest width of a widget (QWIDGETSIZE_MAX).
QWIDGETSIZE_MAX = (1 << 24) - 1


class WrappingStatusBar(QStatusBar):
    def __init__(self) -> None:
        super().__init__()
        self.said = QLabel()
        self.said.setObjectName("said")
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        self.said.setWordWrap(True)
        # As wide as the bar leaves it (the signed-in user on the right), however long the text.
        self.said.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.said, 1)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.clearMessage)
        #: Permanent labels that wrap too (``add_note``).
        self._notes: list[Note] = []
        # The message fitted again at the width the bar's layout gives it (a note's width set
        # is laid out after ``fit``: the message had kept the height of its width before).
        self.said.installEventFilter(self)

    def add_note(self, name: str, index: int) -> Note:
        """A ``Note`` named ``name`` among the permanent widgets at ``index``: a long one (why
        the file is read-only) had left the message a tenth of the bar at 1024 pixels, "SQLite
        / cannot read" of a sentence that said where the restore is. Its text set, ``fit``
        lays it out again."""
        note = Note()
        note.setObjectName(name)
        self._notes.append(note)
        self.insertPermanentWidget(index, note)
        self.fit()
        return note

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        """Show ``text`` (for ``timeout`` ms; 0: until the next message)."""
        self.said.setText(text)
        self.said.setToolTip(text)
        self._fit()
        if timeout:
            self._expiry.start(timeout)
        else:
            self._expiry.stop()
        self.messageChanged.emit(text)  # (as QStatusBar's own does)

    def currentMessage(self) -> str:
        return self.said.text()

    def clearMessage(self) -> None:
        self._expiry.stop()
        self.said.clear()
        self.said.setToolTip("")
        self._fit()
        self.messageChanged.emit("")

    def remove_note(self, note: QLabel) -> None:
        """Take ``note`` off the bar (the caller deletes it)."""
        if note in self._notes:
            self._notes.remove(note)
        self.removeWidget(note)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.said and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Each note as wide as its text, up to two fifths of the bar, and as tall as it then
        wraps to; the message as tall as it wraps to at the width left (the window's layout does not
        ask a status bar for a height for its width)."""
        for note in self._notes:
            # Measured by its font: a label's own hints are bound by the sizes it was given.
            metrics, room = note.fontMetrics(), note.contentsMargins()
            edges = room.left() + room.right() + 2 * note.margin()
            whole = metrics.horizontalAdvance(note.text()) + edges + 1  # (its advance rounded)
            width = max(1, min(whole, self.width() * 2 // 5))
            high = 0
            if note.text():
                lines = metrics.boundingRect(
                    QRect(0, 0, max(1, width - edges), QWIDGETSIZE_MAX),
                    int(Qt.TextFlag.TextWordWrap),
                    note.text(),
                )
                high = lines.height() + room.top() + room.bottom() + 2 * note.margin()
            if note.fitted != QSize(width, high):
                note.fitted = QSize(width, high)
                note.setMinimumHeight(high)
                note.updateGeometry()
        self._fit()

    def _fit(self) -> None:
        lines = self.said.heightForWidth(self.said.width()) if self.said.text() else 0
        if self.said.minimumHeight() != lines:
            self.said.setMinimumHeight(lines)


class Note(QLabel):
    """A permanent label of the bar that wraps too (``WrappingStatusBar.add_note``): as wide
    as its text up to two fifths of the bar, as tall as it then wraps to (``fitted``, which
    ``fit`` sets). It may be squeezed as the window narrows (the bar then fits it again): a
    fixed width had held a window as wide as its last fit. A word longer than its room (a
    folder's path) is cut: its tool tip says the note whole."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.fitted = QSize(0, 0)

    def sizeHint(self) -> QSize:
        return self.fitted

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fitted.height())
