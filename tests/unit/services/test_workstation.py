"""Connecting a workstation to the facility server (issue 12): which database it uses, the
server as an admin names it, a test sign-in as their own sortapp user there, and the machine
configuration file written atomically, or said to IT when it cannot be written here."""

from __future__ import annotations

import os
import tomllib

import psycopg
import pytest

from sortapp import paths
from sortapp.core.errors import KnownStorageError, PermissionDenied, UserError
from sortapp.core.roles import Actor, Role
from sortapp.services import workstation
from sortapp.services.workstation import NotWritable, Server
from tests.conftest import PASSWORD
from tests.pgserver import OWNER


@pytest.fixture
def server(pg_server, pg_site_url) -> Server:
    """The test site's copy on the test server, as an admin types it, with each test user a
    server role of the same name (their sortapp password)."""
    with psycopg.connect(pg_server.owner_url(), autocommit=True) as owner:
        for name in ("admin", "olu"):
            if not owner.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                owner.execute(
                    psycopg.sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                        psycopg.sql.Identifier(name),
                        psycopg.sql.Literal(PASSWORD),
                        psycopg.sql.Identifier(OWNER),
                    )
                )
    return Server.of("127.0.0.1", str(pg_server.port), pg_site_url.rsplit("/", 1)[1])


def test_a_server_is_checked_as_typed_and_named_without_a_password():
    server = Server.of(" db.plant.local ", "", "ksf", "verify-full")
    assert server.url == "postgresql://db.plant.local:5432/ksf?sslmode=verify-full"
    assert server.where == "db.plant.local:5432/ksf"
    assert Server.of("10.0.0.5", "6432", "ksf").url == "postgresql://10.0.0.5:6432/ksf"
    for host, port, db, tls, said in [
        ("", "5432", "ksf", "", "host name"),
        ("db plant", "5432", "ksf", "", "host name"),
        ("db", "70000", "ksf", "", "port"),
        ("db", "54x", "ksf", "", "port"),
        ("db", "5432", "", "", "database name"),
        ("db", "5432", "ksf;drop", "", "database name"),
        ("db", "5432", "ksf", "always", "TLS mode"),
    ]:
        with pytest.raises(UserError, match=said):
            Server.of(host, port, db, tls)


def test_which_database_and_what_named_it(machine_config, monkeypatch, tmp_path):
    shown = workstation.source()
    assert shown.named_by == "default" and not shown.on_server
    assert shown.where == str(paths.data_dir() / "sortapp.db") and shown.config == machine_config
    machine_config.parent.mkdir()
    machine_config.write_text('database = "postgresql://u:s3cret@db.plant.local:5432/ksf"\n')
    shown = workstation.source()
    assert shown.on_server and shown.where == "db.plant.local:5432/ksf"
    assert shown.named_by == "machine"
    assert "s3cret" not in repr(shown)
    monkeypatch.setenv("SORTAPP_DB", str(tmp_path / "x.db"))
    assert workstation.source().named_by == "environment"
    assert workstation.source(tmp_path / "other.db").named_by == "given"


def test_the_configuration_keeps_other_settings_and_replaces_the_database():
    old = '# deployed by IT\ndatabase = "/old.db"\nlanguage = "en"\n[printing]\ndatabase = "x"\n'
    new = workstation.config_text("postgresql://db:5432/ksf", old)
    assert tomllib.loads(new)["database"] == "postgresql://db:5432/ksf"
    assert tomllib.loads(new)["language"] == "en"
    assert tomllib.loads(new)["printing"] == {"database": "x"}
    assert new.startswith("# deployed by IT\n")
    assert workstation.config_text('a"b\\c') == 'database = "a\\"b\\\\c"\n'
    assert tomllib.loads(workstation.config_text('a"b\\c'))["database"] == 'a"b\\c'


def test_an_admin_connects_the_workstation_and_the_next_start_opens_the_server(
    machine_config, server
):
    assert workstation.try_sign_in(server, "admin", PASSWORD).role is Role.ADMIN
    saved = workstation.connect(server, "admin", PASSWORD)
    assert saved.path == machine_config and saved.overridden == ""
    assert machine_config.read_text() == f'database = "{server.url}"\n'
    assert PASSWORD not in machine_config.read_text()
    assert paths.default_database() == server.url  # what the next start opens
    assert [p.name for p in machine_config.parent.iterdir()] == [
        "sortapp.toml"
    ]  # no temporary left
    assert oct(machine_config.stat().st_mode & 0o777) == "0o644"


def test_only_an_admin_connects_a_workstation(machine_config, server):
    with pytest.raises(PermissionDenied, match="olu is operator"):
        workstation.connect(server, "olu", PASSWORD)
    operator = Actor(user_id=5, name="olu", role=Role.OPERATOR)
    with pytest.raises(PermissionDenied, match="olu is operator"):
        workstation.connect(server, "admin", PASSWORD, by=operator)
    assert not machine_config.exists()


def test_a_refused_or_unreachable_test_writes_nothing(machine_config, server, pg_server):
    with pytest.raises(PermissionDenied, match="refused the sign-in"):
        workstation.connect(server, "admin", "wrong")
    missing = Server.of(server.host, server.port, "no_such_db")
    with pytest.raises(KnownStorageError, match="no database no_such_db"):
        workstation.connect(missing, "admin", PASSWORD)
    closed = Server.of("127.0.0.1", 1, server.database)
    with pytest.raises(UserError) as unreached:
        workstation.connect(closed, "admin", PASSWORD)
    assert str(unreached.value) == (
        f"127.0.0.1:1/{server.database} cannot be reached from this workstation: Connection refused"
    )
    assert not machine_config.exists()


def test_a_folder_that_cannot_be_made_is_said_with_what_to_deploy(machine_config, server):
    """(A folder whose place is taken by a file: no one, root included, makes it.)"""
    machine_config.parent.write_text("not a folder")
    with pytest.raises(NotWritable) as refused:
        workstation.connect(server, "admin", PASSWORD)
    assert refused.value.path == machine_config
    assert refused.value.content == f'database = "{server.url}"\n'
    assert str(machine_config) in str(refused.value) and refused.value.content in str(refused.value)
    assert machine_config.parent.read_text() == "not a folder"  # left as it was


def test_an_unwritable_file_is_said_too(machine_config, server, monkeypatch):
    """(As root, whom no permission stops: the replace itself refused.)"""

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(NotWritable, match="Permission denied"):
        workstation.connect(server, "admin", PASSWORD)
    assert not machine_config.exists()
    assert list(machine_config.parent.iterdir()) == []  # the temporary file removed


def test_sortapp_db_set_is_said_to_come_first(machine_config, server, monkeypatch, tmp_path):
    monkeypatch.setenv("SORTAPP_DB", str(tmp_path / "x.db"))
    saved = workstation.connect(server, "admin", PASSWORD)
    assert "SORTAPP_DB is set" in saved.overridden
