"""The one clock the use cases read: the system's, or a source set in its place.

Every time a service stamps (``utc_now``) is read through ``now``, which looks the source up at
call time; so one call to ``use`` moves the whole house onto a simulated clock (the history
builder spreads ten years of postings this way) and the function it returns puts the system
clock back.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

from sortapp.core.canonical import iso_utc


def system() -> dt.datetime:
    """The system clock: now, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


_source: Callable[[], dt.datetime] = system


def now() -> dt.datetime:
    """Return the current time (aware, UTC) from the clock in use."""
    return _source()


def utc_now() -> str:
    """Return the current time as canonical UTC text: ``2026-11-27T21:08:00.000000Z``."""
    return iso_utc(_source())


def source() -> Callable[[], dt.datetime]:
    """Return the clock in use (``system`` unless one was set)."""
    return _source


def use(clock: Callable[[], dt.datetime]) -> Callable[[], None]:
    """Read the time from ``clock`` (returning aware datetimes) from now on; return the function
    that puts the clock used before back."""
    global _source  # noqa: PLW0603 (the seam itself: one module-level source)
    before = _source
    _source = clock

    def restore() -> None:
        global _source  # noqa: PLW0603
        _source = before

    return restore


def site_now(timezone: str) -> dt.datetime:
    """Return the current time at a site (its IANA ``timezone``): the day and hour its people
    read, whatever zone the workstation's clock is set to."""
    return _source().astimezone(zoneinfo.ZoneInfo(timezone))


def utc_from_site_day(day: dt.date, timezone: str) -> str:
    """Return the canonical UTC text of midnight starting ``day`` at a site: a day picked in
    the site's calendar as the stored times compare."""
    return iso_utc(dt.datetime.combine(day, dt.time(), zoneinfo.ZoneInfo(timezone)))
