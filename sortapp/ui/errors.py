"""The one place errors are shown to a person (STYLE.md B4)."""

from __future__ import annotations

import logging
import re
import sqlite3
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.i18n import N_, Phrase
from sortapp.storage import dbapi
from sortapp.storage.db import known_error
from sortapp.ui.dialogs import message
from sortapp.ui.i18n import marked, say, tr

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
    "origin_missing": N_("Fill in Mine or Supplier."),
    "lot_not_weighed": N_("Select lot {lot} on the Receiving page and use Weigh lot..."),
    "difference_unacknowledged": N_(
        "A supervisor selects lot {lot} on the Receiving page and uses "
        "Acknowledge weight difference..."
    ),
    "party_exists": N_("To change it, select it in the register and use Edit..."),
    "category_unknown": N_("The categories are on Settings, Assortment."),
    "no_authority": N_("An admin sets the authority on Settings, Site."),
    "restore_other_site": N_("Choose a backup of this site."),
    "restore_unchecked": N_(
        "Restoring it unchecked is the command line's: sortapp restore FILE --force."
    ),
    "sqlite_corrupt": N_("Then use Verify now on the Audit log page."),
    "signed_in_lapsed": N_("Sign in again: File, Lock / switch user (Ctrl+L)."),
    "restore_busy": N_("Close sortapp at the other workstations, then restore again."),
}


def hint(exc: UserError | KnownStorageError) -> str:
    """Return the GUI's hint for a refusal (from its code and facts), or ""."""
    try:
        told = HINTS.get(exc.code, "")
        return marked(told).format(**exc.facts) if told else ""
    except (KeyError, IndexError, ValueError):  # a fact missing: say nothing rather than wrong
        return ""


def sentence(message: object) -> str:
    """``say(message)`` as a sentence on its own: its first letter a capital where the app's
    own words begin it ("lot L1 is sorting: ..." -> "Lot L1 ..."; "weighed carats: ..." of a
    field's name; the core's refusals are written to follow a colon), never where a fact given
    as text does (a path, a user's name: said as they are)."""
    said = say(message)
    return said[:1].upper() + said[1:] if _begun_in_words(message) else said


def _begun_in_words(message: object) -> bool:
    """Whether ``message``, said, begins with a lowercase word of the app's own: its template's,
    or that of a phrase it begins with ("{field}: ..." of a field's marked name, "{state}; ..."
    of a parcel's state); not a fact given as plain text."""
    if not isinstance(message, Phrase):
        return False
    template = marked(message.template)
    if template[:1].islower():
        return True
    first = re.match(r"\{(\w+)\}", template)
    return first is not None and _begun_in_words(message.facts.get(first.group(1)))


def error_text(exc: BaseException) -> str:
    """Return the sentence a person reads for an error (and the GUI's hint, if it has one)."""
    exc = as_known(exc)
    if isinstance(exc, KnownStorageError):
        said = sentence(exc.message)
        said = f"{said}. {say(exc.hint)}" if exc.hint else said
        tip = hint(exc)
        return f"{said} {tip}" if tip else said
    if isinstance(exc, UserError):
        said = sentence(exc.message)
        tip = hint(exc)
        return f"{said}. {tip}" if tip else said
    return tr("Unexpected error: {kind}: {error}").format(kind=exc.__class__.__name__, error=exc)


def show_error(parent: QWidget | None, exc: BaseException) -> str:
    """Show ``exc``: refusals as a warning, environment failures as critical, bugs with details."""
    exc = as_known(exc)
    text = error_text(exc)
    if isinstance(exc, KnownStorageError):
        log.info("storage error shown: %s", exc.text())
        message(parent, "sortapp", text, icon=QMessageBox.Icon.Critical)
    elif isinstance(exc, UserError):
        log.info("refused: %s", exc)
        message(parent, "sortapp", text, icon=QMessageBox.Icon.Warning)
    else:
        log.error("unexpected error", exc_info=exc)
        details = "".join(traceback.format_exception(exc))
        message(
            parent,
            tr("sortapp: unexpected error"),
            tr("{error}\n\nNothing was half-written. Copy the details for support.").format(
                error=text
            ),
            icon=QMessageBox.Icon.Critical,
            details=details,
        )
    return text
