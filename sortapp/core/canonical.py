"""Canonical, engine-independent forms for hashing: integers, ISO-8601 UTC text, sorted keys."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zoneinfo
from collections.abc import Mapping
from typing import Any

GENESIS_HASH = "0" * 64


def iso_utc(moment: dt.datetime) -> str:
    """Format an aware datetime as canonical UTC text."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times are stored in UTC and must be aware")
    t = moment.astimezone(dt.UTC)
    # (Not strftime: its %Y wrote the year 1 as '1', text no reader parsed back; a lot received
    # in '0001-01-02' left every list and document of it failing, the window too.)
    return (
        f"{t.year:04d}-{t.month:02d}-{t.day:02d}T"
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}.{t.microsecond:06d}Z"
    )


def parse_iso_utc(text: str) -> dt.datetime:
    """Parse canonical UTC text back into an aware datetime (and the year written short, as
    releases before 2026-12-07 wrote a year before 1000: '1-01-02T03:16:20.000000Z')."""
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        year, dash, rest = text.partition("-")
        if not (dash and year.isdigit() and len(year) < 4):
            raise
        return dt.datetime.fromisoformat(f"{int(year):04d}-{rest}")


def local_text(text: str, timezone: str) -> str:
    """Show canonical UTC text in a site's time zone: ``2026-11-27 23:08``.

    Written without ``strftime``, which imports ``time`` on every call (through PySide's import
    hook in the app: 20-40 us, a list's time column formatted row by row)."""
    t = parse_iso_utc(text).astimezone(zoneinfo.ZoneInfo(timezone))
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def zoned_text(text: str, timezone: str) -> str:
    """Show canonical UTC text in a site's time zone, naming the zone and its UTC offset then:
    ``2026-12-02 02:21 Africa/Gaborone (UTC+02:00)``; in UTC itself, ``2026-12-02 00:21 UTC``.
    The one way a time is written with its zone, on paper and on screen."""
    if timezone == "UTC":
        return f"{local_text(text, timezone)} UTC"
    offset = parse_iso_utc(text).astimezone(zoneinfo.ZoneInfo(timezone)).utcoffset()
    minutes = int((offset or dt.timedelta()).total_seconds()) // 60
    hours, mins = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else "+"
    return f"{local_text(text, timezone)} {timezone} (UTC{sign}{hours:02d}:{mins:02d})"


def _check(value: Any) -> None:
    kind = type(value)
    if kind is str or kind is int or value is None or kind is bool:
        return
    if kind is dict:  # the usual containers first: the ABC checks below are slow
        for v in value.values():
            _check(v)
    elif kind is list or kind is tuple:
        for v in value:
            _check(v)
    elif isinstance(value, float):
        raise TypeError("floats are never hashed: use integer minor units")
    elif isinstance(value, Mapping):
        for v in value.values():
            _check(v)
    elif isinstance(value, list | tuple):
        for v in value:
            _check(v)


def canonical_json(value: Any, *, check: bool = True) -> str:
    """Serialise ``value`` (dicts, lists, str, int, bool, None) with sorted keys and no spaces.

    ``check`` refuses floats; re-hashing values read back from STRICT integer columns may skip it.
    """
    if check:
        _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(value: Any, *, check: bool = True) -> str:
    """Return the SHA-256 of the canonical form of ``value``."""
    return sha256_hex(canonical_json(value, check=check))
