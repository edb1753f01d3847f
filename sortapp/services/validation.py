"""Checks of what a user typed that many use cases share: numbers, reasons, days, countries."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from sortapp.core.canonical import iso_utc, local_text, parse_iso_utc
from sortapp.core.clock import utc_now
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import Phrase, phrase, typed
from sortapp.core.units import MAX_CENTS
from sortapp.storage import records
from sortapp.storage.dbapi import Database

_NUMBER_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,39}")


def check_number(text: str, field: str) -> str:
    """Validate a lot, parcel, seal or certificate number: letters, digits, . _ / - (40 at most)."""
    value = (text or "").strip()
    if not _NUMBER_RE.fullmatch(value):
        raise UserError(
            phrase(
                "{field}: '{text}' is not a valid number; use 1-40 letters, digits, '.', '_', "
                "'/' or '-', starting with a letter or digit",
                field=field,
                text=typed(text),
            )
        )
    return value


def certificate_codes(code: str, kp: str) -> tuple[str, ...]:
    """The codes a KP certificate issued in country ``code`` (of KP status ``kp``, as the
    site's list of countries holds it) may begin with: its own, and for a member state of the
    European Union, a KP participant as one, the Union's "EU" as well."""
    return (code, "EU") if kp == "eu" else (code,)


def of_country(cert: str, codes: tuple[str, ...]) -> bool:
    """Whether KP certificate number ``cert`` begins with one of ``codes``, the ISO code of
    the country that issued it (KPCS Annex I; ``certificate_codes``), and not with a longer
    word: the code, then a digit or a separator ("CAF-2026-1" begins with the Central African
    Republic's three letters, not with Canada's CA: an attack round, 2026-12-07)."""
    upper = cert.upper()
    return any(
        upper.startswith(code) and len(upper) > len(code) and not upper[len(code)].isalpha()
        for code in codes
    )


def check_cents(cents: int, field: str, *, allow_zero: bool = True) -> int:
    """Check an amount in cents a face parsed (sortapp.core.forms): a whole number, not absurd."""
    if isinstance(cents, bool) or not isinstance(cents, int) or cents < 0:
        raise UserError(
            phrase(
                "{field}: {cents!r} is not an amount of zero cents or more",
                field=field,
                cents=cents,
            )
        )
    if cents > MAX_CENTS:
        raise UserError(
            phrase("{field}: {cents} cents is absurd; check the figure", field=field, cents=cents)
        )
    if cents == 0 and not allow_zero:
        raise UserError(phrase("{field}: enter an amount above 0.00 USD", field=field))
    return cents


#: The most characters of a free text a document prints whole: a name, a mine, a reference.
MOST_TEXT = 200


def text_too_long(field: str) -> Phrase:
    """The refusal of a free text over ``MOST_TEXT`` characters."""
    return phrase("{field}: the text is too long (200 characters at most)", field=field)


def too_long(field: str, limit: int) -> Phrase:
    """The refusal of a free text over ``limit`` characters."""
    return phrase(
        "{field}: the text is too long ({limit} characters at most)", field=field, limit=limit
    )


#: The longest free text a partner's signed file may give (a site's name, a mine): longer than
#: a person may type (``MOST_TEXT``), never a document's pages (an attack round, 2026-12-07: a
#: mine of 500,000 characters in a signed file kept the lot's receipt printing for minutes).
MOST_PARTNER_TEXT = 1_000

#: Characters no line of a document or list shows as they mean: controls (a line break made a
#: mine "Jwaneng\norigin: ZA" print a second, false origin line under `lot show`) and the marks
#: that turn the direction of the text after them (U+202E showed a figure backwards), and the
#: line and paragraph separators (U+2028, U+2029) a label breaks a line at.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


#: A line break or tab in a text a document prints (a party's address of several lines; a
#: partner's mine an older release let through): a space, as HTML reads it, on a label too.
_BREAKS = re.compile("[\t\n\x0b\x0c\r\x85\u2028\u2029]")
#: What no printed text shows as it stands, whoever wrote it (a partner's signed file, psql on
#: the facility server, an older release): a control character, and a direction override,
#: embedding or isolate, which turns or moves the text after it ("Jwaneng \u202e5.1" printed
#: "Jwaneng 1.5"): each printed as U+FFFD, where the reader sees that something stood. A
#: direction mark (U+200E, U+200F, U+061C) stays: an Arabic name may need it, and it turns no
#: letters.
_NOT_PRINTED = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printed(text: str) -> str:
    """``text`` as a document, a label or the CLI prints it (``_BREAKS``, ``_NOT_PRINTED``):
    what ``check_line`` refuses of a person, shown harmless where it came from elsewhere."""
    return _NOT_PRINTED.sub("\ufffd", _BREAKS.sub(" ", text))


def check_plain(value: str, field: str, limit: int) -> str:
    """A free text of at most ``limit`` characters on one line of plain text (``check_line``)."""
    if len(value) > limit:
        raise UserError(too_long(field, limit))
    return check_line(value, field)


def check_line(value: str, field: str) -> str:
    """Refuse a free text holding a character of ``_UNPRINTABLE``, naming it."""
    found = _UNPRINTABLE.search(value)
    if found is not None:
        raise UserError(
            phrase(
                "{field}: the text holds a line break or another control character (U+{code}); "
                "write it on one line of plain text",
                field=field,
                code=f"{ord(found.group()):04X}",
            )
        )
    return value


def check_lines(value: str, field: str) -> str:
    """``check_line`` for each line of a text of several (an address): line breaks kept, as
    ``\\n`` (a ``\\r\\n`` read as one), every other character of ``_UNPRINTABLE`` refused."""
    value = value.replace("\r\n", "\n")
    for line in value.split("\n"):
        check_line(line, field)
    return value


def check_text(text: str | None, field: str) -> str:
    """A free text a document prints (a mine, a supplier), stripped: at most ``MOST_TEXT``
    characters (5,000 made the receipt three pages, its first blank, and ran off the label),
    on one line (``check_line``)."""
    value = (text or "").strip()
    if len(value) > MOST_TEXT:
        raise UserError(text_too_long(field))
    return check_line(value, field)


def check_partner_text(text: str | None, field: str) -> str:
    """A free text of a partner's signed file, taken as signed (its receiver can change none of
    it, and its sender's stored text may hold what an older release let through: a line break,
    a direction mark in an Arabic name), but refused over ``MOST_PARTNER_TEXT`` characters."""
    value = (text or "").strip()
    if len(value) > MOST_PARTNER_TEXT:
        raise UserError(
            phrase(
                "{field}: the partner's file gives a text of {length} characters ({most} at "
                "most); ask the sending site to send it again",
                field=field,
                length=len(value),
                most=MOST_PARTNER_TEXT,
            )
        )
    return value


#: The longest reason kept (the history and the audit log print it whole).
MOST_REASON = 500


def check_reason(text: str | None, field: str = "reason") -> str:
    value = check_line((text or "").strip(), field)
    if len(value) < 3:
        raise UserError(phrase("{field}: say why, in a few words", field=field))
    if len(value) > MOST_REASON:
        raise UserError(too_long(field, MOST_REASON))
    return value


#: The first year a time a person gives may be in (an arrival, a year-end report).
FIRST_YEAR = 1900
#: How far past this machine's clock a time given for an arrival may be (clocks differ).
CLOCK_SLACK = dt.timedelta(minutes=10)


def check_past(moment: dt.datetime, field: str, *, code: str = "") -> dt.datetime:
    """An aware time a person gave for something that happened (a lot's arrival): not before
    ``FIRST_YEAR``, nor later than now (an operator's import received a lot in the year 1, and
    every list of it failed, and one in 9999 that a year-end report counted)."""
    now = parse_iso_utc(utc_now())
    if moment < dt.datetime(FIRST_YEAR, 1, 1, tzinfo=dt.UTC) - dt.timedelta(days=1):
        raise UserError(
            phrase(
                "{field}: a time before {first} is not when it happened; give the date it did",
                field=field,
                first=FIRST_YEAR,
            ),
            code=code,
        )
    if moment > now + CLOCK_SLACK:
        raise UserError(
            phrase(
                "{field}: {when} UTC is later than now ({now} UTC by this computer's clock); "
                "give the date it happened",
                field=field,
                when=local_text(iso_utc(moment), "UTC"),
                now=local_text(iso_utc(now), "UTC"),
            ),
            code=code,
        )
    return moment


def received_time(value: str, timezone: str) -> dt.datetime | None:
    """When a lot arrived, as a person gives it in the site's time: ``YYYY-MM-DD`` (its
    midnight), ``YYYY-MM-DD HH:MM`` or ``YYYY-MM-DDTHH:MM``; blank: None (now). Held to the
    past by ``receive_lot`` (``check_past``)."""
    value = value.strip()
    if not value:
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            local = dt.datetime.strptime(value, fmt).replace(tzinfo=zoneinfo.ZoneInfo(timezone))
        except ValueError:
            continue
        try:
            return local.astimezone(dt.UTC)
        except OverflowError:  # (past the calendar's start or end in UTC: refused by receive_lot)
            edge = dt.datetime.min if local.year == dt.MINYEAR else dt.datetime.max
            return edge.replace(tzinfo=dt.UTC)
    raise UserError(
        phrase("received: '{value}' is not a date (YYYY-MM-DD [HH:MM], site time)", value=value),
        code="received_time",
    )


def parse_day(text: str | None, field: str) -> str:
    """Parse an ISO date (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat((text or "").strip()).isoformat()
    except ValueError:
        raise UserError(
            phrase(
                "{field}: '{text}' is not a date; write YYYY-MM-DD", field=field, text=typed(text)
            )
        ) from None


def country(db: Database, code: str, field: str) -> tuple[str, str, str]:
    value = (code or "").strip().upper()
    found = records.get_country(db, value)
    if found is None:
        raise NotFound(
            phrase(
                "{field}: '{code}' is not a known ISO 3166 country code; an admin can add it",
                field=field,
                code=typed(code),
            ),
            code="country_unknown",
            facts={"country": value},
        )
    return found
