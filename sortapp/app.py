"""The desktop app's one wiring point: QApplication, logging, excepthook, database, sign-in."""

from __future__ import annotations

import gc
import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

# The Qt-free core before Qt: once PySide6 is imported, it reads the source of every module
# imported after it (its ``__feature__`` switch looks for "PySide6" in each), about a tenth of
# the app's imports at a cold start. (The core's modules never name it.)
from sortapp import __version__, desktop, paths
from sortapp.core.errors import SortAppError, UserError
from sortapp.core.i18n import N_, phrase
from sortapp.core.repeats import Repeats
from sortapp.core.roles import Actor
from sortapp.services import language, site
from sortapp.storage.db import open_db, opened_read_only, storage_errors
from sortapp.storage.dbapi import Database
from sortapp.storage.target import Target

# isort: split
import PySide6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from sortapp.ui import i18n
from sortapp.ui.context import Context
from sortapp.ui.dialogs import FirstRunChoice, FirstRunDialog, LoginDialog, message
from sortapp.ui.errors import error_text, show_error
from sortapp.ui.i18n import marked, tr
from sortapp.ui.mainwindow import MainWindow
from sortapp.ui.statusbar import WrappingStatusBar

log = logging.getLogger(__name__)


def configure_logging() -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        paths.data_dir().mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.data_dir() / "sortapp.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(formatter)
        root.addHandler(handler)
    except OSError:
        pass
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(formatter)
    stderr.setLevel(logging.WARNING)
    root.addHandler(stderr)
    root.setLevel(logging.INFO)


#: Whether the excepthook's box is on screen (its event loop runs under it).
_showing = False
#: The exceptions met again while it is: each logged once, then counted.
_under_box = Repeats(log, "uncaught exception met %d time(s) while its box was open (%s)")
#: The exceptions met while the workstation stands locked: each logged once, then counted
#: until someone signs in (``_lock_changed``).
_while_locked = Repeats(
    log, "uncaught exception met %d time(s) while the workstation was locked (%s)"
)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception nothing caught: logged, and shown in a box, one at a time. A bug met by
    work on a timer (every second) met again under the box on screen, whose event loop runs
    the timers, and opened another over it, and so on without end: while the box is open,
    each exception is logged once, then only counted until the box closes. Over the lock
    screen nothing is shown (its text and details are the last user's work, and anyone may
    be at the keyboard: as ``Context.fail``); it is logged, once, then counted."""
    global _showing  # noqa: PLW0603 (the one box of the process)
    if _showing:
        if _under_box.met(f"{kind.__name__}: {exc}"):
            log.error("uncaught exception", exc_info=(kind, exc, tb))
        return
    if _locked():
        if _while_locked.met(f"{kind.__name__}: {exc}"):
            log.error("uncaught exception while locked", exc_info=(kind, exc, tb))
        return
    _while_locked.end()
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    _showing = True
    try:
        show_error(QApplication.activeWindow(), exc)
    finally:
        _showing = False
        _under_box.end()


def _locked() -> bool:
    """Whether a main window of this process stands locked on screen (nothing is shown over
    it)."""
    return any(
        isinstance(widget, MainWindow) and widget.isVisible() and widget.locked
        for widget in QApplication.topLevelWidgets()
    )


def _lock_changed(locked: bool) -> None:
    """Someone signed in: the exceptions met over the lock screen, if any, are counted in the
    log now."""
    if not locked:
        _while_locked.end()


def _quitting() -> None:
    """The app's event loop ends: exceptions still being counted (over the lock screen, or
    under the box the loop ended under) are counted in the log now, not lost with the
    process."""
    _while_locked.end()
    _under_box.end()


#: The windows' icon, in resources/ (drawn in packaging/icons, rendered by its render.py).
WINDOW_ICON = "sortapp.png"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("sortapp")
    app.setApplicationName("sortapp")
    app.setApplicationVersion(__version__)
    # Every window's icon (a .deb's menu entry and Windows' .exe have theirs; a bundle run
    # straight from its folder, or a pip install, has only this one).
    QGuiApplication.setWindowIcon(QIcon(str(paths.resource(WINDOW_ICON))))
    return app  # type: ignore[return-value]  # instance() is typed as the QCoreApplication


def none_references_lost(call: Callable[[], object] | None = None, calls: int = 500) -> bool:
    """Whether this Qt binding drops a reference to None on a call that returns nothing, as
    PySide6 6.12.0 does on Python < 3.12 (``pyproject.toml`` keeps it out; an install made
    otherwise may still bring it): a shift makes such calls by the hundred thousand, and the
    interpreter aborts once None's count reaches zero ("Fatal Python error: none_dealloc").
    ``call`` (default: one that returns nothing) is made ``calls`` times and None counted."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal there: its count never moves
    probe = QObject()
    call = call or (lambda: probe.setObjectName("probe"))
    collecting = gc.isenabled()
    gc.disable()  # (a collection freeing a cycle that held None would look like a loss)
    try:
        before = sys.getrefcount(None)
        for _ in range(calls):
            call()
        return sys.getrefcount(None) < before - calls // 2
    finally:
        if collecting:
            gc.enable()


