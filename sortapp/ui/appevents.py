"""One event filter on the application for the main window's watchers: the idle watch (which
locks), the scanner's keys sent to the scan box, and the capture barcode. Each event the
application handles (every paint and layout request as much as a key) crosses into Python
once, to this filter, and only the watchers of its type are called; three filters of their
own made that crossing three times an event, all shift long."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

#: A watcher: given the object an event is for and the event, True to take it (no one else
#: then sees it), as ``QObject.eventFilter``.
Watcher = Callable[[QObject, QEvent], bool]


class AppEvents(QObject):
    """The watchers of the application's events, called as Qt calls an object's event filters:
    the one added last first, until one takes the event. ``install`` puts the filter on the
    application: the window does as the last step of its build (building its pages then sends
    no event through Python), and starts its idle watch only then."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watchers: list[tuple[frozenset[QEvent.Type], Watcher]] = []

    def watch(self, types: Iterable[QEvent.Type], watcher: Watcher) -> None:
        """Call ``watcher`` with each event of ``types``, before those added earlier."""
        self._watchers.insert(0, (frozenset(types), watcher))

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None  # (a window needs one)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        for types, watcher in self._watchers:  # noqa: SIM110 (every event: no generator)
            if kind in types and watcher(watched, event):
                return True
        return False
