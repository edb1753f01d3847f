"""Exact parsing and formatting of carats and dollars."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sortapp.core.errors import UserError
from sortapp.core.units import (
    format_cents,
    format_mct,
    parse_carats,
    parse_decimal,
    parse_stones,
    parse_usd,
    percent_of,
    value_cents,
)


@pytest.mark.parametrize(
    ("text", "mct"),
    [
        ("1", 1000),
        ("1.5", 1500),
        ("0.001", 1),
        (" 12.345 ", 12345),
        ("10000000", 10**10),
        ("007.100", 7100),
        ("1.", 1000),
    ],
)
def test_parse_carats_exact(text, mct):
    assert parse_carats(text) == mct


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "enter a number"),
        ("   ", "enter a number"),
        ("1.2345", "more than 3 decimals"),
        ("-1", "'-1' is negative; enter a weight above 0.000 ct"),  # (not "zero or more")
        ("-0.5", "'-0.5' is negative; enter a weight above 0.000 ct"),
        ("1e3", "not a plain number"),
        ("NaN", "not a plain number"),
        ("inf", "not a plain number"),
        ("1,5", "has a ','; this site writes decimals with '.'"),
        ("1 000", "not a plain number"),
        ("0", "above 0.000"),
        ("0.000", "above 0.000"),
        ("10000000.001", "absurd"),
        ("99999999999999999999", "too large"),
        ("٣", "not a plain number"),
    ],
)
def test_parse_carats_rejects_with_field_name(text, fragment):
    with pytest.raises(UserError) as err:
        parse_carats(text, "--carats")
    assert str(err.value).startswith("--carats:")
    assert fragment in str(err.value)


def test_parse_usd_and_stones():
    assert parse_usd("10234.5") == 1_023_450
    with pytest.raises(UserError, match="more than 2 decimals"):
        parse_usd("1.001")
    assert parse_stones("12") == 12
    for bad in ("-1", "1.5", "", "x"):
        with pytest.raises(UserError, match="stones"):
            parse_stones(bad)
    with pytest.raises(UserError) as err:  # (-3 is a whole number: negative is what is wrong)
        parse_stones("-3", "stones")
    assert str(err.value) == "stones: '-3' is negative; enter a count of stones, zero or more"
    with pytest.raises(UserError, match=r"'-1\.5' is not a whole number of stones"):
        parse_stones("-1.5")


@given(
    st.decimals(
        min_value=Decimal("0.001"),
        max_value=Decimal(10_000_000),
        places=3,
        allow_nan=False,
        allow_infinity=False,
    )
)
def test_carats_round_trip(value):
    mct = parse_carats(str(value))
    assert Decimal(format_mct(mct)) == value
    assert parse_carats(format_mct(mct)) == mct


@pytest.mark.parametrize(
    ("mct", "text"), [(0, "0.000"), (1_234_500, "1234.500"), (-1500, "-1.500"), (7, "0.007")]
)
def test_format_mct(mct, text):
    assert format_mct(mct) == text


def test_format_cents():
    assert format_cents(1_023_450) == "10234.50"
    assert format_cents(5) == "0.05"


def test_value_rounds_half_up_to_the_cent():
    assert value_cents(1_000, 12_345) == 12_345  # 1 ct at 123.45
    assert value_cents(1, 50) == 0  # 0.001 ct at 0.50/ct = 0.0005 USD
    assert value_cents(10, 50) == 1  # 0.010 ct at 0.50/ct = 0.005 -> 0.01
    assert value_cents(333, 100) == 33


def test_percent():
    assert percent_of(1_500, 2_300_050) == "0.065"
    assert percent_of(5, 0) == "0.000"


# -- the site's decimal mark (issue 13) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mct"),
    [("12,5", 12_500), ("12.5", 12_500), ("0,001", 1), (" 1,250 ", 1_250), ("7,", 7_000)],
)
def test_decimal_comma_reads_comma_and_point(text, mct):
    assert parse_carats(text, "Weighed ct", decimal_comma=True) == mct


@pytest.mark.parametrize("text", ["12,5", "1,250", "0,5"])
def test_a_comma_on_a_point_site_is_refused_not_dropped(text):
    with pytest.raises(UserError) as err:
        parse_carats(text, "weighed carats")
    said = str(err.value)
    assert said.startswith(f"weighed carats: '{text}'")
    assert "has a ','; this site writes decimals with '.'" in said


@pytest.mark.parametrize("text", ["1.234,5", "1,234,5", "1,2.3", "-5abc", "12,5ct", ","])
def test_decimal_comma_refuses_what_it_cannot_read(text):
    with pytest.raises(UserError, match=r"^carats: "):
        parse_carats(text, "carats", decimal_comma=True)


def test_decimal_comma_keeps_every_other_rule():
    with pytest.raises(UserError, match="more than 3 decimals"):
        parse_carats("1,2345", decimal_comma=True)
    with pytest.raises(UserError, match="negative"):
        parse_carats("-1,5", decimal_comma=True)
    with pytest.raises(UserError, match="absurd"):
        parse_carats("1234567890123", decimal_comma=True)
    with pytest.raises(UserError, match="absurd"):
        parse_usd("1234567890123,5", decimal_comma=True)
    assert parse_carats("-1,5", allow_negative=True, decimal_comma=True) == -1_500
    with pytest.raises(UserError, match="'-1' is negative; enter carats of zero or more"):
        parse_carats("-1", allow_zero=True)
    assert parse_usd("1250,5", decimal_comma=True) == 125_050
    assert parse_decimal("0,05", "pct", 3, "percent", decimal_comma=True) == 50
    with pytest.raises(UserError, match=r"this site writes decimals with '\.'"):
        parse_usd("1250,5")
    with pytest.raises(UserError, match="whole number of stones"):
        parse_stones("20,5")


def test_format_in_the_sites_mark():
    assert format_mct(12_500, decimal_comma=True) == "12,500"
    assert format_mct(-1, decimal_comma=True) == "-0,001"
    assert format_mct(12_500) == "12.500"
    assert format_cents(125_050, decimal_comma=True) == "1250,50"
    assert format_cents(125_050) == "1250.50"


@given(st.integers(min_value=1, max_value=10**10), st.booleans())
def test_what_is_shown_reads_back_the_same(mct, comma):
    shown = format_mct(mct, decimal_comma=comma)
    assert parse_carats(shown, decimal_comma=comma) == mct
    assert parse_carats(format_mct(mct), decimal_comma=comma) == mct


def test_a_count_of_something_else_than_stones_is_refused_in_its_unit():
    from sortapp.core.units import parse_count  # noqa: PLC0415

    assert parse_count(" 07 ", "Daily backups kept", "backups") == 7
    for bad in ("-1", "1.5", "²", "ten", "", "1" * 13):
        with pytest.raises(UserError) as refused:
            parse_count(bad, "Daily backups kept", "backups")
        assert str(refused.value) == (
            f"Daily backups kept: '{bad}' is not a whole number of backups (0 or more)"
        )
    with pytest.raises(UserError, match="'x' is not a whole number \\(0 or more\\)"):
        parse_count("x", "count")


def test_value_cents_rounds_as_the_decimal_definition_does():
    """The value in integers, half up (away from zero), exactly as ``Decimal.quantize`` with
    VALUE_ROUNDING gives it, ties and negative weights (reversals) included."""
    from decimal import Decimal  # noqa: PLC0415

    from sortapp.core.units import MCT_PER_CT, VALUE_ROUNDING  # noqa: PLC0415

    def defined(mct, cents):
        exact = Decimal(mct) * Decimal(cents) / Decimal(MCT_PER_CT)
        return int(exact.quantize(Decimal(1), rounding=VALUE_ROUNDING))

    for mct in (*range(-2_100, 2_100, 7), 499, 500, 501, -499, -500, -501, 10**12 + 500):
        for cents in (0, 1, 2, 50, 99, 100, 333, 12_345, 1_000_001):
            assert value_cents(mct, cents) == defined(mct, cents), (mct, cents)


def test_a_refusal_quotes_at_most_40_characters_of_what_was_typed():
    """5,000 digits (a scanner left on a field) are not quoted whole in the refusal."""
    with pytest.raises(UserError) as err:
        parse_carats("1" * 5000, "carats")
    assert str(err.value) == "carats: '" + "1" * 40 + "…' is too large"
    with pytest.raises(UserError) as err:
        parse_carats("x" * 40, "carats")
    assert "'" + "x" * 40 + "'" in str(err.value)  # (40: quoted whole)
