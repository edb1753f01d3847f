"""An editable choice (a country, a time zone) typed into safely."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter


class KeepsChoice(QObject):
    """Enter on an editable choice whose whole text is selected (as Tab, or Enter from the
    field before, leaves it) keeps the choice shown: the selection is let go first. Qt's
    completion in place took the selection for a completion of the prefix the list was filled
    under and put its first match in: a lot from Botswana about to be received as from the
    Emirates (AE), the list's first, by one key stroke; a party's country likewise. (Setting the
    prefix to the text instead took the first item beginning with it: a party's kept "CA" became
    "Cambodia (KH)".) A choice typed in part leaves only the completed end selected: untouched."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            edit = self.combo.lineEdit()
            if edit is not None and edit.hasSelectedText() and edit.selectedText() == edit.text():
                edit.deselect()
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


def found_anywhere(combo: QComboBox) -> QComboBox:
    """An editable ``combo`` whose completion lists each item holding what was typed anywhere
    in it, in any case ('gabo' finds Africa/Gaborone): a list of time zones, where a city is
    what one knows and its region a guess. (Its completion is a list under the field, chosen
    from with the arrows and Enter, not the text completed in place.)"""
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    return combo
