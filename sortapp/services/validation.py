"""Checks of what a user typed that many use cases share: numbers, reasons, days, countries."""

from __future__ import annotations

import datetime as dt
import re

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


def check_text(text: str | None, field: str) -> str:
    """A free text a document prints (a mine, a supplier), stripped: at most ``MOST_TEXT``
    characters (5,000 made the receipt three pages, its first blank, and ran off the label)."""
    value = (text or "").strip()
    if len(value) > MOST_TEXT:
        raise UserError(text_too_long(field))
    return value


def check_reason(text: str | None, field: str = "reason") -> str:
    value = (text or "").strip()
    if len(value) < 3:
        raise UserError(phrase("{field}: say why, in a few words", field=field))
    return value


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
