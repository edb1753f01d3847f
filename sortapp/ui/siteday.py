"""The site's day and hour on screen: a date field starts on the site's today and the lock screen
says the site's time, not the workstation clock's (a site east of UTC is a day ahead at night).

``zone`` is the site's time zone, set by the session (``Context``) as it starts and whenever the
site's settings change; until then the workstation's own day and time are used.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from sortapp.core import clock

#: The site's IANA time zone ('' before a session has read it).
zone = ""


def now() -> dt.datetime:
    """The current time at the site (the workstation's local time before ``zone`` is set)."""
    return clock.site_now(zone) if zone else clock.now().astimezone()


def today() -> QDate:
    """Today in the site's calendar."""
    day = now().date()
    return QDate(day.year, day.month, day.day)


def clock_text() -> str:
    """The site's time of day, ``14:32``."""
    return now().strftime("%H:%M")
