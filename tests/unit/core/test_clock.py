"""One clock, looked up at call time: setting it moves every service's stamps."""

from __future__ import annotations

import datetime as dt

from sortapp.core import clock
from sortapp.services import audit


def test_the_system_clock_by_default() -> None:
    before = dt.datetime.now(dt.UTC)
    assert clock.source() is clock.system
    assert before <= clock.now() <= dt.datetime.now(dt.UTC)


def test_a_clock_set_once_is_read_everywhere_and_put_back() -> None:
    moment = dt.datetime(2016, 2, 29, 23, 59, 59, 5, tzinfo=dt.UTC)
    restore = clock.use(lambda: moment)
    try:
        assert clock.utc_now() == "2016-02-29T23:59:59.000005Z"
        assert audit.utc_now() == "2016-02-29T23:59:59.000005Z"  # imported by name, still seen
    finally:
        restore()
    assert clock.source() is clock.system
    assert clock.utc_now()[:4] != "2016"


def test_stamps_of_an_action_come_from_the_clock_in_use(db, who) -> None:
    from sortapp.services import site  # noqa: PLC0415

    moment = dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    restore = clock.use(lambda: moment)
    try:
        site.set_setting(db, who.admin, "authority", "Ministry of Minerals")
    finally:
        restore()
    at = db.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert at == "2020-01-02T03:04:05.000000Z"
