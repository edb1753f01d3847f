"""A time shown in a site's zone: the minute there, across offsets and daylight saving."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sortapp.core.canonical import local_text, zoned_text


@pytest.mark.parametrize(
    ("utc", "zone", "shown"),
    [
        ("2026-11-27T21:08:59.999999Z", "UTC", "2026-11-27 21:08"),
        ("2026-11-27T22:08:00.000000Z", "Africa/Gaborone", "2026-11-28 00:08"),
        ("2026-03-29T00:59:00.000000Z", "Europe/London", "2026-03-29 00:59"),
        ("2026-03-29T01:00:00.000000Z", "Europe/London", "2026-03-29 02:00"),
        ("2026-10-25T00:30:00.000000Z", "Europe/London", "2026-10-25 01:30"),
        ("2026-10-25T01:30:00.000000Z", "Europe/London", "2026-10-25 01:30"),
        ("2026-01-01T03:29:00.000000Z", "America/St_Johns", "2025-12-31 23:59"),
        ("2026-06-30T12:00:00.000000Z", "Asia/Kathmandu", "2026-06-30 17:45"),
    ],
)
def test_a_utc_time_is_shown_as_the_minute_in_the_sites_zone(utc: str, zone: str, shown: str):
    assert local_text(utc, zone) == shown
    moment = dt.datetime.fromisoformat(utc).astimezone(zoneinfo.ZoneInfo(zone))
    assert local_text(utc, zone) == moment.strftime("%Y-%m-%d %H:%M")


def test_a_zoned_time_names_its_zone_and_offset():
    assert zoned_text("2026-12-02T00:21:00.000000Z", "Africa/Gaborone") == (
        "2026-12-02 02:21 Africa/Gaborone (UTC+02:00)"
    )
    assert zoned_text("2026-12-02T00:21:00.000000Z", "UTC") == "2026-12-02 00:21 UTC"
