"""A client's request id in its action's audit entries: what tells, after a connection lost while
committing, whether the action was recorded (issue 12)."""

from __future__ import annotations

import json

from sortapp.services import audit
from sortapp.storage import audit as audit_sql
from tests.conftest import make_lot


def _details(db, entry_id: int) -> dict:
    return json.loads(audit_sql.details_of(db, entry_id) or "null")


def test_an_action_inside_a_request_carries_its_id_and_is_found_recorded(db, who):
    with audit.request("0f3c9e1d2b7a4c5e8f6a1b2c3d4e5f60") as asked:
        make_lot(db, who.olu, "L1")
    assert asked.entry is not None
    assert _details(db, asked.entry)["request"] == "0f3c9e1d2b7a4c5e8f6a1b2c3d4e5f60"
    assert audit.recorded(db, asked)


def test_without_a_request_the_details_are_as_before(db, who):
    make_lot(db, who.olu, "L1")
    last = db.execute("SELECT max(id) FROM audit").fetchone()[0]
    assert "request" not in _details(db, last)


def test_an_entry_of_another_request_or_none_at_all_is_not_recorded(db, who):
    with audit.request("a" * 32) as first:
        make_lot(db, who.olu, "L1")
    # A commit that never happened: the id its entry would have had went to someone else's.
    lost = audit.Request("b" * 32, entry=first.entry)
    assert not audit.recorded(db, lost)
    never = audit.Request("c" * 32, entry=(first.entry or 0) + 1)  # no such entry yet
    assert not audit.recorded(db, never)
    assert not audit.recorded(db, audit.Request("d" * 32))  # no entry was reached


def test_the_request_id_is_hashed_as_any_detail(db, who):
    with audit.request("e" * 32) as asked:
        make_lot(db, who.olu, "L1")
    row = db.execute(
        'SELECT prev_hash, uid, site, at, "user", action, object, details, rows, hash '
        "FROM audit WHERE id = ?",
        (asked.entry,),
    ).fetchone()
    *fields, digest = row
    assert audit_sql.audit_hash(*fields) == digest
    assert '"request":"' + "e" * 32 + '"' in fields[7]
