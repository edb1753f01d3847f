"""An editable choice (a country, a time zone) typed into safely."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox


class KeepsChoice(QObject):
    """Keeps an editable choice's completion prefix its text when the whole text is selected
    (as Tab, or Enter from the field before, leaves it) and Enter is pressed or the choice
    takes the cursor. Qt's completion in place kept the prefix of the text the list was filled
    under (its first item) after the choice was set by the program, and Enter on the selected
    text took that: a lot from Botswana about to be received as from the Emirates (AE), the
    list's first, by one key stroke; a party's country likewise."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn or (
            kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            completer, edit = self.combo.completer(), self.combo.lineEdit()
            if (
                completer is not None
                and edit is not None
                and edit.selectedText() == edit.text()
                and completer.completionPrefix() != edit.text()
            ):
                completer.setCompletionPrefix(edit.text())
        return False


def typed_choice(combo: QComboBox) -> QComboBox:
    """``combo`` made editable (completed in place as the user types), Enter on its whole
    text selected keeping the choice shown (``KeepsChoice``)."""
    combo.setEditable(True)
    keeps = KeepsChoice(combo)
    combo.installEventFilter(keeps)  # (the keyboard's keys come to the box, which has the focus)
    edit = combo.lineEdit()
    if edit is not None:  # (and to its line edit when sent to it)
        edit.installEventFilter(keeps)
    return combo
