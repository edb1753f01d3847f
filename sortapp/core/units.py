"""Exact carats and dollars.

Carats live as integer thousandths (mct) and money as integer US cents everywhere in the core,
the database and the documents. Text becomes an integer only through the ``parse_*`` functions,
which reject (never round) input that is not exact; integers become text only through the
``format_*`` functions. The two rounding rules of the trade are named constants here.

The decimal mark follows the site's ``decimal-comma`` setting, passed as ``decimal_comma``:

- off (the default): only '.' marks decimals. A ',' is refused with a message saying so, never
  dropped (``12,5`` is not 125) nor read as a decimal mark.
- on: ',' marks decimals, and so does '.' (a carat balance, a scanner and most numeric keypads
  type '.'; both sites write a figure with at most one mark). No figure ever takes a thousands
  separator, so '.' cannot be one: ``1.250`` is 1.250 ct, echoed back as ``1,250``.

The ``format_*`` functions write the site's mark when given ``decimal_comma=True``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase, typed

MCT_PER_CT = 1000
CENTS_PER_USD = 100
#: A single figure above this is refused as absurd (10,000,000 ct).
MAX_MCT = 10_000_000 * MCT_PER_CT
#: Money above this is refused as absurd (100 billion USD).
MAX_CENTS = 100_000_000_000 * CENTS_PER_USD
MAX_STONES = 100_000_000
#: Percentages (the settings' tolerances) are kept as integer thousandths of a percent.
MILLI_PCT_PER_PCT = 1000
#: Stones at or above this weight are "specials", weighed and valued one by one.
SPECIAL_MIN_MCT = 10_800

#: Value = carats x USD/ct is rounded to the cent half up (the one rounding in valuation).
VALUE_ROUNDING = ROUND_HALF_UP
#: USD/ct shown from value / carats is rounded half up to the cent (display only).
PRICE_DISPLAY_ROUNDING = ROUND_HALF_UP

_NUMBER = re.compile(r"([0-9]+)(?:\.([0-9]*))?")


def _parse_fixed(
    text: object,
    field: str,
    places: int,
    unit: str,
    *,
    allow_negative: bool,
    decimal_comma: bool = False,
) -> int:
    """Parse ``text`` as a plain decimal with at most ``places`` decimals into minor units."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    raw = text.strip()
    if "," in raw:
        if not decimal_comma:
            raise UserError(
                phrase(
                    "{field}: '{text}' has a ','; this site writes decimals with '.'",
                    field=field,
                    text=typed(text),
                )
            )
        if raw.count(",") > 1 or "." in raw:
            raise UserError(
                phrase(
                    "{field}: '{text}' is not a plain number of {unit} (digits and one ',' or "
                    "'.', no thousands separator)",
                    field=field,
                    text=typed(text),
                    unit=unit,
                )
            )
        raw = raw.replace(",", ".")
    # The common case, plain digits with at most ``places`` decimals, without the regex.
    whole, _dot, frac = raw.partition(".")
    if (
        whole.isdigit()
        and whole.isascii()
        and len(whole) <= 15
        and len(frac) <= places
        and (not frac or (frac.isdigit() and frac.isascii()))
    ):
        return int(whole + frac.ljust(places, "0"))
    if not raw:
        raise UserError(phrase("{field}: enter a number of {unit}", field=field, unit=unit))
    sign = 1
    if raw[0] in "+-":
        if raw[0] == "-":
            if not allow_negative:
                raise UserError(
                    phrase(
                        "{field}: '{text}' is negative; enter {unit} of zero or more",
                        field=field,
                        text=typed(text),
                        unit=unit,
                    )
                )
            sign = -1
        raw = raw[1:]
    match = _NUMBER.fullmatch(raw)
    if match is None:
        if decimal_comma:
            raise UserError(
                phrase(
                    "{field}: '{text}' is not a plain number of {unit} (digits and one ',' or "
                    "'.', no exponent, no thousands separator)",
                    field=field,
                    text=typed(text),
                    unit=unit,
                )
            )
        raise UserError(
            phrase(
                "{field}: '{text}' is not a plain number of {unit} (digits and one '.', no "
                "exponent, no thousands separator)",
                field=field,
                text=typed(text),
                unit=unit,
            )
        )
    whole, frac = match.group(1), match.group(2) or ""
    if len(frac) > places:
        raise UserError(
            phrase(
                "{field}: '{text}' has more than {places} decimals; enter at most {places} "
                "(figures are never rounded)",
                field=field,
                text=typed(text),
                places=places,
            )
        )
    if len(whole) > 15:
        raise UserError(phrase("{field}: '{text}' is too large", field=field, text=typed(text)))
    return sign * int(whole + frac.ljust(places, "0"))


