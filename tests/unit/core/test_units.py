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
        ("-1", "negative"),
        ("1e3", "not a plain number"),
        ("NaN", "not a plain number"),
        ("inf", "not a plain number"),
        ("1,5", "not a plain number"),
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
