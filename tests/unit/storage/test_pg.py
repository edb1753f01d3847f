"""The facility server's connection behaves as storage expects of SQLite's."""

from __future__ import annotations

import psycopg
import pytest

from sortapp.core.errors import KnownStorageError, PermissionDenied
from sortapp.storage import pg
from sortapp.storage.db import open_server


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s"),
        ("INSERT INTO t VALUES (:id, :name_2)", "INSERT INTO t VALUES (%(id)s, %(name_2)s)"),
        ("SELECT '?', 'it''s :x', \"a?b\" FROM t", "SELECT '?', 'it''s :x', \"a?b\" FROM t"),
        (
            "SELECT x::text, y FROM t WHERE z LIKE 'a%' || ?",
            "SELECT x::text, y FROM t WHERE z LIKE 'a%%' || %s",
        ),
        ("SELECT 10 % 3", "SELECT 10 %% 3"),
        ("SELECT '12:30'", "SELECT '12:30'"),
        (
            "SELECT a FROM t INDEXED BY t_a JOIN u indexed  by u_x ON 1 WHERE n = 'INDEXED BY x'",
            "SELECT a FROM t  JOIN u  ON 1 WHERE n = 'INDEXED BY x'",
        ),
        ("SELECT reindexed by_x FROM t", "SELECT reindexed by_x FROM t"),
        (
            "SELECT a FROM t NOT INDEXED, u not  indexed WHERE n = 'NOT INDEXED' AND m NOT IN (1)",
            "SELECT a FROM t , u  WHERE n = 'NOT INDEXED' AND m NOT IN (1)",
        ),
        ("SELECT not_indexed, knot indexedx FROM t", "SELECT not_indexed, knot indexedx FROM t"),
    ],
)
def test_placeholders_are_translated_outside_quotes(sqlite, postgresql):
    assert pg.translate(sqlite) == postgresql


def test_statements_read_back_as_from_sqlite(pg_url):
    db = pg.connect(pg_url)
    try:
        assert db.dialect == "postgresql"
        assert not db.table("t").exists()
        db.execute("CREATE TABLE t (id bigint PRIMARY KEY, name text, mct bigint)")
        assert db.table("t").exists()
        db.execute("INSERT INTO t VALUES (?, ?, ?)", (1, "a", 10_500))
        db.execute("INSERT INTO t VALUES (:id, :name, :mct)", {"id": 2, "name": "b", "mct": 1})
        db.conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(3, "c", 2), (4, "d", 3)])
        total = db.execute("SELECT sum(mct), count(*) FROM t").fetchone()
        assert total == (10_506, 4) and type(total[0]) is int  # numeric, as a whole int
        with pytest.raises(ValueError, match="a fraction"):
            db.execute("SELECT sum(mct) / 4.0 FROM t").fetchone()
        rows = db.execute("SELECT id, name FROM t WHERE name > ? ORDER BY id", ("a",))
        assert [d[0] for d in rows.description] == ["id", "name"]
        assert rows.fetchall() == [(2, "b"), (3, "c"), (4, "d")]
    finally:
        db.close()


def test_transactions_and_savepoints_mean_what_they_mean_on_sqlite(pg_url):
    db = pg.connect(pg_url)
    try:
        db.execute("CREATE TABLE t (id bigint PRIMARY KEY)")
        assert not db.conn.in_transaction  # autocommit: storage says BEGIN itself
        db.conn.execute("BEGIN")
        assert db.conn.in_transaction
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("the savepoint's part goes")
        with db.atomic():
            db.execute("INSERT INTO t VALUES (3)")
        db.conn.rollback()
        assert not db.conn.in_transaction
        assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)
        db.conn.execute("BEGIN")
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("only the savepoint's part goes")
        db.conn.commit()
        assert db.execute("SELECT id FROM t").fetchall() == [(1,)]
    finally:
        db.close()


def test_server_urls_are_told_from_files():
    assert pg.is_server_url("postgresql://host:5432/site")
    assert pg.is_server_url("postgres://host/site")
    assert not pg.is_server_url("/data/site.sortapp")
    assert not pg.is_server_url("C:\\data\\postgresql.sortapp")


def test_a_database_not_sorted_by_code_point_is_refused(pg_server):
    with psycopg.connect(pg_server.owner_url(), autocommit=True) as admin:
        admin.execute(
            "CREATE DATABASE wrong_collation TEMPLATE template0 "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    try:
        with pytest.raises(KnownStorageError, match="not by code point") as refused:
            open_server(pg_server.owner_url("wrong_collation"), upgrade=True)
        assert refused.value.code == "server_collation"
        with psycopg.connect(pg_server.owner_url("wrong_collation")) as conn:
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            assert tables.fetchone() == (0,)  # refused before any schema was made
    finally:
        with psycopg.connect(pg_server.owner_url(), autocommit=True) as admin:
            admin.execute("DROP DATABASE wrong_collation WITH (FORCE)")


def test_a_refused_sign_in_and_a_missing_database_are_told_apart(pg_server):
    host = pg_server.url().split("@", 1)[1]
    with pytest.raises(
        PermissionDenied, match=r"^the server refused the sign-in: unknown user"
    ) as no:
        open_server(f"postgresql://{host}", user="nobody_here", password="x")
    assert "nobody_here" not in str(no.value)  # (the name typed: maybe a password, not said)
    with pytest.raises(KnownStorageError, match="no database no_such_db") as missing:
        open_server(pg_server.owner_url("no_such_db"))
    assert missing.value.code == "server_no_database"