#: What the app says when ``none_references_lost``: it would abort during the shift.
NONE_BUG = N_(
    "This installation has PySide6 {version}, which loses a reference on every call that "
    "returns nothing: after some hours of work the app would stop without warning. Nothing has "
    "been opened. Install sortapp's own bundle, or PySide6 6.11 (pip install "
    '"PySide6-Essentials<6.12"), and start it again.'
)


#: The first admin's name, once the first run made the site: the first sign-in offers it.
created_admin = ""


def create_database(path: Path) -> bool:
    """First run: ask for the site and first admin and create the database. False if cancelled.

    The dialog creates the site on OK: a refusal is said beside the field and keeps everything
    typed (issue 13). Also completes a sortapp file whose site was never made.
    """
    global created_admin  # noqa: PLW0603 (what the first sign-in offers)
    made: list[str] = []

    def create(answer: dict[str, str]) -> None:
        if answer["password"] != answer["again"]:
            raise UserError(phrase("password again: the two passwords differ"))
        existed = path.exists()
        db = open_db(path, create=True)
        try:
            site.init_site(
                db,
                code=answer["code"],
                name=answer["name"],
                country_code=answer["country"],
                admin=answer["admin"],
                password=answer["password"],
                authority=answer["authority"],
                timezone=answer.get("timezone", "UTC"),
            )
        except BaseException:
            db.close()
            if not existed:
                path.unlink(missing_ok=True)
            raise
        try:  # the first admin keeps the language the first run spoke
            first = site.login(db, answer["admin"], answer["password"])
            language.set_language(db, first, answer.get("language") or i18n.language())
        finally:
            db.close()
        made.append(answer["admin"].strip())

    while True:
        answer = FirstRunDialog.ask(None, str(path), submit=create)
        if answer is None:
            return False
        if not made:  # (a dialog that only answered: tests)
            try:
                create(answer)
            except SortAppError as exc:
                show_error(None, exc)
                continue
        created_admin = made[0]
        return True


def first_run(path: Path, why: str = "") -> Target | None:
    """No database yet: create one at ``path``, or (an admin) connect this workstation to the
    facility server. ``why``: the configured server was not reached (said; no file is made
    then). The target to open, or None if cancelled."""
    from sortapp.services import workstation  # noqa: PLC0415 (the first run only)
    from sortapp.ui.connect import ConnectDialog, shown_source  # noqa: PLC0415

    while True:
        try:
            shown = workstation.source(str(path) if not why else None)
        except SortAppError as exc:
            show_error(None, exc)
            return None
        if why:
            text = tr(
                "{why}\n\n{source}\n\nAn admin may connect this workstation to another "
                "facility server."
            ).format(why=why, source=shown_source(shown))
        else:
            text = tr(
                "{source}\n\nThere is no database at {path} yet. Create one on this "
                "workstation (a single workstation, or an offline site), or connect it to the "
                "facility's server (an admin of the server signs in)."
            ).format(source=shown_source(shown), path=path)
        choice = FirstRunChoice.ask(None, text, create=not why)
        if choice is None:
            return None
        if choice == "create" and create_database(path):
            return Target(path=path)
        if choice == "connect":
            saved = ConnectDialog.ask(None, shown)
            if saved is not None:
                return Target.of(saved.url)


def sign_in(ctx_db: Database, site_name: str, user: str = "") -> Actor | None:
    """Ask until someone signs in (recorded as a ``login`` where the file is writable).

    A refusal (wrong password, or the user locked until a time) is said in the dialog that asks
    again. ``user``: the name offered first. Returns the actor, or None if cancelled.
    """
    note = ""
    while True:
        answer = LoginDialog.ask(None, site_name, user, note)
        if answer is None:
            return None
        user = answer[0]
        try:
            # (A text sqlite3 cannot read, forged in the file: said as a damaged file.)
            with storage_errors():
                return site.login(ctx_db, *answer, record_success=True)
        except UserError as exc:
            log.info("sign-in refused: %s", exc)
            note = error_text(exc)
        except SortAppError as exc:
            show_error(None, exc)


#: Why the last connection to the facility server failed (not a refused sign-in), if it did:
#: the app then offers to connect the workstation to another server.
server_failure = ""


def sign_in_to_server(target: Target) -> tuple[Database, Actor, Target] | None:
    """Ask until someone signs in to the facility server as their own role (their sortapp user
    name and password); their connection, actor and target, or None if cancelled.

    A refusal (the server's, or sortapp's: a wrong password, a user locked out) is said in the
    dialog that asks again; a server out of reach is said there too.
    """
    global server_failure  # noqa: PLW0603 (what main offers after a cancel)
    user, note = "", ""
    server_failure = ""
    while True:
        answer = LoginDialog.ask(
            None, tr("facility server {where}").format(where=target.where), user, note
        )
        if answer is None:
            return None
        user = answer[0]
        signed = target.signed_in(*answer)
        try:
            db = signed.open()
        except SortAppError as exc:
            log.info("connection refused: %s", exc)
            note = error_text(exc)
            server_failure = "" if isinstance(exc, UserError) else note
            continue
        server_failure = ""
        try:
            return db, site.login(db, *answer, record_success=True), signed
        except SortAppError as exc:
            db.close()
            log.info("sign-in refused: %s", exc)
            note = error_text(exc)


