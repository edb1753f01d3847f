"""Uids are formatted and parsed in one place, and the two agree."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sortapp.core import uids


def test_each_kind_has_its_letter() -> None:
    assert uids.lot("KSF", 12) == "KSF-L12"
    assert uids.entry("KSF", 3) == "KSF-E3"
    assert uids.audit("KSF", 1234) == "KSF-A1234"
    assert uids.journal("G2", 7) == "G2-J7"
    assert uids.parcel("KSF", 9) == "KSF-P9"


@given(
    site=st.from_regex(uids.SITE_CODE, fullmatch=True),
    kind=st.sampled_from(uids.KINDS),
    number=st.integers(min_value=1, max_value=10**18 - 1),
)
def test_parse_reverses_make(site: str, kind: str, number: int) -> None:
    assert uids.parse(uids.make(site, kind, number)) == (site, kind, number)


@pytest.mark.parametrize(
    "text", ["", "KSF", "KSF-", "KSF-L", "KSF-X12", "ksf-L12", "K-L12", "KSF-L12 ", "KSF-L-1"]
)
def test_parse_refuses_what_is_not_a_uid(text: str) -> None:
    with pytest.raises(ValueError, match="is not a uid"):
        uids.parse(text)


def test_number_checks_the_kind() -> None:
    assert uids.number("KSF-E41", uids.ENTRY) == 41
    with pytest.raises(ValueError, match="not a uid of kind 'E'"):
        uids.number("KSF-A41", uids.ENTRY)


def test_make_refuses_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown uid kind"):
        uids.make("KSF", "Z", 1)
