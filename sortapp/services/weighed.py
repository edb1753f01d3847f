"""What each weighing records, held to itself and to what it weighed (verify).

sortapp records a weight and where it came from as one figure: a sorting entry's or loss's
carats are its weighing's, a balance check's reading is its weighing's, and a weight captured
off a balance is what the balance's raw line says and what the reading shown says
(``services.balances`` refuses any other before it writes). A patched sortapp, or a session on
the facility server, could record other carats beside a capture that says less (an attack round,
2026-12-07: an entry of 20.000 ct whose balance read 12.345 ct; a daily check passed whose raw
line read 5.900 ct against 5 ct). So verify reads every weighing again:

- a sorting entry's, a loss's or a check's carats are its weighing's (``integrity
  .weighings_unlike_theirs``; a lot's are held to the entries that weighed it by ``stated``);
- a capture's reading text and its raw line, read again with the protocol (and a generic
  balance's pattern) its balance was registered with, say its carats: a stable, OK, net reading
  in carats;
- it was read on a port its balance was registered on, at most ten minutes before it was
  recorded and not after (``balances.CAPTURE_AGE``, ``CAPTURE_AHEAD``);
- no two weighings record one capture (the same balance and the same time read), and none
  was typed by hand while the site took weights from the balance only (the ``site.set``
  entries of ``keyed-weights`` say when);
- its balance's last calibration recorded before it was not due on the site's day it was
  recorded, and where the site then asked for a daily check, the balance's last check that day
  before it passed (the app blocks capture otherwise);
- its weight is within a load range its balance was registered with, and a digit the line
  marks as not verified is not off a balance registered as verified for trade throughout;
- every sorting entry (but a correction, or an entry of an imported file), lot weighed and
  balance check has its weighing (a second attack round of the same day wrote each without
  one, and escaped every rule above), a check is of the site's day it was recorded on, and a
  weighing is dated as the record it weighed (one dated back a week escaped the age and
  calibration rules).

A site's day is the one in the zone the site had then, a write just after midnight is judged
on the day before too, and two workstations' clocks may differ by ten minutes (as the server
allows): sound histories, which that round found named, are not.

The register's settings a capture is read with are those its entries recorded, at any time
(the log holds what was registered and each change's old and new values): a capture is named
only when no protocol, pattern or port the balance ever had makes it sound. A patched sortapp
could make up a consistent raw line (docs/balances.md, section 9): what is named here is a
record that does not agree with itself.

After a seal whose run made this check, only the weighings after it (the rows check holds the
older ones to the log).
"""

from __future__ import annotations

import bisect
import datetime as dt
import zoneinfo
from typing import Any

from sortapp.balances import reading as readings
from sortapp.balances import recheck
from sortapp.core import canonical
from sortapp.core.i18n import phrase
from sortapp.core.units import format_mct
from sortapp.services.balances import CAPTURE_AGE, CAPTURE_AHEAD, printable, reading_mct
from sortapp.services.settings import settings
from sortapp.storage import integrity
from sortapp.storage.dbapi import Database

#: Which rules a seal's part ``weighed`` was made by: a seal of another count spares none.
WEIGHED_RULES = 1

#: How long after the check of a capture's age its write may be dated.
_SLACK = dt.timedelta(minutes=1)

#: What a capture is read with, by the register's column.
_SETTINGS = ("protocol", "pattern", "port", "min_mct", "max_mct", "verified")


