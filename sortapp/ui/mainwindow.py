"""The main window: navigation between the areas of work, menus, shortcuts, the signed-in user."""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMargins, QPoint, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sortapp.core.changes import Changes
from sortapp.core.errors import SortAppError, UserError
from sortapp.core.i18n import N_, language_code
from sortapp.core.roles import Actor, Role
from sortapp.services import anchors, backups, language, settings, site, stopping
from sortapp.storage.db import opened_read_only
from sortapp.ui import i18n, mnemonics, ops, passwords, siteday, textsize
from sortapp.ui.appevents import AppEvents
from sortapp.ui.context import Context
from sortapp.ui.dialogs import LoginDialog, OpenFileDialog, SummaryDialog, WarningDialog
from sortapp.ui.errors import error_text, show_error
from sortapp.ui.i18n import marked, say, tr
from sortapp.ui.layouts import VerticalScroller
from sortapp.ui.lock import INPUT_EVENTS, IdleWatch, LockScreen
from sortapp.ui.offline import Reconnect, banner
from sortapp.ui.ops import Operation, run_op
from sortapp.ui.pages import PAGES, Page
from sortapp.ui.scan import ScanBox, ScannerKeys
from sortapp.ui.statusbar import WrappingStatusBar
from sortapp.ui.watch import WorkstationWatch

if TYPE_CHECKING:
    from sortapp.services import lookup

log = logging.getLogger(__name__)

#: How long after the window opens the last backups are verified (in the background).
CHECK_BACKUPS_AFTER_MS = 2000
#: How long a page's message stays in the status bar.
SAID_MS = 15000
#: The tasks tried again every hour whose same failure is shown once (``_failed_hourly``), as
#: logged.
DAILY_BACKUP, BACKUP_CHECK = "daily backup", "backups' check"
#: Why the backup menu items are disabled on the facility server.
SERVER_BACKUPS = N_(
    "The facility server keeps this database's backups (its base backups and WAL archive, "
    "set up by IT); a workstation makes none."
)

#: The frame a window system puts round a window, allowed for before it is known.
ASSUMED_FRAME = QMargins(4, 30, 4, 4)

# The areas of work (a page, and its module, is made when first shown).
AREAS = PAGES