def speak_as(db: Database, actor: Actor) -> None:
    """Speak the language ``actor`` chose, if they chose one (the workstation keeps it for its
    next sign-in); else the language spoken until now stays."""
    code = language.user_language(db, actor.name)
    if code is not None:
        i18n.remember(i18n.install(code))


def open_window(where: Path | str | Target) -> MainWindow | None:
    """Open the database, sign someone in and make the main window; None if refused or cancelled.

    A file that is not a sound sortapp database is refused with a message and left as it was; a
    database that cannot be written here opens read-only and says so in the window. On the
    facility server (a ``postgresql://`` URL) the sign-in comes first: each user connects as
    their own role.
    """
    target = where if isinstance(where, Target) else Target.of(where)
    if target.on_server:
        signed = sign_in_to_server(target)
        if signed is None:
            return None
        speak_as(signed[0], signed[1])
        return MainWindow(Context(signed[0], signed[2], signed[1]))
    db_path = target.file
    try:
        db = open_db(db_path)
    except SortAppError as exc:
        show_error(None, exc)
        return None
    try:
        # (A damaged file whose settings SQLite cannot read: said as the damage it is.)
        with storage_errors():
            here = site.show_settings(db)
    except SortAppError as exc:  # a sortapp database whose init never finished: no site
        db.close()
        if getattr(exc, "code", "") == "no_site" and create_database(db_path):
            return open_window(target)  # its site made here, not on the command line
        show_error(None, exc)
        return None
    actor = sign_in(db, f"{here['name']} ({here['code']})", created_admin)
    if actor is None:
        db.close()
        return None
    speak_as(db, actor)
    try:
        # (A damaged file SQLite cannot read what the window needs of: said as the damage.)
        with storage_errors():
            window = MainWindow(Context(db, db_path, actor))
    except SortAppError as exc:
        db.close()
        show_error(None, exc)
        return None
    why = opened_read_only(db)
    if why is not None:
        log.info("read-only session: %s signed in on %s (%s)", actor.name, db_path, why)
        mark_read_only(window, why)
    return window


def import_on_start(window: MainWindow, transfer: str) -> None:
    """A transfer file double-clicked (``sortapp FILE``): its import starts as soon as the
    window is up, as the Receiving page's button starts it (a supervisor or admin imports;
    anyone else is told so)."""
    from sortapp.ui import imports  # noqa: PLC0415 (loaded on first use)

    QTimer.singleShot(0, window, lambda: imports.import_transfer(window, window.ctx, transfer))


def mark_read_only(window: MainWindow, why: str) -> None:
    """Say in the title and, for good, in the status bar that nothing will be written."""
    window.read_only_why = why
    window._set_title()
    bar = window.statusBar()
    assert isinstance(bar, WrappingStatusBar)
    # First of the permanent widgets: after the message (the bar's one other widget).
    bar.add_note("read_only", 1)
    window._say_read_only()


def main(where: Path | str, transfer: str | None = None) -> int:
    """Open the desktop app on ``where`` (a file, or a ``postgresql://`` URL); return the
    process exit code. ``transfer``: a transfer file to import once the window shows."""
    configure_logging()
    app = make_application()
    sys.excepthook = _excepthook
    # Before anyone signs in: the language this workstation last spoke, else the system's.
    i18n.install(i18n.workstation_language())
    if none_references_lost():
        text = marked(NONE_BUG).format(version=PySide6.__version__)
        log.error("%s", text)
        message(None, "sortapp", text, icon=QMessageBox.Icon.Critical)
        return 3
    target: Target | None = Target.of(where)
    while True:
        if target is not None and not target.on_server and not target.file.exists():
            target = first_run(target.file)
        if target is None:
            return 1
        window = open_window(target)
        if window is not None:
            break
        if not (target.on_server and server_failure):
            return 1
        # The configured server was not reached: an admin may connect another.
        target = first_run(
            paths.data_dir() / "sortapp.db",
            tr("The facility server {where} was not reached: {why}").format(
                where=target.where, why=server_failure
            ),
        )
    window.ctx.lock_changed.connect(_lock_changed)
    window.show()
    if transfer is not None:
        import_on_start(window, transfer)
    # What start-up built lives as long as the app: out of the cyclic collector's scans, which
    # resume now (``desktop.starting`` held them off while the app loaded and built).
    desktop.started()
    code = app.exec()
    _quitting()
    window.ctx.db.close()
    return code
