"""The days a user reads on paper are the site's (issue 14, item 3): at 22:30 UTC a site in
Gaborone (UTC+2) is on the next day; a certificate sealed then is issued on that day, and a price
set then holds from it."""

from __future__ import annotations

from sortapp.services import assortment, parcels, reports, settings, site
from tests.conftest import make_sorted_lot, pack_parcel_for_antwerp


def test_the_sites_today_is_its_local_day(gaborone_at_night, who):
    assert settings.site_today(gaborone_at_night) == "2026-12-02"
    site.set_setting(gaborone_at_night, who.admin, "timezone", "UTC")
    assert settings.site_today(gaborone_at_night) == "2026-12-01"


def test_a_certificate_sealed_after_local_midnight_is_issued_on_the_sites_day(
    gaborone_at_night, who
):
    db = gaborone_at_night
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-9", seals=["S1"])
    sealed = parcels.get_parcel(db, "P1")
    assert (sealed.issued, sealed.expires) == ("2026-12-02", "2027-01-31")


def test_a_price_set_after_local_midnight_holds_from_the_sites_day(gaborone_at_night, who):
    db = gaborone_at_night
    assortment.set_price(db, who.sam, "S5-SAW-Q1-W", 25_000)
    assortment.import_prices(db, who.sam, {"G1-SAW-Q1-W": 30_000})
    cat = {c.code: c.id for c in assortment.list_categories(db)}
    on_the_day = assortment.prices_on(db)
    assert (on_the_day[cat["S5-SAW-Q1-W"]], on_the_day[cat["G1-SAW-Q1-W"]]) == (25_000, 30_000)
    before = assortment.prices_on(db, "2026-12-01")
    assert (before[cat["S5-SAW-Q1-W"]], before[cat["G1-SAW-Q1-W"]]) == (10_000, 10_000)


def test_drafts_and_stock_are_valued_at_the_sites_day(gaborone_at_night, who):
    db = gaborone_at_night
    make_sorted_lot(db, who.olu, "L1")
    assortment.set_price(db, who.sam, "S5-SAW-Q1-W", 20_000, "2026-12-02")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 10_000)
    assert parcels.get_parcel(db, "P1").book_value_cents == 2_000_00
    [draft] = parcels.list_parcels(db, who.olu, status="draft")
    assert draft["value_cents"] == 2_000_00
    s5 = [r for r in reports.stock(db, who.olu) if r.category == "S5-SAW-Q1-W"]
    assert [r.value_cents for r in s5] == [50_000 * 20_000 // 1000]  # 50 ct left at 200.00
