"""On the facility server no user reads another user's password hash nor their wrap of the site
key (``pgschema.SECRET``): either would let a guess at that person's password be tried offline
as often as one likes. The rest of sortapp works on as before: sign-in, one's own password,
the key given to a supervisor, and verify, which hashes every protected row."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from sortapp.core import sitekey
from sortapp.core.errors import KnownStorageError, PermissionDenied
from sortapp.services import anchors, own_password, parcels, site
from sortapp.services.verify import verify
from sortapp.storage import anchors as anchors_sql
from sortapp.storage import integrity_pg, pg, pgschema, records, rowcover
from sortapp.storage.db import open_server, storage_errors, unreachable
from sortapp.storage.dbapi import Database
from sortapp.storage.pgschema import roles
from tests.conftest import PASSWORD, make_lot, make_sorted_lot
from tests.unit.services.test_server_roles import NOW_SQL

SECRETS = {("users", "password_hash"), ("site_key_wraps", "wrapped")}


@pytest.fixture
def psql(server_psql: Callable[[str], Any]) -> Callable[[str], Any]:
    """A raw connection as a user, as psql would make it (conftest's ``server_psql``)."""
    return server_psql


@pytest.fixture
def owner(pg_signed_site_url: str) -> Iterator[Database]:
    db = open_server(pg_signed_site_url)
    yield db
    db.close()


def _texts(owner: Database, table: str) -> dict[str, str]:
    """{key: text} of every row of ``table``, as the owner (who reads every column) makes them."""
    columns, key = rowcover.shape(owner, table)
    return dict(
        owner.execute(
            f"SELECT {pgschema.key_sql(key)}, {pgschema.text_sql(columns)} FROM {table}"
        ).fetchall()
    )


@pytest.mark.parametrize("name", ["olu", "sam", "admin"])
def test_no_user_reads_a_password_hash_or_a_wrap_of_the_key_even_with_psql(psql, name):
    conn = psql(name)
    for table, column in sorted(SECRETS):
        for sql in (f"SELECT {column} FROM {table}", f"SELECT * FROM {table}"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    # Every other column is read as before.
    names = [r[0] for r in conn.execute("SELECT name FROM users ORDER BY name")]
    assert names == ["admin", "ola", "olu", "sam", "sue"]
    assert conn.execute("SELECT count(*) FROM site_key_wraps").fetchone()[0] == 3


def test_the_view_gives_ones_own_row_and_only_the_hash_of_anothers(psql, owner):
    texts = _texts(owner, "users")
    conn = psql("olu")
    seen = dict(conn.execute("SELECT name, sortapp_text FROM sortapp_seen_users").fetchall())
    by_name = {
        name: texts[key]
        for key, name in owner.execute("SELECT '[' || id || ']', name FROM users").fetchall()
    }
    assert seen["olu"] == by_name["olu"]  # one's own row, hash and all
    assert '"password_hash":"scrypt$' in seen["olu"]
    for name in ("admin", "ola", "sam", "sue"):
        digest = hashlib.sha256(by_name[name].encode()).hexdigest()
        assert seen[name] == f"sha256:{digest}"
    # The same of the wraps: sam's own, the others' hashes.
    sam = psql("sam")
    wraps = _texts(owner, "site_key_wraps")
    seen_wraps = dict(
        sam.execute(
            "SELECT u.name, w.sortapp_text FROM sortapp_seen_site_key_wraps w "
            "JOIN users u ON u.id = w.user_id"
        ).fetchall()
    )
    sam_id = owner.execute("SELECT id FROM users WHERE name = 'sam'").fetchone()[0]
    assert seen_wraps["sam"] == wraps[f"[{sam_id}]"]
    for name in ("admin", "sue"):
        assert seen_wraps[name].startswith("sha256:") and '"wrapped"' not in seen_wraps[name]


def test_a_seals_digest_of_them_is_the_servers_of_every_column(psql, owner):
    """The digest a seal holds of a chunk of users (``rowcover.chunk_text_digest``), made by
    the server for a user's session, is the same as one made of every column."""
    conn = psql("olu")
    for table in pgschema.SECRET:
        columns, key = rowcover.shape(owner, table)
        array = integrity_pg.array(*(f'"{c}"' for c in (*key, *sorted(columns))))
        (text,) = owner.execute(
            f'SELECT string_agg({array}, chr(10) ORDER BY "{key[0]}") FROM {table}'
        ).fetchone()
        whole = hashlib.sha256(text.encode()).hexdigest()
        count = owner.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        got = conn.execute(f"SELECT n, digest FROM {pgschema.digest(table)}(NULL, NULL)")
        assert got.fetchone() == (count, whole)
        assert conn.execute(
            f"SELECT n, digest FROM {pgschema.digest(table)}(0, 4095)"
        ).fetchone() == (count, whole)  # (every id in the first chunk)


def test_a_change_of_anothers_row_notes_its_hash_not_its_text(psql):
    """The server's row-coverage trigger notes a changed row's text in the session's own
    table: of another user's row, an admin's session gets its hash only."""
    conn = psql("admin")
    with pytest.raises(RuntimeError, match="rolled back"), conn.transaction():
        conn.execute("UPDATE users SET active = active WHERE name IN ('sam', 'admin')")
        noted = dict(
            conn.execute(
                "SELECT c.key, c.old FROM pg_temp.rowcover_changes c WHERE c.tbl = 'users' "
                "AND c.old IS NOT NULL"
            ).fetchall()
        )
        raise RuntimeError("rolled back")
    assert len(noted) == 2
    kinds = sorted(old[:7] for old in noted.values())
    assert kinds == ["sha256:", '{"activ']  # sam's hashed, the admin's own row as it is
    assert not any("scrypt$" in old for old in noted.values() if old.startswith("sha256:"))


def test_verify_on_a_supervisors_sign_in_names_a_hash_changed_outside_sortapp(
    server_sign_in, owner
):
    db, sam = server_sign_in("sam")
    make_lot(db, sam, "L1")
    assert verify(db, sam, seal=True).ok  # every row read row by row, then sealed
    assert verify(db, sam).ok  # from the seal: its digests of users made by the server
    # The owner (or anyone holding the server's files) gives ola olu's password, its hash
    # copied over, unseen by row coverage.
    owner.execute("ALTER TABLE users DISABLE TRIGGER rowcover")
    owner.execute(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = 'olu') "
        "WHERE name = 'ola'"
    )
    owner.execute("ALTER TABLE users ENABLE TRIGGER rowcover")
    owner.conn.commit()
    for report in (verify(db, sam), verify(db, sam, full=True)):
        assert not report.ok
        assert any("user ola" in problem for problem in report.problems), report.problems


def test_sign_in_and_ones_own_password_on_ones_own_session(server_sign_in, pg_signed_site_url):
    db, olu = server_sign_in("olu")
    assert records.get_user(db, "olu")["password_hash"].startswith("scrypt$")
    assert records.get_user(db, "sam")["password_hash"] is None  # (another's: not read)
    own_password.change_own_password(db, olu, PASSWORD, "a new passphrase for olu")
    server_sign_in("olu", "a new passphrase for olu")
    sam_db, sam = server_sign_in("sam")
    assert sam.signer is not None  # sam's own wrap opened
    assert verify(sam_db, sam).ok


def test_a_key_is_given_on_a_server_with_the_grantees_own_password(server_sign_in):
    admin_db, admin = server_sign_in("admin")
    site.set_user(admin_db, admin, "olu", role="supervisor")  # (no wrap: a holder gives it)
    _olu_db, olu = server_sign_in("olu")
    assert olu.signer is None
    sam_db, sam = server_sign_in("sam")
    with pytest.raises(PermissionDenied, match="wrong password for 'olu'"):
        anchors.grant(sam_db, sam, "olu", "not olu's password")
    with pytest.raises(PermissionDenied, match="wrong password for 'nobody'"):
        anchors.grant(sam_db, sam, "nobody", PASSWORD)
    anchors.grant(sam_db, sam, "olu", PASSWORD)
    _db, olu = server_sign_in("olu")
    public = anchors_sql.site_key(sam_db)["public_key"]
    assert olu.signer is not None and sitekey.public_of(olu.signer) == public
    assert "olu" in anchors_sql.holders(sam_db)
    # An admin's session adds a supervisor (a wrap made) and sets a holder's password (their
    # wrap made again), neither reading another's wrap.
    site.add_user(admin_db, admin, "vic", "supervisor", PASSWORD)
    site.change_password(admin_db, admin, "sam", "a new passphrase for sam")
    for name, password in (("vic", PASSWORD), ("sam", "a new passphrase for sam")):
        _db, actor = server_sign_in(name, password)
        assert actor.signer is not None and sitekey.public_of(actor.signer) == public
    assert verify(admin_db, admin).ok


def test_a_holder_cannot_move_anothers_wrap_onto_their_own_id_to_read_it(psql, owner):
    """A review's attack: sam dropped his own wrap, moved sue's onto his id (the view shows
    one's own in full) and rolled back, leaving nothing; a wrap's user is no longer changed."""
    ids = dict(owner.execute("SELECT name, id FROM users").fetchall())
    sam = psql("sam")
    with pytest.raises(psycopg.errors.InsufficientPrivilege), sam.transaction():
        sam.execute("DELETE FROM site_key_wraps WHERE user_id = %s", (ids["sam"],))
        sam.execute(
            "UPDATE site_key_wraps SET user_id = %s WHERE user_id = %s", (ids["sam"], ids["sue"])
        )
    assert owner.execute("SELECT count(*) FROM site_key_wraps").fetchone()[0] == 3


def test_the_owners_trigger_functions_are_no_one_elses_to_call(psql):
    """A review's attack: the functions that keep the balances run as the owner; an operator's
    trigger on a table of their own called one and wrote 123.456 ct into a lot's balance."""
    olu = psql("olu")
    olu.execute(
        "CREATE TEMP TABLE p (place text, lot_id bigint, category_id bigint, parcel_id bigint, "
        "loss_type text, mct bigint, stones bigint)"
    )
    for function in (
        "postings_to_balances",
        "postings_to_category_stock",
        "sort_entries_guard",
        "lots_to_uncounted_lines",
        "balances_to_stock_lines",
        "uncounted_lines_to_stock_lines",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="function"):
            olu.execute(
                f"CREATE TRIGGER t AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION {function}()"
            )


def test_a_table_locked_and_held_by_a_user_leaves_others_busy_not_waiting(
    psql, server_sign_in, pg_signed_site_url, monkeypatch
):
    """An attack round's: an operator's ``LOCK TABLE site_key_wraps`` (a table they may delete
    their own wrap from), held open, left every key holder's sign-in waiting with no end. Every
    statement now waits ``LOCK_WAIT_S`` at most and is refused as busy."""
    monkeypatch.setattr(pg, "LOCK_WAIT_S", 1)
    olu = psql("olu")
    olu.execute("BEGIN")
    olu.execute("LOCK TABLE site_key_wraps IN ACCESS EXCLUSIVE MODE")
    db = open_server(pg_signed_site_url, user="sam", password=PASSWORD)
    try:  # (as the app signs in: a failure of the environment said in a sentence)
        with pytest.raises(KnownStorageError, match="busy") as refused, storage_errors():
            site.login(db, "sam", PASSWORD)
    finally:
        db.close()
    assert refused.value.code == "server_busy"
    olu.execute("ROLLBACK")
    _db, sam = server_sign_in("sam")
    assert sam.signer is not None


def test_a_parcels_later_steps_name_their_own_user(psql, server_sign_in, owner):
    """An attack round's: a supervisor sealed, shipped and voided parcels in another's name
    (``sealed_by`` and the like), and verify said OK; the server refuses it now."""
    db, sam = server_sign_in("sam")
    make_sorted_lot(db, sam, "L1")
    parcels.create_parcel(db, sam, "P1", importer="Antwerp Rough NV", destination="BE")
    parcel = owner.execute("SELECT id FROM parcels WHERE number = 'P1'").fetchone()[0]
    ids = dict(owner.execute("SELECT name, id FROM users").fetchall())
    conn = psql("sam")
    for column in ("sealed_by", "shipped_by", "voided_by"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=f"parcels.{column}"):
            conn.execute(f"UPDATE parcels SET {column} = %s WHERE id = %s", (ids["sue"], parcel))
    conn.execute("UPDATE parcels SET sealed_by = %s WHERE id = %s", (ids["sam"], parcel))


def test_no_user_holds_every_connection_of_the_server(pg_server, pg_signed_site_url):
    """An attack round's: one operator opened connections until the server had none left, and
    every workstation was told the server could not be reached."""
    database = pg_signed_site_url.rsplit("/", 1)[1]
    opened = []
    try:
        with pytest.raises(psycopg.OperationalError, match="too many connections for role"):
            for _n in range(roles.USER_CONNECTIONS + 1):
                opened.append(psycopg.connect(pg_server.url(database, "olu", PASSWORD)))
        assert len(opened) == roles.USER_CONNECTIONS
        psycopg.connect(pg_server.url(database, "ola", PASSWORD)).close()  # others still can
        # sortapp says so in a sentence, not as a lost server (which would take it offline).
        with pytest.raises(KnownStorageError, match="refuses olu another connection") as said:
            open_server(pg_signed_site_url, user="olu", password=PASSWORD)
        assert said.value.code == "server_connections" and not unreachable(said.value)
    finally:
        for conn in opened:
            conn.close()


def test_no_user_takes_an_id_far_ahead_nor_changes_one(psql, server_sign_in, owner):
    """An attack round's: an operator's audit entry under the largest bigint made every later
    action's id (the largest plus one) overflow, the facility stopped for good (the entry no
    one may delete). A user's new rows take the ids after the last; no id is changed."""
    olu = psql("olu")
    last = owner.execute("SELECT max(id) FROM audit").fetchone()[0]
    for planted in (9223372036854775807, last + 2):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="takes the id after"):
            olu.execute(
                'INSERT INTO audit (id, uid, site, at, "user", action, object, details, rows, '
                "prev_hash, hash) VALUES (%s, 'KSF-x', 'KSF', " + NOW_SQL + ", 'olu', "
                "'login', 'olu', '{}', '', 'x', 'y')",
                (planted,),
            )
    sam = psql("sam")
    db, sue = server_sign_in("sue")
    make_lot(db, sue, "L1")  # (sortapp's own rows follow, and actions go on)
    parcels.create_parcel(db, sue, "P1", importer="Antwerp Rough NV", destination="BE")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="keeps its id"):
        sam.execute("UPDATE parcels SET id = 9223372036854775807 WHERE number = 'P1'")
