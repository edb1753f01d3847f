"""What every page shares: the database, the signed-in actor, and one way to run an action."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from sortapp.core.changes import Changes
from sortapp.core.errors import SortAppError, UserError
from sortapp.core.i18n import N_, Phrase, phrase
from sortapp.core.roles import Actor, Role
from sortapp.services import anchors, audit, settings, site
from sortapp.storage.db import opened_read_only, storage_errors, unreachable, unreadable
from sortapp.storage.dbapi import Database
from sortapp.storage.target import Target
from sortapp.ui import siteday
from sortapp.ui.ahead import Reader
from sortapp.ui.errors import error_text, sentence, show_error
from sortapp.ui.i18n import marked, say, tr

log = logging.getLogger(__name__)

T = TypeVar("T")


class Locked(UserError):
    """Raised when something asks for the signed-in user while the workstation is locked."""

    def __init__(self) -> None:
        super().__init__(phrase("the workstation is locked: sign in first"))


#: What a write is refused with while the facility server cannot be reached.
OFFLINE = N_("The facility server cannot be reached; nothing was written")
#: What a person is told of an action whose commit the lost connection left in doubt.
IN_DOUBT = N_(
    "The facility server could not be reached as your action was being recorded; whether it "
    "was is said when the server is back"
)

#: What a person is told when a page cannot read a part of a file SQLite found damaged.
UNREADABLE = N_(
    "SQLite cannot read a part of this damaged database: what is in it is not shown. An admin "
    "restores the last good backup over it: File, Restore a backup..."
)


class Context(QObject):
    """The session of one signed-in user on one database.

    While the workstation is locked no one is signed in: ``actor`` raises :class:`Locked`,
    ``act`` runs nothing, and callbacks wrapped by ``while_signed_in`` are dropped, so that no
    service call can run on behalf of the user who was signed in before.

    On the facility server the session may lose its connection (``lost``): until the app
    reconnects (``reconnected``) every action is refused with :data:`OFFLINE` (no local queue:
    two workstations offline could move the same parcel), and what is on screen stays as it was.
    """

    #: Emitted after every successful action with what it changed and who acted: the page (or
    #: other widget) that ran it, or None (a change from elsewhere). The page that acted has
    #: updated itself and skips the refresh (anki's ``OpChanges`` and its ``initiator``).
    changed = Signal(object, object)
    #: Emitted when someone signs in (again, or another user).
    actor_changed = Signal(object)
    #: Emitted with True when the workstation locks and False when someone signs in.
    lock_changed = Signal(bool)
    #: A sentence for the status bar (refusals, confirmations).
    said = Signal(str)
    #: Emitted with False when the facility server is lost and True when it is back.
    online_changed = Signal(bool)
    #: Asks the window to lock the workstation, saying the sentence on the lock screen (too many
    #: wrong current passwords typed: the sign-in that follows is counted as any).
    lock_requested = Signal(str)

    def __init__(self, db: Database, where: Path | Target, actor: Actor) -> None:
        super().__init__()
        self.db = db
        #: Where the database is, and how to open it again (background work, reconnecting).
        self.target = where if isinstance(where, Target) else Target(path=where)
        self._actor: Actor | None = actor
        #: Counts the sign-ins; a callback started in one session is not run in another.
        self.session = 0
        #: Whether the facility server is lost (until ``reconnected``).
        self.offline = False
        #: Whether a backup is being restored over the database (``MainWindow.restore``): no
        #: action runs meanwhile (one written before the copy in would be lost with the file
        #: it replaces, and after it, lie on a file no page has read yet).
        self.replacing = False
        #: The action whose commit was under way when the server was lost, and its words.
        self._in_doubt: tuple[audit.Request, str] | None = None
        #: What was said of that action after reconnecting ("recorded" ...), for the record.
        self.outcome = ""
        #: Whether a page was told a part of the damaged file cannot be read (said once).
        self._unreadable_said = False
        #: Reads ahead of the lists on a connection of its own (the facility server only).
        self.reader = Reader()
        #: Wrong current passwords typed in a row in this session (``ui.passwords``).
        self.wrong_passwords = 0
        #: The code of the last refusal ``act`` said (``UserError.code``; "" for none, or one
        #: without a code): what a form sends its cursor back to.
        self.refused = ""
        # Dates and times on screen in the site's calendar, following its settings.
        siteday.zone = self.settings().timezone
        self.changed.connect(self._follow_site_zone)

    def _follow_site_zone(self, changes: object, _initiator: object) -> None:
        if isinstance(changes, Changes) and changes.site:
            siteday.zone = self.settings().timezone

    @property
    def path(self) -> Path:
        """The database file (a file's session only: a server's has none)."""
        return self.target.file

    @property
    def on_server(self) -> bool:
        return self.target.on_server

    @property
    def actor(self) -> Actor:
        """The signed-in user; raises Locked while the workstation is locked."""
        if self._actor is None:
            raise Locked()
        return self._actor

    @property
    def locked(self) -> bool:
        return self._actor is None

    def can(self, role: Role) -> bool:
        return self._actor is not None and self._actor.role >= role

    @property
    def read_only_why(self) -> str:
        """Why what writes to the database is disabled ("" where it is writable): the file is
        open read-only for good (the status bar says why); ``widgets.writes``."""
        if opened_read_only(self.db) is None:
            return ""
        return tr("The database is open read-only: nothing can be written to it")

    def settings(self) -> settings.Settings:
        return settings.settings(self.db)

    def lock(self) -> None:
        """Forget the signed-in user until someone signs in (``set_actor``)."""
        if self._actor is None:
            return
        self._actor = None
        self.session += 1
        self.wrong_passwords = 0
        self.lock_changed.emit(True)

    def set_actor(self, actor: Actor) -> None:
        """Someone signed in: act on their behalf from now on."""
        was_locked = self._actor is None
        self._actor = actor
        self.session += 1
        self.wrong_passwords = 0
        if was_locked:
            self.lock_changed.emit(False)
        self.actor_changed.emit(actor)

    def password_changed(self, password: str) -> None:
        """The signed-in user changed their own password: on the facility server, the
        connections made from now on (reading ahead, reconnecting) sign in with the new one."""
        if self.on_server:
            self.target = self.target.signed_in(self.actor.name, password)

    def while_signed_in(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """Wrap a later callback (a background result) so that it runs only in this session.

        A result that arrives after the workstation locked (or another user signed in) is
        dropped: it would otherwise show the previous user's data or act on their behalf.
        """
        session = self.session

        def guarded(*args: Any) -> Any:
            if self.locked or self.session != session:
                log.info("dropped a result of an earlier session: %s", getattr(fn, "__name__", fn))
                return None
            return fn(*args)

        return guarded

    #: The widget whose action is being said (``say``): the status bar shows it on its page.
    said_by: QObject | None = None

    def say(self, text: str, by: QObject | None = None) -> None:
        """Say ``text`` (``said``) as the outcome of what widget ``by`` did: the window shows
        it while ``by``'s page is on screen, and again when one comes back to that page (None:
        the page on screen now)."""
        self.said_by = by
        try:
            self.said.emit(text)
        finally:
            self.said_by = None

    def act(
        self,
        parent: QWidget,
        fn: Callable[[], Any],
        done: str = "",
        *,
        raises: bool = False,
        failed: Any = None,
    ) -> Any:
        """Run one service call; show a refusal in a sentence; broadcast what changed.

        Returns the call's result, or ``failed`` (None) when it was refused or failed. Nothing
        runs while the workstation is locked, nor while the facility server cannot be reached.
        Each call is one request: its audit entries carry a new id, by which the app finds out,
        after a connection lost while it committed, whether it was recorded. ``raises``: a
        refusal (UserError) is raised to the caller instead (a dialog that stays open and says
        it).
        """
        self.refused = ""
        if self.locked:
            log.info("refused while locked: %s", getattr(fn, "__name__", fn))
            return failed
        if self.offline:
            log.info("refused while the server cannot be reached: %s", getattr(fn, "__name__", fn))
            self.say(marked(OFFLINE) + ".", parent)
            return failed
        if self.replacing:
            log.info("refused while a backup is restored: %s", getattr(fn, "__name__", fn))
            self.say(tr("A backup is being restored; try again when it is done."), parent)
            return failed
        try:
            with audit.request(uuid.uuid4().hex) as asked:
                result = fn()
        except SortAppError as exc:
            if self.lost(exc, asked, done or getattr(fn, "__name__", "")):
                return failed
            if isinstance(exc, UserError):
                self.refused = exc.code
                if exc.code == "signed_in_lapsed":
                    self._lock_for(exc)
                if raises:
                    log.info("refused: %s", exc)
                    raise
            self.say(show_error(parent, exc), parent)
            return failed
        except Exception as exc:  # the UI boundary: a bug is shown with details, not a crash
            if self.lost(exc, asked, done or getattr(fn, "__name__", "")):
                return failed
            self.say(show_error(parent, exc), parent)
            return failed
        if isinstance(result, Changes):
            # A supervisor's or admin's action ends with a signed checkpoint of the audit chain.
            anchors.checkpoint(self.db, self.actor)
            self.changed.emit(result, parent)
            told = result.told(say)
            first = result.warning or result.note
            if done and done.rstrip(".").lower() in told.lower():
                done = ""  # (what the service said says it: "Lot L1 weighed again." said twice)
            done = _sentences(done, told, as_written=(told,) if _led_by_data(first, told) else ())
        if done:
            self.say(done, parent)
        return result

    def _lock_for(self, exc: UserError) -> None:
        """The workstation locked once the refusal is said: the user was demoted or made
        inactive since they signed in (``audit.refuse_lapsed``), and the window's buttons are
        of the role they had; whoever signs in next gets their own."""
        note = f"{sentence(exc.message)}."  # (the lock screen's button is the hint)
        QTimer.singleShot(0, self, self.while_signed_in(lambda: self.lock_requested.emit(note)))

    def act_said(self, parent: QWidget, fn: Callable[[], Any], done: str = "") -> tuple[Any, str]:
        """``act`` for a form held after a refusal (``widgets.RefusalHold``): (the result,
        "") or (None, the refusal), the refusal said in the status bar and returned for the
        form to say, not in a box (which an Enter typed ahead closes)."""
        try:
            return self.act(parent, fn, done, raises=True), ""
        except UserError as exc:
            text = error_text(exc)
            self.say(text, parent)
            return None, text

    @property
    def in_doubt(self) -> bool:
        """Whether an action's commit was cut off by the lost server (said when it is back)."""
        return self._in_doubt is not None

    def read_ahead(self, read: Callable[[Database], T]) -> Future[T] | None:
        """Start ``read(db)`` on the reader's own connection, as the signed-in user: on the
        facility server only (a file is read fast enough on the GUI thread), and not while it
        is lost or the workstation is locked (None then)."""
        if not self.on_server or self.offline or self.locked:
            return None
        return self.reader.submit(self.target, read)

    def lost(self, exc: BaseException, asked: audit.Request | None = None, what: str = "") -> bool:
        """Take ``exc`` as the facility server lost, if it says so: the session goes offline
        (once; ``online_changed``). ``asked``: the action that was running, whose outcome is in
        doubt if it had reached its audit entry (else nothing was written). False for any
        other error, which the caller shows."""
        if not unreachable(exc):
            return False
        log.info("the facility server cannot be reached: %s", exc)
        if asked is not None and asked.entry is not None:
            self._in_doubt = (asked, what)
            self.said.emit(marked(IN_DOUBT) + ".")
        else:
            self.said.emit(marked(OFFLINE) + ".")
        if not self.offline:
            self.offline = True
            self.online_changed.emit(False)
        return True

    def unreadable(self, exc: BaseException) -> bool:
        """Whether ``exc`` is a read of a part of the session's file that SQLite cannot read:
        the file is damaged (``storage.db.unreadable``)."""
        return unreadable(self.db, exc)

    def read_failed(self, exc: BaseException) -> bool:
        """Take the failure ``exc`` of a page's read (a list's rows, a page's reload) when it
        can wait: the facility server lost (``lost``), or a part of a damaged file that SQLite
        cannot read (``unreadable``). For that, what the read would show stays
        as it was (a list's rows blank) and the way on is said once, in the status bar: not a
        box at each paint of a list. False for any other failure, which the caller shows. (An
        action's failure is shown whatever it is: ``fail``.)"""
        if not self.unreadable(exc):
            return self.lost(exc)
        if not self._unreadable_said:
            self._unreadable_said = True
            log.warning("a part of the damaged file cannot be read: %s", exc)
            self.said.emit(marked(UNREADABLE))
        return True

    def reconnected(self, db: Database) -> None:
        """The facility server is back: ``db`` (a new connection) replaces the lost one; the
        action whose commit was in doubt is looked up and said recorded or not."""
        old, self.db = self.db, db
        with contextlib.suppress(Exception):  # the lost connection: closing it may fail too
            old.close()
        self.offline = False
        self.online_changed.emit(True)
        if self._in_doubt is None:
            self.said.emit(
                tr("The facility server {where} is back; you can work again.").format(
                    where=self.target.where
                )
            )
            return
        asked, what = self._in_doubt
        self._in_doubt = None
        what = what.rstrip(".") or tr("your last action")
        if audit.recorded(self.db, asked):
            self.outcome = tr("The facility server is back. Recorded: {what}.").format(what=what)
        else:
            self.outcome = tr(
                "The facility server is back. Not recorded: {what}; do it again."
            ).format(what=what)
        log.info("%s (request %s)", self.outcome, asked.id)
        self.said.emit(self.outcome)

    def sign_in(self, name: str, password: str) -> Actor:
        """Sign ``name`` in (recorded as a ``login``); on the facility server, as their own
        role: a connection of theirs replaces the session's. Raises the refusal."""
        if not self.on_server:
            # (A text in the users' or the site key's rows that sqlite3 cannot read, forged in
            # the file, is a damaged file to the person signing in: verify names the row.)
            with storage_errors():
                return site.login(self.db, name, password, record_success=True)
        target = self.target.signed_in(name, password)
        db = target.open()
        try:
            actor = site.login(db, name, password, record_success=True)
        except BaseException:
            db.close()
            raise
        self.target = target
        if self.offline:  # the server is back before the timer found it
            self.reconnected(db)
        else:
            old, self.db = self.db, db
            with contextlib.suppress(Exception):
                old.close()
        return actor

    def announce(self, changes: Changes, initiator: QObject | None = None) -> None:
        """Tell every page what changed outside ``act`` (an import run in the background, a
        restore, another workstation's action): ``initiator`` None means no page acted."""
        self.changed.emit(changes, initiator)

    def fail(self, parent: QWidget, exc: BaseException) -> None:
        if self.lost(exc):
            return
        if self.locked:
            # Nothing is shown over the lock screen; the failure is in the log.
            if isinstance(exc, SortAppError):
                log.info("failure while locked: %s", exc)
            else:
                log.error("unexpected error while locked", exc_info=exc)
            return
        self.say(show_error(parent, exc), parent)


def _sentences(*texts: str, as_written: tuple[str, ...] = ()) -> str:
    """The texts as sentences on one line: each ended with a full stop and capitalised, but
    those ``as_written`` (which begin with a name: "olu gets ...", not "Olu gets ...")."""
    out = []
    for text in texts:
        t = text.strip()
        if t:
            end = "" if t.endswith((".", "!", "?")) else "."
            out.append((t if text in as_written else t[0].upper() + t[1:]) + end)
    return " ".join(out)


def _led_by_data(said: str, shown: str) -> bool:
    """Whether ``shown`` (``said`` in the user's language) begins with one of its facts that
    is data, not a word (a user's name, a lot's number): said as it is written."""
    if not isinstance(said, Phrase):
        return False
    return any(
        shown.startswith(str(fact))
        for fact in said.facts.values()
        if str(fact) and not isinstance(fact, Phrase)
    )
