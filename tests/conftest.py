"""Shared fixtures: a migrated site database per test, signed-in actors, factories."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SORTAPP_NO_DIALOGS"] = "1"

import pytest
from sqlite_utils.db import Database

from sortapp.core import clock, passwords, sitekey
from sortapp.core.roles import Actor
from sortapp.services import assortment, lots, parcels, site, sorting
from sortapp.storage import migrations
from sortapp.storage.db import open_db, open_server

# Cheap password hashes in tests; production keeps the slow default (stored hashes carry it).
passwords.SCRYPT_N = 2**4
sitekey.SCRYPT_N = 2**4  # the site key's wraps, likewise

PASSWORD = "correct horse"
GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expect_log(level, pattern, logger=None): a WARNING-or-worse log record the test expects "
        "(in setup, call or teardown); any other fails the test, as does one that never comes",
    )
    config.addinivalue_line(
        "markers", "long: a case of a campaign run only under pytest --long (CI leaves it out)"
    )
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): a storage or service test of what only a SQLite file has (its "
        "file, backups, PRAGMAs); not run again on PostgreSQL",
    )


#: The tests run on both backends: every storage and service test that takes ``db``.
BOTH_BACKENDS = ("tests/unit/storage/", "tests/unit/services/")


#: What a rule of the schema raises when a statement breaks it, on either backend.
def refused_by_schema() -> tuple[type[Exception], ...]:
    import psycopg  # noqa: PLC0415

    return (sqlite3.IntegrityError, psycopg.IntegrityError)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each storage and service test on a SQLite file and on the PostgreSQL test server
    (not those that take the file itself, ``db_path``, or are marked ``sqlite_only``)."""
    where = metafunc.definition.nodeid
    if (
        "db" in metafunc.fixturenames
        and "db_path" not in metafunc.fixturenames  # the file itself (a second connection...)
        and where.startswith(BOTH_BACKENDS)
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--long",
        action="store_true",
        help="run the long form of the campaigns (races, kills, fuzzing); CI runs the short form",
    )