def parse_decimal(
    text: object, field: str, places: int, unit: str, *, decimal_comma: bool = False
) -> int:
    """Parse a non-negative plain decimal with at most ``places`` decimals into minor units."""
    return _parse_fixed(
        text, field, places, unit, allow_negative=False, decimal_comma=decimal_comma
    )


def parse_carats(
    text: object,
    field: str = phrase("carats"),
    *,
    allow_zero: bool = False,
    allow_negative: bool = False,
    decimal_comma: bool = False,
) -> int:
    """Parse carats (at most 3 decimals) into thousandths of a carat.

    ``decimal_comma``: the site's setting; ',' (and '.') mark decimals when on, only '.' when
    off (see the module's docstring).

    Raises:
        UserError: naming ``field``, for empty, non-numeric, over-precise, negative, zero
            (unless allowed) or absurd (over 10,000,000 ct) input, and for a ',' on a site
            that writes decimals with '.'.
    """
    # (A weight that must be above zero is told so when negative too, not "zero or more",
    # which 0 then contradicts.)
    mct = _parse_fixed(
        text,
        field,
        3,
        phrase("carats"),
        allow_negative=allow_negative or not allow_zero,
        decimal_comma=decimal_comma,
    )
    if abs(mct) > MAX_MCT:
        raise UserError(
            phrase(
                "{field}: {text} ct is absurd (more than 10,000,000 ct); check the figure",
                field=field,
                text=typed(text),
            )
        )
    if mct < 0 and not allow_negative:
        raise UserError(
            phrase(
                "{field}: '{text}' is negative; enter a weight above 0.000 ct",
                field=field,
                text=typed(text),
            )
        )
    if mct == 0 and not allow_zero:
        raise UserError(phrase("{field}: enter a weight above 0.000 ct", field=field))
    return mct


def parse_usd(
    text: object, field: str = "USD", *, allow_zero: bool = True, decimal_comma: bool = False
) -> int:
    """Parse US dollars (at most 2 decimals) into cents; ``decimal_comma`` as for carats."""
    cents = _parse_fixed(
        text, field, 2, phrase("US dollars"), allow_negative=False, decimal_comma=decimal_comma
    )
    if cents > MAX_CENTS:
        raise UserError(
            phrase("{field}: {text} USD is absurd; check the figure", field=field, text=typed(text))
        )
    if cents == 0 and not allow_zero:
        raise UserError(phrase("{field}: enter an amount above 0.00 USD", field=field))
    return cents


def parse_stones(text: object, field: str = phrase("stones")) -> int:
    """Parse a count of stones (a whole number, zero or more)."""
    raw = ("" if text is None else str(text)).strip()
    if raw[:1] == "-" and raw[1:].isdigit() and raw.isascii():
        raise UserError(
            phrase(
                "{field}: '{text}' is negative; enter a count of stones, zero or more",
                field=field,
                text=typed(text),
            )
        )
    if not raw.isdigit() or not raw.isascii():
        raise UserError(
            phrase(
                "{field}: '{text}' is not a whole number of stones", field=field, text=typed(text)
            )
        )
    if len(raw.lstrip("0")) > len(str(MAX_STONES)):  # int() refuses 4300 digits and more
        raise UserError(
            phrase(
                "{field}: {text} stones is absurd; check the count", field=field, text=typed(text)
            )
        )
    stones = int(raw)
    if stones > MAX_STONES:
        raise UserError(
            phrase(
                "{field}: {text} stones is absurd; check the count", field=field, text=typed(text)
            )
        )
    return stones


def parse_count(text: object, field: str, unit: str = "") -> int:
    """Parse a count of something other than stones (days, backups, minutes: ``unit``), a
    whole number, zero or more; the refusal names the field's own unit, not stones."""
    raw = ("" if text is None else str(text)).strip()
    if not raw.isdigit() or not raw.isascii() or len(raw.lstrip("0")) > 12:
        if unit:
            raise UserError(
                phrase(
                    "{field}: '{text}' is not a whole number of {unit} (0 or more)",
                    field=field,
                    text=typed(text),
                    unit=unit,
                )
            )
        raise UserError(
            phrase(
                "{field}: '{text}' is not a whole number (0 or more)", field=field, text=typed(text)
            )
        )
    return int(raw)


