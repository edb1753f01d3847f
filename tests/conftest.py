"""Shared fixtures: a migrated site database per test, signed-in actors, factories."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SORTAPP_NO_DIALOGS"] = "1"

import pytest
from sqlite_utils.db import Database

from sortapp.core import passwords, sitekey
from sortapp.core.roles import Actor
from sortapp.services import assortment, lots, site, sorting
from sortapp.storage.db import open_db

# Cheap password hashes in tests; production keeps the slow default (stored hashes carry it).
passwords.SCRYPT_N = 2**4
sitekey.SCRYPT_N = 2**4  # the site key's wraps, likewise

PASSWORD = "correct horse"
GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _fail_on_warnings(caplog: pytest.LogCaptureFixture):
    """Fail a test that logs WARNING or worse (qutebrowser's logfail)."""
    yield
    bad = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    assert not bad, f"unexpected log records: {[r.getMessage() for r in bad]}"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with a site (BW), an admin, users of each role and demo prices."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_db(path, create=True)
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
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sortapp.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path):
    database = open_db(db_path)
    yield database
    database.close()


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
    """Receive and sort a lot of 100.000 ct into two categories, closed within tolerance."""
    make_lot(db, actor, number, origins=[(country, "Mine")])
    for category, mct, stones in entries or (
        ("S5-SAW-Q1-W", 60_000, 0),
        ("G1-SAW-Q1-W", 39_900, 120),
    ):
        sorting.add_entry(db, actor, number, category, mct, stones or None)
    sorting.add_loss(db, actor, number, "cleaning", 100)
    sorting.close_sorting(db, actor, number)
    return number


@pytest.fixture(autouse=True)
def _qsettings_in_tmp(request: pytest.FixtureRequest, tmp_path: Path):
    """GUI tests keep window preferences in tmp_path (qutebrowser's config_tmpdir)."""
    if not GUI_FIXTURES & set(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings  # noqa: PLC0415 (GUI tests only)

    QCoreApplication.setOrganizationName("sortapp-tests")
    QCoreApplication.setApplicationName("sortapp-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield
