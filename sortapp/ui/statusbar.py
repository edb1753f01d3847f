"""The main window's status bar: what an action did, in full, however narrow the window.

QStatusBar draws a message on one line and cuts it at the permanent widgets: on a small screen
"lot L3: weighed 12.000 ct differs from declared ... beyond tolerance; a s" was all an operator
saw of "a supervisor must acknowledge it". Here the message is a label that wraps onto a
second line (and more) instead, with the same ``showMessage``/``currentMessage``/``clearMessage``
as QStatusBar's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar


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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the message wraps to at the width it has (the window's layout does not
        ask a status bar for a height for its width)."""
        lines = self.said.heightForWidth(self.said.width()) if self.said.text() else 0
        if self.said.minimumHeight() != lines:
            self.said.setMinimumHeight(lines)
