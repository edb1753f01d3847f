"""The IATA air waybill check digit (issue 14: a mistyped number is warned of at Ship)."""

from __future__ import annotations

import pytest

from sortapp.core.waybill import awb_warning


@pytest.mark.parametrize(
    "text",
    [
        "020-12345675",  # 1234567 % 7 = 5
        "020-1234 5675",
        " 176 12345675 ",
        "17612345675",
        "057-00000000",
        "618-99999992",  # 9999999 % 7 = 2
        "JD014600003582",  # a courier's own number: not IATA, not checked
        "020-1",
        "",
    ],
)
def test_a_matching_check_digit_or_another_form_is_not_warned_of(text):
    assert awb_warning(text) == ""


def test_a_wrong_check_digit_is_warned_of_with_the_digit_expected():
    assert awb_warning("020-12345678") == (
        "air waybill 020-12345678: its check digit is 8, but 1234567 modulo 7 is 5; check the "
        "number on the waybill"
    )
    assert awb_warning("176 1234 5670").startswith("air waybill 176-12345670: its check digit")