@pytest.fixture(scope="session")
def long_run(request: pytest.FixtureRequest) -> bool:
    """True under ``pytest --long``: campaigns run their full number of trials."""
    return bool(request.config.getoption("--long"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
    if not config.getoption("--long"):  # CI's short form: the long cases are left out
        long = [item for item in items if item.get_closest_marker("long") is not None]
        if long:
            config.hook.pytest_deselected(items=long)
            items[:] = [item for item in items if item.get_closest_marker("long") is None]


# -- a WARNING or worse logged in setup, call or teardown fails the test (qutebrowser's logfail) --


@dataclass
class _Expected:
    level: int
    pattern: re.Pattern[str]
    logger: str | None
    seen: int = 0

    def matches(self, record: logging.LogRecord) -> bool:
        if record.levelno != self.level or not self.pattern.search(record.getMessage()):
            return False
        name = record.name
        return self.logger is None or name == self.logger or name.startswith(self.logger + ".")

    def __str__(self) -> str:
        where = f" from {self.logger}" if self.logger else ""
        return f"{logging.getLevelName(self.level)} matching {self.pattern.pattern!r}{where}"


class LogFailHandler(logging.Handler):
    """Holds every WARNING-or-worse record of the running test until its phase is reported."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.pending: list[logging.LogRecord] = []
        self.expected: list[_Expected] = []
        self.failed = False

    def emit(self, record: logging.LogRecord) -> None:
        self.pending.append(record)

    def expect(self, level: int | str, pattern: str, logger: str | None = None) -> None:
        number = logging.getLevelName(level) if isinstance(level, str) else level
        if not isinstance(number, int) or number < logging.WARNING:
            raise ValueError(f"expect_log: a level of WARNING or worse, not {level!r}")
        self.expected.append(_Expected(number, re.compile(pattern), logger))

    def take_unexpected(self) -> list[logging.LogRecord]:
        """Return (and forget) the pending records no expectation accounts for."""
        unexpected = []
        for record in self.pending:
            match = next((e for e in self.expected if e.matches(record)), None)
            if match is None:
                unexpected.append(record)
            else:
                match.seen += 1
        self.pending = []
        return unexpected


_LOGFAIL = pytest.StashKey[LogFailHandler]()


def _describe(record: logging.LogRecord) -> str:
    return f"{record.levelname} {record.name}: {record.getMessage()}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    handler = LogFailHandler()
    for mark in item.iter_markers("expect_log"):
        handler.expect(*mark.args, **mark.kwargs)
    item.stash[_LOGFAIL] = handler
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        return (yield)
    finally:
        root.removeHandler(handler)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """Qt's own warnings while a GUI test is torn down (windows closed, threads ended) are log
    records too: pytest-qt captures Qt messages only up to the end of the call."""
    if item.get_closest_marker("gui") is None or item.get_closest_marker("no_qt_log"):
        return (yield)
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: PLC0415 (GUI tests only)

    levels = {
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    ignore = [*item.config.getini("qt_log_ignore")]
    for mark in item.iter_markers("qt_log_ignore"):
        ignore += mark.args
    qt_log = logging.getLogger("qt")

    def handle(kind: QtMsgType, _context: object, message: str) -> None:
        level = levels.get(kind, logging.DEBUG)
        if any(re.search(pattern, message) for pattern in ignore):
            level = logging.DEBUG
        qt_log.log(level, "%s", message)

    previous = qInstallMessageHandler(handle)
    try:
        return (yield)
    finally:
        qInstallMessageHandler(previous)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report: pytest.TestReport = yield
    handler = item.stash.get(_LOGFAIL, None)
    if handler is None:
        return report
    problems = [f"unexpected log record: {_describe(r)}" for r in handler.take_unexpected()]
    if call.when == "teardown" and not handler.failed and not report.failed:
        # A declared record that never came is a stale declaration (or a lost warning).
        problems += [
            f"expected log record never logged: {e}" for e in handler.expected if not e.seen
        ]
    if problems:
        text = f"{call.when}: " + "\n".join(problems)
        if report.failed:
            report.sections.append((f"Captured log failures ({call.when})", text))
        else:
            report.outcome = "failed"
            report.longrepr = text
    handler.failed = handler.failed or report.failed
    return report


@pytest.fixture
def expect_log(request: pytest.FixtureRequest):
    """Declare a record the test expects: ``expect_log(logging.WARNING, r"regex", logger=None)``.

    The record then does not fail the test (in any phase), and the test fails if it never comes.
    The marker ``@pytest.mark.expect_log(level, pattern, logger=None)`` does the same.
    """
    return request.node.stash[_LOGFAIL].expect


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with a site (BW), an admin, users of each role and demo prices."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_db(path, create=True)
    make_test_site(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sortapp.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which backend ``db`` is on: 'sqlite' unless the test runs on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db(request: pytest.FixtureRequest, backend: str):
    """The test site's database (users of each role, prices): a SQLite file copied from the
    template, or a PostgreSQL database made from the server's template."""
    if backend == "postgresql":
        url = request.getfixturevalue("pg_site_url")
        database = open_server(url)
    else:
        database = open_db(request.getfixturevalue("db_path"))
    yield database
    database.close()


def make_test_site(db: Database) -> None:
    """Site KSF (Botswana) with admin, supervisors sam and sue, operators olu and ola (all with
    ``PASSWORD``) and a price of 100.00 USD/ct for every category from 2020-01-01."""
    site.init_site(
        db,
        code="KSF",
        name="Kasane Sorting",
        country_code="BW",
        admin="admin",
        password=PASSWORD,
        authority="Diamond Hub, Gaborone",
    )
    admin = site.login(db, "admin", PASSWORD)  # holds the site key: wraps it for sam and sue
    for name, role in (
        ("sam", "supervisor"),
        ("sue", "supervisor"),
        ("olu", "operator"),
        ("ola", "operator"),
    ):
        site.add_user(db, admin, name, role, PASSWORD)
    prices = {c.code: 10_000 for c in assortment.list_categories(db)}  # 100.00 USD/ct everywhere
    assortment.import_prices(db, site.login(db, "sam", PASSWORD), prices, "2020-01-01")


@pytest.fixture
def receiver(tmp_path: Path):
    """A second site, ZAK in South Africa, initialised in its own file (admin root, supervisor
    zsup, operator zop): where transfer files from the test site (KSF) arrive."""
    db = open_db(tmp_path / "receiver.db", create=True)
    site.init_site(
        db, code="ZAK", name="Kimberley Hub", country_code="ZA", admin="root", password=PASSWORD
    )
    root = site.login(db, "root", PASSWORD)
    site.add_user(db, root, "zsup", "supervisor", PASSWORD)
    site.add_user(db, root, "zop", "operator", PASSWORD)
    yield db
    db.close()


class Actors:
    def __init__(self, db: Database) -> None:
        # Signed in as people are (supervisors and the admin then hold the site key).
        self.admin, self.sam, self.sue, self.olu, self.ola = (
            site.login(db, name, PASSWORD) for name in ("admin", "sam", "sue", "olu", "ola")
        )


@pytest.fixture
def who(db: Database) -> Actors:
    return Actors(db)


def make_lot(db: Database, actor: Actor, number: str = "L1", **overrides) -> str:
    """Receive a lot (default 100.000 ct from Jwaneng, Botswana, 500 stones)."""
    args = {"origins": [("BW", "Jwaneng")], "weighed_mct": 100_000, "stones": 500}
    args.update(overrides)
    lots.receive_lot(db, actor, number=number, **args)
    return number


def make_sorted_lot(
    db: Database, actor: Actor, number: str = "L1", *, country: str = "BW", entries=None
) -> str:
    """Receive a lot of 100.000 ct, its stones not counted (as a run-of-mine lot comes in), and
    sort it into two categories, the smaller not counted either, closed within tolerance (by
    its operator: a lot counted in whose stones are not all counted out needs a second
    person, ``Reconciliation.needs_acceptance``)."""
    make_lot(db, actor, number, origins=[(country, "Mine")], stones=None)
    for category, mct, stones in entries or (
        ("S5-SAW-Q1-W", 60_000, 0),
        ("G1-SAW-Q1-W", 39_900, 50),
    ):
        sorting.add_entry(db, actor, number, category, mct, stones or None)
    sorting.add_loss(db, actor, number, "cleaning", 100)
    sorting.close_sorting(db, actor, number)
    return number


@pytest.fixture(autouse=True)
def _collector_left_on():
    """No test leaves Python's cyclic collector off (the app's start holds it off until its
    window shows: ``desktop.starting``): the tests after it would run without it."""
    yield
    assert gc.isenabled(), "this test left Python's cyclic collector off"


@pytest.fixture(autouse=True)
def _qsettings_in_tmp(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """GUI tests keep window preferences in a temporary folder of their own (qutebrowser's
    config_tmpdir), not in tmp_path, where tests look for what the app left behind."""
    if not GUI_FIXTURES & set(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings  # noqa: PLC0415 (GUI tests only)

    QCoreApplication.setOrganizationName("sortapp-tests")
    QCoreApplication.setApplicationName("sortapp-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )
    from sortapp.ui import i18n  # noqa: PLC0415 (GUI tests only)

    # A workstation that last spoke English, whatever the system's language (the tests find
    # widgets by their English words); English again after a test that changed it.
    QSettings().setValue(i18n.LAST_LANGUAGE, "en")
    yield
    if i18n.language() != "en":
        i18n.install("en")


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the session (tests/pgserver.py). Skipped with the
    reason where none can start; under CI (``CI=true``) that is a failure instead."""
    from tests import pgserver  # noqa: PLC0415 (only the server tests need it)

    reason = pgserver.missing_reason()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must test on PostgreSQL: {reason}")
        pytest.skip(reason)
    server = pgserver.start_server()
    try:
        yield server
    finally:
        server.stop()
        server.remove()


_PG_DATABASES = iter(range(1, 1_000_000))


_PG_TEMPLATE = "sortapp_test_site"


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """The test site on the server, made once (as ``template_db``): each test copies it."""
    import psycopg  # noqa: PLC0415

    with psycopg.connect(pg_server.owner_url(), autocommit=True) as admin:
        admin.execute(
            f'CREATE DATABASE "{_PG_TEMPLATE}" TEMPLATE template0 LC_COLLATE "C" LC_CTYPE "C"'
        )
    db = open_server(pg_server.owner_url(_PG_TEMPLATE), upgrade=True)
    try:
        make_test_site(db)
    finally:
        db.close()
    return _PG_TEMPLATE


@contextlib.contextmanager
def _server_database(server, prefix: str, made_from: str) -> Iterator[str]:
    """A new database on the test server (``made_from``: its TEMPLATE clause), dropped after;
    yields the owner's URL of it."""
    import psycopg  # noqa: PLC0415

    name = f"{prefix}_{os.getpid()}_{next(_PG_DATABASES)}"
    with psycopg.connect(server.owner_url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" {made_from}')
    try:
        yield server.owner_url(name)
    finally:
        with psycopg.connect(server.owner_url(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def pg_site_url(pg_server, pg_template) -> Iterator[str]:
    """The owner's URL of a new copy of the test site on the server, dropped after the test."""
    with _server_database(pg_server, "site", f'TEMPLATE "{pg_template}"') as url:
        yield url


@pytest.fixture
def pg_signed_site_url(pg_site_url: str) -> str:
    """A copy of the test site whose users' server roles are as its rows say, with the test
    password (roles are the cluster's, shared by every test database: see pgschema.roles)."""
    from sortapp.storage import records  # noqa: PLC0415 (server tests only)
    from sortapp.storage.pgschema import roles  # noqa: PLC0415

    owner = open_server(pg_site_url)
    try:
        for name, _role, _active in records.list_users(owner):
            roles.sync_user(owner, name, PASSWORD)
    finally:
        owner.close()
    return pg_site_url


@pytest.fixture
def server_sign_in(pg_signed_site_url: str) -> Iterator[Any]:
    """Sign a user of the test site in on the server as a workstation does (their own role,
    the test password unless another is given): ``server_sign_in(name)`` -> (their
    connection, their actor)."""
    opened = []

    def _sign_in(name: str, password: str = PASSWORD):
        db = open_server(pg_signed_site_url, user=name, password=password)
        opened.append(db)
        return db, site.login(db, name, password)

    yield _sign_in
    for db in opened:
        db.close()


@pytest.fixture
def server_psql(pg_server, pg_signed_site_url: str) -> Iterator[Any]:
    """A raw connection to the test site as a user, as psql would make it (no sortapp in
    between): ``server_psql(name)`` -> a psycopg connection in autocommit. It makes the
    session's row-coverage table, so a refusal is the role's, not row coverage's."""
    import psycopg  # noqa: PLC0415 (server tests only)

    opened = []
    database = pg_signed_site_url.rsplit("/", 1)[1]

    def _connect(name: str) -> psycopg.Connection[Any]:
        conn = psycopg.connect(pg_server.url(database, name, PASSWORD), autocommit=True)
        conn.execute(
            "CREATE TEMP TABLE rowcover_changes (seq bigint GENERATED ALWAYS AS IDENTITY "
            "PRIMARY KEY, tbl text NOT NULL, key text NOT NULL, old text, UNIQUE (tbl, key))"
        )
        opened.append(conn)
        return conn

    yield _connect
    for conn in opened:
        conn.close()


@pytest.fixture
def pg_url(pg_server) -> Iterator[str]:
    """The owner's URL of a new, empty database on the test server (C collation, UTF-8),
    dropped after the test."""
    with _server_database(
        pg_server, "test", 'TEMPLATE template0 LC_COLLATE "C" LC_CTYPE "C"'
    ) as url:
        yield url


@pytest.fixture
def run(db_path, monkeypatch, capsys):
    """Run a ``sortapp`` command as a user (signs in with the test password unless told);
    return (exit code, stdout, stderr)."""

    from sortapp.cli import main  # noqa: PLC0415 (only the CLI tests load it)

    def _run(*args, user="olu", password=PASSWORD):
        monkeypatch.setenv("SORTAPP_PASSWORD", password)
        code = main(["--db", str(db_path), "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def old_file(path: Path, stop_before: str) -> Database:
    """A file as an older sortapp left it: migrations up to ``stop_before`` and site OLD (BW),
    open without sortapp's connection set-up (no upgrade, no row coverage)."""
    raw = Database(path, strict=True)
    migrations.migrations.apply(raw, stop_before=stop_before)
    raw.execute(
        "INSERT INTO site (id, code, name, country, created_at) "
        "VALUES (1, 'OLD', 'Old site', 'BW', '2020-01-01T00:00:00.000000Z')"
    )
    return raw


def pack_parcel_for_antwerp(db: Database, who: Actors) -> None:
    """Draft parcel P1 for Antwerp (BE): lots L1 (BW) and L2 (ZA) sorted, 119.900 ct packed
    (80 ct of S5 from both, 39.900 ct of G1 from L1): a mixed origin, two lines per lot."""
    make_sorted_lot(db, who.olu, "L1", country="BW")
    make_sorted_lot(db, who.olu, "L2", country="ZA")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 80_000)
    parcels.add_goods(db, who.olu, "P1", "G1-SAW-Q1-W", 39_900, lot="L1")


def seal_parcel_for_za(db: Database, who: Actors) -> None:
    """Parcel P1 of the test site for South Africa: two sorted lots (BW and NA), 139.900 ct
    packed, sealed by sam under KP certificate BW-77 (what the transfer tests send)."""
    make_sorted_lot(db, who.olu, "L1", country="BW")
    make_sorted_lot(db, who.olu, "L2", country="NA")
    parcels.create_parcel(db, who.olu, "P1", importer="Kimberley Hub", destination="ZA")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 100_000)
    parcels.add_goods(db, who.olu, "P1", "G1-SAW-Q1-W", 39_900, lot="L1")
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-77", seals=["S1", "S2"])


@pytest.fixture
def machine_config(tmp_path, monkeypatch) -> Path:
    """The machine configuration file (``SORTAPP_CONFIG``), in a folder of the test's (not
    made yet); no ``SORTAPP_DB``."""
    path = tmp_path / "etc" / "sortapp.toml"
    monkeypatch.setenv("SORTAPP_CONFIG", str(path))
    monkeypatch.delenv("SORTAPP_DB", raising=False)
    return path


#: 22:30 UTC on 1 December 2026: 00:30 on 2 December in Gaborone (UTC+2), the day before in UTC.
LATE_IN_GABORONE = dt.datetime(2026, 12, 1, 22, 30, tzinfo=dt.UTC)


@pytest.fixture
def gaborone_at_night(db, who):
    """The test site in Africa/Gaborone with the clock at ``LATE_IN_GABORONE``: its day is the
    next day in UTC's."""
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    restore = clock.use(lambda: LATE_IN_GABORONE)
    yield db
    restore()
