"""An editable choice (a country, a time zone) typed into safely."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QCompleter


def typed_choice(combo: QComboBox) -> QComboBox:
    """``combo`` made editable, what is typed finding its choices in a list under it rather than
    completed in place: Qt's completion in place took Enter on a choice whose text was selected
    (as Tab, or Enter from the field before, leaves it) for its first item, so a lot from
    Botswana was about to be received as from the Emirates (AE) by one key stroke, and a party's
    country set to the list's first."""
    combo.setEditable(True)
    completer = combo.completer()
    if completer is not None:
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo
