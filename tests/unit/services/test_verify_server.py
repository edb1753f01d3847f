"""verify on the facility server: what only a server has (its schema's catalog, grants, row
security and foreign keys) checked as sortapp made it. The checks both backends share run in
test_verify.py on both."""

from __future__ import annotations

import json
import threading

import psycopg
import pytest

from sortapp.services import verify
from sortapp.storage import integrity_pg, pg, pgschema
from sortapp.storage.db import open_server
from sortapp.storage.pgschema import expected
from tests.conftest import Actors, make_sorted_lot
from tests.forger import tamper


@pytest.fixture
def sdb(pg_site_url):
    """The test site on the server, on its owner's connection (who can alter the schema)."""
    db = open_server(pg_site_url)
    yield db
    db.close()


def test_the_expected_schema_is_what_the_steps_make(pg_url):
    db = open_server(pg_url, upgrade=True)
    try:
        made = {tuple(row[:2]): row[2] for row in expected.listing(db)}
    finally:
        db.close()
    pinned = pgschema.expected_schema()
    assert made.keys() == pinned.keys(), (
        "run: python -m sortapp.storage.pgschema.expected URL (see its docstring)",
        sorted(made.keys() ^ pinned.keys()),
    )
    assert [k for k in made if made[k] != pinned[k]] == []


def test_a_sound_site_verifies(sdb):
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    report = verify.verify(sdb)
    assert report.ok, report.problems
    assert report.checked["ledger entries"] > 0


@pytest.mark.parametrize(
    ("change", "expected_problem"),
    [
        # A protective trigger switched off by someone with the owner's rights.
        (
            "ALTER TABLE journal DISABLE TRIGGER journal_no_update",
            "schema: trigger journal.journal_no_update differs from sortapp's",
        ),
        # A grant widened: operators may now rewrite the audit log.
        (
            "GRANT UPDATE ON audit TO sortapp_operator",
            "schema: table audit differs from sortapp's",
        ),
        # Row security switched off on a table that has it.
        (
            "ALTER TABLE users DISABLE ROW LEVEL SECURITY",
            "schema: table users differs from sortapp's",
        ),
        # A guard's body replaced by one that lets everything through.
        (
            "CREATE OR REPLACE FUNCTION sortapp_refuse() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RETURN NULL; END $$",
            "schema: function sortapp_refuse() differs from sortapp's",
        ),
        # An object added beside sortapp's.
        (
            "CREATE TABLE notes (id bigint)",
            "schema: table notes is not sortapp's (added outside sortapp)",
        ),
        ("DROP INDEX audit_by_object", "schema: index audit_by_object is missing"),
    ],
)
def test_a_schema_changed_outside_sortapp_is_named(sdb, change, expected_problem):
    sdb.execute(change)
    problems = verify.verify(sdb).problems
    assert any(p.startswith(expected_problem) for p in problems), problems
    assert problems[-1] == "the other checks were not run: the schema must be sortapp's first"


def test_rows_pointing_at_missing_rows_are_counted(sdb):
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    assert integrity_pg.foreign_key_problems(sdb) == 0
    sdb.execute("BEGIN")
    sdb.execute("ALTER TABLE lot_origins DROP CONSTRAINT lot_origins_lot_id_fkey")
    sdb.execute("ALTER TABLE lot_origins DISABLE TRIGGER USER")
    sdb.execute("UPDATE lot_origins SET lot_id = 9999")
    sdb.execute("COMMIT")
    assert integrity_pg.foreign_key_problems(sdb) == 0  # (its key is gone: nothing to check)
    sdb.execute("ALTER TABLE lot_origins ADD FOREIGN KEY (lot_id) REFERENCES lots(id) NOT VALID")
    assert integrity_pg.foreign_key_problems(sdb) == 1


