"""The benchmark history builder keeps working (and every invariant holds on what it builds)."""

from __future__ import annotations

from benchmarks import make_history
from sortapp.core import clock
from sortapp.services import anchors, site
from sortapp.services.verify import verify
from sortapp.storage import integrity
from sortapp.storage.db import open_db


def test_a_tiny_history_builds_and_verifies(tmp_path):
    path = tmp_path / "history.db"
    assert make_history.build(path, years=2, lots_per_year=100, quiet=True)
    db = open_db(path)
    try:
        counts = {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("lots", "parcels", "postings", "certificates")
        }
        assert counts["lots"] == 200 and counts["parcels"] >= 40
        assert counts["postings"] > 3_000 and counts["certificates"] == counts["parcels"]
        years = {r[0] for r in db.execute("SELECT DISTINCT substr(at, 1, 4) FROM journal")}
        assert len(years) >= 2  # the simulated clock spreads the history
        # Its closing verify sealed it, and a key holder signed the seal: plain verify trusts it.
        assert anchors.anchored_seal(db) == integrity.latest_seal(db) is not None
        assert verify(db).ok
    finally:
        db.close()
    assert clock.source() is clock.system  # the real clock is back


def test_a_history_built_without_a_seal_has_none_until_its_first_verify(tmp_path):
    """``--no-seal``: the history as one never verified, for timing a first verify."""
    path = tmp_path / "history.db"
    assert make_history.build(path, years=2, lots_per_year=50, quiet=True, seal=False)
    db = open_db(path)
    try:
        assert integrity.latest_seal(db) is None
        admin = site.login(db, "admin", make_history.PASSWORD)
        assert verify(db, admin, seal=True).ok
        assert anchors.anchored_seal(db) == integrity.latest_seal(db) is not None
    finally:
        db.close()
