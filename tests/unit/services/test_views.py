"""One view of a parcel and of a lot (``services.views``) feeds the sealed parcel's fingerprint,
the transfer file body and the CLI's JSON; what each of them holds is pinned here byte for byte,
as the code computed it before the three were derived from the one view (sealed parcels and
signed transfer files must still verify and import)."""

from __future__ import annotations

import hashlib
import json

import pytest

from sortapp.cli import main
from sortapp.core.canonical import canonical_json
from sortapp.services import parcels, settings, sorting, transfers
from tests.conftest import PASSWORD, make_lot

#: A made-up public key: the body is pinned, not signed.
KEY = "ab" * 32


@pytest.fixture
def sealed(db, who):
    """Parcel P1: two lots (BW, NA), three lines, a price override and a valuation, sealed with
    fixed dates under KP certificate BW-77 with its seals given out of order."""
    for number, country in (("L1", "BW"), ("L2", "NA")):
        # (Counted in at 500 stones, as make_sorted_lot's lots were when these were pinned: its
        # closing writes 450 of them off for want of a count out, a second person's now.)
        make_lot(db, who.olu, number, origins=[(country, "Mine")])
        sorting.add_entry(db, who.olu, number, "S5-SAW-Q1-W", 60_000)
        sorting.add_entry(db, who.olu, number, "G1-SAW-Q1-W", 39_900, 50)
        sorting.add_loss(db, who.olu, number, "cleaning", 100)
        sorting.close_sorting(db, who.sue, number, accept_difference=True, reason="by weight")
    parcels.create_parcel(db, who.olu, "P1", importer="Kimberley Hub", destination="ZA")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 100_000)
    parcels.add_goods(db, who.olu, "P1", "G1-SAW-Q1-W", 39_900, lot="L1")
    parcels.override_price(db, who.sam, "P1", "G1-SAW-Q1-W", 123_45, "agreed with the buyer")
    parcels.add_valuation(db, who.sam, "P1", "government", 5_000_000)
    parcels.seal_parcel(
        db,
        who.sam,
        "P1",
        kp_cert="BW-77",
        seals=["S2", "S1"],
        issued="2026-01-05",
        expires="2026-03-05",
    )
    return parcels.get_parcel(db, "P1")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_fingerprint_of_a_sealed_parcel_is_unchanged(db, sealed):
    code = settings.site(db).code
    assert sealed.fingerprint == FINGERPRINT
    assert parcels.parcel_fingerprint(sealed, code) == FINGERPRINT
    assert parcels.parcel_fingerprint(sealed, code, check=False) == FINGERPRINT


def test_the_transfer_file_body_is_unchanged(db, sealed):
    body = transfers.bundle_body(db, "P1", KEY, "ZAK")
    assert _sha(canonical_json(body)) == BODY_SIGNED  # what the signature covers
    assert _sha(json.dumps(body, indent=2, ensure_ascii=False)) == BODY_WRITTEN  # the file text


def _json(db_path, capsys, monkeypatch, *argv):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    assert main(["--db", str(db_path), "--user", "olu", *argv, "--json"]) == 0
    return capsys.readouterr().out


def _uncounted(shown: dict) -> dict:
    """``shown`` without the ``counted`` words the CLI's JSON gained after it was pinned (each
    stones figure's: "all", "some", "none"), everything else as it was."""
    return {
        key: [_uncounted(item) for item in value] if key in ("lines", "categories") else value
        for key, value in shown.items()
        if key != "counted"
    }


def test_the_cli_json_of_a_parcel_is_unchanged(db_path, sealed, capsys, monkeypatch):
    shown = json.loads(_json(db_path, capsys, monkeypatch, "parcel", "show", "P1"))
    assert shown["counted"] == "some"  # the S5 lines' stones were not counted, G1's were
    assert [(line["category"], line["stones"], line["counted"]) for line in shown["lines"]] == [
        ("S5-SAW-Q1-W", 0, "none"),
        ("S5-SAW-Q1-W", 0, "none"),
        ("G1-SAW-Q1-W", 50, "all"),
    ]
    assert _sha(json.dumps(_uncounted(shown), indent=2, ensure_ascii=False) + "\n") == PARCEL_JSON


def test_the_cli_json_of_a_lot_is_unchanged(db_path, sealed, capsys, monkeypatch):
    shown = json.loads(_json(db_path, capsys, monkeypatch, "lot", "show", "L1"))
    assert shown.pop("received_at").endswith("Z")  # the clock's: not pinned
    # (Said since: the stones closing wrote off, and no second person asked of a closed lot.)
    added = ("stone_difference", "stones_not_counted_out", "needs_acceptance")
    assert [shown.pop(key) for key in added] == STONES_SAID
    assert shown.pop("shipped_from") == ""  # (said since: bought in the country, no import)
    assert [(c["category"], c["stones"], c["counted"]) for c in shown["categories"]] == [
        ("S5-SAW-Q1-W", 0, "none"),
        ("G1-SAW-Q1-W", 50, "all"),
    ]
    assert _sha(json.dumps(_uncounted(shown), indent=2, ensure_ascii=False)) == LOT_JSON
    listed = json.loads(_json(db_path, capsys, monkeypatch, "lot", "list"))
    for lot in listed:
        assert lot.pop("received_at").endswith("Z")
    assert _sha(json.dumps(listed, indent=2, ensure_ascii=False)) == LOT_LIST_JSON


#: As computed before the view (commit 72b7846), of make_sorted_lot's G1 sorted into 50 stones.
FINGERPRINT = "1fb1e09051b0b1c094f06b5192c980c34920c01afc1644f395a9514578886914"
BODY_SIGNED = "22d1dccd9cc1be800ed8feaeec1d124bb4ecffb96540897992ef023e94423729"
BODY_WRITTEN = "098bece0034a43053675bae0b588bcce1e36500a7e2ccd6434485a763da17cbe"
PARCEL_JSON = "bfefbfc14970d7d44d1148a76e292e224d250fe939ed4da4fb5b2193e406a3bb"
STONES_SAID = [None, 450, None]
LOT_JSON = "4b4e58727bc4011ac8a3d5e4e1719dde88d130085be5bb8f2311905f2ee2c069"
LOT_LIST_JSON = "e7eca7e5618fb4a54a42cf4c7d7e9604f7ca9b332e0e2c3e6dc45570d1a86afd"