def problems(db: Database, after: int, entries_after: int = 0) -> tuple[list[str], int]:
    """What the weighings of id above ``after`` record that they do not agree with, the
    sorting entries of id above ``entries_after`` that record no weighing, and the checks
    that do not count as checks; and the last weighing read (``after`` when none)."""
    last = max(after, integrity.max_id(db, "weighings"))
    # (Every sorting entry weighs what it records since weighings were kept, but a
    # correction, which weighs nothing, and an entry imported from a file, whose file's row
    # says where its weight came from: an entry recorded with no weighing escaped every rule
    # of where weights come from, an attack round of 2026-12-07.)
    messages: list[str] = [
        phrase(
            "sorting entry {uid}: records no weighing (sortapp records where each weight came "
            "from; written outside sortapp)",
            uid=uid,
        )
        for uid in integrity.entries_unweighed(db, entries_after)
    ]
    days = _SiteDays(db)
    checks = integrity.balance_checks(db)
    messages += _check_problems(checks, days)
    # (A weighing is written with the record it weighed, in one transaction: one dated back a
    # week, its record dated now, escaped the rules of a capture's age and of a balance's
    # calibration, the same round. Held to its record, not to the weighing before it: a
    # workstation's clock put right after running ahead is no finding.)
    messages += [
        phrase(
            "weighing #{id}: dated {at}, but {what} it weighed is dated {record_at} (sortapp "
            "writes both at once; written outside sortapp)",
            id=number,
            at=at,
            what=_entry_or_check(kind, named),
            record_at=record_at,
        )
        for number, at, kind, named, record_at in integrity.weighings_off_their_record(db, after)
    ]
    messages += [
        phrase(
            "{what}: its weighing #{id} says {ct} ct, but {recorded} ct is recorded (sortapp "
            "records the weight it took; written outside sortapp)",
            what=_entry_or_check(action, named),
            id=number,
            ct=format_mct(mct),
            recorded="?" if recorded is None else format_mct(int(recorded)),
        )
        for number, action, mct, named, recorded in integrity.weighings_unlike_theirs(db, after)
    ]
    captures = integrity.captures_after(db, after)
    if captures:
        registered = _registered(db)
        calibrated, checked = _Calibrations(db, days), _DailyChecks(db, days, checks)
        for row in captures:
            messages += _capture_problems(row, registered)
            if row[1] != "check":  # (a check is what lets a balance capture the rest)
                messages += calibrated.problems(row)
                messages += checked.problems(row)
    for start, end in _balance_only(db):
        messages += [
            phrase(
                "{what}: typed by hand at {at}, when this site took weights from the balance "
                "only (sortapp refuses a typed weight then; written outside sortapp)",
                what=_weighed_what(number, action, lot, uid, check),
                at=at,
            )
            for number, action, lot, uid, check, at in integrity.keyed_between(
                db, after, start, end
            )
        ]
        messages += [
            phrase(
                "sorting entries {first} to {last}: imported from file {file}, whose weights "
                "were typed, while this site took weights from the balance only (sortapp "
                "refuses such a file then; written outside sortapp)",
                first=first,
                last=last,
                file=file,
            )
            for first, last, file in integrity.files_between(db, start, end)
        ]
    messages += [
        phrase(
            "weighing #{id}: records the capture weighing #{other} records (one reading off "
            "the balance is one weight; written outside sortapp)",
            id=number,
            other=other,
        )
        for number, other in integrity.captures_recorded_before(db, after)
    ]
    return messages, last


def _check_problems(checks: list[integrity.CheckRow], days: _SiteDays) -> list[str]:
    """A balance check counts with its own capture off the balance, on the site's day it was
    recorded (a check row written alone counted as the day's pass; one of today's labelled
    tomorrow cleared tomorrow's captures, in the app itself: the same round)."""
    messages: list[str] = [
        phrase(
            "balance check #{id} of balance {balance}: records no capture off the balance "
            "(sortapp checks a balance with a reading captured off it; written outside sortapp)",
            id=check.id,
            balance=check.code,
        )
        for check in checks
        if check.weighing is None
    ]
    for check in checks:
        judged = days.of(check.at)
        if judged and check.day not in judged:
            messages.append(
                phrase(
                    "balance check #{id} of balance {balance}: recorded at {at}, on the site's "
                    "day {judged}, yet said to be of {day} (written outside sortapp)",
                    id=check.id,
                    balance=check.code,
                    at=check.at,
                    judged=judged[0],
                    day=check.day,
                )
            )
    return messages


def _entry_or_check(action: str, named: Any) -> str:
    if action == "check":
        return phrase("balance check #{id}", id=named)
    return phrase("sorting entry {uid}", uid=named)