@contextlib.contextmanager
def _wait_cursor(shown: bool) -> Iterator[None]:
    """The wait cursor over the app while the block runs (when ``shown``), let go as it ends,
    however it ends."""
    if not shown:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        here = settings.site(ctx.db)
        self.site_label = f"{here.name} ({here.code})"
        #: Why the database is open read-only, if it is (``app.mark_read_only``).
        self.read_only_why = ""
        self._set_title()
        self._made: dict[int, Page] = {}
        #: The actions of the menus (made again in another language: ``retranslate``).
        self._menu_actions: list[QAction] = []
        #: The backup warning shown last (cleared once the backups are fine).
        self._backup_warning = ""
        #: The failure of a task tried every hour last said again (``_failed_hourly``).
        self._failure_said = ""
        #: The backups' state was found over the lock screen, or their warning stood as it
        #: locked: said as someone signs in.
        self._warn_when_unlocked = False
        #: Whether the window was shown yet (its first show puts the cursor in the entry field).
        self._shown_once = False
        #: By page, what it had open as the language changed, to open again (``Page.kept``).
        self._kept: dict[int, str] = {}
        #: The backups' warning waits for a page's sentence on screen to go (``_said_gone``).
        self._warning_waits = False
        #: The site's time zone and decimal mark the pages made since write in; the pages
        #: made before they changed, made anew as each is next shown (``_renew``).
        self._units_shown = self._site_units()
        self._old_units: set[int] = set()
        #: The last message each page said (by index), shown again when one comes back to it.
        self._said: dict[int, str] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        textsize.apply()  # this workstation's text size, before anything is laid out
        for i, spec in enumerate(AREAS):
            self.nav.addItem(marked(spec.title))
            self.nav.item(i).setToolTip(spec.shortcut)
            self.stack.addWidget(QWidget())  # a place holder until the page is first shown
        self._fit_navigation()
        self.nav.currentRowChanged.connect(self._show_area)
        # The work area and, once the workstation has been locked, the lock screen in its place.
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(VerticalScroller(self.stack), 1)  # a page too tall for the screen scrolls
        self.screens = QStackedWidget()
        self.screens.addWidget(self.workspace)
        # The banner across the window while the facility server cannot be reached.
        self.offline_banner = banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offline_banner)
        column.addWidget(self._next_steps())
        column.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.lock_screen: LockScreen | None = None  # made on first lock (a cheap start)
        self._locked_user_id: int | None = None
        self.setStatusBar(WrappingStatusBar())  # a long message wraps, never cut
        self.statusBar().messageChanged.connect(self._said_gone)
        self.user_label = QLabel()
        self.user_label.setObjectName("signed_in")
        self.statusBar().addPermanentWidget(self.user_label)
        if ctx.on_server:
            self.server_label = QLabel()
            self.server_label.setObjectName("server")
            self._say_server()
            self.statusBar().addPermanentWidget(self.server_label)
        #: The watchers of the application's events (keys, input), on it once this is built.
        self.app_events = AppEvents(self)
        self._build_scan_box()
        self._build_menus()
        ctx.said.connect(self._on_ctx_said)
        ctx.actor_changed.connect(lambda _a: self._said.clear())  # not said to the next user
        ctx.actor_changed.connect(lambda _a: self._show_user())
        ctx.changed.connect(self._on_ctx_changed)
        ctx.lock_requested.connect(self.lock)
        self._show_user()
        # Other workstations' actions (another process on the file, others on the server).
        self.others = WorkstationWatch(ctx, self)
        self.reconnect = Reconnect(ctx, self.offline_banner, self)
        self.reconnect.refused.connect(self._on_sign_in_refused)
        ctx.online_changed.connect(self._on_ctx_online_changed)
        self.idle = IdleWatch(self)
        self.app_events.watch(INPUT_EVENTS, self.idle.eventFilter)
        self.idle.idle.connect(self._on_idle)
        self._apply_idle_setting()
        self._restore()
        self._timer = QTimer(self)
        self._timer.setInterval(60 * 60 * 1000)  # hourly check; backs up at most once a day
        self._timer.timeout.connect(self.daily_backup)
        self._timer.start()
        self._backup_op: Operation | None = None  # (the day's backup, once one is made)
        #: What the last failure of each task tried again every hour (the day's backup, the
        #: backups' check) said, as shown; gone once the task goes well (``_failed_hourly``).
        self._failures: dict[str, str] = {}
        self.warn_about_backups()
        # The backups taken as the app last closed are verified in the background once the
        # window is up and idle, not while it is first drawn.
        self._check_op: Operation | None = None
        self._check_stop = stopping.Stop()  # (the running check's, once there is one)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.timeout.connect(self.check_backups)
        self._check_timer.start(CHECK_BACKUPS_AFTER_MS)
        self.app_events.install()  # (last: building the window sent its events past it)
        self.idle.start()  # (once it sees the input: a dialog of the build's would count)

    def _set_title(self) -> None:
        if self.ctx.on_server:
            title = tr("sortapp - {site} - server {where}").format(
                site=self.site_label, where=self.ctx.target.where
            )
        else:
            title = tr("sortapp - {site}").format(site=self.site_label)
        if self.read_only_why:
            title = tr("{title} [read-only]").format(title=title)
        self.setWindowTitle(title)

    def _say_server(self) -> None:
        self.server_label.setText(tr("Server: {where}").format(where=self.ctx.target.where))
        self.server_label.setToolTip(
            tr("This workstation works on the facility server's database, signed in as you.")
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self._action(
            file_menu,
            tr("&Print..."),
            QKeySequence.StandardKey.Print,
            lambda: self.current_page().print_current(),
        )
        self._action(file_menu, tr("&Lock / switch user..."), "Ctrl+L", self.switch_user)
        self.password_action = self._action(
            file_menu, tr("&Change my password..."), "", self.change_password
        )
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, tr("&Backup now"), "", self.backup_now)
        self.restore_action = self._action(file_menu, tr("&Restore a backup..."), "", self.restore)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit)
        edit_menu = bar.addMenu(tr("&Edit"))
        self._action(
            edit_menu,
            tr("&New (lot, parcel ...)"),
            QKeySequence.StandardKey.New,
            lambda: self.current_page().new_item(),
        )
        self._action(
            edit_menu,
            tr("&Find / scan"),
            QKeySequence.StandardKey.Find,
            self.scan_box.take_focus,
        )
        self._action(
            edit_menu,
            tr("Search &this page"),
            "Ctrl+Shift+F",
            lambda: self.current_page().focus_search(),
        )
        self._action(
            edit_menu,
            tr("C&orrect the entry (sorting)..."),
            "F8",
            lambda: self.current_page().correct_current(),
        )
        self._build_balance_actions(edit_menu)
        go_menu = bar.addMenu(tr("&Go"))
        for i, spec in enumerate(AREAS):
            go = functools.partial(self.go_to, i)
            self._action(go_menu, marked(spec.title), spec.shortcut, go)
        view_menu = bar.addMenu(tr("&View"))
        self._action(view_menu, tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        self._build_text_size_menu(view_menu)
        self._build_language_menu(view_menu)
        self._build_help_menu()
        for top in bar.actions():  # (each item a letter of its own, in any language)
            menu = top.menu()
            if isinstance(menu, QMenu):
                mnemonics.give_letters(menu)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View > Language: each language by its own name (whatever the screen speaks now),
        the one spoken checked; choosing one stores it with the user and speaks it at once."""
        view_menu.addSeparator()
        menu = view_menu.addMenu(tr("&Language"))
        menu.setObjectName("language_menu")
        group = QActionGroup(menu)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.language_names().items():
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            action.setData(code)
            group.addAction(action)
            # Disabled while locked; checked again here (as every menu action).
            action.triggered.connect(
                functools.partial(
                    lambda c, *_: None if self.locked else self.choose_language(c), code
                )
            )
            menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Speak ``code`` from now on: stored with the signed-in user (not where the database
        is open read-only), kept for this workstation's next sign-in, and every word shown
        said again in it; the page on screen and the signed-in user stay."""
        if code == i18n.language():
            return
        if opened_read_only(self.ctx.db) is None:
            stored = self.ctx.act(
                self, lambda: language.set_language(self.ctx.db, self.ctx.actor, code)
            )
            if stored is None:  # refused (and said): the language stays as it was
                self.language_actions[i18n.language()].setChecked(True)
                return
        self.speak(code)
        self.statusBar().showMessage(
            tr("Language: {name}.").format(name=i18n.language_names()[i18n.language()]), 5000
        )

    def speak(self, code: str | None) -> None:
        """Install ``code``'s translations (the workstation keeps it for its next sign-in) and
        say everything shown again in it, if it is not the language spoken already."""
        if code is None or language_code(code) == i18n.language():
            return
        i18n.remember(i18n.install(code))
        self.retranslate()

    def retranslate(self) -> None:
        """Say every word the window shows in the language installed now: the menus are made
        again, the navigation, title and status bar said again, and the pages made so far
        thrown away to be made again when shown (the page on screen at once); the signed-in
        user, the page on screen and the window stay."""
        current = self.stack.currentIndex()
        bar = self.menuBar()
        old_menus = [top.menu() for top in bar.actions()]
        bar.clear()
        for action in self._menu_actions:
            action.deleteLater()
        self._menu_actions.clear()
        for menu in old_menus:
            if isinstance(menu, QMenu):
                menu.deleteLater()
        self._build_menus()
        for i, spec in enumerate(AREAS):
            item = self.nav.item(i)
            item.setText(marked(spec.title))
            item.setToolTip(spec.shortcut)
        self._fit_navigation()
        self._set_title()
        if self.ctx.on_server:
            self._say_server()
        self._say_read_only()
        self._say_next_steps()
        self.scan_bar.setWindowTitle(tr("Scan"))
        self.scan_box.retranslate()
        if self.lock_screen is not None and self.screens.currentWidget() is not self.lock_screen:
            self.screens.removeWidget(self.lock_screen)
            self.lock_screen.deleteLater()
            self.lock_screen = None  # made again, in this language, at the next lock
        self._said.clear()  # (said in the language before)
        self.statusBar().clearMessage()
        # The lot or parcel a page has open is open again on the page made anew (the lot being
        # sorted had closed: "Lot not open").
        self._kept = {index: kept for index, page in self._made.items() if (kept := page.kept())}
        self._discard_pages()
        if self.locked:
            self._set_menus_enabled(False)
        self._show_user()
        if current >= 0:
            self._show_area(current)

    def _build_balance_actions(self, edit_menu: QMenu) -> None:
        """F9 (and the capture barcode, scanned anywhere) captures the balance's stable
        reading on the page that shows the balance."""
        from sortapp.ui import balance  # noqa: PLC0415 (the balance's own module, on its own)

        edit_menu.addSeparator()
        self.capture_action = self._action(
            edit_menu, tr("&Capture weight from the balance"), "F9", self.capture_weight
        )
        if getattr(self, "capture_keys", None) is None:  # (once: the menus are made again)
            self.capture_keys = balance.CaptureKeys(self, self.ctx)
            self.app_events.watch({QEvent.Type.KeyPress}, self.capture_keys.eventFilter)

    def capture_weight(self) -> None:
        """F9: capture on the page on screen, if it shows the balance."""
        from sortapp.ui import balance  # noqa: PLC0415

        if not balance.capture_in(self.current_page()):
            self.ctx.say(
                tr("{page} takes no weight from the balance.").format(
                    page=marked(self.current_page().title)
                )
            )

    def _build_text_size_menu(self, view_menu: QMenu) -> None:
        """Larger, smaller and normal text on this workstation (kept in QSettings)."""
        view_menu.addSeparator()
        for text, keys, direction in (
            (tr("&Larger text"), QKeySequence.StandardKey.ZoomIn, 1),
            (tr("&Smaller text"), QKeySequence.StandardKey.ZoomOut, -1),
            (tr("&Normal text size"), "Ctrl+0", 0),
        ):
            self._action(view_menu, text, keys, functools.partial(self.text_size, direction))

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._action(
            help_menu,
            tr("&Keyboard shortcuts..."),
            QKeySequence.StandardKey.HelpContents,
            self._show_shortcuts,
        )
        self._action(
            help_menu,
            tr("&Why is it disabled?"),
            QKeySequence.StandardKey.WhatsThis,
            self._show_disabled,
        )
        self._action(help_menu, tr("&About sortapp..."), "", self._show_about)

    def _show_shortcuts(self) -> None:
        from sortapp.ui import help as ui_help  # noqa: PLC0415 (loaded on first use: a cheap start)

        ui_help.show_shortcuts(self)

    def _show_disabled(self) -> None:
        """Help, Why is it disabled (Shift+F1): why each disabled button, field or tab of the
        page on screen is, as its tool tip says it to the mouse."""
        from sortapp.ui import help as ui_help  # noqa: PLC0415 (loaded on first use: a cheap start)

        page = self.current_page()
        reasons = ui_help.disabled_reasons(page)
        if not reasons:
            self.ctx.say(tr("Nothing is disabled on {page}.").format(page=marked(page.title)))
            return
        ui_help.DisabledBox.show_text(
            self,
            tr("On {page}:").format(page=marked(page.title))
            + "\n\n"
            + "\n".join(f"- {reason}" for reason in reasons),
        )

    def _show_about(self) -> None:
        from sortapp.ui import help as ui_help  # noqa: PLC0415 (loaded on first use: a cheap start)

        ui_help.show_about(self, self.ctx)

    def text_size(self, direction: int) -> None:
        """One size larger (1), smaller (-1) or back to normal (0), kept for this workstation."""
        percent = textsize.step(direction)
        self._fit_navigation()
        self.statusBar().showMessage(
            tr("Text size {percent} % on this workstation.").format(percent=percent), 5000
        )

    def _fit_navigation(self) -> None:
        """The navigation list's text a little larger than the pages', with roomy rows: set
        directly (a style sheet costs ms at start), again whenever the text size changes. The
        list is as wide as the longest area's name in that font, and no wider: on a small
        screen the pages need the room."""
        font = QApplication.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.nav.setFont(font)
        metrics = self.nav.fontMetrics()
        for i in range(self.nav.count()):
            self.nav.item(i).setSizeHint(QSize(0, metrics.height() + 12))
        text = max(metrics.horizontalAdvance(marked(spec.title)) for spec in AREAS)
        self.nav.setFixedWidth(text + 2 * metrics.averageCharWidth() + 2 * self.nav.frameWidth())

    def _build_scan_box(self) -> None:
        """The scan box across the top (Ctrl+F), and a scanner's keys sent to it from anywhere
        in the window no field takes them."""
        self.scan_box = ScanBox(self.ctx)
        self.scan_box.found.connect(self.show_found)
        bar = QToolBar(tr("Scan"))
        self.scan_bar = bar
        bar.setObjectName("scan_bar")
        bar.setMovable(False)
        bar.addWidget(self.scan_box)
        self.addToolBar(bar)
        self.ctx.lock_changed.connect(bar.setDisabled)
        self.scanner_keys = ScannerKeys(self, self.scan_box, lambda: not self.ctx.locked)
        self.app_events.watch({QEvent.Type.KeyPress}, self.scanner_keys.eventFilter)

    def show_found(self, found: lookup.Found) -> None:
        """Show what the scan box found on its page, its row selected; a lot scanned on the
        sorting page is opened there (its sorting is what the operator is at)."""
        index = next(i for i, spec in enumerate(AREAS) if spec.key == found.page)
        sorting = next(i for i, spec in enumerate(AREAS) if spec.key == "sorting")
        if found.kind == "lot" and self.stack.currentIndex() == sorting and self._weighed(found):
            index = sorting  # (one still to be weighed: on receiving, where Weigh is)
        self.go(index)
        self.page(index).show_item(found.key, found.detail)
        self.ctx.said.emit(tr("{found}.").format(found=say(found.said)))

    def _weighed(self, found: lookup.Found) -> bool:
        """Whether the lot the scan box found is weighed (its sorting may have begun)."""
        from sortapp.services import lots  # noqa: PLC0415 (as the scan box's lookup: on use)

        try:
            return lots.get_lot(self.ctx.db, found.key).weighed_mct is not None
        except SortAppError:
            return False

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: str | QKeySequence.StandardKey,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        self._menu_actions.append(action)  # (thrown away when the menus are made again)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Disabled while locked; checked again here so that nothing runs however it is reached.
        action.triggered.connect(lambda *_: None if self.locked else slot())
        menu.addAction(action)
        return action

    def _set_menus_enabled(self, enabled: bool) -> None:
        for top in self.menuBar().actions():
            top.setEnabled(enabled)
            menu = top.menu()
            if isinstance(menu, QMenu):
                for action in menu.actions():
                    action.setEnabled(enabled)

    # -- the areas, made on first use ----------------------------------------------------------

    def page(self, index: int) -> Page:
        """Return the page of an area, making it (and importing its module) the first time."""
        if index not in self._made:
            page = AREAS[index].factory(self.ctx)
            placeholder = self.stack.widget(index)
            assert placeholder is not None  # every area has one until its page is made
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._made[index] = page
            kept = self._kept.pop(index, "")
            if kept:
                page.take_up(kept)
            if AREAS[index].key == "receiving":  # sort_requested is its signal, not every Page's
                from sortapp.ui.pages.receiving import ReceivingPage  # noqa: PLC0415 (made)

                assert isinstance(page, ReceivingPage)
                page.sort_requested.connect(self.open_sorting)
        return self._made[index]

    @property
    def pages(self) -> list[Page]:
        return [self.page(i) for i in range(len(AREAS))]

    receiving = property(lambda self: self.page(0))
    sorting = property(lambda self: self.page(1))
    stock = property(lambda self: self.page(2))
    parcels = property(lambda self: self.page(3))
    reports = property(lambda self: self.page(4))
    audit = property(lambda self: self.page(5))
    settings_page = property(lambda self: self.page(6))

    def _show_area(self, index: int) -> None:
        if index >= 0:
            self._renew(index)
            self.page(index)
            self.stack.setCurrentIndex(index)
            self._show_said(index)

    def current_page(self) -> Page:
        return self.page(self.stack.currentIndex())

    def go(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def go_to(self, index: int) -> None:
        """The page chosen from the keyboard (Ctrl+1...), the cursor in its entry field: left
        on the navigation, a lot scanned on the sorting page went to the scan box, and opened
        on the receiving page."""
        self.go(index)
        self._to_entry_field()

    def _to_entry_field(self) -> None:
        """The cursor in the page's entry field (a lot's number on Receiving ...), its text
        selected to type over."""
        field = self.current_page().entry_field()
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # (as the window opens on a user signed in: at their work)
            self._shown_once = True
            if not self.ctx.locked:
                self._to_entry_field()

    def open_sorting(self, lot: str) -> None:
        self.go(1)
        self.sorting.open_lot(lot)

    def refresh(self) -> None:
        self.current_page().refresh()
        self.statusBar().showMessage(tr("Refreshed."), 3000)

    def _show_user(self) -> None:
        if self.ctx.locked:
            self.user_label.setText(tr("Locked"))
            return
        actor = self.ctx.actor
        self.user_label.setText(
            tr("Signed in: {user} ({role})").format(user=actor.name, role=marked(actor.role.label))
        )
        # (A backup, a restore and a password are written to the database: none where it is
        # open read-only; the service refuses a restore there, before anything is made.)
        writable = not self.ctx.read_only_why
        self.backup_action.setEnabled(
            self.ctx.can(Role.SUPERVISOR) and not self.ctx.on_server and writable
        )
        # (A file found damaged: a restore writes over it whole, the one write it may have.)
        restorable = writable or backups.damaged(self.ctx.db) is not None
        self.restore_action.setEnabled(
            self.ctx.can(Role.ADMIN) and not self.ctx.on_server and restorable
        )
        self.password_action.setEnabled(writable)
        if self.ctx.on_server:
            for action in (self.backup_action, self.restore_action):
                action.setToolTip(marked(SERVER_BACKUPS))

    def _on_ctx_said(self, text: str) -> None:
        if self.ctx.locked:  # a late message of the previous user shows nothing
            return
        index = self._page_index_of(self.ctx.said_by)
        self._said[index] = text
        if index == self.stack.currentIndex():
            self.statusBar().showMessage(text, SAID_MS)

    def _said_gone(self, text: str) -> None:
        """The status bar's sentence changed: gone (its time up, or cleared), the backups'
        warning that waited for it is said now, if the backups still warrant it."""
        if not text and self._warning_waits:
            self._warning_waits = False
            try:  # (a slot of the status bar's timer: what fails is said, not raised)
                self.warn_about_backups()
            except Exception as exc:
                self.ctx.fail(self, exc)

    def _page_index_of(self, widget: object) -> int:
        """The index of the page ``widget`` is on; the page on screen for any other."""
        if isinstance(widget, QWidget):
            for index, page in self._made.items():
                if widget is page or page.isAncestorOf(widget):
                    return index
        return self.stack.currentIndex()

    def _show_said(self, index: int) -> None:
        """Show page ``index``'s last message, or none: never another page's (a message of
        the window's own, such as a backup warning, stays)."""
        shown = self.statusBar().currentMessage()
        mine = self._said.get(index, "")
        if mine:
            self.statusBar().showMessage(mine, SAID_MS)
        elif shown and shown in self._said.values():
            self.statusBar().clearMessage()

    # -- locking ---------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.ctx.locked

    def switch_user(self) -> None:
        """Ctrl+L: lock the workstation, then ask who signs in (cancel: it stays locked)."""
        self.lock(tr("Locked at {time}.").format(time=siteday.clock_text()))
        self.sign_in()

    def change_password(self) -> None:
        """File, Change my password: the signed-in user's own, the current one typed first."""
        passwords.change_own_password(self.ctx, self)

    def lock(self, note: str = "") -> None:
        """Hide every page, menu and dialog until someone signs in; forget the signed-in user."""
        if not self.ctx.locked:
            actor = self.ctx.actor
            self._locked_user_id = actor.user_id
            # (A backup warning on screen gives way to the lock's sentence: said again after.)
            if self._backup_warning and self.statusBar().currentMessage() == self._backup_warning:
                self._warn_when_unlocked = True
            self._prefs().setValue(f"user/{actor.name}/page", self.stack.currentIndex())
            self.ctx.lock()  # first: whatever the closed dialogs return to runs as no one
        self.idle.stop()
        self._close_dialogs()
        self.scan_box.clear()  # the last user's number and what was said of it
        screen = self._lock_screen()
        screen.show_locked(note)
        self.screens.setCurrentWidget(screen)
        self.workspace.setEnabled(False)
        self._set_menus_enabled(False)
        self._show_user()
        self.statusBar().showMessage(tr("Locked. Sign in to continue."))
        screen.button.setFocus()

    def _lock_screen(self) -> LockScreen:
        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.site_label)
            self.lock_screen.sign_in_requested.connect(self.sign_in)
            self.screens.addWidget(self.lock_screen)
        return self.lock_screen

    def _close_dialogs(self) -> None:
        """Close the previous user's dialogs, menus and tool tips."""
        while (popup := QApplication.activePopupWidget()) is not None:
            if not popup.close():
                break
        for widget in QApplication.topLevelWidgets():
            if widget is not self and isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QToolTip.hideText()

    def sign_in(self) -> bool:
        """Ask until someone signs in; False, and still locked, when cancelled.

        A refusal (wrong password, a user locked out until a time) is said as the service words
        it, in the dialog that asks again and on the lock screen.
        """
        user, note = "", ""
        while True:
            answer = LoginDialog.ask(self, self.site_label, user, note)
            if answer is None:
                if self.ctx.locked:
                    self.statusBar().showMessage(tr("Locked. Sign in to continue."))
                return False
            user = answer[0]
            try:
                actor = self.ctx.sign_in(*answer)
            except UserError as exc:
                log.info("sign-in refused: %s", exc)
                note = error_text(exc)
            except SortAppError as exc:
                note = show_error(self, exc)
            else:
                self._unlock(actor)
                if self.ctx.on_server:  # their own connection: listen on it, catch up
                    self.others.resume()
                return True
            if self.lock_screen is not None:
                self.lock_screen.show_refusal(note)

    def _unlock(self, actor: Actor) -> None:
        another = actor.user_id != self._locked_user_id
        if another:
            self._discard_pages(stop=True)  # the previous user's open forms go with their pages
            self._failures.clear()  # (a failing backup, or check, is shown to them too, once)
        self.workspace.setEnabled(True)
        self._set_menus_enabled(True)
        self.ctx.set_actor(actor)  # re-applies what the role may do (menus, pages)
        self.screens.setCurrentWidget(self.workspace)
        # Their language, if they chose one (the pages are made again in it, as theirs).
        self.speak(language.user_language(self.ctx.db, actor.name))
        if self.lock_screen is not None:
            self.lock_screen.show_refusal("")
        if another:
            self._restore_page_for_user()
        self.idle.start()
        self.statusBar().showMessage(tr("Signed in as {user}.").format(user=actor.name), 5000)
        # At their work: a number typed or scanned next goes into the page's entry field (left
        # on the navigation, a new lot's number typed went to the scan box: "no lot ...").
        self._to_entry_field()
        if self._warn_when_unlocked:  # (a warning in its place, for good, if there is one)
            self._warn_when_unlocked = False
            self.warn_about_backups()

    def _discard_pages(self, *, stop: bool = False) -> None:
        """Throw away every page made so far; each is made anew when next shown. A page must
        not go while its background work runs: it is waited for (a language changed: the
        user's own verify or import ends and is said), or with ``stop`` (another user signed
        in) the previous user's verify is stopped rather than run on as the next one waits,
        and nothing their work finds is said to them; nor is what their pages had open opened
        again (``_kept``)."""
        if stop:
            self._kept.clear()
        for index, page in sorted(self._made.items()):
            for op in page.findChildren(Operation):
                if stop:
                    op.end()
                else:
                    op.wait()
            self._discard(index, page)
        self._made.clear()

    def _discard(self, index: int, page: Page) -> None:
        self.stack.insertWidget(index, QWidget())
        self.stack.removeWidget(page)
        page.deleteLater()
        self._made.pop(index, None)
        self._old_units.discard(index)

    def _renew(self, index: int) -> None:
        """Page ``index``, about to be shown, thrown away to be made anew if it was made in the
        site's former time zone or decimal mark (and none of its work runs: then next time)."""
        page = self._made.get(index)
        if index not in self._old_units or page is None:
            self._old_units.discard(index)
            return
        if any(op.running() for op in page.findChildren(Operation)):
            return
        self._discard(index, page)

    def _on_idle(self) -> None:
        minutes = self.ctx.settings().idle_lock_minutes
        self.lock(
            tr("Locked at {time} after {minutes} min without input.").format(
                time=siteday.clock_text(), minutes=minutes
            )
        )

    def _apply_idle_setting(self) -> None:
        self.idle.set_minutes(self.ctx.settings().idle_lock_minutes)

    def _on_ctx_online_changed(self, online: bool) -> None:
        """The server was lost (stop listening) or is back (listen, catch up, read again)."""
        if not online:
            self.others.stop()
            return
        self.others.resume()
        for page in self._made.values():
            page.request_refresh()

    def _on_sign_in_refused(self, why: str) -> None:
        """The server refused the session's sign-in for good (the password changed, the user
        removed): lock, say why, and ask for a sign-in (whose connection brings it back)."""
        self.lock(why)
        self.sign_in()

    def _on_ctx_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.site:
            self._apply_idle_setting()
            units = self._site_units()
            if units != self._units_shown:
                # The site's time zone or decimal mark changed: the lists made so far say
                # times and figures in the old ones (the audit log's heading kept the old zone,
                # its new rows in the new one: a false hour's jump). Each is made anew as it is
                # next shown (``_renew``).
                # (Not the page on screen: what is typed there stays, a change made at another
                # workstation must not throw it away; nor one whose work runs, waited for.)
                self._units_shown = units
                self._old_units = set(self._made)

    def _site_units(self) -> tuple[str, bool]:
        """The site's time zone and decimal mark: what the lists write times and figures in."""
        site_settings = self.ctx.settings()
        return site_settings.timezone, site_settings.decimal_comma

    # -- remembered preferences (per workstation and user) -------------------------------------

    def _prefs(self) -> QSettings:
        return QSettings()

    def _restore(self) -> None:
        prefs = self._prefs()
        geometry = prefs.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._fit_to_screen()
        self._restore_page_for_user()

    def _fit_to_screen(self) -> None:
        """Keep the window whole on a screen there is: a geometry saved on a bigger screen, or
        on one no longer attached, comes back inside the available area of the screen it is
        on (else the primary one), as large as fits and no larger than it was."""
        if self.isMaximized() or self.isFullScreen():
            return  # the window system fits it to its screen
        place = self.geometry()
        screen = QGuiApplication.screenAt(place.center()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        frame = self.frameGeometry()
        # Before the window is first shown its frame is not known yet: allow for a title bar.
        margins = QMargins(
            place.left() - frame.left(),
            place.top() - frame.top(),
            frame.right() - place.right(),
            frame.bottom() - place.bottom(),
        )
        if margins.isNull():
            margins = ASSUMED_FRAME
        area = screen.availableGeometry().marginsRemoved(margins)
        size = place.size().boundedTo(area.size()).expandedTo(self.minimumSizeHint())
        x = min(max(place.x(), area.left()), max(area.left(), area.right() + 1 - size.width()))
        y = min(max(place.y(), area.top()), max(area.top(), area.bottom() + 1 - size.height()))
        self.setGeometry(QRect(QPoint(x, y), size))

    def _restore_page_for_user(self) -> None:
        page = self._prefs().value(f"user/{self.ctx.actor.name}/page", 0)
        text = str(page)
        index = int(text) if text.isdigit() and int(text) < len(AREAS) else 0
        self.go(index)
        self._show_area(index)  # made anew if the pages were discarded

    # -- backups ---------------------------------------------------------------------------------

    def backup_now(self) -> None:
        """File > Backup now (a supervisor's): made and verified on a thread of its own, its
        progress shown (on ten years of history the copy, its full check and its verification
        take half a minute or more: the window held for them froze). One at a time."""
        if self.ctx.locked or self._refused_while_backing_up():
            return
        self._end_backup_check()  # (resumed once this one is made: it notes the same folder)
        actor, path = self.ctx.actor, self.ctx.path
        self._backup_op = run_op(
            self,
            tr("Making a backup and verifying it..."),
            self.ctx.target,
            lambda db: backups.make_backup(db, path, actor=actor),
            self._backup_made,
            self._backup_failed,
        )

    def _backup_made(self, info: backups.BackupInfo) -> None:
        self._failures.pop(DAILY_BACKUP, None)
        self.ctx.said.emit(
            tr("Backup {name}: {state}.").format(name=info.path.name, state=say(info.state))
        )
        self.ctx.announce(Changes(), self)
        self.check_backups()  # (those a check ended for this one left unchecked)

    def _backup_failed(self, exc: Exception) -> None:
        """A backup made in the background failed: said, and the check it may have ended runs
        again. (As the window closes, ``ops.finish_under_way`` logs it instead.)"""
        self.ctx.fail(self, exc)
        self.check_backups()

    def _backup_running(self) -> bool:
        return self._backup_op is not None and self._backup_op.running()

    def _refused_while_backing_up(self) -> bool:
        """Whether a backup is being made, said to the user (one at a time; nothing that
        replaces the database meanwhile)."""
        running = self._backup_running()
        if running and self.ctx.replacing:  # (that operation a restore's)
            self.ctx.say(tr("A backup is being restored; try again when it is done."), self)
        elif running:
            self.ctx.say(tr("A backup is being made; try again when it is done."), self)
        return running

    def _check_running(self) -> bool:
        return self._check_op is not None and self._check_op.running()

    def _end_backup_check(self) -> None:
        """End the background check of the backups, if one runs (it is not waited for: some
        seconds on years of history). What it had not noted as checked stays unchecked, for the
        next check. Before anything else writes into the backups' folder, or replaces the
        database: a check and a backup writing one backup's note at once could each drop what
        the other wrote in it."""
        if self._check_op is not None and self._check_op.running():
            self._check_stop.stop()
            self._check_op.wait()

    def restore(self) -> None:
        if self._refused_while_backing_up():  # (it copies and records the database replaced)
            return
        path = OpenFileDialog.ask(
            self, tr("Restore a backup"), tr("sortapp backups (*.sortapp-backup)")
        )
        if not path:
            return
        # Checked first: a file that is no backup of this site is refused before any "Go ahead?".
        checked = self.ctx.act(
            self, lambda: backups.check_restore(self.ctx.db, self.ctx.actor, Path(path))
        )
        if checked is None or not SummaryDialog.ask(
            self, tr("Restore"), self._restore_summary(Path(path))
        ):
            return
        if self._refused_while_backing_up():  # (the day's, begun while the dialogs were open)
            return
        self._end_backup_check()  # (the restore writes a backup of the database it replaces)
        if backups.damaged(self.ctx.db) is not None:
            self._restore_damaged(Path(path))
            return
        # On a thread of its own and its own connection, its progress shown over the window,
        # which takes no input meanwhile: on ten years of history the backup's copy and
        # verification, and the backup of the database it replaces, took 45 s of a frozen
        # window. (Held as the backup being made: no other backup, nor a check, meanwhile.)
        actor, db_path, chosen = self.ctx.actor, self.ctx.path, Path(path)
        self.ctx.replacing = True
        self._backup_op = run_op(
            self,
            tr("Restoring {name}: verifying it, and backing up the database it replaces...").format(
                name=chosen.name
            ),
            self.ctx.target,
            lambda db: backups.restore(db, db_path, actor, chosen),
            lambda changes: self._restored(chosen, actor, changes),
            self._restore_failed,
            modal=True,
        )

    def _restored(self, path: Path, actor: Actor, changes: Changes) -> None:
        """A restore done (``restore``), ended as ``ctx.act`` ends an admin's action (its
        signed checkpoint of the audit chain, what changed told to every page); every page
        read anew, and the backups' check it ended run again."""
        self.ctx.replacing = False
        anchors.checkpoint(self.ctx.db, actor)
        self.others.follow_anew()
        self._kept.clear()  # (a lot or parcel of the database replaced: not opened again)
        self.ctx.announce(changes, self)
        for page in self._made.values():
            page.request_refresh()
        self._say_unless_locked(tr("Restored {name}.").format(name=path.name))
        self.check_backups()

    def _restore_failed(self, exc: Exception) -> None:
        """A restore refused or failed (nothing changed): said, and the backups' check it ended
        run again."""
        self.ctx.replacing = False
        self.ctx.fail(self, exc)  # (over the lock screen: logged)
        self.check_backups()

    def _restore_damaged(self, path: Path) -> None:
        """Restore ``path`` over the database found damaged (``backups.restore_damaged``): the
        window then works on the restored file, open for writing, its pages made anew, and
        whoever works on it signs in to it (its users and passwords are the backup's)."""
        restored = self.ctx.act(
            self,
            lambda: backups.restore_damaged(self.ctx.db, self.ctx.path, self.ctx.actor, path),
        )
        if restored is None:
            self.check_backups()
            return
        # Locked first: the page shown kept for whoever signs in, the dialogs closed.
        self.lock(
            tr(
                "Restored {name} over the damaged database, which is kept as {kept}. Sign in "
                "to the restored database."
            ).format(name=path.name, kept=str(restored.kept))
        )
        # (Whoever signs in, the same user too, starts anew: their page made on the restored
        # database, the failures said to the one before said again.)
        self._locked_user_id = None
        self._discard_pages(stop=True)  # (made with every write disabled)
        old, self.ctx.db = self.ctx.db, restored.db
        old.close()
        self.read_only_why = ""
        label = self.findChild(QLabel, "read_only")
        bar = self.statusBar()
        if label is not None and isinstance(bar, WrappingStatusBar):
            bar.remove_note(label)
            label.setParent(None)  # (gone now, not at the next turn of the event loop)
            label.deleteLater()
        here = settings.site(self.ctx.db)
        self.site_label = f"{here.name} ({here.code})"
        if self.lock_screen is not None:
            self.lock_screen.site.setText(self.site_label)
        self._set_title()
        self.others.follow_anew()
        self.ctx.announce(backups.RESTORED)  # (the site's time zone, its units: the backup's)
        self.check_backups()
        self.sign_in()

    def _next_steps(self) -> QLabel:
        """What to do first on a site just made (shown to its admin until dismissed)."""
        self.next_steps = QLabel()
        self._say_next_steps()
        self.next_steps.setObjectName("next_steps")
        self.next_steps.setWordWrap(True)
        self.next_steps.setStyleSheet("QLabel#next_steps { background: #e8f0fe; padding: 6px; }")
        self.next_steps.linkActivated.connect(lambda _link: self.next_steps.hide())
        self.next_steps.setVisible(self.ctx.can(Role.ADMIN) and site.just_made(self.ctx.db))
        return self.next_steps

    def _say_next_steps(self) -> None:
        self.next_steps.setText(
            tr(
                "<b>Next steps</b>: add the people who will use sortapp (Settings, Users), set "
                "the prices (Settings, Price book), then receive the first lot (Receiving). "
                "<a href='dismiss'>Dismiss</a>"
            )
        )

    def _say_read_only(self) -> None:
        """The status bar's read-only label (``app.mark_read_only``), said again."""
        label = self.findChild(QLabel, "read_only")
        if label is not None and self.read_only_why:
            text = tr("Read-only: {why}").format(why=say(self.read_only_why))
            label.setText(text)
            tip = tr("This database is open read-only: nothing you do here is written to it.")
            if backups.damaged(self.ctx.db) is not None:
                tip = tr(
                    "{tip} An admin restores the last good backup over it: File, Restore a "
                    "backup..."
                ).format(tip=tip)
            label.setToolTip(f"{text}\n\n{tip}")  # (the note whole: a long path may be cut)
            bar = self.statusBar()
            if isinstance(bar, WrappingStatusBar):
                bar.fit()

    def _restore_summary(self, path: Path) -> str:
        """Which backup replaces what: its site, date and check, and the database now."""
        info = backups.describe(path)
        taken = (
            tr("a backup of site {site} taken {at} UTC (schema {schema}, {state})").format(
                site=info.site,
                at=f"{info.at:%Y-%m-%d %H:%M}",
                schema=info.schema,
                state=say(info.state),
            )
            if info is not None
            else tr("a file whose name does not say when it was taken")
        )
        if backups.damaged(self.ctx.db) is not None:
            return tr(
                "Restore {name}: {taken}.\n\n"
                "It replaces the database of {site} at {path}, which SQLite reports damaged: "
                "everything recorded since that backup is no longer in it. The damaged file is "
                "kept in the backup folder as it is. Then sign in to the restored database."
            ).format(name=path.name, taken=taken, site=self.site_label, path=self.ctx.path)
        return tr(
            "Restore {name}: {taken}.\n\n"
            "It replaces the database of {site} at {path} as it is now: everything recorded "
            "since that backup is no longer in it. The current database is kept as a backup."
        ).format(name=path.name, taken=taken, site=self.site_label, path=self.ctx.path)

    def automatic_backup(
        self, *, force: bool = False, check: bool = True, waiting: bool = False
    ) -> None:
        """The daily (and on-close) backup; a failure is shown, never fatal. None on the
        facility server, whose own backups keep its database. ``waiting``: the wait cursor
        while it is made (not over a failure's message)."""
        # (A backup is recorded in the database: none where it is read-only.)
        if self.ctx.on_server or opened_read_only(self.ctx.db):
            return
        try:
            if force or backups.due(self.ctx.db, self.ctx.path):
                with _wait_cursor(waiting):
                    info = backups.make_backup(self.ctx.db, self.ctx.path, check=check)
                self.statusBar().showMessage(
                    tr("Automatic backup {name}: {state}.").format(
                        name=info.path.name, state=say(info.state)
                    )
                )
        except SortAppError as exc:
            self.ctx.fail(self, exc)

    def warn_about_backups(self) -> None:
        """Say in the status bar how the backups stand, if badly (until a check finds them
        fine). Over the lock screen, said once someone signs in: the lock's sentence stays.
        Not where the file is open read-only: no backup is made of it here (the status bar
        says why it is read-only; Settings, Backups lists how they stand)."""
        if self.ctx.on_server or self.ctx.read_only_why:
            return
        if self.ctx.locked:
            self._warn_when_unlocked = True
            return
        try:
            maker = self.ctx.can(Role.SUPERVISOR)
            warning = backups.backup_warning(self.ctx.db, self.ctx.path, maker=maker)
        except Exception as exc:  # (a damaged file's log: its restore is said instead)
            if not self.ctx.read_failed(exc):
                raise
            return
        shown = self.statusBar().currentMessage()
        if warning:
            self._backup_warning = say(warning)
            if shown and shown in self._said.values():
                # (Not over what an action just said: a scanner's operator never saw an entry
                # recorded, the start's check said over it. Said as that sentence goes.)
                self._warning_waits = True
                return
            # (Not over a failure said again, of the day's backup or this check: the cause,
            # which says what to fix, of what the warning says.)
            if not shown or shown != self._failure_said:
                self.statusBar().showMessage(self._backup_warning)
        elif shown and shown == self._backup_warning:
            self.statusBar().clearMessage()  # the backups checked since are fine

    def daily_backup(self) -> None:
        """The hourly timer's: the day's backup when one is due, made in the background, as
        the work goes on (on ten years of history the copy and the check that it was written
        soundly take some seconds, its verification as long again: the window held for them
        froze mid-shift). Verified then as the backups taken at close are, in a process of its
        own (``check_backups``). One already being made, or checked: the next hour's."""
        if self.ctx.on_server or opened_read_only(self.ctx.db):
            return
        if any(op is not None and op.running() for op in (self._backup_op, self._check_op)):
            return
        try:
            if not backups.due(self.ctx.db, self.ctx.path):
                return
        except SortAppError as exc:
            self._daily_failed(exc, check=False)
            return
        path = self.ctx.path
        self._say_unless_locked(tr("Making the daily backup in the background..."))
        self._backup_op = run_op(
            self,
            tr("Making the daily backup..."),
            path,
            lambda db: backups.make_backup(db, path, check=False),
            self._backed_up,
            self._daily_failed,
            quiet=True,
        )

    def _daily_failed(self, exc: Exception, *, check: bool = True) -> None:
        """The day's backup failed (the disk full, the folder gone ...). Shown the first
        time; the same failure at the next hours' tries is logged and said in the status bar
        (until the backups' check that follows says how the backups stand), not shown again:
        a workstation left open over a weekend gathered a box every hour, each over the last.
        Shown again once it fails otherwise, after a backup was made, or to another user
        signed in. Over the lock screen nothing is shown nor said (logged only), and a box the
        lock closed counts as not seen: the first try with someone signed in shows it.
        ``check``: the check of the backups it may have ended runs again."""
        self._failed_hourly(DAILY_BACKUP, exc, tr("The daily backup failed again: {error}"))
        if check:
            self.check_backups()

    def _failed_hourly(self, task: str, exc: Exception, again: str) -> None:
        """``exc``, a failure of ``task`` (one tried again every hour): shown, unless it is the
        failure shown last time; then logged, and said in the status bar by ``again`` (of
        ``{error}``). Over the lock screen, only logged (``ctx.fail``), and not noted as shown;
        nor is a box the lock closed (the idle lock, as it stood unanswered): unread, the next
        try shows it. (Told apart by their words in English: the same in any language the user
        changes to, and in the log.)"""
        said = f"{type(exc).__name__}: {exc}"
        if self._failures.get(task) == said:
            log.warning("%s failed again: %s", task, said)
            self._failure_said = again.format(error=error_text(exc))
            self._say_unless_locked(self._failure_said)  # (over the lock screen: the log has it)
            return
        self._failures[task] = said
        self.ctx.fail(self, exc)
        if self.ctx.locked:  # (locked before, or as the box stood: not seen)
            self._failures.pop(task, None)

    def _backed_up(self, info: backups.BackupInfo) -> None:
        self._failures.pop(DAILY_BACKUP, None)
        self._say_unless_locked(
            tr("Automatic backup {name}: {state}.").format(
                name=info.path.name, state=say(info.state)
            )
        )
        self.check_backups()

    def _say_unless_locked(self, text: str) -> None:
        """Say ``text`` of the window's work on a timer (the day's backup, a failure said
        again) in the status bar; not over the lock screen, whose sentence ("Locked. Sign in
        to continue.") stays."""
        if not self.ctx.locked:
            self.statusBar().showMessage(text)

    def check_backups(self) -> None:
        """Verify, in the background, the backups not checked yet (those taken as the app last
        closed, or the day's); not while a check runs."""
        if self.ctx.on_server or opened_read_only(self.ctx.db):  # (notes its results)
            return
        if self._backup_running() or self._check_running():  # (checked once it is made)
            return
        where = backups.folder(self.ctx.db, self.ctx.path)
        stop = self._check_stop = stopping.Stop()
        self._check_op = run_op(
            self,
            tr("Checking backups..."),
            self.ctx.path,
            lambda _db: backups.check_pending_apart(where, stop),
            self._checked,
            self._check_failed,
            quiet=True,
        )

    def _checked(self, _checked: int) -> None:
        self._failures.pop(BACKUP_CHECK, None)
        self.warn_about_backups()

    def _check_failed(self, exc: Exception) -> None:
        """The backups' check failed (their folder read-only ...): shown once, as the daily
        backup's failure (``_daily_failed``), though it runs after every hour's try."""
        self._failed_hourly(BACKUP_CHECK, exc, tr("The backups' check failed again: {error}"))

    #: Quit asked whether to go (and was told Yes, or nothing was typed): its close asks not.
    _asked_to_go = False

    def quit(self) -> None:
        """File > Quit (Ctrl+Q): closed at once, unless a form holds what was typed and not
        recorded, lost by closing: then asked, No the default (Ctrl+Q, a key from Ctrl+W and
        Ctrl+A, closed a half-typed receipt unasked: a clerk's day, 2026-12-07)."""
        if self._may_go():
            self._asked_to_go = True
            self.close()

    def _may_go(self) -> bool:
        """Whether the window may close: nothing typed and not recorded, or Yes to losing
        it."""
        held = [said for page in self._made.values() if (said := page.unrecorded())]
        return not held or WarningDialog.ask(
            self,
            tr("Quit sortapp"),
            tr("Quitting loses what was typed and not recorded: {forms}").format(
                forms=", ".join(held)
            ),
            tr("Quit anyway?"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button (or Alt+F4, or the session ending) asks as Quit does (it
        # closed a half-typed receipt unasked: an attack round, 2026-12-07); Quit has asked.
        asked, self._asked_to_go = self._asked_to_go, False
        if not asked and not self._may_go():
            event.ignore()
            return
        # Closing must be quick: the copy is written, its pages and records checked, now, and
        # it is verified in the background at the next start (check_backups). A check still
        # running from this start is ended, not waited for (some ten seconds on ten years of
        # history): what it had not noted as checked is checked at the next start.
        self._check_timer.stop()
        self._timer.stop()
        self._end_backup_check()
        self._finish_under_way()
        self._backup_as_closing()
        prefs = self._prefs()
        prefs.setValue("window/geometry", self.saveGeometry())
        if not self.ctx.locked:  # else remembered as it locked
            prefs.setValue(f"user/{self.ctx.actor.name}/page", self.stack.currentIndex())
        self.idle.stop()
        self.others.stop()
        self.reconnect.stop()
        self.ctx.reader.close()
        self._stop_balance()
        super().closeEvent(event)

    def _finish_under_way(self) -> None:
        """Work still running under the window (a verify, an import, a backup being made) is
        finished before it goes, said and under the wait cursor (a verify asked to stop first:
        its query under way interrupted, a server's canceled); what any of its work reports
        after is not shown (``ops.finish_under_way``)."""
        running = any(op.running() for op in ops.under_way(self))
        if running:
            self.statusBar().showMessage(tr("Finishing the work under way before closing..."))
            self.repaint()
        with _wait_cursor(running):
            ops.finish_under_way(self)

    def _backup_as_closing(self) -> None:
        """The backup taken as the window closes, said first: it holds this thread (some seconds
        on years of history: the copy, and a check that it was written soundly)."""
        if self.ctx.on_server or opened_read_only(self.ctx.db):
            return
        self.statusBar().showMessage(tr("Saving a backup before closing..."))
        # Painted now, the whole window (under a menu just closed, as Quit is chosen from one):
        # no event is handled until the backup is done. (Not by handling the events queued:
        # an operation's result, a timer's backup, could then open a dialog or write.)
        self.repaint()
        self.automatic_backup(force=True, check=False, waiting=True)

    def _stop_balance(self) -> None:
        """Close this session's balance and end its thread (none was started: nothing)."""
        from sortapp.ui import balance  # noqa: PLC0415

        balance.stop(self.ctx)
