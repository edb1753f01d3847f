"""The main window's status bar: what an action did, in full, however narrow the window.

QStatusBar draws a message on one line and cuts it at the permanent widgets: on a small screen
"lot L3: weighed 12.000 ct differs from declared ... beyond tolerance; a s" was all an operator
saw of "a supervisor must acknowledge it". Here the message is a label that wraps onto a
second line (and more) instead, with the same ``showMessage``/``currentMessage``/``clearMessage``
as QStatusBar's.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
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
        self._notes: list[QLabel] = []

    def add_note(self, label: QLabel, index: int) -> None:
        """Put ``label`` among the permanent widgets at ``index``, as a note that wraps too and
        is never wider than two fifths of the bar: a long one (why the file is read-only) had
        left the message a tenth of the bar at 1024 pixels, "SQLite / cannot read" of a
        sentence that said where the restore is. Its text set, ``fit`` lays it out again."""
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._notes.append(label)
        self.insertPermanentWidget(index, label)
        self.fit()

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

    def remove_note(self, label: QLabel) -> None:
        """Take the note ``label`` off the bar (the caller deletes it)."""
        if label in self._notes:
            self._notes.remove(label)
        self.removeWidget(label)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Each note as wide as its text, up to two fifths of the bar, and as tall as it then
        wraps to; the message as tall as it wraps to at the width left (the window's layout does not
        ask a status bar for a height for its width)."""
        for note in self._notes:
            # Measured by its font, not asked of the label: a label's hints are bound by the
            # sizes it was given (its height for one width is never below its minimum).
            metrics, room = note.fontMetrics(), note.contentsMargins()
            edges = room.left() + room.right() + 2 * note.margin()
            whole = metrics.horizontalAdvance(note.text()) + edges + 1  # (its advance rounded)
            width = max(1, min(whole, self.width() * 2 // 5))
            if note.minimumWidth() != width or note.maximumWidth() != width:
                note.setFixedWidth(width)
            high = 0
            if note.text():
                lines = metrics.boundingRect(
                    QRect(0, 0, max(1, width - edges), QWIDGETSIZE_MAX),
                    int(Qt.TextFlag.TextWordWrap),
                    note.text(),
                )
                high = lines.height() + room.top() + room.bottom() + 2 * note.margin()
            if note.minimumHeight() != high:
                note.setMinimumHeight(high)
        self._fit()

    def _fit(self) -> None:
        lines = self.said.heightForWidth(self.said.width()) if self.said.text() else 0
        if self.said.minimumHeight() != lines:
            self.said.setMinimumHeight(lines)
