"""Air waybill numbers (IATA): a 3-digit airline prefix and an 8-digit serial whose last digit
is the first seven digits taken as a number modulo 7 (``ppp-nnnnnnnn``)."""

from __future__ import annotations

import re

_IATA = re.compile(r"(\d{3})[\s-]*(\d{4})\s*(\d{4})")


def awb_warning(text: str) -> str:
    """Why an IATA air waybill number looks mistyped ("" when its check digit matches, or it is
    not in the IATA form: carriers' own numbers vary, and are not checked)."""
    found = _IATA.fullmatch((text or "").strip())
    if found is None:
        return ""
    serial = found.group(2) + found.group(3)
    expected = int(serial[:7]) % 7
    if int(serial[7]) == expected:
        return ""
    return (
        f"air waybill {found.group(1)}-{serial}: its check digit is {serial[7]}, but "
        f"{serial[:7]} modulo 7 is {expected}; check the number on the waybill"
    )
