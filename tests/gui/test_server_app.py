"""The desktop app on the facility server, and when the server cannot be reached (issue 12).

The window opens on a copy of the test site on the test server, signed in as olu's own server
role. The server is stopped and started again under the open window; a connection is killed from
the server's side while an action commits. Each try to reconnect is started directly and its
``attempted`` signal waited for: no test waits for the backoff's timer.
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import Future

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from sortapp import app, desktop
from sortapp.core.errors import PermissionDenied
from sortapp.services import browse, lots, site
from sortapp.storage import rowcover
from sortapp.storage.db import open_server
from sortapp.storage.pgschema import roles
from sortapp.storage.target import Target
from sortapp.ui import dialogs, models
from sortapp.ui.context import IN_DOUBT, OFFLINE
from sortapp.ui.mainwindow import SERVER_BACKUPS, MainWindow
from sortapp.ui.offline import BACKOFF_MS, offline_text, refused_text
from sortapp.ui.ops import run_op
from tests.conftest import PASSWORD, make_lot
from tests.gui.conftest import shown


def _app_url(pg_server, site_url: str) -> str:
    """The site's URL as a workstation is given it: the server and database, no user."""
    return f"postgresql://127.0.0.1:{pg_server.port}/{site_url.rsplit('/', 1)[1]}"


@pytest.fixture
def owner(pg_site_url):
    """A second connection to the site: the owner's, as another workstation would see it."""
    db = open_server(pg_site_url)
    yield db
    db.close()


@pytest.fixture
def open_window(qtbot, pg_server, pg_signed_site_url, monkeypatch):
    """Open the app on the site's URL (its users' roles as its rows say, with the test
    password, whatever another test left them), olu signing in; shown and active."""

    def _open(user: str = "olu") -> MainWindow:
        asked: list[str] = []

        def ask(cls, parent, site_name, user_name="", note=""):
            asked.append(site_name)
            return (user, PASSWORD)

        monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(ask))
        window = app.open_window(_app_url(pg_server, pg_signed_site_url))
        assert window is not None
        assert asked == [f"facility server {window.ctx.target.where}"]
        return shown(qtbot, window)

    return _open


def _receive(window: MainWindow, number: str):
    ctx = window.ctx
    return ctx.act(
        window.receiving,
        lambda: lots.receive_lot(
            ctx.db, ctx.actor, number=number, origins=[("BW", "Jwaneng")], weighed_mct=1_000
        ),
        f"Received lot {number}",
    )


def owner_actor(db):
    """ola, signed in on another workstation's connection."""
    return site.login(db, "ola", PASSWORD)


def _numbers(db) -> set[str]:
    return {row[0] for row in db.execute("SELECT number FROM lots")}


def _shown(window: MainWindow) -> list[str]:
    model = window.receiving.model
    return [model.row(i).number for i in range(model.rowCount())]


def test_the_default_database_may_be_a_server(monkeypatch):
    opened = []
    monkeypatch.setattr(app, "main", lambda where, transfer=None: opened.append(where) or 0)
    monkeypatch.setenv("SORTAPP_DB", "postgresql://db.plant.local:5432/ksf")
    monkeypatch.setenv("SORTAPP_NO_DIALOGS", "1")  # (open_app lets the app's dialogs show)
    assert desktop.open_app(None) == 0
    assert opened == ["postgresql://db.plant.local:5432/ksf"]


def test_a_server_target_never_shows_its_password():
    target = Target.of("postgresql://owner:s3cret@db.plant.local:5432/ksf").signed_in("olu", "pw")
    assert target.on_server and target.where == "db.plant.local:5432/ksf"
    assert "s3cret" not in repr(target) and "'pw'" not in repr(target)
    assert Target.of("/data/site.db").where == "/data/site.db"


def test_the_app_works_on_the_server_as_the_signed_in_users_own_role(
    qtbot, open_window, pg_server, owner
):
    window = open_window("olu")
    ctx = window.ctx
    where = f"127.0.0.1:{pg_server.port}/{ctx.target.where.split('/')[1]}"
    assert ctx.on_server and ctx.target.where == where
    assert ctx.db.execute("SELECT session_user").fetchone()[0] == "olu"
    # Which server, in the title and the status bar; never a password.
    assert window.windowTitle() == f"sortapp - Kasane Sorting (KSF) - server {where}"
    assert window.server_label.text() == f"Server: {where}"
    assert PASSWORD not in window.windowTitle() + window.server_label.text()
    assert PASSWORD not in repr(ctx.target)

    # The app's action is on the server, for another connection to see, with its request id.
    assert _receive(window, "L7") is not None
    assert "L7" in _numbers(owner)
    details = owner.execute("SELECT details FROM audit WHERE object = 'L7'").fetchone()[0]
    assert re.search(r'"request":"[0-9a-f]{32}"', details)
    # Another workstation's lot comes in without F5 (the server's notification).
    make_lot(owner, owner_actor(owner), "L8")
    qtbot.waitUntil(lambda: "L8" in _shown(window))

    # Background work opens its own connection the same way: as olu.
    op = run_op(
        window, "who", ctx.target, lambda db: db.execute("SELECT session_user").fetchone()[0],
        lambda _r: None, lambda exc: pytest.fail(str(exc)),
    )  # fmt: skip
    with qtbot.waitSignal(op.done) as done:
        pass
    assert done.args == ["olu"]


