"""The command line on the facility server: ``--db postgresql://...`` (and ``SORTAPP_DB``, the
machine's ``sortapp.toml``), the owner's and the users' connections, backups, migrate-to-server."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from sortapp import paths
from sortapp.cli import build_parser, main
from sortapp.core.errors import UserError
from tests.conftest import PASSWORD

ADMIN_PASSWORD = "admin pass 1"


@pytest.fixture(autouse=True)
def _no_machine_file(tmp_path, monkeypatch):
    """No machine configuration and no SORTAPP_DB unless a test sets them."""
    monkeypatch.setenv("SORTAPP_CONFIG", str(tmp_path / "no-machine-file.toml"))
    monkeypatch.delenv("SORTAPP_DB", raising=False)
    monkeypatch.delenv("SORTAPP_USER", raising=False)


def _cli(capsys, monkeypatch, *args, password=PASSWORD):
    monkeypatch.setenv("SORTAPP_PASSWORD", password)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _without_user(url: str) -> str:
    """The owner's URL without its user: a workstation's (each user signs in as themselves)."""
    return "postgresql://" + url.split("@", 1)[1]


def _init(capsys, monkeypatch, target: str, code: str = "KSF"):
    return _cli(
        capsys,
        monkeypatch,
        "--db",
        target,
        "init",
        "--site-code",
        code,
        "--site-name",
        "Kasane Sorting",
        "--country",
        "BW",
        "--admin",
        "boss",
        "--authority",
        "Diamond Hub, Gaborone",
        password=ADMIN_PASSWORD,
    )


@pytest.fixture
def server_roles(pg_url):
    """A server role that is no sortapp user's (for a refused sign-in), with a password, and
    no rights: dropped after the test."""
    made: list[str] = []

    def make(name: str, password: str = PASSWORD) -> None:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
        made.append(name)

    yield make
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for name in made:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def test_db_keeps_a_server_url_intact():
    url = "postgresql://owner@db.plant.example:5433/sortapp?sslmode=require"
    assert build_parser().parse_args(["--db", url, "stock"]).db == url


def test_init_on_the_server_is_the_owner_s(capsys, monkeypatch, pg_url):
    code, _, err = _init(capsys, monkeypatch, _without_user(pg_url))
    assert code == 1
    assert "init on the facility server is the database owner's: name the owner" in err
    code, out, err = _init(capsys, monkeypatch, pg_url)
    assert code == 0, err
    where = pg_url.split("@", 1)[1]
    assert out == f"created site KSF (Kasane Sorting, BW) in {where}\nadmin: boss\n"
    assert "owner pass" not in out  # never the password
    code, out, err = _cli(
        capsys, monkeypatch, "--db", pg_url, "--user", "boss", "site", "show", "--json",
        password=ADMIN_PASSWORD,
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["code"] == "KSF"
    code, _, err = _init(capsys, monkeypatch, pg_url)
    assert (code, err) == (1, "sortapp: this database already has a site; nothing was changed\n")


_DAY = [
    ("boss", ["user", "add", "dayop", "--role", "operator"]),
    ("boss", ["user", "add", "daysup", "--role", "supervisor"]),
    ("boss", ["price", "set", "S5-SAW-Q1-W", "100"]),
    ("dayop", ["lot", "receive", "JW-1", "--carats", "120.500", "--origin", "BW", "--mine",
               "Jwaneng", "--stones", "300", "--seal", "DB-1"]),
    ("dayop", ["sort", "add", "JW-1", "S5-SAW-Q1-W", "--carats", "80.250"]),
    ("dayop", ["sort", "add", "JW-1", "G1-SAW-Q1-W", "--carats", "40.200", "--stones", "52"]),
    ("dayop", ["sort", "loss", "JW-1", "cleaning", "--carats", "0.050"]),
    ("daysup", ["sort", "close", "JW-1", "--accept-difference", "--reason", "smalls by weight"]),
    ("dayop", ["parcel", "create", "EXP-1", "--importer", "Antwerp NV", "--destination", "BE"]),
    ("dayop", ["parcel", "add", "EXP-1", "S5-SAW-Q1-W", "--carats", "60"]),
    ("dayop", ["parcel", "seal", "EXP-1", "--kp-cert", "BW-9", "--seal", "S1"]),  # refused
    ("daysup", ["parcel", "seal", "EXP-1", "--kp-cert", "BW-9", "--seal", "S1"]),
    ("dayop", ["stock"]),
    ("dayop", ["stock", "--json", "--by-origin"]),
    ("dayop", ["lot", "list", "--json"]),
    ("dayop", ["lot", "show", "JW-1"]),
    ("daysup", ["parcel", "show", "EXP-1", "--json"]),
    ("dayop", ["verify"]),
]  # fmt: skip

#: What ``backup`` on a server database says first, whether archiving is configured or not.
KEEPS = (
    "this database is on the facility server: its backup is the server's own base backups "
    "(pg_basebackup) with WAL archiving, set up by IT; a workstation makes none; "
)

_TIME = re.compile(r"\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?")


def _day(capsys, monkeypatch, target: str) -> list[tuple[int, str, str]]:
    said = []
    for user, args in _DAY:
        code, out, err = _cli(
            capsys,
            monkeypatch,
            "--db",
            target,
            "--user",
            user,
            *args,
            password=ADMIN_PASSWORD if user == "boss" else PASSWORD,
        )
        said.append((code, _TIME.sub("<time>", out), _TIME.sub("<time>", err)))
    return said


def test_a_whole_day_on_the_server_says_what_it_says_on_a_file(
    capsys, monkeypatch, tmp_path, pg_url
):
    monkeypatch.setenv("SORTAPP_NEW_PASSWORD", PASSWORD)
    file = str(tmp_path / "site.db")
    assert _init(capsys, monkeypatch, file)[0] == 0
    on_file = _day(capsys, monkeypatch, file)

    assert _init(capsys, monkeypatch, pg_url)[0] == 0
    # The admin works on the owner's connection (no server role of its own here); the others
    # sign in to the server as their own roles, made as each user is added.
    on_server = []
    for (user, args), expected in zip(_DAY, on_file, strict=True):
        target = pg_url if user == "boss" else _without_user(pg_url)
        code, out, err = _cli(
            capsys, monkeypatch, "--db", target, "--user", user, *args,
            password=ADMIN_PASSWORD if user == "boss" else PASSWORD,
        )  # fmt: skip
        on_server.append((code, _TIME.sub("<time>", out), _TIME.sub("<time>", err)))
        assert on_server[-1] == expected, (user, args)
    codes = [code for code, _, _ in on_file]
    assert codes.count(1) == 1 and codes[10] == 1  # the operator's seal, refused on both
    assert "needs a supervisor" in on_file[10][2]
    assert [lot["lot"] for lot in json.loads(on_file[14][1])] == ["JW-1"]


def test_a_wrong_password_on_the_server_is_a_clear_refusal(
    capsys, monkeypatch, pg_url, server_roles
):
    assert _init(capsys, monkeypatch, pg_url)[0] == 0
    server_roles("nobody2")
    code, out, err = _cli(
        capsys, monkeypatch, "--db", _without_user(pg_url), "--user", "nobody2", "stock",
        password="wrong",
    )  # fmt: skip
    assert (code, out) == (1, "")
    # (Not the name typed: it may be the password, typed in the wrong field.)
    assert err == (
        "sortapp: the server refused the sign-in: unknown user, wrong password, or a user no "
        "longer active\n"
    )
    # A password typed as the name: no such role on the server, and not said back.
    typed = _cli(
        capsys, monkeypatch, "--db", _without_user(pg_url), "--user", "demo-olu-2026", "stock",
        password="demo-olu-2026",
    )  # fmt: skip
    assert typed == (1, "", err) and "demo-olu-2026" not in typed[2]


# -- which database: --db, SORTAPP_DB, the machine file, the user data folder ----------------------


def test_the_database_is_chosen_by_db_then_sortapp_db_then_the_machine_file(
    capsys, monkeypatch, tmp_path, pg_url
):
    assert _init(capsys, monkeypatch, pg_url, code="SRV")[0] == 0
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    assert _init(capsys, monkeypatch, a, code="AAA")[0] == 0
    assert _init(capsys, monkeypatch, b, code="BBB")[0] == 0
    machine = tmp_path / "etc" / "sortapp.toml"
    machine.parent.mkdir()
    machine.write_text(f'# deployed by IT\ndatabase = "{pg_url}"\n', encoding="utf-8")
    monkeypatch.setenv("SORTAPP_CONFIG", str(machine))

    def site_code(*args: str) -> str:
        code, out, err = _cli(
            capsys, monkeypatch, *args, "--user", "boss", "site", "show", "--json",
            password=ADMIN_PASSWORD,
        )  # fmt: skip
        assert code == 0, err
        return str(json.loads(out)["code"])

    assert site_code() == "SRV"  # the machine file
    monkeypatch.setenv("SORTAPP_DB", a)
    assert site_code() == "AAA"  # SORTAPP_DB before the machine file
    assert site_code("--db", b) == "BBB"  # --db before both
    monkeypatch.setenv("SORTAPP_DB", pg_url)
    assert site_code("--db", a) == "AAA"


def test_default_database_falls_back_to_the_user_data_folder(monkeypatch, tmp_path):
    assert paths.default_database() == str(paths.data_dir() / "sortapp.db")
    machine = tmp_path / "sortapp.toml"
    monkeypatch.setenv("SORTAPP_CONFIG", str(machine))
    machine.write_text("[other]\nkey = 1\n", encoding="utf-8")
    assert paths.default_database() == str(paths.data_dir() / "sortapp.db")
    machine.write_text('database = "postgresql://db.plant:5432/sortapp"\n', encoding="utf-8")
    assert paths.default_database() == "postgresql://db.plant:5432/sortapp"
    assert paths.default_db_path() == paths.data_dir() / "sortapp.db"  # the app's, unchanged


def test_the_machine_file_is_site_config_sortapp_toml(monkeypatch):
    monkeypatch.delenv("SORTAPP_CONFIG")
    path = paths.machine_config_path()
    assert path.name == "sortapp.toml" and path.parent.name == "sortapp"


@pytest.mark.parametrize(
    ("text", "said"),
    [("database = [", "is not valid TOML"), ("database = 5", "database must be text")],
)
def test_a_broken_machine_file_is_a_clear_refusal(capsys, monkeypatch, tmp_path, text, said):
    machine = tmp_path / "sortapp.toml"
    machine.write_text(text, encoding="utf-8")
    monkeypatch.setenv("SORTAPP_CONFIG", str(machine))
    with pytest.raises(UserError, match=said):
        paths.default_database()
    code, out, err = _cli(capsys, monkeypatch, "--user", "boss", "stock")
    assert (code, out) == (1, "")
    assert err.startswith(f"sortapp: the machine configuration {machine}")


# -- what needs a file, and backups ---------------------------------------------------------------


def test_what_needs_a_file_is_refused_on_the_server(capsys, monkeypatch, tmp_path, pg_url):
    assert _init(capsys, monkeypatch, pg_url)[0] == 0
    base = ["--db", pg_url, "--user", "boss"]
    code, _, err = _cli(capsys, monkeypatch, *base, "restore", str(tmp_path / "x.db"))
    assert code == 1 and "restore replaces a database file" in err
    code, _, err = _cli(capsys, monkeypatch, "--db", pg_url, "demo")
    assert code == 1 and "demo writes a demo database file: give --db FILE" in err
    code, _, err = _cli(capsys, monkeypatch, *base, "--read-only", "stock")
    assert code == 1 and "--read-only opens a database file read-only" in err
    assert list(tmp_path.iterdir()) == []  # no file was made instead


def test_backup_on_a_server_without_archiving_says_what_to_set(capsys, monkeypatch, pg_url):
    assert _init(capsys, monkeypatch, pg_url)[0] == 0
    code, out, err = _cli(
        capsys, monkeypatch, "--db", pg_url, "--user", "boss", "backup", "now",
        password=ADMIN_PASSWORD,
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        f"sortapp: {KEEPS}WAL archiving is not configured: archive_mode is off (set it to on) "
        "and no archive_command or archive_library is set (set one of them) in postgresql.conf, "
        "then restart the server\n"
        "sortapp: hint: see docs/facility-server.md (backups and restore)\n"
    )


def test_backup_on_a_server_with_archiving_says_so(capsys, monkeypatch, tmp_path):
    from tests import pgserver  # noqa: PLC0415

    if pgserver.missing_reason():
        pytest.skip(pgserver.missing_reason() or "")
    archived = pgserver.start_server()  # a server of its own: archive_mode needs a restart
    try:
        with psycopg.connect(archived.owner_url(), autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET archive_mode = on")
            conn.execute("ALTER SYSTEM SET archive_command = 'true'")
            conn.execute('CREATE DATABASE site TEMPLATE template0 LC_COLLATE "C" LC_CTYPE "C"')
        archived._run(
            "pg_ctl", "-D", str(archived.data), "-l", str(archived.root / "server.log"),
            "-w", "-t", "60", "restart",
        )  # fmt: skip
        url = archived.owner_url("site")
        assert _init(capsys, monkeypatch, url)[0] == 0
        for command in (["backup", "now"], ["backup", "list"]):
            code, out, err = _cli(
                capsys, monkeypatch, "--db", url, "--user", "boss", *command,
                password=ADMIN_PASSWORD,
            )  # fmt: skip
            assert (code, err) == (0, "")
            assert out == f"{KEEPS}WAL archiving is on (archive_command 'true')\n"
    finally:
        archived.stop()
        archived.remove()


# -- migrate-to-server ----------------------------------------------------------------------------


def test_migrate_to_server_through_the_cli(capsys, monkeypatch, tmp_path, pg_url):
    file = tmp_path / "site.db"
    assert _init(capsys, monkeypatch, str(file))[0] == 0
    monkeypatch.setenv("SORTAPP_NEW_PASSWORD", PASSWORD)
    for user, args in _DAY[:12]:
        code, _, err = _cli(
            capsys, monkeypatch, "--db", str(file), "--user", user, *args,
            password=ADMIN_PASSWORD if user == "boss" else PASSWORD,
        )  # fmt: skip
        assert code == (1 if args[:2] == ["parcel", "seal"] and user == "dayop" else 0), err
    stock_on_file = _cli(capsys, monkeypatch, "--db", str(file), "--user", "dayop", "stock")
    before = hashlib.sha256(file.read_bytes()).hexdigest()

    move = ["--user", "boss", "migrate-to-server", str(file), pg_url]
    code, out, err = _cli(capsys, monkeypatch, *move, password=ADMIN_PASSWORD)
    assert code == 0, err
    lines = out.splitlines()
    where = pg_url.split("@", 1)[1]
    assert lines[0] == f"moved site KSF from {file} to {where}; the file was not changed"
    assert re.fullmatch(r"rows: \d+ in \d+ tables, each equal to the file's", lines[1])
    assert re.fullmatch(r"ledger: \d+ entries, last hash [0-9a-f]{64}", lines[2])
    assert re.fullmatch(r"audit chain of KSF: head [0-9a-f]{64}", lines[3])
    assert hashlib.sha256(file.read_bytes()).hexdigest() == before

    # dayop's role waits for a password: the admin sets it, as docs/facility-server.md says.
    code, _, err = _cli(
        capsys, monkeypatch, "--db", pg_url, "--user", "boss", "user", "password", "dayop",
        password=ADMIN_PASSWORD,
    )  # fmt: skip
    assert code == 0, err
    on_server = ["--db", _without_user(pg_url), "--user", "dayop"]
    assert _cli(capsys, monkeypatch, *on_server, "stock") == stock_on_file
    code, out, err = _cli(capsys, monkeypatch, *on_server, "verify")
    assert (code, err) == (0, ""), err
    assert out.startswith("verify: OK")

    code, out, err = _cli(capsys, monkeypatch, *move, password=ADMIN_PASSWORD)
    assert (code, out) == (1, "")
    assert "is not empty" in err and "nothing was changed" in err
    assert hashlib.sha256(file.read_bytes()).hexdigest() == before


def test_migrate_to_server_is_an_admin_s(capsys, monkeypatch, db_path, pg_url):
    code, out, err = _cli(
        capsys, monkeypatch, "--user", "olu", "migrate-to-server", str(db_path), pg_url
    )
    assert (code, out) == (1, "")
    assert err.startswith("sortapp: olu is operator; moving the site to the facility server needs")


def test_the_app_opens_the_machine_file_s_database_or_a_server(capsys, monkeypatch, tmp_path):
    import sortapp.cli  # noqa: PLC0415

    opened: list[Path | str] = []
    monkeypatch.setattr(sortapp.cli, "_open_app", lambda where: opened.append(where) or 0)
    machine = tmp_path / "sortapp.toml"
    machine.write_text(f'database = "{(tmp_path / "plant.db").as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("SORTAPP_CONFIG", str(machine))
    assert main([]) == 0
    assert main(["--db", "postgresql://db.plant:5432/sortapp"]) == 0
    assert opened == [tmp_path / "plant.db", "postgresql://db.plant:5432/sortapp"]  # kept whole
    assert capsys.readouterr().err == ""
