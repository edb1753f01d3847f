"""A seal or a void is checked before its summary is shown, by the rules it runs under: a
supervisor without the site key, a blank reason, a parcel that cannot be voided (issue 13)."""

from __future__ import annotations

import pytest

from sortapp.core.errors import PermissionDenied, UserError
from sortapp.services import parcels, site
from tests.conftest import make_sorted_lot

S5 = "S5-SAW-Q1-W"


@pytest.fixture
def draft(db, who):
    """Draft parcel P1 holding 60.000 ct of S5 from lot L1."""
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", S5, 60_000)
    return db


def _audit_count(db) -> int:
    return db.execute("SELECT count(*) FROM audit").fetchone()[0]


def test_a_seal_by_a_supervisor_without_the_site_key_is_refused_by_its_check(draft, who):
    keyless = site.actor_for(draft, "sue")  # not signed in: no key
    assert keyless.signer is None
    before = _audit_count(draft)
    with pytest.raises(PermissionDenied, match="sue does not hold the site key"):
        parcels.check_seal(draft, keyless, "P1", kp_cert="BW-9", seals=["S1"])
    assert _audit_count(draft) == before
    assert parcels.check_seal(draft, who.sam, "P1", kp_cert="BW-9", seals=["S1"]).mct == 60_000


@pytest.mark.parametrize(
    ("number", "reason", "fragment"),
    [
        ("P1", "  ", "reason: say why"),
        ("P2", "buyer cancelled", "parcel P2 is void; it cannot be voided"),
        ("P9", "buyer cancelled", "P9"),
    ],
)
def test_a_void_is_checked_without_writing(draft, who, number, reason, fragment):
    parcels.create_parcel(draft, who.olu, "P2", importer="X", destination="BE")
    parcels.void_parcel(draft, who.sam, "P2", "made in error")
    before = _audit_count(draft)
    with pytest.raises(UserError, match=fragment):
        parcels.check_void(draft, who.sam, number, reason)
    with pytest.raises(PermissionDenied):
        parcels.check_void(draft, who.olu, "P1", "buyer cancelled")
    with pytest.raises(PermissionDenied, match="sue does not hold the site key"):
        parcels.check_void(draft, site.actor_for(draft, "sue"), "P1", "buyer cancelled")
    checked = parcels.check_void(draft, who.sam, "P1", "buyer cancelled")
    assert (checked.number, checked.status, checked.mct) == ("P1", "draft", 60_000)
    assert _audit_count(draft) == before
    assert parcels.get_parcel(draft, "P1").status == "draft"