#: Thousands are grouped by ',' where '.' marks decimals, and by a no-break space where ','
#: does (never by '.', which a '.' site would read as a decimal mark).
GROUP_DOT, GROUP_COMMA = ",", "\u00a0"


def group_thousands(whole: int, *, decimal_comma: bool = False) -> str:
    """Write a whole number with its thousands grouped: ``1234567 -> '1,234,567'`` (``'1 234 567'``
    with a no-break space where ',' marks decimals)."""
    return f"{whole:,}".replace(",", GROUP_COMMA if decimal_comma else GROUP_DOT)


def _whole(whole: int, decimal_comma: bool, group: bool) -> str:
    return group_thousands(whole, decimal_comma=decimal_comma) if group else str(whole)


def format_mct(mct: int, *, decimal_comma: bool = False, group: bool = False) -> str:
    """Format mct as carats with exactly 3 decimals: ``1234500 -> '1234.500'`` (``'1234,500'``
    with ``decimal_comma``; ``'1,234.500'`` with ``group``, as printed documents write it)."""
    sign = "-" if mct < 0 else ""
    whole, frac = divmod(abs(mct), MCT_PER_CT)
    return f"{sign}{_whole(whole, decimal_comma, group)}{',' if decimal_comma else '.'}{frac:03d}"


def parse_percent(
    text: object, field: str = phrase("percent"), *, decimal_comma: bool = False
) -> int:
    """Parse a percentage (zero or more, at most 3 decimals) into thousandths of a percent."""
    return parse_decimal(text, field, 3, phrase("percent"), decimal_comma=decimal_comma)


def format_percent(milli_pct: int, *, decimal_comma: bool = False) -> str:
    """Format thousandths of a percent with exactly 3 decimals: ``50 -> '0.050'``."""
    sign = "-" if milli_pct < 0 else ""
    whole, frac = divmod(abs(milli_pct), MILLI_PCT_PER_PCT)
    return f"{sign}{whole}{',' if decimal_comma else '.'}{frac:03d}"


def format_cents(cents: int, *, decimal_comma: bool = False, group: bool = False) -> str:
    """Format cents as dollars with exactly 2 decimals: ``1023450 -> '10234.50'`` (``'10234,50'``
    with ``decimal_comma``; ``'10,234.50'`` with ``group``)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), CENTS_PER_USD)
    return f"{sign}{_whole(whole, decimal_comma, group)}{',' if decimal_comma else '.'}{frac:02d}"


def value_cents(mct: int, cents_per_ct: int) -> int:
    """Return the value in cents of ``mct`` at ``cents_per_ct``, rounded by VALUE_ROUNDING."""
    # Half up (away from zero), as ``Decimal.quantize`` with VALUE_ROUNDING rounds it, in
    # integers: the stock page values every category each time it is shown.
    product = mct * cents_per_ct
    whole, rest = divmod(abs(product), MCT_PER_CT)
    whole += 2 * rest >= MCT_PER_CT
    return whole if product >= 0 else -whole


def split_cents(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` (cents, thousandths of a percent, any integer) in proportion to
    ``weights`` exactly: the parts add up to ``total`` (largest remainder)."""
    base = sum(weights)
    if base == 0:
        shares = [0] * len(weights)
        if shares:
            shares[0] = total
        return shares
    shares = [total * w // base for w in weights]
    rest = total - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % base), i))
    for i in order[:rest]:
        shares[i] += 1
    return shares


def price_cents_per_ct(value: int, mct: int) -> int:
    """Return USD/ct in cents derived from a value and a weight (0 for no weight); display only."""
    if mct == 0:
        return 0
    exact = Decimal(value) * Decimal(MCT_PER_CT) / Decimal(mct)
    return int(exact.quantize(Decimal(1), rounding=PRICE_DISPLAY_ROUNDING))


def percent_of(part_mct: int, whole_mct: int, *, decimal_comma: bool = False) -> str:
    """Return ``part`` as a percentage of ``whole``, 3 decimals, rounded half up (display only)."""
    return format_percent(milli_percent_of(part_mct, whole_mct), decimal_comma=decimal_comma)


def milli_percent_of(part: int, whole: int) -> int:
    """``part`` as thousandths of a percent of ``whole``, rounded half up (0 for no whole)."""
    if whole == 0:
        return 0
    exact = Decimal(part) * 100 * MILLI_PCT_PER_PCT / Decimal(whole)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
