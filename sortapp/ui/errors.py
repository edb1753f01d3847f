"""The one place errors are shown to a person (STYLE.md B4)."""

from __future__ import annotations

import logging
import sqlite3
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from sortapp.core.errors import KnownStorageError, UserError
from sortapp.storage.db import known_error
from sortapp.ui.dialogs import message

log = logging.getLogger(__name__)


def as_known(exc: BaseException) -> BaseException:
    """Return the known storage error an environment SQLite failure (disk, lock, damaged file)
    stands for, even one raised by a read outside ``storage_errors()``; else ``exc`` itself."""
    if isinstance(exc, sqlite3.Error):
        known = known_error(exc)
        if known is not None:
            return known
    return exc


def error_text(exc: BaseException) -> str:
    """Return the sentence a person reads for an error."""
    exc = as_known(exc)
    if isinstance(exc, KnownStorageError):
        return exc.text()
    if isinstance(exc, UserError):
        return str(exc)
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