def test_another_user_signs_in_as_their_own_role(qtbot, open_window, monkeypatch, owner):
    window = open_window("olu")
    monkeypatch.setattr(
        dialogs.LoginDialog, "ask", classmethod(lambda c, p, s, u="", n="": ("sam", PASSWORD))
    )
    window.switch_user()
    ctx = window.ctx
    assert ctx.actor.name == "sam" and ctx.target.user == "sam"
    assert ctx.db.execute("SELECT session_user").fetchone()[0] == "sam"
    # The watch listens on sam's connection: another workstation's lot comes in.
    make_lot(owner, owner_actor(owner), "L4")
    qtbot.waitUntil(lambda: "L4" in _shown(window))


def test_a_password_changed_in_the_app_is_the_sessions_from_then_on(
    qtbot, open_window, monkeypatch, pg_server, pg_signed_site_url
):
    """File, Change my password on the server: the server's own role takes it, and the
    session's later connections (reading ahead, background work, reconnecting) sign in with
    it, not the old one the server now refuses."""
    window = open_window("olu")
    new = "a brand new passphrase"
    answer = {"current": PASSWORD, "password": new, "again": new}
    monkeypatch.setattr(dialogs.ChangePasswordDialog, "ask", classmethod(lambda c, *a, **k: answer))
    window.change_password()
    assert window.statusBar().currentMessage() == "Your password is changed."
    with pytest.raises(PermissionDenied, match="refused the sign-in"):
        open_server(_app_url(pg_server, pg_signed_site_url), user="olu", password=PASSWORD)
    again = window.ctx.target.open()
    try:
        assert again.execute("SELECT session_user").fetchone()[0] == "olu"
    finally:
        again.close()
        owner = open_server(pg_signed_site_url)  # (the cluster's role: other tests sign in)
        try:
            roles.sync_user(owner, "olu", PASSWORD)
        finally:
            owner.close()


def test_backups_are_the_servers_and_settings_show_the_server(qtbot, open_window, monkeypatch):
    window = open_window("admin")
    for action in (window.backup_action, window.restore_action):
        assert not action.isEnabled()
        assert action.toolTip() == SERVER_BACKUPS
    made = []
    monkeypatch.setattr("sortapp.services.backups.make_backup", lambda *a, **k: made.append(a))
    window.automatic_backup(force=True)
    window.warn_about_backups()
    window.check_backups()
    assert made == [] and window._check_op is None
    window.go(6)
    settings = window.settings_page
    assert "server's own backups keep it" in settings.backup_note.text()
    assert settings.database_field.text() == window.ctx.target.where
    assert settings.database_field.isReadOnly()


def _try(qtbot, window: MainWindow) -> bool:
    """One try to reconnect now (on its own thread), waited for: whether it is back."""
    with qtbot.waitSignal(window.reconnect.attempted, timeout=15_000) as tried:
        window.reconnect.try_now()
    return bool(tried.args[0])


def test_the_server_stopped_and_started_again_under_an_open_window(
    qtbot, open_window, pg_server, pg_site_url, owner
):
    make_lot(owner, owner_actor(owner), "L1")
    window = open_window("olu")
    where = window.ctx.target.where
    assert _shown(window) == ["L1"]
    with psycopg.connect(pg_server.owner_url(), autocommit=True) as admin:
        admin.execute("CHECKPOINT")  # the test server commits asynchronously: keep what was
    owner.close()
    pg_server.stop()
    try:
        # At once: the listening connection closes and the banner says so, in a sentence
        # naming the server.
        qtbot.waitUntil(window.offline_banner.isVisible)
        assert window.ctx.offline
        assert window.offline_banner.text() == offline_text(where, BACKOFF_MS[0])
        assert window.offline_banner.text() == (
            f"The facility server {where} cannot be reached. Nothing can be changed until it is "
            "back; what is on screen can still be read. sortapp reconnects by itself (next try "
            "in 1 s)."
        )

        # Every write is refused with that sentence; nothing is tried.
        assert _receive(window, "L2") is None
        assert window.statusBar().currentMessage() == OFFLINE + "."
        # What is shown stays readable; a refresh that cannot read leaves it as it was.
        window.receiving.request_refresh()
        window.receiving.model.update()
        assert _shown(window) == ["L1"]
        # A try while the server is still down fails quietly; the banner stays, and the next
        # try waits longer (the backoff).
        assert not _try(qtbot, window)
        assert window.offline_banner.isVisible() and window.reconnect.timer.isActive()
        assert window.reconnect.timer.interval() == BACKOFF_MS[1]
        assert "next try in 2 s" in window.offline_banner.text()
    finally:
        pg_server.start_again()

    assert _try(qtbot, window)
    assert not window.ctx.offline
    assert not window.offline_banner.isVisible()
    assert window.statusBar().currentMessage() == (
        f"The facility server {where} is back; you can work again."
    )
    second = open_server(pg_site_url)
    try:
        assert _numbers(second) == {"L1"}  # the refused write wrote nothing
        # Working again: an action goes through, and another workstation's lot comes in.
        assert _receive(window, "L2") is not None
        make_lot(second, owner_actor(second), "L3")
        qtbot.waitUntil(lambda: "L3" in _shown(window))
        assert _numbers(second) == {"L1", "L2", "L3"}
    finally:
        second.close()


