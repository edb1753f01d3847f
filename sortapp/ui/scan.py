"""One scan box for everything: Ctrl+F, or a barcode scanner anywhere, takes a lot, parcel,
certificate or label number and shows it on its page, its row selected, wherever one is."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from sortapp.core.changes import Changes
from sortapp.core.errors import UserError
from sortapp.ui.context import Context
from sortapp.ui.errors import error_text
from sortapp.ui.i18n import tr
from sortapp.ui.layouts import WholeHint

log = logging.getLogger(__name__)

#: The colour of what the scan box says of a number that names nothing.
REFUSED_COLOUR = "#b00020"


class ScanBox(QWidget):
    """A line for a number, and beside it what became of the last one scanned."""

    #: Emitted with what a scanned number names.
    found = Signal(object)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.label = QLabel()
        self.label.setObjectName("scan_label")
        row.addWidget(self.label)
        self.edit = QLineEdit()
        self.edit.setObjectName("scan_box")
        self.edit.setClearButtonEnabled(True)
        self.note = QLabel()
        self.note.setObjectName("scan_note")
        self.note.setStyleSheet(f"color: {REFUSED_COLOUR};")
        self.edit.returnPressed.connect(self.scan)
        self.edit.textEdited.connect(lambda _t: self.note.clear())
        row.addWidget(self.edit, 1)
        row.addWidget(self.note, 2)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear)
        #: The box as wide as its hint needs, whatever the text's size (at least 260 px).
        self.hint = WholeHint(self.edit, least=260, most=420)
        self.retranslate()
        # Work done since: a number refused earlier, and why, are no longer the news.
        ctx.changed.connect(self._moved_on)

    def _moved_on(self, changes: object, initiator: object = None) -> None:
        """Work was done on a page since the last scan (an entry, a receipt): what was said of
        a number refused is cleared with it, unless the box is in use. Not by another
        workstation's work, nor a backup's (which change nothing on the pages)."""
        if initiator is None or changes == Changes():
            return
        if self.note.text() and not self.edit.hasFocus():
            self.clear()

    def retranslate(self) -> None:
        """Say the box's words in the language installed now (what it said of the last number,
        in the language before, is cleared; the number typed stays)."""
        self.label.setText(tr("Scan"))
        self.edit.setPlaceholderText(tr("lot, parcel, certificate or label number (Ctrl+F), Enter"))
        self.hint.fit()
        self.note.clear()

    def take_focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        """Empty the box and what it said of the last number (Escape; locking)."""
        self.edit.clear()
        self.note.clear()

    def scan(self) -> None:
        """Look up what was scanned: show it (``found``), or say beside the box that it names
        nothing, the number kept and selected for the next scan to replace."""
        text = self.edit.text().strip()
        if self.ctx.locked or not text:
            return
        from sortapp.services import lookup  # noqa: PLC0415 (on the first scan: a cheap start)

        try:
            found = lookup.look_up(self.ctx.db, text)
        except UserError as exc:
            said = error_text(exc)
            self.note.setText(said)
            self.ctx.said.emit(said)
            self.edit.selectAll()
            return
        except Exception as exc:
            if self.ctx.lost(exc):
                return
            raise
        self.note.clear()
        self.edit.clear()
        self.found.emit(found)


def _takes_text(widget: QWidget | None) -> bool:
    """Whether ``widget`` is where typed keys go (a scanner's keys are its to take): a field,
    and a choice, whose keys pick in it (``b`` picks "breakage")."""
    return isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox))


class ScannerKeys(QObject):
    """Sends to the scan box the keys typed (a scanner's, as a keyboard's) in ``window``
    where no field takes text: on a list, a button, the navigation. A field that takes text
    keeps them (the sorting page's lot field, the receiving form). Enter on a button of the
    window presses it, as it does in a dialog (on Reports' Run it did nothing: a clerk's day,
    2026-12-07)."""

    def __init__(self, window: QWidget, box: ScanBox, active: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.box = box
        self.active = active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        plain = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._press(watched, again=event.isAutoRepeat())
        if not (plain and len(text) == 1 and text.isprintable() and not text.isspace()):
            return False
        focus = QApplication.focusWidget()
        if isinstance(watched, QWidget) and (
            watched.window() is not self.window or _takes_text(watched)
        ):
            return False  # a key sent to a field (of a dialog, say) is that field's
        if (
            focus is None
            or focus is self.box.edit
            or _takes_text(focus)
            or focus.window() is not self.window
            or QApplication.activeModalWidget() is not None
            # (A menu open takes its letters: "b" with the File menu open went to the scan
            # box, not to "Backup now", a supervisor's day, 2026-12-07.)
            or QApplication.activePopupWidget() is not None
            or not self.active()
        ):
            return False
        self.box.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.edit.setText(text)
        self.box.note.clear()
        return True

    def _press(self, watched: QObject, *, again: bool) -> bool:
        """Enter on a push button of the window with the focus: pressed (True), as Space
        presses it, once however long it is held (``again``: the key's repeat, taken and
        dropped: a held Enter pressed Run three times, an attack round of 2026-12-07); any
        other Enter is left to whom it is sent."""
        focus = QApplication.focusWidget()
        if (
            not isinstance(focus, QPushButton)
            or watched is not focus
            or focus.window() is not self.window
            or not focus.isEnabled()
            or QApplication.activePopupWidget() is not None
            or not self.active()
        ):
            return False
        if not again:
            focus.animateClick()
        return True
