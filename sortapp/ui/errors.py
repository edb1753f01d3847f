"""The one place errors are shown to a person (STYLE.md B4)."""

from __future__ import annotations

import logging
import sqlite3
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from sortapp.core.errors import KnownStorageError, UserError
from sortapp.storage import dbapi
from sortapp.storage.db import known_error
from sortapp.ui.dialogs import message

log = logging.getLogger(__name__)


def as_known(exc: BaseException) -> BaseException:
    """Return the known storage error an environment failure (disk, lock, damaged file, the
    facility server lost) stands for, even one raised by a read outside ``storage_errors()``;
    else ``exc`` itself."""
    if isinstance(exc, sqlite3.Error):
        known = known_error(exc)
        if known is not None:
            return known
    if dbapi.from_server(exc):  # the server's driver: a lost server is said as one
        from sortapp.storage import pg  # noqa: PLC0415 (loaded already: the error is its)

        told = pg.told(exc, {})
        if isinstance(told, KnownStorageError):
            return told
    return exc


#: The GUI's own words for a refusal's way out, by the error's code (services name no button
#: or menu, and no CLI flag); formatted with the error's facts. A code not here (or whose way out
#: has no button) is shown as the plain sentence.
HINTS: dict[str, str] = {
    "origin_missing": "Fill in Mine or Supplier.",
    "lot_not_weighed": "Select lot {lot} on the Receiving page and use Weigh lot...",
    "difference_unacknowledged": (
        "A supervisor selects lot {lot} on the Receiving page and uses "
        "Acknowledge weight difference..."
    ),
    "party_exists": "To change it, select it in the register and use Edit...",
    "category_unknown": "The categories are on Settings, Assortment.",
    "no_authority": "An admin sets the authority on Settings, Site.",
    "restore_other_site": "Choose a backup of this site.",
    "sqlite_corrupt": "Then use Verify now on the Audit log page.",
}


def hint(exc: UserError | KnownStorageError) -> str:
    """Return the GUI's hint for a refusal (from its code and facts), or ""."""
    try:
        return HINTS.get(exc.code, "").format(**exc.facts)
    except (KeyError, IndexError, ValueError):  # a fact missing: say nothing rather than wrong
        return ""


def error_text(exc: BaseException) -> str:
    """Return the sentence a person reads for an error (and the GUI's hint, if it has one)."""
    exc = as_known(exc)
    if isinstance(exc, KnownStorageError):
        tip = hint(exc)
        return f"{exc.text()} {tip}" if tip else exc.text()
    if isinstance(exc, UserError):
        tip = hint(exc)
        return f"{exc}. {tip}" if tip else str(exc)
    return f"Unexpected error: {exc.__class__.__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException) -> str:
    """Show ``exc``: refusals as a warning, environment failures as critical, bugs with details."""
    exc = as_known(exc)
    text = error_text(exc)
    if isinstance(exc, KnownStorageError):
        log.info("storage error shown: %s", text)
        message(parent, "sortapp", text, icon=QMessageBox.Icon.Critical)
    elif isinstance(exc, UserError):
        log.info("refused: %s", text)
        message(parent, "sortapp", text, icon=QMessageBox.Icon.Warning)
    else:
        log.error("unexpected error", exc_info=exc)
        details = "".join(traceback.format_exception(exc))
        message(
            parent,
            "sortapp: unexpected error",
            f"{text}\n\nNothing was half-written. Copy the details for support.",
            icon=QMessageBox.Icon.Critical,
            details=details,
        )
    return text