def test_the_window_stays_responsive_while_a_reconnect_waits_for_the_server(
    qtbot, open_window, pg_server, monkeypatch
):
    """A try to reconnect that hangs (a server out of reach takes the connection's timeout to
    say so) runs on its own thread: the GUI thread's timers and input go on meanwhile."""
    window = open_window("olu")
    pg_server.stop()
    try:
        qtbot.waitUntil(window.offline_banner.isVisible)
    finally:
        pg_server.start_again()
    release = threading.Event()
    connecting = threading.Event()
    real_open = Target.open

    def slow_open(target):
        connecting.set()
        assert release.wait(30), "the test never released the connection"
        return real_open(target)

    monkeypatch.setattr(Target, "open", slow_open)
    assert window.reconnect.try_now()
    assert connecting.wait(10)
    # While the try hangs: a timer on the GUI thread fires, a typed key reaches a field, and
    # the banner still says the server is out of reach.
    ticks = []
    tick = QTimer(window)
    tick.timeout.connect(lambda: ticks.append(1))
    tick.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    field = window.receiving.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    qtbot.keyClicks(field, "L9")
    assert field.text().endswith("L9")
    assert window.ctx.offline and window.offline_banner.isVisible()
    assert not window.reconnect.try_now()  # one try at a time
    tick.stop()
    with qtbot.waitSignal(window.reconnect.attempted, timeout=15_000) as tried:
        release.set()
    assert tried.args == [True]
    assert not window.ctx.offline and not window.offline_banner.isVisible()
    assert window.ctx.db.execute("SELECT session_user").fetchone()[0] == "olu"


def test_a_sign_in_the_server_refuses_for_good_is_not_tried_again(
    qtbot, open_window, pg_server, pg_site_url, monkeypatch
):
    """The password changed (or the role was removed) while the window was open: no endless
    tries; the workstation locks, says why, and asks for a sign-in again."""
    window = open_window("olu")
    database = pg_site_url.rsplit("/", 1)[1]
    admin = psycopg.connect(pg_server.owner_url(), autocommit=True)
    asked: list[str] = []
    try:
        admin.execute("ALTER ROLE olu PASSWORD 'changed elsewhere'")
        monkeypatch.setattr(
            dialogs.LoginDialog,
            "ask",
            classmethod(lambda c, p, s, u="", n="": asked.append(s) and None),
        )
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE usename = 'olu' AND datname = %s",
            (database,),
        )
        qtbot.waitUntil(window.offline_banner.isVisible)
        assert not _try(qtbot, window)
        where = window.ctx.target.where
        assert window.offline_banner.text() == refused_text(where, "olu")
        assert "refused olu's sign-in" in window.offline_banner.text()
        # Stopped: no timer, no further try; locked, saying why, and a sign-in was offered.
        assert window.reconnect.given_up and not window.reconnect.timer.isActive()
        assert not window.reconnect.try_now()
        assert window.locked and window.lock_screen is not None
        assert window.lock_screen.note.text() == refused_text(where, "olu")
        assert asked == [window.site_label]
    finally:
        admin.execute(psycopg.sql.SQL("ALTER ROLE olu PASSWORD {}").format(PASSWORD))
        admin.close()
    # Signing in again (the password set right) brings the session back.
    monkeypatch.setattr(
        dialogs.LoginDialog, "ask", classmethod(lambda c, p, s, u="", n="": ("olu", PASSWORD))
    )
    assert window.sign_in()
    assert not window.locked and not window.ctx.offline
    assert not window.offline_banner.isVisible() and not window.reconnect.given_up
    assert window.ctx.db.execute("SELECT session_user").fetchone()[0] == "olu"