def _weighed_what(number: int, action: str, lot: Any, uid: Any, check: Any) -> str:
    """How a finding names a weighing: what it weighed, and its number."""
    if action == "check":
        what = phrase("balance check #{id}", id=check)
    elif uid is not None:
        what = phrase("sorting entry {uid}", uid=uid)
    else:
        what = phrase("lot {lot}", lot=lot)
    return phrase("{what} (weighing #{id})", what=what, id=number)


def _balance_only(db: Database) -> list[tuple[str, str | None]]:
    """The spans of time (from, before; None: to this day) when the site took weights from the
    balance only (``keyed-weights`` no), as the ``site.set`` entries of it say, else as the
    setting is."""
    changes = [
        (at, details.get("value") == "no", details.get("was") == "no")
        for at, details in integrity.setting_changes(db, "keyed-weights")
    ]
    spans: list[tuple[str, str | None]] = []
    since = "" if (changes[0][2] if changes else not settings(db).keyed_weights) else None
    for at, off, _was in changes:
        if off and since is None:
            since = at
        elif not off and since is not None:
            spans.append((since, at))
            since = None
    if since is not None:
        spans.append((since, None))
    return spans


def _registered(db: Database) -> dict[str, dict[str, set[Any]]]:
    """By balance code (upper case), each setting's values its register row has and its
    entries recorded."""
    known = integrity.balance_settings_recorded(db, _SETTINGS)
    for row in db.execute(f"SELECT code, {', '.join(_SETTINGS)} FROM balance_register"):
        values = known.setdefault(str(row[0]).upper(), {key: set() for key in _SETTINGS})
        for key, value in zip(_SETTINGS, row[1:], strict=True):
            values[key].add(value)
    return known


def _capture_problems(
    row: tuple[Any, ...], registered: dict[str, dict[str, set[Any]]]
) -> list[str]:
    number, action, _balance_id, code, mct, text, raw, port, captured_at, at = row[:10]
    code = str(code)
    settings = registered.get(code.upper(), {key: set() for key in _SETTINGS})
    read_as = reading_mct(str(text)) == mct
    said = _raw_reads(str(raw), mct, settings)
    raw_as = said is not None
    on_port = port in settings["port"]
    in_time = _in_time(str(captured_at), str(at))
    # (A balance's check is not held to its load range: ``balances.record_check``.)
    in_range = action == "check" or _in_range(mct, settings)
    # (A digit marked not verified, off a balance verified for trade whenever registered.)
    digits = said is None or not said.unverified_digits or not all(settings["verified"])
    if read_as and raw_as and on_port and in_time and in_range and digits:
        return []
    lot, uid, check = row[10:]
    what = _weighed_what(number, action, lot, uid, check)
    out: list[str] = []
    if not read_as:
        out.append(
            phrase(
                "{what}: the reading captured off balance {balance} ('{reading}') is not the "
                "{ct} ct recorded (written outside sortapp)",
                what=what,
                balance=code,
                reading=printable(str(text)),
                ct=format_mct(mct),
            )
        )
    if not raw_as:
        out.append(
            phrase(
                "{what}: the line balance {balance} sent ('{raw}') does not read {ct} ct with "
                "any protocol it was registered with (written outside sortapp)",
                what=what,
                balance=code,
                raw=printable(str(raw)),
                ct=format_mct(mct),
            )
        )
    if not on_port:
        out.append(
            phrase(
                "{what}: captured off balance {balance} on port '{port}', which it was never "
                "registered on (written outside sortapp)",
                what=what,
                balance=code,
                port=printable(str(port)),
            )
        )
    if not in_range:
        out.append(
            phrase(
                "{what}: {ct} ct captured off balance {balance}, outside every load range it "
                "was registered with (sortapp takes no weight below a balance's minimum load or "
                "above its maximum; written outside sortapp)",
                what=what,
                ct=format_mct(mct),
                balance=code,
            )
        )
    if not digits:
        out.append(
            phrase(
                "{what}: balance {balance}'s line ('{raw}') marks its last digit as not "
                "verified, and the balance was registered as verified for trade throughout "
                "(written outside sortapp)",
                what=what,
                balance=code,
                raw=printable(str(raw)),
            )
        )
    if not in_time:
        out.append(
            phrase(
                "{what}: captured off balance {balance} at '{captured}', not within the 10 "
                "minutes before it was recorded at {at} (written outside sortapp)",
                what=what,
                balance=code,
                captured=printable(str(captured_at)),
                at=at,
            )
        )
    return out


