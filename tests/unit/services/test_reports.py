"""services.reports: a print's copy number is allocated and recorded in one transaction."""

from __future__ import annotations

import json

import pytest

from sortapp.core.errors import KnownStorageError, UserError
from sortapp.services import reports, site
from sortapp.services.verify import audit_entries
from sortapp.storage.db import open_db
from tests.conftest import make_lot


def _copies(db, kind: str = "receipt") -> list[int]:
    entries = audit_entries(db, action=f"print.{kind}", limit=100)
    return sorted(json.loads(e.details)["copy"] for e in entries)


def test_a_print_holds_its_copy_number_until_it_is_recorded(db, db_path, who):
    """Two workstations, one interleaving: while the first paints its copy under the write
    lock, the second's preview guesses the same number, but it cannot take it: it waits (here:
    no waiting, so it is refused as busy) and gets the next number once the first commits."""
    make_lot(db, who.olu, "L1")
    other = open_db(db_path)
    try:
        other.conn.execute("PRAGMA busy_timeout = 0")
        ola = site.actor_for(other, "ola")
        seen = []

        def paint(copy: int) -> dict[str, int]:
            seen.append(copy)
            assert reports.print_count(other, "receipt", "L1") == 0  # a guess, not a number
            with pytest.raises(KnownStorageError, match="busy"):
                reports.record_print(other, ola, "receipt", "L1", {"printer": True})
            return {"pages": 1}

        assert reports.record_print(db, who.olu, "receipt", "L1", {"pdf": "a"}, then=paint) == 0
        assert seen == [0]
        assert reports.record_print(other, ola, "receipt", "L1", {"printer": True}) == 1
        assert reports.record_print(db, who.olu, "receipt", "L1", {"pdf": "b"}) == 2
    finally:
        other.close()
    assert _copies(db) == [0, 1, 2]
    first = audit_entries(db, action="print.receipt", limit=100)[-1]
    assert json.loads(first.details) == {"copy": 0, "pdf": "a", "pages": 1}


def test_a_print_that_fails_takes_no_number(db, who):
    make_lot(db, who.olu, "L1")

    def jammed(copy: int) -> None:
        raise UserError("the printer jammed")

    with pytest.raises(UserError, match="jammed"):
        reports.record_print(db, who.olu, "receipt", "L1", {}, then=jammed)
    assert _copies(db) == []
    assert reports.record_print(db, who.olu, "receipt", "L1", {}) == 0
    assert reports.record_print(db, who.olu, "manifest", "L1", {}) == 0  # per document
    assert _copies(db) == [0]
