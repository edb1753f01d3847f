"""Uids: ``<SITE>-<KIND><id>``, such as ``KSF-L12`` (a lot) or ``KSF-A1234`` (an audit entry).

A uid names a row across sites: the site's code, a dash, one letter for the kind of row and the
row's id. Every uid is formatted and parsed here; SQL that makes or reads them takes its letters
from the constants below.
"""

from __future__ import annotations

import re

#: The kinds of row a uid names, by their letter.
LOT = "L"
ENTRY = "E"  # a sorting entry
AUDIT = "A"
JOURNAL = "J"
PARCEL = "P"
KINDS = (LOT, ENTRY, AUDIT, JOURNAL, PARCEL)

#: A site's code: a capital letter, then 1-11 capitals or digits (no dash, so a uid parses).
SITE_CODE = r"[A-Z][A-Z0-9]{1,11}"

_UID = re.compile(rf"({SITE_CODE})-([{''.join(KINDS)}])(\d{{1,18}})")


def make(site: str, kind: str, number: int) -> str:
    """Return the uid of row ``number`` of ``kind`` (one of ``KINDS``) at ``site``."""
    if kind not in KINDS:
        raise ValueError(f"unknown uid kind {kind!r}")
    return f"{site}-{kind}{number}"


def lot(site: str, number: int) -> str:
    return make(site, LOT, number)


def entry(site: str, number: int) -> str:
    return make(site, ENTRY, number)


def audit(site: str, number: int) -> str:
    return make(site, AUDIT, number)


def journal(site: str, number: int) -> str:
    return make(site, JOURNAL, number)


def parcel(site: str, number: int) -> str:
    return make(site, PARCEL, number)


def parse(uid: str) -> tuple[str, str, int]:
    """Return (site, kind, id) of a uid; raise ValueError if ``uid`` is not one."""
    found = _UID.fullmatch(uid)
    if found is None:
        raise ValueError(f"{uid!r} is not a uid (such as KSF-L12)")
    return found.group(1), found.group(2), int(found.group(3))


def number(uid: str, kind: str) -> int:
    """Return the id of a uid of ``kind``; raise ValueError if ``uid`` is not one of that kind."""
    _site, found, value = parse(uid)
    if found != kind:
        raise ValueError(f"{uid!r} is not a uid of kind {kind!r}")
    return value
