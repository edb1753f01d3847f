"""The main window's watchers of the application's events share one event filter
(``ui.appevents``): every event crosses into Python once, not once per watcher (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from sortapp.ui.appevents import AppEvents


def _key(text: str) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, text)


def test_watchers_are_called_newest_first_until_one_takes_the_event(qtbot):
    owner = QObject()
    events = AppEvents(owner)
    seen: list[str] = []

    def watcher(name: str, takes: bool):
        def watch(_watched: QObject, _event: QEvent) -> bool:
            seen.append(name)
            return takes

        return watch

    events.watch({QEvent.Type.KeyPress}, watcher("first", False))
    events.watch({QEvent.Type.KeyPress}, watcher("takes", True))
    events.watch({QEvent.Type.KeyPress, QEvent.Type.Wheel}, watcher("last", False))
    events.watch({QEvent.Type.Wheel}, watcher("wheel", False))
    target = QObject()
    assert events.eventFilter(target, _key("a")) is True
    assert seen == ["last", "takes"]  # as Qt calls filters: the last added first; then none
    seen.clear()
    assert events.eventFilter(target, QEvent(QEvent.Type.Paint)) is False
    assert seen == []  # no watcher of that type: none called


def test_the_window_sends_the_applications_keys_through_its_one_filter(qtbot, make_window):
    """A key typed in a field reaches the idle watch through the window's filter, which is
    on the application once the window is built; the idle watch has no filter of its own."""
    window = make_window()
    field = QLineEdit()
    qtbot.addWidget(field)
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    before = window.idle._last_input
    now[0] = before + 60
    QApplication.sendEvent(field, _key("x"))
    assert window.idle._last_input == before + 60  # noted: the application's filter saw it
    # Off the application, nothing else notes a key: the idle watch has no filter of its own.
    app = QApplication.instance()
    assert app is not None
    app.removeEventFilter(window.app_events)
    now[0] = before + 120
    QApplication.sendEvent(field, _key("y"))
    assert window.idle._last_input == before + 60