#: How far apart two workstations' clocks may be (the server refuses more:
#: ``roles.CLOCK_SLACK_MINUTES``): a calibration recorded so much after a capture by another's
#: clock may have been the one the capture found.
_CLOCK_SLACK = dt.timedelta(minutes=10)


class _SiteDays:
    """The site's day of a time, in the zone the site had then (the ``site.set`` entries of
    ``timezone`` say which; a site begins in UTC and is set to its zone after): the day a
    capture was judged on, or the one before it when the write came just after midnight."""

    def __init__(self, db: Database) -> None:
        self.now = settings(db).timezone
        self.changes = [
            (at, str(details.get("value", "")), str(details.get("was", "")))
            for at, details in integrity.setting_changes(db, "timezone")
        ]
        self.times = [at for at, _value, _was in self.changes]
        self.zones: dict[str, zoneinfo.ZoneInfo | None] = {}

    def _zone(self, at: str) -> zoneinfo.ZoneInfo | None:
        last = bisect.bisect_right(self.times, at) - 1
        name = (
            self.changes[last][1] if last >= 0 else self.changes[0][2] if self.changes else self.now
        )
        if name not in self.zones:
            try:
                self.zones[name] = zoneinfo.ZoneInfo(name)
            except (ValueError, zoneinfo.ZoneInfoNotFoundError):
                self.zones[name] = None
        return self.zones[name]

    def of(self, at: str) -> list[str]:
        """The site days a capture recorded at ``at`` may have been judged on (none when its
        time or the zone cannot be read: its time is named by ``_in_time``)."""
        try:
            when = canonical.parse_iso_utc(at)
        except (TypeError, ValueError):
            return []
        zone = self._zone(at)
        if when.tzinfo is None or zone is None:
            return []
        days = [when.astimezone(zone).date().isoformat()]
        before = (when - _SLACK).astimezone(zone).date().isoformat()
        return days if before == days[0] else [*days, before]


class _Calibrations:
    """Each balance's calibrations as recorded: a capture is taken off a balance whose last
    calibration recorded before it was not yet due on the site's day it was judged
    (``balances._refusal``; recorded before it by the clocks' slack, as another workstation's
    clock may say)."""

    def __init__(self, db: Database, days: _SiteDays) -> None:
        self.days = days
        self.by_balance: dict[int, tuple[list[str], list[str]]] = {}
        for balance_id, at, due in integrity.calibrations_recorded(db):
            times, dues = self.by_balance.setdefault(int(balance_id), ([], []))
            times.append(str(at))
            dues.append(str(due))

    def problems(self, row: tuple[Any, ...]) -> list[str]:
        number, _action, balance_id, code, *_rest = row
        days = self.days.of(str(row[9]))
        if not days:
            return []
        try:
            until = canonical.iso_utc(canonical.parse_iso_utc(str(row[9])) + _CLOCK_SLACK)
        except (TypeError, ValueError):  # pragma: no cover - read by ``of`` already
            return []
        times, dues = self.by_balance.get(int(balance_id), ([], []))
        last = bisect.bisect_right(times, until) - 1
        due = dues[last] if last >= 0 else None
        if due is not None and any(due >= day for day in days):
            return []
        return [
            phrase(
                "weighing #{id}: captured off balance {balance} on {day}, when its calibration "
                "was due on {due} (sortapp blocks capture then; written outside sortapp)",
                id=number,
                balance=code,
                day=days[0],
                due=due,
            )
            if due is not None
            else phrase(
                "weighing #{id}: captured off balance {balance} before any calibration of it "
                "was recorded (sortapp blocks capture then; written outside sortapp)",
                id=number,
                balance=code,
            )
        ]


