"""One scan box for everything: what a scanned or typed number names, and where it is shown.

A lot's or parcel's number (as its label's barcode carries it), a KP certificate's number (a
parcel's, or the incoming certificate a lot arrived under) or a uid (``KSF-L12``, ``KSF-P3``, a
sorting entry's ``KSF-E33``) is looked up the same way on either backend.
"""

from __future__ import annotations

from dataclasses import dataclass

from sortapp.core import uids
from sortapp.core.errors import NotFound
from sortapp.core.i18n import phrase
from sortapp.storage import lookup as lookup_sql
from sortapp.storage.dbapi import Database

#: The page that shows each kind of thing found (the key of its ``PageSpec``).
PAGES = {"lot": "receiving", "parcel": "parcels", "entry": "sorting"}

_UID_TABLES = {uids.LOT: ("lots", "lot"), uids.PARCEL: ("parcels", "parcel")}


@dataclass(frozen=True)
class Found:
    """What a number names: ``kind`` (lot, parcel or entry: a sorting entry, shown in its
    lot's sorting), the ``page`` that shows it, its ``key`` there (a lot's or parcel's number)
    and what was found, in words; for an entry, ``detail`` is its uid."""

    kind: str
    key: str
    said: str
    detail: str = ""

    @property
    def page(self) -> str:
        return PAGES[self.kind]


def look_up(db: Database, text: str) -> Found:
    """Return what ``text`` names; raise NotFound, saying so, when it names nothing."""
    number = (text or "").strip()
    if not number:
        raise NotFound(phrase("scan or type a lot, parcel, certificate or label number"))
    found = _by_uid(db, number) or _by_number(db, number) or _by_certificate(db, number)
    if found is None:
        raise NotFound(
            phrase(
                "'{number}' is no lot, parcel, KP certificate or label number of this site",
                number=number,
            )
        )
    return found


def _by_uid(db: Database, text: str) -> Found | None:
    try:
        _site, kind, _id = uids.parse(text.upper())
    except ValueError:
        return None
    if kind == uids.ENTRY:
        lot = lookup_sql.by_uid(db, "sort_entries", text.upper())
        uid = text.upper()
        return (
            Found("entry", lot, phrase("Entry {uid} of lot {lot}", uid=uid, lot=lot), uid)
            if lot
            else None
        )
    if kind not in _UID_TABLES:
        return None
    table, what = _UID_TABLES[kind]
    key = lookup_sql.by_uid(db, table, text.upper())
    if not key:
        return None
    said = phrase("Lot {lot}", lot=key) if what == "lot" else phrase("Parcel {parcel}", parcel=key)
    return Found(what, key, said)


def _by_number(db: Database, text: str) -> Found | None:
    lot = lookup_sql.lot_number(db, text)
    if lot is not None:
        return Found("lot", lot, phrase("Lot {lot}", lot=lot))
    parcel = lookup_sql.parcel_number(db, text)
    if parcel is not None:
        return Found("parcel", parcel, phrase("Parcel {parcel}", parcel=parcel))
    return None


def _by_certificate(db: Database, text: str) -> Found | None:
    cert = lookup_sql.certificate_parcels(db, text)
    if cert is not None and cert[1]:
        number, parcels = cert
        if len(parcels) > 1:
            said = phrase(
                "KP certificate {number}: parcel {parcel} (it covers {parcels})",
                number=number,
                parcel=parcels[0],
                parcels=", ".join(parcels),
            )
        else:
            said = phrase(
                "KP certificate {number}: parcel {parcel}", number=number, parcel=parcels[0]
            )
        return Found("parcel", parcels[0], said)
    lots = lookup_sql.lots_by_certificate(db, text)
    if lots:
        if len(lots) > 1:
            said = phrase(
                "Incoming KP certificate {number}: lot {lot} (with {lots})",
                number=text,
                lot=lots[0],
                lots=", ".join(lots[1:]),
            )
        else:
            said = phrase("Incoming KP certificate {number}: lot {lot}", number=text, lot=lots[0])
        return Found("lot", lots[0], said)
    return None
