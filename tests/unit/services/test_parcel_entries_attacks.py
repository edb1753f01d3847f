"""A sealed parcel's signed entries written around sortapp's own by a supervisor holding the
site key (an attack round, 2026-12-07): each passed `verify`, and changed what the sealed
parcel's documents state. On the facility server the owner's session writes them here (what
the server's guards would refuse of a user is written, and verify must name it)."""

from __future__ import annotations

from sortapp.core.clock import utc_now
from sortapp.services import parcels
from sortapp.services.audit import record
from sortapp.services.verify import verify
from sortapp.storage import dbapi
from sortapp.storage import parcels as parcels_sql
from sortapp.storage.db import transaction
from tests.conftest import pack_parcel_for_antwerp


def _sealed(db, who) -> int:
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sue, "P1", kp_cert="BW-9", seals=["S1"])
    assert verify(db, who.sam).ok
    return int(db.execute("SELECT id FROM parcels WHERE number = 'P1'").fetchone()[0])


def test_a_second_seal_entry_of_a_sealed_parcel_is_named_by_verify(db, who):
    """sam appended a second signed parcel.seal entry for sue's sealed P1, its certificate
    and fingerprint kept, another valuation rule and invoice terms: the manifest said the
    government valuation, the invoice "free of charge", and "Sealed by: sam"."""
    _sealed(db, who)
    entry = parcels.seal_entry(db, "P1")
    assert entry is not None
    details = {**entry[1], "valuation_rule": "government"}
    with transaction(db):
        record(db, who.sam, "parcel.seal", "P1", details)
    found = verify(db, who.sam)
    assert "parcel P1: a later parcel.seal entry records it again" in " ".join(found.problems)


def test_a_valuation_of_a_sealed_parcel_is_named_by_verify(db, who):
    """sam valued sealed P1 (on a file, its guard trigger dropped for the moment; on the
    server, inserted while P1 was a draft and committed after its seal) with a signed entry:
    the valuation sheet printed it, and the certificate's value statement followed it."""
    parcel_id = _sealed(db, who)
    table = "valuations"
    guard = "valuations_guard_draft"
    with transaction(db):
        if dbapi.sqlite(db):
            made = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (guard,)).fetchone()[
                0
            ]
            db.execute(f"DROP TRIGGER {guard}")
        else:
            db.execute(f"ALTER TABLE {table} DISABLE TRIGGER {guard}")
        parcels_sql.insert_valuation(
            db,
            {
                "parcel_id": parcel_id,
                "valuer": "government",
                "value_cents": 100,
                "user_id": who.sam.user_id,
                "at": utc_now(),
            },
        )
        if dbapi.sqlite(db):
            db.execute(made)
        else:
            db.execute(f"ALTER TABLE {table} ENABLE TRIGGER {guard}")
        record(db, who.sam, "parcel.valuation", "P1", {"valuer": "government", "value_cents": 100})
    assert parcels.valuation_records(db, "P1")["government"]["value_cents"] == 100
    found = verify(db, who.sam)
    assert "parcel P1: a parcel.valuation entry after its seal" in " ".join(found.problems)
