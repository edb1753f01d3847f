"""What every document shares: the document as data (tables, labels, copy number) and the
helpers its builders use to word parties, countries, origins and contents."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from sortapp.core.canonical import fingerprint
from sortapp.core.entities import HS_LABELS, MIXED, Parcel, ParcelLine, Shipment
from sortapp.core.errors import NotFound, UserError
from sortapp.core.units import (
    format_cents,
    format_mct,
    format_percent,
    group_thousands,
    milli_percent_of,
    price_cents_per_ct,
)
from sortapp.services import parcels, settings, site
from sortapp.storage.dbapi import Database


@dataclass(frozen=True)
class Table:
    heading: str
    columns: tuple[str, ...]
    numeric: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]
    #: One per row: "line", "subtotal" or "total".
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Label:
    code: str
    lines: tuple[str, ...]
    #: 0 for the label's first print, n for its n-th reprint (counted per lot or parcel number).
    copy: int = 0


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    number: str
    site: str
    facts: tuple[tuple[str, str], ...] = ()
    tables: tuple[Table, ...] = ()
    statements: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    labels: tuple[Label, ...] = ()
    #: The full fingerprint a reader checks against the database.
    fingerprint: str = ""
    #: 0 for the original, n for the n-th reprint ("COPY n").
    copy: int = 0
    #: The sheet: "a4" or "letter" (the site's ``paper``), or "label": one label per
    #: label-printer page.
    paper: str = "a4"
    #: A mark painted on every page (e.g. "PROVISIONAL"); empty for none.
    mark: str = ""
    subject: str = field(default="", compare=False)
    #: The audit chain's head when it was built (``anchors.document_mark``): an anchor on paper.
    chain: str = ""
    #: Documents printed after this one, each from a new page (the KP sheet's import slip).
    appended: tuple[Document, ...] = ()

    @property
    def short_fingerprint(self) -> str:
        return " ".join(self.fingerprint[i : i + 4] for i in range(0, 16, 4)).upper()


@dataclass(frozen=True)
class Figures:
    """Figures as a site's documents print them: thousands grouped, the site's decimal mark,
    the exact value unchanged (``figures(db)`` reads the site's setting)."""

    decimal_comma: bool = False

    def ct(self, mct: int) -> str:
        """Carats, 3 decimals: ``1,234.500``."""
        return format_mct(mct, decimal_comma=self.decimal_comma, group=True)

    def usd(self, cents: int) -> str:
        """US dollars, 2 decimals: ``10,234.50``."""
        return format_cents(cents, decimal_comma=self.decimal_comma, group=True)

    def count(self, n: int) -> str:
        """A whole number (stones, lines): ``2,110``."""
        sign = "-" if n < 0 else ""
        return sign + group_thousands(abs(n), decimal_comma=self.decimal_comma)

    def pct(self, part: int, whole: int) -> str:
        """``part`` as a percentage of ``whole``, 3 decimals, rounded half up."""
        return self.milli_pct(milli_percent_of(part, whole))

    def milli_pct(self, milli_pct: int) -> str:
        """Thousandths of a percent, 3 decimals."""
        return format_percent(milli_pct, decimal_comma=self.decimal_comma)

    def price(self, value_cents: int, mct: int) -> str:
        """USD/ct of a value over carats (display only)."""
        return self.usd(price_cents_per_ct(value_cents, mct))


def figures(db: Database) -> Figures:
    """The site's way of printing figures."""
    return Figures(decimal_comma=settings.settings(db).decimal_comma)


def table(
    heading: str, columns: list[tuple[str, bool]], rows: list[tuple[list[str], str]]
) -> Table:
    return Table(
        heading=heading,
        columns=tuple(c for c, _n in columns),
        numeric=tuple(n for _c, n in columns),
        rows=tuple(tuple(r) for r, _k in rows),
        kinds=tuple(k for _r, k in rows),
    )


def content_fingerprint(*parts: Any) -> str:
    return fingerprint(json.loads(json.dumps(parts, default=str)))


def site_line(db: Database) -> str:
    here = settings.site(db)
    conf = settings.settings(db)
    return f"{here.name} ({here.code}), {conf.address or here.country}"


def country_text(db: Database, code: str) -> str:
    found = [name for c, name, _kp in site.countries(db) if c == code]
    return f"{found[0]} ({code})" if found else code


def party(db: Database, name: str, address: str, country: str) -> str:
    """Name, address and country, without repeating a country the address already names."""
    place = country_text(db, country)
    parts = [name, address] if address else [name]
    if not address or place.split(" (")[0].lower() not in address.lower():
        parts.append(place)
    return ", ".join(p for p in parts if p)


def parties(db: Database, exporter: str, importer: str, destination: str) -> tuple[str, str]:
    """The exporter (at this site's address and country) and the importer (in the destination
    country), as the documents of a shipment name them."""
    conf = settings.settings(db)
    here = settings.site(db)
    return (
        party(db, exporter, conf.address, here.country),
        f"{importer}, {country_text(db, destination)}",
    )


def origin_text(origin: str, countries: list[str]) -> str:
    return f"{MIXED} ({', '.join(countries)})" if origin == MIXED else origin


def category_rows(parcel_list: list[Parcel], f: Figures) -> list[tuple[list[str], str]]:
    """Contents by category with a subtotal per HS code and a total (exact sums); stones "not
    counted", or how many lines were counted, where some were not."""
    by_cat: dict[tuple[str, str], list[ParcelLine]] = {}
    for parcel in parcel_list:
        for ln in parcel.lines:
            by_cat.setdefault((ln.hs_code, ln.category), []).append(ln)
    rows: list[tuple[list[str], str]] = []
    every: list[ParcelLine] = []
    for hs in sorted({hs for hs, _c in by_cat}):
        of_hs: list[ParcelLine] = []
        for (code_hs, code), lines in by_cat.items():
            if code_hs == hs:
                rows.append((_content_row(code, hs, lines, f), "line"))
                of_hs += lines
        rows.append((_content_row(f"Subtotal HS {hs} ({HS_LABELS[hs]})", "", of_hs, f), "subtotal"))
        every += of_hs
    rows.append((_content_row("TOTAL", "", every, f), "total"))
    return rows


def _content_row(name: str, hs: str, lines: list[ParcelLine], f: Figures) -> list[str]:
    mct = sum(ln.mct for ln in lines)
    value = sum(ln.value_cents for ln in lines)
    stones = parcels.stones_text(lines, unit=False)
    return [name, hs, stones, f.ct(mct), f.price(value, mct), f.usd(value)]


CONTENT_COLUMNS = [
    ("Category", False),
    ("HS code", False),
    ("Stones", True),
    ("Carats", True),
    ("USD/ct", True),
    ("Value USD", True),
]


def shipment_for(db: Database, number: str) -> Shipment:
    """Return the shipment named by a parcel number or by a KP certificate number."""
    try:
        parcel = parcels.get_parcel(db, number)
    except NotFound:
        return parcels.shipment(db, number)
    if not parcel.kp_cert:
        raise UserError(f"parcel {parcel.number} is not sealed under a KP certificate yet")
    return parcels.shipment(db, parcel.kp_cert)


def with_copy(doc: Document, copy: int) -> Document:
    return replace(doc, copy=copy)