@pytest.mark.parametrize("committed", [True, False], ids=["recorded", "not-recorded"])
def test_a_commit_lost_midway_is_said_recorded_or_not(
    qtbot, open_window, pg_server, owner, monkeypatch, committed
):
    window = open_window("olu")
    ctx = window.ctx
    checked = rowcover.check_taken

    def kill_before_commit(db):
        """Right before COMMIT, the server ends the connection (after committing, when the
        commit got there and only its answer is lost)."""
        checked(db)
        if committed:
            db.conn.raw.execute("COMMIT")
        pid = db.conn.raw.info.backend_pid
        with psycopg.connect(pg_server.owner_url(), autocommit=True) as admin:
            assert admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,)).fetchone()[0]

    monkeypatch.setattr(rowcover, "check_taken", kill_before_commit)
    assert _receive(window, "L5") is None
    monkeypatch.setattr(rowcover, "check_taken", checked)
    assert ctx.offline and window.offline_banner.isVisible()
    assert window.statusBar().currentMessage() == IN_DOUBT + "."
    assert ("L5" in _numbers(owner)) is committed

    assert _try(qtbot, window)
    assert not ctx.offline and not window.offline_banner.isVisible()
    if committed:
        said = "The facility server is back. Recorded: Received lot L5."
    else:
        said = "The facility server is back. Not recorded: Received lot L5; do it again."
    assert ctx.outcome == said
    assert window.statusBar().currentMessage() == said
    # Doing it again after "not recorded" records it once.
    if not committed:
        assert _receive(window, "L5") is not None
    assert owner.execute("SELECT count(*) FROM lots WHERE number = 'L5'").fetchone()[0] == 1


def test_a_facility_day_the_app_beside_two_workstation_processes(
    qtbot, open_window, pg_site_url, owner
):
    """The done-when of issue 12: two workstation processes (the campaign's: receiving,
    sorting, closing, packing, sealing, racing each other for the same stones) and the desktop
    app work on one server together; the app sees their lots come in without F5, and afterwards
    every action is there exactly once, balances add up, the chain holds and verify is OK."""
    from tests.scenarios import test_facility_campaign as campaign  # noqa: PLC0415

    window = open_window("olu")
    audit_before = owner.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]
    outcomes: list = []
    runner = threading.Thread(
        target=lambda: outcomes.extend(campaign.run_campaign(pg_site_url, 2, 4.0)),
        name="campaign",
    )
    runner.start()
    received: list[str] = []
    try:
        while runner.is_alive() and len(received) < 200:
            number = f"APP{len(received) + 1}"
            assert _receive(window, number) is not None
            received.append(number)
            qtbot.waitUntil(lambda number=number: number in _shown(window))
    finally:
        runner.join()
    assert len(received) >= 2 and len(outcomes) == 2
    assert not [o.error for o in outcomes if o.error]
    assert min(o.rounds for o in outcomes) >= 1
    # The processes' lots are in the app's list, brought in by the server's notifications.
    everything = _numbers(owner)
    assert len(everything) > len(received)
    qtbot.waitUntil(lambda: set(_shown(window)) == everything)

    ids = dict(owner.execute("SELECT number, id FROM lots").fetchall())
    done = [d for o in outcomes for d in o.done]
    done += [("lot.receive", number, "", ids[number]) for number in received]
    violations = campaign.race_violations(outcomes, 2)
    violations += campaign.ledger_violations(owner, done, audit_before)
    violations += campaign.balance_violations(owner)
    violations += campaign.chain_violations(owner)
    violations += campaign.verify_problems(owner)
    assert violations == []


def test_the_lists_on_the_server_read_their_next_page_ahead(qtbot, open_window, monkeypatch):
    monkeypatch.setattr(models, "PAGE", 7)
    window = open_window()
    ctx = window.ctx
    ahead: list[Future] = []
    submit = ctx.reader.submit

    def counted(target, read):
        ahead.append(submit(target, read))
        return ahead[-1]

    monkeypatch.setattr(ctx.reader, "submit", counted)
    audit = window.audit.model
    asked: list[tuple] = []
    fetch = audit._fetch_ids
    audit._fetch_ids = lambda *page: asked.append(page) or fetch(*page)
    audit.refresh()
    assert len(asked) == 1 and len(ahead) == 1
    while audit.canFetchMore():
        ahead[-1].result(timeout=30)  # (in the app, the list is looked at meanwhile)
        audit.fetchMore()
    assert len(asked) == 1  # every page after the first read by the reader
    every = browse.audit_ids(ctx.db, order="id", descending=True)
    assert [audit.row(n).id for n in range(audit.rowCount())] == every and len(every) > 7
    window.close()
    assert ctx.reader._thread is None