class _DailyChecks:
    """Where the site asked for a daily check with a reference weight when a capture was
    recorded (the ``site.set`` entries of ``balance-daily-check`` say when, else the setting as
    it is), the balance's last check of the site's day before the capture passed
    (``balances._refusal``). A check counts with its own capture off the balance, and comes
    before a capture whose weighing comes after its own (weighings are numbered as they are
    written: workstations' clocks need not agree)."""

    def __init__(self, db: Database, days: _SiteDays, checks: list[integrity.CheckRow]) -> None:
        self.days = days
        self.now = settings(db).balance_daily_check
        self.sets: list[tuple[str, bool, bool]] = []  # (when, asked after, asked before)
        for at, details in integrity.setting_changes(db, "balance-daily-check"):
            self.sets.append((at, details.get("value") == "yes", details.get("was") == "yes"))
        self.times = [at for at, _after, _before in self.sets]
        #: balance -> day -> (the check's weighing, passed), in the order written
        self.checks: dict[int, dict[str, list[tuple[int, bool]]]] = {}
        weighed = [(c.weighing, c) for c in checks if c.weighing is not None]
        for weighing, check in sorted(weighed, key=lambda pair: pair[0]):
            by_day = self.checks.setdefault(check.balance_id, {})
            by_day.setdefault(check.day, []).append((weighing, check.passed))

    def asked(self, at: str) -> bool:
        last = bisect.bisect_right(self.times, at) - 1
        if last >= 0:
            return self.sets[last][1]
        return self.sets[0][2] if self.sets else self.now

    def problems(self, row: tuple[Any, ...]) -> list[str]:
        number, _action, balance_id, code, *_rest = row
        at = str(row[9])
        if not self.asked(at):
            return []
        days = self.days.of(at)
        if not days:
            return []
        checks = self.checks.get(int(balance_id), {})
        for day in days:
            before = [passed for weighing, passed in checks.get(day, []) if weighing < number]
            if before and before[-1]:
                return []
        return [
            phrase(
                "weighing #{id}: captured off balance {balance} on {day}, which had not passed "
                "its daily check that day (sortapp blocks capture then; written outside sortapp)",
                id=number,
                balance=code,
                day=days[0],
            )
        ]


def _in_range(mct: int, settings: dict[str, set[Any]]) -> bool:
    """Whether ``mct`` is within a load range the balance was registered with (its least
    minimum to its largest maximum)."""
    lows = [v for v in settings["min_mct"] if isinstance(v, int)]
    highs = [v for v in settings["max_mct"] if isinstance(v, int)]
    return (not lows or mct >= min(lows)) and (not highs or mct <= max(highs))


def _raw_reads(raw: str, mct: int, settings: dict[str, set[Any]]) -> readings.Reading | None:
    """The reading a protocol (with a generic balance's pattern) the balance was registered
    with reads ``raw`` as: a stable, OK, net reading of ``mct`` in carats (None: none does)."""
    patterns = {p for p in settings["pattern"] if isinstance(p, str)} | {""}
    for protocol in sorted(p for p in settings["protocol"] if isinstance(p, str)):
        for pattern in sorted(patterns) if protocol == "generic" else [""]:
            said = recheck.recheck(protocol, raw, pattern)
            if said is None:
                continue
            try:
                if readings.reading_mct(said) == mct:  # (refused: ValueError)
                    return said
            except ValueError:
                continue
    return None


def _in_time(captured_at: str, at: str) -> bool:
    try:
        taken, written = canonical.parse_iso_utc(captured_at), canonical.parse_iso_utc(at)
    except (TypeError, ValueError):
        return False
    if taken.tzinfo is None or written.tzinfo is None:
        return False
    # (A capture is checked just before its write, whose time is a moment later.)
    return written - CAPTURE_AGE - _SLACK <= taken <= written + CAPTURE_AHEAD