def test_the_checks_run_in_two_lanes_on_one_snapshot(sdb, monkeypatch):
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    lanes: dict[int, set[str]] = {}
    seen: list[tuple[str, str]] = []
    run = verify._run

    def spy(db, task, full, scope, anchoring):
        # Each lane's connection: who it is and which snapshot it reads (the same transaction
        # snapshot on both: pg_current_snapshot of an imported one equals the exporter's).
        seen.append(
            tuple(db.execute("SELECT session_user, pg_current_snapshot()::text").fetchone())
        )
        lanes.setdefault(id(db), set()).update(task)
        return run(db, task, full, scope, anchoring)

    monkeypatch.setattr(verify, "_run", spy)
    report = verify.verify(sdb)
    assert report.ok, report.problems
    assert len(lanes) == 2  # this connection and its sibling
    assert set().union(*lanes.values()) == set(verify._ORDER)  # every check, once
    assert len(set(seen)) == 1  # one role, one snapshot


def test_a_write_during_verify_is_not_seen_by_either_lane(sdb, pg_site_url, monkeypatch):
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    other = open_server(pg_site_url)
    run = verify._run
    lots_seen = []
    once = threading.Lock()

    def spy(db, task, full, scope, anchoring):
        with once:
            if not lots_seen:  # another workstation commits after the snapshot was taken
                make_sorted_lot(other, Actors(other).ola, "L2")
            lots_seen.append(db.execute("SELECT count(*) FROM lots").fetchone()[0])
        return run(db, task, full, scope, anchoring)

    monkeypatch.setattr(verify, "_run", spy)
    try:
        report = verify.verify(sdb)
    finally:
        other.close()
    assert report.ok, report.problems
    assert set(lots_seen) == {1}  # both lanes read the snapshot of before L2
    assert sdb.execute("SELECT count(*) FROM lots").fetchone()[0] == 2


def test_the_log_read_in_batches_is_read_whole(sdb, monkeypatch):
    """The passes over the log read a batch of ids at a time (``dbapi.in_batches``): with
    batches of 3, every entry is still checked, and one changed entry is still named."""
    from sortapp.storage import dbapi  # noqa: PLC0415

    monkeypatch.setattr(dbapi, "BATCH", 3)
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    entries = sdb.execute("SELECT count(*) FROM audit").fetchone()[0]
    report = verify.verify(sdb, full=True)
    assert report.ok, report.problems
    assert report.checked["audit entries"] == entries > 3
    tamper(sdb, "UPDATE audit SET \"user\" = 'mallory' WHERE id = 5")
    assert (
        "audit entry KSF-A5: its content does not match its hash"
        in verify.verify(sdb, full=True).problems
    )


def test_the_run_bounds_are_read_in_the_snapshot_its_checks_read(sdb, pg_site_url, monkeypatch):
    """A lot sorted on another workstation just after the run read its bounds is read by no
    check: the run is still of one snapshot, and seals it (had the checks read the lot, the
    rows' part of the seal would end past the others', and no seal be made)."""
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    other = open_server(pg_site_url)
    scope_of = verify._scope
    bounds = []

    def scope_then_a_write(db, full, sealing=False):
        scope = scope_of(db, full, sealing)
        bounds.append(scope.upto["audit"])
        make_sorted_lot(other, Actors(other).ola, "L2")
        return scope

    monkeypatch.setattr(verify, "_scope", scope_then_a_write)
    seals = "SELECT details FROM audit WHERE action = 'verify.seal' ORDER BY id"
    try:
        report = verify.verify(sdb, who.sam, seal=True)
    finally:
        other.close()
    assert report.ok, report.problems
    (details,) = [json.loads(row[0]) for row in sdb.execute(seals)]
    assert details["audit"]["upto"] == bounds[0]
    assert details["rows"]["upto"] == bounds[0]
    assert sdb.execute("SELECT count(*) FROM lots").fetchone()[0] == 2


def _until_running(url: str, statement: str) -> None:
    """Wait (on a connection of its own, 60 s at most) until a session runs ``statement``."""
    watcher = open_server(url)
    try:
        for _ in range(6000):
            (running,) = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = ?",
                (statement,),
            ).fetchone()
            if running:
                return
            threading.Event().wait(0.01)
        raise AssertionError(f"{statement} never ran")
    finally:
        watcher.close()


