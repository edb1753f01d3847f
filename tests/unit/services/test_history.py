"""The audit log in sentences, in the site's units and time zone; a lot's and a parcel's history."""

from __future__ import annotations

import datetime as dt
import json

from sortapp.services import assortment, history, parcels, site, sorting
from sortapp.services.history import Units, sentence
from sortapp.services.verify import audit_entries
from tests.conftest import make_lot, make_sorted_lot


def test_a_sorting_entry_reads_as_a_sentence():
    details = json.dumps(
        {"category": "S5-SAW-Q2-W", "entry": "E33", "loss_type": "", "mct": 12_450, "stones": 0}
    )
    assert sentence("sort.add", "olu", "L3", details) == (
        "olu recorded entry E33: 12.450 ct of lot L3 into S5-SAW-Q2-W"
    )
    assert sentence("sort.add", "olu", "L3", details, Units(decimal_comma=True)) == (
        "olu recorded entry E33: 12,450 ct of lot L3 into S5-SAW-Q2-W"
    )


def test_several_kinds_of_action_read_as_sentences(db, who):
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 20)
    sorting.add_loss(db, who.olu, "L1", "cleaning", 100)
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    said = [line.sentence for line in history.history(db, "lot", "L1")]
    assert said == [
        "olu received lot L1 from Jwaneng, BW: 100.000 ct weighed, 500 stones",
        "olu recorded entry KSF-E1: 60.000 ct of lot L1 into S5-SAW-Q1-W, 20 stones",
        "olu recorded entry KSF-E2: 0.100 ct of lot L1 lost to cleaning",
    ]
    (created,) = history.history(db, "parcel", "P1")
    assert created.sentence == "olu created draft parcel P1 for Antwerp Rough NV (BE)"
    # The time in the site's zone (Gaborone: UTC+2), the raw details kept beside it.
    at = dt.datetime.fromisoformat(created.at.replace("Z", "+00:00"))
    assert created.when == (at + dt.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    assert json.loads(created.details)["destination"] == "BE"
    assert sentence("parcel.void", "sam", "P1", '{"reason": "wrong goods"}') == (
        "sam voided parcel P1: wrong goods"
    )
    assert sentence("print.manifest", "olu", "P1", '{"copy": 2}') == (
        "olu printed the parcel manifest of P1 (copy 2)"
    )
    assert sentence("site.set", "admin", "decimal-comma", '{"value": "yes"}') == (
        "admin set the site's decimal-comma to 'yes'"
    )
    assert sentence("something.new", "admin", "X", "{}") == "admin: something.new X"
    # A tolerance as the admin wrote it, not the thousandths it is kept in ('150000' read as
    # 150,000 %).
    assert sentence("site.set", "ada", "tolerance-pct", '{"value": "500"}') == (
        "ada set the site's tolerance-pct to '0.500 %'"
    )
    assert sentence("site.set", "ada", "weigh-tolerance-ct", '{"value": "50"}') == (
        "ada set the site's weigh-tolerance-ct to '0.050 ct'"
    )


def test_a_lots_history_lists_only_its_own_actions(db, who):
    make_sorted_lot(db, who.olu, "L1")
    make_sorted_lot(db, who.olu, "L2")
    parcels.create_parcel(db, who.olu, "L1P", importer="Antwerp Rough NV", destination="BE")
    lines = history.history(db, "lot", "L1")
    assert [line.action for line in lines] == [
        "lot.receive",
        "sort.add",
        "sort.add",
        "sort.loss",
        "sort.close",
    ]
    assert {line.object for line in lines} == {"L1"}
    assert all("L2" not in line.sentence for line in lines)
    assert lines[-1].sentence.startswith(
        "olu closed the sorting of lot L1: 99.900 ct sorted and 0.100 ct lost of 100.000 ct"
    )


def test_the_audit_pages_lines_build_their_sentences_only_when_read(db, who, monkeypatch):
    """The audit page fetches a batch of entries around the rows it paints; a sentence is
    built for a row painted, not for every entry fetched (issue 15)."""
    make_lot(db, who.olu, "L1")
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, 20)
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    ids = history.browse.audit_ids(db)
    built: list[str] = []
    real = history.sentence
    monkeypatch.setattr(
        history, "sentence", lambda action, *rest: built.append(action) or real(action, *rest)
    )
    lines = history.audit_lines(db, ids)
    assert sorted(lines) == sorted(ids) and built == []  # fetched: none built
    units = history.site_units(db)
    rows = history.browse.audit_rows(db, ids)
    for i in ids:  # each read: as the lot's and parcel's histories have it
        shown, whole = lines[i], history.line(rows[i], units)
        fields = ("id", "uid", "at", "when", "user", "action", "object", "sentence", "details")
        assert [getattr(shown, f) for f in fields] == [getattr(whole, f) for f in fields]
    created = next(line for line in lines.values() if line.action == "parcel.create")
    assert created.sentence == "olu created draft parcel P1 for Antwerp Rough NV (BE)"


def test_an_admins_change_says_what_it_changed_from(db, who):
    """A user's role or state, a price and a site setting: the entry records the value before,
    and its sentence says it (the value after alone left the reader to search the log)."""
    site.set_user(db, who.admin, "olu", role="supervisor")
    site.set_user(db, who.admin, "olu", active=False)
    site.set_user(db, who.admin, "olu", role="operator", active=True)
    assortment.set_price(db, who.sam, "S5-SAW-Q1-W", 12_000, "2026-01-01")
    assortment.set_price(db, who.sam, "S5-SAW-Q1-W", 12_500, "2026-02-01")
    site.set_setting(db, who.admin, "tolerance-pct", "0.5")
    site.set_setting(db, who.admin, "name", "Kasane Sorting Plant")
    site.set_country(db, who.admin, "AO", "Angola", "none")
    site.set_country(db, who.admin, "ZZ", "Testland", "none")  # a country new to the list
    said = [
        (line.action, history.sentence(line.action, line.user, line.object, line.details))
        for line in reversed(audit_entries(db, limit=9))
    ]
    assert said == [
        ("user.set", "admin changed olu from operator to supervisor"),
        ("user.set", "admin deactivated olu"),
        ("user.set", "admin changed olu from supervisor to operator; admin reactivated olu"),
        (
            "price.set",
            "sam set the price of S5-SAW-Q1-W to USD 120.00 per carat from 2026-01-01 "
            "(was USD 100.00)",
        ),
        (
            "price.set",
            "sam set the price of S5-SAW-Q1-W to USD 125.00 per carat from 2026-02-01 "
            "(was USD 120.00)",
        ),
        ("site.set", "admin set the site's tolerance-pct to '0.500 %' (was '0.050 %')"),
        ("site.set", "admin set the site's name to 'Kasane Sorting Plant' (was 'Kasane Sorting')"),
        ("country.set", "admin set country AO (Angola, KP none; was Angola, KP participant)"),
        ("country.set", "admin set country ZZ (Testland, KP none)"),
    ]
    # The first price of a category says none was before; entries recorded before these words
    # read as before.
    assert sentence(
        "price.set", "sam", "X", '{"cents_per_ct": 100, "from": "2026-01-01", "was": null}'
    ) == ("sam set the price of X to USD 1.00 per carat from 2026-01-01")
    assert sentence("user.set", "ada", "olu", '{"role": "operator", "active": false}') == (
        "ada made olu operator, inactive"
    )
