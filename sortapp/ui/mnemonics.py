"""Each item of a menu its own underlined letter, in any language: the one its words mark,
where no item before it in the menu took it, else the first letter of its words no item took.
(The Go menu's pages, the parcels' Print menu and View > Language had none, or shared theirs
with another: a receiving clerk's day, 2026-12-07.)"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def marked_letter(text: str) -> int | None:
    """The index of the letter ``text`` marks with '&' ('&&' is an ampersand), if any."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return i + 1
            i += 1  # (an ampersand written '&&')
        i += 1
    return None


def unmarked(text: str) -> str:
    """``text`` without its mark (its ampersands written '&&' kept)."""
    at = marked_letter(text)
    return text if at is None else text[: at - 1] + text[at:]


def give_letters(menu: QMenu) -> None:
    """Give each item of ``menu`` (and of its submenus) a letter of its own."""
    used: set[str] = set()
    pending = []
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            give_letters(sub)
        text = action.text()
        at = marked_letter(text)
        if at is not None and text[at].isalnum() and text[at].casefold() not in used:
            used.add(text[at].casefold())
        else:
            pending.append(action)
    for action in pending:
        plain = unmarked(action.text())
        for i, letter in enumerate(plain):
            if letter.isalnum() and letter.casefold() not in used and plain[i - 1 : i] != "&":
                used.add(letter.casefold())
                action.setText(f"{plain[:i]}&{plain[i:]}")
                break
        else:
            action.setText(plain)