def _stopped_run(sdb, actor, stop) -> tuple[threading.Thread, list[BaseException]]:
    """A sealing verify of ``sdb`` under ``stop``, begun in a thread; what it raised."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            verify.verify(sdb, actor, seal=True, stop=stop)
        except BaseException as exc:
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, raised


LONG = "SELECT pg_sleep(600)"


def _run_long(db, seen: list[str]) -> None:
    """Run ``LONG``; note whether it was canceled or ran to its end."""
    try:
        db.execute(LONG).fetchone()
    except psycopg.errors.QueryCanceled:
        seen.append("canceled")
        raise
    seen.append("ran to its end")


def test_a_stop_cancels_the_statement_the_server_is_running(sdb, pg_site_url, monkeypatch):
    """The window closing as a verify runs on the server: the statement under way (here one
    of ten minutes) is canceled, the run raises ``Stopped`` and records nothing."""
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    seen: list[str] = []

    def check(db, _report, *_args, **_kwargs) -> None:
        _run_long(db, seen)

    monkeypatch.setattr(verify, "_check_structure", check)
    entries = sdb.execute("SELECT count(*) FROM audit").fetchone()[0]
    stop = verify.Stop()
    thread, raised = _stopped_run(sdb, who.sam, stop)
    _until_running(pg_site_url, LONG)
    stop.stop()
    thread.join(60)
    assert not thread.is_alive()
    assert seen == ["canceled"]
    assert [type(exc) for exc in raised] == [verify.Stopped]
    assert sdb.execute("SELECT count(*) FROM audit").fetchone()[0] == entries


def test_a_stop_between_the_look_and_the_statement_still_ends_the_statement(sdb, monkeypatch):
    """A stop made in the instant after a statement's look at it and before the statement
    reaches the server: the first cancel finds nothing under way, and the statement (here one
    of ten minutes) is canceled by the next, not run to its end."""
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    stop, seen = verify.Stop(), []
    asked = threading.Event()
    cancel = pg._Connection.cancel

    def counted(conn) -> None:
        cancel(conn)
        asked.set()

    monkeypatch.setattr(pg._Connection, "cancel", counted)

    def check(db, _report, *_args, **_kwargs) -> None:
        look = db.conn.before

        def look_then_stop() -> None:
            look()  # (not stopped yet: the statement may go)
            stop.stop()
            assert asked.wait(30)  # (the first cancel made, with nothing under way to end)

        db.conn.before = look_then_stop
        _run_long(db, seen)

    monkeypatch.setattr(verify, "_check_structure", check)
    thread, raised = _stopped_run(sdb, who.sam, stop)
    thread.join(60)
    assert not thread.is_alive()
    assert seen == ["canceled"]
    assert [type(exc) for exc in raised] == [verify.Stopped]
    monkeypatch.undo()
    assert verify.verify(sdb).ok  # (the connection as usable as before: no cancel left over)


def test_a_statement_begun_after_the_stop_is_not_sent(sdb, monkeypatch):
    """A stop made between two statements (none under way: the cancel ends nothing): the next
    one a check begins is not sent to the server."""
    who = Actors(sdb)
    make_sorted_lot(sdb, who.olu, "L1")
    stop, seen = verify.Stop(), []

    def check(db, _report, *_args, **_kwargs) -> None:
        stop.stop()
        db.execute(LONG).fetchone()
        seen.append("ran to its end")

    monkeypatch.setattr(verify, "_check_structure", check)
    with pytest.raises(verify.Stopped) as stopped:
        verify.verify(sdb, who.sam, seal=True, stop=stop)
    assert seen == []
    # Not sent (then canceled by the stop's next ask, QueryCanceled its cause): refused here.
    assert stopped.value.__cause__ is None
    monkeypatch.undo()
    assert verify.verify(sdb).ok  # (the connection as usable as before)
