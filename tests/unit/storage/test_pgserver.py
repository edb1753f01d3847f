"""The throwaway PostgreSQL server the tests start (tests/pgserver.py) is what a facility's
would be: unprivileged, SCRAM passwords, C collation, loopback only."""

from __future__ import annotations

import os

import psycopg
import pytest

from tests import pgserver


def test_the_server_runs_unprivileged_and_wants_a_password(pg_server):
    with psycopg.connect(pg_server.owner_url()) as conn:
        owner_uid = os.stat(pg_server.data).st_uid
        assert owner_uid != 0  # PostgreSQL refuses root; CI runs as root
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        assert int(version) >= 150000
        assert conn.execute("SHOW password_encryption").fetchone()[0] == "scram-sha-256"
        assert conn.execute("SHOW listen_addresses").fetchone()[0] == "127.0.0.1"
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(pg_server.url(), connect_timeout=5).close()
    wrong = pg_server.url(password="not the password")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(wrong, connect_timeout=5).close()


def test_each_test_gets_a_fresh_database_with_c_collation(pg_url):
    with psycopg.connect(pg_url) as conn:
        collate, encoding = conn.execute(
            "SELECT datcollate, pg_encoding_to_char(encoding) FROM pg_database "
            "WHERE datname = current_database()"
        ).fetchone()
        assert (collate, encoding) == ("C", "UTF8")
        tables = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()[0]
        assert tables == 0
        # C collation orders by code point, as SQLite's BINARY does: hashes over sorted text
        # come out the same on both.
        ordered = conn.execute(
            "SELECT x FROM (VALUES ('b'), ('B'), ('a'), ('É'), ('_')) v(x) ORDER BY x"
        ).fetchall()
        assert [r[0] for r in ordered] == ["B", "_", "a", "b", "É"]


def test_without_server_binaries_the_reason_is_named(monkeypatch, tmp_path):
    monkeypatch.setenv("PG_BINDIR", str(tmp_path))
    assert pgserver.server_bindir() is None
    assert "postgresql-15" in pgserver.missing_reason()
